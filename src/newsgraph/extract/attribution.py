"""Claims: who says what. Each attribution has a source, a cue and a content span, and may be nested.

Rules over the dependency parse, with cues from ``lexicons/cues.tsv``, each a small named function:

- ``verb_cue``: a cue verb with what it reports: a clause ("X said (that) …", "X declined to comment",
  "Asked if …"), an object ("X denied the report", "X called Y 'unhinged'") or a linked phrase
  ("X talked about …", "X warned of …");
- ``according_to``: "…, according to X" / "citing X";
- ``adverb_cue``: "reportedly", "allegedly" (no source);
- ``noun_cue``: "X's claim that …", "reports of …", "no confirmed evidence that …";
- ``parenthetical``: "The deal, he says, is dead" (the content in two pieces around the cue);
- ``colon_cue``: a speaker's name and a colon at the head of a line ("Sanders: It is not radical");
- ``headline_cue``: a title-case headline verb ("Conservative Icon Endorses Ted Cruz");
- quotations (``quote_claims``): a quotation whose speaker and verb stand right after it ("'…,' said X")
  or before it, and a quotation that goes on from the claim just before it ("'…,' he said. '…'"), each
  continuation its own claim with the same source and cue;
- claims whose cue sits inside a quotation that no claim attributes are dropped (the quoted speaker's
  "I think" cannot be resolved).

Conventions (those of attribution corpora such as PolNeAR): the content keeps its complementizer
("that …", "whether …", "to …"); the cue is the whole verb group, with auxiliaries, negation,
adverbs, particles, a preposition that links it to the content and a closing colon ("has also
called for", "could not confirm", "said:"); a direct quotation is the content as a whole, across
sentences and paragraphs. A claim's ``parent`` is the smallest other claim whose content holds its cue.
Spans are ``(start, end)`` character offsets into the article text, end exclusive.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from newsgraph.lexicons import load
from newsgraph.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TRIM = " \t\n\"',.;:-"
MARKS = {"that", "whether", "if"}
# Kinds of cue whose direct object is what is attributed ("denied the report", "supports the ban").
OBJECT_KINDS = {"confirm", "deny", "report", "claim", "believe", "doubt", "urge", "warn"}
# Prepositions that link a cue to its content ("talked about", "warned of", "argued for").
LINK_PREPS = {"say": {"about", "of"}, "default": {"about", "of", "for", "against", "on", "over", "to"}}
# Prepositions that link a noun cue to its content ("support for", "announcement of", "views on").
NOUN_PREPS = {"of", "for", "on", "about", "against", "at", "over"}
# Pronouns that stand for what was said ("said so", "denied it", "did not say this").
CONTENT_PRONOUNS = {"it", "this", "that", "so", "something", "nothing", "anything", "everything", "these", "those"}
# Prepositions after an object that belong to what is attributed ("accused X of …", "described X as …").
OBJECT_PREPS = {"of", "as", "for"}
# Verbs of naming: attributive only with an object and what it is called ("called Trump 'unhinged'").
NAMING = {"call", "label", "brand", "dub", "term"}
# Nouns of a written medium kept in the cue: "said in a statement".
MEDIA = {"statement", "email", "e-mail", "letter", "tweet", "post", "memo", "release", "op-ed", "video"}
EXPLETIVES = {"it", "there"}
MAX_NAME_TOKENS = 6  # a speaker's name before a colon
MAX_QUOTE_GAP = 3  # tokens between a quotation and the verb that attributes it
HEADLINE_TOKENS = 40  # a headline is a short line at the head of the text
MIN_SPEECH_WORDS = 4  # shorter quotations are names, titles or scare quotes


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


_NO_CUE = Cue("", "VERB", "claimed", 2.0, "say")  # a say-kind stand-in, for asking whether a verb has a clause
MANNER = Cue("say", "VERB", "claimed", 2.0, "say")  # a manner verb used as "said" after a quotation


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


def _span(tok: "Token") -> list["Token"]:
    """The contiguous tokens of ``tok``'s subtree, without punctuation at either end."""
    return _strip(list(tok.doc[tok.left_edge.i:tok.right_edge.i + 1]))


