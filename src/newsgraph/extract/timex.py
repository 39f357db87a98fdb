"""Time expressions: find them in a parsed article and normalise them to TimeML TIMEX3 values.

Finding and resolving are separate steps, htmldate-style. :func:`find_timexes` proposes candidates
(the doc's DATE and TIME entities, plus patterns built from ``lexicons/timex.json`` for what the
small model misses), trims each to its TimeML extent, keeps those the grammar can read, and resolves
them with :func:`normalise` against the publication date, in the tense of the governing verb.

Every span is a pair of Python string offsets into ``doc.text``, end exclusive.
"""
from __future__ import annotations

import calendar
import json
import logging
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Callable, Iterator, NamedTuple

from newsgraph.model import Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

logger = logging.getLogger(__name__)

__all__ = ["TENSES", "UNRESOLVED", "Norm", "find_timexes", "lexicon", "normalise", "parse_published", "tense_of"]

TENSES = ("past", "present", "future")
UNRESOLVED = "XXXX-XX-XX"
# Placeholder values for a relative expression of each granularity when there is no publication date.
_UNRESOLVED_BY_UNIT = {"D": UNRESOLVED, "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
                       "H": "XXXX-HX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}
_MONTHS_PER_UNIT = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}


class Norm(NamedTuple):
    """A normalised time expression: TIMEX3 type and value, and the ISO dates of the interval it covers."""

    type: str
    value: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class _Ctx:
    """What resolution needs besides the text: publication date, tense, and the preposition before it."""

    published: date | None
    tense: str = "past"
    prep: str | None = None
    prep_on_verb: bool = True  # "will meet in two weeks" (a date), not "the first talks in two years"


