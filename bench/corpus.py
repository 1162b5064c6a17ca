"""A synthetic news corpus of any size, recombined from geomap's own development articles.

The sources are the articles under ``tests/devset``, ``tests/roleset``, ``tests/situations``
and ``geomap/demo``. Article *i* of a corpus takes a title and 3 to 9 paragraphs drawn from
different source articles, shuffles the sentences of about half of its paragraphs, redraws
numbers, years, weekdays and months, and swaps about a third of the city names it contains for
other cities of the gazetteer (consistently within the article). So no two articles are the
same text and look-up caches see a realistic, not a repeated, stream of names. The result
depends only on ``seed`` and ``i``: ``corpus(1000)[:100] == corpus(100)``.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 20240611

_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“A-Z])")
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")
_YEAR = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
          "December"]  # not "May": it is also a verb
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")
_MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")
_CAPWORD = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\b")


def source_texts() -> list[str]:
    """The development articles the corpus is recombined from (first line is the title)."""
    texts = []
    for name in ("tests/devset/gold.jsonl", "tests/roleset/roles.jsonl"):
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for pattern in ("tests/situations/*.txt", "geomap/demo/*.txt"):
        texts += [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob(pattern))]
    return texts


@lru_cache(maxsize=1)
def _material() -> tuple[list[str], list[list[str]]]:
    titles, paragraphs = [], []
    for text in source_texts():
        parts = [p.strip() for p in _PARAGRAPH.split(text.strip()) if p.strip()]
        titles.append(parts[0].splitlines()[0])
        paragraphs += [[s for s in _SENTENCE.split(" ".join(p.split())) if s] for p in parts[1:]
                       if len(p.split()) >= 8]
    return titles, paragraphs


@lru_cache(maxsize=1)
def city_pool() -> tuple[list[str], frozenset[str]]:
    """Gazetteer cities of 100,000 people or more with plain names: the names swapped in and out."""
    from geomap.gazetteer import data_path

    db = sqlite3.connect(f"file:{data_path('gazetteer.sqlite')}?mode=ro&immutable=1", uri=True)
    rows = db.execute("SELECT DISTINCT name FROM place WHERE kind = 'city' AND population >= 100000 "
                      "ORDER BY population DESC, name").fetchall()
    db.close()
    names = [r[0] for r in rows if re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", r[0])]
    return names, frozenset(names)


def _vary_number(rng: random.Random, match: re.Match) -> str:
    text = match.group(0)
    if _YEAR.match(text):
        return str(rng.randint(2015, 2025))
    return "".join(str(rng.randint(1 if k == 0 and len(text) > 1 else 0, 9)) if ch.isdigit() else ch
                   for k, ch in enumerate(text))


def _swap_cities(rng: random.Random, text: str, share: float = 0.35) -> str:
    pool, known = city_pool()
    found = sorted({m.group(0) for m in _CAPWORD.finditer(text) if m.group(0) in known})
    for name in found:
        if rng.random() >= share:
            continue
        other = rng.choice(pool)
        # Only stand-alone uses: "Gaza" in "Gaza Strip" stays.
        for old, new in ((name, other), (name.upper(), other.upper())):
            text = re.sub(rf"(?<![A-Z][a-z] )\b{re.escape(old)}\b(?! [A-Z])", new, text)
    return text


def make_article(i: int, seed: int = SEED):
    """Article number ``i`` of the corpus drawn with ``seed``, as a ``geomap.records.Article``."""
    from geomap.records import Article

    rng = random.Random(seed * 1_000_003 + i)
    titles, paragraphs = _material()
    body = []
    for para in rng.sample(paragraphs, rng.randint(3, 9)):
        sentences = list(para)
        if len(sentences) > 1 and rng.random() < 0.5:
            rng.shuffle(sentences)
        body.append(" ".join(sentences))
    text = rng.choice(titles) + "\n\n" + "\n\n".join(body) + "\n"
    text = _NUMBER.sub(lambda m: _vary_number(rng, m), text)
    text = _WEEKDAY.sub(lambda m: rng.choice(WEEKDAYS), text)
    text = _MONTH.sub(lambda m: rng.choice(MONTHS), text)
    text = _swap_cities(rng, text)
    day = 1 + rng.randrange(730)
    date = f"{2023 + (day - 1) // 365}-{1 + ((day - 1) % 365) // 31 % 12:02d}-{1 + (day - 1) % 28:02d}"
    return Article(id=f"bench-{i:06d}", text=text, title=text.split("\n", 1)[0], source=f"bench-{i:06d}",
                   url=f"https://example.org/bench/{i:06d}", date=date)


def corpus(n: int, seed: int = SEED) -> list:
    """``n`` articles, deterministic for a seed."""
    return [make_article(i, seed) for i in range(n)]


def words(articles) -> int:
    return sum(len(a.text.split()) for a in articles)


def write_jsonl(articles, path: str | Path) -> int:
    """Write articles as the JSONL ``geomap map`` reads; returns the bytes written."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "title": a.title, "text": a.text, "url": a.url, "date": a.date},
                                ensure_ascii=False) + "\n")
    return Path(path).stat().st_size


if __name__ == "__main__":  # python bench/corpus.py N > corpus.jsonl
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    for a in corpus(n):
        sys.stdout.write(json.dumps({"id": a.id, "title": a.title, "text": a.text, "url": a.url, "date": a.date},
                                    ensure_ascii=False) + "\n")
