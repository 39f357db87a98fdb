"""newsgraph: turn news into a source-attributed event graph.

Heavy modules (spaCy, trafilatura) load only when a function that needs them is called.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import newsgraph.extract as _extract_package  # noqa: F401  loaded first, so ``newsgraph.extract`` stays the function
from newsgraph.errors import InputError, NewsgraphError
from newsgraph.model import SCHEMA, Actor, Article, ArticleGraph, Claim, Contradiction, Event, Timex

if TYPE_CHECKING:
    from pathlib import Path

__version__ = "0.1.0"
__all__ = [
    "SCHEMA", "Actor", "Article", "ArticleGraph", "Claim", "Contradiction", "Event", "Timex",
    "InputError", "NewsgraphError", "extract", "extract_article", "read", "resolve_actor", "factuality",
]


def extract(text: str, published: str | None = None, outlet: str | None = None,
            url: str | None = None, title: str | None = None) -> ArticleGraph:
    """Extract the graph of one article body. ``text`` is used exactly as given; spans index into it."""
    from newsgraph.extract import extract_article as _extract_article

    return _extract_article(Article(text=text, published=published, outlet=outlet, url=url, title=title))


def extract_article(article: Article) -> ArticleGraph:
    """Extract the graph of an :class:`Article` (as returned by :func:`read`)."""
    from newsgraph.extract import extract_article as _extract_article

    return _extract_article(article)


def read(source: "str | Path", **options: Any) -> Article:
    """Read one article from a path or ``-``: sniff its format, strip chrome and boilerplate."""
    from newsgraph.ingest import read as _read

    return _read(source, **options)


def resolve_actor(text: str, date: str | None = None) -> dict[str, Any]:
    """Resolve an actor description to ``{"name", "kind", "country", "sector", "role"}``."""
    from newsgraph.extract.actors import resolve_actor as _resolve

    return _resolve(text, date=date)


def factuality(sentence: str, span: tuple[int, int]) -> float:
    """Score the author's commitment to the predicate at ``span`` (end-exclusive) in [-3, 3]."""
    from newsgraph.extract.factuality import score_span

    return score_span(sentence, span)
