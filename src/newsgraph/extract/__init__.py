"""Extraction: from a parsed article to its :class:`~newsgraph.model.ArticleGraph`.

The work happens in the spaCy components of :mod:`newsgraph.extract.components`; this module runs
the pipeline over articles (streaming, one parse per text) and gathers the results.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Iterator

from newsgraph.model import Article, ArticleGraph

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.errors import InputError


def graph_of(doc: "Doc") -> ArticleGraph:
    """Gather what the components left on a parsed ``Doc`` into an :class:`ArticleGraph`."""
    graph = ArticleGraph(article=doc._.article, actors=doc._.actors, timexes=doc._.timexes,
                         claims=doc._.claims, sourcing=doc._.sourcing or [], events=doc._.events,
                         contradictions=doc._.contradictions)
    return restore_text(graph)


def result_of(doc: "Doc") -> "ArticleGraph | InputError":
    """The graph of a parsed ``Doc``, or an InputError naming the article if a component failed on it."""
    from newsgraph.errors import InputError

    if doc._.failed:
        article = doc._.article
        return InputError(article.source or article.id, f"extraction failed in {doc._.failed}")
    return graph_of(doc)


def restore_text(graph: ArticleGraph) -> ArticleGraph:
    """Re-cut every quoted string from the article's own text.

    Extractors read the normalised text (straight quotes, same offsets); users get their own
    characters back: ``South Korea’s`` stays curly in names, cues and contents.
    """
    from newsgraph.nlp import normalise

    text = graph.article.text
    cut = lambda span: text[span[0]:span[1]]  # noqa: E731
    for actor in graph.actors:
        original = next((cut(m) for m in actor.mentions if normalise(cut(m)) == actor.name), None)
        actor.name = original or actor.name
    for timex in graph.timexes:
        timex.text = cut(timex.span)
    for claim in graph.claims:
        claim.cue, claim.content = cut(claim.cue_span), cut(claim.content_span)
        if claim.source_span is not None:
            claim.source_text = cut(claim.source_span)
    for event in graph.events:
        event.trigger = cut(event.trigger_span)
    return graph


def extract_articles(articles: Iterable[Article], batch_size: int = 32) -> Iterator[ArticleGraph]:
    """Extract graphs from many articles, in order, parsing each text once."""
    from newsgraph.errors import InputError
    from newsgraph.nlp import parse

    for doc in parse(articles, batch_size=batch_size):
        result = result_of(doc)
        if isinstance(result, InputError):
            raise result
        yield result


def extract_article(article: Article) -> ArticleGraph:
    """Extract the graph of one article. Spans index ``article.text``, which is left unchanged."""
    return next(extract_articles([article]))
