"""The places frame as GeoParquet: the columnar file that warehouses and DuckDB read.

Nested columns (``excerpts``, ``roles``, ``docs``, ``stories``) are stored as JSON text, so that every
reader sees the same plain schema; the geometry is WKB with GeoParquet metadata (geopandas).
pyarrow is needed: ``pip install "geomap[parquet]"``.
"""

from __future__ import annotations

import json
import os

import geopandas as gpd

from .atomic import atomic_path
from .errors import OptionError

__all__ = ["parquet_frame", "write_parquet", "require_pyarrow"]

_NESTED = ("excerpts", "roles", "docs", "stories")


def parquet_frame(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A copy of the places frame with nested columns as JSON text and no frame attrs.

    >>> from shapely import Point
    >>> f = gpd.GeoDataFrame({"name": ["Moscow"], "roles": [{"venue": 2}]}, geometry=[Point(37.6, 55.8)], crs=4326)
    >>> parquet_frame(f)["roles"].tolist()
    ['{"venue": 2}']
    """
    out = frame.copy()
    out.attrs = {}
    for column in _NESTED:
        if column in out.columns:
            out[column] = [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in out[column]]
    return out


def require_pyarrow() -> None:
    """Raise ``OptionError`` unless pyarrow can be imported (checked before a long run, not after)."""
    try:
        import pyarrow  # noqa: F401
    except ImportError as err:
        raise OptionError('GeoParquet output needs pyarrow: pip install "geomap[parquet]"') from err


def write_parquet(frame: gpd.GeoDataFrame, path: str | os.PathLike) -> None:
    """Write the places as a GeoParquet file, whole or not at all."""
    require_pyarrow()
    table = parquet_frame(frame)
    with atomic_path(path) as tmp:
        table.to_parquet(tmp, index=False, compression="zstd", write_covering_bbox=False)
