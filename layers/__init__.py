"""The map's layer kinds (venues, corridors, zones, countries, places) and their styles.

The kinds' styles are data, in ``kinds.json`` beside this file, keyed by the role that fills
each; their order is ``geomap.records.Role``'s. ``LAYER_KINDS`` holds them as records and the
builder functions split a places GeoDataFrame into one frame per kind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files

import geopandas as gpd

__all__ = ["LayerKind", "LAYER_KINDS", "layer_kind", "split_layers", "venues", "corridors", "zones", "countries",
           "places"]


AREA_FILL = 0.12
"""Fill opacity of an area drawn in a layer whose kind is not Polygon."""


@dataclass(frozen=True)
class LayerKind:
    """How one kind of layer looks and which role fills it."""

    name: str
    role: str
    label: str
    legend: str
    geometry: str
    color: str
    fill: str
    weight: float
    icon: str
    radius: float
    fill_opacity: float = 0.6

    def path_style(self, geom_type: str | None = None) -> dict:
        """Leaflet path options for lines and polygons of this kind.

        A layer of points or lines may hold areas too (a state, a lake named in passing):
        they get a light fill so that they read as areas; lines in a layer of points
        (a river) are drawn at least 3 px wide.

        >>> layer_kind("places").path_style("MultiPolygon")["fillOpacity"]
        0.12
        """
        area = geom_type in {"Polygon", "MultiPolygon"}
        fill = self.fill_opacity if self.geometry == "Polygon" else AREA_FILL if area else 0.0
        weight = max(self.weight, 3.0) if self.geometry == "Point" and not area and geom_type else self.weight
        return {"color": self.color, "weight": weight, "fillColor": self.fill, "fillOpacity": fill, "opacity": 0.9}


def _load() -> tuple[LayerKind, ...]:
    """One kind per role, in the roles' order; a role without a style (or a style without a role) is a data error."""
    from geomap.errors import DataError
    from geomap.records import Role

    raw = json.loads((files("geomap.layers") / "kinds.json").read_text(encoding="utf-8"))
    if set(raw) != {r.value for r in Role}:
        raise DataError(f"kinds.json: styles for {sorted(raw)}, roles are {[r.value for r in Role]}")
    return tuple(LayerKind(role=role.value, **raw[role.value]) for role in Role)


LAYER_KINDS: tuple[LayerKind, ...] = _load()


def layer_kind(name_or_role: str) -> LayerKind:
    """The kind called ``name_or_role`` ("zones") or filled by that role ("zone").

    >>> layer_kind("party").label
    'Countries'
    """
    for kind in LAYER_KINDS:
        if name_or_role in (kind.name, kind.role):
            return kind
    valid = ", ".join(k.name for k in LAYER_KINDS)
    from geomap.errors import OptionError

    raise OptionError(f"unknown layer {name_or_role!r}; valid: {valid}")


def _by_role(frame: gpd.GeoDataFrame, role: str) -> gpd.GeoDataFrame:
    return frame[frame["role"] == role]


def venues(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Places that host talks, summits, meetings or signings."""
    return _by_role(frame, "venue")


def corridors(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Routes, roads, crossings, straits and pipelines."""
    return _by_role(frame, "corridor")


def zones(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Areas of control or status: peacekeeping, buffer, exclusion, occupied zones."""
    return _by_role(frame, "zone")


def countries(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """States acting as parties in the story."""
    return _by_role(frame, "party")


def places(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Every other place the articles name."""
    return _by_role(frame, "place")


def split_layers(frame: gpd.GeoDataFrame) -> dict[str, gpd.GeoDataFrame]:
    """One frame per layer kind, in legend order (empty ones included)."""
    builders = {"venues": venues, "corridors": corridors, "zones": zones, "countries": countries, "places": places}
    return {kind.name: builders[kind.name](frame) for kind in LAYER_KINDS}
