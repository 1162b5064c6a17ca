"""XSS battery: script in every channel that reaches the HTML runs nowhere, and the map still works.

The channels: article text, title, url, date and id (JSONL), a file name, the --title and
--subtitle options, and a place name coming back from an online geocoder (the fake server
of fakegeo.py). Each payload, if it ran, would set ``window.__xss`` to its channel's name or
open a dialog. One map is made through the command line, in full and embedded, and opened
in headless Chromium; every popup, tooltip, the sources panel, the date slider, every story of the
filter panel and the search box's list are used,
since parts of the page are built only then.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from fakegeo import FakeProvider, Reply, answer

pytestmark = pytest.mark.browser
pytest.importorskip("playwright.sync_api")


def payloads(channel: str) -> str:
    """Script in every form that breaks out of HTML text, an attribute, a JS string or template, a script block."""
    run = f"window.__xss='{channel}'"
    return " ".join([
        f"<script>{run}</script>",
        f"<img src=x onerror=\"{run}\">",
        f"</script><script>{run}</script>",
        f"\"><svg onload={run}>",
        f"'><iframe srcdoc=\"<script>parent.{run}</script>\">",
        f"`;{run};`",
        f"${{{run}}}",
        f"';{run};'",
        f"\";{run};\"",
        f"\\';{run};//",
        "<!--<script>",  # would put the page's own script block in the parser's double-escaped state
        "\u2028\u2029",  # line terminators that ended JS strings before ES2019
        f"<a href=\"javascript:{run}\">link</a>",
        "{{7*7}}",
        "<style>body{display:none}</style>",
    ])


FILE_NAME = "file\"><img src=x onerror=\"window.__xss='file'\">.txt"  # no slash can be in a file name


@pytest.fixture(scope="module")
def hostile_maps(tmp_path_factory):
    """The map (full and embedded) of articles hostile in every channel, one place named by the geocoder."""
    import geomap.geocoders
    from geomap.cli import main

    out = tmp_path_factory.mktemp("xss")
    named = out / FILE_NAME
    # Payloads inside the sentence that names the place: popups quote that sentence.
    # (after the venue: a venue needs its meeting named shortly before it)
    named.write_text(f"{payloads('txt-title')}\n\nTalks opened in Geneva {payloads('txt-text')} on Monday.\n",
                     encoding="utf-8")
    records = [
        {"id": payloads("id-a"), "title": payloads("title-a"), "url": "javascript:window.__xss='url-a'",
         "date": "2023-01-05" + payloads("date-a"),
         "text": f"Negotiators met in Doha {payloads('text-a')} on Monday. Troops entered Zorbistan Province."},
        {"id": payloads("id-b"), "title": payloads("title-b"),
         "url": "https://example.org/\"><img src=x onerror=\"window.__xss='url-b'\">",
         "date": payloads("date-b"), "text": f"Shelling hit the town of Rafah in southern Gaza on Friday {payloads('text-b')}."},
        {"id": payloads("id-c"), "date": "2023-01-09", "text": "Talks resumed in Oslo on Tuesday."},
    ]
    wire = out / "wire.jsonl"
    wire.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    # The geocoder's answer for the name the gazetteer lacks; the first comma ends the name geomap shows.
    geo_name = payloads("geocoder").replace(",", " ")
    server = FakeProvider(Reply(answer("nominatim", lat=12.5, lon=21.5, name=geo_name + ", Somewhere")))
    maps = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(geomap.geocoders, "get_geocoder", lambda name, **kw: geomap.geocoders.NominatimGeocoder(
            url=server.url, min_delay_seconds=0, user_agent="geomap-tests"))
        try:
            for mode in ("full", "embed"):
                maps[mode] = out / f"{mode}.html"
                args = ["map", str(named), str(wire), "-o", str(maps[mode]), "--geocoder", "nominatim",
                        "--title", payloads("option-title"), "--subtitle", payloads("option-subtitle")]
                result = CliRunner().invoke(main, args + (["--embed"] if mode == "embed" else []))
                assert result.exit_code == 0, result.output
        finally:
            server.close()
    assert "Zorbistan Province" in server.asked(), "the geocoder channel was not exercised"
    return maps


# Elements that carry script or load content: none may come from the articles.
DANGEROUS = """() => {
    const bad = [];
    for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
            if (/^on/i.test(attr.name)) bad.push(el.tagName + ' ' + attr.name);
            if (/^\\s*javascript:/i.test(attr.value)) bad.push(el.tagName + ' ' + attr.name + '=javascript:');
        }
        if (['IFRAME', 'OBJECT', 'EMBED', 'SVG', 'IMG', 'STYLE'].includes(el.tagName.toUpperCase())
                && !el.closest('head') && !el.closest('.leaflet-pane, .leaflet-control-container')) {
            bad.push(el.tagName);
        }
    }
    return bad;
}"""


def visit(browser, path):
    """Open the map, then every popup, tooltip, the sources panel and the slider; the dialogs any payload opened."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, offline=True)
    page = context.new_page()
    dialogs, errors = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.add_init_script("window.__xss = 0;")
    page.goto(path.as_uri())
    page.wait_for_function("document.querySelectorAll('.leaflet-interactive').length > 0", timeout=15000)
    scripts_at_load = page.locator("script").count()
    assert page.locator(".leaflet-container").count() == 1
    assert page.locator(".leaflet-control-layers-overlays label").count() == 6  # five kinds and the density
    popups_text(page)
    sources = page.locator(".gm-sources")
    if sources.count() and sources.is_visible():
        if not page.evaluate("document.querySelector('.gm-sources').open"):
            sources.locator("summary").click()
        sources.locator("li").first.wait_for(timeout=5000)
    slider = page.locator(".gm-timeline input")
    if slider.count():
        slider.evaluate("(el) => { el.value = 0; el.dispatchEvent(new Event('input')); }")
        slider.evaluate("(el) => { el.value = el.max; el.dispatchEvent(new Event('input')); }")
    filters = page.locator(".gm-filters")
    if filters.count():  # every story chosen in turn (its name and title are in the panel), then all again
        filters.locator("summary").click()
        story = filters.locator('select[data-f="story"]')
        if story.count():
            for value in story.locator("option").evaluate_all("(os) => os.map((o) => o.value)") + [""]:
                story.select_option(value)
    search = page.locator("input.search-input")
    if search.count():  # the search box lists the places whose names hold "xss" (the geocoder's)
        search.click()
        search.press_sequentially("xss", delay=20)
        page.wait_for_timeout(700)
    return context, page, dialogs, errors, scripts_at_load


