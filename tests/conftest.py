import importlib
import pkgutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _import_geomap_as_installed() -> None:
    """Make ``import geomap`` load the installed package, never the checkout's bare ``geomap/`` folder.

    ``python -m pytest`` puts the checkout first on sys.path, and its ``geomap/`` folder lacks
    ``geomap.layers`` and ``geomap.data``: installing maps the top-level ``layers/`` and ``data/``
    folders there (an editable install through its import hook, a wheel by copying them in).
    Without the checkout on sys.path, an editable install and a plain ``pip install .`` are
    both tested as installed.
    """
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT]
    for name in [m for m in sys.modules if m == "geomap" or m.startswith("geomap.")]:
        del sys.modules[name]  # imported from the checkout before this ran (a plugin, a -p option)
    try:
        import geomap
    except ImportError as err:
        pytest.exit(f"geomap is not installed ({err}): pip install -e '.[test]'", returncode=4)
    if Path(geomap.__file__).resolve().parent == ROOT / "geomap":
        return  # an editable install: the checkout is the package
    # A wheel: the doctests of the checkout's geomap/*.py run on the installed modules of the same
    # names (pytest's importlib mode takes a module already imported); import them first.
    for info in pkgutil.walk_packages(geomap.__path__, "geomap."):
        try:
            importlib.import_module(info.name)
        except ImportError:  # an optional dependency not installed: its tests skip on their own
            pass


_import_geomap_as_installed()
sys.path.insert(0, str(Path(__file__).parent))

from common import GENEVA_ARTICLE, HOSTILE_ARTICLE, SEEDS  # noqa: E402


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium through Playwright, for the browser tests (which skip without Playwright)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    from browser import launch

    with sync_api.sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()


@pytest.fixture(scope="session")
def seed_outputs(tmp_path_factory):
    """The seed map and GeoJSON, built once through the API the CLI uses."""
    from geomap.pipeline import situation, write_outputs

    out = tmp_path_factory.mktemp("seed")
    frame = situation(SEEDS)
    write_outputs(frame, out / "map.html", out / "map.geojson", title="Seed map")
    return frame, out / "map.html", out / "map.geojson"


@pytest.fixture(scope="session")
def geneva_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("geneva") / "geneva.txt"
    path.write_text(GENEVA_ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def hostile_outputs(tmp_path_factory):
    from geomap.pipeline import situation, write_outputs

    out = tmp_path_factory.mktemp("hostile")
    article = out / "hostile<b>name<script>x.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    write_outputs(situation([str(article)]), out / "map.html", out / "map.geojson")
    return out / "map.html", out / "map.geojson"


DATED = [
    {"id": "a", "title": "Talks open in Doha", "date": "2023-01-05", "url": "https://example.org/a",
     "text": "Talks open in Doha\n\nNegotiators met in Doha on Monday. Qatar said the talks would go on."},
    {"id": "b", "title": "Fighting near Rafah", "date": "2023-01-09", "url": "javascript:alert(1)",
     "text": "Fighting near Rafah\n\nShelling hit Khan Younis and Rafah on Friday, Gaza officials said."},
]


@pytest.fixture(scope="session")
def dated_outputs(tmp_path_factory):
    import json

    from geomap.pipeline import situation, write_outputs

    out = tmp_path_factory.mktemp("dated")
    wire = out / "wire.jsonl"
    wire.write_text("".join(json.dumps(r) + "\n" for r in DATED), encoding="utf-8")
    write_outputs(situation([str(wire)]), out / "map.html", out / "map.geojson", title="Dated")
    return out / "map.html"


@pytest.fixture(scope="session")
def embed_outputs(tmp_path_factory):
    from geomap.pipeline import situation, write_outputs

    out = tmp_path_factory.mktemp("embed")
    write_outputs(situation(SEEDS), out / "map.html", None, title="Embedded", embed=True)
    return out / "map.html"
