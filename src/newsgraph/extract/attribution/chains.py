"""From found cues to claims: dropping misparsed and unresolvable ones, numbering, and parents (nesting)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.model import Claim

from .lexicon import MIN_SPEECH_WORDS, Found
from .quotation import _covered
from .spans import trim

if TYPE_CHECKING:
    from spacy.tokens import Span


def _leaves_quote(f: Found, spans: list[tuple[int, int]]) -> bool:
    """A cue inside a quotation whose content lies outside it: a misparse ('He tells the crowd: "I want …"'
    read as "I want" reporting "He tells the crowd")."""
    for qs, qe in spans:
        if qs <= f.cue_span[0] and f.cue_span[1] <= qe:
            return f.content_span[1] <= qs or f.content_span[0] >= qe
    return False


def _in_unattributed_quote(f: Found, found: list[Found], spans: list[tuple[int, int]], text: str) -> bool:
    """A cue inside a quotation of speech that no claim attributes: the quoted speaker's own words,
    whose "I" and "we" cannot be resolved ('"I think we will win," …' with the speaker out of reach)."""
    for qs, qe in spans:
        if qs <= f.cue_span[0] and f.cue_span[1] <= qe and len(text[qs:qe].split()) >= MIN_SPEECH_WORDS:
            return not _covered((qs, qe), [g for g in found if g is not f])
    return False


# A markup tag left in plain text: '<tweet author="@cspan">', '</p>'.
MARKUP_TAG = re.compile(r"<[/!?]?[A-Za-z][^<>\n]{0,500}>")


def markup_tags(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in MARKUP_TAG.finditer(text)] if "<" in text else []


def _in_markup(f: Found, tags: list[tuple[int, int]]) -> bool:
    """A cue inside a markup tag the page left in the text ('<tweet author="…">'): no one says anything there."""
    return any(start <= f.cue_span[0] and f.cue_span[1] <= end for start, end in tags)


def _number(found: list[Found], text: str, token_actor: dict[int, str]) -> list[Claim]:
    found.sort(key=lambda f: (f.cue_span, f.content_span))
    claims = []
    for n, f in enumerate(found, 1):
        source_id = None
        f.source_tokens = _after_label(f.source_tokens)
        if f.source_tokens is not None:
            root = f.source_tokens.root
            source_id = token_actor.get(root.i) or next((token_actor[t.i] for t in f.source_tokens if t.i in token_actor), None)
        cs, ce = trim(text, f.content_span)
        ss = trim(text, (f.source_tokens.start_char, f.source_tokens.end_char)) if f.source_tokens is not None else None
        claims.append(Claim(
            id=f"c{n}", source=source_id, source_text=text[ss[0]:ss[1]] if ss else None, source_span=ss,
            cue=text[f.cue_span[0]:f.cue_span[1]], cue_span=f.cue_span, content=text[cs:ce],
            content_span=(cs, ce), direct=f.direct))
    _link_parents(claims)
    return claims


def _after_label(source: "Span | None") -> "Span | None":
    """A speaker without the label or dateline the parser ran into it: "Voter turnout: [Okafor] said …",
    "WASHINGTON (AFP) – [Hillary Clinton] has …"."""
    if source is None:
        return None
    doc = source.doc
    cuts = [t.i for t in source if t.text == ":"]
    line_start = source.start == 0 or "\n" in doc[source.start - 1].text
    dash = next((t.i for t in source if t.text in DATELINE_DASHES and t.whitespace_), None)
    if line_start and dash is not None and all(t.is_upper or t.is_punct or t.pos_ == "PROPN" for t in doc[source.start:dash]):
        cuts.append(dash)
    if not cuts or max(cuts) + 1 >= source.end:
        return source
    return doc[max(cuts) + 1:source.end]


DATELINE_DASHES = {"--", "–", "—"}  # "BUENA PARK, Calif. — …"


def _link_parents(claims: list[Claim]) -> None:
    """Each claim's parent is the smallest other claim whose content holds its cue; never a cycle."""
    by_id = {c.id: c for c in claims}
    for claim in sorted(claims, key=lambda c: c.content_span[1] - c.content_span[0], reverse=True):
        holders = [c for c in claims if c is not claim and c.content_span[0] <= claim.cue_span[0]
                   and claim.cue_span[1] <= c.content_span[1]]
        for holder in sorted(holders, key=lambda c: c.content_span[1] - c.content_span[0]):
            up, seen = holder, set()
            while up is not None and up.id not in seen and up is not claim:
                seen.add(up.id)
                up = by_id.get(up.parent) if up.parent else None
            if up is not claim:
                claim.parent = holder.id
                break
