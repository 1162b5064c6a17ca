"""Read articles from .txt, .html, .jsonl files, stdin or object storage into ``Article`` records."""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from .describe import setting
from .errors import InputError
from .lexicon import word_in
from .records import Article

__all__ = ["read_articles", "read_path", "decode", "is_url", "shown", "title_of", "MAX_BYTES"]

MAX_BYTES = 20_000_000
"""Files larger than this are refused: no news article is 20 MB of text."""

TEXT_SAMPLE = 65_536
"""Characters looked at to tell text from binary data."""
MAX_BINARY_SHARE = 0.02
"""Text holds next to no control characters or undecodable bytes; random bytes decode to about one in ten."""
MIN_LETTER_SHARE = 0.2
"""Articles are words: a file whose visible characters are mostly not letters is data, not an article."""
MAX_LATIN1_SHARE = 0.3
"""Latin-1 news copy is mostly ASCII (French has a few accents in a hundred letters): bytes that read as
mostly accented letters and symbols are binary data, or text in an encoding geomap does not read."""

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_URL = re.compile(r"^[a-z][a-z0-9+.-]+://", re.I)  # two letters at least: "C:\\" is a drive
# C0/C1 controls other than the line and page breaks text uses (NEL, U+0085, included), and U+FFFD,
# what undecodable bytes become.
_BINARY_CHARS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffd]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_FILE_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device", stat.S_IFSOCK: "a socket"}


