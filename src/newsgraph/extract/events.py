"""Events: who did what to whom, coded in PLOVER (type, mode, context) with a CAMEO code.

Triggers come from ``lexicons/events.tsv`` (verb and noun lemmas, phrasal particles, and an optional
object the verb must take: "sign" is AGREE only with a pact, treaty or deal). Actors are the
trigger's subject (or passive agent, or the subject it inherits through "to"/"by"/"and" clauses);
for a noun, its possessor or nationality, its "by" phrase, the subject of the verb that carries it
("Israel mounted an invasion"), else its "of" phrase. Recipients are its objects, the objects of
"to/against/with/on/between" on it or on its object, the subject of a demanded clause ("demanded
that Togo release …") and the recipients of an offered act ("offered to mediate between …"). An
argument with no actor of its own stands for the actors of its modifiers ("Israeli tanks"), of its
"of" phrase ("thousands of Nigerians") or, for a pronoun, of the subject of a clause above it.
A promised act of cooperation is coded AGREE and a threatened hostile one THREATEN (PLOVER); a
failed or refused one REJECT; a bare threat takes the mode of the act threatened. Contexts come
from the trigger's row and the topic words of its sentence, an ASSAULT's mode from the weapon named
in its clause (``event_grammar.json``), and quantities from the numbers in its clause
(:mod:`newsgraph.extract.quantities`). A verb with a noun subject that resolves to no actor still
gives an event, with no actors. An argument joined to a passive verb shares its subject ("was
indicted and will resign"); an actor of no country comes with the body its phrase ties it to
("activists from the X party"); an event that names no recipient and whose type or trigger aims it
at a place ("protested in Peru", "a curfew in X") takes the country named there. The location is
the most specific place of the clause (of the support verb too, for a noun); ``place`` is the
first of them the gazetteer knows, with coordinates (:mod:`newsgraph.extract.geocode`).
Every event is linked to the claims whose content holds its trigger, and gets its factuality.
Spans are ``(start, end)`` character offsets into the article text, end exclusive.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.extract import gazetteer, geocode
from newsgraph.extract.actors import entity_of
from newsgraph.extract.factuality import enclosing_claims, predicate_factuality
from newsgraph.extract.quantities import find_quantities
from newsgraph.lexicons import load, split
from newsgraph.model import Event, Place, Timex, event_day

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


RECIPIENT_PREPS = {"to", "against", "with", "on", "toward", "towards", "from", "at", "into", "between"}
OBJECT_PREPS = {"to", "against", "with", "on", "toward", "towards", "between", "for", "from"}
DIRECTIVE_TYPES = {"REQUEST", "REJECT", "THREATEN", "ACCUSE"}
# A gerund after these, on a verb with an object, has the object as its doer: "accused X of
# shelling", "blamed X for", "charged X with", "prevented X from".
CONTROL_PREPS = {"of", "for", "with", "from"}
GRAMMAR = load("event_grammar.json")  # word lists of the argument rules; see lexicons/SOURCES.md
# Verbs that only carry a nominal event ("staged a protest", "launched an investigation"): their
# subject is the noun's actor. Verbs with their own meaning ("condemned the attack") are not there.
SUPPORT_VERBS = frozenset(GRAMMAR["support_verbs"])
PARTICIPATE_VERBS = frozenset(GRAMMAR["participate_verbs"])
MEMBER_NOUNS = frozenset(GRAMMAR["member_nouns"])  # "supporters of X" belong to X's side
RELATIONAL_NOUNS = frozenset(GRAMMAR["relational_nouns"])  # "its neighbour" is not "it"
MEASURE_NOUNS = frozenset(GRAMMAR["measure_nouns"])  # "a wave of attacks": the verb of "wave" carries "attacks"
STATIVE_PASSIVES = frozenset(GRAMMAR["stative_participles"])  # "Israel is opposed to …": Israel opposes
PLACE_RECIPIENTS = frozenset(GRAMMAR["place_recipients"])  # "arrived in Bosnia": Bosnia receives the visit
PLACE_RECIPIENT_TYPES = frozenset(GRAMMAR["place_recipient_types"])  # "protested in Serbia": aimed at Serbia
IRREGULAR = {verb: tuple(forms) for verb, forms in GRAMMAR["irregular_forms"].items()}


def _forms(verbs: frozenset[str]) -> frozenset[str]:
    """Inflected forms of verbs, for when the lemmatiser slips ("staged" → "stag")."""
    out = set(verbs)
    for v in verbs:
        stem = v.removesuffix("e")
        out |= {v + "s", v + "es", stem + "ed", stem + "ing", *IRREGULAR.get(v, ())}
    return frozenset(out)


SUPPORT_FORMS = _forms(SUPPORT_VERBS)
PARTICIPATE_FORMS = _forms(PARTICIPATE_VERBS)
# A stated intention turns a cooperative act into AGREE and a hostile one into THREATEN (PLOVER:
# AGREE is a promise or offer to cooperate, THREATEN a warning of a future negative act).
INTENT_AUX = frozenset(GRAMMAR["intent_aux"])
INTENT_HEADS = frozenset(GRAMMAR["intent_heads"])
INTENT = {kind: tuple(value) for kind, value in GRAMMAR["intent"].items()}  # type -> (intended type, CAMEO, mode)
REFUSAL = tuple(GRAMMAR["refusal"])  # "will not accept refugees"
OBLIGATION = frozenset(GRAMMAR["obligation"])
NOT_TRIGGER_ENTS = frozenset({"DATE", "TIME", "PERSON", "GPE", "NORP", "ORG", "LOC", "FAC", "EVENT", "LAW"})
ANAPHORS = frozenset(GRAMMAR["anaphors"])
INHERIT_DEPS = {"xcomp", "advcl", "conj", "pcomp", "acl", "acomp"}
NESTED_DEPS = {"ccomp", "relcl", "advcl", "acl", "xcomp", "conj", "csubj"}
LOCATION_LABELS = {"GPE", "LOC", "FAC"}
LOCATION_PREPS = frozenset(GRAMMAR["location_preps"])  # "in", "at", "near", …
PLACE_NOUNS = frozenset(GRAMMAR["place_nouns"])  # "the town of Gjilan"
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj"}
CONDITION_MARKS = {"if", "unless"}
FAILURE_HEADS = frozenset(GRAMMAR["failure_heads"])  # "failed to reach a deal": a refused act
SPOKEN = {lemma: tuple(code) for lemma, code in GRAMMAR["spoken_uses"].items()}  # lemma -> (type, mode, CAMEO)


def _phrase_index(groups: Iterable[tuple[str, Iterable[str]]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Cue phrases keyed by their first word: ``{"human": [(("human", "rights"), "human_rights")]}``."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for label, phrases in groups:
        for phrase in phrases:
            words = tuple(phrase.lower().split())
            index[words[0]].append((words, label))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))  # the longest phrase first
    return dict(index)


CONTEXT_CUES = _phrase_index(GRAMMAR["context_cues"].items())
MODE_CUES = {kind: [(mode, _phrase_index([(mode, words)])) for mode, words in modes]
             for kind, modes in GRAMMAR["mode_cues"].items()}


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


def _objects(tok: Token) -> list[Token]:
    """The trigger's objects, their conjuncts, and what a measure object is of ("tons of aid")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    objs += [g for o in objs for g in o.conjuncts]
    return objs + [p for o in objs for p in _prep_objects(o, ("of",))]


