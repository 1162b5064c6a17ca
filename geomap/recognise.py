"""Find place mentions, with character offsets, by NER and the gazetteer together.

The small spaCy model alone misses and mislabels many places ("Lachin" as PERSON,
"Nagorno-Karabakh" as ORG) and labels some people as places ("Bayramov" as GPE).
So every capitalised n-gram is also looked up in the gazetteer, and the two sources
vote: a name the gazetteer knows well is kept even where NER called it a person or an
organisation, unless it sits inside a longer name (``Bank of England``,
``Jordan Peterson``); an NER place the gazetteer does not know is kept unresolved
unless it looks like a surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .gazetteer import Gazetteer, default_gazetteer
from .nlp import load_nlp
from .records import Article, Candidate, Mention

__all__ = ["recognise", "recognise_doc", "ZONE_PHRASE"]

MAX_TOKENS = 7
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Labels of longer names that swallow a place name inside them.
NAME_LABELS = {"ORG", "PERSON", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "NORP", "FAC", "LANGUAGE"}
CONNECTORS = {"of", "de", "del", "la", "le", "al", "el", "and", "the", "du", "des", "da", "do", "di", "van", "von", "upon", "on", "am"}
WELL_KNOWN_KINDS = {"continent", "country", "admin", "region", "sea", "river", "mountain", "desert", "island",
                    "physical", "feature"}
# A city this large is a safe bet for a capitalised word that NER did not label.
WELL_KNOWN_POPULATION = 15_000
TITLES = {"mr", "mrs", "ms", "dr", "president", "minister", "general", "gen", "sen", "senator", "rep", "judge",
          "king", "queen", "prince", "princess", "sir", "lord", "lady", "saint", "st", "pope", "coach", "captain"}
# Heads of names that make the place before them part of an organisation or a title.
ORG_HEADS = {"university", "post", "times", "herald", "tribune", "journal", "gazette", "bank", "airlines", "airways",
             "fc", "united", "conventions", "convention", "accords", "accord", "agreement", "protocol", "institute",
             "college", "school", "hospital", "club", "council", "company", "corporation", "corp", "inc", "group",
             "foundation", "declaration", "treaty", "stock", "exchange", "index", "police", "government", "cup",
             "open", "marathon", "games", "principles", "process", "format", "syndrome", "fever", "virus"}
SURNAME = re.compile(r"(ov|ev|ova|eva|yan|ian|enko|ski|sky|vich|wicz|dze|shvili|son|sen|berg|stein)$", re.I)
DEMONYM = re.compile(r"(ian|ean|ese|ish|ani|i|ic|an)s?$", re.I)
ZONE_PHRASE = re.compile(
    r"\b(?:(?:the|a|an)\s+)?(?:area|zone|region|territor(?:y|ies))\s+(?:(?:that|which)\s+(?:is|are|was|were)\s+"
    r"(?:currently\s+|now\s+|still\s+)?)?(?:of|under)\s+(?:the\s+)?responsibility\s+of\s+"
    r"(?:the\s+|a\s+)?(?:[A-Z][\w-]*\s+)?peacekeep\w*(?:\s+(?:contingent|force|mission|troops))?"
    r"|\b(?:[A-Z][\w-]*\s+)?peacekeep\w*(?:['’]s?)?\s+(?:zone|area(?:\s+of\s+responsibility)?)",
    re.I,
)


def _capitalised(token) -> bool:
    return token.text[:1].isupper()


def _strip_span(doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article and trailing possessive/punctuation tokens."""
    while start < end and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct):
        end -= 1
    return start, end


def _well_known(cands: Iterable[Candidate]) -> bool:
    return any(c.kind in WELL_KNOWN_KINDS or c.population >= WELL_KNOWN_POPULATION for c in cands)


