"""Cues that hold a whole line: a speaker's name and a colon ("Sanders: …", also after a sentence before a
quotation) and a title-case headline verb."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import COLON, HEADLINE_TOKENS, LINE_LABELS, MAX_NAME_TOKENS, QUOTE_MARKS, Cue, Found, cues
from .spans import _chars, _strip

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

def colon_cue(tok: "Token") -> Found | None:
    """"Sanders: It is not a radical idea" and "Q: …" at the head of a line, or '… the term. Bush: "…"' after a
    sentence and before a quotation: a name, a colon, what they said (to the line's or the quotation's end)."""
    if tok.text != ":":
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and "\n" not in doc[start - 1].text and doc[start - 1].text not in ("-", "--", "—") \
            and tok.i - start < MAX_NAME_TOKENS:
        start -= 1
    name = doc[start:tok.i]
    if len(name) == 1 and len(name[0].text) == 1:
        return None  # "Q:" and "A:" of an interview transcript: the speakers are not named
    if name.text.lower().replace("’", "'") in LINE_LABELS:
        return None
    quoted = _sentence_then_quote(name, tok)
    if quoted:
        name = doc[quoted:tok.i]
    line_start = start == 0 or "\n" in doc[start - 1].text or doc[start - 1].text in ("-", "--", "—")
    if not (line_start or quoted) or not len(name) or not any(t.pos_ == "PROPN" or t.is_upper or t.is_title for t in name) \
            or not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART", "PUNCT", "CCONJ") or t.is_upper for t in name):
        return None
    end = tok.i + 1
    while end < len(doc) and "\n" not in doc[end].text and not (quoted and end > tok.i + 2 and doc[end].text in QUOTE_MARKS):
        end += 1
    if end - tok.i < 4:
        return None
    if doc[end - 1].sent.start > tok.i + 1 and not _names_speaker(name):
        return None  # "Voter participation: Sanders … said …. Devine said …": a topic over a paragraph, no speaker
    return Found(cue=COLON, cue_span=_chars([tok]), content_span=_chars(doc[tok.i + 1:end]), source_tokens=name)


# Entity types a speaker's name before a colon may have ("Pew Research:"); a topic ("Voter turnout:") has none.
SPEAKER_ENTS = {"PERSON", "ORG", "NORP", "GPE"}


def _names_speaker(name: "Span") -> bool:
    """A person, group or outlet before a colon ("Sanders", "Pew Research", "RAMOS"), not a topic ("Voter
    participation"), whose first word is capitalised only because it opens the line."""
    proper = [t for t in (name[1:] if len(name) > 1 else name) if t.pos_ == "PROPN"]
    return bool(proper) or any(t.ent_type_ in SPEAKER_ENTS or t.is_upper for t in name)


def _sentence_then_quote(name: "Span", colon: "Token") -> int:
    """Where a speaker's name starts after the end of a sentence, when a quotation follows the colon:
    '… reject the term. Bush: "The mission is to destroy it."' (0 when it is not so)."""
    doc = colon.doc
    after = doc[colon.i + 1] if colon.i + 1 < len(doc) else None
    if after is None or after.text not in QUOTE_MARKS:
        return 0
    ends = [t.i for t in name if t.text in (".", "!", "?", *QUOTE_MARKS)]
    return ends[-1] + 1 if ends and ends[-1] + 1 < colon.i else 0


def _headline_lemma(word: str) -> Cue | None:
    """The cue of a present-tense headline verb read without the parser: "Endorses" → endorse."""
    table = cues()
    for lemma in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        cue = table.get((lemma, "VERB"))
        if lemma and cue is not None and cue.kind not in ("source", "seem"):
            return cue
    return None


def _line(tok: "Token") -> tuple[int, int]:
    """Token bounds of the line that holds ``tok``."""
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    return start, end


def headline_cue(tok: "Token") -> Found | None:
    """"Conservative Icon Endorses Ted Cruz": a title-case line with a cue verb between a name and its content."""
    if not tok.is_title or tok.i == 0 or tok.i > HEADLINE_TOKENS or tok.sent.start > HEADLINE_TOKENS:
        return None
    cue = _headline_lemma(tok.lower_)
    if cue is None:
        return None
    start, end = _line(tok)
    words = [t for t in tok.doc[start:end] if t.is_alpha and len(t) > 3]
    if end - start > HEADLINE_TOKENS or not words or sum(t.is_title or t.is_upper for t in words) < 0.8 * len(words):
        return None
    source, content = _strip(list(tok.doc[start:tok.i])), _strip(list(tok.doc[tok.i + 1:end]))
    if not source or not content or any(t.pos_ == "VERB" for t in source):
        return None
    return Found(cue=cue, cue_span=_chars([tok]), content_span=_chars(content),
                 source_tokens=tok.doc[source[0].i:source[-1].i + 1])


def first_line_cue(tok: "Token") -> Found | None:
    """"Clinton blasts Trump over 'deportation force' idea": in the text's first line, a word of the present
    tense that is a cue verb, right after a name, when no other rule made sense of the parse (the last rule);
    the rest of the line is what it says."""
    if tok.i == 0 or tok.i > HEADLINE_TOKENS or not tok.lower_.endswith("s") or not tok.is_lower:
        return None
    start, end = _line(tok)
    if start != 0 or end > HEADLINE_TOKENS:
        return None
    cue = _headline_lemma(tok.lower_)
    source, content = _strip(list(tok.doc[start:tok.i])), _strip(list(tok.doc[tok.i + 1:end]))
    if cue is None or not source or len(content) < 2 or not any(t.pos_ == "PROPN" for t in source) \
            or tok.dep_ in ("nsubj", "nsubjpass", "compound") \
            or not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PUNCT", "PART", "NUM") or t.is_title for t in source):
        return None
    return Found(cue=cue, cue_span=_chars([tok]), content_span=_chars(content),
                 source_tokens=tok.doc[source[0].i:source[-1].i + 1])