def match_trigger(tok: Token) -> Trigger | None:
    """The trigger row that fits a token, checking phrasal particles and object constraints."""
    pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None
    if pos is None or (tok.pos_ == "PROPN" and tok.ent_type_ in NOT_TRIGGER_ENTS):
        return None  # "March" the month, "Rally" in a name
    if pos == "VERB" and tok.dep_ in ARGUMENT_DEPS and any(c.dep_ == "det" for c in tok.children):
        return None  # a participle used as a noun: "evacuated [the wounded]"
    lemma = tok.lemma_.lower()
    keys = [(f"{lemma} {c.lower_}", pos) for c in tok.children if c.dep_ in ("prt", "prep")] + [(lemma, pos)]
    modifiers = ("compound", "amod", "nmod") if pos == "NOUN" else ("compound",)  # "general strike", "joint exercises"
    objects = _objects(tok) + (_prep_objects(tok, ("of",)) if pos == "NOUN" else [])  # "the sending of troops"
    mods = [m for c in tok.children if c.dep_ in modifiers for m in (c, *c.conjuncts)]  # "artillery and rocket fire"
    object_lemmas = {o.lemma_.lower() for o in objects} | {o.lower_ for o in objects} | {m.lemma_.lower() for m in mods}
    object_lemmas |= {c.lemma_.lower() for o in objects for c in o.children if c.dep_ == "compound"}  # "mediation efforts"
    if lemma.startswith("re") and not any(k in triggers() for k in keys):  # "reimposed", "re-open"
        keys += [(lemma[2:].lstrip("-"), pos)]
    for key in keys:
        for row in triggers().get(key, ()):
            if not row.objects or row.objects & object_lemmas:
                return row
    return None


