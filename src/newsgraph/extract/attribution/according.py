"""Cues around a clause: parentheticals ("…, he says, …"), "according to X" / "citing X", and adverbs
("reportedly") with no source."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .groups import _verb_group
from .lexicon import (_NO_CUE, MAX_NAME_TOKENS, SOURCE_NOUNS, Cue, Found, _cue_for, _is_cue_it, _is_negated, _what_was_said,
                      cues)
from .sources import _is_document, _subject, _subjects_before
from .spans import _chars, _span, _strip, _subtree
from .verbs import _clause

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

def parenthetical(tok: "Token") -> list[Found] | None:
    """"This campaign, he says, is different", "As the Times noted, X": the clause around the cue, in one
    or two pieces."""
    as_clause = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
    if (tok.dep_ != "parataxis" and not as_clause) or tok.pos_ not in ("VERB", "AUX") or _clause(tok, _NO_CUE) is not None:
        return None
    cue = _cue_for(tok, "VERB")
    if any(c.dep_ == "dobj" and not _is_cue_it(c) and not _hearer(c, cue) for c in tok.children):
        return None
    doc = tok.doc
    first = _set_off_subject(tok)
    swallowed = _swallowed_subject(tok) if first is None and tok.dep_ == "parataxis" else None
    subject = _subject(tok)
    if swallowed is not None and (subject is None or subject.start < swallowed.start):
        first = swallowed.start - 1
    else:
        swallowed = None
    left = first if first is not None else tok.left_edge.i if doc[tok.left_edge.i].is_punct else tok.left_edge.i - 1
    right = tok.right_edge.i if doc[tok.right_edge.i].is_punct else tok.right_edge.i + 1
    # "But as X noted, …" opens its sentence too; "…, and as X noted, …" and "…, as X hopes, …" follow a clause
    opened = left < tok.sent.start or all(t.dep_ in ("cc", "advmod", "punct") for t in doc[tok.sent.start:left + 1]) \
        or doc[left].text in SET_OFF or doc[left].dep_ == "cc" if as_clause else left >= 0 and doc[left].text in SET_OFF + ('"',)
    if not opened or right >= len(doc) or doc[right].text not in SET_OFF + ('"', ".", ":"):
        return None  # not set off by commas or dashes: no parenthetical
    source = swallowed or subject
    if cue is None or cue.kind in ("source", "seem") or source is None:
        return None
    doc, head = tok.doc, tok.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.i < tok.i:
        head = head.head  # "Turnout, as the mayor noted, was …": hung on the subject, the aside is about its clause
    inner = range(first if first is not None else tok.left_edge.i, tok.right_edge.i + 1)
    pieces = [_strip(list(doc[head.left_edge.i:inner.start])), _strip(list(doc[inner.stop:head.right_edge.i + 1]))]
    group = _verb_group(tok) + [c for c in tok.children if _is_cue_it(c)]
    return [Found(cue=cue, cue_span=_chars(group), content_span=_chars(piece), source_tokens=source,
                  negated=_is_negated(tok)) for piece in pieces if piece] or None


def _swallowed_subject(verb: "Token") -> "Span | None":
    """The speaker of a parenthetical that the parser ran into the noun phrase before it: "The source of the
    attraction to Mr. Trump, [union members and leaders] say, is …" (read as more objects of "to")."""
    doc, start = verb.doc, verb.i
    while start > verb.sent.start and verb.i - start < MAX_NAME_TOKENS and not doc[start - 1].is_punct \
            and doc[start - 1].pos_ in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "CCONJ", "NUM"):
        start -= 1
    words = doc[start:verb.i]
    if start == verb.i or start == verb.sent.start or doc[start - 1].text != "," \
            or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in words) or words[0].pos_ == "CCONJ":
        return None
    return words


def _hearer(obj: "Token", cue: "Cue | None") -> bool:
    """The object of a verb of telling is who heard it: "as Clinton told [the Daily News], …"."""
    return cue is not None and cue.kind == "say" and not _what_was_said(obj)


