"""Draw the layers as one static folium/Leaflet HTML map, byte for byte reproducible.

Article text is untrusted. It enters the page only through ``escape_text`` (``geomap.escape``),
once: in the places' records that ``elements.PlaceLayers`` draws from (``placedata``), and in
the titles and labels the other map parts print.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections import OrderedDict
from functools import lru_cache

import folium
import geopandas as gpd
from shapely.geometry import mapping

from branca.element import Element

from .assets import inline_assets
from .basemap import Basemap
from .density import density_layer
from .escape import escape_text, safe_url, script_json
from .elements import (EdgeMarkers, Footer, Legend, MapTitle, OfflineCluster, PageStyle, PlaceLayers, SourcesPanel,
                       Timeline)
from .filters import filter_panel, place_search
from .placedata import place_data
from .rows import frame_rows
from .view import far_targets, theatre
from geomap.layers import LAYER_KINDS, layer_kind, split_layers

__all__ = ["escape_text", "build_map", "geojson_text", "fast_branca"]


class SituationMap(folium.Map):
    """A folium Map that links nothing from a CDN: Leaflet and jQuery come inlined."""

    default_js: list = []
    default_css: list = []


CLUSTER_FROM = 40
"""Place markers cluster when a layer has more than this many."""


def build_map(frame: gpd.GeoDataFrame, title: str | None = None, subtitle: str | None = None,
              embed: bool = False) -> folium.Map:
    """A folium map: one switchable layer per kind, legend, popups, sources, timeline, offline basemap,
    a place search box and (not embedded) the filter panel by story, role, country and dates.

    ``embed`` drops the page chrome (title, sources panel) for an iframe.
    """
    articles = frame.attrs.get("articles", [])
    stories = frame.attrs.get("stories", [])
    frame = _without_attrs(frame)
    layers = split_layers(frame)
    point_counts = {kind.name: _point_count(layers[kind.name]) for kind in LAYER_KINDS}
    cluster = any(n > CLUSTER_FROM for n in point_counts.values())
    fmap = SituationMap(location=[20, 0], zoom_start=2, tiles=None, control_scale=True)
    root = fmap.get_root()
    root.header.add_child(inline_assets(cluster=cluster, search=bool(len(frame))), name="inline_assets", index=0)
    root.header.add_child(Element('<meta name="viewport" content="width=device-width, initial-scale=1">'),
                          name="viewport")
    PageStyle(embed=embed).add_to(fmap)
    Basemap(frame).add_to(fmap)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap", control=False).add_to(fmap)
    # A popup opened off the first view (a far venue) pans in clear of the layer control, top right.
    pad_right = (60, 10) if embed else (170, 10)
    holders = []
    for kind in LAYER_KINDS:
        rows = layers[kind.name]
        group = points = folium.FeatureGroup(name=f"{kind.label} ({len(rows)})", show=True)
        if point_counts[kind.name] > CLUSTER_FROM:
            # The markers cluster inside the layer's group; its areas (a region named as a venue) stay outside
            # the cluster, which would hold them in a group of its own that has no map to open their popups on.
            points = OfflineCluster(control=False).add_to(group)
        group.add_to(fmap)
        holders.append((group, points))
    data = place_data(layers, LAYER_KINDS)
    PlaceLayers(script_json(data.as_json()), holders, pad_right).add_to(fmap)
    numbers = data.number
    density = density_layer(frame, escape_text)
    if density is not None:
        density.add_to(fmap)
    folium.LayerControl(collapsed=embed).add_to(fmap)
    shown = [kind for kind in LAYER_KINDS if len(layers[kind.name])]
    Legend(shown, stand_ins=bool(frame["fallback"].astype(bool).any()) if len(frame) else False).add_to(fmap)
    if title and not embed:
        MapTitle(escape_text(title), escape_text(subtitle or "")).add_to(fmap)
    Footer().add_to(fmap)
    if articles and not embed:
        SourcesPanel(_sources(frame, articles, numbers), open_=len(articles) <= 8).add_to(fmap)
    timeline = _timeline(frame, articles, numbers)
    if timeline is not None:
        timeline.add_to(fmap)
    if numbers:
        place_search(frame, numbers).add_to(fmap)
        if not embed:
            filter_panel(frame, articles, stories, numbers).add_to(fmap)
    bounds, inside = theatre(frame)
    if bounds:
        fmap.fit_bounds(bounds)
        far = [(numbers[i], escape_text(frame.at[i, "name"]), lat, lon, box, layer_kind(frame.at[i, "role"]).color,
                layer_kind(frame.at[i, "role"]).icon) for i, lat, lon, box in far_targets(frame, inside, bounds)
               if i in numbers]
        if far:
            EdgeMarkers(far).add_to(fmap)
    _renumber(root)
    return fmap


class _Text:
    """What ``jinja2.Template(text)`` is for a text without Jinja syntax: it renders as the text itself."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def render(self, *args, **kwargs) -> str:
        return self.text


_JINJA_SYNTAX = ("{{", "{%", "{#", "\r")


