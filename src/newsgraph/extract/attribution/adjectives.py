"""Adjective cues: a stance adjective after a linking verb, with what it is about ("X was critical of …",
"X is confident that …", "X remained skeptical about …", "it is unclear whether …", "X made clear that …")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .groups import _verb_group, _with_colon
from .lexicon import ADJECTIVE_PREPS, EXPLETIVES, Found, _cue_for, _is_negated
from .sources import _subject
from .spans import _chars, _span

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _about(adj: "Token", link: "Token") -> tuple["Token | None", "Token | None"]:
    """What the adjective is about: a clause ("confident [that …]", "hopeful [they can …]", the clause
    hung on the linking verb after the adjective), an infinitive ("eager [to talk]") or the object of a
    preposition ("critical of [the plan]"); with the preposition, which joins the cue."""
    for child in adj.children:
        if child.dep_ == "ccomp" and child.i > adj.i:
            return child, None
    for child in link.children:
        if child.dep_ == "ccomp" and child.i > adj.i:
            return child, None
    for child in adj.children:
        if child.dep_ == "xcomp" and child.i > adj.i and any(c.lower_ == "to" for c in child.children):
            return child, None
        if child.dep_ == "advcl" and child.i > adj.i and any(  # "made it clear [that …]" read as an adverbial clause
                c.dep_ == "mark" and c.lower_ in _marks(adj) for c in child.children):
            return child, None
    prep = next((c for c in adj.children
                 if c.dep_ == "prep" and c.i == adj.i + 1 and c.lower_ in ADJECTIVE_PREPS), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    return (obj, prep) if obj is not None else (None, None)


def _marks(adj: "Token") -> tuple[str, ...]:
    """Complementizers of an adjective's clause; "that" not after "so"/"too" ("so angry that he left": a result)."""
    if any(c.dep_ == "advmod" and c.lower_ in ("so", "too") for c in adj.children):
        return ("if", "whether")
    return ("if", "whether", "that")


def _source(link: "Token") -> "Span | None":
    """The linking verb's subject; none for an empty "it" ("it is unclear whether …")."""
    source = _subject(link)
    if source is not None and len(source) == 1 and source[0].lower_ in EXPLETIVES:
        return None
    return source


def adjective_cue(tok: "Token") -> Found | None:
    """"Republicans have been critical of [Clinton's use of email]", "aides remain confident [that …]"."""
    if tok.pos_ != "ADJ" or tok.dep_ not in ("acomp", "oprd", "ccomp") or tok.head.pos_ not in ("AUX", "VERB") \
            or tok.head.i > tok.i:
        return None
    cue = _cue_for(tok, "ADJ")
    if cue is None:
        return None
    link = tok.head
    content, prep = _about(tok, link)
    if content is None or content.dep_ == "xcomp" and _cue_for(content, "VERB") is not None:
        return None  # "proud to report that …": the inner cue reports
    doc = tok.doc
    group = _verb_group(link) if link.i < tok.i else [tok]
    between = doc[group[-1].i + 1:tok.i]
    if any(t.head.i not in (tok.i, link.i) or t.dep_ not in ("advmod", "neg") and t.lower_ != "it" for t in between):
        group = [tok]  # "were, by most accounts, critical": the adjective alone
    tokens = list(doc[group[0].i:tok.i + 1]) + ([prep] if prep is not None else [])
    if prep is None:
        tokens = _with_colon(tokens)
    source = _source(link)
    if source is None and link.i < tok.i:
        return None  # "it is clear that …", "it is unclear whether …": the author's own judgement, no one's claim
    negated = _is_negated(link) or any(c.dep_ == "neg" for c in tok.children)
    return Found(cue=cue, cue_span=_chars(tokens), content_span=_chars(_span(content)),
                 source_tokens=source, negated=negated)
