"""Quality gate: geoparsing on the development set must not drop below its targets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.cli import main
from geomap.evaluate import evaluate

GOLD = Path(__file__).parent / "devset" / "gold.jsonl"
MIN_F1 = 0.92
MIN_ACCURACY = 0.90


@pytest.fixture(scope="module")
def report():
    return evaluate(GOLD)


def test_recognition_f1(report):
    assert report.gold >= 1000 and report.articles >= 40
    assert report.f1 >= MIN_F1, report.summary()


def test_resolution_accuracy(report):
    assert report.accuracy_161km >= MIN_ACCURACY, report.summary()
    assert report.median_error_km < 50


def test_eval_command_fails_below_threshold(tmp_path):
    gold = tmp_path / "gold.jsonl"
    text = "Talks opened in Geneva on Monday."
    gold.write_text(json.dumps({"id": "g", "text": text, "places": [
        {"start": 16, "end": 22, "text": "Geneva", "lat": 46.2, "lon": 6.15}]}) + "\n", encoding="utf-8")
    ok = CliRunner().invoke(main, ["eval", str(gold), "--min-f1", "0.9", "--json"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)["f1"] == 1.0
    # A gold set asking for a place the text does not name cannot reach F1 0.9.
    gold.write_text(json.dumps({"id": "g", "text": text, "places": [
        {"start": 0, "end": 5, "text": "Talks", "lat": 0, "lon": 0}]}) + "\n", encoding="utf-8")
    bad = CliRunner().invoke(main, ["eval", str(gold), "--min-f1", "0.9"])
    assert bad.exit_code == 1 and "below threshold" in bad.output


GOOD_GOLD = {"id": "g", "text": "Talks opened in Geneva on Monday.",
             "places": [{"start": 16, "end": 22, "text": "Geneva", "lat": 46.2, "lon": 6.15}]}


def _with(**change) -> str:
    record = json.loads(json.dumps(GOOD_GOLD))
    place = change.pop("place", None)
    if place is not None:
        record["places"][0] = place
    record.update(change)
    return json.dumps(record)


@pytest.mark.parametrize("line, says", [
    ("not json", "not JSON"),
    ("[1, 2]", "not a JSON object"),
    (json.dumps({"id": "g", "text": "x"}), "no 'places' list"),
    (_with(places={"start": 1}), "no 'places' list"),
    (json.dumps({"places": []}), "no 'text' string"),
    (_with(text=5), "no 'text' string"),
    (_with(place="Geneva"), "places[0]: not a JSON object"),
    (_with(place={"end": 22, "text": "Geneva", "lat": 46.2, "lon": 6.15}), "places[0]: no 'start' integer"),
    (_with(place={"start": 16, "end": "22", "text": "Geneva", "lat": 46.2, "lon": 6.15}),
     "places[0]: no 'end' integer"),
    (_with(place={"start": 16, "end": 99, "text": "Geneva", "lat": 46.2, "lon": 6.15}), "not offsets into the text"),
    (_with(place={"start": 16, "end": 22, "lat": 46.2, "lon": 6.15}), "places[0]: no 'text' string"),
    (_with(place={"start": 16, "end": 22, "text": "Geneva", "lat": "46.2", "lon": 6.15}),
     "places[0]: no 'lat' number"),
    (_with(place={"start": 16, "end": 22, "text": "Geneva", "lat": 46.2}), "places[0]: no 'lon' number"),
    ("[" * 200_000 + "]" * 200_000, "too deep"),
])
def test_eval_names_file_line_and_field_of_a_bad_gold_line(tmp_path, line, says):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOOD_GOLD) + "\n\n" + line + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {gold}:3: ") and says in result.stderr, result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_gold_lines_end_at_newline_only(tmp_path):
    """U+2028 inside a gold text (valid JSON, common in news) does not split the line; CRLF ends are fine."""
    gold = tmp_path / "gold.jsonl"
    text = "Talks opened in Geneva\u2028on Monday."
    record = dict(GOOD_GOLD, text=text)
    gold.write_bytes((json.dumps(record, ensure_ascii=False) + "\r\n" + json.dumps(GOOD_GOLD) + "\r\n").encode())
    result = CliRunner().invoke(main, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["articles"] == 2 and json.loads(result.stdout)["f1"] == 1.0


def test_gold_not_utf8(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(b"\xff\xfe\x00garbage")
    result = CliRunner().invoke(main, ["eval", str(gold)])
    assert result.exit_code == 1 and "not UTF-8" in result.stderr


def test_eval_help_describes_the_gold_format():
    text = CliRunner().invoke(main, ["eval", "--help"]).output
    for word in ('"places"', '"start"', '"end"', '"lat"', '"lon"', "text[start:end]", "one article per line"):
        assert word in text, word
