"""The cue lexicon (``lexicons/cues.tsv``), the word lists and limits the rules share, and what a rule finds."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgraph.lexicons import load

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MARKS = {"that", "whether", "if"}
# Kinds of cue whose direct object is what is attributed ("denied the report", "supports the ban").
OBJECT_KINDS = {"confirm", "deny", "report", "claim", "believe", "doubt", "urge", "warn"}
SPEECH_KINDS = {"say", "report", "claim", "confirm", "deny", "warn", "urge"}  # kinds of cue that make a statement of their own
# Prepositions that link a cue to its content ("talked about", "warned of", "argued for").
# Believing may link with "with" ("agreed with the ruling", "sided with the union").
LINK_PREPS = {"say": {"about", "of"}, "believe": {"about", "of", "for", "against", "on", "over", "to", "with"},
              "default": {"about", "of", "for", "against", "on", "over", "to"}}
# Prepositions that link a noun cue to its content ("support for", "announcement of", "views on").
NOUN_PREPS = {"of", "for", "on", "about", "against", "at", "over", "behind", "toward", "towards"}
# Nouns for people and documents that can be cited as a source: "citing [officials]", "citing court [records]".
SOURCE_NOUNS = {"source", "official", "aide", "adviser", "advisor", "expert", "analyst", "witness", "people", "person",
                "spokesman", "spokeswoman", "spokesperson", "media", "outlet", "newspaper", "agency", "report", "document",
                "data", "record", "study", "survey", "poll", "figure", "statistic", "estimate", "account", "intelligence",
                "investigator", "prosecutor", "police", "authority", "diplomat", "observer", "resident", "member"}
# Inquiries whose object is what they found: "a survey found [90 percent support]", "the probe found [no evidence]".
STUDIES = {"poll", "survey", "study", "report", "analysis", "investigation", "probe", "review", "audit", "research",
           "data", "record", "document", "figure", "statistic", "estimate", "number", "census", "test"}
# Verbs that make their object do what the infinitive after it says: "the win led [Priebus] to declare …".
CAUSATIVES = {"lead", "prompt", "cause", "force", "drive", "push", "spur", "inspire", "allow", "compel", "move"}
# Verbs whose subject is what a noun cue in their object is about: "the plan [drew] criticism from X".
RECEIVING = {"draw", "face", "receive", "get", "win", "earn", "garner", "attract", "gain", "meet", "court", "invite"}
# Prepositions that link a stance adjective to its content ("critical of", "confident in", "angry at").
ADJECTIVE_PREPS = {"of", "about", "on", "over", "in", "with", "at", "toward", "towards", "to"}
# Pronouns that stand for what was said ("said so", "denied it", "did not say this").
CONTENT_PRONOUNS = {"it", "this", "that", "so", "something", "nothing", "anything", "everything", "these", "those",
                    "same"}  # "said the same"
# Nouns that are what was said when they are the object of a verb of saying, not its hearer: "told [the story] of …".
SAID_NOUNS = {"story", "tale", "joke", "lie", "truth", "anecdote"}
# Verbs of saying whose object is who heard it: "told [reporters]", "assured [the panel]".
TELLING = {"tell", "inform", "assure", "reassure", "remind", "notify", "brief", "warn", "caution"}
# Verbs of saying whose object is what was said, never a hearer: "says racist things", "said a few words".
WORDING_VERBS = {"say", "state"}
# Prepositions after an object that belong to what is attributed ("accused X of …", "described X as …").
OBJECT_PREPS = {"of", "as", "for"}
# Verbs of naming: attributive only with an object and what it is called ("called Trump 'unhinged'").
NAMING = {"call", "label", "brand", "dub", "term"}
# Nouns of a written medium kept in the cue: "said in a statement".
MEDIA = {"statement", "email", "e-mail", "letter", "tweet", "post", "memo", "release", "op-ed", "video", "message",
         "messages", "tweets", "statements", "interview", "speech", "remarks", "filing"}
EXPLETIVES = {"it", "there"}
RELATIVE_TAGS = {"WDT", "WP"}  # tags of a relative pronoun: "which", "that", "whom"
QUOTE_MARKS = {'"', "''", "``"}  # tokens of a double quote mark
MAX_NAME_TOKENS = 6  # a speaker's name before a colon
# Labels a page puts before a colon at the head of a line; no one speaks: "The Latest: …", "Editor's note: …".
LINE_LABELS = {"the latest", "editor's note", "note", "update", "updated", "correction", "clarification", "related",
               "watch", "read more", "breaking", "breaking news", "exclusive", "analysis", "opinion", "video", "photos",
               "live", "full text", "transcript", "abstract", "summary", "background", "context", "fact check"}
MAX_QUOTE_GAP = 3  # tokens between a quotation and the verb that attributes it
MAX_SPEAKER_TOKENS = 12  # ... when they are all the verb's subject: '"…," [the state's junior senator] said'
HEADLINE_TOKENS = 40  # a headline is a short line at the head of the text
MAX_TAIL_CHARS = 80  # the rest of a speaker's sentence before a quotation that goes on ("she said on Monday.")
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
QUOTED = Cue('"', "PUNCT", "claimed", 2.0, "say")  # quotation marks alone, the speaker named just before
COLON = Cue(":", "PUNCT", "claimed", 2.0, "say")  # a colon between a speaker and what they said


@lru_cache(maxsize=1)
def cues() -> dict[tuple[str, str], Cue]:
    """Cues keyed by ``(lemma, pos)``; multiword lemmas keep their spaces (``according to``)."""
    return {(r["lemma"], r["pos"]): Cue(r["lemma"], r["pos"], r["factuality"], float(r["certainty"]), r["kind"])
            for r in load("cues.tsv")}


@lru_cache(maxsize=1)
def negators() -> dict[str, str]:
    return {r["word"].lower(): r["kind"] for r in load("negators.tsv")}


def _is_negated(tok: "Token") -> bool:
    return any(c.dep_ == "neg" or negators().get(c.lower_) == "negation" for c in tok.children if c.i < tok.i)


# Inflections stripped to guess a lemma the tagger got wrong ("hoped" read as a form of "hop").
SUFFIXES = (("ing", ""), ("ing", "e"), ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""))


def _lemmas(tok: "Token") -> list[str]:
    """The tagger's lemma, the word itself, then the word less a regular inflection."""
    word = tok.lower_
    guesses = [word[:-len(end)] + add for end, add in SUFFIXES if word.endswith(end) and len(word) > len(end) + 2]
    return [tok.lemma_.lower(), word] + guesses


