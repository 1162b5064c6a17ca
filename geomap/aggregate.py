"""Merge the mentions of every article into one ``Place`` per gazetteer entry.

The reduction is a fold: ``Places.add`` takes one article's mentions as the pipeline yields
them and keeps, per place, only what its ``Place`` record needs (the first mention's entry,
counts, one role vote per article, the first evidence of each role, the articles' ids and at
most ``max_excerpts`` quotes of each kind). Memory then grows with the places and the
articles' ids, not with every mention of every article.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from .records import ROLE_PRIORITY, Article, Excerpt, Mention, Place, Role, Route
from .roles import place_key

__all__ = ["aggregate", "Places", "MAX_EXCERPTS"]

MAX_EXCERPTS = 5
"""Quotes kept per place; the popup says how many more there are."""


class Places:
    """Places folded from one article's mentions at a time, in input order.

    >>> from geomap.records import Candidate
    >>> geneva = Candidate(1, 2660646, "Geneva", "city", "PPLA", "CH", "GE", 46.2, 6.15, 183981, True)
    >>> text = "Talks opened in Geneva. Geneva hosts them."
    >>> folded = Places()
    >>> folded.add(Article("a", text), [Mention("a", 16, 22, "Geneva", "GPE", candidate=geneva, role="venue",
    ...                                         sentence=(0, 23))])
    >>> [(p.name, p.role.value, p.mentions, p.docs) for p in folded.places()]
    [('Geneva', 'venue', 1, ('a',))]
    """

    def __init__(self, max_excerpts: int = MAX_EXCERPTS):
        self.max_excerpts = max_excerpts
        self._places: dict[str, _Place] = {}
        self._routes: dict[str, _Route] = {}
        self._zones: dict[str, _Zone] = {}

    def add(self, article: Article, mentions: Iterable[Mention]) -> None:
        """Fold in the mentions of ``article`` (all of them: an article is added once)."""
        mentions = list(mentions)
        # Within an article a place's mentions count in text order (the first one votes its role).
        groups: dict[str, list[Mention]] = defaultdict(list)
        for m in sorted(mentions, key=lambda m: m.start):
            if m.candidate is not None:
                groups[place_key(m)].append(m)
        for key, group in groups.items():
            if key not in self._places:
                self._places[key] = _Place(key, group[0].candidate, self.max_excerpts)
            self._places[key].add(article, group)
        for title, runs in _route_runs(mentions).items():
            if title not in self._routes:
                self._routes[title] = _Route(title, runs[0], article, self.max_excerpts)
            self._routes[title].add(article, runs)
        for title, runs in _zone_runs(mentions).items():
            if title not in self._zones:
                self._zones[title] = _Zone(title, runs[0], article, self.max_excerpts)
            self._zones[title].add(article, runs)

    def places(self) -> list[Place]:
        """The places so far, in map order: by role, then most mentioned first, then by name."""
        places = [r.place() for r in self._routes.values() if r.drawn]
        places += [z.place() for z in self._zones.values() if z.drawn]
        places += _capitals_countries([p.place() for p in self._places.values() if p.drawn],
                                      {p.key: p.candidate for p in self._places.values()})
        places.sort(key=lambda p: (p.role.rank, -p.mentions, p.name, p.key))
        return places


def aggregate(articles: Mapping[str, Article], mentions: Iterable[Mention],
              max_excerpts: int = MAX_EXCERPTS) -> list[Place]:
    """One ``Place`` per resolved place, with its map role and quoted sentences.

    The map role is the role most articles give the place (ties go to the more
    specific role); every role seen stays in ``Place.roles``. The articles are folded
    in the order of ``articles``, each with its mentions (``Mention.doc`` names it).
    """
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.doc].append(m)
    unknown = set(by_doc) - set(articles)
    if unknown:
        raise KeyError(f"mentions of articles not given: {sorted(unknown)[:3]}")
    folded = Places(max_excerpts)
    for doc, article in articles.items():
        folded.add(article, by_doc.get(doc, []))
    return folded.places()


class _Quotes:
    """The quotes of one place: the first sentence of each article first, then the others, in order.

    Only the first ``limit`` of each kind can be shown, so only those are kept; ``count``
    is every sentence quoting the place (the popup says how many more there are).
    """

    def __init__(self, limit: int):
        self.limit = limit
        self.firsts: list[Excerpt] = []
        self.rest: list[Excerpt] = []
        self.count = 0

    def add(self, article: Article, mentions: list[Mention]) -> None:
        """Quote the sentences of ``article`` that hold ``mentions``, in the order of their first mention."""
        by_sentence: dict[tuple[int, int], list[Mention]] = defaultdict(list)
        for m in mentions:
            by_sentence[m.sentence].append(m)
        seen: set[str] = set()
        for sentence, ms in by_sentence.items():
            text = article.text[sentence[0]:sentence[1]].strip()
            if text in seen:  # a sentence the article repeats (a headline again as its lead) is quoted once
                continue
            kept = self.firsts if not seen else self.rest
            seen.add(text)
            if len(kept) < self.limit:
                kept.append(_excerpt(article, sentence, ms))
        self.count += len(seen)

    def excerpts(self) -> tuple[Excerpt, ...]:
        return tuple((self.firsts + self.rest)[:self.limit])


class _Place:
    """What a gazetteer entry's ``Place`` needs, gathered one article at a time."""

    def __init__(self, key: str, candidate, limit: int):
        self.key, self.candidate = key, candidate  # the entry of the first mention in input order
        self.mentions = 0
        self.score_sum = 0.0
        self.votes: Counter = Counter()  # one map role per article
        self.evidence: dict[str, str] = {}  # the first evidence of each role voted
        self.docs: list[str] = []
        self.radius_km = 0.0
        self.quotes = _Quotes(limit)
        self.drawn = False

    def add(self, article: Article, group: list[Mention]) -> None:
        """The place's mentions in ``article``, in text order."""
        first = group[0]
        # An end of a described route is drawn as a place; the route itself is the corridor.
        # So is a place a zone is given around with others ("a zone around X and Y"): the zone is one area.
        role = Role.PLACE if (first.route and first.role == Role.CORRIDOR) or (
            first.around and first.role == Role.ZONE) else Role(first.role)
        self.votes[role] += 1
        self.evidence.setdefault(role, first.evidence)
        self.mentions += len(group)
        self.score_sum += sum(m.score for m in group)
        self.docs.append(first.doc)
        self.radius_km = max([self.radius_km] + [m.radius_km for m in group if m.role == Role.ZONE])
        self.quotes.add(article, group)
        # A demonym is evidence about its country, never a place of its own: it is drawn only with
        # a country the articles name, or as a party when the state acts through it ("Russian troops").
        self.drawn = self.drawn or any(m.label != "DEMONYM" or m.role == Role.PARTY for m in group)

    def place(self) -> Place:
        acting = [r for r in ROLE_PRIORITY if r != Role.PLACE and self.votes[r]]
        role = max(acting, key=lambda r: (self.votes[r], -r.rank)) if acting else Role.PLACE
        cand = self.candidate
        return Place(
            key=self.key, name=cand.name, kind=cand.kind, role=role, lat=cand.lat, lon=cand.lon, country=cand.country,
            geonameid=cand.geonameid, mentions=self.mentions, excerpts=self.quotes.excerpts(),
            roles=tuple(sorted(self.votes.items(), key=lambda kv: kv[0].rank)),
            evidence=self.evidence[role], docs=tuple(self.docs), quotes=self.quotes.count, radius_km=self.radius_km,
            admin1=cand.admin1, feature_code=cand.feature_code, score=self.score_sum / max(self.mentions, 1))


