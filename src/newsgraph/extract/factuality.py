"""Factuality: how committed the author is to a predicate, after following the claims around it.

``certainty`` is on the FactBank/UW scale: 3 certainly happened, 0 unknown, -3 certainly did not.
The label is decided in this order: hypothetical (a condition), future, denied (negation),
possible (a hedge), then what the innermost enclosing claim's cue gives (claimed, unconfirmed,
denied…), and asserted when the outlet says it in its own voice (a little less firmly for a noun).

A predicate shares the modality of the words it depends on without a clause of its own (see
`_inherits`): "likely to be [deployed]", "did not launch an [offensive]", "left without [firing]".
What the sentence takes for granted (`_presupposed`: a definite noun phrase, an embedded question, a
relative clause) keeps standing under a negation or a doubting cue: "did not comment on [the
slaying]", "did not say when the attack [occurred]", "rejected the [proposal]".
Certainties are calibrated on the UW and MEANTIME train splits; `benchmarks/factuality.py` reports dev.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from newsgraph.lexicons import load

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsgraph.extract.attribution import Found
    from newsgraph.model import Claim

ASSERTED = ("asserted", 3.0)
# A plain negation ("did not attack") is rated a little short of -3 on UW and MEANTIME: annotators
# leave room for the negation scoping over something else in the clause.
DENIED = ("denied", -2.5)
# A negated event noun ("no [talks] were held", "did not launch an [offensive]") is rated nearer the
# middle than a negated verb (mean −0.8 on UW train): "no plans" often leaves the door open.
DENIED_NOMINAL = ("denied", -1.0)
FUTURE_AUX = {"will", "shall", "'ll", "wo"}


@dataclass(frozen=True)
class Hedge:
    word: str
    factuality: str
    certainty: float


@lru_cache(maxsize=1)
def hedges() -> dict[str, Hedge]:
    return {r["word"].lower(): Hedge(r["word"].lower(), r["factuality"], float(r["certainty"]))
            for r in load("hedges.tsv")}


MARKER_DEPS = {"aux", "auxpass", "neg", "advmod", "mark", "det", "amod", "npadvmod", "preconj"}


@lru_cache(maxsize=1)
def negators() -> frozenset[str]:
    """Single words that negate what they modify ("not", "no", "never", "without", "nobody")."""
    return frozenset(r["word"].lower() for r in load("negators.tsv") if r["kind"] == "negation" and " " not in r["word"])


NOMINAL_ARGS = {"dobj", "pobj", "compound", "conj", "nsubjpass", "appos"}
LINKING_DEPS = {"prep", "pcomp", "agent"}
# Adjuncts of time and cause presuppose their object: "has not appeared since the announcement".
PRESUPPOSING_PREPS = {"since", "after", "before", "during", "following", "despite", "amid", "because"}


def _inherits(tok: "Token") -> bool:
    """Whether a word shares the modality of its head rather than having its own.

    xcomp ("likely to be deployed"), a verb conjoined without its own auxiliary ("will meet and sign"),
    a nominal event in an argument ("could increase benefits", "reached no agreement") and the
    prepositions linking it ("subject to approval").
    """
    if tok.dep_ == "xcomp" or tok.dep_ in LINKING_DEPS:
        return tok.lower_ not in PRESUPPOSING_PREPS
    if tok.dep_ == "acomp" and any(c.dep_ == "xcomp" for c in tok.children):
        return True  # "is not likely to", "was not able to", "are reluctant to"
    if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
        return tok.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("aux", "neg", "nsubj") for c in tok.children) \
            and not _contrasted(tok) and not (tok.head.tag_ == "VB" and tok.tag_ in FINITE_TAGS)
    if tok.dep_ == "advcl" and _unrealised(tok) and tok.head.pos_ in ("VERB", "AUX"):
        return True  # a purpose: "did not come [to] help", "would never come here to [get] him"
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and _unrealised(tok):
        return True  # "an attempt to [seize]", "plans to [visit]": the noun says how far it got
    if tok.dep_ == "attr":  # "there is no [plan]", "there was not any [attempt]": existence is what is said
        return any(c.dep_ == "expl" for c in tok.head.children)
    return tok.pos_ == "NOUN" and tok.dep_ in NOMINAL_ARGS


CONTRASTIVE = {"but", "yet"}
# A finite conjunct cannot share the auxiliary of a bare verb: "did not offer enough, and [gave] …".
FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _coordinator(conj: "Token") -> str:
    """The conjunction before a conjunct ("and", "but", "nor"), or "" when there is none."""
    return next((c.lower_ for c in (*conj.head.children, *conj.children)
                 if c.dep_ == "cc" and conj.head.i < c.i < conj.i), "")


def _contrasted(conj: "Token") -> bool:
    """A conjunct after "but" stands on its own: "did not name him, but [said] …"."""
    return _coordinator(conj) in CONTRASTIVE


DEFINITE_DETS = {"the", "this", "that", "these", "those"}


def _definite(tok: "Token") -> bool:
    """A definite noun phrase presupposes what it names: "has not analyzed [the statement]", "did not
    change the terms of [his offer]" — the statement and the offer exist whatever happens to them."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETS) or c.dep_ == "poss" for c in tok.children)


