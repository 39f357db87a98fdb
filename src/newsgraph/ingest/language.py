"""A cheap, offline guess of an article's language (ISO 639-1).

The script of the letters decides first (Hangul is Korean, Greek is Greek...); within Latin,
Cyrillic and Arabic script, the share of very common function words of each language does
(``lexicons/stopwords.json``). Too little text, or no language clearly ahead: ``None``.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from newsgraph.lexicons import load

SAMPLE_CHARS = 20000
MIN_TOKENS = 8       # fewer words than this: too short to tell
MIN_LETTERS = 20
MIN_SHARE = 0.12     # the best language's function words must be at least this share of tokens
KANA_SHARE = 0.05    # Han text with this much kana is Japanese

TOKEN_RE = re.compile(r"[^\W\d_]+")
SCRIPTS = (  # (script, first code point, last code point)
    ("latin", 0x0041, 0x024F), ("greek", 0x0370, 0x03FF), ("cyrillic", 0x0400, 0x052F),
    ("armenian", 0x0530, 0x058F), ("hebrew", 0x0590, 0x05FF), ("arabic", 0x0600, 0x06FF),
    ("devanagari", 0x0900, 0x097F), ("thai", 0x0E00, 0x0E7F), ("georgian", 0x10A0, 0x10FF),
    ("hangul", 0x1100, 0x11FF), ("kana", 0x3040, 0x30FF), ("han", 0x4E00, 0x9FFF),
    ("hangul", 0xAC00, 0xD7AF),
)
SCRIPT_LANGUAGE = {
    "greek": "el", "armenian": "hy", "hebrew": "he", "devanagari": "hi", "thai": "th",
    "georgian": "ka", "hangul": "ko",
}


def _script(char: str) -> str | None:
    point = ord(char)
    return next((name for name, first, last in SCRIPTS if first <= point <= last), None)


def scripts(text: str) -> Counter[str]:
    """RETURNS (Counter): how many letters of ``text`` are in each script."""
    return Counter(s for s in map(_script, filter(str.isalpha, text)) if s)


@lru_cache(maxsize=1)
def stopwords() -> dict[str, dict[str, frozenset[str]]]:
    """RETURNS: ``{script: {language: function words}}`` from ``lexicons/stopwords.json``."""
    table: dict[str, dict[str, frozenset[str]]] = {}
    for language, words in load("stopwords.json").items():
        if not language.startswith("_"):
            table.setdefault(_script(words[0][0]) or "latin", {})[language] = frozenset(words)
    return table


def _by_function_words(text: str, script: str) -> str | None:
    tokens = TOKEN_RE.findall(text.lower())
    if len(tokens) < MIN_TOKENS:
        return None
    counts = Counter(tokens)
    shares = {lang: sum(counts[w] for w in words) / len(tokens)
              for lang, words in stopwords().get(script, {}).items()}
    best = max(shares, key=shares.__getitem__, default=None)
    return best if best and shares[best] >= MIN_SHARE else None


def _cjk(letters: Counter[str]) -> str:
    return "ja" if letters["kana"] >= KANA_SHARE * (letters["kana"] + letters["han"]) else "zh"


def guess_language(text: str) -> str | None:
    """Guess the language of an article body.

    text (str): the body.
    RETURNS (str | None): an ISO 639-1 code such as ``"en"``, or ``None`` when too short to tell.
    """
    sample = text[:SAMPLE_CHARS]
    letters = scripts(sample)
    if sum(letters.values()) < MIN_LETTERS:
        return None
    script = letters.most_common(1)[0][0]
    if script in ("kana", "han"):
        return _cjk(letters)
    if script in SCRIPT_LANGUAGE:
        return SCRIPT_LANGUAGE[script]
    return _by_function_words(sample, script)
