"""Escaping of article text and byte-for-byte determinism."""

from __future__ import annotations

import json
import re

from geomap.render import escape_text


def test_escape_text_covers_html_and_template_literals():
    out = escape_text("<b>`${x}`\\</b>")
    assert "<" not in out and "`" not in out and "${" not in out and "\\" not in out


def test_escape_text_shows_direction_overrides():
    assert escape_text("a\u202eb") == "a[U+202E]b"


def test_hostile_article_text_is_inert(hostile_outputs):
    html = hostile_outputs[0].read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert 'href="javascript:' not in html
    assert "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_same_input_same_bytes(tmp_path):
    from common import SEEDS
    from geomap.pipeline import situation, write_outputs

    outputs = []
    for run in range(2):
        html, geojson = tmp_path / f"m{run}.html", tmp_path / f"m{run}.geojson"
        write_outputs(situation(SEEDS), html, geojson)
        outputs.append((html.read_bytes(), geojson.read_bytes()))
    assert outputs[0] == outputs[1]
    assert not re.search(rb"[0-9a-f]{32}", outputs[0][0]), "no random element ids left"


def test_map_links_nothing_remote(seed_outputs):
    html = seed_outputs[1].read_text(encoding="utf-8")
    assert not re.search(r'<script[^>]+src=', html)
    assert not re.search(r'<link[^>]+href="http', html)


def test_shapes_round_trip_through_their_encoding():
    from shapely.geometry import LineString, MultiPolygon, Polygon, shape

    from geomap.encoded import decode_line
    from geomap.placedata import encoded_geometry

    holed = Polygon([(44.0, 40.0), (46.5, 40.0), (46.5, 41.25), (44.0, 41.25)], [[(45.0, 40.5), (45.5, 40.5), (45.5, 41.0)]])
    fine = Polygon([(-74.10412, 40.55), (-74.25, 40.50001), (-74.18, 40.64)])
    for geom in (MultiPolygon([holed, fine]), holed, LineString(fine.exterior.coords)):
        enc = encoded_geometry(geom)

        def walk(c):
            return decode_line(c, enc["d"]) if isinstance(c, str) else [walk(x) for x in c]

        assert shape({"type": enc["t"], "coordinates": walk(enc["c"])}).equals_exact(geom, 1e-9)
    assert encoded_geometry(holed)["d"] == 2 and encoded_geometry(fine)["d"] == 5  # the fewest decimals that keep it


def test_page_script_data_cannot_open_a_jinja_tag_or_end_the_script():
    from geomap.escape import script_json

    # branca reads each rendered script again as a Jinja template; polylines may hold "{{"
    out = script_json({"c": "a{{b{%c{#d</script>"})
    assert json.loads(out)["c"] == "a{{b{%c{#d</script>"
    assert not any(s in out for s in ("{{", "{%", "{#", "</"))


def test_fast_branca_renders_texts_as_jinja_does():
    import branca.element as be
    import jinja2
    import pytest

    from geomap.render import _template, fast_branca

    texts = ["", "plain", "two\nlines\n", "ends twice\n\n", "crlf\r\nline\r\n", "lone\rcr", "{ braces } {x}",
             "{{ 1 + 1 }} tag", "{% if true %}yes{% endif %}", "{# note #}kept", "`${x}` \\ &#123;", "{\n{"]
    for text in texts:
        assert _template(text).render(this=None, kwargs={}) == jinja2.Template(text).render(this=None, kwargs={})
    saved = be.Template, be._camelify
    with pytest.raises(ValueError), fast_branca():
        assert be.Template is _template
        raise ValueError
    assert (be.Template, be._camelify) == saved, "branca is restored, also after an error"


def test_fast_branca_gives_the_same_page():
    import folium

    from geomap.render import fast_branca

    def page():
        fmap = folium.Map(location=[0, 0], tiles=None)
        folium.CircleMarker([1, 2], radius=4).add_child(folium.Popup("a {{ b }} c\n", parse_html=False)) \
            .add_child(folium.Tooltip("t")).add_to(fmap)
        html = fmap.get_root().render()
        return re.sub(r"[0-9a-f]{32}", "ID", html)

    plain = page()
    with fast_branca():
        fast = page()
    assert fast == plain


def test_frame_rows_are_iterrows_values(seed_outputs):
    import math

    from geomap.rows import frame_rows

    frame = seed_outputs[0]
    pairs = list(zip(frame.iterrows(), frame_rows(frame)))
    assert pairs and len(pairs) == len(frame)
    for (i, series), (j, row) in pairs:
        assert i == j and list(series.index) == list(row)
        for key, value in row.items():
            expected = series[key]
            assert type(value) is type(expected), key
            assert value == expected or (isinstance(value, float) and math.isnan(value) and math.isnan(expected)) \
                or key == "geometry" and value.equals(expected)
        assert row.geometry is row["geometry"]