def _actors_of(tok: Token, token_actor: dict[int, str], depth: int = 0) -> list[str]:
    """The actors a noun phrase stands for: its own; else those of its modifiers and their
    conjuncts ("the Turkish and Greek sides") or apposition; else those of its "of"/"by"/"from"
    phrase ("thousands of Nigerians", "the removal of the president"); else, for a pronoun or a
    phrase with one as possessor ("their forces"), the antecedent. An own actor of no country comes
    with the body it belongs to (``_affiliation``)."""
    if tok.i in token_actor:
        own = token_actor[tok.i]
        if depth > 2 or _actor_country(tok.doc, own) is not None:  # "the presidents of X and [Y]": Y too
            return list(dict.fromkeys([own, *(token_actor[c.i] for p in _prep_objects(tok, ("of", "in", "from"))
                                              for c in p.conjuncts if c.i in token_actor)]))
        return list(dict.fromkeys([own, *_affiliation(tok, token_actor, depth)]))
    if depth > 2:
        return []
    found: list[str] = []
    for child in tok.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            found += [token_actor[m.i] for m in (child, *child.conjuncts) if m.i in token_actor]
        if child.dep_ == "compound" and child.i not in token_actor:  # "[US] Predator attacks"
            found += [token_actor[g.i] for g in child.children if g.dep_ in ("compound", "amod", "nmod")
                      and g.i in token_actor]
    found += [a for c in tok.children if c.dep_ == "appos" for a in _actors_of(c, token_actor, depth + 1)]
    if found:
        return list(dict.fromkeys(found))
    for obj in _prep_objects(tok, ("of", "by", "from")):  # "supporters of X", "activists from the X party"
        found = _actors_of(obj, token_actor, depth + 1)
        if found:
            return found
    if tok.pos_ == "PRON" and tok.lower_ in ANAPHORS:
        return _antecedent(tok, token_actor, depth)
    possessor = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ANAPHORS), None)
    if possessor is None or tok.lemma_.lower() in RELATIONAL_NOUNS:
        return []
    return _antecedent(possessor, token_actor, depth)  # "their forces", but not "its neighbour"


def _actor_country(doc: Doc, actor_id: str) -> str | None:
    return next((a.country for a in doc._.actors or () if a.id == actor_id), None)


def _affiliation(tok: Token, token_actor: dict[int, str], depth: int) -> list[str]:
    """The actors with a country that an actor of none belongs to, as its phrase says: an apposition
    ("a member of the Syrian parliament, [Mohammed Mamoun]"), a "from" phrase ("activists from the
    Fatah party"), an "of" phrase after a member noun ("supporters of X"), a possessive pronoun's
    antecedent ("their forces")."""
    own = token_actor[tok.i]
    related = _prep_objects(tok, ("from",))
    if tok.lemma_.lower() in MEMBER_NOUNS:
        related += _prep_objects(tok, ("of",))
    if tok.dep_ == "appos":
        related.append(tok.head)
    found = [a for r in related for a in _actors_of(r, token_actor, depth + 1)]
    found += [token_actor[t.i] for c in tok.children if c.dep_ == "appos" for t in c.subtree if t.i in token_actor]
    possessor = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ANAPHORS), None)
    if possessor is not None:
        found += _antecedent(possessor, token_actor, depth + 1)
    return [a for a in found if a != own and _actor_country(tok.doc, a) is not None]


def _antecedent(tok: Token, token_actor: dict[int, str], depth: int = 0) -> list[str]:
    """The actors an unresolved "it"/"its"/"they" refers to: those of the subject of a clause above it
    ("Iraq's government announced that [it] is prepared to…", "a group of Yoruba leaders said [they] …")."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < tok.i and child.pos_ != "PRON":
                found = _actors_of(child, token_actor, depth + 1)
                if found:
                    return found
    return []


def _actor_ids(tokens: Iterable[Token], token_actor: dict[int, str]) -> list[str]:
    ids: list[str] = []
    for tok in tokens:
        for t in [tok, *tok.conjuncts]:
            ids += [a for a in _actors_of(t, token_actor) if a not in ids]
    return ids


def _prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """The objects of the token's prepositions among ``preps`` ("investigation [into] the attack")."""
    preps = set(preps)
    return [p for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for p in (c.children if any(g.dep_ == "pobj" for g in c.children) else _orphan_object(c))
            if p.dep_ in ("pobj", "nsubj", "nsubjpass")]


