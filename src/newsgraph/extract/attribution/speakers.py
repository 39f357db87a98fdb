"""Claims for quotations the clause rules left out: the speaker and verb after or before a quotation, and a
quotation that goes on from the claim just before it."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .groups import _medium, _verb_group, _with_colon
from .lexicon import (
    COLON,
    MANNER,
    MAX_QUOTE_GAP,
    MAX_SPEAKER_TOKENS,
    MAX_TAIL_CHARS,
    MIN_SPEECH_WORDS,
    QUOTE_MARKS,
    QUOTED,
    Cue,
    Found,
    _cue_for,
    _is_negated,
    _what_was_said,
)
from .quotation import Sentences, _covered
from .sources import _is_document, _subject, _subjects_before
from .spans import _chars, _subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

def _speaker_verb(tokens: list["Token"], speech: bool) -> tuple["Token", Cue] | None:
    """The cue verb among a few tokens next to a quotation: '"…," [said] X' or '"…," X [said]'.

    After speech that ends in a comma, "?" or "!", a manner verb with a subject and no object
    stands for "said" ('"You'll pay for this!" [smiled] Lowell').
    """
    for n, tok in enumerate(tokens):
        if tok.pos_ in ("VERB", "AUX"):
            if n >= MAX_QUOTE_GAP and not _speaker_before(tok, tokens[:n]):
                return None
            cue = _cue_for(tok, "VERB")
            if cue is None and speech and tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "ccomp") and c.i > tok.i for c in tok.children):
                cue = MANNER
            speaks = cue is not None and cue.kind not in ("source", "seem")
            return (tok, cue) if speaks and _subject(tok) is not None else None
    return None


def _speaker_before(verb: "Token", before: list["Token"]) -> bool:
    """Whether the words between a quotation and a verb are all its subject: '"…," [Trump campaign spokeswoman
    Hope Hicks] said'."""
    subjects = _subjects_before(verb)
    if verb.pos_ not in ("VERB", "AUX") or not subjects:
        return False
    subject = subjects[-1]
    return all(subject.left_edge.i <= t.i <= subject.right_edge.i or t.head.i == verb.i and t.dep_ in ("aux", "advmod", "neg")
               for t in before)


def quote_speaker(quote: tuple[int, int], index: Sentences) -> Found | None:
    """'"…," said X.' or '"…," X told reporters.' when the parse has not tied the quotation to its verb."""
    doc = index.doc
    after = index.token(quote[1]) + 1
    tokens = [t for t in doc[after:min(len(doc), after + MAX_SPEAKER_TOKENS + 3)] if not t.is_punct or t.text in QUOTE_MARKS]
    if not tokens or tokens[0].text in QUOTE_MARKS:
        return None
    if doc[after - 1].text in QUOTE_MARKS and after - 2 >= 0 and not doc[after - 2].is_punct:
        return None  # '"…" and' without a comma: a title or a partial quotation, not speech
    speech = index.doc.text[quote[1] - 1] in ",?!"
    hit = _speaker_verb(tokens[:MAX_SPEAKER_TOKENS], speech)
    if hit is None or "\n" in doc.text[quote[1]:hit[0].idx]:
        return None  # a verb in the next paragraph opens a claim of its own
    verb, cue = hit
    # what the verb reports itself: a clause, or an object (a verb of saying's object is its hearer)
    own = {c.dep_ for c in verb.children} & ({"ccomp", "xcomp"} | ({"dobj"} if cue.kind != "say" else set()))
    if own and (verb.sent.start > index.token(quote[1]) or not speech and own - {"dobj"}):
        return None  # '"…." Smith said.' is Smith's; '"…." Smith said the plan …' is another claim
    group = _medium(_verb_group(verb))
    return Found(cue=cue, cue_span=_chars(group), content_span=quote,
                 source_tokens=_subject(verb), direct=True, negated=_is_negated(verb))


def quote_before(quote: tuple[int, int], index: Sentences, cue_spans: set[tuple[int, int]]) -> Found | None:
    """'Ryan said, "Sure. …"' and 'Cruz continued:' before a quotation the parse did not tie to the verb."""
    doc = index.doc
    j = index.token(quote[0] - 1) - 1
    gap = 0
    while j >= 0 and (doc[j].is_space or doc[j].text in (",", ":")):
        j, gap = j - 1, gap + 1
    if not gap and not (j >= 0 and doc[j].pos_ == "VERB" and _cue_for(doc[j], "VERB") is not None):
        return None  # 'He said "…"' needs no comma; anything else before a bare quote mark is no speaker
    for k in range(j, max(-1, j - MAX_QUOTE_GAP - 1), -1):
        tok = _hearer_verb(doc[k]) or doc[k]  # "told [Breitbart News Daily host Matt Boyle],"
        if tok.is_punct:
            return None
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        cue = _cue_for(tok, "VERB")
        if cue is None or cue.kind in ("source", "seem"):
            return None
        group = _with_colon(_medium(_verb_group(tok)))
        if _chars(group) in cue_spans:
            return None
        return Found(cue=cue, cue_span=_chars(group), content_span=quote, source_tokens=_subject(tok),
                     direct=True, negated=_is_negated(tok))
    return None


def statement_before(quote: tuple[int, int], index: Sentences, cue_spans: set[tuple[int, int]]) -> Found | None:
    """'Sam Lau said in a statement. "There are no paper ballots …"': a sentence whose verb of saying reports
    nothing itself, right before a quotation that opens the next sentence in the same paragraph."""
    doc = index.doc
    j = index.token(quote[0] - 1) - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j < 0 or doc[j].text != "." or "\n" in doc.text[doc[j].idx:quote[0]]:
        return None
    verb = doc[j].sent.root
    cue = _cue_for(verb, "VERB") if verb.pos_ == "VERB" else None
    source = _subject(verb) if cue is not None and cue.kind == "say" else None
    if source is None \
            or any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and _what_was_said(c) for c in verb.children):
        return None  # "Lau said so.", "Lau said the vote was fair.": the verb reports something of its own
    group = _medium(_verb_group(verb))
    if _chars(group) in cue_spans:
        return None
    return Found(cue=cue, cue_span=_chars(group), content_span=quote, source_tokens=source, direct=True,
                 negated=_is_negated(verb))


