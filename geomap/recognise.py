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
import unicodedata
from collections.abc import Iterable, Iterator

from .gazetteer import Gazetteer, default_gazetteer
from .nlp import load_nlp
from .records import Article, Candidate, Mention
from .textnorm import name_key

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
             "open", "marathon", "games", "principles", "process", "format", "syndrome", "fever", "virus",
             "city", "rovers", "wanderers", "athletic", "hotspur", "albion", "morning", "daily", "standard"}
DIRECTIONS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
              "Lower", "Greater", "Old", "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern",
              "Northwestern", "Southeastern", "Southwestern"}
DATELINE = re.compile(r"^([A-Z][A-Z.'’ -]{2,40}?)(?:,\s+([A-Z][\w.'’ -]{1,40}?))?\s*(?:\([^)\n]{1,40}\))?\s+[-—–]",
                      re.M)
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
LOCATIVES = {"in", "at", "near", "from", "outside", "to", "into", "towards", "toward", "across", "around", "via",
             "through", "inside", "of"}
ORG_PREFIXES = {"real", "atletico", "atlético", "bayern", "borussia", "sporting", "olympique", "dynamo", "inter",
                "ac", "fc", "racing", "deportivo", "celtic"}
GEO_HEADS = {"river", "lake", "county", "creek", "sea", "strait", "mountains", "mountain", "mount", "island",
             "islands", "valley", "desert", "province", "region", "bay", "gulf", "canal", "peninsula", "plateau",
             "hills", "range", "basin", "delta", "coast", "forest", "district", "governorate", "oblast", "state",
             "territory", "reef", "falls", "glacier", "channel", "sound", "highlands", "plains", "oasis", "park"}
# Names that really begin with an article; any other "The X" match is a common phrase.
ARTICLE_NAMES = {"the hague", "the gambia", "the bahamas", "the netherlands", "the bronx", "the dalles"}
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


def _well_known(cands: Iterable[Candidate], population: int = WELL_KNOWN_POPULATION) -> bool:
    return any(c.kind in WELL_KNOWN_KINDS or c.population >= population for c in cands)


