"""Offline sanity checks for the curated geodata under data/.

* data/countries.geojson  – Natural Earth 1:50m country polygons (scripts/build_countries.py)
* data/features/*.geojson – curated named features (corridors, zones, crossings), built by
  scripts/build_features.py from scripts/curated_features.geojson

Everything here is local and fast (a few seconds); no network access.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from pyproj import CRS, Geod
from shapely.geometry import LineString, Point, box, shape

from common import load_script

DATA = Path(__file__).parents[1] / "data"
FEATURES_DIR = DATA / "features"
COUNTRIES_PATH = DATA / "countries.geojson"

FEATURE_FILES = sorted(FEATURES_DIR.glob("*.geojson"))

# file stem prefix -> allowed geometry types
GEOMETRY_TYPES = {
    "corridors": {"LineString", "MultiLineString"},
    "zones": {"Polygon", "MultiPolygon"},
    "crossings": {"Point"},
}

ALLOWED_KINDS = {
    "corridor", "road", "strait", "canal", "pipeline", "shipping lane", "crossing", "pass",
    "zone", "buffer zone", "exclusion zone", "demilitarised zone", "no-fly zone",
    "occupied territory", "disputed region", "region", "line of control",
}

MAX_DISTANCE_KM = 150.0
GEOD = Geod(ellps="WGS84")

STEPANAKERT = Point(46.752, 39.815)
BAKU = Point(49.89, 40.38)
YEREVAN = Point(44.51, 40.18)


def _kind_of_file(path: Path) -> str:
    for prefix in GEOMETRY_TYPES:
        if path.stem.startswith(prefix):
            return prefix
    raise AssertionError(
        f"{path.name}: unknown feature file; name it corridors*/zones*/crossings*.geojson"
    )


def _raw_features(path: Path) -> list[dict]:
    fc = json.loads(path.read_text(encoding="utf-8"))
    assert fc.get("type") == "FeatureCollection", path.name
    return fc["features"]


@pytest.fixture(scope="module")
def countries() -> gpd.GeoDataFrame:
    assert COUNTRIES_PATH.exists(), "run scripts/build_countries.py first"
    gdf = gpd.read_file(COUNTRIES_PATH)
    return gdf[gdf["iso_a2"].notna()]


@pytest.fixture(scope="module")
def all_features() -> gpd.GeoDataFrame:
    frames = []
    for path in FEATURE_FILES:
        gdf = gpd.read_file(path)
        gdf["file"] = path.name
        frames.append(gdf)
    return gpd.pd.concat(frames, ignore_index=True)


def _feature(all_features, name):
    rows = all_features[all_features["name"] == name]
    assert len(rows) == 1, f"expected exactly one feature named {name!r}, found {len(rows)}"
    return rows.iloc[0]


# --------------------------------------------------------------------------- files


def test_feature_files_present():
    kinds = {_kind_of_file(p) for p in FEATURE_FILES}
    assert kinds == set(GEOMETRY_TYPES), f"missing feature files: {set(GEOMETRY_TYPES) - kinds}"


@pytest.mark.parametrize("path", FEATURE_FILES, ids=lambda p: p.name)
def test_geometries_valid_and_typed(path):
    allowed = GEOMETRY_TYPES[_kind_of_file(path)]
    gdf = gpd.read_file(path)
    assert len(gdf) > 0, f"{path.name} is empty"
    assert gdf.crs is None or gdf.crs.to_epsg() == 4326
    for _, row in gdf.iterrows():
        geom = row.geometry
        assert geom is not None and not geom.is_empty, f"{row['name']}: empty geometry"
        assert geom.geom_type in allowed, f"{row['name']}: {geom.geom_type} not in {allowed}"
        assert geom.is_valid, f"{row['name']}: {shapely.is_valid_reason(geom)}"
        minx, miny, maxx, maxy = geom.bounds
        assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90, (
            f"{row['name']}: coordinates out of range (lon/lat swapped?)"
        )


@pytest.mark.parametrize("path", FEATURE_FILES, ids=lambda p: p.name)
def test_properties(path):
    names = set()
    for f in _raw_features(path):
        p = f["properties"]
        name = p.get("name")
        assert isinstance(name, str) and name.strip(), f"{path.name}: feature without name"
        assert name not in names, f"{path.name}: duplicate name {name!r}"
        names.add(name)
        assert p.get("kind") in ALLOWED_KINDS, f"{name}: kind {p.get('kind')!r}"
        assert isinstance(p.get("source"), str) and len(p["source"].strip()) > 10, f"{name}: source"
        countries = p.get("countries")
        assert isinstance(countries, list) and countries, f"{name}: countries must be a non-empty list"
        for cc in countries:
            assert isinstance(cc, str) and re.fullmatch(r"[A-Z]{2}", cc), f"{name}: bad ISO code {cc!r}"
        alt = p.get("alt_names")
        assert isinstance(alt, list), f"{name}: alt_names must be a list"
        assert all(isinstance(a, str) and a.strip() for a in alt), f"{name}: empty alt name"


def test_names_unique_across_files(all_features):
    dup = all_features["name"][all_features["name"].duplicated()].tolist()
    assert not dup, f"names used in more than one feature: {dup}"


# ----------------------------------------------------------------------- geography


def _anchor(geom):
    if geom.geom_type in ("LineString", "MultiLineString"):
        return geom.interpolate(0.5, normalized=True)
    if geom.geom_type == "Point":
        return geom
    return geom.representative_point()


def _distance_km(point: Point, geoms: gpd.GeoSeries) -> float:
    """Distance from *point* to the nearest of *geoms*, in an azimuthal equidistant
    projection centred on the point (exact for distances measured from the centre)."""
    window = box(point.x - 8, point.y - 6, point.x + 8, point.y + 6)
    clipped = geoms.clip(window)
    clipped = clipped[~clipped.is_empty]
    if clipped.empty:
        return math.inf
    aeqd = CRS.from_proj4(f"+proj=aeqd +lat_0={point.y} +lon_0={point.x} +datum=WGS84 +units=m")
    projected = clipped.to_crs(aeqd)
    return float(projected.distance(Point(0, 0)).min()) / 1000


def test_features_near_their_countries(all_features, countries):
    known = set(countries["iso_a2"])
    problems = []
    for _, row in all_features.iterrows():
        codes = [c for c in row["countries"] if c in known]
        if not codes:
            problems.append(f"{row['name']}: none of {list(row['countries'])} in countries.geojson")
            continue
        anchor = _anchor(row.geometry)
        geoms = countries[countries["iso_a2"].isin(codes)].geometry
        d = _distance_km(anchor, geoms)
        if d > MAX_DISTANCE_KM:
            problems.append(f"{row['name']}: {d:.0f} km from {codes}")
    assert not problems, "\n".join(problems)


# ------------------------------------------------------------------ must-have features


def test_lachin_corridor(all_features):
    row = _feature(all_features, "Lachin corridor")
    geom = row.geometry
    assert geom.geom_type == "LineString"
    assert row["kind"] == "corridor"
    assert len(geom.coords) >= 8, "should follow the road, not go city to city"
    length_km = GEOD.geometry_length(geom) / 1000
    assert 30 <= length_km <= 70, f"length {length_km:.1f} km"
    minx, miny, maxx, maxy = geom.bounds
    assert 46.2 <= minx and maxx <= 46.9, geom.bounds
    assert 39.4 <= miny and maxy <= 39.9, geom.bounds
    assert "Berdzor corridor" in list(row["alt_names"])


def test_russian_peacekeeping_zone(all_features):
    row = _feature(all_features, "Russian peacekeeping zone in Nagorno-Karabakh")
    geom = row.geometry
    assert geom.geom_type in ("Polygon", "MultiPolygon")
    assert row["kind"] == "zone"
    assert list(row["countries"]) == ["AZ"]
    assert geom.contains(STEPANAKERT)
    assert not geom.contains(BAKU)
    assert not geom.contains(YEREVAN)
    area_km2 = gpd.GeoSeries([geom], crs=4326).to_crs(6933).area.iloc[0] / 1e6
    assert 1_500 <= area_km2 <= 6_000, f"area {area_km2:.0f} km2"
    alt = list(row["alt_names"])
    for phrase in ("area of responsibility of the Russian peacekeeping contingent",
                   "Russian peacekeepers' zone", "peacekeeping zone"):
        assert phrase in alt


# ------------------------------------------------------------------------ countries


def test_countries_file(countries):
    raw = json.loads(COUNTRIES_PATH.read_text(encoding="utf-8"))
    assert COUNTRIES_PATH.stat().st_size < 3.5e6
    feats = raw["features"]
    assert len(feats) > 200
    for f in feats:
        p = f["properties"]
        assert {"iso_a2", "name", "source"} <= set(p), p
        assert f["geometry"]["type"] in ("Polygon", "MultiPolygon"), p["name"]
    isos = {f["properties"]["iso_a2"] for f in feats}
    for cc in ("AZ", "AM", "UA", "RU", "PS", "IL", "XK", "US", "CN", "FR", "EH"):
        assert cc in isos, cc
    assert countries.geometry.is_valid.all()
    assert countries[countries["iso_a2"] == "AZ"].geometry.iloc[0].contains(Point(49.89, 40.38))


def test_countries_antimeridian():
    """world-atlas 2 is stitched across the antimeridian; scripts/build_countries.py must cut
    those rings at +-180. A corrupt conversion makes Russian rings span lon -180..54, which
    fills the White Sea and drops Murmansk and Vorkuta."""
    raw = json.loads(COUNTRIES_PATH.read_text(encoding="utf-8"))
    geoms = {f["properties"]["name_ne"]: shapely.geometry.shape(f["geometry"])
             for f in raw["features"]}
    for name, geom in geoms.items():
        assert geom.is_valid, f"{name}: {shapely.is_valid_reason(geom)}"
        minx, miny, maxx, maxy = geom.bounds
        assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90, (name, geom.bounds)
        for part in getattr(geom, "geoms", [geom]):
            width = part.bounds[2] - part.bounds[0]
            # only Antarctica's polar cap genuinely spans all longitudes
            limit = 360 if name == "Antarctica" else 300
            assert width <= limit, f"{name}: a part spans {width:.0f} degrees of longitude"

    russia = geoms["Russia"]
    assert russia.geom_type == "MultiPolygon"
    for place, lon, lat in [("Moscow", 37.6, 55.75), ("Murmansk", 33.09, 68.97),
                            ("Vorkuta", 64.0, 67.5), ("Yakutsk", 129.7, 62.0),
                            ("Chukotka east of 180", -175.0, 66.5),
                            ("Chukotka west of 180", 178.0, 66.0)]:
        assert russia.contains(Point(lon, lat)), f"Russia should contain {place}"
    for place, lon, lat in [("White Sea centre", 38.0, 65.5), ("Helsinki", 24.94, 60.17),
                            ("Barents Sea", 40.0, 72.0), ("Bering Sea", -178.0, 60.0)]:
        assert not russia.contains(Point(lon, lat)), f"Russia should not contain {place}"

    fiji = geoms["Fiji"]
    # Suva lies on the coast; at 1:50m its GeoNames point is ~1 km offshore, so allow 0.02 deg.
    assert fiji.distance(Point(178.44, -18.14)) < 0.02, "Suva"
    assert fiji.contains(Point(178.0, -17.8)), "Viti Levu interior"
    # the one 1:50m Fijian ring that crosses 180 (north-east of Vanua Levu), both halves
    assert fiji.contains(Point(179.993, -16.53)) and fiji.contains(Point(-179.97, -16.5))
    # Taveuni (already cut at 180 in Natural Earth)
    assert fiji.contains(Point(179.97, -16.9)) and fiji.contains(Point(-179.97, -16.85))
    assert not fiji.contains(Point(-100, -16.52)), "a corrupt ring runs across the Pacific"

    usa = geoms["United States of America"]
    assert usa.contains(Point(-149.9, 61.22)), "Anchorage"
    assert usa.contains(Point(-98.0, 39.0))

    antarctica = geoms["Antarctica"]
    assert antarctica.contains(Point(0, -89.99)), "South Pole"
    assert antarctica.contains(Point(100, -85.0)) and antarctica.contains(Point(-179.9, -85.0))
    assert not antarctica.contains(Point(0, -50))


# ------------------------------------------------------- source of truth and derivations

ROOT = Path(__file__).parents[1]
SOURCE = ROOT / "scripts" / "curated_features.geojson"


@pytest.fixture(scope="module")
def build_features():
    return load_script(ROOT / "scripts" / "build_features.py")


@pytest.fixture(scope="module")
def curated() -> list[dict]:
    return json.loads(SOURCE.read_text(encoding="utf-8"))["features"]


def test_shipped_features_are_what_the_script_builds_from_the_curated_file(build_features):
    built = build_features.build()
    assert set(built) == {p.name for p in FEATURE_FILES}
    for name, text in built.items():
        assert (FEATURES_DIR / name).read_text(encoding="utf-8") == text, (
            f"{name} differs from scripts/curated_features.geojson: run python scripts/build_features.py")


def _ops(expr) -> set[str]:
    if not isinstance(expr, list) or not expr or not isinstance(expr[0], str):
        return set()
    return {expr[0]} | {op for arg in expr[1:] for op in _ops(arg)}


def test_sources_say_what_each_shape_is_drawn_on(curated):
    for f in curated:
        p = f["properties"]
        ops = _ops(p.get("derive"))
        drawn = not p.get("derive") or "drawn" in ops or {"line", "polygon"} & ops
        if drawn and p["layer"] != "crossings":
            assert "hand-drawn" in p["source"].lower(), p["name"]
        if "shape" in ops:
            assert "Natural Earth" in p["source"], p["name"]
        if p.get("derive") and "drawn" in ops:
            assert f["geometry"], f"{p['name']}: its recipe reads a drawing it does not have"


def test_outlines_a_dataset_has_come_from_it(curated):
    # Regions and disputed areas the shipped data draws are taken from it, not drawn by hand.
    recipes = {f["properties"]["name"]: f["properties"].get("derive") or [] for f in curated}
    for name in ("Tigray", "Donbas", "Crimea", "Abkhazia", "Golan Heights", "West Bank", "Darfur", "Sinai Peninsula"):
        assert recipes[name][0] == "shape", name


def test_a_corridor_along_a_river_follows_it(all_features):
    aras = next(shape(f["geometry"]) for f in json.loads((DATA / "shapes" / "rivers.geojson").read_text())["features"]
                if f["properties"]["id"] == "rivers:aras-river")
    line = _feature(all_features, "Zangezur corridor").geometry
    near = line.intersection(aras.buffer(0.01))  # within about 1 km of the river
    assert near.length / line.length > 0.75, near.length / line.length
    assert line.coords[0] == pytest.approx((47.33, 39.45), abs=0.05)  # Horadiz
    assert line.coords[-1] == pytest.approx((45.41, 39.21), abs=0.05)  # Nakhchivan


def test_the_korean_dmz_straddles_the_border_natural_earth_draws(all_features, countries):
    dmz = _feature(all_features, "Korean Demilitarized Zone").geometry
    edge = countries.loc[countries["iso_a2"] == "KP"].geometry.iloc[0].boundary.intersection(
        countries.loc[countries["iso_a2"] == "KR"].geometry.iloc[0].boundary)
    assert dmz.buffer(1e-6).contains(edge)
    area_km2 = gpd.GeoSeries([dmz], crs=4326).to_crs(6933).area.iloc[0] / 1e6
    assert 600 <= area_km2 <= 1_100, area_km2  # about 4 km wide and 240 km long


def test_the_siliguri_corridor_is_indias_neck_between_nepal_and_bangladesh(all_features, countries):
    neck = _feature(all_features, "Siliguri Corridor").geometry
    assert neck.contains(Point(88.43, 26.71))  # Siliguri
    shapes = countries.set_index("iso_a2").geometry
    assert neck.distance(shapes["NP"]) < 0.01 and neck.distance(shapes["BD"]) < 0.01
    assert not neck.contains(Point(88.36, 22.57))  # Kolkata


def test_gaza_lines_follow_the_strips_outline(all_features):
    gaza = _feature(all_features, "Gaza Strip").geometry
    philadelphi = _feature(all_features, "Philadelphi corridor").geometry
    rafah = _feature(all_features, "Rafah crossing").geometry
    assert philadelphi.buffer(1e-6).within(gaza.boundary.buffer(1e-3))  # on the Strip's border
    assert philadelphi.distance(rafah) < 0.01 and 8 <= GEOD.geometry_length(philadelphi) / 1000 <= 20
    buffer_zone = _feature(all_features, "Gaza buffer zone").geometry
    erez = _feature(all_features, "Erez crossing").geometry
    assert buffer_zone.distance(erez) < 0.02 and buffer_zone.distance(rafah) > 0.01  # the Israeli side only


def test_recipe_operations(build_features):
    bf = build_features
    line = LineString([(0, 0), (10, 0)])
    assert list(bf.along(line, (8, 1), (2, -1)).coords) == [(8, 0), (2, 0)]  # oriented start to end
    assert list(bf.along(line, (3, 0), None).coords) == [(3, 0), (10, 0)]
    ring = box(0, 0, 4, 1).exterior  # either way round joins two points: the shorter, or the one via a point
    assert bf.along(ring, (1, 0), (3, 0)).length == 2 and bf.along(ring, (1, 0), (3, 0), (2, 1)).length == 8
    a, b = box(0, 0, 2, 2), box(2, 0, 4, 2)
    assert bf.derive(["edge", ["drawn"], ["box", 2, 0, 4, 2]], a, {}, None).equals(LineString([(2, 0), (2, 2)]))
    chained = bf.derive(["chain", ["line", [[0, 0], [1, 0]]], ["line", [[1, 0], [1, 1]]]], None, {}, None)
    assert list(chained.coords) == [(0, 0), (1, 0), (1, 1)]
    part = bf.derive(["part", ["drawn"], [3, 1]], shapely.MultiPolygon([box(0, 0, 1, 1), box(2.5, 0, 4, 2)]), {}, None)
    assert part.equals(b.intersection(box(2.5, 0, 4, 2)))
    with pytest.raises(KeyError):
        bf.Bases(DATA).get("disputed:atlantis")
