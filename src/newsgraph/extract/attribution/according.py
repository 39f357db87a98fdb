"""Cues around a clause: parentheticals ("…, he says, …"), "according to X" / "citing X", and adverbs
("reportedly") with no source."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .groups import _verb_group
from .lexicon import _NO_CUE, Found, _cue_for, _is_negated, cues
from .sources import _subject
from .spans import _chars, _span, _strip
from .verbs import _clause

if TYPE_CHECKING:
    from spacy.tokens import Token

def parenthetical(tok: "Token") -> list[Found] | None:
    """"This campaign, he says, is different", "As the Times noted, X": the clause around the cue, in one
    or two pieces."""
    as_clause = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
    if (tok.dep_ != "parataxis" and not as_clause) or tok.pos_ not in ("VERB", "AUX") \
            or _clause(tok, _NO_CUE) is not None or any(c.dep_ == "dobj" for c in tok.children):
        return None
    doc = tok.doc
    left = tok.left_edge.i if doc[tok.left_edge.i].is_punct else tok.left_edge.i - 1
    right = tok.right_edge.i if doc[tok.right_edge.i].is_punct else tok.right_edge.i + 1
    opened = left < tok.sent.start or all(t.dep_ in ("cc", "advmod", "punct") for t in doc[tok.sent.start:left + 1]) \
        if as_clause else left >= 0 and doc[left].text in (",", '"')  # "But as X noted, …" opens its sentence too
    if not opened or right >= len(doc) or doc[right].text not in (",", '"', ".", ":"):
        return None  # not set off by commas: no parenthetical
    cue = _cue_for(tok, "VERB")
    source = _subject(tok)
    if cue is None or cue.kind in ("source", "seem") or source is None:
        return None
    doc, head = tok.doc, tok.head
    inner = range(tok.left_edge.i, tok.right_edge.i + 1)
    pieces = [_strip(list(doc[head.left_edge.i:inner.start])), _strip(list(doc[inner.stop:head.right_edge.i + 1]))]
    group = _verb_group(tok)
    return [Found(cue=cue, cue_span=_chars(group), content_span=_chars(piece), source_tokens=source,
                  negated=_is_negated(tok)) for piece in pieces if piece] or None


def according_to(tok: "Token") -> Found | None:
    """"…, according to X" and "… citing X": the rest of the clause is the content."""
    if tok.lower_ == "according":
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        cue_tokens = [tok, to] if to is not None else []
    elif tok.lower_ == "citing":
        source = next((c for c in tok.children if c.dep_ in ("dobj", "pobj")), None)
        cue_tokens = [tok]
    else:
        return None
    if source is None:
        return None
    cue = cues().get(("according to", "ADP") if tok.lower_ == "according" else ("cite", "VERB"))
    if cue is None:
        return None
    source_span = tok.doc[source.left_edge.i:source.right_edge.i + 1]
    frame = tok.head if tok.dep_ in ("xcomp", "advcl", "acl") and _cue_for(tok.head, "VERB") is not None else None
    reported = next((c for c in frame.children if c.dep_ == "ccomp"), None) if frame is not None else None
    if reported is not None:  # "…, News.Az reports citing foreign media": what is reported is the content
        return Found(cue=cue, cue_span=_chars(cue_tokens), content_span=_chars(_span(reported)),
                     source_tokens=source_span)
    phrase = list((frame or tok).subtree)
    sent = tok.sent
    holder = (frame or tok).head
    if holder.dep_ in ("relcl", "advcl", "ccomp") and holder.i != holder.head.i:
        # "…, which according to X is overseen by the UN": the content stays in the clause that holds the cue
        clause = [t for t in holder.subtree if not t.is_punct or t.i > phrase[0].i]
        sent = tok.doc[clause[0].i:clause[-1].i + 1]
    before = (sent.start_char, phrase[0].idx)
    after = (phrase[-1].idx + len(phrase[-1].text), sent.end_char)
    content = before if before[1] - before[0] >= after[1] - after[0] else after
    return Found(cue=cue, cue_span=_chars(cue_tokens), content_span=content, source_tokens=source_span)


def adverb_cue(tok: "Token") -> Found | None:
    """"Troops reportedly crossed …": a claim with no named source."""
    cue = cues().get((tok.lower_, "ADV"))
    if cue is None or tok.dep_ != "advmod":
        return None
    head = tok.head
    return Found(cue=cue, cue_span=_chars([tok]), content_span=_chars(_span(head)))
