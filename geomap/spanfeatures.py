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

from .candidates import CURATED_KINDS, NER_PLACE_LABELS, POSSESSIVE, SpanCandidate, Tokens
from .demonyms import demonym_country
from .gazetteer import Gazetteer
from .lexicon import word_in
from .textnorm import name_key

__all__ = ["FEATURES", "SYNTAX_FEATURES", "DocContext", "span_features", "syntax_features", "zipf"]

_NER_LABELS = ("GPE", "LOC", "FAC", "NORP", "ORG", "PERSON")

FEATURES = (
    # what proposed it
    "src_gaz", "src_ner", "src_demonym", "src_road", "src_direction",
    # the NER entity over its first token: exact span, span inside a longer entity, or overlapping
    *(f"ent_{lab}" for lab in (*_NER_LABELS, "OTHER", "NONE")),
    "ent_exact", "ent_inside", "ent_longer_tokens",
    # how it is written
    "tokens", "chars", "all_caps", "has_period", "has_digit", "has_hyphen",
    "sentence_start", "line_start", "first_sentence", "after_dateline_dash", "before_dateline_dash",
    # ordinary-word evidence
    "zipf", "zipf_first", "zipf_last", "lower_in_doc",
    # the words around it
    "prev_title", "prev_capitalised", "prev_locative", "prev_of", "prev_the", "prev_comma", "prev_number",
    "prev_direction", "prev_org_head",
    "next_capitalised", "next_org_head", "next_geo_head", "next_street_head", "next_report_verb",
    "next_possessive", "next_comma", "next_comma_area", "next_hyphen", "next_actor_noun",
    "last_geo_head", "last_street_head", "first_street_lead", "calendar",
    # the gazetteer
    "gaz_known", "gaz_candidates", "gaz_country", "gaz_admin", "gaz_admin2", "gaz_city", "gaz_curated",
    "gaz_capital", "gaz_primary", "gaz_population", "gaz_population_primary", "key_differs",
    # demonyms
    "demonym", "demonym_plural",
    # the rest of the article
    "repeats", "repeats_as_place_ner", "repeats_as_person_ner", "person_surname_elsewhere", "titled_elsewhere",
    "located_elsewhere", "inside_longer_candidate", "contains_candidate",
)

