"""HTML pages: the article body and metadata, through trafilatura and htmldate.

The page is parsed once, by our own bounded parser, and trimmed to a size that no extraction
step can spend unbounded time on (elements, attributes, nesting depth, scripts). trafilatura then
extracts the body, favouring precision: ``EXTRACT_OPTIONS`` scored best on the article
extraction benchmark (``benchmarks/extraction.py``). When precision leaves only a stub of what a
balanced extraction finds, the balanced text is taken instead.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from newsgraph.errors import InputError
from newsgraph.ingest.chrome import normalise_date, strip_chrome
from newsgraph.ingest.text import make_article
from newsgraph.model import Article

LOGGER = logging.getLogger(__name__)

MIN_WORDS = 30            # fewer words extracted: not an article page
MAX_ELEMENTS = 20_000     # article pages have a few thousand; the rest of a bigger page is cut
MAX_ATTRIBUTES = 16       # per element, those in KEPT_ATTRIBUTES first
MAX_TAG_CHARS = 8192      # a longer tag loses its attributes before parsing (libxml2 checks them pairwise)
MIN_TITLE_CHARS = 20      # a first line this long found inside the title is the headline
STUB_WORDS = 100          # a precise extraction this short ...
STUB_SHARE = 0.25         # ... and under this share of the balanced one is a stub
EXTRACT_OPTIONS = {"include_comments": False, "favor_precision": True, "include_tables": True}
BALANCED_OPTIONS = {"include_comments": False, "include_tables": True}
DATE_OPTIONS = {"original_date": True, "extensive_search": True, "outputformat": "%Y-%m-%d"}
DROPPED_TAGS = ("style", "template", "object", "embed", "applet", "canvas", "svg", "math")
KEPT_SCRIPTS = frozenset({"application/ld+json", "application/json+ld"})
KEPT_ATTRIBUTES = (
    "id", "class", "itemprop", "itemtype", "property", "name", "content", "datetime", "href", "src", "type",
    "rel", "lang", "role", "charset", "http-equiv", "pubdate", "title", "alt",
)

INVALID_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
TAG_NAME = r"(?P<tag><[a-zA-Z][^\s<>/]{0,64})"
LONG_TAG_RE = re.compile(TAG_NAME + rf"\s[^<>]{{{MAX_TAG_CHARS},}}>")
WORD_RE = re.compile(r"\w+")
CJK_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


@dataclass
class Page:
    """What one HTML page gave: the body ``text`` and its metadata."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None


def _parser() -> HTMLParser:
    # huge_tree stays off: libxml2 then stops at 256 levels of nesting and 10 MB text nodes
    return HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                      collect_ids=False, default_doctype=False)


