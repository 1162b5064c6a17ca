"""The offline basemap: its shipped layers, labels by zoom, towns around a local story, the payload."""

from __future__ import annotations

import json
import random

import geopandas as gpd
import pytest
from shapely.geometry import MultiLineString, Point, box

from geomap.basemap import (Basemap, Label, _cell, _shipped, assign_zooms, local_labels,
                            settings, world_labels)
from geomap.encoded import decode_line, encode_line

LONDON_KY = Point(-84.0833, 37.1290)
"""A town of 8,000 in Laurel County, Kentucky: the kind of local story the basemap must read at zoom 10."""


def local_frame(*points_and_mentions) -> gpd.GeoDataFrame:
    names = [f"p{i}" for i in range(len(points_and_mentions))]
    return gpd.GeoDataFrame({"name": names, "mentions": [m for _p, m in points_and_mentions]},
                            geometry=[p for p, _m in points_and_mentions], crs=4326)


def test_polyline_round_trip():
    rng = random.Random(7)
    for decimals in (1, 2, 3):
        coords = [(round(rng.uniform(-180, 180), decimals), round(rng.uniform(-85, 85), decimals)) for _ in range(50)]
        assert decode_line(encode_line(coords, decimals), decimals) == coords


def test_shipped_layers_carry_land_borders_rivers_and_lakes():
    s = settings()
    layers = _shipped()["layers"]
    kinds = {layer[0] for layer in layers}
    assert kinds == {"land", "admin1", "river", "lake"}
    # Every zoom from the world view to street level has land, and from admin1_min_zoom first-level borders.
    for zoom in range(0, 19):
        drawn = {k for k, first, last, _d, _p in layers if first <= zoom <= last}
        assert "land" in drawn, zoom
        assert ("admin1" in drawn) == (zoom >= s.admin1_min_zoom), zoom
    assert any(k == "river" and first <= 4 for k, first, *_ in layers), "the great rivers show on a continent"
    assert any(k == "lake" and first <= 4 for k, first, *_ in layers)
    for kind, _first, _last, decimals, paths in layers:
        lines = [ring for poly in paths for ring in poly] if kind in {"land", "lake"} else paths
        for line in lines[:200]:
            coords = decode_line(line, decimals)
            assert len(coords) >= 2
            assert all(-180.5 <= x <= 180.5 and -90 <= y <= 90 for x, y in coords)


def test_first_level_borders_run_inside_countries():
    borders = MultiLineString([decode_line(p, layer[3]) for layer in _shipped()["layers"]
                               if layer[0] == "admin1" and layer[1] >= 5 for p in layer[4]])
    assert borders.distance(Point(-86.0, 36.63)) < 0.06, "Kentucky-Tennessee"
    assert borders.distance(Point(44.0, 40.6)) < 0.1 or borders.distance(Point(45.0, 40.9)) < 0.1, "Armenia's marzer"
    # The US-Canada border along 49 N is a country border, drawn with the land, not as a state line.
    assert borders.distance(Point(-105.0, 49.0)) > 0.02
    # A country of many small regions gets its borders only when they are far enough apart to read.
    first_zoom = {}
    for kind, first, _last, decimals, paths in _shipped()["layers"]:
        if kind == "admin1":
            for p in paths:
                for x, y in decode_line(p, decimals)[:1]:
                    if box(14.0, 45.6, 15.6, 46.5).contains(Point(x, y)):  # inside Slovenia
                        first_zoom[p] = first
    assert first_zoom and min(first_zoom.values()) >= 8


def test_world_labels_by_zoom():
    s = settings()
    labels = world_labels()
    assert len(labels) < 6000, "a few thousand labels for the whole world"
    low = [lab for lab in labels if lab.min_zoom <= 3 and lab.cls not in {"country"}]
    assert low and all(lab.cls == "capital" or lab.population >= 3_000_000 for lab in low)
    assert {"Moscow", "Baku", "Yerevan", "Washington"} <= {lab.name for lab in labels if lab.cls == "capital"
                                                           and lab.min_zoom <= 4}
    assert all(lab.min_zoom <= s.global_max_zoom for lab in labels)
    assert all(lab.population >= 100_000 for lab in labels if lab.cls in {"city", "town"})
    # Dense areas thin out: greater Mumbai's dozen cities give one name at zoom 5.
    mumbai = [lab for lab in labels if lab.cls in {"city", "capital"} and lab.min_zoom <= 5
              and box(72.7, 18.9, 73.2, 19.3).contains(Point(lab.lon, lab.lat))]
    assert len(mumbai) == 1


def test_a_grid_cell_holds_one_label_per_zoom():
    s = settings()
    near = [Label(f"Town {i}", 40 + i * 0.001, 45.0 + i * 0.002, "town", 50_000 - i) for i in range(8)]
    placed = assign_zooms(near, range(2, 19), s)
    assert min(placed, key=lambda lab: lab.min_zoom).name == "Town 0", "the largest first"
    assert min(lab.min_zoom for lab in placed) == 7, "a town of 50,000 from zoom 7"
    for zoom in range(2, 19):
        cells = [_cell(lab, zoom, s.label_cell) for lab in placed if lab.min_zoom <= zoom]
        assert len(cells) == len(set(cells)), zoom


def test_towns_appear_around_a_local_story():
    s = settings()
    labels = local_labels(local_frame((LONDON_KY, 3)), s)
    first, last = s.local_zooms
    assert labels and all(first <= lab.min_zoom <= last for lab in labels)
    nearby = [lab for lab in labels if abs(lab.lat - LONDON_KY.y) < 0.4 and abs(lab.lon - LONDON_KY.x) < 0.5]
    towns_at_10 = [lab for lab in nearby if lab.cls == "town" and lab.min_zoom <= 10]
    assert len(towns_at_10) >= 8, towns_at_10
    assert any(lab.population < 10_000 for lab in towns_at_10), "villages at zoom 10"
    assert not any(lab.min_zoom < 8 and lab.population < 10_000 for lab in labels), "no village at a low zoom"
    assert len({(lab.name, lab.lat, lab.lon) for lab in labels}) == len(labels)


def test_countries_add_no_local_towns_and_the_limit_holds():
    s = settings()
    russia = local_frame((box(30, 45, 140, 75), 10))
    assert local_labels(russia, s) == []
    assert local_labels(None, s) == []
    many = local_frame(*[(Point(-100 + i * 0.7, 35 + (i % 5)), 1) for i in range(60)])
    assert len(local_labels(many, s)) <= s.local_limit


def test_payload_is_inert_and_deterministic():
    frame = local_frame((LONDON_KY, 3))
    one, two = Basemap(frame).payload, Basemap(frame).payload
    assert one == two
    assert "<" not in one and "{" not in one and "}" not in one
    classes, labels, layers = json.loads(one)
    assert [c[0] for c in classes] == ["capital", "country", "city", "region", "town"]
    assert len(layers) == len(_shipped()["layers"])
    assert any(lab[0] == "Corbin" for lab in labels)


@pytest.mark.parametrize("name", ["<img src=x onerror=alert(1)>", "{{ 7*7 }}", "</script><script>alert(1)"])
def test_label_text_cannot_break_out(name, monkeypatch):
    import geomap.basemap as basemap

    monkeypatch.setattr(basemap, "world_labels", lambda: [Label(name, 40.0, 45.0, "capital", 1_000_000, 3)])
    payload = Basemap(None).payload
    assert "<" not in payload and "{" not in payload
    assert json.loads(payload)[1][0][0] == name
