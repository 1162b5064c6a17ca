"""Stored input and output of the reduction (mentions -> places), so that it is tested on its own.

``tests/golden/mentions.jsonl`` holds articles with the mentions the pipeline found in them
(one article a line: the seed articles, ``tests/situations``, two dated wire items, the
Geneva article and 16 articles of the benchmark corpus); ``tests/golden/places.jsonl`` holds
the properties of each GeoJSON feature that the reduction (and the choice of geometry) made
of them when they were stored, one place a line. Recognition may change without touching
these files: the reduction is checked on the stored mentions.

    python tests/golden.py mentions   # re-run the pipeline on the articles (the Mention record changed)
    python tests/golden.py places     # re-reduce the stored mentions (the reduction changed on purpose)
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, fields
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MENTIONS = HERE / "golden" / "mentions.jsonl"
PLACES = HERE / "golden" / "places.jsonl"


def load_pairs(path: Path = MENTIONS) -> list:
    """The stored (Article, [Mention]) pairs, in order."""
    from geomap.records import Article, Candidate, Mention, Role, Route, ZoneAround, ZonePhrase

    known = {f.name for f in fields(Mention)}
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        mentions = []
        for m in row["mentions"]:
            m = {k: v for k, v in m.items() if k in known}
            m["candidate"] = Candidate(**m["candidate"]) if m.get("candidate") else None
            m["sentence"], m["syntax"] = tuple(m["sentence"]), tuple(m["syntax"])
            m["role"] = Role(m.get("role", "place"))
            route = m.get("route")
            if isinstance(route, str):  # stored before routes were records: "road from A to B"
                kind, _, ends = route.partition(" from ")
                route = {"kind": kind, "ends": ends.split(" to ")} if route else None
            m["route"] = Route(route["kind"], tuple(route["ends"]), tuple(route.get("via", ())),
                                route.get("along", "")) if route else None
            zone = m.get("zone") or ({"words": m["text"]} if m["label"] == "ZONE" else None)
            m["zone"] = ZonePhrase(**zone) if zone else None
            m["around"] = ZoneAround(tuple(m["around"]["places"])) if m.get("around") else None
            mentions.append(Mention(**m))
        pairs.append((Article(**row["article"]), mentions))
    return pairs


def _articles() -> list:
    """The articles stored: files of the repository (sources relative to it) and records of the tests."""
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT / "bench"))
    from dataclasses import replace

    from common import GENEVA_ARTICLE, SEEDS
    from conftest import DATED
    from corpus import corpus

    from geomap.ingest import read_articles
    from geomap.records import Article

    paths = SEEDS + sorted(str(p) for p in (HERE / "situations").glob("*.txt"))
    read = [replace(a, source=Path(a.source).name) for a in read_articles(paths)]
    dated = [Article(id=r["id"], text=r["text"], title=r["title"], source="wire.jsonl", url=r["url"], date=r["date"])
             for r in DATED]
    geneva = Article(id="geneva", text=GENEVA_ARTICLE, title=GENEVA_ARTICLE.split("\n", 1)[0], source="geneva.txt")
    return read + dated + [geneva] + corpus(16)


def write_mentions(path: Path = MENTIONS) -> None:
    from geomap.pipeline import extract

    path.parent.mkdir(exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for article, mentions in extract(_articles()):
            fh.write(json.dumps({"article": asdict(article), "mentions": [asdict(m) for m in mentions]},
                                ensure_ascii=False) + "\n")


def write_places(path: Path = PLACES) -> None:
    from geomap.pipeline import situation_frame
    from geomap.render import geojson_text

    frame = situation_frame(load_pairs())
    path.write_text(properties_lines(geojson_text(frame)), encoding="utf-8", newline="\n")


def properties_lines(geojson: str) -> str:
    """The properties of each feature of a GeoJSON text, one JSON line per feature, in order."""
    return "".join(json.dumps(f["properties"], ensure_ascii=False) + "\n" for f in json.loads(geojson)["features"])


if __name__ == "__main__":
    what = sys.argv[1:] or ["mentions", "places"]
    if "mentions" in what:
        write_mentions()
    if "places" in what:
        write_places()