def _strip(tokens: list["Token"]) -> list["Token"]:
    """Tokens without punctuation (quote marks excepted) and spaces at either end."""
    while tokens and (tokens[0].is_space or tokens[0].is_punct and tokens[0].text not in "\"'"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or tokens[-1].dep_ == "cc" or tokens[-1].is_punct and tokens[-1].text not in "\"'"):
        tokens = tokens[:-1]
    return tokens


def _is_negated(tok: "Token") -> bool:
    return any(c.dep_ == "neg" or negators().get(c.lower_) == "negation" for c in tok.children if c.i < tok.i)


def _cue_for(tok: "Token", pos: str) -> Cue | None:
    table = cues()
    for particle in (c for c in tok.children if c.dep_ in ("prt", "prep")):
        found = table.get((f"{tok.lemma_.lower()} {particle.lower_}", pos))
        if found:
            return found
    return table.get((tok.lemma_.lower(), pos)) or table.get((tok.lower_, pos))


# --- sources ---------------------------------------------------------------------------------

def _is_expletive(tok: "Token", verb: "Token") -> bool:
    """"It is said that …", "There is concern that …", "It seems …": an empty subject, no source."""
    return tok.lower_ in EXPLETIVES and (tok.dep_ == "expl" or verb.tag_ == "VBN" or verb.lemma_ in ("seem", "appear"))


def _subject(verb: "Token") -> "Span | None":
    """The speaker: the verb's subject, a passive agent ("by X"), or the subject of the verb it hangs on.

    "X announced A and said B", "X tweeted, adding that …": X speaks both.
    """
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and not _is_expletive(child, verb):
            return verb.doc[child.left_edge.i:child.right_edge.i + 1]
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return verb.doc[pobj.left_edge.i:pobj.right_edge.i + 1]
    if any(c.dep_ in ("nsubjpass", "expl") for c in verb.children):
        return None
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.head.pos_ == "AUX":
        return _subject(verb.head.head)  # "voters are more likely to say …"
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        if verb.dep_ == "advcl" and verb.tag_ != "VBG":
            return None
        return _subject(verb.head)
    return None


# --- cues ------------------------------------------------------------------------------------

def _verb_group(verb: "Token") -> list["Token"]:
    """The verb with its auxiliaries, negation, adverbs and particle: "has also called", "could not confirm"."""
    doc = verb.doc
    left = [c for c in verb.children if c.i < verb.i and c.dep_ in ("aux", "auxpass", "neg")]
    start = min([verb.i] + [c.i for c in left])
    while start > verb.sent.start and _in_group(doc[start - 1], verb):
        start -= 1
    if any(not _in_group(t, verb) and t.dep_ not in ("aux", "auxpass", "neg") for t in doc[start:verb.i]):
        start = verb.i
    end = verb.i + 1
    while end < verb.sent.end and doc[end].head.i == verb.i and doc[end].dep_ in ("prt", "advmod", "neg") \
            and doc[end].pos_ in ("ADP", "ADV", "PART") and doc[end].lower_ not in MARKS:
        end += 1
    return list(doc[start:end])


def _governed(verb: "Token", group: list["Token"]) -> list["Token"]:
    """"goes on to say", "began by saying": a verb that is no cue itself but governs the cue joins its group.

    Without one, a bare infinitive marker is left out of the cue ("to say" → "say").
    """
    doc = verb.doc
    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    if verb.dep_ in ("xcomp", "pcomp") and head.i < verb.i and head.pos_ in ("VERB", "AUX") \
            and _cue_for(head, "VERB") is None:
        head_group = _verb_group(head)
        between = doc[head_group[-1].i + 1:group[0].i]
        if len(between) <= 3 and all(t.dep_ in ("prt", "aux", "advmod", "prep", "neg") for t in between):
            return list(doc[head_group[0].i:group[-1].i + 1])
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.i < verb.i and head.head.pos_ == "AUX":
        # "were slightly more likely to say": the adjective and its copula govern the cue
        start = min(head.left_edge.i, head.head.i)
        if all(t.i in (head.head.i,) or t.head.i in (head.i, head.head.i) or t.head.head.i == head.i
               for t in doc[start:group[0].i] if t.lower_ != "to"):
            return list(doc[start:group[-1].i + 1])
    while len(group) > 1 and group[0].lower_ == "to" and group[0].dep_ == "aux":
        group = group[1:]
    return group


