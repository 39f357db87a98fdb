"""Factuality: how committed the author is to a predicate, after following the claims around it.

``certainty`` is on the FactBank/UW scale: 3 certainly happened, 0 unknown, -3 certainly did not.
The label is decided in this order: hypothetical (a condition), future, denied (negation),
possible (a hedge), then what the innermost enclosing claim's cue gives (claimed, unconfirmed,
denied…), and asserted when the outlet says it in its own voice.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from newsgraph.lexicons import load

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsgraph.extract.attribution import Found
    from newsgraph.model import Claim

ASSERTED = ("asserted", 3.0)
FUTURE_AUX = {"will", "shall", "'ll", "wo"}


@dataclass(frozen=True)
class Hedge:
    word: str
    factuality: str
    certainty: float


@lru_cache(maxsize=1)
def hedges() -> dict[str, Hedge]:
    return {r["word"].lower(): Hedge(r["word"].lower(), r["factuality"], float(r["certainty"]))
            for r in load("hedges.tsv")}


# A predicate shares the modality of the word it is the complement of ("likely to be deployed",
# "declined to discuss", "will meet and sign"), but not of a verb it is merely the object of.
MARKER_DEPS = {"aux", "auxpass", "neg", "advmod", "mark", "det", "amod", "npadvmod", "preconj"}
NEGATORS = {"not", "n't", "never", "no", "neither", "nor", "without"}


def _governors(tok: "Token", stop: int | None) -> list["Token"]:
    """The predicate, then the words whose modality it shares: xcomp heads, and the first verb of a conjunction."""
    chain = [tok]
    while tok.head is not tok and tok.head.i != stop:
        own_aux = any(c.dep_ in ("aux", "neg") for c in tok.children)
        if tok.dep_ == "xcomp" or (tok.dep_ == "conj" and not own_aux and tok.head.pos_ in ("VERB", "AUX")) \
                or (tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in hedges()):
            # "plans a visit", "sought an appeal": a nominal event shares its governor's modality too
            tok = tok.head
            chain.append(tok)
        else:
            break
    return chain


def _markers(chain: Sequence["Token"]) -> list["Token"]:
    """The auxiliaries, negations, adverbs and complementizers on the chain, and the governors themselves."""
    words = [c for t in chain for c in t.children if c.dep_ in MARKER_DEPS]
    return words + list(chain[1:])


def _negations(words: Sequence["Token"]) -> int:
    return sum(1 for w in words if w.dep_ == "neg" or (w.lower_ in NEGATORS and w.dep_ in ("det", "advmod", "neg", "preconj")))


UNREALISED = Hedge("to", "possible", 1.5)


def _unrealised(tok: "Token") -> bool:
    """An infinitive ("to keep the boy", "plans to visit"): something not (yet) done."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def local_factuality(tok: "Token", stop: int | None = None) -> tuple[str, float] | None:
    """What the words around a predicate say: a condition, a future, a negation or a hedge, else None.

    stop: the token index of the enclosing claim's cue, which is never part of the predicate's own words.
    """
    words = _markers(_governors(tok, stop))
    if any(w.lower_ in ("if", "unless") and w.dep_ == "mark" for w in words):
        return "hypothetical", 0.0
    negated = _negations(words) % 2 == 1
    table = hedges()
    found = [table[w.lower_] if w.lower_ in table else table[w.lemma_.lower()] for w in words
             if w.lower_ in table or w.lemma_.lower() in table]
    future = any(w.lower_ in FUTURE_AUX for w in words)
    if not found and _unrealised(tok):
        found = [UNREALISED]
    if found:
        weakest = min(found, key=lambda h: abs(h.certainty))
        label, certainty = weakest.factuality, weakest.certainty
    elif future:
        label, certainty = "future", 2.0
    elif negated:
        return "denied", -3.0
    else:
        return None
    if negated:
        return ("denied", -abs(certainty)) if label == "asserted" else (label, -certainty)
    return label, certainty


def cue_factuality(found: "Found") -> tuple[str, float]:
    """What a claim's cue commits the author to: "said" → claimed, "could not confirm" → unconfirmed."""
    cue = found.cue
    if not found.negated:
        return cue.factuality, cue.certainty
    if cue.kind in ("deny", "doubt"):
        return "possible", 0.0
    return "unconfirmed", 0.0


def combine(chain: Sequence[tuple[str, float]], local: tuple[str, float] | None) -> tuple[str, float]:
    """The label and certainty of a predicate from the cues around it (outermost first) and its own words.

    The innermost cue gives the label; the weakest cue in the chain bounds the certainty.
    """
    label, certainty = chain[-1] if chain else ASSERTED
    if chain:
        certainty = min((c for _, c in chain), key=abs)
    if any(lab == "denied" for lab, _ in chain):
        label = "denied"
    if local is None:
        return label, certainty
    local_label, local_certainty = local
    if local_label == "hypothetical":
        return local_label, 0.0
    if local_label == "denied":
        return local_label, -abs(certainty)
    if label in ("unconfirmed", "denied"):
        return label, certainty
    return local_label, min(certainty, local_certainty, key=abs)


def enclosing_claims(doc: "Doc", tok: "Token") -> list["Claim"]:
    """The claims whose content holds the token, outermost first."""
    inside = [c for c in doc._.claims if c.content_span[0] <= tok.idx < c.content_span[1]]
    return sorted(inside, key=lambda c: c.content_span[1] - c.content_span[0], reverse=True)


def predicate_factuality(doc: "Doc", tok: "Token") -> tuple[str, float, list[str]]:
    """``(label, certainty, claim ids)`` of the predicate headed by ``tok``, after the claims around it."""
    claims = enclosing_claims(doc, tok)
    chain = [cue_factuality(doc._.claim_cues[c.id]) for c in claims]
    cue_token = None
    if claims:  # the cue's last token is its verb or noun: "could not [confirm]"
        cue = doc.char_span(*claims[-1].cue_span, alignment_mode="expand")
        cue_token = cue[-1].i if cue is not None and len(cue) else None
    label, certainty = combine(chain, local_factuality(tok, cue_token))
    return label, certainty, [c.id for c in claims]


def head_token(doc: "Doc", span: tuple[int, int]) -> "Token | None":
    """The syntactic head of the tokens overlapping ``span`` (end-exclusive character offsets)."""
    start, end = span
    inside = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not inside:
        return None
    return next((t for t in inside if t.head not in inside or t.head == t), inside[0])


def score_span(sentence: str, span: tuple[int, int]) -> float:
    """The certainty of the predicate at ``span`` (end-exclusive character offsets) in ``sentence``."""
    from newsgraph.nlp import pipeline

    start, end = span
    if not (0 <= start < end <= len(sentence)):
        raise ValueError(f"span {span} is outside the sentence of length {len(sentence)}")
    doc = pipeline()(sentence)
    head = head_token(doc, span)
    return predicate_factuality(doc, head)[1] if head is not None else ASSERTED[1]
