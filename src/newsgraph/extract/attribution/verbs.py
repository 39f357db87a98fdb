"""Verb cues: a cue verb with the clause, object or linked phrase it reports (``verb_cue``)."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .groups import _governed, _medium, _verb_group, _with_colon
from .lexicon import (CONTENT_PRONOUNS, EXPLETIVES, LINK_PREPS, MAX_NAME_TOKENS, MEDIA, NAMING, OBJECT_KINDS,
                      MIN_SPEECH_WORDS, OBJECT_PREPS, RELATIVE_TAGS, SAID_NOUNS, SPEECH_KINDS, STUDIES, TELLING,
                      WORDING_VERBS, Cue, Found, _cue_for, _cue_object, _for_clauses, _is_negated, _object_links,
                      _what_was_said)
from .sources import _is_document, _subject, _subjects_before
from .spans import _chars, _contiguous, _set_off, _span, _strip, _subtree, _that_clause

if TYPE_CHECKING:
    from spacy.tokens import Token

def _clause(verb: "Token", cue: Cue) -> "Token | None":
    """The reported clause: a ccomp, an infinitive ("declined to comment") or an if/whether clause after ask."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.lower_ != "citing":
            return child
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        # "said in a statement that …", "said in one of a series of messages that …" (the clause hung on "series")
        if not any(t.lower_ in MEDIA for t in prep.subtree):
            continue
        for noun in prep.subtree:
            clause = _that_clause(noun)
            if clause is not None:
                return clause
    for hearer in (c for c in verb.children if c.dep_ in ("dobj", "dative") and cue.kind == "say"):
        clause = _that_clause(hearer)  # "assured [residents] that …" parsed as a clause of the hearer
        if clause is not None:
            return clause
    stray = _stray_that_clause(verb, cue)
    if stray is not None:
        return stray
    for mark in _for_clauses(verb):
        if cue.lemma.endswith(" for"):  # "called for Trump to drop out"
            return mark.head
    for child in verb.children:
        if child.dep_ == "xcomp" and cue.kind != "say" and (child.tag_ == "VBG" and child.lower_ not in ("citing", "quoting")
                                                          or any(c.lower_ == "to" for c in child.children)):
            return child  # "declined to comment", "supports squeezing out …"; not "reports citing X"
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and any(c.dep_ == "ccomp" for c in child.children):
            return child  # "said [seeing so many officers] was a welcome sight", the subject read as a participle
        if child.dep_ == "xcomp" and child.i > verb.i and _relative(verb) is not None:
            return child  # "the drawdown, which they say [left] a vacuum", the clause read as a complement
        if child.dep_ == "advcl" and child.i > verb.i and any(
                c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children):
            return child
        if child.dep_ == "advcl" and child.i > verb.i and _marked_that(child):
            return child  # "recalled in 2008 [that before Iowa, Obama was not treated …]", read as an adverbial
    return None


# How far after its verb of saying a "that" clause the parser hung elsewhere may start: "told The Post before he
# spoke to the committee [that] …", "is telling customers at a breakfast spot in Manchester [that] …".
MAX_STRAY_GAP = 15


def _stray_that_clause(verb: "Token", cue: Cue) -> "Token | None":
    """A "that" clause after a cue verb, hung by the parser on a word between them: "predicted at the debate
    [that Republicans will win]", "told Yahoo News in a story posted this week [that he believes …]". The
    clause is the first one "that" opens in the verb's phrase, with no stop, colon or quotation mark before
    it, and only the verb's hearer and modifiers between (for a verb of saying with a hearer, anything)."""
    doc = verb.doc
    hearer = cue.kind == "say" and any(c.dep_ in ("dobj", "dative") and c.i > verb.i for c in verb.children)
    modifiers = {t.i for c in verb.children if c.i > verb.i and c.dep_ in STRAY_HOSTS for t in _subtree(c)}
    for tok in doc[verb.i + 1:min(verb.right_edge.i + 1, verb.i + MAX_STRAY_GAP)]:
        if tok.text in (".", ";", ":", "?", "!") or tok.is_quote:
            return None
        if tok.lower_ == "that":
            clause = _opened_by_that(tok)
            if clause is None or not hearer and any(i not in modifiers for i in range(verb.i + 1, tok.i)):
                return None
            return clause
    return None


