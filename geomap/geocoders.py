"""Online geocoding through geopy, for the names the offline gazetteer does not know.

``OnlineGeocoder`` owns everything that is the same for every provider: a
persistent SQLite cache (misses included), rate limiting with geopy's
``RateLimiter``, retries with exponential backoff, bounds on the time a name
and a run may lose to a failing provider, the check of every answer, and the
mapping of every failure to ``GeocoderError``. A subclass per provider only
builds the geopy geocoder and the query, and reads the country code out of the
raw answer.

HTTP goes through ``DeadlineAdapter`` (urllib underneath): no retries of its
own, so retries, backoff and ``Retry-After`` live here alone, and one deadline
for the whole answer, so a server that trickles bytes cannot hold a request
past its timeout.

>>> get_geocoder("nominatim", geocoder=object()).policy_delay
1.0
"""

from __future__ import annotations

import functools
import http.client
import io
import json
import math
import socket
import sqlite3
import time
import unicodedata
import urllib.request
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from geopy.adapters import URLLibAdapter, _normalize_proxies
from geopy.exc import (
    ConfigurationError,
    GeocoderAuthenticationFailure,
    GeocoderInsufficientPrivileges,
    GeocoderParseError,
    GeocoderQueryError,
    GeocoderRateLimited,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter

from .errors import GeocoderError, OptionError
from .records import Candidate

__all__ = ["OnlineGeocoder", "NominatimGeocoder", "PhotonGeocoder", "ArcGISGeocoder", "GEOCODERS",
           "get_geocoder", "DeadlineAdapter"]

RETRY_AFTER_CAP = 60.0
"""Longest wait a provider's ``Retry-After`` gets; one asking for more is not asked again in the run."""
NAME_BUDGET = 60.0
"""Seconds one name may cost at most: every attempt, the backoff between them and the waits asked for."""
RUN_BUDGET = 60.0
"""Seconds failed look-ups may cost a run in all; past that the provider is not asked again in the run."""
MAX_ANSWER = 5_000_000
"""Bytes of one answer read at most: a geocoding answer is a few kilobytes."""

# Asking again cannot fix a bad query, a bad key or a bad configuration: fail at once.
# An answer that is not JSON (GeocoderParseError, a GeocoderServiceError) is nonsense, asked again the same.
_PERMANENT = (GeocoderQueryError, GeocoderAuthenticationFailure, GeocoderInsufficientPrivileges, ConfigurationError,
              GeocoderParseError)
# GeocoderTimedOut and GeocoderUnavailable are GeocoderServiceError subclasses.
_TRANSIENT = (GeocoderServiceError,)
# What geopy's parsers raise on an answer of the wrong shape: a dict where a list was due, a list of
# strings, NaN or a latitude of 123 (Point refuses them), an unknown charset. Asking again gets the same.
_NONSENSE = (ValueError, TypeError, KeyError, IndexError, AttributeError, LookupError)


def _one_line(text: object, limit: int = 200) -> str:
    """Whitespace collapsed and cut, so an error message is always one line."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _clean(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", str(name)).split())


def _server(url: str) -> dict:
    """geopy's ``scheme`` and ``domain`` for a server URL (``http://localhost:8080/nominatim``).

    >>> _server("http://127.0.0.1:8080/")
    {'scheme': 'http', 'domain': '127.0.0.1:8080'}
    """
    parts = urlsplit(str(url).strip())
    if parts.scheme not in {"http", "https"} or not parts.netloc or parts.query or parts.fragment:
        raise OptionError(f"geocoder url {url!r}: give http(s)://host[:port][/path]")
    return {"scheme": parts.scheme, "domain": (parts.netloc + parts.path).rstrip("/")}


# -- HTTP with one deadline per answer ----------------------------------------------------------


class _DeadlineReader(io.RawIOBase):
    """A socket's bytes, each read given only what is left of one deadline for the whole answer.

    A plain socket timeout bounds each read: a server sending one byte every two seconds
    never trips a ten-second one. Here the timeout shrinks as the deadline nears.
    """

    def __init__(self, sock: socket.socket, deadline: float):
        super().__init__()
        self._sock = sock
        self._raw = sock.makefile("rb", buffering=0)  # holds the socket open after the connection lets go
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("timed out")
        self._sock.settimeout(left)
        return self._raw.readinto(buffer)

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()


class _DeadlineSocket:
    """What ``HTTPResponse`` is given in place of the socket: its ``makefile`` reads under the deadline."""

    def __init__(self, sock: socket.socket, deadline: float):
        self._sock, self._deadline = sock, deadline

    def makefile(self, mode: str = "rb", *args, **kwargs):
        return io.BufferedReader(_DeadlineReader(self._sock, self._deadline))


class _DeadlineResponse(http.client.HTTPResponse):
    def __init__(self, sock, *args, deadline: float, **kwargs):
        super().__init__(_DeadlineSocket(sock, deadline), *args, **kwargs)


class _DeadlineConnection:
    """Mixed into an ``HTTP(S)Connection``: connecting, the headers and the body share one deadline,
    ``timeout`` seconds from the moment the request is made."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        budget = self.timeout if isinstance(self.timeout, (int, float)) else NAME_BUDGET
        self.response_class = functools.partial(_DeadlineResponse, deadline=time.monotonic() + budget)


class _DeadlineHTTPConnection(_DeadlineConnection, http.client.HTTPConnection):
    pass


class _DeadlineHTTPSConnection(_DeadlineConnection, http.client.HTTPSConnection):
    pass


class _DeadlineHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_DeadlineHTTPConnection, req)