def _in_group(tok: "Token", verb: "Token") -> bool:
    """An adverb or auxiliary of the verb ("also", "repeatedly", "has", "not")."""
    return tok.head.i == verb.i and (tok.dep_ in ("aux", "auxpass", "neg")
                                 or (tok.dep_ == "advmod" and tok.pos_ == "ADV" and not tok.lower_.startswith("wh")
                                     and tok.lower_ not in ("though", "however", "so", "then", "now")))


def _medium(tokens: list["Token"]) -> list["Token"]:
    """Extend a cue over "in a statement" right after it (the written medium of the statement)."""
    doc, end = tokens[0].doc, tokens[-1].i + 1
    if end + 2 < len(doc) and doc[end].lower_ == "in" and doc[end].head in tokens:
        nouns = [t for t in doc[end + 1:end + 4] if t.head.i == end]
        noun = nouns[0] if nouns else None
        if noun is not None and noun.lower_ in MEDIA and noun.right_edge.i == noun.i:
            return tokens + list(doc[end:noun.i + 1])
    return tokens


def _with_colon(tokens: list["Token"]) -> list["Token"]:
    """A colon right after a cue that introduces the content is part of the cue ("said:")."""
    doc, end = tokens[0].doc, tokens[-1].i + 1
    if end < len(doc) and doc[end].text == ":":
        return tokens + [doc[end]]
    return tokens


def _contiguous(tokens: list["Token"]) -> list["Token"]:
    doc = tokens[0].doc
    return list(doc[min(t.i for t in tokens):max(t.i for t in tokens) + 1])


# --- contents --------------------------------------------------------------------------------

def _clause(verb: "Token", cue: Cue) -> "Token | None":
    """The reported clause: a ccomp, an infinitive ("declined to comment") or an if/whether clause after ask."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.lower_ != "citing":
            return child
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (c for c in prep.children if c.lower_ in MEDIA):  # "said in a statement that …"
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is not None:
                return clause
    for child in verb.children:
        if child.dep_ == "xcomp" and cue.kind != "say" and any(c.lower_ == "to" for c in child.children):
            return child
        if child.dep_ == "advcl" and child.i > verb.i and any(
                c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children):
            return child
    return None


def _cut_at_cue(tokens: list["Token"], clause: "Token") -> list["Token"]:
    """End the content before a coordinated or participial cue of the same speaker.

    "X said A, referring to B" and "X said A and said B" are two attributions: A is the first content.
    """
    for tok in tokens:
        if tok.i <= clause.i or tok.dep_ not in ("conj", "advcl") or tok.pos_ != "VERB":
            continue
        if tok.dep_ == "advcl" and tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        cue = _cue_for(tok, "VERB")
        if cue is not None and cue.kind != "source":
            kept = _strip([t for t in tokens if t.i < tok.left_edge.i])
            while kept and kept[-1].dep_ == "cc":
                kept = _strip(kept[:-1])
            return kept or tokens
    return tokens


def _complements(verb: "Token", first: "Token") -> list["Token"]:
    """From ``first`` (the verb's object) through the verb's later complements, up to a coordinated verb.

    "could not confirm [reports of troops] [fighting] but said …" gives "reports of troops fighting".
    """
    later = [c for c in verb.children if c.i > first.i and (c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "dative")
                                                         or c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
                                                         or c.dep_ == "conj" and c.pos_ != "VERB")]
    contiguous = [first]
    for child in sorted(later, key=lambda c: c.i):
        if child.left_edge.i > contiguous[-1].right_edge.i + 2:
            break
        contiguous.append(child)
    return _before_aside(list(verb.doc[first.left_edge.i:contiguous[-1].right_edge.i + 1]))


def _before_aside(tokens: list["Token"]) -> list["Token"]:
    """Leave out a trailing aside the author adds: "the plan, which had been in the works since May"."""
    first = tokens[0].i
    for tok in tokens[1:]:
        comma = tok.left_edge.i - 1
        if tok.dep_ == "relcl" and comma > first and tokens[comma - first].text == ",":
            return _strip(tokens[:comma - first])
    return _strip(tokens)


def _object(verb: "Token", cue: Cue) -> list["Token"] | None:
    """A direct object as content: "denied the report", "called Trump 'unhinged'"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and cue.kind in OBJECT_KINDS and cue.kind != "urge":  # "the plan was rejected by X"
            return _span(passive)
        so = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "so" and c.i == verb.i + 1), None)
        return [so] if so is not None else None  # "said so"
    if verb.lemma_.lower() in NAMING:
        named = any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "npadvmod", "dobj") and c.i > obj.i for c in verb.children) \
            or any(c.dep_ == "appos" and c.i > obj.i for c in obj.children)
        return _complements(verb, obj) if named else None
    if cue.kind not in OBJECT_KINDS and obj.lower_ not in CONTENT_PRONOUNS or obj.ent_type_ in ("DATE", "TIME"):
        return None
    return _complements(verb, obj)