def decode(data: bytes, name: str) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, else Latin-1.

    What decodes to binary-looking text (controls, undecodable bytes) raises ``InputError``.

    >>> decode("Baku".encode("utf-16"), "a.txt"), decode("Baku".encode("utf-32"), "a.txt")
    ('Baku', 'Baku')
    """
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _checked(data.decode("utf-32", errors="replace"), name)
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data.decode("utf-16", errors="replace"), name)
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary file, not text")
    try:
        return _checked(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        # Windows-1252/Latin-1 is what undeclared non-UTF-8 news copy almost always is.
        text = _checked(data.decode("cp1252", errors="replace"), name)
        visible = [ch for ch in text[:TEXT_SAMPLE] if not ch.isspace()]
        if sum(ord(ch) > 127 for ch in visible) > MAX_LATIN1_SHARE * len(visible):
            raise InputError(f"{name}: binary file, or text in an encoding other than UTF-8, UTF-16, "
                             "UTF-32 or Latin-1") from None
        return text


def _checked(text: str, name: str) -> str:
    """``text``, unless its start is more controls and undecodable bytes than text ever holds."""
    sample = text[:TEXT_SAMPLE]
    if len(_BINARY_CHARS.findall(sample)) > MAX_BINARY_SHARE * len(sample):
        raise InputError(f"{name}: binary file, not text")
    return text


def _check_letters(text: str, name: str) -> None:
    """Refuse a text whose visible characters are mostly not letters: numbers or symbols, not an article.

    Not applied to JSONL, where escapes (``\\u0431``) stand for the letters.
    """
    visible = [ch for ch in text[:TEXT_SAMPLE] if not ch.isspace()]
    if sum(ch.isalpha() for ch in visible) < MIN_LETTER_SHARE * len(visible):
        raise InputError(f"{name}: not text (too few letters: binary or numeric data)")


def shown(name: str) -> str:
    """``name`` as messages and maps show it: as is when printable, else quoted like a Python string.

    A newline or a terminal escape in a file name then cannot fake a line on stderr, and an
    undecodable byte (a lone surrogate) cannot break writing the output.

    >>> print(shown("wire.jsonl"), shown("x.txt\\ngeomap: warning: y"))
    wire.jsonl 'x.txt\\ngeomap: warning: y'
    """
    return name if name.isprintable() else repr(name)


_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def title_of(text: str) -> str:
    """A title for an article that has none: its first line's first sentence, cut at a word boundary
    near ``title_chars`` characters (a JSONL article without a title must not be titled by its
    whole first paragraph in every popup).

    >>> title_of("Talks resumed in Oslo on Tuesday. Delegates from both sides arrived.")
    'Talks resumed in Oslo on Tuesday.'
    >>> title_of("Gov. Abbott said the U.S. border would stay open to trucks. Others disagreed.")
    'Gov. Abbott said the U.S. border would stay open to trucks.'
    >>> len(title_of("word " * 60)) <= 91
    True
    """
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    for end in _SENTENCE_END.finditer(line):
        word = line[:end.start() + 1].rsplit(None, 1)[-1]
        # "Gov." and "J." end a title or an initial, "U.S." an abbreviation: not the sentence.
        if word_in("title", word) or re.fullmatch(r"(?:[A-Za-z]\.)+", word):
            continue
        line = line[:end.start()].rstrip() + line[end.start():end.end()].rstrip()
        break
    limit = int(setting("title_chars", "title"))
    if len(line) <= limit:
        return line
    cut = line.rfind(" ", 0, limit + 1)
    cut = cut if cut > limit // 2 else limit  # no space in reach: cut inside the word
    return line[:cut].rstrip(" ,;:-\u2013\u2014") + "\u2026"


def _from_text(text: str, ident: str, source: str) -> Article:
    if not text.strip():
        raise InputError(f"{source}: empty article")
    return Article(id=ident, text=text, title=title_of(text), source=source)


def _from_html(raw: str, ident: str, source: str) -> Article:
    import trafilatura

    try:
        body = trafilatura.extract(raw, include_comments=False, include_tables=False, favor_recall=True)
        meta = trafilatura.extract_metadata(raw)
    except Exception as err:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(f"{source}: malformed HTML ({type(err).__name__})") from err
    if not body or len(body.split()) < 3:  # a menu word or two is not an article
        raise InputError(f"{source}: no article text found in the HTML")
    given = meta.title if meta and meta.title else ""
    # The page's own title heads the text (recognition reads headlines); a made-up one does not.
    text = f"{given}\n\n{body}" if given and not body.startswith(given) else body
    title = given or title_of(body)
    return Article(id=ident, text=text, title=title, source=source,
                   url=meta.url if meta else None, date=meta.date if meta else None)


def _from_jsonl(raw: str, source: str, stem: str, on_error: Callable[[InputError], None]) -> Iterator[Article]:
    """One article per line; a bad line goes to ``on_error`` and the others still come through.

    Lines end at "\\n" (a "\\r" before it is JSON whitespace): ``str.splitlines()`` would also
    cut at U+2028, U+0085 and the other separators news text holds inside its JSON strings.
    """
    for number, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            article = _jsonl_article(line, f"{source}:{number}", f"{stem}:{number}", on_error)
        except InputError as err:
            on_error(err)
            continue
        yield article


def _jsonl_article(line: str, where: str, default_id: str, on_error: Callable[[InputError], None]) -> Article:
    """The article of one JSONL line; fields that cannot be used are dropped with one warning for the line."""
    record = _json(line, where)
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        raise InputError(f"{where}: no 'text' field")
    problems: list[str] = []
    text = _valid_unicode(record["text"], "text", problems)
    fields = {key: _field(record, key, problems) for key in ("id", "title", "url", "date")}
    if problems:
        on_error(InputError(f"{where}: {'; '.join(problems)}"))
    return Article(id=fields["id"] or default_id, text=text, title=fields["title"] or title_of(text), source=where,
                   url=fields["url"], date=fields["date"])


def _json(line: str, where: str):
    # strict=False: raw tabs and other controls inside strings are common in scraped copy, and harmless.
    try:
        return json.loads(line, strict=False)
    except json.JSONDecodeError as err:
        raise InputError(f"{where}: not JSON ({err.msg})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    except ValueError:  # Python refuses integers of more than 4,300 digits
        raise InputError(f"{where}: JSON with a number too long to read") from None


def _field(record: dict, key: str, problems: list[str]) -> str | None:
    """An optional field as a string: numbers (ids, dates) as their digits; other types are dropped."""
    value = record.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and key != "url":
        return str(value)
    if not isinstance(value, str):
        problems.append(f"'{key}' is {type(value).__name__}, not a string: ignored")
        return None
    return _valid_unicode(value, key, problems)


def _valid_unicode(value: str, key: str, problems: list[str]) -> str:
    """``value`` with lone surrogates (valid JSON, "\\ud800", but not encodable) as U+FFFD: offsets stay."""
    fixed, count = _SURROGATE.subn("\ufffd", value)
    if count:
        problems.append(f"lone surrogate in '{key}' replaced by U+FFFD")
    return fixed


def read_path(path: str, on_error: Callable[[InputError], None] | None = None) -> Iterator[Article]:
    """Read one input ("-" is stdin, ``s3://...`` or another fsspec URL is fetched) into articles.

    Problems raise ``InputError``; problems with single lines of a JSONL file go to
    ``on_error`` so that the other lines still come through.
    """
    on_error = on_error or _raise
    name = shown(path)
    if path == "-":
        name, suffix, ident = "<stdin>", "", "stdin"
        data = _read_stdin()
    elif is_url(path):
        where = _url_file(path)
        suffix, ident = where.suffix.lower(), shown(where.name)
        with _reading(name):
            import fsspec

            with fsspec.open(path, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
    else:
        suffix, ident = Path(path).suffix.lower(), shown(Path(path).name)
        data = _read_file(path, name)
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: too large (> {MAX_BYTES / 1e6:.0f} MB)")
    if not data.strip():
        raise InputError(f"{name}: empty file")
    text = decode(data, name)
    if suffix in _JSONL_SUFFIXES or (path == "-" and text.lstrip().startswith("{")):
        yield from _from_jsonl(text, name, "<stdin>" if path == "-" else ident, on_error)
        return
    _check_letters(text, name)
    if suffix in _HTML_SUFFIXES or (path == "-" and text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))):
        yield _from_html(text, ident, name)
    else:
        yield _from_text(text, ident, name)


def _read_stdin() -> bytes:
    if sys.stdin is None:  # started with stdin closed (`geomap places - <&-`)
        raise InputError("<stdin>: closed")
    with _reading("<stdin>"):
        return sys.stdin.buffer.read(MAX_BYTES + 1)


def _read_file(path: str, name: str) -> bytes:
    """The bytes of a regular file, at most ``MAX_BYTES`` + 1 of them.

    Anything else is refused before it is opened: a FIFO would hang the run and /dev/zero
    would never end, and both report a size of 0.
    """
    with _reading(name):
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{name}: is a directory")
        if not stat.S_ISREG(info.st_mode):
            kind = _FILE_KINDS.get(stat.S_IFMT(info.st_mode), "a special file")
            raise InputError(f"{name}: not a regular file ({kind})")
        if info.st_size > MAX_BYTES:
            raise InputError(f"{name}: too large ({info.st_size / 1e6:.0f} MB > {MAX_BYTES / 1e6:.0f} MB)")
        # O_NONBLOCK: a file swapped for a FIFO since the check reads as empty rather than hanging.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            return fh.read(MAX_BYTES + 1)  # a file still growing is capped all the same


def is_url(path: str) -> bool:
    """Whether ``path`` names a file through fsspec (``s3://``, ``gs://``, ``https://``, ``file://`` ...).

    >>> is_url("s3://wire/2026-11-22.jsonl"), is_url("notes/day.txt"), is_url("C:\\news\\a.txt")
    (True, False, False)
    """
    return bool(_URL.match(path))


def _url_file(url: str) -> PurePosixPath:
    return PurePosixPath(url.split("://", 1)[1].split("?", 1)[0].split("#", 1)[0])


@contextmanager
def _reading(name: str) -> Iterator[None]:
    """Turn any fault while reading ``name`` (a file or an fsspec URL) into a one-line ``InputError``."""
    try:
        yield
    except InputError:
        raise
    except FileNotFoundError as err:
        raise InputError(f"{name}: no such file") from err
    except IsADirectoryError as err:
        raise InputError(f"{name}: is a directory") from err
    except PermissionError as err:
        raise InputError(f"{name}: permission denied") from err
    except Exception as err:  # disk, network and provider faults (and a missing s3fs) come in many types
        raise InputError(f"{name}: cannot read ({getattr(err, 'strerror', None) or _one_line(err)})") from err


def _one_line(err: BaseException) -> str:
    text = str(err)
    return text.splitlines()[0] if text.strip() else type(err).__name__


def read_articles(paths: Iterable[str], on_error: Callable[[InputError], None] | None = None) -> Iterator[Article]:
    """Read every input in order, reporting bad ones to ``on_error`` and going on."""
    on_error = on_error or _raise
    for pattern in paths:
        try:
            found = _expand(pattern)
        except InputError as err:
            on_error(err)
            continue
        for path in found:
            try:
                yield from read_path(path, on_error)
            except InputError as err:
                on_error(err)


def _expand(path: str) -> list[str]:
    """The objects a wildcard URL (``s3://wire/2026-11-*.jsonl``) matches, sorted; any other path as is.

    Local wildcards are the shell's job; object storage has no shell, so geomap expands them.
    """
    if not (is_url(path) and any(c in path for c in "*?[")):
        return [path]
    try:
        from fsspec.core import url_to_fs

        fs, pattern = url_to_fs(path)
        found = sorted(fs.glob(pattern))
    except Exception as err:  # missing protocol package, network or provider fault
        raise InputError(f"{path}: cannot list ({_one_line(err)})") from err
    if not found:
        raise InputError(f"{path}: no such file")
    return [fs.unstrip_protocol(f) for f in found]


def _raise(err: InputError) -> None:
    raise err