SET_OFF = (",", "-", "--", "–", "—")  # marks that set a parenthetical off: "…, he said, …", "… - as Rubio has said - …"


def _set_off_subject(verb: "Token") -> int | None:
    """The comma before a parenthetical's subject when the parser gave the verb more than its subject:
    "Mr. Sanders, [his aides] said, will …" (the clause's subject too), "If the demands are not met,
    [Mr. Taylor] warned, …" (the clause's fronted condition)."""
    subjects = _subjects_before(verb)
    if not subjects or verb.left_edge.i == subjects[-1].left_edge.i:
        return None
    comma = subjects[-1].left_edge.i - 1
    return comma if comma > verb.left_edge.i and verb.doc[comma].text == "," else None


def trailing_report(tok: "Token") -> Found | None:
    """"…, Sanders remains committed to the race, his top aide told the Post.": a verb of saying with its speaker
    after a comma at the end of a sentence, read by the parser as a conjunct of the clause it reports."""
    head = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("ccomp", "xcomp", "cc", "preconj") for c in tok.children):
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    cue = _cue_for(tok, "VERB")
    doc = tok.doc
    first = min(subject.left_edge.i, tok.i) if subject is not None else tok.i  # "…, said the chief executive."
    end = tok.right_edge.i + 1
    if subject is None or cue is None or cue.kind != "say" or doc[first - 1].text != "," \
            or end < len(doc) and not doc[end].is_punct or any(c.dep_ == "dobj" and c.pos_ not in ("PROPN", "PRON") for c in tok.children):
        return None  # "told the Post" names a hearer; "told a joke" is no report
    content = _strip(list(doc[head.left_edge.i:first]))
    return Found(cue=cue, cue_span=_chars(_verb_group(tok)), content_span=_chars(content), source_tokens=_subtree(subject),
                 negated=_is_negated(tok)) if content else None


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
    source_span = _subtree(source)
    if tok.lower_ == "citing" and not _names_a_source(source):  # "…, he said, citing legal risks": a reason given
        return Found(cue=replace(cue, kind="report"), cue_span=_chars(cue_tokens), content_span=_chars(source_span),
                     source_tokens=_subject(tok))
    frame = tok.head if tok.dep_ in ("xcomp", "advcl", "acl") and _cue_for(tok.head, "VERB") is not None else None
    reported = next((c for c in frame.children if c.dep_ == "ccomp"), None) if frame is not None else None
    if reported is not None:  # "…, News.Az reports citing foreign media": what is reported is the content
        return Found(cue=cue, cue_span=_chars(cue_tokens), content_span=_chars(_span(reported)),
                     source_tokens=source_span)
    content = _rest_of_clause(frame or tok)
    return Found(cue=cue, cue_span=_chars(cue_tokens), content_span=content, source_tokens=source_span)


def _names_a_source(noun: "Token") -> bool:
    """Whether what is cited is someone or something that speaks ("citing officials", "citing a new poll"),
    not a reason ("citing legal risks")."""
    cue = _cue_for(noun, "NOUN")
    return noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or noun.pos_ in ("PROPN", "PRON") \
        or bool({noun.lemma_.lower(), noun.lower_} & SOURCE_NOUNS) or _is_document(noun) or cue is not None and cue.kind == "noun"