# What may stand between a cue verb and a "that" clause hung on a word inside it: "told [reporters] [in Ohio]".
STRAY_HOSTS = {"dobj", "dative", "prep", "npadvmod", "advmod", "prt"}


def _opened_by_that(that: "Token") -> "Token | None":
    """The clause "that" opens: the verb it marks, or a relative clause with no gap for "that" to fill, which
    is a complement ("the debate [that Republicans will take every state]": "take" has its own object)."""
    head = that.head
    if head.i < that.i or head.pos_ not in ("VERB", "AUX") \
            or head.dep_ == "acl" and _cue_for(head.head, "NOUN") is not None:
        return None  # "expressed hope [that …]": the clause of a noun cue is the noun's
    if that.dep_ in ("mark", "advmod"):
        return head
    if that.dep_ in ("dobj", "nsubj") and head.dep_ == "relcl" \
            and any(c.dep_ == that.dep_ and c.i != that.i for c in head.children):
        return head
    return None


def _marked_that(clause: "Token") -> bool:
    """A clause opened by a bare "that" (not "so that", "now that", "given that")."""
    marks = [c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i]
    return bool(marks) and marks[0].lower_ == "that"


def _cut_at_cue(tokens: list["Token"], clause: "Token") -> list["Token"]:
    """End the content before a coordinated or participial verb of saying of the same speaker, or before a
    clause with a speaker and cue of its own.

    "X said A, referring to B", "X said A and warned (or urged) B" and "X said A, while others said B" are two
    attributions each: A is the first content. An attitude is part of what was said: "X said A and
    hoped B" is one.
    """
    for tok in tokens:
        if tok.i <= clause.i or tok.dep_ not in ("conj", "advcl") or tok.pos_ != "VERB" or _spine(tok.head) != clause:
            continue  # "disturbed by X condoning and [encouraging] violence": deeper in the content, part of it
        if _own_speaker(tok):
            if _other_report(tok):
                return _before(tokens, tok)  # "A, while others said B": B's speaker and cue are their own
            continue
        if tok.dep_ == "advcl" and tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        cue = _cue_for(tok, "VERB")
        if cue is not None and cue.kind in SPEECH_KINDS:
            return _before(tokens, tok)
    return tokens


def _spine(verb: "Token") -> "Token":
    """The first of a chain of coordinated verbs: "said A and warned B" → said."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _other_report(verb: "Token") -> bool:
    """A clause that reports another speaker's words: "…, while others said B" (a contrast) or "… and
    Trump says B" (a verb of saying with a clause of its own); "because she wanted …" is part of A."""
    cue = _cue_for(verb, "VERB")
    if cue is None or cue.kind in ("source", "seem") or not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if verb.dep_ == "advcl":
        return bool(marks & CONTRAST)
    return not marks and cue.kind == "say"


# Conjunctions that set a clause against the one before it: "…, while others said …".
CONTRAST = {"while", "whereas"}


def _own_speaker(verb: "Token") -> bool:
    """A verb with a subject of its own ("others said"), not an empty "it"."""
    return any(c.dep_ == "nsubj" and c.lower_ not in EXPLETIVES for c in verb.children)


def _before(tokens: list["Token"], verb: "Token") -> list["Token"]:
    """The content up to the coordinated or subordinate clause of ``verb``, without a trailing "and"."""
    kept = _strip([t for t in tokens if t.i < verb.left_edge.i])
    while kept and kept[-1].dep_ == "cc":
        kept = _strip(kept[:-1])
    return kept or tokens


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
    """Leave out a trailing aside the author adds, "the plan, which had been in the works since May", or a
    participle of the speaker's own: "denied the notion that a shakeup is coming, [explaining] that …"."""
    first = tokens[0].i
    for tok in tokens[1:]:
        comma = _set_off(tok)
        if (tok.dep_ == "relcl" or _reporting_participle(tok)) and comma is not None and comma > first:
            return _strip(tokens[:comma - first])
    return _strip(tokens)


