"""What the browser draws each place from: one compact, escaped record per place.

A day of wire copy quotes the same sentence for several places and the same article for many
quotes. Written out as one folium element per marker, popup and tooltip, each place repeated
them with its own code, and 1,000 articles made an 11 MB page. Here every sentence and every
source line is written once, a place refers to them by number, and ``elements.PlaceLayers``
builds the markers, shapes, tooltips and (when first opened) popups in the browser.

Every string in these records has passed ``escape_text``; the browser code only joins them with
markup of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, MultiPolygon, mapping

from .describe import summary
from .encoded import encode_line
from .escape import escape_text, safe_url
from .rows import frame_rows

__all__ = ["PlaceData", "place_data", "popup_fields", "quote_marks", "encoded_geometry"]

DIGITS = 5
"""Decimals kept of a coordinate (about a metre)."""


@dataclass(frozen=True)
class PlaceData:
    """The places of a map as the browser reads them.

    ``places``: one dict per drawn place, in drawing order (its position is the place's number);
    ``sentences`` and ``cites``: the escaped quotes and source lines the places' ``q`` lists
    point into; ``styles``: the Leaflet options each place's ``s`` points into; ``kinds``: the
    layer kinds' legend, colour and symbol, by ``k``; ``number``: frame index -> place number.
    """

    places: list[dict]
    sentences: list[str]
    cites: list[str]
    styles: list[dict]
    kinds: list[dict]
    number: dict

    def as_json(self) -> dict:
        return {"kinds": self.kinds, "styles": self.styles, "cites": self.cites, "sentences": self.sentences,
                "places": self.places}


def popup_fields(row) -> dict:
    """The escaped text of a place's popup and tooltip head: name ``n``, where ``w``, what ``a``
    (kind, precision, score), mentions ``m``, and when they apply a shape ``note`` and the other
    roles it had (``also``).

    >>> f = popup_fields({"name": "Paris", "kind": "city", "admin1": "Texas", "country_name": "United States",
    ...                   "what": "city", "precision": "point", "score": 0.81, "mentions": 2})
    >>> f["w"], f["a"]
    ('Texas, United States', 'city &middot; exact point &middot; score 0.81')
    """
    where, about = summary(row)
    fields = {"n": escape_text(row["name"]), "a": " &middot; ".join(map(escape_text, about)),
              "m": int(row["mentions"])}
    if where:
        fields["w"] = escape_text(where)
    if row.get("fallback"):
        fields["note"] = "Shown as a point: " + escape_text(row["geometry_source"])
    elif row.get("derived"):
        fields["note"] = escape_text(row["geometry_source"])
    other = {r: n for r, n in (row.get("roles") or {}).items() if r != row.get("role")}
    if other:
        fields["also"] = ", ".join(f"{escape_text(r)} in {n} article{'s' if n != 1 else ''}"
                                   for r, n in other.items())
    return fields


def quote_marks(text: str, spans) -> tuple[str, list[int]]:
    """``text`` escaped, and the ``spans`` to highlight as offsets into the escaped text.

    Escaping maps each character on its own, so an offset moves by the length of what came
    before it; spans that overlap an earlier one or run past the text are dropped.

    >>> quote_marks("A & B met in Baku", [[13, 17]])
    ('A &amp; B met in Baku', [17, 21])
    """
    marks, pos = [], 0
    for start, end in sorted(spans):
        if start < pos or end > len(text):
            continue
        marks += [len(escape_text(text[:start])), len(escape_text(text[:end]))]
        pos = end
    return escape_text(text), marks


def _cite(excerpt: dict) -> str:
    source = escape_text(excerpt["source"])
    url = safe_url(excerpt.get("url"))
    if url:
        source = f'<a href="{url}" target="_blank" rel="noopener noreferrer">{source}</a>'
    return source + (f' &middot; {escape_text(excerpt["date"])}' if excerpt.get("date") else "")


_NESTING = {"LineString": 0, "MultiLineString": 1, "Polygon": 1, "MultiPolygon": 2}


def _digits(geom) -> int:
    """The fewest decimals, up to ``DIGITS``, that keep every coordinate of ``geom``."""
    coords = shapely.get_coordinates(geom)
    for digits in range(DIGITS):
        scaled = coords * 10**digits
        if np.all(np.abs(scaled - np.round(scaled)) < 1e-6):
            return digits
    return DIGITS


def _drawable(geom):
    """A shape as one line or polygon geometry: a geometry collection (a clip can leave slivers of lower
    dimension beside an area) keeps its parts of the highest dimension. Leaflet cannot bind a tooltip to
    the nested group a collection becomes ("getElement is not a function")."""
    if geom.geom_type in _NESTING:
        return geom
    parts = [p for g in shapely.get_parts(geom) for p in shapely.get_parts(g)]
    top = max(shapely.get_dimensions(p) for p in parts)
    kept = [p for p in parts if shapely.get_dimensions(p) == top]
    if top == 2:
        return MultiPolygon(kept)
    if top == 1:
        return MultiLineString(kept)
    return LineString([kept[0].coords[0], kept[0].coords[0]])  # a lone point: a zero-length line


def encoded_geometry(geom, digits: int | None = None) -> dict:
    """A line or polygon geometry with each line and ring as an encoded polyline (``geomap.encoded``)
    at the fewest decimals that keep it: ``t`` its GeoJSON type, ``d`` the decimals, ``c`` the
    strings, nested as GeoJSON nests the coordinates. ``digits`` rounds to fewer decimals instead.

    >>> from shapely.geometry import LineString
    >>> encoded_geometry(LineString([(46.5, 39.6), (46.55, 39.75)]))
    {'t': 'LineString', 'd': 2, 'c': 'ovFsaH]I'}
    """
    digits = _digits(geom) if digits is None else digits

    def encode(coords, depth):
        if depth == 0:
            return encode_line(coords, digits)
        return [encode(c, depth - 1) for c in coords]

    shape = mapping(geom)
    return {"t": shape["type"], "d": digits, "c": encode(shape["coordinates"], _NESTING[shape["type"]])}


class _Table:
    """Strings (or styles) numbered in order of first use."""

    def __init__(self):
        self.items: list = []
        self._index: dict = {}

    def number(self, item, key=None) -> int:
        key = item if key is None else key
        if key not in self._index:
            self._index[key] = len(self.items)
            self.items.append(item)
        return self._index[key]


def _style(kind, geom_type: str, fallback: bool) -> dict:
    if geom_type != "Point":
        return kind.path_style(geom_type)
    if kind.role == "venue":
        return {"icon": kind.icon, "color": kind.color}
    style = {"radius": kind.radius, "color": kind.color, "weight": kind.weight, "fill": True,
             "fillColor": kind.fill, "fillOpacity": 0.8}
    if fallback:
        style["dashArray"] = "4 3"
    return style


def place_data(layers: dict, kinds) -> PlaceData:
    """The records of every place in ``layers`` (layer name -> its rows, as ``split_layers`` gives),
    drawn in the order of ``kinds``."""
    sentences, cites, styles = _Table(), _Table(), _Table()
    places, number = [], {}
    for k, kind in enumerate(kinds):
        for index, row in frame_rows(layers[kind.name]):
            geom = row.geometry if row.geometry.geom_type == "Point" else _drawable(row.geometry)
            record = popup_fields(row)
            record["k"] = k
            style = _style(kind, geom.geom_type, bool(row.get("fallback")))
            record["s"] = styles.number(style, repr(sorted(style.items())))
            if geom.geom_type == "Point":
                record["p"] = [round(geom.y, DIGITS), round(geom.x, DIGITS)]
            else:
                record["e"] = encoded_geometry(geom)
            quotes = []
            for excerpt in row["excerpts"]:
                text, marks = quote_marks(excerpt["text"], excerpt["highlights"])
                quotes.append([sentences.number(text), cites.number(_cite(excerpt)), *marks])
            if quotes:
                record["q"] = quotes
            more = int(row.get("quotes") or 0) - len(row["excerpts"])
            if more > 0:
                record["x"] = more
            number[index] = len(places)
            places.append(record)
    legend = [{"legend": escape_text(kind.legend)} for kind in kinds]
    return PlaceData(places, sentences.items, cites.items, styles.items, legend, number)
