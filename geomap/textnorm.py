"""Name normalisation shared by the gazetteer builder and the look-ups."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["name_key"]

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})
_NON_WORD = re.compile(r"[^a-z0-9']+")
_SPECIAL = str.maketrans({"ı": "i", "ə": "e", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})


@lru_cache(maxsize=1 << 16)  # the same names recur across articles and token windows
def name_key(name: str) -> str:
    """Fold a place name to the key under which the gazetteer files it.

    Case, accents, hyphens and punctuation do not distinguish places in news
    copy, so "Laçın", "Lacin" and "LACIN" share one key.

    >>> name_key("Nagorno-Karabakh")
    'nagorno karabakh'
    >>> name_key("Laçın")
    'lacin'
    """
    text = name.translate(_APOSTROPHES).lower()
    if not text.isascii():  # ASCII has no special letters, nothing to decompose and no accents to drop
        text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("'", "")
    return _NON_WORD.sub(" ", text).strip()