class _Scanner:
    """One pass over a parsed document; holds the per-document indexes."""

    def __init__(self, doc, gazetteer: Gazetteer):
        self.doc = doc
        self.gaz = gazetteer
        self.dateline = self._dateline_tokens()
        self.ent_of = [None] * len(doc)
        for ent in doc.ents:
            if "\n" in ent.text:
                continue  # the model runs names across a title's line break: ignore those
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent

    def gazetteer_spans(self) -> Iterator[tuple[int, int, str, tuple[Candidate, ...]]]:
        """(start, end, look-up key, candidates) of accepted gazetteer matches, longest first."""
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
                if (last.is_punct or last.lower_ in CONNECTORS or last.tag_ == "POS" or "\n" in span.text
                        or not any(ch.isalnum() for ch in last.text)):
                    continue
                if any(t.lower_ == "in" for t in span[1:-1]):
                    continue  # "Line of Control in Kashmir" is a description naming two places
                cands = self.gaz.candidates(span.text)
                if not cands:
                    continue
                # A lowercase word inside ("Lachin corridor", "Strait of Hormuz") is only
                # allowed in the names of regions and features, never of towns.
                if _lowercase_inside(span) and not any(c.kind in WELL_KNOWN_KINDS - {"admin", "country"}
                                                       for c in cands):
                    continue
                end = _name_end(span)
                if self.accept(i, end, cands):
                    found = (i, end, span.text, cands)
                    break
            if found and i > 0 and doc[i - 1].text in DIRECTIONS and not doc[i - 1].is_sent_start:
                # "West Texas", "North Jakarta": the direction is part of a name the gazetteer lacks.
                found = (i - 1, found[1], found[2], found[3])
            if found:
                yield found
                i = max(found[1], i + 1)
            else:
                i += 1

    def accept(self, start: int, end: int, cands: tuple[Candidate, ...]) -> bool:
        doc = self.doc
        text = doc[start:end].text
        first = doc[start]
        ent = self.ent_of[start]
        if start in self.dateline:
            return True
        if end - start == 1 and first.text in DIRECTIONS:
            return False
        if text.isupper() and len(text) <= 4 and not any(c.kind == "country" for c in cands):
            return False  # acronyms: "UN", "EU", "RSF" are organisations, not towns
        if len(name_key(text)) <= 2 and not ("." in text or text.isupper()):
            return False  # "La", "Pa": two-letter keys are abbreviations ("La.", "US") only
        if first.lower_ in {"the", "a", "an"} and name_key(text) not in ARTICLE_NAMES:
            return False
        if end - start == 1 and (first.lower_ in CALENDAR or (first.is_stop and ent is None)):
            return False  # "March", "May", "More" at the start of a sentence
        if self._inside_other_name(start, end):
            return False
        if end < len(doc) and _capitalised(doc[end]) and doc[end].lower_ in ORG_HEADS:
            return False  # "Washington Post", "Manchester City"
        if start > 0 and doc[start - 1].lower_ in ORG_PREFIXES and _capitalised(doc[start - 1]):
            return False  # "Real Madrid", "Bayern Munich"
        if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in ORG_HEADS:
            return False  # "University of Chicago", "Bank of England" missed by NER
        if start > 0 and doc[start - 1].lower_.rstrip(".") in TITLES and _capitalised(doc[start - 1]):
            return False  # "President Jordan", "Mr Washington"
        label = ent.label_ if ent is not None else None
        if label in PLACE_LABELS:
            return True
        if label in {"PERSON", "ORG", "NORP"}:
            # NER says a name of another kind; only a well-known place name, used as its own
            # name, or a smaller place introduced like one ("in Stepanakert"), overrides it.
            if self._locative(start) and _well_known(cands, 0):
                return True
            if label == "PERSON" and end < len(doc) and doc[end].pos_ == "PROPN" and _capitalised(doc[end]):
                return False
            if label == "PERSON" and end - start == 1 and not SURNAME.search(text) and start > 0 \
                    and not _capitalised(doc[start - 1]) and _well_known(cands, 20_000):
                return True  # "residents of nearby Enerhodar": no first name, no title, a real town
            return any(c.kind in WELL_KNOWN_KINDS and c.kind != "city" or c.feature_code == "PPLC" or
                       (c.primary and c.population >= 100_000) for c in cands)
        if _well_known(cands):
            # A capitalised word at a sentence start is a name only if tagged as one.
            if first.is_sent_start and first.pos_ != "PROPN" and not any(c.kind in WELL_KNOWN_KINDS for c in cands):
                return False
            return all(t.pos_ in {"PROPN", "NOUN", "ADJ", "NUM"} or t.lower_ in CONNECTORS or not t.is_alpha
                       for t in doc[start:end])
        return self._locative(start) and first.pos_ == "PROPN" and _well_known(cands, 1_000)

    def _dateline_tokens(self) -> set[int]:
        """First tokens of the places in datelines ("GOMA, Congo (Reuters) -"), which NER often misreads."""
        firsts = set()
        text = self.doc.text
        for match in DATELINE.finditer(text):
            for group in (1, 2):
                if match.group(group) and self.gaz.knows(match.group(group)):
                    span = self.doc.char_span(match.start(group), match.end(group), alignment_mode="contract")
                    if span is not None and len(span):
                        firsts.add(span.start)
        return firsts

    def _inside_other_name(self, start: int, end: int) -> bool:
        """Whether NER holds the match inside a longer name that is not a place list."""
        for ent in {self.ent_of[start], self.ent_of[end - 1]} - {None}:
            s, e = _strip_span(self.doc, ent.start, ent.end)
            if (s, e) == (start, end) or (s >= start and e <= end):
                continue
            if ent.label_ in PLACE_LABELS:
                # "Aleppo" inside "the old city of Aleppo" is fine; "South" inside an
                # unknown "South Caucasus" is not.
                words = [t for t in self.doc[s:e] if t.is_alpha]
                if any(t.text in {",", "and", "/", "-"} for t in self.doc[s:e]):
                    continue
                if self.doc[e - 1].lower_ in GEO_HEADS and not self.gaz.knows(self.doc[s:e].text):
                    return True  # "Guadalupe" in "Guadalupe River": the river is the place
                if any(not _capitalised(t) for t in words):
                    continue
                return not self.gaz.knows(self.doc[s:e].text) and end - start < len(words) and \
                    not _well_known(self.gaz.candidates(self.doc[start:end].text), 100_000)
            if ent.label_ in NAME_LABELS:
                return True
        return False

    def _locative(self, start: int) -> bool:
        return start > 0 and self.doc[start - 1].lower_ in LOCATIVES

    def ner_spans(self, taken: list[bool]) -> Iterator[tuple[int, int]]:
        for ent in self.doc.ents:
            if ent.label_ not in {"GPE", "LOC"} or "\n" in ent.text:
                continue
            s, e = _strip_span(self.doc, ent.start, ent.end)
            e = _name_end(self.doc[s:e]) if e > s else e
            if s >= e or any(taken[s:e]):
                continue
            text = self.doc[s:e].text
            if not text[:1].isupper():
                continue
            if self.gaz.knows(text):
                yield s, e
                continue
            # Unknown to the gazetteer: keep what looks like a place name, drop noise
            # such as surnames ("Bayramov"), demonyms, acronyms and common nouns.
            last = self.doc[e - 1].lower_
            if last in GEO_HEADS:
                yield s, e
            elif ent.label_ == "GPE" and not (
                    (e - s == 1 and (SURNAME.search(text) or DEMONYM.search(text)))
                    or (text.isupper() and len(text) <= 4) or any(ch.isdigit() for ch in text)
                    or self.doc[s].is_sent_start and self.doc[s].pos_ != "PROPN"):
                yield s, e


