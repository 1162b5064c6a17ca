"""Draw the layers as one static folium/Leaflet HTML map, byte for byte reproducible.

Article text is untrusted. It enters the page only through ``escape_text``, once,
here: folium's Popup (parse_html=False) and Tooltip put their text raw into a JS
template literal, so the escape also covers backticks, ``$`` and backslashes.
"""

from __future__ import annotations

import html
import json
import re
from collections import OrderedDict

import folium
import geopandas as gpd
from branca.element import MacroElement
from jinja2 import Template
from shapely.geometry import mapping

from .assets import inline_assets
from geomap.layers import LAYER_KINDS, LayerKind, split_layers

__all__ = ["escape_text", "popup_html", "build_map", "Legend", "MapTitle"]

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


def popup_html(row, kind: LayerKind) -> str:
    """The popup of one feature: name, role, why, quotes with sources."""
    parts = [f'<div class="gm-popup"><h4>{escape_text(row["name"])}</h4>',
             f'<div class="gm-meta">{escape_text(kind.legend)} &middot; {escape_text(row["kind"])}'
             f' &middot; {int(row["mentions"])} mention{"s" if row["mentions"] != 1 else ""}</div>']
    if row.get("fallback"):
        parts.append(f'<div class="gm-note">Shown as a point: {escape_text(row["geometry_source"])}</div>')
    elif row.get("derived"):
        parts.append(f'<div class="gm-note">Derived shape: {escape_text(row["geometry_source"])}</div>')
    for ex in row["excerpts"]:
        source = escape_text(ex["source"])
        if ex.get("url") and _SAFE_URL.match(ex["url"]):
            source = f'<a href="{escape_text(ex["url"])}" target="_blank" rel="noopener noreferrer">{source}</a>'
        date = f' &middot; {escape_text(ex["date"])}' if ex.get("date") else ""
        parts.append(f'<blockquote>{_highlighted(ex["text"], ex["highlights"])}'
                     f'<cite>{source}{date}</cite></blockquote>')
    more = int(row.get("quotes") or 0) - len(row["excerpts"])
    if more > 0:
        parts.append(f'<div class="gm-more">and {more} more quote{"s" if more != 1 else ""}</div>')
    parts.append("</div>")
    return "".join(parts)


