"""The whole pipeline as plain functions: article -> mentions -> places -> layers -> map."""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from .aggregate import Places
from .atomic import write_atomic
from .errors import GeomapError, OptionError
from .ingest import read_articles
from .records import Article, Mention
from .recognise import recognise
from .resolve import resolve
from .roles import assign_roles

if TYPE_CHECKING:  # geopandas (and pandas, pyarrow) load only when a map is made: `geomap places` starts faster
    import geopandas as gpd

__all__ = ["extract", "places", "situation", "situation_frame", "input_articles", "write_outputs", "write_atomic",
           "mention_record", "format_places", "PLACE_FORMATS", "unique_ids", "auto_workers"]

AUTO_PARALLEL_FROM = 64
"""``workers="auto"`` starts processes only for batches longer than this: a pool costs about a second."""
CHUNK = 32
"""Articles per task sent to a worker process."""
WORKER_MEMORY = 400_000_000
"""Bytes one worker process needs (the spaCy model, the gazetteer index, a chunk in flight)."""
MAX_PIECE = 100_000
"""Longest text recognised in one go. spaCy refuses texts over its ``nlp.max_length`` (1,000,000, error
E088), and its memory grows with the text (3.4 GB for one of a million characters); longer articles are
recognised in pieces of at most this, cut between paragraphs. News articles are far shorter."""


def extract(articles: Iterable[Article], geocoder=None, on_error: Callable[[GeomapError], None] | None = None,
            workers: int | str = 1) -> Iterator[tuple[Article, list[Mention]]]:
    """Recognise, resolve and give roles to the places of each article, in input order.

    ``geocoder`` (from ``geomap.geocoders.get_geocoder``) is asked for names the
    offline gazetteer lacks; offline is the default. ``workers`` > 1 (or "auto":
    every core that memory allows, once there are more than a few dozen articles)
    spreads chunks of articles over processes; the results are the same as in one
    process. Articles longer than spaCy takes are recognised in pieces.
    """
    articles = iter(articles)
    if workers == "auto":
        head = list(itertools.islice(articles, AUTO_PARALLEL_FROM))
        workers = auto_workers() if len(head) == AUTO_PARALLEL_FROM else 1
        articles = itertools.chain(head, articles)
    if int(workers) <= 1 or geocoder is not None:  # an online geocoder keeps one rate limit and one cache
        for article, found in _recognise_whole(articles):
            yield article, assign_roles(article, resolve(article, found, geocoder=geocoder, on_error=on_error))
        return
    yield from _extract_parallel(articles, int(workers))


