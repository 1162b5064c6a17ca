"""Shapes: each kind of place gets the geometry the shipped data has for it, and says where it came from."""

from __future__ import annotations

import math

import pytest
from pyproj import Geod
from shapely.geometry import Point

from geomap.geometry import COLUMNS, circle, place_geometries
from geomap.records import Excerpt, Place, Route

GEOD = Geod(ellps="WGS84")


def place(name: str, kind: str, role: str, lat: float, lon: float, country: str | None = "XX", **fields) -> Place:
    return Place(f"k:{name}", name, kind, role, lat, lon, country, None, 1, (), **fields)


def row(p: Place) -> dict:
    frame = place_geometries([p])
    assert len(frame) == 1
    return frame.iloc[0].to_dict()


def test_a_party_country_is_its_natural_earth_polygon():
    armenia = row(place("Armenia", "country", "party", 40.0, 45.0, "AM"))
    assert armenia["geometry"].geom_type in {"Polygon", "MultiPolygon"}
    assert armenia["geometry"].contains(Point(44.51, 40.18))  # Yerevan
    assert not armenia["geometry"].contains(Point(49.87, 40.41))  # Baku
    assert "Natural Earth" in armenia["geometry_source"] and not armenia["fallback"] and not armenia["derived"]


def test_a_party_country_without_a_shape_falls_back_to_its_point():
    nowhere = row(place("Nowhere", "country", "party", 1.0, 2.0, "ZZ"))
    assert nowhere["geometry"].equals(Point(2.0, 1.0)) and nowhere["fallback"]


def test_a_country_that_is_no_party_stays_a_point():
    armenia = row(place("Armenia", "country", "place", 40.0, 45.0, "AM"))
    assert armenia["geometry"].equals(Point(45.0, 40.0)) and armenia["geometry_source"] == "GeoNames point"


def test_a_curated_corridor_is_its_line():
    lachin = row(place("Lachin corridor", "feature", "corridor", 39.678, 46.625, "AZ"))
    assert lachin["geometry"].geom_type in {"LineString", "MultiLineString"}
    assert lachin["geometry"].length > 0.3 and not lachin["fallback"] and not lachin["derived"]
    assert lachin["geometry_source"] != "GeoNames point"


def test_a_route_is_a_straight_line_through_its_ends_in_order_and_says_it_is_derived():
    path = ((39.46, 46.34), (39.6, 46.55), (39.82, 46.75))  # (lat, lon): Kornidzor, Lachin, Stepanakert
    route = row(place("Kornidzor – Lachin – Stepanakert road", "route", "corridor", 39.6, 46.5, "AZ", path=path,
                      route=Route("road", ("Kornidzor", "Lachin", "Stepanakert"))))
    assert [(round(y, 2), round(x, 2)) for x, y in route["geometry"].coords] == list(path)
    assert route["derived"] and "Kornidzor, Lachin, Stepanakert" in route["geometry_source"]


def test_a_route_of_a_two_word_kind_names_its_ends_whole():
    # The ends come from the route record, not from parsing the name ("... Constanţa shipping lane").
    path = ((46.48, 30.72), (44.18, 28.63))
    lane = row(place("Odesa – Constanţa shipping lane", "route", "corridor", 45.3, 29.7, "UA", path=path,
                     route=Route("shipping lane", ("Odesa", "Constanţa"))))
    assert "through Odesa, Constanţa in the order" in lane["geometry_source"]


def test_a_zone_given_by_its_radius_is_a_circle_of_that_radius():
    zone = row(place("Enerhodar", "city", "zone", 47.5, 34.65, "UA", radius_km=30.0))
    geom = zone["geometry"]
    assert geom.geom_type == "Polygon" and geom.contains(Point(34.65, 47.5)) and zone["derived"]
    assert "30 km circle around Enerhodar" in zone["geometry_source"]
    for x, y in list(geom.exterior.coords)[:-1:8]:
        assert GEOD.inv(34.65, 47.5, x, y)[2] == pytest.approx(30_000, rel=0.002)


def test_circle_area_and_centre():
    ring = circle(0.0, 0.0, 100)
    assert abs(GEOD.geometry_area_perimeter(ring)[0]) / 1e6 == pytest.approx(math.pi * 100 ** 2, rel=0.005)
    assert ring.centroid.distance(Point(0, 0)) < 1e-6