def _linked(verb: "Token", cue: Cue) -> tuple["Token", list["Token"]] | None:
    """A preposition that links the cue to its content: "talked about [the economy]"."""
    preps = LINK_PREPS["say"] if cue.kind == "say" else LINK_PREPS["default"]
    for child in verb.children:
        if child.dep_ != "prep" or child.i < verb.i or child.lower_ not in preps:
            continue
        if child.i != verb.i + 1 and not all(t.head.i == verb.i and t.dep_ in ("prt", "advmod") for t in verb.doc[verb.i + 1:child.i]):
            continue
        pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
            return child, list(verb.doc[pobj.left_edge.i:pobj.right_edge.i + 1])
    return None


def _with_subject(verb: "Token", clause: "Token", content: list["Token"]) -> list["Token"]:
    """"urged [the United States] to attack …": an infinitive's object-subject belongs to the content."""
    if clause.dep_ != "xcomp":
        return content
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and verb.i < c.i < clause.i), None)
    if obj is None or obj.right_edge.i + 1 != content[0].i:
        return content
    return list(verb.doc[obj.left_edge.i:content[-1].i + 1])


def verb_cue(tok: "Token") -> Found | None:
    """"X said (that) …", "X told Y that …", "X could not confirm reports of …", "X talked about …"."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    cue = _cue_for(tok, "VERB")
    if cue is None or cue.kind == "source":
        return None
    group = _governed(tok, _verb_group(tok))
    clause = _clause(tok, cue)
    if clause is not None:
        content = _with_subject(tok, clause, _cut_at_cue(_span(clause), clause))
    else:
        content = _object(tok, cue)
        if content is None:
            linked = _linked(tok, cue)
            if linked is None:
                return None
            prep, content = linked
            group = _contiguous(group + [prep])
    if not content:
        return None
    inside = {t.i for t in content}
    group = [t for t in group if t.i not in inside] or group
    if content[0].i > group[-1].i:
        group = _with_colon(_medium(group))
    return Found(cue=cue, cue_span=_chars(group), content_span=_chars(content),
                 source_tokens=_subject(tok), negated=_is_negated(tok))


def parenthetical(tok: "Token") -> list[Found] | None:
    """"This campaign, he says, is different", "As the Times noted, X": the clause around the cue, in one
    or two pieces."""
    as_clause = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
    if (tok.dep_ != "parataxis" and not as_clause) or tok.pos_ not in ("VERB", "AUX") \
            or _clause(tok, _NO_CUE) is not None or any(c.dep_ == "dobj" for c in tok.children):
        return None
    doc = tok.doc
    left = tok.left_edge.i if doc[tok.left_edge.i].is_punct else tok.left_edge.i - 1
    right = tok.right_edge.i if doc[tok.right_edge.i].is_punct else tok.right_edge.i + 1
    opened = left < tok.sent.start if as_clause else left >= 0 and doc[left].text in (",", '"')
    if not opened or right >= len(doc) or doc[right].text not in (",", '"', ".", ":"):
        return None  # not set off by commas: no parenthetical
    cue = _cue_for(tok, "VERB")
    source = _subject(tok)
    if cue is None or cue.kind == "source" or source is None:
        return None
    doc, head = tok.doc, tok.head
    inner = range(tok.left_edge.i, tok.right_edge.i + 1)
    pieces = [_strip(list(doc[head.left_edge.i:inner.start])), _strip(list(doc[inner.stop:head.right_edge.i + 1]))]
    group = _verb_group(tok)
    return [Found(cue=cue, cue_span=_chars(group), content_span=_chars(piece), source_tokens=source,
                  negated=_is_negated(tok)) for piece in pieces if piece] or None


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
        return Found(cue=cue, cue_span=_chars(cue_tokens), content_span=_chars(_span(reported)),
                     source_tokens=source_span)
    phrase = list((frame or tok).subtree)
    sent = tok.sent
    holder = (frame or tok).head
    if holder.dep_ in ("relcl", "advcl", "ccomp") and holder.i != holder.head.i:
        # "…, which according to X is overseen by the UN": the content stays in the clause that holds the cue
        clause = [t for t in holder.subtree if not t.is_punct or t.i > phrase[0].i]
        sent = tok.doc[clause[0].i:clause[-1].i + 1]
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
    return Found(cue=cue, cue_span=_chars([tok]), content_span=_chars(_span(head)))


def noun_cue(tok: "Token") -> Found | None:
    """"X's claim that …", "reports of troops fighting", "her support for the ban", "no evidence that …"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    cue = _cue_for(tok, "NOUN")
    if cue is None or (tok.dep_ in ("dobj", "pobj") and _cue_for(tok.head if tok.dep_ == "dobj" else tok.head.head, "VERB")
                       is not None):
        return None  # "could not confirm reports of …", "said in a statement that …": the verb's claim holds it
    cue_tokens = [tok]
    clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
    if clause is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in NOUN_PREPS), None)
        clause = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        cue_tokens = [tok, prep] if clause is not None else cue_tokens
    if clause is None:
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        source = tok.doc[poss.left_edge.i:poss.right_edge.i + 1]
    else:  # "Lin Jian expressed hope that …": the speaker of the verb the noun is the object of
        source = _subject(tok.head) if tok.dep_ == "dobj" else None
    negated = any(c.lower_ in ("no", "not") for c in tok.children)
    return Found(cue=cue, cue_span=_chars(_noun_group(tok, cue_tokens, poss)), content_span=_chars(_span(clause)),
                 source_tokens=source, negated=negated)


