"""The dask engine: a local cluster of two worker processes gives what one process gives, byte for byte."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="dask.distributed not installed (pip install -e '.[dask]')")

from common import GENEVA_ARTICLE, SEEDS  # noqa: E402

from geomap.engine import extract_distributed, situation_distributed  # noqa: E402
from geomap.ingest import read_articles  # noqa: E402
from geomap.pipeline import extract, situation  # noqa: E402
from geomap.records import Article  # noqa: E402
from geomap.render import geojson_text  # noqa: E402

SITUATIONS = sorted(str(p) for p in (Path(__file__).parent / "situations").glob("*.txt"))
INPUTS = SEEDS + SITUATIONS


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


def test_situation_distributed_geojson_is_byte_identical(client):
    expected = geojson_text(situation(INPUTS))
    got = situation_distributed(INPUTS, client=client, partitions=4)
    assert geojson_text(got) == expected
    assert got.attrs["articles"] == situation(INPUTS).attrs["articles"]


def test_both_workers_take_part_and_order_is_kept(client):
    articles = list(read_articles(INPUTS))
    where = client.run(lambda: __import__("os").getpid())
    assert len(where) == 2
    got = extract_distributed(articles, client=client, partitions=len(articles))
    assert [a.id for a, _ in got] == [a.id for a in articles]
    assert got == list(extract(articles))  # frozen dataclasses: equal field by field


def test_scheduler_address(client):
    articles = [Article(id="geneva", text=GENEVA_ARTICLE, title="Geneva")]
    got = extract_distributed(articles, scheduler=client.scheduler.address)
    assert [m.text for m in got[0][1]] == [m.text for m in next(extract(articles))[1]]


def test_bad_input_is_reported_and_the_rest_mapped(client, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    seen = []
    frame = situation_distributed([str(empty), SEEDS[0]], client=client, on_error=seen.append)
    assert len(seen) == 1 and "empty" in str(seen[0])
    assert len(frame) and geojson_text(frame) == geojson_text(situation([SEEDS[0]]))


def test_nothing_to_do():
    assert extract_distributed([]) == []


def test_online_geocoder_is_refused():
    from geomap.errors import OptionError

    with pytest.raises(OptionError, match="one process"):
        extract_distributed([Article(id="a", text="Talks in Geneva.")], geocoder=object())


def test_cli_map_with_dask_engine_writes_the_same_files(client, tmp_path):
    from click.testing import CliRunner

    from geomap.cli import main

    local = CliRunner().invoke(main, ["map", *INPUTS, "-o", str(tmp_path / "local.html"),
                                      "--geojson", str(tmp_path / "local.geojson"), "--quiet"])
    assert local.exit_code == 0, local.output
    dask = CliRunner().invoke(main, ["map", *INPUTS, "-o", str(tmp_path / "dask.html"),
                                     "--geojson", str(tmp_path / "dask.geojson"),
                                     "--engine", "dask", "--scheduler", client.scheduler.address])
    assert dask.exit_code == 0, dask.output
    assert (tmp_path / "dask.geojson").read_bytes() == (tmp_path / "local.geojson").read_bytes()
    assert (tmp_path / "dask.html").read_bytes() == (tmp_path / "local.html").read_bytes()


def test_cli_scheduler_without_dask_engine_is_a_usage_error(tmp_path):
    from click.testing import CliRunner

    from geomap.cli import main

    result = CliRunner().invoke(main, ["map", SEEDS[0], "-o", str(tmp_path / "m.html"),
                                       "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2 and "--engine dask" in result.output
    assert not (tmp_path / "m.html").exists()


@pytest.fixture(scope="module")
def workerless():
    """A cluster whose every worker is gone (here: never came)."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as cluster, Client(cluster) as c:
        yield c


def test_a_cluster_without_workers_stops_the_run(workerless):
    """dask would wait forever for a worker; the run stops after the timeout with one line."""
    from geomap.errors import EngineError

    articles = [Article(id="geneva", text=GENEVA_ARTICLE, title="Geneva")]
    started = time.monotonic()
    with pytest.raises(EngineError) as info:
        extract_distributed(articles, client=workerless, worker_timeout=0.5)
    assert time.monotonic() - started < 10
    assert "no dask worker" in str(info.value) and "\n" not in str(info.value)


def test_cli_on_a_cluster_without_workers_is_one_line(workerless, tmp_path, monkeypatch):
    from click.testing import CliRunner

    import geomap.engine
    from geomap.cli import main

    monkeypatch.setattr(geomap.engine, "WORKERLESS_TIMEOUT", 0.5)
    article = tmp_path / "geneva.txt"
    article.write_text(GENEVA_ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["map", str(article), "-o", str(tmp_path / "m.html"), "--engine", "dask",
                                       "--scheduler", workerless.scheduler.address])
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().startswith("Error: no dask worker") and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "m.html").exists()
