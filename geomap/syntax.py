"""The grammar of a few sentences: parsed on their own, once each, where a decision turns on it.

Recognition reads it only for the candidates its first model is unsure of, and the
roles only for a few names (a country or a capital as the subject of a verb, a demonym
before the noun it qualifies); the rest of the article is not parsed at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from .nlp import load_parser

__all__ = ["NO_SYNTAX", "name_syntax", "parse_words"]

NO_SYNTAX = ("", "", "")


def name_syntax(text: str, names: Sequence[tuple[tuple[int, int], int, int]]) -> list[tuple[str, str, str]]:
    """For each ``(sentence, start, end)`` character span of ``text``: the name's dependency label, its head
    word in lowercase and the head's coarse part of speech.

    A name outside its sentence (or with no sentence) gets ``NO_SYNTAX``.

    >>> text = "Iran seized a tanker. Talks resume in Oman."
    >>> name_syntax(text, [((0, 21), 0, 4), ((22, 43), 38, 42)])
    [('nsubj', 'seized', 'VERB'), ('pobj', 'in', 'ADP')]
    """
    wanted = sorted({sent for sent, start, end in names if sent[0] <= start < end <= sent[1]})
    docs = dict(zip(wanted, load_parser().pipe(text[a:b] for a, b in wanted)))
    out = []
    for sent, start, end in names:
        doc = docs.get(sent)
        span = doc.char_span(start - sent[0], end - sent[0], alignment_mode="expand") if doc is not None else None
        if span is None or not len(span):
            out.append(NO_SYNTAX)
            continue
        root = span.root
        out.append((root.dep_, root.head.lower_, root.head.pos_))
    return out


def parse_words(pieces: Sequence[tuple[Sequence[str], Sequence[bool]]]) -> list:
    """Parse each run of tokens (its words, and whether a space follows each) as a sentence of its own.

    The tokens stay as given, so token ``i`` of a parse is token ``i`` of its run.

    >>> [t.dep_ for t in parse_words([(["Kenya", "won", "."], [True, False, False])])[0]]
    ['nsubj', 'ROOT', 'punct']
    """
    from spacy.tokens import Doc

    nlp = load_parser()
    return list(nlp.pipe(Doc(nlp.vocab, words=list(words), spaces=list(spaces)) for words, spaces in pieces))