def _template(source):
    """``jinja2.Template(source)``, without compiling a text that has no Jinja syntax.

    Jinja renders such a text as it is, less one trailing newline (``keep_trailing_newline``
    is off); a carriage return (which Jinja turns into a newline) or any tag is compiled.
    """
    if isinstance(source, str) and not any(mark in source for mark in _JINJA_SYNTAX):
        return _Text(source[:-1] if source.endswith("\n") else source)
    import jinja2

    return jinja2.Template(source)


@contextlib.contextmanager
def fast_branca():
    """Draw and render a map without branca's two per-element costs; the page is the same, byte for byte.

    branca makes every rendered element's text (each marker's, popup's and tooltip's script)
    an ``Element`` of its own and compiles that text as a Jinja template (0.7 s of a
    1,000-place map), and turns an element's class name into its id prefix each time it is
    asked (tens of thousands of times). Here the texts without Jinja syntax are kept as they
    would render and the prefixes are remembered; outside the ``with``, branca is as it was.
    """
    import branca.element as be

    saved = be.Template, be._camelify
    be.Template, be._camelify = _template, lru_cache(maxsize=None)(saved[1])
    try:
        yield
    finally:
        be.Template, be._camelify = saved



def _point_count(rows: gpd.GeoDataFrame) -> int:
    return int((rows.geometry.geom_type == "Point").sum()) if len(rows) else 0


def _without_attrs(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A shallow copy without ``attrs``: pandas deep-copies attrs into every column or row taken from the
    frame (``split_layers``' frames, ``iterrows``), and the article list there would cost more than the
    rows themselves."""
    plain = frame.copy(deep=False)
    plain.attrs = {}
    return plain


def _iso_day(date: str | None) -> str:
    return date[:10] if date and re.match(r"^\d{4}-\d{2}-\d{2}", date) else ""


def _sources(frame, articles: list[dict], numbers: dict) -> list[dict]:
    """The sources panel's entries: each article with the numbers of the places it names, in map order."""
    named: dict[str, list[int]] = {a["id"]: [] for a in articles}
    for index, docs in zip(frame.index, frame["docs"]):
        if index in numbers:
            for doc in docs:
                if doc in named:
                    named[doc].append(numbers[index])
    out = []
    for a in articles:
        where = os.path.basename(a.get("source") or "")
        out.append({"title": escape_text(a.get("title") or a["id"]), "where": escape_text(where),
                    "date": escape_text(_iso_day(a.get("date")) or a.get("date") or ""),
                    "url": safe_url(a.get("url")), "places": sorted(named[a["id"]])})
    return out


def _timeline(frame, articles: list[dict], numbers: dict) -> Timeline | None:
    """A Timeline over the articles' dates, or None when fewer than two distinct days are known."""
    day_of = {a["id"]: _iso_day(a.get("date")) for a in articles}
    dates = sorted({d for d in day_of.values() if d})
    if len(dates) < 2:
        return None
    entries = []
    for index, docs in zip(frame.index, frame["docs"]):
        if index in numbers:
            days = [day_of.get(doc, "") for doc in docs]
            entries.append((numbers[index], min((d for d in days if d), default="")))
    return Timeline(dates, sorted(entries))


def _renumber(root) -> None:
    """Replace folium's random element ids by a counter, so the same input gives the same bytes.

    Children are re-keyed where their key was their old auto name, because some
    templates (Popup) print the key itself.
    """
    from branca.element import Element

    order: list = []
    seen: set[int] = set()

    def collect(element) -> None:
        if id(element) in seen:
            return
        seen.add(id(element))
        order.append(element)
        # Popups keep their html/script containers as attributes, outside _children.
        for name, value in sorted(vars(element).items()):
            if name != "_parent" and isinstance(value, Element):
                collect(value)
        for child in element._children.values():
            collect(child)

    collect(root)
    auto = {id(el): [key == child.get_name() for key, child in el._children.items()] for el in order}
    for number, element in enumerate(order, start=1):
        element._id = f"{number:08x}"
    for element in order:
        element._children = OrderedDict(
            (child.get_name() if is_auto else key, child)
            for (key, child), is_auto in zip(list(element._children.items()), auto[id(element)]))


def geojson_text(frame: gpd.GeoDataFrame) -> str:
    """The places as one FeatureCollection, keys in a fixed order, coordinates rounded; its ``stories``
    member lists the stories (id, name, title, colour, article ids) the features' ``stories`` name."""
    features = []
    for _, row in frame_rows(frame):
        props = {k: _plain(row[k]) for k in frame.columns if k != "geometry"}
        features.append({"type": "Feature", "properties": props, "geometry": _rounded(mapping(row.geometry))})
    collection = {"type": "FeatureCollection"}
    if frame.attrs.get("stories"):  # a foreign member: what the features' story ids stand for
        collection["stories"] = [{k: story[k] for k in ("id", "name", "title", "color", "articles")}
                                 for story in frame.attrs["stories"]]
    collection["features"] = features
    return json.dumps(collection, ensure_ascii=False, indent=1) + "\n"


def _plain(value):
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


def _rounded(geom, digits: int = 5):
    def r(c):
        return [round(x, digits) for x in c] if isinstance(c[0], (int, float)) else [r(x) for x in c]

    return {"type": geom["type"], "coordinates": r(list(geom["coordinates"]))}
