import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from common import GENEVA_ARTICLE, HOSTILE_ARTICLE, SEEDS  # noqa: E402


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
