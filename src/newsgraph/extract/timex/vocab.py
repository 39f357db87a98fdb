"""The timex lexicon (``lexicons/timex.json``) and the named regex fragments built from it."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from newsgraph.lexicons import load


def lexicon() -> dict[str, Any]:
    """RETURNS (dict): the parsed ``lexicons/timex.json`` (month names, numbers, named expressions...).

    Read once through the shared cached loader :func:`newsgraph.lexicons.load`: do not mutate.
    """
    return load("timex.json")


def alt(words: Any) -> str:
    """A non-capturing alternation of phrases, longest first; spaces match any whitespace."""
    words = sorted({w for w in words}, key=len, reverse=True)
    if not words:
        raise ValueError("alt: empty alternation")
    escaped = (re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words)
    return "(?:" + "|".join(escaped) + ")"


class Parts:
    """Regex fragments built from the lexicon, named for what they match."""

    def __init__(self, lex: dict[str, Any]) -> None:
        self.MONTH = alt(lex["months"]) + r"\.?"
        self.MONTH_FULL = alt(w for w in lex["months"] if len(w) > 3 or w == "may")
        self.WEEKDAY = alt(lex["weekdays"]) + r"\.?"
        self.WEEKDAY_FULL = alt(w for w in lex["weekdays"] if len(w) > 4)
        self.NUMWORD = alt(lex["numbers"])
        self.VAGUE = alt(lex["vague_numbers"])
        self.NUM = (rf"(?:\d+(?:\.\d+)?|{self.VAGUE}|{self.NUMWORD}(?:[-\s]+{self.NUMWORD})?)"
                    r"(?:\s+and\s+a\s+half)?")
        self.UNIT = alt(lex["units"])
        self.CAL_UNIT = alt(lex["calendar_units"])
        self.FILLER = alt(lex["unit_fillers"])
        self.REL = alt(lex["relative"])
        self.ORD = alt(lex["ordinals"])
        self.SEASON = alt(lex["seasons"])
        self.PART = alt(lex["parts_of_day"])
        self.TZ = alt(list(lex["timezones"]) + lex["other_timezones"])
        self.MOD = alt(lex["mods"])
        self.APPROX = alt(lex["approx"])
        self.NAMED = alt(lex["named"])
        self.HOLIDAY = alt(lex["holidays"])
        self.SET_WORD = alt(lex["sets"])
        self.FREQ = alt(lex["set_frequencies"])
        self.SETQ = alt(lex["set_quantifiers"])
        self.VAGUE_UNIT = alt(lex["vague_duration_words"])
        self.YEAR = r"(?:1\d{3}|2[01]\d{2})"
        self.DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        self.CLOCK = (
            r"(?:(?P<h>[01]?\d|2[0-4])(?:(?P<sep>[:.])(?P<mi>[0-5]\d))?(?::[0-5]\d)?\s*"
            r"(?P<ampm>[ap]\.?\s?m\b\.?)?|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:hrs\b|hours\b|h\b)?"
            r"|(?P<word>noon|midday|midnight))(?P<oclock>\s*o['’]?clock)?"
            rf"(?:\s*\(?\s*(?P<tz>{self.TZ})\b(?:\s*(?P<off>[+-]\s*\d{{1,2}}(?::?\d\d)?))?\s*\)?)?"
        )
        self.MODP = r"(?:the\s+)?(?:early|mid|late)"
        self.CONSECUTIVE_UNIT = r"(?:day|week|month|quarter|year|session)"


@lru_cache(maxsize=None)
def parts() -> Parts:
    """RETURNS (Parts): the regex fragments of the lexicon, built once."""
    return Parts(lexicon())
