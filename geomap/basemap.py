"""The offline basemap under the tiles: land, country and first-level borders, rivers, lakes
and place labels that appear by population as the reader zooms in.

Geometry and the world's labels (countries, capitals, regions, cities to zoom 6) come from
``data/basemap.json``, built by ``scripts/build_basemap.py`` once per zoom band, simplified and
quantised; towns around the story's own places are picked from the gazetteer when the map is
drawn, so a local story reads at zoom 10 without shipping every town of the world. Labels get
their first zoom from a grid: at each zoom a label is kept only where no label of higher
priority holds its cell. In the browser a small script shows, at the current zoom and view,
the labels whose boxes overlap no label of higher priority. The hand-chosen settings live in
``data/basemap.tsv``.
"""

from __future__ import annotations

import csv
import json
import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from branca.element import MacroElement
from jinja2 import Template

from .encoded import DECODE_JS
from .errors import DataError
from .gazetteer import data_path, default_gazetteer

__all__ = ["Settings", "Label", "settings", "assign_zooms", "world_labels",
           "local_labels", "Basemap"]


@dataclass(frozen=True)
class Band:
    """Zooms FROM..TO draw geometry simplified with ``tolerance`` degrees, ``decimals`` places."""

    first: int
    last: int
    tolerance: float
    decimals: int


@dataclass(frozen=True)
class LabelClass:
    name: str
    priority: int
    min_zoom: int
    max_zoom: int


@dataclass(frozen=True)
class Settings:
    """``data/basemap.tsv`` read: see that file for what each setting is for."""

    bands: tuple[Band, ...]
    classes: tuple[LabelClass, ...]
    city_population: int
    population_zoom: tuple[tuple[int, int], ...]
    country_zoom: tuple[tuple[int, int], ...]
    label_cell: int
    global_max_zoom: int
    local_zooms: tuple[int, int]
    local_radius_km: float
    local_limit: int
    local_max_extent: float
    admin1_min_zoom: int
    admin1_region_px: int
    water_zoom_shift: int

    def label_class(self, name: str) -> LabelClass:
        return next(c for c in self.classes if c.name == name)


@dataclass(frozen=True, order=True)
class Label:
    """A place name on the basemap, shown from ``min_zoom`` to its class's last zoom."""

    name: str
    lat: float
    lon: float
    cls: str
    population: int
    min_zoom: int = 0


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The settings in ``data/basemap.tsv``, read once.

    >>> settings().label_class("capital").priority
    0
    """
    path = data_path("basemap.tsv")
    rows: dict[str, list[list[str]]] = {}
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t",
                                quoting=csv.QUOTE_NONE)
            if next(reader)[:3] != ["setting", "value", "example"]:
                raise DataError(f"{path}: header must be setting, value, example")
            for row in reader:
                if row:
                    if len(row) != 3 or not row[2].strip():
                        raise DataError(f"{path}: {row[0]!r} needs a value and an example")
                    rows.setdefault(row[0], []).append(row[1].split())
    except OSError as err:
        raise DataError(f"{path}: cannot read basemap settings ({err})") from err

    def one(name: str) -> list[str]:
        return rows[name][0]

    return Settings(
        bands=tuple(Band(int(a), int(b), float(t), int(d)) for a, b, t, d in rows["band"]),
        classes=tuple(LabelClass(n, int(p), int(a), int(b)) for n, p, a, b in rows["class"]),
        city_population=int(one("city_population")[0]),
        population_zoom=tuple((int(z), int(p)) for z, p in rows["population_zoom"]),
        country_zoom=tuple((int(z), int(p)) for z, p in rows["country_zoom"]),
        label_cell=int(one("label_cell")[0]),
        global_max_zoom=int(one("global_max_zoom")[0]),
        local_zooms=(int(one("local_zooms")[0]), int(one("local_zooms")[1])),
        local_radius_km=float(one("local_radius_km")[0]),
        local_limit=int(one("local_limit")[0]),
        local_max_extent=float(one("local_max_extent")[0]),
        admin1_min_zoom=int(one("admin1_min_zoom")[0]),
        admin1_region_px=int(one("admin1_region_px")[0]),
        water_zoom_shift=int(one("water_zoom_shift")[0]),
    )


def first_zoom(label: Label, s: Settings) -> int:
    """The first zoom a label may show at: its class's, later for a small country, city or town.

    >>> first_zoom(Label("Tbilisi", 41.7, 44.8, "city", 1_100_000), settings())
    4
    >>> first_zoom(Label("Bermuda", 32.3, -64.8, "country", 64_000), settings())
    5
    """
    start = s.label_class(label.cls).min_zoom
    table = {"city": s.population_zoom, "town": s.population_zoom, "country": s.country_zoom}.get(label.cls)
    if table:
        start = max(start, next((z for z, least in table if label.population >= least), table[-1][0] + 1))
    return start


def _unit(lat: float, lon: float) -> tuple[float, float]:
    """Web Mercator position of a point as a fraction of the world's width (times 256 * 2^zoom: its pixel)."""
    lat = max(-85.0, min(85.0, lat))
    y = math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))
    return (lon + 180) / 360, (1 - y / math.pi) / 2


