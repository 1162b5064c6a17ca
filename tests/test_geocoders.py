"""Online geocoders: cache, retries with backoff, rate limiting, error mapping, all against a fake provider."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest
from geopy.exc import GeocoderQueryError, GeocoderServiceError, GeocoderTimedOut, GeocoderUnavailable
from geopy.location import Location

from geomap.errors import GeocoderError, GeomapError, OptionError
from geomap.geocoders import (
    ArcGISGeocoder,
    NominatimGeocoder,
    OnlineGeocoder,
    PhotonGeocoder,
    get_geocoder,
)
from geomap.records import Candidate

LACHIN = Location("Lachin, Lachin District, Azerbaijan", (39.6372, 46.5469),
                  {"lat": "39.6372", "lon": "46.5469", "address": {"country_code": "az"},
                   "display_name": "Lachin, Lachin District, Azerbaijan"})


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test: these tests must never reach a provider."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("test tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


class FakeGeopy:
    """A geopy-compatible geocoder: counts calls, fails on demand, answers what it is told."""

    def __init__(self, answer=LACHIN, fail=0, error=GeocoderTimedOut, always=None):
        self.answer, self.fail, self.error, self.always = answer, fail, error, always
        self.calls: list[tuple[str, dict]] = []

    def geocode(self, query, exactly_one=True, timeout=None, **kwargs):
        assert exactly_one is True and timeout is not None
        self.calls.append((query, kwargs))
        if self.always is not None:
            raise self.always("service said no")
        if self.fail:
            self.fail -= 1
            raise self.error("timed out")
        return self.answer


class FakeTime:
    """A clock that moves only when slept on; records every sleep."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


def make(fake, tmp_path=None, cls=NominatimGeocoder, **kwargs):
    """A geocoder on ``fake`` with fake time; no rate-limit waits unless asked for."""
    kwargs.setdefault("min_delay_seconds", 0)
    cache = tmp_path / "geocode.sqlite" if tmp_path is not None else None
    geo = cls(geocoder=fake, cache_path=cache, **kwargs)
    t = FakeTime()
    geo._clock, geo._sleep = t.clock, t.sleep
    return geo, t


def test_hit_returns_candidate(tmp_path):
    geo, _ = make(FakeGeopy(), tmp_path)
    c = geo.geocode("Lachin")
    assert isinstance(c, Candidate)
    assert (c.lat, c.lon) == (39.6372, 46.5469)
    assert c == Candidate(row=-1, geonameid=None, name="Lachin", kind="online", feature_code="nominatim",
                          country="AZ", admin1=None, lat=39.6372, lon=46.5469, population=0, primary=False)


def test_second_call_served_from_cache_also_across_instances(tmp_path):
    fake = FakeGeopy()
    geo, _ = make(fake, tmp_path)
    first = geo.geocode("Lachin")
    assert geo.geocode("  lachin ") == first  # same key: case and spacing do not matter
    assert len(fake.calls) == 1
    geo.close()
    again, _ = make(fake, tmp_path)
    assert again.geocode("Lachin") == first
    assert len(fake.calls) == 1
    rows = sqlite3.connect(tmp_path / "geocode.sqlite").execute("SELECT provider, query FROM cache").fetchall()
    assert rows == [("nominatim", '["lachin", null]')]


def test_cache_is_per_provider_and_per_hint(tmp_path):
    fake = FakeGeopy()
    make(fake, tmp_path)[0].geocode("Lachin")
    make(fake, tmp_path, cls=PhotonGeocoder)[0].geocode("Lachin")
    make(fake, tmp_path)[0].geocode("Lachin", country_hint="az")
    assert len(fake.calls) == 3


def test_misses_are_cached(tmp_path):
    fake = FakeGeopy(answer=None)
    geo, _ = make(fake, tmp_path)
    assert geo.geocode("Nowhere-on-earth") is None
    assert geo.geocode("Nowhere-on-earth") is None
    assert make(fake, tmp_path)[0].geocode("Nowhere-on-earth") is None
    assert len(fake.calls) == 1


