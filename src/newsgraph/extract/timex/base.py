"""Shared types and constants: TIMEX3 placeholders, the :class:`Norm` result and the resolution context."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

TENSES = ("past", "present", "future")
UNRESOLVED = "XXXX-XX-XX"
# Placeholder values for a relative expression of each granularity when there is no publication date.
UNRESOLVED_BY_UNIT = {"D": UNRESOLVED, "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
                       "H": "XXXX-HX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}


class Norm(NamedTuple):
    """A normalised time expression: TIMEX3 type and value, and the ISO dates of the interval it covers."""

    type: str
    value: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Ctx:
    """What resolution needs besides the text: publication date, tense, and the preposition before it."""

    published: date | None
    tense: str = "past"
    prep: str | None = None
    prep_on_verb: bool = True  # "will meet in two weeks" (a date), not "the first talks in two years"
