#!/usr/bin/env python3
"""PLOVER event coding: type, mode, context, actors and recipients, on the PLOVER gold records; and the
CAMEO quad class implied by our event types, on ConfliBERT's CAMEO sentence classes.

Usage: python benchmarks/events.py [PATH] [--json] [--errors] [--corpus plover|conflibert]

PATH defaults to ``../shared/data/event/PLOVER/PLOVER_GSR_CAMEO.txt`` (``--corpus plover``) or
``../shared/data/event/ConfliBERT/cameo_class/train.tsv`` (``--corpus conflibert``) beside the
repository; a folder holding that file is accepted too.

**PLOVER.** The file is a JSON array: a DOCUMENT header and 322 records coded to PLOVER 0.5b1, an
older version with 18 categories. Categories are mapped to PLOVER 2.0 types (``OLD_TYPES``) where
the CAMEO-to-PLOVER table makes the mapping clear: FIGHT (CAMEO 19) → ASSAULT, DEMAND (CAMEO 10)
→ REQUEST, DISAPPROVE (CAMEO 11) → ACCUSE, INVESTIGATE (CAMEO 09) → ACCUSE (mode ``investigate``);
the other 14 keep their names. One old mode moved category: COERCE ``destroy`` (CAMEO 1712, destroy
property) is ASSAULT in the 2021 table (``OLD_MODE_TYPES``). A record whose category has no PLOVER 2.0 counterpart is counted
under ``unmapped`` and left out of every figure. Old modes are renamed where 2.0 has the same
mode under another name (``MODE_MAP``: ``riot-spon`` → ``riot``, ``host`` → ``visit``, ``detain`` →
``arrest``, …), old contexts likewise (``CONTEXT_MAP``: ``refugee(s)`` → ``migration``, ``rights`` →
``human_rights``, …).

Each record's text goes through ``newsgraph.extract``. The system event compared with the gold
event is the first event (in text order) whose trigger word is one of the words of the gold
``eventText``, else the first event; a record with no event counts as wrong for everything.
- type accuracy: the chosen event's type equals the mapped gold type, over all mapped records;
- mode accuracy: over records whose gold mode is not empty after mapping, the modes are equal;
- context accuracy: over records with a gold context, the chosen event's contexts share one;
- actor and recipient F1: micro-averaged over records, comparing the set of countries of the chosen
  event's actors (recipients) with the gold ``source`` (``target``) codes, and the same for
  ``(country, sector)`` pairs. Gold codes are ISO 3166 alpha-3 or ``IGO``; three evident typos are
  fixed (``ITL``, ``JAP``, ``VTN``), and codes that are no country (``NGO``, ``IMG``, ``ISM``,
  ``MOS``, ``UAF``, empty) are dropped. Gold sectors keep their first three letters (``CVLalb`` →
  CVL) and are renamed to newsgraph's ICEWS-style set: ``JRN`` → MED, ``MED`` (medical) → HLH,
  ``CIV`` → CVL, ``MOS`` → REL; sectors with no counterpart (``ELI``, ``UAF``, ``SOC``, ``AGR``,
  ``***``) become no sector.

**ConfliBERT.** ``train.tsv`` holds ``sentence<TAB>label`` with labels 0 (make statement or appeal,
CAMEO 01-02), 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
Label 0 is counted as verbal cooperation, as the usual quad classes put CAMEO 01-05 there. Our
first event's type gives the quad class of its CAMEO root in the CAMEO-to-PLOVER table
(``PLOVER_QUAD``): AGREE 03, CONSULT 04, SUPPORT 05 → verbal cooperation; COOPERATE 06, AID 07,
CONCEDE and RETREAT 08 → material cooperation; REQUEST 10, ACCUSE 11 (and 09), REJECT 12,
THREATEN 13, PROTEST 14 → verbal conflict; MOBILIZE 15, SANCTION 16, COERCE 17, ASSAULT 18-20 →
material conflict. A sentence with no event gets class ``none``. The score is the macro-F1 over
the four quad classes.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from common import DATA, missing  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

DEFAULT_FILES = {"plover": DATA / "event" / "PLOVER" / "PLOVER_GSR_CAMEO.txt",
                 "conflibert": DATA / "event" / "ConfliBERT" / "cameo_class" / "train.tsv"}
PLOVER_TYPES = ("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
                "SANCTION MOBILIZE COERCE ASSAULT").split()
OLD_TYPES = {**{t: t for t in PLOVER_TYPES},
             "FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
OLD_MODE_TYPES = {("COERCE", "destroy"): "ASSAULT"}
OLD_DEFAULT_MODE = {"INVESTIGATE": "investigate"}
MODE_MAP = {"riot-spon": "riot", "demo-org": "demo", "demo-spon": "demo", "host": "visit", "detain": "arrest",
            "other": None, "": None}
CONTEXT_MAP = {"refugee": "migration", "refugees": "migration", "resources": "resource", "rights": "human_rights",
               "politics": "political", "religion": "religion_ethnicity", "discrimination": "human_rights",
               "foreign": "diplomatic", "assets": "economic", "historical": None, "unknown": None, "none": None}
CODE_FIX = {"ITL": "ITA", "JAP": "JPN", "VTN": "VNM"}
NOT_COUNTRY = {"NGO", "IMG", "ISM", "MOS", "UAF"}
SECTOR_MAP = {"JRN": "MED", "MED": "HLH", "CIV": "CVL", "MOS": "REL"}
NO_SECTOR = {"ELI", "UAF", "SOC", "AGR", "***", ""}
QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
PLOVER_QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT"), "verbal_coop"),
    **dict.fromkeys(("COOPERATE", "AID", "CONCEDE", "RETREAT"), "material_coop"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST"), "verbal_conflict"),
    **dict.fromkeys(("MOBILIZE", "SANCTION", "COERCE", "ASSAULT"), "material_conflict"),
}
CONFLIBERT_QUAD = {"0": "verbal_coop", "1": "verbal_coop", "2": "material_coop", "3": "verbal_conflict",
                   "4": "material_conflict"}
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")


# -- gold ------------------------------------------------------------------------------------------
def _entries(value) -> list[dict]:
    if isinstance(value, dict):
        return [value]
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def gold_country(code: str | None) -> str | None:
    code = (code or "").strip().upper()
    code = CODE_FIX.get(code, code)
    return code if re.fullmatch(r"[A-Z]{3}", code) and code not in NOT_COUNTRY else None


def gold_sector(sector: str | None) -> str | None:
    head = (sector or "").strip()[:3].upper()
    return None if head in NO_SECTOR else SECTOR_MAP.get(head, head)


def gold_type(record: dict) -> str:
    """The PLOVER 2.0 type of a record coded to PLOVER 0.5b1 (the record must be mapped)."""
    return OLD_MODE_TYPES.get((record["event"], record.get("mode") or ""), OLD_TYPES[record["event"]])


def gold_mode(record: dict) -> str | None:
    mode = (record.get("mode") or "").strip()
    mode = MODE_MAP.get(mode, mode)
    return mode or OLD_DEFAULT_MODE.get(record["event"])


def gold_contexts(record: dict) -> set[str]:
    out = set()
    for part in str(record.get("context") or "").split(","):
        part = part.strip().lower()
        if part:
            mapped = CONTEXT_MAP.get(part, part)
            if mapped:
                out.add(mapped)
    return out


def read_plover(path: Path) -> list[dict]:
    return [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]


# -- system ----------------------------------------------------------------------------------------
def choose_event(graph, event_text: str):
    """The first event whose trigger is a word of the gold ``eventText``, else the first event, else None."""
    words = {w.lower() for w in WORD_RE.findall(event_text or "")}
    for event in graph.events:
        if event.trigger.lower() in words:
            return event
    return graph.events[0] if graph.events else None


def _pairs(graph, ids: list[str]) -> tuple[set, set]:
    actors = [graph.actor(i) for i in ids]
    countries = {a.country for a in actors if a.country}
    return countries, {(a.country, a.sector) for a in actors if a.country}


def _gold_pairs(entries: list[dict]) -> tuple[set, set]:
    countries, pairs = set(), set()
    for e in entries:
        country = gold_country(e.get("code"))
        if country:
            countries.add(country)
            pairs.add((country, gold_sector(e.get("sector"))))
    return countries, pairs


class Tally:
    """True positives, system and gold counts for one set comparison."""

    def __init__(self) -> None:
        self.tp = self.sys = self.gold = 0

    def add(self, system: set, gold: set) -> None:
        self.tp += len(system & gold)
        self.sys += len(system)
        self.gold += len(gold)

    def f1(self) -> dict:
        p = self.tp / self.sys if self.sys else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def _ratio(ok: int, n: int) -> dict:
    return {"n": n, "correct": ok, "accuracy": round(ok / n, 3) if n else 0.0}


# -- PLOVER ----------------------------------------------------------------------------------------
def evaluate_plover(path: Path, errors: list[str] | None = None) -> dict:
    """Score ``newsgraph.extract`` on the PLOVER gold records. RETURNS (dict): accuracies and F1s."""
    from newsgraph.extract import extract_articles
    from newsgraph.model import Article

    records = read_plover(path)
    mapped = [r for r in records if r["event"] in OLD_TYPES]
    unmapped = Counter(r["event"] for r in records if r["event"] not in OLD_TYPES)
    n = Counter()
    tallies = {k: Tally() for k in ("actor_country", "actor_country_sector", "recipient_country",
                                    "recipient_country_sector")}
    graphs = extract_articles(Article(text=r["text"]) for r in mapped)
    for record, graph in zip(mapped, graphs):
        event = choose_event(graph, record.get("eventText", ""))
        _score_record(record, graph, event, n, tallies)
        if errors is not None:
            errors.extend(_record_errors(record, graph, event))
    return {
        "records": len(records), "mapped": len(mapped), "unmapped": dict(unmapped),
        "corpus": hashlib.sha256(path.read_bytes()).hexdigest()[:16], "no_event": n["no_event"],
        "type": _ratio(n["type_ok"], len(mapped)), "mode": _ratio(n["mode_ok"], n["mode"]),
        "context": _ratio(n["context_ok"], n["context"]),
        **{k: t.f1() for k, t in tallies.items()},
        "by_type": {t: _ratio(n[f"ok:{t}"], n[f"n:{t}"]) for t in PLOVER_TYPES if n[f"n:{t}"]},
    }


def _score_record(record: dict, graph, event, n: Counter, tallies: dict[str, Tally]) -> None:
    gold, mode, contexts = gold_type(record), gold_mode(record), gold_contexts(record)
    n[f"n:{gold}"] += 1
    n["no_event"] += event is None
    ok = event is not None and event.type == gold
    n["type_ok"] += ok
    n[f"ok:{gold}"] += ok
    if mode:
        n["mode"] += 1
        n["mode_ok"] += event is not None and event.mode == mode
    if contexts:
        n["context"] += 1
        n["context_ok"] += event is not None and bool(contexts & set(event.context))
    for role, key in (("actor", "source"), ("recipient", "target")):
        gold_c, gold_p = _gold_pairs(_entries(record.get(key)))
        ids = [] if event is None else (event.actors if role == "actor" else event.recipients)
        sys_c, sys_p = _pairs(graph, ids)
        tallies[f"{role}_country"].add(sys_c, gold_c)
        tallies[f"{role}_country_sector"].add(sys_p, gold_p)


def _record_errors(record: dict, graph, event) -> list[str]:
    gold = gold_type(record)
    src = sorted(_gold_pairs(_entries(record.get("source")))[1], key=str)
    tgt = sorted(_gold_pairs(_entries(record.get("target")))[1], key=str)
    got_src = sorted(_pairs(graph, event.actors)[1], key=str) if event else []
    got_tgt = sorted(_pairs(graph, event.recipients)[1], key=str) if event else []
    if event is not None and event.type == gold and set(src) == set(got_src) and set(tgt) == set(got_tgt):
        return []
    got = f"{event.type}/{event.mode} {event.trigger!r}" if event else "NO EVENT"
    return [f"{record['id']:28} gold {gold}/{gold_mode(record)} {record.get('eventText')!r} {src}->{tgt}\n"
            f"{'':28} got  {got} {got_src}->{got_tgt}\n{'':28} {record['text'][:200]}"]


# -- ConfliBERT ------------------------------------------------------------------------------------
def read_conflibert(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if len(r) >= 2]
    return [(text.strip(), label.strip()) for text, label in rows if label.strip() in CONFLIBERT_QUAD]


def macro_f1(pairs: list[tuple[str, str]]) -> dict:
    """``pairs`` of (gold, system) classes; RETURNS per-class P/R/F1 over ``QUADS`` and their mean F1."""
    per = {}
    for quad in QUADS:
        tally = Tally()
        for gold, got in pairs:
            tally.tp += gold == quad and got == quad
            tally.sys += got == quad
            tally.gold += gold == quad
        per[quad] = tally.f1()
    return {"macro_f1": round(sum(v["f1"] for v in per.values()) / len(QUADS), 3), "classes": per}


def evaluate_conflibert(path: Path, errors: list[str] | None = None) -> dict:
    """Quad-class macro-F1 of our first event's type on ConfliBERT's CAMEO class sentences."""
    from newsgraph.extract import extract_articles
    from newsgraph.model import Article

    rows = read_conflibert(path)
    pairs = []
    for (text, label), graph in zip(rows, extract_articles(Article(text=t) for t, _ in rows)):
        first = graph.events[0] if graph.events else None
        got = PLOVER_QUAD[first.type] if first else "none"
        pairs.append((CONFLIBERT_QUAD[label], got))
        if errors is not None and got != CONFLIBERT_QUAD[label]:
            errors.append(f"gold {CONFLIBERT_QUAD[label]:17} got {got:17} "
                          f"{(first.type + ' ' + repr(first.trigger)) if first else '':24} {text[:150]}")
    accuracy = sum(g == s for g, s in pairs) / len(pairs) if pairs else 0.0
    return {"sentences": len(rows), "corpus": hashlib.sha256(path.read_bytes()).hexdigest()[:16],
            "with_event": sum(s != "none" for _, s in pairs), "accuracy": round(accuracy, 3), **macro_f1(pairs)}


# -- output ----------------------------------------------------------------------------------------
def plover_table(r: dict) -> str:
    lines = [f"records {r['records']}, mapped to PLOVER 2.0 {r['mapped']}, unmapped {r['unmapped'] or 0}, "
             f"no event {r['no_event']}; corpus {r['corpus']}",
             f"event type accuracy {r['type']['accuracy']:.3f} ({r['type']['correct']}/{r['type']['n']})",
             f"mode accuracy       {r['mode']['accuracy']:.3f} ({r['mode']['correct']}/{r['mode']['n']})",
             f"context accuracy    {r['context']['accuracy']:.3f} ({r['context']['correct']}/{r['context']['n']})"]
    for key in ("actor_country", "actor_country_sector", "recipient_country", "recipient_country_sector"):
        lines.append(f"{key:25} P {r[key]['p']:.3f}  R {r[key]['r']:.3f}  F1 {r[key]['f1']:.3f}")
    lines.append("by type: " + ", ".join(f"{t} {v['correct']}/{v['n']}" for t, v in r["by_type"].items()))
    return "\n".join(lines)


def conflibert_table(r: dict) -> str:
    lines = [f"sentences {r['sentences']}, with an event {r['with_event']}; corpus {r['corpus']}",
             f"quad-class macro-F1 {r['macro_f1']:.3f}  accuracy {r['accuracy']:.3f}"]
    lines += [f"  {q:18} P {v['p']:.3f}  R {v['r']:.3f}  F1 {v['f1']:.3f}" for q, v in r["classes"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=None)
    parser.add_argument("--corpus", choices=sorted(DEFAULT_FILES), default="plover")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--errors", action="store_true", help="also list the records coded wrongly")
    args = parser.parse_args(argv)
    path = (args.path or DEFAULT_FILES[args.corpus]).resolve()
    if path.is_dir():
        path = path / DEFAULT_FILES[args.corpus].name
    if missing(path, path.is_file()):
        return 0
    errors: list[str] | None = [] if args.errors else None
    if args.corpus == "plover":
        result = evaluate_plover(path, errors)
        text = plover_table(result)
    else:
        result = evaluate_conflibert(path, errors)
        text = conflibert_table(result)
    print(json.dumps(result, indent=2) if args.json else text)
    for line in errors or []:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
