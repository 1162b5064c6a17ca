"""Pick one gazetteer entry for each mention, reading the whole article for context.

A name's candidates are ranked by a prior (feature kind and population) and by
what the article says elsewhere: the countries it names or implies, an
"X, Y" qualifier right after the name ("Paris, Texas"), and the distance to the
article's other places. Names the gazetteer lacks stay unresolved.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace

from .errors import GeocoderError
from .gazetteer import Gazetteer, default_gazetteer
from .records import Article, Candidate, Mention
from .textnorm import name_key

__all__ = ["resolve", "prior", "haversine_km"]

# Curated regions and features carry no population: their prior stands in for it.
KIND_PRIOR = {"continent": 7.0, "country": 6.0, "feature": 7.0, "region": 6.0, "sea": 6.0, "river": 5.0,
              "mountain": 5.0, "desert": 5.5, "island": 4.5, "physical": 5.0, "admin": 0.5, "city": 0.0}
CURATED_KINDS = {"feature", "region", "sea", "river", "mountain", "desert", "island", "physical"}
POPULATION_WEIGHT = 0.8
PRIMARY_BONUS = 1.0
CAPITAL_BONUS = 2.5
QUALIFIER = re.compile(r"\s*,\s*$")
CONTEXT_WEIGHT = 2.5
QUALIFIER_WEIGHT = 8.0
ADMIN_WEIGHT = 3.0
NEAR_WEIGHT = 1.5
NEAR_KM = 800.0
ZONE_MAX_KM = 400.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(40.18, 44.51, 40.38, 49.89))
    457
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def prior(cand: Candidate) -> float:
    """Score of a candidate before context: kind, population, own name or alias.

    >>> from geomap.records import Candidate
    >>> town = Candidate(0, 1, "Moscow", "city", "PPL", "US", "ID", 46.7, -117.0, 25_000, True)
    >>> capital = Candidate(1, 2, "Moscow", "city", "PPL", "RU", "48", 55.8, 37.6, 10_000_000, True)
    >>> prior(capital) > prior(town)
    True
    """
    score = KIND_PRIOR.get(cand.kind, 1.5) + POPULATION_WEIGHT * math.log10(cand.population + 10)
    if cand.primary:
        score += PRIMARY_BONUS
    if cand.kind == "city" and cand.feature_code == "PPLC":
        score += CAPITAL_BONUS
    return score


def _softmax_top(scores: list[float]) -> float:
    top = max(scores)
    total = sum(math.exp(s - top) for s in scores)
    return 1.0 / total


def resolve(article: Article, mentions: list[Mention], gazetteer: Gazetteer | None = None,
            geocoder=None, on_error=None) -> list[Mention]:
    """Return the mentions with ``candidate`` and ``score`` filled in where the gazetteer knows the name.

    With an online ``geocoder`` (see ``geomap.geocoders``), names the gazetteer lacks
    are asked of it; its failures go to ``on_error`` and leave the name unresolved.
    """
    out = _resolve_offline(article, mentions, gazetteer or default_gazetteer())
    if geocoder is None:
        return out
    countries = Counter(m.candidate.country for m in out if m.candidate is not None and m.candidate.country)
    hint = countries.most_common(1)[0][0] if countries else None
    resolved = []
    for m in out:
        if m.candidate is None and m.label != "ZONE":
            try:
                found = geocoder.geocode(m.text, country_hint=hint)
            except GeocoderError as err:
                if on_error is None:
                    raise
                on_error(GeocoderError(f"{article.source or article.id}: {err}"))
                found = None
            if found is not None:
                m = replace(m, candidate=found, score=0.5)
        resolved.append(m)
    return resolved


def _resolve_offline(article: Article, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    cands = [_drop_shadowed_admins(_route_feature(article, m, gaz) or gaz.candidates(m.key or m.text))
             if m.label != "ZONE" else () for m in mentions]
    # First pass: priors only, to learn which countries and area the article is about.
    first = [max(cs, key=prior) if cs else None for cs in cands]
    keys = [name_key(m.key or m.text) for m in mentions]
    qualifiers = _qualifiers(article, mentions, cands)

    out = []
    for i, (mention, cs) in enumerate(zip(mentions, cands)):
        if mention.label == "ZONE":
            out.append(_resolve_zone(mention, first, gaz))
            continue
        if not cs:
            out.append(mention)
            continue
        others = [c for j, c in enumerate(first) if c is not None and keys[j] != keys[i]]
        countries = Counter(c.country for c in others if c.country)
        regions = Counter((c.country, c.admin1) for c in others if c.kind in {"city", "admin"} and c.admin1)
        centre = _centre(others)
        qualifier = qualifiers.get(i)
        scored = []
        for c in cs:
            s = prior(c)
            if c.country and countries:
                s += CONTEXT_WEIGHT * min(1.0, countries[c.country] / 2)
            if c.kind in {"city", "admin"} and c.admin1 and regions[(c.country, c.admin1)]:
                # "Georgia" beside Atlanta: the other places sit inside this region.
                s += ADMIN_WEIGHT * min(1.0, regions[(c.country, c.admin1)] / 2)
            if centre is not None:
                s += NEAR_WEIGHT * math.exp(-haversine_km(c.lat, c.lon, *centre) / NEAR_KM)
            if qualifier is not None and _within(c, qualifier):
                s += QUALIFIER_WEIGHT
            scored.append(s)
        best = max(range(len(cs)), key=lambda k: (scored[k], -cs[k].row))
        out.append(replace(mention, candidate=cs[best], score=round(_softmax_top(scored), 3)))
    return out


ROUTE_WORD = re.compile(r"^[\s-]+(?:border\s+)?(corridor|road|highway|route|crossing|pass|pipeline|bridge|"
                        r"checkpoint|strait|canal|zone|buffer zone)\b", re.I)
ROUTE_NAMES = ("corridor", "road", "crossing", "highway", "route", "pass", "pipeline", "zone")


def _route_feature(article: Article, mention: Mention, gaz: Gazetteer) -> tuple[Candidate, ...]:
    """The curated feature meant by "X road" where the feature is filed as "X corridor" (or the like)."""
    if mention.key:
        return ()
    match = ROUTE_WORD.match(article.text[mention.end:mention.end + 30])
    if not match:
        return ()
    for word in dict.fromkeys((match.group(1).lower(), *ROUTE_NAMES)):
        found = tuple(c for c in gaz.candidates(f"{mention.text} {word}") if c.kind == "feature")
        if found:
            return found
    return ()


def _drop_shadowed_admins(cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Drop entries that news almost never means when a more salient one has the name.

    A region named after a city it surrounds gives way to the city ("Moscow",
    "Kherson"); where the curated regions list has the name ("Sahel", "Nile"), a
    same-named province or small town gives way to it.
    """
    cities = [c for c in cands if c.kind == "city" and c.population >= 1000]
    curated = any(c.kind in CURATED_KINDS and c.primary for c in cands)
    return tuple(c for c in cands if not (
        (c.kind == "admin" and any(x.country == c.country and haversine_km(x.lat, x.lon, c.lat, c.lon) < 150
                                   for x in cities))
        or (curated and (c.kind == "admin" or (c.kind == "city" and c.population < 100_000)))))


