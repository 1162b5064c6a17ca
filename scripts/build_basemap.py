"""Build ``data/basemap.json``, the offline basemap's geometry per zoom band and its world labels.

Run from the repository root (about a minute)::

    python scripts/build_basemap.py [--naturalearth ../shared/naturalearth]

Inputs, all public domain (see ``data/SOURCES.md``):

- ``data/countries.geojson`` (Natural Earth 1:50m): land, drawn with its outlines as the
  coast and country borders. Simplified as a coverage, so neighbours keep one shared border.
- ``data/shapes/admin1.geojson`` (Natural Earth 1:10m admin-1): first-level borders, the
  edges inside a country. Each region's outline less the country's outline and less the
  regions already drawn (their polygons were simplified one by one, so a shared border is
  drawn once, by the first region, not twice a few hundred metres apart).
- ``ne_10m_rivers_lake_centerlines.json`` and ``ne_10m_lakes.json`` (Natural Earth 1:10m):
  rivers and lakes, each shown from Natural Earth's own ``min_zoom`` less ``water_zoom_shift``.
- ``data/gazetteer.sqlite`` (GeoNames): the labels of countries, capitals and cities, and
  of first-level regions as ``shapes/admin1.geojson`` names them (Natural Earth's label), each given its first zoom by ``geomap.basemap.assign_zooms``; those up
  to ``global_max_zoom`` ship.

Each zoom band of ``data/basemap.tsv`` gets its own copy of the geometry, simplified with the
band's tolerance and quantised to its decimals; lines and rings are encoded polylines. The
output is the same bytes on every run.
"""

from __future__ import annotations

import argparse
import json
import math
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import LineString, Polygon, shape
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from shapetools import linear, polygonal  # noqa: E402

from geomap.basemap import Label, assign_zooms, settings  # noqa: E402
from geomap.encoded import encode_line  # noqa: E402

ADMIN1_GAP = 0.03
"""Degrees within which a region's edge counts as a border already drawn, or as the country's outline."""


