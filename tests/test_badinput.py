"""The bad-input battery: each bad file or JSONL line is one warning line naming it, and nothing else is lost."""

from __future__ import annotations

import gzip
import json
import os
import random
import socket
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap.cli import main
from geomap.ingest import MAX_BYTES

GOOD = "Talks opened in Geneva on Monday.\n"
GOOD_LINES = ({"id": "first", "text": "Talks opened in Oslo on Monday."},
              {"id": "last", "text": "Talks opened in Bern on Monday."})
KEPT = "Talks opened in Rome on Monday."  # the text of a bad JSONL record that is still mapped


def _bytes(name: str, data: bytes):
    def make(d: Path) -> Path:
        (d / name).write_bytes(data)
        return d / name
    return make


def _random(name: str, values: range, size: int = 8000):
    rng = random.Random(15)  # the same bytes every run
    return _bytes(name, bytes(rng.choice(values) for _ in range(size)))


def _missing(name: str):
    return lambda d: d / name


def _fifo(d: Path) -> Path:
    os.mkfifo(d / "pipe.txt")
    return d / "pipe.txt"


def _socket(d: Path) -> Path:
    path = d / "sock.txt"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))  # the file stays after the socket closes
    return path


def _huge(d: Path) -> Path:
    with open(d / "huge.txt", "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: nothing is written
    return d / "huge.txt"


def _linked(target):
    def make(d: Path) -> Path:
        (d / "link.txt").symlink_to(target(d))
        return d / "link.txt"
    return make


def _unreadable(d: Path) -> Path:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    (d / "locked.txt").write_text(GOOD, encoding="utf-8")
    (d / "locked.txt").chmod(0)
    return d / "locked.txt"


# (case, make the bad input in a folder, what its one warning says besides its name)
FILES = [
    ("missing", _missing("missing.txt"), "no such file"),
    ("empty", _bytes("empty.txt", b""), "empty"),
    ("blank", _bytes("blank.txt", b" \n\t\r\n  "), "empty"),
    ("directory", lambda d: (d / "folder").mkdir() or d / "folder", "directory"),
    ("nul-bytes", _bytes("nul.txt", b"Talks\x00in\x00Geneva" * 20), "binary"),
    ("random-bytes-no-nul", _random("noise.txt", range(1, 256)), "binary"),
    ("random-high-bytes", _random("high.txt", range(0xA0, 0x100)), "binary"),
    ("random-ascii-controls", _random("controls.txt", range(1, 128)), "binary"),
    ("digits-only", _random("numbers.txt", range(0x30, 0x3A)), "too few letters"),
    ("gzip", _bytes("article.txt.gz", gzip.compress(GOOD.encode() * 50, mtime=0)), "binary"),
    ("png", _bytes("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 8), "binary"),
    ("utf32-without-bom", _bytes("u32.txt", GOOD.encode("utf-32-le")), "binary"),
    ("too-large", _huge, "too large"),
    ("fifo", _fifo, "not a regular file (a FIFO)"),
    ("socket", _socket, "not a regular file (a socket)"),
    ("dev-zero", lambda d: Path("/dev/zero"), "not a regular file (a device)"),
    ("dev-null", lambda d: Path("/dev/null"), "not a regular file (a device)"),
    ("link-to-folder", _linked(lambda d: (d / "sub").mkdir() or d / "sub"), "directory"),
    ("dangling-link", _linked(lambda d: d / "gone.txt"), "no such file"),
    ("unreadable", _unreadable, "permission denied"),
    ("html-tags-only", _bytes("menu.html", b"<html><body><nav>Home</nav><script>x=1</script></body></html>"),
     "no article text"),
    ("html-empty-body", _bytes("blank.html", b"<!doctype html><html><head></head><body></body></html>"),
     "no article text"),
]

# (case, the bad line, what its warning says, whether the record is still mapped)
LINES = [
    ("not-json", "not json", "not JSON", False),
    ("truncated", '{"text": "Talks in Rome', "not JSON", False),
    ("trailing-garbage", '{"text": "Talks in Rome."} x', "not JSON", False),
    ("array", "[1, 2, 3]", "no 'text' field", False),
    ("string", '"Talks in Rome."', "no 'text' field", False),
    ("no-text", '{"title": "no text"}', "no 'text' field", False),
    ("empty-text", '{"text": "   "}', "no 'text' field", False),
    ("number-text", '{"text": 5}', "no 'text' field", False),
    ("null-text", '{"text": null}', "no 'text' field", False),
    ("nested-200000-deep", "[" * 200_000 + "]" * 200_000, "nested too deeply", False),
    ("nested-in-a-field", '{"text": "x", "n": ' + "[" * 200_000 + "]" * 200_000 + "}", "nested too deeply", False),
    ("5000-digit-number", '{"text": "Talks in Rome.", "n": ' + "7" * 5000 + "}", "number too long", False),
    ("url-number", json.dumps({"text": KEPT, "url": 5}), "'url' is int", True),
    ("url-list", json.dumps({"text": KEPT, "url": ["https://a"]}), "'url' is list", True),
    ("url-true", json.dumps({"text": KEPT, "url": True}), "'url' is bool", True),
    ("url-object", json.dumps({"text": KEPT, "url": {"href": "x"}}), "'url' is dict", True),
    ("title-list", json.dumps({"text": KEPT, "title": ["a"]}), "'title' is list", True),
    ("id-object", json.dumps({"text": KEPT, "id": {"a": 1}}), "'id' is dict", True),
    ("date-list", json.dumps({"text": KEPT, "date": [2023, 1, 5]}), "'date' is list", True),
    ("lone-surrogate-in-text", '{"text": "Talks opened in Rome\\ud800 on Monday."}', "lone surrogate in 'text'", True),
    ("lone-low-surrogate", '{"text": "Talks opened in Rome \\udc00on Monday."}', "lone surrogate in 'text'", True),
    ("lone-surrogate-in-title", json.dumps({"text": KEPT}).replace("}", ', "title": "T\\ud800"}'),
     "lone surrogate in 'title'", True),
]


def _jsonl(bad_line: str):
    def make(d: Path) -> Path:
        lines = [json.dumps(GOOD_LINES[0]), bad_line, json.dumps(GOOD_LINES[1])]
        (d / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return d / "wire.jsonl"
    return make


def _places(paths: list[Path]):
    result = CliRunner().invoke(main, ["places", *map(str, paths)])
    names = {json.loads(line)["name"] for line in result.stdout.splitlines()}
    return result, names


@pytest.mark.parametrize("make, says", [pytest.param(m, s, id=c) for c, m, s in FILES])
def test_a_bad_file_is_one_warning_naming_it(tmp_path, make, says):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = make(tmp_path)
    result, names = _places([bad, good])
    assert result.exit_code == 0, result.output
    (warning,) = result.stderr.splitlines()
    assert warning.startswith(f"geomap: warning: {bad}: ") and says in warning, warning
    assert names == {"Geneva"}


@pytest.mark.parametrize("line, says, kept", [pytest.param(*rest, id=c) for c, *rest in LINES])
def test_a_bad_jsonl_line_is_one_warning_naming_file_and_line(tmp_path, line, says, kept):
    wire = _jsonl(line)(tmp_path)
    result, names = _places([wire])
    assert result.exit_code == 0, result.output
    (warning,) = result.stderr.splitlines()
    assert warning.startswith(f"geomap: warning: {wire}:2: ") and says in warning, warning
    assert names == ({"Oslo", "Bern", "Rome"} if kept else {"Oslo", "Bern"})


@pytest.mark.parametrize("name", ["evil\ngeomap: warning: fake.txt", "evil\x1b[2K\x1b[1Gfake.txt", "tab\there.txt",
                                  "sep\u2028arator.txt", "bidi\u202etxt.exe"])
def test_file_names_that_could_fake_lines_are_quoted(tmp_path, name):
    bad = tmp_path / name
    bad.write_bytes(b"\x00\x01binary")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result, names = _places([bad, good])
    (warning,) = result.stderr.splitlines()
    assert repr(str(bad)) in warning and "\x1b" not in warning
    assert names == {"Geneva"}


def test_every_bad_input_at_once_still_maps_the_rest(tmp_path):
    """The whole battery in one `geomap map` run: one warning per bad input, the good articles mapped."""
    inputs, expected = [], []
    for case, make, _says in FILES:
        if case == "unreadable" and os.geteuid() == 0:
            continue
        folder = tmp_path / case
        folder.mkdir()
        inputs.append(make(folder))
        expected.append(f"{inputs[-1]}: ")
    for case, line, _says, _kept in LINES:
        folder = tmp_path / case
        folder.mkdir()
        inputs.append(_jsonl(line)(folder))
        expected.append(f"{inputs[-1]}:2: ")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["map", *map(str, inputs), str(good), "-o", str(out / "m.html"),
                                       "--geojson", str(out / "m.geojson"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("geomap: warning: ")]
    assert len(warnings) == len(expected) >= 40
    for prefix in expected:
        assert sum(w.startswith(f"geomap: warning: {prefix}") for w in warnings) == 1, prefix
    names = {f["properties"]["name"] for f in json.loads((out / "m.geojson").read_text())["features"]}
    assert {"Geneva", "Oslo", "Bern", "Rome"} <= names
    assert (out / "m.html").stat().st_size > 10_000


def test_utf32_with_a_bom_is_read(tmp_path):
    for encoding in ("utf-32", "utf-32-be"):
        path = tmp_path / f"{encoding}.txt"
        data = GOOD.encode(encoding)
        path.write_bytes(data if encoding == "utf-32" else b"\x00\x00\xfe\xff" + data)
        result, names = _places([path])
        assert result.exit_code == 0 and not result.stderr, result.output
        assert names == {"Geneva"}


def test_special_files_are_refused_before_they_are_opened(tmp_path, monkeypatch):
    """A FIFO is never opened (it would wait for a writer forever); neither is a device."""
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, *a, **k: opened.append(str(path)) or real_open(path, *a, **k))
    fifo = _fifo(tmp_path)
    result, _ = _places([fifo, Path("/dev/zero")])
    assert result.exit_code == 2 and str(fifo) not in opened and "/dev/zero" not in opened
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
