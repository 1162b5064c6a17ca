"""Property-based tests: random and hostile text must never break offsets, escaping or decoding."""

from __future__ import annotations

import html
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import geomap
from geomap.errors import InputError
from geomap.ingest import decode
from geomap.render import escape_text

# The pipeline loads spaCy once (~2 s) and parses each example: few examples, no per-example deadline.
PIPELINE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CHEAP = settings(max_examples=300, deadline=None)

PLACES = ["Moscow", "Lachin corridor", "Baku", "Georgia", "Tripoli", "Nagorno-Karabakh", "Paris, Texas",
          "Geneva", "the Black Sea"]
# Explicit embeddings and overrides (U+202A-202E), isolates (U+2066-2069) and the LRM/RLM marks.
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
HOSTILE = ["<script>", "</script>", "<img src=x onerror=alert(1)>", "<b>", "&amp;", "&lt;", "`", "${x}", "\\",
           "\u202e", "\u2066", "\u200f", "\n", "\r\n", "\r", "\t", "\u00a0", "\u2028", "\u200b", "\ufeff", "😀",
           "👨‍👩‍👧", "🇦🇿", "e\u0301", "ﬁ", "İ", "ß", "\x00", "\x1b[31m", "«", "»", "“", "”", "’s", "—", "...",
           "(", ")", "[", "]", ",", ".", ";", ":", "!", "?", "'", '"', "-", "/", " ", "  ", "in ", " near ",
           "Mr. ", "Bank of "]

long_words = st.builds(lambda ch, n: ch * n,
                       st.sampled_from(["a", "Z", "é", "ж", "😀", "-", "\u202e", "x" * 7]), st.integers(50, 3000))
pieces = st.one_of(st.sampled_from(PLACES), st.sampled_from(HOSTILE), st.text(max_size=12), long_words,
                   st.sampled_from(PLACES).map(str.upper), st.sampled_from(PLACES).map(str.lower))
hostile_text = st.lists(pieces, min_size=1, max_size=40).map("".join)
any_text = st.text(max_size=400)


def check_mentions(text: str) -> None:
    mentions = geomap.places(text)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start:m.end] == m.text, m
        s0, s1 = m.sentence
        assert 0 <= s0 <= m.start and m.end <= s1 <= len(text), m
    spans = [(m.start, m.end) for m in mentions]
    assert spans == sorted(spans)
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end <= start, spans


@PIPELINE
@given(any_text)
@example("")
@example("\u202eBaku\u202c")
@example("Moscow\r\nBaku\rTripoli\nGeorgia")
def test_places_offsets_on_arbitrary_unicode(text):
    check_mentions(text)


@PIPELINE
@given(hostile_text)
@example("Talks in <b>Baku</b> and </script>Moscow<script> on the Lachin corridor.")
@example("Convoys left Tripoli 😀😀 for Baku\u202e, Georgia \u2066Moscow\u2069.\r\n" + "Lachin" * 500)
@example("👨‍👩‍👧Moscow🇦🇿Baku")
def test_places_offsets_on_hostile_text_with_place_names(text):
    check_mentions(text)


def test_places_finds_the_names_among_the_noise():
    """A sanity anchor for the properties above: the noise does not hide plain names."""
    text = "<b>Talks</b> in Baku\u202e and Moscow 😀\r\nA convoy left Tripoli. </script>"
    found = {m.candidate.name for m in geomap.places(text) if m.candidate}
    assert {"Baku", "Moscow", "Tripoli"} <= found


def _junk(ch: str) -> bool:
    """Whitespace, controls, format (bidi) characters, symbols and emoji: never the edge of a place name."""
    return unicodedata.category(ch)[0] in "ZCS"


@PIPELINE
@given(hostile_text)
@example("Talks in Moscow 😀 today.")
@example("Talks in Baku\u202e and Moscow.")
@example("GEORGIA  <b>")
def test_mention_text_has_no_junk_at_its_edges(text):
    for m in geomap.places(text):
        assert not _junk(m.text[0]) and not _junk(m.text[-1]), m


escape_input = st.one_of(st.text(), st.lists(st.sampled_from(HOSTILE + list(BIDI) + ["$", "{", "}", "$${{"]) | st.text(
    max_size=5), max_size=30).map("".join))


@CHEAP
@given(escape_input)
@example("${alert(1)}`</script><script>")
@example("$\u202e{")
def test_escape_text_is_inert(s):
    out = escape_text(s)
    for bad in ("<", ">", "`", "${"):
        assert bad not in out
    assert not set(out) & set(BIDI)
    # Nothing is lost: unescaping gives the input back, bidi controls spelled out as [U+XXXX].
    spelled = re.sub(f"[{BIDI}]", lambda m: f"[U+{ord(m.group(0)):04X}]", s)
    assert html.unescape(out) == spelled


@CHEAP
@given(st.one_of(
    st.binary(max_size=600),
    st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    st.text(max_size=200).map(lambda t: t.encode("utf-16")),
    st.text(max_size=200).map(lambda t: t.encode("cp1252", errors="ignore")),
    st.tuples(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"]),
              st.binary(max_size=200)).map(b"".join),
))
@example(b"\xff\xfe\x00")  # UTF-16 BOM and an odd byte out
@example(b"\x81\x8d\x8f\x90\x9d")  # bytes cp1252 leaves undefined
def test_decode_returns_text_or_input_error(data):
    try:
        text = decode(data, "random.bin")
    except InputError as err:
        assert "random.bin" in str(err)
    else:
        assert isinstance(text, str)


@pytest.mark.parametrize("text", ["Talks in Genève — «Baku»", "Lachin corridor 😀"])
def test_decode_round_trips_utf8_and_utf16(text):
    assert decode(text.encode("utf-8"), "a.txt") == text
    assert decode(text.encode("utf-16"), "a.txt") == text
