"""Rules that read expressions measured from an anchor: relative calendar units ("last week"), offsets
("two days ago"), durations, sets ("every month"), clock times, and approximations ("about a year").

Each ``read_*`` takes a full match of its rule's pattern on cleaned text (see :mod:`.grammar`) and the
resolution context, and returns a :class:`Norm` or None when the match is not what it reads.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from newsgraph.extract.timex import periods
from newsgraph.extract.timex.base import UNRESOLVED, UNRESOLVED_BY_UNIT, Ctx, Norm
from newsgraph.extract.timex.readers import duration_value, opt_group, read_clock, read_number, unit_code, unit_spec
from newsgraph.extract.timex.resolve import parse
from newsgraph.extract.timex.vocab import lexicon

_DAY = timedelta(days=1)


def read_rel_unit(m: re.Match[str], ctx: Ctx) -> Norm | None:
    unit = lexicon()["calendar_units"][m["unit"]]
    word = re.sub(r"\s+", " ", m["rel"])
    the = word.startswith("the ")
    n = lexicon()["relative"][word.removeprefix("the ")]
    if unit == "D" and n != 0:  # "the next day", "the previous day": anchored to the narrative
        return Norm("DATE", UNRESOLVED)
    if unit == "FN":  # "the past fortnight": the fourteen days before publication
        return _anchored_duration(1.0, m["unit"], -1 if n < 0 else 1, ctx) if n else None
    if the and word in ("the past", "the last", "the next") and unit in ("D", "W", "M", "Y", "DE", "CE"):
        return _anchored_duration(1.0, m["unit"], -1 if n < 0 else 1, ctx)
    if ctx.published is None:
        return Norm("DATE", UNRESOLVED_BY_UNIT[unit])
    return periods.period(unit, periods.shift(ctx.published, unit, n))


def read_rel_fiscal(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"last fiscal year", "the financial year": the fiscal year named after the calendar year so many
    years from publication (most fiscal years are named after the year they end in)."""
    if ctx.published is None:
        return Norm("DATE", "FYXXXX")
    shift = lexicon()["relative"][re.sub(r"\s+", " ", m["rel"])] if m["rel"] else 0
    return Norm("DATE", f"FY{ctx.published.year + shift:04d}")


