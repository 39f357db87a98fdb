"""Quote and source detection of newsgraph's claims on FactAppeal (Mor-Lan et al.; CC BY 4.0).

Usage: benchmarks/factappeal.py [PATH] [--split test] [--limit N] [--json] [--errors]

PATH is the FactAppeal folder (default: ``../shared/data/attribution/factappeal`` beside the
repository) with ``train.csv``, ``val.csv`` and ``test.csv``: one news sentence a row, its
annotation given as the same sentence with inline tags. Each sentence goes alone to
``newsgraph.extract`` (through the same pipeline, to read each claim's cue).

Mapping from newsgraph's claims to FactAppeal's labels (claims with a ``parent`` are left out:
FactAppeal tags the appeal the author makes, the outermost one):

- FactAppeal tags appeals that support a *fact*. A claim whose cue leaves its content merely
  ``possible`` (beliefs, wishes, plans, requests, predictions: "wants", "urged", "hopes") or whose
  content is an infinitive ("declined to comment", "vowed to run") attributes no fact and is no
  appeal; the cue's factuality is read from ``doc._.claim_cues`` after the same pipeline as
  ``newsgraph.extract``;
- each other claim's ``content_span`` is a predicted ``<Fact_Appeal>`` span, labelled
  ``Direct_Quote`` when the claim is ``direct`` and ``Indirect_Quote`` otherwise, and its
  ``source_span`` a predicted ``<Source>`` span (named or unnamed, any source type);
  cues, ``<Fact_No_Appeal>``, ``<Source_Attribute>``, ``<Recipient>``, ``<Appeal_Time>`` and
  ``<Appeal_Location>`` are not scored.

Scores (micro over the split; spans trimmed of white space, quotes and punctuation at both ends):

- quote detection, for each of direct and indirect: a gold appeal span of that label is found when a
  predicted span of the same label overlaps it (one-to-one, largest overlaps first); P, R, F1, and
  their macro average. ``appeal`` is the same without labels (was an appeal found at all);
- source detection: overlap and exact P, R, F1 of source spans.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attribution import Span, _prf, overlap_pairs, trim  # noqa: E402

from common import DATA, emit, missing  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

DEFAULT_PATH = DATA / "attribution" / "factappeal"
TAG = re.compile(r"<(/?)([A-Za-z_]+)((?::[A-Za-z_]+)*)>")
LABELS = ("Direct_Quote", "Indirect_Quote")


@dataclass
class Sentence:
    text: str
    appeals: dict[str, set[Span]] = field(default_factory=lambda: {label: set() for label in LABELS})
    sources: set[Span] = field(default_factory=set)


def parse_annotation(annotation: str) -> Sentence:
    """The plain sentence and its gold appeal and source spans (character offsets into the plain text)."""
    plain: list[str] = []
    stack: list[tuple[str, str, int]] = []
    spans: list[tuple[str, str, int, int]] = []
    pos = last = 0
    for m in TAG.finditer(annotation):
        plain.append(annotation[last:m.start()])
        pos += m.start() - last
        last = m.end()
        closing, name, mods = m.group(1), m.group(2), m.group(3)
        if not closing:
            stack.append((name, mods, pos))
            continue
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][0] == name:
                _, open_mods, start = stack.pop(k)
                spans.append((name, open_mods, start, pos))
                break
    plain.append(annotation[last:])
    sentence = Sentence("".join(plain))
    for name, mods, start, end in spans:
        span = trim(sentence.text, (start, end))
        if span is None:
            continue
        if name == "Fact_Appeal":
            label = next((lab for lab in LABELS if lab in mods), None)
            if label:
                sentence.appeals[label].add(span)
        elif name == "Source":
            sentence.sources.add(span)
    return sentence


def read_split(path: Path, split: str) -> list[Sentence]:
    with open(path / f"{split}.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        sentence = parse_annotation(row["annotation"])
        if sentence.text != row["sentence"]:
            raise ValueError(f"{split}.csv: annotation does not rebuild the sentence {row['sentence'][:40]!r}")
        out.append(sentence)
    return out


def extract_claims(text: str) -> list[tuple]:
    """(claim, cue found for it) pairs, from the pipeline ``newsgraph.extract`` runs."""
    from newsgraph.model import Article
    from newsgraph.nlp import parse

    doc = next(parse([Article(text=text)]))
    if doc._.failed:
        raise RuntimeError(doc._.failed)
    return [(c, doc._.claim_cues[c.id]) for c in doc._.claims]


def is_appeal(claim, found) -> bool:
    """Whether a claim appeals to a source for a fact (see the mapping above)."""
    if found.cue.factuality == "possible" and not found.negated:
        return False
    return claim.direct or not claim.content.startswith("to ")


def predictions(text: str, claims: list[tuple]) -> tuple[dict[str, set[Span]], set[Span]]:
    """Predicted appeal spans by label and source spans, from the outermost claims."""
    appeals: dict[str, set[Span]] = {label: set() for label in LABELS}
    sources: set[Span] = set()
    for c, found in claims:
        if c.parent is not None or not is_appeal(c, found):
            continue
        content = trim(text, tuple(c.content_span))
        if content is not None:
            appeals["Direct_Quote" if c.direct else "Indirect_Quote"].add(content)
        source = trim(text, tuple(c.source_span)) if c.source_span is not None else None
        if source is not None:
            sources.add(source)
    return appeals, sources


def evaluate(path: Path, split: str = "test", limit: int | None = None, errors: list | None = None) -> dict:
    """Score ``newsgraph.extract`` on FactAppeal ``split``. RETURNS (dict): counts and P/R/F1."""
    from newsgraph.nlp import pipeline

    sentences = read_split(path, split)[:limit]
    pipeline()
    keys = [*LABELS, "appeal", "source", "source_exact"]
    counts = {k: {"gold": 0, "system": 0, "tp": 0} for k in keys}
    seconds = 0.0
    failed: list[str] = []
    for sentence in sentences:
        start = time.perf_counter()
        try:
            claims = extract_claims(sentence.text)
        except Exception as exc:  # a failing stage of the pipeline: count it, score the sentence as empty
            failed.append(f"{sentence.text[:60]!r}: {exc.__class__.__name__}: {exc}")
            claims = []
        seconds += time.perf_counter() - start
        appeals, sources = predictions(sentence.text, claims)
        for label in LABELS:
            _add(counts[label], sentence.appeals[label], appeals[label])
        _add(counts["appeal"], set().union(*sentence.appeals.values()), set().union(*appeals.values()))
        _add(counts["source"], sentence.sources, sources)
        c = counts["source_exact"]
        c["gold"], c["system"], c["tp"] = c["gold"] + len(sentence.sources), c["system"] + len(sources), \
            c["tp"] + len(sentence.sources & sources)
        if errors is not None:
            errors.extend(_errors(sentence, appeals, sources))
    result: dict = {"split": split, "sentences": len(sentences), "failed": failed, "extract_seconds": round(seconds, 2)}
    for k in keys:
        result[k] = {**counts[k], **_prf(counts[k]["tp"], counts[k]["system"], counts[k]["gold"])}
    result["quote_macro_f1"] = round((result["Direct_Quote"]["f1"] + result["Indirect_Quote"]["f1"]) / 2, 1)
    return result


def _add(count: dict, gold: set[Span], system: set[Span]) -> None:
    count["gold"] += len(gold)
    count["system"] += len(system)
    count["tp"] += len(overlap_pairs(gold, system))


def _errors(sentence: Sentence, appeals: dict[str, set[Span]], sources: set[Span]) -> list[str]:
    cut = lambda s: repr(sentence.text[s[0]:s[1]][:100])  # noqa: E731
    out = []
    for label in LABELS:
        pairs = overlap_pairs(sentence.appeals[label], appeals[label])
        out += [f"MISS {label:14} {cut(g)}" for g in sentence.appeals[label] - {g for g, _ in pairs}]
        out += [f"FP   {label:14} {cut(s)}" for s in appeals[label] - {s for _, s in pairs}]
    pairs = overlap_pairs(sentence.sources, sources)
    out += [f"MISS {'source':14} {cut(g)}" for g in sentence.sources - {g for g, _ in pairs}]
    out += [f"FP   {'source':14} {cut(s)}" for s in sources - {s for _, s in pairs}]
    return out


def table(result: dict) -> str:
    rows = [f"{'':16}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'system':>8}"]
    for k, name in (("Direct_Quote", "direct quote"), ("Indirect_Quote", "indirect quote"), ("appeal", "any appeal"),
                    ("source", "source overlap"), ("source_exact", "source exact")):
        r = result[k]
        rows.append(f"{name:16}{r['p']:7.1f}{r['r']:7.1f}{r['f1']:7.1f}{r['gold']:7}{r['system']:8}")
    rows.append(f"direct/indirect macro F1 {result['quote_macro_f1']:.1f}; split {result['split']}, "
                f"sentences {result['sentences']}, extraction wall time {result['extract_seconds']:.1f} s")
    rows += [f"FAILED {line}" for line in result["failed"]]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--split", default="test", help="train, val or test (default test)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--errors", action="store_true", help="also list misses and false positives")
    args = parser.parse_args(argv)
    path = args.path.resolve()
    if missing(path, (path / f"{args.split}.csv").is_file()):
        return 0
    errors: list[str] | None = [] if args.errors else None
    result = evaluate(path, args.split, args.limit, errors)
    emit(result, args.json, table, errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