def _reporting_participle(verb: "Token") -> bool:
    """A participle of a cue verb with no subject of its own: "…, explaining that …", "…, promising to …"."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    cue = _cue_for(verb, "VERB")
    return cue is not None and cue.kind not in ("source", "seem")


# A one-word answer as what was said: "46 percent said yes".
ANSWERS = {"yes", "no"}


def _object(verb: "Token", cue: Cue) -> list["Token"] | None:
    """A direct object as content: "denied the report", "called Trump 'unhinged'"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    naming = verb.lemma_.lower() in NAMING
    if cue.lemma in NAMING and verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" \
            and not any(c.dep_ == "agent" for c in verb.children):
        return None  # "a class called 'Perception'", "the so-called rebels": a name, given by no one in particular
    if obj is None and naming and not any(c.dep_ == "dobj" for c in verb.children):
        name = next((c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i), None)
        # "would call [that wishful thinking]", one phrase read; "called [Trump "the orange prince"]"
        return _up_to_quoted_name(verb) or (_span(name) if name is not None else None)
    if obj is None:
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and cue.kind in OBJECT_KINDS and cue.kind != "urge":  # "the plan was rejected by X"
            return _span(passive)
        so = next((c for c in verb.children if c.i == verb.i + 1 and (c.dep_ == "advmod" and c.lower_ == "so"
                                                                    or c.dep_ in ("intj", "dobj") and c.lower_ in ANSWERS)), None)
        return [so] if so is not None else None  # "said so", "said yes"
    if naming:
        named = any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "npadvmod", "dobj") and c.i > obj.i for c in verb.children) \
            or any(c.dep_ == "appos" and c.i > obj.i for c in obj.children)
        return _complements(verb, obj) if named else _up_to_quoted_name(verb)
    if cue.kind not in OBJECT_KINDS and obj.lower_ not in CONTENT_PRONOUNS and verb.lemma_.lower() not in WORDING_VERBS \
            and not _said_noun(obj) \
            and not _found_by_study(verb) or obj.ent_type_ in ("DATE", "TIME"):
        return None
    return _complements(verb, obj)


def _said_noun(obj: "Token") -> bool:
    """An object that is what was said, with what it is about: "told [the story of how …]", "told [a joke about
    the race]"; a bare "told jokes" reports nothing."""
    return obj.lemma_.lower() in SAID_NOUNS and any(c.dep_ in ("prep", "acl", "relcl") and c.i > obj.i for c in obj.children)


# Kinds of cue whose object, when a relative clause or a passive participle leaves it out, is the noun they hang on.
GAP_KINDS = OBJECT_KINDS - {"urge"}


def _up_to_quoted_name(verb: "Token") -> list["Token"] | None:
    """What a naming verb says up to the quoted name, however the parser hung it: "called [Ford's plans to
    open a plant in Mexico "an absolute disgrace]"", "called [that "beyond preposterous]"". None when no
    quoted phrase of a few words follows in the verb's own phrase."""
    doc = verb.doc
    end = verb.right_edge.i + 1
    while end < len(doc) and doc[end].is_punct and end <= verb.right_edge.i + 2:
        end += 1  # the closing mark after a comma: '… "insanity," and'
    marks = [t.i for t in doc[verb.i + 1:end] if t.is_quote]
    if len(marks) < 2 or not 2 <= marks[1] - marks[0] <= MAX_NAME_TOKENS + 1:
        return None
    between = doc[verb.i + 1:marks[0]]
    if any(t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in t.children) or t.text in (".", ";", ":")
           for t in between):
        return None  # another clause with a speaker of its own before the quotation
    return _strip(list(doc[verb.i + 1:marks[1] + 1])) or None


