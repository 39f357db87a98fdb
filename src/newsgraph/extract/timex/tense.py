"""The tense of the verb governing a time expression, which decides where a yearless or relative date falls."""
from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.timex.vocab import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "’ll"}
_PAST_AUX = {"was", "were", "had", "did", "'d", "’d"}
_PERFECT = {"has", "have", "'ve", "’ve"}
_MODAL = {"would", "could", "may", "might", "should", "must", "can", "ca", "ought"}


def _governing_verb(span: "Span") -> "Token | None":
    """The nearest VERB or AUX up the head chain from the span's root, outside the span."""
    tok = span.root
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and not (span.start <= tok.i < span.end):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _verb_tense(verb: "Token", depth: int = 0) -> str:
    """past | present | future, from the verb's auxiliaries and tag."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.lower_ in _FUTURE_AUX or aux & _FUTURE_AUX or _going_to(verb):
        return "future"
    if aux & _PERFECT and not aux & _PAST_AUX:
        return "present"  # "has announced": a perfect does not take a specific past time, so the time is now or ahead
    if aux & _PAST_AUX and verb.tag_ in ("VBN", "VBG", "VBD") and not aux & {"is", "are", "am", "be"}:
        return "past"
    if aux & _MODAL or verb.lower_ in _MODAL:
        return "future"
    if verb.tag_ == "VBN" and not aux and verb.dep_ == "acl" and verb.lemma_ in lexicon()["forward_verbs"] and depth < 3:
        clause = _governing_verb(verb.doc[verb.head.i: verb.head.i + 1])  # "the talks, planned for 18 November, will..."
        if clause is not None and clause is not verb:
            return _verb_tense(clause, depth + 1)
    complement = verb.dep_ in ("ccomp", "xcomp", "oprd", "acomp", "conj") and verb.head is not verb
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not aux and not complement):
        return "past"
    if verb.tag_ in ("VB", "VBG", "VBN") and depth < 3 and not aux - {"to"} and verb.head is not verb:
        head = verb.head if verb.head.pos_ in ("VERB", "AUX") else _governing_verb(verb.doc[verb.i: verb.i + 1])
        if head is not None and head is not verb:
            return _verb_tense(head, depth + 1)
    return "present"


def _going_to(verb: "Token") -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and any(c.lower_ in ("is", "are", "am", "'s", "'re") for c in head.children)


def tense_of(span: "Span") -> str:
    """The tense of the verb governing ``span``: past, present or future (present when there is none)."""
    verb = _governing_verb(span)
    return _verb_tense(verb) if verb is not None else "present"
