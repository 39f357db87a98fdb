"""Extraction: from a parsed article to its :class:`~newsgraph.model.ArticleGraph`.

The work happens in the spaCy components of :mod:`newsgraph.extract.components`; this module runs
the pipeline over articles (streaming, one parse per text) and gathers the results.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator

from newsgraph.model import Article, ArticleGraph

if TYPE_CHECKING:
    from spacy.tokens import Doc


def graph_of(doc: "Doc") -> ArticleGraph:
    """Gather what the components left on a parsed ``Doc`` into an :class:`ArticleGraph`."""
    return ArticleGraph(article=doc._.article, actors=doc._.actors, timexes=doc._.timexes,
                        claims=doc._.claims, events=doc._.events, contradictions=doc._.contradictions)


def extract_articles(articles: Iterable[Article], batch_size: int = 32) -> Iterator[ArticleGraph]:
    """Extract graphs from many articles, in order, parsing each text once."""
    from newsgraph.nlp import parse

    for doc in parse(articles, batch_size=batch_size):
        yield graph_of(doc)


def extract_article(article: Article) -> ArticleGraph:
    """Extract the graph of one article. Spans index ``article.text``, which is left unchanged."""
    return next(extract_articles([article]))
