"""JSON Lines: one article a line, ids kept or hashed, bad lines reported by number while the rest is read."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import iter_articles, read
from newsgraph.ingest.jsonl import read_jsonl
from newsgraph.model import Article, content_id

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
JSONL = FIXTURES / "articles.jsonl"


@pytest.fixture(scope="module")
def items() -> list[Article | InputError]:
    return list(read_jsonl(JSONL.read_text(encoding="utf-8"), source="articles.jsonl"))


def test_jsonl_every_non_blank_line_gives_one_item(items):
    assert [item.source for item in items] == [f"articles.jsonl:{n}" for n in (1, 3, 4, 5, 6)]


def test_jsonl_given_id_and_fields_are_kept(items):
    first = items[0]
    assert (first.id, first.url, first.outlet, first.title) == (
        "brief-1", "https://example.org/briefs/1", "Example Briefs", "Ministers meet in Oslo")
    assert first.published == "2024-10-21"
    assert first.text.startswith("Foreign ministers from five Nordic countries")


def test_jsonl_without_id_gets_a_stable_content_hash(items):
    article = items[1]
    assert article.id == content_id(article.text)
    again = list(read_jsonl(JSONL.read_text(encoding="utf-8"), source="other-name.jsonl"))[1]
    assert again.id == article.id


def test_jsonl_malformed_line_is_reported_with_its_number(items):
    error = items[2]
    assert isinstance(error, InputError)
    assert error.source == "articles.jsonl:4"
    assert error.reason.startswith("malformed JSON: ")


def test_jsonl_html_field_goes_through_the_html_reader(items):
    article = items[3]
    assert isinstance(article, Article)
    assert article.id == "brief-4"
    assert article.title == "Record from html"          # the record's field wins over the page's
    assert article.outlet == "Html Site"                # found in the page, none given
    assert "Uruguay and Paraguay signed an agreement" in article.text and "<p>" not in article.text


def test_jsonl_record_without_text_or_html(items):
    assert (items[4].source, items[4].reason) == ("articles.jsonl:6", "no text or html field")


@pytest.mark.parametrize(("line", "reason"), [
    ('["a", "list"]', "malformed JSON: a list, not an object"),
    ('{"text": 42}', "field 'text' is a int, not a string"),
    ('{"text": "   "}', "no text or html field"),
    ("{'single': 'quotes'}", "malformed JSON: Expecting property name enclosed in double quotes at column 2"),
])
def test_jsonl_bad_records(line, reason):
    [item] = read_jsonl(line, source="b.jsonl")
    assert (item.source, item.reason) == ("b.jsonl:1", reason)


def test_jsonl_caller_overrides_record_fields():
    line = '{"text": "Talks resumed on Monday, officials said.", "outlet": "A", "published": "2024-01-02"}'
    [article] = read_jsonl(line, source="c.jsonl", published="2024-03-04", outlet="B")
    assert (article.published, article.outlet) == ("2024-03-04", "B")


def test_jsonl_read_refuses_several_articles():
    with pytest.raises(InputError, match=r"holds 5 articles; use iter_articles"):
        read(JSONL)


def test_jsonl_read_accepts_one_article(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text('{"id": "x1", "text": "The minister said on Monday that talks would resume."}\n\n')
    article = read(path)
    assert (article.id, article.source) == ("x1", f"{path}:1")


def test_jsonl_iter_articles_goes_on_after_bad_lines():
    kinds = [type(item).__name__ for item in iter_articles([str(JSONL)], english_only=False)]
    assert kinds == ["Article", "Article", "InputError", "Article", "InputError"]