class _Runs:
    """What a described route or zone gathers over the articles that give it: runs, scores, sources, quotes."""

    def __init__(self, limit: int):
        self.runs = 0
        self.score_sum, self.scored = 0.0, 0
        self.docs: list[str] = []
        self.quotes = _Quotes(limit)

    def add(self, article: Article, runs: list[list[Mention]]) -> None:
        mentions = [m for run in runs for m in run]
        self.runs += len(runs)
        self.score_sum, self.scored = self.score_sum + sum(m.score for m in mentions), self.scored + len(mentions)
        self.docs.append(runs[0][0].doc)
        self.quotes.add(article, mentions)

    @property
    def score(self) -> float:
        return self.score_sum / max(self.scored, 1)

    def _place(self, kind: str, role: Role, name: str, points: tuple, **shape) -> Place:
        """The place gathered, centred on ``points``; ``shape`` gives its path or the places it is around."""
        return Place(
            key=f"{kind}:{self.title}", name=name, kind=kind, role=role,
            lat=sum(p[0] for p in points) / len(points), lon=sum(p[1] for p in points) / len(points),
            country=self.country, geonameid=None, mentions=self.runs, excerpts=self.quotes.excerpts(),
            roles=((role, self.runs),), evidence=self.evidence, docs=tuple(self.docs),
            quotes=self.quotes.count, score=self.score, **shape)


class _Route(_Runs):
    """A route described by its ends ("the road from A to B"), gathered over the articles that describe it.

    The first description fixes its ends, path and evidence; later ones add runs and quotes.
    """

    def __init__(self, title: str, ends: list[Mention], article: Article, limit: int):
        super().__init__(limit)
        self.title = title
        # The route's own word as written, whole: "shipping lane", not "shipping".
        via = set(ends[0].route.via)
        self.route = Route(ends[0].route.kind, tuple(e.candidate.name for e in ends if e.text not in via),
                           tuple(e.candidate.name for e in ends if e.text in via), ends[0].route.along)
        self.path = tuple((e.candidate.lat, e.candidate.lon) for e in ends)
        self.country = ends[0].candidate.country
        self.evidence = article.text[ends[0].sentence[0]:ends[0].sentence[1]].strip()
        self.drawn = len({e.candidate.row for e in ends}) >= 2  # a route from a place to itself is none

    def place(self) -> Place:
        return self._place("route", Role.CORRIDOR, f"{self.title} {self.route.kind}", self.path, path=self.path,
                           route=self.route)


