"""Claims: who says what. Each attribution has a source, a cue and a content span, and may be nested.

Rules over the dependency parse, with cues from ``lexicons/cues.tsv``:
- ``verb_cue``: a reporting verb with a clausal complement ("X said that …", "X could not confirm reports …");
- ``according_to``: "…, according to X" / "citing X";
- ``adverb_cue``: "reportedly", "allegedly" (no source);
- ``noun_cue``: "X's claim that …", "reports of …", "no confirmed evidence that …";
- ``quote``: a quotation whose speaker is named by a reporting verb in the same or next sentence.
A claim's ``parent`` is the smallest other claim whose content holds its cue.
Spans are ``(start, end)`` character offsets into the article text, end exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from newsgraph.lexicons import load
from newsgraph.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CLAUSE_DEPS = {"ccomp", "xcomp"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
TRIM = " \t\n\"',.;:-"


@dataclass(frozen=True)
class Cue:
    """A row of ``cues.tsv``: how much the author commits to content under this cue."""

    lemma: str
    pos: str
    factuality: str
    certainty: float
    kind: str


@dataclass
class Found:
    """A claim before numbering: token-level pieces plus the cue that licensed it."""

    cue: Cue
    cue_span: tuple[int, int]
    content_span: tuple[int, int]
    source_tokens: "Span | None" = None
    direct: bool = False
    negated: bool = False


@lru_cache(maxsize=1)
def cues() -> dict[tuple[str, str], Cue]:
    """Cues keyed by ``(lemma, pos)``; multiword lemmas keep their spaces (``according to``)."""
    return {(r["lemma"], r["pos"]): Cue(r["lemma"], r["pos"], r["factuality"], float(r["certainty"]), r["kind"])
            for r in load("cues.tsv")}


@lru_cache(maxsize=1)
def negators() -> dict[str, str]:
    return {r["word"].lower(): r["kind"] for r in load("negators.tsv")}


def _chars(tokens: "list[Token] | Span") -> tuple[int, int]:
    tokens = list(tokens)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Shrink a span past spaces, quotes and punctuation at both ends (never below one character)."""
    start, end = span
    while start < end - 1 and text[start] in TRIM:
        start += 1
    while end > start + 1 and text[end - 1] in TRIM:
        end -= 1
    return start, end


def _subtree(tok: "Token", skip: "Token | None" = None) -> list["Token"]:
    """The contiguous tokens of ``tok``'s subtree, leaving out a leading complementizer."""
    tokens = [t for t in tok.subtree if skip is None or t not in set(skip.subtree)]
    while tokens and (tokens[0].dep_ == "mark" and tokens[0].lower_ in ("that", "whether") or tokens[0].is_punct):
        tokens = tokens[1:]
    return tokens


def _is_negated(tok: "Token") -> bool:
    return any(c.dep_ == "neg" or negators().get(c.lower_) == "negation" for c in tok.children if c.i < tok.i)


def _cue_tokens(verb: "Token") -> list["Token"]:
    """The verb with its auxiliaries and negation: "could not confirm", "has denied"."""
    left = [c for c in verb.children if c.dep_ in ("aux", "neg", "auxpass") and c.i < verb.i]
    start = min([verb.i] + [c.i for c in left])
    return list(verb.doc[start:verb.i + 1])


