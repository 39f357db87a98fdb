"""What kind of input this is: HTML, JSONL or plain text (and feeds and WARC, refused for now).

The content decides; the file name is only a hint for content that could be either.
"""
from __future__ import annotations

import json
import re

HEAD_CHARS = 65536
FORMATS = ("html", "jsonl", "text")
UNSUPPORTED = {"feed": "RSS/Atom feeds are not supported yet", "warc": "WARC archives are not supported yet"}

PROLOG_RE = re.compile(r"^(?:\s+|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE(?!\s+html)[^>]*>)*", re.S | re.I)
FIRST_TAG_RE = re.compile(r"^<(?P<tag>!doctype\s+html|[a-zA-Z][\w:.-]*)", re.I)
FEED_TAGS = frozenset({"rss", "feed", "rdf:rdf", "rdf"})
HTML_TAGS = (
    "html", "head", "body", "meta", "title", "link", "script", "style", "div", "p", "span", "a", "article",
    "section", "main", "header", "footer", "nav", "h1", "h2", "h3", "h4", "ul", "ol", "li", "table", "br",
    "img", "figure", "blockquote", "iframe", "noscript", "form", "time", "b", "i", "em", "strong", "u",
    "small", "sup", "sub", "pre", "code", "hr", "dl", "dt", "dd", "td", "tr", "th", "tbody", "thead",
)
HTML_TAG_RE = re.compile(r"<(?:/?(?:" + "|".join(HTML_TAGS) + r")\b[^>]{0,2000}>)", re.I)
MIN_TAGS_IN_TEXT = 5  # text not starting with a tag is HTML only when tags are plentiful
HTML_NAMES = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
JSONL_NAMES = (".jsonl", ".ndjson", ".jsonlines", ".json")


def _head(data: bytes | str) -> str:
    if isinstance(data, bytes):
        data = data[:HEAD_CHARS].decode("utf-8", "replace")
    return data[:HEAD_CHARS].lstrip("\ufeff")


def _first_tag(head: str) -> str | None:
    match = FIRST_TAG_RE.match(PROLOG_RE.sub("", head, count=1))
    return match["tag"].lower() if match else None


def _first_line(head: str) -> str:
    return next((line.strip() for line in head.split("\n") if line.strip()), "")


def _looks_jsonl(line: str, name: str) -> bool:
    if not line.startswith("{"):
        return False
    if name.endswith(JSONL_NAMES) or line.endswith("}"):
        return True
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _looks_html(head: str, first_tag: str | None, name: str) -> bool:
    if first_tag and (first_tag.startswith("!doctype") or first_tag in HTML_TAGS):
        return True
    tags = len(HTML_TAG_RE.findall(head[:HEAD_CHARS]))
    return tags >= MIN_TAGS_IN_TEXT or (tags > 0 and name.endswith(HTML_NAMES))


def sniff(data: bytes | str, name: str | None = None) -> str:
    """Tell the kind of an input from its first 64 KB.

    data (bytes | str): the input, or its beginning.
    name (str | None): its file name or URL, a hint only.
    RETURNS (str): ``"html"``, ``"jsonl"`` or ``"text"``; ``"feed"`` for RSS/Atom and ``"warc"``
        for WARC, which the caller refuses (see ``UNSUPPORTED``).
    """
    head, name = _head(data), (name or "").lower()
    stripped = head.lstrip()
    if stripped.startswith("WARC/"):
        return "warc"
    first_tag = _first_tag(stripped)
    if first_tag in FEED_TAGS:
        return "feed"
    if _looks_jsonl(_first_line(head), name):
        return "jsonl"
    if _looks_html(stripped, first_tag, name):
        return "html"
    return "text"
