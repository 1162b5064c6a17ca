"""The whole pipeline as plain functions: article -> mentions -> places -> layers -> map."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import geopandas as gpd

from .aggregate import aggregate
from .errors import GeomapError, InputError
from .geometry import place_geometries
from .ingest import read_articles
from .records import Article, Mention
from .recognise import recognise
from .resolve import resolve
from .roles import assign_roles

__all__ = ["extract", "places", "situation", "situation_frame", "write_outputs", "write_atomic", "mention_record"]


def extract(articles: Iterable[Article], geocoder=None,
            on_error: Callable[[GeomapError], None] | None = None) -> Iterator[tuple[Article, list[Mention]]]:
    """Recognise, resolve and give roles to the places of each article, in input order.

    ``geocoder`` (from ``geomap.geocoders.get_geocoder``) is asked for names the
    offline gazetteer lacks; offline is the default.
    """
    for article, found in recognise(articles):
        yield article, assign_roles(article, resolve(article, found, geocoder=geocoder, on_error=on_error))


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
            "kind": c.kind if c else None, "country": c.country if c else None, "role": m.role,
            "score": m.score, "label": m.label}


def situation(paths_or_articles: Iterable[str | Article],
              on_error: Callable[[GeomapError], None] | None = None, geocoder=None) -> gpd.GeoDataFrame:
    """The situation as a GeoDataFrame: one row per place, with role, geometry and quotes."""
    items = list(paths_or_articles)
    articles = [a for a in items if isinstance(a, Article)]
    paths = [p for p in items if not isinstance(p, Article)]
    if paths:
        articles += list(read_articles(paths, on_error))
    by_id: dict[str, Article] = {}
    for a in articles:
        if a.id in by_id:  # two inputs called alike: keep both, apart
            a = Article(id=f"{a.id}#{len(by_id)}", text=a.text, title=a.title, source=a.source, url=a.url,
                        date=a.date)
        by_id[a.id] = a
    mentions: list[Mention] = []
    for _, found in extract(by_id.values(), geocoder=geocoder, on_error=on_error):
        mentions.extend(found)
    return situation_frame(by_id, mentions)


def situation_frame(articles: dict[str, Article], mentions: list[Mention]) -> gpd.GeoDataFrame:
    """Reduce the mentions of every article to the places frame; ``frame.attrs["articles"]`` lists the sources."""
    frame = place_geometries(aggregate(articles, mentions))
    frame.attrs["articles"] = [
        {"id": a.id, "title": a.title, "source": a.source or a.id, "url": a.url, "date": a.date}
        for a in articles.values()]
    return frame


def write_atomic(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never half a file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would hide the map from a web server
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_outputs(frame: gpd.GeoDataFrame, html_path: str | None, geojson_path: str | None,
                  title: str | None = None, subtitle: str | None = None, embed: bool = False) -> None:
    """Write the HTML map (``embed``: chrome-less, for an iframe) and/or the GeoJSON FeatureCollection."""
    from .render import build_map, geojson_text

    if geojson_path:
        write_atomic(geojson_path, geojson_text(frame))
    if html_path:
        page = build_map(frame, title=title, subtitle=subtitle, embed=embed).get_root().render()
        write_atomic(html_path, page)


