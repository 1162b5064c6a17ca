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


def test_auto_uses_every_core_memory_allows(monkeypatch):
    import geomap.pipeline as pipeline

    monkeypatch.setattr(pipeline.os, "sched_getaffinity", lambda pid: set(range(16)), raising=False)
    monkeypatch.setattr(pipeline, "_available_memory", lambda: 64 * 10**9)
    assert pipeline.auto_workers() == 16  # every core: no cap at 4
    monkeypatch.setattr(pipeline, "_available_memory", lambda: int(2.5 * pipeline.WORKER_MEMORY))
    assert pipeline.auto_workers() == 2  # as many as memory holds
    monkeypatch.setattr(pipeline, "_available_memory", lambda: 10**6)
    assert pipeline.auto_workers() == 1
    monkeypatch.setattr(pipeline, "_available_memory", lambda: None)
    assert pipeline.auto_workers() == 16  # unknown memory: cores alone


def test_available_memory_is_read():
    import geomap.pipeline as pipeline

    free = pipeline._available_memory()
    assert free is None or free > 10**6


def test_auto_picks_its_workers_for_a_big_batch(monkeypatch):
    import geomap.pipeline as pipeline

    monkeypatch.setattr(pipeline, "auto_workers", lambda: 3)
    monkeypatch.setattr(pipeline, "_extract_parallel", lambda articles, workers: iter([("pool", workers)]))
    batch = [Article(str(k), "Talks in Baku.") for k in range(pipeline.AUTO_PARALLEL_FROM)]
    assert list(extract(batch, workers="auto")) == [("pool", 3)]


LONG_PARAGRAPHS = ["Talks opened in Geneva on Monday, diplomats said.",
                   "Nothing much happened in the town today, the officials said again.",
                   "Negotiators later flew to Baku, Azerbaijan for a second round.",
                   "Troops moved from Lachin towards Stepanakert overnight."]


def test_an_article_longer_than_spacy_takes_is_recognised_in_pieces(monkeypatch):
    """Pieces cut between paragraphs, each recognised on its own, offsets shifted back: same as whole."""
    import geomap.pipeline as pipeline
    import geomap.recognise

    text = "Report\n\n" + "\n\n".join(LONG_PARAGRAPHS[k % 4] for k in range(40)) + "\n"
    article = Article("long", text, title="Report")
    whole = [mention_record(m) | {"sentence": m.sentence} for m in next(extract([article]))[1]]
    seen = []
    real = geomap.recognise.recognise
    monkeypatch.setattr(pipeline, "recognise", lambda arts, *a, **k: real([seen.append(x) or x for x in arts]))
    monkeypatch.setattr(pipeline, "MAX_PIECE", 500)  # spaCy's limit is 1,000,000: the same, 2,000 times smaller
    (got_article, pieces), = extract([article])
    assert got_article is article and len(seen) >= len(text) // 500
    assert all(len(p.text) <= 500 and p.id == "long" and p.text.endswith("\n") for p in seen[:-1])
    assert "".join(p.text for p in seen) == text
    for m in pieces:
        assert text[m.start:m.end] == m.text and m.sentence[0] <= m.start < m.end <= m.sentence[1]
    # The same places at the same offsets, nearly all: the recognition model also reads the text
    # around a name (how often it recurs, whether it opens the text), and a piece is less text.
    got = {(m.start, m.end): (m.text, m.candidate.name if m.candidate else m.text) for m in pieces}
    want = {(r["start"], r["end"]): (r["text"], r["name"]) for r in whole}
    assert len(got.keys() & want.keys()) >= 0.9 * len(want)
    assert all(got[k] == want[k] for k in got.keys() & want.keys())


def test_a_long_article_in_txt_and_jsonl_is_mapped(tmp_path, monkeypatch):
    import geomap.pipeline as pipeline
    from click.testing import CliRunner

    from geomap.cli import main

    monkeypatch.setattr(pipeline, "MAX_PIECE", 300)
    text = "Long report\n\n" + "\n\n".join(LONG_PARAGRAPHS * 5)
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    (tmp_path / "long.jsonl").write_text(json.dumps({"id": "j", "text": text}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["places", str(tmp_path / "long.txt"), str(tmp_path / "long.jsonl")])
    assert result.exit_code == 0 and not result.stderr, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    for doc in ("long.txt", "j"):
        found = [r for r in records if r["doc"] == doc]
        assert {"Geneva", "Baku", "Lachin"} <= {r["text"] for r in found}
        assert all(text[r["start"]:r["end"]] == r["text"] for r in found)
        assert max(r["start"] for r in found) > len(text) - 300  # the last piece too


def test_pieces_cut_at_the_best_break():
    from geomap.pipeline import _pieces

    text = "A b. " * 50 + "\n" + "C d. " * 50 + "\n\n" + "E f. " * 50
    for limit in (60, 200, 300, 1000):
        spans = _pieces(text, limit)
        assert spans[0][0] == 0 and spans[-1][1] == len(text)
        assert all(e - s <= limit for s, e in spans) and all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert _pieces(text, 600)[0] == (0, text.index("\n\n") + 2)  # a paragraph break wins over a line break
    assert _pieces(text, 300)[0] == (0, text.index("\n") + 1)  # and a line break over a sentence end
    assert all(text[e - 2:e] == ". " for _, e in _pieces(text, 60)[:-1])  # else a sentence end