class _Zone(_Runs):
    """A zone given around two or more places ("a demilitarised zone around A and B"), gathered over the
    articles that give it; the first fixes its places and evidence."""

    def __init__(self, title: str, places: list[Mention], article: Article, limit: int):
        super().__init__(limit)
        self.title = title
        self.around = tuple((m.candidate.lat, m.candidate.lon) for m in places)
        self.country = places[0].candidate.country
        self.evidence = article.text[places[0].sentence[0]:places[0].sentence[1]].strip()
        self.drawn = len({m.candidate.row for m in places}) >= 2

    def place(self) -> Place:
        return self._place("zone", Role.ZONE, f"{self.title} zone", self.around, around=self.around)


def _zone_runs(mentions: list[Mention]) -> dict[str, list[list[Mention]]]:
    """The zones one article gives around several places, by title ("Kupiansk – Vovchansk")."""
    groups: dict = defaultdict(list)
    for m in mentions:
        if m.around and m.role == Role.ZONE and m.candidate is not None:
            groups[m.around].append(m)
    runs: dict[str, list[list[Mention]]] = defaultdict(list)
    for places in groups.values():
        places = sorted(places, key=lambda m: m.start)
        runs[" – ".join(m.candidate.name for m in places)].append(places)
    return runs


def _capitals_countries(places: list[Place], candidates: dict) -> list[Place]:
    """A state acting through its capital ("Kigali rejected", "officials in Lusaka said") is a party: its
    country is drawn as one too, quoting the capital's sentences, unless the articles already make it one."""
    acting = [p for p in places if p.role == Role.PARTY and candidates[p.key].feature_code == "PPLC" and p.country]
    if not acting:
        return places
    from .gazetteer import default_gazetteer

    states = {c.country: c for c in default_gazetteer().of_kind("country")}
    by_key = {p.key: p for p in places}
    for capital in sorted(acting, key=lambda p: (-p.mentions, p.key)):
        state = states.get(capital.country)
        if state is None:
            continue
        key = f"g{state.row}"
        country = by_key.get(key)
        if country is not None and country.role == Role.PARTY:
            continue
        if country is None:
            by_key[key] = Place(
                key=key, name=state.name, kind=state.kind, role=Role.PARTY, lat=state.lat, lon=state.lon,
                country=state.country, geonameid=state.geonameid, mentions=0, excerpts=capital.excerpts,
                roles=((Role.PARTY, dict(capital.roles)[Role.PARTY]),), evidence=capital.evidence, docs=capital.docs,
                quotes=capital.quotes, admin1=state.admin1, feature_code=state.feature_code, score=capital.score)
        else:  # named, but acting only through its capital
            votes = dict(country.roles)
            votes[Role.PARTY] = votes.get(Role.PARTY, 0) + dict(capital.roles)[Role.PARTY]
            by_key[key] = replace(country, role=Role.PARTY, evidence=capital.evidence,
                                  roles=tuple(sorted(votes.items(), key=lambda kv: kv[0].rank)))
    return list(by_key.values())


def _route_runs(mentions: list[Mention]) -> dict[str, list[list[Mention]]]:
    """The routes one article describes by their ends, by title ("Kornidzor – Stepanakert"): each
    description's places in the order the route passes them ("from A to B via C": A, C, B)."""
    chains: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.route and m.candidate is not None:
            chains[m.route].append(m)
    runs: dict[str, list[list[Mention]]] = defaultdict(list)
    for route, ends in chains.items():
        stops = route.stops  # in the order the route passes them, which need not be the text's
        ends = sorted(ends, key=lambda e: stops.index(e.text) if e.text in stops else len(stops))
        runs[" – ".join(e.candidate.name for e in ends)].append(ends)
    return runs


def _excerpt(article: Article, sentence: tuple[int, int], mentions: list[Mention]) -> Excerpt:
    """The sentence of ``article`` at ``sentence``, stripped, with the mentions' words located inside it."""
    s, e = sentence
    raw = article.text[s:e]
    lead = len(raw) - len(raw.lstrip())
    highlights = tuple((m.start - s - lead, m.end - s - lead) for m in mentions)
    where = os.path.basename(article.source) if article.source else article.id
    source = f"{article.title} ({where})" if article.title else where
    return Excerpt(text=raw.strip(), highlights=highlights, source=source, doc=mentions[0].doc, url=article.url,
                   date=article.date)
