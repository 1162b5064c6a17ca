"""A batch with every kind of bad input still maps the good articles, with one warning line per bad one."""

from __future__ import annotations

import json
import os
import signal
import subprocess

import pytest
from click.testing import CliRunner

from common import GENEVA_ARTICLE, GEOMAP
from geomap.cli import EXIT_WARNINGS, main


@pytest.fixture()
def batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GENEVA_ARTICLE, encoding="utf-8")
    bad = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 40,
        "broken.html": b"<html><body><div><p>Talks in <b>Doha</p></div",
        "tags-only.html": b"<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>",
        "latin1.txt": "Négociations à Genève\n\nTalks resumed in Genève and Zürich on Monday.".encode("latin-1"),
        "utf16.txt": "Talks in Baku\n\nNegotiators met in Baku on Monday.".encode("utf-16"),
        "no-places.txt": b"Nothing happened\n\nNothing at all happened today, officials said.",
        "unknown.txt": b"Unknown\n\nTroops entered Zorbistan Province on Monday.",
        "lines.jsonl": b'{"id": "j1", "text": "Talks in Oslo on Monday."}\nnot json\n{"title": "no text"}\n',
    }
    paths = [good]
    for name, data in bad.items():
        p = tmp_path / name
        p.write_bytes(data)
        paths.append(p)
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    unreadable = tmp_path / "unreadable.txt"
    unreadable.write_text("Talks in Riga.", encoding="utf-8")
    unreadable.chmod(0)
    paths += [huge, unreadable, tmp_path / "missing.txt", tmp_path / "a-directory"]
    (tmp_path / "a-directory").mkdir()
    return tmp_path, paths


def run_map(paths, out, *extra):
    return CliRunner().invoke(main, ["map", *map(str, paths), "-o", str(out / "m.html"),
                                     "--geojson", str(out / "m.geojson"), *extra])


def test_bad_inputs_warn_and_good_ones_are_mapped(batch):
    out, paths = batch
    result = run_map(paths, out)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    warnings = [line for line in result.stderr.splitlines() if "warning:" in line]
    expected = ["empty.txt", "binary.txt", "tags-only.html", "huge.txt", "missing.txt", "a-directory",
                "lines.jsonl:2", "lines.jsonl:3"]
    if os.geteuid() != 0:  # root reads any file
        expected.append("unreadable.txt")
    for name in expected:
        assert sum(name in w for w in warnings) == 1, (name, warnings)
    names = {f["properties"]["name"] for f in json.loads((out / "m.geojson").read_text())["features"]}
    assert {"Geneva", "Baku", "Oslo"} <= names
    assert "Zürich" in names or "Zurich" in names, "Latin-1 text decoded"
    assert (out / "m.html").stat().st_size > 10_000


def test_strict_turns_warnings_into_an_exit_code(batch):
    out, paths = batch
    result = run_map(paths, out, "--strict")
    assert result.exit_code == EXIT_WARNINGS
    assert (out / "m.geojson").exists(), "the map is still written"


def test_no_places_at_all_still_writes_a_map(tmp_path):
    article = tmp_path / "quiet.txt"
    article.write_text("Nothing happened\n\nNothing at all happened today.", encoding="utf-8")
    result = CliRunner().invoke(main, ["map", str(article), "-o", str(tmp_path / "m.html"),
                                       "--geojson", str(tmp_path / "m.geojson")])
    assert result.exit_code == 0
    assert json.loads((tmp_path / "m.geojson").read_text())["features"] == []
    assert (tmp_path / "m.html").exists()


def test_interrupt_leaves_no_half_written_file(tmp_path):
    """Ctrl-C during a run: the previous output stays whole, no temporary file is left.

    The signal goes when the run says it has started (the warning for the JSONL file's bad
    first line), not after a guessed sleep; 12,000 articles then keep it busy for minutes.
    """
    out = tmp_path / "m.html"
    out.write_text("previous map", encoding="utf-8")
    wire = tmp_path / "wire.jsonl"
    wire.write_text("not json\n" + "".join(json.dumps({"id": str(i), "text": GENEVA_ARTICLE}) + "\n"
                                          for i in range(12000)), encoding="utf-8")
    proc = subprocess.Popen([*GEOMAP, "map", str(wire), "-o", str(out), "--quiet", "--workers", "1"],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    started = proc.stderr.readline()  # blocks until the run reads its input (or ends: b"")
    assert b"wire.jsonl:1: not JSON" in started, started
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and b"interrupted" in err
    assert out.read_text(encoding="utf-8") == "previous map"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".m.html.")]
