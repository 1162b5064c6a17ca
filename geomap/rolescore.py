"""Score role assignment against a role set: which places are venues, corridors, zones, parties."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .records import Article, Mention

__all__ = ["RoleReport", "score_roles", "find_named"]


@dataclass
class RoleReport:
    """Role accuracy over every expected (name, role) pair, with a confusion count."""

    total: int
    correct: int
    confusion: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def summary(self) -> str:
        per_role = {}
        for (want, got), n in self.confusion.items():
            ok, tot = per_role.get(want, (0, 0))
            per_role[want] = (ok + (n if want == got else 0), tot + n)
        parts = ", ".join(f"{r} {ok}/{tot}" for r, (ok, tot) in sorted(per_role.items()))
        return f"role accuracy {self.accuracy:.3f} ({self.correct}/{self.total}): {parts}"


def find_named(mentions: list[Mention], name: str) -> list[Mention]:
    """Mentions that name ``name``: by their text, the fuller name they stand for, or the place's own name.

    "Rafah crossing" is found as the mention "Rafah" whose key is "Rafah crossing".
    """
    return [m for m in mentions if m.text == name or m.key == name
            or (m.candidate is not None and m.candidate.name == name)]


def score_roles(path: str | Path) -> RoleReport:
    """Run the pipeline on a role set (JSONL: ``id``, ``text``, ``expected`` {role: [names]}) and score it."""
    from .pipeline import extract

    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article(id=r["id"], text=r["text"], title=r.get("title", "")) for r in rows]
    report = RoleReport(0, 0)
    for (article, mentions), row in zip(extract(articles), rows):
        for role, names in row["expected"].items():
            for name in names:
                found = find_named(mentions, name)
                got = found[0].role if found else "missing"
                report.total += 1
                report.correct += got == role
                report.confusion[(role, got)] += 1
                if got != role:
                    report.errors.append({"doc": article.id, "name": name, "expected": role, "got": got,
                                          "evidence": found[0].evidence if found else ""})
    return report
