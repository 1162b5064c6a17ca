"""Features of a (mention, gazetteer candidate) pair, for the resolution ranker.

The article is read once into an ``ArticleContext``: which countries and
first-level regions its names point to (each name's vote split over the
countries or regions its candidates lie in), which it names outright, its
dateline, the "X, Y" qualifiers, and a first guess at each name's place for
distances. Each candidate of each mention then becomes a row of ``RANK_FEATURES``.
The context is built from at most ``CONTEXT_NAMES`` names, so resolution stays
linear in the number of mentions.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right

import numpy as np
from collections import Counter
from dataclasses import dataclass

from .gazetteer import NATURAL_KINDS
from .lexicon import word_in
from .records import Article, Candidate, Mention
from .textnorm import name_key

__all__ = ["RANK_FEATURES", "ArticleContext", "rank_features", "haversine_km", "CURATED_KINDS"]

CURATED_KINDS = NATURAL_KINDS
CONTEXT_NAMES = 60
CONTEXT_CANDIDATES = 25  # per name, the most populous: enough for any name a local story uses
CLOSE_KM = 50.0
_KINDS = ("country", "admin", "admin2", "city", "continent", "curated", "feature")
DATELINE = re.compile(r"^([A-Z][A-Z.'’ -]{2,40}?)(?:,\s+([A-Z][\w.'’ -]{1,40}?))?\s*(?:\([^)\n]{1,40}\))?\s+[-—–]",
                      re.M)

RANK_FEATURES = (
    *(f"kind_{k}" for k in _KINDS),
    "population", "population_rank", "population_gap", "primary", "capital", "candidates", "same_name_cities",
    "country_votes", "country_share", "country_named", "country_top", "admin1_votes", "admin1_named",
    "qualifier", "qualifier_country", "qualifies_other",
    "dateline_country", "dateline_admin1", "dateline_km",
    "near_km", "near_any_km", "close_names", "close_share", "centre_km", "pick_country_share", "pick_admin1_share", "shadowed_by_city", "shadowed_by_curated",
    "mention_division", "mention_upper", "mention_period", "mention_tokens", "mention_demonym",
)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(40.18, 44.51, 40.38, 49.89))
    457
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def distances_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """Great-circle distances between every point of the first set (rows) and of the second (columns)."""
    p1, p2 = np.radians(lat1)[:, None], np.radians(lat2)[None, :]
    dl = np.radians(lon2)[None, :] - np.radians(lon1)[:, None]
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.minimum(1.0, a)))


def _kind(c: Candidate) -> str:
    if c.kind in CURATED_KINDS:
        return "curated"
    return c.kind if c.kind in _KINDS else "feature"


def _log_km(km: float | None) -> float:
    return math.log1p(km) if km is not None else math.log1p(20_000.0)


@dataclass
class _Name:
    key: str
    cands: tuple[Candidate, ...]
    count: int


_EMPTY = (Counter(), Counter(), Counter(), Counter())


class ArticleContext:
    """What the whole article says about where it is, from the candidates of all its mentions."""

    def __init__(self, article: Article, mentions: list[Mention], cands: list[tuple[Candidate, ...]]):
        self.keys = [name_key(m.key or m.text) for m in mentions]
        names: dict[str, _Name] = {}
        for key, cs in zip(self.keys, cands):
            if not cs:
                continue
            if key in names:
                names[key].count += 1
            else:
                names[key] = _Name(key, cs, 1)
        # The most mentioned names make the context; ties go to the earliest.
        self.names = sorted(names.values(), key=lambda n: -n.count)[:CONTEXT_NAMES]
        self.country_votes: Counter = Counter()
        self.admin_votes: Counter = Counter()
        self.countries_named: Counter = Counter()
        self.admins_named: Counter = Counter()
        self.own: dict[str, tuple[Counter, Counter, Counter, Counter]] = {}
        for n in self.names:
            # Sorted, not a set's order: the votes are summed in this order, and a set of strings is
            # ordered by the process's hash seed (a score's last digit changed from run to run).
            countries = sorted({c.country for c in n.cands if c.country})
            admins = sorted({(c.country, c.admin1) for c in n.cands if c.admin1 and c.kind in {"city", "admin", "admin2"}},
                            key=lambda k: (k[0] or "", k[1]))
            votes = (Counter({k: 1.0 / len(countries) for k in countries}),
                     Counter({k: 1.0 / len(admins) for k in admins}),
                     Counter({c.country for c in n.cands if c.kind == "country"}),
                     Counter({(c.country, c.admin1) for c in n.cands if c.kind == "admin"}))
            self.own[n.key] = votes
            self.country_votes.update(votes[0])
            self.admin_votes.update(votes[1])
            self.countries_named.update(votes[2])
            self.admins_named.update(votes[3])
        self.top_country = max(sorted(self.country_votes), key=lambda k: self.country_votes[k], default=None)
        # A first guess at each name's place: the largest candidate in the best-supported country and region.
        self.set_picks({n.key: max(n.cands, key=lambda c: (self.country_votes[c.country],
                                                           self.admin_votes[(c.country, c.admin1)],
                                                           c.kind == "country", c.population, -c.row))
                        for n in self.names})
        # Every candidate of every context name, for "could this be near another name's place?".
        pool = [(i, c) for i, n in enumerate(self.names)
                for c in sorted(n.cands, key=lambda c: (-c.population, c.row))[:CONTEXT_CANDIDATES]]
        self.pool_name = np.array([i for i, _ in pool], dtype=np.int64)
        self.pool_lat = np.array([c.lat for _, c in pool])
        self.pool_lon = np.array([c.lon for _, c in pool])
        self.name_index = {n.key: i for i, n in enumerate(self.names)}
        self.qualifiers = _qualifiers(article, mentions, cands)
        self.qualified = {j: i for i, j in self.qualifiers.items()}
        self.dateline = _dateline(article, mentions, cands, self.picks, self.keys)
        self.fixed_rows: dict[int, list[list[float]]] = {}  # mention index -> rank_features' pass-free part

    def set_picks(self, picks: dict[str, Candidate]) -> None:
        """Take ``picks`` (name key -> its place) as the article's places, for distances and shares."""
        self.picks = {n.key: picks[n.key] for n in self.names if n.key in picks}
        points = [(p.lat, p.lon) for p in self.picks.values() if p.kind not in {"continent", "country"}]
        if not points:
            points = [(p.lat, p.lon) for p in self.picks.values()]
        self.centre = _median_point(points)
        self.pick_countries = Counter(p.country for p in self.picks.values() if p.country)
        self.pick_admins = Counter((p.country, p.admin1) for p in self.picks.values() if p.admin1)

    def without(self, key: str) -> tuple[Counter, Counter, Counter, Counter]:
        """The votes of every other name (a name is no evidence for itself)."""
        own = self.own.get(key, _EMPTY)
        return (self.country_votes - own[0], self.admin_votes - own[1], self.countries_named - own[2],
                self.admins_named - own[3])


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def _qualifiers(article: Article, mentions: list[Mention], cands) -> dict[int, int]:
    """Mention index -> index of the country or region named right after it ("Paris, Texas")."""
    found = {}
    for i in range(len(mentions) - 1):
        gap = article.text[mentions[i].end:mentions[i + 1].start]
        if gap.strip() != "," or "\n" in gap:
            continue
        if any(c.kind in {"country", "admin"} for c in cands[i + 1]):
            found[i] = i + 1
    return found


