"""Sanity checks for data/regions.tsv (named regions and physical features).

Offline and fast: only parses the TSV with the csv module.
"""

import csv
import re
from pathlib import Path

import pytest

REGIONS_TSV = Path(__file__).resolve().parent.parent / "data" / "regions.tsv"

HEADER = ["name", "alt_names", "kind", "lat", "lon", "country", "geonameid"]
KINDS = {"region", "sea", "river", "mountain", "desert", "island", "physical"}


def _read():
    with REGIONS_TSV.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        rows = [dict(zip(header, r)) for r in reader]
    return header, rows


@pytest.fixture(scope="module")
def table():
    return _read()


@pytest.fixture(scope="module")
def rows(table):
    return table[1]


@pytest.fixture(scope="module")
def by_name(rows):
    return {r["name"]: r for r in rows}


def _alts(row):
    return [a for a in row["alt_names"].split("|") if a] if row["alt_names"] else []


def test_header(table):
    assert table[0] == HEADER


def test_row_count(rows):
    assert len(rows) >= 300


def test_every_row_has_all_columns():
    with REGIONS_TSV.open(encoding="utf-8", newline="") as f:
        for lineno, r in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            assert len(r) == len(HEADER), f"line {lineno}: {r!r}"


def test_fields(rows):
    for r in rows:
        name = r["name"]
        assert name and name == name.strip(), r
        assert r["kind"] in KINDS, r
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -90.0 <= lat <= 90.0, r
        assert -180.0 <= lon <= 180.0, r
        assert r["country"] == "" or re.fullmatch(r"[A-Z]{2}", r["country"]), r
        assert r["geonameid"] == "" or r["geonameid"].isdigit(), r
        if r["alt_names"]:
            parts = r["alt_names"].split("|")
            assert all(p and p == p.strip() for p in parts), r
        for n in [name] + _alts(r):
            assert not n.lower().startswith("the "), r


def test_no_duplicate_names(rows):
    seen = {}
    dups = []
    for r in rows:
        for n in [r["name"]] + _alts(r):
            key = n.casefold()
            if key in seen:
                dups.append((n, seen[key], r["name"]))
            seen[key] = r["name"]
    assert not dups, dups


def _near(row, lat, lon, tol):
    return abs(float(row["lat"]) - lat) <= tol and abs(float(row["lon"]) - lon) <= tol


def test_black_sea(by_name):
    r = by_name["Black Sea"]
    assert r["kind"] == "sea"
    assert _near(r, 43.0, 34.0, 3.0)


def test_nile(by_name):
    r = by_name["Nile"]
    assert r["kind"] == "river"
    # somewhere along the river between Lake Victoria and the Mediterranean
    assert -3.0 <= float(r["lat"]) <= 32.0
    assert 29.0 <= float(r["lon"]) <= 34.0


def test_sahel(by_name):
    r = by_name["Sahel"]
    assert r["kind"] == "region"
    assert 10.0 <= float(r["lat"]) <= 20.0
    assert -17.0 <= float(r["lon"]) <= 40.0
    assert r["country"] == ""


def test_nagorno_karabakh(by_name):
    r = by_name["Nagorno-Karabakh"]
    assert r["kind"] == "region"
    assert _near(r, 39.8, 46.7, 1.0)
    assert "Karabakh" in _alts(r)
    assert r["country"] == "AZ"


def test_jordan_river_not_bare_jordan(by_name, rows):
    assert by_name["Jordan River"]["kind"] == "river"
    all_names = {n.casefold() for r in rows for n in [r["name"]] + _alts(r)}
    assert "jordan" not in all_names
