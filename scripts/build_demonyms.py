"""Build ``data/demonyms.tsv``: demonyms and adjectival forms -> ISO 3166-1 alpha-2 code.

Run from the repository root after changing a source::

    npm install --prefix /tmp/wc world-countries@5.1.0
    python scripts/build_demonyms.py [--countries /tmp/wc/node_modules/world-countries/countries.json]

Sources:
- world-countries 5.1.0 (mledoze/countries, ODbL 1.0): ``demonyms.eng.m`` and ``.f`` of each
  country, split where one field names two peoples ("Antiguan, Barbudan", "Kittitian or
  Nevisian"), with an English plural ("Russians", "Sri Lankans") where the form has one
  ("Chinese", "French", "Swiss" do not);
- ``data/demonyms_extra.tsv``: curated forms news uses that the package lacks ("Britons",
  "Saudis", "Kurdish"), each with the sentence it exists for.

A form that names more than one country ("Congolese": CD and CG) goes to the sovereign one
when exactly one of them is sovereign ("French": FR, not the French Southern Lands) and is
otherwise written with an empty country: it stays a known demonym that no one country owns.
A form that is the country's own name ("Djibouti", "Gibraltar", "Vatican") is left out: it
is a place name, not a demonym. The output's ``source`` column says where each row came from.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geomap.textnorm import name_key  # noqa: E402

DATA = ROOT / "data"
OUT = DATA / "demonyms.tsv"
EXTRA = DATA / "demonyms_extra.tsv"
COUNTRIES = Path("/tmp/wc/node_modules/world-countries/countries.json")
PACKAGE = "world-countries 5.1.0"
# English forms with no plural in -s: "the Chinese", "the French", "the Swiss", "Greenlandic".
NO_PLURAL = re.compile(r"(ese|s|sh|ch|x|z|ic)$")
NO_PLURAL_WORDS = {"Malagasy", "Motswana", "Mosotho", "I-Kiribati", "Ni-Vanuatu"}


def plural(demonym: str) -> str | None:
    """The English plural of a demonym, where it is formed with -s.

    >>> plural("Russian"), plural("Sri Lankan"), plural("Czech"), plural("Chinese"), plural("Irish")
    ('Russians', 'Sri Lankans', 'Czechs', None, None)
    """
    last = demonym.split()[-1]
    if last in NO_PLURAL_WORDS or (NO_PLURAL.search(last) and last != "Czech"):
        return None
    return demonym + "s"


def split_forms(field: str) -> list[str]:
    """'Antiguan, Barbudan' -> ['Antiguan', 'Barbudan']; 'Kittitian or Nevisian' likewise."""
    return [f.strip() for f in re.split(r",\s*|\s+or\s+", field or "") if f.strip()]


def package_rows(path: Path) -> list[tuple[str, str, str]]:
    """(demonym, country, source) from world-countries, ambiguous forms resolved or blanked."""
    countries = json.loads(path.read_text(encoding="utf-8"))
    owners: dict[str, set[str]] = defaultdict(set)
    forms: dict[str, tuple[str, str]] = {}  # key -> (form, source)
    sovereign = {c["cca2"] for c in countries if c.get("independent") or c.get("unMember")}
    for c in countries:
        common, official = name_key(c["name"]["common"]), name_key(c["name"]["official"])
        eng = c.get("demonyms", {}).get("eng", {})
        for form in {*split_forms(eng.get("m", "")), *split_forms(eng.get("f", ""))}:
            key = name_key(form)
            if key in {common, official, common.removesuffix(" city")}:  # "Djibouti", "Vatican" (City)
                continue
            for word, source in ((form, PACKAGE), (plural(form), f"{PACKAGE} (plural)")):
                if word:
                    owners[name_key(word)].add(c["cca2"])
                    forms.setdefault(name_key(word), (word, source))
    rows = []
    for key, (form, source) in forms.items():
        codes = owners[key]
        if len(codes) > 1:
            main = codes & sovereign
            if len(main) == 1:
                rows.append((form, main.pop(), f"{source}; also {' '.join(sorted(codes - sovereign))}"))
            else:
                rows.append((form, "", f"{source}; ambiguous: {' '.join(sorted(codes))}"))
        else:
            rows.append((form, next(iter(codes)), source))
    return rows


def extra_rows() -> list[tuple[str, str, str]]:
    with open(EXTRA, encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        return [(r["demonym"], r["country"], "curated (demonyms_extra.tsv)" if r["country"]
                 else "curated (demonyms_extra.tsv); no single country")
                for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--countries", type=Path, default=COUNTRIES,
                        help="countries.json of the npm package world-countries (default: %(default)s)")
    args = parser.parse_args(argv)
    if not args.countries.exists():
        sys.exit(f"{args.countries}: missing; run `npm install --prefix /tmp/wc world-countries@5.1.0` first")
    rows = {name_key(r[0]): r for r in package_rows(args.countries)}
    for r in extra_rows():  # the curated file wins over the package
        rows[name_key(r[0])] = r
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        out.writerow(["demonym", "country", "source"])
        for r in sorted(rows.values(), key=lambda r: (r[0].casefold(), r[0])):
            out.writerow(r)
    mapped = sum(1 for r in rows.values() if r[1])
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} forms, {mapped} with a country, "
          f"{len({r[1] for r in rows.values() if r[1]})} countries")


if __name__ == "__main__":
    main()