def _dateline(article: Article, mentions: list[Mention], cands, picks, keys) -> Candidate | None:
    """The place of the article's dateline ("ALEXANDRIA, La. -"), settled by its qualifier when it has one."""
    match = DATELINE.search(article.text[:400])
    if not match:
        return None
    first = next((i for i, m in enumerate(mentions) if m.start == match.start(1) and cands[i]), None)
    if first is None:
        return None
    if match.group(2):
        area = next((i for i, m in enumerate(mentions) if m.start == match.start(2) and cands[i]), None)
        if area is not None:
            inside = [c for c in cands[first] for a in cands[area] if a.kind in {"country", "admin"} and _within(c, a)]
            if inside:
                return max(inside, key=lambda c: c.population)
    return picks.get(keys[first])


def _within(cand: Candidate, area: Candidate) -> bool:
    if cand.row == area.row or cand.country != area.country:
        return False
    return area.kind == "country" or cand.admin1 == area.admin1


_PASS_COLUMNS = ("near_km", "centre_km", "pick_country_share", "pick_admin1_share")
"""The features that read the picks of the pass before (``ArticleContext.set_picks``); the others are
worked out once per mention and article."""


def rank_features(ctx: ArticleContext, index: int, mention: Mention, cands: tuple[Candidate, ...],
                  all_cands: list[tuple[Candidate, ...]]) -> list[list[float]]:
    """One feature row per candidate of mention ``index``, in ``RANK_FEATURES`` order."""
    fixed = ctx.fixed_rows.get(index)
    if fixed is None:
        fixed = ctx.fixed_rows[index] = _fixed_rows(ctx, index, mention, cands, all_cands)
    per_pass = _pass_rows(ctx, index, cands)
    rows = []
    for row, extra in zip(fixed, per_pass):
        row = list(row)
        for column, value in zip(_PASS_AT, extra):
            row[column] = value
        rows.append(row)
    return rows