def parse_html(data: str) -> HtmlElement | None:
    """RETURNS (HtmlElement | None): the page's tree, or ``None`` if nothing could be parsed."""
    data = LONG_TAG_RE.sub(r"\g<tag>>", INVALID_CHARS_RE.sub("", data))
    raw = data.encode("utf-8", "replace")
    try:
        tree = document_fromstring(raw, parser=_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as err:
        LOGGER.debug("HTML parser: %s", err)
        return None
    return tree if len(tree) else None


def _drop_code(tree: HtmlElement) -> None:
    """Remove scripts (but JSON-LD metadata), styles and embedded objects."""
    for script in list(tree.iter("script")):
        if (script.get("type") or "").strip().lower() not in KEPT_SCRIPTS:
            script.drop_tree()
    etree.strip_elements(tree, *DROPPED_TAGS, with_tail=False)


def _cut_elements(tree: HtmlElement, limit: int = MAX_ELEMENTS) -> int:
    """Remove every element after the first ``limit`` in document order. RETURNS: how many."""
    extra = [el for i, el in enumerate(tree.iter()) if i >= limit]
    for el in reversed(extra):
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    return len(extra)


def _cut_attributes(tree: HtmlElement, limit: int = MAX_ATTRIBUTES) -> None:
    for el in tree.iter():
        if len(el.attrib) > limit:
            names = sorted(el.attrib, key=lambda name: name not in KEPT_ATTRIBUTES)
            for name in names[limit:]:
                del el.attrib[name]


def bound_tree(tree: HtmlElement) -> HtmlElement:
    """Trim a parsed page so that extraction takes bounded time. RETURNS: the same tree."""
    _drop_code(tree)
    cut = _cut_elements(tree)
    if cut:
        LOGGER.info("page has %d elements over %d, cut", cut, MAX_ELEMENTS)
    _cut_attributes(tree)
    return tree


def word_count(text: str) -> int:
    """RETURNS (int): words in ``text``; each CJK character counts as half a word."""
    return len(WORD_RE.findall(text)) + len(CJK_RE.findall(text)) // 2


def _bare(tree: HtmlElement, url: str | None, **options: object):  # -> trafilatura Document | None
    from trafilatura import bare_extraction

    return bare_extraction(tree, url=url, **options)


def extract_body(tree: HtmlElement, url: str | None = None):  # -> trafilatura Document | None
    """Run trafilatura (metadata included) with ``EXTRACT_OPTIONS``; if that leaves a stub,
    the balanced extraction's text. RETURNS: a trafilatura ``Document``, or ``None``."""
    document = _bare(tree, url, with_metadata=True, **EXTRACT_OPTIONS)
    precise = (document.text or "") if document is not None else ""
    if len(precise.split()) >= STUB_WORDS:
        return document
    balanced = _bare(tree, url, **BALANCED_OPTIONS)
    if balanced is not None and len(precise) < STUB_SHARE * len(balanced.text or ""):
        LOGGER.debug("precise extraction is a stub (%d chars), taking the balanced one", len(precise))
        document = document or _metadata(tree, url)
        document.text = balanced.text
    return document


def _metadata(tree: HtmlElement, url: str | None):  # -> trafilatura Document
    from trafilatura import extract_metadata

    return extract_metadata(deepcopy(tree), default_url=url)


def find_published(tree: HtmlElement, url: str | None = None) -> str | None:
    """htmldate's original publication date of a page. RETURNS (str | None): ``YYYY-MM-DD``."""
    from htmldate import find_date

    try:
        return normalise_date(find_date(deepcopy(tree), url=url, **DATE_OPTIONS))
    except (ValueError, TypeError) as err:
        LOGGER.debug("htmldate: %s", err)
        return None


def _clean_body(text: str) -> str:
    """Share buttons, "Read more" or tag lines that trafilatura left at the edges go."""
    return strip_chrome(text, outlets=False).text


def _words_of(text: str | None) -> str:
    return " ".join(WORD_RE.findall((text or "").lower()))


def drop_title(text: str, title: str | None) -> str:
    """The headline is metadata: a first line that is the page's title (or the title without a
    section or site name around it) is taken out of the body."""
    first, _, rest = text.partition("\n")
    head = _words_of(first)
    title_words = _words_of(title)
    if head and rest.strip() and (head == title_words or (len(head) >= MIN_TITLE_CHARS and head in title_words)):
        return rest.strip()
    return text


def extract_page(data: str, *, source: str, url: str | None = None) -> Page:
    """Extract one HTML page.

    RAISES InputError: the page holds no article text.
    """
    tree = parse_html(data)
    document = extract_body(bound_tree(tree), url) if tree is not None else None
    text = drop_title(_clean_body(document.text or ""), document.title) if document is not None else ""
    if word_count(text) < MIN_WORDS:
        raise InputError(source, "no article text found in HTML")
    published = normalise_date(document.date) or find_published(tree, url)
    language = (tree.get("lang") or "").split("-")[0].lower() or None
    return Page(text=text, title=document.title, outlet=document.sitename, url=document.url or url,
                published=published, language=language)


def read_html(data: str, *, source: str, published: str | None = None, outlet: str | None = None,
              url: str | None = None) -> Iterator[Article | InputError]:
    """Read one article from an HTML page.

    data (str): the decoded page.
    source (str): its path, URL or ``<stdin>``.
    url (str | None): the page's URL, when known, for metadata and relative links.
    YIELDS: one :class:`Article`, or the :class:`InputError` that stopped it.
    """
    try:
        page = extract_page(data, source=source, url=url)
        found = {"published": page.published, "outlet": page.outlet, "title": page.title,
                 "url": page.url, "language": page.language}
        yield make_article(page.text, source=source, published=published, outlet=outlet, found=found)
    except InputError as err:
        yield err
