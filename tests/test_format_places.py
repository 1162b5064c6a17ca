"""geomap.pipeline.format_places: the mention records as JSONL, CSV or GeoJSON, written as they come."""

from __future__ import annotations

import csv
import io
import json

import pytest

from geomap.errors import OptionError
from geomap.pipeline import format_places, mention_record
from geomap.records import Candidate, Mention

GENEVA = Candidate(1, 2660646, "Geneva", "city", "PPLA", "CH", "GE", 46.2, 6.15, 183981, True)
MENTIONS = [Mention("a", 16, 22, "Geneva", "GPE", candidate=GENEVA, role="venue", score=0.9),
            Mention("a", 30, 38, "Atlantis", "LOC"),
            Mention("b, \"quoted\"", 0, 6, "Geneva", "GAZ", candidate=GENEVA)]


def text(fmt: str, mentions=MENTIONS) -> str:
    return "".join(format_places(mentions, fmt))


def test_jsonl_is_one_mention_record_a_line():
    lines = text("jsonl").splitlines()
    assert [json.loads(line) for line in lines] == [mention_record(m) for m in MENTIONS]
    assert json.loads(lines[1])["lat"] is None and json.loads(lines[1])["name"] == "Atlantis"


def test_csv_has_one_header_and_reads_back():
    out = text("csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert out.count("doc,start,end,text,name") == 1 and len(rows) == 3
    assert rows[2]["doc"] == 'b, "quoted"' and rows[1]["lat"] == "" and rows[0]["role"] == "venue"
    assert text("csv", []) == ""


def test_geojson_is_one_feature_collection_with_points_where_known():
    out = text("geojson")
    assert out.endswith("}\n") and out.count("\n") == 1
    features = json.loads(out)["features"]
    assert [f["geometry"] for f in features] == [{"type": "Point", "coordinates": [6.15, 46.2]}, None,
                                                 {"type": "Point", "coordinates": [6.15, 46.2]}]
    assert features[0]["properties"] == mention_record(MENTIONS[0])
    assert json.loads(text("geojson", [])) == {"type": "FeatureCollection", "features": []}


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson"])
def test_pieces_come_as_the_mentions_do(fmt):
    """A long run prints as it goes: the first piece is ready after the first mention, not after the last."""
    taken = []

    def stream():
        for m in MENTIONS:
            taken.append(m)
            yield m

    pieces = format_places(stream(), fmt)
    first = next(pieces)
    assert len(taken) == 1 and "Geneva" in first


def test_an_unknown_format_is_an_option_error():
    with pytest.raises(OptionError, match="jsonl, csv, geojson"):
        format_places(MENTIONS, "xml")
