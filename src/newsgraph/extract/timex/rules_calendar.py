"""Rules that read calendar dates: named days, ISO and numeric dates, days of a month, months, years,
ranges of years, fiscal years, decades, centuries, quarters and halves, weeks of a month, seasons,
holidays, weekdays, parts of the day, weekends, and modified dates ("early 2009").

Each ``read_*`` takes a full match of its rule's pattern on cleaned text (see :mod:`.grammar`) and the
resolution context, and returns a :class:`Norm` or None when the match is not what it reads.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from newsgraph.extract.timex import periods
from newsgraph.extract.timex.base import UNRESOLVED, Ctx, Norm
from newsgraph.extract.timex.readers import full_year
from newsgraph.extract.timex.resolve import parse
from newsgraph.extract.timex.vocab import lexicon


def _year_of(text: str | None, ctx: Ctx) -> int | None | str:
    """The year a phrase such as "2009", "this year" or "the year" names; "X" when unresolvable."""
    if not text:
        return None
    if re.fullmatch(r"(?:the\s+)?(?:current\s+|fiscal\s+|financial\s+|calendar\s+)*year", text):
        return ctx.published.year if ctx.published else "X"
    inner = parse(text, replace(ctx, prep=None))
    if inner and re.fullmatch(r"\d{4}", inner.value):
        return int(inner.value)
    if inner and inner.value == "XXXX":
        return "X"
    return None


def _rel(m: re.Match[str]) -> int | None:
    """The offset of the match's ``rel`` word ("last" -1, "this" 0, "next" 1); None when it has none."""
    return lexicon()["relative"].get(re.sub(r"\s+", " ", m["rel"])) if m["rel"] else None


def read_named(m: re.Match[str], ctx: Ctx) -> Norm | None:
    spec = lexicon()["named"][re.sub(r"\s+", " ", m[0])]
    if "ref" in spec:
        return Norm("DATE", spec["ref"])
    part = spec.get("part")
    if ctx.published is None:
        return Norm("TIME" if part else "DATE", UNRESOLVED + (f"T{part}" if part else ""))
    return periods.day(ctx.published + timedelta(days=spec["day"]), part)


def read_iso(m: re.Match[str], ctx: Ctx) -> Norm | None:
    d = date(int(m["y"]), int(m["m"]), int(m["d"]))
    if not m["hm"]:
        return periods.day(d)
    tz = (m["tz"] or "").upper().replace(":", "")
    zone = "Z" if tz == "Z" else (f"{tz[:3]}:{tz[3:]}" if tz else "")
    return Norm("TIME", f"{periods.iso(d)}T{int(m['hh']):02d}:{m['mi']}{zone}", periods.iso(d), periods.iso(d))


def read_numeric(m: re.Match[str], ctx: Ctx) -> Norm | None:
    a, b = int(m["a"]), int(m["b"])
    y = int(m["y"]) if len(m["y"]) == 4 else full_year(m["y"], ctx.published)
    month, day = (a, b) if m["sep"] == "/" and a <= 12 else (b, a)
    return periods.day(date(y, month, day))


def _month_day(month: int, day: int, year: str | None, ctx: Ctx) -> Norm:
    if year:
        return periods.day(date(int(year), month, day))
    if ctx.published is None:
        date(2000, month, day)  # validates the day of the month (2000 is a leap year)
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}")
    y = periods.choose_year(ctx.published, ctx.tense, lambda y: (_safe_date(y, month, day),) * 2)
    if day > calendar.monthrange(y, month)[1]:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}")  # 29 February in a common year
    return periods.day(date(y, month, day))


def _safe_date(y: int, month: int, day: int) -> date:
    """A date, with 29 February moved to the 28th in common years (for choosing a year only)."""
    return date(y, month, min(day, calendar.monthrange(y, month)[1]))


def read_day_month(m: re.Match[str], ctx: Ctx) -> Norm | None:
    month = lexicon()["months"][m["mon"].rstrip(".")]
    return _month_day(month, int(re.match(r"\d+", m["d"])[0]), m["y"], ctx)


