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


Spec = tuple[str, str, Callable[[re.Match[str], Ctx], Norm | None]]


@lru_cache(maxsize=None)
def rules() -> tuple[Rule, ...]:
    """The grammar, in order: the first rule whose pattern matches the whole cleaned text and reads it wins."""
    specs = _calendar_specs() + _relative_specs()
    return tuple(Rule(name, re.compile(pattern, re.IGNORECASE), read) for name, pattern, read in specs)


def _calendar_specs() -> list[Spec]:
    """Named expressions, clock times, dates, months, years, quarters and seasons: (name, pattern, reader)."""
    # Imported here, not at the top: the readers re-enter :func:`..resolve.parse`, which imports this module.
    from newsgraph.extract.timex import rules_calendar as cal, rules_compound as comp, rules_relative as rel

    p, lex = parts(), lexicon()
    return [
        ("named", p.NAMED, cal.read_named),
        ("anaphoric_year", alt(lex["anaphoric_years"]), rel.read_anaphoric_year),
        ("iso_date", rf"(?P<y>{p.YEAR})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)"
                     r"(?P<hm>[t\s](?P<hh>[0-2]?\d):(?P<mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?P<tz>z|[+-]\d\d:?\d\d)?)?", cal.read_iso),
        ("numeric_date", r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})", cal.read_numeric),
        ("time", rf"{p.CLOCK}", rel.read_time),
        ("time_date", rf"{p.CLOCK},?\s+(?:on\s+)?(?P<date>.+)", rel.read_time),
        ("date_time", rf"(?P<date>.+?),?\s+(?:at\s+)?{p.CLOCK}", rel.read_time),
        ("part_of_date", rf"(?:the\s+)?(?P<part>{p.PART})\s+of\s+(?P<date>.+)", comp.read_part_of_date),
        ("holiday", rf"(?:(?P<rel>{p.REL})\s+)?(?P<hol>{p.HOLIDAY})(?:\s+(?P<y>{p.YEAR}))?", cal.read_holiday),
        ("fiscal", rf"(?:fy\s*|fiscal\s+(?:year\s+)?)'?(?P<y>{p.YEAR}|\d\d)", cal.read_fiscal),
        ("year_range", rf"(?:from\s+|between\s+)?(?P<y1>{p.YEAR})\s*(?:-|/|to|through|until|(?P<and>and))\s*(?P<y2>{p.YEAR}|\d\d)", cal.read_year_range),
        ("day_month", rf"(?:{p.WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{p.DAY})(?:\s+of)?\s+(?P<mon>{p.MONTH})(?:,?\s+(?P<y>{p.YEAR}))?", cal.read_day_month),
        ("month_day", rf"(?:{p.WEEKDAY},?\s+)?(?P<mon>{p.MONTH})\s+(?:the\s+)?(?P<d>{p.DAY})(?:,?\s+(?P<y>{p.YEAR}))?", cal.read_day_month),
        ("month_range", rf"(?P<a>{p.MONTH})\s*(?:-|to|through|until|till|(?P<and>and))\s*(?P<b>{p.MONTH})(?:,?\s+(?P<y>{p.YEAR}))?",
         comp.read_month_range),
        ("month", rf"(?:{p.MODP}[-\s]+)?(?:(?P<rel>{p.REL})\s+)?(?P<mon>{p.MONTH})(?:,?\s+(?:of\s+)?(?P<y>{p.YEAR}|{p.REL}\s+year))?", cal.read_month),
        ("year", rf"(?:(?:the\s+)?year\s+)?(?:(?P<y>{p.YEAR})|'(?P<yy>\d\d))", cal.read_year),
        ("decade", rf"(?:the\s+)?(?:{p.MODP}[-\s]+)?(?P<dec>(?:1\d|20)\d0|'?\d0)['’]?s", cal.read_decade),
        ("century", rf"(?:the\s+)?(?P<ord>{p.ORD}|\d{{1,2}}(?:st|nd|rd|th))[-\s]+century", cal.read_century),
        ("quarter_q", rf"(?:(?P<hq>[qh])(?P<n>[1-4])(?:\s+(?:of\s+)?(?P<y>{p.YEAR}|fiscal\s+{p.YEAR}))?|(?P<y2>{p.YEAR})\s*(?P<hq2>[qh])(?P<n2>[1-4]))", cal.read_quarter_q),
        ("consecutive", rf"(?:(?:a|the)\s+)?(?P<ord>{p.ORD})\s+(?:(?P<cons>{alt(lex['consecutive_words'])})\s+)?"
                        rf"(?P<unit>day|week|month|quarter|year|session)(?P<trail>\s+{alt(lex['consecutive_trailing'])})?", rel.read_consecutive),
        ("quarter", rf"(?:the\s+)?(?P<ord>{p.ORD})[-\s]+(?:fiscal\s+|financial\s+)?(?P<unit>quarter|half)"
                    rf"(?:\s+(?:of\s+)?(?P<rest>.+))?", cal.read_quarter),
        ("week_of", rf"(?:the\s+)?(?P<ord>{p.ORD})\s+week\s+of\s+(?P<rest>.+)", cal.read_week_of),
        ("season", rf"(?:{p.MODP}[-\s]+)?(?:(?P<rel>{p.REL})\s+)?(?P<season>{p.SEASON})(?:\s+(?:of\s+)?(?P<y>{p.YEAR}))?(?:\s+season)?", cal.read_season),
    ]


