"""Claims: who says what. Each attribution has a source, a cue and a content span, and may be nested.

Rules over the dependency parse, with cues from ``lexicons/cues.tsv``, each a small named function:

- ``verb_cue``: a cue verb with what it reports: a clause ("X said (that) …", "X declined to comment",
  "Asked if …"), an object ("X denied the report", "X called Y 'unhinged'") or a linked phrase
  ("X talked about …", "X warned of …");
- ``noun_read_as_verb``: "Trump predicts that …" with the verb tagged as a plural noun at the root;
- ``records_show``: "…, court records show." with "show" read as a noun or set off by commas;
- ``seem_cue``: "Sanders appears to lead", "it seems that …": the author's impression, no source, the
  content in two pieces (what seems so, what it seems to be);
- ``according_to``: "…, according to X" / "citing X" (after "Y said …", X reports the saying: the outer claim);
- ``in_source``: "Lee leads by ten points in a new poll" (one poll or survey is the source);
- ``stance_phrase``: "X came out in support of Y", "… in the hope of Z" (a prepositional cue);
- ``adverb_cue``: "reportedly", "allegedly" (no source);
- ``adjective_cue``: "X was critical of …", "X is confident that …", "it is unclear whether …" (a stance
  adjective after a linking verb, its subject the source);
- ``noun_cue``: "X's claim that …", "reports of …", "no confirmed evidence that …";
- ``agent_cue``: "X has been a critic of Y" (an agent noun said of its subject);
- ``parenthetical``: "The deal, he says, is dead" (the content in two pieces around the cue);
- ``colon_cue``: a speaker's name and a colon at the head of a line ("Sanders: It is not radical");
- ``headline_cue``: a title-case headline verb ("Conservative Icon Endorses Ted Cruz");
- ``first_line_cue`` (last): a present-tense cue verb after a name in the first line, when no other rule read
  the parse ("Clinton blasts Trump over …");
- quotations (``quote_claims``): a quotation whose speaker and verb stand right after it ("'…,' said X")
  or before it, a quotation that goes on from the claim just before it ("'…,' he said. '…'"), each
  continuation its own claim with the same source and cue, and a quotation that opens a sentence after
  one about a person ("Anna Berg was defiant. '…'": her words, the quotation marks the cue);
- claims whose cue sits inside a quotation that no claim attributes are dropped (the quoted speaker's
  "I think" cannot be resolved), and so are cues inside markup tags left in the text ('<tweet …>').

Conventions (those of attribution corpora such as PolNeAR): the content keeps its complementizer
("that …", "whether …", "to …"); the cue is the whole verb group, with auxiliaries, negation,
adverbs, particles, a preposition that links it to the content and a closing colon ("has also
called for", "could not confirm", "said:"); a direct quotation is the content as a whole, across
sentences and paragraphs. A claim's ``parent`` is the smallest other claim whose content holds its cue.
Spans are ``(start, end)`` character offsets into the article text, end exclusive.

Modules: ``lexicon`` (cue lexicon, word lists, ``Cue`` and ``Found``), ``spans`` (character spans and
trimming), ``sources`` (who speaks for a verb), ``groups`` (cue spans of verbs), ``verbs``, ``according``
(parentheticals, "according to", adverbs), ``adjectives``, ``nouns``, ``lines`` (colon and headline cues), ``quotation``
(quote pairing, direct speech), ``speakers`` (claims for quotations), ``chains`` (filtering, numbering,
parents) and ``claims`` (the rule order and ``find_claims``).
"""
from __future__ import annotations

from .according import according_to, adverb_cue, in_source, parenthetical, stance_phrase
from .adjectives import adjective_cue
from .claims import RULES, find_claims
from .lexicon import (ADJECTIVE_PREPS, CONTENT_PRONOUNS, EXPLETIVES, HEADLINE_TOKENS, LINK_PREPS, MANNER, MARKS,
                      MAX_NAME_TOKENS, MAX_QUOTE_GAP, MEDIA, MIN_SPEECH_WORDS, NAMING, NOUN_PREPS, OBJECT_KINDS,
                      OBJECT_PREPS, Cue, Found, cues, negators)
from .lines import colon_cue, headline_cue
from .nouns import agent_cue, noun_cue
from .quotation import Sentences, quotes
from .speakers import continuation, quote_before, quote_claims, quote_speaker
from .spans import TRIM, trim
from .verbs import noun_read_as_verb, seem_cue, verb_cue

__all__ = [
    "ADJECTIVE_PREPS", "CONTENT_PRONOUNS", "EXPLETIVES", "HEADLINE_TOKENS", "LINK_PREPS", "MANNER", "MARKS",
    "MAX_NAME_TOKENS", "MAX_QUOTE_GAP", "MEDIA", "MIN_SPEECH_WORDS", "NAMING", "NOUN_PREPS", "OBJECT_KINDS",
    "OBJECT_PREPS", "RULES", "TRIM", "Cue", "Found", "Sentences", "according_to", "adjective_cue", "adverb_cue",
    "agent_cue", "colon_cue", "continuation", "cues", "find_claims", "headline_cue", "in_source", "negators",
    "noun_cue", "noun_read_as_verb", "parenthetical", "quote_before", "quote_claims", "quote_speaker", "quotes", "seem_cue",
    "stance_phrase", "trim", "verb_cue",
]
