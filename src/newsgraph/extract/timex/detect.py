"""Proposing candidate spans in a parsed article: DATE and TIME entities, and pattern hits from the lexicon
for what the small model misses. Candidates are ``(start, end, origin, reading)`` tuples of ``doc.text``
offsets, where ``reading`` (or None) is the text to read instead of the span's own.

Speed, with the same matches: the patterns are written in lower case and run case-sensitively on the
lower-cased text, which finds exactly what case-insensitive matching finds on the text (lower-casing
keeps every offset and every character class; a text holding one of the few characters for which that
fails is matched case-insensitively). And one scan of each line finds every position where some
detector matches, instead of one scan per detector; each detector then takes those positions as its
own ``finditer`` would. ``tests/test_timex.py`` checks the premises and the equivalence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, NamedTuple

from newsgraph.extract.timex.vocab import alt, lexicon, parts

if TYPE_CHECKING:
    from spacy.tokens import Doc

RawCandidate = tuple[int, int, str, "str | None"]  # start, end, origin (entity label or pattern name), reading


class Detector(NamedTuple):
    """A pattern searched for in text: ``regex`` (case-insensitive) on the text, ``folded`` (the same
    pattern, case-sensitive) on the lower-cased text, which finds the same matches."""

    name: str
    regex: re.Pattern[str]
    folded: re.Pattern[str]


# Characters that case-insensitive matching equates with an ASCII letter other than their lower case
# (or whose lower case is longer): in a text holding one, the folded patterns are not used.
_FOLD_UNSAFE = re.compile("[\u0130\u0131\u017f]")
_BEFORE = r"(?<![\w$€£.,-])(?<!\w['’])"  # a detector's match starts a word


def _folded(name: str, pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled case-sensitively, for lower-cased text; it must spell no upper-case letter."""
    if re.search(r"[A-Z]", re.sub(r"\\.|\(\?P[<=]", "", pattern)):
        raise ValueError(f"timex detector {name!r}: write its pattern in lower case")
    return re.compile(pattern)


