"""Rules that read expressions measured from an anchor: relative calendar units ("last week"), offsets
("two days ago"), durations, sets ("every month"), clock times, and approximations ("about a year").

Each ``read_*`` takes a full match of its rule's pattern on cleaned text (see :mod:`.grammar`) and the
resolution context, and returns a :class:`Norm` or None when the match is not what it reads.
"""
from __future__ import annotations

import re
from dataclasses import replace

from newsgraph.extract.timex import periods
from newsgraph.extract.timex.base import UNRESOLVED, UNRESOLVED_BY_UNIT, Ctx, Norm
from newsgraph.extract.timex.readers import duration_value, opt_group, read_clock, read_number, unit_code, unit_spec
from newsgraph.extract.timex.resolve import parse
from newsgraph.extract.timex.vocab import lexicon


def read_rel_unit(m: re.Match[str], ctx: Ctx) -> Norm | None:
    unit = lexicon()["calendar_units"][m["unit"]]
    word = re.sub(r"\s+", " ", m["rel"])
    the = word.startswith("the ")
    n = lexicon()["relative"][word.removeprefix("the ")]
    if unit == "D" and n != 0:  # "the next day", "the previous day": anchored to the narrative
        return Norm("DATE", UNRESOLVED)
    if the and word in ("the past", "the last", "the next") and unit in ("D", "W", "M", "Y", "DE", "CE"):
        return _anchored_duration(1.0, m["unit"], -1 if n < 0 else 1, ctx)
    if ctx.published is None:
        return Norm("DATE", UNRESOLVED_BY_UNIT[unit])
    return periods.period(unit, periods.shift(ctx.published, unit, n))


def _anchored_duration(n: float | None, unit_word: str, direction: int, ctx: Ctx) -> Norm:
    """A duration that ends (direction -1) or starts (+1) at the publication date: "the past two weeks"."""
    value = duration_value(n, unit_word)
    if ctx.published is None or n is None:
        return Norm("DURATION", value)
    other = periods.shift(ctx.published, unit_code(unit_word), direction * n * unit_spec(unit_word).get("size", 1))
    first, last = sorted((other, ctx.published))
    return Norm("DURATION", value, periods.iso(first), periods.iso(last))


def _granularity(unit_word: str) -> str:
    """The calendar granularity a date "n units away" is given in: days for weeks and clock units."""
    code = unit_code(unit_word)
    return {"W": "D", "WE": "D", "TH": "D", "TM": "D", "TS": "D"}.get(code, code)


def _offset_date(n: float | None, unit_word: str, sign: int, ctx: Ctx) -> Norm:
    """The date ``n`` units before (sign -1) or after (+1) publication, at a fitting granularity."""
    code, gran = unit_code(unit_word), _granularity(unit_word)
    if n is None:
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if ctx.published is None:
        return Norm("DATE", UNRESOLVED_BY_UNIT[gran])
    size = unit_spec(unit_word).get("size", 1)
    if gran == "Y" and (n * size) != int(n * size):
        gran = "M"
    return periods.period(gran, periods.shift(ctx.published, code, sign * n * size))


def _quantity(m: re.Match[str]) -> float | None:
    """The number of a NUM ... UNIT match, with "a year and a half" counted as 1.5."""
    n = read_number(m["num"])
    return n + 0.5 if n is not None and opt_group(m, "half") else n


def read_ago(m: re.Match[str], ctx: Ctx) -> Norm | None:
    n = _quantity(m)
    direction = re.sub(r"\s+", " ", m["dir"])
    if direction in ("ago", "back"):
        return _offset_date(n, m["unit"], -1, ctx)
    if direction in ("from now", "hence"):
        return _offset_date(n, m["unit"], 1, ctx)
    return Norm("DATE", UNRESOLVED_BY_UNIT[_granularity(m["unit"])])  # "two days later": needs an anchor


def read_set_word(m: re.Match[str], ctx: Ctx) -> Norm | None:
    return Norm("SET", lexicon()["sets"][re.sub(r"\s+", " ", m[0])])


def read_set_quant(m: re.Match[str], ctx: Ctx) -> Norm | None:
    lex = lexicon()
    if m["q"] in ("a", "an") and not m["freq"]:
        return None
    what = m["what"]
    if what.rstrip(".") in lex["weekdays"]:
        return Norm("SET", f"XXXX-WXX-{lex['weekdays'][what.rstrip('.')]}")
    if what in lex["parts_of_day"]:
        return Norm("SET", f"{UNRESOLVED}T{lex['parts_of_day'][what]}")
    n = read_number(m["num"]) if m["num"] else 1.0
    if m["other"]:
        n = 2.0
    return Norm("SET", duration_value(n, what))


def read_duration(m: re.Match[str], ctx: Ctx) -> Norm | None:
    n = _quantity(m)
    if m["unit"].startswith("second") and m["num"] in ("a", "an"):
        return None  # "a second term": an ordinal
    pre = re.sub(r"\s+", " ", m["pre"] or "")
    if any(w in pre for w in ("past", "last", "previous")) and not any(w in pre for w in ("first", "final")):
        return _anchored_duration(n, m["unit"], -1, ctx)
    if any(w in pre for w in ("next", "coming")):
        return _anchored_duration(n, m["unit"], 1, ctx)
    if ctx.prep == "in" and ctx.prep_on_verb and ctx.tense == "future" and not pre and n is not None:
        return _offset_date(n, m["unit"], 1, ctx)  # "in two weeks": a date ahead
    return Norm("DURATION", duration_value(n, m["unit"]))


def read_vague_duration(m: re.Match[str], ctx: Ctx) -> Norm | None:
    return Norm("DURATION", duration_value(None, m["unit"]))


def read_time(m: re.Match[str], ctx: Ctx) -> Norm | None:
    clock = read_clock(m)
    if clock is None:
        return None
    day: str | None
    if opt_group(m, "date"):
        inner = parse(m["date"], replace(ctx, prep=None))
        if inner is None or not re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d\d-\d\d|XX-XX|WXX-\d)", inner.value):
            return None
        day = inner.value
    else:
        day = periods.iso(ctx.published) if ctx.published else UNRESOLVED
    known = day[0].isdigit() and "W" not in day
    return Norm("TIME", f"{day}T{clock}", day if known else None, day if known else None)


def read_approx(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """Approximations ("about three weeks", "over a year") keep the value of the quantity; an
    approximate quantity after "in" is a span ("the first in almost a year"), not a date ahead."""
    return parse(m["rest"], replace(ctx, prep=None))
