"""The whole pipeline as plain functions: article -> mentions -> places -> layers -> map."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from .aggregate import aggregate
from .atomic import write_atomic
from .errors import GeomapError, InputError
from .ingest import read_articles
from .records import Article, Mention
from .recognise import recognise
from .resolve import resolve
from .roles import assign_roles

if TYPE_CHECKING:  # geopandas (and pandas, pyarrow) load only when a map is made: `geomap places` starts faster
    import geopandas as gpd

__all__ = ["extract", "places", "situation", "situation_frame", "write_outputs", "write_atomic", "mention_record"]


def extract(articles: Iterable[Article], geocoder=None, on_error: Callable[[GeomapError], None] | None = None,
            workers: int | str = 1) -> Iterator[tuple[Article, list[Mention]]]:
    """Recognise, resolve and give roles to the places of each article, in input order.

    ``geocoder`` (from ``geomap.geocoders.get_geocoder``) is asked for names the
    offline gazetteer lacks; offline is the default. ``workers`` > 1 (or "auto":
    every core once there are more than a few dozen articles) spreads chunks of
    articles over processes; the results are the same as in one process.
    """
    articles = iter(articles)
    if workers == "auto":
        head = list(itertools.islice(articles, AUTO_PARALLEL_FROM))
        workers = min(os.cpu_count() or 1, 4) if len(head) == AUTO_PARALLEL_FROM else 1
        articles = itertools.chain(head, articles)
    if int(workers) <= 1 or geocoder is not None:  # an online geocoder keeps one rate limit and one cache
        for article, found in recognise(articles):
            yield article, assign_roles(article, resolve(article, found, geocoder=geocoder, on_error=on_error))
        return
    yield from _extract_parallel(articles, int(workers))


AUTO_PARALLEL_FROM = 64
CHUNK = 32


def _extract_chunk(chunk: list[Article]) -> list[tuple[Article, list[Mention]]]:
    return list(extract(chunk))


def _extract_parallel(articles: Iterator[Article], workers: int) -> Iterator[tuple[Article, list[Mention]]]:
    """Chunks of articles through a process pool, a bounded number in flight, yielded in input order."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    from .gazetteer import default_gazetteer
    from .nlp import load_nlp

    # Load the model and open the index before forking, so that workers share them.
    load_nlp()
    default_gazetteer()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunks = iter(lambda: list(itertools.islice(articles, CHUNK)), [])
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(_extract_chunk, chunk))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def places(text: str | Article, doc: str = "text") -> list[Mention]:
    """Every place mention of one text, resolved and with its role.

    ``text`` may be a plain string (then ``doc`` names it) or an ``Article``.
    """
    article = text if isinstance(text, Article) else Article(id=doc, text=text, title="")
    return next(extract([article]))[1]


def mention_record(m: Mention) -> dict:
    """The JSON record of one mention, as ``geomap places`` prints it."""
    c = m.candidate
    return {"doc": m.doc, "start": m.start, "end": m.end, "text": m.text, "name": c.name if c else m.text,
            "lat": c.lat if c else None, "lon": c.lon if c else None, "geonameid": c.geonameid if c else None,
            "kind": "demonym" if m.label == "DEMONYM" else c.kind if c else None, "country": c.country if c else None, "role": m.role,
            "score": m.score, "label": m.label}


def situation(paths_or_articles: Iterable[str | Article],
              on_error: Callable[[GeomapError], None] | None = None, geocoder=None, workers: int | str = 1,
              progress: Callable[[Iterable[Article]], Iterable[Article]] | None = None) -> gpd.GeoDataFrame:
    """The situation as a GeoDataFrame: one row per place, with role, geometry and quotes.

    Inputs are paths (read with ``read_articles``) or ``Article`` records, streamed
    through ``extract``; ``progress`` may wrap the article stream (a progress bar).
    """
    by_id: dict[str, Article] = {}
    stream = _unique(_articles(paths_or_articles, on_error), by_id)
    if progress is not None:
        stream = progress(stream)
    mentions: list[Mention] = []
    for _, found in extract(stream, geocoder=geocoder, on_error=on_error, workers=workers):
        mentions.extend(found)
    return situation_frame(by_id, mentions)


def _articles(items: Iterable[str | Article], on_error) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Article):
            yield item
        else:
            yield from read_articles([item], on_error)


def _unique(articles: Iterable[Article], seen: dict[str, Article]) -> Iterator[Article]:
    """Give inputs that share an id distinct ids, recording each article in ``seen``."""
    for a in articles:
        if a.id in seen:
            a = Article(id=f"{a.id}#{len(seen)}", text=a.text, title=a.title, source=a.source, url=a.url,
                        date=a.date)
        seen[a.id] = a
        yield a


def situation_frame(articles: dict[str, Article], mentions: list[Mention]) -> gpd.GeoDataFrame:
    """Reduce the mentions of every article to the places frame; ``frame.attrs["articles"]`` lists the sources."""
    from .geometry import place_geometries

    frame = place_geometries(aggregate(articles, mentions))
    frame.attrs["articles"] = [
        {"id": a.id, "title": a.title, "source": a.source or a.id, "url": a.url, "date": a.date}
        for a in articles.values()]
    return frame


def write_outputs(frame: gpd.GeoDataFrame, html_path: str | None, geojson_path: str | None,
                  title: str | None = None, subtitle: str | None = None, embed: bool = False,
                  parquet_path: str | None = None) -> None:
    """Write the HTML map (``embed``: chrome-less, for an iframe), the GeoJSON and/or GeoParquet of the places."""
    from .render import build_map, geojson_text

    if parquet_path:
        from .geoparquet import write_parquet

        write_parquet(frame, parquet_path)
    if geojson_path:
        write_atomic(geojson_path, geojson_text(frame))
    if html_path:
        page = build_map(frame, title=title, subtitle=subtitle, embed=embed).get_root().render()
        write_atomic(html_path, page)


