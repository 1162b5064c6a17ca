"""Reading .txt, .html, .jsonl and stdin; bad input gives one clear InputError naming the file."""

from __future__ import annotations

import json
import os

import pytest

from geomap.errors import GeomapError, InputError
from geomap.ingest import read_articles, read_path


def collect(paths):
    errors = []
    arts = list(read_articles([str(p) for p in paths], errors.append))
    return arts, errors


def test_txt_keeps_text_untouched_and_title(tmp_path):
    p = tmp_path / "a.txt"
    raw = "Title line\r\n\r\nBody in Baku.\n"
    p.write_bytes(raw.encode("utf-8"))
    (art,) = list(read_path(str(p)))
    assert art.title == "Title line" and art.id == "a.txt"
    assert art.text == raw.replace("\r\n", "\r\n")  # decoded as is, no newline translation


def test_utf16_and_latin1(tmp_path):
    a, b = tmp_path / "u16.txt", tmp_path / "l1.txt"
    a.write_bytes("Talks in Genève".encode("utf-16"))
    b.write_bytes("Talks in Genève".encode("latin-1"))
    arts, errors = collect([a, b])
    assert [x.text for x in arts] == ["Talks in Genève", "Talks in Genève"] and not errors


def test_html_extracts_main_text(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("<html><head><title>Talks in Doha</title></head><body><nav>Menu Home</nav><article>"
                 "<p>Negotiators met in Doha on Monday to discuss a ceasefire in Gaza, officials said on Tuesday "
                 "after the meeting ended late at night.</p><p>Another round is planned in Cairo next week, "
                 "diplomats said.</p></article></body></html>", encoding="utf-8")
    (art,) = list(read_path(str(p)))
    assert "Negotiators met in Doha" in art.text and art.title == "Talks in Doha"


def test_jsonl_lines_and_bad_lines(tmp_path):
    p = tmp_path / "wire.jsonl"
    p.write_text(json.dumps({"id": "x1", "text": "Talks in Baku.", "url": "https://e.com/1", "date": "2023-01-05"})
                 + "\nnot json\n" + json.dumps({"title": "no text"}) + "\n"
                 + json.dumps({"text": "Quiet day in Oslo."}) + "\n", encoding="utf-8")
    arts, errors = collect([p])
    assert [a.id for a in arts] == ["x1", "wire.jsonl:4"]
    assert arts[0].url == "https://e.com/1" and arts[0].date == "2023-01-05"
    assert len(errors) == 2 and "wire.jsonl:2" in str(errors[0]) and "wire.jsonl:3" in str(errors[1])


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: (d / "empty.txt").write_text("") and d / "empty.txt" or d / "empty.txt", "empty"),
    (lambda d: (d / "bin.txt").write_bytes(b"\x00\x01\x02\xff" * 100) and d / "bin.txt", "binary"),
    (lambda d: d, "directory"),
])
def test_bad_inputs_are_one_line_errors_and_others_survive(tmp_path, make, message):
    bad = make(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text("Talks in Baku.\n", encoding="utf-8")
    arts, errors = collect([bad, good])
    assert [a.id for a in arts] == ["good.txt"]
    assert len(errors) == 1 and message in str(errors[0]) and str(bad) in str(errors[0])
    assert "\n" not in str(errors[0])
    assert isinstance(errors[0], InputError) and isinstance(errors[0], GeomapError)
    assert isinstance(errors[0], ValueError)


# Characters str.splitlines() cuts at but JSONL does not: valid inside JSON strings, and found in news copy.
SEPARATORS = ["\u2028", "\u2029", "\x85", "\x1c", "\x1d", "\x1e", "\x0b", "\x0c", "\r"]


@pytest.mark.parametrize("sep", SEPARATORS, ids=[f"U+{ord(s):04X}" for s in SEPARATORS])
def test_jsonl_lines_end_at_newline_only(tmp_path, sep):
    p = tmp_path / "wire.jsonl"
    text = f"Talks in Baku.{sep}Then in Oslo."
    # ensure_ascii=False writes U+2028 and U+0085 raw; the controls are written raw as scrapers do.
    line = json.dumps({"id": "x", "text": "PLACEHOLDER"}, ensure_ascii=False).replace("PLACEHOLDER", text)
    p.write_bytes((line + "\n" + json.dumps({"id": "y", "text": "Quiet day."}) + "\n").encode("utf-8"))
    arts, errors = collect([p])
    assert not errors
    assert [(a.id, a.text) for a in arts] == [("x", text), ("y", "Quiet day.")]


def test_jsonl_with_crlf_line_ends(tmp_path):
    p = tmp_path / "wire.jsonl"
    p.write_bytes(b'{"id": "a", "text": "Talks in Baku."}\r\n\r\n{"id": "b", "text": "Talks in Oslo."}\r\n')
    arts, errors = collect([p])
    assert not errors and [(a.id, a.text) for a in arts] == [("a", "Talks in Baku."), ("b", "Talks in Oslo.")]


def test_jsonl_numbers_as_id_and_date(tmp_path):
    p = tmp_path / "wire.jsonl"
    p.write_text(json.dumps({"id": 7, "date": 20230105, "text": "Talks in Baku."}) + "\n", encoding="utf-8")
    (art,) = list(read_path(str(p)))
    assert art.id == "7" and art.date == "20230105" and art.url is None


def test_stdin_closed(monkeypatch):
    monkeypatch.setattr("sys.stdin", None)
    with pytest.raises(InputError, match="<stdin>: closed"):
        list(read_path("-"))


def test_a_file_growing_past_the_limit_is_capped(tmp_path, monkeypatch):
    """The size is read before opening, but what is read is capped too: a file may grow in between."""
    import geomap.ingest

    p = tmp_path / "growing.txt"
    p.write_text("Talks in Baku. " * 100, encoding="utf-8")
    monkeypatch.setattr(geomap.ingest.os, "stat", lambda path: os.stat_result((0o100644, 0, 0, 1, 0, 0, 10, 0, 0, 0)))
    monkeypatch.setattr(geomap.ingest, "MAX_BYTES", 1000)
    with pytest.raises(InputError, match="too large"):
        list(read_path(str(p)))


def test_a_missing_title_is_the_first_sentence_cut_near_90_characters(tmp_path):
    from geomap.ingest import read_articles

    lead = ("Rescue teams searched the flooded valley north of the city through the night on Tuesday, officials "
            "said, as the river kept rising. More rain is forecast.")
    short = "Talks resumed in Oslo on Tuesday. Delegates from both sides arrived late."
    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in (("a", lead), ("b", short))) +
                    json.dumps({"id": "c", "title": "Given title", "text": short}) + "\n", encoding="utf-8")
    by_id = {a.id: a for a in read_articles([str(wire)])}
    long_title = by_id["a"].title
    assert long_title.endswith("\u2026") and 60 <= len(long_title) <= 91
    assert lead.startswith(long_title[:-1]) and lead[len(long_title) - 1] in " ,"  # cut at a word boundary
    assert by_id["b"].title == "Talks resumed in Oslo on Tuesday."
    assert by_id["c"].title == "Given title"
    assert by_id["a"].text == lead  # the text is not touched