def _found_by_study(verb: "Token") -> bool:
    """A poll, study or document as the subject: its object is its finding ("A survey found [90 percent support]")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (_is_document(subject) or subject.lemma_.lower() in STUDIES)


def _wh_named(verb: "Token", cue: Cue) -> list["Token"] | None:
    """A name given to a fronted "what", "which" or "that": "in [what officials called a hate crime]", "the pact,
    [which Trump had called a disaster]", "[what she described as a broken system]". The content is the whole
    clause, from the wh-word to the name, as attribution corpora mark it."""
    wh = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i and c.tag_ in RELATIVE_TAGS), None)
    if wh is None:
        return None
    if verb.lemma_.lower() in NAMING:
        name = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "oprd", "xcomp", "attr", "ccomp")]
    elif cue.kind in OBJECT_KINDS:
        name = [c for c in verb.children if c.i > verb.i and c.dep_ == "prep" and c.lower_ == "as"]
    else:
        return None
    return list(verb.doc[wh.i:name[-1].right_edge.i + 1]) if name else None


def _relative(verb: "Token") -> "Token | None":
    """The relative pronoun a relative clause of saying opens with: "the vote, [which] she said was a mistake"."""
    if verb.dep_ != "relcl":
        return None
    first = verb.left_edge
    if first.tag_ not in RELATIVE_TAGS or not any(c.dep_ == "nsubj" and c.i > first.i for c in verb.children):
        return None
    return first


def _around_relative(verb: "Token", group: list["Token"], content: list["Token"]) -> list[list["Token"]]:
    """The clause a relative clause of saying reports, in two pieces, the relative pronoun and the clause after the
    cue, as attribution corpora mark it: "which officials said will go into effect" → "which", "will go into
    effect"; any other content in one piece."""
    rel = _relative(verb)
    if rel is None or not content or content[-1].i <= group[-1].i:
        return [content]
    after = _strip([t for t in content if t.i > group[-1].i])
    return [[rel], after] if after else [content]


def _gapped_object(verb: "Token", cue: Cue) -> list["Token"] | None:
    """The noun a cue reports when its object is the noun it describes: "the plan, [which] he defended",
    "[an arrangement] the campaign has criticized", "[the law], opposed by Democrats"."""
    head = verb.head
    if cue.kind not in GAP_KINDS or head.pos_ not in ("NOUN", "PROPN", "PRON") or head.i > verb.i:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") and c.i > verb.i or c.dep_ == "prep" and not list(c.children)
           for c in verb.children):
        return None  # an object of its own, or a stranded preposition ("the judge he was referring to")
    if verb.dep_ == "relcl":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ in RELATIVE_TAGS:
            return None  # "a memo, which criticized …": the noun is the speaker
        pronoun = verb.left_edge  # the object of the verb or of its conjunct: "which he defended and minimized"
        if pronoun.dep_ == "dobj" and pronoun.tag_ in RELATIVE_TAGS:
            return [pronoun]
    elif verb.dep_ != "acl" or verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return None
    return _strip(list(verb.doc[head.left_edge.i:verb.left_edge.i])) or None


def _linked(verb: "Token", cue: Cue, fixed: list["Token"]) -> tuple["Token", list["Token"]] | None:
    """A preposition that links the cue to its content: "talked about [the economy]"; ``fixed`` is the object the
    cue words ("took [issue] with"), if any."""
    preps = LINK_PREPS.get(cue.kind, LINK_PREPS["default"]) | set(cue.lemma.split()[-1:]) - {cue.lemma}
    # the particle of a multiword cue links too: "scoffed at …", "shrugged off …"
    hearer = [t for c in verb.children if c.dep_ in ("dobj", "dative") and cue.kind == "say" for t in c.subtree]
    for child in list(verb.children) + (_object_links(verb, fixed) if fixed else []):
        if child.dep_ not in ("prep", "prt") or child.i < verb.i or child.lower_ not in preps:
            continue
        if child.head.i == verb.i and not _only_modifiers_between(verb, child, fixed + hearer):  # "reminded [voters] of …"
            continue
        pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
            return child, _before_aside(list(_subtree(pobj)))
    return None


