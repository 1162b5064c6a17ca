"""Say where a place is, what it is and how precise its shape is, for popups, tooltips and panels.

A wrong pick must be easy to spot: "Paris · city · Texas, United States" rather than
"Paris · city". The words come from ``layers/display.tsv``, each row with the example it
exists for.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib.resources import files

from .errors import DataError
from .gazetteer import default_gazetteer

__all__ = ["display", "setting", "place_properties", "what", "precision", "precision_label", "summary"]


@lru_cache(maxsize=1)
def display() -> dict[str, dict[str, str]]:
    """Setting -> key -> value, read once from ``layers/display.tsv``.

    >>> display()["precision"]["centroid"]
    'centroid stand-in'
    """
    path = files("geomap.layers") / "display.tsv"
    table: dict[str, dict[str, str]] = {}
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    except OSError as err:
        raise DataError(f"{path}: cannot read the display settings ({err})") from err
    rows = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    if next(rows, [])[:4] != ["setting", "key", "value", "example"]:
        raise DataError(f"{path}: header must be setting, key, value, example")
    for number, row in enumerate(rows, start=2):
        if not row:
            continue
        if len(row) != 4 or not row[3].strip():
            raise DataError(f"{path}: row {number} needs a setting, a key, a value and an example")
        table.setdefault(row[0], {})[row[1]] = row[2]
    return table


def setting(name: str, group: str = "view") -> float:
    """A number of the settings of ``group`` ("theatre_km" of "view")."""
    return float(display()[group][name])


def what(kind: str, feature_code: str = "") -> str:
    """What a place is, in words: a curated feature by its own kind ("corridor").

    >>> what("admin"), what("feature", "crossing"), what("city")
    ('first-level region', 'crossing', 'city')
    """
    if kind == "feature" and feature_code:
        return feature_code
    return display()["kind"].get(kind, kind)


def precision(kind: str, geom_type: str, source: str, derived: bool, fallback: bool) -> str:
    """How precise a place's shape is: point, polygon, line, sketch, derived or centroid.

    >>> precision("city", "Point", "GeoNames point", False, False)
    'point'
    >>> precision("region", "Point", "GeoNames point", False, False)
    'centroid'
    >>> precision("feature", "LineString", "Hand-placed vertices", False, False)
    'sketch'
    """
    if derived:
        return "derived"
    if fallback:
        return "centroid"
    if geom_type == "Point":
        return "centroid" if kind in display()["areal"] else "point"
    if kind == "feature" and not any(source.startswith(s) for s in display()["surveyed"]):
        return "sketch"
    return "polygon" if geom_type in {"Polygon", "MultiPolygon"} else "line"


def precision_label(code: str) -> str:
    """The words for a precision code ("centroid" -> "centroid stand-in")."""
    return display()["precision"].get(code, code)


def place_properties(place, geom_type: str, source: str, derived: bool, fallback: bool) -> dict:
    """The descriptive columns of one place's row: ``admin1``, ``country_name``, ``what``, ``precision``, ``score``.

    ``admin1`` and ``country_name`` are names (None when unknown or the place is that region or country).

    >>> from geomap.records import Place
    >>> paris = Place("k", "Paris", "city", "place", 33.66, -95.56, "US", 4717560, 1, (), admin1="TX", score=0.9)
    >>> props = place_properties(paris, "Point", "GeoNames point", False, False)
    >>> props["admin1"], props["country_name"], props["what"], props["precision"], props["score"]
    ('Texas', 'United States', 'city', 'point', 0.9)
    """
    gaz = default_gazetteer()
    region = gaz.region_name(place.country, place.admin1) if place.kind not in {"admin", "country"} else None
    if region and any(c.kind == "admin" and c.name == region and c.country == place.country
                      for c in gaz.candidates(place.name)):
        region = None  # a city named like its region ("Moscow" in "Moskva"): the region adds only a spelling
    country_name = gaz.country_name(place.country) if place.kind != "country" else None
    return {"admin1": region, "country_name": country_name, "what": what(place.kind, place.feature_code),
            "precision": precision(place.kind, geom_type, source, derived, fallback),
            "score": round(float(place.score), 3)}


def summary(row) -> tuple[str, list[str]]:
    """What a popup, tooltip and the sources panel say of a place: where it is ("" when unknown), and
    what it is, how precise its shape is and its score.

    ``row`` is a row of the places frame; the parts are plain text, to be escaped by the caller.
    A row built without the descriptive columns still gets its kind.

    >>> summary({"name": "Paris", "kind": "city", "admin1": "Texas", "country_name": "United States",
    ...          "what": "city", "precision": "point", "score": 0.934})
    ('Texas, United States', ['city', 'exact point', 'score 0.93'])
    """
    name = str(row["name"])
    located = ", ".join(p for p in (_get(row, "admin1"), _get(row, "country_name")) if p and p != name)
    parts = [_get(row, "what") or what(str(row["kind"]))]
    code = _get(row, "precision")
    if code:
        parts.append(precision_label(code))
    score = _get(row, "score")
    if score is not None:
        parts.append(f"score {float(score):.2f}")
    return located, parts


def _get(row, key: str):
    value = row.get(key) if hasattr(row, "get") else None
    return None if value is None or value != value else value  # NaN from a frame built without the column