def _lowercase_inside(span) -> bool:
    for k, t in enumerate(span):
        if not t.is_alpha or _capitalised(t) or t.lower_ in CONNECTORS:
            continue
        if k > 0 and span[k - 1].text in {"-", "'"}:
            continue  # "Port-au-Prince", "Stratford-upon-Avon"
        return True
    return False


def _name_end(span) -> int:
    """End of the name proper: trailing generic lowercase words ("Idlib province") are not part of it."""
    end = span.end
    while end - 1 > span.start and span.doc[end - 1].is_alpha and not _capitalised(span.doc[end - 1]) \
            and span.doc[end - 2].text not in {"-", "'"}:
        end -= 1
    return end


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
    spans: list[tuple[int, int, str, str]] = []
    for s, e, key, _ in scanner.gazetteer_spans():
        ent = scanner.ent_of[s]
        spans.append((s, e, ent.label_ if ent is not None and ent.label_ in PLACE_LABELS else "GAZ", key))
        for k in range(s, e):
            taken[k] = True
    for s, e in scanner.ner_spans(taken):
        spans.append((s, e, doc[s].ent_type_ or "GPE", ""))
        for k in range(s, e):
            taken[k] = True
    sentences = _sentence_bounds(doc)
    mentions = []
    for s, e, label, key in sorted(spans):
        start, end = _trim(article.text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))
        text = article.text[start:end]
        root = doc[s:e].root
        mentions.append(Mention(doc=article.id, start=start, end=end, text=text, label=label,
                                key=key if key != text else "", sentence=_containing(sentences, start),
                                syntax=(root.dep_, root.head.lower_, root.head.pos_)))
    for m in ZONE_PHRASE.finditer(article.text):
        if any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        mentions.append(Mention(doc=article.id, start=m.start(), end=m.end(), text=m.group(0), label="ZONE",
                                sentence=_containing(sentences, m.start())))
    return sorted(mentions, key=lambda x: (x.start, x.end))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to its letters: symbols, controls and spaces stuck to a token are not the name."""
    while end > start and unicodedata.category(text[end - 1])[0] in "ZCS":
        end -= 1
    while start < end and unicodedata.category(text[start])[0] in "ZCS":
        start += 1
    return start, end


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
