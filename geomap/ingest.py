"""Read articles from .txt, .html, .jsonl files, stdin or object storage into ``Article`` records."""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from .errors import InputError
from .records import Article

__all__ = ["read_articles", "read_path", "decode", "is_url", "MAX_BYTES"]

MAX_BYTES = 20_000_000
"""Files larger than this are refused: no news article is 20 MB of text."""

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_URL = re.compile(r"^[a-z][a-z0-9+.-]+://", re.I)  # two letters at least: "C:\\" is a drive


def decode(data: bytes, name: str) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1.

    >>> decode("Baku".encode("utf-16"), "a.txt")
    'Baku'
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Windows-1252/Latin-1 is what undeclared non-UTF-8 news copy almost always is.
        text = data.decode("cp1252", errors="replace")
        if sum(ch.isprintable() or ch.isspace() for ch in text[:4096]) < 0.95 * min(len(text), 4096):
            raise InputError(f"{name}: binary file, not text") from None
        return text


def _title_of(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def _from_text(text: str, ident: str, source: str) -> Article:
    if not text.strip():
        raise InputError(f"{source}: empty article")
    return Article(id=ident, text=text, title=_title_of(text), source=source)


def _from_html(raw: str, ident: str, source: str) -> Article:
    import trafilatura

    try:
        body = trafilatura.extract(raw, include_comments=False, include_tables=False, favor_recall=True)
        meta = trafilatura.extract_metadata(raw)
    except Exception as err:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(f"{source}: malformed HTML ({type(err).__name__})") from err
    if not body or len(body.split()) < 3:  # a menu word or two is not an article
        raise InputError(f"{source}: no article text found in the HTML")
    title = (meta.title if meta and meta.title else "") or _title_of(body)
    text = body if body.startswith(title) else f"{title}\n\n{body}" if title else body
    return Article(id=ident, text=text, title=title, source=source,
                   url=meta.url if meta else None, date=meta.date if meta else None)


def _from_jsonl(raw: str, source: str, on_error: Callable[[InputError], None]) -> Iterator[Article]:
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            on_error(InputError(f"{where}: not JSON ({err.msg})"))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            on_error(InputError(f"{where}: no 'text' field"))
            continue
        text = record["text"]
        ident = str(record.get("id") or f"{Path(source).name}:{number}")
        yield Article(id=ident, text=text, title=str(record.get("title") or _title_of(text)), source=where,
                      url=record.get("url") or None, date=str(record["date"]) if record.get("date") else None)


def read_path(path: str, on_error: Callable[[InputError], None] | None = None) -> Iterator[Article]:
    """Read one input ("-" is stdin, ``s3://...`` or another fsspec URL is fetched) into articles.

    Problems raise ``InputError``; problems with single lines of a JSONL file go to
    ``on_error`` so that the other lines still come through.
    """
    on_error = on_error or _raise
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name, suffix, ident = "<stdin>", "", "stdin"
    elif is_url(path):
        name, where = path, _url_file(path)
        suffix, ident = where.suffix.lower(), where.name
        with _reading(name):
            import fsspec

            with fsspec.open(path, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
    else:
        p = Path(path)
        name, suffix, ident = path, p.suffix.lower(), p.name
        with _reading(name):
            if p.is_dir():
                raise InputError(f"{name}: is a directory")
            if p.stat().st_size > MAX_BYTES:
                raise InputError(f"{name}: too large ({p.stat().st_size / 1e6:.0f} MB > {MAX_BYTES / 1e6:.0f} MB)")
            data = p.read_bytes()
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: too large (> {MAX_BYTES / 1e6:.0f} MB)")
    if not data.strip():
        raise InputError(f"{name}: empty file")
    text = decode(data, name)
    if suffix in _JSONL_SUFFIXES or (path == "-" and text.lstrip().startswith("{")):
        yield from _from_jsonl(text, name, on_error)
    elif suffix in _HTML_SUFFIXES or (path == "-" and text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))):
        yield _from_html(text, ident, name)
    else:
        yield _from_text(text, ident, name)


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
