"""Bytes to text: BOMs, UTF-8, declared and detected charsets; binary, empty and oversized inputs refused."""
from __future__ import annotations

import codecs

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.decode import check_size, decode

FRENCH = ("Le ministre a déclaré mardi que la réunion à Genève était reportée. "
          "Les négociations reprendront après les fêtes, a-t-il ajouté.")
QUOTES = ("The minister said the talks \u201cwould resume\u201d next week \u2014 "
          "an official confirmed the delegation\u2019s visit on Tuesday.")
RUSSIAN = "Министр иностранных дел заявил во вторник, что переговоры в Женеве возобновятся на следующей неделе."


@pytest.mark.parametrize(("data", "expected"), [
    (FRENCH.encode("utf-8"), FRENCH),
    (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), FRENCH),
    (FRENCH.encode("latin-1"), FRENCH),
    (QUOTES.encode("cp1252"), QUOTES),
    (FRENCH.encode("utf-16"), FRENCH),                       # with BOM
    (codecs.BOM_UTF16_BE + QUOTES.encode("utf-16-be"), QUOTES),
    (QUOTES.encode("utf-16-le"), QUOTES),                    # no BOM: every other byte NUL
    (FRENCH.encode("utf-32"), FRENCH),
    (RUSSIAN.encode("cp1251"), RUSSIAN),
])
def test_decode_charsets(data, expected):
    assert decode(data, "x.txt") == expected


def test_decode_html_meta_charset_is_honoured():
    page = '<html><head><meta charset="koi8-r"><title>t</title></head><body><p>' + RUSSIAN + "</p></body></html>"
    assert RUSSIAN in decode(page.encode("koi8-r"), "page.html")


def test_decode_http_equiv_charset_is_honoured():
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            "<body><p>" + FRENCH + "</p></body></html>")
    assert FRENCH in decode(page.encode("latin-1"), "page.html")


def test_decode_declared_charset_from_transport():
    assert decode(RUSSIAN.encode("koi8-r"), "http://example.org/a", declared="koi8-r") == RUSSIAN


def test_decode_line_ends_become_newlines():
    assert decode(b"one\r\ntwo\rthree\n", "x.txt") == "one\ntwo\nthree\n"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    b"text with a NUL\x00 byte and more text after it",
    bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50 + b"some words",
    b"\x00\x01\x02\xff" * 100,                 # NULs in every other byte, like UTF-16, but not text
])
def test_decode_binary_is_refused(data):
    with pytest.raises(InputError, match="binary data, not text") as err:
        decode(data, "blob.bin")
    assert err.value.source == "blob.bin"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n ", "  \n".encode("utf-16")])
def test_decode_empty_input(data):
    with pytest.raises(InputError, match="empty input"):
        decode(data, "empty.txt")


def test_decode_too_large():
    with pytest.raises(InputError, match=r"too large \(2 MB > 1 MB\)"):
        decode(b"a" * 1_500_000, "big.txt", max_bytes=1_000_000)


def test_decode_too_large_default_limit_is_50_mb():
    with pytest.raises(InputError, match=r"too large \(51 MB > 50 MB\)"):
        check_size(50_500_000, "big.txt")
    check_size(50_000_000, "ok.txt")


def test_decode_undecodable_names_what_was_tried():
    with pytest.raises(InputError, match=r"cannot decode text \(tried utf-16") as err:
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "bad.txt")   # a lone surrogate
    assert err.value.source == "bad.txt"