def _subject(verb: "Token") -> "Span | None":
    """The speaker: the verb's subject, a passive agent ("by X"), or the subject of the verb it is joined to."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return verb.doc[child.left_edge.i:child.right_edge.i + 1]
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return verb.doc[pobj.left_edge.i:pobj.right_edge.i + 1]
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


def _cue_for(tok: "Token", pos: str) -> Cue | None:
    table = cues()
    for particle in (c for c in tok.children if c.dep_ in ("prt", "prep")):
        found = table.get((f"{tok.lemma_.lower()} {particle.lower_}", pos))
        if found:
            return found
    return table.get((tok.lemma_.lower(), pos)) or table.get((tok.lower_, pos))


def _complements(verb: "Token", first: "Token") -> list["Token"]:
    """From ``first`` (the verb's object) through the verb's later complements, up to a coordinated verb.

    "could not confirm [reports of troops] [fighting] but said …" gives "reports of troops fighting".
    """
    later = [c for c in verb.children if c.i > first.i and c.dep_ not in ("cc", "conj", "punct", "mark")]
    contiguous = [first]
    for child in later:
        if child.left_edge.i != contiguous[-1].right_edge.i + 1:
            break
        contiguous.append(child)
    return list(verb.doc[first.left_edge.i:contiguous[-1].right_edge.i + 1])


def verb_cue(tok: "Token") -> Found | None:
    """"X said (that) …", "X told Y that …", "X could not confirm reports of …"."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    cue = _cue_for(tok, "VERB")
    if cue is None or cue.kind == "source":
        return None
    # the reported clause, after the cue or before it ("Troops crossed the border, officials said")
    clause = next((c for c in tok.children if c.dep_ in CLAUSE_DEPS and c.lower_ != "citing"), None)
    if clause is not None:
        content = _subtree(clause)
    elif cue.kind in ("confirm", "deny", "report"):
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        content = _complements(tok, obj)
    else:
        return None
    return Found(cue=cue, cue_span=_chars(_cue_tokens(tok)), content_span=_chars(content),
                 source_tokens=_subject(tok), negated=_is_negated(tok))


def according_to(tok: "Token") -> Found | None:
    """"…, according to X" and "… citing X": the rest of the clause is the content."""
    if tok.lower_ == "according":
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        cue_tokens = [tok, to] if to is not None else []
    elif tok.lower_ == "citing":
        source = next((c for c in tok.children if c.dep_ in ("dobj", "pobj")), None)
        cue_tokens = [tok]
    else:
        return None
    if source is None:
        return None
    cue = cues().get(("according to", "ADP") if tok.lower_ == "according" else ("cite", "VERB"))
    if cue is None:
        return None
    source_span = tok.doc[source.left_edge.i:source.right_edge.i + 1]
    frame = tok.head if tok.dep_ in ("xcomp", "advcl", "acl") and _cue_for(tok.head, "VERB") is not None else None
    reported = next((c for c in frame.children if c.dep_ == "ccomp"), None) if frame is not None else None
    if reported is not None:  # "…, News.Az reports citing foreign media": what is reported is the content
        return Found(cue=cue, cue_span=_chars(cue_tokens), content_span=_chars(_subtree(reported)),
                     source_tokens=source_span)
    phrase = list((frame or tok).subtree)
    sent = tok.sent
    before = (sent.start_char, phrase[0].idx)
    after = (phrase[-1].idx + len(phrase[-1].text), sent.end_char)
    content = before if before[1] - before[0] >= after[1] - after[0] else after
    return Found(cue=cue, cue_span=_chars(cue_tokens), content_span=content, source_tokens=source_span)


def adverb_cue(tok: "Token") -> Found | None:
    """"Troops reportedly crossed …": a claim with no named source."""
    cue = cues().get((tok.lower_, "ADV"))
    if cue is None or tok.dep_ != "advmod":
        return None
    head = tok.head
    return Found(cue=cue, cue_span=_chars([tok]), content_span=_chars(_subtree(head)))


def noun_cue(tok: "Token") -> Found | None:
    """"X's claim that …", "reports of troops fighting", "no confirmed evidence that …"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    cue = _cue_for(tok, "NOUN")
    if cue is None or (tok.dep_ == "dobj" and _cue_for(tok.head, "VERB") is not None):
        return None  # "could not confirm reports of …": the verb's claim already holds it
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
    if clause is None:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        clause = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
    if clause is None:
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        source = tok.doc[poss.left_edge.i:poss.right_edge.i + 1]
    else:  # "Lin Jian expressed hope that …": the speaker of the verb the noun is the object of
        source = _subject(tok.head) if tok.dep_ == "dobj" else None
    negated = any(c.lower_ in ("no", "not") for c in tok.children)
    return Found(cue=cue, cue_span=_chars([tok]), content_span=_chars(_subtree(clause)),
                 source_tokens=source, negated=negated)


RULES = (verb_cue, according_to, adverb_cue, noun_cue)


def quotes(text: str) -> Iterator[tuple[int, int]]:
    """Spans of text between paired straight double quotes (the text is normalised), quotes excluded."""
    start = None
    for i, ch in enumerate(text):
        if ch == '"':
            if start is None:
                start = i + 1
            else:
                if i > start:
                    yield start, i
                start = None


def _mark_direct(found: list[Found], text: str) -> None:
    """A claim is direct when its content is (almost all) one quotation, or opens with one.

    'said "we will not retreat" on Monday': the content becomes the quotation itself.
    """
    spans = list(quotes(text))
    for f in found:
        s, e = trim(text, f.content_span)
        for qs, qe in spans:
            if qs == s and qe < e:
                f.content_span, f.direct = (qs, qe), True
                break
            if max(0, min(e, qe) - max(s, qs)) >= 0.8 * (e - s):
                f.direct = True
                break


def _number(found: list[Found], text: str, token_actor: dict[int, str]) -> list[Claim]:
    found.sort(key=lambda f: f.cue_span)
    claims = []
    for n, f in enumerate(found, 1):
        source_id = None
        if f.source_tokens is not None:
            root = f.source_tokens.root
            source_id = token_actor.get(root.i) or next((token_actor[t.i] for t in f.source_tokens if t.i in token_actor), None)
        cs, ce = trim(text, f.content_span)
        ss = trim(text, (f.source_tokens.start_char, f.source_tokens.end_char)) if f.source_tokens is not None else None
        claims.append(Claim(
            id=f"c{n}", source=source_id, source_text=text[ss[0]:ss[1]] if ss else None, source_span=ss,
            cue=text[f.cue_span[0]:f.cue_span[1]], cue_span=f.cue_span, content=text[cs:ce],
            content_span=(cs, ce), direct=f.direct))
    for claim in claims:
        holders = [c for c in claims if c is not claim and c.content_span[0] <= claim.cue_span[0]
                   and claim.cue_span[1] <= c.content_span[1]]
        if holders:
            claim.parent = min(holders, key=lambda c: c.content_span[1] - c.content_span[0]).id
    return claims


def find_claims(doc: "Doc", token_actor: dict[int, str]) -> tuple[list[Claim], dict[str, Found]]:
    """The attributions of a parsed article.

    token_actor: token index → actor id, from :func:`newsgraph.extract.actors.find_actors`.
    RETURNS (tuple): the claims (ids ``c1, c2, …`` in cue order) and, by claim id, the cue found for each.
    """
    found: list[Found] = []
    seen: set[tuple[int, int]] = set()
    for tok in doc:
        for rule in RULES:
            hit = rule(tok)
            if hit is not None and hit.cue_span not in seen and hit.content_span[1] > hit.content_span[0]:
                seen.add(hit.cue_span)
                found.append(hit)
                break
    text = doc.text  # rebuilt by spaCy on each access: read once
    _mark_direct(found, text)
    claims = _number(found, text, token_actor)
    return claims, {c.id: f for c, f in zip(claims, found)}
