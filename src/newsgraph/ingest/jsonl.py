"""JSON Lines: one article a line, ``{"id"?, "url"?, "outlet"?, "published"?, "title"?, "text" | "html"}``.

A bad line becomes an :class:`InputError` naming ``file.jsonl:LINE``, and reading goes on.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsgraph.errors import InputError
from newsgraph.ingest.chrome import normalise_date
from newsgraph.ingest.html import read_html
from newsgraph.ingest.text import make_article
from newsgraph.model import Article

FIELDS = ("id", "url", "outlet", "published", "title", "text", "html")


def parse_line(line: str, where: str) -> dict[str, Any]:
    """RETURNS (dict): the JSON object on one line. RAISES InputError: not a JSON object."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(where, f"malformed JSON: {err.msg} at column {err.colno}") from None
    except RecursionError:
        raise InputError(where, "malformed JSON: nested too deeply") from None
    if not isinstance(record, dict):
        raise InputError(where, f"malformed JSON: a {type(record).__name__}, not an object")
    return record


def _check_fields(record: dict[str, Any], where: str) -> None:
    for name in FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str) and not (name == "id" and isinstance(value, int)):
            raise InputError(where, f"field {name!r} is a {type(value).__name__}, not a string")


def read_record(record: dict[str, Any], *, source: str, published: str | None = None,
                outlet: str | None = None) -> Iterator[Article | InputError]:
    """Read one article from a JSONL record; its fields win over what its ``html`` holds."""
    _check_fields(record, source)
    given = {k: record.get(k) for k in ("id", "url", "outlet", "published", "title")}
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        yield make_article(text.strip(), source=source, published=published, outlet=outlet, found=given)
    elif isinstance(html, str) and html.strip():
        for item in read_html(html, source=source, url=given["url"], published=published,
                              outlet=outlet or given["outlet"]):
            yield _with_given(item, given, published)
    else:
        raise InputError(source, "no text or html field")


def _with_given(item: Article | InputError, given: dict[str, Any], published: str | None) -> Article | InputError:
    """Fields of the record replace what was found in its HTML."""
    if isinstance(item, InputError):
        return item
    if given["id"] is not None and str(given["id"]).strip():
        item.id = str(given["id"])
    item.title = (given["title"] or "").strip() or item.title
    item.url = (given["url"] or "").strip() or item.url
    if not published:
        item.published = normalise_date(given["published"]) or item.published
    return item


def read_jsonl(data: str, *, source: str, published: str | None = None, outlet: str | None = None,
               url: str | None = None) -> Iterator[Article | InputError]:
    """Read every article of a JSONL document, skipping blank lines.

    source (str): the file's path; each article's source is ``<path>:<line number>``.
    YIELDS: an :class:`Article` or an :class:`InputError` for each non-blank line.
    """
    for number, line in enumerate(data.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield from read_record(parse_line(line, where), source=where, published=published, outlet=outlet)
        except InputError as err:
            yield err
