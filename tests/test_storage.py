"""The scaling path's ends: articles read from object storage (fsspec URLs) in, GeoParquet out."""

from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from common import GENEVA_ARTICLE, SEEDS, by_name, features
from geomap.atomic import atomic_path
from geomap.cli import main
from geomap.errors import InputError, OptionError
from geomap.ingest import read_articles

fsspec = pytest.importorskip("fsspec")


@pytest.fixture()
def bucket():
    """An in-memory fsspec filesystem standing in for an S3 bucket, emptied after the test."""
    fs = fsspec.filesystem("memory")
    yield fs
    if fs.exists("/wire"):
        fs.rm("/wire", recursive=True)


def test_jsonl_and_text_read_from_a_url(bucket):
    lines = [json.dumps({"id": "w1", "title": "Talks", "text": GENEVA_ARTICLE}),
             json.dumps({"id": "w2", "text": "Shelling hit Kharkiv overnight."})]
    bucket.pipe("/wire/day.jsonl", ("\n".join(lines) + "\n").encode())
    bucket.pipe("/wire/note.txt", "Flooding in Dhaka\nRain closed roads around Dhaka.".encode("utf-16"))
    got = list(read_articles(["memory://wire/day.jsonl", "memory://wire/note.txt"]))
    assert [a.id for a in got] == ["w1", "w2", "note.txt"]
    assert got[0].text == GENEVA_ARTICLE
    assert got[1].source == "memory://wire/day.jsonl:2"
    assert got[2].title == "Flooding in Dhaka" and got[2].source == "memory://wire/note.txt"


def test_bad_urls_are_one_line_warnings_and_the_rest_is_read(bucket):
    bucket.pipe("/wire/good.txt", GENEVA_ARTICLE.encode())
    bucket.pipe("/wire/empty.txt", b"  \n")
    errors: list[InputError] = []
    got = list(read_articles(["memory://wire/missing.txt", "nosuchprotocol://x/a.txt", "memory://wire/empty.txt",
                              "memory://wire/good.txt"], errors.append))
    assert [a.id for a in got] == ["good.txt"]
    messages = [str(e) for e in errors]
    assert messages[0] == "memory://wire/missing.txt: no such file"
    assert messages[1].startswith("nosuchprotocol://x/a.txt: cannot read (")
    assert messages[2] == "memory://wire/empty.txt: empty file"
    assert all("\n" not in m for m in messages)


def test_wildcard_urls_expand_in_order(bucket):
    for name, place in [("2026-11-22b.txt", "Oslo"), ("2026-11-22a.txt", "Geneva"), ("2026-11-21.txt", "Lima")]:
        bucket.pipe(f"/wire/{name}", f"Report\nTalks opened in {place} on Monday.".encode())
    errors: list[InputError] = []
    got = list(read_articles(["memory://wire/2026-11-22*.txt", "memory://wire/2025-*.txt"], errors.append))
    assert [a.id for a in got] == ["2026-11-22a.txt", "2026-11-22b.txt"]
    assert [str(e) for e in errors] == ["memory://wire/2025-*.txt: no such file"]


def test_a_windows_drive_is_a_path_not_a_url():
    errors: list[InputError] = []
    assert list(read_articles([r"C:\news\a.txt"], errors.append)) == []
    assert str(errors[0]) == r"C:\news\a.txt: no such file"


def test_map_reads_file_urls_and_writes_geoparquet(tmp_path):
    gpd = pytest.importorskip("geopandas")
    pytest.importorskip("pyarrow")
    urls = [f"file://{p}" for p in SEEDS]
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["map", *urls, "-o", str(out / "m.html"), "--geojson", str(out / "m.geojson"),
                                       "--parquet", str(out / "m.parquet"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "m.parquet" in result.stderr
    frame = gpd.read_parquet(out / "m.parquet")
    feats = features(out / "m.geojson")
    assert frame.crs.to_epsg() == 4326
    assert frame["name"].tolist() == [f["properties"]["name"] for f in feats]
    assert frame["role"].tolist() == [f["properties"]["role"] for f in feats]
    moscow = frame[frame["name"] == "Moscow"].iloc[0]
    assert json.loads(moscow["excerpts"]) == by_name(feats, "Moscow")["properties"]["excerpts"]
    assert json.loads(moscow["roles"])["venue"] >= 1
    corridor = frame[frame["name"] == "Lachin corridor"].iloc[0]
    assert corridor.geometry.geom_type == "LineString"
    assert all(e["source"].endswith(".txt)") for e in json.loads(moscow["excerpts"]))

    again = tmp_path / "again.parquet"
    CliRunner().invoke(main, ["map", *urls, "-o", str(tmp_path / "n.html"), "--parquet", str(again), "--quiet"])
    assert again.read_bytes() == (out / "m.parquet").read_bytes()  # deterministic, byte for byte


def test_parquet_without_pyarrow_fails_before_the_run(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    article = tmp_path / "a.txt"
    article.write_text(GENEVA_ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["map", str(article), "-o", str(tmp_path / "m.html"),
                                       "--parquet", str(tmp_path / "m.parquet")])
    assert result.exit_code == 1
    assert 'pip install "geomap[parquet]"' in result.output
    assert not (tmp_path / "m.html").exists()  # refused before any work was done


def test_an_interrupted_write_leaves_the_old_file(tmp_path):
    target = tmp_path / "places.parquet"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt):
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"half")
            raise KeyboardInterrupt
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.parquet"]


def test_require_pyarrow_names_the_extra(monkeypatch):
    from geomap.geoparquet import require_pyarrow

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(OptionError, match=r"geomap\[parquet\]"):
        require_pyarrow()
