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
