"""Open maps in headless Chromium (Debian's package) through Playwright, offline."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                 "--no-first-run", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str:
    path = os.environ.get("GEOMAP_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        if os.environ.get("GEOMAP_REQUIRE_BROWSER"):
            pytest.fail("chromium not found but GEOMAP_REQUIRE_BROWSER is set")
        pytest.skip("chromium not installed (apt-get install chromium)")
    return path


def launch(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