# --------------------------------------------------------------------------------------------
# Lexicon and named pattern parts
# --------------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def lexicon() -> dict[str, Any]:
    """RETURNS (dict): the parsed ``lexicons/timex.json`` (month names, numbers, named expressions...)."""
    path = files("newsgraph").joinpath("lexicons").joinpath("timex.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _alt(words: Any) -> str:
    """A non-capturing alternation of phrases, longest first; spaces match any whitespace."""
    words = sorted({w for w in words}, key=len, reverse=True)
    if not words:
        raise ValueError("_alt: empty alternation")
    parts = (re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words)
    return "(?:" + "|".join(parts) + ")"


class _Parts:
    """Regex fragments built from the lexicon, named for what they match."""

    def __init__(self, lex: dict[str, Any]) -> None:
        self.MONTH = _alt(lex["months"]) + r"\.?"
        self.MONTH_FULL = _alt(w for w in lex["months"] if len(w) > 3 or w == "may")
        self.WEEKDAY = _alt(lex["weekdays"]) + r"\.?"
        self.WEEKDAY_FULL = _alt(w for w in lex["weekdays"] if len(w) > 4)
        self.NUMWORD = _alt(lex["numbers"])
        self.VAGUE = _alt(lex["vague_numbers"])
        self.NUM = (rf"(?:\d+(?:\.\d+)?|{self.VAGUE}|{self.NUMWORD}(?:[-\s]+{self.NUMWORD})?)"
                    r"(?:\s+and\s+a\s+half)?")
        self.UNIT = _alt(lex["units"])
        self.CAL_UNIT = _alt(lex["calendar_units"])
        self.FILLER = _alt(lex["unit_fillers"])
        self.REL = _alt(lex["relative"])
        self.ORD = _alt(lex["ordinals"])
        self.SEASON = _alt(lex["seasons"])
        self.PART = _alt(lex["parts_of_day"])
        self.TZ = _alt(list(lex["timezones"]) + lex["other_timezones"])
        self.MOD = _alt(lex["mods"])
        self.APPROX = _alt(lex["approx"])
        self.NAMED = _alt(lex["named"])
        self.HOLIDAY = _alt(lex["holidays"])
        self.SET_WORD = _alt(lex["sets"])
        self.FREQ = _alt(lex["set_frequencies"])
        self.SETQ = _alt(lex["set_quantifiers"])
        self.VAGUE_UNIT = _alt(lex["vague_duration_words"])
        self.YEAR = r"(?:1\d{3}|2[01]\d{2})"
        self.DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        self.CLOCK = (
            r"(?:(?P<h>[01]?\d|2[0-4])(?:(?P<sep>[:.])(?P<mi>[0-5]\d))?(?::[0-5]\d)?\s*"
            r"(?P<ampm>[ap]\.?\s?m\b\.?)?|(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:hrs\b|hours\b|h\b)?"
            r"|(?P<word>noon|midday|midnight))(?P<oclock>\s*o['’]?clock)?"
            rf"(?:\s*\(?\s*(?P<tz>{self.TZ})\b(?:\s*(?P<off>[+-]\s*\d{{1,2}}(?::?\d\d)?))?\s*\)?)?"
        )
        self.MODP = r"(?:the\s+)?(?:early|mid|late)"


@lru_cache(maxsize=None)
def _parts() -> _Parts:
    return _Parts(lexicon())


# --------------------------------------------------------------------------------------------
# Calendar periods
# --------------------------------------------------------------------------------------------

def _g(m: re.Match[str], name: str) -> str | None:
    """An optional named group, None when the pattern has no such group or it did not take part."""
    return m.groupdict().get(name)


def _iso(d: date) -> str:
    return d.isoformat()


def _day(d: date, part: str | None = None) -> Norm:
    if part:
        return Norm("TIME", f"{_iso(d)}T{part}", _iso(d), _iso(d))
    return Norm("DATE", _iso(d), _iso(d), _iso(d))


def _month(y: int, m: int) -> Norm:
    last = calendar.monthrange(y, m)[1]
    return Norm("DATE", f"{y:04d}-{m:02d}", _iso(date(y, m, 1)), _iso(date(y, m, last)))


def _months_span(y: int, first: int, count: int) -> tuple[date, date]:
    """The first and last day of ``count`` months starting at month ``first`` of year ``y``."""
    end_y, end_m = divmod(first - 1 + count - 1, 12)
    end_y, end_m = y + end_y, end_m + 1
    return date(y, first, 1), date(end_y, end_m, calendar.monthrange(end_y, end_m)[1])


def _quarter(y: int, q: int) -> Norm:
    start, end = _months_span(y, 3 * q - 2, 3)
    return Norm("DATE", f"{y:04d}-Q{q}", _iso(start), _iso(end))


def _half(y: int, h: int) -> Norm:
    start, end = _months_span(y, 6 * h - 5, 6)
    return Norm("DATE", f"{y:04d}-H{h}", _iso(start), _iso(end))


def _season(y: int, code: str) -> Norm:
    start, end = _months_span(y, lexicon()["season_months"][code], 3)
    return Norm("DATE", f"{y:04d}-{code}", _iso(start), _iso(end))


def _year(y: int) -> Norm:
    return Norm("DATE", f"{y:04d}", _iso(date(y, 1, 1)), _iso(date(y, 12, 31)))


def _decade(d: int) -> Norm:
    return Norm("DATE", f"{d:03d}", _iso(date(max(d * 10, 1), 1, 1)), _iso(date(d * 10 + 9, 12, 31)))


def _century(c: int) -> Norm:
    return Norm("DATE", f"{c:02d}", _iso(date(max(c * 100, 1), 1, 1)), _iso(date(c * 100 + 99, 12, 31)))


def _week(d: date, weekend: bool = False) -> Norm:
    y, w, _ = d.isocalendar()
    first = date.fromisocalendar(y, w, 6 if weekend else 1)
    last = date.fromisocalendar(y, w, 7)
    return Norm("DATE", f"{y:04d}-W{w:02d}" + ("-WE" if weekend else ""), _iso(first), _iso(last))


def _period(unit: str, d: date) -> Norm:
    """The calendar period of granularity ``unit`` (D W WE M Q H Y DE CE) that contains ``d``."""
    if unit == "D":
        return _day(d)
    if unit in ("W", "WE"):
        return _week(d, weekend=unit == "WE")
    if unit == "M":
        return _month(d.year, d.month)
    if unit == "Q":
        return _quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "H":
        return _half(d.year, (d.month - 1) // 6 + 1)
    if unit == "Y":
        return _year(d.year)
    return _decade(d.year // 10) if unit == "DE" else _century(d.year // 100)


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, min(d.day, calendar.monthrange(d.year + y, m + 1)[1]))


def _shift(d: date, unit: str, n: float) -> date:
    """``d`` moved by ``n`` units (fractions of months and years are rounded to whole months)."""
    if unit in ("D",):
        return d + timedelta(days=round(n))
    if unit in ("W", "WE"):
        return d + timedelta(days=round(7 * n))
    if unit in _MONTHS_PER_UNIT:
        return _add_months(d, round(n * _MONTHS_PER_UNIT[unit]))
    hours = {"TH": 1, "TM": 1 / 60, "TS": 1 / 3600}.get(unit, 0)
    return d + timedelta(hours=n * hours)  # date + timedelta ignores the part below a day


def _easter(y: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(y, month, day + 1)


def _choose_year(pub: date, tense: str, span_of: Callable[[int], tuple[date, date]], rel: int | None = None) -> int:
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


def _weekday_date(pub: date, weekday: int, tense: str, rel: int | None) -> date:
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


# --------------------------------------------------------------------------------------------
# Small readers
# --------------------------------------------------------------------------------------------

def _number(text: str) -> float | None:
    """The quantity a number phrase names; None for a vague one ("several", "a few")."""
    t = re.sub(r"\s+", " ", text.strip())
    half = t.endswith(" and a half")
    if half:
        t = t[: -len(" and a half")]
    lex = lexicon()
    if t in lex["vague_numbers"]:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        n = float(t)
    elif t in lex["numbers"]:
        n = float(lex["numbers"][t])
    else:
        n = float(sum(lex["numbers"].get(p, 0) for p in re.split(r"[-\s]+", t)))
    return n + 0.5 if half else n


def _qty(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:.2f}".rstrip("0").rstrip(".")


def _unit(word: str) -> dict[str, Any]:
    return lexicon()["units"][word.lower()]


def _duration_value(n: float | None, unit_word: str) -> str:
    """TIMEX3 duration value: ``P3D``, ``PT2H``, ``P10Y`` (a decade), ``PXY`` for a vague quantity."""
    spec = _unit(unit_word)
    t = "T" if spec.get("time") else ""
    if n is None:
        return f"P{t}X{spec.get('vague', spec['code'])}"
    return f"P{t}{_qty(n * spec.get('size', 1))}{spec['code']}"


def _unit_code(unit_word: str) -> str:
    """Granularity code for shifting by a duration unit (time units get a ``T`` prefix)."""
    spec = _unit(unit_word)
    return ("T" + spec["code"]) if spec.get("time") else spec["code"]


def _full_year(yy: str, pub: date | None) -> int:
    """A four-digit year for ``'82`` or ``07``: this century unless that is more than ten years ahead."""
    n = int(yy)
    limit = (pub.year if pub else date.today().year) + 10
    return 2000 + n if 2000 + n <= limit else 1900 + n


def _year_of(text: str | None, ctx: _Ctx) -> int | None | str:
    """The year a phrase such as "2009", "this year" or "the year" names; "X" when unresolvable."""
    if not text:
        return None
    if re.fullmatch(r"(?:the\s+)?(?:current\s+|fiscal\s+|financial\s+|calendar\s+)*year", text):
        return ctx.published.year if ctx.published else "X"
    inner = _parse(text, replace(ctx, prep=None))
    if inner and re.fullmatch(r"\d{4}", inner.value):
        return int(inner.value)
    if inner and inner.value == "XXXX":
        return "X"
    return None


def _clock(m: re.Match[str]) -> str | None:
    """``HH:MM`` plus zone suffix from a CLOCK match; None when it is just a number."""
    g = m.groupdict()
    if g.get("word"):
        hm = lexicon()["clock_words"][g["word"]]
    elif g.get("hh"):
        if not g.get("tz"):
            return None
        hm = f"{g['hh']}:{g['mm']}"
    else:
        if not (g.get("mi") or g.get("ampm") or g.get("tz") or g.get("oclock")) or (g.get("sep") == "." and not g.get("ampm")):
            return None
        h, mi = int(g["h"]), int(g.get("mi") or 0)
        if g.get("ampm"):
            if h > 12 or h == 0:
                return None
            h = h % 12 + (12 if g["ampm"].startswith("p") else 0)
        hm = f"{h:02d}:{mi:02d}"
    return hm + _zone(g.get("tz"), g.get("off"))


def _zone(tz: str | None, off: str | None) -> str:
    if not tz or tz.lower() not in lexicon()["timezones"]:
        return ""
    if not off:
        return "Z"
    sign, digits = off.replace(" ", "")[0], off.replace(" ", "")[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    return f"{sign}{int(hours):02d}:{minutes}"


# --------------------------------------------------------------------------------------------
# Rules: each reads one shape of expression (a full match on cleaned text) and resolves it
# --------------------------------------------------------------------------------------------

def _r_named(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    spec = lexicon()["named"][re.sub(r"\s+", " ", m[0])]
    if "ref" in spec:
        return Norm("DATE", spec["ref"])
    part = spec.get("part")
    if ctx.published is None:
        return Norm("TIME" if part else "DATE", UNRESOLVED + (f"T{part}" if part else ""))
    return _day(ctx.published + timedelta(days=spec["day"]), part)


def _r_iso(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    d = date(int(m["y"]), int(m["m"]), int(m["d"]))
    if not m["hm"]:
        return _day(d)
    tz = (m["tz"] or "").upper().replace(":", "")
    zone = "Z" if tz == "Z" else (f"{tz[:3]}:{tz[3:]}" if tz else "")
    return Norm("TIME", f"{_iso(d)}T{int(m['hh']):02d}:{m['mi']}{zone}", _iso(d), _iso(d))


def _r_numeric(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    a, b = int(m["a"]), int(m["b"])
    y = int(m["y"]) if len(m["y"]) == 4 else _full_year(m["y"], ctx.published)
    month, day = (a, b) if m["sep"] == "/" and a <= 12 else (b, a)
    return _day(date(y, month, day))


def _month_day(month: int, day: int, year: str | None, ctx: _Ctx) -> Norm:
    if year:
        return _day(date(int(year), month, day))
    if ctx.published is None:
        date(2000, month, day)  # validates the day of the month (2000 is a leap year)
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}")
    y = _choose_year(ctx.published, ctx.tense, lambda y: (_safe_date(y, month, day),) * 2)
    if day > calendar.monthrange(y, month)[1]:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}")  # 29 February in a common year
    return _day(date(y, month, day))


def _safe_date(y: int, month: int, day: int) -> date:
    """A date, with 29 February moved to the 28th in common years (for choosing a year only)."""
    return date(y, month, min(day, calendar.monthrange(y, month)[1]))


def _r_day_month(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    month = lexicon()["months"][m["mon"].rstrip(".")]
    return _month_day(month, int(re.match(r"\d+", m["d"])[0]), m["y"], ctx)


def _r_month(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    month = lexicon()["months"][m["mon"].rstrip(".")]
    year = _year_of(m["y"], ctx)
    if year == "X":
        return Norm("DATE", f"XXXX-{month:02d}")
    if year is not None:
        return _month(int(year), month)
    if ctx.published is None:
        return Norm("DATE", f"XXXX-{month:02d}")
    rel = lexicon()["relative"].get(re.sub(r"\s+", " ", m["rel"])) if m["rel"] else None
    y = _choose_year(ctx.published, ctx.tense, lambda y: _months_span(y, month, 1), rel)
    return _month(y, month)


def _r_year(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    return _year(int(m["y"]) if m["y"] else _full_year(m["yy"], ctx.published))


def _r_year_range(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    if m["and"] and ctx.prep != "between" and not m[0].startswith("between"):
        return None  # "2009 and 2011" are two years; "between 2009 and 2011" is a span
    y1 = int(m["y1"])
    y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
    if y2 <= y1:
        return None
    return Norm("DURATION", f"P{y2 - y1}Y", _iso(date(y1, 1, 1)), _iso(date(y2, 12, 31)))


def _r_fiscal(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    y = int(m["y"]) if len(m["y"]) == 4 else _full_year(m["y"], ctx.published)
    return Norm("DATE", f"FY{y:04d}")


def _r_decade(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    digits = m["dec"].lstrip("'")
    if len(digits) == 2:
        return _decade(int(_full_year(digits, None)) // 10 if int(digits) < 30 else 190 + int(digits) // 10)
    y = int(digits)
    if y % 100 == 0 and y < 2000:  # "the 1800s": the century
        return _century(y // 100)
    return _decade(y // 10)


def _r_century(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    n = lexicon()["ordinals"].get(m["ord"]) or int(re.match(r"\d+", m["ord"])[0])
    return _century(n - 1) if n > 0 else None


def _r_quarter(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    unit = "H" if m["unit"] == "half" else "Q"
    count = 2 if unit == "H" else 4
    if m["ord"] == "last" and not m["rest"]:
        return None  # "(the) last quarter": the one before this, read as a relative unit
    n = lexicon()["ordinals"][re.sub(r"\s+", " ", m["ord"])]
    n = count if n == -1 else n
    if not 1 <= n <= count:
        return None
    make = _half if unit == "H" else _quarter
    year = _year_of(m["rest"], ctx)
    if m["rest"] and year is None:
        return None
    if year == "X" or (year is None and ctx.published is None):
        return Norm("DATE", f"XXXX-{unit}{n}")
    if year is None:
        year = _choose_year(ctx.published, ctx.tense, lambda y: tuple(map(date.fromisoformat, make(y, n)[2:])))
    return make(int(year), n)


def _r_season(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    code = lexicon()["seasons"][m["season"]]
    if m["y"]:
        return _season(int(m["y"]), code)
    if ctx.published is None:
        return Norm("DATE", f"XXXX-{code}")
    rel = lexicon()["relative"].get(re.sub(r"\s+", " ", m["rel"])) if m["rel"] else None
    first = lexicon()["season_months"][code]
    y = _choose_year(ctx.published, ctx.tense, lambda y: _months_span(y, first, 3), rel)
    return _season(y, code)


def _r_holiday(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    spec = lexicon()["holidays"][re.sub(r"\s+", " ", m["hol"]).replace("’", "'")]
    if m["y"]:
        return _day(_holiday_date(spec, int(m["y"])))
    if ctx.published is None:
        return Norm("DATE", f"XXXX-{spec['month']:02d}-{spec['day']:02d}" if "day" in spec else UNRESOLVED)
    rel = lexicon()["relative"].get(re.sub(r"\s+", " ", m["rel"])) if m["rel"] else None
    y = _choose_year(ctx.published, ctx.tense, lambda y: (_holiday_date(spec, y),) * 2, rel)
    return _day(_holiday_date(spec, y))


def _holiday_date(spec: dict[str, int], y: int) -> date:
    if "easter" in spec:
        return _easter(y) + timedelta(days=spec["easter"])
    if "day" in spec:
        return date(y, spec["month"], spec["day"])
    days = [date(y, spec["month"], d) for d in range(1, calendar.monthrange(y, spec["month"])[1] + 1)]
    matching = [d for d in days if d.isoweekday() == spec["weekday"]]
    return matching[spec["nth"] - 1] if spec["nth"] > 0 else matching[spec["nth"]]


def _r_weekday(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    lex = lexicon()
    wd = lex["weekdays"][m["wd"].rstrip(".")]
    part = lex["parts_of_day"][m["part"]] if m["part"] else None
    rel = lex["relative"].get(re.sub(r"\s+", " ", m["rel"])) if m["rel"] else None
    if m["wrel"]:  # "Monday of last week"
        rel_week = lex["relative"][re.sub(r"\s+", " ", m["wrel"])]
        if ctx.published is None:
            return Norm("DATE", f"XXXX-WXX-{wd}")
        monday = ctx.published - timedelta(days=ctx.published.isoweekday() - 1) + timedelta(weeks=rel_week)
        return _day(monday + timedelta(days=wd - 1), part)
    if ctx.published is None:
        return Norm("TIME" if part else "DATE", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    return _day(_weekday_date(ctx.published, wd, ctx.tense, rel), part)


def _r_part_of_day(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    part = lexicon()["parts_of_day"][m["part"]]
    offset = {"yesterday": -1, "tomorrow": 1}.get(m["rel"] or "", 0)
    if m["rel"] == "last" and m["part"] != "night":
        return None
    if m["rel"] == "last":
        offset = -1
    if ctx.published is None:
        return Norm("TIME", f"{UNRESOLVED}T{part}")
    return _day(ctx.published + timedelta(days=offset), part)


def _r_the_weekend(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    """"the weekend": the one just past in past tense, the next one in future, the nearest in present."""
    if ctx.published is None:
        return Norm("DATE", "XXXX-WXX-WE")
    saturday = _weekday_date(ctx.published, 6, "past" if "past" in m[0] else ctx.tense, None)
    if ctx.published.isoweekday() == 7 and saturday > ctx.published:
        saturday -= timedelta(days=7)
    return _week(saturday, weekend=True)


def _r_anaphoric_day(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    """"the day", "that day": the publication day here; :func:`find_timexes` moves it to the day last mentioned."""
    return _day(ctx.published) if ctx.published else Norm("DATE", UNRESOLVED)


def _r_named_day(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    """"Black Monday", "Super Tuesday": an event's name, not a weekday near publication."""
    return Norm("DATE", UNRESOLVED)


def _r_rel_unit(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    unit = lexicon()["calendar_units"][m["unit"]]
    word = re.sub(r"\s+", " ", m["rel"])
    the = word.startswith("the ")
    n = lexicon()["relative"][word.removeprefix("the ")]
    if unit == "D" and n != 0:  # "the next day", "the previous day": anchored to the narrative
        return Norm("DATE", UNRESOLVED)
    if the and word in ("the past", "the last", "the next") and unit in ("D", "W", "M", "Y", "DE", "CE"):
        return _anchored_duration(1.0, m["unit"], -1 if n < 0 else 1, ctx)
    if ctx.published is None:
        return Norm("DATE", _UNRESOLVED_BY_UNIT[unit])
    return _period(unit, _shift(ctx.published, unit, n))


def _anchored_duration(n: float | None, unit_word: str, direction: int, ctx: _Ctx) -> Norm:
    """A duration that ends (direction -1) or starts (+1) at the publication date: "the past two weeks"."""
    value = _duration_value(n, unit_word)
    if ctx.published is None or n is None:
        return Norm("DURATION", value)
    other = _shift(ctx.published, _unit_code(unit_word), direction * n * _unit(unit_word).get("size", 1))
    first, last = sorted((other, ctx.published))
    return Norm("DURATION", value, _iso(first), _iso(last))


def _granularity(unit_word: str) -> str:
    """The calendar granularity a date "n units away" is given in: days for weeks and clock units."""
    code = _unit_code(unit_word)
    return {"W": "D", "WE": "D", "TH": "D", "TM": "D", "TS": "D"}.get(code, code)


def _offset_date(n: float | None, unit_word: str, sign: int, ctx: _Ctx) -> Norm:
    """The date ``n`` units before (sign -1) or after (+1) publication, at a fitting granularity."""
    code, gran = _unit_code(unit_word), _granularity(unit_word)
    if n is None:
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if ctx.published is None:
        return Norm("DATE", _UNRESOLVED_BY_UNIT[gran])
    size = _unit(unit_word).get("size", 1)
    if gran == "Y" and (n * size) != int(n * size):
        gran = "M"
    return _period(gran, _shift(ctx.published, code, sign * n * size))


def _quantity(m: re.Match[str]) -> float | None:
    """The number of a NUM ... UNIT match, with "a year and a half" counted as 1.5."""
    n = _number(m["num"])
    return n + 0.5 if n is not None and _g(m, "half") else n


def _r_ago(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    n = _quantity(m)
    direction = re.sub(r"\s+", " ", m["dir"])
    if direction in ("ago", "back"):
        return _offset_date(n, m["unit"], -1, ctx)
    if direction in ("from now", "hence"):
        return _offset_date(n, m["unit"], 1, ctx)
    return Norm("DATE", _UNRESOLVED_BY_UNIT[_granularity(m["unit"])])  # "two days later": needs an anchor


def _r_set_word(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    return Norm("SET", lexicon()["sets"][re.sub(r"\s+", " ", m[0])])


def _r_set_quant(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    lex = lexicon()
    if m["q"] in ("a", "an") and not m["freq"]:
        return None
    what = m["what"]
    if what.rstrip(".") in lex["weekdays"]:
        return Norm("SET", f"XXXX-WXX-{lex['weekdays'][what.rstrip('.')]}")
    if what in lex["parts_of_day"]:
        return Norm("SET", f"{UNRESOLVED}T{lex['parts_of_day'][what]}")
    n = _number(m["num"]) if m["num"] else 1.0
    if m["other"]:
        n = 2.0
    return Norm("SET", _duration_value(n, what))


def _r_duration(m: re.Match[str], ctx: _Ctx) -> Norm | None:
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
    return Norm("DURATION", _duration_value(n, m["unit"]))


def _r_vague_duration(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    return Norm("DURATION", _duration_value(None, m["unit"]))


def _r_time(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    clock = _clock(m)
    if clock is None:
        return None
    day: str | None
    if _g(m, "date"):
        inner = _parse(m["date"], replace(ctx, prep=None))
        if inner is None or not re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d\d-\d\d|XX-XX|WXX-\d)", inner.value):
            return None
        day = inner.value
    else:
        day = _iso(ctx.published) if ctx.published else UNRESOLVED
    known = day[0].isdigit() and "W" not in day
    return Norm("TIME", f"{day}T{clock}", day if known else None, day if known else None)


def _r_week_of(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    inner = _parse(m["rest"], replace(ctx, prep=None))
    n = lexicon()["ordinals"][re.sub(r"\s+", " ", m["ord"])]
    if inner is None or not re.fullmatch(r"\d{4}-\d\d", inner.value) or n > 5:
        return None
    first, last = date.fromisoformat(inner.start), date.fromisoformat(inner.end)
    # A week belongs to the month that holds its Thursday (as ISO weeks belong to years).
    thursdays = [d for d in (first + timedelta(days=i) for i in range((last - first).days + 1)) if d.isoweekday() == 4]
    if n > len(thursdays):
        return None
    return _week(thursdays[-1] if n == -1 else thursdays[n - 1])


def _r_mod(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    """Mods ("early 2009", "the end of this year", "end of the month") keep the value of what they narrow."""
    rest = m["rest"]
    bare = re.fullmatch(r"(?:the\s+)?(day|week|month|quarter|year|decade|century)", rest)
    return _parse("this " + bare[1] if bare else rest, ctx)


def _r_approx(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    """Approximations ("about three weeks", "over a year") keep the value of the quantity; an
    approximate quantity after "in" is a span ("the first in almost a year"), not a date ahead."""
    return _parse(m["rest"], replace(ctx, prep=None))


@dataclass(frozen=True)
class _Rule:
    name: str
    regex: re.Pattern[str]
    read: Callable[[re.Match[str], _Ctx], Norm | None]


@lru_cache(maxsize=None)
def _rules() -> tuple[_Rule, ...]:
    """The grammar, in order: the first rule whose pattern matches the whole cleaned text and reads it wins."""
    p = _parts()
    specs: list[tuple[str, str, Callable[[re.Match[str], _Ctx], Norm | None]]] = [
        ("named", p.NAMED, _r_named),
        ("iso_date", rf"(?P<y>{p.YEAR})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)"
                     r"(?P<hm>[t\s](?P<hh>[0-2]?\d):(?P<mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?P<tz>z|[+-]\d\d:?\d\d)?)?", _r_iso),
        ("numeric_date", r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})", _r_numeric),
        ("time", rf"{p.CLOCK}", _r_time),
        ("time_date", rf"{p.CLOCK},?\s+(?:on\s+)?(?P<date>.+)", _r_time),
        ("date_time", rf"(?P<date>.+?),?\s+(?:at\s+)?{p.CLOCK}", _r_time),
        ("holiday", rf"(?:(?P<rel>{p.REL})\s+)?(?P<hol>{p.HOLIDAY})(?:\s+(?P<y>{p.YEAR}))?", _r_holiday),
        ("fiscal", rf"(?:fy\s*|fiscal\s+(?:year\s+)?)'?(?P<y>{p.YEAR}|\d\d)", _r_fiscal),
        ("year_range", rf"(?:from\s+|between\s+)?(?P<y1>{p.YEAR})\s*(?:-|/|to|through|until|(?P<and>and))\s*(?P<y2>{p.YEAR}|\d\d)", _r_year_range),
        ("day_month", rf"(?:{p.WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{p.DAY})(?:\s+of)?\s+(?P<mon>{p.MONTH})(?:,?\s+(?P<y>{p.YEAR}))?", _r_day_month),
        ("month_day", rf"(?:{p.WEEKDAY},?\s+)?(?P<mon>{p.MONTH})\s+(?:the\s+)?(?P<d>{p.DAY})(?:,?\s+(?P<y>{p.YEAR}))?", _r_day_month),
        ("month", rf"(?:{p.MODP}[-\s]+)?(?:(?P<rel>{p.REL})\s+)?(?P<mon>{p.MONTH})(?:,?\s+(?:of\s+)?(?P<y>{p.YEAR}|{p.REL}\s+year))?", _r_month),
        ("year", rf"(?:(?:the\s+)?year\s+)?(?:(?P<y>{p.YEAR})|'(?P<yy>\d\d))", _r_year),
        ("decade", rf"(?:the\s+)?(?:{p.MODP}[-\s]+)?(?P<dec>(?:1\d|20)\d0|'?\d0)['’]?s", _r_decade),
        ("century", rf"(?:the\s+)?(?P<ord>{p.ORD}|\d{{1,2}}(?:st|nd|rd|th))[-\s]+century", _r_century),
        ("quarter_q", rf"(?:(?P<hq>[qh])(?P<n>[1-4])(?:\s+(?:of\s+)?(?P<y>{p.YEAR}|fiscal\s+{p.YEAR}))?|(?P<y2>{p.YEAR})\s*(?P<hq2>[qh])(?P<n2>[1-4]))", _r_quarter_q),
        ("quarter", rf"(?:the\s+)?(?P<ord>{p.ORD})[-\s]+(?:fiscal\s+|financial\s+)?(?P<unit>quarter|half)"
                    rf"(?:\s+(?:of\s+)?(?P<rest>.+))?", _r_quarter),
        ("week_of", rf"(?:the\s+)?(?P<ord>{p.ORD})\s+week\s+of\s+(?P<rest>.+)", _r_week_of),
        ("season", rf"(?:{p.MODP}[-\s]+)?(?:(?P<rel>{p.REL})\s+)?(?P<season>{p.SEASON})(?:\s+(?:of\s+)?(?P<y>{p.YEAR}))?(?:\s+season)?", _r_season),
        ("weekday", rf"(?:(?P<rel>{p.REL})\s+)?(?P<wd>{p.WEEKDAY})(?:\s+(?P<part>{p.PART}))?(?:\s+of\s+(?P<wrel>{p.REL})\s+week)?", _r_weekday),
        ("part_of_day", rf"(?:(?P<rel>this|that|yesterday|tomorrow|today|last|the)\s+)?(?P<part>{p.PART})", _r_part_of_day),
        ("the_weekend", r"(?:the|this\s+past|over\s+the)\s+weekend", _r_the_weekend),
        ("anaphoric_day", r"(?:the|that|this)(?:\s+(?:same|very))?\s+day", _r_anaphoric_day),
        ("named_day", rf"{_alt(lexicon()['named_day_prefixes'])}\s+{p.WEEKDAY}", _r_named_day),
        ("rel_unit", rf"(?:(?:earlier|later|early|late)\s+)?(?P<rel>(?:the\s+)?{p.REL})\s+(?P<unit>{p.CAL_UNIT})", _r_rel_unit),
        ("ago", rf"(?P<num>{p.NUM})\s+(?:{p.FILLER}\s+)?(?P<unit>{p.UNIT})(?P<half>\s+and\s+a\s+half)?\s+"
                r"(?P<dir>ago|back|from\s+now|hence|earlier|before|later|after|prior)", _r_ago),
        ("set_word", p.SET_WORD, _r_set_word),
        ("set_quant", rf"(?:(?P<freq>{p.FREQ})\s+)?(?P<q>{p.SETQ})\s+(?P<other>other\s+)?(?:(?P<num>{p.NUM})\s+)?"
                      rf"(?P<what>{p.UNIT}|{p.WEEKDAY}|{p.PART})", _r_set_quant),
        ("duration", rf"(?:(?P<pre>(?:the\s+)?(?:past|last|next|previous|coming|first|final|following|same|other|initial)"
                     rf"(?:\s+(?:past|last|next|previous|coming|first|final))?)\s+)?(?:an?\s+)?(?P<num>{p.NUM})"
                     rf"(?:[-\s]+{p.FILLER})?(?:[-\s]+|(?<=\d))(?P<unit>{p.UNIT})(?P<half>\s+and\s+a\s+half)?(?:[-\s]+long)?"
                     r"(?:\s+(?:period|history|stretch|span|spell|run|term|window|time))?", _r_duration),
        ("vague_duration", rf"(?:(?:the\s+)?(?:past|last|next|coming)\s+|over\s+the\s+|the\s+)?(?P<unit>{p.VAGUE_UNIT})", _r_vague_duration),
        ("mod", rf"(?:{p.MOD})[-\s]+(?P<rest>.+)", _r_mod),
        ("approx", rf"(?:{p.APPROX})\s+(?P<rest>.+)", _r_approx),
    ]
    return tuple(_Rule(name, re.compile(pattern, re.IGNORECASE), read) for name, pattern, read in specs)


def _r_quarter_q(m: re.Match[str], ctx: _Ctx) -> Norm | None:
    """``Q3 2024``, ``2024 Q3``, ``H1``: rewritten for :func:`_r_quarter`."""
    hq, n, y = (m["hq"], m["n"], m["y"]) if m["hq"] else (m["hq2"], m["n2"], m["y2"])
    unit = "H" if hq.lower() == "h" else "Q"
    count = 2 if unit == "H" else 4
    if not 1 <= int(n) <= count:
        return None
    if y:
        year = int(re.search(r"\d{4}", y)[0])
        return (_half if unit == "H" else _quarter)(year, int(n))
    text = ("first second third fourth".split()[int(n) - 1]) + (" half" if unit == "H" else " quarter")
    return _parse(text, ctx)


# --------------------------------------------------------------------------------------------
# Normalising one expression
# --------------------------------------------------------------------------------------------

_CHAR_MAP = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


@lru_cache(maxsize=None)
def _trim_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    leading = re.compile(rf"^(?P<w>{_alt(lex['trim_leading'])})\s+", re.IGNORECASE)
    before_the = re.compile(rf"^(?P<w>{_alt(lex['trim_leading_before_the'])})\s+(?=the\b)", re.IGNORECASE)
    return leading, before_the


def _strip_signals(text: str) -> tuple[str, str | None]:
    """Drop the prepositions TimeML leaves outside a timex; RETURNS the rest and the last one dropped."""
    leading, before_the = _trim_regexes()
    prep = None
    while True:
        m = leading.match(text) or before_the.match(text)
        if not m:
            return text, prep
        prep, text = re.sub(r"\s+", " ", m["w"].lower()), text[m.end():]


def _clean(text: str) -> tuple[str, str | None]:
    """Lower-case, unify quotes and dashes, drop commas and thousands separators, strip signals.

    Named expressions that begin with a signal word ("at present", "until recently") are kept whole.
    """
    s = text.translate(_CHAR_MAP).lower()
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s).replace(",", " ")
    s = re.sub(r"\s+", " ", s).strip(" .;:!?\"()[]{}+|*•·/#-")
    s = re.sub(r"'s$", "", s).strip()
    if s in lexicon()["named"]:
        return s, None
    s, prep = _strip_signals(s)
    return s.strip(), prep


def _parse(text: str, ctx: _Ctx) -> Norm | None:
    """Read ``text`` with the first rule that fully matches and resolves it; None if none does."""
    s, prep = _clean(text)
    if not s:
        return None
    if prep:
        ctx = replace(ctx, prep=prep)
    for rule in _rules():
        m = rule.regex.fullmatch(s)
        if not m:
            continue
        try:
            norm = rule.read(m, ctx)
        except (ValueError, OverflowError, KeyError) as err:  # an impossible date such as 31 February
            logger.debug("timex rule %s could not read %r: %s", rule.name, text, err)
            norm = None
        if norm is not None:
            return norm
    return None


def parse_published(published: str | None) -> date | None:
    """The publication date from ``YYYY-MM-DD`` (or a longer ISO timestamp); None if absent or invalid."""
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        logger.warning("published date %r is not YYYY-MM-DD; relative timexes stay unresolved", published)
        return None


def normalise(text: str, published: str | None = None, tense: str = "past") -> tuple[str, str, str | None, str | None]:
    """Normalise one time expression to TIMEX3.

    text (str): the expression, e.g. ``"last week"``, ``"on Friday"``, ``"the past two weeks"``.
    published (str | None): the publication date ``YYYY-MM-DD`` that relative expressions resolve against.
    tense (str): ``"past"``, ``"present"`` or ``"future"``, the tense of the governing verb.
    RETURNS (tuple): ``(type, value, start, end)``: type in DATE|TIME|DURATION|SET, a TIMEX3 value,
        and the first and last ISO day of the interval it covers (None when open or unknown).
        Text the grammar cannot read gives ``("DATE", "XXXX-XX-XX", None, None)``.
    """
    if tense not in TENSES:
        raise ValueError(f"normalise: tense {tense!r} is not one of {', '.join(TENSES)}")
    norm = _parse(text, _Ctx(parse_published(published), tense))
    return tuple(norm) if norm else ("DATE", UNRESOLVED, None, None)  # type: ignore[return-value]


# --------------------------------------------------------------------------------------------
# Tense of the governing verb
# --------------------------------------------------------------------------------------------

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "’ll"}
_PAST_AUX = {"was", "were", "had", "did", "'d", "’d"}
_PERFECT = {"has", "have", "'ve", "’ve"}
_MODAL = {"would", "could", "may", "might", "should", "must", "can", "ca", "ought"}


def _governing_verb(span: "Span") -> "Token | None":
    """The nearest VERB or AUX up the head chain from the span's root, outside the span."""
    tok = span.root
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and not (span.start <= tok.i < span.end):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _verb_tense(verb: "Token", depth: int = 0) -> str:
    """past | present | future, from the verb's auxiliaries and tag."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.lower_ in _FUTURE_AUX or aux & _FUTURE_AUX or _going_to(verb):
        return "future"
    if aux & _PERFECT and not aux & _PAST_AUX:
        return "present"  # "has announced": a perfect does not take a specific past time, so the time is now or ahead
    if aux & _PAST_AUX and verb.tag_ in ("VBN", "VBG", "VBD") and not aux & {"is", "are", "am", "be"}:
        return "past"
    if aux & _MODAL or verb.lower_ in _MODAL:
        return "future"
    if verb.tag_ == "VBN" and not aux and verb.dep_ == "acl" and verb.lemma_ in lexicon()["forward_verbs"] and depth < 3:
        clause = _governing_verb(verb.doc[verb.head.i: verb.head.i + 1])  # "the talks, planned for 18 November, will..."
        if clause is not None and clause is not verb:
            return _verb_tense(clause, depth + 1)
    complement = verb.dep_ in ("ccomp", "xcomp", "oprd", "acomp", "conj") and verb.head is not verb
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not aux and not complement):
        return "past"
    if verb.tag_ in ("VB", "VBG", "VBN") and depth < 3 and not aux - {"to"} and verb.head is not verb:
        head = verb.head if verb.head.pos_ in ("VERB", "AUX") else _governing_verb(verb.doc[verb.i: verb.i + 1])
        if head is not None and head is not verb:
            return _verb_tense(head, depth + 1)
    return "present"


def _going_to(verb: "Token") -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and any(c.lower_ in ("is", "are", "am", "'s", "'re") for c in head.children)


def tense_of(span: "Span") -> str:
    """The tense of the verb governing ``span``: past, present or future (present when there is none)."""
    verb = _governing_verb(span)
    return _verb_tense(verb) if verb is not None else "present"


# --------------------------------------------------------------------------------------------
# Finding timexes in a doc
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    norm: Norm | None
    origin: str


@lru_cache(maxsize=None)
def _detectors() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Patterns searched for in text, for what the small model misses. A ``span`` group narrows the match."""
    p, lex = _parts(), lexicon()
    named = _alt(lex["detect_named"])
    year_signal, quantity = _alt(lex["year_signals"]), _alt(lex["quantity_nouns"])
    patterns = {
        "named": named,
        "iso_date": rf"{p.YEAR}-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?",
        "numeric_date": r"[0-3]?\d/[0-3]?\d/(?:\d{4}|\d{2})|[0-3]?\d\.[01]?\d\.\d{4}",
        "day_range": rf"(?P<d1>{p.DAY})\s*(?:-|–|to|and|until|through)\s*(?P<rest>{p.DAY}\s+{p.MONTH}(?:,?\s+{p.YEAR})?)"
                     rf"|(?P<first>{p.MONTH}\s+{p.DAY})\s*(?:-|–|to|and|until|through)\s*(?P<d2>{p.DAY})(?P<y2>,?\s+{p.YEAR})?",
        "date": rf"(?:{p.WEEKDAY},?\s+)?(?:(?:the\s+)?{p.DAY}(?:\s+of)?\s+{p.MONTH}|{p.MONTH}\s+{p.DAY})(?:,?\s+{p.YEAR})?",
        "month": rf"(?:{p.MODP}[-\s]+)?(?:{p.REL}\s+)?(?P<mon>{p.MONTH_FULL})(?:,?\s+(?:of\s+)?{p.YEAR})?",
        "month_abbr_year": rf"{p.MONTH}\s+{p.YEAR}",
        "year": rf"{year_signal}[-\s]+(?P<span>(?:the\s+year\s+)?{p.YEAR})(?!\s*{quantity})",
        "mod_year": rf"(?:{p.MODP})[-\s]+{p.YEAR}",
        "year_range": rf"{p.YEAR}\s*[-–]\s*(?:{p.YEAR}|\d\d)|{p.YEAR}\s+(?:to|through|until)\s+{p.YEAR}"
                      rf"|between\s+{p.YEAR}\s+and\s+{p.YEAR}",
        "year_after_year": rf"{p.YEAR}\s+(?:and|or|to|through|until)\s+(?P<span>{p.YEAR})",
        "decade": rf"(?:the\s+)?(?:{p.MODP}[-\s]+)?(?:(?:1\d|20)\d0|['’]\d0)['’]?s|the\s+(?:{p.MODP}[-\s]+)?\d0s",
        "year_apostrophe": r"['’]\d\d(?!['’]?s)",
        "century": rf"(?:the\s+)?(?:{p.ORD}|\d{{1,2}}(?:st|nd|rd|th))[-\s]+century",
        "fiscal": rf"(?:FY\s*|fiscal\s+(?:year\s+)?)['’]?(?:{p.YEAR}|\d\d)",
        "quarter": rf"(?:the\s+)?{p.ORD}[-\s]+(?:fiscal\s+|financial\s+)?(?:quarter|half)(?:\s+of\s+(?:{p.YEAR}|(?:this|last|next|the)\s+(?:fiscal\s+)?year))?",
        "quarter_q": rf"\b[QH][1-4](?:\s+{p.YEAR})?",
        "season": rf"(?:(?:in|by|until|since|during|through|over)\s+(?:the\s+)?|(?:{p.REL}|{p.MODP}|the)\s+)"
                  rf"(?P<span>(?:(?:{p.REL}|{p.MODP})\s+)?(?P<season>{p.SEASON})(?:\s+(?:of\s+)?{p.YEAR})?)"
                  rf"|(?P<season2>{p.SEASON})\s+(?:of\s+)?{p.YEAR}",
        "weekday": rf"(?:{p.REL}\s+)?(?P<wd>{p.WEEKDAY_FULL})(?:\s+{p.PART})?(?:\s+of\s+{p.REL}\s+week)?",
        "part_of_day": rf"(?:this|yesterday|tomorrow)\s+{p.PART}",
        "rel_unit": rf"(?:(?:earlier|later|early|late)\s+)?(?:the\s+)?{p.REL}\s+{p.CAL_UNIT}",
        "ago": rf"{p.NUM}\s+(?:{p.FILLER}\s+)?{p.UNIT}\s+(?:ago|from\s+now|hence)",
        "duration": rf"(?:(?:the\s+)?(?:past|last|next|previous|coming)\s+)?(?:{p.APPROX}\s+)?{p.NUM}(?:[-\s]+{p.FILLER})?"
                    rf"(?:[-\s]+|(?<=\d)){p.UNIT}",
        "vague_duration": rf"(?:for|over|in|within|after)\s+(?:just\s+|only\s+|mere\s+)?(?P<span>(?:the\s+)?{p.VAGUE_UNIT})",
        "named_day": rf"{_alt(lex['named_day_prefixes'])}\s+{p.WEEKDAY_FULL}",
        "anaphoric_day": r"(?:the|that)(?:\s+(?:same|very))?\s+day(?!\s+(?:of|when|that|before|after|on|in|which|who)\b|['’]s)",
        "set_word": p.SET_WORD,
        "set_quant": rf"(?:{p.FREQ}\s+(?:a|an|per|every|each)|every|each)\s+(?:other\s+)?(?:{p.NUM}\s+)?(?:{p.UNIT}|{p.WEEKDAY_FULL}|{p.PART})",
        "time": rf"(?:{p.CLOCK})",
        "holiday": rf"(?:{p.REL}\s+)?{p.HOLIDAY}",
    }
    return tuple((name, re.compile(rf"(?<![\w$€£.,-])(?<!\w['’]){pat}(?![\w-]|[.,]\d)", re.IGNORECASE))
                 for name, pat in patterns.items())


def _pattern_candidates(doc: "Doc", text: str) -> Iterator[tuple[int, int, str, str | None]]:
    """Detector hits, line by line: a timex never crosses a line break. ``text`` is ``doc.text``."""
    for line in re.finditer(r"[^\n]+", text):
        for name, regex in _detectors():
            for m in regex.finditer(text, line.start(), line.end()):
                if name == "day_range":
                    yield from _day_range(m)
                    continue
                start, end = m.span("span") if "span" in regex.groupindex and m["span"] else m.span()
                if _plausible(doc, m, name, start, end):
                    yield start, end, name, None


def _day_range(m: re.Match[str]) -> Iterator[tuple[int, int, str, str | None]]:
    """"21-23 October": two dates, the bare day read with the month (and year) of the other (TimeML style)."""
    if m["d1"]:
        rest = re.match(r"\S+\s+(.*)", m["rest"])[1]
        yield m.start("d1"), m.end("d1"), "day_range", f"{m['d1']} {rest}"
        yield m.start("rest"), m.end("rest"), "day_range", None
    else:
        year = m["y2"] or ""
        yield m.start("first"), m.end("first"), "day_range", m["first"] + year
        yield m.start("d2"), m.end(), "day_range", f"{m['first'].split()[0]} {m['d2']}{year}"


def _plausible(doc: "Doc", m: re.Match[str], name: str, start: int, end: int) -> bool:
    """Rules out pattern hits that are not time: lower-case "may", "march", a modal May, a named word's wrong tag."""
    lex = lexicon()
    for group in ("mon", "wd", "season"):
        word = m.groupdict().get(group)
        if word and word.lower().rstrip(".") in lex["ambiguous_words"] and not word[0].isupper():
            return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if name in ("month", "date") and span[0].lower_ == "may" and span[0].tag_ == "MD":
        return False
    if name == "named":
        tags = lex["detect_named"].get(re.sub(r"\s+", " ", m[0].lower().replace("’", "'")))
        if tags and span[-1].tag_ not in tags:
            return False
    return True


def _entity_candidates(doc: "Doc") -> Iterator[tuple[int, int, str, str | None]]:
    """DATE and TIME entities, split at line breaks (a title's date and the date line are two timexes)."""
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start = ent.start_char
        for piece in re.split(r"(\s*\n\s*)", ent.text):
            if piece.strip() and "\n" not in piece:
                yield start, start + len(piece), ent.label_, None
            start += len(piece)
        for year in re.finditer(r"(?<![\w.,])(?:1\d|20)\d\d(?![\w.,])", ent.text):  # read alone if the whole is not
            yield ent.start_char + year.start(), ent.start_char + year.end(), "year", None


_EDGE = " \t\n\r.,;:!?\"'[]{}+|*•·/#-–—“”‘’"


@lru_cache(maxsize=None)
def _article_before_number() -> re.Pattern[str]:
    """"a five-year plan": the article belongs to the noun phrase, not to the timex."""
    numbers = [w for w in lexicon()["numbers"] if not w.startswith(("a ", "an ", "half")) and w not in ("a", "an")]
    return re.compile(rf"an?\s+(?=\d|{_alt(numbers)}[-\s])", re.IGNORECASE)


def _trim_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop edge punctuation (keeping balanced brackets, ``'82`` and ``p.m.``) and a trailing 's."""
    while start < end and (text[start] in _EDGE or (text[start] == "(" and ")" not in text[start:end])) \
            and not re.match(r"['’]\d\d", text[start:end]):
        start += 1
    while start < end and (text[end - 1] in _EDGE or (text[end - 1] == ")" and "(" not in text[start:end])) \
            and not re.search(r"[ap]\.m\.$", text[start:end].lower()):
        end -= 1
    if re.search(r"\w['’]s$", text[start:end]):
        end -= 2
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """Shrink ``[start, end)`` to the TimeML extent: no edge punctuation, leading signals or trailing 's."""
    prep = None
    while True:
        before = (start, end)
        start, end = _trim_edges(text, start, end)
        rest, dropped = _strip_signals(text[start:end])
        if dropped:
            start, prep = end - len(rest), dropped
        article = _article_before_number().match(text, start, end)
        if article:
            start = article.end()
        if (start, end) == before:
            return start, end, prep


def _preceding_word(text: str, start: int) -> str | None:
    m = re.search(r"([A-Za-z]+)\W{0,2}$", text[max(0, start - 20):start])
    return m[1].lower() if m else None


def _is_age(text: str, start: int, end: int) -> bool:
    """"62-year-old", "aged 45", "45 years old": an age, not a time."""
    window = text[start:min(len(text), end + 8)]
    return any(re.search(p, window, re.IGNORECASE) for p in lexicon()["age_patterns"])


def _is_fraction(text: str, start: int, end: int) -> bool:
    """"about a quarter of its dealers", "half of the year's sales": a share, not a time."""
    return bool(re.search(r"(?:^|\s)(?:(?:an?|one|three)\s+quarters?|half)$", text[start:end], re.IGNORECASE)
                and re.match(r"\s*,?\s*of\b", text[end:end + 8], re.IGNORECASE))


@lru_cache(maxsize=None)
def _cue_regex() -> re.Pattern[str]:
    """Words that make an unreadable DATE/TIME entity still temporal."""
    lex = lexicon()
    words = [w for w in list(lex["months"]) + list(lex["weekdays"]) if len(w) > 3] \
        + [w for w in lex["units"] if not w.startswith("quarter")] \
        + list(lex["seasons"]) + list(lex["parts_of_day"]) + list(lex["named"]) + list(lex["holidays"]) + ["era", "period"]
    return re.compile(rf"\b{_alt(words)}\b", re.IGNORECASE)


def _candidate(doc: "Doc", text: str, start: int, end: int, origin: str, pub: date | None,
               reading: str | None = None) -> _Candidate | None:
    """Trim, filter and read one candidate span of ``text`` (``doc.text``); ``reading`` replaces
    its words when read ("21" of "21-23 October" is read as "21 October")."""
    start, end, prep = (start, end, None) if reading else _trim(text, start, end)
    if end <= start or _is_age(text, start, end) or _is_fraction(text, start, end):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or _is_name_part(span, pub):
        return None
    prep = prep or _preceding_word(text, start)
    tense = "past" if prep == "since" else tense_of(span)
    ctx = _Ctx(pub, tense, prep, _attaches_to_verb(doc, start))
    norm = _parse(reading or text[start:end], ctx)
    if norm is None and origin in ("DATE", "TIME") and _cue_regex().search(text[start:end]):
        norm = Norm(origin, UNRESOLVED)
        return _Candidate(start, end, norm, "unread")
    return _Candidate(start, end, norm, origin) if norm else None


def _attaches_to_verb(doc: "Doc", start: int) -> bool:
    """Whether the preposition just before ``start`` hangs from a verb ("meet in two weeks")."""
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None or tok.start == 0:
        return True
    prev = doc[tok.start - 1]
    return prev.dep_ != "prep" or prev.head.pos_ in ("VERB", "AUX")


def _is_name_part(span: "Span", pub: date | None) -> bool:
    """A word or number that belongs to a name rather than being a time.

    "Russell 2000", "Windows 2000": a year-like number after a name, unless near publication
    ("WWDC 2005", "Euro 2024" are editions). "Danube Daily": a capitalised frequency word after a
    name. "The Sunday Times": a weekday between "the" and a name.
    """
    doc, lex = span.doc, lexicon()
    prev = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    named_prev = prev is not None and prev.pos_ == "PROPN" and not prev.is_sent_start \
        and prev.lower_.rstrip(".") not in lex["months"]
    if re.fullmatch(r"\d{4}", span.text):
        return named_prev and pub is not None and abs(int(span.text) - pub.year) > 5
    if len(span) == 1 and span.text[0].isupper() and span.text.lower() in lex["sets"]:
        return named_prev
    if len(span) == 1 and span.text.lower() in lex["weekdays"] and prev is not None and prev.lower_ == "the":
        return after is not None and after.pos_ == "PROPN"
    return False


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates: read ones before unread entities, then the longest, then the earliest."""
    chosen: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (c.origin == "unread", c.start - c.end, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _merge_adjacent(doc: "Doc", text: str, chosen: list[_Candidate], pub: date | None) -> list[_Candidate]:
    """Join neighbours the grammar reads as one ("Friday, October 18", "12:00 UTC Monday")."""
    out: list[_Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        gap = text[prev.end:c.start] if prev else ""
        if prev and prev.origin != "unread" and c.origin != "unread" \
                and re.fullmatch(r"[ \t]*,?[ \t]*(?:(?:on|at|of)[ \t]+)?", gap):
            merged = _candidate(doc, text, prev.start, c.end, "merge", pub)
            if merged is not None and merged.start == prev.start and merged.end == c.end \
                    and ("," not in gap or merged.norm.type == "DATE"):
                out[-1] = merged
                continue
        out.append(c)
    return out


def _is_anaphoric(text: str) -> bool:
    """"the day", "the morning", a bare clock time: they refer to the day last mentioned."""
    cleaned, _ = _clean(text)
    return cleaned in lexicon()["anaphoric_days"] or bool(re.fullmatch(_parts().CLOCK, cleaned, re.IGNORECASE))


def _resolve_anaphora(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Move anaphoric day references from the publication day to the latest day-level date before them."""
    out: list[_Candidate] = []
    last_day: str | None = None
    for i, c in enumerate(chosen):
        norm = c.norm
        following = chosen[i + 1] if i + 1 < len(chosen) else None
        if following is not None and following.norm is not None and re.fullmatch(r"[ \t]*,?[ \t]*(?:on[ \t]+)?", text[c.end:following.start]) \
                and re.fullmatch(r"\d{4}-\d\d-\d\d", following.norm.value):
            last_day = following.norm.value  # "16:15 UTC, June 1st"
        if norm is not None and last_day and _is_anaphoric(text[c.start:c.end]) \
                and re.match(r"\d{4}-\d\d-\d\d", norm.value):
            norm = Norm(norm.type, last_day + norm.value[10:], last_day, last_day)
            c = replace(c, norm=norm)
        elif norm is not None and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", norm.value):
            last_day = norm.value[:10]
        out.append(c)
    return out


def find_timexes(doc: "Doc", published: str | None) -> list[Timex]:
    """Find and normalise the time expressions of a parsed article.

    doc (Doc): the article parsed by the spaCy pipeline; spans index ``doc.text``.
    published (str | None): publication date ``YYYY-MM-DD``; without it relative expressions stay unresolved.
    RETURNS (list[Timex]): in text order, with ids ``t1``, ``t2``...; spans are end-exclusive offsets.
    """
    pub, text = parse_published(published), doc.text  # doc.text is rebuilt on every access: read it once
    raw = list(_entity_candidates(doc)) + list(_pattern_candidates(doc, text))
    cands = [c for c in (_candidate(doc, text, s, e, origin, pub, reading) for s, e, origin, reading in raw) if c]
    chosen = _resolve_anaphora(text, _merge_adjacent(doc, text, _select(cands), pub))
    return [
        Timex(id=f"t{i}", text=text[c.start:c.end], span=(c.start, c.end), type=c.norm.type,
              value=c.norm.value, start=c.norm.start, end=c.norm.end)
        for i, c in enumerate(chosen, 1)
        if c.norm is not None
    ]
