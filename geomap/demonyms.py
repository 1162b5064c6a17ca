"""Demonyms and adjectival forms of country names (``data/demonyms.tsv``).

"Russian", "Russians", "Sri Lankan", "Britons" name a people, not a place; news uses them
for the country ("Russian troops"). The table is built by ``scripts/build_demonyms.py``
from the world-countries package plus a curated supplement; see ``data/SOURCES.md``.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from .errors import DataError
from .gazetteer import data_path
from .textnorm import name_key

__all__ = ["demonym_country", "demonyms", "is_demonym"]


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str | None]:
    """Name key of every known demonym -> its ISO 3166-1 alpha-2 code, or None where no single country owns it."""
    path = data_path("demonyms.tsv")
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as err:
        raise DataError(f"{path}: cannot read demonyms ({err.strerror or err})") from err
    return {name_key(r["demonym"]): (r["country"] or None) for r in rows if r.get("demonym")}


def _key(word: str) -> str | None:
    # Demonyms are capitalised: "Turkish" is one, "turkish" in running text is not read as one.
    return name_key(word) if word and word[:1].isupper() else None


def demonym_country(word: str) -> str | None:
    """The country a demonym stands for, or None (not a demonym, not capitalised, or no single country).

    >>> demonym_country("Russian"), demonym_country("Russians"), demonym_country("Sri Lankan")
    ('RU', 'RU', 'LK')
    >>> demonym_country("Britons"), demonym_country("russians"), demonym_country("Kurdish"), demonym_country("Table")
    ('GB', None, None, None)
    """
    key = _key(word)
    return demonyms().get(key) if key else None


def is_demonym(word: str) -> bool:
    """Whether a capitalised word is a known demonym, including those no single country owns ("Kurdish").

    >>> is_demonym("Kurdish"), is_demonym("Kurdistan")
    (True, False)
    """
    key = _key(word)
    return bool(key) and key in demonyms()