def _governors(tok: "Token", stop: int | None) -> list["Token"]:
    """The predicate, then the words whose modality it shares (see `_inherits`), up to the cue at ``stop``."""
    chain = [tok]
    while tok.head is not tok and tok.head.i != stop and _inherits(tok):
        tok = tok.head
        chain.append(tok)
    return chain


GOVERNING_DEPS = {"xcomp", "dobj", "pobj", "pcomp", "acl"}


def _markers(chain: Sequence["Token"]) -> list["Token"]:
    """The auxiliaries, negations, adverbs and complementizers on the chain, and the governors whose
    complement or object the chain runs through ("declined [to comment]", "barred them from [entering]",
    but not "failed and [filed]" nor "declined [to $6 million]"), or whose passive subject it is when the
    participle denies it ("the [launch] was delayed")."""
    words = [c for t in chain for c in t.children if c.dep_ in MARKER_DEPS]
    return words + [gov for below, gov in zip(chain, chain[1:])
                    if below.dep_ in GOVERNING_DEPS or (below.dep_ == "prep" and below.lower_ == "from")
                    or (below.dep_ == "nsubjpass" and _thwarting(gov))]


def _thwarting(verb: "Token") -> bool:
    """A participle the hedges list as denying its theme: "the [launch] was delayed", "the [vote] was blocked"."""
    hedge = hedges().get(verb.lower_)
    return hedge is not None and hedge.factuality == "denied"