def _only_modifiers_between(verb: "Token", link: "Token", fixed: list["Token"]) -> bool:
    """Nothing but the verb's particles, adverbs, other prepositional phrases and the object its cue words
    between the verb and the preposition that links it to its content: "testified [before the committee]
    about …", "took [issue] with …"."""
    between = {t.i for t in verb.doc[verb.i + 1:link.i]} - {t.i for t in fixed}
    modifiers = [c for c in verb.children if c.i in between
                 and (c.dep_ in ("prt", "advmod", "prep", "npadvmod") or c.ent_type_ in ("DATE", "TIME"))]  # "called Friday for"
    return between == {t.i for m in modifiers for t in _subtree(m)}


def _with_subject(verb: "Token", clause: "Token", content: list["Token"]) -> list["Token"]:
    """"urged [the United States] to attack …": an infinitive's object-subject belongs to the content."""
    if clause.dep_ != "xcomp":
        return content
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj") and verb.i < c.i < clause.i), None)
    if obj is None or obj.right_edge.i + 1 != content[0].i:
        return content
    return list(verb.doc[obj.left_edge.i:content[-1].i + 1])


def _clause_before(verb: "Token", cue: Cue) -> list["Token"] | None:
    """"A girl outside the venue was pepper-sprayed by a bystander, [police said]." when the parser has not
    tied the clause to the verb: a verb of saying that ends its sentence, right after its subject and a
    comma, reports the sentence before the comma."""
    doc = verb.doc
    subjects = _subjects_before(verb)
    hearer = verb.lemma_.lower() in TELLING  # "…, he told [reporters]."
    if cue.kind not in SPEECH_KINDS or not subjects or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) \
            or any(c.dep_ == "dobj" and (not hearer or _what_was_said(c)) for c in verb.children):
        return None
    comma = _set_off(subjects[-1])
    if comma is None or comma <= verb.sent.start or verb.dep_ == "parataxis" \
            or any(not t.is_punct for t in doc[verb.right_edge.i + 1:verb.sent.end]) \
            or any(t.dep_ not in TRAILING_DEPS and not _reporting_participle(t) and not (hearer and t.dep_ in ("dobj", "dative"))
                   for t in doc[verb.i + 1:verb.sent.end] if t.head.i == verb.i):
        return None  # the sentence ends with the verb's phrase ("…, the source recalled, [adding] that …" may follow)
    content = _strip(list(doc[verb.sent.start:comma]))
    if content and content[0].dep_ == "mark" and not any(t.text == "," for t in content):
        return None  # "After the rally ended, he said …": an adverbial clause, not what was said
    if any(t.head.i == verb.i and t.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
           for t in content):
        return None  # "Asked whether he would resign, Priebus said, …": a participle sets the scene
    return content if len([t for t in content if t.is_alpha]) >= MIN_CLAUSE_WORDS else None


def _paragraph_after_colon(verb: "Token", cue: Cue) -> list["Token"] | None:
    """"Hewitt writes:⏎⏎The movie mentions …": a verb of saying whose paragraph ends in a colon after it
    introduces the next paragraph."""
    doc = verb.doc
    colon = next((t for t in doc[verb.i + 1:verb.sent.end + 1] if t.text == ":"), None)
    if cue.kind not in SPEECH_KINDS or colon is None or colon.i + 2 >= len(doc) or "\n" not in colon.whitespace_ + doc[colon.i + 1].text \
            or any(t.pos_ in ("VERB", "AUX") or not verb.is_ancestor(t) for t in doc[verb.i + 1:colon.i] if not t.is_punct):
        return None
    start = colon.i + 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    end = start
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    content = _strip(list(doc[start:end]))
    return content if len([t for t in content if t.is_alpha]) >= MIN_SPEECH_WORDS else None