def _orphan_object(prep: Token) -> list[Token]:
    """The object of a preposition the parser left without one, taken as the subject of the next clause:
    "granted asylum to [officers] holed up in …" (parsed as "officers holed up")."""
    doc = prep.doc
    subject = next((t for t in doc[prep.i + 1:min(len(doc), prep.i + 8)]
                    if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == prep.i + 1), None)
    return [subject] if subject is not None else []


def _support_verb(tok: Token) -> Token | None:
    """The verb that carries a nominal trigger: "staged [demonstrations]", "engaged in [cleansing]"."""
    first = tok
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and first.head is not first:
        first = first.head
    if first is not tok:
        return _support_verb(first)  # "launched artillery, mortar and rocket [fire]"
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head is not tok and (
            head.head.lemma_.lower() in MEASURE_NOUNS or head.head.ent_type_ in ("DATE", "TIME")):
        return _support_verb(head.head)  # "launched [a wave] of attacks", "launched 10 days of war games"
    if tok.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX") and (
            head.lemma_.lower() in SUPPORT_VERBS or head.lower_ in SUPPORT_FORMS):
        return head
    verb = head.head
    if tok.dep_ == "pobj" and verb.pos_ == "VERB" and (verb.lemma_.lower() in PARTICIPATE_VERBS
                                                      or verb.lower_ in PARTICIPATE_FORMS or head.lower_ in ("on", "for")):
        return verb  # "engaged in cleansing", "arrived on a visit", "remained on alert"
    return None


def _anchor(tok: Token) -> Token:
    """Where a nominal trigger's arguments attach: "mediation" in "a mediation mission between X and Y"
    is a modifier of "mission", which carries them."""
    while tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _noun_subjects(tok: Token, seen: frozenset[int] = frozenset()) -> tuple[list[Token], bool]:
    """Who acts in a nominal event, and whether they came from its "of" phrase.

    In order: a possessor or a nationality ("Serbia's suppression", "Palestinian riots"), a "by"
    phrase, the subject of a support verb ("Israel mounted its invasion"), a possessive pronoun,
    else the "of" phrase ("the participation of North Korea").
    """
    tok = _anchor(tok)
    own = [c for c in tok.children if c.dep_ == "poss" or (c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_))
           or (c.dep_ == "amod" and c.ent_type_ == "NORP")]
    named = [c for c in own if c.pos_ != "PRON"]
    if named:
        return named, False
    by = _prep_objects(tok, ("by",))
    if by:
        return by, False
    verb = _support_verb(tok)
    if verb is not None:
        found = _subjects(verb, seen) or [c for c in verb.children if c.dep_ == "nsubjpass"]
        if found:
            return found, False
    if own:
        return own, False
    return _prep_objects(tok, ("of",)), True


