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
    from spacy.tokens import Token

    from newsgraph.extract.attribution import Found

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


def _clause_path(tok: "Token", stop: int | None) -> list["Token"]:
    """The trigger and its heads up to (not including) the claim cue at token index ``stop``."""
    path, seen = [tok], {tok.i}
    while tok.head.i not in seen and tok.head.i != stop and tok.dep_ not in ("ccomp", "ROOT"):
        tok = tok.head
        seen.add(tok.i)
        path.append(tok)
    return path


def _modifiers(path: Sequence["Token"]) -> list["Token"]:
    return [c for t in path for c in t.children if c.dep_ in ("aux", "auxpass", "neg", "advmod", "amod", "mark", "det")] + list(path[1:])


def local_factuality(tok: "Token", stop: int | None = None) -> tuple[str, float] | None:
    """What the words around a predicate say: a condition, a future, a negation or a hedge, else None."""
    words = _modifiers(_clause_path(tok, stop))
    lowers = {w.lower_ for w in words}
    if "if" in lowers or "unless" in lowers:
        return "hypothetical", 0.0
    negated = any(w.dep_ == "neg" or (w.dep_ == "det" and w.lower_ == "no") for w in words)
    if lowers & FUTURE_AUX and not negated:
        return "future", 2.0
    if negated:
        return "denied", -3.0
    found = [hedges()[w] for w in lowers if w in hedges()]
    found += [hedges()[w.lemma_.lower()] for w in words if w.lemma_.lower() in hedges() and w.lower_ not in hedges()]
    if found:
        weakest = min(found, key=lambda h: abs(h.certainty))
        return weakest.factuality, weakest.certainty
    return None


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


def score_span(sentence: str, span: tuple[int, int]) -> float:
    """The certainty of the predicate at ``span`` (end-exclusive character offsets) in ``sentence``."""
    from newsgraph.nlp import pipeline
    from newsgraph.extract.events import predicate_factuality

    start, end = span
    if not (0 <= start < end <= len(sentence)):
        raise ValueError(f"span {span} is outside the sentence of length {len(sentence)}")
    doc = pipeline()(sentence)
    inside = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not inside:
        return ASSERTED[1]
    head = next((t for t in inside if t.head not in inside or t.head == t), inside[0])
    return predicate_factuality(doc, head)[1]
