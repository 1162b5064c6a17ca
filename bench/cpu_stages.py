"""Where geomap's CPU time goes, one process: spaCy's parse, then each of geomap's own stages.

    OMP_NUM_THREADS=1 python bench/cpu_stages.py 588          # the LGL texts (../shared/corpora/lgl), else synthetic
    OMP_NUM_THREADS=1 python bench/cpu_stages.py 300 --corpus synthetic

The articles are parsed first (``nlp.pipe``, batch size 32, as ``recognise`` does); then
recognition on the parsed docs, resolution, roles, the reduction with its geometry and stories
(``situation_frame``) and the HTML + GeoJSON (``write_outputs``) run one after the other, each
timed in CPU seconds of this process. Models, the gazetteer index and the country shapes load
before the clock (as in ``throughput.py``); what a stage reads on first use (the region shapes,
the basemap's towns, folium) counts in that stage. CPU time, not the wall clock: on a shared
machine it holds from run to run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import BATCH_SIZE, LGL, articles_for  # noqa: E402


def stages(articles) -> dict[str, float]:
    """CPU seconds of spaCy's parse and of each geomap stage over ``articles``."""
    from geomap.gazetteer import default_gazetteer
    from geomap.geometry import countries, curated_features
    from geomap.nlp import load_nlp
    from geomap.pipeline import situation_frame, write_outputs
    from geomap.recognise import recognise_doc
    from geomap.resolve import resolve
    from geomap.roles import assign_roles

    nlp = load_nlp()
    default_gazetteer().candidates("Geneva")
    countries(), curated_features()
    out: dict[str, float] = {}

    def timed(name, work):
        start = time.process_time()
        result = work()
        out[name] = time.process_time() - start
        return result

    docs = timed("spaCy parse", lambda: list(nlp.pipe([a.text for a in articles], batch_size=BATCH_SIZE)))
    found = timed("recognise (after the parse)", lambda: [recognise_doc(d, a) for d, a in zip(docs, articles)])
    resolved = timed("resolve", lambda: [resolve(a, m) for a, m in zip(articles, found)])
    pairs = timed("roles", lambda: [(a, assign_roles(a, m)) for a, m in zip(articles, resolved)])
    frame = timed("aggregate + geometry + stories", lambda: situation_frame(pairs))
    with tempfile.TemporaryDirectory() as tmp:
        timed("map (HTML + GeoJSON)", lambda: write_outputs(frame, f"{tmp}/map.html", f"{tmp}/map.geojson",
                                                           title="Benchmark"))
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=588)
    parser.add_argument("--corpus", choices=["auto", "lgl", "synthetic"], default="auto")
    args = parser.parse_args(argv)
    which = args.corpus if args.corpus != "auto" else ("lgl" if LGL.exists() else "synthetic")
    out = stages(articles_for(args.n, which))
    own = sum(v for k, v in out.items() if k != "spaCy parse")
    print(f"CPU seconds, {args.n} articles ({which}), one process")
    for name, secs in out.items():
        print(f"  {name:<34}{secs:7.2f}")
    print(f"  {'geomap own work (all but the parse)':<34}{own:7.2f}")


if __name__ == "__main__":
    main()
