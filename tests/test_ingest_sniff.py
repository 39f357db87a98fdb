"""Format sniffing: the content decides, the name is a hint."""
from __future__ import annotations

import pytest

from newsgraph.ingest.sniff import sniff

ARTICLE = "The minister said on Tuesday that talks would resume next week, according to officials.\n"


@pytest.mark.parametrize(("data", "name", "expected"), [
    ("<!DOCTYPE html><html><head><title>t</title></head><body><p>x</p></body></html>", None, "html"),
    ("\ufeff  <html lang='en'><body>x</body></html>", None, "html"),
    ('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x">\n<html>', None, "html"),
    ("<!-- saved page -->\n<div class='story'><p>" + ARTICLE + "</p></div>", None, "html"),
    ("<p>one</p><p>two</p><p>three</p>", "story.txt", "html"),       # starts with a tag: content wins
    (ARTICLE * 3, "story.html", "text"),                            # no tags at all: content wins
    ("Notes <b>bold</b>\n" + ARTICLE, "story.html", "html"),        # few tags, and the name says HTML
    ("Notes <b>bold</b>\n" + ARTICLE, "story.txt", "text"),
    ("if a < b and c > d then " + ARTICLE, None, "text"),
    (ARTICLE, None, "text"),
    ('{"id": "1", "text": "x"}\n{"id": "2", "text": "y"}\n', None, "jsonl"),
    ('\n\n{"text": "x"}\n', "batch.txt", "jsonl"),
    ('{"text": "unterminated\n', "batch.jsonl", "jsonl"),           # malformed, but the name says JSONL
    ('{curly braces open this note\n' + ARTICLE, None, "text"),
    ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel></channel></rss>', "feed.xml", "feed"),
    ('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', None, "feed"),
    ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', None, "feed"),
    ("WARC/1.0\r\nWARC-Type: warcinfo\r\n", "crawl.warc", "warc"),
    (b"WARC/1.1\r\nWARC-Type: response\r\n\x00\x01", None, "warc"),
    (b"<html><body><p>bytes work too</p></body></html>", None, "html"),
])
def test_sniff(data, name, expected):
    assert sniff(data, name) == expected
