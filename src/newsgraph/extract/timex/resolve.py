"""Normalising one expression: clean the text, drop leading signals, read it with the first rule of the
grammar that matches and resolves it, against the publication date and in the given tense."""
from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from newsgraph.extract.timex.base import TENSES, UNRESOLVED, Ctx, Norm
from newsgraph.extract.timex.grammar import rules
from newsgraph.extract.timex.vocab import alt, lexicon

logger = logging.getLogger("newsgraph.extract.timex")  # the package's logger, as before the split

_CHAR_MAP = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


@lru_cache(maxsize=None)
def _trim_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    leading = re.compile(rf"^(?P<w>{alt(lex['trim_leading'])})\s+", re.IGNORECASE)
    before_the = re.compile(rf"^(?P<w>{alt(lex['trim_leading_before_the'])})\s+(?=the\b)", re.IGNORECASE)
    return leading, before_the


def strip_signals(text: str) -> tuple[str, str | None]:
    """Drop the prepositions TimeML leaves outside a timex; RETURNS the rest and the last one dropped."""
    leading, before_the = _trim_regexes()
    prep = None
    while True:
        m = leading.match(text) or before_the.match(text)
        if not m:
            return text, prep
        prep, text = re.sub(r"\s+", " ", m["w"].lower()), text[m.end():]


def clean(text: str) -> tuple[str, str | None]:
    """Lower-case, unify quotes and dashes, drop commas and thousands separators, strip signals.

    Named expressions that begin with a signal word ("at present", "until recently") are kept whole.
    """
    s = text.translate(_CHAR_MAP).lower()
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s).replace(",", " ")
    s = re.sub(r"\s+", " ", s).strip(" .;:!?\"()[]{}+|*•·/#-")
    s = re.sub(r"'s$", "", s).strip()
    if s in lexicon()["named"]:
        return s, None
    s, prep = strip_signals(s)
    return s.strip(), prep


def parse(text: str, ctx: Ctx) -> Norm | None:
    """Read ``text`` with the first rule that fully matches and resolves it; None if none does."""
    s, prep = clean(text)
    if not s:
        return None
    if prep:
        ctx = replace(ctx, prep=prep)
    for rule in rules():
        m = rule.regex.fullmatch(s)
        if not m:
            continue
        try:
            norm = rule.read(m, ctx)
        except (ValueError, OverflowError, KeyError) as err:  # an impossible date such as 31 February
            logger.debug("timex rule %s could not read %r: %s", rule.name, text, err)
            norm = None
        if norm is not None:
            return norm
    return None


def parse_published(published: str | None) -> date | None:
    """The publication date from ``YYYY-MM-DD`` (or a longer ISO timestamp); None if absent or invalid."""
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        logger.warning("published date %r is not YYYY-MM-DD; relative timexes stay unresolved", published)
        return None


def normalise(text: str, published: str | None = None, tense: str = "past") -> tuple[str, str, str | None, str | None]:
    """Normalise one time expression to TIMEX3.

    text (str): the expression, e.g. ``"last week"``, ``"on Friday"``, ``"the past two weeks"``.
    published (str | None): the publication date ``YYYY-MM-DD`` that relative expressions resolve against.
    tense (str): ``"past"``, ``"present"`` or ``"future"``, the tense of the governing verb.
    RETURNS (tuple): ``(type, value, start, end)``: type in DATE|TIME|DURATION|SET, a TIMEX3 value,
        and the first and last ISO day of the interval it covers (None when open or unknown).
        Text the grammar cannot read gives ``("DATE", "XXXX-XX-XX", None, None)``.
    """
    if tense not in TENSES:
        raise ValueError(f"normalise: tense {tense!r} is not one of {', '.join(TENSES)}")
    norm = parse(text, Ctx(parse_published(published), tense))
    return tuple(norm) if norm else ("DATE", UNRESOLVED, None, None)  # type: ignore[return-value]
