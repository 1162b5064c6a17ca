"""Fit the recognition and resolution models shipped in ``data/models/``, and print the report.

    pip install -e ".[fit]"
    python scripts/fit_models.py --real ../shared/corpora/lgl/gold.jsonl

Inputs, all in ``geomap eval``'s gold format:

- ``--real`` real annotated news (the LGL corpus of local and international news
  in development; never copied into the project). Scored by cross-validation
  only: five folds by article, each fitted on the four other folds plus our own
  sets and scored on the fifth. The shipped models are then fitted on everything.
- our own development set ``tests/devset/gold.jsonl``, always on the training side.
  The held-out set ``tests/heldout`` is never read here.

Both models are gradient-boosted trees (scikit-learn's
``HistGradientBoostingClassifier``), exported node by node to JSON that
``geomap.fitted`` scores with numpy. The recognition model's threshold is chosen
on a fifth of the training articles held back from a first fit. The report
(printed, and written to ``data/models/REPORT.md``) gives the cross-validated
figures per class of mention and the shipped models' feature importances.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geomap.evaluate import load_gold  # noqa: E402
from geomap.gazetteer import default_gazetteer  # noqa: E402
from geomap.rankfeatures import RANK_FEATURES, ArticleContext, rank_features  # noqa: E402
from geomap.recognise import candidate_syntax, char_span, choose_spans, mention_label, scored_candidates  # noqa: E402
from geomap.records import Article as Text  # noqa: E402
from geomap.records import Mention  # noqa: E402
from geomap.resolve import candidates_of, haversine_km  # noqa: E402
from geomap.spanfeatures import FEATURES, SYNTAX_FEATURES  # noqa: E402

MODELS = ROOT / "data" / "models"
OWN_SETS = [ROOT / "tests" / "devset" / "gold.jsonl"]
FOLDS = 5
SEED = 0
GBT = dict(max_iter=250, learning_rate=0.08, max_leaf_nodes=24, max_depth=6, min_samples_leaf=10, l2_regularization=1.0,
           random_state=SEED)
THRESHOLDS = [round(t, 2) for t in np.arange(0.20, 0.81, 0.02)]
BANDS = [(0.35, 0.5), (0.33, 0.55), (0.3, 0.6), (0.25, 0.65), (0.2, 0.7), (0.15, 0.8), (0.1, 0.9), (0.05, 0.95), (0.0, 1.0)]
"""Bands of the first model's probability where the second model (with the parse) decides, narrowest first."""
BAND_SLACK = 0.002
"""The narrowest band whose F1 is within this of the best band's is chosen: parsing costs time."""


@dataclass
class Article:
    """One gold article with its parsed candidates."""

    id: str
    corpus: str
    text: str
    gold: dict[tuple[int, int], dict]
    spans: list = field(default_factory=list)  # SpanCandidate
    chars: list[tuple[int, int]] = field(default_factory=list)
    rows: list[list[float]] = field(default_factory=list)
    syntax: list[list[float]] = field(default_factory=list)  # SYNTAX_FEATURES of each candidate
    kinds: list[str] = field(default_factory=list)  # mention_label of each candidate
    keys: list[str] = field(default_factory=list)
    trained: list[bool] = field(default_factory=list)  # whether each candidate is a training example

    @property
    def labels(self) -> list[int]:
        return [int(c in self.gold) for c in self.chars]


def parse(texts: list[str], cache: Path | None, tag: str):
    """Parsed docs of ``texts``, read back from ``cache`` when the same texts were parsed before."""
    import spacy
    from spacy.tokens import DocBin

    from geomap.nlp import load_nlp

    nlp = load_nlp()
    digest = hashlib.sha1(("\x00".join(texts) + nlp.meta["name"] + nlp.meta["version"] + ",".join(nlp.pipe_names)).encode()).hexdigest()[:16]
    path = cache / f"{tag}-{digest}.spacy" if cache else None
    if path is not None and path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=32))
    if path is not None:
        cache.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(store_user_data=False)
        for d in docs:
            bin_.add(d)
        bin_.to_disk(path)
    del spacy
    return docs


