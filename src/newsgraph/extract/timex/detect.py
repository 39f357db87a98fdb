"""Proposing candidate spans in a parsed article: DATE and TIME entities, and pattern hits from the lexicon
for what the small model misses. Candidates are ``(start, end, origin, reading)`` tuples of ``doc.text``
offsets, where ``reading`` (or None) is the text to read instead of the span's own."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from newsgraph.extract.timex.vocab import alt, lexicon, parts

if TYPE_CHECKING:
    from spacy.tokens import Doc

RawCandidate = tuple[int, int, str, "str | None"]  # start, end, origin (entity label or pattern name), reading


@lru_cache(maxsize=None)
def detectors() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Patterns searched for in text, for what the small model misses. A ``span`` group narrows the match."""
    p, lex = parts(), lexicon()
    named = alt(lex["detect_named"])
    year_signal, quantity = alt(lex["year_signals"]), alt(lex["quantity_nouns"])
    patterns = {
        "named": named,
        "iso_date": rf"{p.YEAR}-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?",
        "numeric_date": r"[0-3]?\d/[0-3]?\d/(?:\d{4}|\d{2})|[0-3]?\d\.[01]?\d\.\d{4}",
        "day_range": rf"(?P<d1>{p.DAY})\s*(?:-|–|to|and|until|through)\s*(?P<rest>{p.DAY}\s+{p.MONTH}(?:,?\s+{p.YEAR})?)"
                     rf"|(?P<first>{p.MONTH}\s+{p.DAY})\s*(?:-|–|to|and|until|through)\s*(?P<d2>{p.DAY})(?P<y2>,?\s+{p.YEAR})?",
        "date": rf"(?:{p.WEEKDAY},?\s+)?(?:(?:the\s+)?{p.DAY}(?:\s+of)?\s+{p.MONTH}|{p.MONTH}\s+{p.DAY})(?:,?\s+{p.YEAR})?",
        "month": rf"(?:{p.MODP}[-\s]+)?(?:{p.REL}\s+)?(?P<mon>{p.MONTH_FULL})(?:,?\s+(?:of\s+)?{p.YEAR})?",
        "month_abbr_year": rf"{p.MONTH}\s+{p.YEAR}",
        "year": rf"{year_signal}[-\s]+(?P<span>(?:the\s+year\s+)?{p.YEAR})(?!\s*{quantity})",
        "mod_year": rf"(?:{p.MODP})[-\s]+{p.YEAR}",
        "year_range": rf"{p.YEAR}\s*[-–]\s*(?:{p.YEAR}|\d\d)|{p.YEAR}\s+(?:to|through|until)\s+{p.YEAR}"
                      rf"|between\s+{p.YEAR}\s+and\s+{p.YEAR}",
        "year_after_year": rf"{p.YEAR}\s+(?:and|or|to|through|until)\s+(?P<span>{p.YEAR})",
        "decade": rf"(?:the\s+)?(?:{p.MODP}[-\s]+)?(?:(?:1\d|20)\d0|['’]\d0)['’]?s|the\s+(?:{p.MODP}[-\s]+)?\d0s",
        "year_apostrophe": r"['’]\d\d(?!['’]?s)",
        "century": rf"(?:the\s+)?(?:{p.ORD}|\d{{1,2}}(?:st|nd|rd|th))[-\s]+century",
        "fiscal": rf"(?:FY\s*|fiscal\s+(?:year\s+)?)['’]?(?:{p.YEAR}|\d\d)",
        "quarter": rf"(?:the\s+)?{p.ORD}[-\s]+(?:fiscal\s+|financial\s+)?(?:quarter|half)(?:\s+of\s+(?:{p.YEAR}|(?:this|last|next|the)\s+(?:fiscal\s+)?year))?",
        "quarter_q": rf"\b[QH][1-4](?:\s+{p.YEAR})?",
        "season": rf"(?:(?:in|by|until|since|during|through|over)\s+(?:the\s+)?|(?:{p.REL}|{p.MODP}|the)\s+)"
                  rf"(?P<span>(?:(?:{p.REL}|{p.MODP})\s+)?(?P<season>{p.SEASON})(?:\s+(?:of\s+)?{p.YEAR})?)"
                  rf"|(?P<season2>{p.SEASON})\s+(?:of\s+)?{p.YEAR}",
        "weekday": rf"(?:{p.REL}\s+)?(?P<wd>{p.WEEKDAY_FULL})(?:\s+{p.PART})?(?:\s+of\s+{p.REL}\s+week)?",
        "part_of_day": rf"(?:this|yesterday|tomorrow)\s+{p.PART}",
        "rel_unit": rf"(?:(?:earlier|later|early|late)\s+)?(?:the\s+)?{p.REL}\s+{p.CAL_UNIT}",
        "ago": rf"{p.NUM}\s+(?:{p.FILLER}\s+)?{p.UNIT}\s+(?:ago|from\s+now|hence)",
        "duration": rf"(?:(?:the\s+)?(?:past|last|next|previous|coming)\s+)?(?:{p.APPROX}\s+)?{p.NUM}(?:[-\s]+{p.FILLER})?"
                    rf"(?:[-\s]+|(?<=\d)){p.UNIT}",
        "vague_duration": rf"(?:for|over|in|within|after)\s+(?:just\s+|only\s+|mere\s+)?(?P<span>(?:the\s+)?{p.VAGUE_UNIT})",
        "named_day": rf"{alt(lex['named_day_prefixes'])}\s+{p.WEEKDAY_FULL}",
        "anaphoric_day": r"(?:the|that)(?:\s+(?:same|very))?\s+day(?!\s+(?:of|when|that|before|after|on|in|which|who)\b|['’]s)",
        "set_word": p.SET_WORD,
        "set_quant": rf"(?:{p.FREQ}\s+(?:a|an|per|every|each)|every|each)\s+(?:other\s+)?(?:{p.NUM}\s+)?(?:{p.UNIT}|{p.WEEKDAY_FULL}|{p.PART})",
        "time": rf"(?:{p.CLOCK})",
        "holiday": rf"(?:{p.REL}\s+)?{p.HOLIDAY}",
    }
    return tuple((name, re.compile(rf"(?<![\w$€£.,-])(?<!\w['’]){pat}(?![\w-]|[.,]\d)", re.IGNORECASE))
                 for name, pat in patterns.items())