class _Scanner:
    """One pass over a parsed document; holds the per-document indexes."""

    def __init__(self, doc, gazetteer: Gazetteer):
        self.doc = doc
        self.gaz = gazetteer
        self.ent_of = [None] * len(doc)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent

    def gazetteer_spans(self) -> Iterator[tuple[int, int, tuple[Candidate, ...]]]:
        doc, i = self.doc, 0
        while i < len(doc):
            tok = doc[i]
            if not _capitalised(tok) or tok.is_punct:
                i += 1
                continue
            found = None
            for n in range(min(MAX_TOKENS, len(doc) - i), 0, -1):
                span = doc[i:i + n]
                last = span[-1]
                if last.is_punct or last.lower_ in CONNECTORS:
                    continue
                if "\n" in span.text:
                    continue
                cands = self.gaz.candidates(span.text)
                if not cands:
                    continue
                # A lowercase word inside ("Lachin corridor", "Strait of Hormuz") is only
                # allowed in the names of regions and features, never of towns.
                lowercase_inside = any(not _capitalised(t) and t.lower_ not in CONNECTORS for t in span)
                if lowercase_inside and not any(c.kind in WELL_KNOWN_KINDS - {"admin", "country"} for c in cands):
                    continue
                if self.accept(i, i + n, cands):
                    found = (i, i + n, cands)
                    break
            if found:
                yield found
                i = found[1]
            else:
                i += 1

    def accept(self, start: int, end: int, cands: tuple[Candidate, ...]) -> bool:
        doc = self.doc
        ent = self.ent_of[start]
        if ent is not None and ent.label_ == "NORP":
            return False
        if ent is not None and self.ent_of[end - 1] is ent:
            s, e = _strip_span(doc, ent.start, ent.end)
            if (s, e) != (start, end) and ent.label_ in NAME_LABELS and s <= start and e >= end:
                return False  # "Bank of England", "Jordan Peterson": a place inside a longer name
            if ent.label_ in PLACE_LABELS:
                # "South" inside "the South Caucasus": the whole name, known or not, wins,
                # unless the entity lists several places ("Goris, Armenia").
                return (s, e) == (start, end) or any(t.text in {",", "and", "/"} for t in doc[s:e])
            if ent.label_ == "PERSON" and start > 0 and doc[start - 1].lower_.rstrip(".") in TITLES:
                return False
        elif ent is not None or (end - 1 < len(doc) and self.ent_of[end - 1] not in (None, ent)):
            # The match straddles an entity boundary: trust NER's longer name.
            other = self.ent_of[end - 1] or ent
            if other.label_ in NAME_LABELS and (other.end > end or other.start < start):
                return False
        if end < len(doc) and doc[end].lower_ in ORG_HEADS and _capitalised(doc[end]):
            return False
        if start > 0 and doc[start - 1].lower_ in {"of"} and start > 1 and doc[start - 2].lower_ in ORG_HEADS:
            return False  # "University of Chicago", "Bank of England" missed by NER
        if ent is not None and ent.label_ in PLACE_LABELS:
            return True
        if not _well_known(cands):
            return False
        # A capitalised word at the start of a sentence is only a name if tagged as one.
        if doc[start].is_sent_start and doc[start].pos_ != "PROPN" and ent is None:
            return False
        return all(t.pos_ in {"PROPN", "NOUN", "ADJ"} or t.lower_ in CONNECTORS or not t.is_alpha
                   for t in doc[start:end])

    def ner_spans(self, taken: list[bool]) -> Iterator[tuple[int, int]]:
        for ent in self.doc.ents:
            if ent.label_ not in {"GPE", "LOC"}:
                continue
            s, e = _strip_span(self.doc, ent.start, ent.end)
            if s >= e or any(taken[s:e]):
                continue
            text = self.doc[s:e].text
            if not text[:1].isupper() or "\n" in text:
                continue
            if e - s == 1 and (SURNAME.search(text) or DEMONYM.search(text) and not self.gaz.knows(text)):
                continue  # "Bayramov" tagged GPE; "Sudanese" tagged GPE
            yield s, e


def _sentence_bounds(doc) -> list[tuple[int, int]]:
    """Sentence spans, also cut at line breaks: a title or a dateline line is a sentence of its own."""
    bounds = []
    text = doc.text
    for sent in doc.sents:
        start = sent.start_char
        for piece in re.finditer(r"[^\n]+", text[sent.start_char:sent.end_char]):
            s, e = start + piece.start(), start + piece.end()
            if text[s:e].strip():
                bounds.append((s, e))
    return bounds


def recognise_doc(doc, article: Article, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Place mentions in a parsed article, sorted by offset; none resolved yet."""
    gaz = gazetteer or default_gazetteer()
    scanner = _Scanner(doc, gaz)
    taken = [False] * len(doc)
    spans: list[tuple[int, int, str]] = []
    for s, e, _ in scanner.gazetteer_spans():
        ent = scanner.ent_of[s]
        spans.append((s, e, ent.label_ if ent is not None and ent.label_ in PLACE_LABELS else "GAZ"))
        for k in range(s, e):
            taken[k] = True
    for s, e in scanner.ner_spans(taken):
        spans.append((s, e, doc[s].ent_type_ or "GPE"))
        for k in range(s, e):
            taken[k] = True
    sentences = _sentence_bounds(doc)
    mentions = []
    for s, e, label in sorted(spans):
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        mentions.append(Mention(doc=article.id, start=start, end=end, text=article.text[start:end], label=label,
                                sentence=_containing(sentences, start)))
    for m in ZONE_PHRASE.finditer(article.text):
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        mentions.append(Mention(doc=article.id, start=m.start(), end=m.end(), text=m.group(0), label="ZONE",
                                sentence=_containing(sentences, m.start())))
    return sorted(mentions, key=lambda x: (x.start, x.end))


def _containing(sentences: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    for s, e in sentences:
        if s <= offset < e:
            return (s, e)
    return (offset, offset)


def recognise(articles: Iterable[Article], gazetteer: Gazetteer | None = None,
              batch_size: int = 32) -> Iterator[tuple[Article, list[Mention]]]:
    """Parse articles in batches and yield each with its mentions."""
    nlp = load_nlp()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield article, recognise_doc(doc, article, gazetteer)
