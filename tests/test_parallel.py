"""Both cores: a process pool gives exactly the one-process results, in input order."""

from __future__ import annotations

import json
from pathlib import Path

from geomap.pipeline import extract, mention_record
from geomap.records import Article

GOLD = Path(__file__).parent / "devset" / "gold.jsonl"


def test_two_workers_match_one():
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()][:40]
    articles = [Article(id=f"{r['id']}-{k}", text=r["text"]) for k in range(2) for r in rows]
    serial = [(a.id, [mention_record(m) for m in ms]) for a, ms in extract(articles, workers=1)]
    parallel = [(a.id, [mention_record(m) for m in ms]) for a, ms in extract(articles, workers=2)]
    assert [a for a, _ in parallel] == [a.id for a in articles]
    assert parallel == serial


def test_auto_stays_in_one_process_for_a_few_articles(monkeypatch):
    import geomap.pipeline

    monkeypatch.setattr(geomap.pipeline, "_extract_parallel", lambda *a: (_ for _ in ()).throw(AssertionError))
    assert len(list(extract([Article("a", "Talks in Baku.")], workers="auto"))) == 1