class Legend(MacroElement):
    """A fixed box listing the layer kinds with their symbols."""

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>
          .folium-map.leaflet-container {background:#cfe3f0;}
          .gm-legend {position:absolute; z-index:1000; bottom:24px; left:10px; background:rgba(255,255,255,.92);
            padding:6px 10px; border-radius:6px; font:12px/1.5 system-ui,sans-serif; box-shadow:0 1px 4px #0004;}
          .gm-legend b {display:block; margin-bottom:2px;}
          .gm-legend span.sym {display:inline-block; width:18px; text-align:center; font-weight:bold;}
          .gm-popup {font:13px/1.4 system-ui,sans-serif; max-height:320px; overflow:auto;}
          .gm-popup h4 {margin:0 0 2px; font-size:15px;}
          .gm-popup .gm-meta {color:#555; margin-bottom:6px;}
          .gm-popup .gm-note {color:#8a5a00; font-style:italic; margin-bottom:6px;}
          .gm-popup blockquote {margin:4px 0 8px; padding-left:8px; border-left:3px solid #ccc;}
          .gm-popup cite {display:block; color:#555; font-size:11px; margin-top:2px;}
          .gm-popup mark {background:#ffe066; padding:0 1px;}
          .gm-icon {font-size:20px; line-height:22px; text-align:center; text-shadow:0 0 3px #fff, 0 0 3px #fff;}
        </style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
        <div class="gm-legend" id="{{ this.get_name() }}"><b>Legend</b>
        {% for kind in this.kinds %}<div><span class="sym" style="color:{{ kind.color }}">{{ kind.icon }}</span>
          {{ kind.legend|e }}</div>{% endfor %}
        </div>
        {% endmacro %}
    """)

    def __init__(self, kinds):
        super().__init__()
        self._name = "Legend"
        self.kinds = kinds


class MapTitle(MacroElement):
    """A title box at the top of the map."""

    _template = Template("""
        {% macro html(this, kwargs) %}
        <div id="{{ this.get_name() }}" style="position:absolute; z-index:1000; top:10px; left:50px; right:60px;
          pointer-events:none; font:600 16px/1.3 system-ui,sans-serif; text-align:center;">
          <span style="background:rgba(255,255,255,.9); padding:4px 10px; border-radius:6px;">{{ this.text }}</span>
        </div>
        {% endmacro %}
    """)

    def __init__(self, text: str):
        super().__init__()
        self._name = "MapTitle"
        self.text = escape_text(text)


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
    style = kind.path_style()
    data = {"type": "Feature", "properties": {}, "geometry": mapping(row.geometry)}
    return folium.GeoJson(data, style_function=lambda _f, st=style: st,
                          highlight_function=lambda _f, st=style: {**st, "weight": st["weight"] + 2})


def _focus_bounds(frame: gpd.GeoDataFrame) -> list[list[float]] | None:
    """Bounds of what the story is about: venues, corridors, zones; else every place point."""
    focus = frame[frame["role"].isin(["venue", "corridor", "zone"])]
    if focus.empty:
        focus = frame[frame["role"] == "place"]
    if focus.empty:
        focus = frame
    if focus.empty:
        return None
    minx, miny, maxx, maxy = focus.total_bounds
    pad_x, pad_y = max(0.2, (maxx - minx) * 0.08), max(0.2, (maxy - miny) * 0.08)
    return [[miny - pad_y, minx - pad_x], [maxy + pad_y, maxx + pad_x]]


class SituationMap(folium.Map):
    """A folium Map that links nothing from a CDN: Leaflet and jQuery come inlined."""

    default_js: list = []
    default_css: list = []


def _basemap(fmap: folium.Map) -> None:
    """Land and borders drawn from the shipped Natural Earth shapes, under the tiles, for offline use."""
    from .geometry import countries

    shapes = countries().geometry.simplify(0.05, preserve_topology=True)
    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": _rounded(mapping(g), 2)} for g in shapes if not g.is_empty]}
    style = {"color": "#9aa5b1", "weight": 0.6, "fillColor": "#f4f1ea", "fillOpacity": 1.0}
    pane = folium.map.CustomPane("basemap", z_index=150)
    pane.add_to(fmap)
    folium.GeoJson(data, name="Offline basemap", control=False, style_function=lambda _f: style,
                   pane="basemap", interactive=False, smooth_factor=1.5).add_to(fmap)


def build_map(frame: gpd.GeoDataFrame, title: str | None = None) -> folium.Map:
    """A folium map with one switchable FeatureGroup per layer kind, a legend and popups."""
    fmap = SituationMap(location=[20, 0], zoom_start=2, tiles=None, control_scale=True)
    fmap.get_root().header.add_child(inline_assets(), name="inline_assets", index=0)
    _basemap(fmap)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap", control=False).add_to(fmap)
    layers = split_layers(frame)
    for kind in LAYER_KINDS:
        rows = layers[kind.name]
        group = folium.FeatureGroup(name=f"{kind.label} ({len(rows)})", show=True)
        for _, row in rows.iterrows():
            element = _marker(row, kind) if row.geometry.geom_type == "Point" else _shape(row, kind)
            folium.Popup(popup_html(row, kind), max_width=420, parse_html=False).add_to(element)
            folium.Tooltip(escape_text(row["name"])).add_to(element)
            element.add_to(group)
        group.add_to(fmap)
    folium.LayerControl(collapsed=False).add_to(fmap)
    Legend(LAYER_KINDS).add_to(fmap)
    if title:
        MapTitle(title).add_to(fmap)
    bounds = _focus_bounds(frame)
    if bounds:
        fmap.fit_bounds(bounds)
    _renumber(fmap.get_root())
    return fmap


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
    """The places as one FeatureCollection, keys in a fixed order, coordinates rounded."""
    features = []
    for _, row in frame.iterrows():
        props = {k: _plain(row[k]) for k in frame.columns if k != "geometry"}
        features.append({"type": "Feature", "properties": props, "geometry": _rounded(mapping(row.geometry))})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1) + "\n"


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
