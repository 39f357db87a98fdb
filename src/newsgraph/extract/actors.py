"""Actors: people, organisations, countries and groups, resolved to a country and a PLOVER sector.

Candidates are the parser's PERSON/GPE/ORG/NORP entities, country names and nationalities it left
untagged, and noun phrases headed by an agent noun or a title from the lexicons ("the spy agency",
"the Russian ambassador"). Named bodies and well-known people come from ``organizations.tsv``,
``igos.tsv`` and ``people.tsv``; a country written in the phrase (a possessor, a demonym, "in
Mali") wins over the tables. A one-word generic head takes the sector of the body it names or is
"of" ("Pentagon officials" → MIL, "the head of the IAEA" → IGO). Within an article, a short name
or untagged surname joins the full name ("Kim" → "Kim Hong-kyun"); an acronym joins the name it
spells ("the NIS" → "the National Intelligence Service"); a definite phrase with no country of its
own joins the latest fitting actor before it: one with the same head ("the agency" → "South Korea's
spy agency"), a named body whose name ends in it or whose sector it names ("the agency" → the CIA,
"the news agency" → Reuters, "the group" → the Taliban). He/she/his/her join the subject of the clause
or sentence before when it is a person, else the nearest person, never the subject of their own
clause ("Berg called her") and never one a pronoun of the other gender already named; it/they join
the subject of the governing clause or of the sentence before ("The agency … It said").
Mentions are ``(start, end)`` character offsets into the article text, end exclusive.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsgraph.extract import gazetteer, places
from newsgraph.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
FEMININE = {"she", "her", "hers"}
THING_PRONOUNS = {"it", "they", "them"}
IMPERSONAL_VERBS = frozenset({"be", "seem", "appear", "remain", "become", "look", "matter", "happen", "take"})
LOCATIVE = {"in", "at", "near", "outside", "around", "across"}
SKIP_DEPS = {"det", "punct", "case", "predet", "cc", "prep"}
PLACE_LABELS = ("GPE", "LOC")


@dataclass
class Candidate:
    """An actor being built: the first mention gives its name, later ones add mentions."""

    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    head: str = ""  # the agent noun or surname used to link later mentions
    mentions: list[tuple[int, int]] = field(default_factory=list)
    tokens: set[int] = field(default_factory=set)
    feminine: bool | None = None  # set by the first he/she that joins a person


def entity_of(tok: Token) -> Span:
    """The entity span a token belongs to (the token's IOB tags say where it starts and ends)."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _entity_country(tok: Token) -> str | None:
    """The country a GPE/NORP entity names: its whole text, else its first word that is one ("Bosnian Serbs"),
    else, for a GPE/LOC, the large city or US state it names ("Shanghai")."""
    ent = entity_of(tok)
    match = gazetteer.country(ent.text)
    if match is None:
        match = next((m for m in (gazetteer.country(t.text) for t in ent) if m is not None), None)
    return match.iso3 if match else _city_country(ent)


def _city_country(ent: Span) -> str | None:
    """The country of a large city or US state the parser tagged GPE/LOC: "Shanghai" → CHN, "Lyon" → FRA.

    Never looked up for other words, so "Nice" or "Mobile" as plain words match nothing."""
    if ent.root.ent_type_ not in PLACE_LABELS or not ent.text[:1].isupper():
        return None
    return gazetteer.region(ent.text) or places.city_country(_bare(ent.text))


def _country_of(tokens: Iterable[Token]) -> str | None:
    """The country named inside a phrase: a GPE, a demonym or a possessor (``South Korea's``).

    A proper noun that is a country's name or alias counts too ("The US House" tagged as an ORG),
    and so does a named organisation inside the phrase ("Northern Fleet's Arctic Group").
    """
    tokens = [t for t in tokens if not _stance(t)]
    for tok in tokens:
        if tok.ent_type_ in ("GPE", "NORP", "LOC"):
            iso3 = _entity_country(tok)
            if iso3:
                return iso3
    for tok in tokens:
        match = gazetteer.country(tok.text) if tok.pos_ == "PROPN" else None
        if match and match.how in ("name", "region"):
            return match.iso3
    for tok in tokens:  # a demonym the tagger put inside an ORG ("Panamanian Immigration inspectors") or a region
        alone = tok.ent_type_ != "PERSON" or len(entity_of(tok)) == 1  # "Bangladeshi" tagged PERSON
        match = gazetteer.country(tok.text) if tok.text[:1].isupper() and alone else None
        if match and match.how in ("demonym", "region"):
            return match.iso3
    iso3 = _run_country(tokens)
    if iso3 is not None:
        return iso3
    named = _named_part(tokens)
    return named.country if named else None


def _run_country(tokens: list[Token]) -> str | None:
    """A country or region named by two or more capitalised words inside a longer name ("Northern
    Territory" in "… Alliance Northern Territory", "New South Wales" in "New South Wales Police")."""
    for run in _proper_runs(tokens):
        words = run.split()
        for size in range(min(len(words) - 1, 3), 1, -1):
            for start in range(len(words) - size + 1):
                match = gazetteer.country(" ".join(words[start:start + size]))
                if match is not None and match.how in ("name", "region"):
                    return match.iso3
    return None


STANCE_PREFIXES = frozenset({"anti", "pro"})


def _stance(tok: Token) -> bool:
    """Whether a country word only says whom a phrase is for or against ("anti-Syria", "pro-Iranian")."""
    doc, first = tok.doc, (entity_of(tok)[0] if tok.ent_type_ else tok)
    if first.lower_ in STANCE_PREFIXES and first.i + 1 < len(doc) and doc[first.i + 1].text == "-":
        return True  # the tagger's entity "pro-Iranian"
    return first.i >= 2 and doc[first.i - 1].text == "-" and doc[first.i - 2].lower_ in STANCE_PREFIXES


def _proper_runs(tokens: list[Token]) -> list[str]:
    """Runs of capitalised words in a phrase, split at possessives and punctuation ("Ansa news agency" → "Ansa")."""
    runs, run = [], []
    for tok in tokens + [None]:
        if tok is not None and tok.tag_ != "POS" and not tok.is_punct and (tok.text[:1].isupper() or tok.pos_ == "PROPN"):
            run.append(tok)
            continue
        if run:
            runs.append(run[0].doc[run[0].i:run[-1].i + 1].text)
        run = []
    return runs


def _named_part(tokens: list[Token]) -> gazetteer.NamedMatch | None:
    """A named organisation spelled by a run of capitalised words inside a phrase, or by the longest
    part of one ("Arab League Secretary General" → the Arab League)."""
    for run in _proper_runs(tokens):
        words = run.split()
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                found = gazetteer.organization(" ".join(words[start:start + size]))
                if found is not None:
                    return found
    return None


GENERIC_HEADS = frozenset({"president", "speaker", "chairman", "chairwoman", "chair", "head", "leader", "chief", "member",
                           "director", "spokesman", "spokeswoman", "spokesperson", "official", "representative",
                           "force", "unit", "officer", "employee", "worker", "staff"})


GROUP_HEADS = frozenset({"force", "unit", "staff"})
# Heads that name no sector but, after "the", only point back: "The group said its fighters…".
ANAPHORIC_HEADS = frozenset({"group", "organization", "organisation", "movement", "body", "outfit"})
# Sectors whose bodies news calls by their kind once named ("Reuters … the news agency", "Acme … the company").
TYPE_NOUN_SECTORS = frozenset({"BUS", "MED", "EDU", "HLH", "NGO", "REB", "SPY", "IGO", "CRM", "REL", "PTY"})
DEFINITES = frozenset({"the", "this", "that", "these", "those"})


def _is_definite(chunk: Span) -> bool:
    """Whether a noun phrase starts with "the", "this"… (a definite phrase can point back)."""
    return chunk[0].lower_ in DEFINITES


def _of_phrase(head: Token) -> tuple[str | None, str | None]:
    """``(sector, country)`` of the body a generic title belongs to: "president of the Riigikogu"
    (LEG, EST), "head of the IAEA" (IGO), "leader of the opposition" (OPP)."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                phrase = [t for t in obj.subtree if t.dep_ not in ("det", "prep") or t.i < obj.i]
                named = _named_part(phrase) or gazetteer.organization(" ".join(t.text for t in phrase))
                if named is not None:
                    return named.sector, named.country
                match = _sector_of(_role_words(phrase))
                return (match.sector if match else None), _country_of(phrase)
    return None, None


def _refined_sector(match: gazetteer.SectorMatch | None, tokens: list[Token], head: Token) -> tuple[str | None, str | None]:
    """``(sector, country)`` from the bodies a phrase names: a one-word generic head takes the sector
    of the named body in it ("Pentagon officials" → MIL, "the rebel FDLR force" → REB) or of the body
    it is "of" ("the head of the IAEA"); any title takes the country of that body ("the speaker of
    the Bundestag" → DEU)."""
    if match is None and head.lemma_.lower() not in GENERIC_HEADS:
        return None, None
    generic = head.lemma_.lower() in GENERIC_HEADS and (match is None or match.length == 1)
    own = match.sector if match else None
    named = _named_part(tokens)
    if generic and named is not None:
        return named.sector, None
    of_sector, of_country = _of_phrase(head)
    return (of_sector or own) if generic else own, of_country


def _located_country(head: Token) -> str | None:
    """The country of a place the phrase's head is said to be in or from ("rebels in the Ivory Coast")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "NORP", "LOC"):
                    return _entity_country(obj)
    return None


def _affiliation(head: Token) -> str | None:
    """The country of the body a person works "at" ("a professor at a university in Scotland" → GBR);
    an embassy or consulate says where it stands, not whose it is, so it gives none."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() not in ("embassy", "consulate", "mission"):
                    return _country_of(list(obj.subtree))
    return None


def _other_country(tok: Token, kin: str | None) -> str | None:
    """The first country other than ``kin`` named in the token's sentence: where an ethnic minority
    lives ("ethnic Turks protested against Sweden's decision" → SWE), or None."""
    for ent in tok.sent.ents:
        if ent.label_ == "GPE":
            match = gazetteer.country(ent.text)
            if match is not None and match.how == "name" and match.iso3 != kin:
                return match.iso3
    return None


def _of_country(ent: Span) -> str | None:
    """The country a person is "of" when it follows the name: "King Hassan of Morocco" → MAR."""
    for prep in ent.root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == ent.end:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "NORP", "LOC"):
                    return _entity_country(obj)
    return None


def _token_country(tok: Token) -> str | None:
    """The country a single modifier names: a GPE/NORP entity, or a capitalised country name or demonym."""
    if tok.ent_type_ in ("GPE", "NORP"):
        return _entity_country(tok)
    match = gazetteer.country(tok.text) if tok.text[:1].isupper() else None
    return match.iso3 if match is not None and match.how in ("name", "demonym") else None


def _is_place_phrase(ent: Span) -> bool:
    """Whether a place is the object of "in"/"at"/"near"… ("the ambassador in Seoul", "a court in Kabul")."""
    return ent.root.dep_ == "pobj" and ent.root.head.lower_ in LOCATIVE


def _is_country_word(tok: Token) -> bool:
    match = gazetteer.country(tok.text) if tok.pos_ == "PROPN" else None
    return match is not None and match.how == "name"


MINOR_WORDS = frozenset({"the", "of", "and", "for", "on", "in", "de", "&"})


def _initials(name: str) -> str:
    """The acronym a name's capitalised words spell: "The National Intelligence Service" → "NIS"."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in MINOR_WORDS and w[:1].isupper())


def _bare(text: str) -> str:
    """A name without a trailing possessive: "Russia's" → "Russia"."""
    return text.removesuffix("'s")


def _norm(text: str) -> str:
    """A phrase's identity within an article: lowercase, without determiners, quantity or possessive."""
    words = text.lower().replace("'s", "").split()
    while words and (words[0] in ("the", "a", "an", "this", "that", "these", "those") or words[0][0].isdigit()):
        words = words[1:]
    return " ".join(words)


def _role_words(tokens: list[Token]) -> list[Token]:
    """The words of a title phrase that name the role: no determiners, countries or possessives."""
    return [t for t in tokens if t.dep_ not in SKIP_DEPS and t.ent_type_ != "PERSON"
            and not (t.ent_type_ == "GPE" and t.text[:1].isupper())  # a lower-case "GPE" is a tagging slip
            and not (t.ent_type_ == "NORP" and gazetteer.country(t.text) is not None)  # "Jewish" stays, "Russian" goes
            and t.tag_ != "POS" and not t.is_punct and not _is_country_word(t)]


# Words that say only what form a body takes, not what it does: "Medical Services Alliance" is HLH.
ORG_FORMS = frozenset({"alliance", "association", "union", "federation", "council", "network", "coalition",
                       "society", "league", "committee", "club", "board", "forum", "consortium", "cooperative",
                       "group", "organization", "organisation", "movement", "front", "trust"})


def _inner_sector(words: list[Token]) -> gazetteer.SectorMatch | None:
    """The kind of body a name's inner words name when its last words name none or only a form
    ("Aboriginal Medical Services Alliance Northern Territory" → HLH); titles of people do not count."""
    for end in range(len(words) - 1, 0, -1):
        match = _sector_of(words[:end])
        if match is not None and match.kind in ("organization", "group") and match.phrase.split()[-1] not in ORG_FORMS:
            return match
    return None


def _sector_of(words: list[Token]) -> gazetteer.SectorMatch | None:
    if not words:
        return None
    return gazetteer.sector_of([t.lower_ for t in words], [t.lemma_.lower() for t in words])


def _role_and_sector(words: list[Token], title: list[Token]) -> tuple[list[Token], gazetteer.SectorMatch | None]:
    """A title's role words up to a place or body it is "at", "for", "in"… ("professor at a university"
    → "professor"), and the sector they name; a generic role ("spokesman for the ministry") takes the
    sector of the whole phrase. words: the role words of ``title``, the title's tokens."""
    prep = next((t.i for t in title if words and t.i > words[0].i and t.dep_ == "prep" and t.lower_ != "of"), None)
    cut = sum(1 for t in words if prep is None or t.i < prep)
    match = _sector_of(words[:cut])
    if 0 < cut < len(words) and (match is None or words[cut - 1].lemma_.lower() in GENERIC_HEADS):
        match = _sector_of(words) or match
    return words[:cut], match


class ActorFinder:
    """Collects actor candidates over one parsed document, then numbers them in text order."""

    def __init__(self, doc: Doc, date: str | None = None) -> None:
        self.doc = doc
        article = doc._.article if doc.has_extension("article") else None
        self.date = date or (article.published if article is not None else None)
        self.candidates: list[Candidate] = []
        self.token_actor: dict[int, Candidate] = {}
        self.deferred: list[Span] = []  # nationalities tagged PERSON that modify a noun: read after agent phrases
        self.anaphors: list[tuple[Span, list[Token], Candidate | None]] = []  # "the agency": read after named bodies

    # -- recording -------------------------------------------------------------------------
    def _mention(self, cand: Candidate, tokens: list[Token]) -> None:
        tokens = [t for t in tokens if not t.is_punct and t.tag_ != "POS" and t.dep_ != "det"] or tokens
        if not tokens:
            return
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if (start, end) not in cand.mentions:
            cand.mentions.append((start, end))
        for t in tokens:
            cand.tokens.add(t.i)
            self.token_actor[t.i] = cand

    def _add(self, cand: Candidate, tokens: list[Token]) -> Candidate:
        self.candidates.append(cand)
        self._mention(cand, tokens)
        return cand

    def _taken(self, tokens: Iterable[Token]) -> bool:
        return any(t.i in self.token_actor for t in tokens)

    # -- people ----------------------------------------------------------------------------
    def _title_tokens(self, ent: Span) -> list[Token]:
        """The title before a name ("British Prime Minister Keir Starmer") or in apposition to it."""
        head = ent.root
        before = [t for t in head.subtree if t.i < ent.start]
        if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN"):
            before = [t for t in head.head.subtree if t.i < head.head.i + 1 and t.i < ent.start]
        for child in head.children:
            if child.dep_ == "appos" and child.i > ent.end - 1 and child.pos_ == "NOUN":
                before = [t for t in child.subtree if t.dep_ not in ("relcl", "acl")]
        return [t for t in before if t.ent_type_ != "PERSON" or t.i < ent.start - 10]

    def person(self, ent: Span) -> None:
        name = _bare(ent.text)
        if self._misread_place(ent, name):
            return
        name_tokens = [t for t in ent if t.tag_ != "POS"]
        surname = name_tokens[-1].text if name_tokens else name
        for cand in self.candidates:  # a short name joins the full name already seen
            if cand.kind == "person" and name and (cand.name == name or set(name.split()) < set(cand.name.split())):
                self._mention(cand, name_tokens)
                return
        title = self._title_tokens(ent)
        words = _role_words(title)
        words, match = _role_and_sector(words, title)
        role = self.doc[words[0].i:words[-1].i + 1].text if words else None
        known = gazetteer.person(name, self.date)  # the title as written decides first: "former President X"
        country = _country_of(title) or _of_country(ent) or (known.country if known else None)
        cand = Candidate(name=name, kind="person", country=country,
                         role=role, sector=match.sector if match else (known.sector if known else None), head=surname)
        self._add(cand, name_tokens)
        if title:
            self._mention(cand, [t for t in title if t.i not in self.token_actor])

    def _misread_place(self, ent: Span, name: str) -> bool:
        """A country, region or nationality the tagger took for a person ("Benin", "Bosnian Serbs"):
        recorded as what it is. RETURNS (bool): whether the entity was such a place."""
        if gazetteer.person(name) is not None:
            return False
        match = gazetteer.country(name)
        if match is None and len(ent) == 2 and gazetteer.country(ent[0].text) is not None:
            match = gazetteer.country(ent[0].text)  # "Bosnian Serbs": a nationality and a people
            last = gazetteer.country(ent[1].text)
            if match.how != "demonym" or not (ent[1].tag_ == "NNPS" or (last is not None and last.how == "demonym")):
                return False
        if match is None or match.how == "capital":
            return False
        if match.how == "region":
            self.city(ent, match.iso3)
        elif match.how == "name":
            self.country(ent)
        elif ent.root.dep_ in ("amod", "compound", "nmod"):
            self.deferred.append(ent)  # "Bangladeshi troops": the agent phrase takes it first
        else:
            self.demonym(ent)
        return True

    # -- agent phrases ("the spy agency", "the Russian ambassador") --------------------------
    def agent_phrase(self, chunk: Span) -> None:
        tokens = [t for t in chunk if t.dep_ not in ("det", "predet")]
        if not tokens or self._taken([chunk.root]):
            return
        if self.named_phrase(chunk, tokens):
            return
        words = _role_words(tokens)
        if not words or words[-1].i != chunk.root.i:
            return
        match = _sector_of(words)
        head_lemma = chunk.root.lemma_.lower()
        sector, of_country = _refined_sector(match, tokens, chunk.root)
        if sector is None:
            if len(words) == 1 and head_lemma in ANAPHORIC_HEADS and _is_definite(chunk):
                self.anaphors.append((chunk, tokens, None))  # "the group": only ever a mention of an earlier actor
            return
        kind = match.kind if match else ("group" if head_lemma in GROUP_HEADS else "person")
        kind = kind if kind in ("person", "organization", "group") else "organization"
        if self._split_coordinated(chunk, tokens, kind, sector):
            return
        country = (_country_of(tokens) or (_located_country(chunk.root) if kind != "person" else _affiliation(chunk.root))
                   or of_country)
        head = chunk.root.lemma_.lower()
        text = _bare(chunk.text)
        same = [c for c in self.candidates if c.kind != "country" and _norm(c.name) == _norm(text)]
        if same:  # "North Korean troops" again is the same group
            self._mention(same[-1], tokens)
            return
        role = " ".join(t.text for t in words) if kind == "person" else None
        cand = Candidate(name=text, kind=kind, country=country, sector=sector, role=role, head=head)
        if country is None and match is not None and _is_definite(chunk):
            if not any(t.ent_type_ for t in tokens):
                self.anaphors.append((chunk, tokens, cand))  # "the agency": read once every named body is known
                return
            earlier = self._antecedent(chunk, cand)  # "the Foreign Ministry" again
            if earlier is not None:
                self._mention(earlier, tokens)
                return
        self._add(cand, tokens)

    def _split_coordinated(self, chunk: Span, tokens: list[Token], kind: str, sector: str) -> bool:
        """One actor per country in "Hungarian and Romanian officials", "U.S. and Russian negotiators".

        Each nationality's tokens mention its own actor and the shared head mentions none, so whoever
        reads the head ("officials agreed") finds both through its coordinated modifiers."""
        for tok in tokens:
            if tok.dep_ not in ("amod", "compound", "nmod") or not tok.conjuncts:
                continue
            members = [(t, _token_country(t)) for t in (tok, *tok.conjuncts) if chunk.start <= t.i < chunk.end]
            countries = [iso3 for _, iso3 in members]
            if len(members) < 2 or None in countries or len(set(countries)) < len(countries):
                return False
            last = max(t.i for t, _ in members)
            head_words = self.doc[last + 1:chunk.end].text
            for t, iso3 in members:
                words = list(entity_of(t)) if t.ent_type_ else [t]
                name = f"{self.doc[words[0].i:words[-1].i + 1].text} {head_words}"
                self._add(Candidate(name=name, kind=kind, country=iso3, sector=sector, head=chunk.root.lemma_.lower(),
                                    role=head_words if kind == "person" else None), words)
            return True
        return False

    def _antecedent(self, chunk: Span, cand: Candidate | None) -> Candidate | None:
        """The actor a definite phrase with no country of its own refers back to, the latest mentioned
        before it: one headed by the same noun ("the agency" → "the spy agency"), a named body whose name
        ends in it ("the agency" → the Central Intelligence Agency), a named body of the same sector
        when the phrase names a kind of body ("the news agency" → Reuters, "the company" → Acme Ltd), a
        person whose role ends in it ("the minister"); for "the group", any earlier body or group."""
        head = chunk.root.lemma_.lower()

        def fits(c: Candidate) -> bool:
            if cand is None:
                return c.kind in ("organization", "group")
            if c.kind == "person" or cand.kind == "person":
                return c.kind == cand.kind == "person" and bool(c.role) and c.role.lower().endswith(head)
            if c.kind == "country" or c.kind == "other":
                return False
            named = c.head == c.name or c.name.split()[-1][:1].isupper()  # a body known by its name
            last = c.name.lower().split()[-1] if c.name else ""
            return (c.head == head or (named and last.removesuffix("s") == head.removesuffix("s"))
                    or (named and c.sector == cand.sector and c.kind == "organization" and cand.kind == "organization"
                        and (len(cand.name.split()) > 2 or cand.sector in TYPE_NOUN_SECTORS)))

        before = [(max(i for i in c.tokens if i < chunk.start), c) for c in self.candidates
                  if c is not cand and any(i < chunk.start for i in c.tokens) and fits(c)]
        return max(before, key=lambda pair: pair[0])[1] if before else None

    def resolve_anaphors(self) -> None:
        """Definite phrases held back by ``agent_phrase``, in text order: each joins its antecedent or,
        when it has none and names a sector, becomes an actor of its own."""
        for chunk, tokens, cand in self.anaphors:
            if self._taken([chunk.root]):
                continue
            earlier = self._antecedent(chunk, cand)
            if earlier is not None:
                self._mention(earlier, tokens)
            elif cand is not None:
                self._add(cand, tokens)

    def named_phrase(self, chunk: Span, tokens: list[Token]) -> bool:
        """A phrase that names an organisation in the lexicons ("the World Bank", "Russia's FSB")."""
        if not any(t.pos_ == "PROPN" or t.text.isupper() for t in tokens):
            return False
        ent = entity_of(chunk.root) if chunk.root.ent_type_ == "ORG" else None
        if ent is not None and ent.end > chunk.end:  # "International Court" of an entity "International Court of Justice"
            found = gazetteer.organization(ent.text)
            if found is not None:
                country = _country_of([t for t in ent if t.ent_type_ in ("GPE", "NORP")]) or found.country
                self._organization(found.name, country, found.sector, list(ent))
                return True
        own = [t for t in tokens if t.dep_ != "poss" and t.tag_ != "POS" and not (t.head.dep_ == "poss" and t.i < t.head.i)]
        found = gazetteer.organization(self.doc[tokens[0].i:tokens[-1].i + 1].text)  # "People's Liberation Army"
        if found is not None:
            own = tokens
        elif own:
            found = gazetteer.organization(self.doc[own[0].i:own[-1].i + 1].text)  # "Russia's FSB"
        if found is None:
            found, own = self._named_tail(chunk, tokens)
        if found is None:
            return False
        country = _country_of([t for t in tokens if t not in own]) or found.country
        self._organization(found.name, country, found.sector, tokens)
        return True

    def _named_tail(self, chunk: Span, tokens: list[Token]) -> tuple[gazetteer.NamedMatch | None, list[Token]]:
        """A name that ends the phrase after modifiers: "the rebel [Kurdistan Workers' Party]"."""
        for n, tok in enumerate(tokens[1:], 1):
            if tok.text[:1].isupper() and tokens[-1].i == chunk.root.i:
                found = gazetteer.organization(self.doc[tok.i:tokens[-1].i + 1].text)
                if found is not None:
                    return found, tokens[n:]
        return None, tokens

    def _organization(self, name: str, country: str | None, sector: str | None, tokens: list[Token]) -> None:
        for cand in self.candidates:
            if cand.kind == "organization" and cand.head == name and cand.country == country:
                self._mention(cand, tokens)
                return
        if self._spelled_out(tokens, country, sector):
            return
        self._add(Candidate(name=name, kind="organization", country=country, sector=sector, head=name), tokens)

    def _spelled_out(self, tokens: list[Token], country: str | None, sector: str | None) -> bool:
        """An acronym joins the body named in full earlier in the article ("the National Intelligence
        Service … the NIS"); what the acronym's table row knows fills what the full name left open."""
        text = "".join(t.text for t in tokens if t.dep_ != "det" and not t.is_punct and t.tag_ != "POS").replace(".", "")
        if not (2 <= len(text) <= 8 and text.isupper() and text.isalpha()):
            return False
        for cand in reversed(self.candidates):
            if cand.kind == "organization" and _initials(cand.name) == text and (
                    cand.country is None or country in (None, cand.country)):
                cand.country = cand.country or country
                cand.sector = cand.sector or sector
                self._mention(cand, tokens)
                return True
        return False

    # -- countries and organisations ---------------------------------------------------------
    def country(self, ent: Span) -> None:
        match = gazetteer.country(ent.text)
        if match is None:
            self.city(ent)
            return
        if self._taken(ent) or _stance(ent[0]):
            return
        if match.how == "capital" and _is_place_phrase(ent):
            return  # "the ambassador in Seoul": a place, not the government acting
        if match.how == "region":
            self.city(ent, match.iso3)
            return
        key = ent.text if match.how == "capital" else match.iso3
        for cand in self.candidates:
            if cand.kind == "country" and cand.head == key:
                self._mention(cand, list(ent))
                return
        name = _bare(ent.text)
        if name.lower().startswith("the "):
            name = name[4:]
        sector = "GOV" if match.how == "capital" else None
        self._add(Candidate(name=name, kind="country", country=match.iso3, sector=sector, head=key), list(ent))

    def city(self, ent: Span, iso3: str | None = None) -> None:
        """A large city, US state or region named as an actor ("Shanghai imposed a lockdown"): an actor of
        kind ``other`` with the place's country and no sector. After "in"/"at" it is a place, not an actor."""
        iso3 = iso3 or _city_country(ent)
        if iso3 is None or self._taken(ent) or _is_place_phrase(ent):
            return
        name = _bare(ent.text)
        for cand in self.candidates:
            if cand.kind == "other" and cand.head == name:
                self._mention(cand, list(ent))
                return
        self._add(Candidate(name=name, kind="other", country=iso3, head=name), list(ent))

    def demonym(self, ent: Span) -> None:
        """A nationality no other actor took: "Albanians" is a group of that country; "Palestinian"
        before a noun ("Palestinian riots") is a mention of the country."""
        doc = self.doc
        if self._taken(ent) or (ent.end < len(doc) and doc[ent.end].text == "-") or _stance(ent[0]):
            return  # "Russian-made rockets", "US-backed forces", "pro-Iranian": a maker, backer or side, not a participant
        iso3 = _entity_country(ent.root)
        if iso3 is None:
            return
        root = ent.root
        if root.pos_ in ("NOUN", "PROPN") and root.dep_ not in ("amod", "compound", "nmod"):
            if any(t.lower_ == "ethnic" for t in root.children):  # a minority: where it lives, if the sentence says
                iso3 = _located_country(root) or _other_country(root, iso3)
            else:
                iso3 = _located_country(root) or iso3  # "Albanians in south Serbia" live in Serbia
            same = [c for c in self.candidates if c.kind == "group" and c.country == iso3 and c.sector is None
                    and (iso3 is not None or c.head == root.lemma_.lower())]
            if same:
                self._mention(same[-1], list(ent))
            else:
                self._add(Candidate(name=_bare(ent.text), kind="group", country=iso3, head=root.lemma_.lower()), list(ent))
            return
        for cand in self.candidates:
            if cand.kind == "country" and cand.head == iso3:
                self._mention(cand, list(ent))
                return
        self._add(Candidate(name=_bare(ent.text), kind="country", country=iso3, head=iso3), list(ent))

    def untagged_name(self, tok: Token) -> None:
        """A proper noun the tagger left untagged: a surname of a person named earlier ("Lopez told
        reporters" after "Maria Lopez"), else a country or nationality."""
        earlier = [c for c in self.candidates if c.kind == "person" and min(c.tokens) < tok.i
                   and tok.text in c.name.split()[1:] and tok.text[:1].isupper()]
        if earlier:
            self._mention(max(earlier, key=lambda c: max(i for i in c.tokens if i < tok.i)), [tok])
            return
        self.untagged_place(self.doc[tok.i:tok.i + 1])

    def untagged_place(self, span: Span) -> None:
        """A country name or nationality the tagger missed ("Uruguay held talks", "Uzbeks protested")."""
        match = gazetteer.country(span.text)
        if match is None or match.how in ("capital", "region"):
            return
        if match.how == "name":
            self.country(span)
        else:
            self.demonym(span)

    def organization(self, ent: Span) -> None:
        if self._taken(ent):
            return
        name = _bare(ent.text)
        place = gazetteer.country(name)
        if place is not None and place.how != "demonym" and gazetteer.organization(name) is None:
            self.country(ent)  # a country or capital the tagger took for an organisation ("KABUL")
            return
        if gazetteer.organization(name) is None and gazetteer.person(name) is not None:
            self.person(ent)  # a leader the tagger took for an organisation ("Trump")
            return
        found = gazetteer.organization(name)
        if found is not None:
            own_country = _country_of([t for t in ent if t.ent_type_ in ("GPE", "NORP")])
            self._organization(found.name, own_country or found.country, found.sector, list(ent))
            return
        for cand in self.candidates:
            if cand.kind == "organization" and cand.name == name:
                self._mention(cand, list(ent))
                return
        if self._spelled_out(list(ent), _country_of(ent), None):
            return
        words = _role_words(list(ent))
        match = _sector_of(words)
        if match is None or match.phrase in ORG_FORMS:
            match = _inner_sector(words) or match
        named = _named_part(list(ent))
        sector = match.sector if match else (named.sector if named else None)
        self._add(Candidate(name=name, kind="organization", country=_country_of(ent),
                            sector=sector, head=name), list(ent))

    # -- pronouns ------------------------------------------------------------------------------
    def pronoun(self, tok: Token) -> None:
        word = tok.lower_
        if word in PERSON_PRONOUNS:
            feminine = word in FEMININE
            own = self._own_subject(tok)
            fits = [c for c in self.candidates if c.kind == "person" and min(c.tokens) < tok.i
                    and c.feminine in (None, feminine) and c is not own]
            subject = self._subject_above(tok) if tok.dep_ in ("nsubj", "nsubjpass") else None
            found = self.token_actor.get(subject.i) if subject is not None and subject.i < tok.i else None
            if found not in fits:  # "Kim met Putin. He said…": the subject goes on, else the nearest person
                found = max(fits, key=lambda c: max(i for i in c.tokens if i < tok.i)) if fits else None
            if found is not None:
                found.feminine = feminine
                self._mention(found, [tok])
        elif word in THING_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
            subject = self._subject_above(tok)
            if subject is not None and subject.i in self.token_actor and subject.i < tok.i:
                cand = self.token_actor[subject.i]
                if (word == "it") == (cand.kind not in ("group", "person")) and cand.kind != "person":
                    self._mention(cand, [tok])

    def _own_subject(self, tok: Token) -> Candidate | None:
        """The actor an object pronoun cannot be: the subject of its own clause ("Berg had called her")."""
        if tok.dep_ not in ("dobj", "pobj", "dative", "iobj"):
            return None
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return self.token_actor.get(subject.i) if subject is not None else None

    def _subject_above(self, tok: Token) -> Token | None:
        """The subject "it"/"they" most likely stands for: that of the clause governing the pronoun's
        ("X stated it could not confirm"), or, when the pronoun opens a sentence, that of the sentence
        before ("The agency gave no details. It said…")."""
        clause = tok.head
        if clause.dep_ in ("ccomp", "conj", "xcomp"):
            return next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (clause.dep_ == "ROOT" and tok.i == tok.sent.start and tok.sent.start > 0
                and clause.lemma_.lower() not in IMPERSONAL_VERBS):  # "It is unclear whether…" points nowhere
            previous = self.doc[tok.sent.start - 1].sent.root
            return next((c for c in previous.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return None

    # -- the whole document -------------------------------------------------------------------
    def run(self) -> tuple[list[Actor], dict[int, str]]:
        doc = self.doc
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                self.person(ent)
        for chunk in doc.noun_chunks:
            self.agent_phrase(chunk)
        for ent in doc.ents:
            if ent.label_ == "GPE":
                self.country(ent)
            elif ent.label_ == "LOC":
                self.city(ent)
            elif ent.label_ == "ORG":
                self.organization(ent)
        for ent in [*doc.ents, *self.deferred]:
            if ent.label_ == "NORP" or ent in self.deferred:
                self.demonym(ent)
        for tok in doc:
            if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.i not in self.token_actor:
                self.untagged_name(tok)
        self.resolve_anaphors()
        for tok in doc:
            if tok.pos_ == "PRON" and tok.i not in self.token_actor:
                self.pronoun(tok)
        return self.number()

    def number(self) -> tuple[list[Actor], dict[int, str]]:
        ordered = sorted(self.candidates, key=lambda c: min(c.tokens))
        actors, ids = [], {}
        for n, cand in enumerate(ordered, 1):
            actor_id = f"a{n}"
            ids[id(cand)] = actor_id
            actors.append(Actor(id=actor_id, name=cand.name, kind=cand.kind, country=cand.country,
                                sector=cand.sector, role=cand.role, mentions=sorted(cand.mentions)))
        token_ids = {i: ids[id(c)] for i, c in self.token_actor.items()}
        return actors, token_ids


def find_actors(doc: Doc, date: str | None = None) -> tuple[list[Actor], dict[int, str]]:
    """The actors of a parsed article, and a map from token index to the actor it mentions.

    date (str | None): ``YYYY-MM-DD``, the day written about (default: the article's ``published``);
    it picks the office a well-known person held then.
    RETURNS (tuple): ``(actors, token_actor)``; actor ids are ``a1, a2, …`` in order of first mention.
    """
    return ActorFinder(doc, date).run()


def _phrase_lookup(doc: Doc, date: str | None = None) -> dict[str, Any] | None:
    """What the lexicons say of a whole short phrase in which the parser found no actor at its head:
    a named organisation, a country, or an agent noun, possibly as a modifier ("army accountant")."""
    tokens = [t for t in doc if not t.is_punct and t.dep_ not in ("det", "predet")]
    if not tokens:
        return None
    text = doc[tokens[0].i:tokens[-1].i + 1].text
    found = gazetteer.organization(text)
    if found is not None:
        return {"kind": "organization", "country": found.country, "sector": found.sector, "role": None}
    known = gazetteer.person(text, date)
    if known is not None:
        return {"kind": "person", "country": known.country, "sector": known.sector, "role": None}
    place = gazetteer.country(text)
    if place is not None:
        kind = "group" if place.how == "demonym" and text.lower().endswith("s") else "country"
        kind = "other" if place.how == "region" else kind
        return {"kind": kind, "country": place.iso3, "sector": "GOV" if place.how == "capital" else None, "role": None}
    words = _role_words(tokens)
    match = None
    while words and match is None:  # "army accountant": the modifier names the body
        match = _sector_of(words)
        words = words[:-1] if match is None else words
    root = next((t for t in doc if t.dep_ == "ROOT"), tokens[-1])
    country = _country_of(tokens) or _located_country(root)
    if match is None and country is None:
        return None
    kind = match.kind if match and match.kind in ("person", "organization", "group") else "other"
    return {"kind": kind, "country": country, "sector": match.sector if match else None,
            "role": " ".join(t.text for t in words) if kind == "person" else None}


def resolve_actor(text: str, date: str | None = None) -> dict[str, Any]:
    """Resolve a short actor description, e.g. ``"Russia's deputy defence minister"``.

    date (str | None): ``YYYY-MM-DD`` (or ``YYYY``); a well-known person gets the office held that year
        ("Vladimir Putin" in 1999 heads the FSB, later the state).
    RETURNS (dict): ``{"name", "kind", "country", "sector", "role"}``; fields unknown are None.
    """
    from newsgraph.nlp import pipeline

    text = text.strip()
    doc = pipeline()(text)
    found, token_actor = find_actors(doc, date) if date else (doc._.actors, doc._.token_actor)
    actors = {a.id: a for a in found}
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    best = actors.get(token_actor.get(root.i)) if root is not None else None
    if best is None:
        looked_up = _phrase_lookup(doc, date)
        if looked_up is not None:
            return {"name": text, **looked_up}
    if best is None and actors:
        best = max(actors.values(), key=lambda a: sum(e - s for s, e in a.mentions))
    if best is None:
        return {"name": text, "kind": "other", "country": None, "sector": None, "role": None}
    return {"name": text, "kind": best.kind, "country": best.country, "sector": best.sector, "role": best.role}
