"""Build ``data/shapes/counties.geojson``: US counties (second-level divisions) as polygons.

Run from the repository root after fetching the source (about five seconds)::

    npm install --prefix /tmp/ua us-atlas@3.0.1
    python scripts/build_counties.py [--us-atlas /tmp/ua/node_modules/us-atlas/counties-10m.json]

Source: US Census Bureau cartographic boundary files (2017, public domain) as packaged in
the npm package ``us-atlas`` 3.0.1 (ISC), file ``counties-10m.json``: TopoJSON, whose arcs
are quantized and delta-encoded, each border stored once and shared by the two counties
it separates.

Simplification works on the arcs, not the polygons: each arc is simplified once (its ends
kept) and its coordinates rounded to 4 decimals, so neighbouring counties still share the
same border, with no gap or overlap. A county that this would spoil (a ring left with fewer
than four points, an area off by more than ``MAX_AREA_CHANGE``: Virginia's small independent
cities) keeps its unsimplified arcs. Geometries are made valid.

Join: the gazetteer (``scripts/build_gazetteer.py``) places each US county it took from
these shapes at ``inside_point`` of the same decoded shape; a county joins the gazetteer's
``admin2`` row of its state at exactly that point, and the feature carries that row's
GeoNames id (none for Connecticut's eight counties) and name. Counties with no such row
(Puerto Rico's municipios, which GeoNames files as first-level divisions) are left out.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

from shapely.geometry import LineString

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_gazetteer import US_ATLAS, decoded_arcs, inside_point, topojson_polygon, topojson_shapes  # noqa: E402
from geomap.textnorm import name_key  # noqa: E402
from shapetools import feature, polygonal, snapped, write_features  # noqa: E402

OUT = ROOT / "data" / "shapes" / "counties.geojson"
GAZETTEER = ROOT / "data" / "gazetteer.sqlite"
TOLERANCE = 0.005  # degrees (~500 m): a county on a news map of a state or a region
DECIMALS = 4  # ~10 m grid
MAX_AREA_CHANGE = 0.10  # a simplified county whose area moved more than this keeps its full arcs
SOURCE = ("US Census Bureau cartographic boundary files 2017 (us-atlas 3.0.1 counties-10m), "
          "public domain; simplified to ~500 m")


def simplified_arcs(arcs: list[list[tuple[float, float]]], tol: float) -> list[list[tuple[float, float]]]:
    """Each arc simplified with its two ends kept, on the rounding grid (so shared borders stay shared)."""
    out = []
    for arc in arcs:
        if len(arc) > 2 and tol > 0:
            arc = list(LineString(arc).simplify(tol, preserve_topology=False).coords)
        points = []
        for x, y in arc:
            p = (round(x, DECIMALS), round(y, DECIMALS))
            if not points or p != points[-1]:
                points.append(p)
        out.append(points)
    return out


def assemble(geometry: dict, arcs: list[list[tuple[float, float]]]):
    """The (Multi)Polygon of a TopoJSON geometry from the given arcs, valid and on the rounding grid; None when
    no part is left (islets the source's quantization already collapsed)."""
    geom = topojson_polygon(geometry, arcs)
    if geom is None:
        return None
    # make_valid can add crossing points off the grid: snap again (set_precision keeps it valid).
    geom = polygonal(geom)
    return polygonal(snapped(geom, DECIMALS)) if geom is not None else None


def main(argv: list[str] | None = None) -> None:
    import json

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--us-atlas", type=Path, default=US_ATLAS,
                        help="counties-10m.json of the npm package us-atlas 3 (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    if not args.us_atlas.exists():
        sys.exit(f"{args.us_atlas}: missing; run `npm install --prefix /tmp/ua us-atlas@3.0.1` first")
    started = time.perf_counter()

    topo = json.loads(args.us_atlas.read_text(encoding="utf-8"))
    raw = decoded_arcs(topo)
    simple, full = simplified_arcs(raw, TOLERANCE), simplified_arcs(raw, 0)

    # The gazetteer's US admin2 rows by their point, and state names to postal codes.
    db = sqlite3.connect(f"file:{GAZETTEER}?mode=ro", uri=True)
    rows = {(round(lat, 4), round(lon, 4), admin1): (gid, name) for gid, name, admin1, lat, lon in db.execute(
        "SELECT geonameid, name, admin1, lat, lon FROM place WHERE kind = 'admin2' AND country = 'US'")}
    postal = {name_key(name): admin1 for name, admin1 in db.execute(
        "SELECT name, admin1 FROM place WHERE kind = 'admin' AND country = 'US'")}
    db.close()
    states = {sid: props["name"] for sid, props, _ in topojson_shapes(args.us_atlas, "states")}
    points = {fips: inside_point(geom) for fips, _, geom in topojson_shapes(args.us_atlas, "counties")
              if not geom.is_empty}

    features, kept_full, left_out = [], 0, 0
    for g in sorted(topo["objects"]["counties"]["geometries"], key=lambda g: g["id"]):
        fips = g["id"]
        state = postal.get(name_key(states.get(fips[:2], "")))
        row = rows.get((*points[fips], state)) if fips in points and state else None
        reference = assemble(g, full)
        if row is None or reference is None:
            left_out += 1
            continue
        geom = assemble(g, simple)
        if geom is None or abs(geom.area / reference.area - 1) > MAX_AREA_CHANGE:
            geom, kept_full = reference, kept_full + 1
        gid, name = row
        lat, lon = points[fips]
        features.append(feature(geom, {
            "id": f"counties:{fips}", "fips": fips, "geonameid": gid, "name": name, "census_name": g["properties"]["name"],
            "country": "US", "admin1": state, "lat": lat, "lon": lon, "source": SOURCE}))
    write_features(args.out, features)
    print(f"{args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: {len(features)} counties "
          f"({kept_full} unsimplified, {left_out} with no gazetteer row left out), "
          f"{args.out.stat().st_size / 1e6:.2f} MB ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
