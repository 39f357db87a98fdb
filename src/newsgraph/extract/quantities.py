"""Quantities on events: "1,500 special forces troops", "thousands of soldiers", "$12 million".

A quantity is a number phrase with what it counts: the noun it modifies ("1,500 … troops"), the
noun of its "of" phrase ("dozens of people") or, after a currency sign, the currency ("$50,000" →
USD). Its value is a number; a vague amount ("thousands", "dozens") gets the magnitude it names
as a lower bound and is marked approximate, as is a number after "about", "nearly", "up to" ….
Dates, durations and distances are not quantities. Word lists are in ``event_grammar.json``
(``quantities``). Spans are ``(start, end)`` character offsets into the article text, end exclusive.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsgraph.lexicons import load
from newsgraph.model import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Token

WORDS = load("event_grammar.json")["quantities"]
NUMBERS: dict[str, float] = WORDS["numbers"]
SCALES: dict[str, float] = WORDS["scales"]
VAGUE: dict[str, float] = WORDS["vague"]
APPROX = tuple(tuple(a.split()) for a in sorted(WORDS["approximators"], key=lambda a: -len(a.split())))
CURRENCIES: dict[str, str] = WORDS["currencies"]
NOT_UNITS = frozenset(WORDS["not_units"])
DIGITS_RE = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$")
SKIP_ENTS = frozenset({"DATE", "TIME", "PERCENT", "ORDINAL"})
COUNT_DEPS = frozenset({"nummod", "quantmod", "compound", "nmod"})


def _number_word(tok: Token) -> bool:
    low = tok.lower_
    return bool(DIGITS_RE.match(low)) or low in SCALES or low in VAGUE or (low in NUMBERS and tok.pos_ == "NUM")


def _value(words: list[Token]) -> tuple[float | None, bool]:
    """The value of a run of number words and whether it is vague: "70 million" → 70000000."""
    total, current, vague = 0.0, None, False
    for tok in words:
        low = tok.lower_
        if DIGITS_RE.match(low):
            current = (current or 0) + float(low.replace(",", ""))
        elif low in NUMBERS:
            current = (current or 0) + NUMBERS[low]
        elif low in SCALES:
            current = (current or 1) * SCALES[low]
            if SCALES[low] >= 1000:
                total, current = total + current, None
        elif low in VAGUE:
            vague = True
            current = (current or 1) * VAGUE[low]
    value = total + (current or 0)
    return (value or None), vague


def _approximated(first: Token) -> Token | None:
    """The first word of an approximator just before a number ("up to 16"), or None."""
    doc = first.doc
    for words in APPROX:
        start = first.i - len(words)
        if start >= 0 and all(doc[start + k].lower_ == w for k, w in enumerate(words)):
            return doc[start]
    return None


def _unit(last: Token) -> Token | None:
    """What the number counts: the noun it modifies, else the noun of its "of" phrase."""
    head = last.head
    if last.dep_ in COUNT_DEPS and head.i > last.i and head.pos_ in ("NOUN", "PROPN"):
        return head
    of = [p for c in last.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return of[0] if of else None


def _run(tok: Token) -> list[Token]:
    """The number words around ``tok``: "70 million", "tens of thousands" (without "of")."""
    doc, start, end = tok.doc, tok.i, tok.i
    while start > 0 and (_number_word(doc[start - 1]) or doc[start - 1].lower_ in CURRENCIES):
        start -= 1
    while end + 1 < len(doc) and (_number_word(doc[end + 1]) or (
            doc[end + 1].lower_ == "of" and end + 2 < len(doc) and doc[end + 2].lower_ in VAGUE)):
        end += 1
    return [doc[i] for i in range(start, end + 1)]


def find_quantities(tokens: Iterable[Token]) -> list[Quantity]:
    """The quantities among ``tokens`` (an event's clause), in text order, each phrase once."""
    seen: set[int] = set()
    found: list[Quantity] = []
    for tok in sorted(tokens, key=lambda t: t.i):
        if tok.i in seen or not _number_word(tok) or tok.ent_type_ in SKIP_ENTS:
            continue
        run = _run(tok)
        seen.update(t.i for t in run)
        words = [t for t in run if t.lower_ not in CURRENCIES and t.lower_ != "of"]
        value, vague = _value(words)
        if value is None:
            continue
        currency = next((CURRENCIES[t.lower_] for t in run if t.lower_ in CURRENCIES), None)
        unit_tok = _unit(words[-1])
        if unit_tok is not None and unit_tok.lemma_.lower() in NOT_UNITS:
            continue  # "12 days", "10 km"
        approx = _approximated(run[0])
        first = approx if approx is not None else run[0]
        last = unit_tok if unit_tok is not None and unit_tok.i > run[-1].i else run[-1]
        doc = tok.doc
        span = (first.idx, last.idx + len(last.text))
        found.append(Quantity(
            text=doc.text[span[0]:span[1]], span=span, value=int(value) if value == int(value) else value,
            unit=currency or (unit_tok.text.lower() if unit_tok is not None else None),
            approximate=vague or approx is not None))
    return found
