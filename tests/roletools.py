"""What the role-set builders share (tests/roleset/build_roles.py, tests/roleset_unseen/build_roles.py):
the roles, the checks every record passes, and the ending: the errors printed, or ``roles.jsonl`` written with its counts.
Each builder adds the checks of its own set."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

ROLES = ("venue", "corridor", "zone", "party", "place")


def occurs(name: str, text: str) -> bool:
    """True if ``name`` occurs verbatim in ``text`` as a whole word/phrase."""
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def record_errors(records: list[dict], id_pattern: str, min_words: int, max_words: int,
                  named: Callable[[dict], Iterable[tuple[str, list[str]]]]) -> list[str]:
    """The problems every role set checks: id format and uniqueness, the title as the first line, the
    length, and each name that ``named(record)`` lists by role occurring verbatim, under one role only."""
    errors: list[str] = []
    seen_ids: set[str] = set()
    for rec in records:
        rid = rec["id"]
        if not re.fullmatch(id_pattern, rid):
            errors.append(f"{rid}: bad id format")
        if rid in seen_ids:
            errors.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        text = rec["text"]
        if text.splitlines()[0] != rec["title"]:
            errors.append(f"{rid}: first line of text is not the title")
        words = len(text.split())
        if not min_words <= words <= max_words:
            errors.append(f"{rid}: {words} words, outside {min_words}-{max_words}")
        role_of: dict[str, str] = {}
        for role, names in named(rec):
            for name in names:
                if not occurs(name, text):
                    errors.append(f"{rid}: {role} {name!r} does not occur verbatim in text")
                if name in role_of:
                    errors.append(f"{rid}: {name!r} listed as both {role_of[name]} and {role}")
                role_of[name] = role
    return errors


def finish_role_set(records: list[dict], errors: list[str], path: Path, note: str = "") -> int:
    """A builder's exit status: 1 after printing ``errors`` to stderr, else 0 after writing ``records``."""
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    write_role_set(records, path, note)
    return 0


def write_role_set(records: list[dict], path: Path, note: str = "") -> None:
    """Write ``records`` to ``path``, one JSON object a line, and print how many names each role has."""
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = Counter()
    for rec in records:
        for role in ROLES:
            counts[role] += len(rec["expected"][role])
    words = [len(r["text"].split()) for r in records]
    print(f"wrote {path}")
    print(f"articles: {len(records)} (words per article {min(words)}-{max(words)})" + note)
    for role in ROLES:
        print(f"  {role:9s} {counts[role]}")
    print(f"  {'total':9s} {sum(counts[r] for r in ROLES)}")
