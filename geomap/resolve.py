"""Pick one gazetteer entry for each mention, reading the whole article for context.

Every candidate entry of every mention is described by ``rankfeatures.py`` (its
kind and population, the countries and regions the article's other names point
to, an "X, Y" qualifier, the dateline, the distance to the article's other
places) and scored by the ranker fitted on real news
(``data/models/resolve.json``, from ``scripts/fit_models.py``); the best-scored
entry wins. Demonyms resolve to their country. Names the gazetteer lacks stay
unresolved, or go to an online geocoder when one is given.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import numpy as np

from .demonyms import demonym_country
from .errors import DataError, GeocoderError
from .fitted import TreeModel, load_model
from .gazetteer import Gazetteer, default_gazetteer
from .lexicon import word_in
from .rankfeatures import RANK_FEATURES, ArticleContext, haversine_km, rank_features
from .records import Article, Candidate, Mention
from .textnorm import name_key

__all__ = ["resolve", "candidates_of", "ranker", "haversine_km"]

ZONE_MAX_KM = 400.0


def ranker() -> TreeModel:
    """The shipped resolution ranker; its feature list must be ours."""
    model = load_model("resolve")
    if model.features != RANK_FEATURES:
        raise DataError("data/models/resolve.json was fitted on other features; run scripts/fit_models.py")
    return model


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
        if m.candidate is None and m.zone is None and m.label != "DEMONYM":
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


def candidates_of(article: Article, mention: Mention, gaz: Gazetteer) -> tuple[Candidate, ...]:
    """The gazetteer entries a mention may refer to (a demonym: its country)."""
    if mention.zone is not None:
        return ()
    if mention.label == "DEMONYM":
        code = demonym_country(mention.text)
        country = next((c for c in gaz.of_kind("country") if c.country == code), None) if code else None
        return (country,) if country is not None else ()
    cands = _drop_duplicates(_route_feature(article, mention, gaz) or gaz.candidates(mention.key or mention.text))
    if _named_as_division(article.text, mention):
        divisions = tuple(c for c in cands if c.kind in {"admin", "admin2"})
        return divisions or cands
    return cands


_WORD_AFTER = re.compile(r"(?:,?[ \t]+and[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?)?[ \t]+([A-Za-z]+)\b")
_WORDS_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]+of[ \t]+$")


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _named_as_division(text: str, mention: Mention) -> bool:
    """Whether the words next to the mention say it is a division: "the Kherson region", "the state of Georgia",
    "the Odesa and Kharkiv regions"."""
    after = _WORD_AFTER.match(text, mention.end)
    if after and after.group(1).islower() and word_in("admin_word", _singular(after.group(1))):
        return True
    before = _WORDS_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return bool(before and before.group(1).islower() and word_in("admin_word", before.group(1)))


def _drop_duplicates(cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """One entry per curated place: what is listed by the same name near a drawn feature gives way to it.

    A curated feature (a corridor, a zone) is drawn as its shape; a region, a province
    or a district of that name around it ("Gaza Strip") would only be a point.
    """
    features = [c for c in cands if c.kind == "feature"]
    if not features:
        return cands
    return tuple(c for c in cands if c.kind in {"feature", "city"} or not (
        any(haversine_km(c.lat, c.lon, f.lat, f.lon) < 150 for f in features)))


PASSES = 2
"""Ranking passes: the second measures distances and shares from the first pass's choices."""


def _rank(ctx: ArticleContext, mentions: list[Mention], cands: list[tuple[Candidate, ...]],
          only: set[int] | None = None) -> dict[int, tuple[int, float]]:
    """Mention index -> (index of its best candidate, that candidate's share of the probability).

    Mentions that read the same (the same name, written the same way, with the same
    qualifier) have the same features: each is scored once. ``only`` limits the ranking to
    those mentions.
    """
    blocks: dict[tuple, tuple[int, int, int]] = {}
    rows: list[list[float]] = []
    sig_of: dict[int, tuple] = {}
    for i, (m, cs) in enumerate(zip(mentions, cands)):
        if len(cs) < 2 or (only is not None and i not in only):
            continue
        q, qd = ctx.qualifiers.get(i), ctx.qualified.get(i)
        sig = (ctx.keys[i], m.text, m.label, ctx.keys[q] if q is not None else None,
               ctx.keys[qd] if qd is not None else None)
        sig_of[i] = sig
        if sig not in blocks:
            blocks[sig] = (i, len(rows), len(rows) + len(cs))
            rows += rank_features(ctx, i, m, cs, cands)
    probs = ranker().probability(np.asarray(rows).reshape(-1, len(RANK_FEATURES))) if rows else np.zeros(0)
    best_of: dict[tuple, tuple[int, float]] = {}
    for sig, (i, lo, hi) in blocks.items():
        p = probs[lo:hi]
        k = max(range(hi - lo), key=lambda j: (p[j], -cands[i][j].row))
        best_of[sig] = (k, float(p[k] / p.sum()) if p.sum() > 0 else 0.0)
    return {i: best_of[sig] for i, sig in sig_of.items()}


def _resolve_offline(article: Article, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    cands = [candidates_of(article, m, gaz) for m in mentions]
    ctx = ArticleContext(article, mentions, cands)
    best = _rank(ctx, mentions, cands)
    for _ in range(PASSES - 1):
        picks = {}
        for i, cs in enumerate(cands):
            if cs:
                picks.setdefault(ctx.keys[i], cs[best.get(i, (0, 1.0))[0]])
        ctx.set_picks(picks)
        best = _rank(ctx, mentions, cands)
    first = [cs[best.get(i, (0, 1.0))[0]] if cs else None for i, cs in enumerate(cands)]
    out = []
    for i, (m, cs) in enumerate(zip(mentions, cands)):
        if m.zone is not None:
            out.append(_resolve_zone(m, first, gaz))
        elif not cs:
            out.append(m)
        else:
            k, share = best.get(i, (0, 1.0))
            out.append(replace(m, candidate=cs[k], score=round(m.confidence * share, 3)))
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