def popups_text(page) -> str:
    """Hover (tooltip) and open (popup) every marker and shape in turn; the popups' text.

    Events are dispatched rather than clicked: a shape may lie under another, or outside the view.
    """
    text = []
    features = page.locator(".leaflet-interactive")
    for i in range(features.count()):
        features.nth(i).dispatch_event("mouseover")
        features.nth(i).dispatch_event("click")
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for(timeout=5000)
        text.append(popup.inner_text())
        page.locator(".leaflet-popup-close-button").click()
        popup.wait_for(state="detached", timeout=5000)
    return "\n".join(text)


@pytest.mark.parametrize("mode", ["full", "embed"])
def test_no_injected_script_runs_and_the_map_works(browser, hostile_maps, mode):
    context, page, dialogs, errors, scripts_at_load = visit(browser, hostile_maps[mode])
    try:
        assert page.evaluate("window.__xss") == 0
        assert dialogs == []
        assert page.evaluate(DANGEROUS) == []
        assert page.locator("script").count() == scripts_at_load, "a script element was added"
        assert page.locator(".leaflet-interactive").count() >= 4
        assert not errors, errors
    finally:
        context.close()


def test_each_channel_reached_the_page_as_text(browser, hostile_maps):
    """The payloads are shown, literally: the test would prove nothing if a channel never reached the page."""
    context, page, *_ = visit(browser, hostile_maps["full"])
    try:
        title = page.locator(".gm-title").inner_text()
        assert "<script>window.__xss='option-title'</script>" in title
        assert "<img src=x onerror=\"window.__xss='option-subtitle'\">" in title
        panel = page.locator(".gm-sources").inner_text()
        # Ids are not shown (a JSONL article is cited by file and line): they must only not run.
        for channel in ("title-a", "title-b", "txt-title", "date-b"):
            assert f"<script>window.__xss='{channel}'</script>" in panel, channel
        assert "file\"><img src=x onerror=\"window.__xss='file'\">.txt" in panel
        assert page.locator('.gm-sources a[href^="https://example.org/"]').count() == 1  # the http(s) url, linked
        stories = page.locator('.gm-filters select[data-f="story"] option')
        names = "\n".join(stories.all_inner_texts())
        titles = "\n".join(stories.evaluate_all("(os) => os.map((o) => o.title)"))
        assert "<script>window.__xss='geocoder'</script>" in names  # a story named after the geocoder's place
        assert "<script>window.__xss='title-a'</script>" in titles
        tips = "\n".join(page.locator(".search-tip").all_inner_texts())
        assert "<script>window.__xss='geocoder'</script>" in tips
        quotes = popups_text(page)
        for channel in ("txt-text", "text-a", "text-b", "geocoder", "date-a"):
            assert f"<script>window.__xss='{channel}'</script>" in quotes, channel
    finally:
        context.close()