def _features(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def _ring(coords, decimals: int) -> str | None:
    """A ring or line quantised to the band's grid, repeated points dropped; None if it collapses."""
    points, last = [], None
    for x, y in coords:
        q = (round(x, decimals), round(y, decimals))
        if q != last:
            points.append(q)
            last = q
    return encode_line(points, decimals) if len(points) >= 3 or (len(points) == 2 and points[0] != points[1]) else None


def _polygons(geoms, tol: float, decimals: int) -> list[list[str]]:
    """Polygons as lists of encoded rings (outer first), parts smaller than the tolerance dropped."""
    out = []
    for geom in geoms:
        for part in getattr(geom, "geoms", [geom]):
            if not isinstance(part, Polygon) or part.is_empty or part.area < tol * tol * 4:
                continue
            rings = [_ring(part.exterior.coords, decimals)]
            rings += [_ring(r.coords, decimals) for r in part.interiors if Polygon(r).area >= tol * tol * 4]
            if rings[0]:
                out.append([r for r in rings if r])
    return out


def _lines(geoms, tol: float, decimals: int) -> list[str]:
    out = []
    for geom in geoms:
        for part in getattr(geom, "geoms", [geom]):
            if isinstance(part, LineString) and part.length >= tol * 2:
                encoded = _ring(part.coords, decimals)
                if encoded:
                    out.append(encoded)
    return out


def admin1_borders(min_zoom: int, region_px: int) -> list:
    """(first zoom, lines) of each country's first-level borders: the region outlines inside
    it, each shared edge once, from the zoom at which its median region is ``region_px`` wide."""
    by_country = defaultdict(list)
    for f in _features(ROOT / "data" / "shapes" / "admin1.geojson"):
        geom = polygonal(shape(f["geometry"]))
        if geom is not None and f["properties"].get("country"):
            by_country[f["properties"]["country"]].append((f["properties"]["geonameid"], geom))
    lines = []
    for country in sorted(by_country):
        regions = [g for _id, g in sorted(by_country[country], key=lambda r: r[0])]
        if len(regions) < 2:
            continue
        outline = unary_union(regions).boundary.buffer(ADMIN1_GAP)
        drawn, pieces = None, []
        for geom in regions:
            edge = geom.boundary.difference(outline)
            if drawn is not None:
                edge = edge.difference(drawn)
            edge = linear(edge)
            if edge is not None and not edge.is_empty:
                pieces.append(edge)
            grown = geom.buffer(ADMIN1_GAP)
            drawn = grown if drawn is None else drawn.union(grown)
        # One country's pieces joined end to end: fewer, longer lines encode smaller.
        merged = linear(unary_union(pieces)) if pieces else None
        if merged is not None:
            size = float(np.median([math.sqrt(g.area) for g in regions]))
            zoom = math.ceil(math.log2(region_px * 360 / (256 * max(size, 1e-6))))
            lines.append((max(min_zoom, zoom), merged))
    return lines


def water(naturalearth: Path, shift: int) -> tuple[list, list]:
    """(first zoom, geometry) of Natural Earth's rivers and lakes."""
    rivers, lakes = [], []
    for f in _features(naturalearth / "ne_10m_rivers_lake_centerlines.json"):
        geom = linear(shape(f["geometry"])) if f["geometry"] else None
        if geom is not None and f["properties"].get("featurecla", "").startswith("River"):
            rivers.append((max(0, int(f["properties"]["min_zoom"]) - shift), geom))
    for f in _features(naturalearth / "ne_10m_lakes.json"):
        geom = polygonal(shape(f["geometry"])) if f["geometry"] else None
        if geom is not None:
            lakes.append((max(0, int(f["properties"]["min_zoom"]) - shift), geom))
    return rivers, lakes


def layers(naturalearth: Path) -> list:
    s = settings()
    countries = [polygonal(shape(f["geometry"])) for f in _features(ROOT / "data" / "countries.geojson")]
    countries = [g for g in countries if g is not None]
    borders = admin1_borders(s.admin1_min_zoom, s.admin1_region_px)
    rivers, lakes = water(naturalearth, s.water_zoom_shift)
    out = []
    for band in s.bands:
        tol, dec = band.tolerance, band.decimals
        land = shapely.coverage_simplify(countries, 2 * tol)
        out.append(["land", band.first, band.last, dec, _polygons(land, tol, dec)])
        for kind, items in (("lake", lakes), ("river", rivers), ("admin1", borders)):
            by_zoom = defaultdict(list)
            for zoom, geom in items:
                if zoom <= band.last:
                    by_zoom[max(zoom, band.first)].append(geom.simplify(tol, preserve_topology=kind == "lake"))
            for zoom in sorted(by_zoom):
                paths = (_polygons if kind == "lake" else _lines)(by_zoom[zoom], tol, dec)
                if paths:
                    out.append([kind, zoom, band.last, dec, paths])
    # Draw order in the browser: land, then lakes, rivers and first-level borders on top.
    order = {"land": 0, "lake": 1, "river": 2, "admin1": 3}
    out.sort(key=lambda layer: (order[layer[0]], layer[1], layer[2]))
    return out


def labels() -> list[Label]:
    s = settings()
    db = sqlite3.connect(f"file:{ROOT / 'data' / 'gazetteer.sqlite'}?mode=ro", uri=True)
    least = next(p for z, p in s.population_zoom if z == s.global_max_zoom)
    rows = db.execute("SELECT name, lat, lon, kind, fcode, population FROM place WHERE kind = 'country' "
                      "OR (kind = 'city' AND (fcode = 'PPLC' OR population >= ?)) ORDER BY id", (least,)).fetchall()
    candidates = []
    for name, lat, lon, kind, fcode, population in rows:
        cls = "country" if kind == "country" else (
            "capital" if fcode == "PPLC" else "city" if population >= s.city_population else "town")
        candidates.append(Label(name, round(lat, 4), round(lon, 4), cls, int(population or 0)))
    # Regions are named as Natural Earth labels them, short and in English where GeoNames
    # gives the official form ("Voronezh", not "Voronezhskaya oblast'"), at the shipped shape's
    # label point; their GeoNames population orders them.
    population = dict(db.execute("SELECT geonameid, population FROM place WHERE kind = 'admin'").fetchall())
    for f in _features(ROOT / "data" / "shapes" / "admin1.geojson"):
        p = f["properties"]
        # A region joined from several Natural Earth units has "151 Natural Earth units" there.
        ne_name = p.get("ne_name") or ""
        name = ne_name if ne_name and not ne_name[0].isdigit() else p["name"]
        candidates.append(Label(name, round(p["lat"], 4), round(p["lon"], 4), "region",
                                int(population.get(p["geonameid"]) or 0)))
    # A region named like a city beside it ("Tbilisi", "Moscow") would print the name twice.
    cities = {(lab.name, round(lab.lat), round(lab.lon)) for lab in candidates if lab.cls in {"capital", "city", "town"}}
    candidates = [lab for lab in candidates
                  if lab.cls != "region" or (lab.name, round(lab.lat), round(lab.lon)) not in cities]
    return assign_zooms(candidates, range(0, s.global_max_zoom + 1), s)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--naturalearth", type=Path, default=ROOT.parent / "shared" / "naturalearth")
    args = parser.parse_args()
    started = time.time()
    placed = labels()
    data = {
        "source": "Natural Earth 1:50m countries, 1:10m admin-1, rivers and lakes (public domain); "
                  "GeoNames labels (CC BY 4.0); built by scripts/build_basemap.py",
        "labels": [[lab.name, lab.lat, lab.lon, lab.cls, lab.population, lab.min_zoom] for lab in placed],
        "layers": layers(args.naturalearth),
    }
    path = ROOT / "data" / "basemap.json"
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    counts = defaultdict(int)
    for layer in data["layers"]:
        counts[layer[0]] += len(layer[4])
    print(f"{path}: {path.stat().st_size:,} bytes, {len(placed):,} labels, "
          f"paths {dict(sorted(counts.items()))}, {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