def _subjects(tok: Token, seen: frozenset[int] = frozenset()) -> list[Token]:
    """Who acts: the subject, the passive agent, the subject of a state ("Israel is opposed to …"), or
    the subject inherited from the governing verb; a verb joined to a passive one ("was indicted …
    and will resign", "was asked to resign") shares its passive subject, not its agent.

    ``seen``: the words already asked on the way here; a parse that leads back to one of them has no answer.
    """
    if tok.i in seen:
        return []
    seen = seen | {tok.i}
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    subj += [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if subj:
        return subj
    stance = [c for c in tok.children if c.dep_ == "nsubjpass"] if _stative(tok) else []
    if stance:
        return stance
    if tok.dep_ in ("conj", "xcomp") and tok.head is not tok:
        passive = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
        if passive:
            return passive
    doc = tok.doc
    if tok.pos_ in ("NOUN", "PROPN"):
        return _noun_subjects(tok, seen)[0]
    if tok.tag_ in ("VBG", "VBN") and tok.i > 0 and doc[tok.i - 1].pos_ in ("NOUN", "PROPN"):
        noun = doc[tok.i - 1]  # a reduced relative: "troops fighting in Ukraine"
        verb = _support_verb(noun) if noun.i not in doc._.token_actor else None
        found = _subjects(verb, seen) if verb is not None else []
        return found or [noun]  # "X issued a statement demanding …": X demands
    if tok.dep_ == "pcomp" and tok.head.lower_ in CONTROL_PREPS:  # "accused Serbia of [shelling]": Serbia shells
        obj = [c for c in tok.head.head.children if c.dep_ == "dobj"]
        if obj:
            return obj
    if tok.dep_ == "pcomp":  # "strengthened ties by signing a pact", "is committed to opening up"
        return _subjects(tok.head.head, seen) or [c for c in tok.head.head.children if c.dep_ == "nsubjpass"]
    if tok.dep_ in INHERIT_DEPS and tok.head is not tok:
        return _subjects(tok.head, seen)
    return []


def _stative(tok: Token) -> bool:
    """A participle that states its subject's stance, not a passive: "is opposed to", "is committed to"."""
    return (tok.tag_ == "VBN" and tok.lemma_.lower() in STATIVE_PASSIVES
            and not any(c.dep_ == "agent" for c in tok.children))


def _recipients(tok: Token, event_type: str) -> list[Token]:
    """Who is acted upon: objects, passive subjects, and the objects of "to/against/with/on/…"
    on the trigger or on its object ("held a meeting with Obama", "imposed sanctions on Iran")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "iobj", "dative")]
    objs += [p for c in objs if c.dep_ == "dative" and c.pos_ == "ADP" for p in c.children if p.dep_ == "pobj"]
    objs += _prep_objects(tok, RECIPIENT_PREPS)
    measured = [p for o in objs if o.lemma_.lower() in MEASURE_NOUNS for p in _prep_objects(o, ("of",))]
    objs += [p for o in objs + measured for p in _prep_objects(o, OBJECT_PREPS)]  # "a wave of strikes on X"
    if tok.pos_ in ("VERB", "AUX"):
        objs += [c for c in tok.children if c.dep_ == "nsubjpass" and not _stative(tok)]
        if tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(c.dep_.startswith("nsubj") for c in tok.children):
            objs += [c for c in tok.head.children if c.dep_ == "nsubj"]  # "[Rebuked] by Ecuador, Colombia …"
        objs += _embedded_recipients(tok, event_type)
    else:
        objs += _nominal_recipients(tok)
    return objs


def _nominal_recipients(tok: Token) -> list[Token]:
    """Recipients of a nominal trigger, found on the noun it modifies, its "of" phrase when the
    actor came from elsewhere ("Israel's invasion of Lebanon"), or its support verb."""
    anchor = _anchor(tok)
    objs = _prep_objects(anchor, RECIPIENT_PREPS) if anchor is not tok else []
    if not _noun_subjects(tok)[1]:
        objs += _prep_objects(anchor, ("of",))
    verb = _support_verb(anchor)
    return objs + (_prep_objects(verb, RECIPIENT_PREPS) if verb is not None else [])  # "engaged in X against Y"


def _embedded_recipients(tok: Token, event_type: str) -> list[Token]:
    """Recipients inside the clause a verb governs: the subject of a demanded or threatened act
    ("demanded that the US cancel …"), or the recipients of an offered act ("offered to negotiate
    with Armenia", "promised to continue aid to Mozambique")."""
    objs: list[Token] = []
    for child in tok.children:
        if child.dep_ == "ccomp" and event_type in DIRECTIVE_TYPES:
            objs += [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif child.dep_ == "xcomp":
            inner = [c for c in child.children if c.dep_ in ("dobj", "dative", "iobj")]
            objs += inner + _prep_objects(child, RECIPIENT_PREPS)
            objs += [p for o in inner for p in _prep_objects(o, OBJECT_PREPS)]
    return objs


def _clause(tok: Token) -> list[Token]:
    """The trigger's own clause: its subtree without nested clauses."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in NESTED_DEPS)
    return out


def _date(tok: Token, timexes: list[Timex]) -> str | None:
    """The timex in the trigger's clause, or in the clause it depends on ("In June, X … by signing")."""
    while True:
        clause = {t.idx for t in _clause(tok)}
        found = next((x.id for x in timexes if x.span[0] in clause and x.type in ("DATE", "TIME")), None)
        if found or tok.dep_ not in ("pcomp", "xcomp", "advcl", "conj") or tok.head is tok:
            return found
        tok = tok.head.head if tok.dep_ == "pcomp" else tok.head


def _place_name(obj: Token) -> Token | None:
    """The place an "in"/"at"/"near" object names: itself when tagged a place, else the name a place noun
    introduces ("the town of Gjilan", "the capital, Dili")."""
    if obj.ent_type_ in LOCATION_LABELS:
        return obj
    if obj.lemma_.lower() not in PLACE_NOUNS:
        return None
    named = _prep_objects(obj, ("of",)) + [c for c in obj.children if c.dep_ == "appos"]
    return next((t for t in named if t.pos_ == "PROPN" or t.ent_type_ in LOCATION_LABELS), None)


def _places(tok: Token) -> list[Span]:
    """The places named by locative phrases in the trigger's own clause, most specific first: a site,
    then a city or region, then a country ("met in France … at a hotel in Lyon" → Lyon, France); the
    first in text on ties. "outside of X" counts as "outside X"."""
    found = []
    verb = _support_verb(_anchor(tok)) if tok.pos_ in ("NOUN", "PROPN") else None
    clause = _clause(tok) if verb is None else list({t.i: t for t in (*_clause(tok), *_clause(verb))}.values())
    for t in clause:  # a nominal event also takes the place of its verb: "arrived in Amman on a visit"
        prep = t.head.head if t.head.lower_ == "of" and t.head.head.lower_ in LOCATION_PREPS else t.head
        if t.dep_ == "pobj" and prep.lower_ in LOCATION_PREPS and prep is not t.head or (
                t.dep_ == "pobj" and t.head.lower_ in LOCATION_PREPS):
            name = _place_name(t)
            if name is not None:
                found.append(name)
    return [entity_of(t) for t in sorted(found, key=lambda t: (_place_rank(entity_of(t)), t.i))]


def _place_actors(tok: Token, token_actor: dict[int, str]) -> list[str]:
    """The actors a trigger's place names (a country; a capital after "in" is a place, no actor), for the
    triggers whose place receives them (``place_recipients``: "arrived in Bosnia", "a curfew in X")."""
    return list(dict.fromkeys(token_actor[t.i] for ent in _places(tok) for t in ent if t.i in token_actor))


def _place(places: list[Span], hints: frozenset[str]) -> Place | None:
    """The first of the places the bundled gazetteer knows, with its coordinates."""
    return next((found for ent in places if (found := geocode.place(ent.text, hints)) is not None), None)


def _sentence_countries(tok: Token, token_actor: dict[int, str], countries: dict[str, str | None]) -> frozenset[str]:
    """The countries of the actors named in the trigger's sentence: they choose among cities sharing a name."""
    return frozenset(c for t in tok.sent if (c := countries.get(token_actor.get(t.i, ""))))


def _place_rank(ent: Span) -> int:
    """How broad a place is: 0 for a site (FAC), 1 for a city or region, 2 for a country
    (a name or alias in ``countries.tsv``)."""
    if ent.label_ == "FAC" and len(ent):
        return 0
    match = gazetteer.country(ent.text)
    return 2 if match is not None and match.how == "name" else 1


def _word_at(tok: Token, word: str) -> bool:
    return tok.lower_ == word or tok.lemma_.lower() == word


def _cues(tokens: list[Token], index: dict[str, list[tuple[tuple[str, ...], str]]]) -> list[str]:
    """The labels of the cue phrases that occur among ``tokens`` (in document order, each once)."""
    doc, found = tokens[0].doc if tokens else None, []
    for tok in tokens:
        for key in {tok.lower_, tok.lemma_.lower()}:
            for words, label in index.get(key, ()):
                if label not in found and tok.i + len(words) <= len(doc) and all(
                        _word_at(doc[tok.i + k], w) for k, w in enumerate(words[1:], 1)):
                    found.append(label)
    return found


def _topic_tokens(doc: Doc, tok: Token) -> list[Token]:
    """The words an event's contexts come from: its sentence without the sources of its claims
    ("Thai military sources said …" says nothing about the topic)."""
    sources = [c.source_span for c in doc._.claims if c.source_span]
    return [t for t in tok.sent if not any(s <= t.idx < e for s, e in sources)]


def _contexts(doc: Doc, tok: Token, row: Trigger, topics: dict[int, list[str]]) -> list[str]:
    """The trigger's own contexts, then the topics its sentence names (lexicon ``context_cues``);
    ``topics`` keeps each sentence's, read once for all the events in it."""
    start = tok.sent.start
    if start not in topics:
        topics[start] = _cues(_topic_tokens(doc, tok), CONTEXT_CUES)
    return list(dict.fromkeys([*row.context, *topics[start]]))


def _mode(tok: Token, row: Trigger) -> str | None:
    """The row's mode, else one given by an instrument in the trigger's clause ("killed in a car
    bomb" → explosives); modes are tried in the order of ``mode_cues``."""
    if row.mode or row.type not in MODE_CUES:
        return row.mode
    clause = sorted({*_clause(tok), *(t for s in _subjects(tok) for t in s.subtree)}, key=lambda t: t.i)
    return next((mode for mode, index in MODE_CUES[row.type] if _cues(clause, index)), None)


DEMAND = Trigger("must", "VERB", "REQUEST", None, "100", (), frozenset())


def _intent(tok: Token) -> tuple[bool, bool] | None:
    """``(intended, negated)`` when the trigger is a stated intention: "will give", "is ready to send",
    "plans to impose"; None otherwise. Conditions ("if Iran attacks") are not intentions."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        return None
    negated = any(c.dep_ == "neg" for c in tok.children)
    if any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in tok.children):
        return True, negated
    if _conditioned(tok) and any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in tok.children):
        return True, negated  # "may halt mediation if …": an act made to depend on the other side
    head = tok.head
    if tok.dep_ == "pcomp":  # "committed to opening up"
        head = head.head
    elif not (tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and any(c.lower_ == "to" for c in tok.children))):
        return None  # only an infinitive complement ("vowed to fight", "sworn to fight") is intended
    if head.lemma_.lower() in FAILURE_HEADS:
        return True, True  # "failed to reach a deal", "refused to release"
    if head.lemma_.lower() in INTENT_HEADS:
        return True, negated or any(c.dep_ == "neg" for c in head.children)
    return None


def _conditioned(tok: Token) -> bool:
    """Whether a clause of the trigger is a condition ("… if cooperation founders")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
               for c in tok.children)


def intended(row: Trigger, tok: Token) -> Trigger:
    """The row recoded when the trigger is an intention: AGREE, THREATEN, or REJECT when refused."""
    intent = _intent(tok)
    if intent is not None and intent[1] and row.type == "AGREE":  # "failed to reach an agreement"
        kind, cameo, mode = REFUSAL
        return Trigger(row.lemma, row.pos, kind, mode, cameo, row.context, row.objects)
    if intent is None or row.type not in INTENT:
        return row
    kind, cameo, mode = REFUSAL if intent[1] and INTENT[row.type][0] == "AGREE" else INTENT[row.type]
    if intent[1] and kind == "THREATEN":
        return row  # "will not attack": a denied act, not a threat
    if kind == "THREATEN":
        mode = mode or row.mode  # "would blockade Paris": a threatened restriction keeps its mode
    return Trigger(row.lemma, row.pos, kind, mode, cameo, row.context, row.objects)


def spoken(row: Trigger, tok: Token) -> Trigger:
    """The row recoded when the trigger reports speech: "the rights are ignored, a group protested"
    is a complaint (ACCUSE), not a demonstration; so is a reporting "charged"."""
    code = SPOKEN.get(row.lemma)
    if code is None or not (any(c.dep_ == "ccomp" for c in tok.children)
                            or any(c.cue_span[0] <= tok.idx < c.cue_span[1] for c in tok.doc._.claims)):
        return row
    return Trigger(row.lemma, row.pos, code[0], code[1], code[2], row.context, row.objects)


def _threatened(coded: list[tuple[Token, Trigger, list[str], list[str]]]) -> None:
    """Give a bare threat ("threatened to shell Iraqi towns") the mode and CAMEO code of the act it
    threatens (``intent`` in the grammar: an attack is ``violence``, a curfew keeps ``curfew``)."""
    for n, (tok, row, actors, recipients) in enumerate(coded):
        if row.type != "THREATEN" or row.mode:
            continue
        inner = [(t, r) for t, r, _, _ in coded if t.i > tok.i and t.head.i != t.i and r.type in INTENT
                 and tok in t.ancestors and INTENT[r.type][0] == "THREATEN"]
        if inner:
            r = min(inner, key=lambda c: c[0].i)[1]
            _, cameo, mode = INTENT[r.type]
            context = tuple(dict.fromkeys(row.context + r.context))
            coded[n] = (tok, Trigger(row.lemma, row.pos, row.type, mode or r.mode, cameo, context, row.objects),
                        actors, recipients)


def _named_agent(tok: Token, subjects: list[Token]) -> bool:
    """Whether a verb has its own noun subject, resolved to no actor or not ("Hundreds of thousands
    of people blocked streets", "Dozens of people were killed"): the event is kept with no actors
    rather than lost."""
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    return tok.pos_ == "VERB" and any(s.pos_ in ("NOUN", "PROPN") and s.head.i == tok.i for s in subjects + passive)


def _absorbed(coded: list[tuple[Token, Trigger, list[str], list[str]]]) -> set[int]:
    """Nominal triggers that are the object a verb's row asks for ("imposed [a curfew]", "launched
    [an attack]"): the verb's event already codes them, so they are not events of their own."""
    return {o.i for tok, row, _, _ in coded if row.objects and tok.pos_ in ("VERB", "AUX")
            for o in _objects(tok) if o.pos_ in ("NOUN", "PROPN") and (o.lemma_.lower() in row.objects or o.lower_ in row.objects)}


def _demands(doc: Doc, token_actor: dict[int, str]) -> list[tuple[Token, Trigger, list[str], list[str]]]:
    """"X said that Y must …": a source saying what another actor must do demands it (PLOVER
    REQUEST); the event is coded at the cue of the innermost claim holding the obligation."""
    found: dict[tuple[int, tuple[str, ...]], tuple[Token, Trigger, list[str], list[str]]] = {}
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "aux" and c.lower_ in OBLIGATION for c in tok.children):
            continue
        claims = enclosing_claims(doc, tok)
        if not claims or claims[-1].source is None:
            continue
        cue = doc.char_span(*claims[-1].cue_span, alignment_mode="expand")
        source = claims[-1].source
        recipients = [a for a in _actor_ids(_subjects(tok), token_actor) if a != source]
        if cue is not None and len(cue) and recipients:  # coded at the cue's verb ("said [here]")
            found.setdefault((cue.root.i, tuple(recipients)), (cue.root, DEMAND, [source], recipients))
    return list(found.values())


def find_events(doc: Doc, token_actor: dict[int, str], timexes: list[Timex]) -> list[Event]:
    """The events of a parsed article whose claims are already in ``doc._.claims``.

    RETURNS (list): events with ids ``e1, e2, …`` in text order.
    """
    coded: list[tuple[Token, Trigger, list[str], list[str]]] = []
    for tok in doc:
        row = match_trigger(tok)
        if row is None:
            continue
        row = intended(spoken(row, tok), tok)
        subjects = _subjects(tok)
        actors = _actor_ids(subjects, token_actor)
        recipients = [a for a in _actor_ids(_recipients(tok, row.type), token_actor) if a not in actors]
        if not recipients and (row.lemma in PLACE_RECIPIENTS or row.type in PLACE_RECIPIENT_TYPES):
            recipients = [a for a in _place_actors(tok, token_actor) if a not in actors]
        if actors or recipients or _named_agent(tok, subjects):
            coded.append((tok, row, actors, recipients))
    _threatened(coded)
    absorbed = _absorbed(coded)
    coded = [c for c in coded if c[0].i not in absorbed] + _demands(doc, token_actor)
    events: list[Event] = []
    published = doc._.article.published if doc._.article is not None else None
    countries = {a.id: a.country for a in doc._.actors or ()}
    topics: dict[int, list[str]] = {}
    for tok, row, actors, recipients in sorted(coded, key=lambda c: c[0].i):
        label, certainty, claim_ids = predicate_factuality(doc, tok)
        date = _date(tok, timexes)
        day, day_from = event_day(date, label, timexes, published)
        places = _places(tok)
        events.append(Event(
            id=f"e{len(events) + 1}", type=row.type, mode=_mode(tok, row), context=_contexts(doc, tok, row, topics),
            cameo=row.cameo,
            actors=actors, recipients=recipients, trigger=tok.text, trigger_span=(tok.idx, tok.idx + len(tok.text)),
            date=date, day=day, day_from=day_from, location=places[0].text if places else None,
            place=_place(places, _sentence_countries(tok, token_actor, countries)) if places else None,
            factuality=label, certainty=certainty, claims=claim_ids, quantities=find_quantities(_clause(_anchor(tok)))))
    return events
