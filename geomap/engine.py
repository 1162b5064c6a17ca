"""Run the per-article stages on a dask.distributed cluster; reduce to the map locally.

Recognise, resolve and roles look at one article at a time, so they are mapped over
partitions of the articles, each partition running ``geomap.pipeline.extract`` in a worker
process. A worker loads spaCy and opens the gazetteer once per process (both are cached,
as in one process) and keeps them for every partition it is given. The mentions come back
in input order and equal those of a one-process run; aggregating them into places,
shaping them and drawing the map stay on the client.

    from geomap.engine import situation_distributed
    frame = situation_distributed(["wire.jsonl"], scheduler="tcp://10.0.0.5:8786")

With no ``scheduler`` a ``LocalCluster`` of one single-threaded worker process per CPU is
started for the call and closed after it. Workers must have geomap installed (the same
version as the client). dask is an optional dependency: ``pip install "geomap[dask]"``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager

import geopandas as gpd

from .errors import EngineError, GeomapError, OptionError
from .records import Article, Mention

__all__ = ["extract_distributed", "situation_distributed", "extract_partition", "partition"]

PARTITIONS_PER_WORKER = 4
"""Default partitions per worker: enough to balance uneven articles, few enough to keep overhead low."""
WORKERLESS_TIMEOUT = 60.0
"""Seconds a run waits while the cluster has no worker at all before it stops: dask itself would wait
forever for one to join."""


def extract_partition(articles: Sequence[Article], geocoder=None
                      ) -> tuple[list[tuple[Article, list[Mention]]], list[GeomapError]]:
    """Run ``geomap.pipeline.extract`` on one partition, in a worker.

    Returns the (article, mentions) pairs in order and the errors reported on the way,
    so that the client can pass them on to its own ``on_error`` in order.
    """
    from .pipeline import extract

    errors: list[GeomapError] = []
    pairs = [(a, list(ms)) for a, ms in extract(articles, geocoder=geocoder, on_error=errors.append)]
    return pairs, errors


def partition(items: Sequence, parts: int) -> list[list]:
    """Split ``items`` into at most ``parts`` contiguous runs of near-equal length, in order.

    >>> partition(list(range(7)), 3)
    [[0, 1, 2], [3, 4], [5, 6]]
    >>> partition([1], 4)
    [[1]]
    """
    parts = max(1, min(parts, len(items)))
    size, extra = divmod(len(items), parts)
    out, start = [], 0
    for k in range(parts):
        end = start + size + (1 if k < extra else 0)
        out.append(list(items[start:end]))
        start = end
    return [p for p in out if p]


def _import_distributed():
    try:
        import distributed
    except ImportError as err:
        raise OptionError('the dask engine needs dask.distributed: pip install "geomap[dask]"') from err
    return distributed


@contextmanager
def _client(scheduler: str | None, client=None):
    """The client to use: the one given, one connected to ``scheduler``, or a temporary local cluster."""
    if client is not None:
        yield client
        return
    distributed = _import_distributed()
    if scheduler:
        try:
            c = distributed.Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as err:
            raise OptionError(f"cannot reach the dask scheduler at {scheduler} ({err})") from err
        try:
            yield c
        finally:
            c.close()
        return
    workers = max(1, os.cpu_count() or 1)
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def _workers(client) -> int:
    try:
        return max(1, len(client.scheduler_info()["workers"]))
    except Exception:  # pragma: no cover - a scheduler that does not say
        return 1


def _gather(client, futures: list, worker_timeout: float) -> list:
    """The results of ``futures``, waiting on them only while the cluster has a worker.

    Raises ``EngineError`` once there has been no worker for ``worker_timeout`` seconds,
    when the scheduler is gone, or when a partition kept killing its workers.
    """
    distributed = _import_distributed()
    poll = max(0.05, min(1.0, worker_timeout / 4))
    alone_since = None
    while True:
        try:
            distributed.wait(futures, timeout=poll)
            break
        except TimeoutError:
            pass
        if _live_workers(client):
            alone_since = None
            continue
        now = time.monotonic()
        alone_since = now if alone_since is None else alone_since
        if now - alone_since >= worker_timeout:
            done = sum(f.done() for f in futures)
            raise EngineError(f"no dask worker left for {worker_timeout:g} s; the run stopped with {done} of "
                              f"{len(futures)} partitions done")
    try:
        return client.gather(futures)
    except distributed.KilledWorker as err:
        raise EngineError(f"a partition killed every dask worker that took it ({err}); the run stopped") from err


def _live_workers(client) -> int:
    """Workers the scheduler has now; a scheduler that cannot be asked is an EngineError."""
    try:
        return len(client.nthreads())
    except (OSError, TimeoutError) as err:
        raise EngineError(f"lost the dask scheduler ({type(err).__name__}: {err}); the run stopped") from err


def extract_distributed(articles: list[Article], scheduler: str | None = None, partitions: int | None = None, *,
                        geocoder=None, on_error: Callable[[GeomapError], None] | None = None,
                        client=None, worker_timeout: float | None = None) -> list[tuple[Article, list[Mention]]]:
    """``list(geomap.pipeline.extract(articles))``, computed by dask workers.

    ``scheduler`` is a dask scheduler address (``tcp://host:8786``); None starts a local
    cluster for this call. ``client`` (a ``distributed.Client``) is used as is instead,
    and left open. ``partitions`` defaults to four per worker. Errors that ``extract``
    would report (an online ``geocoder`` failing) reach ``on_error`` after the run, in
    input order; without ``on_error`` the first is raised. A cluster left without any
    worker for ``worker_timeout`` seconds (default ``WORKERLESS_TIMEOUT``) stops the run with an
    ``EngineError``.
    """
    if geocoder is not None:
        # An online geocoder holds a cache connection and paces its requests to the provider's
        # policy; copies of it in every worker would each keep their own pace.
        raise OptionError("online geocoding runs in one process: use the local engine with a geocoder")
    articles = list(articles)
    if not articles:
        return []
    with _client(scheduler, client) as c:
        chunks = partition(articles, partitions or PARTITIONS_PER_WORKER * _workers(c))
        futures = [c.submit(extract_partition, chunk, geocoder, key=f"geomap-extract-{k}-{id(chunks):x}",
                            pure=False) for k, chunk in enumerate(chunks)]
        try:
            results = _gather(c, futures, WORKERLESS_TIMEOUT if worker_timeout is None else worker_timeout)
        finally:
            for f in futures:
                f.release()
    out: list[tuple[Article, list[Mention]]] = []
    for pairs, errors in results:
        for err in errors:
            if on_error is None:
                raise err
            on_error(err)
        out.extend(pairs)
    return out


def situation_distributed(paths_or_articles: Iterable[str | Article], scheduler: str | None = None,
                          on_error: Callable[[GeomapError], None] | None = None, *, partitions: int | None = None,
                          geocoder=None, client=None) -> gpd.GeoDataFrame:
    """``geomap.pipeline.situation`` with the per-article stages on dask workers.

    Inputs are read here (paths name files on this machine), the articles are shipped to
    the workers, and the mentions are reduced to the places frame here: the frame, and so
    the GeoJSON and the map, are the same as a one-process run's.
    """
    from .pipeline import input_articles, situation_frame

    articles = list(input_articles(paths_or_articles, on_error))
    return situation_frame(extract_distributed(articles, scheduler, partitions, geocoder=geocoder, on_error=on_error,
                                               client=client))