def read_month(m: re.Match[str], ctx: Ctx) -> Norm | None:
    month = lexicon()["months"][m["mon"].rstrip(".")]
    year = _year_of(m["y"], ctx)
    if year == "X":
        return Norm("DATE", f"XXXX-{month:02d}")
    if year is not None:
        return periods.month(int(year), month)
    if ctx.published is None:
        return Norm("DATE", f"XXXX-{month:02d}")
    rel = _rel(m)
    y = periods.choose_year(ctx.published, ctx.tense, lambda y: periods.months_span(y, month, 1), rel)
    return periods.month(y, month)


def read_year(m: re.Match[str], ctx: Ctx) -> Norm | None:
    return periods.year(int(m["y"]) if m["y"] else full_year(m["yy"], ctx.published))


def read_year_range(m: re.Match[str], ctx: Ctx) -> Norm | None:
    if m["and"] and ctx.prep != "between" and not m[0].startswith("between"):
        return None  # "2009 and 2011" are two years; "between 2009 and 2011" is a span
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if y2 <= y1:
        return None
    return Norm("DURATION", f"P{y2 - y1}Y", periods.iso(date(y1, 1, 1)), periods.iso(date(y2, 12, 31)))


def read_fiscal(m: re.Match[str], ctx: Ctx) -> Norm | None:
    y = int(m["y"]) if len(m["y"]) == 4 else full_year(m["y"], ctx.published)
    return Norm("DATE", f"FY{y:04d}")


