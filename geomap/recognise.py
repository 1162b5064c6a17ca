"""Find place mentions, with character offsets: candidate spans kept or dropped by a fitted model.

``candidates.py`` proposes every span that could name a place (NER entities,
gazetteer n-grams, demonyms, numbered roads); ``spanfeatures.py`` describes each;
the gradient-boosted model in ``data/models/recognise.json`` (fitted on real news
by ``scripts/fit_models.py``) gives each the probability that it names a place,
from the NER and the words alone. Where it is unsure (a probability in its fitted
band) the candidate's sentence is parsed and a second model that also reads the
parse (``recognise_syntax.json``: "Anderson urged", "United Way officials") decides:
2-3% of the candidates on real news, where parsing every sentence cost as much as the NER.
The most probable spans that do not overlap are kept, down to the model's
threshold. Descriptive zone phrases ("the area of responsibility of the
peacekeepers") are found by their own pattern.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from .candidates import NER_PLACE_LABELS, SpanCandidate, Tokens, candidate_spans
from .fitted import TreeModel, load_model
from .gazetteer import Gazetteer, default_gazetteer
from .lexicon import word_in
from .nlp import load_nlp
from .records import Article, Mention, ZonePhrase
from .spanfeatures import FEATURES, SYNTAX_FEATURES, DocContext, span_features, syntax_features
from .syntax import parse_words

__all__ = ["recognise", "recognise_doc", "scored_candidates", "candidate_syntax", "recognition_model", "syntax_model", "choose_spans", "char_span", "mention_label", "ZONE_PHRASE"]

ZONE_PHRASE = re.compile(
    r"\b(?:(?:the|a|an)\s+)?(?:area|zone|region|territor(?:y|ies))\s+(?:(?:that|which)\s+(?:is|are|was|were)\s+"
    r"(?:currently\s+|now\s+|still\s+)?)?(?:of|under)\s+(?:the\s+)?responsibility\s+of\s+"
    r"(?:the\s+|a\s+)?(?:[A-Z][\w-]*\s+)?peacekeep\w*(?:\s+(?:contingent|force|mission|troops))?"
    r"|\b(?:[A-Z][\w-]*\s+)?peacekeep\w*(?:['’]s?)?\s+(?:zone|area(?:\s+of\s+responsibility)?)",
    re.I,
)


def _checked(name: str, features: tuple[str, ...]) -> TreeModel:
    from .errors import DataError

    model = load_model(name)
    if model.features != features:
        raise DataError(f"data/models/{name}.json was fitted on other features; run scripts/fit_models.py")
    return model


def recognition_model() -> TreeModel:
    """The shipped recognition model (no parse read); its feature list must be ours.

    Its ``meta["band"]`` gives the probabilities, low and high, between which a candidate's
    sentence is parsed and ``syntax_model()`` decides instead; its threshold is for the two together.
    """
    return _checked("recognise", FEATURES)


def syntax_model() -> TreeModel:
    """The shipped model for the candidates ``recognition_model()`` is unsure of: its features and the parse's."""
    return _checked("recognise_syntax", FEATURES + SYNTAX_FEATURES)


