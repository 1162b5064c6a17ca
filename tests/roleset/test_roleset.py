"""Checks that the role test set is valid and that roles.jsonl is up to date."""

import json
from pathlib import Path

from common import load_script

HERE = Path(__file__).resolve().parent


def test_roleset_valid_and_up_to_date():
    builder = load_script(HERE / "build_roles.py")
    records = [builder.build_record(a) for a in builder.ARTICLES]
    assert builder.validate(records) == []
    assert len(records) >= 24
    on_disk = [json.loads(line) for line in (HERE / "roles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert on_disk == records, "roles.jsonl is stale: run python tests/roleset/build_roles.py"