def load_articles(path: Path, corpus: str, cache: Path | None) -> list[Article]:
    gold = load_gold(path)
    docs = parse([g["text"] for g in gold], cache, path.parent.name)
    gaz = default_gazetteer()
    out = []
    for i, (g, doc) in enumerate(zip(gold, docs)):
        art = Article(id=str(g.get("id", i)), corpus=corpus, text=g["text"],
                      gold={(p["start"], p["end"]): p for p in g["places"]})
        tk, art.spans, art.rows, _ = scored_candidates(doc, gaz, text=g["text"])
        art.syntax = candidate_syntax(tk, art.spans, range(len(art.spans)))
        art.chars = [char_span(tk, g["text"], c) for c in art.spans]
        art.kinds = [mention_label(tk, c) for c in art.spans]
        art.keys = [c.key for c in art.spans]
        out.append(art)
    # A gold set that marks no demonym says nothing about them (ours follow guidelines that
    # leave them out): its demonym candidates are neither positive nor negative examples.
    marks_demonyms = any(gold_class(p) == "demonym" for a in out for p in a.gold.values())
    for art in out:
        art.trained = [marks_demonyms or "demonym" not in c.sources for c in art.spans]
    return out


# --- fitting and export -------------------------------------------------------------------------------------


def fit_trees(x: np.ndarray, y: np.ndarray):
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(**GBT).fit(x, y)


def export(clf, features: tuple[str, ...], threshold: float, meta: dict) -> dict:
    """The JSON spec ``geomap.fitted.TreeModel`` reads: every tree node by node."""
    trees = []
    for (pred,) in clf._predictors:  # binary classification: one tree per iteration
        nodes = pred.nodes
        leaf = nodes["is_leaf"].astype(bool)
        trees.append({
            "feature": [-1 if lf else int(f) for lf, f in zip(leaf, nodes["feature_idx"])],
            "threshold": [0.0 if lf else float(t) for lf, t in zip(leaf, nodes["num_threshold"])],
            "left": [-1 if lf else int(v) for lf, v in zip(leaf, nodes["left"])],
            "right": [-1 if lf else int(v) for lf, v in zip(leaf, nodes["right"])],
            "value": [float(v) if lf else 0.0 for lf, v in zip(leaf, nodes["value"])],
        })
    return {"features": list(features), "init": float(np.ravel(clf._baseline_prediction)[0]), "learning_rate": 1.0,
            "threshold": threshold, **meta, "trees": trees}


def check_export(spec: dict, clf, x: np.ndarray) -> None:
    """The numpy scorer must give scikit-learn's probabilities."""
    from geomap.fitted import TreeModel

    ours = TreeModel.from_dict(spec).probability(x)
    theirs = clf.predict_proba(x)[:, 1]
    worst = float(np.max(np.abs(ours - theirs))) if len(x) else 0.0
    if worst > 1e-6:
        raise SystemExit(f"exported model disagrees with scikit-learn by {worst}")


# --- recognition --------------------------------------------------------------------------------------------


def matrix(a: Article, syntax: bool = False) -> np.ndarray:
    """The article's candidate rows: ``FEATURES``, and ``SYNTAX_FEATURES`` after them when ``syntax``."""
    rows = [r + x for r, x in zip(a.rows, a.syntax)] if syntax else a.rows
    width = len(FEATURES) + (len(SYNTAX_FEATURES) if syntax else 0)
    return np.asarray(rows, dtype=np.float64).reshape(-1, width)


def stack(articles: list[Article], syntax: bool = False) -> tuple[np.ndarray, np.ndarray]:
    x = np.concatenate([matrix(a, syntax)[np.asarray(a.trained, dtype=bool)] for a in articles])
    labels = [y for a in articles for y, keep in zip(a.labels, a.trained) if keep]
    return x, np.asarray(labels)


def decode(articles: list[Article], probs: list[np.ndarray], threshold: float) -> list[list[tuple[int, int]]]:
    """Kept character spans of each article."""
    return [[a.chars[k] for k in choose_spans(a.spans, list(p), threshold)] for a, p in zip(articles, probs)]


