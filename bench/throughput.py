"""Throughput and peak memory of each pipeline stage, for corpora of N articles.

    python bench/throughput.py                 # N = 100 1000 10000 (about 25 minutes on 2 CPUs)
    python bench/throughput.py 100 1000 --json bench-throughput.json
    python bench/throughput.py 1000 --keep-maps maps/   # also keep map-1000.html for bench/map_open.py
    python bench/throughput.py 1000 --dask              # also the dask engine on a local cluster

Every stage runs in a fresh Python process that loads its input (pickled by the stage
before), warms what it needs (spaCy model, gazetteer, country shapes: loaded once per
process, as in real use), then times only the stage's work. Peak RSS is that process's
``ru_maxrss`` (plus the largest worker's where the stage starts worker processes), so it is
the stage's own peak, libraries and model included.

Stages: ingest (write the corpus as JSONL and read it back with ``read_articles``),
recognise, resolve, roles, end to end (JSONL in, HTML + GeoJSON out, as ``geomap map``
does) in one process and on all cores (``workers="auto"``, the CLI's default),
aggregate+geometry (``situation_frame``), render (folium HTML written to disk), and NER
alone (``nlp.pipe`` over the same texts, same batch size, in one process and with
``n_process`` = the cores ``workers="auto"`` uses): the floor that the pipeline is measured
against, at the same parallelism. Warm start is a fresh process importing the gazetteer,
opening the index and answering a first look-up. "extract (dask)" (with --dask) runs
recognise+resolve+roles through ``geomap.engine.extract_distributed`` on a local cluster of
one worker process per CPU; its peak is the largest worker's.

Corpora larger than --full-up-to (default 1000) run "end to end (all cores)", aggregate+
geometry and render on all N articles, but not the one-process stages (on 2 CPUs 10,000
articles would take the better part of an hour per stage): recognise, resolve, roles and
both NER-alone stages run on an evenly strided sample of --full-up-to articles, and their
per-article rates stand for the whole ("sample" in the notes).
"""

from __future__ import annotations

import argparse
import json
import math
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

__all__ = ["corpus", "make_article", "words", "write_jsonl", "run_stage", "measure", "write_json"]

BATCH_SIZE = 32  # geomap.recognise.recognise's default: NER alone uses the same
STAGES = ["ingest", "recognise", "resolve", "roles", "end to end", "end to end (all cores)", "extract (dask)",
          "aggregate+geometry", "render", "NER alone", "NER alone (all cores)"]
SAMPLED = {"recognise", "resolve", "roles", "NER alone", "NER alone (all cores)"}


def write_json(doc: dict, path: str | None) -> None:
    """The figures as JSON: to stdout for "-", to ``path`` otherwise, nowhere for None."""
    if path == "-":
        print(json.dumps(doc, indent=1))
    elif path:
        Path(path).write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _load(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)