def auto_workers(per_worker: int = WORKER_MEMORY) -> int:
    """Processes for ``workers="auto"``: every core this process may use, as many as available memory holds."""
    try:
        cores = len(os.sched_getaffinity(0))  # a container or taskset may allow fewer than the machine has
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    free = _available_memory()
    return max(1, min(cores, free // per_worker) if free else cores)


def _available_memory() -> int | None:
    """Bytes of memory available to new processes (Linux MemAvailable, else free pages), None if unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):  # not on this system (macOS lacks SC_AVPHYS_PAGES, Windows both)
        return None


def _recognise_whole(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Mention]]]:
    """``recognise``, also for articles longer than ``MAX_PIECE``: those go in pieces, merged back.

    Runs of articles of ordinary length go through ``recognise`` in its batches, as before.
    """
    for long, run in itertools.groupby(articles, key=lambda a: len(a.text) > MAX_PIECE):
        if not long:
            yield from recognise(run)
            continue
        for article in run:
            yield article, _recognise_in_pieces(article)


def _recognise_in_pieces(article: Article) -> list[Mention]:
    """The mentions of a long article, recognised one piece at a time (spaCy's memory grows with the text).

    Each piece is an ``Article`` of its own with the whole one's id; its mentions' offsets
    (``start``, ``end``, ``sentence``) are shifted back into the whole text.
    """
    found: list[Mention] = []
    for start, end in _pieces(article.text, MAX_PIECE):
        for _, mentions in recognise([replace(article, text=article.text[start:end])]):
            found.extend(_shifted(m, start) for m in mentions)
    return found


_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"')\]]*\s"), re.compile(r"\s"))
"""Where a long text may be cut, best first: paragraphs, lines, sentence ends, any space."""


def _pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """Spans of ``text`` of at most ``limit`` characters, cut at the best break near each limit.

    >>> _pieces("One. Two.\\n\\nThree four.", 12)
    [(0, 11), (11, 22)]
    >>> _pieces("abcdef", 4)
    [(0, 4), (4, 6)]
    """
    spans, start = [], 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _cut(text: str, start: int, limit: int) -> int:
    """The end of the piece that begins at ``start``: after the last break before ``limit``, in the back half."""
    window = text[start:limit]
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window, len(window) // 2)]
        if ends:
            return start + ends[-1]
    return limit  # not one space in the back half: cut anywhere


def _shifted(mention: Mention, offset: int) -> Mention:
    """``mention`` of a piece, with its offsets in the whole text (the piece begins at ``offset``)."""
    if not offset:
        return mention
    s, e = mention.sentence
    return replace(mention, start=mention.start + offset, end=mention.end + offset, sentence=(s + offset, e + offset))


def _extract_chunk(chunk: list[Article]) -> list[tuple[Article, list[Mention]]]:
    return list(extract(chunk))


def _extract_parallel(articles: Iterator[Article], workers: int) -> Iterator[tuple[Article, list[Mention]]]:
    """Chunks of articles through a process pool, a bounded number in flight, yielded in input order."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    from .gazetteer import default_gazetteer
    from .lexicon import lexicon
    from .nlp import load_nlp, load_parser
    from .recognise import recognition_model
    from .resolve import ranker
    from .spanfeatures import zipf

    # Load the models, the word lists and open the index before forking, so that workers share them
    # (each would otherwise read the word frequencies, 0.2 s, on its first chunk).
    load_nlp(), load_parser()
    default_gazetteer()
    recognition_model(), ranker(), lexicon(), zipf("the")
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunks = iter(lambda: list(itertools.islice(articles, CHUNK)), [])
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_leave_interrupts_to_parent)
    try:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(_extract_chunk, chunk))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BaseException:
        # Stopped early (Ctrl-C, SIGTERM, a closed pipe): the workers stop now, their chunks dropped. Left to
        # finish their chunks, workers once outlived the run by over a minute on a loaded machine.
        # A signal can land inside the executor's start-up (its manager thread made, not yet started), and
        # shutting down then fails with RuntimeError; the workers are already gone, the signal is what to report.
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            with contextlib.suppress(OSError, ValueError):
                process.terminate()
        with contextlib.suppress(RuntimeError):
            pool.shutdown(cancel_futures=True)
        raise
    pool.shutdown()


def _leave_interrupts_to_parent() -> None:
    """Ctrl-C reaches every process of the terminal's group; the parent alone handles it (one message,
    not a traceback per worker) and shuts the pool down."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


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
            "kind": "demonym" if m.label == "DEMONYM" else c.kind if c else None, "country": c.country if c else None, "role": str(m.role),
            "score": m.score, "label": m.label}


PLACE_FORMATS = ("jsonl", "csv", "geojson")
"""What ``format_places`` writes: one JSON record a line, CSV with a header, or one GeoJSON FeatureCollection."""


def format_places(mentions: Iterable[Mention], fmt: str = "jsonl") -> Iterator[str]:
    """The mentions as text in ``fmt`` (see ``PLACE_FORMATS``), in pieces to write as they come.

    Each mention is its ``mention_record``. JSONL and CSV stream one line per mention (CSV's
    header comes with the first, and nothing at all without one); GeoJSON is one
    FeatureCollection on one line, with a Point for each mention the gazetteer placed and a
    null geometry for the others.

    >>> "".join(format_places([], "geojson"))
    '{"type": "FeatureCollection", "features": []}\\n'
    """
    if fmt not in PLACE_FORMATS:
        raise OptionError(f"unknown places format {fmt!r}: one of {', '.join(PLACE_FORMATS)}")
    records = (mention_record(m) for m in mentions)
    if fmt == "jsonl":
        return (json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)
    if fmt == "csv":
        return _csv_lines(records)
    return _geojson_pieces(records)


def _csv_lines(records: Iterable[dict]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = None
    for rec in records:
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(rec), lineterminator="\n")
            writer.writeheader()
        writer.writerow(rec)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _geojson_pieces(records: Iterable[dict]) -> Iterator[str]:
    """One FeatureCollection, written a feature at a time; its head comes with the first feature (or at the end)."""
    head, first = '{"type": "FeatureCollection", "features": [', True
    for rec in records:
        geom = {"type": "Point", "coordinates": [rec["lon"], rec["lat"]]} if rec["lat"] is not None else None
        yield (head if first else ", ") + json.dumps({"type": "Feature", "properties": rec, "geometry": geom},
                                                     ensure_ascii=False)
        first = False
    yield (head if first else "") + "]}\n"


def situation(paths_or_articles: Iterable[str | Article],
              on_error: Callable[[GeomapError], None] | None = None, geocoder=None, workers: int | str = 1,
              progress: Callable[[Iterable[Article]], Iterable[Article]] | None = None) -> gpd.GeoDataFrame:
    """The situation as a GeoDataFrame: one row per place, with role, geometry and quotes.

    Inputs are paths (read with ``read_articles``) or ``Article`` records, streamed
    through ``extract`` and folded into places as they come; ``progress`` may wrap the
    article stream (a progress bar).
    """
    stream = input_articles(paths_or_articles, on_error)
    if progress is not None:
        stream = progress(stream)
    return situation_frame(extract(stream, geocoder=geocoder, on_error=on_error, workers=workers))


def input_articles(paths_or_articles: Iterable[str | Article],
                   on_error: Callable[[GeomapError], None] | None = None) -> Iterator[Article]:
    """The articles of a run: paths read with ``read_articles``, ``Article`` records as they are, ids made unique."""
    return unique_ids(_articles(paths_or_articles, on_error))


def _articles(items: Iterable[str | Article], on_error) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Article):
            yield item
        else:
            yield from read_articles([item], on_error)


def unique_ids(articles: Iterable[Article], seen: set[str] | None = None) -> Iterator[Article]:
    """The articles with ids unique in the run: a repeated id gets the first free ``#2``, ``#3``...

    Quotes are attributed to articles by id, so two articles may never share one. The id of
    each article yielded is added to ``seen``.

    >>> [a.id for a in unique_ids(Article(i, "t") for i in ["a", "a#2", "a", "a"])]
    ['a', 'a#2', 'a#3', 'a#4']
    """
    seen = set() if seen is None else seen
    for a in articles:
        if a.id in seen:
            n = 2
            while f"{a.id}#{n}" in seen:
                n += 1
            a = replace(a, id=f"{a.id}#{n}")
        seen.add(a.id)
        yield a


def situation_frame(pairs: Iterable[tuple[Article, list[Mention]]]) -> gpd.GeoDataFrame:
    """Reduce (article, mentions) pairs, as ``extract`` yields them, to the places frame.

    The pairs are folded into places one at a time (``aggregate.Places``), so a run's
    memory does not grow with its mentions; ``frame.attrs["articles"]`` lists the sources,
    in input order, and ``frame.attrs["stories"]`` the stories they make (``stories.py``); the
    ``stories`` column holds each place's story ids.
    """
    from .geometry import place_geometries
    from .stories import with_stories

    folded = Places()
    sources = []
    for article, mentions in pairs:
        folded.add(article, mentions)
        sources.append({"id": article.id, "title": article.title, "source": article.source or article.id,
                        "url": article.url, "date": article.date})
    frame = with_stories(place_geometries(folded.places()), sources)
    frame.attrs["articles"] = sources
    return frame


def write_outputs(frame: gpd.GeoDataFrame, html_path: str | None, geojson_path: str | None,
                  title: str | None = None, subtitle: str | None = None, embed: bool = False,
                  parquet_path: str | None = None) -> None:
    """Write the HTML map (``embed``: chrome-less, for an iframe), the GeoJSON and/or GeoParquet of the places."""
    from .render import build_map, fast_branca, geojson_text

    if parquet_path:
        from .geoparquet import write_parquet

        write_parquet(frame, parquet_path)
    if geojson_path:
        write_atomic(geojson_path, geojson_text(frame))
    if html_path:
        with fast_branca():
            page = build_map(frame, title=title, subtitle=subtitle, embed=embed).get_root().render()
        write_atomic(html_path, page)


