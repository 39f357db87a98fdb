"""Noun cues: "X's claim that …", "reports of …", "no confirmed evidence that …"."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .groups import _verb_group
from .lexicon import NOUN_PREPS, RECEIVING, Cue, Found, _cue_for
from .sources import FINITE, _subject
from .spans import _chars, _span, _subtree, _that_clause

if TYPE_CHECKING:
    from spacy.tokens import Token

def noun_cue(tok: "Token") -> Found | None:
    """"X's claim that …", "reports of troops fighting", "her support for the ban", "no evidence that …"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    cue = _cue_for(tok, "NOUN")
    if cue is None or cue.kind != "noun" or (tok.dep_ in ("dobj", "pobj") and _cue_for(tok.head if tok.dep_ == "dobj" else tok.head.head, "VERB")
                       is not None):
        return None  # "could not confirm reports of …", "said in a statement that …": the verb's claim holds it
    cue_tokens = [tok]
    clause = _that_clause(tok)
    if clause is None and tok.dep_ in ("nsubj", "nsubjpass") and _opens_that_clause(tok, tok.head):
        clause = tok.head  # "The claim that the border was closed drew …" parsed with the noun as the clause's subject
    if clause is None:
        clause = _clause_hung_above(tok)
    if clause is None:  # "her promise to build a wall", "his refusal to endorse X"
        clause = next((c for c in tok.children if c.dep_ == "acl" and c.i > tok.i
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if clause is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        clause = _predicate_clause(tok.head)  # "Her argument is that …", "The question was whether …"
    if clause is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in NOUN_PREPS), None)
        clause = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in ("DATE", "TIME")), None) \
            if prep is not None else None
        cue_tokens = [tok, prep] if clause is not None else cue_tokens
    if clause is None:
        return _received(tok, cue)
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        source = _subtree(poss)
    else:  # "Lin Jian expressed hope that …": the speaker of the verb the noun is the object of
        source = _subject(tok.head) if tok.dep_ == "dobj" else None
    if source is None and cue_tokens[-1] is not tok:
        return None  # "the threat of war", "the debate on the bill": a topic, no one holds the view
    negated = any(c.lower_ in ("no", "not") for c in tok.children)
    content = [t for t in _span(clause) if t.i > cue_tokens[-1].i]
    if not content:
        return None
    if tok.dep_ == "ROOT" or tok.head.i == clause.i:  # no main verb outside the clause: the parser ran the two together
        content = _before_main_verb(content)
    return Found(cue=cue, cue_span=_chars(_noun_group(tok, cue_tokens, poss)), content_span=_chars(content),
                 source_tokens=source, negated=negated)


def _received(noun: "Token", cue: Cue) -> Found | None:
    """"The plan drew sharp criticism from the mayor": a noun cue in the object of a receiving verb is about the
    verb's subject, and its source comes after "from"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in RECEIVING or any(c.dep_ == "poss" for c in noun.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    source = next((p for p in list(noun.children) + list(verb.children) if p.dep_ == "prep" and p.lower_ == "from"), None)
    pobj = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
    if pobj is None:
        return None  # "Clinton drew deep support among women", "received the report": no one is named who holds a view
    return Found(cue=cue, cue_span=_chars(_noun_group(noun, [noun], None)), content_span=_chars(_span(subject)),
                 source_tokens=_subtree(pobj), negated=False)


def _predicate_clause(copula: "Token") -> "Token | None":
    """The clause after a copula: "(her fear) is [that it could be too late]"."""
    return next((c for c in copula.children if c.dep_ in ("ccomp", "attr", "advcl") and c.i > copula.i
                 and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children)), None)


def _clause_hung_above(noun: "Token") -> "Token | None":
    """The clause that "that" opens right after the noun, which the parser hung on a verb higher up: "to comply
    with the DOJ demand [that HB2 not be implemented]"."""
    clause = noun.doc[noun.i + 1].head if noun.i + 1 < len(noun.doc) else None
    if clause is None or not _opens_that_clause(noun, clause) or clause.pos_ not in ("VERB", "AUX") \
            or any(a.i == clause.i for a in noun.ancestors):
        return None
    return clause