def test_blank_name_is_a_miss_without_request():
    fake = FakeGeopy()
    geo, _ = make(fake)
    assert geo.geocode(" \n\t") is None and not fake.calls


def test_in_memory_cache_without_path():
    fake = FakeGeopy()
    geo, _ = make(fake)
    geo.geocode("Lachin")
    geo.geocode("Lachin")
    assert len(fake.calls) == 1


@pytest.mark.parametrize("error", [GeocoderTimedOut, GeocoderUnavailable, GeocoderServiceError])
def test_transient_errors_retried_with_backoff_then_succeed(error):
    fake = FakeGeopy(fail=2, error=error)
    geo, t = make(fake)
    assert geo.geocode("Lachin").lat == 39.6372
    assert t.sleeps == [2.0, 4.0]
    assert len(fake.calls) == 3


def test_backoff_is_configurable():
    fake = FakeGeopy(fail=3)
    geo, t = make(fake, max_retries=3, backoff=0.5)
    geo.geocode("Lachin")
    assert t.sleeps == [0.5, 1.0, 2.0]


def test_persistent_failure_is_one_line_geocoder_error():
    fake = FakeGeopy(always=GeocoderServiceError)
    geo, t = make(fake)
    with pytest.raises(GeocoderError) as info:
        geo.geocode("Lachin\ncorridor", country_hint="az")
    message = str(info.value)
    assert "nominatim" in message and "Lachin corridor" in message
    assert "\n" not in message and "\r" not in message
    assert isinstance(info.value.__cause__, GeocoderServiceError)
    assert isinstance(info.value, GeomapError) and isinstance(info.value, RuntimeError)
    assert len(fake.calls) == 3 and t.sleeps == [2.0, 4.0]


def test_failure_is_kept_for_the_run_not_on_disk(tmp_path):
    """A failed name raises once, then is a miss without a request; the next run asks again."""
    fake = FakeGeopy(always=GeocoderTimedOut)
    geo, _ = make(fake, tmp_path, max_retries=0)
    with pytest.raises(GeocoderError):
        geo.geocode("Lachin")
    fake.always = None
    assert geo.geocode("Lachin") is None and geo.geocode(" LACHIN") is None
    assert len(fake.calls) == 1
    geo.close()
    assert make(fake, tmp_path)[0].geocode("Lachin") is not None
    assert len(fake.calls) == 2


def test_permanent_error_is_not_retried():
    fake = FakeGeopy(always=GeocoderQueryError)
    geo, t = make(fake)
    with pytest.raises(GeocoderError, match="nominatim"):
        geo.geocode("Lachin")
    assert len(fake.calls) == 1 and t.sleeps == []


@pytest.mark.parametrize("answer", [
    SimpleNamespace(latitude="abc", longitude=46.5, address="X", raw={}),
    SimpleNamespace(latitude=999, longitude=46.5, address="X", raw={}),
    SimpleNamespace(latitude=39.6, longitude=-181, address="X", raw={}),
    SimpleNamespace(latitude=float("nan"), longitude=46.5, address="X", raw={}),
    SimpleNamespace(latitude=None, longitude=None, address="X", raw={}),
    SimpleNamespace(address="no coordinates at all", raw={}),
    "a string, not a location",
])
def test_garbage_answer_is_geocoder_error(answer):
    geo, _ = make(FakeGeopy(answer=answer))
    with pytest.raises(GeocoderError) as info:
        geo.geocode("Lachin")
    assert "nominatim" in str(info.value) and "Lachin" in str(info.value) and "\n" not in str(info.value)


def test_odd_raw_answer_costs_only_the_country():
    answer = SimpleNamespace(latitude=1.5, longitude=2.5, address=None, raw=["not", "a", "dict"])
    c = make(FakeGeopy(answer=answer))[0].geocode("Somewhere")
    assert (c.name, c.lat, c.lon, c.country) == ("Somewhere", 1.5, 2.5, None)


