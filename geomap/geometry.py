"""Give each place its shape: country polygons, curated lines and areas, region and US county
polygons, rivers, lakes and seas from the shipped data, else its point.

Everything comes out as one GeoDataFrame (EPSG:4326) whose rows are places and
whose properties say where each geometry came from, so that a fallback point or
a derived sketch is never mistaken for a surveyed shape.
"""

from __future__ import annotations

import json
from functools import lru_cache

import geopandas as gpd
import pandas as pd
from pyproj import CRS, Transformer
from shapely.geometry import LineString, Point, shape
import numpy as np
import shapely

from .errors import DataError
from .gazetteer import data_path, default_gazetteer
from .describe import place_properties
from .records import Place, Role
from .roles import POINT_KINDS
from .textnorm import name_key

__all__ = ["countries", "curated_features", "shipped_shape", "county_shape", "place_geometries", "circle", "band", "zone_around", "clip_to_land", "along_line", "COLUMNS",
           "SHAPE_KINDS"]

COLUMNS = ["name", "role", "kind", "country", "geonameid", "mentions", "quotes", "excerpts", "evidence", "roles",
           "docs", "lat", "lon", "geometry_source", "derived", "fallback", "admin1", "country_name", "what", "precision",
           "score", "geometry"]
SHAPE_KINDS = frozenset({"admin", "admin2", "river", "lake", "sea", "physical", "region", "desert", "mountain", "island"})
"""Kinds of gazetteer entry drawn as their shipped shape (``data/shapes``) when they have one."""


@lru_cache(maxsize=1)
def countries() -> gpd.GeoDataFrame:
    """Natural Earth country polygons shipped in ``data/countries.geojson``, indexed by ISO alpha-2."""
    path = data_path("countries.geojson")
    try:
        frame = gpd.read_file(path)
    except Exception as err:  # pyogrio raises its own error types
        raise DataError(f"{path}: cannot read country shapes ({err})") from err
    frame = frame[frame["iso_a2"].notna()]
    return frame.drop_duplicates("iso_a2").set_index("iso_a2")


@lru_cache(maxsize=1)
def curated_features() -> gpd.GeoDataFrame:
    """Curated lines, areas and crossings from ``data/features/*.geojson``, one row per feature."""
    folder = data_path("features")
    frames = []
    for path in sorted(folder.glob("*.geojson")):
        try:
            frame = gpd.read_file(path)
        except Exception as err:
            raise DataError(f"{path}: cannot read curated features ({err})") from err
        frame["file"] = path.name
        frames.append(frame)
    if not frames:
        return gpd.GeoDataFrame({"name": [], "key": []}, geometry=[], crs="EPSG:4326")
    frame = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs="EPSG:4326")
    frame["key"] = frame["name"].map(name_key)
    return frame


class ShapeLayer:
    """The features of one ``data/shapes`` file by id: every feature's properties, its geometry when asked.

    The files hold one feature per line (``scripts/build_*.py`` write them so): a map needs a few
    hundred of their 10,000 shapes, and reading only the properties up front takes a sixth of the
    time of parsing every polygon (0.3 s of a fresh process). A file in any other layout is parsed whole.
    """

    _HEAD = '{"type":"Feature","properties":'

    def __init__(self, text: str | None = None):
        self._lines: dict[str, str] = {}
        self._features: dict[str, dict] = {}
        self.properties: dict[str, dict] = {}  # id -> the feature's properties, in file order
        if text is None:
            return
        lines = text.split("\n")
        if lines[0] == '{"type":"FeatureCollection","features":[' and self._index(lines[1:]):
            return
        self._lines, self.properties = {}, {}
        self._features = {f["properties"]["id"]: f for f in json.loads(text)["features"]}
        self.properties = {k: f["properties"] for k, f in self._features.items()}

    def _index(self, lines: list[str]) -> bool:
        """Read the properties of a file of one feature a line; False where a line is something else."""
        decoder = json.JSONDecoder()
        for k, line in enumerate(lines):
            if not line.startswith(self._HEAD):
                return line == "]}" and not any(rest.strip() for rest in lines[k + 1:])
            props, _ = decoder.raw_decode(line, len(self._HEAD))
            self.properties[props["id"]] = props
            self._lines[props["id"]] = line[:-1] if line.endswith(",") else line
        return False

    def get(self, shape_id: str) -> dict | None:
        """The feature ``shape_id`` (properties and geometry), None if the file has none."""
        if shape_id not in self._features and shape_id in self._lines:
            try:
                self._features[shape_id] = json.loads(self._lines[shape_id])
            except ValueError as err:
                raise DataError(f"shape {shape_id}: cannot read its geometry ({err})") from err
        return self._features.get(shape_id)


