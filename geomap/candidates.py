"""Candidate place spans in a parsed article, for the recognition model to keep or drop.

Recall comes first here: every span that could be a place name is proposed, from
four sources, and overlapping proposals are allowed. The fitted model in
``recognise.py`` decides which to keep.

- ``gaz``: the longest capitalised n-gram at each token that the gazetteer knows
  (with a direction word before it as a second proposal: "West Texas");
- ``ner``: the model's GPE and LOC entities, and its other entities where the
  gazetteer knows them or they end like a place ("Laurel County", "Divinity Road");
- ``demonym``: adjectival forms of country names ("Russian", "Sri Lankan");
- ``road``: numbered roads ("Interstate 45", "Highway 19", "W.Va. 61").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from .demonyms import demonym_country
from .gazetteer import NATURAL_KINDS, Gazetteer
from .lexicon import word_in
from .textnorm import name_key

__all__ = ["SpanCandidate", "Tokens", "candidate_spans", "MAX_TOKENS", "NER_PLACE_LABELS", "CURATED_KINDS", "POSSESSIVE"]

MAX_TOKENS = 7
NER_PLACE_LABELS = frozenset({"GPE", "LOC"})
NER_NAME_LABELS = frozenset({"FAC", "ORG", "PERSON", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"})
CURATED_KINDS = NATURAL_KINDS | {"continent", "feature"}
_ROAD_NUMBER = re.compile(r"^(?:\d{1,4}[A-Z]?|[A-Z]-?\d{1,4})$")
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class SpanCandidate:
    """A proposed place span: tokens ``[start, end)`` of the doc, and what proposed it."""

    start: int
    end: int
    sources: frozenset[str]
    key: str = ""  # the words looked up in the gazetteer, when they differ from the span ("Idlib province")


class Tokens:
    """The token attributes candidates and features read, taken from the doc once.

    spaCy builds a Python object for every ``doc[i]`` and every slice; reading each
    attribute once into plain lists keeps recognition cheap next to the NER.
    """

    def __init__(self, doc, text: str | None = None):
        from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, LENGTH, LIKE_NUM, SENT_START, SPACY

        self.doc = doc
        self.string = doc.text if text is None else text  # Doc.text is rebuilt token by token on every read
        table = doc.to_array([IDX, LENGTH, SPACY, IS_ALPHA, IS_PUNCT, IS_LOWER, LIKE_NUM, SENT_START])
        signed = table.view(np.int64)  # SENT_START holds -1, 0 or 1
        self.n = len(table)
        self.idx = table[:, 0].tolist()
        self.text = [self.string[i:i + n] for i, n in zip(self.idx, table[:, 1].tolist())]
        self.lower = [w.lower() for w in self.text]
        self.ws = [" " if sp else "" for sp in table[:, 2].tolist()]
        self.is_alpha, self.is_punct, self.is_lower, self.like_num = (table[:, k].astype(bool).tolist()
                                                                      for k in (3, 4, 5, 6))
        self.sent_start = (signed[:, 7] == 1).tolist()
        self.sentence_starts = [i for i in range(self.n) if i == 0 or self.sent_start[i]]  # first token of each
        self.cap = [w[:1].isupper() for w in self.text]
        self.ents = list(doc.ents)
        self.ent_of: list = [None] * self.n
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``[start, end)`` as written."""
        return self.string[self.idx[start]:self.idx[end - 1] + len(self.text[end - 1])]


def _strip(tk: Tokens, start: int, end: int) -> tuple[int, int]:
    """Drop leading articles and lowercase words, and trailing possessives and punctuation."""
    while start < end and (word_in("article", tk.text[start]) or (tk.is_alpha[start] and tk.is_lower[start])):
        start += 1
    while end > start and (tk.lower[end - 1] in POSSESSIVE or tk.is_punct[end - 1]):
        end -= 1
    return start, end


def _name_end(tk: Tokens, start: int, end: int) -> int:
    """End of the name proper: trailing lowercase words ("Idlib province") are not part of it."""
    while end - 1 > start and tk.is_alpha[end - 1] and not tk.cap[end - 1] and tk.text[end - 2] not in {"-", "'"}:
        end -= 1
    return end


def _lowercase_inside(tk: Tokens, start: int, end: int) -> bool:
    for i in range(start, end):
        if not tk.is_alpha[i] or tk.cap[i] or word_in("connector", tk.text[i]):
            continue
        if i > start and tk.text[i - 1] in {"-", "'"}:
            continue  # "Port-au-Prince", "Stratford-upon-Avon"
        return True
    return False