# What may follow a verb of saying that ends its sentence: "police said [on Tuesday] [in a statement]."
TRAILING_DEPS = {"punct", "npadvmod", "prep", "advmod", "prt"}
MIN_CLAUSE_WORDS = 4


def _no_holder(verb: "Token") -> bool:
    """A verb form that puts no one's words or views forward: an imperative ("Support the troops", "Ask
    him") or an infinitive that describes a noun ("his refusal to condemn …", "the only senator to endorse
    X", "a chance to show that …")."""
    if verb.tag_ != "VB":
        return False
    if verb.dep_ in ("acl", "relcl"):
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass")
                                             for c in verb.children)


# Phrases in which a verb of saying attributes nothing: "That said, Cruz cannot …".
IDIOMS = ("that said", "having said that", "needless to say", "suffice it to say", "that is to say", "so to speak")


def _in_idiom(verb: "Token") -> bool:
    doc = verb.doc
    return any(doc[max(0, verb.i - len(p.split()) + 1):verb.i + 1].text.lower() == p
               or doc[max(0, verb.i - 1):verb.i + 2].text.lower() == p for p in IDIOMS)


def verb_cue(tok: "Token") -> list[Found] | None:
    """"X said (that) …", "X told Y that …", "X could not confirm reports of …", "X talked about …"."""
    if tok.pos_ not in ("VERB", "AUX") or _no_holder(tok) or _in_idiom(tok):
        return None
    cue = _cue_for(tok, "VERB")
    if cue is not None and cue.kind == "source" and tok.lower_ not in ("citing", "quoting") \
            and any(c.dep_ == "nsubj" for c in tok.children):
        cue = replace(cue, kind="report")  # "He cited reports of …": a finite "cite" reports its object
    if cue is None or cue.kind in ("source", "seem") or cue.lemma.endswith(" it"):
        return None  # "as she put it": only a parenthetical
    group = _governed(tok, _verb_group(tok))
    clause = _clause(tok, cue)
    if clause is not None:
        content = _with_subject(tok, clause, _cut_at_cue(_span(clause), clause))
        marks = [t for t in content[:1] if t.dep_ == "mark" and t.lower_ == "for" and t.head.i == clause.i]
        if marks:  # "called for [her to quit]": "for" links the cue to its content
            content, group = content[1:], _contiguous(group + marks)
    else:
        fixed = _cue_object(tok, cue)  # "took [issue] with": the object is part of the cue
        content = None if fixed else _object(tok, cue) or _wh_named(tok, cue) or _gapped_object(tok, cue)
        linked = _linked(tok, cue, fixed) if content is None else None
        if linked is not None:
            prep, content = linked
            if all(t.head.i == tok.i and t.dep_ in ("prt", "advmod") or t in fixed for t in tok.doc[tok.i + 1:prep.i]):
                group = _contiguous(group + fixed + [prep])  # "talked (openly) about"; not "testified before X about"
        elif content is None:
            content = _paragraph_after_colon(tok, cue) or _clause_before(tok, cue)  # "He wrote:⏎…", "…, police said."
    if not content:
        return None
    inside = {t.i for t in content}
    group = [t for t in group if t.i not in inside] or group
    if content[0].i > group[-1].i:
        group = _with_colon(_medium(group))
    return [Found(cue=cue, cue_span=_chars(group), content_span=_chars(piece), source_tokens=_subject(tok),
                  negated=_is_negated(tok))
            for piece in (_around_relative(tok, group, content) if clause is not None else [content])]


