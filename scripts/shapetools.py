"""Geometry helpers shared by the scripts that turn Natural Earth shapes into geomap's data files.

Every function is deterministic: the same input gives the same coordinates, so the
files the scripts write are the same bytes on every run.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import GeometryCollection, LineString, MultiLineString, MultiPolygon, Polygon, mapping
from shapely.validation import make_valid

GRID = 0.001
"""Coordinates are snapped to this grid (about 100 m), written with three decimals; shapes
simplified with a tolerance of 0.02 degrees or more go on a 0.01 grid (two decimals)."""


def grid_for(tol: float) -> int:
    """Decimals of the grid that suits a simplification tolerance."""
    return 2 if tol >= 0.02 else 3


def polygonal(geom) -> Polygon | MultiPolygon | None:
    """The valid polygon parts of a geometry (make_valid first), as one Polygon or MultiPolygon."""
    if geom is None or geom.is_empty:
        return None
    if not geom.is_valid:
        geom = make_valid(geom)
    parts = []
    for g in getattr(geom, "geoms", [geom]):
        if isinstance(g, Polygon) and not g.is_empty:
            parts.append(g)
        elif isinstance(g, (MultiPolygon, GeometryCollection)):
            parts.extend(p for p in getattr(polygonal(g), "geoms", [polygonal(g)]) if p is not None)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def linear(geom) -> LineString | MultiLineString | None:
    """The line parts of a geometry, merged where they meet end to end."""
    if geom is None or geom.is_empty:
        return None
    lines = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, LineString) and len(g.coords) >= 2]
    if not lines:
        return None
    merged = shapely.line_merge(MultiLineString(lines)) if len(lines) > 1 else lines[0]
    return merged


def tolerance(geom, divisor: float = 120.0, least: float = 0.002, most: float = 0.05) -> float:
    """Simplification tolerance in degrees for a shape of this extent: about 1/120 of its size,
    between ~200 m (a small canton) and ~5 km (Nunavut, the Sahara)."""
    minx, miny, maxx, maxy = geom.bounds
    return float(min(most, max(least, max(maxx - minx, maxy - miny) / divisor)))


def snapped(geom, decimals: int = 3):
    """Coordinates on the 0.001 (or 0.01) degree grid, rounded so that they print with that many decimals."""
    geom = shapely.set_precision(geom, 10.0 ** -decimals)
    return shapely.transform(geom, lambda xy: np.round(xy, decimals))


def simplified_area(geom, tol: float | None = None):
    """A valid (Multi)Polygon simplified for a news map: topology kept, islets smaller than the
    tolerance dropped (but never the largest part), coordinates on the grid."""
    tol = tolerance(geom) if tol is None else tol
    simple = polygonal(geom.simplify(tol, preserve_topology=True))
    if simple is None:
        return None
    parts = list(getattr(simple, "geoms", [simple]))
    largest = max(parts, key=lambda p: p.area)
    keep = [p for p in parts if p.area >= tol ** 2 or p is largest]
    out = polygonal(snapped(keep[0] if len(keep) == 1 else MultiPolygon(keep), grid_for(tol)))
    if out is None:  # a sliver the grid erased: keep it unsimplified
        out = polygonal(snapped(geom))
    return out


def simplified_line(geom, tol: float | None = None):
    """A (Multi)LineString simplified and snapped; pieces shorter than the tolerance dropped."""
    tol = tolerance(geom) if tol is None else tol
    simple = geom.simplify(tol, preserve_topology=False)
    lines = [g for g in getattr(simple, "geoms", [simple]) if isinstance(g, LineString)]
    lines = [g for g in (snapped(g, grid_for(tol)) for g in lines) if len(g.coords) >= 2 and g.length > 0]
    longest = max(lines, key=lambda g: g.length, default=None)
    lines = [g for g in lines if g.length >= tol or g is longest]
    if not lines:
        return None
    return lines[0] if len(lines) == 1 else MultiLineString(lines)


def _unwrapped(geom):
    """The geometry with western longitudes moved past +180 where that makes it narrower
    (Alaska's Aleutians, Chukotka, Fiji's regions); else the geometry itself."""
    minx, _, maxx, _ = geom.bounds
    if maxx - minx <= 180 or any(g.bounds[2] - g.bounds[0] > 180 for g in getattr(geom, "geoms", [geom])):
        return geom, False  # narrow already, or a part goes all the way round (the Southern Ocean)
    shifted = shapely.transform(geom, lambda xy: np.column_stack([np.where(xy[:, 0] < 0, xy[:, 0] + 360, xy[:, 0]),
                                                                 xy[:, 1]]))
    sminx, _, smaxx, _ = shifted.bounds
    return (shifted, True) if smaxx - sminx < maxx - minx else (geom, False)


def label_point(geom) -> tuple[float, float]:
    """(lat, lon) to stand for an area: its centroid when that lies inside it, else a point
    inside the part nearest the centroid (that part's centroid when inside, else its
    representative point). Longitudes are unwrapped across the antimeridian first.

    >>> from shapely.geometry import box
    >>> label_point(box(0, 0, 2, 2))
    (1.0, 1.0)
    """
    work, shifted = _unwrapped(geom)
    centre = work.centroid
    if isinstance(work, (Polygon, MultiPolygon)) and work.contains(centre):
        point = centre
    elif isinstance(work, (Polygon, MultiPolygon)):
        part = min(getattr(work, "geoms", [work]), key=lambda p: (p.distance(centre), -p.area))
        point = part.centroid if part.contains(part.centroid) else part.representative_point()
    else:  # lines: the vertex nearest the middle of the longest piece
        piece = max(getattr(work, "geoms", [work]), key=lambda g: g.length)
        point = piece.interpolate(0.5, normalized=True)
    lon = point.x - 360 if shifted and point.x > 180 else point.x
    return round(point.y, 4), round(lon, 4)


def write_features(path: Path, features: list[dict]) -> None:
    """A GeoJSON FeatureCollection, one feature per line, compact and in the given order."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def feature(geom, properties: dict) -> dict:
    return {"type": "Feature", "properties": properties, "geometry": mapping(geom)}
