"""First-level regions as polygons (data/shapes/admin1.geojson): the gazetteer's region points
and how the map draws a region. Offline and fast."""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import pytest
import shapely
from shapely.geometry import Point, shape

from geomap import Article, situation
from geomap.gazetteer import data_path, default_gazetteer
from geomap.geometry import place_geometries, shipped_shape
from geomap.layers import layer_kind
from geomap.records import Place

ADMIN1 = Path(__file__).parents[1] / "data" / "shapes" / "admin1.geojson"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def entry(name: str, kind: str = "admin"):
    found = [c for c in default_gazetteer().candidates(name) if c.kind == kind]
    assert found, (name, kind)
    return found[0]


def place(cand, role: str = "place", radius_km: float = 0.0) -> Place:
    return Place(key=f"g{cand.row}", name=cand.name, kind=cand.kind, role=role, lat=cand.lat, lon=cand.lon,
                 country=cand.country, geonameid=cand.geonameid, mentions=1, excerpts=(), radius_km=radius_km)


@pytest.fixture(scope="module")
def regions() -> list[dict]:
    return json.loads(ADMIN1.read_text(encoding="utf-8"))["features"]


def test_a_story_naming_three_provinces_draws_three_polygons():
    text = ("Floods hit three provinces\n\nFloods hit Ontario, Quebec and Manitoba on Monday. Officials in "
            "Ontario said roads were closed, and Quebec and Manitoba asked for federal help.")
    frame = situation([Article(id="floods", text=text, title="Floods")])
    drawn = frame[frame["kind"] == "admin"]
    assert set(drawn["name"]) >= {"Ontario", "Quebec", "Manitoba"}, frame[["name", "kind"]]
    for _, row in drawn.iterrows():
        assert row.geometry.geom_type in {"Polygon", "MultiPolygon"}, row["name"]
        assert row["geometry_source"].startswith("Natural Earth 1:10m admin-1"), row["geometry_source"]
        assert not row["fallback"] and not row["derived"]
        assert row.geometry.buffer(0.05).contains(Point(row["lon"], row["lat"])), row["name"]


def test_a_region_without_a_polygon_stays_a_point():
    # Puerto Rico's municipalities are GeoNames first-level divisions; Natural Earth draws the island whole.
    cand = entry("Adjuntas")
    assert default_gazetteer().shape_id(cand.name, cand.kind, cand.lat, cand.lon) is None
    row = place_geometries([place(cand)]).iloc[0]
    assert row.geometry.geom_type == "Point" and row["geometry_source"] == "GeoNames point"


def test_a_zone_around_a_region_is_still_its_circle():
    row = place_geometries([place(entry("Idlib"), role="zone", radius_km=30.0)]).iloc[0]
    assert row["derived"] and "30 km circle" in row["geometry_source"]


def test_a_region_acting_as_a_zone_is_its_polygon():
    row = place_geometries([place(entry("Tigray"), role="zone")]).iloc[0]
    assert row.geometry.geom_type in {"Polygon", "MultiPolygon"} and not row["fallback"]


def test_areas_in_the_places_layer_have_a_light_fill():
    places = layer_kind("places")
    assert places.path_style("Polygon")["fillOpacity"] > 0
    assert places.path_style("LineString")["fillOpacity"] == 0 and places.path_style("LineString")["weight"] >= 3
    assert layer_kind("zones").path_style("Polygon") == layer_kind("zones").path_style()


@pytest.mark.parametrize("name, lat, lon", [
    # GeoNames' own points for these regions; the centre of the box around their towns was 190-300 km off.
    ("Ontario", 49.25, -84.50), ("Alaska", 64.0, -150.0), ("British Columbia", 53.99983, -125.00320),
    ("Quebec", 52.00017, -71.99907),
])
def test_region_points_lie_near_the_middle_of_the_region(name, lat, lon):
    cand = entry(name)
    assert km(cand.lat, cand.lon, lat, lon) < 161, (cand.lat, cand.lon)


@pytest.mark.parametrize("name", ["Tigray", "Donetska oblast", "Rakhine", "Nord-Kivu", "Cabo Delgado", "Idlib",
                                  "Texas", "Île-de-France", "England", "Chukotskiy avtonomnyy okrug"])
def test_regions_news_names_have_polygons(name):
    cand = entry(name)
    geom, source = shipped_shape(default_gazetteer().shape_id(cand.name, "admin", cand.lat, cand.lon))
    assert geom.buffer(0.05).contains(Point(cand.lon, cand.lat)) and "Natural Earth" in source


def test_every_region_point_lies_in_its_polygon(regions):
    polygons = {f["properties"]["id"]: shape(f["geometry"]) for f in regions}
    con = sqlite3.connect(f"file:{data_path('gazetteer.sqlite')}?mode=ro", uri=True)
    rows = con.execute("SELECT name, lat, lon, shape FROM place WHERE kind = 'admin' AND shape IS NOT NULL").fetchall()
    con.close()
    assert len(rows) > 3000
    for name, lat, lon, shape_id in rows:
        assert polygons[shape_id].buffer(0.05).contains(Point(lon, lat)), (name, lat, lon)


def test_region_file_is_valid_and_small(regions):
    assert ADMIN1.stat().st_size < 5_000_000
    ids = set()
    for f in regions:
        props, geom = f["properties"], shape(f["geometry"])
        assert props["id"] == f"admin1:{props['geonameid']}" and props["id"] not in ids
        ids.add(props["id"])
        assert geom.geom_type in {"Polygon", "MultiPolygon"} and geom.is_valid and not geom.is_empty, props["id"]
        minx, miny, maxx, maxy = geom.bounds
        assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90, props["id"]
        assert props["join"] in {"gn_id", "iso_3166_2", "region_cod", "geonunit", "region"}
        coords = shapely.get_coordinates(geom)
        assert (abs(coords * 1000 - (coords * 1000).round()) < 1e-6).all(), props["id"]  # on the 0.001 grid
