"""The word lists that recognition and resolution read as features (``data/lexicon.tsv``).

Each list names a class of word ("a title before a person's name", "a word that
ends a street name"); the fitted models decide how much membership matters.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from .errors import DataError
from .gazetteer import data_path

__all__ = ["lexicon", "word_in"]


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """List name -> its entries, read once from ``data/lexicon.tsv``.

    >>> "sen" in lexicon()["title"]
    True
    """
    path = data_path("lexicon.tsv")
    lists: dict[str, set[str]] = {}
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t",
                              quoting=csv.QUOTE_NONE)
            header = next(rows)
            if header[:3] != ["list", "entry", "example"]:
                raise DataError(f"{path}: header must be list, entry, example")
            for number, row in enumerate(rows, start=2):
                if not row:
                    continue
                if len(row) != 3 or not row[2].strip():
                    raise DataError(f"{path}: row {number} needs a list, an entry and an example")
                lists.setdefault(row[0], set()).add(row[1])
    except OSError as err:
        raise DataError(f"{path}: cannot read the lexicon ({err})") from err
    return {name: frozenset(words) for name, words in lists.items()}


@lru_cache(maxsize=1 << 17)  # asked about 700 times an article, mostly of the same few thousand words
def word_in(name: str, word: str) -> bool:
    """Whether ``word`` (any case, a trailing full stop ignored) is in list ``name``.

    >>> word_in("title", "Sen."), word_in("title", "Senate")
    (True, False)
    """
    return word.lower().rstrip(".") in lexicon().get(name, frozenset())