@lru_cache(maxsize=None)
def detectors() -> tuple[Detector, ...]:
    """Patterns searched for in text, for what the small model misses. A ``span`` group narrows the match."""
    p, lex = parts(), lexicon()
    named = alt(lex["detect_named"])
    year_signal, quantity = alt(lex["year_signals"]), alt(lex["quantity_nouns"])
    patterns = {
        "named": named,
        "iso_date": rf"{p.YEAR}-[01]\d-[0-3]\d(?:[t ][0-2]\d:[0-5]\d(?::\d\d)?(?:z|[+-]\d\d:?\d\d)?)?",
        "numeric_date": r"[0-3]?\d/[0-3]?\d/(?:\d{4}|\d{2})|[0-3]?\d\.[01]?\d\.\d{4}",
        "day_range": rf"(?P<d1>{p.DAY})\s*(?:-|–|to|and|until|through)\s*(?P<rest>{p.DAY}\s+{p.MONTH}(?:,?\s+{p.YEAR})?)"
                     rf"|(?P<first>{p.MONTH}\s+{p.DAY})\s*(?:-|–|to|and|until|through)\s*(?P<d2>{p.DAY})(?P<y2>,?\s+{p.YEAR})?",
        "number_range": rf"(?:between\s+(?P<n1>{p.NUM})\s+and|(?P<n2>{p.NUM})\s*(?:to|or|-|–))\s*"
                        rf"(?P<rest>{p.NUM}(?:[-\s]+|(?<=\d))(?P<unit>{p.UNIT}))",
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
        "fiscal": rf"(?:fy\s*|fiscal\s+(?:year\s+)?)['’]?(?:{p.YEAR}|\d\d)",
        "quarter": rf"(?:the\s+)?{p.ORD}[-\s]+(?:fiscal\s+|financial\s+)?(?:quarter|half)(?:\s+of\s+(?:{p.YEAR}|(?:this|last|next|the)\s+(?:fiscal\s+)?year))?",
        "quarter_q": rf"\b[qh][1-4](?:\s+{p.YEAR})?",
        "season": rf"(?:(?:in|by|until|since|during|through|over)\s+(?:the\s+)?|(?:{p.REL}|{p.MODP}|the)\s+)"
                  rf"(?P<span>(?:(?:{p.REL}|{p.MODP})\s+)?(?P<season>{p.SEASON})(?:\s+(?:of\s+)?{p.YEAR})?)"
                  rf"|(?P<season2>{p.SEASON})\s+(?:of\s+)?{p.YEAR}",
        "bare_season": rf"(?P<season>{p.SEASON})",
        "weekday": rf"(?:{p.REL}\s+)?(?P<wd>{p.WEEKDAY_FULL})(?:\s+{p.PART})?(?:\s+(?:of\s+)?(?:the\s+)?{p.REL}\s+week)?",
        "week_weekday": rf"{p.REL}\s+week\s*(?:-\s*|on\s+)?(?P<wd>{p.WEEKDAY_FULL})",
        "plural_set": rf"(?P<wd>{p.WEEKDAY_FULL})s|(?:on|at|over|during)\s+(?P<span>(?:the\s+)?weekends)",
        "month_range": rf"(?:from|between)\s+(?P<span>(?P<mon>{p.MONTH_FULL})\s+(?:to|through|until|till|and)\s+{p.MONTH_FULL}"
                       rf"(?:,?\s+{p.YEAR})?)",
        "consecutive": rf"(?:(?:a|the)\s+)?{p.ORD}\s+(?:{alt(lex['consecutive_words'])}\s+{p.CONSECUTIVE_UNIT}"
                       rf"(?:\s+{alt(lex['consecutive_trailing'])})?|{p.CONSECUTIVE_UNIT}\s+{alt(lex['consecutive_trailing'])})",
        "anaphoric_year": alt(k for k in lex["anaphoric_years"] if k not in ("the year", "that year")),
        "mod_in": r"(?:early|late)\s+in\s+the\s+(?:day|week|month|year|session|season|quarter)",
        "current_unit": rf"the\s+{alt(lex['current_units'])}(?!\s+(?:of|before|after|ahead|earlier|later|when|that|which|in)\b)",
        "whole_unit": rf"{alt(lex['whole_unit_words'])}\s+(?:day|week|month|year)(?!\s+(?:of|round)\b)",
        "part_of_day": rf"(?:this|yesterday|tomorrow)\s+{p.PART}",
        "rel_unit": rf"(?:(?:earlier|later|early|late)\s+)?(?:the\s+)?{p.REL}\s+{p.CAL_UNIT}",
        "ago": rf"{p.NUM}\s+(?:{p.FILLER}\s+)?{p.UNIT}\s+(?:ago|from\s+now|hence)",
        "duration": rf"(?:(?:the\s+)?(?:past|last|next|previous|coming)\s+)?(?:{p.APPROX}\s+)?{p.NUM}(?:[-\s]+{p.FILLER})?"
                    rf"(?:[-\s]+|(?<=\d)){p.UNIT}",
        "vague_duration": rf"(?:for|over|in|within|after)\s+(?:just\s+|only\s+|mere\s+)?(?P<span>(?:the\s+)?{p.VAGUE_UNIT})",
        "named_day": rf"{alt(lex['named_day_prefixes'])}\s+{p.WEEKDAY_FULL}",
        "anaphoric_day": r"(?:the|that)(?:\s+(?:same|very))?\s+day(?!\s+(?:of|when|that|before|after|on|in|which|who)\b|['’]s)",
        "anaphoric_date": alt(lex["anaphoric_dates"]),
        "day_shift": rf"{alt(lex['anaphoric_day_shifts'])}(?=\s*[,.;:!?)]|\s*$|\s+(?:and|but|when|as|he|she|it|they|we)\b)",
        "set_word": p.SET_WORD,
        "set_quant": rf"(?:{p.FREQ}\s+(?:a|an|per|every|each)|every|each)\s+(?:other\s+)?(?:{p.NUM}\s+)?(?:{p.UNIT}|{p.WEEKDAY_FULL}|{p.PART})(?:\s+{p.PART})?",
        "time": rf"(?:{p.CLOCK})",
        "holiday": rf"(?:{p.REL}\s+)?{p.HOLIDAY}",
    }
    bounded = {name: _BEFORE + rf"{pat}(?![\w-]|[.,]\d)" for name, pat in patterns.items()}
    return tuple(Detector(name, re.compile(pat, re.IGNORECASE), _folded(name, pat)) for name, pat in bounded.items())


