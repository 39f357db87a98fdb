"""The grammar: one rule per shape of expression, a pattern over cleaned text and the reader that resolves it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from newsgraph.extract.timex.base import Ctx, Norm
from newsgraph.extract.timex.vocab import alt, lexicon, parts


@dataclass(frozen=True)
class Rule:
    """One shape of expression: its name, its pattern (matched in full), and the reader that resolves a match."""

    name: str
    regex: re.Pattern[str]
    read: Callable[[re.Match[str], Ctx], Norm | None]


@lru_cache(maxsize=None)
def rules() -> tuple[Rule, ...]:
    """The grammar, in order: the first rule whose pattern matches the whole cleaned text and reads it wins."""
    # Imported here, not at the top: the readers re-enter :func:`..resolve.parse`, which imports this module.
    from newsgraph.extract.timex.rules_calendar import (
        read_anaphoric_day, read_century, read_day_month, read_decade, read_fiscal, read_holiday, read_iso, read_mod,
        read_month, read_named, read_named_day, read_numeric, read_part_of_day, read_quarter, read_quarter_q,
        read_season, read_the_weekend, read_week_of, read_weekday, read_year, read_year_range)
    from newsgraph.extract.timex.rules_relative import (
        read_ago, read_approx, read_duration, read_rel_unit, read_set_quant, read_set_word, read_time,
        read_vague_duration)

    p = parts()
    specs: list[tuple[str, str, Callable[[re.Match[str], Ctx], Norm | None]]] = [
        ("named", p.NAMED, read_named),
        ("iso_date", rf"(?P<y>{p.YEAR})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)"
                     r"(?P<hm>[t\s](?P<hh>[0-2]?\d):(?P<mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?P<tz>z|[+-]\d\d:?\d\d)?)?", read_iso),
        ("numeric_date", r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})", read_numeric),
        ("time", rf"{p.CLOCK}", read_time),
        ("time_date", rf"{p.CLOCK},?\s+(?:on\s+)?(?P<date>.+)", read_time),
        ("date_time", rf"(?P<date>.+?),?\s+(?:at\s+)?{p.CLOCK}", read_time),
        ("holiday", rf"(?:(?P<rel>{p.REL})\s+)?(?P<hol>{p.HOLIDAY})(?:\s+(?P<y>{p.YEAR}))?", read_holiday),
        ("fiscal", rf"(?:fy\s*|fiscal\s+(?:year\s+)?)'?(?P<y>{p.YEAR}|\d\d)", read_fiscal),
        ("year_range", rf"(?:from\s+|between\s+)?(?P<y1>{p.YEAR})\s*(?:-|/|to|through|until|(?P<and>and))\s*(?P<y2>{p.YEAR}|\d\d)", read_year_range),
        ("day_month", rf"(?:{p.WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{p.DAY})(?:\s+of)?\s+(?P<mon>{p.MONTH})(?:,?\s+(?P<y>{p.YEAR}))?", read_day_month),
        ("month_day", rf"(?:{p.WEEKDAY},?\s+)?(?P<mon>{p.MONTH})\s+(?:the\s+)?(?P<d>{p.DAY})(?:,?\s+(?P<y>{p.YEAR}))?", read_day_month),
        ("month", rf"(?:{p.MODP}[-\s]+)?(?:(?P<rel>{p.REL})\s+)?(?P<mon>{p.MONTH})(?:,?\s+(?:of\s+)?(?P<y>{p.YEAR}|{p.REL}\s+year))?", read_month),
        ("year", rf"(?:(?:the\s+)?year\s+)?(?:(?P<y>{p.YEAR})|'(?P<yy>\d\d))", read_year),
        ("decade", rf"(?:the\s+)?(?:{p.MODP}[-\s]+)?(?P<dec>(?:1\d|20)\d0|'?\d0)['’]?s", read_decade),
        ("century", rf"(?:the\s+)?(?P<ord>{p.ORD}|\d{{1,2}}(?:st|nd|rd|th))[-\s]+century", read_century),
        ("quarter_q", rf"(?:(?P<hq>[qh])(?P<n>[1-4])(?:\s+(?:of\s+)?(?P<y>{p.YEAR}|fiscal\s+{p.YEAR}))?|(?P<y2>{p.YEAR})\s*(?P<hq2>[qh])(?P<n2>[1-4]))", read_quarter_q),
        ("quarter", rf"(?:the\s+)?(?P<ord>{p.ORD})[-\s]+(?:fiscal\s+|financial\s+)?(?P<unit>quarter|half)"
                    rf"(?:\s+(?:of\s+)?(?P<rest>.+))?", read_quarter),
        ("week_of", rf"(?:the\s+)?(?P<ord>{p.ORD})\s+week\s+of\s+(?P<rest>.+)", read_week_of),
        ("season", rf"(?:{p.MODP}[-\s]+)?(?:(?P<rel>{p.REL})\s+)?(?P<season>{p.SEASON})(?:\s+(?:of\s+)?(?P<y>{p.YEAR}))?(?:\s+season)?", read_season),
        ("weekday", rf"(?:(?P<rel>{p.REL})\s+)?(?P<wd>{p.WEEKDAY})(?:\s+(?P<part>{p.PART}))?(?:\s+of\s+(?P<wrel>{p.REL})\s+week)?", read_weekday),
        ("part_of_day", rf"(?:(?P<rel>this|that|yesterday|tomorrow|today|last|the)\s+)?(?P<part>{p.PART})", read_part_of_day),
        ("the_weekend", r"(?:the|this\s+past|over\s+the)\s+weekend", read_the_weekend),
        ("anaphoric_day", r"(?:the|that|this)(?:\s+(?:same|very))?\s+day", read_anaphoric_day),
        ("named_day", rf"{alt(lexicon()['named_day_prefixes'])}\s+{p.WEEKDAY}", read_named_day),
        ("rel_unit", rf"(?:(?:earlier|later|early|late)\s+)?(?P<rel>(?:the\s+)?{p.REL})\s+(?P<unit>{p.CAL_UNIT})", read_rel_unit),
        ("ago", rf"(?P<num>{p.NUM})\s+(?:{p.FILLER}\s+)?(?P<unit>{p.UNIT})(?P<half>\s+and\s+a\s+half)?\s+"
                r"(?P<dir>ago|back|from\s+now|hence|earlier|before|later|after|prior)", read_ago),
        ("set_word", p.SET_WORD, read_set_word),
        ("set_quant", rf"(?:(?P<freq>{p.FREQ})\s+)?(?P<q>{p.SETQ})\s+(?P<other>other\s+)?(?:(?P<num>{p.NUM})\s+)?"
                      rf"(?P<what>{p.UNIT}|{p.WEEKDAY}|{p.PART})", read_set_quant),
        ("duration", rf"(?:(?P<pre>(?:the\s+)?(?:past|last|next|previous|coming|first|final|following|same|other|initial)"
                     rf"(?:\s+(?:past|last|next|previous|coming|first|final))?)\s+)?(?:an?\s+)?(?P<num>{p.NUM})"
                     rf"(?:[-\s]+{p.FILLER})?(?:[-\s]+|(?<=\d))(?P<unit>{p.UNIT})(?P<half>\s+and\s+a\s+half)?(?:[-\s]+long)?"
                     r"(?:\s+(?:period|history|stretch|span|spell|run|term|window|time))?", read_duration),
        ("vague_duration", rf"(?:(?:the\s+)?(?:past|last|next|coming)\s+|over\s+the\s+|the\s+)?(?P<unit>{p.VAGUE_UNIT})", read_vague_duration),
        ("mod", rf"(?:{p.MOD})[-\s]+(?P<rest>.+)", read_mod),
        ("approx", rf"(?:{p.APPROX})\s+(?P<rest>.+)", read_approx),
    ]
    return tuple(Rule(name, re.compile(pattern, re.IGNORECASE), read) for name, pattern, read in specs)
