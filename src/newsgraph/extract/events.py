"""Events: who did what to whom, coded in PLOVER (type, mode, context) with a CAMEO code.

Triggers come from ``lexicons/events.tsv`` (verb and noun lemmas, phrasal particles, and an optional
object the verb must take: "sign" is AGREE only with a pact, treaty or deal). Actors are the
trigger's subject (or passive agent, or the subject it inherits through "to"/"by"/"and" clauses,
or a noun's possessor); recipients are its object and the objects of "to/against/with/on".
Every event is linked to the claims whose content holds its trigger, and gets its factuality.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from newsgraph.extract.actors import entity_of
from newsgraph.extract.factuality import combine, cue_factuality, local_factuality
from newsgraph.lexicons import load, split
from newsgraph.model import Claim, Event, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsgraph.extract.attribution import Found

RECIPIENT_PREPS = {"to", "against", "with", "on", "toward", "towards", "from", "at", "into"}
INHERIT_DEPS = {"xcomp", "advcl", "conj", "pcomp", "acl"}
NESTED_DEPS = {"ccomp", "relcl", "advcl", "acl", "xcomp", "conj", "csubj"}
LOCATION_LABELS = {"GPE", "LOC", "FAC"}


@dataclass(frozen=True)
class Trigger:
    """A row of ``events.tsv``."""

    lemma: str
    pos: str
    type: str
    mode: str | None
    cameo: str | None
    context: tuple[str, ...]
    objects: frozenset[str]


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], list[Trigger]]:
    """Triggers keyed by ``(lemma, pos)``; rows with an object constraint come first."""
    table: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    for r in load("events.tsv"):
        table[(r["lemma"].lower(), r["pos"])].append(Trigger(
            r["lemma"].lower(), r["pos"], r["type"], r["mode"] or None, r["cameo"] or None,
            tuple(split(r["context"])), frozenset(o.lower() for o in split(r["object"]))))
    for rows in table.values():
        rows.sort(key=lambda t: not t.objects)
    return dict(table)


def _objects(tok: "Token") -> list["Token"]:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    return objs + [g for o in objs for g in o.conjuncts]


def match_trigger(tok: "Token") -> Trigger | None:
    """The trigger row that fits a token, checking phrasal particles and object constraints."""
    pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None
    if pos is None:
        return None
    lemma = tok.lemma_.lower()
    keys = [(f"{lemma} {c.lower_}", pos) for c in tok.children if c.dep_ in ("prt", "prep")] + [(lemma, pos)]
    modifiers = ("compound", "amod") if pos == "NOUN" else ("compound",)  # "general strike", "joint exercises"
    object_lemmas = {o.lemma_.lower() for o in _objects(tok)} | {c.lemma_.lower() for c in tok.children if c.dep_ in modifiers}
    for key in keys:
        for row in triggers().get(key, ()):
            if not row.objects or row.objects & object_lemmas:
                return row
    return None


def _actor_ids(tokens: Iterable["Token"], token_actor: dict[int, str]) -> list[str]:
    ids: list[str] = []
    for tok in tokens:
        for t in [tok, *tok.conjuncts]:
            actor = token_actor.get(t.i)
            if actor and actor not in ids:
                ids.append(actor)
    return ids


def _subjects(tok: "Token") -> list["Token"]:
    """Who acts: the subject, the passive agent, or the subject inherited from the governing verb."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    subj += [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if subj:
        return subj
    doc = tok.doc
    if tok.pos_ in ("NOUN", "PROPN"):
        poss = [c for c in tok.children if c.dep_ in ("poss", "compound")]
        of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for p in c.children if p.dep_ == "pobj"]
        return poss or of
    if tok.tag_ in ("VBG", "VBN") and tok.i > 0 and doc[tok.i - 1].pos_ in ("NOUN", "PROPN"):
        return [doc[tok.i - 1]]  # a reduced relative: "troops fighting in Ukraine"
    if tok.dep_ == "pcomp":  # "strengthened ties by signing a pact"
        return _subjects(tok.head.head)
    if tok.dep_ in INHERIT_DEPS and tok.head is not tok:
        return _subjects(tok.head)
    return []


def _recipients(tok: "Token") -> list["Token"]:
    objs = [c for c in tok.children if c.dep_ in ("dobj", "iobj", "dative")]
    if tok.pos_ in ("VERB", "AUX"):
        objs += [c for c in tok.children if c.dep_ == "nsubjpass"]
    objs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
             for p in c.children if p.dep_ == "pobj"]
    return objs


def _clause(tok: "Token") -> list["Token"]:
    """The trigger's own clause: its subtree without nested clauses."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in NESTED_DEPS)
    return out


def _date(tok: "Token", timexes: list[Timex]) -> str | None:
    """The timex in the trigger's clause, or in the clause it depends on ("In June, X … by signing")."""
    while True:
        clause = {t.idx for t in _clause(tok)}
        found = next((x.id for x in timexes if x.span[0] in clause and x.type in ("DATE", "TIME")), None)
        if found or tok.dep_ not in ("pcomp", "xcomp", "advcl", "conj") or tok.head is tok:
            return found
        tok = tok.head.head if tok.dep_ == "pcomp" else tok.head


def _location(tok: "Token") -> str | None:
    """The place named by an "in"/"at" phrase in the trigger's own clause."""
    for t in _clause(tok):
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.ent_type_ in LOCATION_LABELS:
            return entity_of(t).text
    return None


def enclosing_claims(doc: "Doc", tok: "Token") -> list[Claim]:
    """The claims whose content holds the token, outermost first."""
    inside = [c for c in doc._.claims if c.content_span[0] <= tok.idx < c.content_span[1]]
    return sorted(inside, key=lambda c: c.content_span[1] - c.content_span[0], reverse=True)


def predicate_factuality(doc: "Doc", tok: "Token") -> tuple[str, float, list[str]]:
    """``(label, certainty, claim ids)`` of the predicate headed by ``tok``, after the claims around it."""
    claims = enclosing_claims(doc, tok)
    found: dict[str, Found] = doc._.claim_cues
    chain = [cue_factuality(found[c.id]) for c in claims]
    cue_token = None
    if claims:  # the cue's last token is its verb or noun: "could not [confirm]"
        cue = doc.char_span(*claims[-1].cue_span, alignment_mode="expand")
        cue_token = cue[-1].i if cue is not None and len(cue) else None
    label, certainty = combine(chain, local_factuality(tok, cue_token))
    return label, certainty, [c.id for c in claims]


def find_events(doc: "Doc", token_actor: dict[int, str], timexes: list[Timex]) -> list[Event]:
    """The events of a parsed article whose claims are already in ``doc._.claims``.

    RETURNS (list): events with ids ``e1, e2, …`` in text order.
    """
    events: list[Event] = []
    for tok in doc:
        row = match_trigger(tok)
        if row is None:
            continue
        actors = _actor_ids(_subjects(tok), token_actor)
        recipients = [a for a in _actor_ids(_recipients(tok), token_actor) if a not in actors]
        if not actors and not recipients:
            continue
        label, certainty, claim_ids = predicate_factuality(doc, tok)
        events.append(Event(
            id=f"e{len(events) + 1}", type=row.type, mode=row.mode, context=list(row.context), cameo=row.cameo,
            actors=actors, recipients=recipients, trigger=tok.text, trigger_span=(tok.idx, tok.idx + len(tok.text)),
            date=_date(tok, timexes), location=_location(tok), factuality=label, certainty=certainty,
            claims=claim_ids))
    return events
