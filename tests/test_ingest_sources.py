"""read() and iter_articles(): paths, folders, globs, stdin; errors yielded per input; the caller's options."""
from __future__ import annotations

import gzip
import io
import shutil
import sys
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import READERS, expand, iter_articles, read
from newsgraph.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ENGLISH = (FIXTURES / "plain_no_chrome.txt").read_text(encoding="utf-8")
GERMAN = (FIXTURES / "german.txt").read_text(encoding="utf-8")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of inputs: nested, with hidden files, a README and a binary file."""
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "page.html").write_text((FIXTURES / "page.html").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "c.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "b" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / ".secret.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "README.md").write_text("# About these files\n", encoding="utf-8")
    return tmp_path


def test_sources_readers_registry():
    assert sorted(READERS) == ["html", "jsonl", "text"]


def test_sources_folder_is_recursive_sorted_and_skips_hidden_files(tree):
    assert list(expand([str(tree)])) == [str(tree / name) for name in ("a.txt", "b/image.png", "b/page.html", "c.txt")]


def test_sources_glob_patterns(tree):
    assert list(expand([str(tree / "*.txt")])) == [str(tree / "a.txt"), str(tree / "c.txt")]
    assert list(expand([str(tree / "**" / "*.html")])) == [str(tree / "b" / "page.html")]


def test_sources_names_that_match_nothing_are_errors(tree):
    missing, empty = expand([str(tree / "nope.txt"), str(tree / "*.xml")])
    assert (missing.reason, empty.reason) == ("no such file or directory", "no files match")


def test_sources_iter_articles_yields_errors_and_goes_on(tree):
    items = list(iter_articles([str(tree), str(tree / "missing.txt")]))
    summary = [(Path(i.source).name, getattr(i, "reason", "ok")) for i in items]
    assert summary == [
        ("a.txt", "ok"),
        ("image.png", "binary data, not text"),
        ("page.html", "ok"),
        ("c.txt", "not English (detected: de)"),
        ("missing.txt", "no such file or directory"),
    ]
    assert all(isinstance(i, InputError) for i in items if getattr(i, "reason", None))


def test_sources_non_english_kept_without_english_only(tree):
    [article] = iter_articles([str(tree / "c.txt")], english_only=False)
    assert (article.language, article.source) == ("de", str(tree / "c.txt"))


def test_sources_read_does_not_reject_non_english(tree):
    assert read(tree / "c.txt").language == "de"


def test_sources_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ENGLISH.encode("utf-8"))))
    article = read("-")
    assert (article.source, article.text) == ("<stdin>", ENGLISH.strip())


def test_sources_stdin_in_iter_articles(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"   \n")))
    [error] = iter_articles(["-"])
    assert (error.source, error.reason) == ("<stdin>", "empty input")


def test_sources_read_text_file_with_chrome():
    article = read(FIXTURES / "chrome_date_outlet.txt")
    assert (article.published, article.outlet, article.language) == ("2024-10-21", "Baltic Ledger", "en")
    assert article.source == str(FIXTURES / "chrome_date_outlet.txt")
    assert article.id and article.url is None


def test_sources_caller_overrides_what_was_found():
    article = read(FIXTURES / "chrome_date_outlet.txt", published="21 Nov 2024", outlet="Someone Else")
    assert (article.published, article.outlet) == ("2024-11-21", "Someone Else")


def test_sources_bad_caller_date():
    with pytest.raises(InputError) as err:
        read(FIXTURES / "plain_no_chrome.txt", published="xyz")
    assert err.value.reason == "bad --published date 'xyz' (want YYYY-MM-DD)"
    with pytest.raises(InputError, match="bad --published date"):
        iter_articles([str(FIXTURES)], published="2024-99-99")


def test_sources_format_forces_the_reader(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("<p>The minister said on Monday that talks would resume, officials said.</p>", encoding="utf-8")
    assert read(path, format="text").text.startswith("<p>")
    with pytest.raises(InputError, match="unknown format 'pdf'"):
        read(path, format="pdf")


def test_sources_gzip_input(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress((FIXTURES / "page.html").read_bytes()))
    assert read(path).outlet == "Coastline Courier"


@pytest.mark.parametrize(("content", "reason"), [
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
     "RSS/Atom feeds are not supported yet"),
    (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n", "WARC archives are not supported yet"),
    (gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n\x00\x01"), "WARC archives are not supported yet"),
    (b"", "empty input"),
])
def test_sources_unsupported_and_empty_inputs(tmp_path, content, reason):
    path = tmp_path / "input.dat"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read(path)
    assert (err.value.source, err.value.reason) == (str(path), reason)


def test_sources_read_refuses_a_folder(tree):
    with pytest.raises(InputError, match="is a folder"):
        read(tree)


def test_sources_examples_folder_reads_cleanly(tmp_path):
    examples = Path(__file__).resolve().parents[1] / "examples"
    if not examples.is_dir():
        pytest.skip("no examples folder")
    copy = shutil.copytree(examples, tmp_path / "examples")
    items = list(iter_articles([str(copy)]))
    assert items and all(isinstance(i, Article) for i in items), [getattr(i, "reason", "") for i in items]


def test_sources_folder_skips_databases(tmp_path):
    from newsgraph.ingest.sources import files_under

    for name in ("story.txt", "newsgraph.db", "newsgraph.db-wal", "newsgraph.DB-SHM"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in files_under(tmp_path)] == ["story.txt"]
