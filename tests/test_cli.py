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


def test_places_into_a_closed_pipe_stops_quietly(tmp_path, article):
    """`geomap places ... | head -1`: the reader goes away; no "internal error", no traceback."""
    import os
    import subprocess

    from common import GEOMAP

    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps({"text": GENEVA_ARTICLE}) + "\n" for _ in range(20)), encoding="utf-8")
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first write: every write fails, whatever the timing
    try:
        proc = subprocess.run([*GEOMAP, "places", str(wire), "--workers", "1"], stdout=write_end,
                              stderr=subprocess.PIPE, cwd=tmp_path, timeout=300)
    finally:
        os.close(write_end)
    assert proc.stderr == b"", proc.stderr
    assert proc.returncode == 141  # 128 + SIGPIPE, as for a tool the pipe stopped


@pytest.mark.parametrize("command", ["map", "places"])
def test_a_run_with_no_readable_input_fails_and_writes_nothing(tmp_path, command):
    html = tmp_path / "m.html"
    html.write_text("previous map", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    wire = tmp_path / "bad.jsonl"
    wire.write_text("not json\n{}\n", encoding="utf-8")
    args = [command, str(tmp_path / "mistyped.txt"), str(empty), str(wire), "--strict"]
    if command == "map":
        args += ["-o", str(html), "--geojson", str(tmp_path / "m.geojson")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len([line for line in lines if line.startswith("geomap: warning: ")]) == 4
    assert lines[-1].startswith("Error: no article could be read")
    assert result.stdout == ""
    assert html.read_text(encoding="utf-8") == "previous map" and not (tmp_path / "m.geojson").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl", "empty.txt", "m.html"]


def _read_only_folder(tmp_path) -> Path:
    import os

    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o500)
        return folder
    if not Path("/proc/self").is_dir():
        pytest.skip("root writes anywhere, and there is no /proc")
    return Path("/proc")  # nobody, root included, can make files there


@pytest.mark.parametrize("where, says", [
    (lambda d: d, "is a directory"),
    (lambda d: _read_only_folder(d) / "m.html", "cannot be written"),
    (lambda d: d / "a-file.txt" / "m.html", "is not a folder"),
])
@pytest.mark.parametrize("option", ["-o", "--geojson", "--parquet"])
def test_unwritable_outputs_are_refused_before_any_work(article, tmp_path, monkeypatch, where, says, option):
    import geomap.pipeline

    monkeypatch.setattr(geomap.pipeline, "situation", lambda *a, **k: pytest.fail("the work started"))
    (tmp_path / "a-file.txt").write_text("x", encoding="utf-8")
    target = where(tmp_path)
    args = ["map", str(article), option, str(target)] + (["-o", str(tmp_path / "m.html")] if option != "-o" else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: {target}: ") and says in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("value", ["abc", "0", "-3", "2.5", ""])
def test_bad_workers_value_is_a_usage_error(article, value):
    result = CliRunner().invoke(main, ["places", str(article), "--workers", value])
    assert result.exit_code == 2
    assert "Invalid value for '--workers'" in result.stderr and "internal error" not in result.stderr


def test_output_to_a_device_is_written_in_place(article):
    """`-o /dev/null` discards the map; the rename that keeps files whole would replace the device."""
    result = CliRunner().invoke(main, ["map", str(article), "-o", "/dev/null", "--geojson", "/dev/null"])
    assert result.exit_code == 0, result.output
    assert Path("/dev/null").is_char_device()


def test_ids_repeated_in_jsonl_stay_apart(tmp_path):
    """Ids `a`, `a#2`, `a`: the third becomes `a#3`, so each quote names its own article."""
    wire = tmp_path / "wire.jsonl"
    rows = [("a", "Talks opened in Oslo on Monday."), ("a#2", "Talks opened in Bern on Monday."),
            ("a", "Talks opened in Rome on Monday.")]
    wire.write_text("".join(json.dumps({"id": i, "title": t, "text": t}) + "\n" for i, t in rows), encoding="utf-8")
    places = CliRunner().invoke(main, ["places", str(wire)])
    assert [(r["doc"], r["name"]) for r in map(json.loads, places.stdout.splitlines())] == [
        ("a", "Oslo"), ("a#2", "Bern"), ("a#3", "Rome")]
    gj = tmp_path / "m.geojson"
    assert CliRunner().invoke(main, ["map", str(wire), "-o", str(tmp_path / "m.html"), "--geojson", str(gj)]
                              ).exit_code == 0
    for feature in json.loads(gj.read_text(encoding="utf-8"))["features"]:
        (excerpt,) = feature["properties"]["excerpts"]
        assert feature["properties"]["name"] in excerpt["text"]
        assert excerpt["doc"] == {"Oslo": "a", "Bern": "a#2", "Rome": "a#3"}[feature["properties"]["name"]]
