"""Quotations: pairing quote marks across paragraphs, offsets to sentences and tokens, a content widened to
its quotation, and direct speech."""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Iterator

from .lexicon import MIN_SPEECH_WORDS, Found
from .spans import trim

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Two apostrophes stand for a double quote mark in some house styles ("''We will win,'' he said").
DOUBLE_APOSTROPHE = re.compile(r"''(?!')")


def with_double_quotes(text: str) -> str:
    """``text`` with each pair of apostrophes used as a quote mark written as one straight double quote.

    Offsets are kept: an opening pair (space or start before) becomes space and quote (`` "``), so the
    mark stays next to the quoted words; a closing pair becomes quote and space (``" ``).
    """
    if "''" not in text:
        return text
    return DOUBLE_APOSTROPHE.sub(lambda m: ' "' if _opens_at(text, m.start(), 2) else '" ', text)


def _opens_at(text: str, i: int, width: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([-—") and not after.isspace()


def _opens(text: str, i: int) -> bool:
    """A straight double quote at ``i`` reads as an opening one (space or start before, a word after)."""
    return _opens_at(text, i, 1)


def quotes(text: str) -> Iterator[tuple[int, int]]:
    """Spans of quotations (the text is normalised to straight double quotes, see ``with_double_quotes``),
    quote marks excluded.

    Quotes pair up within a paragraph. A quotation left open at a paragraph's end goes on when the
    next paragraph opens with a quote mark (the convention for quotations of several paragraphs),
    and otherwise ends with its paragraph.
    """
    start = None
    pos = last_end = 0
    for line in text.split("\n"):
        first = len(line) - len(line.lstrip())
        if start is not None and not (line.strip() and line[first] == '"' and _opens(text, pos + first)):
            if line.strip():
                yield start, last_end
                start = None
        skip = first if start is not None and line.strip() else -1
        for j, ch in enumerate(line):
            if ch != '"' or j == skip:
                continue
            if start is None:
                start = pos + j + 1
            else:
                if pos + j > start:
                    yield start, pos + j
                start = None
        last_end = pos + len(line.rstrip())
        pos += len(line) + 1
    if start is not None and last_end > start:
        yield start, last_end


class Sentences:
    """Sentence and token look-ups by character offset, over one parsed article."""

    def __init__(self, doc: "Doc"):
        self.doc = doc
        self.sents = list(doc.sents)
        self.starts = [s.start_char for s in self.sents]
        self.token_starts = [t.idx for t in doc]

    def index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def token(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.token_starts, char) - 1)


def _covered(span: tuple[int, int], found: list[Found]) -> bool:
    """Whether a claim's content already holds most of ``span``."""
    size = span[1] - span[0]
    return any(min(span[1], f.content_span[1]) - max(span[0], f.content_span[0]) >= 0.5 * size for f in found)


def _to_quote(found: list[Found], spans: list[tuple[int, int]], text: str) -> None:
    """A content that starts or ends inside a quotation takes the whole quotation (its other sentences too).

    '"We will win. We always win," he said': the parse gives "We always win"; the content is both.
    """
    for f in found:
        s, e = trim(text, f.content_span)
        for qs, qe in spans:
            if f.cue_span[0] < qe and qs < f.cue_span[1]:
                continue  # the cue itself is quoted: the speaker's own words
            if qs < s < qe or qs < e < qe:
                f.content_span = (min(s, qs), max(e, qe))


def _mark_direct(found: list[Found], spans: list[tuple[int, int]], text: str) -> None:
    """A claim is direct when its content is (almost all) one quotation, opens with one, or holds a
    quoted stretch of speech (a partial quotation inside indirect speech: 'said the plan "will not
    survive the winter"'); a quoted word or two ('called it "a mess"') leaves it indirect.

    'said "we will not retreat" on Monday': the content becomes the quotation itself.
    """
    for f in found:
        s, e = trim(text, f.content_span)
        for qs, qe in spans:
            if qs == s and qe < e and f.cue_span[1] <= qs:
                f.content_span, f.direct = (qs, qe), True
                break
            inside = max(0, min(e, qe) - max(s, qs))
            if inside >= 0.8 * (e - s) or (s <= qs and qe <= e and len(text[qs:qe].split()) >= MIN_SPEECH_WORDS):
                f.direct = True
                break