def _pixel(lat: float, lon: float, zoom: int) -> tuple[float, float]:
    """Web Mercator pixel of a point at a zoom (the world is 256 * 2^zoom pixels wide)."""
    u, v = _unit(lat, lon)
    scale = 256 * 2 ** zoom
    return u * scale, v * scale


_AREA_CLASSES = frozenset({"country", "region"})


def _cell(label: Label, zoom: int, size: int) -> tuple:
    x, y = _pixel(label.lat, label.lon, zoom)
    return (label.cls if label.cls in _AREA_CLASSES else "point", int(x // size), int(y // size))


def priority_key(label: Label, s: Settings) -> tuple:
    return (s.label_class(label.cls).priority, -label.population, label.name, label.lat, label.lon)


def assign_zooms(candidates: list[Label], zooms: range, s: Settings, fixed: list[Label] = ()) -> list[Label]:
    """The candidates that win a grid cell at some zoom, each with that zoom as ``min_zoom``.

    At each zoom the labels already placed (``fixed`` ones included) hold their cells; the
    others, highest priority first, take a free cell of ``label_cell`` pixels or wait for a
    higher zoom, where cells are smaller on the ground. Area names (countries, regions) hold
    cells of their own class only: they are written across an area, not beside a point, and
    the browser still keeps them off the points' names.

    >>> s = settings()
    >>> big, near = Label("Big", 40.0, 45.0, "city", 2_000_000), Label("Near", 40.01, 45.01, "city", 1_500_000)
    >>> [(l.name, l.min_zoom) for l in assign_zooms([near, big], range(2, 13), s)]
    [('Big', 4), ('Near', 11)]
    """
    ordered = sorted(candidates, key=lambda lab: priority_key(lab, s))
    starts = [first_zoom(lab, s) for lab in ordered]
    last_zoom = {c.name: c.max_zoom for c in s.classes}

    def where(lab: Label) -> tuple:
        # What _cell computes at every zoom, less the zoom's scale: each label's projection is worked out once.
        return (lab.cls if lab.cls in _AREA_CLASSES else "point", *_unit(lab.lat, lab.lon), last_zoom[lab.cls])

    spots = [where(lab) for lab in ordered]
    fixed_spots = [(lab.min_zoom, *where(lab)) for lab in fixed]
    placed: dict[int, int] = {}
    size = s.label_cell
    for zoom in zooms:
        scale = 256 * 2 ** zoom
        taken = {(group, int(u * scale // size), int(v * scale // size))
                 for first, group, u, v, last in fixed_spots if first <= zoom <= last}
        for i, (group, u, v, last) in enumerate(spots):
            if i in placed:
                if zoom <= last:
                    taken.add((group, int(u * scale // size), int(v * scale // size)))
                continue
            if zoom < starts[i] or zoom > last:
                continue
            key = (group, int(u * scale // size), int(v * scale // size))
            if key not in taken:
                taken.add(key)
                placed[i] = zoom
    return [Label(lab.name, lab.lat, lab.lon, lab.cls, lab.population, placed[i])
            for i, lab in enumerate(ordered) if i in placed]


@lru_cache(maxsize=1)
def _shipped() -> dict:
    path = data_path("basemap.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise DataError(f"{path}: cannot read the basemap ({err}); run scripts/build_basemap.py") from err


@lru_cache(maxsize=1)
def _layers_json() -> str:
    return json.dumps(_shipped()["layers"], ensure_ascii=False, separators=(",", ":"))


def world_labels() -> list[Label]:
    """The labels shipped for the whole world (countries, capitals, regions, cities to zoom 6)."""
    return [Label(n, lat, lon, c, p, z) for n, lat, lon, c, p, z in _shipped()["labels"]]


def _local_points(frame, s: Settings) -> list[tuple[float, float]]:
    """(lat, lon) of the story's local places, the most mentioned first; countries and seas are not local."""
    if frame is None or len(frame) == 0:
        return []
    rows = []
    for name, mentions, geom in zip(frame["name"], frame["mentions"], frame.geometry):
        if geom is None or geom.is_empty:
            continue
        minx, miny, maxx, maxy = geom.bounds
        if max(maxx - minx, maxy - miny) > s.local_max_extent:
            continue
        point = geom if geom.geom_type == "Point" else geom.representative_point()
        rows.append((-int(mentions), str(name), round(point.y, 4), round(point.x, 4)))
    return [(lat, lon) for _m, _n, lat, lon in sorted(rows)]


@lru_cache(maxsize=1)
def _city_cells() -> tuple[dict, np.ndarray, np.ndarray]:
    """The gazetteer's cities sorted by 1-degree cell, with each row's cell key, to find a
    point's neighbours without scanning every town of the world."""
    table = default_gazetteer().city_table()
    keys = (np.floor(table["lat"]).astype(np.int64) + 90) * 360 + (np.floor(table["lon"]).astype(np.int64) + 180)
    order = np.argsort(keys, kind="stable")
    return table, order, keys[order]


def _near(lat: float, lon: float, radius_km: float) -> np.ndarray:
    """Row numbers of the cities within a box of ``radius_km`` around a point."""
    table, order, keys = _city_cells()
    dlat = radius_km / 111.0
    dlon = min(180.0, dlat / max(0.05, math.cos(math.radians(lat))))
    rows = []
    for cell_lat in range(math.floor(lat - dlat), math.floor(lat + dlat) + 1):
        if not -90 <= cell_lat < 90:
            continue
        base = (cell_lat + 90) * 360
        for cell_lon in range(math.floor(lon - dlon), math.floor(lon + dlon) + 1):
            key = base + (cell_lon + 180) % 360
            lo, hi = np.searchsorted(keys, [key, key + 1])
            rows.append(order[lo:hi])
    found = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    wrapped = (table["lon"][found] - lon + 540.0) % 360.0 - 180.0
    inside = (np.abs(table["lat"][found] - lat) <= dlat) & (np.abs(wrapped) <= dlon)
    return found[inside]


def local_labels(frame, s: Settings | None = None) -> list[Label]:
    """Towns near the story's places, each with the zoom it appears at (``local_zooms``).

    Candidates are the gazetteer's cities and towns within ``local_radius_km`` of a local
    place that the world's labels lack, gathered place by place, the most mentioned first,
    until there are four times ``local_limit``; the world's labels hold their cells; the
    ``local_limit`` kept go to the most mentioned places first.
    """
    s = s or settings()
    points = _local_points(frame, s)
    if not points:
        return []
    table = _city_cells()[0]
    rank: dict[int, int] = {}
    for number, (plat, plon) in enumerate(points):
        for row in _near(plat, plon, s.local_radius_km).tolist():
            rank.setdefault(row, number)
        if len(rank) >= 4 * s.local_limit:
            break
    rows = sorted(rank)
    world = world_labels()
    have = {(lab.name, round(lab.lat, 2), round(lab.lon, 2)) for lab in world}
    names = default_gazetteer().names_of(table["id"][rows].tolist())
    candidates, place_of = [], {}
    for row, pid in zip(rows, table["id"][rows].tolist()):
        name, la, lo = names[pid], float(table["lat"][row]), float(table["lon"][row])
        pop, cap = int(table["population"][row]), bool(table["capital"][row])
        if (name, round(la, 2), round(lo, 2)) in have:
            continue
        cls = "capital" if cap else ("city" if pop >= s.city_population else "town")
        label = Label(name, round(la, 4), round(lo, 4), cls, pop)
        candidates.append(label)
        place_of.setdefault((label.name, label.lat, label.lon), rank[row])
    first, last = s.local_zooms
    placed = assign_zooms(candidates, range(first, last + 1), s, fixed=world)
    placed.sort(key=lambda lab: (place_of[lab.name, lab.lat, lab.lon], lab.min_zoom) + priority_key(lab, s))
    return placed[:s.local_limit]


def _payload(labels: list[Label], s: Settings) -> str:
    classes = [c.name for c in sorted(s.classes, key=lambda c: c.priority)]
    index = {name: i for i, name in enumerate(classes)}
    ordered = sorted(labels, key=lambda lab: priority_key(lab, s))
    head = json.dumps([
        [[c.name, c.min_zoom, c.max_zoom] for c in sorted(s.classes, key=lambda c: c.priority)],
        [[lab.name, round(lab.lat, 3), round(lab.lon, 3), index[lab.cls], lab.min_zoom] for lab in ordered],
    ], ensure_ascii=False, separators=(",", ":"))
    # The text sits inside a <script> that branca reads again as a Jinja template: no "</script"
    # may end it early, no "{{" open a Jinja tag. A list of lists has braces only inside strings.
    text = head[:-1] + "," + _layers_json() + "]"
    return text.replace("<", "\\u003c").replace("{", "\\u007b").replace("}", "\\u007d")


class Basemap(MacroElement):
    """The offline basemap as one script: geometry per zoom band on a canvas, labels by zoom.

    It draws into two panes under the tile pane (200), so online tiles cover it when they load.
    """

    _template = Template("""
        {% macro header(this, kwargs) %}
        <style>
          .gm-lbl {white-space:nowrap; pointer-events:none; text-shadow:0 0 2px #fff, 0 0 2px #fff, 0 0 1px #fff;}
          .gm-lbl span {display:block;}
          .gm-lbl-country {color:#8c7b66;} .gm-lbl-capital {color:#1f1f1f;} .gm-lbl-city {color:#333;}
          .gm-lbl-region {color:#8a8f99;} .gm-lbl-town {color:#555;}
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var payload = {{ this.payload }};
            var data = {classes: payload[0], labels: payload[1], layers: payload[2]};
            var base = map.createPane("gmbase"), names = map.createPane("gmlabels");
            base.style.zIndex = 150; names.style.zIndex = 160;
            base.style.pointerEvents = names.style.pointerEvents = "none";
            var renderer = L.canvas({pane: "gmbase", padding: 0.3});
            {{ this.decoder }}
            var styles = {
                land: {color: "#a99f90", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1},
                admin1: {color: "#b7ab9a", weight: 0.7, dashArray: "4 3", fill: false},
                lake: {color: "#9dbfd8", weight: 0.5, fillColor: "#cfe3f0", fillOpacity: 1},
                river: {color: "#94bbd9", fill: false}
            };
            var layers = data.layers.map(function (d) {
                return {kind: d[0], from: d[1], to: d[2], decimals: d[3], paths: d[4], chunks: null};
            });
            // Leaflet projects every point of a layer at each zoom; paths are grouped into
            // chunks by the 5-degree cell of their middle, and only the chunks near the view are
            // on the map, so zooming into a county does not reproject the whole world.
            function chunks(d) {
                if (d.chunks) { return d.chunks; }
                var polygons = d.kind === "land" || d.kind === "lake", groups = {};
                d.paths.forEach(function (p) {
                    var rings = polygons ? p.map(function (r) { return decode(r, d.decimals); }) : [decode(p, d.decimals)];
                    var bounds = L.latLngBounds(rings[0]), mid = bounds.getCenter();
                    var key = Math.floor(mid.lat / 5) + ":" + Math.floor(mid.lng / 5);
                    var g = groups[key] || (groups[key] = {items: [], bounds: L.latLngBounds(rings[0])});
                    g.items.push(polygons ? rings : rings[0]);
                    g.bounds.extend(bounds);
                });
                var opts = L.extend({renderer: renderer, interactive: false, smoothFactor: 1}, styles[d.kind]);
                if (d.kind === "river") { opts.weight = Math.max(0.6, 2.2 - 0.25 * d.from); }
                d.chunks = Object.keys(groups).sort().map(function (k) {
                    var g = groups[k];
                    return {bounds: g.bounds, layer: polygons ? L.polygon(g.items, opts) : L.polyline(g.items, opts)};
                });
                d.paths = null;
                return d.chunks;
            }
            var drawn = [];
            function drawGeometry() {
                var z = map.getZoom(), view = map.getBounds().pad(0.5), want = [];
                layers.forEach(function (d) {
                    if (z >= d.from && z <= d.to) {
                        chunks(d).forEach(function (c) { if (view.intersects(c.bounds)) { want.push(c.layer); } });
                    }
                });
                if (want.length === drawn.length && want.every(function (l, i) { return l === drawn[i]; })) { return; }
                // Re-added in data order, so land stays under lakes, rivers and borders.
                drawn.forEach(function (l) { map.removeLayer(l); });
                want.forEach(function (l) { l.addTo(map); });
                drawn = want;
            }
            var fonts = {country: "bold 12px sans-serif", capital: "bold 12px sans-serif", city: "12px sans-serif",
                         region: "italic 11px sans-serif", town: "11px sans-serif"};
            var dotted = {capital: true, city: true, town: true};
            var ctx = document.createElement("canvas").getContext("2d");
            var labels = data.labels.map(function (l) {
                var cls = data.classes[l[3]], name = cls[0];
                var text = name === "country" ? l[0].toUpperCase() : (dotted[name] ? "\\u2022 " + l[0] : l[0]);
                ctx.font = fonts[name];
                var w = Math.ceil(ctx.measureText(text).width) + 2, h = name === "region" || name === "town" ? 13 : 14;
                var ax = dotted[name] ? Math.round(ctx.measureText("\\u2022").width / 2) + 1 : Math.round(w / 2);
                return {lat: l[1], lon: l[2], min: l[4], max: cls[2], cls: name, text: text, w: w, h: h,
                        ax: ax, ay: Math.round(h / 2), marker: null};
            });
            var group = L.layerGroup().addTo(map), shown = [];
            var GAP = 2;
            function placeLabels() {
                var z = map.getZoom(), size = map.getSize(), cells = {}, want = [];
                function hits(b) {
                    for (var cx = Math.floor(b[0] / 64); cx <= Math.floor(b[2] / 64); cx++) {
                        for (var cy = Math.floor(b[1] / 64); cy <= Math.floor(b[3] / 64); cy++) {
                            var list = cells[cx + ":" + cy] || [];
                            for (var k = 0; k < list.length; k++) {
                                var o = list[k];
                                if (b[0] < o[2] + GAP && o[0] < b[2] + GAP && b[1] < o[3] + GAP && o[1] < b[3] + GAP) { return true; }
                            }
                        }
                    }
                    return false;
                }
                function put(b) {
                    for (var cx = Math.floor(b[0] / 64); cx <= Math.floor(b[2] / 64); cx++) {
                        for (var cy = Math.floor(b[1] / 64); cy <= Math.floor(b[3] / 64); cy++) {
                            (cells[cx + ":" + cy] = cells[cx + ":" + cy] || []).push(b);
                        }
                    }
                }
                // Labels come highest priority first: a label shows only where it overlaps none before it.
                for (var i = 0; i < labels.length; i++) {
                    var l = labels[i];
                    if (z < l.min || z > l.max) { continue; }
                    var p = map.latLngToContainerPoint([l.lat, l.lon]);
                    var b = [p.x - l.ax, p.y - l.ay, p.x - l.ax + l.w, p.y - l.ay + l.h];
                    if (b[2] < 0 || b[3] < 0 || b[0] > size.x || b[1] > size.y || hits(b)) { continue; }
                    put(b);
                    want.push(l);
                }
                shown.forEach(function (l) { if (want.indexOf(l) < 0) { group.removeLayer(l.marker); } });
                want.forEach(function (l) {
                    if (!l.marker) {
                        var span = document.createElement("span");
                        span.textContent = l.text;
                        span.style.font = fonts[l.cls];
                        span.style.lineHeight = l.h + "px";
                        l.marker = L.marker([l.lat, l.lon], {pane: "gmlabels", interactive: false, keyboard: false,
                            icon: L.divIcon({className: "gm-lbl gm-lbl-" + l.cls, html: span,
                                             iconSize: [l.w, l.h], iconAnchor: [l.ax, l.ay]})});
                    }
                    if (!group.hasLayer(l.marker)) { group.addLayer(l.marker); }
                });
                shown = want;
            }
            function update() { drawGeometry(); placeLabels(); }
            map.on("zoomend moveend resize", update);
            map.whenReady(update);
        })();
        {% endmacro %}
    """)

    def __init__(self, frame=None):
        super().__init__()
        self._name = "Basemap"
        s = settings()
        self.payload = _payload(world_labels() + local_labels(frame, s), s)
        self.decoder = DECODE_JS
