"""Mention density: how often the articles name places in each country and first-level region.

A choropleth for the overview of a day of wire copy, off by default: each country (and each
region that a place resolves into) coloured by the mentions of the places inside it, in
classes of ``layers/display.tsv`` (setting ``density``).
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

import folium
from branca.element import MacroElement
from jinja2 import Template

from .describe import display, setting
from .encoded import DECODE_JS
from .escape import script_json
from .placedata import encoded_geometry

__all__ = ["mention_counts", "density_layer"]


@lru_cache(maxsize=1)
def _regions() -> dict[tuple[str, str], str]:
    """(country code, region name as the gazetteer writes it) -> shipped admin-1 shape id."""
    from .gazetteer import default_gazetteer
    from .geometry import _shape_layer

    gaz = default_gazetteer()
    out = {}
    for shape_id, props in _shape_layer("admin1").properties.items():
        name = gaz.region_name(props.get("country"), props.get("admin1")) or props.get("name")
        if name:
            out.setdefault((props.get("country"), name), shape_id)
    return out


def mention_counts(frame) -> tuple[Counter, Counter]:
    """Mentions per country code and per admin-1 shape id, summed over the places inside each.

    A country or region counts its own mentions too; places with no country count nowhere.
    """
    countries, regions = Counter(), Counter()
    lookup = _regions()
    for code, kind, name, admin1, mentions in zip(frame["country"], frame["kind"], frame["name"], frame["admin1"],
                                                  frame["mentions"]):
        if not isinstance(code, str) or not code:
            continue
        countries[code] += int(mentions)
        region = name if kind == "admin" else admin1
        if isinstance(region, str) and (code, region) in lookup:
            regions[lookup[(code, region)]] += int(mentions)
    return countries, regions


def _color(count: int, top: int) -> str:
    """The class colour of ``count`` on a log scale up to ``top`` (a few places named a lot dominate a day)."""
    colors = [c for _, c in sorted(display()["density_color"].items(), key=lambda kv: int(kv[0]))]
    share = math.log1p(count) / math.log1p(max(top, 1))
    return colors[min(int(share * len(colors)), len(colors) - 1)]


def _shapes(shapes, counts: Counter, names: dict, escape) -> list[dict]:
    """One record per shaded area: its outline encoded (``placedata.encoded_geometry``, 2 decimals),
    its escaped label and its class colour."""
    top = max(counts.values(), default=1)
    tolerance = setting("simplify_deg", "density")
    out = []
    for key in sorted(counts):
        geom = shapes.get(key)
        if geom is None or geom.is_empty:
            continue
        geom = geom.simplify(tolerance)
        if geom.is_empty or geom.geom_type not in {"Polygon", "MultiPolygon"}:
            continue
        n = counts[key]
        out.append({"e": encoded_geometry(geom, 2), "fill": _color(n, top),
                    "label": f"{escape(names.get(key) or key)}: {n} mention{'s' if n != 1 else ''}"})
    return out


class DensityShapes(MacroElement):
    """The shaded areas of the density layer, drawn into their feature group from encoded outlines,
    each with a tooltip (its escaped label)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            {{ this.decoder }}
            var group = {{ this._parent.get_name() }}, style = {{ this.style|tojson }};
            // labels were HTML-escaped in Python
            {{ this.data }}.forEach(function (f) {
                function walk(c) { return typeof c === "string" ? decode(c, f.e.d) : c.map(walk); }
                L.polygon(walk(f.e.c), L.extend({}, style, {fillColor: f.fill}))
                    .bindTooltip(f.label, {sticky: true}).addTo(group);
            });
        })();
        {% endmacro %}
    """)

    def __init__(self, data: str, style: dict):
        super().__init__()
        self._name = "DensityShapes"
        self.decoder = DECODE_JS
        self.data = data
        self.style = style


def density_layer(frame, escape) -> folium.FeatureGroup | None:
    """The choropleth layer (hidden at first), or None when no place lies in a known country."""
    from .gazetteer import default_gazetteer
    from .geometry import countries as country_shapes
    from .geometry import shipped_shape

    by_country, by_region = mention_counts(frame)
    if not by_country:
        return None
    gaz = default_gazetteer()
    shapes = country_shapes()
    group = folium.FeatureGroup(name="Mention density", show=False)
    style = {"color": "#555", "weight": 0.5, "fillOpacity": float(setting("fill_opacity", "density"))}
    areas = _shapes({c: shapes.loc[c, "geometry"] for c in by_country if c in shapes.index}, by_country,
                    {c: gaz.country_name(c) for c in by_country}, escape)
    if by_region:
        region_shapes = {r: found[0] for r in by_region if (found := shipped_shape(r)) is not None}
        areas += _shapes(region_shapes, by_region, {r: _region_name(r) for r in by_region}, escape)
    DensityShapes(script_json(areas), {**style, "smoothFactor": 1.5}).add_to(group)
    return group


def _region_name(shape_id: str) -> str:
    from .geometry import _shape_layer

    return _shape_layer("admin1").properties.get(shape_id, {}).get("name", shape_id)