def _for_clauses(verb: "Token") -> list["Token"]:
    """The "for" that opens a clause with its own subject right after a verb: "called [for] Trump to drop out"
    (the parser reads "for" as the clause's marker, not as the verb's preposition)."""
    return [m for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i > verb.i
            for m in c.children if m.dep_ == "mark" and m.lower_ == "for" and all(t.head.i == verb.i and t.dep_ in ("prt", "advmod") for t in verb.doc[verb.i + 1:m.i])]


def _what_was_said(obj: "Token") -> bool:
    """An object that stands for what was said, not for who heard it: "said [so]", "told [the truth]"."""
    return obj.lower_ in CONTENT_PRONOUNS or obj.lemma_.lower() in SAID_NOUNS


def _is_cue_it(tok: "Token") -> bool:
    """The "it" of a cue that names no content of its own: "as she [put it]"."""
    return tok.dep_ == "dobj" and tok.lower_ == "it" and tok.i == tok.head.i + 1


REFLEXIVES = {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"}
FIXED_DETS = {"a", "an", "no"}  # "took [a swipe] at", "made [no secret] of"


def _fixed_object(verb: "Token") -> tuple[str, list["Token"]] | None:
    """A verb's object as a cue phrase may word it, with its tokens: "took [issue] with" → "issue",
    "distanced [himself] from" → "oneself", "made [no secret] of" → "no secret"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    if obj.lower_ in REFLEXIVES:
        return "oneself", [obj]
    dets = [c for c in obj.children if c.dep_ == "det" and c.lower_ in FIXED_DETS]
    if obj.pos_ != "NOUN" or any(c.dep_ != "prep" and c not in dets for c in obj.children) \
            or obj.i - len(dets) != verb.i + 1 + sum(1 for c in verb.children if c.dep_ in ("prt", "advmod") and verb.i < c.i < obj.i):
        return None
    return " ".join([d.lower_ for d in dets] + [obj.lemma_.lower()]), dets + [obj]


def _object_links(verb: "Token", fixed: list["Token"]) -> list["Token"]:
    """The prepositions after a cue's own object, on the verb or on the object: "took aim [at]"."""
    return [c for c in list(verb.children) + list(fixed[-1].children) if c.dep_ == "prep" and c.i > fixed[-1].i]


def _cue_object(verb: "Token", cue: "Cue") -> list["Token"]:
    """The tokens of the object that a cue's lemma words ("take issue with"), or none."""
    fixed = _fixed_object(verb)
    return fixed[1] if fixed is not None and f" {fixed[0]} " in f" {cue.lemma} " else []


def _is_particle(tok: "Token") -> bool:
    """An adverb right after its verb that the parser did not read as a particle: "shot [back]"."""
    return tok.dep_ == "advmod" and tok.i == tok.head.i + 1 and tok.pos_ in ("ADV", "ADP")


def _cue_for(tok: "Token", pos: str) -> Cue | None:
    table = cues()
    lemmas = _lemmas(tok)
    links = [c for c in tok.children if c.dep_ in ("prt", "prep") or _is_cue_it(c) or _is_particle(c)] \
        + [m for m in _for_clauses(tok)]
    # "weighed in on", "lashed out at": a particle and a preposition after it; then one of them alone
    phrases = [f"{a.lower_} {b.lower_}" for a in links for b in links if (a.dep_ == "prt" or _is_particle(a)) and b.i > a.i] \
        + [c.lower_ for c in links]
    fixed = _fixed_object(tok)
    if fixed is not None:  # "took issue with", "distanced himself from"
        phrases = [f"{fixed[0]} {c.lower_}" for c in _object_links(tok, fixed[1])] + phrases
    for phrase in phrases:
        for lemma in lemmas[:1] + lemmas[2:]:
            found = table.get((f"{lemma} {phrase}", pos))
            if found:
                return found
    return next((table[(lemma, pos)] for lemma in lemmas if (lemma, pos) in table), None)