SYNTAX_FEATURES = (
    # read from the parse of the candidate's sentence, for the candidates the first model is unsure of
    "first_propn", "all_propn", "next_verb", "next_noun",
    "dep_compound", "dep_subject", "dep_object", "dep_pobj", "dep_poss", "dep_appos", "head_is_verb",
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

    def __init__(self, tk: Tokens, gaz: Gazetteer, spans: list[SpanCandidate]):
        self.tk = tk
        self.gaz = gaz
        n = tk.n
        self.lower_words = Counter(tk.lower[i] for i in range(n) if tk.is_alpha[i] and tk.is_lower[i])
        self.keys = Counter(name_key(tk.span_text(c.start, c.end)) for c in spans)
        self.place_ner = Counter(name_key(e.text) for e in tk.ents if e.label_ in NER_PLACE_LABELS)
        self.person_ner = Counter(name_key(e.text) for e in tk.ents if e.label_ == "PERSON")
        self.surnames = {name_key(tk.text[e.end - 1]) for e in tk.ents if e.label_ == "PERSON" and len(e) > 1}
        self.titled = {name_key(tk.text[i + 1]) for i in range(n - 1) if tk.cap[i + 1] and word_in("title", tk.text[i])}
        self.located = {name_key(tk.text[i + 1]) for i in range(n - 1)
                        if tk.cap[i + 1] and word_in("locative", tk.text[i])}
        self.covering: dict[int, list[tuple[int, int]]] = {}  # token -> the candidate spans over it
        for c in spans:
            for i in range(c.start, c.end):
                self.covering.setdefault(i, []).append((c.start, c.end))
        # The headline: the first line, or the first sentence where the copy runs it into the text.
        text = tk.string
        first_sent = next((i for i in range(1, n) if tk.sent_start[i]), None)
        sent_end = tk.idx[first_sent] if first_sent is not None else len(text)
        line_end = text.find("\n", len(text) - len(text.lstrip()))
        self.headline_end = min(sent_end, line_end if line_end >= 0 else len(text))


_DASHES = frozenset({"—", "--", "–", "-"})
_DATELINE_SKIP = frozenset({"(", ")", "AP", "Reuters", "AFP", ","}) | _DASHES


def _near_dash(tk: Tokens, i: int, step: int) -> bool:
    j = i + step
    while 0 <= j < tk.n and tk.text[j] in _DATELINE_SKIP:
        if tk.text[j] in _DASHES:
            return True
        j += step
    return False


def span_features(ctx: DocContext, cand: SpanCandidate) -> list[float]:
    """The feature row of one candidate, in ``FEATURES`` order."""
    tk, s, e = ctx.tk, cand.start, cand.end
    text = tk.span_text(s, e)
    first, last = s, e - 1
    prev = s - 1 if s > 0 else None
    nxt = e if e < tk.n else None
    nxt2 = e + 1 if e + 1 < tk.n else None
    prev_text = tk.text[prev] if prev is not None else ""
    next_text = tk.text[nxt] if nxt is not None else ""
    ent = tk.ent_of[s]
    label = ent.label_ if ent is not None else "NONE"
    label = label if label in _NER_LABELS or label == "NONE" else "OTHER"
    exact = ent is not None and ent.end >= e and _core(tk, ent) == (s, e)
    inside = ent is not None and ent.start <= s and ent.end >= e and not exact
    cands = ctx.gaz.candidates(cand.key or text)
    kinds = {c.kind for c in cands}
    key = name_key(text)
    words = [i for i in range(s, e) if tk.is_alpha[i]]
    country = demonym_country(text)
    over = {sp for i in range(s, e) for sp in ctx.covering.get(i, ())} - {(s, e)}
    row = [
        "gaz" in cand.sources, "ner" in cand.sources, "demonym" in cand.sources, "road" in cand.sources,
        "direction" in cand.sources,
        *(label == lab for lab in (*_NER_LABELS, "OTHER", "NONE")),
        exact, inside, (ent.end - ent.start - (e - s)) if ent is not None and (exact or inside) else 0,
        e - s, len(text), text.isupper() and any(ch.isalpha() for ch in text), "." in text,
        any(ch.isdigit() for ch in text), "-" in text,
        tk.sent_start[first] or s == 0, s == 0 or "\n" in tk.ws[s - 1] + tk.text[s - 1] or not tk.text[s - 1].strip(),
        tk.idx[first] < ctx.headline_end, _near_dash(tk, s, -1), _near_dash(tk, e - 1, 1),
        zipf(text.lower()), zipf(tk.lower[first]), zipf(tk.lower[last]),
        math.log1p(sum(ctx.lower_words[tk.lower[i]] for i in words)),
        prev is not None and word_in("title", prev_text),
        prev is not None and tk.cap[prev] and not tk.sent_start[prev] and tk.is_alpha[prev],
        prev is not None and word_in("locative", prev_text), prev is not None and tk.lower[prev] == "of",
        prev is not None and tk.lower[prev] == "the", prev_text == ",",
        prev is not None and tk.like_num[prev], prev is not None and word_in("direction", prev_text),
        s > 1 and tk.lower[prev] == "of" and word_in("org_head", tk.text[s - 2]),
        nxt is not None and tk.cap[nxt] and tk.is_alpha[nxt],
        nxt is not None and tk.cap[nxt] and word_in("org_head", next_text),
        nxt is not None and word_in("geo_head", next_text), nxt is not None and word_in("street_head", next_text),
        nxt is not None and word_in("report_verb", next_text),
        nxt is not None and tk.lower[nxt] in POSSESSIVE, next_text == ",",
        next_text == "," and nxt2 is not None and _is_area(ctx.gaz, tk.text[nxt2]),
        next_text in {"-", "–", "—"},
        nxt is not None and word_in("actor_noun", next_text),
        word_in("geo_head", tk.text[last]) and e - s > 1, word_in("street_head", tk.text[last]) and e - s > 1,
        word_in("street_lead", tk.text[first]), e - s == 1 and word_in("calendar", tk.text[first]),
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


def _core(tk: Tokens, ent) -> tuple[int, int]:
    s, e = ent.start, ent.end
    while s < e and (word_in("article", tk.text[s]) or (tk.is_alpha[s] and tk.is_lower[s])):
        s += 1
    while e > s and (tk.lower[e - 1] in {"'s", "’s", "'", "’"} or tk.is_punct[e - 1]):
        e -= 1
    return s, e


def _is_area(gaz: Gazetteer, word: str) -> bool:
    return any(c.kind in {"country", "admin"} for c in gaz.candidates(word))


def syntax_features(sentence, offset: int, cand: SpanCandidate) -> list[float]:
    """The ``SYNTAX_FEATURES`` row of a candidate in its parsed sentence, whose first token is the doc's ``offset``.

    ``sentence`` is a spaCy ``Doc`` of that sentence alone (``syntax.parse_words``), with parts
    of speech and a dependency parse.
    """
    s, e = cand.start - offset, min(cand.end - offset, len(sentence))
    span = sentence[s:e]
    words = [t for t in span if t.is_alpha]
    nxt = sentence[e] if e < len(sentence) else None
    root = span.root
    dep = root.dep_
    row = [
        span[0].pos_ == "PROPN", all(t.pos_ == "PROPN" for t in words),
        nxt is not None and nxt.pos_ in {"VERB", "AUX"}, nxt is not None and nxt.pos_ == "NOUN",
        dep == "compound", dep in {"nsubj", "nsubjpass"}, dep in {"dobj", "attr"}, dep == "pobj", dep == "poss",
        dep == "appos", root.head.pos_ in {"VERB", "AUX"},
    ]
    return [float(v) for v in row]
