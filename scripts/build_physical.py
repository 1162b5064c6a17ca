"""Build ``data/shapes/{rivers,lakes,marine,physical,disputed}.geojson`` from Natural Earth 1:10m.

Run from the repository root (a few seconds), then rebuild the gazetteer, which joins
these shapes to its curated rows and adds the ones it lacks::

    python scripts/build_physical.py [--naturalearth ../shared/naturalearth]
    python scripts/build_gazetteer.py

Sources (all public domain, Natural Earth 4.0 as GeoJSON, see that folder's README.md):

- ``ne_10m_rivers_lake_centerlines.json``: named river lines. Pieces with the same
  English name that touch are one river (the Yangtze's Jinsha, Chang Jiang and Yangtze);
  same-named rivers that do not touch stay apart (three Colorados).
- ``ne_10m_lakes.json``: named lakes and reservoirs; same-named parts within ~50 km merged.
- ``ne_10m_geography_marine_polys.json``: seas, gulfs, bays, straits, sounds, channels,
  lagoons, fjords, oceans (not the river mouths it also draws); same names merged.
- ``ne_10m_geography_regions_polys.json``: ranges, deserts, islands, island groups,
  peninsulas, plateaus, plains, basins, valleys and other named areas (not the continents,
  nor coasts and deltas, which it draws as thin strips along the shore); these outlines
  are schematic, drawn for placing labels. Same names that touch merged, holes filled (they are other named areas:
  the Sahara's ergs, the Arabian Peninsula's deserts).
- ``ne_10m_admin_0_disputed_areas.json``: disputed, breakaway, leased and buffer areas
  (the Korean DMZ's two halves merged), except those that are a whole country and
  "Donbass" (the area separatists held in 2017, not the region news calls Donbas).

Names: Natural Earth writes many labels in capitals and with map abbreviations
("AHAGGAR MTS.", "Kuril Is."); they are written out ("Ahaggar Mountains", "Kuril Islands").
Each feature lists in ``names`` every form the gazetteer may file it under: its names in
the source (``name``, ``name_en``, ``name_alt``/``namealt``, ``NAME_LONG``), except that a
river Natural Earth names bare ("Kanawha") is listed as "Kanawha River" and "River Kanawha"
only (bare river names are common words and surnames: "French", "Copper", "Snake", "Zhang");
"Lake X" for "X Lake", "Lago X", "X Hu" and the reverse; and a few curated forms news uses
(``EXTRA_NAMES``). An alternate name that
several features with different names share ("Finger Lakes" on six lakes) is dropped.
``country`` is the ISO code of the one country (``data/countries.geojson``) that holds
the whole shape, else null (always null for seas and disputed areas).

Geometry: made valid, simplified (tolerance about 1/120 of the feature's extent, 0.002
to 0.05 degrees; topology kept for areas), islets and stubs smaller than the tolerance
dropped, coordinates on a 0.001 degree grid. ``lat``/``lon`` (on the shipped geometry): the point the gazetteer
gives a new row (``shapetools.label_point``: an area's centroid when inside, else a point
inside the part nearest it; a line's midpoint along its longest piece).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import shapely
from shapely.geometry import shape
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from geomap.textnorm import name_key  # noqa: E402
from shapetools import (feature, label_point, linear, polygonal, simplified_area, simplified_line,  # noqa: E402
                        write_features)

NATURALEARTH = ROOT.parent / "shared" / "naturalearth"
OUT = ROOT / "data" / "shapes"
SOURCE = "Natural Earth 1:10m {} (public domain); simplified"

# Map abbreviations in Natural Earth labels, written out.
ABBREVIATIONS = {"Mts.": "Mountains", "Mtns.": "Mountains", "Mt.": "Mount", "Ra.": "Range", "Pen.": "Peninsula",
                 "Plat.": "Plateau", "I.": "Island", "Is.": "Islands", "Arch.": "Archipelago", "Cord.": "Cordillera",
                 "Str.": "Strait", "Sd.": "Sound", "Pén.": "Péninsule", "Res.": "Reservoir", "Ter.": "Territory",
                 "Br.": "British", "N.": "Northern", "S.": "South", "W.": "Western", "Fr.": "French"}
# Label -> the name news uses, where writing out the abbreviations is not enough.
RENAMES = {"Is. de Panamá": "Isthmus of Panama", "B. Inutil": "Bahía Inútil",
           "Null Island/Geocode fails routed to 0,0": "", "Gulf of  Suez": "Gulf of Suez",
           "Prince ALbert Sound": "Prince Albert Sound", "George V Coast\r": "George V Coast",
           "Golfo San Mat’as": "Golfo San Matías", "Ilemi Triange": "Ilemi Triangle",
           "Korean Demilitarized Zone (south)": "Korean Demilitarized Zone",
           "Korean Demilitarized Zone (north)": "Korean Demilitarized Zone",
           "Guantanamo Bay USNB": "Guantanamo Bay Naval Base", "Baykonur": "Baikonur Cosmodrome",
           "Pinnacle Is.": "Senkaku Islands", "Northern Areas": "Gilgit-Baltistan"}
# Forms news uses that Natural Earth lacks (checked against the source's own names).
EXTRA_NAMES = {
    "Lake Sidney Lanier": ["Lake Lanier"],
    "Korean Demilitarized Zone": ["Korean DMZ"],
    "Senkaku Islands": ["Diaoyu Islands", "Senkakus"],
    "Gilgit-Baltistan": ["Gilgit Baltistan"],
    "Desierto de Atacama": ["Atacama Desert"],
    "Islas Canarias": ["Canary Islands"],
    "Açores": ["Azores"],
    "Peninsula de Yucatán": ["Yucatán Peninsula"],
    "Península Ibérica": ["Iberian Peninsula"],
    "Plateau of Tibet": ["Tibetan Plateau"],
    "Korea": ["Korean Peninsula"],
    "Garagum Desert": ["Karakum Desert"],
    "Taklimakan Desert": ["Taklamakan Desert"],
    "Hainan": ["Hainan Island"],
    "Lago de Maracaibo": ["Lake Maracaibo"],
}
# Natural Earth areas not drawn: "Donbass" is the area separatists held in 2017, not the Donbas
# region news means.
SKIP = {"Donbass"}
# Words that already say "river" (in the name's language): no "X River" form is added.
RIVER_WORDS = {"river", "rio", "rivière", "riviere", "fleuve", "creek", "canal", "wadi", "oued", "nahr", "darya",
               "gol", "jiang", "he", "brook", "fork", "bayou", "arroyo", "shatt", "bahr", "nile", "kill", "run"}
SMALL_WORDS = {"of", "de", "la", "le", "les", "del", "des", "du", "da", "do", "dos", "das", "al", "el", "and", "the",
               "en", "y", "di", "van", "von", "ar", "as", "an", "at"}
REGION_KINDS = {  # Natural Earth featurecla -> (gazetteer kind, GeoNames-style feature code)
    "Range/mtn": ("mountain", "MTS"), "Desert": ("desert", "DSRT"), "Island": ("island", "ISL"),
    "Island group": ("island", "ISLS"), "Pen/cape": ("physical", "PEN"), "Peninsula": ("physical", "PEN"),
    "Plateau": ("physical", "PLAT"), "Plain": ("physical", "PLN"), "Basin": ("physical", "BSN"),
    "Valley": ("physical", "VAL"), "Geoarea": ("region", "RGN"), "Lowland": ("physical", "LWL"),
    "Tundra": ("physical", "TUND"),
    "Isthmus": ("physical", "ISTH"), "Foothills": ("physical", "HLLS"), "Wetlands": ("physical", "WTLD"),
    "Depression": ("physical", "DPR"), "Gorge": ("physical", "GRGE"), "Lake": ("lake", "LKS"),
}  # not "Coast" and "Delta": Natural Earth draws those as thin strips along the shore
MARINE_CODES = {"sea": "SEA", "gulf": "GULF", "bay": "BAY", "strait": "STRT", "sound": "SD", "channel": "CHN",
                "lagoon": "LGN", "fjord": "FJD", "ocean": "OCN", "reef": "RF", "inlet": "INLT"}
LAKE_CODES = {"Lake": "LK", "Reservoir": "RSV", "Alkaline Lake": "LKN"}


def tidy(label: str | None, featurecla: str = "") -> str:
    """A Natural Earth label as a name: spacing fixed, capitals undone, abbreviations written out."""
    if not label:
        return ""
    label = RENAMES.get(label, label)
    label = re.sub(r"\s+", " ", label).strip()
    if not label:
        return ""
    letters = [c for c in label if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        label = _title(label)
    words = []
    for w in label.split(" "):
        if w == "Is." and featurecla == "Isthmus":
            words.append("Isthmus")
        elif w in ABBREVIATIONS and (w not in {"N.", "S.", "W.", "Br.", "Fr."} or not words):
            words.append(ABBREVIATIONS[w])
        else:
            words.append(w)
    return RENAMES.get(" ".join(words), " ".join(words))


def _title(label: str) -> str:
    out = []
    for i, word in enumerate(label.lower().split(" ")):
        if i and word in SMALL_WORDS:
            out.append(word)
            continue
        word = re.sub(r"(^|[-/(])(\w)", lambda m: m.group(1) + m.group(2).upper(), word)
        word = re.sub(r"^([dl])[’'](\w)", lambda m: m.group(1).upper() + "’" + m.group(2).upper(), word)
        out.append(word)
    return " ".join(out)


def split_alts(value: str | None) -> list[str]:
    """Alternate names: "Senkaku Is., Diaoyu Is." -> two names; "/" separates them too."""
    if not value:
        return []
    return [v.strip() for v in re.split(r",\s+|/", value) if v.strip()]


def garbled(name: str) -> bool:
    """Labels whose non-ASCII letters the source lost ("Gta lv" for "Göta älv"): a lowercase
    word with no vowel (not an abbreviation such as "St.")."""
    for word in re.findall(r"[^\W\d_]+\.?", name):
        plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
        if (len(plain) >= 2 and not plain.endswith(".") and not plain.isupper()
                and not re.search(r"[aeiouyAEIOUY]", plain)):
            return True
    return False


def river_forms(name: str) -> list[str]:
    """"X River" and "River X" for a river Natural Earth names bare ("Kanawha"), never the bare
    name itself: bare river names are words and names too ("French", "Copper", "Snake", "Ebola",
    "Zhang", "Tamar"). A name with a word for river in it ("Rio Grande", "Amu Darya") stays."""
    words = {w.lower() for w in re.findall(r"[\w’']+", name)}
    if words & RIVER_WORDS:
        return [name]
    return [f"{name} River", f"River {name}"]


LAKE_PREFIXES = re.compile(r"^(?:Lago|Lac|Ozero|Lake)(?: de| du| des| d[’'])?\s+(.+)$")
LAKE_SUFFIXES = re.compile(r"^(.+?)\s+(?:Lake|Hu|Nuur|Nur|Köl|Köli|Kul|Gölü)$")
RESERVOIR_PREFIXES = re.compile(
    r"^(?:Embalse|Represa|Réservoir|Barragem|Vodokhranilishche)(?: de| du| da| do)?\s+(.+)$")


def lake_forms(name: str) -> list[str]:
    """"Lake X" and "X Lake" for a lake Natural Earth calls either, or "Lago X", "Ozero X", "X Hu";
    "X Reservoir" for "Embalse de X"."""
    forms = [name]
    match = LAKE_PREFIXES.match(name) or LAKE_SUFFIXES.match(name)
    if match and match.group(1)[:1].isupper():  # not "Lake of the Woods"
        forms += [f"Lake {match.group(1)}", f"{match.group(1)} Lake"]
    match = RESERVOIR_PREFIXES.match(name)
    if match:
        forms += [f"{match.group(1)} Reservoir"]
    return list(dict.fromkeys(forms))


def clusters(items: list, geom_of, gap: float) -> list[list]:
    """Groups of items whose geometries lie within ``gap`` degrees of each other (transitively)."""
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    geoms = [geom_of(x) for x in items]
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if geoms[i].distance(geoms[j]) <= gap:
                parent[find(i)] = find(j)
    groups = defaultdict(list)
    for i, item in enumerate(items):
        groups[find(i)].append(item)
    return sorted(groups.values(), key=lambda g: items.index(g[0]))


def read(folder: Path, name: str) -> list[dict]:
    return json.loads((folder / name).read_text(encoding="utf-8"))["features"]


def rivers(folder: Path) -> list[dict]:
    named = defaultdict(list)
    for f in read(folder, "ne_10m_rivers_lake_centerlines.json"):
        p = f["properties"]
        geom = linear(shape(f["geometry"])) if f["geometry"] else None
        title = tidy(p.get("name_en") or p.get("name"))
        if geom is None or not title or garbled(title):
            continue
        named[title].append((p, geom))
    out = []
    for title, items in named.items():
        for group in clusters(items, lambda x: x[1], 0.02):
            geom = linear(unary_union([g for _, g in group]))
            names = [title]
            for p, _ in group:
                names += [tidy(p.get("name")), tidy(p.get("name_en"))]
                names += [tidy(a) for a in split_alts(p.get("name_alt"))]
            forms = [f for n in names if n and not garbled(n) for f in river_forms(n)]
            primary = river_forms(title)[0]
            out.append(("river", "STM", primary, forms, geom, "River" if any(
                p["featurecla"] == "River" for p, _ in group) else "Lake Centerline",
                min(p.get("scalerank") or 10 for p, _ in group), SOURCE.format("rivers and lake centerlines")))
    return out


def lakes(folder: Path) -> list[dict]:
    named = defaultdict(list)
    for f in read(folder, "ne_10m_lakes.json"):
        p = f["properties"]
        title = tidy(p.get("name"))
        geom = polygonal(shape(f["geometry"]))
        if geom is None or not title or garbled(title):
            continue
        named[title].append((p, geom))
    out = []
    for title, items in named.items():
        for group in clusters(items, lambda x: x[1], 0.5):
            geom = polygonal(unary_union([g for _, g in group]))
            names = [title] + [tidy(a) for p, _ in group for a in split_alts(p.get("name_alt"))]
            forms = [f for n in names if n and not garbled(n) for f in lake_forms(n)]
            cla = group[0][0]["featurecla"]
            out.append(("lake", LAKE_CODES.get(cla, "LK"), title, forms, geom, cla,
                        min(p.get("scalerank") or 10 for p, _ in group), SOURCE.format("lakes and reservoirs")))
    return out


def marine(folder: Path) -> list[dict]:
    named = defaultdict(list)
    for f in read(folder, "ne_10m_geography_marine_polys.json"):
        p = f["properties"]
        cla = p.get("featurecla") or ""
        title = tidy(p.get("name"), cla)
        geom = polygonal(shape(f["geometry"]))
        if geom is None or not title or cla not in MARINE_CODES or title.endswith(" River"):
            continue
        named[title].append((p, geom))
    out = []
    for title, items in named.items():
        geom = polygonal(unary_union([g for _, g in items]))
        names = [title] + [tidy(a) for p, _ in items for a in split_alts(p.get("namealt"))]
        cla = items[0][0]["featurecla"]
        out.append(("sea", MARINE_CODES[cla], title, names, geom, cla,
                    min(p.get("scalerank") or 10 for p, _ in items), SOURCE.format("marine areas")))
    return out


def regions(folder: Path) -> list[dict]:
    named = defaultdict(list)
    for f in read(folder, "ne_10m_geography_regions_polys.json"):
        p = f["properties"]
        cla = p.get("featurecla") or ""
        title = tidy(p.get("name"), cla)
        geom = polygonal(shape(f["geometry"]))
        if geom is None or not title or cla not in REGION_KINDS:
            continue
        named[(title, cla)].append((p, geom))
    out = []
    for (title, cla), items in named.items():
        for group in clusters(items, lambda x: x[1], 0.1):
            # Holes in these areas are other named areas (the Sahara's ergs, Arabia's deserts): fill them.
            geom = polygonal(unary_union([filled(g) for _, g in group]))
            names = [title] + [tidy(a, cla) for p, _ in group for a in split_alts(p.get("namealt"))]
            kind, code = REGION_KINDS[cla]
            out.append((kind, code, title, names, geom, cla, min(p.get("scalerank") or 10 for p, _ in group),
                        "Natural Earth 1:10m physical regions (public domain): a schematic outline drawn for "
                        "placing labels, not a surveyed boundary; simplified"))
    return out


def filled(geom):
    """The area without its holes."""
    from shapely.geometry import MultiPolygon, Polygon

    parts = [Polygon(p.exterior) for p in getattr(geom, "geoms", [geom])]
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def disputed(folder: Path, countries: set[str]) -> list[dict]:
    named = defaultdict(list)
    for f in read(folder, "ne_10m_admin_0_disputed_areas.json"):
        p = f["properties"]
        brk, long_ = p.get("BRK_NAME") or "", p.get("NAME_LONG") or ""
        title = tidy(long_ if brk == p.get("NAME") else brk)
        geom = polygonal(shape(f["geometry"]))
        if (geom is None or not title or "(" in title or title.startswith("Near ") or title in SKIP
                or name_key(title) in countries and brk == p.get("NAME")):
            continue  # a whole country ("Belize", "Gibraltar"), or a label no news text would use
        named[title].append((p, geom))
    out = []
    for title, items in named.items():
        geom = polygonal(unary_union([g for _, g in items]))
        names = [title]
        for p, _ in items:
            names += [tidy(p.get("BRK_NAME")), tidy(p.get("NAME_LONG")) if p.get("BRK_NAME") == p.get("NAME") else ""]
            names += [tidy(a) for a in split_alts(p.get("NAME_ALT"))]
        cla = items[0][0]["featurecla"]
        out.append(("region", "DISPUTED", title, names, geom, cla, min(p.get("scalerank") or 10 for p, _ in items),
                    SOURCE.format("admin-0 disputed areas") + "; " + (items[0][0].get("NOTE_BRK") or "").strip()))
    return out


def country_shapes() -> list[tuple[str, object]]:
    data = json.loads((ROOT / "data" / "countries.geojson").read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        code = f["properties"].get("iso_a2")
        if code:
            geom = polygonal(shape(f["geometry"]))
            if geom is not None:
                out.append((code, geom.buffer(0.05)))
    return out


def one_country(geom, shapes: list[tuple[str, object]]) -> str | None:
    """The country whose (slightly widened) outline holds the whole shape, else None."""
    holders = {code for code, outline in shapes if outline.contains(geom)}
    return holders.pop() if len(holders) == 1 else None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--naturalearth", type=Path, default=NATURALEARTH,
                        help="folder with the Natural Earth 1:10m GeoJSON files (default: %(default)s)")
    args = parser.parse_args(argv)
    if not (args.naturalearth / "ne_10m_lakes.json").exists():
        sys.exit(f"{args.naturalearth}: no Natural Earth files there (ne_10m_lakes.json missing)")
    started = time.perf_counter()
    outlines = country_shapes()
    country_keys = {name_key(f["properties"].get("name") or "") for f in json.loads(
        (ROOT / "data" / "countries.geojson").read_text(encoding="utf-8"))["features"]}
    layers = {"rivers": rivers(args.naturalearth), "lakes": lakes(args.naturalearth),
              "marine": marine(args.naturalearth), "physical": regions(args.naturalearth),
              "disputed": disputed(args.naturalearth, country_keys)}

    # Alternate names several differently named features share are ambiguous: drop them.
    owners: dict[str, set[str]] = defaultdict(set)
    primaries = set()
    for items in layers.values():
        for _kind, _code, title, names, *_ in items:
            primaries.add(name_key(title))
            for n in set(names) | set(EXTRA_NAMES.get(title, [])):
                owners[name_key(n)].add(name_key(title))
    total = 0
    for layer, items in layers.items():
        features = []
        for kind, code, title, names, geom, cla, rank, source in items:
            extra = EXTRA_NAMES.get(title, []) + [x for n in names for x in EXTRA_NAMES.get(n, [])]
            keep = []
            for n in [title, *names, *extra]:
                k = name_key(n)
                if not k or n in keep:
                    continue
                if n != title and n not in extra and (len(owners[k]) > 1 or (k in primaries and k != name_key(title))):
                    continue
                keep.append(n)
            simple = simplified_line(geom) if kind == "river" else simplified_area(geom)
            if simple is None:
                continue
            lat, lon = label_point(simple)
            features.append((title, lat, lon, simple, {
                "name": title, "kind": kind, "fcode": code, "names": keep, "class": cla, "scalerank": rank,
                "country": one_country(geom, outlines) if layer not in {"marine", "disputed"} else None,
                "lat": lat, "lon": lon,
                "source": source}))
        features.sort(key=lambda x: (x[0], x[1], x[2]))
        seen: Counter = Counter()
        out = []
        for title, _, _, geom, props in features:
            slug = re.sub(r"[^a-z0-9]+", "-", name_key(title)).strip("-") or "x"
            seen[slug] += 1
            out.append(feature(geom, {"id": f"{layer}:{slug}" + (f"-{seen[slug]}" if seen[slug] > 1 else ""),
                                      **props}))
        path = OUT / f"{layer}.geojson"
        write_features(path, out)
        total += path.stat().st_size
        print(f"{path.relative_to(ROOT)}: {len(out)} features, {path.stat().st_size / 1e6:.2f} MB, "
              f"{sum(shapely.get_num_coordinates(x[3]) for x in features)} vertices")
    print(f"{total / 1e6:.1f} MB in all ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
