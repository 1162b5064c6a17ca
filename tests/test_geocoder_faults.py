"""Geocoder fault battery: the real geocoder classes against a fake server on 127.0.0.1.

Every fault costs at most a warning for its name and bounded time; no answer becomes a
marker it should not. Backoff and rate-limit waits are virtual (recorded, not slept);
requests run in real time against the fake server, with short timeouts.
"""

from __future__ import annotations

import math
import time

import pytest

from fakegeo import MISSING, PROVIDERS, FakeProvider, Reply, answer, geocoder, no_answer
import geomap
from geomap.errors import GeocoderError
from geomap.geocoders import RETRY_AFTER_CAP
from geomap.records import Article

NAN, INF = float("nan"), float("inf")


@pytest.fixture()
def fake():
    server = FakeProvider()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch):
    """The system's proxies (geopy honours them) must not stand between the tests and 127.0.0.1."""
    for var in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)


def one_warning(geo, name="Lachin"):
    """The GeocoderError the first look-up of ``name`` raises; the message must be one line naming the provider."""
    with pytest.raises(GeocoderError) as info:
        geo.geocode(name)
    message = str(info.value)
    assert "\n" not in message and geo.name in message and name in message, message
    return message


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_a_good_answer_is_a_candidate(fake, provider):
    fake.script(Reply(answer(provider)))
    geo, clock = geocoder(provider, fake)
    c = geo.geocode("Lachin")
    assert (c.lat, c.lon, c.kind, c.feature_code) == (39.6372, 46.5469, "online", provider)
    assert c.name == "Lachin"
    assert fake.asked() == ["Lachin"] and clock.sleeps == []


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_no_such_place_is_a_quiet_miss(fake, provider):
    fake.script(Reply(no_answer(provider)))
    geo, _ = geocoder(provider, fake)
    assert geo.geocode("Zorbistan") is None and geo.geocode("Zorbistan") is None
    assert len(fake.requests) == 1


BAD_ANSWERS = {
    "nan latitude": lambda p: answer(p, lat=NAN),
    "infinite longitude": lambda p: answer(p, lon=INF),
    "latitude 123": lambda p: answer(p, lat=123.0),
    "longitude -200": lambda p: answer(p, lon=-200.0),
    "latitude a word": lambda p: answer(p, lat="north"),
    "no coordinates": lambda p: answer(p, lat=MISSING, lon=MISSING),
    "no longitude": lambda p: answer(p, lon=MISSING),
    "a dict": lambda p: {"unexpected": True},
    "a list of strings": lambda p: ["Lachin", "Azerbaijan"],
    "a number": lambda p: 42,
    "not JSON": lambda p: b"<html><body>Service page</body></html>",
}


@pytest.mark.parametrize("fault", sorted(BAD_ANSWERS))
@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_a_bad_answer_is_one_warning_then_a_miss(fake, provider, fault):
    """Nonsense is not retried, never becomes a point (0, 0 least of all), and is asked once per run."""
    fake.script(Reply(BAD_ANSWERS[fault](provider)))
    geo, clock = geocoder(provider, fake)
    one_warning(geo)
    for _ in range(3):  # more mentions of the same name: no request, no warning
        assert geo.geocode("Lachin") is None
    assert len(fake.requests) == 1 and clock.sleeps == []


def test_a_bad_answer_is_not_cached_on_disk(fake, tmp_path):
    fake.script(Reply(answer("nominatim", lat=NAN)), Reply(answer("nominatim")))
    geo, _ = geocoder("nominatim", fake, cache_path=tmp_path / "c.sqlite")
    one_warning(geo)
    geo.close()
    again, _ = geocoder("nominatim", fake, cache_path=tmp_path / "c.sqlite")
    assert again.geocode("Lachin").lat == 39.6372  # the next run asks again and gets the answer
    assert len(fake.requests) == 2


def test_an_unknown_charset_and_an_oversized_answer_are_bad_answers(fake, monkeypatch):
    fake.script(Reply(answer("nominatim"), headers={"Content-Type": "application/json; charset=no-such"}))
    geo, _ = geocoder("nominatim", fake)
    assert "charset" in one_warning(geo)
    monkeypatch.setattr("geomap.geocoders.MAX_ANSWER", 100)
    fake.script(Reply(answer("nominatim", name="x" * 200)))
    assert "longer than" in one_warning(geo, "Stepanakert")


@pytest.mark.parametrize("retries", [0, 2])
def test_retry_after_beyond_the_cap_stops_asking_for_the_run(fake, retries):
    """geopy's default adapter would sleep 100,000 s inside the request; here no wait over the cap happens."""
    fake.script(Reply({"error": "slow down"}, status=429, headers={"Retry-After": "100000"}))
    geo, clock = geocoder("nominatim", fake, max_retries=retries)
    started = time.monotonic()
    message = one_warning(geo)
    assert "Retry-After" in message and "not asked again" in message
    assert geo.geocode("Stepanakert") is None and geo.geocode("Shusha") is None  # stopped: no more requests
    assert len(fake.requests) == 1
    assert all(s <= RETRY_AFTER_CAP for s in clock.sleeps) and not clock.sleeps
    assert time.monotonic() - started < 5


