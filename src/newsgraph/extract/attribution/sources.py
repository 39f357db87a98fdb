"""Sources: who speaks for a cue verb (its subject, a passive agent, or the subject it hangs on)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import CAUSATIVES, EXPLETIVES, MEDIA, SPEECH_KINDS, _cue_for
from .spans import _set_off, _subtree

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

def _is_expletive(tok: "Token", verb: "Token") -> bool:
    """"It is said that …", "There is concern that …", "It seems …": an empty subject, no source."""
    return tok.lower_ in EXPLETIVES and (tok.dep_ == "expl" or verb.tag_ == "VBN" or verb.lemma_ in ("seem", "appear"))


def _subject(verb: "Token") -> "Span | None":
    """The speaker: the verb's subject, a passive agent ("by X"), or the subject of the verb it hangs on.

    "X announced A and said B", "X tweeted, adding that …": X speaks both.
    """
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and not _is_expletive(c, verb)]
    for child in verb.children:  # a subject or an agent, whichever comes first
        if subjects and child.i == subjects[0].i:
            return _subtree(_nearest(subjects, verb))
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _subtree(pobj)
    inverted = _inverted_speaker(verb)
    if inverted is not None:
        return _subtree(inverted)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and _has_read_as_is(verb):
        return _subtree(passive)  # "he's predicted big wins": has, not is
    if passive is not None or any(c.dep_ == "expl" for c in verb.children):
        return None
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.head.pos_ == "AUX":
        return _subject(verb.head.head)  # "voters are more likely to say …"
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX") and verb.tag_ == "VBG":
        return _subject(verb.head.head)  # "joined X in calling for …", "by pushing for …"
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        if verb.dep_ == "advcl" and verb.tag_ != "VBG" and not _purpose(verb):
            return None
        controller = _object_control(verb)
        if controller is not None:
            return _subtree(controller)
        return _subject(_speaker_of_report(verb) or _speaker_of_object(verb) or verb.head)
    object_speaker = _speaker_of_object(verb) if verb.dep_ == "acl" else None
    if object_speaker is not None:
        return _subject(object_speaker)  # "talked up her strategy, [promising] to …"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        head = verb.head  # "super PACs supporting X", "a report showing …": the noun the participle describes
        if head.lower_ in MEDIA and head.dep_ == "dobj" and head.head.pos_ == "VERB":
            return _subject(head.head)  # "X issued a statement saying …": X speaks
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
        end = of.right_edge.i if of is not None and of.right_edge.i < verb.i else head.i  # "the share [of voters] saying"
        return verb.doc[head.left_edge.i:end + 1]
    return _misattached_subject(verb)


def _subjects_before(verb: "Token") -> list["Token"]:
    """The verb's subjects before it, in text order; more than one when the parser gave it another clause's."""
    return [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]


def _nearest(subjects: list["Token"], verb: "Token") -> "Token":
    """Of the subjects the parser gave a verb, the one right before it: '"…, but they [award] only 4 percent,"
    campaign manager [Robby Mook] said', "the drawdown, which [they] say left …", "Mr. Sanders, [his aides] said,"."""
    before = [s for s in subjects if s.i < verb.i]
    return before[-1] if before else subjects[0]


def _is_document(noun: "Token") -> bool:
    """A noun that names a written source: "the report", "the memo" (a ``source`` cue noun or a medium)."""
    cue = _cue_for(noun, "NOUN")
    return noun.lower_ in MEDIA or cue is not None and cue.kind == "source"


# Tags of a finite verb, which must have a subject.
FINITE = {"VBD", "VBZ", "VBP"}


def _misattached_subject(verb: "Token") -> "Span | None":
    """The noun phrase right before a finite verb that the parser hung elsewhere: "Viguerie notes" (read as a
    compound), "Senator Harry Reid, the minority leader, said" (a conjunct of the phrase before), "A new
    poll found that …" (the verb read as the noun's modifier)."""
    reports = any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)
    compound = any(c.dep_ == "compound" and c.i == verb.i - 1 for c in verb.children)  # "The ad [slams] X", "ad" its compound
    if not (verb.tag_ in FINITE or verb.tag_ == "VBN" and reports) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "agent") or c.dep_ == "dobj" and not compound
                   for c in verb.children):
        return None  # "…, urges the group": a speaker after the verb is read as its object
    doc = verb.doc
    if verb.dep_ == "acl" and reports and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i == verb.i - 1 - sum(
            1 for t in doc[verb.head.i + 1:verb.i] if t.dep_ in ("npadvmod", "advmod")):
        return doc[verb.head.left_edge.i:verb.head.i + 1]  # "A new poll [found] that …"
    if verb.tag_ not in FINITE:
        return None
    last = verb.i - 1
    if last >= 0 and doc[last].text == ",":
        last -= 1
    if last < 0 or doc[last].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[last]
    while noun.dep_ in ("appos", "compound") and noun.head.i < verb.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "Reid, the minority [leader]" → Reid
    if noun.dep_ not in ("compound", "conj", "appos", "npadvmod", "ROOT") or noun.head.i == verb.i and noun.dep_ != "compound":
        return None
    start = noun.left_edge.i
    if noun.head.i == verb.i:  # "The 30-second [ad] slams": the noun's modifiers hang on the verb too
        while start > verb.sent.start and doc[start - 1].head.i == verb.i and doc[start - 1].dep_ in NOUN_MODIFIERS:
            start = doc[start - 1].left_edge.i
    span = doc[start:last + 1]
    return span if not any(t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":") for t in span) else None