def _relative_specs() -> list[Spec]:
    """Weekdays, parts of days, relative units, distances, sets, durations and modified expressions."""
    from newsgraph.extract.timex import rules_calendar as cal, rules_compound as comp, rules_relative as rel

    p, lex = parts(), lexicon()
    unit_words = r"(?P<unit>day|week|month|quarter|year)"
    return [
        ("week_weekday", rf"(?P<wrel>{p.REL})\s+week\s*(?:-\s*|on\s+)?(?P<wd>{p.WEEKDAY})", comp.read_week_weekday),
        ("weekday", rf"(?:(?P<rel>{p.REL})\s+)?(?P<wd>{p.WEEKDAY})(?:\s+(?P<part>{p.PART}))?"
                    rf"(?:\s+(?:of\s+)?(?:the\s+)?(?P<wrel>{p.REL})\s+week)?", cal.read_weekday),
        ("plural_set", rf"(?P<wd>{p.WEEKDAY_FULL})s|(?:the\s+)?weekends", rel.read_plural_set),
        ("part_of_day", rf"(?:(?P<rel>this|that|yesterday|tomorrow|today|last|the)\s+)?(?P<part>{p.PART})", cal.read_part_of_day),
        ("the_weekend", r"(?:the|this\s+past|over\s+the)\s+weekend", cal.read_the_weekend),
        ("anaphoric_day", r"(?:the|that|this)(?:\s+(?:same|very))?\s+day", cal.read_anaphoric_day),
        ("day_shift", alt(lex["anaphoric_day_shifts"]), rel.read_day_shift),
        ("anaphoric_date", alt(lex["anaphoric_dates"]), cal.read_anaphoric_date),
        ("current_unit", rf"the\s+(?P<unit>{alt(lex['current_units'])})", rel.read_current_unit),
        ("bare_unit", rf"(?P<unit>{alt(lex['current_units'])}|year)", rel.read_current_unit),
        ("bare_weekend", r"weekend", cal.read_the_weekend),
        ("whole_unit", rf"{alt(lex['whole_unit_words'])}\s+{unit_words}", rel.read_whole_unit),
        ("named_day", rf"{alt(lexicon()['named_day_prefixes'])}\s+{p.WEEKDAY}", cal.read_named_day),
        ("rel_unit", rf"(?:(?:earlier|later|early|late)\s+)?(?P<rel>(?:the\s+)?{p.REL})\s+(?:{alt(lex['unit_qualifiers'])}\s+)?"
                     rf"(?P<unit>{p.CAL_UNIT})", rel.read_rel_unit),
        ("rel_fiscal", rf"(?:the\s+)?(?P<rel>{p.REL})?\s*(?:fiscal|financial)\s+year", rel.read_rel_fiscal),
        ("after_next", rf"the\s+(?P<unit>{p.CAL_UNIT})\s+after\s+next", rel.read_after_next),
        ("ago", rf"(?P<num>{p.NUM})\s+(?:{p.FILLER}\s+)?(?P<unit>{p.UNIT})(?P<half>\s+and\s+a\s+half)?\s+"
                r"(?P<dir>ago|back|from\s+now|hence|earlier|before|later|after|prior)", rel.read_ago),
        ("offset_from", rf"(?P<num>{p.NUM})\s+(?:{p.FILLER}\s+)?(?P<unit>{p.UNIT})\s+"
                        r"(?P<dir>before|after|from|prior\s+to|ahead\s+of)\s+(?P<rest>.+)", comp.read_offset_from),
        ("set_word", p.SET_WORD, rel.read_set_word),
        ("set_quant", rf"(?:(?P<freq>{p.FREQ})\s+)?(?P<q>{p.SETQ})\s+(?P<other>other\s+)?(?:(?P<num>{p.NUM})\s+)?"
                      rf"(?P<what>{p.UNIT}|{p.WEEKDAY}|{p.PART})(?:\s+(?P<part>{p.PART}))?", rel.read_set_quant),
        ("duration", rf"(?:(?P<pre>(?:the\s+)?(?:past|last|next|previous|coming|upcoming|first|final|following|same|other|initial)"
                     rf"(?:\s+(?:past|last|next|previous|coming|first|final))?)\s+)?(?:an?\s+|another\s+)?(?P<num>{p.NUM})"
                     rf"(?:[-\s]+{p.FILLER})?(?:[-\s]+|(?<=\d))(?P<unit>{p.UNIT})(?P<half>\s+and\s+a\s+half)?(?:[-\s]+long)?"
                     r"(?:\s+(?:period|history|stretch|span|spell|run|term|window|time))?", rel.read_duration),
        ("vague_duration", rf"(?:(?:the\s+)?(?:past|last|next|coming)\s+|over\s+the\s+|the\s+)?(?P<unit>{p.VAGUE_UNIT})", rel.read_vague_duration),
        ("mod", rf"(?:{p.MOD})[-\s]+(?P<rest>.+)", cal.read_mod),
        ("approx", rf"(?:{p.APPROX})\s+(?P<rest>.+)", rel.read_approx),
    ]
