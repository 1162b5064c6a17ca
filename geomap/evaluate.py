"""Score geoparsing against a gold JSONL file: recognition and resolution.

Gold format, one article per line::

    {"id": ..., "text": ..., "places": [{"start", "end", "text", "lat", "lon", "geonameid"?}, ...]}

Recognition is scored on exact spans. Resolution is scored on the correctly
recognised spans: the share within 161 km (100 miles), the median error, and the
area under the error curve (AUC, lower is better: the mean of
ln(1 + error km) / ln(20039), the largest possible error on Earth).
"""

from __future__ import annotations

import json
import math
import statistics
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import InputError
from .records import Article
from .resolve import haversine_km

__all__ = ["Report", "evaluate", "load_gold", "MAX_KM", "ACCURACY_KM", "ERROR_CLASSES"]

ACCURACY_KM = 161.0
MAX_KM = 20039.0


ERROR_CLASSES = ("spurious", "missed", "wrong place", "no point")
"""How ``--errors`` groups what went wrong: a span that is not a gold place, a gold place not
found, a found place put more than 161 km off, a found place the gazetteer has no point for."""


@dataclass
class Report:
    """What ``geomap eval`` prints."""

    articles: int
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    accuracy_161km: float
    median_error_km: float
    auc: float
    recall_without_demonyms: float = 0.0
    demonyms: str = "scored"  # "scored" or "ignored" (the gold set marks none)
    error_counts: dict = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list, repr=False)

    def summary(self) -> str:
        counts = "  ".join(f"{c} {self.error_counts.get(c, 0)}" for c in ERROR_CLASSES)
        return (f"articles {self.articles}  gold {self.gold}  predicted {self.predicted}  matched {self.matched}\n"
                f"recognition  P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"(R without demonym gold {self.recall_without_demonyms:.3f}; demonyms {self.demonyms})\n"
                f"resolution   acc@161km {self.accuracy_161km:.3f}  median error {self.median_error_km:.1f} km  "
                f"AUC {self.auc:.3f}\n"
                f"errors       {counts}")

    def grouped_errors(self) -> dict[str, list[dict]]:
        """The errors by class, in ``ERROR_CLASSES`` order."""
        return {c: [e for e in self.errors if e["type"] == c] for c in ERROR_CLASSES}

    def as_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k != "errors"}


def load_gold(path: str | Path) -> list[dict]:
    """Read a gold JSONL file; a malformed line raises ``InputError`` naming the file, the line and the field.

    Lines end at "\\n" only: U+2028 and the other separators ``str.splitlines()`` also cuts
    at are valid inside JSON strings, and news text holds them.
    """
    try:
        raw = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text (byte {err.start})") from None
    records = []
    for number, line in enumerate(raw.split("\n"), start=1):
        if line.strip():
            records.append(_gold_record(line, f"{path}:{number}"))
    return records


