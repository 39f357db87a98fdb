"""Finding timexes in a parsed article: trim each candidate to its TimeML extent, filter out what is not
time, read it in the tense of its governing verb, keep the best non-overlapping ones, join neighbours,
and move anaphoric day references to the day last mentioned."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.extract.timex import periods
from newsgraph.extract.timex.base import UNRESOLVED, Ctx, Norm
from newsgraph.extract.timex.detect import entity_candidates, pattern_candidates
from newsgraph.extract.timex.resolve import clean, parse, parse_published, strip_signals
from newsgraph.extract.timex.tense import tense_of
from newsgraph.extract.timex.vocab import alt, lexicon, parts
from newsgraph.model import Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class _Candidate:
    """A trimmed candidate span of ``doc.text`` with its reading, and where it came from ("unread": an entity the grammar cannot read)."""

    start: int
    end: int
    norm: Norm | None
    origin: str


_EDGE = " \t\n\r.,;:!?\"'[]{}+|*•·/#-–—“”‘’"


@lru_cache(maxsize=None)
def _article_before_number() -> re.Pattern[str]:
    """"a five-year plan": the article belongs to the noun phrase, not to the timex."""
    numbers = [w for w in lexicon()["numbers"] if not w.startswith(("a ", "an ", "half")) and w not in ("a", "an")]
    return re.compile(rf"an?\s+(?=\d|{alt(numbers)}[-\s])", re.IGNORECASE)


def _trim_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop edge punctuation (keeping balanced brackets, ``'82`` and ``p.m.``) and a trailing 's."""
    while start < end and (text[start] in _EDGE or (text[start] == "(" and ")" not in text[start:end])) \
            and not re.match(r"['’]\d\d", text[start:end]):
        start += 1
    while start < end and (text[end - 1] in _EDGE or (text[end - 1] == ")" and "(" not in text[start:end])) \
            and not re.search(r"[ap]\.m\.$", text[start:end].lower()):
        end -= 1
    if re.search(r"\w['’]s$", text[start:end]):
        end -= 2
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """Shrink ``[start, end)`` to the TimeML extent: no edge punctuation, leading signals or trailing 's."""
    prep = None
    while True:
        before = (start, end)
        start, end = _trim_edges(text, start, end)
        rest, dropped = strip_signals(text[start:end])
        if dropped:
            start, prep = end - len(rest), dropped
        article = _article_before_number().match(text, start, end)
        if article:
            start = article.end()
        if (start, end) == before:
            return start, end, prep


def _preceding_word(text: str, start: int) -> str | None:
    """The word just before ``start`` (a preposition such as "since" or "in"), lower-cased; None if there is none."""
    m = re.search(r"([A-Za-z]+)\W{0,2}$", text[max(0, start - 20):start])
    return m[1].lower() if m else None


def _is_age(text: str, start: int, end: int) -> bool:
    """"62-year-old", "aged 45", "45 years old": an age, not a time."""
    window = text[start:min(len(text), end + 8)]
    return any(re.search(p, window, re.IGNORECASE) for p in lexicon()["age_patterns"])


def _is_fraction(text: str, start: int, end: int) -> bool:
    """"about a quarter of its dealers", "half of the year's sales": a share, not a time."""
    return bool(re.search(r"(?:^|\s)(?:(?:an?|one|three)\s+quarters?|half)$", text[start:end], re.IGNORECASE)
                and re.match(r"\s*,?\s*of\b", text[end:end + 8], re.IGNORECASE))


@lru_cache(maxsize=None)
def _cue_regex() -> re.Pattern[str]:
    """Words that make an unreadable DATE/TIME entity still temporal."""
    lex = lexicon()
    words = [w for w in list(lex["months"]) + list(lex["weekdays"]) if len(w) > 3] \
        + [w for w in lex["units"] if not w.startswith("quarter")] \
        + list(lex["seasons"]) + list(lex["parts_of_day"]) + list(lex["named"]) + list(lex["holidays"]) + ["era", "period"]
    return re.compile(rf"\b{alt(words)}\b", re.IGNORECASE)


def _candidate(doc: "Doc", text: str, start: int, end: int, origin: str, pub: date | None,
               reading: str | None = None) -> _Candidate | None:
    """Trim, filter and read one candidate span of ``text`` (``doc.text``); ``reading`` replaces
    its words when read ("21" of "21-23 October" is read as "21 October")."""
    start, end, prep = (start, end, None) if reading else _trim(text, start, end)
    if end <= start or _is_age(text, start, end) or _is_fraction(text, start, end):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or _is_name_part(span, pub):
        return None
    prep = prep or _preceding_word(text, start)
    tense = "past" if prep == "since" else tense_of(span)
    ctx = Ctx(pub, tense, prep, _attaches_to_verb(doc, start))
    norm = parse(reading or text[start:end], ctx)
    if norm is None and origin in ("DATE", "TIME") and reading is None:
        start, norm = _readable_tail(text, span, ctx)
    if norm is None and origin in ("DATE", "TIME") and _cue_regex().search(text[start:end]):
        norm = Norm(origin, UNRESOLVED)
        return _Candidate(start, end, norm, "unread")
    if norm is None:
        return None
    return _Candidate(_range_start(text, start, end, prep, norm), _drop_trailing(text, start, end), norm, origin)


