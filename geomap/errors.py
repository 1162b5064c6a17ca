"""The one exception family of geomap: catch ``GeomapError`` to catch them all."""

from __future__ import annotations

__all__ = ["GeomapError", "InputError", "DataError", "GeocoderError", "OptionError"]


class GeomapError(Exception):
    """Root of every error geomap raises on purpose."""


class InputError(GeomapError, ValueError):
    """An article could not be read: missing, empty, binary, undecodable or malformed."""


class DataError(GeomapError, RuntimeError):
    """Shipped data (gazetteer, shapes, layer styles) is missing or broken."""


class GeocoderError(GeomapError, RuntimeError):
    """An online geocoder failed: timeout, HTTP error or an answer that makes no sense."""


class OptionError(GeomapError, ValueError):
    """A string option has a value outside its allowed set."""
