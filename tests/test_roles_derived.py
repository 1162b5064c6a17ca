"""Shapes derived from what the text says about roles: a zone given around places with no radius, a
route along a river or a coast, and the roles of hosts and straits. Our own sentences."""

from __future__ import annotations

import pytest
from pyproj import Geod
from shapely.geometry import Point

from geomap.aggregate import aggregate
from geomap.geometry import circle, place_geometries, zone_around_km
from geomap.pipeline import extract
from geomap.records import Article, Role


def _map(*texts: str):
    """The GeoDataFrame of the places of ``texts``, one article each, by place name."""
    arts = [Article(f"t{i}", t) for i, t in enumerate(texts)]
    done = list(extract(arts))
    places = aggregate({a.id: a for a, _ in done}, [m for _, ms in done for m in ms])
    frame = place_geometries(places)
    rows = {row["name"]: row for _, row in frame.iterrows()}
    # also under the names as written ("Izium" for the gazetteer's "Izyum")
    rows.update({m.text: rows[m.candidate.name] for _, ms in done for m in ms
                 if m.candidate is not None and m.candidate.name in rows})
    return rows, done


def _km2(geom) -> float:
    return abs(Geod(ellps="WGS84").geometry_area_perimeter(geom)[0]) / 1e6


def test_a_zone_around_two_towns_is_one_derived_area_over_both():
    rows, _ = _map("Negotiators weighed a neutral zone around Izium and Balakliia on Tuesday.")
    zones = {r["name"]: r for r in rows.values() if r["role"] == "zone"}
    assert len(zones) == 1, rows.keys()
    zone = next(iter(zones.values()))
    assert zone["derived"] and not zone["fallback"] and zone["geometry"].geom_type in {"Polygon", "MultiPolygon"}
    assert "convex hull" in zone["geometry_source"] and "clipped to land" in zone["geometry_source"]
    izium, balakliia = rows["Izium"], rows["Balakliia"]
    for town in (izium, balakliia):  # the towns are drawn as places, the zone is the area
        assert town["role"] == "place" and zone["geometry"].contains(town["geometry"])
    middle = Point((izium["lon"] + balakliia["lon"]) / 2, (izium["lat"] + balakliia["lat"]) / 2)
    assert zone["geometry"].contains(middle)
    # its reach comes from data/lexicon.tsv: not 3 x that from either town
    far = Point(izium["lon"], izium["lat"] + 3 * zone_around_km() / 111.0)
    assert not zone["geometry"].contains(far)


def test_a_zone_around_one_coastal_town_is_a_circle_clipped_to_land():
    rows, _ = _map("Warships shelled the exclusion zone around Berdiansk overnight.")
    town = rows["Berdiansk"]
    assert town["role"] == "zone" and town["derived"] and town["geometry"].geom_type in {"Polygon", "MultiPolygon"}
    full = circle(town["lat"], town["lon"], zone_around_km())
    assert 0.2 < _km2(town["geometry"]) / _km2(full) < 0.95  # the sea part is cut off


def _route(rows, ends: str):
    return next(r for name, r in rows.items() if r["role"] == "corridor" and name.startswith(ends))


def test_a_road_along_a_river_follows_the_rivers_line_between_its_ends():
    from geomap.geometry import shipped_shape

    rows, done = _map("Convoys took the road along the Nile from Aswan to Luxor on Sunday.",
                      "Lorries took the road along the Nile from Luxor to Hurghada.")
    road = _route(rows, "Aswān – Luxor")
    assert road["derived"] and road["geometry_source"].startswith("Derived: along the Nile")
    nile = shipped_shape("rivers:nile")[0]
    inner = road["geometry"].coords[1:-1]
    assert len(inner) >= 3 and all(nile.distance(Point(c)) < 1e-6 for c in inner)
    assert road["geometry"].coords[0] == (rows["Aswan"]["lon"], rows["Aswan"]["lat"])  # from the first end
    # Hurghada lies on the Red Sea, far from the Nile: the text's words cannot be followed, the line is straight
    far = _route(rows, "Luxor – Hurghada")
    assert len(far["geometry"].coords) == 2 and far["geometry_source"].startswith("Derived: a straight line")


def test_a_coastal_road_follows_the_coastline_and_a_plain_road_stays_straight():
    rows, _ = _map("Buses ran again on the coastal road from Mombasa to Malindi.",
                   "Police stopped traffic on the road from Nakuru to Eldoret.")
    road = _route(rows, "Mombasa – Malindi")
    assert road["derived"] and road["geometry_source"].startswith("Derived: along the coast")
    from geomap.geometry import countries

    kenya = countries().loc["KE", "geometry"].boundary
    inner = road["geometry"].coords[1:-1]
    assert len(inner) >= 3 and all(kenya.distance(Point(c)) < 1e-6 for c in inner)
    plain = _route(rows, "Nakuru – Eldoret")
    assert len(plain["geometry"].coords) == 2


HOSTS = [
    ("Kenya will host the next round of talks in March.", "Kenya", Role.PLACE),
    ("Oman hosted the talks between the two delegations on Sunday.", "Oman", Role.PLACE),
    ("Ghana hosted the summit on Friday. Ghana accused Togo of stalling the deal.", "Ghana", Role.PARTY),
    ("Ghana hosted the summit on Friday. Ghana accused Togo of stalling the deal.", "Togo", Role.PARTY),
]


@pytest.mark.parametrize("text, name, role", HOSTS)
def test_a_host_that_only_hosts_is_no_party(text, name, role):
    _, done = _map(text)
    got = {m.text: m.role for _, ms in done for m in ms}
    assert got[name] == role, got


STRAITS = [
    ("A storm hit the English Channel on Monday.", "English Channel", Role.PLACE),
    ("Fishermen reported calm weather in the Bass Strait.", "Bass Strait", Role.PLACE),
    ("Migrants crossed the English Channel in small boats on Monday.", "English Channel", Role.CORRIDOR),
    ("Tankers queued to pass through the Bass Strait.", "Bass Strait", Role.CORRIDOR),
    # the passage is told in another sentence that calls it "the strait"
    ("Warships held drills in the Bass Strait. Shipping kept moving through the strait.", "Bass Strait",
     Role.CORRIDOR),
]


@pytest.mark.parametrize("text, name, role", STRAITS)
def test_a_strait_is_a_corridor_only_with_passage_through_it(text, name, role):
    rows, done = _map(text)
    got = {m.text: m.role for _, ms in done for m in ms}
    assert got[name] == role, got
    if role == Role.PLACE:  # drawn as its Natural Earth marine area, not a shipping lane
        row = rows[name]
        assert row["geometry"].geom_type in {"Polygon", "MultiPolygon"}, row["geometry_source"]
        assert row["geometry_source"].startswith("Natural Earth") and not row["derived"]