class _DeadlineHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_DeadlineHTTPSConnection, req, context=self._context)


class DeadlineAdapter(URLLibAdapter):
    """geopy's urllib adapter with one deadline (the request's ``timeout``) for the whole answer.

    It never retries on its own (geopy's default ``RequestsAdapter`` retries twice inside each
    attempt and sleeps whatever ``Retry-After`` says), and reads at most ``MAX_ANSWER`` bytes.
    """

    def __init__(self, *, proxies, ssl_context):
        super().__init__(proxies=proxies, ssl_context=ssl_context)
        # The same proxies as geopy's urllib adapter (the system's unless told), through our handlers.
        proxy = urllib.request.ProxyHandler(_normalize_proxies(proxies))
        self.urlopen = urllib.request.build_opener(_DeadlineHTTPHandler(), _DeadlineHTTPSHandler(context=ssl_context),
                                                   proxy).open

    def _decode_page(self, page) -> str:
        encoding = page.headers.get_content_charset() or "utf-8"
        try:
            body = page.read(MAX_ANSWER + 1)
        except TimeoutError:
            raise GeocoderTimedOut("Service timed out (the whole answer did not come in time)") from None
        except (OSError, http.client.HTTPException) as err:
            raise GeocoderServiceError(f"Unable to read the response ({type(err).__name__})") from None
        if len(body) > MAX_ANSWER:
            raise GeocoderParseError(f"answer longer than {MAX_ANSWER:,} bytes")
        try:
            return body.decode(encoding)
        except (LookupError, ValueError):
            raise GeocoderParseError(f"answer not in its charset {encoding!r}") from None


