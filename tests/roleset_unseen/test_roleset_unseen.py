"""Checks that the unseen role set is valid, up to date and as broad as promised."""

import json
from pathlib import Path

from common import load_script

HERE = Path(__file__).resolve().parent


def test_roleset_valid_and_up_to_date():
    builder = load_script(HERE / "build_roles.py")
    records = [builder.build_record(a) for a in builder.ARTICLES]
    assert builder.validate(records) == []
    assert len(records) >= 60
    assert len({r["title"] for r in records}) == len(records)
    # Ordinary news, where nothing is a venue, corridor or zone, is part of the set: false roles count.
    assert sum(r["kind"] not in {"situation", "dispute"} for r in records) >= 15
    on_disk = [json.loads(line) for line in (HERE / "roles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert on_disk == records, "roles.jsonl is stale: run python tests/roleset_unseen/build_roles.py"