_RANGE_LINK = re.compile(r"\s(?:to|through|until|till|and)\s|\d\s*[-–]\s*\d|[a-z]\s*[-–]\s*[a-z]", re.IGNORECASE)


def _is_range(text: str, c: _Candidate) -> bool:
    """A span of calendar time between two named ends: "from March to May", "2014-2016"."""
    return c.norm is not None and c.norm.type == "DURATION" and c.norm.start is not None \
        and bool(_RANGE_LINK.search(text, c.start, c.end))


def _range_start(text: str, start: int, end: int, prep: str | None, norm: Norm) -> int:
    """Where a range starts: "from" and "between" belong to "from March to May", "between 2014 and 2016"."""
    if prep not in ("from", "between") or not _is_range(text, _Candidate(start, end, norm, "")):
        return start
    m = re.search(rf"\b{prep}\s+$", text[max(0, start - 12):start], re.IGNORECASE)
    return start - len(m[0]) if m else start


@lru_cache(maxsize=None)
def _trailing_regex() -> re.Pattern[str]:
    """"in a row", "running" after a unit: read with the expression, left outside its extent."""
    return re.compile(rf"\b{parts().CONSECUTIVE_UNIT}s?(?P<trail>\s+{alt(lexicon()['consecutive_trailing'])})$", re.IGNORECASE)


def _drop_trailing(text: str, start: int, end: int) -> int:
    """The end of ``[start, end)`` without a trailing "in a row" ("the fourth week in a row")."""
    m = _trailing_regex().search(text, start, end)
    return m.start("trail") if m else end


def _readable_tail(text: str, span: "Span", ctx: Ctx) -> tuple[int, Norm | None]:
    """An entity the grammar cannot read may end in an expression it can: "their best week",
    "a great weekend", "Been months". RETURNS the start of the longest readable tail and its reading."""
    end = span.end_char
    for tok in span[1:]:
        start = _trim(text, tok.idx, end)[0]
        if tok.text[:1].isalpha() and start == tok.idx:
            norm = parse(text[start:end], replace(ctx, prep=None))
            if norm is not None:
                return start, norm
    return span.start_char, None


def _attaches_to_verb(doc: "Doc", start: int) -> bool:
    """Whether the preposition just before ``start`` hangs from a verb ("meet in two weeks")."""
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None or tok.start == 0:
        return True
    prev = doc[tok.start - 1]
    return prev.dep_ != "prep" or prev.head.pos_ in ("VERB", "AUX")


def _is_name_part(span: "Span", pub: date | None) -> bool:
    """A word or number that belongs to a name rather than being a time.

    "Russell 2000", "Windows 2000": a year-like number after a name, unless near publication
    ("WWDC 2005", "Euro 2024" are editions). "Danube Daily": a capitalised frequency word after a
    name. "The Sunday Times": a weekday between "the" and a name.
    """
    doc, lex = span.doc, lexicon()
    prev = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    named_prev = prev is not None and prev.pos_ == "PROPN" and not prev.is_sent_start \
        and prev.lower_.rstrip(".") not in lex["months"]
    if re.fullmatch(r"\d{4}", span.text):
        return named_prev and pub is not None and abs(int(span.text) - pub.year) > 5
    if len(span) == 1 and span.text[0].isupper() and span.text.lower() in lex["sets"]:
        return named_prev
    if len(span) == 1 and span.text.lower() in lex["weekdays"] and prev is not None and prev.lower_ == "the":
        return after is not None and after.pos_ == "PROPN"
    return False


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates: read ones before unread entities, then the longest, then the earliest."""
    chosen: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (c.origin == "unread", c.start - c.end, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _range_ends(text: str, chosen: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """The dates at each end of a chosen range, kept inside it as their own timexes ("from 2009 to 2011":
    the span, 2009 and 2011), as MEANTIME and TimeML annotate them."""
    ends = [c for r in chosen if _is_range(text, r)
            for c in _select([c for c in cands if r.start <= c.start and c.end <= r.end and (c.start, c.end) != (r.start, r.end)
                              and c.norm is not None and c.norm.type == "DATE" and c.origin != "unread"])]
    return sorted(chosen + ends, key=lambda c: (c.start, c.start - c.end))


def _merge_adjacent(doc: "Doc", text: str, chosen: list[_Candidate], pub: date | None) -> list[_Candidate]:
    """Join neighbours the grammar reads as one ("Friday, October 18", "12:00 UTC Monday")."""
    out: list[_Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        gap = text[prev.end:c.start] if prev else ""
        if prev and prev.origin != "unread" and c.origin != "unread" \
                and re.fullmatch(r"[ \t]*,?[ \t]*(?:(?:on|at|of)[ \t]+)?", gap):
            merged = _candidate(doc, text, prev.start, c.end, "merge", pub)
            if merged is not None and merged.start == prev.start and merged.end == c.end \
                    and ("," not in gap or merged.norm.type == "DATE"):
                out[-1] = merged
                continue
        out.append(c)
    return out


@lru_cache(maxsize=None)
def _leading_mod() -> re.Pattern[str]:
    return re.compile(rf"^{alt(lexicon()['mods'])}[-\s]+", re.IGNORECASE)


def _is_anaphoric(text: str) -> bool:
    """"the day", "the end of the day", "the morning", a bare clock time: they refer to the day last mentioned."""
    cleaned = _leading_mod().sub("", clean(text)[0])
    return cleaned in lexicon()["anaphoric_days"] or bool(re.fullmatch(parts().CLOCK, cleaned, re.IGNORECASE))


def _resolve_anaphora(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Move anaphoric day references from the publication day to the latest day-level date before them,
    and count "the next day", "the day before" from it."""
    out: list[_Candidate] = []
    last_day: str | None = None
    for i, c in enumerate(chosen):
        norm = c.norm
        following = chosen[i + 1] if i + 1 < len(chosen) else None
        if following is not None and following.norm is not None and re.fullmatch(r"[ \t]*,?[ \t]*(?:on[ \t]+)?", text[c.end:following.start]) \
                and re.fullmatch(r"\d{4}-\d\d-\d\d", following.norm.value):
            last_day = following.norm.value  # "16:15 UTC, June 1st"
        shift = lexicon()["anaphoric_day_shifts"].get(clean(text[c.start:c.end])[0])
        if norm is not None and last_day and shift is not None:
            c = replace(c, norm=periods.day(date.fromisoformat(last_day) + timedelta(days=shift)))
            last_day = c.norm.value
        elif norm is not None and last_day and _is_anaphoric(text[c.start:c.end]) \
                and re.match(r"\d{4}-\d\d-\d\d", norm.value):
            norm = Norm(norm.type, last_day + norm.value[10:], last_day, last_day)
            c = replace(c, norm=norm)
        elif norm is not None and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", norm.value):
            last_day = norm.value[:10]
        out.append(c)
    return out