def _hearer_verb(tok: "Token") -> "Token | None":
    """The verb whose hearer (object) ends with ``tok``: "told [reporters in Ohio]", "tells [the crowd]"."""
    obj = tok
    for _ in range(4):
        if obj.dep_ in ("dobj", "dative") and obj.head.pos_ == "VERB" and obj.right_edge.i == tok.i:
            return obj.head
        if obj.head.i == obj.i:
            return None
        obj = obj.head
    return None


def _starts_sentence(text: str, quote: tuple[int, int]) -> bool:
    before = text[:quote[0] - 1].rstrip(" \t")
    return not before or before[-1] in ".!?:\n\"'"


def _rest_of_sentence(words: str) -> bool:
    """What may stand between a claim and the quotation that goes on from it: nothing, or the end of the
    claim's sentence ('"…," she said on Monday in Iowa. "…"'), with no quotation, line break or other sentence."""
    return not words or len(words) <= MAX_TAIL_CHARS and not any(ch in words for ch in '".!?\n')


def continuation(quote: tuple[int, int], found: list[Found], text: str) -> Found | None:
    """'"…," she said. "…"' and '"…," she said, "…"': a quotation that opens a sentence, or that follows
    the speaker after a comma, goes on with the claim just before it."""
    earlier = [f for f in found if max(f.cue_span[1], f.content_span[1]) <= quote[0]]
    if not earlier:
        return None
    last = max(earlier, key=lambda f: max(f.cue_span[1], f.content_span[1]))
    end = max(last.cue_span[1], last.content_span[1], last.source_tokens.end_char if last.source_tokens is not None else 0)
    gap = text[end:quote[0] - 1]
    if gap.count("\n") > 2 or not _rest_of_sentence(gap.strip(" \n\t.,;:\"'")):
        return None
    if not _starts_sentence(text, quote) and gap.strip() != ",":
        return None
    return replace(last, content_span=quote, direct=True)


def introduced_speaker(quote: tuple[int, int], index: Sentences, text: str) -> Found | None:
    """'Defence Minister Anna Berg was defiant. "We will not be intimidated."': a quotation that opens a
    sentence with no verb of saying is the words of the person the sentence before is about."""
    if not _starts_sentence(text, quote) or quote[0] < 2:
        return None
    before = index.sents[index.index(quote[0] - 2)]
    if before.start_char >= quote[0] - 1 or any(t.text in QUOTE_MARKS for t in before):
        return None
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON":
        return None
    return Found(cue=QUOTED, cue_span=(quote[0] - 1, quote[0]), content_span=quote,
                 source_tokens=_subtree(subject), direct=True)


def colon_speaker(quote: tuple[int, int], index: Sentences, text: str) -> Found | None:
    """'The surge does not surprise pollster Dana Shore: "…"', 'From the report: "…"': a colon before a
    quotation of speech hands it to the last person, group or document named before the colon."""
    colon = quote[0] - 1
    while colon > 0 and text[colon - 1] in " \t":
        colon -= 1
    if colon < 1 or text[colon - 1] != ":" or len(text[quote[0]:quote[1]].split()) < MIN_SPEECH_WORDS:
        return None
    doc = index.doc
    mark = index.token(colon - 1)
    start = doc[mark].sent.start
    named = [t for t in reversed(doc[start:mark]) if t.dep_ in ("nsubj", "dobj", "pobj", "appos", "ROOT", "attr")
             and (t.ent_type_ in ("PERSON", "ORG", "NORP") or _is_document(t))]
    if not named or "\n" in doc[named[0].i:mark].text:
        return None
    speaker = named[0].head if named[0].dep_ == "appos" else named[0]  # "the pollster [Dana Shore]"
    cue_span = (colon - 1, colon)
    verb = speaker.head
    if speaker.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.i < mark \
            and all(t.is_punct or t.head.i == verb.i and t.dep_ in ("advmod", "prt", "npadvmod") for t in doc[verb.i + 1:mark]):
        cue_span = (verb.idx, colon)  # "Mr. Christie [gloated:] "…"": the verb that ends the speaker's clause
    return Found(cue=COLON, cue_span=cue_span, content_span=quote, source_tokens=_subtree(speaker), direct=True)


def quote_claims(doc: "Doc", found: list[Found], text: str, spans: list[tuple[int, int]]) -> list[Found]:
    """Claims for the quotations the clause rules left out, in text order."""
    index = Sentences(doc)
    added: list[Found] = []
    for quote in spans:
        outside = [f for f in found + added if not quote[0] <= f.cue_span[0] < quote[1]]  # not the quoted words' own cues
        if _covered(quote, outside):
            continue
        cue_spans = {f.cue_span for f in found + added}
        before = quote_before(quote, index, cue_spans)
        speech = len(text[quote[0]:quote[1]].split()) >= MIN_SPEECH_WORDS
        # a verb of saying right before a quotation of speech owns it: 'She declared "…" and said that …'
        hit = (before if speech else None) or quote_speaker(quote, index) or before \
            or statement_before(quote, index, cue_spans) or continuation(quote, found + added, text) \
            or introduced_speaker(quote, index, text) or colon_speaker(quote, index, text)
        if hit is not None:
            added.append(hit)
    return added
