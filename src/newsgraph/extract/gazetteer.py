"""Lookups over the actor lexicons: countries, IGOs, named organisations, agent nouns (sectors), titles.

Tables come from ``lexicons/*.tsv``; this module only indexes them for fast, case-insensitive lookup.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.lexicons import load, split


@dataclass(frozen=True)
class CountryMatch:
    iso3: str
    how: str  # "name" | "demonym" | "capital" | "region"


@dataclass(frozen=True)
class NamedMatch:
    """A named organisation or well-known person: canonical name, country (ISO alpha-3, ``IGO``, or None
    for a transnational armed group), sector."""

    name: str
    country: str | None
    sector: str


@dataclass(frozen=True)
class SectorMatch:
    phrase: str
    sector: str
    kind: str  # "person" for titles, else the table's kind
    length: int


def fold(text: str) -> str:
    """``text`` without accents or diacritics: "Jüri Ratas" → "Juri Ratas", "Côte" → "Cote"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """A name as looked up: accents folded, lower case, no possessive, no leading "the", single spaces."""
    text = fold(text.strip()).lower().replace("\u2019", "'")
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    text = text.removeprefix("the ")
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _countries() -> dict[str, CountryMatch]:
    index: dict[str, CountryMatch] = {}
    for row in load("countries.tsv"):
        iso3 = row["iso3"]
        for how, names in (("region", split(row["regions"])), ("capital", split(row["capitals"])),
                           ("demonym", split(row["demonyms"])), ("name", [row["name"], *split(row["aliases"])])):
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


@lru_cache(maxsize=1)
def _organizations() -> dict[str, NamedMatch]:
    """``organizations.tsv`` indexed by every name and alias."""
    index: dict[str, NamedMatch] = {}
    for row in load("organizations.tsv"):
        for name in [row["name"], *split(row["aliases"])]:  # no country: a transnational group (al-Qaeda)
            index[_key(name)] = NamedMatch(row["name"], row["country"] or None, row["sector"])
    return index


MISSPELT_MIN = 6  # a word this long may be misspelt by one letter and still name a known person
NAME_PARTICLES = frozenset({"al", "el", "ad", "bin", "ibn", "van", "von", "de", "da", "di", "der", "den", "la", "le"})


def _person_key(text: str) -> str:
    """A person's name as compared: no dots or hyphens, and no particles ("Omar El-Bashir" ~ "Omar al Bashir")."""
    words = _key(text).replace("-", " ").replace(".", " ").split()
    return " ".join(w for w in words if w not in NAME_PARTICLES)


YEAR_RE = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?:-(0[1-9]|1[0-2]))?(?!\d)")  # "2022-01-10", "1 January 2018"
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS) + r")[a-z]*\.?\s", re.IGNORECASE)
OPEN = ((0, 1), (9999, 12))


@dataclass(frozen=True)
class Office:
    """One row of ``people.tsv``: a person in one office, from one month to another (open when not given)."""

    match: NamedMatch
    start: tuple[int, int]
    end: tuple[int, int]


def _month(cell: str | None, *, end: bool) -> tuple[int, int]:
    """``"2019"`` → (2019, 1) as a start, (2019, 12) as an end; ``"2022-05"`` → (2022, 5); empty → open."""
    found = YEAR_RE.fullmatch((cell or "").strip())
    if found is None:
        return OPEN[1] if end else OPEN[0]
    return int(found.group(1)), int(found.group(2) or (12 if end else 1))


def month_of(date: str | None) -> tuple[int, int] | None:
    """``(year, month)`` of a date written as ``2022-01-10``, ``1 January 2018`` or ``2018`` (month 6)."""
    found = YEAR_RE.search(date or "")
    if found is None:
        return None
    if found.group(2):
        return int(found.group(1)), int(found.group(2))
    named = MONTH_RE.search(date + " ")
    return int(found.group(1)), (MONTHS.index(named.group(1).lower()) + 1 if named else 6)