def pattern_candidates(doc: "Doc", text: str) -> Iterator[RawCandidate]:
    """Detector hits, line by line: a timex never crosses a line break. ``text`` is ``doc.text``."""
    for line in re.finditer(r"[^\n]+", text):
        for name, regex in detectors():
            for m in regex.finditer(text, line.start(), line.end()):
                if name == "day_range":
                    yield from _day_range(m)
                    continue
                start, end = m.span("span") if "span" in regex.groupindex and m["span"] else m.span()
                if _plausible(doc, m, name, start, end):
                    yield start, end, name, None


def _day_range(m: re.Match[str]) -> Iterator[RawCandidate]:
    """"21-23 October": two dates, the bare day read with the month (and year) of the other (TimeML style)."""
    if m["d1"]:
        rest = re.match(r"\S+\s+(.*)", m["rest"])[1]
        yield m.start("d1"), m.end("d1"), "day_range", f"{m['d1']} {rest}"
        yield m.start("rest"), m.end("rest"), "day_range", None
    else:
        year = m["y2"] or ""
        yield m.start("first"), m.end("first"), "day_range", m["first"] + year
        yield m.start("d2"), m.end(), "day_range", f"{m['first'].split()[0]} {m['d2']}{year}"


def _plausible(doc: "Doc", m: re.Match[str], name: str, start: int, end: int) -> bool:
    """Rules out pattern hits that are not time: lower-case "may", "march", a modal May, a named word's wrong tag."""
    lex = lexicon()
    for group in ("mon", "wd", "season"):
        word = m.groupdict().get(group)
        if word and word.lower().rstrip(".") in lex["ambiguous_words"] and not word[0].isupper():
            return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if name in ("month", "date") and span[0].lower_ == "may" and span[0].tag_ == "MD":
        return False
    if name == "named":
        tags = lex["detect_named"].get(re.sub(r"\s+", " ", m[0].lower().replace("’", "'")))
        if tags and span[-1].tag_ not in tags:
            return False
    return True


def entity_candidates(doc: "Doc") -> Iterator[RawCandidate]:
    """DATE and TIME entities, split at line breaks (a title's date and the date line are two timexes)."""
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start = ent.start_char
        for piece in re.split(r"(\s*\n\s*)", ent.text):
            if piece.strip() and "\n" not in piece:
                yield start, start + len(piece), ent.label_, None
            start += len(piece)
        for year in re.finditer(r"(?<![\w.,])(?:1\d|20)\d\d(?![\w.,])", ent.text):  # read alone if the whole is not
            yield ent.start_char + year.start(), ent.start_char + year.end(), "year", None