def _gold_record(line: str, where: str) -> dict:
    """One gold line, checked for what ``evaluate`` reads: text, and places with offsets, text and lat/lon."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(f"{where}: not JSON ({err.msg})") from None
    except (RecursionError, ValueError):  # nesting too deep, or an integer of thousands of digits
        raise InputError(f"{where}: JSON too deep or with a number too long to read") from None
    if not isinstance(rec, dict):
        raise InputError(f"{where}: not a JSON object")
    if not isinstance(rec.get("text"), str):
        raise InputError(f"{where}: no 'text' string")
    if not isinstance(rec.get("places"), list):
        raise InputError(f"{where}: no 'places' list")
    for k, place in enumerate(rec["places"]):
        problem = _gold_place_problem(place, len(rec["text"]))
        if problem:
            raise InputError(f"{where}: places[{k}]: {problem}")
    return rec


def _gold_place_problem(place, length: int) -> str | None:
    """What is wrong with one gold place, or None."""
    if not isinstance(place, dict):
        return "not a JSON object"
    for key in ("start", "end"):
        if not isinstance(place.get(key), int) or isinstance(place[key], bool):
            return f"no '{key}' integer"
    if not 0 <= place["start"] <= place["end"] <= length:
        return f"'start' {place['start']} and 'end' {place['end']} are not offsets into the text"
    if not isinstance(place.get("text"), str):
        return "no 'text' string"
    if place.get("lat") is None:  # a place the gold set does not locate counts for recognition only
        return None
    for key in ("lat", "lon"):
        if not isinstance(place.get(key), (int, float)) or isinstance(place[key], bool):
            return f"no '{key}' number"
    return None


def _is_demonym(text: str) -> bool:
    from .demonyms import is_demonym

    return is_demonym(text)


def evaluate(gold_path: str | Path, demonyms: str = "auto") -> Report:
    """Run the pipeline on every gold article and score it.

    Predicted demonyms ("Russian", kind ``demonym``) are scored when the gold set marks
    demonyms as places, as real news corpora often do; ``demonyms="auto"`` decides that
    from the gold set itself, ``"score"`` and ``"ignore"`` force it.
    """
    from .pipeline import extract

    gold = load_gold(gold_path)
    gold_demonyms = [{(p["start"], p["end"]) for p in g["places"] if _is_demonym(p["text"])} for g in gold]
    score_demonyms = demonyms == "score" or (demonyms == "auto" and any(gold_demonyms))
    articles = [Article(id=str(g.get("id", i)), text=g["text"], title=g.get("title", "")) for i, g in enumerate(gold)]
    n_gold = n_pred = n_match = 0
    n_gold_plain = n_match_plain = 0
    errors_km: list[float] = []
    misses: list[dict] = []
    for (article, mentions), g, dem in zip(extract(articles), gold, gold_demonyms):
        predicted = {(m.start, m.end): m for m in mentions
                     if m.zone is None and (score_demonyms or m.label != "DEMONYM")}
        wanted = {(p["start"], p["end"]): p for p in g["places"]}
        n_gold += len(wanted)
        n_pred += len(predicted)
        n_gold_plain += len(set(wanted) - dem)
        for span, p in wanted.items():
            m = predicted.get(span)
            if m is None:
                misses.append({"doc": article.id, "type": "missed", "text": p["text"], "start": span[0]})
                continue
            n_match += 1
            n_match_plain += span not in dem
            if p.get("lat") is None:
                continue
            if m.candidate is None:
                errors_km.append(MAX_KM)
                misses.append({"doc": article.id, "type": "no point", "text": p["text"], "start": span[0]})
                continue
            err = haversine_km(p["lat"], p["lon"], m.candidate.lat, m.candidate.lon)
            errors_km.append(err)
            if err > ACCURACY_KM:
                misses.append({"doc": article.id, "type": "wrong place", "text": p["text"], "start": span[0],
                               "got": m.candidate.name, "kind": m.candidate.kind, "country": m.candidate.country,
                               "km": round(err)})
        for span, m in predicted.items():
            if span not in wanted:
                misses.append({"doc": article.id, "type": "spurious", "text": m.text, "start": span[0],
                               "label": m.label})
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    acc = sum(e <= ACCURACY_KM for e in errors_km) / len(errors_km) if errors_km else 0.0
    median = statistics.median(errors_km) if errors_km else 0.0
    auc = (sum(math.log1p(e) for e in errors_km) / (len(errors_km) * math.log1p(MAX_KM))) if errors_km else 0.0
    counts = Counter(e["type"] for e in misses)
    return Report(len(gold), n_gold, n_pred, n_match, round(precision, 4), round(recall, 4), round(f1, 4),
                  round(acc, 4), round(median, 2), round(auc, 4),
                  recall_without_demonyms=round(n_match_plain / n_gold_plain, 4) if n_gold_plain else 0.0,
                  demonyms="scored" if score_demonyms else "ignored",
                  error_counts={c: counts.get(c, 0) for c in ERROR_CLASSES}, errors=misses)
