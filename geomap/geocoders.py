"""Online geocoding through geopy, for the names the offline gazetteer does not know.

``OnlineGeocoder`` owns everything that is the same for every provider: a
persistent SQLite cache (misses included), rate limiting with geopy's
``RateLimiter``, retries with exponential backoff, and the mapping of every
failure to ``GeocoderError``. A subclass per provider only builds the geopy
geocoder and the query, and reads the country code out of the raw answer.

>>> get_geocoder("nominatim", geocoder=object()).policy_delay
1.0
"""

from __future__ import annotations

import json
import math
import sqlite3
import time
import unicodedata
from pathlib import Path
from typing import Any

from geopy.exc import (
    ConfigurationError,
    GeocoderAuthenticationFailure,
    GeocoderInsufficientPrivileges,
    GeocoderQueryError,
    GeocoderRateLimited,
    GeocoderServiceError,
    GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter

from .errors import GeocoderError, OptionError
from .records import Candidate

__all__ = ["OnlineGeocoder", "NominatimGeocoder", "PhotonGeocoder", "ArcGISGeocoder", "GEOCODERS",
           "get_geocoder"]

# Asking again cannot fix a bad query, a bad key or a bad configuration: fail at once.
_PERMANENT = (GeocoderQueryError, GeocoderAuthenticationFailure, GeocoderInsufficientPrivileges, ConfigurationError)
# GeocoderTimedOut and GeocoderUnavailable are GeocoderServiceError subclasses.
_TRANSIENT = (GeocoderServiceError,)


def _one_line(text: object, limit: int = 200) -> str:
    """Whitespace collapsed and cut, so an error message is always one line."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _clean(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(name)).split())


class OnlineGeocoder:
    """Geocode place names with one online provider, politely and with a cache.

    ``geocoder`` is any geopy-compatible object (``.geocode(query,
    exactly_one=True, timeout=...)`` returning a ``Location`` or None); when
    None the real geopy geocoder is built on the first cache miss, so runs
    served from the cache never touch the provider. Without ``cache_path``
    the cache lives in memory for this object's lifetime.
    """

    name = "online"
    policy_delay = 1.0  # seconds between requests the provider's usage policy asks for

    def __init__(self, *, user_agent: str = "geomap", timeout: float = 10, cache_path: str | Path | None = None,
                 min_delay_seconds: float | None = None, max_retries: int = 2, backoff: float = 2.0,
                 geocoder: Any = None):
        if max_retries < 0:
            raise OptionError(f"max_retries must be >= 0, not {max_retries!r}")
        delay = self.policy_delay if min_delay_seconds is None else float(min_delay_seconds)
        if delay < 0 or backoff < 0:
            raise OptionError("min_delay_seconds and backoff must be >= 0")
        self.user_agent = user_agent
        self.timeout = timeout
        self.min_delay_seconds = delay
        self.max_retries = max_retries
        self.backoff = backoff
        self.cache_path = Path(cache_path) if cache_path is not None else None
        self._geocoder = geocoder
        self._limited = None
        self._db = self._open_cache()

    # -- hooks a test patches -------------------------------------------------------------

    def _clock(self) -> float:
        return time.monotonic()

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    # -- what a provider subclass defines ------------------------------------------------

    def _make_geocoder(self):
        """The real geopy geocoder for this provider."""
        raise NotImplementedError

    def _query(self, name: str, country_hint: str | None) -> tuple[str, dict]:
        """The query string and extra ``geocode`` keyword arguments for one look-up."""
        return (f"{name}, {country_hint}" if country_hint else name), {}

    def _country(self, raw: Any) -> str | None:
        """The ISO 3166-1 alpha-2 code in the provider's raw answer, if it has one."""
        return None

    # -- the work ----------------------------------------------------------------------

    def geocode(self, name: str, country_hint: str | None = None) -> Candidate | None:
        """The provider's best match for ``name`` (optionally within a country), or None.

        Answers and misses are cached; a blank name is a miss without a request.
        Raises ``GeocoderError`` when the provider keeps failing or answers nonsense.
        """
        name = _clean(name)
        hint = _clean(country_hint).upper() if country_hint else None
        if not name:
            return None
        key = json.dumps([name.casefold(), hint], ensure_ascii=False)
        found, cached = self._cache_get(key)
        if found:
            return cached
        query, extra = self._query(name, hint)
        location = self._call(query, extra)
        candidate = None if location is None else self._candidate(location, query)
        self._cache_put(key, candidate)
        return candidate

    def _call(self, query: str, extra: dict):
        """One provider answer, retrying transient errors with exponential backoff."""
        limited = self._limiter()
        for attempt in range(self.max_retries + 1):
            try:
                return limited(query, exactly_one=True, timeout=self.timeout, **extra)
            except _PERMANENT as err:
                raise self._error(query, err) from err
            except _TRANSIENT as err:
                if attempt == self.max_retries:
                    raise self._error(query, err) from err
                wait = self.backoff * 2 ** attempt
                if isinstance(err, GeocoderRateLimited) and err.retry_after:
                    # The provider said how long; capped so a run never hangs for an hour.
                    wait = max(wait, min(float(err.retry_after), 60.0))
                self._sleep(wait)
            except GeopyError as err:
                raise self._error(query, err) from err
        raise AssertionError("unreachable")  # pragma: no cover

    def _limiter(self):
        if self._limited is None:
            if self._geocoder is None:
                try:
                    self._geocoder = self._make_geocoder()
                except GeopyError as err:
                    raise GeocoderError(f"{self.name}: cannot set up the geocoder ({_one_line(err)})") from err
            # Retries are ours (max_retries=0) so backoff and error mapping live in one place.
            limited = RateLimiter(self._geocoder.geocode, min_delay_seconds=self.min_delay_seconds, max_retries=0,
                                  error_wait_seconds=self.min_delay_seconds, swallow_exceptions=False)
            # Route the limiter's time through our hooks: one place to patch, no real sleeping in tests.
            limited._clock = lambda: self._clock()
            limited._sleep = lambda seconds: self._sleep(seconds)
            self._limited = limited
        return self._limited

    def _error(self, query: str, err: BaseException | str) -> GeocoderError:
        reason = err if isinstance(err, str) else f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
        return GeocoderError(f"{self.name} geocoder failed for {_one_line(query, 120)!r}: {_one_line(reason)}")

    def _candidate(self, location: Any, query: str) -> Candidate:
        """A Candidate from a geopy Location; an answer that makes no sense is a GeocoderError."""
        try:
            lat, lon = float(location.latitude), float(location.longitude)
        except (AttributeError, TypeError, ValueError) as err:
            raise self._error(query, f"answer without usable coordinates ({_one_line(err, 80)})") from err
        if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
            raise self._error(query, f"coordinates out of range ({lat}, {lon})")
        address = getattr(location, "address", None)
        label = _clean(address).split(",", 1)[0].strip() if isinstance(address, str) else ""
        try:
            country = self._country(getattr(location, "raw", None))
        except (AttributeError, TypeError, KeyError):  # an odd raw answer costs the country, not the place
            country = None
        if not (isinstance(country, str) and len(country) == 2 and country.isascii() and country.isalpha()):
            country = None
        return Candidate(row=-1, geonameid=None, name=label or query.split(",", 1)[0].strip(), kind="online",
                         feature_code=self.name, country=country.upper() if country else None, admin1=None,
                         lat=lat, lon=lon, population=0, primary=False)

    # -- cache -------------------------------------------------------------------------

    def _open_cache(self) -> sqlite3.Connection:
        target = ":memory:" if self.cache_path is None else str(self.cache_path)
        try:
            if self.cache_path is not None:
                self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(target)
            db.execute("CREATE TABLE IF NOT EXISTS cache (provider TEXT, query TEXT, answer TEXT, "
                       "PRIMARY KEY(provider, query))")
            db.commit()
        except (OSError, sqlite3.Error) as err:
            raise GeocoderError(f"{target}: cannot open geocode cache ({_one_line(err)})") from err
        return db

    def _cache_get(self, key: str) -> tuple[bool, Candidate | None]:
        try:
            row = self._db.execute("SELECT answer FROM cache WHERE provider = ? AND query = ?",
                                   (self.name, key)).fetchone()
        except sqlite3.Error as err:
            raise GeocoderError(f"{self.cache_path or ':memory:'}: geocode cache unreadable ({_one_line(err)})") \
                from err
        if row is None:
            return False, None
        try:
            answer = json.loads(row[0])
            if answer is None:
                return True, None
            return True, Candidate(**answer)
        except (TypeError, ValueError):  # a damaged entry is a miss: ask the provider again
            return False, None

    def _cache_put(self, key: str, candidate: Candidate | None) -> None:
        answer = "null" if candidate is None else json.dumps(candidate.__dict__, ensure_ascii=False)
        try:
            with self._db:  # commits at once: an interrupted run keeps what it paid for
                self._db.execute("INSERT OR REPLACE INTO cache (provider, query, answer) VALUES (?, ?, ?)",
                                 (self.name, key, answer))
        except sqlite3.Error as err:
            raise GeocoderError(f"{self.cache_path or ':memory:'}: geocode cache unwritable ({_one_line(err)})") \
                from err

    def close(self) -> None:
        """Close the cache."""
        self._db.close()

    def __enter__(self) -> OnlineGeocoder:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class NominatimGeocoder(OnlineGeocoder):
    """OpenStreetMap Nominatim: at most one request a second, by its usage policy."""

    name = "nominatim"
    policy_delay = 1.0

    def _make_geocoder(self):
        from geopy.geocoders import Nominatim

        return Nominatim(user_agent=self.user_agent, timeout=self.timeout)

    def _query(self, name, country_hint):
        extra: dict = {"addressdetails": True}  # the answer then carries address.country_code
        if country_hint and len(country_hint) == 2 and country_hint.isalpha():
            extra["country_codes"] = country_hint.lower()  # a filter, better than words in the query
            return name, extra
        return (f"{name}, {country_hint}" if country_hint else name), extra

    def _country(self, raw):
        return (raw or {}).get("address", {}).get("country_code")


class PhotonGeocoder(OnlineGeocoder):
    """Komoot Photon (OpenStreetMap data); its public server asks for moderate use."""

    name = "photon"
    policy_delay = 1.0

    def _make_geocoder(self):
        from geopy.geocoders import Photon

        return Photon(user_agent=self.user_agent, timeout=self.timeout)

    def _country(self, raw):
        return (raw or {}).get("properties", {}).get("countrycode")


class ArcGISGeocoder(OnlineGeocoder):
    """Esri ArcGIS World Geocoding, anonymous; its answers carry no ISO 3166 alpha-2 country code."""

    name = "arcgis"
    policy_delay = 0.2

    def _make_geocoder(self):
        from geopy.geocoders import ArcGIS

        return ArcGIS(user_agent=self.user_agent, timeout=self.timeout)


GEOCODERS: dict[str, type[OnlineGeocoder]] = {cls.name: cls for cls in (NominatimGeocoder, PhotonGeocoder,
                                                                      ArcGISGeocoder)}


def get_geocoder(name: str, **kwargs) -> OnlineGeocoder:
    """The online geocoder called ``name`` (case-insensitive), built with ``kwargs``.

    >>> get_geocoder("google")
    Traceback (most recent call last):
    ...
    geomap.errors.OptionError: unknown geocoder 'google'; valid: arcgis, nominatim, photon
    """
    cls = GEOCODERS.get(str(name).strip().lower())
    if cls is None:
        raise OptionError(f"unknown geocoder {name!r}; valid: {', '.join(sorted(GEOCODERS))}")
    return cls(**kwargs)
