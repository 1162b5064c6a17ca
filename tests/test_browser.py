"""The map in a real browser: renders with no JS error, layers toggle, popups read, no injected script runs."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.browser
pytest.importorskip("playwright.sync_api")


def open_map(browser, path, width=1280, height=800):
    context = browser.new_context(viewport={"width": width, "height": height}, offline=True)
    page = context.new_page()
    errors, failed = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    # Tiles fail offline by design (the shipped basemap is underneath); anything else is a bug.
    page.on("console", lambda m: errors.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource") else None)
    page.on("requestfailed", lambda r: failed.append((r.resource_type, r.url)))
    page.add_init_script("window.__alerts = 0; window.alert = () => { window.__alerts += 1; };")
    page.goto(path.as_uri())
    page.wait_for_function("document.querySelectorAll('.leaflet-interactive').length > 0", timeout=15000)
    return context, page, errors, failed


def _in_view(page, locator) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return box is not None and 0 <= box["x"] <= size["width"] and 0 <= box["y"] <= size["height"]


def shown_popup(page):
    """The popup that a click has just opened, once Leaflet has drawn it."""
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5000)
    return popup


def test_seed_map_renders_and_layers_toggle(browser, seed_outputs, tmp_path):
    context, page, errors, failed = open_map(browser, seed_outputs[1])
    try:
        assert not [f for f in failed if f[0] in {"script", "stylesheet"}]
        labels = page.locator(".leaflet-control-layers-overlays label")
        assert labels.count() == 6  # the five kinds, then the density overview, off at first
        names = [labels.nth(i).inner_text().strip() for i in range(6)]
        assert [n.split(" (")[0] for n in names] == ["Venues", "Corridors", "Zones", "Countries", "Places",
                                                     "Mention density"]
        assert not labels.nth(5).locator("input").is_checked()
        before = page.locator(".leaflet-interactive").count()
        for i in range(5):
            box = labels.nth(i).locator("input")
            box.uncheck()
            assert page.locator(".leaflet-interactive").count() < before or "(0)" in names[i]
            box.check()
        assert page.locator(".leaflet-interactive").count() == before
        page.screenshot(path=str(tmp_path / "seed-1280.png"))
        assert not errors, errors
    finally:
        context.close()


def test_moscow_popup_text(browser, seed_outputs):
    """Moscow, the venue 1,800 km from the theatre, is out of the first view: its edge marker flies
    there and opens its popup, which says where it is, what it is, how precise and the score."""
    context, page, errors, _ = open_map(browser, seed_outputs[1])
    try:
        assert not page.locator(".leaflet-marker-icon .gm-icon").first.is_visible() or not _in_view(
            page, page.locator(".leaflet-marker-icon .gm-icon").first)
        edge = page.locator(".gm-edge", has_text="Moscow")
        assert edge.is_visible() and "km" in edge.inner_text()
        edge.click()
        popup = shown_popup(page)
        text = popup.inner_text()
        assert "Moscow" in text and "in Moscow on Friday" in text
        assert popup.locator("h4").inner_text() == "Moscow" and popup.locator(".gm-where").inner_text() == "· Russia"
        assert "Meeting venue · city · exact point · score 0." in popup.locator(".gm-meta").inner_text()
        assert popup.locator("mark").first.inner_text() == "Moscow"
        assert _in_view(page, page.locator(".leaflet-marker-icon .gm-icon").first)
        assert not page.locator(".gm-edge", has_text="Moscow").is_visible()  # shown only while Moscow is out of view
        assert not errors, errors
    finally:
        context.close()


def test_small_screen(browser, seed_outputs, tmp_path):
    context, page, errors, _ = open_map(browser, seed_outputs[1], 360, 640)
    try:
        page.screenshot(path=str(tmp_path / "seed-360.png"))
        assert not errors, errors
    finally:
        context.close()


def test_hostile_text_does_not_run(browser, hostile_outputs):
    context, page, errors, _ = open_map(browser, hostile_outputs[0])
    try:
        page.evaluate("""() => {
            const obs = new MutationObserver(ms => ms.forEach(m => m.addedNodes.forEach(n => {
                if (n.tagName === 'SCRIPT' || n.tagName === 'IMG') window.__alerts += 100; })));
            obs.observe(document.body, {childList: true, subtree: true});
        }""")
        markers = page.locator(".leaflet-marker-icon.leaflet-interactive")
        assert markers.count() >= 1
        for i in range(markers.count()):
            markers.nth(i).click()
            text = shown_popup(page).inner_text()
            assert "<script>alert(1)</script>" in text
            assert "<img src=x onerror=alert(1)>" in text
            assert page.locator(".leaflet-popup-content img, .leaflet-popup-content script").count() == 0
            assert page.locator('.leaflet-popup-content a[href^="javascript"]').count() == 0
        page.wait_for_timeout(300)
        assert page.evaluate("window.__alerts") == 0
        assert not errors, errors
    finally:
        context.close()


def test_small_screen_folds_panels(browser, seed_outputs, tmp_path):
    context, page, errors, _ = open_map(browser, seed_outputs[1], 360, 640)
    try:
        assert page.evaluate("document.querySelector('.gm-sources').open") is False
        assert page.evaluate("document.querySelector('.gm-legend').open") is False
        assert page.locator(".leaflet-control-layers-expanded").count() == 0
        # The edge markers are placed again once the panels fold: on the edge, clear of the folded panels.
        edges = page.locator(".gm-edge:visible")
        assert "Moscow" in " ".join(edges.all_inner_texts())
        assert not any(_overlaps_panels(page, edges.nth(i)) for i in range(edges.count()))
        page.screenshot(path=str(tmp_path / "seed-360-folded.png"))
        assert not errors, errors
    finally:
        context.close()


def test_sources_panel_opens_the_place(browser, seed_outputs):
    context, page, errors, _ = open_map(browser, seed_outputs[1])
    try:
        panel = page.locator(".gm-sources")
        assert panel.locator("li").count() == 2
        panel.locator("a.gm-f", has_text="Moscow").first.click()
        popup = shown_popup(page)
        assert popup.locator("h4").inner_text() == "Moscow"
        assert not errors, errors
    finally:
        context.close()


def test_closed_sources_panel_builds_its_links_when_opened(browser, tmp_path):
    import json

    from geomap.pipeline import situation, write_outputs

    cities = ["Geneva", "Oslo", "Lima", "Nairobi", "Hanoi", "Quito", "Dakar", "Riga", "Tbilisi", "Doha"]
    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps({"id": f"a{i}", "title": f"Talks in {c}", "text": f"Talks opened in {c} and "
                                        f"in Moscow on Monday."}) + "\n" for i, c in enumerate(cities)),
                    encoding="utf-8")
    write_outputs(situation([str(wire)]), tmp_path / "map.html", None)
    context, page, errors, _ = open_map(browser, tmp_path / "map.html")
    try:
        panel = page.locator(".gm-sources")
        assert page.evaluate("document.querySelector('.gm-sources').open") is False  # many articles: closed
        assert panel.locator("a.gm-f").count() == 0  # links are built on first open, not at load
        panel.locator("summary").click()
        panel.locator("a.gm-f").first.wait_for(timeout=5000)  # the toggle event fires after the click
        assert panel.locator("li").count() == len(cities)
        for i, city in enumerate(cities):
            assert panel.locator("li").nth(i).locator("a.gm-f").all_inner_texts() == ["Moscow", city]
        panel.locator("li").nth(3).locator("a.gm-f", has_text="Nairobi").click()
        popup = shown_popup(page)
        assert popup.locator("h4").inner_text() == "Nairobi"
        assert not errors, errors
    finally:
        context.close()


def test_a_long_sources_panel_shows_its_articles_as_it_is_scrolled(browser, seed_outputs, tmp_path):
    """Only the articles shown are laid out and get their links, so an open panel of a day of wire copy
    leaves popups as quick as a closed one; scrolling near the end shows the next ones."""
    from geomap.elements import SourcesPanel
    from geomap.pipeline import write_outputs

    frame = seed_outputs[0].copy()
    n = 2 * SourcesPanel.BATCH + 30
    ids = [f"w{i}" for i in range(n)]
    frame["docs"] = [ids] * len(frame)
    frame.attrs = {"articles": [{"id": d, "title": f"Wire {i}", "source": f"{d}.txt", "url": None, "date": None}
                                for i, d in enumerate(ids)]}
    write_outputs(frame, tmp_path / "map.html", None)
    context, page, errors, _ = open_map(browser, tmp_path / "map.html")
    try:
        panel = page.locator(".gm-sources")
        shown = panel.locator("li:not([hidden])")
        assert panel.locator("li").count() == n and shown.count() == SourcesPanel.BATCH
        panel.locator("summary").click()
        shown.first.locator("a.gm-f").first.wait_for(timeout=5000)
        assert panel.locator("a.gm-f").count() == SourcesPanel.BATCH * len(frame)  # the hidden ones have none
        assert panel.locator("li[hidden] a.gm-f").count() == 0
        for batches in (2, 3):
            shown.last.scroll_into_view_if_needed()
            page.wait_for_function(f"document.querySelectorAll('.gm-sources li:not([hidden]) a.gm-f').length"
                                   f" >= {min(n, batches * SourcesPanel.BATCH) * len(frame)}", timeout=5000)
        assert shown.count() == n and panel.locator("li[hidden]").count() == 0
        shown.last.locator("a.gm-f", has_text="Moscow").click()
        assert shown_popup(page).locator("h4").inner_text() == "Moscow"
        assert not errors, errors
    finally:
        context.close()


def test_many_party_capitals_cluster_inside_the_countries_layer(browser, tmp_path):
    import pandas as pd
    from shapely.geometry import Point

    from common import SEEDS
    from geomap.pipeline import situation, write_outputs

    frame = situation(SEEDS)
    base = frame[frame["name"] == "Yerevan"].iloc[0]
    extra = []
    for i in range(60):  # capitals speaking for their states are parties drawn as points
        row = base.copy()
        row["name"], row["role"] = f"Capital {i}", "party"
        row["lat"], row["lon"] = 40.0 + (i % 6) * 0.01, 44.0 + (i // 6) * 0.01
        row["geometry"] = Point(row["lon"], row["lat"])
        extra.append(row)
    many = frame.__class__(pd.concat([frame, pd.DataFrame(extra)], ignore_index=True),
                           geometry="geometry", crs=frame.crs)
    many.attrs = frame.attrs
    write_outputs(many, tmp_path / "map.html", None)
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert html.count("L.markerClusterGroup(") == 1
    context, page, errors, _ = open_map(browser, tmp_path / "map.html", 1280, 800)
    try:
        page.locator(".marker-cluster").first.wait_for(timeout=5000)
        assert page.locator(".gm-sources a.gm-f", has_text="Capital 7").count() == 1
        assert page.locator(".leaflet-overlay-pane path").count() >= 3  # the country polygons still drawn
        countries = page.locator(".leaflet-control-layers-overlays label", has_text="Countries")
        countries.locator("input").uncheck()
        assert page.locator(".marker-cluster").count() == 0
        countries.locator("input").check()
        assert page.locator(".marker-cluster").count() >= 1
        assert not errors, errors
    finally:
        context.close()


def test_timeline_and_links(browser, dated_outputs):
    context, page, errors, failed = open_map(browser, dated_outputs)
    try:
        slider = page.locator(".gm-timeline input")
        assert slider.count() == 1
        everything = page.locator(".leaflet-interactive").count()
        slider.evaluate("(el) => { el.value = 0; el.dispatchEvent(new Event('input')); }")
        assert page.locator(".gm-timeline b").inner_text() == "2023-01-05"
        first_day = page.locator(".leaflet-interactive").count()
        assert 0 < first_day < everything
        slider.evaluate("(el) => { el.value = el.max; el.dispatchEvent(new Event('input')); }")
        assert page.locator(".leaflet-interactive").count() == everything
        # The http link of an article is a link; the javascript: one is not.
        assert page.locator('.gm-sources a[href="https://example.org/a"]').count() == 1
        assert page.locator('a[href^="javascript"]').count() == 0
        assert not [f for f in failed if f[0] in {"script", "stylesheet"}]
        assert not errors, errors
    finally:
        context.close()


def test_embed_page_fills_its_frame(browser, embed_outputs):
    context, page, errors, _ = open_map(browser, embed_outputs, 320, 480)
    try:
        box = page.locator(".folium-map").bounding_box()
        assert box["width"] == pytest.approx(320, abs=2) and box["height"] == pytest.approx(480, abs=2)
        # No page chrome at all, not merely hidden by the embed style (which would hide it too).
        assert page.locator(".gm-title").count() == 0
        assert page.locator(".gm-sources").count() == 0
        assert not errors, errors
    finally:
        context.close()


def test_first_view_fits_the_theatre_not_the_far_venue(browser, seed_outputs, tmp_path):
    """The seed story happens around the Lachin corridor; Moscow, the venue, is 1,800 km away. The first
    view shows the corridor at least 100 px long, whole, and points at Moscow from the edge."""
    context, page, errors, _ = open_map(browser, seed_outputs[1])
    try:
        corridor = page.locator(f'.leaflet-overlay-pane path[stroke="{_color("corridor")}"]')
        assert corridor.count() == 1
        length = corridor.evaluate("(p) => p.getTotalLength()")
        assert length >= 100, length
        box = corridor.bounding_box()
        assert box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= 1280 and box["y"] + box["height"] <= 800
        edges = page.locator(".gm-edge:visible")
        assert "Moscow" in " ".join(edges.all_inner_texts())
        for i in range(edges.count()):  # on the edge of the view, clear of the panels
            assert not _overlaps_panels(page, edges.nth(i))
        page.screenshot(path=str(tmp_path / "theatre.png"))
        assert not errors, errors
    finally:
        context.close()


def test_a_tooltip_names_the_country_and_precision(browser, seed_outputs):
    context, page, errors, _ = open_map(browser, seed_outputs[1])
    try:
        page.locator(f'.leaflet-overlay-pane path[stroke="{_color("corridor")}"]').dispatch_event("mouseover")
        tooltip = page.locator(".leaflet-tooltip")
        tooltip.wait_for(timeout=5000)
        text = tooltip.inner_text()
        assert text.startswith("Lachin corridor · Azerbaijan") and "corridor · approximate sketch · score 0." in text
        assert not errors, errors
    finally:
        context.close()


def test_legend_and_panels_cover_under_15_percent_of_the_view(browser, seed_outputs, dated_outputs, stories_map):
    for path in (seed_outputs[1], dated_outputs, stories_map):
        context, page, errors, _ = open_map(browser, path)
        try:
            boxes = [b for b in (page.locator(sel).bounding_box() for sel in PANELS if page.locator(sel).count())
                     if b]
            assert len(boxes) >= 3  # legend, sources, layers (and the date slider on the dated map)
            area = sum(b["width"] * b["height"] for b in boxes)
            assert area < 0.15 * 1280 * 800, (path, area / (1280 * 800))
            assert not errors, errors
        finally:
            context.close()


PANELS = (".gm-legend", ".gm-sources", ".leaflet-control-layers", ".gm-timeline", ".gm-filters", ".leaflet-control-search")
"""The boxes over the map that the 15% budget counts (the title is one line of text above them)."""


def _color(role: str) -> str:
    from geomap.layers import layer_kind

    return layer_kind(role).color


def _overlaps_panels(page, locator) -> bool:
    return page.evaluate("""(el) => {
        const a = el.getBoundingClientRect();
        return [...document.querySelectorAll('.gm-box, .leaflet-control')].some((p) => {
            const b = p.getBoundingClientRect();
            return b.width && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        });
    }""", locator.element_handle())


@pytest.fixture(scope="module")
def stories_map(tmp_path_factory):
    """The map of the stored golden articles (seeds, situations, wire items, benchmark items): many stories."""
    from golden import load_pairs

    from geomap.pipeline import situation_frame, write_outputs

    path = tmp_path_factory.mktemp("stories") / "map.html"
    frame = situation_frame(load_pairs())
    assert len(frame.attrs["stories"]) > 10
    write_outputs(frame, str(path), None, title="Many stories")
    return path


def _filter_state(page, story):
    """For every feature of the filter panel: (in the chosen story, drawn on the map, party fill opacity)."""
    return page.evaluate("""(k) => {
        const map = Object.values(window).find((v) => v instanceof L.Map);
        return window.gmFilter.entries.map((e) => [e[2].includes(k), e.shown && (map.hasLayer(e[0])
            || map.hasLayer(e[1])), e[8] ? e[0].getLayers()[0].options.fillOpacity : null]);
    }""", story)


def test_a_filter_by_story_hides_the_other_stories_features(browser, stories_map):
    context, page, errors, _ = open_map(browser, stories_map)
    try:
        everything = page.locator(".leaflet-interactive").count()
        # Several stories: party countries are outlines until their story is chosen.
        assert all(fill == 0 for _, _, fill in _filter_state(page, 0) if fill is not None)
        page.locator(".gm-filters summary").click()
        page.select_option('.gm-filters select[data-f="story"]', "0")
        state = _filter_state(page, 0)
        assert any(inside for inside, _, _ in state) and any(not inside for inside, _, _ in state)
        assert all(shown == inside for inside, shown, _ in state)  # the story's features, and only them
        assert any(fill and fill > 0 for inside, _, fill in state if inside)  # its party countries fill
        assert all(not fill for inside, _, fill in state if not inside)
        assert 0 < page.locator(".leaflet-interactive").count() < everything
        # The hover highlight resets a party country to its story's fill, not to the plain outline.
        party = page.locator('.leaflet-overlay-pane path[fill-opacity="0.35"]').first
        party.dispatch_event("mouseover")
        party.dispatch_event("mouseout")
        assert page.locator('.leaflet-overlay-pane path[fill-opacity="0.35"]').count() >= 1
        page.select_option('.gm-filters select[data-f="role"]', "venue")  # story and role together
        assert all(not shown for inside, shown, _ in _filter_state(page, 0) if not inside)
        page.select_option('.gm-filters select[data-f="role"]', "")
        page.select_option('.gm-filters select[data-f="story"]', "")
        assert page.locator(".leaflet-interactive").count() == everything
        assert not errors, errors
    finally:
        context.close()


def test_the_search_box_finds_a_place_and_opens_its_popup(browser, seed_outputs):
    context, page, errors, failed = open_map(browser, seed_outputs[1])
    try:
        box = page.locator("input.search-input")
        box.click()
        box.press_sequentially("lachin", delay=30)
        tip = page.locator(".search-tip", has_text="Lachin corridor")
        tip.first.wait_for(timeout=5000)
        tip.first.click()
        popup = shown_popup(page)
        assert popup.locator("h4").inner_text() == "Lachin corridor"
        # Leaflet.Search and its icons are inlined (only the online tiles may fail offline)
        assert not [f for f in failed if f[0] in {"script", "stylesheet"} or (f[0] == "image" and "tile." not in f[1])]
        assert not errors, errors
    finally:
        context.close()


def test_the_density_layer_is_off_at_first_and_shades_countries_by_mentions(browser, stories_map):
    context, page, errors, _ = open_map(browser, stories_map)
    try:
        before = page.locator("path.leaflet-interactive").count()
        density = page.locator(".leaflet-control-layers-overlays label", has_text="Mention density")
        assert not density.locator("input").is_checked()
        density.locator("input").check()
        shaded = page.locator("path.leaflet-interactive").count() - before
        assert shaded >= 10  # countries and regions named in the golden articles
        page.evaluate("""() => {
            const map = Object.values(window).find((v) => v instanceof L.Map);
            map.setView([40.3, 45.0], 5);  // Armenia and Azerbaijan, the most named countries here
        }""")
        fills = page.locator("path.leaflet-interactive").evaluate_all("(ps) => ps.map((p) => p.getAttribute('fill'))")
        assert "#54278f" in fills  # the darkest class: the most mentioned country
        density.locator("input").uncheck()
        assert page.locator('path.leaflet-interactive[fill="#54278f"]').count() == 0
        assert not errors, errors
    finally:
        context.close()


def test_an_area_in_a_clustered_venue_layer_opens_its_popup(browser, seed_outputs, tmp_path):
    """Many venues cluster; a region named as a venue is drawn as its area beside the cluster, and a
    click on it opens its popup (inside the cluster it had no map to open it on, and threw)."""
    import pandas as pd
    from shapely.geometry import Point, box

    from geomap.pipeline import write_outputs

    frame = seed_outputs[0]
    base = frame[frame["name"] == "Yerevan"].iloc[0]
    extra = []
    for i in range(50):
        row = base.copy()
        row["name"], row["role"] = f"Venue town {i}", "venue"
        row["lat"], row["lon"] = 50.0 + (i % 7) * 0.01, 30.0 + (i // 7) * 0.01
        row["geometry"] = Point(row["lon"], row["lat"])
        extra.append(row)
    area = base.copy()
    area["name"], area["role"], area["kind"] = "Venue Province", "venue", "admin"
    area["geometry"] = box(44.0, 39.6, 45.0, 40.4)
    extra.append(area)
    many = frame.__class__(pd.concat([frame, pd.DataFrame(extra)], ignore_index=True),
                           geometry="geometry", crs=frame.crs)
    many.attrs = frame.attrs
    write_outputs(many, tmp_path / "map.html", None)
    context, page, errors, _ = open_map(browser, tmp_path / "map.html", 1280, 800)
    try:
        path = page.locator(f'.leaflet-overlay-pane path[fill="{layer_fill("venue")}"]')
        assert path.count() == 1
        path.dispatch_event("click")
        assert shown_popup(page).locator("h4").inner_text() == "Venue Province"
        assert not errors, errors
    finally:
        context.close()


def layer_fill(role: str) -> str:
    from geomap.layers import layer_kind

    return layer_kind(role).fill


def _quoted_places():
    """Two places quoted by the same five sentences (with an ampersand before the names), one of them
    also a venue elsewhere and quoted in three more sentences than it keeps."""
    from geomap.geometry import place_geometries
    from geomap.records import Excerpt, Place, Role

    def excerpts(name):
        out = []
        for i in range(5):
            text = f"Talks & trade {i}: envoys met in Ganja and Sheki."
            start = text.index(name)
            out.append(Excerpt(text, ((start, start + len(name)),), f"Wire {i}", f"w{i}", f"https://example.org/{i}",
                               "2024-05-0" + str(i + 1)))
        return tuple(out)

    ganja = Place("g", "Ganja", "city", Role.PLACE, 40.68, 46.36, "AZ", 587084, 8, excerpts("Ganja"), quotes=8,
                  roles=((Role.PLACE, 6), (Role.VENUE, 2)), docs=tuple(f"w{i}" for i in range(5)), score=0.9)
    sheki = Place("s", "Sheki", "city", Role.PLACE, 41.19, 47.17, "AZ", 585103, 5, excerpts("Sheki"), quotes=5,
                  docs=tuple(f"w{i}" for i in range(5)), score=0.9)
    return place_geometries([ganja, sheki])


def test_a_popup_folds_its_quotes_and_says_how_many_more(browser, tmp_path):
    from geomap.pipeline import write_outputs

    write_outputs(_quoted_places(), tmp_path / "map.html", None)
    page_html = (tmp_path / "map.html").read_text(encoding="utf-8")
    # The sentence both places quote, and each source line, are written once in the page.
    assert page_html.count("Talks &amp; trade 3: envoys met") == 1 and page_html.count("Wire 3") == 1
    context, page, errors, _ = open_map(browser, tmp_path / "map.html")
    try:
        page.evaluate("() => { const p = gmPlaces.find(p => p.data.n === 'Ganja'); p.layer.openPopup(); }")
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for(timeout=5000)
        assert popup.locator(".gm-why").inner_text() == "Also: venue in 2 articles"
        assert popup.locator(":scope .gm-popup > blockquote").count() == 2
        assert popup.locator("details summary").inner_text() == "6 more quotes"  # 3 folded + 3 not kept
        assert popup.locator("details .gm-more").text_content() == "and 3 more not shown"  # folded, so not rendered
        assert [m.text_content() for m in popup.locator("mark").all()] == ["Ganja"] * 5
        first = popup.locator("blockquote").first
        assert first.inner_text().startswith("Talks & trade 0: envoys met in Ganja and Sheki.")
        assert first.locator("cite a").get_attribute("href") == "https://example.org/0"
        assert "Wire 0 · 2024-05-01" in first.locator("cite").inner_text()
        page.evaluate("() => gmPlaces.find(p => p.data.n === 'Sheki').layer.openPopup()")
        page.wait_for_function("document.querySelector('.leaflet-popup-content h4').textContent === 'Sheki'")
        assert popup.locator("mark").first.inner_text() == "Sheki" and popup.locator(".gm-why").count() == 0
        assert not errors, errors
    finally:
        context.close()


def test_edge_labels_never_overprint(browser, tmp_path):
    """A Texas story with eight far party countries, all to the east: the labels that are shown lie clear
    of each other and of the panels; the most mentioned one keeps its label."""
    from geomap.geometry import place_geometries
    from geomap.pipeline import write_outputs
    from geomap.records import Excerpt, Place, Role

    far = [("Germany", "DE", 51.0, 10.0), ("France", "FR", 46.0, 2.0), ("Poland", "PL", 52.0, 19.0),
           ("Italy", "IT", 42.8, 12.8), ("Spain", "ES", 40.0, -4.0), ("Austria", "AT", 47.3, 13.3),
           ("Czechia", "CZ", 49.75, 15.5), ("Hungary", "HU", 47.0, 20.0)]
    places = [Place("k:tx", "Houston", "city", Role.PLACE, 29.76, -95.36, "US", 4699066, 9,
                    (Excerpt("Flooding in Houston.", ((12, 19),), "Wire", "w"),), docs=("w",), score=0.9),
              Place("k:dl", "Dallas", "city", Role.PLACE, 32.78, -96.80, "US", 4684888, 9,
                    (Excerpt("Dallas too.", ((0, 6),), "Wire", "w"),), docs=("w",), score=0.9)]
    places += [Place(f"k:{code}", name, "country", Role.PARTY, lat, lon, code, None, 20 - i,
                     (Excerpt(f"{name} sent aid.", ((0, len(name)),), "Wire", "w"),), docs=("w",), score=0.9)
               for i, (name, code, lat, lon) in enumerate(far)]
    write_outputs(place_geometries(places), tmp_path / "map.html", None)
    context, page, errors, _ = open_map(browser, tmp_path / "map.html")
    try:
        edges = page.locator(".gm-edge:visible")
        assert "Germany" in " ".join(edges.all_inner_texts())
        boxes = [edges.nth(i).bounding_box() for i in range(edges.count())]
        for i, a in enumerate(boxes):
            assert not _overlaps_panels(page, edges.nth(i))
            for b in boxes[i + 1:]:
                assert not (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
                            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]), (a, b)
        assert not errors, errors
    finally:
        context.close()


def test_a_geometry_collection_is_drawn_as_its_area(browser, tmp_path):
    """A clip can leave a line beside an area: the place is drawn as the area, with its tooltip and popup
    (Leaflet fails to bind a tooltip to the nested group a collection would become)."""
    from shapely.geometry import GeometryCollection, LineString, Polygon

    from geomap.geometry import place_geometries
    from geomap.pipeline import write_outputs
    from geomap.records import Excerpt, Place, Role

    zone = Place("k:z", "Test zone", "feature", Role.ZONE, 40.0, 45.0, "AM", None, 2,
                 (Excerpt("The zone around Test.", ((16, 20),), "Wire", "w"),), docs=("w",), score=0.9)
    frame = place_geometries([zone])
    frame.loc[frame.index[0], "geometry"] = GeometryCollection(
        [Polygon([(44.5, 39.5), (45.5, 39.5), (45.5, 40.5)]), LineString([(44, 39), (45, 40)])])
    write_outputs(frame, tmp_path / "map.html", None)
    context, page, errors, _ = open_map(browser, tmp_path / "map.html")
    try:
        assert page.evaluate("gmPlaces[0].data.e.t") == "MultiPolygon"
        page.evaluate("() => { const l = gmPlaces[0].layer; l.openPopup(l.getBounds().getCenter()); }")
        assert shown_popup(page).locator("h4").inner_text() == "Test zone"
        assert not errors, errors
    finally:
        context.close()