class OnlineGeocoder:
    """Geocode place names with one online provider, politely and with a cache.

    ``geocoder`` is any geopy-compatible object (``.geocode(query,
    exactly_one=True, timeout=...)`` returning a ``Location`` or None); when
    None the real geopy geocoder is built on the first cache miss, so runs
    served from the cache never touch the provider. ``url`` points it at
    another server of the same kind (``http://localhost:8080``, a Nominatim
    of your own). Without ``cache_path`` the cache lives in memory for this
    object's lifetime.

    A provider fault costs bounded time: ``timeout`` seconds per request for the
    whole answer, ``name_budget`` per name (attempts, backoff, waits asked for),
    ``run_budget`` for all failed names of this object's life, after which it
    asks no more. A name that failed is not asked again by this object: the
    failure is raised once (a warning), later look-ups of it are misses.
    """

    name = "online"
    policy_delay = 1.0  # seconds between requests the provider's usage policy asks for

    def __init__(self, *, user_agent: str = "geomap", timeout: float = 10, cache_path: str | Path | None = None,
                 min_delay_seconds: float | None = None, max_retries: int = 2, backoff: float = 2.0,
                 geocoder: Any = None, url: str | None = None, name_budget: float = NAME_BUDGET,
                 run_budget: float = RUN_BUDGET):
        if max_retries < 0:
            raise OptionError(f"max_retries must be >= 0, not {max_retries!r}")
        delay = self.policy_delay if min_delay_seconds is None else float(min_delay_seconds)
        if delay < 0 or backoff < 0:
            raise OptionError("min_delay_seconds and backoff must be >= 0")
        if not (timeout > 0 and name_budget > 0 and run_budget > 0):
            raise OptionError("timeout, name_budget and run_budget must be > 0")
        self.user_agent = user_agent
        self.timeout = timeout
        self.min_delay_seconds = delay
        self.max_retries = max_retries
        self.backoff = backoff
        self.name_budget = float(name_budget)
        self.run_budget = float(run_budget)
        self.server = _server(url) if url is not None else {}
        self.cache_path = Path(cache_path) if cache_path is not None else None
        self._geocoder = geocoder
        self._limited = None
        self._failed: set[str] = set()  # cache keys whose look-up failed in this run: not asked again
        self._lost = 0.0  # seconds failed look-ups have cost so far
        self._stopped: str | None = None  # why the provider is no longer asked, once it is not
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

    def _geopy_options(self) -> dict:
        """What every geopy geocoder of ours is built with: agent, timeout, the deadline adapter, the server."""
        return {"user_agent": self.user_agent, "timeout": self.timeout, "adapter_factory": DeadlineAdapter,
                **self.server}

    def _query(self, name: str, country_hint: str | None) -> tuple[str, dict]:
        """The query string and extra ``geocode`` keyword arguments for one look-up."""
        return (f"{name}, {country_hint}" if country_hint else name), {}

    def _country(self, raw: Any) -> str | None:
        """The ISO 3166-1 alpha-2 code in the provider's raw answer, if it has one."""
        return None

    def _raw_point(self, raw: dict) -> tuple[Any, Any] | None:
        """Latitude and longitude as the provider sent them (None where missing), or None to take geopy's.

        geopy's reading is not enough: its Point wraps a longitude of -200 to 160, and its
        Nominatim parser reads a missing coordinate as 0.
        """
        return None

    # -- the work ----------------------------------------------------------------------

    def geocode(self, name: str, country_hint: str | None = None) -> Candidate | None:
        """The provider's best match for ``name`` (optionally within a country), or None.

        Answers and misses are cached; a blank name is a miss without a request.
        Raises ``GeocoderError`` when the provider keeps failing or answers nonsense,
        once per name: later look-ups of that name, and every look-up once the run's
        budget is spent, are misses without a request.
        """
        name = _clean(name)
        hint = _clean(country_hint).upper() if country_hint else None
        if not name:
            return None
        key = json.dumps([name.casefold(), hint], ensure_ascii=False)
        found, cached = self._cache_get(key)
        if found:
            return cached
        if key in self._failed or self._stopped:
            return None
        query, extra = self._query(name, hint)
        started = self._clock()
        try:
            location = self._call(query, extra)
            candidate = None if location is None else self._candidate(location, query)
        except GeocoderError as err:
            self._failed.add(key)  # a failure is not written to disk: the next run may find the provider well
            raise self._lose(err, self._clock() - started) from err.__cause__
        self._cache_put(key, candidate)
        return candidate

    def _lose(self, err: GeocoderError, seconds: float) -> GeocoderError:
        """Count what a failed name cost; once the run's budget is gone, stop asking and say so in ``err``."""
        self._lost += seconds
        if not self._stopped and self._lost >= self.run_budget:
            self._stopped = f"failures used up the run's {self.run_budget:.0f} s"
        if self._stopped:
            return GeocoderError(f"{err}; {self._stopped}: {self.name} is not asked again in this run")
        return err

    def _call(self, query: str, extra: dict):
        """One provider answer, retrying transient errors with exponential backoff within the name's budget."""
        limited = self._limiter()
        run_left = self.run_budget - self._lost
        deadline = self._clock() + min(self.name_budget, run_left)
        for attempt in range(self.max_retries + 1):
            left = deadline - self._clock()
            try:
                with warnings.catch_warnings():
                    # geopy warns, in lines of its own, of a latitude past a pole before refusing the
                    # answer; the refusal is the one-line warning the run gives.
                    warnings.simplefilter("ignore", UserWarning)
                    return limited(query, exactly_one=True, timeout=max(0.01, min(self.timeout, left)), **extra)
            except _PERMANENT as err:
                raise self._error(query, err) from err
            except _TRANSIENT as err:
                self._sleep(self._next_wait(query, err, attempt, deadline, run_left <= self.name_budget))
            except GeopyError as err:
                raise self._error(query, err) from err
            except _NONSENSE as err:
                raise self._error(query, f"answer that makes no sense ({type(err).__name__}: "
                                         f"{_one_line(err, 80)})") from err
        raise AssertionError("unreachable")  # pragma: no cover

    def _next_wait(self, query: str, err: GeopyError, attempt: int, deadline: float, run_bound: bool) -> float:
        """Seconds to wait before retrying after ``err``: the backoff, or longer if the provider said so.

        Raises the GeocoderError instead when there is no retry: the last attempt is spent,
        the wait would pass the ``deadline`` (the run's own when ``run_bound``: then the run
        stops asking), or the provider asks for a wait past the cap.
        """
        wait = self.backoff * 2 ** attempt
        retry_after = getattr(err, "retry_after", None) if isinstance(err, GeocoderRateLimited) else None
        if retry_after:
            if float(retry_after) > RETRY_AFTER_CAP:
                # geomap waits at most a minute; a provider asking for longer is done for this run.
                self._stopped = f"it asks to wait {float(retry_after):.0f} s (Retry-After)"
                raise self._error(query, err) from err
            wait = max(wait, float(retry_after))
        if attempt == self.max_retries:
            raise self._error(query, err) from err
        if self._clock() + wait >= deadline:
            if run_bound:
                self._stopped = f"failures used up the run's {self.run_budget:.0f} s"
            raise self._error(query, err) from err
        return wait

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
        raw = getattr(location, "raw", None)
        try:
            sent = self._raw_point(raw) if isinstance(raw, dict) else None
            lat, lon = (float(v) for v in (sent or (location.latitude, location.longitude)))
        except (AttributeError, TypeError, ValueError) as err:
            raise self._error(query, f"answer without usable coordinates ({_one_line(err, 80)})") from err
        if (lat, lon) == (0.0, 0.0):  # where a parser puts a missing point; no place an article names lies there
            raise self._error(query, "answer without coordinates (0, 0)")
        if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
            raise self._error(query, f"coordinates out of range ({lat}, {lon})")
        address = getattr(location, "address", None)
        label = _clean(address).split(",", 1)[0].strip() if isinstance(address, str) else ""
        try:
            country = self._country(raw)
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

        return Nominatim(**self._geopy_options())

    def _query(self, name, country_hint):
        extra: dict = {"addressdetails": True}  # the answer then carries address.country_code
        if country_hint and len(country_hint) == 2 and country_hint.isalpha():
            extra["country_codes"] = country_hint.lower()  # a filter, better than words in the query
            return name, extra
        return (f"{name}, {country_hint}" if country_hint else name), extra

    def _country(self, raw):
        return (raw or {}).get("address", {}).get("country_code")

    def _raw_point(self, raw):
        return raw.get("lat"), raw.get("lon")


