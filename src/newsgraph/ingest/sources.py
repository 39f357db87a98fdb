"""Where articles come from: paths, folders, glob patterns, ``-`` for stdin, http(s) URLs.

:func:`read` reads exactly one article; :func:`iter_articles` reads many and reports each bad
input as an :class:`InputError` value, going on with the next.
"""
from __future__ import annotations

import glob
import logging
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError
from newsgraph.ingest.decode import MAX_BYTES, check_size, decode
from newsgraph.ingest.html import read_html
from newsgraph.ingest.jsonl import read_jsonl
from newsgraph.ingest.sniff import UNSUPPORTED, sniff
from newsgraph.ingest.text import caller_date, read_text
from newsgraph.model import Article

LOGGER = logging.getLogger(__name__)

STDIN, STDIN_LABEL = "-", "<stdin>"
URL_PREFIXES = ("http://", "https://")
GLOB_CHARS = frozenset("*?[")
GZIP_MAGIC = b"\x1f\x8b"
NOT_ARTICLES = frozenset({"readme", "license", "licence", "notice", "copying", "changelog", "authors"})

Reader = Callable[..., Iterator["Article | InputError"]]
READERS: dict[str, Reader] = {"text": read_text, "html": read_html, "jsonl": read_jsonl}
FORMAT_ALIASES = {"txt": "text", "plain": "text", "htm": "html", "xhtml": "html", "ndjson": "jsonl", "json": "jsonl"}


@dataclass
class Loaded:
    """One input's bytes, with its label for messages and what its transport said."""

    data: bytes
    label: str
    url: str | None = None
    charset: str | None = None


@dataclass
class Prepared:
    """One input, decoded, with its format known."""

    text: str
    kind: str
    label: str
    url: str | None = None


def is_url(source: str) -> bool:
    return source.lower().startswith(URL_PREFIXES)


def label(source: str | Path) -> str:
    """RETURNS (str): how an input is named in articles and messages (``-`` is ``<stdin>``)."""
    return STDIN_LABEL if str(source) == STDIN else str(source)


# --- expansion -----------------------------------------------------------------------------
def _hidden(parts: Iterable[str]) -> bool:
    return any(part.startswith(".") for part in parts)


# Databases a folder may hold (newsgraph's own among them, with its WAL files): never articles.
NOT_ARTICLE_SUFFIXES = (".db", ".db-wal", ".db-shm", ".sqlite", ".sqlite3")


def _listed(name: str) -> bool:
    """Whether a file in a folder is read: not hidden, not README.md, LICENSE and the like, not a database."""
    lower = name.lower()
    return (not name.startswith(".") and lower.split(".")[0] not in NOT_ARTICLES
            and not lower.endswith(NOT_ARTICLE_SUFFIXES))


