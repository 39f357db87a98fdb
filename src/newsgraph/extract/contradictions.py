"""Contradictions within one article: two claims on the same proposition with opposed commitment.

First version: a claim that asserts or claims something, and another that denies it or cannot
confirm it, whose contents share most of their content words ("X said troops crossed" vs
"Y could not confirm troops crossed", "there is no confirmed evidence that troops fought").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.model import Claim, Contradiction

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsgraph.extract.attribution import Found

CONTENT_POS = {"NOUN", "PROPN", "VERB", "NUM"}
MIN_OVERLAP = 0.5
MIN_SHARED = 2


def _content_words(doc: "Doc", claim: Claim) -> set[str]:
    span = doc.char_span(*claim.content_span, alignment_mode="expand")
    return {t.lemma_.lower() for t in span if t.pos_ in CONTENT_POS and not t.is_stop} if span is not None else set()


def find_contradictions(doc: "Doc", claims: list[Claim], cues: dict[str, "Found"]) -> list[Contradiction]:
    """Pairs of claims with opposed cues (claim/confirm vs deny/unconfirmed) on overlapping content."""
    from newsgraph.extract.factuality import cue_factuality

    polarity = {c.id: cue_factuality(cues[c.id]) for c in claims}
    words = {c.id: _content_words(doc, c) for c in claims}
    out = []
    parents = {c.id: c.parent for c in claims}

    def nested(x: Claim, y: Claim) -> bool:
        up, seen = parents.get(y.id), set()
        while up and up not in seen:
            if up == x.id:
                return True
            seen.add(up)
            up = parents.get(up)
        return False

    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            la, lb = polarity[a.id][0], polarity[b.id][0]
            if not ({la, lb} & {"denied", "unconfirmed"}) or not ({la, lb} & {"claimed", "asserted"}):
                continue
            if nested(a, b) or nested(b, a):
                continue
            shared = words[a.id] & words[b.id]
            smaller = min(len(words[a.id]), len(words[b.id])) or 1
            if len(shared) >= MIN_SHARED and len(shared) / smaller >= MIN_OVERLAP:
                opposed = a if la in ("denied", "unconfirmed") else b
                other = b if opposed is a else a
                out.append(Contradiction(claims=[other.id, opposed.id],
                                         reason=f"'{other.cue}' vs '{opposed.cue}' on {', '.join(sorted(shared))}"))
    return out
