"""The offline gazetteer: name look-ups in the shipped GeoNames-derived index."""

from __future__ import annotations

import sqlite3
import threading
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from .errors import DataError
from .records import Candidate
from .textnorm import name_key

__all__ = ["Gazetteer", "default_gazetteer", "data_path", "NATURAL_KINDS"]

_QUERY = (
    "SELECT p.id, p.geonameid, p.name, p.kind, p.fcode, p.country, p.admin1, p.lat, p.lon, p.population, a.is_primary "
    "FROM alias a JOIN place p ON p.id = a.place WHERE a.key = ?"
)


NATURAL_KINDS = frozenset({"region", "sea", "river", "lake", "mountain", "desert", "island", "physical"})
"""Kinds of named regions and physical features (curated or from Natural Earth), as opposed to
settlements and administrative units."""


def data_path(name: str) -> Path:
    """Path of a file shipped in ``data/`` (inside the installed package)."""
    return Path(str(files("geomap.data") / name))


class Gazetteer:
    """Look place names up in an SQLite index built by ``scripts/build_gazetteer.py``.

    The index is opened read-only on first use; each connection belongs to one
    thread, so worker threads get their own.
    """

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else data_path("gazetteer.sqlite")
        if not self.path.exists():
            raise DataError(f"{self.path}: gazetteer index missing; run scripts/build_gazetteer.py")
        self._local = threading.local()
        self._kinds: dict[str, tuple[Candidate, ...]] = {}
        self._admin1: dict[tuple[str, str], Candidate] | None = None
        self._countries: dict[str, str] | None = None
        self._cities: dict | None = None
        self.lookup = lru_cache(maxsize=200_000)(self._lookup)
        self.begins_longer_name = lru_cache(maxsize=100_000)(self._begins_longer_name)

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            try:
                db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            except sqlite3.Error as err:
                raise DataError(f"{self.path}: cannot open gazetteer ({err})") from err
            self._local.db = db
        return db

    def _lookup(self, key: str) -> tuple[Candidate, ...]:
        rows = self._db().execute(_QUERY, (key,)).fetchall()
        return tuple(
            Candidate(row=r[0], geonameid=r[1], name=r[2], kind=r[3], feature_code=r[4] or "", country=r[5],
                      admin1=r[6], lat=r[7], lon=r[8], population=r[9], primary=bool(r[10]))
            for r in rows
        )

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Every entry that ``name`` may refer to, in index order.

        >>> [c.kind for c in default_gazetteer().candidates("Stepanakert")]
        ['city']
        >>> sorted({c.kind for c in default_gazetteer().candidates("Rapides Parish")})
        ['admin2']
        """
        key = name_key(name)
        return self.lookup(key) if key else ()

    def _begins_longer_name(self, word_key: str) -> bool:
        """Whether some name of two or more words begins with this folded word ("new" of "new york")."""
        row = self._db().execute("SELECT 1 FROM alias WHERE key > ? AND key < ? LIMIT 1",
                                 (word_key + " ", word_key + "!")).fetchone()
        return row is not None

    def knows(self, name: str) -> bool:
        """Whether any entry is called ``name``."""
        return bool(self.candidates(name))

    def city_table(self) -> dict:
        """Every city and town as numpy columns ``id``, ``lat``, ``lon``, ``population``, ``capital``
        (read once), for the basemap to pick the towns near a story's places."""
        if self._cities is None:
            import numpy as np

            # Read straight into typed columns: a Python tuple per town, transposed, cost twice as much.
            rows = self._db().execute("SELECT id, lat, lon, population, fcode IS 'PPLC' FROM place "
                                      "WHERE kind = 'city' ORDER BY id")
            table = np.fromiter(rows, dtype=[("id", np.int64), ("lat", float), ("lon", float),
                                             ("population", np.int64), ("capital", bool)])
            self._cities = {name: np.ascontiguousarray(table[name]) for name in table.dtype.names}
        return self._cities

    def names_of(self, ids: list[int]) -> dict[int, str]:
        """Row id -> name, for ids of ``city_table``."""
        out: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self._db().execute(f"SELECT id, name FROM place WHERE id IN ({marks})", chunk).fetchall())
        return out

    def parent(self, cand: Candidate) -> Candidate | None:
        """The first-level division (state, province) an entry lies in, by its country and admin1 code.

        >>> gaz = default_gazetteer()
        >>> county = next(c for c in gaz.candidates("Laurel County") if c.admin1 == "KY")
        >>> (county.kind, county.feature_code, gaz.parent(county).name)
        ('admin2', 'ADM2', 'Kentucky')
        """
        if cand.kind in {"admin", "country", "continent"} or not cand.country or not cand.admin1:
            return None
        if self._admin1 is None:
            self._admin1 = {}
            for c in self.of_kind("admin"):
                self._admin1.setdefault((c.country, c.admin1), c)
        return self._admin1.get((cand.country, cand.admin1))

    def country_name(self, code: str | None) -> str | None:
        """The name of the country with ISO code ``code``, else None.

        >>> default_gazetteer().country_name("AM")
        'Armenia'
        """
        if self._countries is None:  # the first entry of a code wins, as in index order
            self._countries = {}
            for c in self.of_kind("country"):
                if c.country:
                    self._countries.setdefault(c.country, c.name)
        return self._countries.get(code) if code else None

    def region_name(self, country: str | None, admin1: str | None) -> str | None:
        """The name of the first-level division ``admin1`` of ``country`` ("US", "TX" -> "Texas"), else None.

        >>> default_gazetteer().region_name("US", "TX")
        'Texas'
        """
        if not country or not admin1:
            return None
        found = self.parent(Candidate(0, None, "", "city", "", country, admin1, 0.0, 0.0, 0, True))
        return found.name if found else None

    def towns_population(self, cand: Candidate) -> int | None:
        """Summed population of the GeoNames towns inside a second-level division (``admin2``), else None.

        Second-level divisions carry population 0 so that a county never outranks the town
        it is named after on population alone; this is the figure they would have had.
        """
        try:
            row = self._db().execute("SELECT towns_population FROM place WHERE id = ?", (cand.row,)).fetchone()
        except sqlite3.OperationalError:  # an index built before the column existed
            return None
        return row[0] if row else None

    def shape_id(self, name: str, kind: str, lat: float, lon: float) -> str | None:
        """Id of the shipped shape (``data/shapes``) of the entry called ``name`` of this kind at this
        point, e.g. ``"admin1:4736286"`` for Texas; None when it has none.

        >>> gaz = default_gazetteer()
        >>> texas = next(c for c in gaz.candidates("Texas") if c.kind == "admin")
        >>> gaz.shape_id(texas.name, texas.kind, texas.lat, texas.lon)
        'admin1:4736286'
        """
        key = name_key(name)
        if not key:
            return None
        try:
            rows = self._db().execute(
                "SELECT p.shape, p.lat, p.lon FROM alias a JOIN place p ON p.id = a.place "
                "WHERE a.key = ? AND p.kind = ? AND p.name = ? AND p.shape IS NOT NULL", (key, kind, name)).fetchall()
        except sqlite3.OperationalError:  # an index built before the column existed
            return None
        near = [(abs(r[1] - lat) + abs(r[2] - lon), r[0]) for r in rows]
        best = min(near, default=None)
        return best[1] if best is not None and best[0] < 1e-4 else None

    def of_kind(self, kind: str) -> tuple[Candidate, ...]:
        """Every entry of one kind (``country``, ``feature``, ...), cached."""
        if kind not in self._kinds:
            rows = self._db().execute(
                "SELECT id, geonameid, name, kind, fcode, country, admin1, lat, lon, population FROM place "
                "WHERE kind = ? ORDER BY id", (kind,)
            ).fetchall()
            self._kinds[kind] = tuple(Candidate(*r[:4], r[4] or "", *r[5:], True) for r in rows)
        return self._kinds[kind]


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, opened once per process."""
    return Gazetteer()
