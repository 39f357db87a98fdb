"""Calendar periods and date arithmetic: days, weeks, months, quarters, halves, seasons, years, decades,
centuries, shifting a date by units, holidays, and choosing the year or weekday a yearless date falls on.

Each period is a :class:`Norm` of type DATE with its first and last ISO day.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Callable

from newsgraph.extract.timex.base import Norm
from newsgraph.extract.timex.vocab import lexicon

_MONTHS_PER_UNIT = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}


def iso(d: date) -> str:
    """The ISO ``YYYY-MM-DD`` form of a date."""
    return d.isoformat()


def day(d: date, part: str | None = None) -> Norm:
    """The day ``d``; with a part of day (``MO``, ``EV``...), a TIME on that day."""
    if part:
        return Norm("TIME", f"{iso(d)}T{part}", iso(d), iso(d))
    return Norm("DATE", iso(d), iso(d), iso(d))


def month(y: int, m: int) -> Norm:
    """Month ``m`` of year ``y``."""
    last = calendar.monthrange(y, m)[1]
    return Norm("DATE", f"{y:04d}-{m:02d}", iso(date(y, m, 1)), iso(date(y, m, last)))


def months_span(y: int, first: int, count: int) -> tuple[date, date]:
    """The first and last day of ``count`` months starting at month ``first`` of year ``y``."""
    end_y, end_m = divmod(first - 1 + count - 1, 12)
    end_y, end_m = y + end_y, end_m + 1
    return date(y, first, 1), date(end_y, end_m, calendar.monthrange(end_y, end_m)[1])


def quarter(y: int, q: int) -> Norm:
    """Quarter ``q`` (1-4) of year ``y``."""
    start, end = months_span(y, 3 * q - 2, 3)
    return Norm("DATE", f"{y:04d}-Q{q}", iso(start), iso(end))


def half(y: int, h: int) -> Norm:
    """Half ``h`` (1-2) of year ``y``."""
    start, end = months_span(y, 6 * h - 5, 6)
    return Norm("DATE", f"{y:04d}-H{h}", iso(start), iso(end))


def season(y: int, code: str) -> Norm:
    """The season ``code`` (SP SU FA WI) of year ``y``, as three months from the lexicon's first month."""
    start, end = months_span(y, lexicon()["season_months"][code], 3)
    return Norm("DATE", f"{y:04d}-{code}", iso(start), iso(end))


def year(y: int) -> Norm:
    """The year ``y``."""
    return Norm("DATE", f"{y:04d}", iso(date(y, 1, 1)), iso(date(y, 12, 31)))


def decade(d: int) -> Norm:
    """Decade ``d`` (201 is 2010-2019)."""
    return Norm("DATE", f"{d:03d}", iso(date(max(d * 10, 1), 1, 1)), iso(date(d * 10 + 9, 12, 31)))


def century(c: int) -> Norm:
    """Century ``c`` (20 is 2000-2099), TIMEX3 style."""
    return Norm("DATE", f"{c:02d}", iso(date(max(c * 100, 1), 1, 1)), iso(date(c * 100 + 99, 12, 31)))


def week(d: date, weekend: bool = False) -> Norm:
    """The ISO week (or its weekend) that contains ``d``."""
    y, w, _ = d.isocalendar()
    first = date.fromisocalendar(y, w, 6 if weekend else 1)
    last = date.fromisocalendar(y, w, 7)
    return Norm("DATE", f"{y:04d}-W{w:02d}" + ("-WE" if weekend else ""), iso(first), iso(last))


def period(unit: str, d: date) -> Norm:
    """The calendar period of granularity ``unit`` (D W WE M Q H Y DE CE) that contains ``d``."""
    if unit == "D":
        return day(d)
    if unit in ("W", "WE"):
        return week(d, weekend=unit == "WE")
    if unit == "M":
        return month(d.year, d.month)
    if unit == "Q":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "H":
        return half(d.year, (d.month - 1) // 6 + 1)
    if unit == "Y":
        return year(d.year)
    return decade(d.year // 10) if unit == "DE" else century(d.year // 100)


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, its day clipped to the length of the month reached."""
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, min(d.day, calendar.monthrange(d.year + y, m + 1)[1]))


def shift(d: date, unit: str, n: float) -> date:
    """``d`` moved by ``n`` units (fractions of months and years are rounded to whole months)."""
    if unit in ("D",):
        return d + timedelta(days=round(n))
    if unit in ("W", "WE"):
        return d + timedelta(days=round(7 * n))
    if unit in _MONTHS_PER_UNIT:
        return add_months(d, round(n * _MONTHS_PER_UNIT[unit]))
    hours = {"TH": 1, "TM": 1 / 60, "TS": 1 / 3600}.get(unit, 0)
    return d + timedelta(hours=n * hours)  # date + timedelta ignores the part below a day


def easter(y: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    easter_month, easter_day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, easter_month, easter_day + 1)


def holiday_date(spec: dict[str, int], y: int) -> date:
    """The date of a holiday in year ``y``, from its lexicon entry (fixed day, Easter offset, or nth weekday)."""
    if "easter" in spec:
        return easter(y) + timedelta(days=spec["easter"])
    if "day" in spec:
        return date(y, spec["month"], spec["day"])
    days = [date(y, spec["month"], d) for d in range(1, calendar.monthrange(y, spec["month"])[1] + 1)]
    matching = [d for d in days if d.isoweekday() == spec["weekday"]]
    return matching[spec["nth"] - 1] if spec["nth"] > 0 else matching[spec["nth"]]


def choose_year(pub: date, tense: str, span_of: Callable[[int], tuple[date, date]], rel: int | None = None) -> int:
    """The year in which a yearless period (a month, a day, a season) falls, seen from ``pub``.

    rel (int | None): -1 for "last June", 1 for "next June", 0 for "this June", None to go by tense:
    past picks the latest occurrence that has begun, future the earliest that has not ended,
    present the nearest.
    """
    years = (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)
    spans = {y: span_of(y) for y in years}
    if rel == 0:
        return pub.year
    if rel == -1:
        return max(y for y in years if spans[y][1] < pub)
    if rel == 1:
        return min(y for y in years if spans[y][0] > pub)
    if tense == "past":
        return max(y for y in years if spans[y][0] <= pub)
    if tense == "future":
        return min(y for y in years if spans[y][1] >= pub)
    return min(years, key=lambda y: max((spans[y][0] - pub).days, (pub - spans[y][1]).days, 0))


def weekday_date(pub: date, weekday: int, tense: str, rel: int | None) -> date:
    """The date of an ISO ``weekday`` (1 = Monday) near ``pub``.

    A bare weekday that is the publication day means that day (news usage); otherwise past tense
    looks back, and future and present tense ("the summit is on Friday") look forward.
    """
    back = (pub.isoweekday() - weekday) % 7
    ahead = (weekday - pub.isoweekday()) % 7
    if rel == 0:
        return pub + timedelta(days=weekday - pub.isoweekday())
    if rel == -1:
        return pub - timedelta(days=back or 7)
    if rel == 1:
        return pub + timedelta(days=ahead or 7)
    if tense == "past":
        return pub - timedelta(days=back)
    return pub + timedelta(days=ahead)