def files_under(folder: Path) -> list[Path]:
    """RETURNS: the files under ``folder``, recursively, sorted; hidden files and folders, and
    README, LICENSE and the like, left out."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, name) for name in files if _listed(name))
    return sorted(found, key=lambda path: path.relative_to(folder).parts)


def _expand_glob(pattern: str) -> Iterator[str | InputError]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield InputError(pattern, "no files match")
    for match in matches:
        path = Path(match)
        if path.is_dir():
            yield from (str(p) for p in files_under(path))
        elif not _hidden(path.parts[-1:]):
            yield match


def expand(inputs: Iterable[str | Path]) -> Iterator[str | InputError]:
    """Expand inputs to single sources: folders to their files, glob patterns to their matches.

    YIELDS: a path, URL or ``-``; or an :class:`InputError` for an input that names nothing.
    """
    for item in map(str, inputs):
        path = Path(item)
        if item == STDIN or is_url(item):
            yield item
        elif path.is_dir():
            yield from (str(p) for p in files_under(path))
        elif path.exists():
            yield item
        elif GLOB_CHARS & set(item):
            yield from _expand_glob(item)
        else:
            yield InputError(item, "no such file or directory")


# --- loading -------------------------------------------------------------------------------
def _read_stdin() -> bytes:
    stream = sys.stdin
    if stream is None:
        raise InputError(STDIN_LABEL, "no standard input")
    buffer = getattr(stream, "buffer", None)
    data = buffer.read(MAX_BYTES + 1) if buffer is not None else stream.read(MAX_BYTES + 1).encode("utf-8")
    check_size(len(data), STDIN_LABEL)
    return data


def _read_file(path: str) -> bytes:
    try:
        check_size(os.path.getsize(path), path)
        with open(path, "rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder (use iter_articles for folders)") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as err:
        raise InputError(path, f"cannot read ({err.strerror or err})") from None


def load(source: str, *, allow_private: bool = False) -> Loaded:
    """RETURNS (Loaded): the bytes of a path, URL or ``-``. RAISES InputError: cannot read them."""
    if source == STDIN:
        return Loaded(_read_stdin(), STDIN_LABEL)
    if is_url(source):
        from newsgraph.ingest.fetch import fetch_response

        response = fetch_response(source, allow_private=allow_private)
        return Loaded(response.data, source, url=response.url, charset=response.charset)
    return Loaded(_read_file(source), source)


def gunzip(data: bytes, source: str) -> bytes:
    """Decompress gzip data, at most ``MAX_BYTES`` of it; other data is returned as it is."""
    if not data.startswith(GZIP_MAGIC):
        return data
    try:
        out = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, MAX_BYTES + 1)
    except zlib.error as err:
        raise InputError(source, f"cannot decompress gzip data ({err})") from None
    check_size(len(out), source)
    return out


def _format(format: str | None, source: str) -> str | None:
    if format is None:
        return None
    kind = FORMAT_ALIASES.get(format.lower(), format.lower())
    if kind not in READERS:
        raise InputError(source, f"unknown format {format!r} (want {', '.join(sorted(READERS))})")
    return kind


def prepare(source: str, *, format: str | None = None, allow_private: bool = False) -> Prepared:
    """Load, decompress, sniff and decode one input.

    RAISES InputError: cannot read it, an unsupported kind (RSS/Atom, WARC), not text.
    """
    kind = _format(format, label(source))
    loaded = load(source, allow_private=allow_private)
    data = gunzip(loaded.data, loaded.label)
    name = loaded.url or source
    if kind is None and sniff(data[:4096], name) == "warc":
        raise InputError(loaded.label, UNSUPPORTED["warc"])
    text = decode(data, loaded.label, declared=loaded.charset)
    kind = kind or sniff(text, name)
    if kind in UNSUPPORTED:
        raise InputError(loaded.label, UNSUPPORTED[kind])
    url = loaded.url or (source if is_url(source) else None)
    return Prepared(text=text, kind=kind, label=loaded.label, url=url)


def read_source(source: str, *, published: str | None = None, outlet: str | None = None,
                format: str | None = None, allow_private: bool = False) -> Iterator[Article | InputError]:
    """Read every article of one input (several for JSONL). RAISES InputError: the input as a whole is bad."""
    prepared = prepare(source, format=format, allow_private=allow_private)
    reader = READERS[prepared.kind]
    yield from reader(prepared.text, source=prepared.label, published=published, outlet=outlet, url=prepared.url)


# --- the API -------------------------------------------------------------------------------
def _count_records(text: str) -> int:
    return sum(1 for line in text.split("\n") if line.strip())


def read(source: str | Path, *, published: str | None = None, outlet: str | None = None,
         format: str | None = None, allow_private: bool = False) -> Article:
    """Read exactly one article from a path, an http(s) URL or ``-`` (stdin).

    published (str | None): the publication date, overriding any found in the input.
    outlet (str | None): the outlet, overriding any found in the input.
    format (str | None): ``"text"``, ``"html"`` or ``"jsonl"``; sniffed from the content if ``None``.
    allow_private (bool): allow URLs on loopback and private addresses.
    RETURNS (Article): the article, its ``source`` set.
    RAISES InputError: bad input, or a JSONL file holding several articles.
    """
    name = label(source)
    published = caller_date(published, name)
    prepared = prepare(str(source), format=format, allow_private=allow_private)
    if prepared.kind == "jsonl" and (count := _count_records(prepared.text)) > 1:
        raise InputError(name, f"holds {count} articles; use iter_articles")
    reader = READERS[prepared.kind]
    for item in reader(prepared.text, source=prepared.label, published=published, outlet=outlet, url=prepared.url):
        if isinstance(item, InputError):
            raise item
        return item
    raise InputError(name, "empty input")


def _english(item: Article | InputError) -> Article | InputError:
    if isinstance(item, Article) and item.language not in (None, "en"):
        return InputError(item.source or "?", f"not English (detected: {item.language})")
    return item


def _read_each(sources: Iterable[str | InputError], options: dict[str, Any],
               english_only: bool) -> Iterator[Article | InputError]:
    for source in sources:
        if isinstance(source, InputError):
            yield source
            continue
        try:
            for item in read_source(source, **options):
                yield _english(item) if english_only else item
        except InputError as err:
            yield err
        except Exception as err:  # a batch goes on: the input is reported, with its traceback logged
            LOGGER.exception("unexpected error reading %s", source)
            yield InputError(label(source), f"unexpected error ({type(err).__name__}: {err})")


def iter_articles(inputs: Iterable[str | Path] | str | Path, *, published: str | None = None,
                  outlet: str | None = None, format: str | None = None, english_only: bool = True,
                  allow_private: bool = False) -> Iterator[Article | InputError]:
    """Read the articles of many inputs: files, folders (recursive, sorted, hidden files left out),
    glob patterns, ``-`` for stdin and http(s) URLs.

    english_only (bool): report a non-English article as ``InputError(source, "not English (detected: xx)")``.
    YIELDS: each :class:`Article`, or an :class:`InputError` (yielded, not raised) for each bad input.
    RAISES InputError: a bad ``published`` date, before anything is read.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    options = {"published": caller_date(published, "--published"), "outlet": outlet,
               "format": format, "allow_private": allow_private}
    if format is not None:
        _format(format, "--format")
    return _read_each(expand(inputs), options, english_only)
