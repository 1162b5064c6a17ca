"""The one exception family of geomap: catch ``GeomapError`` to catch them all."""

from __future__ import annotations

__all__ = ["GeomapError", "InputError", "NoInputError", "OutputError", "DataError", "GeocoderError", "OptionError",
           "EngineError"]


class GeomapError(Exception):
    """Root of every error geomap raises on purpose."""


class InputError(GeomapError, ValueError):
    """An article could not be read: missing, empty, binary, undecodable or malformed."""


class NoInputError(InputError):
    """Not one article could be read: a run with nothing to work on writes nothing."""


class OutputError(GeomapError, ValueError):
    """An output file cannot be written there: a directory, or a folder that is not writable."""


class DataError(GeomapError, RuntimeError):
    """Shipped data (gazetteer, shapes, layer styles) is missing or broken."""


class GeocoderError(GeomapError, RuntimeError):
    """An online geocoder failed: timeout, HTTP error or an answer that makes no sense."""


class OptionError(GeomapError, ValueError):
    """A string option has a value outside its allowed set."""


class EngineError(GeomapError, RuntimeError):
    """The dask cluster could not finish the run: no worker left, or the workers kept dying."""
