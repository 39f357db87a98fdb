"""Time expressions: find them in a parsed article and normalise them to TimeML TIMEX3 values.

Finding and resolving are separate steps, htmldate-style. :func:`find_timexes` proposes candidates
(the doc's DATE and TIME entities, plus patterns built from ``lexicons/timex.json`` for what the
small model misses), trims each to its TimeML extent, keeps those the grammar can read, and resolves
them with :func:`normalise` against the publication date, in the tense of the governing verb.

Every span is a pair of Python string offsets into ``doc.text``, end exclusive.

Modules: ``base`` (Norm, context, placeholders), ``vocab`` (the lexicon and regex fragments),
``periods`` (calendar arithmetic), ``readers`` (numbers, units, clock times), ``grammar`` (the rule
table), ``rules_calendar``, ``rules_relative`` and ``rules_compound`` (the rules' readers: calendar
dates; expressions measured from an anchor; expressions built on another one), ``resolve``
(normalising one expression), ``tense`` (tense of the governing verb), ``detect`` (candidate spans)
and ``find`` (trimming, filtering, overlap and anaphora over a doc).
"""
from __future__ import annotations

from newsgraph.extract.timex.base import TENSES, UNRESOLVED, Norm
from newsgraph.extract.timex.find import find_timexes
from newsgraph.extract.timex.resolve import normalise, parse_published
from newsgraph.extract.timex.tense import tense_of
from newsgraph.extract.timex.vocab import lexicon

__all__ = ["TENSES", "UNRESOLVED", "Norm", "find_timexes", "lexicon", "normalise", "parse_published", "tense_of"]