def test_a_town_zone_without_a_radius_is_a_derived_area_clipped_to_land():
    # "Khan Younis, a besieged town": the text gives the town, not the zone's edge
    town = row(place("Khan Younis", "city", "zone", 31.34, 34.3, "PS"))
    assert town["derived"] and not town["fallback"] and town["geometry"].contains(Point(34.3, 31.34))
    assert town["geometry_source"].startswith("Derived: the area within 10 km of Khan Younis, clipped to land")
    assert not town["geometry"].contains(Point(34.22, 31.36))  # 8 km off, at sea: cut off


def test_a_zone_without_a_shape_a_radius_or_a_point_of_its_own_is_its_point_marked_as_fallback():
    area = row(place("Nowhere Hills", "region", "zone", 31.34, 34.3, "PS"))
    assert area["geometry"].equals(Point(34.3, 31.34)) and area["fallback"]
    assert area["geometry_source"] == "GeoNames point: no curated zone geometry"


def test_a_region_is_its_shipped_polygon():
    texas = row(place("Texas", "admin", "place", 31.4968, -99.3532, "US"))
    assert texas["geometry"].geom_type in {"Polygon", "MultiPolygon"}
    assert texas["geometry"].contains(Point(-97.74, 30.27))  # Austin
    assert texas["geometry_source"].startswith("Natural Earth") and not texas["fallback"]


def test_a_city_is_its_point_and_the_row_carries_the_record():
    ex = (Excerpt("Talks in Geneva.", ((9, 15),), "T (a.txt)", "a", url="https://e.org/a"),
          Excerpt("Geneva again.", ((0, 6),), "b", "b", date="2024-01-02"))
    p = Place("g1", "Geneva", "city", "venue", 46.2, 6.15, "CH", 2660646, 3, ex, roles=(("venue", 2),),
              evidence="Talks in Geneva.", docs=("a", "b"), quotes=7)
    frame = place_geometries([p])
    assert list(frame.columns) == COLUMNS and frame.crs.to_epsg() == 4326
    geneva = frame.iloc[0].to_dict()
    assert geneva["geometry"].equals(Point(6.15, 46.2)) and geneva["geometry_source"] == "GeoNames point"
    assert (geneva["quotes"], geneva["roles"], geneva["docs"]) == (7, {"venue": 2}, ["a", "b"])
    assert geneva["excerpts"] == [
        {"text": "Talks in Geneva.", "source": "T (a.txt)", "doc": "a", "highlights": [[9, 15]], "url": "https://e.org/a"},
        {"text": "Geneva again.", "source": "b", "doc": "b", "highlights": [[0, 6]], "date": "2024-01-02"}]


def test_quotes_default_to_the_excerpts_and_an_empty_list_gives_an_empty_frame():
    p = Place("g1", "Geneva", "city", "place", 46.2, 6.15, "CH", 1, 1,
              (Excerpt("Geneva.", ((0, 6),), "a", "a"),))
    assert place_geometries([p]).iloc[0]["quotes"] == 1
    empty = place_geometries([])
    assert len(empty) == 0 and list(empty.columns) == COLUMNS


def test_shape_layer_reads_what_a_whole_parse_reads():
    import json

    from geomap.gazetteer import data_path
    from geomap.geometry import ShapeLayer

    for path in sorted(data_path("shapes").glob("*.geojson")):
        text = path.read_text(encoding="utf-8")
        whole = {f["properties"]["id"]: f for f in json.loads(text)["features"]}
        layer = ShapeLayer(text)
        assert list(layer.properties) == list(whole), path.name
        assert all(layer.properties[k] == f["properties"] for k, f in whole.items()), path.name
        some = list(whole)[:: max(1, len(whole) // 25)]
        assert all(layer.get(k) == whole[k] for k in some), path.name
        assert layer.get("no:such") is None
    # Another layout (indented, several lines a feature) is parsed whole, to the same features.
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"id": "x:1", "name": "One"}, "geometry": {"type": "Point", "coordinates": [1, 2]}},
        {"type": "Feature", "properties": {"id": "x:2", "name": "Two"}, "geometry": None}]}
    for text in (json.dumps(doc, indent=1), json.dumps(doc, separators=(",", ":"))):
        layer = ShapeLayer(text)
        assert layer.properties == {"x:1": {"id": "x:1", "name": "One"}, "x:2": {"id": "x:2", "name": "Two"}}
        assert layer.get("x:1") == doc["features"][0]
    assert ShapeLayer().properties == {} and ShapeLayer().get("x:1") is None
