"""Draw the layers as one static folium/Leaflet HTML map, byte for byte reproducible.

Article text is untrusted. It enters the page only through ``escape_text``, once,
here: folium's Popup (parse_html=False) and Tooltip put their text raw into a JS
template literal, so the escape also covers backticks, ``$`` and backslashes.
"""

from __future__ import annotations

import contextlib
import html
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
from .describe import summary
from .elements import EdgeMarkers, Footer, Legend, MapTitle, OfflineCluster, PageStyle, SourcesPanel, Timeline
from .filters import filter_panel, place_search
from .rows import frame_rows
from .view import far_targets, theatre
from geomap.layers import LAYER_KINDS, LayerKind, layer_kind, split_layers

__all__ = ["escape_text", "popup_html", "tooltip_html", "build_map", "geojson_text", "fast_branca"]

_JS_SPECIAL = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"})
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_SAFE_URL = re.compile(r"^https?://", re.I)


def escape_text(text: str) -> str:
    """Escape untrusted text for HTML that folium puts inside a JS template literal.

    >>> escape_text("<script>alert(`x`)</script>")
    '&lt;script&gt;alert(&#96;x&#96;)&lt;/script&gt;'
    """
    text = _BIDI.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", str(text))
    return html.escape(text, quote=True).translate(_JS_SPECIAL)


def _highlighted(text: str, spans: list[list[int]]) -> str:
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos or end > len(text):
            continue
        out.append(escape_text(text[pos:start]))
        out.append(f"<mark>{escape_text(text[start:end])}</mark>")
        pos = end
    out.append(escape_text(text[pos:]))
    return "".join(out)


VISIBLE_QUOTES = 2
"""Quotes shown open in a popup; the rest fold under a "more quotes" toggle."""


def _quote(ex: dict) -> str:
    source = escape_text(ex["source"])
    if ex.get("url") and _SAFE_URL.match(ex["url"]):
        source = f'<a href="{escape_text(ex["url"])}" target="_blank" rel="noopener noreferrer">{source}</a>'
    date = f' &middot; {escape_text(ex["date"])}' if ex.get("date") else ""
    return f'<blockquote>{_highlighted(ex["text"], ex["highlights"])}<cite>{source}{date}</cite></blockquote>'


def popup_html(row, kind: LayerKind) -> str:
    """The popup of one feature: name, role and why, quotes with sources; long lists fold."""
    mentions = int(row["mentions"])
    where, about = summary(row)
    located = f' <span class="gm-where">&middot; {escape_text(where)}</span>' if where else ""
    parts = [f'<div class="gm-popup"><h4>{escape_text(row["name"])}</h4>{located}',
             f'<div class="gm-meta">{escape_text(kind.legend)} &middot; {" &middot; ".join(map(escape_text, about))}'
             f' &middot; {mentions} mention{"s" if mentions != 1 else ""}</div>']
    if row.get("fallback"):
        parts.append(f'<div class="gm-note">Shown as a point: {escape_text(row["geometry_source"])}</div>')
    elif row.get("derived"):
        parts.append(f'<div class="gm-note">{escape_text(row["geometry_source"])}</div>')
    other = {r: n for r, n in (row.get("roles") or {}).items() if r != row["role"]}
    if other:
        also = ", ".join(f"{escape_text(r)} in {n} article{'s' if n != 1 else ''}" for r, n in other.items())
        parts.append(f'<div class="gm-why">Also: {also}</div>')
    quotes = [_quote(ex) for ex in row["excerpts"]]
    parts.extend(quotes[:VISIBLE_QUOTES])
    more = int(row.get("quotes") or 0) - len(row["excerpts"])
    hidden = len(quotes) - VISIBLE_QUOTES
    if hidden > 0:
        label = f"{hidden + max(more, 0)} more quote{'s' if hidden + max(more, 0) != 1 else ''}"
        parts.append(f"<details><summary>{label}</summary>{''.join(quotes[VISIBLE_QUOTES:])}")
        if more > 0:
            parts.append(f'<div class="gm-more">and {more} more not shown</div>')
        parts.append("</details>")
    elif more > 0:
        parts.append(f'<div class="gm-more">and {more} more quote{"s" if more != 1 else ""} not shown</div>')
    parts.append("</div>")
    return "".join(parts)


def tooltip_html(row) -> str:
    """The tooltip of one feature: its name and where it is, then what it is, how precise, its score."""
    where, about = summary(row)
    head = escape_text(row["name"]) + (f" &middot; {escape_text(where)}" if where else "")
    return f'<b>{head}</b><br>{" &middot; ".join(map(escape_text, about))}'


def _marker(row, kind: LayerKind) -> folium.Marker | folium.CircleMarker:
    location = [row.geometry.y, row.geometry.x]
    if kind.role == "venue":
        icon = folium.DivIcon(html=f'<div class="gm-icon" style="color:{kind.color}">{kind.icon}</div>',
                              icon_size=(22, 22), icon_anchor=(11, 11))
        return folium.Marker(location, icon=icon)
    return folium.CircleMarker(location, radius=kind.radius, color=kind.color, weight=kind.weight, fill=True,
                               fill_color=kind.fill, fill_opacity=0.8,
                               dash_array="4 3" if row.get("fallback") else None)


