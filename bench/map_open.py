"""How big the map gets, and how long headless Chromium takes to open it, for N articles.

    python bench/map_open.py                       # N = 100 1000 10000, maps built here
    python bench/map_open.py 100 1000 --maps maps/ # reuse maps/map-N.html (bench/throughput.py --keep-maps maps/)
    python bench/map_open.py --json map-open.json

Maps are built from the corpus of ``bench/corpus.py`` (the one bench/throughput.py uses).
Above --full-up-to articles (default 1000) the per-article stages run on the dask engine
(one worker per CPU) when it is installed: the map is the same, only built sooner.

Each map is opened --runs times (default 3) in a fresh, offline browser context of
Debian's Chromium (``/usr/bin/chromium`` through Playwright, --no-sandbox --disable-gpu
--disable-background-networking). "interactive" is the time from ``page.goto`` to the first
``.leaflet-interactive`` element (a marker or shape one can click); "load" is the page's
own loadEventEnd - startTime; the JS heap is ``performance.memory.usedJSHeapSize`` then.
"popup" is the time from a mouse click on a marker or shape to its popup drawn (the next
animation frame after it shows), the median of three clicks, first with the sources panel
closed, then with it open ("panel" is the time to open it and see its first place link).
The median run is reported.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import SEED, corpus, write_json  # noqa: E402

CHROMIUM = os.environ.get("GEOMAP_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
READY = "document.querySelectorAll('.leaflet-interactive').length > 0"
CLICKABLE = """() => {
  for (const el of document.querySelectorAll(".leaflet-marker-icon.leaflet-interactive, path.leaflet-interactive")) {
    const b = el.getBoundingClientRect(), x = b.x + b.width / 2, y = b.y + b.height / 2;
    // in the middle of the window (clear of the panels) and not under anything else
    if (b.width > 0 && x > 350 && x < 1200 && y > 200 && y < 750 && document.elementFromPoint(x, y) === el
        && !el.classList.contains("marker-cluster")) { return [x, y]; }
  }
  return null;
}"""
CLOSE_POPUP = "() => { for (const v of Object.values(window)) { if (v instanceof L.Map) { v.closePopup(); } } }"
NEXT_FRAME = "() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))"


def build_map(n: int, path: Path, seed: int = SEED, full_up_to: int = 1000) -> dict:
    """Write the map of the ``n``-article corpus to ``path``; returns how it was built."""
    from geomap.pipeline import situation, write_outputs

    articles = corpus(n, seed)
    t0 = time.perf_counter()
    engine = "one process"
    frame = None
    if n > full_up_to:
        try:
            from geomap.engine import situation_distributed

            frame = situation_distributed(articles)
            engine = f"dask, {os.cpu_count()} workers"
        except ImportError:
            pass
    if frame is None:
        frame = situation(articles)
    write_outputs(frame, str(path), None, title=f"Benchmark: {n} articles")
    return {"build_s": time.perf_counter() - t0, "engine": engine, "places": len(frame)}


def open_times(path: Path, runs: int = 3, timeout_s: float = 600) -> list[dict]:
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1280, "height": 800}, offline=True)
                page = context.new_page()
                errors = []
                page.on("pageerror", lambda e: errors.append(str(e)))
                t0 = time.perf_counter()
                page.goto(path.as_uri(), wait_until="commit", timeout=timeout_s * 1000)
                try:
                    page.wait_for_function(READY, timeout=timeout_s * 1000, polling=50)
                    interactive = time.perf_counter() - t0
                except Exception:  # no clickable element at all: fall back on the load event
                    interactive = None
                page.wait_for_load_state("load", timeout=timeout_s * 1000)
                wall_load = time.perf_counter() - t0
                nav = page.evaluate("""() => {
                    const e = performance.getEntriesByType('navigation')[0];
                    return {load: e.loadEventEnd - e.startTime, dcl: e.domContentLoadedEventEnd - e.startTime,
                            heap: performance.memory ? performance.memory.usedJSHeapSize : null,
                            interactive: document.querySelectorAll('.leaflet-interactive').length};
                }""")
                out.append({"interactive_s": interactive if interactive is not None else wall_load,
                            "interactive_fallback": interactive is None, "wall_load_s": wall_load,
                            "load_event_s": nav["load"] / 1000, "dom_content_loaded_s": nav["dcl"] / 1000,
                            "js_heap_mb": nav["heap"] / 1e6 if nav["heap"] else None,
                            "interactive_elements": nav["interactive"], "page_errors": errors,
                            **popup_times(page, timeout_s)})
                context.close()
        finally:
            browser.close()
    return out


def popup_seconds(page, clicks: int = 3, timeout_s: float = 600) -> float | None:
    """Median seconds from a click on a marker or shape to its popup drawn; None if nothing can be clicked."""
    times = []
    for _ in range(clicks):
        page.evaluate(CLOSE_POPUP)
        page.wait_for_timeout(300)
        xy = page.evaluate(CLICKABLE)
        if xy is None:
            return None
        t0 = time.perf_counter()
        page.mouse.click(*xy)
        page.locator(".leaflet-popup-content").wait_for(timeout=timeout_s * 1000)
        page.evaluate(NEXT_FRAME)
        times.append(time.perf_counter() - t0)
    return sorted(times)[len(times) // 2]


def popup_times(page, timeout_s: float = 600) -> dict:
    """Popup times with the sources panel closed, then open (and the time to open it)."""
    out = {"popup_panel_closed_s": None, "popup_panel_open_s": None, "panel_open_s": None}
    summary = page.locator(".gm-sources summary")
    if not summary.count():
        out["popup_panel_closed_s"] = popup_seconds(page, timeout_s=timeout_s)
        return out
    if page.evaluate("document.querySelector('.gm-sources').open"):
        summary.click()  # a short list starts open
    out["popup_panel_closed_s"] = popup_seconds(page, timeout_s=timeout_s)
    t0 = time.perf_counter()
    summary.click()
    page.locator(".gm-sources a.gm-f").first.wait_for(timeout=timeout_s * 1000)
    page.evaluate(NEXT_FRAME)
    out["panel_open_s"] = time.perf_counter() - t0
    out["popup_panel_open_s"] = popup_seconds(page, timeout_s=timeout_s)
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000])
    parser.add_argument("--maps", help="folder with map-N.html to reuse (built there when missing)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--full-up-to", type=int, default=1000)
    parser.add_argument("--json", dest="json_path", help="also write the figures as JSON ('-' for stdout)")
    args = parser.parse_args(argv)
    tmp = tempfile.TemporaryDirectory(prefix="geomap-maps-")
    folder = Path(args.maps) if args.maps else Path(tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in args.sizes:
        path = folder / f"map-{n}.html"
        built = {"build_s": None, "engine": "reused", "places": None}
        if not path.exists():
            print(f"building the map of {n} articles ...", file=sys.stderr)
            built = build_map(n, path, args.seed, args.full_up_to)
        print(f"opening {path} ({path.stat().st_size / 1e6:.1f} MB) x{args.runs} ...", file=sys.stderr)
        runs = open_times(path, args.runs)
        median = sorted(runs, key=lambda r: r["interactive_s"])[len(runs) // 2]
        rows.append({"articles": n, "html_mb": path.stat().st_size / 1e6, **built, "median": median, "runs": runs})
    tmp.cleanup()
    print(f"\nmap size and time to open in headless Chromium ({CHROMIUM}), median of {args.runs}, offline")
    print(f"{'articles':>9}{'places':>8}{'HTML MB':>9}{'interactive s':>15}{'load event s':>14}{'JS heap MB':>12}"
          f"{'min-max s':>14}{'popup s':>9}{'panel s':>9}{'popup, panel open s':>21}  notes")
    for r in rows:
        m = r["median"]
        spread = [x["interactive_s"] for x in r["runs"]]
        notes = []
        if m["interactive_fallback"]:
            notes.append("no .leaflet-interactive: load event")
        if any(x["page_errors"] for x in r["runs"]):
            notes.append(f"page errors: {r['runs'][0]['page_errors'][:1]}")
        if r["build_s"] is not None:
            notes.append(f"built in {r['build_s']:.0f} s ({r['engine']})")
        places = f"{r['places']:,}" if r["places"] is not None else "-"
        heap = f"{m['js_heap_mb']:.0f}" if m["js_heap_mb"] else "-"
        popups = "".join(f"{m[k]:>{w}.2f}" if m[k] is not None else f"{'-':>{w}}"
                         for k, w in (("popup_panel_closed_s", 9), ("panel_open_s", 9), ("popup_panel_open_s", 21)))
        print(f"{r['articles']:>9,}{places:>8}{r['html_mb']:>9.1f}{m['interactive_s']:>15.2f}{m['load_event_s']:>14.2f}"
              f"{heap:>12}{min(spread):>7.2f}-{max(spread):<6.2f}{popups}  {'; '.join(notes)}")
    doc = {"chromium": CHROMIUM, "seed": args.seed, "maps": rows}
    write_json(doc, args.json_path)


if __name__ == "__main__":
    main()
