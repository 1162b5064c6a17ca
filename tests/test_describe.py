"""Where a place is, what it is, how precise its shape is, its score; and the first view's theatre."""

from __future__ import annotations

import json

import geopandas as gpd
import pandas as pd
from shapely.geometry import LineString, Point

from geomap.describe import display, precision, summary
from geomap.geometry import place_geometries
from geomap.records import Place
from geomap.placedata import popup_fields
from geomap.view import far_targets, theatre


def place(name, kind, role, lat, lon, country, admin1=None, **fields) -> Place:
    return Place(f"k:{name}", name, kind, role, lat, lon, country, None, fields.pop("mentions", 1), (),
                 admin1=admin1, **fields)


def test_a_town_says_its_region_and_country():
    # Two places named Paris: the popup and tooltip tell them apart.
    texas = place_geometries([place("Paris", "city", "place", 33.66, -95.56, "US", "TX", score=0.81)]).iloc[0]
    france = place_geometries([place("Paris", "city", "place", 48.85, 2.35, "FR", "11", score=0.97)]).iloc[0]
    assert (texas["admin1"], texas["country_name"]) == ("Texas", "United States")
    assert (france["admin1"], france["country_name"]) == ("Île-de-France", "France")
    assert summary(texas) == ("Texas, United States", ["city", "exact point", "score 0.81"])
    fields = popup_fields(texas)  # what the popup and tooltip print (tests/test_browser.py reads them there)
    assert (fields["n"], fields["w"]) == ("Paris", "Texas, United States")
    assert fields["a"] == "city &middot; exact point &middot; score 0.81"


def test_a_region_or_country_is_not_inside_itself():
    from geomap.gazetteer import default_gazetteer

    entry = next(c for c in default_gazetteer().candidates("Texas") if c.kind == "admin")
    texas = place_geometries([place("Texas", "admin", "place", entry.lat, entry.lon, "US", "TX")]).iloc[0]
    assert texas["admin1"] is None and texas["country_name"] == "United States"
    assert texas["what"] == "first-level region" and texas["precision"] == "polygon"
    armenia = place_geometries([place("Armenia", "country", "party", 40.0, 45.0, "AM")]).iloc[0]
    assert armenia["country_name"] is None and armenia["precision"] == "polygon"
    assert summary(armenia)[0] == ""


def test_a_city_named_like_its_region_does_not_repeat_it():
    moscow = place_geometries([place("Moscow", "city", "venue", 55.75, 37.62, "RU", "48")]).iloc[0]
    assert summary(moscow)[0] == "Russia"


def test_precision_of_each_kind_of_shape():
    assert precision("city", "Point", "GeoNames point", False, False) == "point"
    assert precision("admin2", "Point", "GeoNames point", False, False) == "centroid"  # a county's point
    assert precision("city", "Point", "GeoNames point: no curated zone geometry", False, True) == "centroid"
    assert precision("route", "LineString", "Derived: a straight line", True, False) == "derived"
    assert precision("feature", "Polygon", "Approximate sketch: coarse outline", False, False) == "sketch"
    assert precision("feature", "Polygon", "Natural Earth 1:10m admin-0", False, False) == "polygon"
    assert precision("river", "MultiLineString", "Natural Earth 1:10m rivers", False, False) == "line"
    route = place_geometries([place("Kornidzor – Stepanakert road", "route", "corridor", 39.6, 46.5, "AM",
                                    path=((39.5, 46.3), (39.8, 46.75)))]).iloc[0]
    assert route["precision"] == "derived" and route["what"] == "route described in the text"
    for code in ("point", "polygon", "line", "sketch", "derived", "centroid"):
        assert display()["precision"][code]


def test_every_feature_of_the_seed_geojson_describes_itself(seed_outputs):
    features = json.loads(seed_outputs[2].read_text(encoding="utf-8"))["features"]
    old = ["name", "role", "kind", "excerpts", "mentions", "roles", "evidence", "geometry_source", "derived",
           "fallback"]
    for f in features:
        props = f["properties"]
        assert all(k in props for k in old)  # extended, nothing renamed
        assert props["precision"] in display()["precision"] and props["what"]
        assert 0 < props["score"] <= 1
    by_name = {f["properties"]["name"]: f["properties"] for f in features}
    assert by_name["Moscow"]["country_name"] == "Russia"
    assert by_name["Lachin corridor"]["what"] == "corridor" and by_name["Lachin corridor"]["precision"] == "sketch"


def _frame(rows):
    frame = gpd.GeoDataFrame(pd.DataFrame(rows), geometry="geometry", crs="EPSG:4326")
    return frame


def test_the_theatre_leaves_out_a_far_venue_and_places_named_once():
    corridor = LineString([(46.3, 39.5), (46.75, 39.8)])
    rows = [
        {"name": "Far venue", "role": "venue", "mentions": 9, "lat": 55.75, "lon": 37.62, "geometry": Point(37.62, 55.75)},
        {"name": "A corridor", "role": "corridor", "mentions": 5, "lat": 39.6, "lon": 46.5, "geometry": corridor},
        {"name": "Near town", "role": "place", "mentions": 3, "lat": 39.9, "lon": 46.8, "geometry": Point(46.8, 39.9)},
        {"name": "Stray", "role": "place", "mentions": 1, "lat": 10.0, "lon": 10.0, "geometry": Point(10.0, 10.0)},
        {"name": "Far town", "role": "place", "mentions": 4, "lat": 45.0, "lon": 40.0, "geometry": Point(40.0, 45.0)},
    ]
    frame = _frame(rows)
    bounds, inside = theatre(frame)
    assert sorted(frame.loc[list(inside), "name"]) == ["A corridor", "Near town"]
    (south, west), (north, east) = bounds
    assert south < 39.5 and north > 39.9 and west < 46.3 and east > 46.8 and north - south < 1.5
    far = far_targets(frame, inside, bounds)
    assert [frame.at[i, "name"] for i, *_ in far] == ["Far venue"]  # places are not pointed at, roles are


def test_without_shapes_the_place_named_most_anchors_the_theatre():
    rows = [
        {"name": "Venue", "role": "venue", "mentions": 9, "lat": 46.2, "lon": 6.15, "geometry": Point(6.15, 46.2)},
        {"name": "Town", "role": "place", "mentions": 4, "lat": 31.3, "lon": 34.25, "geometry": Point(34.25, 31.3)},
        {"name": "Village", "role": "place", "mentions": 1, "lat": 31.4, "lon": 34.3, "geometry": Point(34.3, 31.4)},
    ]
    frame = _frame(rows)
    bounds, inside = theatre(frame)
    assert sorted(frame.loc[list(inside), "name"]) == ["Town"]
    assert bounds[1][0] - bounds[0][0] >= 0.5  # one town: its surroundings, not a single street


def test_the_legend_lists_only_the_kinds_on_the_map(tmp_path):
    from geomap.pipeline import situation, write_outputs

    article = tmp_path / "a.txt"
    article.write_text("Talks in Geneva\n\nTalks opened in Geneva on Monday. Negotiators met in Geneva again.\n",
                       encoding="utf-8")
    write_outputs(situation([str(article)]), tmp_path / "m.html", None)
    html = (tmp_path / "m.html").read_text(encoding="utf-8")
    legend = html[html.index('class="gm-box gm-legend"'):]
    legend = legend[:legend.index("</details>")]
    assert "Meeting venue" in legend
    assert "Corridor / route" not in legend and "Party country" not in legend and "dashed" not in legend