def test_retry_after_within_the_cap_is_obeyed(fake):
    fake.script(Reply({}, status=429, headers={"Retry-After": "7"}), Reply(answer("nominatim")))
    geo, clock = geocoder("nominatim", fake)
    assert geo.geocode("Lachin").lat == 39.6372
    assert clock.sleeps == [7.0] and len(fake.requests) == 2


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_server_errors_are_retried_with_backoff_once_per_name(fake, provider):
    """4 mentions of a name the server keeps failing: 3 requests (1 + 2 retries), not 12, one warning."""
    fake.script(Reply(b"<h1>Internal error</h1>", status=500))
    geo, clock = geocoder(provider, fake)
    one_warning(geo)
    assert [geo.geocode("Lachin") for _ in range(3)] == [None] * 3
    assert len(fake.requests) == 3 and clock.sleeps == [2.0, 4.0]


def test_a_dropped_connection_is_retried(fake):
    fake.script(Reply(drop=True), Reply(answer("nominatim")))
    geo, clock = geocoder("nominatim", fake)
    assert geo.geocode("Lachin").lat == 39.6372
    assert len(fake.requests) == 2 and clock.sleeps == [2.0]


def test_a_trickling_server_cannot_hold_a_request_past_its_timeout(fake):
    """One byte every 0.1 s never trips a 0.5 s per-read timeout; the whole answer has 0.5 s."""
    fake.script(Reply(answer("nominatim"), trickle=0.1))  # about 300 bytes: 30 s at that pace
    geo, _ = geocoder("nominatim", fake, timeout=0.5, max_retries=0)
    started = time.monotonic()
    assert "timed out" in one_warning(geo).lower()
    assert time.monotonic() - started < 3
    assert len(fake.requests) == 1


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_a_hanging_server_costs_a_bounded_time_per_name(fake, provider):
    """Each attempt ends at the timeout; three attempts, then the name is a miss for the run."""
    fake.script(Reply(hang=True))
    geo, clock = geocoder(provider, fake, timeout=0.2)
    started = time.monotonic()
    assert "timed out" in one_warning(geo).lower()
    assert [geo.geocode("Lachin") for _ in range(3)] == [None] * 3
    assert len(fake.requests) == 3 and clock.sleeps == [2.0, 4.0]
    assert time.monotonic() - started < 3


def test_the_name_budget_cuts_retries_short(fake):
    fake.script(Reply(hang=True))
    geo, clock = geocoder("nominatim", fake, timeout=0.2, max_retries=5, backoff=1.0, name_budget=5.0)
    one_warning(geo)
    # 0.2 + 1 + 0.2 + 2 + 0.2 = 3.6 s; the next wait (4 s) would pass the 5 s budget: 3 attempts of 6.
    assert clock.sleeps == [1.0, 2.0] and len(fake.requests) == 3


def test_the_run_budget_stops_asking(fake):
    """Once failures have cost the run its budget, later names cost nothing: no request, no warning."""
    fake.script(Reply(hang=True))
    geo, clock = geocoder("nominatim", fake, timeout=0.2, run_budget=12.0)
    warnings = []
    for name in ["A", "B", "C", "D", "E"]:
        try:
            geo.geocode(name)
        except GeocoderError as err:
            warnings.append(str(err))
    assert len(warnings) == 2 and "not asked again in this run" in warnings[-1]
    assert set(fake.asked()) == {"A", "B"}
    # A: 3 attempts and 2 + 4 s of backoff; B: what is left of 12 s holds 2 attempts, not the 4 s wait.
    assert len(fake.requests) == 5 and clock.sleeps == [2.0, 4.0, 2.0]


def test_bad_url_is_an_option_error():
    from geomap.errors import OptionError

    for url in ["ftp://x", "localhost:8080", "http://", "http://h/?q=1"]:
        with pytest.raises(OptionError):
            PROVIDERS["nominatim"](url=url)


def test_a_run_with_a_bad_geocoder_answer_maps_the_rest(fake):
    """Four mentions of one unknown name, the provider answering NaN: one request, one warning line,
    the name unresolved (no marker at 0, 0), the offline places resolved."""
    fake.script(Reply(answer("nominatim", lat=NAN)))
    geo, _ = geocoder("nominatim", fake)
    text = ("Troops entered Zorbistan Province from Armenia on Monday. Zorbistan Province was quiet. "
            "Officials in Zorbistan Province said Zorbistan Province would hold.")
    errors = []
    (_, mentions), = geomap.extract([Article("a", text)], geocoder=geo, on_error=errors.append)
    unknown = [m for m in mentions if m.text == "Zorbistan Province"]
    assert len(unknown) == 4 and all(m.candidate is None for m in unknown)
    assert len(errors) == 1 and "\n" not in str(errors[0]) and "Zorbistan" in str(errors[0])
    assert len(fake.requests) == 1
    assert any(m.candidate and m.candidate.country == "AM" for m in mentions)
    assert not any(m.candidate and math.isclose(m.candidate.lat, 0) and math.isclose(m.candidate.lon, 0)
                   for m in mentions)


def test_the_command_line_gives_one_warning_line_and_maps_the_rest(fake, monkeypatch):
    import json

    from click.testing import CliRunner

    import geomap.geocoders
    from geomap.cli import main

    fake.script(Reply(["Zorbistan", "Province"]))
    monkeypatch.setattr(geomap.geocoders, "get_geocoder", lambda name, **kw: geocoder(name, fake)[0])
    text = "Troops entered Zorbistan Province from Armenia.\n\nZorbistan Province and Zorbistan Province held.\n"
    result = CliRunner().invoke(main, ["places", "-", "--geocoder", "nominatim", "--user-agent", "t"], input=text)
    assert result.exit_code == 0, result.output
    warnings = result.stderr.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("geomap: warning: ") and "Zorbistan" in warnings[0]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["lat"] for r in records if r["text"] == "Zorbistan Province"] == [None] * 3
    assert any(r["country"] == "AM" for r in records) and len(fake.requests) == 1
