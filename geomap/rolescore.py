"""Score role assignment against a role set: which places are venues, corridors, zones, parties.

Two figures: **accuracy** over every expected (name, role) pair (a missed or wrong role
counts against it), and **false roles**: places the map would draw as a venue, corridor,
zone or party that the set does not give that role, per 100 articles. A set whose records
carry ``unscored`` (names whose role is arguable) is annotated exhaustively, so every other
drawn place with a role is a false one; in a set without it (``tests/roleset``, which leaves
arguable places out) only the listed names can be false.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .records import Article, Mention

__all__ = ["RoleReport", "score_roles", "find_named", "false_roles"]


@dataclass
class RoleReport:
    """Role accuracy over every expected (name, role) pair, with a confusion count and the false roles."""

    total: int
    correct: int
    confusion: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)
    articles: int = 0
    false: Counter = field(default_factory=Counter)  # role -> places given it that the set does not
    exhaustive: bool = False

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def false_per_100(self) -> float:
        return 100 * sum(self.false.values()) / self.articles if self.articles else 0.0

    def summary(self) -> str:
        per_role = {}
        for (want, got), n in self.confusion.items():
            ok, tot = per_role.get(want, (0, 0))
            per_role[want] = (ok + (n if want == got else 0), tot + n)
        parts = ", ".join(f"{r} {ok}/{tot}" for r, (ok, tot) in sorted(per_role.items()))
        false = ", ".join(f"{r} {n}" for r, n in sorted(self.false.items())) or "none"
        scope = "any drawn place" if self.exhaustive else "listed names only"
        return (f"role accuracy {self.accuracy:.3f} ({self.correct}/{self.total}): {parts}\n"
                f"false roles {sum(self.false.values())} in {self.articles} articles = "
                f"{self.false_per_100:.1f} per 100 articles ({false}; {scope})")


def find_named(mentions: list[Mention], name: str) -> list[Mention]:
    """Mentions that name ``name``: by their text, the fuller name they stand for, or the place's own name.

    "Rafah crossing" is found as the mention "Rafah" whose key is "Rafah crossing".
    """
    return [m for m in mentions if m.text == name or m.key == name
            or (m.candidate is not None and m.candidate.name == name)]


def false_roles(mentions: list[Mention], expected: dict[str, list[str]], unscored: list[str] | None) -> list[dict]:
    """The drawn places given a role (not ``place``) that ``expected`` does not give them.

    A place is drawn when the gazetteer resolved it (a demonym only as a party, through its
    country). With ``unscored`` None only places named in ``expected`` are judged.
    """
    from .roles import place_key

    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.candidate is not None and m.role != "place" and (m.label != "DEMONYM" or m.role == "party"):
            groups[place_key(m)].append(m)
    listed = [n for names in expected.values() for n in names] + list(unscored or [])
    out = []
    for group in groups.values():
        role = group[0].role
        if any(find_named(group, n) for n in expected.get(role, [])):
            continue
        if unscored is None and not any(find_named(group, n) for n in listed):
            continue  # a set that leaves arguable places out: judge only what it lists
        if unscored and any(find_named(group, n) for n in unscored):
            continue
        out.append({"doc": group[0].doc, "name": group[0].candidate.name, "text": group[0].text, "got": role,
                    "false": True, "evidence": group[0].evidence})
    return out


def score_roles(path: str | Path) -> RoleReport:
    """Run the pipeline on a role set (JSONL: ``id``, ``text``, ``expected`` {role: [names]}, optional
    ``unscored`` [names]) and score it."""
    from .pipeline import extract

    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article(id=r["id"], text=r["text"], title=r.get("title", "")) for r in rows]
    report = RoleReport(0, 0, articles=len(rows), exhaustive=any("unscored" in r for r in rows))
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
        for wrong in false_roles(mentions, row["expected"], row.get("unscored")):
            report.false[wrong["got"]] += 1
            report.errors.append(wrong)
    return report
