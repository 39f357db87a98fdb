"""Lookups over the actor lexicons: countries, IGOs, named organisations, agent nouns (sectors), titles.

Tables come from ``lexicons/*.tsv``; this module only indexes them for fast, case-insensitive lookup.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from newsgraph.lexicons import load, split


@dataclass(frozen=True)
class CountryMatch:
    iso3: str
    how: str  # "name" | "demonym" | "capital"


@dataclass(frozen=True)
class NamedMatch:
    """A named organisation or well-known person: canonical name, country (ISO alpha-3 or ``IGO``), sector."""

    name: str
    country: str
    sector: str


@dataclass(frozen=True)
class SectorMatch:
    phrase: str
    sector: str
    kind: str  # "person" for titles, else the table's kind
    length: int


def _key(text: str) -> str:
    text = text.strip().lower().replace("\u2019", "'")
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _countries() -> dict[str, CountryMatch]:
    index: dict[str, CountryMatch] = {}
    for row in load("countries.tsv"):
        iso3 = row["iso3"]
        for how, names in (("capital", split(row["capitals"])), ("demonym", split(row["demonyms"])),
                           ("name", [row["name"], *split(row["aliases"])])):
            for name in names:
                index[_key(name)] = CountryMatch(iso3, how)
    return index


@lru_cache(maxsize=1)
def _igos() -> dict[str, tuple[str, str]]:
    index: dict[str, tuple[str, str]] = {}
    for row in load("igos.tsv"):
        for name in [row["name"], *split(row["aliases"])]:
            index[_key(name)] = (row["name"], row["sector"])
    return index


@lru_cache(maxsize=None)
def _named(table: str) -> dict[str, NamedMatch]:
    """``organizations.tsv`` or ``people.tsv`` indexed by every name and alias."""
    index: dict[str, NamedMatch] = {}
    for row in load(table):
        for name in [row["name"], *split(row["aliases"])]:
            index[_key(name)] = NamedMatch(row["name"], row["country"], row["sector"])
    return index


@lru_cache(maxsize=1)
def _phrases() -> dict[str, SectorMatch]:
    index: dict[str, SectorMatch] = {}
    for row in load("sectors.tsv"):
        phrase = row["phrase"].lower()
        index[phrase] = SectorMatch(phrase, row["sector"], row["kind"], len(phrase.split()))
    for row in load("titles.tsv"):
        title = row["title"].lower()
        index.setdefault(title, SectorMatch(title, row["sector"], "person", len(title.split())))
    return index


def country(text: str) -> CountryMatch | None:
    """The country a name, alias, demonym or capital stands for: ``"South Korea's"`` → KOR."""
    return _countries().get(_key(text))


def igo(text: str) -> tuple[str, str] | None:
    """``(canonical name, sector)`` of an international organisation named by ``text``."""
    return _igos().get(_key(text))


def organization(text: str) -> NamedMatch | None:
    """A named organisation: an international one (country ``IGO``) or a national agency, armed
    group, party, outlet or company (``"the CIA"`` → USA, SPY)."""
    found = igo(text)
    if found:
        return NamedMatch(found[0], "IGO", found[1])
    return _named("organizations.tsv").get(_key(text))


def person(text: str) -> NamedMatch | None:
    """A well-known political figure: ``"Putin"`` → RUS, GOV. Titles in the text decide first."""
    return _named("people.tsv").get(_key(text))


def sector_of(words: Sequence[str], lemmas: Sequence[str] | None = None) -> SectorMatch | None:
    """The longest agent noun or title that ends the phrase ``words`` (lowercase), or None.

    words: the phrase's words; lemmas: the same words lemmatised (``troops`` → ``troop``), tried first.
    """
    table = _phrases()
    words = list(words)
    if words and words[-1].endswith("s") and len(words[-1]) > 3:  # a plural the tagger left as a name: "Rebels"
        singular = [*words[:-1], words[-1][:-1]]
        lemmas = lemmas if lemmas is not None and list(lemmas) != words else singular
    for size in range(len(words), 0, -1):
        for seq in (lemmas, words):
            if seq is None:
                continue
            key = " ".join(w.lower() for w in seq[-size:])
            if key in table:
                return table[key]
    return None