def _gazetteer_spans(tk: Tokens, gaz: Gazetteer) -> Iterator[SpanCandidate]:
    for i in range(tk.n):
        if not tk.cap[i] or tk.is_punct[i] or "\n" in tk.text[i]:
            continue
        # Walk forward while the words so far begin some name; keep the longest that is one.
        best = None
        for n in range(1, min(MAX_TOKENS, tk.n - i) + 1):
            last = i + n - 1
            if n > 2 and tk.lower[last - 1] == "in":
                break  # "Line of Control in Kashmir" describes two places
            text = tk.span_text(i, i + n)
            if "\n" in text:
                break
            if not (tk.is_punct[last] or word_in("connector", tk.text[last]) or tk.lower[last] in POSSESSIVE
                    or not any(ch.isalnum() for ch in tk.text[last])):
                cands = gaz.candidates(text)
                # A lowercase word inside ("Lachin corridor", "Strait of Hormuz") belongs only to the
                # names of regions and features, never of towns.
                if cands and (not _lowercase_inside(tk, i, i + n) or any(c.kind in CURATED_KINDS for c in cands)):
                    best = (n, text)
            if not gaz.begins_longer_name(name_key(text)):
                break
        if best is None:
            continue
        n, text = best
        end = _name_end(tk, i, i + n)
        key = text if end != i + n else ""
        yield SpanCandidate(i, end, frozenset({"gaz"}), key)
        if i > 0 and word_in("direction", tk.text[i - 1]) and tk.cap[i - 1]:
            yield SpanCandidate(i - 1, end, frozenset({"gaz", "direction"}), text)


def _ner_spans(tk: Tokens, gaz: Gazetteer) -> Iterator[SpanCandidate]:
    for ent in tk.ents:
        s, e = _strip(tk, ent.start, ent.end)
        if s >= e or "\n" in tk.span_text(s, e):
            continue  # the model runs names across a title's line break
        e = _name_end(tk, s, e)
        if not tk.cap[s]:
            continue
        if ent.label_ in NER_PLACE_LABELS:
            yield SpanCandidate(s, e, frozenset({"ner"}))
        elif ent.label_ in NER_NAME_LABELS:
            last = tk.text[e - 1]
            if (gaz.knows(tk.span_text(s, e)) or word_in("geo_head", last) or word_in("street_head", last)) \
                    and not (e - s == 1 and demonym_country(tk.text[s])):
                yield SpanCandidate(s, e, frozenset({"ner"}))


def _demonym_spans(tk: Tokens) -> Iterator[SpanCandidate]:
    for i in range(tk.n):
        if not tk.cap[i] or not tk.is_alpha[i]:
            continue
        if i + 1 < tk.n and tk.cap[i + 1] and demonym_country(f"{tk.text[i]} {tk.text[i + 1]}"):
            yield SpanCandidate(i, i + 2, frozenset({"demonym"}))  # "Sri Lankan", "South Korean"
        elif demonym_country(tk.text[i]):
            yield SpanCandidate(i, i + 1, frozenset({"demonym"}))


def _road_spans(tk: Tokens) -> Iterator[SpanCandidate]:
    for i in range(tk.n - 1):
        word = tk.text[i]
        if not tk.cap[i] or not _ROAD_NUMBER.match(tk.text[i + 1]):
            continue
        if word_in("street_lead", word) or (word.endswith(".") and word[:-1].replace(".", "").isalpha()
                                            and len(word) <= 6):
            yield SpanCandidate(i, i + 2, frozenset({"road"}))  # "Highway 19", "W.Va. 61"


def candidate_spans(tk: Tokens, gaz: Gazetteer) -> list[SpanCandidate]:
    """Every proposed span, one per (start, end), its sources merged, in text order."""
    merged: dict[tuple[int, int], SpanCandidate] = {}
    for cand in (*_gazetteer_spans(tk, gaz), *_ner_spans(tk, gaz), *_demonym_spans(tk), *_road_spans(tk)):
        span = (cand.start, cand.end)
        old = merged.get(span)
        if old is None:
            merged[span] = cand
        else:
            # The longest name wins: "South Carolina" itself, not "Carolina" after a direction;
            # "Black Sea grain corridor", not the "Black Sea" that its span shows.
            text = tk.span_text(cand.start, cand.end)
            key = max((old.key or text, cand.key or text), key=len)
            merged[span] = SpanCandidate(cand.start, cand.end, old.sources | cand.sources, "" if key == text else key)
    return [merged[k] for k in sorted(merged)]