def _qualifiers(article: Article, mentions: list[Mention], cands) -> dict[int, Candidate]:
    """Mention index -> the country/admin named right after it ("Paris, Texas")."""
    found = {}
    for i in range(len(mentions) - 1):
        gap = article.text[mentions[i].end:mentions[i + 1].start]
        if not QUALIFIER.match(gap) or "," not in gap:
            continue
        areas = [c for c in cands[i + 1] if c.kind in {"country", "admin"}]
        if areas:
            found[i] = max(areas, key=prior)
    return found


def _within(cand: Candidate, area: Candidate) -> bool:
    if cand.row == area.row or cand.country != area.country:
        return False
    return area.kind == "country" or cand.admin1 == area.admin1


def _centre(cands: list[Candidate]) -> tuple[float, float] | None:
    points = [(c.lat, c.lon) for c in cands if c.kind not in {"continent", "country"}]
    if not points:
        points = [(c.lat, c.lon) for c in cands if c.kind == "country"]
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def _resolve_zone(mention: Mention, first: list[Candidate | None], gaz: Gazetteer) -> Mention:
    """Link a descriptive zone phrase to the curated zone it names or lies nearest to."""
    zones = [c for c in gaz.of_kind("feature") if "zone" in c.feature_code or "occupied" in c.feature_code]
    named = [c for c in gaz.candidates(re.sub(r"^(the|a|an)\s+", "", mention.text, flags=re.I)) if c.kind == "feature"]
    if named:
        return replace(mention, candidate=named[0], score=1.0)
    centre = _centre([c for c in first if c is not None])
    if centre is None or not zones:
        return mention
    words = set(name_key(mention.text).split())
    ranked = sorted(
        zones,
        key=lambda z: (haversine_km(z.lat, z.lon, *centre) - 150 * len(words & set(name_key(z.name).split())), z.row),
    )
    best = ranked[0]
    if haversine_km(best.lat, best.lon, *centre) > ZONE_MAX_KM:
        return mention
    return replace(mention, candidate=best, score=0.6)
