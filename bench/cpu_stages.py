"""Where geomap's CPU time goes, one process: each spaCy component, then each of geomap's own stages.

    OMP_NUM_THREADS=1 python bench/cpu_stages.py 588          # the LGL texts (../shared/corpora/lgl), else synthetic
    OMP_NUM_THREADS=1 python bench/cpu_stages.py 300 --corpus synthetic

The articles are read by recognition's spaCy pipeline first (``load_nlp``: the sentence
recogniser and the NER), one component at a time over the whole batch (the tokenizer, then
each pipe's ``pipe`` with batch size 32, as ``recognise`` does; the docs come out identical to
``nlp.pipe``'s); then recognition on those docs, resolution, roles (which parse the sentences
whose grammar they read, with ``load_parser``), the reduction with its geometry and stories
(``situation_frame``) and the HTML + GeoJSON (``write_outputs``) run one after the other, each
timed in CPU seconds of this process. Models, the gazetteer index and the country shapes load
before the clock (as in ``throughput.py``); what a stage reads on first use (the region shapes,
the basemap's towns, folium) counts in that stage. CPU time, not the wall clock: on a shared
machine it holds from run to run.

The last lines weigh this against ``throughput.py``'s "NER alone" (the tokenizer and the NER,
which has its own embedding layer in this model), and give the ratio geomap would reach with
no work of its own after the sentences and the NER.
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
    """CPU seconds of each component of recognition's spaCy pipeline ("spaCy <name>") and of each geomap
    stage over ``articles``; the roles parse the sentences whose grammar they read, and that counts in theirs."""
    from geomap.gazetteer import default_gazetteer
    from geomap.geometry import countries, curated_features
    from geomap.nlp import load_nlp, load_parser
    from geomap.pipeline import situation_frame, write_outputs
    from geomap.recognise import recognise_doc
    from geomap.resolve import resolve
    from geomap.roles import assign_roles

    nlp = load_nlp()
    load_parser()
    default_gazetteer().candidates("Geneva")
    countries(), curated_features()
    out: dict[str, float] = {}

    def timed(name, work):
        start = time.process_time()
        result = work()
        out[name] = time.process_time() - start
        return result

    docs = timed("spaCy tokenizer", lambda: [nlp.make_doc(a.text) for a in articles])
    for name, proc in nlp.pipeline:
        docs = timed(f"spaCy {name}", lambda: list(proc.pipe(docs, batch_size=BATCH_SIZE)) if hasattr(proc, "pipe")
                     else [proc(d) for d in docs])
    found = timed("recognise (after the NER)", lambda: [recognise_doc(d, a) for d, a in zip(docs, articles)])
    resolved = timed("resolve", lambda: [resolve(a, m) for a, m in zip(articles, found)])
    pairs = timed("roles (parsing what they read)", lambda: [(a, assign_roles(a, m)) for a, m in zip(articles, resolved)])
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
    spacy = sum(v for k, v in out.items() if k.startswith("spaCy "))
    own = sum(out.values()) - spacy
    ner_alone = out["spaCy tokenizer"] + out["spaCy ner"]
    print(f"CPU seconds, {args.n} articles ({which}), one process")
    for name, secs in out.items():
        print(f"  {name:<34}{secs:7.2f}")
    print(f"  {'spaCy, all components':<34}{spacy:7.2f}")
    print(f"  {'geomap own work (all but spaCy)':<34}{own:7.2f}")
    print(f"  {'NER alone (tokenizer + ner)':<34}{ner_alone:7.2f}")
    print(f"geomap / NER alone, as rates: {ner_alone / (spacy + own):.2f} "
          f"(with no work of geomap's own after the sentences and the NER: {ner_alone / spacy:.2f})")


if __name__ == "__main__":
    main()
