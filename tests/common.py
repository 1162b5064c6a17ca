"""Shared sample articles and helpers for the tests."""

from __future__ import annotations

import importlib.util
import json
import sys
from importlib.resources import files
from pathlib import Path

SEEDS = sorted(str(Path(str(files("geomap.demo") / p.name))) for p in files("geomap.demo").iterdir()
               if p.name.endswith(".txt"))

GEOMAP = [sys.executable, "-P", "-m", "geomap.cli"]
"""The command line in a child process. -P: the working directory (the checkout) is not put on sys.path,
so the child imports geomap as installed, as the tests do (see conftest.py)."""

# Written for the tests: none of the code was written with it in view.
GENEVA_ARTICLE = """UN convenes Geneva talks on reopening the Rafah crossing

GENEVA (Wire) - Delegations from Egypt and Israel met in Geneva on Tuesday for United Nations-hosted talks on \
reopening the Rafah crossing between Gaza and Egypt, diplomats said.

Egypt said it was ready to reopen the crossing if aid convoys could move freely, while Israel insisted on \
inspections at Kerem Shalom first. The talks in Geneva will resume next week, the UN said.
"""

HOSTILE_ARTICLE = """Talks in Geneva <script>alert(1)</script> collapse

Delegates met in Geneva on Monday <img src=x onerror=alert(1)> while a `backtick` and ${template} and \
</script><script>alert(2)</script> and <a href="javascript:alert(3)">link</a> and \u202egnirts desrever\u202c \
appeared in the copy. The talks in Geneva ended without a deal.
"""


def features(geojson_path) -> list[dict]:
    return json.loads(Path(geojson_path).read_text(encoding="utf-8"))["features"]


def by_name(feats: list[dict], name: str) -> dict:
    for f in feats:
        if f["properties"]["name"] == name:
            return f
    raise AssertionError(f"no feature named {name!r} among {[f['properties']['name'] for f in feats]}")


def load_script(path, name: str | None = None):
    """The module a script file defines (a build script outside any package), run once, as imported."""
    path = Path(path)
    spec = importlib.util.spec_from_file_location(name or path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
