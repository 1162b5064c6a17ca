"""Merge the mentions of every article into one ``Place`` per gazetteer entry."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from .records import Article, Excerpt, Mention, Place
from .roles import ROLE_PRIORITY, place_key

__all__ = ["aggregate", "MAX_EXCERPTS"]

MAX_EXCERPTS = 5
"""Quotes kept per place; the popup says how many more there are."""


def aggregate(articles: Mapping[str, Article], mentions: Iterable[Mention],
              max_excerpts: int = MAX_EXCERPTS) -> list[Place]:
    """One ``Place`` per resolved place, with its map role and quoted sentences.

    The map role is the role most articles give the place (ties go to the more
    specific role); every role seen stays in ``Place.roles``.
    """
    mentions = list(mentions)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.candidate is not None:
            groups[place_key(m)].append(m)
    # A demonym is evidence about its country, never a place of its own: it is drawn only with
    # a country the articles name, or as a party when the state acts through it ("Russian troops").
    groups = {key: group for key, group in groups.items()
              if any(m.label != "DEMONYM" or m.role == "party" for m in group)}
    order = {doc: i for i, doc in enumerate(articles)}
    places = list(_routes(articles, mentions))
    for key, group in groups.items():
        group.sort(key=lambda m: (order.get(m.doc, len(order)), m.start))
        doc_roles = {}
        for m in group:
            doc_roles.setdefault(m.doc, m)
        # An end of a described route is drawn as a place; the route itself is the corridor.
        map_roles = {doc: "place" if m.route and m.role == "corridor" else m.role for doc, m in doc_roles.items()}
        votes = Counter(map_roles.values())
        acting = [r for r in ROLE_PRIORITY if r != "place" and votes[r]]
        role = max(acting, key=lambda r: (votes[r], -ROLE_PRIORITY.index(r))) if acting else "place"
        evidence = next(doc_roles[doc].evidence for doc, r in map_roles.items() if r == role)
        cand = group[0].candidate
        places.append(Place(
            key=key, name=cand.name, kind=cand.kind, role=role, lat=cand.lat, lon=cand.lon, country=cand.country,
            geonameid=cand.geonameid, mentions=len(group), excerpts=_excerpts(articles, group),
            roles=tuple(sorted(votes.items(), key=lambda kv: ROLE_PRIORITY.index(kv[0]))), evidence=evidence,
            docs=tuple(dict.fromkeys(m.doc for m in group)),
            radius_km=max((m.radius_km for m in group if m.role == "zone"), default=0.0),
        ))
    places.sort(key=lambda p: (ROLE_PRIORITY.index(p.role), -p.mentions, p.name, p.key))
    return [_cap(p, max_excerpts) for p in places]


def _routes(articles: Mapping[str, Article], mentions: list[Mention]):
    """One corridor Place per route described by its ends, its path through them in order."""
    chains: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.route and m.candidate is not None:
            chains[(m.doc, m.route)].append(m)
    merged: dict[str, list[list[Mention]]] = defaultdict(list)
    for (_doc, _words), ends in chains.items():
        names = tuple(e.candidate.name for e in ends)
        merged[" – ".join(names)].append(ends)
    for title, runs in merged.items():
        ends = runs[0]
        if len({e.candidate.row for e in ends}) < 2:
            continue
        every = [m for run in runs for m in run]
        kind_word = ends[0].route.split(" ", 1)[0]
        path = tuple((e.candidate.lat, e.candidate.lon) for e in ends)
        yield Place(
            key=f"route:{title}", name=f"{title} {kind_word}", kind="route", role="corridor",
            lat=sum(p[0] for p in path) / len(path), lon=sum(p[1] for p in path) / len(path),
            country=ends[0].candidate.country, geonameid=None, mentions=len(runs),
            excerpts=_excerpts(articles, every), roles=(("corridor", len(runs)),),
            evidence=articles[ends[0].doc].text[ends[0].sentence[0]:ends[0].sentence[1]].strip(),
            docs=tuple(dict.fromkeys(m.doc for m in every)), path=path,
        )


def _excerpts(articles: Mapping[str, Article], group: list[Mention]) -> tuple[Excerpt, ...]:
    by_sentence: dict[tuple[str, int, int], list[Mention]] = defaultdict(list)
    for m in group:
        by_sentence[(m.doc, *m.sentence)].append(m)
    out = []
    for (doc, s, e), ms in by_sentence.items():
        article = articles[doc]
        raw = article.text[s:e]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        highlights = tuple((m.start - s - lead, m.end - s - lead) for m in ms)
        where = os.path.basename(article.source) if article.source else article.id
        source = f"{article.title} ({where})" if article.title else where
        out.append(Excerpt(text=text, highlights=highlights, source=source, doc=doc, url=article.url,
                           date=article.date))
    return tuple(out)


def _cap(place: Place, limit: int) -> Place:
    """Keep the first quote of each article first, then the rest, up to ``limit``."""
    firsts, rest, seen = [], [], set()
    for ex in place.excerpts:
        (rest if ex.doc in seen else firsts).append(ex)
        seen.add(ex.doc)
    return replace(place, excerpts=tuple((firsts + rest)[:limit]), quotes=len(place.excerpts))
