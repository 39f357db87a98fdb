"""Page chrome at the edges of plain text: date lines, UI debris, outlet lines; the body untouched."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.ingest.chrome import date_line, find_outlet, is_debris, normalise_date, strip_chrome

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def without_lines(text: str, removed: list[str]) -> str:
    """The text with whole lines removed, built independently of the code under test."""
    return "\n".join(line for line in text.split("\n") if line not in removed).strip()


@pytest.mark.parametrize(("name", "published", "outlet", "removed"), [
    ("chrome_date_outlet.txt", "2024-10-21", "Baltic Ledger", [" date 2024-10-21 + ↺ − 16 px", "Baltic Ledger"]),
    ("chrome_published_share.txt", "2024-10-21", "Lusa Wire",
     ["Published: 21 October 2024 | 3 min read", "Share", "Print",
      "Read more: Iberian power prices fall for third month", "Follow us on Telegram", "Lusa Wire"]),
    ("chrome_timestamp.txt", "2024-10-21", "Accra Times",
     ["Oct 21, 2024 10:32 AM", "A A A", "Advertisement", "Accra Times"]),
])
def test_chrome_removed_lines_give_metadata_and_body_is_unchanged(name, published, outlet, removed):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    found = strip_chrome(text)
    assert (found.published, found.outlet) == (published, outlet)
    assert found.removed == removed
    assert found.text == without_lines(text, removed)


def test_chrome_body_keeps_its_characters_exactly():
    text = (FIXTURES / "chrome_date_outlet.txt").read_text(encoding="utf-8")
    body = strip_chrome(text).text
    assert "last week.Estonia’s" in body          # no space added after a full stop
    assert "within days.  Belarus" in body         # double spaces kept
    assert text.index(body) > 0                    # the body is one slice of the input


@pytest.mark.parametrize("name", ["plain_no_chrome.txt", "german.txt"])
def test_chrome_text_without_chrome_is_left_as_is(name):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    found = strip_chrome(text)
    assert found.text == text.strip()
    assert (found.published, found.outlet, found.removed) == (None, None, [])


@pytest.mark.parametrize(("line", "expected"), [
    (" date 2024-10-21 + ↺ − 16 px", "2024-10-21"),
    ("Published: 21 October 2024 | 3 min read", "2024-10-21"),
    ("Oct 21, 2024 10:32 AM", "2024-10-21"),
    ("Updated 21.10.2024, 14:05 CET", "2024-10-21"),
    ("By Anna Berg | 21 October 2024", "2024-10-21"),
    ("Monday 4th of November 2024", "2024-11-04"),
    ("10/11/2024", None),                                   # day and month could swap: unsure
    ("Talks resume on 21 October 2024 in Geneva", None),    # a headline, not a date line
    ("The ministry said on 21 October 2024 that talks would resume.", None),
    ("2024-02-30", None),                                   # no such day
])
def test_chrome_date_line(line, expected):
    assert date_line(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Share", True), ("Print", True), ("Read more", True), ("Advertisement", True), ("3 min read", True),
    ("Follow us on Twitter", True), ("A A A", True), ("+ ↺ − 16 px", True), ("Listen to this article", True),
    ("We use cookies to improve your experience. By continuing you accept our cookie policy.", True),
    ("Tags: Estonia, Belarus, drones", True), ("By Anna Berg", True), ("© 2024 Baltic Ledger", True),
    ("The minister left.", False), ("Home", False), ("Share prices fell sharply on Monday.", False),
    ("Reuters", False),
])
def test_chrome_is_debris(line, expected):
    assert is_debris(line) is expected


@pytest.mark.parametrize(("line", "body", "expected"), [
    ("News.Az", "the troops, News.Az reports citing foreign media.", "News.Az"),
    ("Baltic Ledger", "a spokesman told Baltic Ledger on Monday.", "Baltic Ledger"),
    ("Reuters", "no mention", "Reuters"),
    ("BBC News", "no mention", "BBC News"),
    ("The Korea Herald", "no mention", "The Korea Herald"),
    ("Maria Keller", "no mention", None),           # a name, not cited: unsure
    ("Talks will go on.", "no mention", None),      # a sentence
    ("Reuters.", "no mention", None),
])
def test_chrome_find_outlet(line, body, expected):
    assert find_outlet(line, body) == expected


def test_chrome_wrapped_sentence_is_not_debris():
    text = "Photos\n which were released online show the minister at the border.\nMore text follows here."
    assert strip_chrome(text).text == text


def test_chrome_headline_above_date_line_stays():
    text = "Ministers meet in Oslo\n21 October 2024\n\nForeign ministers met in Oslo on Monday, officials said."
    found = strip_chrome(text)
    assert found.published == "2024-10-21"
    assert found.text == "Ministers meet in Oslo\n\nForeign ministers met in Oslo on Monday, officials said."


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-10-21", "2024-10-21"), ("2024-10-21T23:10:00Z", "2024-10-21"), ("2024-10-21T08:00:00+02:00", "2024-10-21"),
    ("Mon, 21 Oct 2024 10:32:00 GMT", "2024-10-21"), ("21 October 2024", "2024-10-21"),
    ("October 21, 2024", "2024-10-21"),
    ("2024/10/21", "2024-10-21"), ("20241021", "2024-10-21"), ("21.10.2024", "2024-10-21"),
    ("yesterday", None), ("xyz", None), ("", None), (None, None), ("2024-13-01", None),
])
def test_chrome_normalise_date(value, expected):
    assert normalise_date(value) == expected
