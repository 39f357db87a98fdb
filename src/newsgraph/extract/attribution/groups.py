"""Cue spans of verbs: the verb group with auxiliaries, negation, adverbs and particles, a governing verb,
a written medium ("said in a statement") and a closing colon."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import MARKS, MEDIA, _cue_for

if TYPE_CHECKING:
    from spacy.tokens import Token

def _verb_group(verb: "Token") -> list["Token"]:
    """The verb with its auxiliaries, negation, adverbs and particle: "has also called", "could not confirm"."""
    doc = verb.doc
    left = [c for c in verb.children if c.i < verb.i and c.dep_ in ("aux", "auxpass", "neg")]
    start = min([verb.i] + [c.i for c in left])
    while start > verb.sent.start and _in_group(doc[start - 1], verb):
        start -= 1
    if any(not _in_group(t, verb) and t.dep_ not in ("aux", "auxpass", "neg") for t in doc[start:verb.i]):
        start = verb.i
    end = verb.i + 1
    while end < verb.sent.end and doc[end].head.i == verb.i and doc[end].dep_ in ("prt", "advmod", "neg") \
            and doc[end].pos_ in ("ADP", "ADV", "PART") and doc[end].lower_ not in MARKS and not doc[end].is_title:
        end += 1  # not a name read as an adverb: '"…," said Skelly'
    return list(doc[start:end])


def _governed(verb: "Token", group: list["Token"]) -> list["Token"]:
    """"goes on to say", "began by saying": a verb that is no cue itself but governs the cue joins its group.

    Without one, a bare infinitive marker is left out of the cue ("to say" → "say").
    """
    doc = verb.doc
    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    if verb.dep_ in ("xcomp", "pcomp") and head.i < verb.i and head.pos_ in ("VERB", "AUX") \
            and _governs(head):
        head_group = _verb_group(head)
        between = doc[head_group[-1].i + 1:group[0].i]
        if len(between) <= 3 and all(t.dep_ in ("prt", "aux", "advmod", "prep", "neg") for t in between):
            return list(doc[head_group[0].i:group[-1].i + 1])
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.i < verb.i and head.head.pos_ == "AUX":
        # "were slightly more likely to say": the adjective and its copula govern the cue
        start = min(head.left_edge.i, head.head.i)
        if all(t.i in (head.head.i,) or t.head.i in (head.i, head.head.i) or t.head.head.i == head.i
               for t in doc[start:group[0].i] if t.lower_ != "to"):
            return list(doc[start:group[-1].i + 1])
    while len(group) > 1 and group[0].lower_ == "to" and group[0].dep_ == "aux":
        group = group[1:]
    return group


def _governs(head: "Token") -> bool:
    """A verb that joins the group of a cue it governs: no cue itself, or "seem"/"appear" ("seemed to urge")."""
    cue = _cue_for(head, "VERB")
    return cue is None or cue.kind == "seem"


def _in_group(tok: "Token", verb: "Token") -> bool:
    """An adverb or auxiliary of the verb ("also", "repeatedly", "has", "not")."""
    return tok.head.i == verb.i and (tok.dep_ in ("aux", "auxpass", "neg")
                                 or (tok.dep_ == "advmod" and tok.pos_ == "ADV" and not tok.lower_.startswith("wh")
                                     and tok.lower_ not in ("though", "however", "so", "then", "now")))


def _medium(tokens: list["Token"]) -> list["Token"]:
    """Extend a cue over "in a statement" right after it (the written medium of the statement)."""
    doc, end = tokens[0].doc, tokens[-1].i + 1
    if end + 2 < len(doc) and doc[end].lower_ == "in" and doc[end].head in tokens:
        nouns = [t for t in doc[end + 1:end + 4] if t.head.i == end]
        noun = nouns[0] if nouns else None
        if noun is not None and noun.lower_ in MEDIA and noun.right_edge.i == noun.i:
            return tokens + list(doc[end:noun.i + 1])
    return tokens


def _with_colon(tokens: list["Token"]) -> list["Token"]:
    """A colon right after a cue that introduces the content is part of the cue ("said:")."""
    doc, end = tokens[0].doc, tokens[-1].i + 1
    if end < len(doc) and doc[end].text == ":":
        return tokens + [doc[end]]
    return tokens
