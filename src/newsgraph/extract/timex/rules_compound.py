"""Rules that read an expression built on another one: a distance from a date ("two weeks before
Christmas"), a weekday of a relative week ("Tuesday next week"), a part of a given day ("the morning
of 30 March"), and a range of months ("from March to May").

Each ``read_*`` takes a full match of its rule's pattern on cleaned text (see :mod:`.grammar`) and the
resolution context, and returns a :class:`Norm` or None when the match is not what it reads.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from newsgraph.extract.timex import periods
from newsgraph.extract.timex.base import Ctx, Norm
from newsgraph.extract.timex.readers import duration_value, read_number, unit_code, unit_spec
from newsgraph.extract.timex.resolve import parse
from newsgraph.extract.timex.vocab import lexicon

_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _inner_day(text: str, ctx: Ctx) -> date | None:
    """The day a nested expression names ("Christmas", "tomorrow", "next Friday"); None if not a day."""
    inner = parse(text, replace(ctx, prep=None))
    return date.fromisoformat(inner.value) if inner and _DAY_VALUE.fullmatch(inner.value) else None


def read_offset_from(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"two weeks before Christmas", "three days after the election day", "4 months from tomorrow"."""
    n = read_number(m["num"])
    anchor = _inner_day(m["rest"], ctx)
    if n is None or anchor is None:
        return None
    sign = -1 if m["dir"].split()[0] in ("before", "prior") else 1
    other = periods.shift(anchor, unit_code(m["unit"]), sign * n * unit_spec(m["unit"]).get("size", 1))
    if ctx.prep in ("for", "within") and sign > 0:  # "for three days from today": a span that starts then
        last = max(anchor, other - timedelta(days=1))
        return Norm("DURATION", duration_value(n, m["unit"]), periods.iso(anchor), periods.iso(last))
    return periods.day(other)


def read_week_weekday(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"next week Wednesday", "this week on Monday", "Tuesday next week": a weekday of a relative week."""
    lex = lexicon()
    wd = lex["weekdays"][m["wd"].rstrip(".")]
    if ctx.published is None:
        return Norm("DATE", f"XXXX-WXX-{wd}")
    shift = lex["relative"][re.sub(r"\s+", " ", m["wrel"])]
    monday = ctx.published - timedelta(days=ctx.published.isoweekday() - 1) + timedelta(weeks=shift)
    return periods.day(monday + timedelta(days=wd - 1))


def read_part_of_date(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"the morning of 30 March 2015": that part of that day, a TIME."""
    part = lexicon()["parts_of_day"][m["part"]]
    inner = parse(m["date"], replace(ctx, prep=None))
    if inner is None or not re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)", inner.value):
        return None
    return Norm("TIME", f"{inner.value}T{part}", inner.start, inner.end)


def read_month_range(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"from March to May", "between August and October", "Nov-Feb 2017": a span of whole months.

    The value counts the months from the first to the last (TimeML style, as for "2009 to 2011"); the
    interval runs from the first day of the first month to the last day of the last one.
    """
    if m["and"] and ctx.prep != "between" and not m[0].startswith("between"):
        return None  # "March and May" are two months; "between March and May" is a span
    months = lexicon()["months"]
    first, last = months[m["a"].rstrip(".")], months[m["b"].rstrip(".")]
    count = (last - first) % 12
    if count == 0:
        return None
    value = f"P{count}M"
    if m["y"]:
        year = int(m["y"]) - (1 if last < first else 0)
    elif ctx.published is None:
        return Norm("DURATION", value)
    else:
        year = periods.choose_year(ctx.published, ctx.tense, lambda y: periods.months_span(y, first, count + 1))
    start, end = periods.months_span(year, first, count + 1)
    return Norm("DURATION", value, periods.iso(start), periods.iso(end))
