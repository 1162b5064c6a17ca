"""Leaflet and jQuery inlined from the xstatic packages, so the map opens with no network.

xstatic-leaflet 1.9.3 and xstatic-jquery 3.7.1 ship exactly the versions folium 0.20 links;
Leaflet.markercluster 1.5.3 and Leaflet.Search 2.9.7 (the library of folium's ``Search`` plugin,
which folium itself links from a CDN) are vendored from npm in ``geomap/vendor`` (see its README).
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from branca.element import Element

__all__ = ["inline_assets", "leaflet_css", "leaflet_js", "jquery_js", "markercluster_css", "markercluster_js",
           "search_css", "search_js"]


def _leaflet_dir() -> Path:
    import xstatic.pkg.leaflet as leaflet

    return Path(leaflet.BASE_DIR)


def _jquery_dir() -> Path:
    import xstatic.pkg.jquery as jquery

    return Path(jquery.BASE_DIR)


def _script_safe(js: str) -> str:
    # A literal "</script" would end the inline block early.
    return js.replace("</script", "<\\/script")


@lru_cache(maxsize=1)
def leaflet_css() -> str:
    """leaflet.css with its images turned into data URIs."""
    folder = _leaflet_dir()
    css = (folder / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match) -> str:
        data = base64.b64encode((folder / match.group(1)).read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    return re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css)


@lru_cache(maxsize=1)
def leaflet_js() -> str:
    return _script_safe((_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def jquery_js() -> str:
    return _script_safe((_jquery_dir() / "jquery.min.js").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def markercluster_css() -> str:
    folder = Path(str(files("geomap.vendor")))
    return "\n".join((folder / name).read_text(encoding="utf-8")
                     for name in ("MarkerCluster.css", "MarkerCluster.Default.css"))


@lru_cache(maxsize=1)
def markercluster_js() -> str:
    return _script_safe((Path(str(files("geomap.vendor"))) / "leaflet.markercluster.js").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def search_css() -> str:
    """leaflet-search.min.css with its two images turned into data URIs."""
    folder = Path(str(files("geomap.vendor")))
    css = (folder / "leaflet-search.min.css").read_text(encoding="utf-8")

    def inline(match: re.Match) -> str:
        name = match.group(1)
        kind = "gif" if name.endswith(".gif") else "png"
        return f"url(data:image/{kind};base64,{base64.b64encode((folder / name).read_bytes()).decode('ascii')})"

    return re.sub(r"url\(\.\./images/([\w.-]+\.(?:png|gif))\)", inline, css)


@lru_cache(maxsize=1)
def search_js() -> str:
    return _script_safe((Path(str(files("geomap.vendor"))) / "leaflet-search.min.js").read_text(encoding="utf-8"))


def inline_assets(cluster: bool = False, search: bool = False) -> Element:
    """One header element holding Leaflet's CSS and JS and jQuery (and Leaflet.markercluster and
    Leaflet.Search if used)."""
    markup = f"<style>{leaflet_css()}</style>\n<script>{leaflet_js()}</script>\n<script>{jquery_js()}</script>\n"
    if cluster:
        markup += f"<style>{markercluster_css()}</style>\n<script>{markercluster_js()}</script>\n"
    if search:
        markup += f"<style>{search_css()}</style>\n<script>{search_js()}</script>\n"
    return Element(markup)
