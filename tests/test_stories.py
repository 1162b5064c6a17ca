"""Stories: articles that name the same telling places within a few days are one story."""

from __future__ import annotations

import json

import geopandas as gpd
from shapely.geometry import Point

from geomap.stories import find_stories, with_stories


def _frame(rows):
    """Places frame rows: (name, kind, docs)."""
    return gpd.GeoDataFrame({"name": [r[0] for r in rows], "kind": [r[1] for r in rows],
                             "docs": [list(r[2]) for r in rows]}, geometry=[Point(0, 0)] * len(rows), crs=4326)


def _articles(*ids, dates=None):
    dates = dates or {}
    return [{"id": i, "title": f"Title {i}", "date": dates.get(i)} for i in ids]


def test_articles_sharing_rare_places_are_one_story_and_a_shared_country_is_not_enough():
    frame = _frame([("Townville", "city", "ab"), ("Riverford", "city", "ab"), ("Freedonia", "country", "abcd"),
                    ("Hilltop", "city", "cd"), ("Lakeside", "city", "c")])
    stories, of_doc = find_stories(frame, _articles("a", "b", "c", "d"))
    assert of_doc["a"] == of_doc["b"] and of_doc["c"] == of_doc["d"] and of_doc["a"] != of_doc["c"]
    assert [len(s.articles) for s in stories] == [2, 2]
    assert stories[0].id == "s1" and stories[0].color != stories[1].color
    assert "Townville" in stories[0].name and "Freedonia" not in stories[0].name


def test_dates_too_far_apart_split_a_story():
    frame = _frame([("Townville", "city", "ab"), ("Riverford", "city", "ab")])
    near = find_stories(frame, _articles("a", "b", dates={"a": "2026-01-01", "b": "2026-01-02"}))[1]
    far = find_stories(frame, _articles("a", "b", dates={"a": "2026-01-01", "b": "2026-02-15T10:00"}))[1]
    assert near["a"] == near["b"] and far["a"] != far["b"]


def test_one_article_is_one_story_and_places_carry_their_stories():
    frame = _frame([("Townville", "city", "a"), ("Freedonia", "country", "a")])
    out = with_stories(frame, _articles("a"))
    assert [s["id"] for s in out.attrs["stories"]] == ["s1"]
    assert out["stories"].tolist() == [["s1"], ["s1"]]
    assert "stories" not in frame.columns  # the input frame is left as it was


def test_seed_articles_are_one_story_in_the_geojson(seed_outputs):
    collection = json.loads(seed_outputs[2].read_text(encoding="utf-8"))
    features = collection["features"]
    assert features and all(f["properties"]["stories"] == ["s1"] for f in features)
    [story] = collection["stories"]
    assert story["id"] == "s1" and len(story["articles"]) == 2 and story["name"] and story["color"].startswith("#")
    assert {"name", "role", "excerpts", "mentions", "docs"} <= set(features[0]["properties"])


def test_stories_of_a_mixed_day():
    """The stored golden articles: the seeds are one story; unrelated benchmark items are not merged into it."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from golden import load_pairs

    from geomap.pipeline import situation_frame

    frame = situation_frame(load_pairs())
    stories = frame.attrs["stories"]
    seeds = [s for s in stories if any(a.startswith("000_") for a in s["articles"])]
    assert len(seeds) == 1 and len(seeds[0]["articles"]) == 2
    assert len(stories) > 10  # a day of unrelated items stays apart, not one chained blob
    assert max(len(s["articles"]) for s in stories) <= 3


def test_the_filter_panel_lists_only_the_largest_stories(monkeypatch, tmp_path):
    """Thousands of one-article stories are not listed (nor indexed per place): only the largest list_max."""
    import re
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from golden import load_pairs

    from geomap.describe import display
    from geomap.pipeline import situation_frame, write_outputs

    frame = situation_frame(load_pairs())
    monkeypatch.setitem(display()["story"], "list_max", "3")
    write_outputs(frame, str(tmp_path / "map.html"), None)
    page = (tmp_path / "map.html").read_text(encoding="utf-8")
    options = re.findall(r'<option value="(\d+)" title=', page)
    assert options == ["0", "1", "2"] and len(frame.attrs["stories"]) > 3
    end = page.index("window.gmFilter = {")
    entries = page[page.rindex("var entries = [", 0, end):end]  # the filter panel's (the date slider has its own)
    indexed = [json.loads(m) for m in re.findall(r',(\[[\d, ]*\]),"', entries)]
    assert any(indexed) and all(i < 3 for story in indexed for i in story)  # no index of an unlisted story


def test_a_chain_of_reports_is_not_one_story():
    """a~b share Townville, b~c share Riverford, a and c share nothing: linked neighbours, not one story."""
    frame = _frame([("Townville", "city", "ab"), ("Riverford", "city", "bc"), ("Lakeside", "city", "a"),
                    ("Hilltop", "city", "c")])
    stories, of_doc = find_stories(frame, _articles("a", "b", "c"))
    assert len(stories) == 2 and of_doc["a"] != of_doc["c"]
    # three reports of the same places stay one story
    same = _frame([("Townville", "city", "abc"), ("Riverford", "city", "abc")])
    assert len(find_stories(same, _articles("a", "b", "c"))[0]) == 1