def _noun_group(noun: "Token", cue_tokens: list["Token"], poss: "Token | None") -> list["Token"]:
    """A noun cue with its modifiers and, as an object, the verb that governs it.

    "an assertion that", "passionate endorsements of", "has raised questions about",
    "made no mention of"; a possessive ("her support for") is the source and stays out.
    """
    doc = noun.doc
    left = [c for c in noun.children if c.i < noun.i and c.dep_ in ("det", "amod", "nummod", "compound", "neg", "advmod")]
    start = min([noun.i] + [c.left_edge.i for c in left])
    if poss is not None and start <= poss.right_edge.i:
        start = poss.right_edge.i + 1
    if noun.dep_ == "dobj" and poss is None and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < start:
        verb = noun.head
        group = _verb_group(verb)
        if all(t.i >= start or t.i == verb.i or t in group for t in doc[group[0].i:start]) \
                and not any(c.dep_ in ("dobj", "dative") and c.i < start and c.i != noun.i for c in verb.children):
            start = group[0].i
    return list(doc[start:cue_tokens[-1].i + 1])


def colon_cue(tok: "Token") -> Found | None:
    """"Sanders: It is not a radical idea" and "Q: …" at the head of a line: a name, a colon, what they said."""
    if tok.text != ":":
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and "\n" not in doc[start - 1].text and doc[start - 1].text not in ("-", "--", "—") \
            and tok.i - start < MAX_NAME_TOKENS:
        start -= 1
    name = doc[start:tok.i]
    line_start = start == 0 or "\n" in doc[start - 1].text or doc[start - 1].text in ("-", "--", "—")
    if not line_start or not len(name) or not any(t.pos_ == "PROPN" or t.is_upper or t.is_title for t in name) \
            or not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PART", "PUNCT", "CCONJ") or t.is_upper for t in name):
        return None
    end = tok.i + 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    if end - tok.i < 4:
        return None
    cue = Cue(":", "PUNCT", "claimed", 2.0, "say")
    return Found(cue=cue, cue_span=_chars([tok]), content_span=_chars(doc[tok.i + 1:end]), source_tokens=name)


