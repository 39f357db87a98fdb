"""The rules in the order they are tried on each token, and ``find_claims`` that runs them over an article."""
from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.model import Claim

from .according import according_to, adverb_cue, in_source, parenthetical, stance_phrase, trailing_report
from .adjectives import adjective_cue
from .chains import _in_markup, _in_unattributed_quote, _leaves_quote, _number, markup_tags
from .lexicon import Found
from .lines import colon_cue, first_line_cue, headline_cue
from .nouns import agent_cue, noun_cue
from .quotation import _mark_direct, _to_quote, quotes, with_double_quotes
from .speakers import quote_claims
from .spans import _has_words
from .verbs import noun_read_as_verb, records_show, seem_cue, verb_cue

if TYPE_CHECKING:
    from spacy.tokens import Doc

RULES = (headline_cue, seem_cue, verb_cue, parenthetical, trailing_report, according_to, in_source, stance_phrase,
         adverb_cue, adjective_cue, noun_cue, agent_cue, colon_cue, noun_read_as_verb, records_show,
         first_line_cue)


def _rule_hits(doc: "Doc", text: str) -> list[Found]:
    """What the rules find, token by token: the first rule that gives a new cue with a content of words wins."""
    found: list[Found] = []
    seen: set[tuple[int, int]] = set()
    for tok in doc:
        for rule in RULES:
            hits = rule(tok)
            hits = [hits] if isinstance(hits, Found) else hits or []
            hits = [h for h in hits if h.cue_span not in seen and _has_words(text, h.content_span)]
            if hits:
                seen.add(hits[0].cue_span)
                found.extend(hits)
                break
    return found


def _in_paragraph(text: str, content: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
    """The part of a content in the paragraph nearest its cue: the parse may run a sentence over a line
    break, but a content of the rules never does (quotations of several paragraphs are widened later)."""
    start, end = content
    if "\n" not in text[start:end]:
        return content
    pieces, pos = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            pieces.append((pos, pos + len(line)))
        pos += len(line) + 1
    if not pieces:
        return content
    return min(pieces, key=lambda p: max(0, p[0] - cue[1], cue[0] - p[1]))


def find_claims(doc: "Doc", token_actor: dict[int, str]) -> tuple[list[Claim], dict[str, Found]]:
    """The attributions of a parsed article.

    token_actor: token index → actor id, from :func:`newsgraph.extract.actors.find_actors`.
    RETURNS (tuple): the claims (ids ``c1, c2, …`` in cue order) and, by claim id, the cue found for each.
    """
    text = doc.text  # rebuilt by spaCy on each access: read once
    found = _rule_hits(doc, text)
    for f in found:
        f.content_span = _in_paragraph(text, f.content_span, f.cue_span)
    marked = with_double_quotes(text)  # same offsets, "''" read as a quote mark
    spans = [q for q in quotes(marked) if _has_words(text, q)]
    _to_quote(found, spans, text)
    found += quote_claims(doc, found, marked, spans)
    tags = markup_tags(text)
    found = [f for f in found if not _in_unattributed_quote(f, found, spans, text) and not _leaves_quote(f, spans)
             and not _in_markup(f, tags)]
    _mark_direct(found, spans, text)
    claims = _number(found, text, token_actor)
    return claims, {c.id: f for c, f in zip(claims, found)}