def read_decade(m: re.Match[str], ctx: Ctx) -> Norm | None:
    digits = m["dec"].lstrip("'")
    if len(digits) == 2:
        return periods.decade(int(full_year(digits, None)) // 10 if int(digits) < 30 else 190 + int(digits) // 10)
    y = int(digits)
    if y % 100 == 0 and y < 2000:  # "the 1800s": the century
        return periods.century(y // 100)
    return periods.decade(y // 10)


def read_century(m: re.Match[str], ctx: Ctx) -> Norm | None:
    n = lexicon()["ordinals"].get(m["ord"]) or int(re.match(r"\d+", m["ord"])[0])
    return periods.century(n - 1) if n > 0 else None


def read_quarter(m: re.Match[str], ctx: Ctx) -> Norm | None:
    unit = "H" if m["unit"] == "half" else "Q"
    count = 2 if unit == "H" else 4
    if m["ord"] == "last" and not m["rest"]:
        return None  # "(the) last quarter": the one before this, read as a relative unit
    n = lexicon()["ordinals"][re.sub(r"\s+", " ", m["ord"])]
    n = count if n == -1 else n
    if not 1 <= n <= count:
        return None
    make = periods.half if unit == "H" else periods.quarter
    year = _year_of(m["rest"], ctx)
    if m["rest"] and year is None:
        return None
    if year == "X" or (year is None and ctx.published is None):
        return Norm("DATE", f"XXXX-{unit}{n}")
    if year is None:
        year = periods.choose_year(ctx.published, ctx.tense, lambda y: tuple(map(date.fromisoformat, make(y, n)[2:])))
    return make(int(year), n)


def read_quarter_q(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """``Q3 2024``, ``2024 Q3``, ``H1``: rewritten for :func:`read_quarter`."""
    hq, n, y = (m["hq"], m["n"], m["y"]) if m["hq"] else (m["hq2"], m["n2"], m["y2"])
    unit = "H" if hq.lower() == "h" else "Q"
    count = 2 if unit == "H" else 4
    if not 1 <= int(n) <= count:
        return None
    if y:
        year = int(re.search(r"\d{4}", y)[0])
        return (periods.half if unit == "H" else periods.quarter)(year, int(n))
    text = ("first second third fourth".split()[int(n) - 1]) + (" half" if unit == "H" else " quarter")
    return parse(text, ctx)


def read_week_of(m: re.Match[str], ctx: Ctx) -> Norm | None:
    inner = parse(m["rest"], replace(ctx, prep=None))
    n = lexicon()["ordinals"][re.sub(r"\s+", " ", m["ord"])]
    if inner is None or not re.fullmatch(r"\d{4}-\d\d", inner.value) or n > 5:
        return None
    first, last = date.fromisoformat(inner.start), date.fromisoformat(inner.end)
    # A week belongs to the month that holds its Thursday (as ISO weeks belong to years).
    thursdays = [d for d in (first + timedelta(days=i) for i in range((last - first).days + 1)) if d.isoweekday() == 4]
    if n > len(thursdays):
        return None
    return periods.week(thursdays[-1] if n == -1 else thursdays[n - 1])


def read_season(m: re.Match[str], ctx: Ctx) -> Norm | None:
    code = lexicon()["seasons"][m["season"]]
    if m["y"]:
        return periods.season(int(m["y"]), code)
    if ctx.published is None:
        return Norm("DATE", f"XXXX-{code}")
    rel = _rel(m)
    first = lexicon()["season_months"][code]
    y = periods.choose_year(ctx.published, ctx.tense, lambda y: periods.months_span(y, first, 3), rel)
    return periods.season(y, code)


def read_holiday(m: re.Match[str], ctx: Ctx) -> Norm | None:
    spec = lexicon()["holidays"][re.sub(r"\s+", " ", m["hol"]).replace("’", "'")]
    if m["y"]:
        return periods.day(periods.holiday_date(spec, int(m["y"])))
    if ctx.published is None:
        return Norm("DATE", f"XXXX-{spec['month']:02d}-{spec['day']:02d}" if "day" in spec else UNRESOLVED)
    rel = _rel(m)
    y = periods.choose_year(ctx.published, ctx.tense, lambda y: (periods.holiday_date(spec, y),) * 2, rel)
    return periods.day(periods.holiday_date(spec, y))


def read_weekday(m: re.Match[str], ctx: Ctx) -> Norm | None:
    lex = lexicon()
    wd = lex["weekdays"][m["wd"].rstrip(".")]
    part = lex["parts_of_day"][m["part"]] if m["part"] else None
    rel = _rel(m)
    if m["wrel"]:  # "Monday of last week"
        rel_week = lex["relative"][re.sub(r"\s+", " ", m["wrel"])]
        if ctx.published is None:
            return Norm("DATE", f"XXXX-WXX-{wd}")
        monday = ctx.published - timedelta(days=ctx.published.isoweekday() - 1) + timedelta(weeks=rel_week)
        return periods.day(monday + timedelta(days=wd - 1), part)
    if ctx.published is None:
        return Norm("TIME" if part else "DATE", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    return periods.day(periods.weekday_date(ctx.published, wd, ctx.tense, rel), part)


def read_part_of_day(m: re.Match[str], ctx: Ctx) -> Norm | None:
    part = lexicon()["parts_of_day"][m["part"]]
    offset = {"yesterday": -1, "tomorrow": 1}.get(m["rel"] or "", 0)
    if m["rel"] == "last" and m["part"] != "night":
        return None
    if m["rel"] == "last":
        offset = -1
    if ctx.published is None:
        return Norm("TIME", f"{UNRESOLVED}T{part}")
    return periods.day(ctx.published + timedelta(days=offset), part)


def read_the_weekend(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"the weekend": the one just past in past tense, the next one in future, the nearest in present."""
    if ctx.published is None:
        return Norm("DATE", "XXXX-WXX-WE")
    saturday = periods.weekday_date(ctx.published, 6, "past" if "past" in m[0] else ctx.tense, None)
    if ctx.published.isoweekday() == 7 and saturday > ctx.published:
        saturday -= timedelta(days=7)
    return periods.week(saturday, weekend=True)


def read_anaphoric_day(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"the day", "that day": the publication day here; :func:`find_timexes` moves it to the day last mentioned."""
    return periods.day(ctx.published) if ctx.published else Norm("DATE", UNRESOLVED)


def read_anaphoric_date(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"that time", "that date": unresolved here; :func:`find_timexes` gives it the date last mentioned."""
    return Norm("DATE", UNRESOLVED)


def read_named_day(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """"Black Monday", "Super Tuesday": an event's name, not a weekday near publication."""
    return Norm("DATE", UNRESOLVED)


def read_mod(m: re.Match[str], ctx: Ctx) -> Norm | None:
    """Mods ("early 2009", "the end of this year", "end of the month") keep the value of what they narrow."""
    rest = m["rest"]
    bare = re.fullmatch(r"(?:the\s+)?(day|week|month|quarter|year|decade|century)", rest)
    return parse("this " + bare[1] if bare else rest, ctx)
