"""Batch runs: stream articles through extraction into the store, in this process or in workers.

One bad article is recorded with its reason and skipped; the rest are stored. Only this module and
:mod:`newsgraph.store` see more than one article at a time.
"""
from __future__ import annotations

import logging
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from newsgraph.errors import InputError
from newsgraph.model import Article, ArticleGraph

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

MAX_CHARS = 1_000_000  # spaCy's default max_length
MIN_WORDS = 3
CHUNK = 32


@dataclass
class BatchSummary:
    """What a batch did: ids stored, ids already present, and ``(source, reason)`` of each skipped input."""

    stored: list[str] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.stored) + len(self.present) + len(self.skipped)


def check_article(article: Article) -> InputError | None:
    """Why an article cannot be extracted (empty, too short or too long), or None."""
    source = article.source or article.id or "<article>"
    words = len(article.text.split())
    if not words:
        return InputError(source, "empty article text")
    if len(article.text) > MAX_CHARS:
        return InputError(source, f"article too long ({len(article.text):,} characters > {MAX_CHARS:,})")
    if words < MIN_WORDS:
        return InputError(source, f"too short to be an article ({words} word{'s' if words > 1 else ''})")
    return None


def _extract_chunk(articles: list[Article]) -> list[tuple[str, dict | str]]:
    """Worker side: extract a chunk; each result is ``("ok", graph dict)`` or ``("error", reason)``."""
    return [("ok", item.to_dict()) if isinstance(item, ArticleGraph) else ("error", item.reason)
            for item in extract_safely(articles)]


def extract_safely(articles: list[Article]) -> Iterator[ArticleGraph | InputError]:
    """Extract articles in one ``nlp.pipe`` stream; an article whose extraction fails becomes an InputError.

    Our components record their own failures on ``doc._.failed``; if spaCy itself fails on the batch,
    the articles are parsed again one by one so that only the bad one is lost.
    """
    from newsgraph.extract import result_of
    from newsgraph.nlp import make_doc, pipeline

    nlp = pipeline()
    try:
        docs = list(nlp.pipe((make_doc(a) for a in articles), batch_size=CHUNK))
    except Exception:  # noqa: BLE001  - isolate the article that broke the batch
        docs = [_parse_one(nlp, make_doc, a) for a in articles]
    for doc in docs:
        result = doc if isinstance(doc, InputError) else result_of(doc)
        if isinstance(result, InputError):
            log.warning("%s", result)
        yield result


def _parse_one(nlp, make_doc, article: Article):
    try:
        return nlp(make_doc(article))
    except Exception as exc:  # noqa: BLE001
        return InputError(article.source or article.id, f"parsing failed: {exc.__class__.__name__}: {exc}")


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def run_batch(items: Iterable[Article | InputError], engine: "Engine", *, workers: int = 1,
              on_result: Callable[[str, str], None] | None = None) -> BatchSummary:
    """Extract and store every article of ``items``; InputErrors among them are recorded as skipped.

    workers: processes to extract in (1 = this process); storing always happens here.
    on_result: called with ``(status, label)`` per input, status in stored|present|skipped (for progress bars).
    """
    from newsgraph.store import is_present, save_graph

    summary = BatchSummary()
    notify = on_result or (lambda status, label: None)

    def skip(error: InputError) -> None:
        summary.skipped.append((error.source, error.reason))
        notify("skipped", f"{error.source}: {error.reason}")

    def pending() -> Iterator[Article]:
        for item in items:
            problem = item if isinstance(item, InputError) else check_article(item)
            if problem is not None:
                skip(problem)
                continue
            with engine.connect() as conn:
                if is_present(conn, item):
                    summary.present.append(item.id)
                    notify("present", item.id)
                    continue
            yield item

    def store(result: ArticleGraph | InputError) -> None:
        if isinstance(result, InputError):
            skip(result)
        elif save_graph(engine, result):
            summary.stored.append(result.article.id)
            notify("stored", result.article.id)
        else:
            summary.present.append(result.article.id)
            notify("present", result.article.id)

    for result in _extract(pending(), workers):
        store(result)
    return summary


def _extract(articles: Iterator[Article], workers: int) -> Iterator[ArticleGraph | InputError]:
    if workers <= 1:
        for chunk in _chunks(articles, CHUNK * 4):
            yield from extract_safely(chunk)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk, results in _map_ahead(pool, _chunks(articles, CHUNK), workers * 2):
            for article, (status, value) in zip(chunk, results):
                if status == "ok":
                    graph = ArticleGraph.from_dict(value)
                    graph.article.source = article.source
                    yield graph
                else:
                    yield InputError(article.source or article.id, value)


def _map_ahead(pool: ProcessPoolExecutor, chunks: Iterator[list[Article]], ahead: int):
    """Submit up to ``ahead`` chunks at once and yield ``(chunk, results)`` in order: memory stays flat."""
    queue = []
    for chunk in chunks:
        queue.append((chunk, pool.submit(_extract_chunk, chunk)))
        if len(queue) >= ahead:
            first, future = queue.pop(0)
            yield first, future.result()
    for chunk, future in queue:
        yield chunk, future.result()
