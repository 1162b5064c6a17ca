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

from .demonyms import demonym_country
from .gazetteer import NATURAL_KINDS, Gazetteer
from .lexicon import word_in

__all__ = ["SpanCandidate", "candidate_spans", "MAX_TOKENS", "NER_PLACE_LABELS"]

MAX_TOKENS = 7
NER_PLACE_LABELS = frozenset({"GPE", "LOC"})
NER_NAME_LABELS = frozenset({"FAC", "ORG", "PERSON", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"})
_ROAD_NUMBER = re.compile(r"^(?:\d{1,4}[A-Z]?|[A-Z]-?\d{1,4})$")


@dataclass(frozen=True)
class SpanCandidate:
    """A proposed place span: tokens ``[start, end)`` of the doc, and what proposed it."""

    start: int
    end: int
    sources: frozenset[str]
    key: str = ""  # the words looked up in the gazetteer, when they differ from the span ("Idlib province")


def _capitalised(token) -> bool:
    return token.text[:1].isupper()


def _strip(doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading articles and lowercase words, and trailing possessives and punctuation."""
    while start < end and (word_in("article", doc[start].text) or (doc[start].is_alpha and doc[start].is_lower)):
        start += 1
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct):
        end -= 1
    return start, end


def _name_end(doc, start: int, end: int) -> int:
    """End of the name proper: trailing lowercase words ("Idlib province") are not part of it."""
    while end - 1 > start and doc[end - 1].is_alpha and not _capitalised(doc[end - 1]) \
            and doc[end - 2].text not in {"-", "'"}:
        end -= 1
    return end


def _lowercase_inside(span) -> bool:
    for k, t in enumerate(span):
        if not t.is_alpha or _capitalised(t) or word_in("connector", t.text):
            continue
        if k > 0 and span[k - 1].text in {"-", "'"}:
            continue  # "Port-au-Prince", "Stratford-upon-Avon"
        return True
    return False


CURATED_KINDS = NATURAL_KINDS | {"continent", "feature"}


def _gazetteer_spans(doc, gaz: Gazetteer) -> Iterator[SpanCandidate]:
    for i, tok in enumerate(doc):
        if not _capitalised(tok) or tok.is_punct or "\n" in tok.text:
            continue
        for n in range(min(MAX_TOKENS, len(doc) - i), 0, -1):
            span = doc[i:i + n]
            last = span[-1]
            if (last.is_punct or word_in("connector", last.text) or last.tag_ == "POS" or "\n" in span.text
                    or not any(ch.isalnum() for ch in last.text)):
                continue
            if any(t.lower_ == "in" for t in span[1:-1]):
                continue  # "Line of Control in Kashmir" describes two places
            cands = gaz.candidates(span.text)
            if not cands:
                continue
            # A lowercase word inside ("Lachin corridor", "Strait of Hormuz") belongs only to the
            # names of regions and features, never of towns.
            if _lowercase_inside(span) and not any(c.kind in CURATED_KINDS for c in cands):
                continue
            end = _name_end(doc, i, i + n)
            key = span.text if end != i + n else ""
            yield SpanCandidate(i, end, frozenset({"gaz"}), key)
            if i > 0 and word_in("direction", doc[i - 1].text) and _capitalised(doc[i - 1]):
                yield SpanCandidate(i - 1, end, frozenset({"gaz", "direction"}), span.text)
            break


def _ner_spans(doc, gaz: Gazetteer) -> Iterator[SpanCandidate]:
    for ent in doc.ents:
        if "\n" in ent.text.strip():
            continue  # the model runs names across a title's line break
        s, e = _strip(doc, ent.start, ent.end)
        if s >= e:
            continue
        e = _name_end(doc, s, e)
        if not _capitalised(doc[s]):
            continue
        if ent.label_ in NER_PLACE_LABELS:
            yield SpanCandidate(s, e, frozenset({"ner"}))
        elif ent.label_ in NER_NAME_LABELS:
            last = doc[e - 1].text
            if (gaz.knows(doc[s:e].text) or word_in("geo_head", last) or word_in("street_head", last)) \
                    and not (e - s == 1 and demonym_country(doc[s].text)):
                yield SpanCandidate(s, e, frozenset({"ner"}))


def _demonym_spans(doc) -> Iterator[SpanCandidate]:
    for i, tok in enumerate(doc):
        if not _capitalised(tok) or not tok.is_alpha:
            continue
        if i + 1 < len(doc) and demonym_country(f"{tok.text} {doc[i + 1].text}"):
            yield SpanCandidate(i, i + 2, frozenset({"demonym"}))  # "Sri Lankan", "South Korean"
        elif demonym_country(tok.text):
            yield SpanCandidate(i, i + 1, frozenset({"demonym"}))


def _road_spans(doc) -> Iterator[SpanCandidate]:
    for i in range(len(doc) - 1):
        tok, nxt = doc[i], doc[i + 1]
        if not _capitalised(tok) or not _ROAD_NUMBER.match(nxt.text):
            continue
        if word_in("street_lead", tok.text) or (tok.text.endswith(".") and tok.text[:-1].replace(".", "").isalpha()
                                                 and len(tok.text) <= 6):
            yield SpanCandidate(i, i + 2, frozenset({"road"}))  # "Highway 19", "W.Va. 61"


def candidate_spans(doc, gaz: Gazetteer) -> list[SpanCandidate]:
    """Every proposed span of ``doc``, one per (start, end), its sources merged, in text order."""
    merged: dict[tuple[int, int], SpanCandidate] = {}
    for cand in (*_gazetteer_spans(doc, gaz), *_ner_spans(doc, gaz), *_demonym_spans(doc), *_road_spans(doc)):
        span = (cand.start, cand.end)
        old = merged.get(span)
        if old is None:
            merged[span] = cand
        else:
            # The longest name wins: "South Carolina" itself, not "Carolina" after a direction;
            # "Black Sea grain corridor", not the "Black Sea" that its span shows.
            text = doc[cand.start:cand.end].text
            key = max((old.key or text, cand.key or text), key=len)
            key = "" if key == text else key
            merged[span] = SpanCandidate(cand.start, cand.end, old.sources | cand.sources, key)
    return [merged[k] for k in sorted(merged)]