@lru_cache(maxsize=None)
def _union() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two patterns over all detectors, for lower-cased text: ``starts`` finds each position where at
    least one detector matches; ``each``, matched there, captures in group ``i + 1`` what detector ``i``
    matches there (its pattern in a lookahead). Both keep each detector's own boundaries."""
    cores = []
    for det in detectors():
        core = re.sub(r"\(\?P<\w+>", "(?:", det.folded.pattern.removeprefix(_BEFORE))
        if "(?P=" in core or re.compile(core).groups:
            raise ValueError(f"timex detector {det.name!r}: no back-references or unnamed groups, please")
        cores.append(core)
    starts = re.compile(_BEFORE + "(?=" + "|".join(f"(?:{c})" for c in cores) + ")")
    each = re.compile("".join(f"(?:(?=({c}))|)" for c in cores))
    return starts, each


def fold(text: str) -> str | None:
    """``text`` lower-cased for the folded patterns; None when it holds a character they would misread."""
    return None if _FOLD_UNSAFE.search(text) else text.lower()


def _hits(text: str, folded: str | None, start: int, end: int) -> Iterator[tuple[str, re.Match[str]]]:
    """Each detector's matches in ``text[start:end]`` (as its ``finditer`` gives them), in detector order.

    With ``folded`` (the lower-cased text), one scan finds where any detector matches, and each detector
    takes, left to right, the positions where it matches that its previous match does not cover.
    """
    if folded is None:
        for det in detectors():
            yield from ((det.name, m) for m in det.regex.finditer(text, start, end))
        return
    found = _folded_hits(folded, start, end)
    if found is None:
        yield from _hits(text, None, start, end)
        return
    for det, positions in zip(detectors(), found):
        for pos in positions:
            yield det.name, det.regex.match(text, pos, end)  # the same match, on the original text


def _folded_hits(folded: str, start: int, end: int) -> list[list[int]] | None:
    """For each detector, where its matches in ``folded[start:end]`` start; None if one is empty
    (no detector matches the empty string, but then the scan would not be ``finditer``'s)."""
    starts, each = _union()
    found: list[list[int]] = [[] for _ in detectors()]
    free = [start] * len(found)  # where each detector's previous match ends
    for hit in starts.finditer(folded, start, end):
        pos, here = hit.start(), each.match(folded, hit.start(), end)
        for i, positions in enumerate(found):
            m_start, m_end = here.span(i + 1)
            if m_start >= 0 and pos >= free[i]:
                if m_end == pos:
                    return None
                positions.append(pos)
                free[i] = m_end
    return found


def pattern_candidates(doc: "Doc", text: str) -> Iterator[RawCandidate]:
    """Detector hits, line by line: a timex never crosses a line break. ``text`` is ``doc.text``."""
    folded = fold(text)
    for line in re.finditer(r"[^\n]+", text):
        for name, m in _hits(text, folded, line.start(), line.end()):
            if name in _SPLIT_RANGES:
                yield from _SPLIT_RANGES[name](m)
                continue
            start, end = m.span("span") if "span" in m.re.groupindex and m["span"] else m.span()
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


def _number_range(m: re.Match[str]) -> Iterator[RawCandidate]:
    """"between 60 and 90 days", "two to three weeks", "3-4 months": two durations, the bare number read
    with the unit of the other (TimeML style)."""
    first = "n1" if m["n1"] else "n2"
    yield m.start(first), m.end(first), "number_range", f"{m[first]} {m['unit']}"
    yield m.start("rest"), m.end("rest"), "number_range", None


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "npadvmod", "conj", "appos"})
_SPLIT_RANGES = {"day_range": _day_range, "number_range": _number_range}


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
    if name == "bare_season" and (span[0].pos_ != "NOUN" or span[0].dep_ not in _NOMINAL_DEPS
                                  or any(c.dep_ in ("det", "poss") for c in span[0].children)):
        return False  # "spring shows signs of hope", not "spring water", "prices spring back" or "his summer"
    if name == "named":
        tags = lex["detect_named"].get(re.sub(r"\s+", " ", m[0].lower().replace("’", "'")))
        if tags and span[-1].tag_ not in tags:
            return False
    return True


def entity_candidates(doc: "Doc") -> Iterator[RawCandidate]:
    """DATE and TIME entities, split at line breaks (a title's date and the date line are two timexes)."""
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or (len(ent) == 1 and ent[0].pos_ == "VERB"):
            continue  # a verb the model took for a date: "prices spring back"
        start = ent.start_char
        for piece in re.split(r"(\s*\n\s*)", ent.text):
            if piece.strip() and "\n" not in piece:
                yield start, start + len(piece), ent.label_, None
            start += len(piece)
        for year in re.finditer(r"(?<![\w.,])(?:1\d|20)\d\d(?![\w.,])", ent.text):  # read alone if the whole is not
            yield ent.start_char + year.start(), ent.start_char + year.end(), "year", None