def noun_read_as_verb(tok: "Token") -> Found | None:
    """"Trump predicts that …", "The ad slams Kasich for …": a verb of the third person read as a plural noun at
    the root of its sentence, its subject as the noun's modifiers; the rest of the sentence is what it says."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "ROOT" or tok.tag_ not in ("NNS", "NNPS") or tok.is_title \
            or not tok.lower_.endswith("s") or tok.i == tok.sent.start:
        return None
    cue = _cue_for(tok, "VERB")
    if cue is None or cue.kind in ("source", "seem"):
        return None
    subject = _strip(list(tok.doc[tok.left_edge.i:tok.i]))
    if not subject or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in subject) \
            or any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_TEXTS for t in subject):
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    content = _span(clause) if clause is not None else _strip(list(tok.doc[tok.i + 1:tok.right_edge.i + 1]))
    if not content:
        return None
    return Found(cue=cue, cue_span=_chars([tok]), content_span=_chars(content),
                 source_tokens=tok.doc[subject[0].i:subject[-1].i + 1], negated=False)


def records_show(tok: "Token") -> list[Found] | None:
    """"…, campaign finance records show." and "…, records show, and …": a verb of reporting read as a noun after
    the plural of a study ("records", "polls", "documents"), set off by a comma; the clause around it is what
    they show."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].tag_ != "NNS" or doc[tok.i - 1].lemma_.lower() not in STUDIES:
        return None
    cue = _cue_for(tok, "VERB")
    first = doc[tok.i - 1].left_edge.i
    while first > tok.sent.start and doc[first - 1].head.i in (tok.i, tok.i - 1) and doc[first - 1].dep_ == "compound":
        first -= 1
    if cue is None or cue.kind != "report" or first <= tok.sent.start or doc[first - 1].text != ",":
        return None
    before = _strip(list(doc[tok.sent.start:first - 1]))
    after = _strip(list(doc[tok.i + 2:tok.sent.end])) if tok.i + 1 < tok.sent.end and doc[tok.i + 1].text == "," else []
    if after and after[0].dep_ == "cc":
        after = []  # "…, records show, and experts say …": the next clause says its own
    source = doc[first:tok.i]
    return [Found(cue=cue, cue_span=_chars([tok]), content_span=_chars(piece), source_tokens=source, negated=False)
            for piece in (before, after) if len([t for t in piece if t.is_alpha]) >= MIN_CLAUSE_WORDS] or None


QUOTE_TEXTS = {'"', "'", "''", "``"}


# What "seem" and "appear" say of their subject: "seems [to win]", "seemed [so stark]", "appears [a mistake]".
SEEM_COMPLEMENTS = ("xcomp", "acomp", "attr", "oprd", "ccomp")


def seem_cue(tok: "Token") -> list[Found] | None:
    """"Sanders appears to have a slight lead", "it seems (that) …": the author's impression, no source.

    The content is what seems so and what it seems to be, in two pieces (the subject and the
    complement), or the clause alone after an empty "it". "Rubio seemed to urge …" is left to the
    inner cue, whose group takes "seemed to".
    """
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    cue = _cue_for(tok, "VERB")
    if cue is None or cue.kind != "seem":
        return None
    complement = next((c for c in tok.children if c.dep_ in SEEM_COMPLEMENTS and c.i > tok.i), None)
    group = _verb_group(tok)
    like = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "like" and c.i == group[-1].i + 1), None)
    if complement is None and like is not None:  # "seems like a fair idea": "like" joins the cue
        complement = next((c for c in like.children if c.dep_ == "pobj"), None)
        group = group + [like]
    if complement is None or complement.pos_ in ("VERB", "AUX") and _cue_for(complement, "VERB") is not None \
            or complement.pos_ == "ADJ" and _cue_for(complement, "ADJ") is not None:
        return None  # "seemed to urge", "seemed hopeful that …": the inner cue reports
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    pieces = [_span(complement) if complement.dep_ != "xcomp" else _strip(list(tok.doc[group[-1].i + 1:complement.right_edge.i + 1]))]
    if subject is not None and subject.lower_ not in ("it", "there"):
        pieces.insert(0, _span(subject))
    return [Found(cue=cue, cue_span=_chars(group), content_span=_chars(p), negated=_is_negated(tok))
            for p in pieces if p] or None