@lru_cache(maxsize=None)
def _shape_layer(layer: str) -> ShapeLayer:
    """The features of ``data/shapes/<layer>.geojson``, read the first time a map needs one of them."""
    path = data_path("shapes") / f"{layer}.geojson"
    if not path.exists():
        return ShapeLayer()
    try:
        return ShapeLayer(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise DataError(f"{path}: cannot read shapes ({err})") from err


@lru_cache(maxsize=4096)
def shipped_shape(shape_id: str | None):
    """(geometry, source) of a shape shipped in ``data/shapes`` ("admin1:4736286", "rivers:nile"), else None.

    Region polygons and Natural Earth rivers, lakes, seas and areas; the gazetteer's
    ``shape`` column says which one an entry has (``Gazetteer.shape_id``). US county
    polygons ("counties:21125") are found by ``county_shape``.

    >>> geom, source = shipped_shape("admin1:4736286")  # Texas, with its barrier islands
    >>> geom.geom_type, geom.contains(Point(-97.7, 30.3)), source.startswith("Natural Earth")
    ('MultiPolygon', True, True)
    """
    if not shape_id or ":" not in shape_id:
        return None
    found = _shape_layer(shape_id.split(":", 1)[0]).get(shape_id)
    if found is None:
        return None
    return shape(found["geometry"]), found["properties"]["source"]


@lru_cache(maxsize=1)
def _county_ids() -> dict:
    """Ids of the US county polygons (``data/shapes/counties.geojson``) by GeoNames id, and by
    (state, name) for Connecticut's counties, which GeoNames no longer lists."""
    index: dict = {}
    for shape_id, props in _shape_layer("counties").properties.items():
        index[props["geonameid"] or (props["admin1"], props["name"])] = shape_id
    return index


def county_shape(place: Place):
    """(polygon, source) of a US county's Census shape, else None (other second-level divisions stay points).

    >>> from geomap.records import Place
    >>> laurel = Place("k", "Laurel County", "admin2", "place", 37.1094, -84.1184, "US", 4297480, 1, (), admin1="KY")
    >>> geom, source = county_shape(laurel)
    >>> geom.contains(Point(laurel.lon, laurel.lat)), source.startswith("US Census Bureau")
    (True, True)
    """
    if place.kind != "admin2" or place.country != "US":
        return None
    return shipped_shape(_county_ids().get(place.geonameid or (place.admin1, place.name)))


def _place_shape(place: Place):
    """The shipped shape of a place's gazetteer entry, if it has one."""
    gaz = default_gazetteer()
    return shipped_shape(gaz.shape_id(place.name, place.kind, place.lat, place.lon)) or county_shape(place)


def circle(lat: float, lon: float, radius_km: float, resolution: int = 32):
    """A circle of ``radius_km`` around a point, drawn in a local azimuthal equidistant projection.

    >>> from pyproj import Geod
    >>> ring = circle(47.5, 34.6, 30)
    >>> round(abs(Geod(ellps="WGS84").geometry_area_perimeter(ring)[0]) / 1e6)  # pi * 30**2 = 2827
    2826
    """
    local = CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m")
    back = Transformer.from_crs(local, "EPSG:4326", always_xy=True)
    disc = Point(0, 0).buffer(radius_km * 1000, resolution)
    return shapely.transform(disc, lambda xy: np.column_stack(back.transform(xy[:, 0], xy[:, 1])))


def _lexicon_km(name: str) -> float:
    from .lexicon import lexicon

    return float(next(iter(lexicon()[name])))


def zone_band_km() -> float:
    """Half-width of the band drawn for a zone along a river (``zone_band_km`` in data/lexicon.tsv)."""
    return _lexicon_km("zone_band_km")


def zone_around_km() -> float:
    """How far a zone given around places with no radius reaches (``zone_around_km`` in data/lexicon.tsv)."""
    return _lexicon_km("zone_around_km")


def clip_to_land(area):
    """The part of ``area`` on land (the country polygons of ``data/countries.geojson``); the whole area
    when none of it is on land, so that a zone at sea is still drawn.

    >>> from shapely.geometry import box
    >>> part = clip_to_land(box(-10.0, 40.0, -8.0, 42.0))  # half Portugal, half Atlantic
    >>> 0.2 < part.area / box(-10.0, 40.0, -8.0, 42.0).area < 0.8
    True
    """
    shapes = countries()
    near = shapes.geometry.iloc[sorted(shapes.sindex.query(area, predicate="intersects"))]
    land = shapely.union_all([g.intersection(area) for g in near]) if len(near) else None
    return area if land is None or land.is_empty else land


def zone_around(points: tuple[tuple[float, float], ...], name: str):
    """(geometry, source) of a zone given around places with no radius: their points (their convex hull
    when two or more) buffered by ``zone_around_km``, clipped to land.

    >>> geom, source = zone_around(((49.71, 37.62), (50.29, 36.94)), "Kupiansk and Vovchansk")
    >>> geom.geom_type, geom.contains(Point(37.3, 50.0)), source.startswith("Derived")
    ('Polygon', True, True)
    """
    from shapely.geometry import MultiPoint

    km = zone_around_km()
    hull = MultiPoint([(lon, lat) for lat, lon in points]).convex_hull
    how = f"the area within {km:g} km of {name}" + (" and between them (their convex hull buffered)"
                                                     if len(points) > 1 else "")
    return clip_to_land(band(hull, km)), (f"Derived: {how}, clipped to land, where the text puts a zone "
                                          "without a radius; not a surveyed boundary")


def band(line, radius_km: float):
    """The area within ``radius_km`` of a line, buffered in a local azimuthal equidistant projection.

    >>> from shapely.geometry import LineString
    >>> area = band(LineString([(30.0, 0.0), (30.2, 0.0)]), 10)
    >>> area.geom_type, area.contains(Point(30.1, 0.05)), area.contains(Point(30.1, 0.2))
    ('Polygon', True, False)
    """
    centre = line.centroid
    local = CRS.from_proj4(f"+proj=aeqd +lat_0={centre.y} +lon_0={centre.x} +datum=WGS84 +units=m")
    there = Transformer.from_crs("EPSG:4326", local, always_xy=True)
    back = Transformer.from_crs(local, "EPSG:4326", always_xy=True)
    flat = shapely.transform(line, lambda xy: np.column_stack(there.transform(xy[:, 0], xy[:, 1])))
    area = flat.buffer(radius_km * 1000, 16)
    return shapely.transform(area, lambda xy: np.column_stack(back.transform(xy[:, 0], xy[:, 1])))


def _follow(line, a: tuple[float, float], b: tuple[float, float]):
    """The part of ``line`` between the points nearest ``a`` and ``b`` ((lat, lon)), from ``a``'s end, or
    None when an end lies farther than ``along_max_km`` from it or the ends are nearest different pieces.

    >>> _follow(LineString([(30.0, 0.0), (30.5, 0.1), (31.0, 0.0)]), (0.05, 30.05), (0.05, 30.95)).geom_type
    'LineString'
    """
    from shapely.ops import linemerge, substring

    from .rankfeatures import haversine_km

    if line.geom_type == "MultiLineString":
        line = linemerge(line)
    parts = list(getattr(line, "geoms", [line]))
    ends = [Point(a[1], a[0]), Point(b[1], b[0])]
    near = [min(range(len(parts)), key=lambda k: (parts[k].distance(p), k)) for p in ends]
    if near[0] != near[1]:
        return None
    part = parts[near[0]]
    for p in ends:
        q = part.interpolate(part.project(p))
        if haversine_km(p.y, p.x, q.y, q.x) > _lexicon_km("along_max_km"):
            return None
    da, db = part.project(ends[0]), part.project(ends[1])
    lo, hi = sorted((da, db))
    arc = list(substring(part, lo, hi).coords) if hi > lo else []
    if part.is_ring and hi > lo:  # a closed coastline: the shorter way round
        other = list(substring(part, hi, part.length).coords) + list(substring(part, 0, lo).coords)[1:]
        if LineString(other).length < LineString(arc).length:
            arc = other[::-1]
    if da > db:
        arc = arc[::-1]
    coords = [(a[1], a[0])] + arc + [(b[1], b[0])]
    return LineString(coords)


def _river_line(name: str, path):
    """(line, source) of the shipped river called ``name`` nearest the route's ends, else None."""
    gaz = default_gazetteer()
    middle = Point(sum(p[1] for p in path) / len(path), sum(p[0] for p in path) / len(path))
    found = [shipped_shape(gaz.shape_id(c.name, c.kind, c.lat, c.lon))
             for c in gaz.candidates(name) if c.kind == "river"]
    found = [f for f in found if f is not None]
    return min(found, key=lambda f: f[0].distance(middle), default=None)


def _coastline(path, margin: float = 1.0):
    """(lines, source) of the coastline near a route's ends: the outer edges of the land polygons around
    them, dissolved, cut to the box of the ends widened by ``margin`` degrees (which drops the land
    borders with countries outside that box, so only coast is left)."""
    from shapely.geometry import box

    lats, lons = [p[0] for p in path], [p[1] for p in path]
    frame = box(min(lons) - margin, min(lats) - margin, max(lons) + margin, max(lats) + margin)
    shapes = countries()
    near = shapes.iloc[sorted(shapes.sindex.query(frame, predicate="intersects"))]
    if not len(near):
        return None
    land = shapely.union_all(list(near.geometry))
    rings = [LineString(poly.exterior.coords) for poly in getattr(land, "geoms", [land])
             if poly.geom_type == "Polygon"]
    coast = shapely.union_all(rings).intersection(frame)
    if coast.is_empty:
        return None
    return coast, f"the coastline of the land polygons ({near['source'].iloc[0]})"


def along_line(place: Place):
    """(line, source) of a described route that the text says follows a river or the coast, drawn along
    that river's line or the coastline between the points nearest its ends; None when it cannot be.

    >>> from geomap.records import Route
    >>> p = Place("route:x", "Aswan – Luxor road", "route", "corridor", 25.0, 32.8, "EG", None, 1, (),
    ...           path=((24.09, 32.90), (25.70, 32.64)), route=Route("road", ("Aswan", "Luxor"), (), "Nile"))
    >>> line, source = along_line(p)
    >>> len(line.coords) > 4, source.startswith("Derived: along the Nile")
    (True, True)
    """
    along = place.route.along if place.route else ""
    if not along or len(place.path) != 2:
        return None
    found = _coastline(place.path) if along == "coast" else _river_line(along, place.path)
    if found is None:
        return None
    line = _follow(found[0], place.path[0], place.path[1])
    if line is None:
        return None
    what = "the coast" if along == "coast" else f"the {along}"
    names = _end_names(place)
    return line, (f"Derived: along {what} ({found[1]}) between the points nearest {names[0]} and {names[-1]}, "
                  "as the text describes the route; not a surveyed route")


def _marine_area(name: str):
    """(polygon, source) of the Natural Earth marine area (``data/shapes/marine.geojson``) of a sea entry
    called ``name`` ("English Channel"), else None."""
    gaz = default_gazetteer()
    for c in gaz.candidates(name):
        shape_id = gaz.shape_id(c.name, c.kind, c.lat, c.lon) if c.kind == "sea" else None
        if shape_id and shape_id.startswith("marine:"):
            return shipped_shape(shape_id)
    return None


def _end_names(place: Place) -> tuple[str, ...]:
    return place.route.stops if place.route else (place.name,)


def _curated_point(name: str) -> bool:
    row = _curated(name)
    return row is None or row.geometry.geom_type == "Point"


def _curated(name: str):
    frame = curated_features()
    rows = frame[frame["key"] == name_key(name)]
    return rows.iloc[0] if len(rows) else None


def place_geometries(places: list[Place]) -> gpd.GeoDataFrame:
    """One row per place with the best geometry the shipped data has for it.

    >>> from geomap.records import Place
    >>> gdf = place_geometries([Place("k", "Geneva", "city", "venue", 46.2, 6.15, "CH", 2660646, 1, ())])
    >>> gdf.geometry.iloc[0].geom_type, bool(gdf["fallback"].iloc[0])
    ('Point', False)
    """
    rows = []
    for p in places:
        geometry, source, fallback, derived = Point(p.lon, p.lat), "GeoNames point", False, False
        if p.role == Role.PARTY and p.kind == "country":
            shapes = countries()
            if p.country in shapes.index:
                geometry, source = shapes.loc[p.country, "geometry"], shapes.loc[p.country, "source"]
            else:
                fallback = True
        elif p.kind == "feature" and p.feature_code == "strait" and p.role != Role.CORRIDOR:
            # A strait named with no passage through it is a place: its sea area, not the shipping lane.
            found = _marine_area(p.name)
            if found is not None:
                geometry, source = found
            else:
                fallback, source = True, "GeoNames point: no Natural Earth marine area for this strait"
        elif p.kind == "feature" and not (p.role == Role.ZONE and p.radius_km > 0 and _curated_point(p.name)):
            row = _curated(p.name)
            if row is not None:
                geometry, source = row.geometry, row["source"]
        elif p.path:
            derived = True
            found = along_line(p)
            if found is not None:
                geometry, source = found  # "the road along the Nile from A to B", "the coastal road ..."
            else:
                geometry = LineString([(lon, lat) for lat, lon in p.path])
                source = ("Derived: a straight line through " + ", ".join(_end_names(p)) +
                          " in the order the text gives them; not a surveyed route")
        elif p.around:
            geometry, source = zone_around(p.around, " and ".join(p.name.removesuffix(" zone").split(" – ")))
            derived = True
        elif p.role == Role.ZONE and p.radius_km > 0:
            geometry = circle(p.lat, p.lon, p.radius_km)
            derived = True
            source = f"Derived: a {p.radius_km:g} km circle around {p.name}, as the text describes; not a surveyed boundary"
        elif p.kind in SHAPE_KINDS and (found := _place_shape(p)) is not None:
            geometry, source = found  # a region's polygon, a river's line, a sea's area
            if p.role == Role.ZONE and geometry.geom_type in {"LineString", "MultiLineString"}:
                # A zone along a river ("the area of operations between the X river and the border"):
                # a band along its line, since the text gives no edge.
                width = zone_band_km()
                geometry, derived = band(geometry, width), True
                source = (f"Derived: a {width:g} km band along {p.name} ({source}), where the text puts a zone; "
                          "not a surveyed boundary")
        elif p.role == Role.ZONE and p.kind in POINT_KINDS:
            # "The buffer zone around X", "X, a besieged town": the text gives the place, not the zone's edge.
            geometry, source = zone_around(((p.lat, p.lon),), p.name)
            derived = True
        elif p.role in {Role.CORRIDOR, Role.ZONE}:
            # No curated line or area for this place: show its point and say so.
            fallback = True
            source = f"GeoNames point: no curated {Role(p.role).value} geometry"
        rows.append({
            "name": p.name, "role": Role(p.role).value, "kind": p.kind, "country": p.country, "geonameid": p.geonameid,
            "mentions": p.mentions, "quotes": p.quotes or len(p.excerpts),
            "excerpts": [{"text": e.text, "source": e.source, "doc": e.doc, "highlights": [list(h) for h in e.highlights],
                          **({"url": e.url} if e.url else {}), **({"date": e.date} if e.date else {})}
                         for e in p.excerpts],
            "evidence": p.evidence, "roles": {Role(r).value: n for r, n in p.roles}, "docs": list(p.docs), "lat": p.lat, "lon": p.lon,
            "geometry_source": source, "derived": derived, "fallback": fallback,
            **place_properties(p, geometry.geom_type, source, derived, fallback), "geometry": geometry,
        })
    return gpd.GeoDataFrame(rows, columns=COLUMNS, geometry="geometry", crs="EPSG:4326")