@lru_cache(maxsize=1)
def _people() -> tuple[dict[str, list[Office]], dict[str, list[Office]], dict[str, list[Office]]]:
    """``people.tsv`` indexed three ways: by every name and alias; by first and last word of the
    name ("Omar Hassan al-Bashir" → "omar bashir"); and by surname alone. A short key shared by
    several people is kept only if they all have one country and sector ("Bush" → USA, GOV)."""
    full: dict[str, list[Office]] = {}
    short: dict[str, list[Office]] = {}
    surname: dict[str, list[Office]] = {}
    owners: dict[tuple[str, str], set[str]] = {}
    for row in load("people.tsv"):
        office = Office(NamedMatch(row["name"], row["country"], row["sector"]),
                        _month(row.get("start"), end=False), _month(row.get("end"), end=True))
        for name in [row["name"], *split(row["aliases"])]:
            full.setdefault(_person_key(name), []).append(office)
        words = _person_key(row["name"]).split()
        for kind, key, index in (("short", f"{words[0]} {words[-1]}" if len(words) > 2 else "", short),
                                 ("surname", words[-1] if len(words) > 1 and len(words[-1]) > 3 else "", surname)):
            if key:
                owners.setdefault((kind, key), set()).add(row["name"])
                index.setdefault(key, []).append(office)
    for (kind, key), names in owners.items():
        index = short if kind == "short" else surname
        shared = len(names) > 1 and len({(o.match.country, o.match.sector) for o in index[key]}) > 1
        if shared or country(key) is not None or organization(key) is not None:
            index.pop(key)  # "Hague", "Muscat": a place first
    return full, short, surname


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
    return _organizations().get(_key(text))


def _in_office(offices: list[Office], date: str | None) -> NamedMatch:
    """The office held at ``date``, the shortest when several were (a minister is also a member of
    parliament); a row without dates never decides a date. Without a date, or outside every office,
    the first row listed."""
    when = month_of(date)
    if when is not None:
        held = [o for o in offices if (o.start, o.end) != OPEN and o.start <= when <= o.end]
        if held:
            return min(held, key=lambda o: (o.end[0] - o.start[0]) * 12 + o.end[1] - o.start[1]).match
    return offices[0].match


def person(text: str, date: str | None = None) -> NamedMatch | None:
    """A well-known political figure: ``"Putin"`` → RUS, GOV. Titles in the text decide first.

    text: a name as written; tried whole, then by its first and last words, then (a single word) as
    a surname. date: ``YYYY…``; picks the office held that year when the table gives years.
    """
    full, short, surname = _people()
    key = _person_key(text)
    if key not in full and organization(text) is not None:
        return None  # "Al-Azhar" is the university, not Masood Azhar
    words = key.split()
    offices = full.get(key)
    if offices is None and len(words) > 2:
        offices = full.get(f"{words[0]} {words[-1]}") or short.get(f"{words[0]} {words[-1]}")
    if offices is None and len(words) == 2:
        offices = short.get(key)
    if offices is None and len(words) == 1:
        offices = surname.get(key)
    if offices is None and len(words) > 1:
        offices = _misspelt(words)
    return _in_office(offices, date) if offices else None


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, list[tuple[str, ...]]]:
    """Every full name and alias of ``people.tsv`` of two words or more, as words, under its first word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for key in _people()[0]:
        words = tuple(key.split())
        if len(words) > 1:
            index.setdefault(words[0], []).append(words)
    return index


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = next((n for n, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i + (len(a) > len(b)):] == b[i + (len(b) > len(a)):]


def _misspelt(words: list[str]) -> list[Office] | None:
    """The person a name misspells by one letter in one long word ("Francois Mitterand"), if only one."""
    found = [known for known in _by_first_word().get(words[0], ()) if len(known) == len(words)
             and sum(w != k for w, k in zip(words, known)) == 1
             and all(w == k or (len(k) >= MISSPELT_MIN and _one_edit(w, k)) for w, k in zip(words, known))]
    names = {o.match.name for known in found for o in _people()[0][" ".join(known)]}
    return _people()[0][" ".join(found[0])] if len(names) == 1 else None


def region(text: str) -> str | None:
    """The country of a province, state or disputed territory in ``countries.tsv``: "Darfur" → SDN."""
    match = country(text)
    return match.iso3 if match is not None and match.how == "region" else None


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