NEGATING_DEPS = {"det", "advmod", "neg", "preconj"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _nor(chain: Sequence["Token"]) -> bool:
    """A conjunct after "nor" is negated: "has not grown, nor has it [hired]"."""
    return any(t.dep_ == "conj" and _coordinator(t) == "nor" for t in chain)


NOT_ONLY = {"only", "just", "merely", "simply"}


def _negations(words: Sequence["Token"]) -> int:
    """How many of the words negate: "not", "no" on a noun, and "without" governing the predicate —
    but not "not only", "not just", which add rather than deny."""
    return sum(1 for w in words if (w.dep_ == "neg" or (w.lower_ in negators() and (w.dep_ in NEGATING_DEPS or w.pos_ == "ADP"))
                                    or _negating_phrase(w))
               and not (w.i + 1 < len(w.doc) and w.doc[w.i + 1].lower_ in NOT_ONLY))


def _negating_phrase(w: "Token") -> bool:
    """"no longer [sells]", "instead of [providing]", "rather than [go]": phrases that say it is not so."""
    after = w.doc[w.i + 1].lower_ if w.i + 1 < len(w.doc) else ""
    return (w.lower_ == "longer" and any(c.lower_ == "no" for c in w.children)) \
        or (w.lower_ == "instead" and after == "of") or (w.lower_ == "rather" and after == "than")


def _negative_subject(chain: Sequence["Token"]) -> bool:
    """A negative quantifier as subject negates its verb: "nobody came", "no date was fixed"."""
    subjects = [c for t in chain if t.pos_ in ("VERB", "AUX") for c in t.children if c.dep_ in SUBJECT_DEPS]
    return any(s.lower_ in negators() or any(d.dep_ == "det" and d.lower_ in negators() for d in s.children)
               for s in subjects)


def _phrase_hedges(chain: Sequence["Token"]) -> list[Hedge]:
    """Hedges of a word and the preposition or infinitive the chain runs through: "called for [a
    ceasefire]", "looked for a [resolution]", "is set to [visit]", "stopped [paying]"."""
    table = hedges()
    phrases = []
    for below, gov in zip(chain, chain[1:]):
        if below.dep_ == "prep":
            phrases.append(f"{gov.lemma_.lower()} {below.lower_}")
        elif below.dep_ == "xcomp" and _unrealised(below):
            phrases += [f"{gov.lower_} to", f"{gov.lemma_.lower()} to"]
        elif below.dep_ == "xcomp" and below.tag_ == "VBG":  # "stopped [paying]": the table writes it "stop doing"
            phrases.append(f"{gov.lemma_.lower()} doing")
    return [table[p] for p in dict.fromkeys(phrases) if p in table]


def _counterfactual(verb: "Token") -> bool:
    """What did not happen, said as a condition or its outcome: "[Had] they allowed him to return, …", "it
    would have [caused] massive damage"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    inverted = verb.dep_ == "advcl" and subject is not None and any(a.lower_ == "had" and a.i < subject.i for a in auxes)
    would_have = any(a.lower_ == "would" for a in auxes) and any(a.lower_ == "have" for a in auxes)
    return inverted or (would_have and verb.tag_ == "VBN")


SUBJUNCTIVE = Hedge("subjunctive", "hypothetical", 1.0)


def _subjunctive(verb: "Token") -> bool:
    """A bare verb with its own subject after "that": what someone demands, not what is ("insisted that the
    child [be returned]", "requires that the company [achieve] …")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    bare = verb.tag_ == "VB" or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children)
    return bare and any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
        and not any(c.dep_ == "aux" for c in verb.children)


UNREALISED = Hedge("to", "possible", 1.5)
NOT_DENIED = ("possible", 1.0)


def _unrealised(tok: "Token") -> bool:
    """An infinitive ("to keep the boy", "plans to visit"): something not (yet) done."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def _result(tok: "Token") -> bool:
    """An infinitive that tells how a change ended, not what it was for: "fell 50 cents to [close] at $20"
    (the hedges list "close at" as asserted)."""
    table = hedges()
    return tok.dep_ == "advcl" and any(table[p].factuality == "asserted" for c in tok.children if c.dep_ == "prep"
                                       if (p := f"{tok.lemma_.lower()} {c.lower_}") in table)


NOMINAL = ("asserted", 2.75)
# What holds only under a condition ("if the rebels [attack]") is left open; UW's annotators lean a
# little towards it happening (mean 0.8 on train), so a condition sits just above the middle.
CONDITION = 0.5


GENERIC = ("asserted", 2.5)


def _generic(tok: "Token") -> bool:
    """A bare singular noun ("[inflation] has been low", "talks on [trade]") names a kind of event more
    often than one that took place."""
    return tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)


def _nominal(tok: "Token") -> bool:
    """An event named by a noun ("the talks", "retirement benefits") is often generic or not yet under way,
    so a nominal with no marker of its own is asserted a little less firmly than a finite verb."""
    return tok.pos_ == "NOUN"


def local_factuality(tok: "Token", stop: int | None = None) -> tuple[str, float] | None:
    """What the words around a predicate say: a condition, a future, a negation or a hedge, else None.

    stop: the token index of the enclosing claim's cue, which is never part of the predicate's own words.
    """
    chain = _governors(tok, stop)
    words = _markers(chain)
    if any(w.lower_ in ("if", "unless") and w.dep_ == "mark" for w in words) or any(map(_counterfactual, chain)):
        return "hypothetical", CONDITION
    negation = (_negations(words) + _negative_subject(chain)) % 2 == 1 or _nor(chain)
    negated = negation and not (len(chain) > 1 and _definite(tok))
    table = hedges()
    found = [table[w.lower_] if w.lower_ in table else table[w.lemma_.lower()] for w in words
             if w.lower_ in table or w.lemma_.lower() in table] + _phrase_hedges(chain)
    future = any(w.lower_ in FUTURE_AUX for w in words)
    if _subjunctive(tok):
        found.append(SUBJUNCTIVE)
    if not found and _unrealised(tok) and not _result(tok):
        found = [UNREALISED]
    if found:
        weakest = min(found, key=lambda h: abs(h.certainty))
        label, certainty = weakest.factuality, weakest.certainty
    elif future:
        label, certainty = "future", 2.0
    elif negated:
        return DENIED_NOMINAL if _nominal(tok) else DENIED
    elif _nominal(tok):
        return GENERIC if _generic(tok) else NOMINAL
    else:
        return None
    if negation and label == "denied":  # "won't delay the [launch]", "did not bar him from [going]": left open
        return NOT_DENIED
    if negated:
        return ("denied", -abs(certainty)) if label == "asserted" else (label, -certainty)
    return label, certainty


def cue_factuality(found: "Found") -> tuple[str, float]:
    """What a claim's cue commits the author to: "said" → claimed, "could not confirm" → unconfirmed."""
    cue = found.cue
    if not found.negated:
        return cue.factuality, _reported(cue.factuality, cue.certainty)
    if cue.kind in ("deny", "doubt"):
        return "possible", 0.0
    return "unconfirmed", 0.0


def _withholds(found: "Found") -> bool:
    """A cue that asserts nothing about what its content presupposes: a negated or denying cue ("did
    not say", "rejected"), a doubt ("questioned") or a directive ("urged", "asked")."""
    return found.negated or found.cue.factuality == "denied" or found.cue.kind in ("doubt", "urge")


REPORT_FLOOR = 1.5


def _reported(label: str, certainty: float) -> float:
    """A reported claim's certainty as readers of news rate it: never far below the middle of the scale.

    Reporting a claim at all lends it some weight, so UW and MEANTIME annotators rate the content of
    "said", "believes" or "wants" higher than the cue alone commits to. Positive certainties are
    compressed linearly into [REPORT_FLOOR, 3]; doubts are left as they are, and a source's denial
    leaves the author uncommitted (0).
    """
    if label == "denied":  # the author reports a denial without taking sides: FactBank's "underspecified"
        return 0.0
    if certainty < 0 or label == "unconfirmed":
        return certainty
    return REPORT_FLOOR + certainty * (3.0 - REPORT_FLOOR) / 3.0


def combine(chain: Sequence[tuple[str, float]], local: tuple[str, float] | None) -> tuple[str, float]:
    """The label and certainty of a predicate from the cues around it (outermost first) and its own words.

    The innermost cue gives the label; the weakest cue in the chain bounds the certainty.
    """
    label, certainty = chain[-1] if chain else ASSERTED
    if chain:
        certainty = min((c for _, c in chain), key=abs)
    if any(lab == "denied" for lab, _ in chain):
        label = "denied"
    if local is None:
        return label, certainty
    local_label, local_certainty = local
    if local_label == "hypothetical":  # a condition (0) or an obligation ("must", "should")
        return local_label, _weakest(certainty, local_certainty)
    if local_label == "denied":  # under a denial, the predicate's own negation decides ("declined to [comment]")
        return local_label, -(abs(local_certainty) if label == "denied" else min(abs(certainty), abs(local_certainty)))
    if label in ("unconfirmed", "denied"):
        return label, certainty
    if local_label == "asserted":  # the predicate's own words ("managed to", a bare noun) never lift a claim
        return label, _weakest(certainty, local_certainty)
    return local_label, _weakest(certainty, local_certainty)


def _weakest(outer: float, inner: float) -> float:
    """The smaller commitment of two, negative when either is: "said it won't" is a report of a denial."""
    magnitude = min(abs(outer), abs(inner))
    return -magnitude if outer < 0 or inner < 0 else magnitude


def enclosing_claims(doc: "Doc", tok: "Token") -> list["Claim"]:
    """The claims whose content holds the token, outermost first — but never a claim whose cue sits in the
    token's own complement: in "'They don't want to go,' the chief [said]" nothing the quotation says
    scopes over "said"."""
    inside = [c for c in doc._.claims if c.content_span[0] <= tok.idx < c.content_span[1]
              and not _in_complement(tok, doc, c.cue_span)]
    return sorted(inside, key=lambda c: c.content_span[1] - c.content_span[0], reverse=True)


COMPLEMENT_DEPS = {"ccomp", "xcomp", "csubj", "dobj"}


def _in_complement(tok: "Token", doc: "Doc", span: tuple[int, int]) -> bool:
    """Whether the words at the character ``span`` sit in a complement of ``tok`` (what "said" reports),
    not merely below it: in "X summoned Y, News.Az reports citing Z" the parser hangs "reports" on
    "summoned" as a conjunct, and the report still covers the summons."""
    cue = doc.char_span(*span, alignment_mode="expand")
    if cue is None or not len(cue):
        return False
    below = cue.root
    while below.head.i != below.i and below.head.i != tok.i:
        below = below.head
    return below.head.i == tok.i and below.i != tok.i and below.dep_ in COMPLEMENT_DEPS


def predicate_factuality(doc: "Doc", tok: "Token") -> tuple[str, float, list[str]]:
    """``(label, certainty, claim ids)`` of the predicate headed by ``tok``, after the claims around it."""
    enclosing = claims = enclosing_claims(doc, tok)
    if _presupposed(tok):  # "did not say when the attack [occurred]", "rejected the [proposal]": it stands
        claims = [c for c in claims if not _withholds(doc._.claim_cues[c.id])]
    cue_token = None
    if claims:  # the cue's last token is its verb or noun: "could not [confirm]"
        cue = doc.char_span(*claims[-1].cue_span, alignment_mode="expand")
        cue_token = cue[-1].i if cue is not None and len(cue) else None
    if cue_token is not None and tok.dep_ == "xcomp" and tok.head.i == cue_token:
        claims, cue_token = claims[:-1], None  # "declined to [comment]", "vowed to [retaliate]": the cue is the predicate's own verb
    chain = [cue_factuality(doc._.claim_cues[c.id]) for c in claims]
    label, certainty = combine(chain, local_factuality(tok, cue_token))
    return label, certainty, [c.id for c in enclosing]


WH_TAGS = {"WRB", "WP", "WDT", "WP$"}


def _presupposed(tok: "Token") -> bool:
    """A predicate whose occurrence its sentence takes for granted: a definite noun phrase ("would not
    comment on [the slaying]"), a relative clause ("lift the ban it [imposed]") or the verb of an
    embedded question ("did not know where he was [held]")."""
    if tok.pos_ == "NOUN":
        return _definite(tok)
    if tok.dep_ == "relcl" and tok.pos_ == "VERB" and not _unrealised(tok):
        return True
    return tok.dep_ in ("ccomp", "xcomp", "advcl", "pcomp") and any(
        c.tag_ in WH_TAGS and c.i < tok.i for c in tok.children)


def head_token(doc: "Doc", span: tuple[int, int]) -> "Token | None":
    """The syntactic head of the tokens overlapping ``span`` (end-exclusive character offsets)."""
    start, end = span
    inside = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not inside:
        return None
    return next((t for t in inside if t.head not in inside or t.head == t), inside[0])


def score_span(sentence: str, span: tuple[int, int]) -> float:
    """The certainty of the predicate at ``span`` (end-exclusive character offsets) in ``sentence``."""
    from newsgraph.nlp import pipeline

    start, end = span
    if not (0 <= start < end <= len(sentence)):
        raise ValueError(f"span {span} is outside the sentence of length {len(sentence)}")
    doc = pipeline()(sentence)
    head = head_token(doc, span)
    return predicate_factuality(doc, head)[1] if head is not None else ASSERTED[1]