def test_rate_limit_spaces_uncached_calls():
    fake = FakeGeopy()
    geo, t = make(fake, min_delay_seconds=1.5)
    geo.geocode("Lachin")
    assert t.sleeps == []  # the first request goes at once
    geo.geocode("Lachin")  # cached: no request, no wait
    assert t.sleeps == []
    geo.geocode("Stepanakert")
    assert t.sleeps == [1.5]
    t.now += 10  # long enough ago: no wait
    geo.geocode("Shusha")
    assert t.sleeps == [1.5] and len(fake.calls) == 3


def test_default_delay_is_the_provider_policy():
    assert NominatimGeocoder(geocoder=FakeGeopy()).min_delay_seconds == 1.0
    assert PhotonGeocoder(geocoder=FakeGeopy()).min_delay_seconds == 1.0
    assert ArcGISGeocoder(geocoder=FakeGeopy()).min_delay_seconds == 0.2
    fake = FakeGeopy()
    geo, t = make(fake, min_delay_seconds=None)
    geo.geocode("A")
    geo.geocode("B")
    assert t.sleeps == [1.0]


def test_nominatim_filters_by_country_code_and_photon_appends_hint():
    fake = FakeGeopy()
    make(fake)[0].geocode("Lachin", country_hint="az")
    assert fake.calls[-1] == ("Lachin", {"addressdetails": True, "country_codes": "az"})
    photon = make(fake, cls=PhotonGeocoder)[0]
    photon.geocode("Lachin", country_hint="Azerbaijan")
    assert fake.calls[-1] == ("Lachin, AZERBAIJAN", {})


def test_photon_reads_its_country_code():
    answer = Location("Tripoli, Libya", (32.89, 13.19), {"properties": {"countrycode": "LY"},
                                                         "geometry": {"coordinates": [13.19, 32.89]}})
    c = make(FakeGeopy(answer=answer), cls=PhotonGeocoder)[0].geocode("Tripoli")
    assert (c.name, c.country, c.feature_code) == ("Tripoli", "LY", "photon")


def test_arcgis_has_no_country():
    answer = Location("Baku, Azerbaijan", (40.38, 49.89), {"address": "Baku, Azerbaijan",
                                                           "location": {"x": 49.89, "y": 40.38}})
    c = make(FakeGeopy(answer=answer), cls=ArcGISGeocoder)[0].geocode("Baku")
    assert (c.name, c.country, c.feature_code) == ("Baku", None, "arcgis")


def test_get_geocoder_by_name():
    geo = get_geocoder(" Nominatim ", geocoder=FakeGeopy(), user_agent="test-agent")
    assert isinstance(geo, NominatimGeocoder) and geo.user_agent == "test-agent"
    assert isinstance(get_geocoder("photon", geocoder=FakeGeopy()), PhotonGeocoder)
    assert isinstance(get_geocoder("arcgis", geocoder=FakeGeopy()), ArcGISGeocoder)


def test_get_geocoder_unknown_name():
    with pytest.raises(OptionError) as info:
        get_geocoder("google")
    assert "google" in str(info.value)
    for valid in ("nominatim", "photon", "arcgis"):
        assert valid in str(info.value)


def test_real_geopy_geocoder_is_built_lazily_without_network(tmp_path):
    """Building the real geopy object sends nothing; a cache hit never builds it."""
    geo = NominatimGeocoder(user_agent="geomap-test", cache_path=tmp_path / "c.sqlite")
    assert geo._geocoder is None
    real = geo._make_geocoder()
    assert real.headers["User-Agent"] == "geomap-test"
    seeded, _ = make(FakeGeopy(), tmp_path)
    seeded.cache_path = tmp_path / "c.sqlite"
    seeded._db = seeded._open_cache()
    seeded.geocode("Lachin")
    assert geo.geocode("Lachin").lat == 39.6372 and geo._geocoder is None


def test_unopenable_cache_is_geocoder_error(tmp_path):
    (tmp_path / "dir.sqlite").mkdir()
    with pytest.raises(GeocoderError, match="geocode cache"):
        OnlineGeocoder(geocoder=FakeGeopy(), cache_path=tmp_path / "dir.sqlite")