def _dump(obj, path) -> None:
    with open(path, "wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _child(stage: str, work: Path, n: int, seed: int, keep: str | None, every: int = 1) -> dict:
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
    e2e = stage.startswith("end to end")
    if stage in {"recognise"} or e2e or stage.startswith("NER alone"):
        load_nlp()
    if stage in {"recognise", "resolve", "render"} or e2e:
        default_gazetteer().candidates("Geneva")
    if stage == "aggregate+geometry" or e2e:
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

        articles = _load(work / "articles.pkl")[::every]
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
    elif stage == "extract (dask)":
        from distributed import Client, LocalCluster

        from geomap.engine import extract_distributed

        articles = _load(work / "articles.pkl")
        workers = os.cpu_count() or 2
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
                Client(cl) as client:
            def warm():
                from geomap.gazetteer import default_gazetteer
                from geomap.nlp import load_nlp

                load_nlp(), default_gazetteer().candidates("Geneva")

            client.run(warm)  # model loading, once per worker, is not the stage's work
            t0 = time.perf_counter()
            out = extract_distributed(articles, client=client)
            t1 = time.perf_counter()
            peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        result["workers"] = workers
        result["worker_peak_rss_mb"] = max(peaks.values())
        result["client_peak_rss_mb"] = _peak_mb()
        if every == 1:  # the one-process chain ran in full: the engine must agree with it exactly
            result["identical_to_one_process"] = out == _load(work / "roles.pkl")
        _dump(out, work / "roles-dask.pkl")
    elif stage == "aggregate+geometry":
        from geomap.pipeline import situation_frame

        pairs = _load(work / ("roles.pkl" if every == 1 else "roles-e2e.pkl"))
        t0 = time.perf_counter()
        frame = situation_frame(pairs)
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
    elif stage in {"end to end", "end to end (all cores)"}:
        from geomap.ingest import read_articles
        from geomap.pipeline import extract, situation_frame, write_outputs

        workers = 1 if stage == "end to end" else "auto"
        t0 = time.perf_counter()
        # geomap.pipeline.situation, unrolled to keep the mentions for the stages after it when they need them
        pairs = []

        def kept(stream):  # the pairs the stages after this one read, unless they are sampled
            for pair in stream:
                if every > 1:
                    pairs.append(pair)
                yield pair

        frame = situation_frame(kept(extract(read_articles([str(jsonl)]), workers=workers)))
        write_outputs(frame, str(work / "e2e.html"), str(work / "e2e.geojson"), title=f"Benchmark: {n} articles")
        t1 = time.perf_counter()
        result["places"] = len(frame)
        result["html_bytes"] = (work / "e2e.html").stat().st_size
        result["children_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if every > 1:
            _dump(pairs, work / "roles-e2e.pkl")
    elif stage in {"NER alone", "NER alone (all cores)"}:
        from geomap.ingest import read_articles

        nlp = load_nlp()
        texts = [a.text for a in read_articles([str(jsonl)])][::every]
        processes = 1 if stage == "NER alone" else min(os.cpu_count() or 1, 4)  # as extract(workers="auto")
        t0 = time.perf_counter()
        tokens = 0
        for doc in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=processes):
            tokens += len(doc)
        t1 = time.perf_counter()
        result["tokens"] = tokens
        result["processes"] = processes
        result["children_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    else:
        raise SystemExit(f"unknown stage {stage!r}")
    result["seconds"] = t1 - t0
    result["peak_rss_mb"] = result.get("worker_peak_rss_mb") or _peak_mb()
    if result.get("children_peak_rss_mb", 0) > 1:  # worker processes: the parent's peak plus the largest worker's
        result["peak_rss_mb"] += result["children_peak_rss_mb"]
    return result


def run_stage(stage: str, work: Path, n: int, seed: int = SEED, keep: str | None = None, every: int = 1) -> dict:
    """Run ``stage`` in a fresh interpreter; returns its figures plus the process's wall time."""
    cmd = [sys.executable, __file__, "--stage", stage, "--work", str(work), "--seed", str(seed),
           "--every", str(every), str(n)]
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


def _has_dask() -> bool:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


def measure(n: int, seed: int = SEED, keep: str | None = None, full_up_to: int = 1000, dask: bool = False,
            log=print, keep_work: str | None = None) -> dict:
    """Every stage for a corpus of ``n`` articles (the one-process NLP stages on a sample above ``full_up_to``)."""
    arts = corpus(n, seed)
    every = 1 if n <= full_up_to else math.ceil(n / full_up_to)
    sample = arts[::every]
    total_words, sample_words = words(arts), words(sample)
    dask = dask and _has_dask()
    out = {"articles": n, "words": total_words, "sample_every": every, "sample_articles": len(sample),
           "sample_words": sample_words, "stages": {}}
    stages = [s for s in STAGES if (dask or s != "extract (dask)") and (every == 1 or s != "end to end")]
    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        work = Path(keep_work) / f"n{n}" if keep_work else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for stage in stages:
            figures = run_stage(stage, work, n, seed, keep, every)
            sampled = every > 1 and stage in SAMPLED
            count, wc = (len(sample), sample_words) if sampled else (n, total_words)
            secs = figures["seconds"]
            figures["sampled"] = sampled
            figures["articles_per_s"] = count / secs if secs else float("inf")
            figures["words_per_s"] = wc / secs if secs else float("inf")
            out["stages"][stage] = figures
            log(f"  N={n:>6} {stage:<23} {secs:8.2f} s  {figures['peak_rss_mb']:7.0f} MB peak"
                + (f"  (sample of {count})" if sampled else ""), file=sys.stderr)
    st = out["stages"]
    for e2e, ner, key in (("end to end", "NER alone", "e2e_rate_over_ner"),
                          ("end to end (all cores)", "NER alone (all cores)", "e2e_all_cores_rate_over_ner")):
        if e2e in st and ner in st:
            out[key] = st[e2e]["articles_per_s"] / st[ner]["articles_per_s"]
    return out


def _table(results: list[dict], warm: dict) -> str:
    lines = []
    for r in results:
        head = f"\nN = {r['articles']:,} articles, {r['words']:,} words"
        if r["sample_every"] > 1:
            head += (f"; recognise, resolve, roles, NER alone on a sample of {r['sample_articles']:,} articles "
                     f"(1 in {r['sample_every']}, {r['sample_words']:,} words)")
        lines.append(head)
        lines.append(f"{'stage':<24}{'seconds':>10}{'articles/s':>12}{'words/s':>12}{'peak RSS MB':>13}  notes")
        for stage, f in r["stages"].items():
            notes = []
            if f.get("sampled"):
                notes.append("sample")
            if "processes" in f and f["processes"] > 1:
                notes.append(f"{f['processes']} processes")
            if f.get("children_peak_rss_mb", 0) > 1:
                notes.append(f"peak = parent + largest worker ({f['children_peak_rss_mb']:,.0f} MB)")
            if stage == "ingest":
                notes.append(f"write {f['write_s']:.2f} s + read {f['read_s']:.2f} s, {f['jsonl_bytes'] / 1e6:.1f} MB")
            if "mentions" in f:
                notes.append(f"{f['mentions']:,} mentions")
            if "resolved" in f:
                notes.append(f"{f['resolved']:,} resolved")
            if "workers" in f:
                notes.append(f"{f['workers']} workers, peak per worker; client {f['client_peak_rss_mb']:,.0f} MB")
            if "identical_to_one_process" in f:
                notes.append("identical to one process" if f["identical_to_one_process"] else "DIFFERS from one process")
            if "places" in f:
                notes.append(f"{f['places']:,} places")
            if "html_bytes" in f:
                notes.append(f"HTML {f['html_bytes'] / 1e6:.1f} MB")
            peak = f"{f['peak_rss_mb']:>13,.0f}" if f.get("peak_rss_mb") else f"{'-':>13}"
            lines.append(f"{stage:<24}{f['seconds']:>10.2f}{f['articles_per_s']:>12,.1f}{f['words_per_s']:>12,.0f}"
                         f"{peak}  {'; '.join(notes)}")
        if "e2e_rate_over_ner" in r:
            lines.append(f"end-to-end rate / NER-alone rate, one process: {r['e2e_rate_over_ner']:.0%}")
        if "e2e_all_cores_rate_over_ner" in r:
            lines.append(f"end-to-end rate / NER-alone rate, all cores: {r['e2e_all_cores_rate_over_ner']:.0%}")
    ratio = _scaling(results)
    if ratio is not None:
        lines.append(f"\nend-to-end articles/s (all cores), N=10,000 / N=1,000: {ratio:.2f}")
    lines.append(f"\nwarm start, fresh process: import geomap {warm['import_s'] * 1000:.0f} ms + open the gazetteer index "
                 f"and answer a first look-up {warm['open_lookup_s'] * 1000:.1f} ms = {warm['seconds'] * 1000:.0f} ms "
                 f"({warm['process_wall_s']:.2f} s with interpreter start); peak RSS {warm['peak_rss_mb']:.0f} MB")
    loads = [r["stages"]["recognise"]["load_s"] for r in results if "recognise" in r["stages"]]
    if loads:
        lines.append(f"spaCy model + gazetteer load in a fresh process: {min(loads):.1f} s (untimed in the stage figures)")
    return "\n".join(lines)


def _scaling(results: list[dict]) -> float | None:
    by_n = {r["articles"]: r for r in results}
    e2e = "end to end (all cores)"
    if 1000 in by_n and 10000 in by_n and e2e in by_n[1000]["stages"] and e2e in by_n[10000]["stages"]:
        return by_n[10000]["stages"][e2e]["articles_per_s"] / by_n[1000]["stages"][e2e]["articles_per_s"]
    return None


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000])
    parser.add_argument("--json", dest="json_path", help="also write the figures as JSON ('-' for stdout)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--full-up-to", type=int, default=1000,
                        help="larger corpora run the one-process NLP stages on a sample of this many articles")
    parser.add_argument("--dask", action="store_true", help="also run the per-article stages on a local dask cluster")
    parser.add_argument("--keep-maps", help="keep each render stage's HTML as DIR/map-N.html (for bench/map_open.py)")
    parser.add_argument("--keep-work", help="keep each stage's input and output (pickles, JSONL) under DIR/nN/")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--every", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stage:  # child mode
        print(json.dumps(_child(args.stage, Path(args.work), args.sizes[0], args.seed, args.keep_maps, args.every)))
        return
    results = []
    for n in args.sizes:
        print(f"measuring N={n} ...", file=sys.stderr)
        results.append(measure(n, args.seed, args.keep_maps, args.full_up_to, args.dask,
                               keep_work=args.keep_work))
    with tempfile.TemporaryDirectory() as tmp:
        warm = run_stage("warm start", Path(tmp), 1, args.seed)
    print(f"geomap throughput: {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, {platform.machine()}, one fresh process per stage, batch size {BATCH_SIZE}")
    print(_table(results, warm))
    doc = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
           "seed": args.seed, "batch_size": BATCH_SIZE, "full_up_to": args.full_up_to, "runs": results,
           "warm_start": warm, "e2e_rate_10000_over_1000": _scaling(results)}
    write_json(doc, args.json_path)


if __name__ == "__main__":
    main()