def prf(articles: list[Article], kept: list[list[tuple[int, int]]]) -> tuple[float, float, float]:
    tp = sum(len(set(k) & set(a.gold)) for a, k in zip(articles, kept))
    n_pred = sum(len(set(k)) for k in kept)
    n_gold = sum(len(a.gold) for a in articles)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def per_article_probs(clf, articles: list[Article], syntax: bool = False) -> list[np.ndarray]:
    out = []
    for a in articles:
        x = matrix(a, syntax)
        out.append(clf.predict_proba(x)[:, 1] if len(x) else np.zeros(0))
    return out


def combined(first: list[np.ndarray], second: list[np.ndarray], band: tuple[float, float]) -> list[np.ndarray]:
    """What ``geomap.recognise`` scores: the second model's probability where the first's lies in ``band``."""
    return [np.where((f >= band[0]) & (f <= band[1]), s, f) for f, s in zip(first, second)]


def parsed_share(articles: list[Article], first: list[np.ndarray], band: tuple[float, float]) -> float:
    """The share of candidates whose sentence is parsed for ``band`` (a proxy for the parse's cost)."""
    n = sum(len(f) for f in first)
    return sum(int(((f >= band[0]) & (f <= band[1])).sum()) for f in first) / n if n else 0.0


INNER_FOLDS = 3


@dataclass
class Recogniser:
    first: object  # without the parse
    second: object  # with it, for the first's unsure candidates
    threshold: float
    band: tuple[float, float]
    bands: dict  # band -> (inner F1, share of candidates parsed)

    def probs(self, articles: list[Article]) -> list[np.ndarray]:
        return combined(per_article_probs(self.first, articles), per_article_probs(self.second, articles, True),
                        self.band)


def best_threshold(articles: list[Article], probs: list[np.ndarray]) -> tuple[float, float]:
    """The threshold with the best F1 over ``probs``, and that F1."""
    f1 = {t: prf(articles, decode(articles, probs, t))[2] for t in THRESHOLDS}
    t = max(THRESHOLDS, key=lambda t: (f1[t], -abs(t - 0.5)))
    return float(t), f1[t]


def fit_recogniser(train: list[Article]) -> Recogniser:
    """Fit both models on ``train``, with the band and the threshold that do best over out-of-fold
    probabilities of ``train``.

    Three inner folds by article give every training article probabilities from models that
    did not see it; the narrowest band within ``BAND_SLACK`` of the best F1, and its best
    threshold, are chosen over all of them; then both models are refitted on all.
    """
    ids = sorted({a.id for a in train})
    random.Random(SEED).shuffle(ids)
    inner = {i: k % INNER_FOLDS for k, i in enumerate(ids)}
    check, first, second = [], [], []
    for k in range(INNER_FOLDS):
        fit_on = [a for a in train if inner[a.id] != k]
        held = [a for a in train if inner[a.id] == k]
        check += held
        first += per_article_probs(fit_trees(*stack(fit_on)), held)
        second += per_article_probs(fit_trees(*stack(fit_on, True)), held, True)
    scores = {band: best_threshold(check, combined(first, second, band)) for band in BANDS}
    best = max(f1 for _, f1 in scores.values())
    band = next(b for b in BANDS if scores[b][1] >= best - BAND_SLACK)
    return Recogniser(fit_trees(*stack(train)), fit_trees(*stack(train, True)), scores[band][0], band,
                      {b: (round(scores[b][1], 4), round(parsed_share(check, first, b), 3)) for b in BANDS})


def folds_of(articles: list[Article]) -> dict[str, int]:
    ids = [a.id for a in articles]
    random.Random(SEED).shuffle(ids)
    return {i: k % FOLDS for k, i in enumerate(ids)}


def gold_class(place: dict) -> str:
    """The class a gold mention is reported under."""
    from geomap.demonyms import demonym_country

    if demonym_country(place["text"]):
        return "demonym"
    code = place.get("feature_code") or place.get("kind") or ""
    if place.get("lat") is None:
        return "no point"
    if code in {"PCLI", "PCLS", "PCLD", "PCLF", "PCL", "country"}:
        return "country"
    if code in {"ADM1", "admin"}:
        return "admin1"
    if code.startswith("ADM2") or code in {"ADMD", "ADM3", "ADM4"}:
        return "admin2"
    if code.startswith("PPL") or code == "city":
        return "city"
    return "other"


