#!/usr/bin/env python3
"""Build data/features/{corridors,zones,crossings}.geojson from scripts/curated_features.geojson.

The curated file is the source of truth: one GeoJSON feature per named corridor, zone or
crossing with its names, kind, countries, the layer it ships in and a ``source`` sentence.
A feature is either hand-drawn (its geometry is the drawing) or derived from shipped data by
its ``derive`` recipe, a small expression over real bases: Natural Earth country polygons
(``data/countries.geojson``), region polygons, rivers, disputed areas and physical regions
(``data/shapes``), other curated features, and the feature's own hand-drawn geometry.

Recipes are JSON lists ``[op, args...]``:

``["drawn"]``                   the feature's own geometry in the curated file
``["shape", id, ...]``          union of shipped shapes: ``admin1:444187``, ``disputed:gaza``,
                                ``rivers:aras-river``, ``country:AZ`` (ISO) or ``country:N. Cyprus``
``["feature", name]``           another curated feature, as derived
``["line", coords]``, ``["polygon", coords]``, ``["box", w, s, e, n]``  inline hand-drawn input
``["clip", a, b]``, ``["union", a, ...]``, ``["minus", a, b]``           set operations
``["buffer", a, km, cap]``      a buffer of ``km`` in a local UTM projection (cap "round"/"flat")
``["circle", [lon, lat], km, n]``  a circle of ``km`` (``n`` segments per quarter)
``["shift", a, dx, dy]``        translated by degrees (an outline offset from its crossings)
``["part", a, [lon, lat]]``     the part of a multi-polygon holding a point (an exclave)
``["edge", a, b]``              the border two polygons share, as lines
``["along", line, p, q, via]``  the stretch of a line between the points nearest p and q
                                (``q`` null: to its end; on a ring the way round nearest ``via``)
``["boundary", a]``             a polygon's border, as a line
``["chain", a, ...]``           lines joined end to end into one line
``["coarse", a, n, min_part]``  at most ``n`` vertices a part, parts under ``min_part`` of the largest dropped
``["simplify", a, tol]``        a line simplified to ``tol`` degrees

Every result is made valid and snapped to a 0.001 degree grid. The output is byte for byte
what this script writes from the same inputs (``tests/test_data_features.py`` rebuilds it).

Usage::

    python scripts/build_features.py            # write data/features/*.geojson
    python scripts/build_features.py --check    # exit 1 if the shipped files differ
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import shapely
import shapely.ops
from pyproj import Transformer
from shapely import affinity
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon, box, mapping, shape

REPO = Path(__file__).resolve().parents[1]
SOURCE = Path(__file__).with_name("curated_features.geojson")
LAYERS = {"corridors": {"LineString", "MultiLineString"}, "zones": {"Polygon", "MultiPolygon"},
          "crossings": {"Point"}}
GRID = 0.001


class Bases:
    """Shipped shapes by id, each layer read the first time a recipe names it."""

    def __init__(self, data: Path):
        self.data = data
        self.layers: dict[str, dict] = {}

    def _layer(self, layer: str) -> dict:
        if layer not in self.layers:
            if layer == "country":
                feats = json.loads((self.data / "countries.geojson").read_text(encoding="utf-8"))["features"]
                found: dict[str, list] = {}
                for f in feats:
                    p = f["properties"]
                    for key in {p.get("iso_a2"), p.get("name_ne")} - {None}:
                        found.setdefault(key, []).append(shape(f["geometry"]))
                self.layers[layer] = {k: shapely.union_all(v) for k, v in found.items()}
            else:
                feats = json.loads((self.data / "shapes" / f"{layer}.geojson").read_text(encoding="utf-8"))["features"]
                self.layers[layer] = {f["properties"]["id"]: shape(f["geometry"]) for f in feats}
        return self.layers[layer]

    def get(self, shape_id: str):
        layer, _, key = shape_id.partition(":")
        found = self._layer(layer).get(key if layer == "country" else shape_id)
        if found is None:
            raise KeyError(f"no shipped shape {shape_id!r}")
        return found


def polygonal(g):
    """The polygons of a geometry (an intersection may leave stray lines and points)."""
    parts = [p for p in getattr(g, "geoms", [g]) if isinstance(p, (Polygon, MultiPolygon))]
    flat = [q for p in parts for q in getattr(p, "geoms", [p]) if not q.is_empty]
    return MultiPolygon(flat) if len(flat) > 1 else (flat[0] if flat else Polygon())


def lineal(g):
    """The lines of a geometry, merged where they meet (rings as plain lines)."""
    parts = [p for p in getattr(g, "geoms", [g]) if isinstance(p, (LineString, MultiLineString))]
    flat = [LineString(q.coords) for p in parts for q in getattr(p, "geoms", [p]) if not q.is_empty]
    return shapely.ops.linemerge(flat) if len(flat) > 1 else (flat[0] if flat else LineString())


def _utm(geom):
    c = geom.centroid
    epsg = (32600 if c.y >= 0 else 32700) + int((c.x + 180) // 6) + 1
    return (Transformer.from_crs(4326, epsg, always_xy=True).transform,
            Transformer.from_crs(epsg, 4326, always_xy=True).transform)


def buffer_km(geom, km, cap="round", quad_segs=16):
    fwd, inv = _utm(geom)
    local = shapely.transform(geom, lambda xy: np.column_stack(fwd(xy[:, 0], xy[:, 1])))
    disc = local.buffer(km * 1000, quad_segs=quad_segs, cap_style=cap)
    return shapely.transform(disc, lambda xy: np.column_stack(inv(xy[:, 0], xy[:, 1])))


def coarse(g, max_vertices=40, min_part=0.03):
    """At most ``max_vertices`` per part (holes dropped), parts under ``min_part`` of the largest dropped."""
    g = polygonal(shapely.make_valid(g))
    parts = sorted(getattr(g, "geoms", [g]), key=lambda p: -p.area)
    out = []
    for p in (Polygon(p.exterior) for p in parts if p.area >= min_part * parts[0].area):
        tol = 0.0005
        while len(p.exterior.coords) - 1 > max_vertices:
            p = p.simplify(tol, preserve_topology=True)
            tol *= 1.5
        out.append(p)
    return polygonal(shapely.make_valid(shapely.set_precision(MultiPolygon(out) if len(out) > 1 else out[0], GRID)))


def along(line, start, end, via=None):
    """The stretch of ``line`` between the points nearest ``start`` and ``end``, oriented start to end.

    On a closed ring (a polygon's border) either way round joins the two points: the one passing
    nearest ``via``, else the shorter.
    """
    line = lineal(line)
    if line.geom_type != "LineString":  # several pieces: the one passing nearest the start
        line = min(line.geoms, key=lambda part: part.distance(Point(start)))
    a = line.project(Point(start))
    b = line.length if end is None else line.project(Point(end))
    piece = shapely.ops.substring(line, min(a, b), max(a, b))
    piece = piece if a <= b else piece.reverse()
    if line.is_ring and end is not None:
        rest = shapely.ops.substring(line, max(a, b), line.length).coords[:-1]
        other = LineString([*rest, *shapely.ops.substring(line, 0, min(a, b)).coords])
        other = other.reverse() if a <= b else other
        if (other.distance(Point(via)) < piece.distance(Point(via))) if via else other.length < piece.length:
            piece = other
    return piece


def derive(expr, own, done: dict, bases: Bases):
    """The geometry a recipe describes (``own``: the feature's drawn geometry, ``done``: features so far)."""
    op, *args = expr
    sub = lambda e: derive(e, own, done, bases)  # noqa: E731
    if op == "drawn":
        return own
    if op == "shape":
        return shapely.union_all([bases.get(i) for i in args])
    if op == "feature":
        return done[args[0]]
    if op == "line":
        return LineString(args[0])
    if op == "polygon":
        return Polygon(args[0])
    if op == "box":
        return box(*args)
    if op == "clip":
        a, b = sub(args[0]), sub(args[1])
        return lineal(a.intersection(b)) if a.geom_type.endswith("LineString") else polygonal(a.intersection(b))
    if op == "union":
        return polygonal(shapely.union_all([sub(a) for a in args]))
    if op == "minus":
        return polygonal(sub(args[0]).difference(sub(args[1])))
    if op == "buffer":
        return buffer_km(sub(args[0]), args[1], *(args[2:3] or ["round"]))
    if op == "circle":
        return buffer_km(Point(args[0]), args[1], quad_segs=args[2] if len(args) > 2 else 8)
    if op == "shift":
        return affinity.translate(sub(args[0]), args[1], args[2])
    if op == "part":
        return next(p for p in getattr(sub(args[0]), "geoms", [sub(args[0])]) if p.contains(Point(args[1])))
    if op == "edge":
        return lineal(shapely.intersection(sub(args[0]).boundary, sub(args[1]).boundary))
    if op == "along":
        return along(sub(args[0]), *args[1:])
    if op == "boundary":
        return lineal(sub(args[0]).boundary)
    if op == "chain":
        coords: list = []
        for part in args:
            for xy in sub(part).coords:
                if not coords or tuple(xy) != coords[-1]:
                    coords.append(tuple(xy))
        return LineString(coords)
    if op == "coarse":
        return coarse(sub(args[0]), *args[1:])
    if op == "simplify":
        return sub(args[0]).simplify(args[1])
    raise ValueError(f"unknown recipe op {op!r}")


def finish(geom):
    """Valid and on the 0.001 degree grid, as shipped."""
    geom = shapely.set_precision(geom, GRID)
    if geom.geom_type.endswith("Polygon"):
        geom = polygonal(shapely.make_valid(geom))
    elif geom.geom_type.endswith("LineString"):
        geom = lineal(geom)
    return geom


def _round(o):
    if isinstance(o, float):
        return round(o, 3) + 0.0
    if isinstance(o, (list, tuple)):
        return [_round(x) for x in o]
    return o


class Derived(dict):
    """Each curated feature's finished geometry by name, derived the first time it is asked for
    (a recipe may name a feature anywhere in the file)."""

    def __init__(self, features: list[dict], bases: Bases):
        super().__init__()
        self.features = {f["properties"]["name"]: f for f in features}
        self.bases = bases
        self.pending: set[str] = set()

    def __missing__(self, name: str):
        if name in self.pending:
            raise ValueError(f"{name}: its recipe needs itself")
        self.pending.add(name)
        feature = self.features[name]
        p = feature["properties"]
        own = shape(feature["geometry"]) if feature.get("geometry") else None
        geom = finish(derive(p["derive"], own, self, self.bases) if p.get("derive") else own)
        if geom.is_empty or not geom.is_valid or geom.geom_type not in LAYERS[p["layer"]]:
            raise ValueError(f"{name}: {geom.geom_type} (valid {geom.is_valid}) in {p['layer']}")
        self[name] = geom
        return geom


def build(source: Path = SOURCE, data: Path = REPO / "data") -> dict[str, str]:
    """The text of each shipped file (``corridors.geojson``...) derived from the curated source."""
    features = json.loads(source.read_text(encoding="utf-8"))["features"]
    derived = Derived(features, Bases(data))
    layers: dict[str, list] = {layer: [] for layer in LAYERS}
    for feature in features:
        p = feature["properties"]
        geom = derived[p["name"]]
        layers[p["layer"]].append({
            "type": "Feature",
            "properties": {k: p[k] for k in ("name", "alt_names", "kind", "countries", "source")},
            "geometry": {"type": geom.geom_type, "coordinates": _round(mapping(geom)["coordinates"])},
        })
    out = {}
    for layer, feats in layers.items():
        text = json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False,
                          separators=(",", ":"))
        # one feature per line keeps diffs readable
        text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"').replace('[{"type":"Feature"', '[\n{"type":"Feature"')
        out[f"{layer}.geojson"] = text + "\n"
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped files, write nothing")
    args = parser.parse_args()
    target = REPO / "data" / "features"
    stale = []
    for name, text in build().items():
        path = target / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path}: {text.count(chr(10)) - 1} features, {len(text.encode()):,} bytes")
    if stale:
        print("differ from scripts/curated_features.geojson: " + ", ".join(stale), file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