NOUN_MODIFIERS = {"det", "amod", "nummod", "compound", "poss", "nmod", "quantmod"}


def _object_control(verb: "Token") -> "Token | None":
    """"urged the minister to [explain]", "asked voters to [reject] it", "led some to [speculate]": after a directive
    verb (``urge`` cues of ``cues.tsv``) or a causative one an infinitive has the object for its subject ("used a
    phrase to [describe]" does not)."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    directive = _cue_for(verb.head, "VERB")
    if (directive is None or directive.kind != "urge") and verb.head.lemma_.lower() not in CAUSATIVES:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in ("PROPN", "NOUN", "PRON")), None)


def _inverted_speaker(verb: "Token") -> "Token | None":
    """"'…,' added Murphy", "'…,' exhorted the host, actress Jane Doe": after a quoted clause the speaker
    follows the verb, and the parser reads a transitive verb's speaker as its object."""
    doc = verb.doc
    quoted_before = verb.i > 1 and doc[verb.i - 1].is_quote and doc[verb.i - 2].text in (",", "?", "!")
    reported_before = quoted_before or any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    # '"…," said Skelly': the parser may read the name as the verb's object, or as an adverb ("Skelly" tagged ADV)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "advmod", "npadvmod") and c.i > verb.i), None)
    if not reported_before or obj is None or obj.pos_ not in ("PROPN", "NOUN") and not obj.is_title:
        return None
    return obj if obj.left_edge.i == verb.i + 1 else None


def _has_read_as_is(verb: "Token") -> bool:
    """"he's predicted big wins": a contracted "'s" read as a passive "is" before a verb with a direct object
    is "has" (a passive takes no object)."""
    return any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) \
        and any(c.dep_ == "dobj" for c in verb.children)


def _speaker_of_report(verb: "Token") -> "Token | None":
    """"X said [the plan was dead], noting …", "X said [the talks had failed] and warned …": a participle set off
    after a reported clause, or a verb of saying joined to it, belongs to the verb that reports the clause."""
    head = verb.head
    if head.dep_ != "ccomp" or verb.dep_ == "advcl" and _cue_for(head, "VERB") is not None \
            and any(c.dep_ == "nsubj" for c in head.children):
        return None  # "…, the source [recalled], adding …": the participle is the source's
    if verb.dep_ == "conj":
        own = _cue_for(verb, "VERB")
        if own is None or own.kind not in SPEECH_KINDS:
            return None  # "said the talks had failed and [ended]": the clause's own subject
    elif verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    cue = _cue_for(head.head, "VERB")
    return head.head if cue is not None and cue.kind not in ("source", "seem") else None


def _speaker_of_object(verb: "Token") -> "Token | None":
    """"X denied [the notion that a shakeup is coming], explaining …": a participle set off after a verb's object
    (the parser hangs it on the object's clause) belongs to that verb."""
    if verb.dep_ not in ("advcl", "acl") or verb.tag_ != "VBG" or _set_off(verb) is None:
        return None
    up, through_object = verb.head, False
    while up.dep_ in OBJECT_PATH and up.head.i != up.i:
        through_object |= up.dep_ in ("dobj", "pobj")
        up = up.head
        cue = _cue_for(up, "VERB") if up.pos_ == "VERB" else None
        if cue is not None and through_object:
            return up if cue.kind not in ("source", "seem") else None
    return None


# Dependencies from an object's clause up to the verb: "denied [the notion [that a shakeup is coming]]".
OBJECT_PATH = {"acl", "relcl", "ccomp", "prep", "prt", "pobj", "dobj"}


def _purpose(verb: "Token") -> bool:
    """An infinitive of purpose: "visited the studio to discuss …" (the main verb's subject speaks)."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
