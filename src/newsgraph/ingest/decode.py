"""Bytes to text: byte-order mark, UTF-8, a declared charset, then charset detection.

Refuses what is not text: binary data, inputs over 50 MB, empty inputs. Line ends become ``\\n``;
nothing else in the text is changed.
"""
from __future__ import annotations

import codecs
import logging
import math
import re

from newsgraph.errors import InputError

LOGGER = logging.getLogger(__name__)

MAX_BYTES = 50_000_000
SAMPLE_BYTES = 8192
MAX_CONTROL_SHARE = 0.02  # more control characters than this in the sample: binary
UTF16_NUL_SHARE = 0.4     # ASCII text in UTF-16 has a NUL in every other byte

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
BINARY_MAGIC = (
    b"%PDF-", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"MZ\x90",
    b"\x1f\x8b", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"OggS", b"ID3", b"\x00\x00\x01\x00",
    b"RIFF", b"SQLite format 3",
)
CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")
CHARSET_NAME = rb"""(?P<charset>[A-Za-z0-9][\w.:-]{0,40})"""
META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?""" + CHARSET_NAME, re.I)
XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']""" + CHARSET_NAME, re.I)
NEWLINE_RE = re.compile(r"\r\n?")
# WHATWG: a page labelled Latin-1 or ASCII is read as windows-1252
WINDOWS_1252_ALIASES = {"latin_1", "iso8859_1", "ascii", "iso8859_15"}


def _size_mb(n: int) -> int:
    return math.ceil(n / 1_000_000)


def check_size(n: int, source: str, max_bytes: int = MAX_BYTES) -> None:
    """Raise ``InputError(source, "too large (N MB > 50 MB)")`` for inputs over ``max_bytes``."""
    if n > max_bytes:
        raise InputError(source, f"too large ({_size_mb(n)} MB > {_size_mb(max_bytes)} MB)")


def _bom(data: bytes) -> str | None:
    return next((codec for bom, codec in BOMS if data.startswith(bom)), None)


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when every other byte is NUL, as in UTF-16 text without a BOM."""
    half = max(1, len(sample) // 2)
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > UTF16_NUL_SHARE * half and even < 0.05 * half:
        return "utf-16-le"
    if even > UTF16_NUL_SHARE * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def is_binary(sample: bytes) -> bool:
    """RETURNS (bool): whether bytes without a BOM are not text (NUL bytes, control characters, file magic)."""
    if sample.startswith(BINARY_MAGIC) or b"\x00" in sample:
        return True
    return len(CONTROL_BYTES.findall(sample)) > MAX_CONTROL_SHARE * max(1, len(sample))


def _codec_name(label: str | bytes | None) -> str | None:
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    try:
        name = codecs.lookup(label.strip()).name if label else None
    except LookupError:
        return None
    return "cp1252" if name and name.replace("-", "_") in WINDOWS_1252_ALIASES else name


def declared_charset(data: bytes) -> str | None:
    """RETURNS (str | None): the codec an HTML ``<meta charset>`` or an XML declaration names."""
    head = data[:SAMPLE_BYTES]
    match = XML_ENCODING_RE.search(head) or META_CHARSET_RE.search(head)
    codec = _codec_name(match["charset"]) if match else None
    # a page that could be read this far is not UTF-16 or -32, whatever it says (WHATWG)
    return None if codec and codec.startswith(("utf-16", "utf-32")) else codec


def _try(data: bytes, codec: str | None) -> str | None:
    if not codec:
        return None
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best reading; among equally good ones, windows-1252 (the web's default)."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:1_000_000]))
    if not matches:
        return None
    best = matches[0]
    ties = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence - 0.02]
    codec = next((m.encoding for m in ties if m.encoding == "cp1252"), best.encoding)
    LOGGER.debug("detected charset %s", codec)
    return codec


def _decode_bytes(data: bytes, source: str, declared: str | None) -> str:
    codec = _bom(data) or _utf16_without_bom(data[:SAMPLE_BYTES])
    if codec:
        text = _try(data, codec)
        if text is None:
            raise InputError(source, f"cannot decode text (tried {codec})")
        return text
    if is_binary(data[:SAMPLE_BYTES]):
        raise InputError(source, "binary data, not text")
    tried = ["utf-8"]
    for codec in (_codec_name(declared), declared_charset(data)):
        if codec and codec not in tried:
            tried.append(codec)
    for codec in tried:
        text = _try(data, codec)
        if text is not None:
            return text
    text = _try(data, _detect(data))
    if text is None:
        raise InputError(source, f"cannot decode text (tried {', '.join(tried)}, charset detection)")
    return text


def decode(data: bytes, source: str, *, declared: str | None = None, max_bytes: int = MAX_BYTES) -> str:
    """Decode the bytes of one input.

    data (bytes): the input as read.
    source (str): its path, URL or ``<stdin>``, for messages.
    declared (str | None): a charset named outside the data (an HTTP ``Content-Type``).
    RETURNS (str): the text, line ends made ``\\n``.
    RAISES InputError: too large, empty, binary, or not decodable.
    """
    check_size(len(data), source, max_bytes)
    if not data.strip():
        raise InputError(source, "empty input")
    text = _decode_bytes(data, source, declared)
    sample = text[:SAMPLE_BYTES]
    if "\x00" in sample or len(CONTROL_CHARS.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise InputError(source, "binary data, not text")
    text = NEWLINE_RE.sub("\n", text)
    if not text.strip():
        raise InputError(source, "empty input")
    return text
