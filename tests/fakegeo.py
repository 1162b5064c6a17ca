"""A fake geocoding server on 127.0.0.1 for the tests: answers, faults and stalls on demand.

The server runs in a thread on an ephemeral port; a test scripts its replies (``Reply``),
points a geocoder at ``provider.url`` and reads back what was asked (``provider.requests``).
Replies that stall (a hang, bytes trickled one at a time) wait on an event that ``close``
sets, so no thread outlives the test.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from geomap.geocoders import ArcGISGeocoder, NominatimGeocoder, PhotonGeocoder

PROVIDERS = {"nominatim": NominatimGeocoder, "photon": PhotonGeocoder, "arcgis": ArcGISGeocoder}

MISSING = object()
"""A coordinate left out of the answer."""


def answer(provider: str, lat=39.6372, lon=46.5469, name="Lachin, Lachin District, Azerbaijan", country="az"):
    """A well-formed answer of ``provider`` with one place (``MISSING`` leaves a coordinate out)."""
    if provider == "nominatim":
        place = {"display_name": name, "address": {"country_code": country}}
        place.update({k: v for k, v in (("lat", lat), ("lon", lon)) if v is not MISSING})
        return [place]
    if provider == "photon":
        props = {"name": name, "countrycode": country.upper()}
        coords = [c for c in (lon, lat) if c is not MISSING]
        return {"type": "FeatureCollection",
                "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": coords},
                              "properties": props}]}
    location = {k: v for k, v in (("x", lon), ("y", lat)) if v is not MISSING}
    return {"candidates": [{"address": name, "location": location, "score": 100}]}


def no_answer(provider: str):
    """The provider's answer when it knows no such place."""
    return {"nominatim": [], "photon": {"type": "FeatureCollection", "features": []},
            "arcgis": {"candidates": []}}[provider]


@dataclass
class Reply:
    """One scripted reply: a JSON-able ``body`` (or raw bytes), a status, headers, and how it is sent."""

    body: object = field(default_factory=list)
    status: int = 200
    headers: dict = field(default_factory=dict)
    trickle: float | None = None  # seconds between single bytes of the whole response, headers included
    hang: bool = False  # read the request, never answer
    drop: bool = False  # close the connection without a word

    def raw(self) -> bytes:
        body = self.body if isinstance(self.body, bytes) else json.dumps(self.body).encode()  # NaN stays NaN
        headers = {"Content-Type": "application/json; charset=utf-8", **self.headers,
                   "Content-Length": str(len(body)), "Connection": "close"}
        head = f"HTTP/1.1 {self.status} Fake\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        return head.encode("latin-1") + body


class FakeProvider:
    """The server. ``replies`` are used in order; the last one repeats for every later request."""

    def __init__(self, *replies: Reply):
        self.replies = list(replies) or [Reply()]
        self.requests: list[dict] = []  # the query parameters of each request, in order
        self.stop = threading.Event()
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # a client that gave up is expected here
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def script(self, *replies: Reply) -> None:
        with self._lock:
            self.replies = list(replies)

    def asked(self) -> list[str]:
        """The place asked for by each request (Nominatim's ``q``, Photon's ``q``, ArcGIS's ``singleLine``)."""
        with self._lock:
            return [(r.get("q") or r.get("singleLine") or [""])[0] for r in self.requests]

    def _next(self, query: dict) -> Reply:
        with self._lock:
            self.requests.append(query)
            return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]

    def _handler(self):
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                reply = provider._next(parse_qs(urlsplit(self.path).query))
                self.close_connection = True
                if reply.hang:
                    provider.stop.wait()
                    return
                if reply.drop:
                    return
                data = reply.raw()
                if reply.trickle is None:
                    self.wfile.write(data)
                    return
                for i in range(len(data)):
                    self.wfile.write(data[i:i + 1])
                    self.wfile.flush()
                    if provider.stop.wait(reply.trickle):
                        return

            def log_message(self, *args):
                pass

        return Handler

    def close(self) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


class FakeTime:
    """Real time for requests, virtual time for sleeps: backoff and rate-limit waits cost nothing,
    and every wait asked for is recorded."""

    def __init__(self):
        self.slept = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return time.monotonic() + self.slept

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.slept += seconds


def geocoder(provider_name: str, fake: FakeProvider, **kwargs):
    """A real geomap geocoder of ``provider_name`` talking to ``fake``, on virtual sleeps, no rate-limit waits."""
    kwargs.setdefault("min_delay_seconds", 0)
    geo = PROVIDERS[provider_name](url=fake.url, user_agent="geomap-tests", **kwargs)
    clock = FakeTime()
    geo._clock, geo._sleep = clock.clock, clock.sleep
    return geo, clock