def _pass_rows(ctx: ArticleContext, index: int, cands: tuple[Candidate, ...]) -> list[tuple[float, ...]]:
    """The ``_PASS_COLUMNS`` of each candidate, from the current picks."""
    key = ctx.keys[index]
    picks = [p for k, p in ctx.picks.items() if k != key]
    own_pick = ctx.picks.get(key)
    n_picks = max(1, len(picks))
    lat = np.array([c.lat for c in cands])
    lon = np.array([c.lon for c in cands])
    if picks:
        near_km = distances_km(lat, lon, np.array([p.lat for p in picks]), np.array([p.lon for p in picks])).min(1)
    centre_km = distances_km(lat, lon, *(np.array([v]) for v in ctx.centre))[:, 0] if ctx.centre else None
    out = []
    for i, c in enumerate(cands):
        near = float(near_km[i]) if picks else None
        centre = float(centre_km[i]) if centre_km is not None else None
        out.append((
            _log_km(near), _log_km(centre),
            float((ctx.pick_countries[c.country] - (own_pick is not None and own_pick.country == c.country)) / n_picks
                  if c.country else 0.0),
            float((ctx.pick_admins[(c.country, c.admin1)] - (own_pick is not None and (own_pick.country, own_pick.admin1)
                                                             == (c.country, c.admin1))) / n_picks if c.admin1 else 0.0),
        ))
    return out


def _fixed_rows(ctx: ArticleContext, index: int, mention: Mention, cands: tuple[Candidate, ...],
                all_cands: list[tuple[Candidate, ...]]) -> list[list[float]]:
    """The rows with every feature but the ``_PASS_COLUMNS`` (left 0.0)."""
    key = ctx.keys[index]
    cv, av, cn, an = ctx.without(key)
    total_votes = sum(cv.values()) or 1.0
    pops = sorted((c.population for c in cands), reverse=True)
    ascending = pops[::-1]
    top_pop = math.log10(pops[0] + 10) if pops else 1.0
    cities = [c for c in cands if c.kind == "city" and c.population >= 1000]
    curated = any(c.kind in CURATED_KINDS and c.primary for c in cands)
    qual = ctx.qualifiers.get(index)
    qual_areas = [a for a in all_cands[qual] if a.kind in {"country", "admin"}] if qual is not None else []
    qualified_of = ctx.qualified.get(index)
    words = mention.text.split()
    division = bool(words) and len(words) > 1 and word_in("division_head", words[-1])
    dl = ctx.dateline
    lat = np.array([c.lat for c in cands])
    lon = np.array([c.lon for c in cands])
    others = ctx.pool_name != ctx.name_index.get(key, -1)
    n_others = len(ctx.names) - (key in ctx.name_index)
    if others.any():
        d = distances_km(lat, lon, ctx.pool_lat[others], ctx.pool_lon[others])
        near_any = d.min(axis=1)
        names_of = ctx.pool_name[others]
        close = np.array([len(set(names_of[row < CLOSE_KM].tolist())) for row in d])
    else:
        near_any, close = None, np.zeros(len(cands))
    rows = []
    for i, c in enumerate(cands):
        kind = _kind(c)
        rows.append([
            *(kind == k for k in _KINDS),
            math.log10(c.population + 10), len(pops) - bisect_right(ascending, c.population),
            top_pop - math.log10(c.population + 10), c.primary, c.feature_code == "PPLC", math.log1p(len(cands)),
            math.log1p(len(cities)),
            cv[c.country] if c.country else 0.0, (cv[c.country] / total_votes) if c.country else 0.0,
            bool(c.country and cn[c.country]), c.country is not None and c.country == ctx.top_country,
            av[(c.country, c.admin1)] if c.admin1 else 0.0, bool(c.admin1 and an[(c.country, c.admin1)]),
            any(_within(c, a) for a in qual_areas), any(a.country == c.country for a in qual_areas),
            qualified_of is not None and c.kind in {"country", "admin"}
            and any(_within(x, c) for x in all_cands[qualified_of]),
            dl is not None and dl.country == c.country,
            dl is not None and bool(c.admin1) and dl.admin1 == c.admin1 and dl.country == c.country,
            _log_km(haversine_km(c.lat, c.lon, dl.lat, dl.lon) if dl else None),
            0.0, _log_km(float(near_any[i]) if near_any is not None else None), float(close[i]),
            float(close[i]) / max(1, n_others), 0.0, 0.0, 0.0,
            c.kind in {"admin", "admin2"} and any(
                x.country == c.country and haversine_km(x.lat, x.lon, c.lat, c.lon) < 150 for x in cities),
            curated and c.kind not in CURATED_KINDS,
            division and c.kind == "admin2", mention.text.isupper(), "." in mention.text, len(words),
            mention.label == "DEMONYM",
        ])
    return [[float(v) for v in row] for row in rows]


_PASS_AT = tuple(RANK_FEATURES.index(name) for name in _PASS_COLUMNS)