def _headline_lemma(word: str) -> Cue | None:
    """The cue of a present-tense headline verb read without the parser: "Endorses" → endorse."""
    table = cues()
    for lemma in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        cue = table.get((lemma, "VERB"))
        if lemma and cue is not None and cue.kind != "source":
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


RULES = (headline_cue, verb_cue, parenthetical, according_to, adverb_cue, noun_cue, colon_cue)


# --- quotations ------------------------------------------------------------------------------

def _opens(text: str, i: int) -> bool:
    """A straight double quote at ``i`` reads as an opening one (space or start before, a word after)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([-—") and not after.isspace()


def quotes(text: str) -> Iterator[tuple[int, int]]:
    """Spans of quotations (the text is normalised to straight double quotes), quote marks excluded.

    Quotes pair up within a paragraph. A quotation left open at a paragraph's end goes on when the
    next paragraph opens with a quote mark (the convention for quotations of several paragraphs),
    and otherwise ends with its paragraph.
    """
    start = None
    pos = 0
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


def _speaker_verb(tokens: list["Token"], speech: bool) -> tuple["Token", Cue] | None:
    """The cue verb among a few tokens next to a quotation: '"…," [said] X' or '"…," X [said]'.

    After speech that ends in a comma, "?" or "!", a manner verb with a subject and no object
    stands for "said" ('"You'll pay for this!" [smiled] Lowell').
    """
    for tok in tokens:
        if tok.pos_ in ("VERB", "AUX"):
            cue = _cue_for(tok, "VERB")
            if cue is None and speech and tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "ccomp") and c.i > tok.i for c in tok.children):
                cue = MANNER
            return (tok, cue) if cue is not None and cue.kind != "source" and _subject(tok) is not None else None
    return None


def quote_speaker(quote: tuple[int, int], index: Sentences) -> Found | None:
    """'"…," said X.' or '"…," X told reporters.' when the parse has not tied the quotation to its verb."""
    doc = index.doc
    after = index.token(quote[1]) + 1
    tokens = [t for t in doc[after:min(len(doc), after + MAX_QUOTE_GAP + 3)] if not t.is_punct or t.text == '"']
    if not tokens or tokens[0].text == '"':
        return None
    if doc[after - 1].text == '"' and after - 2 >= 0 and not doc[after - 2].is_punct:
        return None  # '"…" and' without a comma: a title or a partial quotation, not speech
    speech = index.doc.text[quote[1] - 1] in ",?!"
    hit = _speaker_verb(tokens[:MAX_QUOTE_GAP], speech)
    if hit is None or hit[0].sent.start > index.token(quote[1]) + 2:
        return None
    verb, cue = hit
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
        if cue is None or cue.kind == "source":
            return None
        group = _with_colon(_medium(_verb_group(tok)))
        if _chars(group) in cue_spans:
            return None
        return Found(cue=cue, cue_span=_chars(group), content_span=quote, source_tokens=_subject(tok),
                     direct=True, negated=_is_negated(tok))
    return None


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


def _covered(span: tuple[int, int], found: list[Found]) -> bool:
    """Whether a claim's content already holds most of ``span``."""
    size = span[1] - span[0]
    return any(min(span[1], f.content_span[1]) - max(span[0], f.content_span[0]) >= 0.5 * size for f in found)


def _starts_sentence(text: str, quote: tuple[int, int]) -> bool:
    before = text[:quote[0] - 1].rstrip(" \t")
    return not before or before[-1] in ".!?:\n\"'"


def continuation(quote: tuple[int, int], found: list[Found], text: str) -> Found | None:
    """'"…," she said. "…"' and '"…," she said, "…"': a quotation that opens a sentence, or that follows
    the speaker after a comma, goes on with the claim just before it."""
    earlier = [f for f in found if max(f.cue_span[1], f.content_span[1]) <= quote[0]]
    if not earlier:
        return None
    last = max(earlier, key=lambda f: max(f.cue_span[1], f.content_span[1]))
    end = max(last.cue_span[1], last.content_span[1], last.source_tokens.end_char if last.source_tokens is not None else 0)
    gap = text[end:quote[0] - 1]
    if gap.count("\n") > 2 or len(gap.strip(" \n\t.,;:\"'")) > 0:
        return None
    if not _starts_sentence(text, quote) and gap.strip() != ",":
        return None
    return replace(last, content_span=quote, direct=True)


def quote_claims(doc: "Doc", found: list[Found], text: str, spans: list[tuple[int, int]]) -> list[Found]:
    """Claims for the quotations the clause rules left out, in text order."""
    index = Sentences(doc)
    added: list[Found] = []
    for quote in spans:
        if _covered(quote, found + added):
            continue
        cue_spans = {f.cue_span for f in found + added}
        hit = quote_speaker(quote, index) or quote_before(quote, index, cue_spans) \
            or continuation(quote, found + added, text)
        if hit is not None:
            added.append(hit)
    return added


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


def _leaves_quote(f: Found, spans: list[tuple[int, int]]) -> bool:
    """A cue inside a quotation whose content lies outside it: a misparse ('He tells the crowd: "I want …"'
    read as "I want" reporting "He tells the crowd")."""
    for qs, qe in spans:
        if qs <= f.cue_span[0] and f.cue_span[1] <= qe:
            return f.content_span[1] <= qs or f.content_span[0] >= qe
    return False


def _has_words(text: str, span: tuple[int, int]) -> bool:
    return span[1] > span[0] and any(ch.isalnum() for ch in text[span[0]:span[1]])


def _in_unattributed_quote(f: Found, found: list[Found], spans: list[tuple[int, int]], text: str) -> bool:
    """A cue inside a quotation of speech that no claim attributes: the quoted speaker's own words,
    whose "I" and "we" cannot be resolved ('"I think we will win," …' with the speaker out of reach)."""
    for qs, qe in spans:
        if qs <= f.cue_span[0] and f.cue_span[1] <= qe and len(text[qs:qe].split()) >= MIN_SPEECH_WORDS:
            return not _covered((qs, qe), [g for g in found if g is not f])
    return False


def _number(found: list[Found], text: str, token_actor: dict[int, str]) -> list[Claim]:
    found.sort(key=lambda f: (f.cue_span, f.content_span))
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
    _link_parents(claims)
    return claims


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


def find_claims(doc: "Doc", token_actor: dict[int, str]) -> tuple[list[Claim], dict[str, Found]]:
    """The attributions of a parsed article.

    token_actor: token index → actor id, from :func:`newsgraph.extract.actors.find_actors`.
    RETURNS (tuple): the claims (ids ``c1, c2, …`` in cue order) and, by claim id, the cue found for each.
    """
    text = doc.text  # rebuilt by spaCy on each access: read once
    found: list[Found] = []
    seen: set[tuple[int, int]] = set()
    for tok in doc:
        for rule in RULES:
            hits = rule(tok)
            hits = [hits] if isinstance(hits, Found) else hits or []
            hits = [h for h in hits if h.cue_span not in seen and _has_words(text, h.content_span)]
            if hits:
                seen.add(hits[0].cue_span)
                found.extend(hits)
                break
    spans = [q for q in quotes(text) if _has_words(text, q)]
    _to_quote(found, spans, text)
    found += quote_claims(doc, found, text, spans)
    found = [f for f in found if not _in_unattributed_quote(f, found, spans, text) and not _leaves_quote(f, spans)]
    _mark_direct(found, spans, text)
    claims = _number(found, text, token_actor)
    return claims, {c.id: f for c, f in zip(claims, found)}