def _shape(row, kind: LayerKind) -> folium.GeoJson:
    style = kind.path_style(row.geometry.geom_type)
    data = {"type": "Feature", "properties": {}, "geometry": mapping(row.geometry)}
    return folium.GeoJson(data, style_function=lambda _f, st=style: st,
                          highlight_function=lambda _f, st=style: {**st, "weight": st["weight"] + 2})


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
    elements: dict[int, tuple] = {}
    # A popup opened off the first view (a far venue) pans in clear of the layer control, top right.
    pad_right = (60, 10) if embed else (170, 10)
    for kind in LAYER_KINDS:
        rows = layers[kind.name]
        name = f"{kind.label} ({len(rows)})"
        many_points = point_counts[kind.name] > CLUSTER_FROM
        group = points = folium.FeatureGroup(name=name, show=True)
        if many_points:
            # The markers cluster inside the layer's group; its areas (a region named as a venue) stay outside
            # the cluster, which would hold them in a group of its own that has no map to open their popups on.
            points = OfflineCluster(control=False).add_to(group)
        for index, row in frame_rows(rows):
            is_point = row.geometry.geom_type == "Point"
            element = _marker(row, kind) if is_point else _shape(row, kind)
            folium.Popup(popup_html(row, kind), max_width=420, parse_html=False,
                         auto_pan_padding_bottom_right=pad_right, auto_pan_padding_top_left=(10, 10)).add_to(element)
            folium.Tooltip(tooltip_html(row)).add_to(element)
            holder = points if is_point else group
            element.add_to(holder)
            elements[index] = (element, holder)
        group.add_to(fmap)
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
        entries, catalogue = _sources(frame, articles, elements)
        SourcesPanel(entries, catalogue, open_=len(articles) <= 8).add_to(fmap)
    timeline = _timeline(frame, articles, elements)
    if timeline is not None:
        timeline.add_to(fmap)
    if elements:
        place_search(frame, elements).add_to(fmap)
        if not embed:
            filter_panel(frame, articles, stories, elements).add_to(fmap)
    bounds, inside = theatre(frame)
    if bounds:
        fmap.fit_bounds(bounds)
        far = [(elements[i][0], escape_text(frame.at[i, "name"]), lat, lon, box, layer_kind(frame.at[i, "role"]).color,
                layer_kind(frame.at[i, "role"]).icon) for i, lat, lon, box in far_targets(frame, inside, bounds)
               if i in elements]
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
    """A shallow copy without ``attrs``: pandas deep-copies attrs into every frame taken from it (each
    layer's rows), and the article list there would cost more than the rows themselves."""
    plain = frame.copy(deep=False)
    plain.attrs = {}
    return plain


def _iso_day(date: str | None) -> str:
    return date[:10] if date and re.match(r"^\d{4}-\d{2}-\d{2}", date) else ""


def _sources(frame, articles: list[dict], elements: dict) -> tuple[list[dict], list[tuple]]:
    """The sources panel's entries (each article with the places it names, in map order) and
    the catalogue of (element, escaped name, escaped description) their ``places`` indices point into."""
    named: dict[str, list[int]] = {a["id"]: [] for a in articles}
    catalogue: list[tuple] = []
    for index, row in frame_rows(frame):
        if index not in elements:
            continue
        docs = [doc for doc in row["docs"] if doc in named]
        if docs:
            for doc in docs:
                named[doc].append(len(catalogue))
            where, about = summary(row)
            detail = " &middot; ".join(escape_text(p) for p in ([where] if where else []) + about)
            catalogue.append((elements[index][0], escape_text(row["name"]), detail))
    out = []
    for a in articles:
        url = a.get("url") if a.get("url") and _SAFE_URL.match(a["url"]) else None
        where = os.path.basename(a.get("source") or "")
        out.append({"title": escape_text(a.get("title") or a["id"]), "where": escape_text(where),
                    "date": escape_text(_iso_day(a.get("date")) or a.get("date") or ""),
                    "url": escape_text(url) if url else None, "places": named[a["id"]]})
    return out, catalogue


def _timeline(frame, articles: list[dict], elements: dict) -> Timeline | None:
    """A Timeline over the articles' dates, or None when fewer than two distinct days are known."""
    day_of = {a["id"]: _iso_day(a.get("date")) for a in articles}
    dates = sorted({d for d in day_of.values() if d})
    if len(dates) < 2:
        return None
    entries = []
    for index, row in frame_rows(frame):
        if index not in elements:
            continue
        days = [day_of.get(doc, "") for doc in row["docs"]]
        first = min((d for d in days if d), default="")
        element, group = elements[index]
        entries.append((element, group, first))
    return Timeline(dates, entries)


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
