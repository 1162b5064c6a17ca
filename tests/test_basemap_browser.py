"""The offline basemap in headless Chromium: land drawn, labels by zoom, no two labels overprinting."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.browser
pytest.importorskip("playwright.sync_api")

LOCAL_STORY = ("Flooding closes roads across Laurel County\n"
               "LONDON, Ky. - Heavy rain flooded roads across Laurel County on Tuesday, and officials in "
               "London opened a shelter. Crews from Corbin helped move families from low-lying homes.\n")
"""Written for this test: a county and its town, the local story the basemap must read at zoom 10."""


@pytest.fixture(scope="module")
def local_map(tmp_path_factory):
    from geomap.pipeline import situation, write_outputs

    out = tmp_path_factory.mktemp("local")
    (out / "story.txt").write_text(LOCAL_STORY, encoding="utf-8")
    write_outputs(situation([str(out / "story.txt")]), out / "map.html", out / "map.geojson")
    return out / "map.html"


def _page(browser, path):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, offline=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("document.querySelectorAll('.gm-lbl').length > 0", timeout=15000)
    return context, page, errors


def _view(page, lat, lon, zoom):
    """Set the view and return the visible labels: (class, text, left, top, right, bottom)."""
    # The first view's fitBounds may still be animating: wait for it, then set the view.
    page.wait_for_timeout(600)
    page.evaluate("""([lat, lon, zoom]) => {
        const name = Object.keys(window).find(k => /^map_[0-9a-f]+$/.test(k));
        window[name].setView([lat, lon], zoom, {animate: false});
    }""", [lat, lon, zoom])
    page.wait_for_function("""(zoom) => {
        const map = window[Object.keys(window).find(k => /^map_[0-9a-f]+$/.test(k))];
        return map.getZoom() === zoom && !map._animatingZoom;
    }""", arg=zoom)
    page.wait_for_timeout(100)
    return page.evaluate("""() => Array.from(document.querySelectorAll('.gm-lbl')).map(e => {
        const r = e.getBoundingClientRect();
        return [e.className.match(/gm-lbl-(\\w+)/)[1], e.textContent, r.left, r.top, r.right, r.bottom];
    })""")


def _overlaps(labels):
    pairs = []
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            if a[2] < b[4] and b[2] < a[4] and a[3] < b[5] and b[3] < a[5]:
                pairs.append((a[1], b[1]))
    return pairs


@pytest.mark.parametrize("zoom", [3, 5, 7, 10])
def test_seed_map_labels_never_overprint(browser, seed_outputs, zoom):
    context, page, errors = _page(browser, seed_outputs[1])
    try:
        labels = _view(page, 40.0, 46.0, zoom)
        assert len(labels) >= 8, labels
        assert not _overlaps(labels)
        classes = {c for c, *_ in labels}
        if zoom <= 3:
            assert classes <= {"country", "capital", "city"}, classes
            from geomap.basemap import world_labels

            population = {lab.name: lab.population for lab in world_labels() if lab.cls == "city"}
            cities = [t.strip("\u2022 ") for c, t, *_ in labels if c == "city"]
            assert cities and all(population[t] >= 3_000_000 for t in cities), "only the largest cities at zoom 3"
            assert sum(c == "capital" for c, *_ in labels) >= 5
        if zoom >= 10:
            assert "town" in classes, classes
        assert not errors, errors
    finally:
        context.close()


def test_local_story_reads_at_zoom_10(browser, local_map):
    context, page, errors = _page(browser, local_map)
    try:
        low = _view(page, 37.1, -88.0, 4)
        assert "town" not in {c for c, *_ in low}
        high = _view(page, 37.1, -84.1, 10)
        towns = [t for c, t, *_ in high if c == "town"]
        assert len(towns) >= 8, towns
        assert not _overlaps(high)
        # The land is drawn on the canvas under the tiles: most of the view is the land's colour.
        share = page.evaluate("""() => {
            const canvas = document.querySelector('.leaflet-gmbase-pane canvas');
            const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let land = 0;
            for (let i = 0; i < d.length; i += 4) { if (d[i] === 0xf4 && d[i + 1] === 0xf1 && d[i + 2] === 0xea) land++; }
            return land / (d.length / 4);
        }""")
        assert share > 0.3, share
        # Online tiles, when they load, cover the basemap and its names.
        z = page.evaluate("""() => ['gmbase', 'gmlabels', 'tile'].map(
            n => +getComputedStyle(document.querySelector('.leaflet-' + n + '-pane')).zIndex)""")
        assert z[0] < z[2] and z[1] < z[2], z
        assert not errors, errors
    finally:
        context.close()
