"""The one boundary where untrusted article text becomes HTML.

Every string from an article (text, title, url, date, id, file name) and from a geocoder's
answer passes ``escape_text`` once, before it reaches a template or the map's data. Its output
is safe as HTML text and attribute values, inside a JS template literal (folium's Popup and
Tooltip put text there) and inside a JSON string in a script block.
"""

from __future__ import annotations

import html
import json
import re

__all__ = ["escape_text", "script_json", "safe_url"]

_JS_SPECIAL = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"})
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_SAFE_URL = re.compile(r"^https?://", re.I)
"""The only URL schemes a link in the map may have."""


def escape_text(text: str) -> str:
    """Escape untrusted text for HTML that folium puts inside a JS template literal.

    >>> escape_text("<script>alert(`x`)</script>")
    '&lt;script&gt;alert(&#96;x&#96;)&lt;/script&gt;'
    """
    text = _BIDI.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", str(text))
    return html.escape(text, quote=True).translate(_JS_SPECIAL)


def script_json(value) -> str:
    r"""``value`` as JSON that is safe inside an inline ``<script>`` block, in a stable byte order.

    Besides ``<`` and ``>``, the openers of Jinja tags are escaped inside strings: branca reads each
    element's rendered script again as a Jinja template, and an encoded polyline may hold ``{{``.
    (JSON itself never puts ``{`` before ``{``, ``%`` or ``#``: a brace opens an object, whose next
    character is a quote or its closing brace.)

    >>> script_json({"a": "</script>", "b": "{{x}} {%y%}"})
    '{"a":"\\u003c/script\\u003e","b":"{\\u007bx}} {\\u0025y%}"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, safe in _SCRIPT_UNSAFE:
        text = text.replace(raw, safe)
    return text


_SCRIPT_UNSAFE = (("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"),
                  ("{{", "{\\u007b"), ("{%", "{\\u0025"), ("{#", "{\\u0023"))


def safe_url(url) -> str | None:
    """``url`` escaped when it is http(s), else None: no ``javascript:`` link reaches the map.

    >>> safe_url("javascript:alert(1)") is None, safe_url("https://a.example/?q=1&r=2")
    (True, 'https://a.example/?q=1&amp;r=2')
    """
    return escape_text(url) if isinstance(url, str) and _SAFE_URL.match(url) else None
