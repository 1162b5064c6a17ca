"""Throughput and peak memory of each pipeline stage, for corpora of N articles.

    python bench/throughput.py                 # N = 100 1000 10000
    python bench/throughput.py 100 1000 --json bench-throughput.json
    python bench/throughput.py 1000 --keep-maps maps/   # also keep map-1000.html for bench/map_open.py

Every stage runs in a fresh Python process that loads its input (pickled by the stage
before), warms what it needs (spaCy model, gazetteer, country shapes: loaded once per
process, as in real use), then times only the stage's work. Peak RSS is that process's
``ru_maxrss``, so it is the stage's own peak, libraries and model included.

Stages: ingest (write the corpus as JSONL and read it back with ``read_articles``),
recognise, resolve, roles, aggregate+geometry (``situation_frame``), render (folium HTML,
written to disk), end to end (JSONL in, HTML + GeoJSON out, in one process), and NER alone
(``nlp.pipe`` over the same texts, same batch size: the floor the pipeline is measured
against). Warm start is a fresh process importing the gazetteer, opening the index and
answering a first look-up.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SEED, corpus, make_article, words, write_jsonl  # noqa: E402  (re-exported for map_open)

__all__ = ["corpus", "make_article", "words", "write_jsonl", "run_stage", "measure"]

BATCH_SIZE = 32  # geomap.recognise.recognise's default: NER alone uses the same
STAGES = ["ingest", "recognise", "resolve", "roles", "aggregate+geometry", "render", "end to end", "NER alone"]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _load(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)


def _dump(obj, path) -> None:
    with open(path, "wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _child(stage: str, work: Path, n: int, seed: int, keep: str | None) -> dict:
    """Run one stage in this (fresh) process; returns its figures."""
    if stage == "warm start":  # before anything of geomap is imported
        t0 = time.perf_counter()
        from geomap.gazetteer import Gazetteer

        t_import = time.perf_counter()
        answer = Gazetteer().candidates("Geneva")
        t1 = time.perf_counter()
        assert answer
        return {"seconds": t1 - t0, "import_s": t_import - t0, "open_lookup_s": t1 - t_import,
                "peak_rss_mb": _peak_mb()}
    from geomap.gazetteer import default_gazetteer
    from geomap.nlp import load_nlp

    result: dict = {}
    t_load = time.perf_counter()
    if stage in {"recognise", "end to end", "NER alone"}:
        load_nlp()
    if stage in {"recognise", "resolve", "end to end", "render"}:
        default_gazetteer().candidates("Geneva")
    if stage in {"aggregate+geometry", "end to end"}:
        from geomap.geometry import countries, curated_features

        countries(), curated_features()
    result["load_s"] = time.perf_counter() - t_load
    jsonl = work / "corpus.jsonl"

    if stage == "ingest":
        from geomap.ingest import read_articles

        articles = corpus(n, seed)  # generating the corpus is not timed
        t0 = time.perf_counter()
        result["jsonl_bytes"] = write_jsonl(articles, jsonl)
        t_write = time.perf_counter()
        read = list(read_articles([str(jsonl)]))
        t1 = time.perf_counter()
        result["write_s"], result["read_s"] = t_write - t0, t1 - t_write
        assert len(read) == n
        _dump(read, work / "articles.pkl")
    elif stage == "recognise":
        from geomap.recognise import recognise

        articles = _load(work / "articles.pkl")
        t0 = time.perf_counter()
        out = list(recognise(articles, batch_size=BATCH_SIZE))
        t1 = time.perf_counter()
        result["mentions"] = sum(len(m) for _, m in out)
        _dump(out, work / "recognised.pkl")
    elif stage == "resolve":
        from geomap.resolve import resolve

        pairs = _load(work / "recognised.pkl")
        t0 = time.perf_counter()
        out = [(a, resolve(a, found)) for a, found in pairs]
        t1 = time.perf_counter()
        result["resolved"] = sum(m.resolved for _, ms in out for m in ms)
        _dump(out, work / "resolved.pkl")
    elif stage == "roles":
        from geomap.roles import assign_roles

        pairs = _load(work / "resolved.pkl")
        t0 = time.perf_counter()
        out = [(a, assign_roles(a, found)) for a, found in pairs]
        t1 = time.perf_counter()
        _dump(out, work / "roles.pkl")
    elif stage == "aggregate+geometry":
        from geomap.pipeline import situation_frame

        pairs = _load(work / "roles.pkl")
        t0 = time.perf_counter()
        by_id = {a.id: a for a, _ in pairs}
        frame = situation_frame(by_id, [m for _, ms in pairs for m in ms])
        t1 = time.perf_counter()
        result["places"] = len(frame)
        _dump(frame, work / "frame.pkl")
    elif stage == "render":
        from geomap.pipeline import write_outputs

        frame = _load(work / "frame.pkl")
        import folium  # noqa: F401  (import is not the stage's work)

        html = work / "map.html"
        t0 = time.perf_counter()
        write_outputs(frame, str(html), None, title=f"Benchmark: {n} articles")
        t1 = time.perf_counter()
        result["html_bytes"] = html.stat().st_size
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            os.replace(html, Path(keep) / f"map-{n}.html")
    elif stage == "end to end":
        from geomap.pipeline import situation, write_outputs

        t0 = time.perf_counter()
        frame = situation([str(jsonl)])
        write_outputs(frame, str(work / "e2e.html"), str(work / "e2e.geojson"), title=f"Benchmark: {n} articles")
        t1 = time.perf_counter()
        result["places"] = len(frame)
        result["html_bytes"] = (work / "e2e.html").stat().st_size
    elif stage == "NER alone":
        from geomap.ingest import read_articles

        nlp = load_nlp()
        texts = [a.text for a in read_articles([str(jsonl)])]
        t0 = time.perf_counter()
        tokens = 0
        for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
            tokens += len(doc)
        t1 = time.perf_counter()
        result["tokens"] = tokens
    else:
        raise SystemExit(f"unknown stage {stage!r}")
    result["seconds"] = t1 - t0
    result["peak_rss_mb"] = _peak_mb()
    return result


def run_stage(stage: str, work: Path, n: int, seed: int = SEED, keep: str | None = None) -> dict:
    """Run ``stage`` in a fresh interpreter; returns its figures plus the process's wall time."""
    cmd = [sys.executable, __file__, "--stage", stage, "--work", str(work), "--seed", str(seed), str(n)]
    if keep:
        cmd += ["--keep-maps", keep]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode:
        raise RuntimeError(f"stage {stage} failed for N={n}:\n{proc.stderr[-3000:]}")
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    figures["process_wall_s"] = wall
    return figures


