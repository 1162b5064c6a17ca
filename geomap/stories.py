"""Group a run's articles into stories: articles that name the same places within a few days.

Each article is a vector over the places it names, weighted by how telling each place is:
a place few articles name (a town, a corridor) weighs more than one most name (a country),
and countries and continents weigh less by kind. Two articles are linked when the cosine of
their vectors reaches ``min_similarity`` and, when both dates are known, they are at most
``window_days`` apart. The connected components of that graph
(``scipy.sparse.csgraph.connected_components``) are cut again by average-linkage clustering
(``scipy.cluster.hierarchy``) at the same similarity: a local paper's daily beat links each day's
report to the next, and a component alone would chain weeks of unrelated reports into one
story; a story's articles must be similar on average, not only each to a neighbour. The
thresholds live in ``layers/display.tsv`` (setting ``story``), each with the example it exists for.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import coo_matrix, csr_matrix, diags
from scipy.sparse.csgraph import connected_components

from .describe import display, setting

__all__ = ["Story", "find_stories", "story_ids"]


@dataclass(frozen=True)
class Story:
    """One story: its id ("s1", largest first), name (its main places), the title of its most central
    article, its colour, and the articles and places in it."""

    id: str
    name: str
    title: str
    color: str
    articles: tuple[str, ...]
    places: int


def _day(value: str | None) -> int | None:
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value or "")
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).toordinal()
    except ValueError:
        return None


def _kind_weight(kind: str) -> float:
    return float(display().get("story_kind", {}).get(kind, 1.0))


def _place_weights(frame, n_docs: int) -> np.ndarray:
    """How telling each place is of a story: smoothed inverse article frequency times its kind's weight.

    A place in more than ``common_share`` of many articles (a country in a day's wire copy) tells
    no stories apart and weighs nothing.
    """
    weights = np.zeros(len(frame))
    common = setting("common_share", "story")
    for k, (kind, docs) in enumerate(zip(frame["kind"], frame["docs"])):
        df = len(set(docs))
        if n_docs >= setting("common_min_articles", "story") and df > common * n_docs:
            continue
        weights[k] = (math.log((1 + n_docs) / (1 + df)) + 1.0) * _kind_weight(kind)
    return weights


def find_stories(frame, articles: list[dict]) -> tuple[list[Story], dict[str, str]]:
    """The stories of ``articles`` (dicts with ``id``, ``title``, ``date``) over the places ``frame``
    (rows with ``name``, ``kind``, ``docs``): the stories, largest first, and each article's story id.

    Articles that name no place are in no story.
    """
    ids = [a["id"] for a in articles]
    index = {doc: i for i, doc in enumerate(ids)}
    n = len(ids)
    if n == 0 or len(frame) == 0:
        return [], {}
    weights = _place_weights(frame, n)
    rows, cols, vals = [], [], []
    for k, docs in enumerate(frame["docs"]):
        for doc in dict.fromkeys(docs):
            if doc in index:
                rows.append(index[doc]), cols.append(k), vals.append(weights[k])
    x = csr_matrix((vals, (rows, cols)), shape=(n, len(frame)))
    x.eliminate_zeros()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    has_places = np.isin(np.arange(n), np.unique(rows))
    x = diags(np.where(norms > 0, 1.0 / np.where(norms > 0, norms, 1.0), 0.0)) @ x
    days = [_day(art.get("date")) for art in articles]
    window = setting("window_days", "story")
    dated = np.array([np.nan if d is None else d for d in days], dtype=float)
    # Linked pairs (i < j), a block of articles at a time: the whole similarity matrix of 10,000
    # articles, kept and filtered afterwards, held 100 MB where a few thousand of them share places.
    firsts, seconds = [], []
    for start in range(0, n, 1024):
        block = coo_matrix(x[start:start + 1024] @ x.T)
        a, b = block.row + start, block.col
        keep = (block.data >= setting("min_similarity", "story") - 1e-9) & (a < b)
        a, b = a[keep], b[keep]
        with np.errstate(invalid="ignore"):
            close = ~(np.abs(dated[a] - dated[b]) > window)  # an undated article is close to any
        firsts.append(a[close].astype(np.int32))
        seconds.append(b[close].astype(np.int32))
    a, b = np.concatenate(firsts), np.concatenate(seconds)
    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        if has_places[i]:
            members[int(labels[i])].append(i)
    groups = [part for docs in members.values() for part in _without_chains(docs, x, days, window)]
    # Largest story first, then the one whose first article comes first: ids follow the input, not chance.
    order = sorted(groups, key=lambda m: (-len(m), m[0]))
    palette = [c for _, c in sorted(display().get("story_color", {}).items(), key=lambda kv: int(kv[0]))]
    stories, of_doc = [], {}
    for number, docs in enumerate(order, start=1):
        sid = f"s{number}"
        for i in docs:
            of_doc[ids[i]] = sid
        stories.append(_story(sid, docs, x, frame, weights, articles, palette[(number - 1) % len(palette)]))
    return stories, of_doc


def _without_chains(docs: list[int], x: csr_matrix, days: list[int | None], window: float) -> list[list[int]]:
    """A component's articles cut into groups whose average pairwise similarity reaches ``min_similarity``.

    Articles dated more than ``window_days`` apart count as not similar at all. Components larger
    than ``chain_max`` articles are kept whole (the dense distances grow with the square).
    """
    if len(docs) < 3 or len(docs) > setting("chain_max", "story"):
        return [docs]
    sub = x[docs]
    n = len(docs)
    dated = np.array([np.nan if days[i] is None else days[i] for i in docs], dtype=float)
    # The condensed distances (upper triangle, row by row, as ``linkage`` reads them), filled a block of
    # rows at a time: the full square and its temporaries took 200 MB on a component of 2,000 articles.
    condensed = np.empty(n * (n - 1) // 2)
    pos = 0
    for start in range(0, n, 256):
        block = (sub[start:start + 256] @ sub.T).toarray()
        for r in range(block.shape[0]):
            i = start + r
            row = np.clip(1.0 - block[r, i + 1:], 0.0, 1.0)
            with np.errstate(invalid="ignore"):
                row[np.abs(dated[i + 1:] - dated[i]) > window] = 1.0
            condensed[pos:pos + len(row)] = row
            pos += len(row)
    tree = linkage(condensed, method="average")
    labels = fcluster(tree, t=1.0 - setting("min_similarity", "story") + 1e-9, criterion="distance")
    groups: dict[int, list[int]] = defaultdict(list)
    for doc, label in zip(docs, labels):
        groups[int(label)].append(doc)
    return list(groups.values())


def _story(sid: str, docs: list[int], x: csr_matrix, frame, weights, articles, color: str) -> Story:
    sub = x[docs]
    centre = np.asarray(sub.sum(axis=0)).ravel()
    # Name: the places that weigh most across the story's articles, at most ``name_places`` of them.
    top = [k for k in np.argsort(-centre, kind="stable") if centre[k] > 0][: int(setting("name_places", "story"))]
    names = list(dict.fromkeys(str(frame["name"].iloc[k]) for k in top))
    # Title: the article closest to the story's centre (the first such in input order).
    closeness = np.asarray(sub @ centre).ravel()
    central = docs[int(np.argmax(closeness))] if len(docs) else docs[0]
    title = articles[central].get("title") or articles[central]["id"]
    placed = int((np.asarray(sub.sum(axis=0)).ravel() > 0).sum())
    return Story(sid, ", ".join(names) or title, title, color, tuple(articles[i]["id"] for i in docs), placed)


def story_ids(docs, of_doc: dict[str, str]) -> list[str]:
    """The stories of a place's articles, in story order ("s2" before "s10").

    >>> story_ids(["b", "a", "c"], {"a": "s10", "b": "s2"})
    ['s2', 's10']
    """
    found = Counter(of_doc[d] for d in docs if d in of_doc)
    return sorted(found, key=lambda s: int(s[1:]))


def with_stories(frame, articles: list[dict]):
    """The places frame with a ``stories`` column (each place's story ids) and ``attrs["stories"]``
    (each story as a dict: id, name, title, color, articles, places); ``frame`` itself is unchanged."""
    stories, of_doc = find_stories(frame, articles)
    out = frame.copy()
    out["stories"] = [story_ids(docs, of_doc) for docs in frame["docs"]]
    out.attrs = dict(frame.attrs)
    out.attrs["stories"] = [{"id": s.id, "name": s.name, "title": s.title, "color": s.color,
                             "articles": list(s.articles), "places": s.places} for s in stories]
    return out