def _opens_that_clause(noun: "Token", verb: "Token") -> bool:
    """Whether "that" right after the noun marks the clause of ``verb``, to the noun's right."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark" and verb in (nxt.head, nxt.head.head) \
        and verb.i > noun.i


FINITE_OR_MODAL = FINITE | {"MD"}
CLAUSE_BREAKS = {"CCONJ", "SCONJ", "PUNCT"}


def _before_main_verb(tokens: list["Token"]) -> list["Token"]:
    """A "that" clause after a subject noun, cut before the sentence's own verb when the parser ran into it:
    "[that the border was closed] drew criticism", "[that troops would leave] surprised Kyiv".

    The clause keeps its first verb group; the next verb that starts a group of its own (a finite verb, or
    a participle with an object after it) is the main verb. A coordination, a comma or a nested clause
    first leaves the parse as it is.
    """
    doc = tokens[0].doc
    own_verb, gap = False, False
    for t in tokens[1:]:
        finite = t.tag_ in FINITE_OR_MODAL
        if not own_verb:
            own_verb = finite or t.pos_ == "VERB"
            continue
        if t.pos_ in CLAUSE_BREAKS or t.tag_ in ("WDT", "WP", "WRB") or t.lower_ == "that":
            return tokens
        with_object = t.tag_ in ("VBN", "VBD", "JJ") and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("DET", "PROPN", "NOUN", "PRON")
        after = doc[t.i - 1]
        if (finite and (gap or after.tag_ not in FINITE_OR_MODAL)) or (with_object and (gap or after.pos_ in ("VERB", "AUX"))):
            return [u for u in tokens if u.i < t.i]
        gap = gap or t.pos_ not in ("VERB", "AUX", "PART", "ADV")
    return tokens


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


def _held(agent: "Token") -> "list[Token] | None":
    """What an agent noun is for or against: "a critic [of the plan]", "[the mayor's] critic", "a [Lee] supporter"."""
    prep = next((c for c in agent.children if c.dep_ == "prep" and c.i == agent.i + 1 and c.lower_ in NOUN_PREPS), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is not None:
        return [prep] + _span(obj)
    poss = next((c for c in agent.children if c.dep_ == "poss"), None)
    if poss is not None:
        return list(_subtree(poss))
    names = [c for c in agent.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return list(agent.doc[names[0].left_edge.i:names[-1].i + 1]) if names else None


def agent_cue(tok: "Token") -> Found | None:
    """"Ms. Ruiz has long been a critic of the plan", "Mr. Lee is a Ruiz supporter": an agent noun (``believe``
    nouns of ``cues.tsv``) said of someone, who holds the stance toward what the noun is for."""
    if tok.pos_ != "NOUN" or tok.dep_ != "attr":
        return None  # "Ms. Ruiz, a Lee supporter, said": an apposition describes who speaks, it reports nothing
    cue = _cue_for(tok, "NOUN")
    if cue is None or cue.kind != "believe":
        return None
    held = _held(tok)
    if not held:
        return None
    head = tok.head
    source = _subject(head) if head.pos_ in ("AUX", "VERB") else None
    if source is None:
        return None
    if held[0].dep_ == "prep":  # "has been a fierce critic [of] …": the copula, the noun and the preposition
        start = _noun_group(tok, [tok], None)[0].i
        start = min(start, _verb_group(head)[0].i)
        cue_tokens, content = list(tok.doc[start:held[0].i + 1]), held[1:]
    else:  # "a longtime [Ruiz] supporter", "[his] critic": the words after what is held
        cue_tokens, content = list(tok.doc[held[-1].i + 1:tok.i + 1]), held
    return Found(cue=cue, cue_span=_chars(cue_tokens), content_span=_chars(content), source_tokens=source)
