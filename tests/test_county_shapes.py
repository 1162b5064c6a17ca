"""US counties as polygons (data/shapes/counties.geojson): the shipped file, its join to the
gazetteer's admin2 rows and how the map draws a county. Offline and fast."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pyproj import Geod
from shapely.geometry import Point, shape

from geomap import Article, situation
from geomap.gazetteer import data_path, default_gazetteer
from geomap.geometry import county_shape, place_geometries
from geomap.pipeline import write_outputs
from geomap.records import Place

ROOT = Path(__file__).parents[1]
COUNTIES = ROOT / "data" / "shapes" / "counties.geojson"
US_ATLAS = Path("/tmp/ua/node_modules/us-atlas/counties-10m.json")
CENSUS = "US Census Bureau"


@pytest.fixture(scope="module")
def counties() -> list[dict]:
    return json.loads(COUNTIES.read_text(encoding="utf-8"))["features"]


def km2(geom) -> float:
    return abs(Geod(ellps="WGS84").geometry_area_perimeter(geom)[0]) / 1e6


def test_a_story_naming_two_counties_draws_two_county_polygons(tmp_path):
    text = ("Storms cut power in Kentucky\n\nA tornado tore through Laurel County late on Tuesday, and "
            "flash floods closed two bridges in Boone County, Kentucky, the state's emergency office said.")
    frame = situation([Article(id="storm", text=text, title="Storms")])
    write_outputs(frame, None, str(tmp_path / "map.geojson"))
    features = json.loads((tmp_path / "map.geojson").read_text(encoding="utf-8"))["features"]
    drawn = {f["properties"]["name"]: f for f in features if f["properties"]["kind"] == "admin2"}
    assert set(drawn) == {"Laurel County", "Boone County"}, [f["properties"]["name"] for f in features]
    for name, f in drawn.items():
        props, geom = f["properties"], shape(f["geometry"])
        assert geom.geom_type in {"Polygon", "MultiPolygon"}, name
        assert props["geometry_source"].startswith(CENSUS), props["geometry_source"]
        assert props["precision"] == "polygon" and not props["fallback"] and not props["derived"]
        assert props["admin1"] == "Kentucky"
        assert geom.contains(Point(props["lon"], props["lat"])), name
    # Boone County, Kentucky, not one of the other Boone Counties: the polygon lies near Cincinnati.
    assert shape(drawn["Boone County"]["geometry"]).contains(Point(-84.73, 38.97))


def test_only_us_counties_get_a_county_polygon():
    gaz = default_gazetteer()
    district = next(c for c in gaz.of_kind("admin2") if c.country != "US")
    place = Place("k", district.name, "admin2", "place", district.lat, district.lon, district.country,
                  district.geonameid, 1, ())
    assert county_shape(place) is None
    row = place_geometries([place]).iloc[0]
    assert row.geometry.geom_type == "Point" and row["precision"] == "centroid"


def test_connecticut_counties_join_by_name_without_a_geonames_id():
    hartford = next(c for c in default_gazetteer().candidates("Hartford County") if c.kind == "admin2")
    assert hartford.geonameid is None
    place = Place("k", hartford.name, "admin2", "place", hartford.lat, hartford.lon, "US", None, 1, (), admin1="CT")
    geom, source = county_shape(place)
    assert geom.contains(Point(hartford.lon, hartford.lat)) and source.startswith(CENSUS)


def test_every_county_row_the_census_shapes_placed_has_its_polygon(counties):
    db = sqlite3.connect(f"file:{data_path('gazetteer.sqlite')}?mode=ro", uri=True)
    rows = db.execute("SELECT geonameid, name, admin1, lat, lon FROM place WHERE kind = 'admin2' AND country = 'US'")
    by_key = {(gid or (admin1, name)): (lat, lon) for gid, name, admin1, lat, lon in rows}
    db.close()
    for f in counties:
        props = f["properties"]
        key = props["geonameid"] or (props["admin1"], props["name"])
        assert by_key[key] == (props["lat"], props["lon"]), props  # the feature's point is its row's point
        assert shape(f["geometry"]).contains(Point(props["lon"], props["lat"])), props["name"]
    # 3,131 GeoNames counties and Connecticut's eight; the other 11 US rows are towns-box points.
    assert len(counties) == 3139 and len(by_key) - len(counties) == 11


def test_the_shipped_file_is_valid_compact_and_unique(counties):
    assert COUNTIES.stat().st_size < 3_000_000
    ids = [f["properties"]["id"] for f in counties]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"counties:\d{5}", i) for i in ids)
    for f in counties:
        geom = shape(f["geometry"])
        assert geom.is_valid and geom.geom_type in {"Polygon", "MultiPolygon"}, f["properties"]["id"]
    text = COUNTIES.read_text(encoding="utf-8")
    assert not re.search(r"\d\.\d{5,}", text.split('"geometry"', 1)[1]), "coordinates on a 4-decimal grid"


# Census total areas (land and inland water) of inland counties, km2; the simplified polygon keeps each within 15%.
KNOWN_KM2 = {"04013": 23_890, "19169": 1_487, "21125": 1_150, "21015": 663, "06071": 52_070, "09003": 1_942}


def test_county_areas_match_census_areas(counties):
    by_fips = {f["properties"]["fips"]: shape(f["geometry"]) for f in counties}
    for fips, known in KNOWN_KM2.items():
        assert abs(km2(by_fips[fips]) / known - 1) < 0.15, (fips, km2(by_fips[fips]), known)


@pytest.mark.skipif(not US_ATLAS.exists(), reason="us-atlas 3.0.1 not installed in /tmp/ua (npm)")
def test_the_shipped_file_is_what_the_script_writes(tmp_path):
    out = tmp_path / "counties.geojson"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_counties.py"), "--us-atlas", str(US_ATLAS),
                    "--out", str(out)], check=True, capture_output=True, timeout=120)
    assert out.read_bytes() == COUNTIES.read_bytes()