def measure(n: int, seed: int = SEED, keep: str | None = None, log=print) -> dict:
    """Every stage for a corpus of ``n`` articles."""
    arts = corpus(n, seed)
    total_words = words(arts)
    out = {"articles": n, "words": total_words, "stages": {}}
    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        work = Path(tmp)
        for stage in STAGES:
            figures = run_stage(stage, work, n, seed, keep)
            secs = figures["seconds"]
            figures["articles_per_s"] = n / secs if secs else float("inf")
            figures["words_per_s"] = total_words / secs if secs else float("inf")
            out["stages"][stage] = figures
            log(f"  N={n:>6} {stage:<19} {secs:8.2f} s  {figures['peak_rss_mb']:7.0f} MB peak", file=sys.stderr)
    e2e, ner = out["stages"]["end to end"]["seconds"], out["stages"]["NER alone"]["seconds"]
    out["e2e_over_ner"] = e2e / ner
    return out


def _table(results: list[dict], warm: dict) -> str:
    lines = []
    for r in results:
        lines.append(f"\nN = {r['articles']} articles, {r['words']:,} words")
        lines.append(f"{'stage':<20}{'seconds':>10}{'articles/s':>12}{'words/s':>12}{'peak RSS MB':>13}  notes")
        for stage, f in r["stages"].items():
            notes = []
            if stage == "ingest":
                notes.append(f"write {f['write_s']:.2f} s + read {f['read_s']:.2f} s, {f['jsonl_bytes'] / 1e6:.1f} MB")
            if "mentions" in f:
                notes.append(f"{f['mentions']:,} mentions")
            if "resolved" in f:
                notes.append(f"{f['resolved']:,} resolved")
            if "places" in f:
                notes.append(f"{f['places']:,} places")
            if "html_bytes" in f:
                notes.append(f"HTML {f['html_bytes'] / 1e6:.1f} MB")
            if stage in {"recognise", "end to end", "NER alone"}:
                notes.append(f"model load {f['load_s']:.1f} s (untimed)")
            lines.append(f"{stage:<20}{f['seconds']:>10.2f}{f['articles_per_s']:>12,.1f}{f['words_per_s']:>12,.0f}"
                         f"{f['peak_rss_mb']:>13,.0f}  {'; '.join(notes)}")
        lines.append(f"end to end / NER alone: {r['e2e_over_ner']:.2f}x the time")
    by_n = {r["articles"]: r for r in results}
    if 1000 in by_n and 10000 in by_n:
        ratio = by_n[10000]["stages"]["end to end"]["articles_per_s"] / by_n[1000]["stages"]["end to end"]["articles_per_s"]
        lines.append(f"\nend-to-end articles/s, N=10,000 / N=1,000: {ratio:.2f}")
    lines.append(f"\nwarm start, fresh process: import geomap {warm['import_s'] * 1000:.0f} ms + open the gazetteer index and "
                 f"answer a first look-up {warm['open_lookup_s'] * 1000:.1f} ms = {warm['seconds'] * 1000:.0f} ms "
                 f"({warm['process_wall_s']:.2f} s with interpreter start); peak RSS {warm['peak_rss_mb']:.0f} MB")
    loads = [r["stages"]["end to end"]["load_s"] for r in results]
    if loads:
        lines.append(f"spaCy model + gazetteer + country shapes load, fresh process: {min(loads):.1f} s "
                     "(untimed in the stage figures above)")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000])
    parser.add_argument("--json", dest="json_path", help="also write the figures as JSON ('-' for stdout)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--keep-maps", help="keep each render stage's HTML as DIR/map-N.html")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stage:  # child mode
        print(json.dumps(_child(args.stage, Path(args.work), args.sizes[0], args.seed, args.keep_maps)))
        return
    results = []
    for n in args.sizes:
        print(f"measuring N={n} ...", file=sys.stderr)
        results.append(measure(n, args.seed, args.keep_maps))
    with tempfile.TemporaryDirectory() as tmp:
        warm = run_stage("warm start", Path(tmp), 1, args.seed)
    print(f"geomap throughput: {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, {platform.machine()}, one process per stage")
    print(_table(results, warm))
    by_n = {r["articles"]: r for r in results}
    doc = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
           "seed": args.seed, "batch_size": BATCH_SIZE, "runs": results, "warm_start": warm}
    if 1000 in by_n and 10000 in by_n:
        doc["e2e_rate_10000_over_1000"] = (by_n[10000]["stages"]["end to end"]["articles_per_s"]
                                           / by_n[1000]["stages"]["end to end"]["articles_per_s"])
    if args.json_path == "-":
        print(json.dumps(doc, indent=1))
    elif args.json_path:
        Path(args.json_path).write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
