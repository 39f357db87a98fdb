"""The lexicon tables are well formed: headers, required cells, codes, and no ambiguous names."""
from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

import newsgraph

LEXICONS = Path(newsgraph.__file__).parent / "lexicons"

SECTORS = {"GOV", "MIL", "LEG", "JUD", "SPY", "COP", "PTY", "REB", "CVL", "BUS", "MED", "EDU", "HLH",
           "REL", "NGO", "IGO", "OPP", "LAB", "CRM", "REF"}
CUE_FACTUALITY = {"asserted", "claimed", "unconfirmed", "denied", "possible"}
FACTUALITY = CUE_FACTUALITY | {"hypothetical", "future"}
CUE_KINDS = {"say", "claim", "report", "confirm", "deny", "believe", "doubt", "warn", "urge", "source", "noun", "seem"}
PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
# Modes per type: the PLOVER manual draft's tables plus the modes of the CAMEO2PLOVER table.
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "AID": {"economic", "military", "humanitarian", "asylum"},
    "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"investigate", "disapprove", "allege"},
    "THREATEN": {"relations", "restrict", "ban", "political", "violence", "expel", "territory", "arrest"},
    "PROTEST": {"demo", "riot", "hunger", "boycott", "obstruct", "strike-gen", "strike-lim", "strike-hun"},
    "SANCTION": {"convict", "cancel", "expel", "withdraw", "sever", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police"},
    "COERCE": {"seize", "confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold"},
    "ASSAULT": {"abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "heavy-weapons", "massacre", "cleansing", "unconventional"},
}
CONTEXTS = {"political", "military", "intelligence", "peacekeeping", "economic", "diplomatic", "resource", "culture",
            "disease", "enviro_disaster", "migration", "humanitarian", "legal", "human_rights", "rights_freedoms",
            "gender", "lgbt", "terrorism", "human_security", "religion_ethnicity", "government", "election",
            "legislative", "cbrn", "cyber", "political_institutions", "corruption", "crime", "crime_murder",
            "crime_theft", "crime_drugs", "crime_sexual", "executive", "democracy", "pro_autocracy", "asylum"}

HEADERS = {
    "countries.tsv": ["iso3", "name", "aliases", "demonyms", "capitals", "regions"],
    "igos.tsv": ["name", "aliases", "sector"],
    "sectors.tsv": ["phrase", "sector", "kind"],
    "titles.tsv": ["title", "sector"],
    "cues.tsv": ["lemma", "pos", "factuality", "certainty", "kind"],
    "hedges.tsv": ["word", "factuality", "certainty"],
    "negators.tsv": ["word", "kind"],
    "events.tsv": ["lemma", "pos", "type", "mode", "cameo", "context", "object"],
    "organizations.tsv": ["name", "aliases", "country", "sector"],
    "people.tsv": ["name", "aliases", "country", "sector", "start", "end"],
}
REQUIRED = {
    "organizations.tsv": ["name", "sector"],
    "people.tsv": ["name", "country", "sector"],
    "countries.tsv": ["iso3", "name"],
    "igos.tsv": ["name", "sector"],
    "sectors.tsv": ["phrase", "sector", "kind"],
    "titles.tsv": ["title", "sector"],
    "cues.tsv": ["lemma", "pos", "factuality", "certainty", "kind"],
    "hedges.tsv": ["word", "factuality", "certainty"],
    "negators.tsv": ["word", "kind"],
    "events.tsv": ["lemma", "pos", "type"],
}


def read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(LEXICONS / name, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header, *rows = list(reader)
    return header, [dict(zip(header, row, strict=True)) for row in rows]


def items(cell: str) -> list[str]:
    return [x for x in cell.split("|") if x]


def certainty(value: str) -> float:
    number = float(value)
    assert -3 <= number <= 3, value
    return number


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_and_required_cells(name):
    header, rows = read(name)
    assert header == HEADERS[name]
    assert rows, f"{name} is empty"
    text = (LEXICONS / name).read_text(encoding="utf-8")
    assert text.endswith("\n") and "\n\n" not in text and "\r" not in text, f"{name} has blank lines or CRs"
    for row in rows:
        for column in REQUIRED[name]:
            assert row[column].strip(), f"{name}: empty {column} in {row}"
        for value in row.values():
            assert value == value.strip(), f"{name}: stray spaces in {value!r}"
            assert '"' not in value, f"{name}: double quote in {value!r}"
            assert "||" not in value and not value.startswith("|") and not value.endswith("|"), value


def test_sources_md_describes_every_table():
    sources = (LEXICONS / "SOURCES.md").read_text(encoding="utf-8")
    for name in HEADERS:
        assert f"## {name}" in sources


def test_countries_codes_and_names():
    _, rows = read("countries.tsv")
    codes = [r["iso3"] for r in rows]
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert len(codes) == len(set(codes))
    assert len(codes) >= 250 and "XKX" in codes
    owner: dict[str, str] = {}
    for r in rows:
        names = [r["name"], *items(r["aliases"]), *items(r["demonyms"]), *items(r["capitals"]),
                 *items(r["regions"])]
        for name in names:
            key = name.lower()
            assert owner.setdefault(key, r["iso3"]) == r["iso3"], f"{name!r}: {owner[key]} and {r['iso3']}"


@pytest.mark.parametrize("name, iso3", [
    ("South Korea", "KOR"), ("ROK", "KOR"), ("Korea, Republic of", "KOR"), ("North Korean", "PRK"),
    ("DPRK", "PRK"), ("Pyongyang", "PRK"), ("U.S.", "USA"), ("America", "USA"), ("Washington", "USA"),
    ("Britain", "GBR"), ("Britons", "GBR"), ("Russian Federation", "RUS"), ("Moscow", "RUS"),
    ("Burma", "MMR"), ("Ivory Coast", "CIV"), ("Czechia", "CZE"), ("Holland", "NLD"), ("DRC", "COD"),
    ("Congo-Brazzaville", "COG"), ("Kiev", "UKR"), ("Kyiv", "UKR"), ("Tehran", "IRN"), ("Chinese", "CHN"),
    ("Israelis", "ISR"), ("Kosovo", "XKX"),
])
def test_countries_known_names(name, iso3):
    _, rows = read("countries.tsv")
    found = {r["iso3"] for r in rows
             if name.lower() in {n.lower() for n in [r["name"], *items(r["aliases"]), *items(r["demonyms"]),
                                                     *items(r["capitals"])]}}
    assert found == {iso3}


def test_countries_leave_out_ambiguous_names():
    _, rows = read("countries.tsv")
    every = {n.lower() for r in rows
             for n in [r["name"], *items(r["aliases"]), *items(r["demonyms"]), *items(r["capitals"])]}
    for ambiguous in ("korea", "congo", "korean", "congolese"):
        assert ambiguous not in every


def test_igos():
    _, rows = read("igos.tsv")
    assert len(rows) >= 60
    owner: dict[str, str] = {}
    for r in rows:
        assert r["sector"] in SECTORS
        for name in [r["name"], *items(r["aliases"])]:
            assert owner.setdefault(name.lower(), r["name"]) == r["name"], f"{name!r} names two organisations"
    sector = {r["name"]: r["sector"] for r in rows}
    assert sector["International Criminal Court"] == "JUD"
    assert sector["Amnesty International"] == "NGO"
    assert sector["NATO"] == "IGO"


@pytest.mark.parametrize("name, key", [("sectors.tsv", "phrase"), ("titles.tsv", "title")])
def test_sector_tables(name, key):
    _, rows = read(name)
    phrases = [r[key] for r in rows]
    assert len(phrases) == len(set(phrases)), Counter(p for p in phrases if phrases.count(p) > 1)
    for r in rows:
        assert r[key] == r[key].lower()
        assert r["sector"] in SECTORS, r
        if name == "sectors.tsv":
            assert r["kind"] in {"organization", "group"}, r


def test_sectors_and_titles_agree_where_they_overlap():
    _, sectors = read("sectors.tsv")
    _, titles = read("titles.tsv")
    by_phrase = {r["phrase"]: r["sector"] for r in sectors}
    for r in titles:
        if r["title"] in by_phrase:
            assert by_phrase[r["title"]] == r["sector"], r


def test_cues():
    _, rows = read("cues.tsv")
    keys = [(r["lemma"], r["pos"]) for r in rows]
    assert len(keys) == len(set(keys))
    for r in rows:
        assert r["lemma"] == r["lemma"].lower()
        assert r["pos"] in {"VERB", "NOUN", "ADP", "ADV", "ADJ"}, r
        assert r["factuality"] in CUE_FACTUALITY, r
        assert r["kind"] in CUE_KINDS, r
        value = certainty(r["certainty"])
        if r["factuality"] == "denied":
            assert value < 0, r
        if r["factuality"] == "asserted":
            assert value > 0, r
    cue = {(r["lemma"], r["pos"]): r for r in rows}
    assert cue[("say", "VERB")]["factuality"] == "claimed"
    assert cue[("deny", "VERB")]["kind"] == "deny"
    assert cue[("according to", "ADP")]["kind"] == "source"


def test_hedges_and_negators():
    _, hedges = read("hedges.tsv")
    words = [r["word"] for r in hedges]
    assert len(words) == len(set(words))
    for r in hedges:
        assert r["word"] == r["word"].lower()
        assert r["factuality"] in FACTUALITY, r
        certainty(r["certainty"])
    _, negators = read("negators.tsv")
    words = [r["word"] for r in negators]
    assert len(words) == len(set(words))
    assert {r["kind"] for r in negators} == {"negation", "unconfirmed"}
    assert {"not", "n't", "never", "no"} <= set(words)
    assert "deny" not in words


def test_events():
    _, rows = read("events.tsv")
    assert len(rows) >= 250
    seen = set()
    for r in rows:
        assert r["lemma"] == r["lemma"].lower() and r["object"] == r["object"].lower(), r
        assert r["pos"] in {"VERB", "NOUN"}, r
        assert r["type"] in PLOVER, r
        if r["mode"]:
            assert r["mode"] in MODES.get(r["type"], set()), r
        if r["cameo"]:
            assert re.fullmatch(r"\d{2,4}", r["cameo"]), r
        for context in items(r["context"]):
            assert context in CONTEXTS, r
        key = (r["lemma"], r["pos"], r["object"])
        assert key not in seen, f"duplicate trigger {key}"
        seen.add(key)
    counts = Counter(r["type"] for r in rows)
    for event_type in PLOVER:
        assert counts[event_type] >= 5, f"{event_type} has only {counts[event_type]} rows"
    for pos in ("VERB", "NOUN"):
        assert {r["type"] for r in rows if r["pos"] == pos} == set(PLOVER), f"not every type has a {pos} trigger"


def test_event_objects_do_not_overlap():
    """Within one (lemma, pos), an object lemma selects at most one row, so row order never decides."""
    _, rows = read("events.tsv")
    owner: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for n, r in enumerate(rows):
        for obj in items(r["object"]) or ["<any>"]:
            first = owner[(r["lemma"], r["pos"])].setdefault(obj, n)
            assert first == n, f"{r['lemma']}/{r['pos']}: {obj!r} in rows {first} and {n}"


@pytest.mark.parametrize("lemma, pos, obj, event_type", [
    ("meet", "VERB", "", "CONSULT"), ("talk", "NOUN", "", "CONSULT"), ("agree", "VERB", "", "AGREE"),
    ("sign", "VERB", "treaty", "SUPPORT"), ("condemn", "VERB", "", "ACCUSE"), ("veto", "VERB", "", "REJECT"),
    ("threaten", "VERB", "", "THREATEN"), ("protest", "VERB", "", "PROTEST"), ("sanction", "NOUN", "", "SANCTION"),
    ("deploy", "VERB", "", "MOBILIZE"), ("ship", "VERB", "troop", "MOBILIZE"), ("arrest", "VERB", "", "COERCE"),
    ("invade", "VERB", "", "ASSAULT"), ("pull out", "VERB", "", "RETREAT"), ("urge", "VERB", "", "REQUEST"),
    ("apologize", "VERB", "", "CONCEDE"), ("cooperation", "NOUN", "", "COOPERATE"), ("donate", "VERB", "", "AID"),
    ("summon", "VERB", "ambassador", "ACCUSE"), ("strike", "NOUN", "hunger", "PROTEST"),
])
def test_events_known_triggers(lemma, pos, obj, event_type):
    _, rows = read("events.tsv")
    matches = [r["type"] for r in rows if r["lemma"] == lemma and r["pos"] == pos
               and (obj in items(r["object"]) if obj else not r["object"])]
    assert matches == [event_type]


@pytest.mark.parametrize("name", ["organizations.tsv", "people.tsv"])
def test_named_bodies_and_people_have_known_codes(name):
    iso3 = {r["iso3"] for r in read("countries.tsv")[1]} | {"IGO"}
    seen: dict[str, str] = {}
    for r in read(name)[1]:
        assert r["country"] in iso3 or (name == "organizations.tsv" and not r["country"] and r["sector"] == "REB"), r
        assert r["sector"] in SECTORS, r
        for key in [r["name"], *items(r["aliases"])]:
            assert seen.setdefault(key.lower(), r["name"]) == r["name"], f"{name}: {key!r} names two entries"


DATE_CELL = re.compile(r"(1[89]\d\d|20\d\d)(-(0[1-9]|1[0-2]))?")


def test_people_codes_dates_and_names():
    _, countries = read("countries.tsv")
    codes = {r["iso3"] for r in countries} | {"IGO"}
    _, rows = read("people.tsv")
    assert len(rows) >= 1000
    owner: dict[str, tuple[str, str, str]] = {}
    for r in rows:
        assert r["country"] in codes and r["sector"] in SECTORS, r
        for cell in (r["start"], r["end"]):
            assert not cell or DATE_CELL.fullmatch(cell), r
        if r["start"] and r["end"]:
            assert r["start"] <= r["end"], r
        for name in [r["name"], *items(r["aliases"])]:
            first = owner.setdefault(name.lower(), (r["name"], r["country"], r["sector"]))
            assert first[0] == r["name"] or first[1:] == (r["country"], r["sector"]), f"{name!r}: {first} and {r}"


@pytest.mark.parametrize("name, iso3, column", [
    ("Darfur", "SDN", "regions"), ("Crimea", "UKR", "regions"), ("Quebec", "CAN", "regions"),
    ("Republika Srpska", "BIH", "regions"), ("Serbs", "SRB", "demonyms"), ("Chechen", "RUS", "demonyms"),
    ("Soviet Union", "RUS", "aliases"), ("Yugoslav", "SRB", "demonyms"), ("Macedonia", "MKD", "aliases"),
])
def test_countries_regions_peoples_and_former_states(name, iso3, column):
    _, rows = read("countries.tsv")
    assert [r["iso3"] for r in rows if name in items(r[column])] == [iso3]