_CALENDAR_DATE = re.compile(r"\d{4}(?:-(?:[01]\d(?:-[0-3]\d)?|W\d\d|Q[1-4]|H[12]|SP|SU|FA|WI))?")


def _resolve_anaphoric_dates(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Give "that time", "that date" the calendar date last mentioned before them."""
    out: list[_Candidate] = []
    last: Norm | None = None
    for c in chosen:
        if c.norm is not None and last is not None and c.norm.value == UNRESOLVED \
                and clean(text[c.start:c.end])[0] in lexicon()["anaphoric_dates"]:
            c = replace(c, norm=Norm("DATE", last.value, last.start, last.end))
        elif c.norm is not None and c.norm.type == "DATE" and _CALENDAR_DATE.fullmatch(c.norm.value):
            last = c.norm
        out.append(c)
    return out


def _anaphoric_year_shift(text: str) -> int | None:
    """The shift of an expression naming the year last mentioned ("the year before": -1); None for others."""
    cleaned, _ = clean(text)
    return lexicon()["anaphoric_years"].get(cleaned)


def _resolve_years(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Count "the entire year", "the year before" from the latest year named before them in the same
    paragraph ("lost $4.8bn in the fourth quarter of 2005 and $8.6bn for the entire year")."""
    out: list[_Candidate] = []
    last_year: int | None = None
    for i, c in enumerate(chosen):
        if i and "\n" in text[chosen[i - 1].end:c.start]:
            last_year = None
        shift = _anaphoric_year_shift(text[c.start:c.end])
        if c.norm is not None and shift is not None and last_year is not None:
            c = replace(c, norm=periods.year(last_year + shift))
        year = re.match(r"(\d{4})(?:-|$)", c.norm.value) if c.norm is not None else None
        if year:
            last_year = int(year[1])
        out.append(c)
    return out


def find_timexes(doc: "Doc", published: str | None) -> list[Timex]:
    """Find and normalise the time expressions of a parsed article.

    doc (Doc): the article parsed by the spaCy pipeline; spans index ``doc.text``.
    published (str | None): publication date ``YYYY-MM-DD``; without it relative expressions stay unresolved.
    RETURNS (list[Timex]): in text order, with ids ``t1``, ``t2``...; spans are end-exclusive offsets.
    """
    pub, text = parse_published(published), doc.text  # doc.text is rebuilt on every access: read it once
    raw = list(entity_candidates(doc)) + list(pattern_candidates(doc, text))
    cands = [c for c in (_candidate(doc, text, s, e, origin, pub, reading) for s, e, origin, reading in raw) if c]
    chosen = _resolve_years(text, _resolve_anaphora(text, _merge_adjacent(doc, text, _select(cands), pub)))
    chosen = _resolve_anaphoric_dates(text, chosen)
    chosen = _range_ends(text, chosen, cands)
    return [
        Timex(id=f"t{i}", text=text[c.start:c.end], span=(c.start, c.end), type=c.norm.type,
              value=c.norm.value, start=c.norm.start, end=c.norm.end)
        for i, c in enumerate(chosen, 1)
        if c.norm is not None
    ]
