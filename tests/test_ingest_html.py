"""HTML pages: the body without boilerplate, metadata, and bounded work on hostile pages."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.html import MAX_ELEMENTS, drop_title, extract_page, read_html
from newsgraph.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PAGE = (FIXTURES / "page.html").read_text(encoding="utf-8")
BODY = "".join(
    f"<p>Paragraph {i}: the delegation said on Monday that the ceasefire talks in Geneva would resume "
    f"after a pause of {i} days, officials confirmed.</p>" for i in range(8)
)
BOUND_SECONDS = 45


def read_one(data: str, **options) -> Article | InputError:
    items = list(read_html(data, source="page.html", **options))
    assert len(items) == 1
    return items[0]


@pytest.fixture(scope="module")
def page() -> Article:
    article = read_one(PAGE)
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize("snippet", [
    "Dock workers at the port of Gdansk ended a nine-day strike on Wednesday",
    "The port authority confirmed the agreement",
    "Work is due to resume with the morning shift on Thursday, the port authority said.",
])
def test_html_body_present(page, snippet):
    assert snippet in page.text


@pytest.mark.parametrize("snippet", [
    "COOKIE-BANNER-TEXT", "NAV-LINK-TEXT", "FOOTER-TEXT", "RELATED-LINK-TEXT", "TRACKING-SCRIPT-TEXT",
    "STYLE-RULE-TEXT", "We use cookies", "Accept all",
])
def test_html_boilerplate_absent(page, snippet):
    assert snippet not in page.text


def test_html_headline_is_title_not_body(page):
    assert page.title == "Harbour workers end strike after pay deal"
    assert not page.text.startswith("Harbour workers")


def test_html_metadata(page):
    found = (page.published, page.outlet, page.language, page.source)
    assert found == ("2024-05-08", "Coastline Courier", "en", "page.html")


def test_html_caller_overrides_found_metadata():
    article = read_one(PAGE, published="2024-05-09", outlet="Other Outlet", url="https://example.org/strike")
    assert (article.published, article.outlet, article.url) == ("2024-05-09", "Other Outlet", "https://example.org/strike")


def test_html_date_from_meta_when_no_time_element():
    page = PAGE.replace('<time datetime="2024-05-08T09:15:00Z">8 May 2024</time>', "").replace(
        "<head>", '<head><meta property="article:published_time" content="2024-05-07T22:00:00Z">')
    assert read_one(page).published == "2024-05-07"


def test_html_without_article_text_is_refused():
    item = read_one((FIXTURES / "nav_only.html").read_text(encoding="utf-8"))
    assert isinstance(item, InputError)
    assert item.reason == "no article text found in HTML"


def test_html_bad_caller_date():
    item = read_one(PAGE, published="xyz")
    assert isinstance(item, InputError)
    assert item.reason == "bad --published date 'xyz' (want YYYY-MM-DD)"


def test_html_drop_title_only_when_first_line_is_the_title():
    title = "Talks resume in Geneva | Site"
    assert drop_title("Talks resume in Geneva\nThe minister said.", title) == "The minister said."
    assert drop_title("The minister said.\nMore.", "Talks resume") == "The minister said.\nMore."


def bounded(data: str) -> tuple[Article | InputError, float]:
    start = time.monotonic()
    item = read_one(data)
    return item, time.monotonic() - start


@pytest.mark.timeout(120)
def test_html_hostile_deep_nesting_is_bounded():
    item, seconds = bounded("<html><body>" + "<div>" * 100_000 + BODY + "</div>" * 100_000 + "</body></html>")
    assert isinstance(item, (Article, InputError)) and seconds < BOUND_SECONDS


@pytest.mark.timeout(120)
def test_html_hostile_text_before_deep_nesting_is_kept():
    item, seconds = bounded("<html><body><article>" + BODY + "</article>" + "<div><span>" * 50_000 + "</body></html>")
    assert isinstance(item, Article) and "Paragraph 7" in item.text and seconds < BOUND_SECONDS


@pytest.mark.timeout(120)
def test_html_hostile_20_mb_page_is_bounded():
    paragraphs = "".join(f"<p>Item {i}: the minister said on day {i} that talks went on.</p>\n" for i in range(360_000))
    data = "<html><body><article>" + paragraphs + "</article></body></html>"
    assert len(data) > 20_000_000
    item, seconds = bounded(data)
    assert isinstance(item, Article) and seconds < BOUND_SECONDS
    assert "Item 0:" in item.text and f"Item {MAX_ELEMENTS * 2}:" not in item.text   # the tail was cut


@pytest.mark.timeout(120)
def test_html_hostile_script_and_style_are_dropped():
    data = ("<html><head><script>" + "var a = 'SCRIPT';" * 500_000 + "</script><style>" + "p{color:red}" * 100_000
            + "</style></head><body><article>" + BODY + "<script>document.write('INLINE-SCRIPT')</script>"
            + "</article></body></html>")
    item, seconds = bounded(data)
    assert isinstance(item, Article) and seconds < BOUND_SECONDS
    assert "SCRIPT" not in item.text and "color:red" not in item.text


@pytest.mark.timeout(120)
def test_html_hostile_many_attributes_are_bounded():
    attributes = " ".join(f'data-a{i}="x"' for i in range(100_000))
    item, seconds = bounded(f"<html><body><div {attributes}>" + BODY + "</div></body></html>")
    assert isinstance(item, Article) and seconds < BOUND_SECONDS


def test_html_hostile_control_characters_and_broken_markup():
    item = read_one("<html><body><article>\x01\x02<p>" + BODY + "</b></i><p><<<>>></article>\x0b")
    assert isinstance(item, Article) and "Paragraph 0" in item.text


def test_html_extract_page_reports_source():
    with pytest.raises(InputError) as err:
        extract_page("<html><body><p>Too short.</p></body></html>", source="short.html")
    assert err.value.source == "short.html"


class FakeDocument:
    def __init__(self, text: str) -> None:
        self.text, self.title, self.date, self.sitename, self.url = text, "T", None, None, None


@pytest.mark.parametrize(("precise", "balanced", "expected"), [
    ("a stub " * 10, "full article text " * 100, "full article text"),         # precision lost the article
    ("precise text " * 200, "more text " * 1000, "precise text"),             # long enough: kept
    ("short but right " * 20, "page with boilerplate " * 30, "short but right"),  # not a quarter: kept
])
def test_html_precise_stub_falls_back_to_balanced(monkeypatch, precise, balanced, expected):
    from newsgraph.ingest import html

    def fake(tree, url, **options):
        return FakeDocument(precise if options.get("favor_precision") else balanced)

    monkeypatch.setattr(html, "_bare", fake)
    document = html.extract_body(html.parse_html(PAGE))
    assert document.text.startswith(expected) and document.title == "T"
