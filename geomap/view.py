"""The first view: the story's theatre, and the far places that stay in view as edge markers.

The theatre is the story's shapes (corridors, zones) and the places named most near them,
never every place named once: one far venue or stray point would open the map two
continents wide, with the subject a few pixels across. Venues, parties and shapes outside the
theatre are pointed at from the edge of the view instead (``elements.EdgeMarkers``).
"""

from __future__ import annotations

import math

import geopandas as gpd
from shapely import affinity
from shapely.geometry import Point, box
from shapely.ops import nearest_points

from .describe import setting

__all__ = ["theatre", "far_targets"]

_TIER = {"corridor": 0, "zone": 0, "place": 1, "party": 1, "venue": 2}
"""Which rows anchor the theatre first: the story's shapes, then the places it happens in, then venues
(talks are often held far from the place they are about)."""


def _km(a, b, lat0: float) -> float:
    """Approximate distance between two geometries in km: degrees, longitude scaled at ``lat0``.

    Good to a few per cent over a theatre's few hundred km, which is all the threshold needs.
    """
    scale = math.cos(math.radians(lat0))
    return affinity.scale(a, scale, 1.0, origin=(0, 0)).distance(affinity.scale(b, scale, 1.0, origin=(0, 0))) * 111.32


def _members(frame: gpd.GeoDataFrame) -> list:
    """Rows that may make the theatre, best anchor first: (index, geometry that counts)."""
    big_party = (frame["role"] == "party") & (frame.geometry.geom_type != "Point")  # a country's whole polygon
    shapes = frame["role"].isin(["corridor", "zone"])
    named = frame["mentions"] >= setting("min_mentions")
    pool = frame[~big_party & (shapes | named)]
    if pool.empty:  # every place named once: they all count
        pool = frame[~big_party]
    if pool.empty:
        return []
    order = sorted(pool.index, key=lambda i: (_TIER.get(frame.at[i, "role"], 1), -int(frame.at[i, "mentions"])))
    out = []
    for i in order:
        # Shapes count whole; other places by their point (a state named in a local story is not the theatre).
        geom = (frame.at[i, "geometry"] if frame.at[i, "role"] in {"corridor", "zone"}
                else Point(frame.at[i, "lon"], frame.at[i, "lat"]))
        out.append((i, geom))
    return out


def theatre(frame: gpd.GeoDataFrame) -> tuple[list[list[float]] | None, set]:
    """The bounds of the first view ``[[south, west], [north, east]]`` and the indices of the rows inside it.

    The best anchor (a corridor or zone, else the place named most) and every candidate within
    ``theatre_km`` of it; bounds padded and at least ``min_span_deg`` wide. None when the frame is empty.
    """
    members = _members(frame)
    if not members:
        return (None, set()) if frame.empty else (_padded(frame.total_bounds), set(frame.index))
    anchor = members[0][1]
    lat0 = anchor.centroid.y
    near = [(i, g) for i, g in members if _km(anchor, g, lat0) <= setting("theatre_km")]
    minx = min(g.bounds[0] for _, g in near)
    miny = min(g.bounds[1] for _, g in near)
    maxx = max(g.bounds[2] for _, g in near)
    maxy = max(g.bounds[3] for _, g in near)
    return _padded((minx, miny, maxx, maxy)), {i for i, _ in near}


def _padded(bounds) -> list[list[float]]:
    minx, miny, maxx, maxy = (float(b) for b in bounds)
    half = setting("min_span_deg") / 2
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    minx, maxx = min(minx, cx - half), max(maxx, cx + half)
    miny, maxy = min(miny, cy - half), max(maxy, cy + half)
    pad_x, pad_y = (maxx - minx) * 0.08, (maxy - miny) * 0.08
    return [[round(miny - pad_y, 5), round(minx - pad_x, 5)], [round(maxy + pad_y, 5), round(maxx + pad_x, 5)]]


def far_targets(frame: gpd.GeoDataFrame, inside: set, bounds: list[list[float]] | None) -> list:
    """Venues, parties and shapes outside the theatre, most mentioned first: (index, lat, lon, bounds).

    (lat, lon) is the point of the target nearest the theatre (the edge of a country, not its
    centre); ``bounds`` is the target's own ``[[s, w], [n, e]]``. At most ``edge_markers`` of them.
    """
    if bounds is None:
        return []
    view = box(bounds[0][1], bounds[0][0], bounds[1][1], bounds[1][0])
    rows = frame[(frame["role"] != "place") & ~frame.index.isin(list(inside))]
    rows = rows.sort_values("mentions", ascending=False, kind="stable")
    out = []
    for i, row in rows.head(int(setting("edge_markers"))).iterrows():
        geom = row.geometry
        if geom.intersects(view):
            continue
        near = geom if geom.geom_type == "Point" else nearest_points(geom, view.centroid)[0]
        minx, miny, maxx, maxy = geom.bounds
        out.append((i, round(near.y, 5), round(near.x, 5),
                    [[round(miny, 5), round(minx, 5)], [round(maxy, 5), round(maxx, 5)]]))
    return out
