"""The seed situation map: five layers, the corridor as a line, the zone as a polygon."""

from __future__ import annotations

import pytest
from pyproj import Geod
from shapely.geometry import Point, shape

from common import by_name, features

geod = Geod(ellps="WGS84")
STEPANAKERT = Point(46.7528, 39.8177)
BAKU = Point(49.892, 40.378)
YEREVAN = Point(44.514, 40.182)


@pytest.fixture(scope="module")
def feats(seed_outputs):
    return features(seed_outputs[2])


def roles(feats):
    out = {}
    for f in feats:
        out.setdefault(f["properties"]["role"], set()).add(f["properties"]["name"])
    return out


def test_all_five_layers_present(feats):
    r = roles(feats)
    assert set(r) == {"venue", "corridor", "zone", "party", "place"}
    assert r["venue"] == {"Moscow"}
    assert {"Armenia", "Azerbaijan", "Russia"} <= r["party"]
    assert {"Yerevan", "Baku"} <= r["place"] | r["party"]


def test_corridor_is_a_line_through_lachin(feats):
    corridor = [f for f in feats if f["properties"]["role"] == "corridor"]
    assert len(corridor) == 1
    geom = shape(corridor[0]["geometry"])
    assert geom.geom_type == "LineString"
    assert len(geom.coords) >= 5, "follows the road, not a straight line"
    minx, miny, maxx, maxy = geom.bounds
    assert 46.2 <= minx and maxx <= 46.9 and 39.4 <= miny and maxy <= 39.9
    km = geod.geometry_length(geom) / 1000
    assert 30 <= km <= 70
    assert geom.distance(Point(46.5498, 39.6374)) < 0.05, "passes through Lachin (Berdzor)"


def test_the_peacekeepers_zone_is_drawn(feats):
    zones = {f["properties"]["name"] for f in feats if f["properties"]["role"] == "zone"}
    assert any("peacekeep" in name.lower() for name in zones), zones


def test_zone_is_a_polygon_around_stepanakert(feats):
    zones = [f for f in feats if f["properties"]["role"] == "zone"]
    polys = [shape(f["geometry"]) for f in zones if f["geometry"]["type"] in {"Polygon", "MultiPolygon"}]
    assert any(p.contains(STEPANAKERT) for p in polys)
    zone = next(p for p in polys if p.contains(STEPANAKERT))
    assert not zone.contains(BAKU) and not zone.contains(YEREVAN)
    area_km2 = abs(geod.geometry_area_perimeter(zone)[0]) / 1e6
    assert 1000 <= area_km2 <= 8000


def test_parties_are_country_polygons(feats):
    for name in ("Armenia", "Azerbaijan", "Russia"):
        f = by_name(feats, name)
        assert f["properties"]["role"] == "party"
        assert f["geometry"]["type"] in {"Polygon", "MultiPolygon"}


def test_moscow_popup_quotes_the_meeting(feats, seed_outputs):
    moscow = by_name(feats, "Moscow")
    texts = [e["text"] for e in moscow["properties"]["excerpts"]]
    assert any("in Moscow on Friday" in t for t in texts)
    sources = {e["source"] for e in moscow["properties"]["excerpts"]}
    assert len(sources) == 2, "named in both articles, quoted with both sources"
    html = seed_outputs[1].read_text(encoding="utf-8")
    assert "in Moscow on Friday" in html  # the popup marks the name there (tests/test_browser.py)


def test_geojson_properties(feats):
    for f in feats:
        p = f["properties"]
        assert {"name", "role", "kind", "excerpts", "mentions"} <= set(p)
        assert p["mentions"] >= 1
        assert all({"text", "source"} <= set(e) for e in p["excerpts"])
