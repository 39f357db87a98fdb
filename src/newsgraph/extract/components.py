"""newsgraph's steps as spaCy pipeline components, each with one job.

``newsgraph_paragraphs`` runs before the parser and ends sentences at line breaks. The extractors run
after it: each reads what the parser and earlier components left on the ``Doc`` and sets its own
extension attribute; :func:`newsgraph.nlp.pipeline` appends them in this order.
"""
from __future__ import annotations

import functools
import logging
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

log = logging.getLogger(__name__)

for _name, _default in (("failed", None), ("article", None), ("actors", None), ("token_actor", None), ("timexes", None),
                        ("claims", None), ("claim_cues", None), ("sourcing", None), ("events", None),
                        ("contradictions", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def guarded(name: str) -> Callable[[Callable[[Doc], Doc]], Callable[[Doc], Doc]]:
    """Run a component; if it raises, record why on ``doc._.failed`` so the batch can skip this doc and go on."""
    def wrap(step: Callable[[Doc], Doc]) -> Callable[[Doc], Doc]:
        @functools.wraps(step)
        def run(doc: Doc) -> Doc:
            if doc._.failed:
                return doc
            try:
                return step(doc)
            except Exception as exc:  # recorded, reported by the batch, never silently dropped
                log.debug("%s failed", name, exc_info=True)
                doc._.failed = f"{name}: {exc.__class__.__name__}: {exc}"
                return doc
        return run
    return wrap


@Language.component("newsgraph_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence, so a headline, a dateline or a paragraph never runs into the next line
    ("Carson: Clinton not fit to serve⏎⏎GOP candidate Ben Carson says …"). A line broken inside a sentence,
    a lower-case word or a comma before it and a lower-case word after it, is left to the parser."""
    if doc.has_annotation("DEP"):
        return doc  # already parsed: its sentences are set
    for tok in doc[:-1]:
        if not (tok.is_space and "\n" in tok.text) or tok.i == 0:
            continue
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        wrapped = tok.text.count("\n") == 1 and (before.text[-1:].islower() or before.text == ",") \
            and after.text[:1].islower()
        if not wrapped:
            after.is_sent_start = True
    return doc


@Language.component("newsgraph_actors", requires=["doc.ents", "token.dep"], assigns=["doc._.actors", "doc._.token_actor"])
@guarded("newsgraph_actors")
def actors_component(doc: Doc) -> Doc:
    from newsgraph.extract.actors import find_actors

    doc._.actors, doc._.token_actor = find_actors(doc)
    return doc


@Language.component("newsgraph_timexes", requires=["doc.ents", "token.dep"], assigns=["doc._.timexes"])
@guarded("newsgraph_timexes")
def timexes_component(doc: Doc) -> Doc:
    from newsgraph.extract.timex import find_timexes

    article = doc._.article
    doc._.timexes = find_timexes(doc, article.published if article is not None else None)
    return doc


@Language.component("newsgraph_claims", requires=["doc._.token_actor"],
                    assigns=["doc._.claims", "doc._.claim_cues", "doc._.sourcing", "doc._.contradictions"])
@guarded("newsgraph_claims")
def claims_component(doc: Doc) -> Doc:
    from newsgraph.extract.attribution import find_claims
    from newsgraph.extract.contradictions import find_contradictions
    from newsgraph.extract.sourcing import article_sourcing

    doc._.claims, doc._.claim_cues = find_claims(doc, doc._.token_actor)
    doc._.sourcing = article_sourcing(doc, doc._.claims, doc._.claim_cues)
    doc._.contradictions = find_contradictions(doc, doc._.claims, doc._.claim_cues)
    return doc


@Language.component("newsgraph_events", requires=["doc._.claims", "doc._.timexes", "doc._.token_actor"],
                    assigns=["doc._.events"])
@guarded("newsgraph_events")
def events_component(doc: Doc) -> Doc:
    from newsgraph.extract.events import find_events

    doc._.events = find_events(doc, doc._.token_actor, doc._.timexes)
    return doc
