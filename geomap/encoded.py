"""Encoded polylines (Google's format): lines and rings as short strings of latitude and longitude
deltas at a chosen number of decimals, for the basemap's data file and the map's place shapes.

``encode_line`` and ``decode_line`` work here; ``DECODE_JS`` is the same decoder for the
browser, a ``decode(text, decimals)`` function each map script that reads the strings includes.
A 1:10m country outline takes about a third of the bytes of its GeoJSON.
"""

from __future__ import annotations

__all__ = ["encode_line", "decode_line", "DECODE_JS"]


def encode_line(coords, decimals: int) -> str:
    """(lon, lat) pairs as an encoded polyline (Google's format: lat, lon deltas at 10^decimals).

    >>> encode_line([(-120.2, 38.5), (-120.95, 40.7), (-126.453, 43.252)], 5)
    '_p~iF~ps|U_ulLnnqC_mqNvxq`@'
    """
    factor = 10 ** decimals
    out: list[str] = []
    prev_lat = prev_lon = 0
    for lon, lat in coords:
        ilat, ilon = round(lat * factor), round(lon * factor)
        for delta in (ilat - prev_lat, ilon - prev_lon):
            value = ~(delta << 1) if delta < 0 else delta << 1
            while value >= 0x20:
                out.append(chr((0x20 | (value & 0x1F)) + 63))
                value >>= 5
            out.append(chr(value + 63))
        prev_lat, prev_lon = ilat, ilon
    return "".join(out)


def decode_line(text: str, decimals: int) -> list[tuple[float, float]]:
    """The (lon, lat) pairs of an encoded polyline (the browser script decodes the same way).

    >>> decode_line(encode_line([(44.5, 40.2), (44.6, 40.1)], 2), 2)
    [(44.5, 40.2), (44.6, 40.1)]
    """
    factor = 10 ** decimals
    values, value, shift = [], 0, 0
    for ch in text:
        b = ord(ch) - 63
        value |= (b & 0x1F) << shift
        shift += 5
        if b < 0x20:
            values.append(~(value >> 1) if value & 1 else value >> 1)
            value, shift = 0, 0
    lat = lon = 0
    out = []
    for dlat, dlon in zip(values[::2], values[1::2]):
        lat, lon = lat + dlat, lon + dlon
        out.append((lon / factor, lat / factor))
    return out


DECODE_JS = """function decode(text, decimals) {
                // an encoded polyline -> [[lat, lon], ...], as decode_line in geomap/encoded.py
                var factor = Math.pow(10, decimals), out = [], i = 0, lat = 0, lon = 0;
                function next() {
                    var value = 0, shift = 0, b;
                    do { b = text.charCodeAt(i++) - 63; value |= (b & 31) << shift; shift += 5; } while (b >= 32);
                    return (value & 1) ? ~(value >> 1) : (value >> 1);
                }
                while (i < text.length) { lat += next(); lon += next(); out.push([lat / factor, lon / factor]); }
                return out;
            }"""
