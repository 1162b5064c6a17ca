"""Checks that the role test set is valid and that roles.jsonl is up to date."""

import importlib.util
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load_builder():
    spec = importlib.util.spec_from_file_location("build_roles", HERE / "build_roles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_roleset_valid_and_up_to_date():
    builder = _load_builder()
    records = [builder.build_record(a) for a in builder.ARTICLES]
    assert builder.validate(records) == []
    assert len(records) >= 24
    on_disk = [json.loads(line) for line in (HERE / "roles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert on_disk == records, "roles.jsonl is stale: run python tests/roleset/build_roles.py"
