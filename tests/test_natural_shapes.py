"""Natural Earth rivers, lakes, seas, physical regions and disputed areas (data/shapes): their
joins to the gazetteer's curated rows, the rows they add, and how the map draws them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import shapely
from shapely.geometry import Point, shape

from geomap import Article, situation, write_outputs
from geomap.gazetteer import data_path, default_gazetteer
from geomap.geometry import SHAPE_KINDS, place_geometries, shipped_shape
from geomap.records import Place

SHAPES = Path(__file__).parents[1] / "data" / "shapes"
LAYER_TYPES = {
    "rivers": {"LineString", "MultiLineString"}, "lakes": {"Polygon", "MultiPolygon"},
    "marine": {"Polygon", "MultiPolygon"}, "physical": {"Polygon", "MultiPolygon"},
    "disputed": {"Polygon", "MultiPolygon"},
}


@pytest.fixture(scope="module")
def layers() -> dict[str, list[dict]]:
    return {name: json.loads((SHAPES / f"{name}.geojson").read_text(encoding="utf-8"))["features"]
            for name in LAYER_TYPES}


@pytest.fixture(scope="module")
def db():
    con = sqlite3.connect(f"file:{data_path('gazetteer.sqlite')}?mode=ro", uri=True)
    yield con
    con.close()


def entry(name: str, kind: str):
    found = [c for c in default_gazetteer().candidates(name) if c.kind == kind]
    assert found, (name, kind)
    return found[0]


def place(cand, role: str = "place") -> Place:
    return Place(key=f"g{cand.row}", name=cand.name, kind=cand.kind, role=role, lat=cand.lat, lon=cand.lon,
                 country=cand.country, geonameid=cand.geonameid, mentions=1, excerpts=())


def test_rivers_are_lines_lakes_seas_and_areas_polygons():
    rows = place_geometries([place(entry("Kanawha River", "river")), place(entry("Ohio River", "river")),
                             place(entry("Lake Lanier", "lake")), place(entry("Black Sea", "sea")),
                             place(entry("Abkhazia", "region")), place(entry("Kyushu", "island"))])
    types = dict(zip(rows["name"], rows.geometry.geom_type))
    assert types["Kanawha River"] in LAYER_TYPES["rivers"] and types["Ohio River"] in LAYER_TYPES["rivers"]
    for name in ["Lake Sidney Lanier", "Black Sea", "Abkhazia", "Kyushu"]:
        assert types[name] in {"Polygon", "MultiPolygon"}, name
    assert all(s.startswith("Natural Earth") for s in rows["geometry_source"])
    assert not rows["fallback"].any() and not rows["derived"].any()


def test_a_story_naming_a_river_and_a_sea_draws_a_line_and_an_area():
    text = ("Barges stranded\n\nBarges were stranded on the Ohio River near Louisville on Monday, while "
            "tankers waited in the Black Sea.")
    frame = situation([Article(id="barges", text=text, title="Barges")])
    kinds = {row["name"]: row.geometry.geom_type for _, row in frame.iterrows()}
    assert kinds.get("Ohio River") in LAYER_TYPES["rivers"], kinds
    assert kinds.get("Black Sea") in {"Polygon", "MultiPolygon"}, kinds


def test_the_maps_geojson_draws_provinces_rivers_lakes_and_seas_as_what_they_are(tmp_path):
    text = ("Drought on the Mekong\n\nFishermen on the Mekong River and Tonle Sap Lake said catches fell this year. "
            "Officials in Sichuan, Yunnan and Guizhou reported dry reservoirs, and cargo ships on the South China Sea "
            "were delayed.")
    out = tmp_path / "drought.geojson"
    write_outputs(situation([Article(id="drought", text=text, title="Drought")]), None, str(out))
    drawn = {f["properties"]["name"]: f for f in json.loads(out.read_text(encoding="utf-8"))["features"]}
    provinces = [f for f in drawn.values() if f["properties"]["kind"] == "admin"]
    assert len(provinces) == 3, sorted(drawn)  # Sichuan, Yunnan and Guizhou: three polygons
    expected = [(provinces, {"Polygon", "MultiPolygon"}, "admin-1"),
                ([drawn["Mekong"]], LAYER_TYPES["rivers"], "rivers"),
                ([drawn["Tonle Sap"]], LAYER_TYPES["lakes"], "lakes"),
                ([drawn["South China Sea"]], LAYER_TYPES["marine"], "marine")]
    for features, types, layer in expected:
        for f in features:
            p = f["properties"]
            assert f["geometry"]["type"] in types, (p["name"], f["geometry"]["type"])
            assert p["geometry_source"].startswith("Natural Earth 1:10m") and layer in p["geometry_source"], p
            assert not p["fallback"] and not p["derived"]


def test_a_river_acting_as_a_corridor_is_its_line_not_a_fallback():
    row = place_geometries([place(entry("Dnipro River", "river"), role="corridor")]).iloc[0]
    assert row.geometry.geom_type in LAYER_TYPES["rivers"] and not row["fallback"]


@pytest.mark.parametrize("name, kind", [
    ("Kanawha River", "river"), ("River Kanawha", "river"), ("Lake Lanier", "lake"), ("Lake Sidney Lanier", "lake"),
    ("Chattahoochee River", "river"), ("Potomac River", "river"), ("Gulf of Maine", "sea"),
    ("Korean Demilitarized Zone", "region"), ("Taklamakan Desert", "desert"), ("Salish Sea", "sea"),
])
def test_natural_earth_names_resolve_to_an_entry_with_a_shape(name, kind):
    cand = entry(name, kind)
    assert shipped_shape(default_gazetteer().shape_id(cand.name, kind, cand.lat, cand.lon)) is not None


@pytest.mark.parametrize("name, kind", [("Nile", "river"), ("Black Sea", "sea"), ("Lake Victoria", "sea"),
                                        ("Crimea", "region"), ("Sicily", "island"), ("Gulf of Aden", "sea")])
def test_curated_rows_keep_their_centre_and_take_the_shape(name, kind):
    cand = next(c for c in default_gazetteer().candidates(name) if c.kind == kind and c.feature_code == "REGION")
    geom, _ = shipped_shape(default_gazetteer().shape_id(cand.name, kind, cand.lat, cand.lon))
    assert geom.distance(Point(cand.lon, cand.lat)) < 2.0  # degrees: the curated centre lies on or near it


@pytest.mark.parametrize("name, kind", [
    ("Euphrates", "river"),  # Natural Earth's line is its Iraqi stretch only: 244 km from the curated centre
    ("Sahara", "desert"),  # Natural Earth's label area leaves out the Tibesti, Ténéré and ergs
])
def test_a_shape_far_from_the_curated_centre_is_not_taken(name, kind):
    cand = next(c for c in default_gazetteer().candidates(name) if c.kind == kind and c.feature_code == "REGION")
    assert default_gazetteer().shape_id(cand.name, kind, cand.lat, cand.lon) is None


@pytest.mark.parametrize("word", ["French", "Copper", "Snake", "Ebola", "Zhang", "Negro", "Back", "Wind"])
def test_bare_river_names_are_not_place_names(word):
    # Natural Earth names these rivers bare; as words and surnames they must not turn into rivers.
    assert not any(c.kind == "river" for c in default_gazetteer().candidates(word))


def test_new_rows_take_no_name_an_earlier_entry_has(db):
    # A row Natural Earth added never shares a look-up key with a GeoNames or curated entry.
    shared = db.execute(
        "SELECT a.key FROM alias a JOIN place p ON p.id = a.place WHERE p.shape IS NOT NULL AND p.kind != 'admin' "
        "AND p.fcode != 'REGION' AND EXISTS (SELECT 1 FROM alias b JOIN place q ON q.id = b.place "
        "WHERE b.key = a.key AND (q.shape IS NULL OR q.fcode = 'REGION' OR q.kind = 'admin')) LIMIT 5").fetchall()
    assert not shared, shared


def test_every_shape_the_gazetteer_names_is_shipped(db, layers):
    ids = {f["properties"]["id"] for features in layers.values() for f in features}
    named = {s for (s,) in db.execute("SELECT DISTINCT shape FROM place WHERE shape IS NOT NULL "
                                      "AND shape NOT LIKE 'admin1:%'")}
    assert named <= ids, sorted(named - ids)[:10]
    kinds = dict(db.execute("SELECT kind, count(*) FROM place WHERE shape IS NOT NULL GROUP BY kind").fetchall())
    assert set(kinds) <= SHAPE_KINDS
    assert kinds["river"] > 1000 and kinds["lake"] > 600 and kinds["sea"] > 250 and kinds["island"] > 300


@pytest.mark.parametrize("layer", sorted(LAYER_TYPES))
def test_shape_files_are_valid(layers, layer):
    ids = set()
    for f in layers[layer]:
        props, geom = f["properties"], shape(f["geometry"])
        assert props["id"].startswith(layer + ":") and props["id"] not in ids
        ids.add(props["id"])
        assert geom.geom_type in LAYER_TYPES[layer] and geom.is_valid and not geom.is_empty, props["id"]
        minx, miny, maxx, maxy = geom.bounds
        assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90, props["id"]
        assert props["source"].startswith("Natural Earth") and props["name"] in props["names"], props["id"]
        assert geom.buffer(0.05).contains(Point(props["lon"], props["lat"])), props["id"]
        coords = shapely.get_coordinates(geom)
        assert (abs(coords * 1000 - (coords * 1000).round()) < 1e-6).all(), props["id"]  # on the 0.001 grid


def test_shapes_stay_small():
    sizes = {p.name: p.stat().st_size for p in SHAPES.glob("*.geojson")}
    own = {"admin1.geojson", "counties.geojson"}  # region and county polygons: their own tests check their size
    assert set(sizes) == own | {f"{name}.geojson" for name in LAYER_TYPES}
    assert sum(v for k, v in sizes.items() if k not in own) < 4_000_000, sizes


def test_a_zone_along_a_river_is_a_band_along_its_line_and_says_it_is_derived():
    ohio = entry("Ohio River", "river")
    [line] = place_geometries([place(ohio)]).geometry
    row = place_geometries([place(ohio, role="zone")]).iloc[0]
    assert row["geometry"].geom_type in {"Polygon", "MultiPolygon"} and row["derived"]
    assert row["geometry"].contains(line.interpolate(0.5, normalized=True))
    assert "10 km band along Ohio River" in row["geometry_source"]