def _sentence_of(tk: Tokens, i: int) -> tuple[int, int]:
    """Tokens ``[a, b)`` of the sentence holding token ``i``."""
    starts = tk.sentence_starts
    k = bisect_right(starts, i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else tk.n


def candidate_syntax(tk: Tokens, spans: list[SpanCandidate], which: Iterable[int]) -> list[list[float]]:
    """The ``SYNTAX_FEATURES`` rows of the candidates ``which``, their sentences parsed once each."""
    which = list(which)
    home = [_sentence_of(tk, spans[k].start) for k in which]
    sentences = sorted(set(home))
    parsed = dict(zip(sentences, parse_words([(tk.text[a:b], [bool(w) for w in tk.ws[a:b]]) for a, b in sentences])))
    return [syntax_features(parsed[sent], sent[0], spans[k]) for k, sent in zip(which, home)]


def scored_candidates(doc, gazetteer: Gazetteer, model: TreeModel | None = None, text: str | None = None,
                      second: TreeModel | None = None
                      ) -> tuple[Tokens, list[SpanCandidate], list[list[float]], list[float]]:
    """The doc's token table, every candidate span with its feature row and (given a model) its probability.

    Given ``second`` too (``syntax_model()``), the candidates whose probability lies in the first
    model's band have their sentences parsed and take the second model's probability.
    """
    tk = Tokens(doc, text)
    spans = candidate_spans(tk, gazetteer)
    ctx = DocContext(tk, gazetteer, spans)
    rows = [span_features(ctx, c) for c in spans]
    probs = [float(p) for p in model.probability(rows)] if model is not None and rows else []
    if second is not None and probs:
        low, high = model.meta["band"]
        unsure = [k for k, p in enumerate(probs) if low <= p <= high]
        if unsure:
            extra = candidate_syntax(tk, spans, unsure)
            for k, p in zip(unsure, second.probability([rows[k] + x for k, x in zip(unsure, extra)])):
                probs[k] = float(p)
    return tk, spans, rows, probs


def choose_spans(spans: list[SpanCandidate], probs: list[float], threshold: float) -> list[int]:
    """Indices of the kept candidates: none below ``threshold``, no two sharing a token, longest first."""
    # Among the spans above the threshold the longest name goes first: "Port of Spain" is kept
    # whole, not as "Spain" with a stray "Port".
    order = sorted(range(len(spans)), key=lambda k: (probs[k] < threshold, spans[k].start - spans[k].end,
                                                     -probs[k], spans[k].start))
    taken: set[int] = set()
    kept = []
    for k in order:
        if probs[k] < threshold:
            break
        tokens = set(range(spans[k].start, spans[k].end))
        if tokens & taken:
            continue
        taken |= tokens
        kept.append(k)
    return sorted(kept, key=lambda k: spans[k].start)


def char_span(tk: Tokens, text: str, cand: SpanCandidate) -> tuple[int, int]:
    """Character offsets of a candidate in the article, trimmed of symbols stuck to its tokens."""
    last = cand.end - 1
    return _trim(text, tk.idx[cand.start], tk.idx[last] + len(tk.text[last]))


def mention_label(tk: Tokens, cand: SpanCandidate) -> str:
    """What found the span: DEMONYM, ROAD, the NER place label over it, else GAZ."""
    if "demonym" in cand.sources:
        return "DEMONYM"
    if "road" in cand.sources:
        return "ROAD"
    ent = tk.ent_of[cand.start]
    return ent.label_ if ent is not None and ent.label_ in NER_PLACE_LABELS | {"FAC"} else "GAZ"


def _sentence_bounds(tk: Tokens, text: str) -> list[tuple[int, int]]:
    """Sentence spans, also cut at line breaks: a title or a dateline line is a sentence of its own."""
    starts = [tk.idx[i] for i in tk.sentence_starts]
    bounds = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        for piece in re.finditer(r"[^\n]+", text[start:end]):
            s, e = start + piece.start(), start + piece.end()
            if text[s:e].strip():
                bounds.append((s, e))
    return bounds


def recognise_doc(doc, article: Article, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Place mentions in an article read by ``load_nlp()``, sorted by offset; none resolved yet."""
    gaz = gazetteer or default_gazetteer()
    model = recognition_model()
    tk, spans, _, probs = scored_candidates(doc, gaz, model, article.text, second=syntax_model())
    sentences = _sentence_bounds(tk, article.text)
    mentions = []
    for k in choose_spans(spans, probs, model.threshold):
        cand = spans[k]
        start, end = char_span(tk, article.text, cand)
        if start >= end:
            continue
        text = article.text[start:end]
        mentions.append(Mention(doc=article.id, start=start, end=end, text=text, label=mention_label(tk, cand),
                                key=cand.key if cand.key != text else "", sentence=_containing(sentences, start),
                                confidence=round(probs[k], 3)))
    mentions = _without_disease_names(mentions, article.text)
    for m in ZONE_PHRASE.finditer(article.text):
        # A demonym inside the phrase ("the Russian peacekeeping contingent's area") is part of it.
        inside = [x for x in mentions if x.start < m.end() and m.start() < x.end]
        if any(x.label != "DEMONYM" for x in inside):
            continue
        mentions = [x for x in mentions if x not in inside]
        mentions.append(Mention(doc=article.id, start=m.start(), end=m.end(), text=m.group(0), label="ZONE",
                                zone=ZonePhrase(m.group(0)), sentence=_containing(sentences, m.start())))
    return sorted(mentions, key=lambda x: (x.start, x.end))


_NEXT_WORDS = re.compile(r"(?:\s+[A-Za-z][A-Za-z-]*){1,3}")


def _without_disease_names(mentions: list[Mention], text: str) -> list[Mention]:
    """Drop names that the article uses only inside a disease's name ("Marburg virus", "Rift Valley fever").

    A name the article also uses on its own stays, all its mentions with it ("Florida
    virus cases ... Florida reopened"): the disease word may then be a headline's shorthand.
    """
    def in_disease_name(m: Mention) -> bool:
        after = _NEXT_WORDS.match(text, m.end)
        for word in after.group(0).split() if after else []:
            if word_in("disease_head", word):
                return True
            if not word.islower():  # at most two lowercase words between: "Middle East respiratory syndrome"
                return False
        return False

    inside: dict[str, bool] = {}
    for m in mentions:
        name = m.text.lower()
        inside[name] = inside.get(name, True) and in_disease_name(m)
    return [m for m in mentions if not inside[m.text.lower()]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to its letters: symbols, controls and spaces stuck to a token are not the name."""
    while end > start and unicodedata.category(text[end - 1])[0] in "ZCS":
        end -= 1
    while start < end and unicodedata.category(text[start])[0] in "ZCS":
        start += 1
    return start, end


def _containing(sentences: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    k = bisect_right(sentences, (offset, float("inf"))) - 1
    if k >= 0 and sentences[k][0] <= offset < sentences[k][1]:
        return sentences[k]
    return (offset, offset)


def recognise(articles: Iterable[Article], gazetteer: Gazetteer | None = None,
              batch_size: int = 32) -> Iterator[tuple[Article, list[Mention]]]:
    """Read articles in batches (sentences and named entities) and yield each with its mentions."""
    nlp = load_nlp()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield article, recognise_doc(doc, article, gazetteer)
