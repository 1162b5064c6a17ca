"""Escaping of article text and byte-for-byte determinism."""

from __future__ import annotations

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