def _rest_of_clause(phrase_head: "Token") -> tuple[int, int]:
    """What a phrase that names a source comments on: the longer part of its clause before or after it.

    "…, which according to X is overseen by the UN": the content stays in the clause that holds the cue.
    "Kasich said he would have fired him, according to press reports": at the end of what a cue verb
    reports, the phrase names who reports the saying, so the whole sentence is the content.
    """
    phrase = list(phrase_head.subtree)
    if phrase_head.dep_ == "ROOT":  # "That's according to X", "according" read as the verb: the phrase starts at it
        phrase = [t for t in phrase if t.i >= phrase_head.i]
    sent = phrase_head.sent
    holder = phrase_head.head
    reports_saying = holder.dep_ == "ccomp" and holder.head.i < holder.i and _cue_for(holder.head, "VERB") is not None \
        and phrase[-1].i + 1 >= sent.end - 1
    if holder.dep_ in ("relcl", "advcl", "ccomp") and holder.i != holder.head.i and not reports_saying:
        clause = [t for t in holder.subtree if not t.is_punct or t.i > phrase[0].i]
        sent = phrase_head.doc[clause[0].i:clause[-1].i + 1]
    before = (sent.start_char, phrase[0].idx)
    after = (phrase[-1].idx + len(phrase[-1].text), sent.end_char)
    return before if before[1] - before[0] >= after[1] - after[0] else after


def _in_source(noun: "Token") -> "Cue | None":
    """A noun after "in" that names where a finding is stated: "in a new poll", "in the average of recent
    surveys" (a ``source`` noun, or one that gathers them with "of")."""
    cue = _cue_for(noun, "NOUN")
    if cue is not None and cue.kind == "source":
        return cue
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    gathered = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    cue = _cue_for(gathered, "NOUN") if gathered is not None else None
    return cue if cue is not None and cue.kind == "source" else None


def in_source(tok: "Token") -> Found | None:
    """"Trump leads by ten points in a new poll", "In the survey, most voters said …": one poll is the source,
    the rest of the clause the content."""
    if tok.lower_ != "in" or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
        return None  # "his lead in the poll": the finding is the verb's clause
    noun = next((c for c in tok.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or noun.tag_ in ("NNS", "NNPS"):
        return None  # "leads in the polls": a standing over many polls, not one poll's finding
    cue = _in_source(noun)
    if cue is None:
        return None
    return Found(cue=cue, cue_span=_chars([tok]), content_span=_rest_of_clause(tok),
                 source_tokens=_subtree(noun))


def _stance_phrase(prep: "Token") -> tuple["Cue | None", list["Token"], "Token | None"]:
    """"in support of", "in the hope of", "in opposition to": a prepositional cue of ``cues.tsv`` (``ADP``),
    its tokens and the object it links to."""
    noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    link = next((c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1), None) if noun is not None else None
    obj = next((c for c in link.children if c.dep_ in ("pobj", "pcomp")), None) if link is not None else None
    if obj is None or any(t.dep_ != "det" for t in prep.doc[prep.i + 1:noun.i]):
        return None, [], None
    tokens = list(prep.doc[prep.i:link.i + 1])
    phrase = " ".join([prep.lower_] + [t.lower_ for t in tokens[1:-2]] + [noun.lemma_.lower(), link.lower_])
    return cues().get((phrase, "ADP")), tokens, obj


def stance_phrase(tok: "Token") -> Found | None:
    """"Graham came out in support of Cruz", "protests in favor of the rival": the one who acts (the verb's
    subject, or the noun the phrase describes) holds the stance toward the object."""
    if tok.dep_ != "prep" or tok.lower_ != "in":
        return None
    cue, tokens, obj = _stance_phrase(tok)
    if cue is None:
        return None
    head = tok.head
    if head.pos_ in ("VERB", "AUX"):
        source = _subject(head)
    elif head.pos_ in ("NOUN", "PROPN"):
        source = tok.doc[head.left_edge.i:head.i + 1]
    else:
        source = None
    return Found(cue=cue, cue_span=_chars(tokens), content_span=_chars(_span(obj)), source_tokens=source)


def adverb_cue(tok: "Token") -> Found | None:
    """"Troops reportedly crossed …": a claim with no named source."""
    cue = cues().get((tok.lower_, "ADV"))
    if cue is None or tok.dep_ != "advmod":
        return None
    head = tok.head
    return Found(cue=cue, cue_span=_chars([tok]), content_span=_chars(_span(head)))