def recognition_report(articles: list[Article], kept: list[list[tuple[int, int]]]) -> list[str]:
    lines = []
    p, r, f = prf(articles, kept)
    lines.append(f"all mentions          P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    no_dem = [dict(a.gold) for a in articles]
    dem_spans = [{s for s, g in a.gold.items() if gold_class(g) == "demonym"} for a in articles]
    tp = sum(len((set(k) & set(a.gold)) - d) for a, k, d in zip(articles, kept, dem_spans))
    n_gold = sum(len(g) - len(d) for g, d in zip(no_dem, dem_spans))
    n_pred = sum(len(set(k) - d) for k, d in zip(kept, dem_spans))
    lines.append(f"without demonym gold  P {tp / max(1, n_pred):.3f}  R {tp / max(1, n_gold):.3f}")
    found = Counter()
    total = Counter()
    for a, k in zip(articles, kept):
        for span, g in a.gold.items():
            c = gold_class(g)
            total[c] += 1
            found[c] += span in set(k)
    lines.append("recall by class: " + ", ".join(f"{c} {found[c] / total[c]:.3f} ({total[c]})"
                                                for c in sorted(total, key=lambda c: -total[c])))
    return lines


# --- resolution -------------------------------------------------------------------------------------------


def mentions_at(a: Article, spans: list[tuple[int, int]]) -> list[Mention]:
    """Mentions at the given character spans, labelled as recognition would label them."""
    by_span = {c: k for k, c in enumerate(a.chars)}
    out = []
    for s, e in sorted(spans):
        k = by_span.get((s, e))
        text = a.text[s:e]
        label, key = (a.kinds[k], a.keys[k]) if k is not None else ("GAZ", "")
        out.append(Mention(doc=a.id, start=s, end=e, text=text, label=label, key=key if key != text else ""))
    return out


def rank_rows(a: Article, mentions: list[Mention]):
    """(rows, labels, blocks) for the ambiguous mentions that have a gold point and a candidate near it."""
    gaz = default_gazetteer()
    text = Text(a.id, a.text)
    cands = [candidates_of(text, m, gaz) for m in mentions]
    ctx = ArticleContext(text, mentions, cands)
    rows, labels = [], []
    for i, (m, cs) in enumerate(zip(mentions, cands)):
        g = a.gold.get((m.start, m.end))
        if len(cs) < 2 or g is None or g.get("lat") is None:
            continue
        # The entry the annotators chose, where the gazetteer has its GeoNames id; else any entry
        # within 161 km. The id tells a city from the same-named province around it.
        good = [c.geonameid is not None and c.geonameid == g.get("geonameid") for c in cs]
        if not any(good):
            good = [haversine_km(c.lat, c.lon, g["lat"], g["lon"]) <= 161.0 for c in cs]
        if not any(good) or all(good):
            continue
        rows += rank_features(ctx, i, m, cs, cands)
        labels += [int(x) for x in good]
        # The same mention alone, as in a one-line text, so that the ranker also learns what a
        # name means without context. Local stories' small towns (Paris, Kentucky) would teach
        # it the wrong prior; our own international sets and the mentions of the largest place
        # of a name (regions' summed populations aside) teach the prior that holds world-wide.
        largest = max((c for c in cs if c.kind not in {"admin", "admin2"}), key=lambda c: c.population,
                      default=None)
        if a.corpus != "own" and not (largest is not None and good[cs.index(largest)]):
            continue
        alone = ArticleContext(Text(a.id, a.text[m.start:m.end]), [replace(m, start=0, end=m.end - m.start)], [cs])
        rows += rank_features(alone, 0, m, cs, [cs])
        labels += [int(x) for x in good]
    return rows, labels


def fit_ranker(train: list[Article]):
    rows, labels = [], []
    for a in train:
        r, y = rank_rows(a, mentions_at(a, list(a.gold)))
        rows += r
        labels += y
    x = np.asarray(rows, dtype=np.float64).reshape(-1, len(RANK_FEATURES))
    return fit_trees(x, np.asarray(labels)), x, np.asarray(labels)


def resolution_errors(model, articles: list[Article], kept: dict[str, list[tuple[int, int]]]):
    """(class, error km) of every correctly recognised gold mention with a point, resolved with ``model``."""
    import geomap.resolve as resolve_module

    gaz = default_gazetteer()
    original = resolve_module.ranker
    resolve_module.ranker = lambda: model
    try:
        out = []
        for a in articles:
            mentions = mentions_at(a, kept[a.id])
            for m in resolve_module._resolve_offline(Text(a.id, a.text), mentions, gaz):
                g = a.gold.get((m.start, m.end))
                if g is None or g.get("lat") is None:
                    continue
                km = 20039.0 if m.candidate is None else haversine_km(g["lat"], g["lon"], m.candidate.lat,
                                                                      m.candidate.lon)
                out.append((gold_class(g), km, {"doc": a.id, "text": m.text, "start": m.start,
                                                 "got": [m.candidate.name, m.candidate.kind, m.candidate.country,
                                                         m.candidate.admin1] if m.candidate else None,
                                                 "gold": [g.get("geonameid"), g.get("feature_code"), g["lat"], g["lon"]]}))
        return out
    finally:
        resolve_module.ranker = original


def resolution_report(errors: list[tuple[str, float]]) -> list[str]:
    kms = sorted(km for _, km, _ in errors)
    acc = sum(km <= 161 for km in kms) / len(kms)
    lines = [f"acc@161km {acc:.3f}  median error {kms[len(kms) // 2]:.1f} km  ({len(kms)} mentions)"]
    by = defaultdict(list)
    for c, km, _ in errors:
        by[c].append(km)
    lines.append("acc@161km by class: " + ", ".join(
        f"{c} {sum(k <= 161 for k in v) / len(v):.3f} ({len(v)})" for c, v in sorted(by.items(), key=lambda kv: -len(kv[1]))))
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--real", type=Path, required=True, help="real annotated news, gold JSONL")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/geomap-fit-cache"), help="parsed docs are kept here")
    ap.add_argument("--no-write", action="store_true", help="report only; leave data/models as it is")
    ap.add_argument("--dump", type=Path, help="write the cross-validated errors here (JSON), for error analysis")
    args = ap.parse_args()

    t0 = time.time()
    real = load_articles(args.real, "real", args.cache)
    own = [a for path in OWN_SETS for a in load_articles(path, "own", args.cache)]
    n_real_gold = sum(len(a.gold) for a in real)
    covered = sum(len(set(a.chars) & set(a.gold)) for a in real)
    report = ["# Fitted models: report of scripts/fit_models.py",
              "",
              f"Real news: {args.real.name}, {len(real)} articles, {n_real_gold} gold mentions; "
              f"own sets: {len(own)} articles. Candidate spans cover {covered / n_real_gold:.3f} of the real gold "
              f"spans (the ceiling of recall).", ""]
    print("\n".join(report), flush=True)

    # Cross-validated recognition on the real news.
    fold = folds_of(real)
    cv_kept: dict[str, list[tuple[int, int]]] = {}
    cv_probs: dict[str, np.ndarray] = {}
    thresholds, bands, shares = [], [], []
    for k in range(FOLDS):
        train = [a for a in real if fold[a.id] != k] + own
        test = [a for a in real if fold[a.id] == k]
        rec = fit_recogniser(train)
        thresholds.append(rec.threshold)
        bands.append(rec.band)
        probs = rec.probs(test)
        shares.append(parsed_share(test, per_article_probs(rec.first, test), rec.band))
        for a, p, kept in zip(test, probs, decode(test, probs, rec.threshold)):
            cv_kept[a.id] = kept
            cv_probs[a.id] = p
        print(f"  fold {k}: band {rec.band}, threshold {rec.threshold}, "
              f"F1 {prf(test, decode(test, probs, rec.threshold))[2]:.3f}, candidates parsed {shares[-1]:.3f} "
              f"({time.time() - t0:.0f} s)", flush=True)
    lines = ["## Recognition, cross-validated on real news (5 folds by article)", "",
             f"bands chosen per fold (the second model, with the parse, decides inside): {bands}; "
             f"candidates whose sentence is parsed: {', '.join(f'{x:.3f}' for x in shares)}", "",
             f"thresholds chosen per fold: {thresholds}", ""]
    lines += recognition_report(real, [cv_kept[a.id] for a in real])
    print("\n".join(lines), flush=True)
    report += lines + [""]

    # Cross-validated resolution of the spans recognised in cross-validation.
    errors = []
    for k in range(FOLDS):
        train = [a for a in real if fold[a.id] != k] + own
        test = [a for a in real if fold[a.id] == k]
        clf, _, _ = fit_ranker(train)
        spec = export(clf, RANK_FEATURES, 0.5, {"name": "resolve"})
        from geomap.fitted import TreeModel

        errors += resolution_errors(TreeModel.from_dict(spec), test, cv_kept)
    if args.dump:
        args.dump.write_text(json.dumps({"recognised": cv_kept, "resolution": [
            {"class": c, "km": round(km), **d} for c, km, d in errors]}, default=list), encoding="utf-8")
    lines = ["## Resolution, cross-validated on real news (same folds; spans recognised in cross-validation)", ""]
    lines += resolution_report(errors)
    print("\n".join(lines), flush=True)
    report += lines + [""]

    # The shipped recognition model: everything.
    rec = fit_recogniser(real + own)
    fitted_on = {"real": args.real.name, "real_articles": len(real), "own_articles": len(own)}
    x_all, y_all = stack(real + own)
    spec = export(rec.first, FEATURES, rec.threshold, {"name": "recognise", "band": list(rec.band),
                                                       "fitted_on": fitted_on})
    check_export(spec, rec.first, x_all[:5000])
    xs_all, _ = stack(real + own, True)
    sspec = export(rec.second, FEATURES + SYNTAX_FEATURES, rec.threshold, {"name": "recognise_syntax",
                                                                           "fitted_on": fitted_on})
    check_export(sspec, rec.second, xs_all[:5000])
    lines = ["## Shipped recognition models", "",
             f"first model (no parse): {len(spec['trees'])} trees; where its probability lies in {rec.band} the "
             f"candidate's sentence is parsed and the second model decides; threshold {rec.threshold}", "",
             "bands over the training articles' out-of-fold probabilities (F1 at the band's best threshold, share of "
             "candidates parsed): " + "; ".join(f"{b}: {f1:.4f}, {share:.3f}" for b, (f1, share) in rec.bands.items()),
             "",
             "first model's most useful features (drop in log-loss when permuted): "
             + feature_importance(rec.first, x_all[:4000], y_all[:4000]), "",
             "second model's most useful features: "
             + feature_importance(rec.second, xs_all[:4000], y_all[:4000], FEATURES + SYNTAX_FEATURES)]
    print("\n".join(lines), flush=True)
    report += lines + [""]
    rclf, rx, ry = fit_ranker(real + own)
    rspec = export(rclf, RANK_FEATURES, 0.5, {"name": "resolve", "fitted_on": {
        "real": args.real.name, "real_articles": len(real), "own_articles": len(own)}})
    check_export(rspec, rclf, rx[:5000])
    lines = ["## Shipped resolution ranker", "", f"{len(rspec['trees'])} trees, {len(ry)} candidate rows", "",
             "most useful features: " + feature_importance(rclf, rx[:4000], ry[:4000], RANK_FEATURES)]
    print("\n".join(lines), flush=True)
    report += lines + [""]
    if not args.no_write:
        MODELS.mkdir(parents=True, exist_ok=True)
        (MODELS / "recognise.json").write_text(json.dumps(spec, separators=(",", ":")) + "\n", encoding="utf-8")
        (MODELS / "recognise_syntax.json").write_text(json.dumps(sspec, separators=(",", ":")) + "\n",
                                                      encoding="utf-8")
        (MODELS / "resolve.json").write_text(json.dumps(rspec, separators=(",", ":")) + "\n", encoding="utf-8")
        (MODELS / "REPORT.md").write_text("\n".join(report) + "\n", encoding="utf-8")
    print(f"done in {time.time() - t0:.0f} s")


def feature_importance(clf, x: np.ndarray, y: np.ndarray, names=FEATURES, top: int = 15) -> str:
    from sklearn.inspection import permutation_importance

    result = permutation_importance(clf, x, y, scoring="neg_log_loss", n_repeats=2, random_state=SEED)
    order = np.argsort(-result.importances_mean)[:top]
    return ", ".join(f"{names[i]} {result.importances_mean[i]:.4f}" for i in order)


if __name__ == "__main__":
    main()