class PhotonGeocoder(OnlineGeocoder):
    """Komoot Photon (OpenStreetMap data); its public server asks for moderate use."""

    name = "photon"
    policy_delay = 1.0

    def _make_geocoder(self):
        from geopy.geocoders import Photon

        return Photon(**self._geopy_options())

    def _country(self, raw):
        return (raw or {}).get("properties", {}).get("countrycode")

    def _raw_point(self, raw):
        if "geometry" not in raw:  # geopy's parser refuses such an answer; a test's stand-in may lack it
            return None
        coordinates = (raw["geometry"] or {}).get("coordinates")  # GeoJSON: [lon, lat]
        return tuple(coordinates[1::-1]) if isinstance(coordinates, list) and len(coordinates) >= 2 else (None, None)


class ArcGISGeocoder(OnlineGeocoder):
    """Esri ArcGIS World Geocoding, anonymous; its answers carry no ISO 3166 alpha-2 country code."""

    name = "arcgis"
    policy_delay = 0.2

    def _make_geocoder(self):
        from geopy.geocoders import ArcGIS

        return ArcGIS(**self._geopy_options())

    def _raw_point(self, raw):
        if "location" not in raw:  # geopy's parser refuses such an answer; a test's stand-in may lack it
            return None
        location = raw["location"] or {}
        return location.get("y"), location.get("x")


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
