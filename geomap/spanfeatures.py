"""Features of a candidate span, for the recognition model.

Each candidate from ``candidates.py`` becomes one row of numbers: what proposed
it, what the NER model thought of it, how it is written, the words around it,
what the gazetteer knows of it, how common it is as an ordinary English word
(wordfreq), and how the rest of the article uses the same words (a surname after
a title elsewhere, a word also written in lowercase). ``FEATURES`` names the
columns in order; the fitted model file repeats them and is refused if they differ.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

from .candidates import CURATED_KINDS, NER_PLACE_LABELS, SpanCandidate
from .demonyms import demonym_country
from .gazetteer import Gazetteer
from .lexicon import word_in
from .textnorm import name_key

__all__ = ["FEATURES", "DocContext", "span_features", "zipf"]

_NER_LABELS = ("GPE", "LOC", "FAC", "NORP", "ORG", "PERSON")

FEATURES = (
    # what proposed it
    "src_gaz", "src_ner", "src_demonym", "src_road", "src_direction",
    # the NER entity over its first token: exact span, span inside a longer entity, or overlapping
    *(f"ent_{lab}" for lab in (*_NER_LABELS, "OTHER", "NONE")),
    "ent_exact", "ent_inside", "ent_longer_tokens",
    # how it is written
    "tokens", "chars", "all_caps", "has_period", "has_digit", "has_hyphen", "first_propn", "all_propn",
    "sentence_start", "line_start", "first_line", "after_dateline_dash", "before_dateline_dash",
    # ordinary-word evidence
    "zipf", "zipf_first", "zipf_last", "lower_in_doc",
    # the words around it
    "prev_title", "prev_capitalised", "prev_locative", "prev_of", "prev_the", "prev_comma", "prev_number",
    "prev_direction", "prev_org_head",
    "next_capitalised", "next_org_head", "next_geo_head", "next_street_head", "next_report_verb",
    "next_verb", "next_possessive", "next_comma", "next_comma_area", "next_hyphen", "next_noun",
    "last_geo_head", "last_street_head", "first_street_lead", "calendar",
    # syntax
    "dep_compound", "dep_subject", "dep_object", "dep_pobj", "dep_poss", "dep_appos", "head_is_verb",
    # the gazetteer
    "gaz_known", "gaz_candidates", "gaz_country", "gaz_admin", "gaz_admin2", "gaz_city", "gaz_curated",
    "gaz_capital", "gaz_primary", "gaz_population", "gaz_population_primary", "key_differs",
    # demonyms
    "demonym", "demonym_plural",
    # the rest of the article
    "repeats", "repeats_as_place_ner", "repeats_as_person_ner", "person_surname_elsewhere", "titled_elsewhere",
    "located_elsewhere", "inside_longer_candidate", "contains_candidate",
)


@lru_cache(maxsize=1 << 16)
def zipf(word: str) -> float:
    """Zipf frequency of a lowercase English word or phrase (wordfreq), 0 when unseen.

    >>> zipf("police") > zipf("stepanakert")
    True
    """
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


class DocContext:
    """What the whole article says, computed once per document."""

    def __init__(self, doc, gaz: Gazetteer, spans: list[SpanCandidate]):
        self.doc = doc
        self.gaz = gaz
        self.ent_of = [None] * len(doc)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self.lower_words = Counter(t.lower_ for t in doc if t.is_alpha and t.is_lower)
        self.keys = Counter(name_key(doc[c.start:c.end].text) for c in spans)
        self.place_ner = Counter(name_key(e.text) for e in doc.ents if e.label_ in NER_PLACE_LABELS)
        self.person_ner = Counter(name_key(e.text) for e in doc.ents if e.label_ == "PERSON")
        self.surnames = {name_key(e[-1].text) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        self.titled = {name_key(doc[i + 1].text) for i in range(len(doc) - 1) if word_in("title", doc[i].text)
                       and doc[i + 1].text[:1].isupper()}
        self.located = {name_key(doc[i + 1:i + 2].text) for i in range(len(doc) - 1)
                        if word_in("locative", doc[i].text) and doc[i + 1].text[:1].isupper()}
        self.covering: dict[int, list[tuple[int, int]]] = {}  # token -> the candidate spans over it
        for c in spans:
            for i in range(c.start, c.end):
                self.covering.setdefault(i, []).append((c.start, c.end))
        self.first_line_end = doc.text.find("\n") if "\n" in doc.text else len(doc.text)


def _near_dash(doc, i: int, step: int) -> bool:
    j = i + step
    while 0 <= j < len(doc) and doc[j].text in {"(", ")", "AP", "Reuters", "AFP", ","} | {"—", "--", "–", "-"}:
        if doc[j].text in {"—", "--", "–", "-"}:
            return True
        j += step
    return False


def span_features(ctx: DocContext, cand: SpanCandidate) -> list[float]:
    """The feature row of one candidate, in ``FEATURES`` order."""
    doc, s, e = ctx.doc, cand.start, cand.end
    span = doc[s:e]
    text = span.text
    first, last = doc[s], doc[e - 1]
    prev = doc[s - 1] if s > 0 else None
    nxt = doc[e] if e < len(doc) else None
    nxt2 = doc[e + 1] if e + 1 < len(doc) else None
    ent = ctx.ent_of[s]
    label = ent.label_ if ent is not None else "NONE"
    label = label if label in _NER_LABELS or label == "NONE" else "OTHER"
    exact = ent is not None and ent.end >= e and _core(doc, ent) == (s, e)
    inside = ent is not None and ent.start <= s and ent.end >= e and not exact
    cands = ctx.gaz.candidates(cand.key or text)
    kinds = {c.kind for c in cands}
    key = name_key(text)
    words = [t for t in span if t.is_alpha]
    lower = text.lower()
    country = demonym_country(text)
    root = span.root
    dep = root.dep_
    over = {sp for i in range(s, e) for sp in ctx.covering.get(i, ())} - {(s, e)}
    row = [
        "gaz" in cand.sources, "ner" in cand.sources, "demonym" in cand.sources, "road" in cand.sources,
        "direction" in cand.sources,
        *(label == lab for lab in (*_NER_LABELS, "OTHER", "NONE")),
        exact, inside, (ent.end - ent.start - (e - s)) if ent is not None and (exact or inside) else 0,
        e - s, len(text), text.isupper() and any(ch.isalpha() for ch in text), "." in text,
        any(ch.isdigit() for ch in text), "-" in text, first.pos_ == "PROPN", all(t.pos_ == "PROPN" for t in words),
        first.is_sent_start is True, s == 0 or "\n" in doc[s - 1].text_with_ws or doc[s - 1].text.strip() == "",
        first.idx < ctx.first_line_end, _near_dash(doc, s, -1), _near_dash(doc, e - 1, 1),
        zipf(lower), zipf(first.lower_), zipf(last.lower_),
        math.log1p(sum(ctx.lower_words[t.lower_] for t in words)),
        prev is not None and word_in("title", prev.text),
        prev is not None and prev.text[:1].isupper() and not prev.is_sent_start and prev.is_alpha,
        prev is not None and word_in("locative", prev.text), prev is not None and prev.lower_ == "of",
        prev is not None and prev.lower_ == "the", prev is not None and prev.text == ",",
        prev is not None and prev.like_num, prev is not None and word_in("direction", prev.text),
        s > 1 and prev.lower_ == "of" and word_in("org_head", doc[s - 2].text),
        nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha,
        nxt is not None and nxt.text[:1].isupper() and word_in("org_head", nxt.text),
        nxt is not None and word_in("geo_head", nxt.text), nxt is not None and word_in("street_head", nxt.text),
        nxt is not None and word_in("report_verb", nxt.text), nxt is not None and nxt.pos_ in {"VERB", "AUX"},
        nxt is not None and nxt.tag_ == "POS", nxt is not None and nxt.text == ",",
        nxt is not None and nxt.text == "," and nxt2 is not None and _is_area(ctx.gaz, nxt2.text),
        nxt is not None and nxt.text in {"-", "–", "—"}, nxt is not None and nxt.pos_ == "NOUN",
        word_in("geo_head", last.text) and e - s > 1, word_in("street_head", last.text) and e - s > 1,
        word_in("street_lead", first.text), e - s == 1 and word_in("calendar", first.text),
        dep == "compound", dep in {"nsubj", "nsubjpass"}, dep in {"dobj", "attr"}, dep == "pobj", dep == "poss",
        dep == "appos", root.head.pos_ in {"VERB", "AUX"},
        bool(cands), math.log1p(len(cands)), "country" in kinds, "admin" in kinds, "admin2" in kinds,
        "city" in kinds, bool(kinds & CURATED_KINDS), any(c.feature_code == "PPLC" for c in cands),
        any(c.primary for c in cands), math.log10(1 + max((c.population for c in cands), default=0)),
        math.log10(1 + max((c.population for c in cands if c.primary), default=0)), bool(cand.key),
        country is not None, country is not None and text.endswith("s"),
        math.log1p(ctx.keys[key]), math.log1p(ctx.place_ner[key]), math.log1p(ctx.person_ner[key]),
        key in ctx.surnames and not (ent is not None and ent.label_ == "PERSON" and len(ent) > 1),
        key in ctx.titled, key in ctx.located,
        any(a <= s and b >= e for a, b in over), any(s <= a and e >= b for a, b in over),
    ]
    return [float(v) for v in row]


def _core(doc, ent) -> tuple[int, int]:
    s, e = ent.start, ent.end
    while s < e and (word_in("article", doc[s].text) or (doc[s].is_alpha and doc[s].is_lower)):
        s += 1
    while e > s and (doc[e - 1].lower_ in {"'s", "’s", "'", "’"} or doc[e - 1].is_punct):
        e -= 1
    return s, e


def _is_area(gaz: Gazetteer, word: str) -> bool:
    return any(c.kind in {"country", "admin"} for c in gaz.candidates(word))
