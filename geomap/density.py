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
from shapely.geometry import mapping

from .describe import display, setting

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


def _collection(shapes, counts: Counter, names: dict, escape) -> dict:
    top = max(counts.values(), default=1)
    tolerance = setting("simplify_deg", "density")
    features = []
    for key in sorted(counts):
        geom = shapes.get(key)
        if geom is None or geom.is_empty:
            continue
        n = counts[key]
        features.append({"type": "Feature", "geometry": _rounded(mapping(geom.simplify(tolerance)), 2),
                         "properties": {"label": f"{escape(names.get(key) or key)}: {n} mention{'s' if n != 1 else ''}",
                                        "fill": _color(n, top)}})
    return {"type": "FeatureCollection", "features": features}


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
    layers = [(_collection({c: shapes.loc[c, "geometry"] for c in by_country if c in shapes.index}, by_country,
                           {c: gaz.country_name(c) for c in by_country}, escape), "country")]
    if by_region:
        region_shapes = {r: found[0] for r in by_region if (found := shipped_shape(r)) is not None}
        names = {r: _region_name(r) for r in by_region}
        layers.append((_collection(region_shapes, by_region, names, escape), "region"))
    for data, _ in layers:
        if data["features"]:
            folium.GeoJson(data, style_function=lambda f, st=style: {**st, "fillColor": f["properties"]["fill"]},
                           tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False),
                           smooth_factor=1.5).add_to(group)
    return group


def _region_name(shape_id: str) -> str:
    from .geometry import _shape_layer

    return _shape_layer("admin1").properties.get(shape_id, {}).get("name", shape_id)


def _rounded(geom, digits: int):
    def r(c):
        return [round(x, digits) for x in c] if isinstance(c[0], (int, float)) else [r(x) for x in c]

    return {"type": geom["type"], "coordinates": r(list(geom["coordinates"]))}
