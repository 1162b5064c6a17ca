"""Every command, through click's CliRunner: output contract, warnings, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from common import GENEVA_ARTICLE
from geomap.cli import EXIT_WARNINGS, main

README = Path(__file__).parents[1] / "README.md"
KEYS = ["doc", "start", "end", "text", "name", "lat", "lon", "geonameid", "kind", "country", "role", "score"]


@pytest.fixture()
def article(tmp_path):
    p = tmp_path / "geneva.txt"
    p.write_text(GENEVA_ARTICLE, encoding="utf-8")
    return p


def test_places_jsonl_contract(article):
    result = CliRunner().invoke(main, ["places", str(article), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    text = article.read_text(encoding="utf-8")
    for r in records:
        assert list(r)[:len(KEYS)] == KEYS
        assert r["doc"] == "geneva.txt"
        assert text[r["start"]:r["end"]] == r["text"]
    geneva = [r for r in records if r["text"] == "Geneva"]
    assert len(geneva) == text.count("Geneva")  # every repeat listed
    assert all(r["country"] == "CH" and r["role"] == "venue" for r in geneva)


def test_places_csv_and_geojson(article):
    csv_out = CliRunner().invoke(main, ["places", str(article), "--format", "csv"]).stdout
    assert csv_out.splitlines()[0].startswith("doc,start,end,text,name")
    gj = json.loads(CliRunner().invoke(main, ["places", str(article), "--format", "geojson"]).stdout)
    assert gj["type"] == "FeatureCollection" and gj["features"]


def test_places_from_stdin():
    result = CliRunner().invoke(main, ["places", "-"], input="Ministers met in Nairobi, Kenya on Monday.\n")
    assert result.exit_code == 0
    names = [json.loads(line)["name"] for line in result.stdout.splitlines()]
    assert names == ["Nairobi", "Kenya"]


def test_map_writes_both_files_and_survives_bad_input(article, tmp_path):
    html, gj = tmp_path / "m.html", tmp_path / "m.geojson"
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(main, ["map", str(article), str(missing), "-o", str(html), "--geojson", str(gj)])
    assert result.exit_code == 0
    assert f"warning: {missing}: no such file" in result.stderr
    assert "Traceback" not in result.output
    assert html.exists() and json.loads(gj.read_text())["features"]


def test_strict_exit_code(article, tmp_path):
    result = CliRunner().invoke(main, ["map", str(article), str(tmp_path / "nope.txt"), "-o",
                                       str(tmp_path / "m.html"), "--strict"])
    assert result.exit_code == EXIT_WARNINGS


def test_demo(tmp_path):
    result = CliRunner().invoke(main, ["demo", "-o", str(tmp_path / "d.html"), "--geojson", str(tmp_path / "d.json")])
    assert result.exit_code == 0, result.output
    roles = {f["properties"]["role"] for f in json.loads((tmp_path / "d.json").read_text())["features"]}
    assert "venue" in roles and "party" in roles


def test_every_command_has_help_and_a_readme_entry():
    readme = README.read_text(encoding="utf-8")
    for name, command in main.commands.items():
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0 and command.help
        assert re.search(rf"geomap {name}\b", readme), f"README lacks `geomap {name}`"