def read_after_next(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"the week after next": two units ahead."""
    unit = lexicon()["calendar_units"][m["unit"]]
    if unit in ("FN", "D"):
        return None if unit == "FN" else _offset_date(2.0, m["unit"], 1, ctx)
    if ctx.published is None:
        return Norm("DATE", UNRESOLVED_BY_UNIT[unit])
    return periods.period(unit, periods.shift(ctx.published, unit, 2))


def _quarters(n: float, direction: int, ctx: Ctx) -> tuple[date, date]:
    """The whole quarters before or after the one of publication ("the past two quarters")."""
    this_quarter = date(ctx.published.year, 3 * ((ctx.published.month - 1) // 3) + 1, 1)
    if direction < 0:
        return periods.add_months(this_quarter, -3 * round(n)), this_quarter - _DAY
    return periods.add_months(this_quarter, 3), periods.add_months(this_quarter, 3 * (round(n) + 1)) - _DAY


def _anchored_duration(n: float | None, unit_word: str, direction: int, ctx: Ctx) -> Norm:
    """A duration that ends just before (direction -1) or starts just after (+1) the publication day:
    "the past two weeks" are the fourteen days before it, "the next three days" the three after it.
    Clock units ("the past 24 hours") keep the publication day inside."""
    value = duration_value(n, unit_word)
    if ctx.published is None or n is None:
        return Norm("DURATION", value)
    code = unit_code(unit_word)
    if code == "Q":
        first, last = _quarters(n, direction, ctx)
        return Norm("DURATION", value, periods.iso(first), periods.iso(last))
    other = periods.shift(ctx.published, code, direction * n * unit_spec(unit_word).get("size", 1))
    if code.startswith("T"):
        first, last = sorted((other, ctx.published))
    else:
        first, last = (other, ctx.published - _DAY) if direction < 0 else (ctx.published + _DAY, other)
    return Norm("DURATION", value, periods.iso(first), periods.iso(last))


def _window(n: float, unit_word: str, ctx: Ctx) -> Norm:
    """"within three weeks" from now: the duration, and the days it spans from publication on."""
    value = duration_value(n, unit_word)
    if ctx.published is None:
        return Norm("DURATION", value)
    last = periods.shift(ctx.published, unit_code(unit_word), n * unit_spec(unit_word).get("size", 1)) - _DAY
    return Norm("DURATION", value, periods.iso(ctx.published), periods.iso(max(last, ctx.published)))


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
    what, part = m["what"], lex["parts_of_day"].get(m["part"] or "")
    if what.rstrip(".") in lex["weekdays"]:
        return Norm("SET", f"XXXX-WXX-{lex['weekdays'][what.rstrip('.')]}" + (f"T{part}" if part else ""))
    if part:
        return None  # "every week morning"
    if what in lex["parts_of_day"]:
        return Norm("SET", f"{UNRESOLVED}T{lex['parts_of_day'][what]}")
    n = read_number(m["num"]) if m["num"] else 1.0
    if m["other"]:
        n = 2.0
    return Norm("SET", duration_value(n, what))


def read_plural_set(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"on Mondays", "at weekends": every such day."""
    if m["wd"] is None:
        return Norm("SET", "XXXX-WXX-WE")
    return Norm("SET", f"XXXX-WXX-{lexicon()['weekdays'][m['wd']]}")


def read_consecutive(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"for a third straight day", "the fourth week in a row": the latest of a run, the period of publication."""
    if lexicon()["ordinals"][re.sub(r"\s+", " ", m["ord"])] < 2 or not (m["cons"] or m["trail"]):
        return None
    unit = lexicon()["calendar_units"].get(m["unit"], "D")  # a trading "session" is a day
    return _current(unit, ctx)


def _current(unit: str, ctx: Ctx) -> Norm:
    """The calendar period of granularity ``unit`` that holds the publication date."""
    if ctx.published is None:
        return Norm("DATE", UNRESOLVED_BY_UNIT[unit])
    return periods.period(unit, ctx.published)


def read_current_unit(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"the week", "the month": the one of publication ("the index gained 2% on the week")."""
    return _current(lexicon()["calendar_units"][m["unit"]], ctx)


def read_day_shift(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"the next day", "the day before": counted from the day last mentioned, which only
    :func:`find_timexes` knows; alone, unresolved."""
    return Norm("DATE", UNRESOLVED)


def read_whole_unit(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"all day", "all week": one whole unit."""
    return Norm("DURATION", duration_value(1.0, m["unit"]))


def read_anaphoric_year(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"the entire year", "the year before": a year counted from the year last mentioned, which
    :func:`find_timexes` supplies; alone, from the year of publication."""
    if ctx.published is None:
        return Norm("DATE", "XXXX")
    return periods.year(ctx.published.year + lexicon()["anaphoric_years"][re.sub(r"\s+", " ", m[0])])


def read_duration(m: re.Match[str], ctx: Ctx) -> Norm | None:
    n = _quantity(m)
    if m["unit"].startswith("second") and m["num"] in ("a", "an"):
        return None  # "a second term": an ordinal
    pre = re.sub(r"\s+", " ", m["pre"] or "")
    if any(w in pre for w in ("past", "last", "previous")) and not any(w in pre for w in ("first", "final")):
        return _anchored_duration(n, m["unit"], -1, ctx)
    if any(w in pre for w in ("next", "coming", "upcoming")) and ctx.prep != "within":
        return _anchored_duration(n, m["unit"], 1, ctx)
    ahead = ctx.prep_on_verb and pre.strip() in ("", "next", "the next") and n is not None
    if ahead and ctx.prep == "in" and ctx.tense == "future" and not pre:
        return _offset_date(n, m["unit"], 1, ctx)  # "will meet in two weeks" (not "the lowest level in six years")
    if ahead and ctx.prep == "within" and ctx.tense in ("future", "present"):
        return _window(n, m["unit"], ctx)
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
