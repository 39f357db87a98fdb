"""Event factuality: Pearson r and MAE of newsgraph's `certainty` against UW and MEANTIME dev.

Usage: python benchmarks/factuality.py [PATH] [--split dev] [--limit N] [--json]

PATH is the factuality_bert release (default ../shared/data/attribution/factuality_bert), whose
glue_data/{UW,MEANTIME}/<split>.jsonl hold whitespace-tokenised sentences with predicate targets
labelled on the FactBank/UW scale (-3 … +3). Each sentence is rebuilt by joining its tokens with
single spaces, parsed once, and every target predicate is scored with the same function as
`newsgraph.factuality(sentence, span)`. A constant 3.0 ("everything asserted") is the baseline.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from common import DATA, missing  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

DEFAULT = DATA / "attribution/factuality_bert"
CORPORA = ("UW", "MEANTIME")


def load(path: Path, limit: int | None) -> list[tuple[str, list[tuple[tuple[int, int], float]]]]:
    """Sentences as ``(text, [((start, end) character span, label), ...])``."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        item = json.loads(line)
        tokens = item["text"].split(" ")
        starts = [0]
        for tok in tokens[:-1]:
            starts.append(starts[-1] + len(tok) + 1)
        targets = [((starts[t["span1"][0]], starts[t["span1"][1] - 1] + len(tokens[t["span1"][1] - 1])), float(t["label"]))
                   for t in item["targets"]]
        out.append((" ".join(tokens), targets))
    return out


def score(sentences: list[tuple[str, list]]) -> dict[str, float]:
    from newsgraph.extract.factuality import head_token, predicate_factuality
    from newsgraph.nlp import pipeline

    gold, system = [], []
    docs = pipeline().pipe((text for text, _ in sentences), batch_size=64)
    for doc, (_, targets) in zip(docs, sentences):
        for span, label in targets:
            head = head_token(doc, span)
            gold.append(label)
            system.append(predicate_factuality(doc, head)[1] if head is not None else 3.0)
    mae = statistics.fmean(abs(g - s) for g, s in zip(gold, system))
    baseline = statistics.fmean(abs(g - 3.0) for g in gold)
    return {"predicates": len(gold), "pearson_r": round(statistics.correlation(gold, system), 3),
            "mae": round(mae, 3), "baseline_mae_all_3": round(baseline, 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if missing(args.path):
        return 0
    results = {}
    for corpus in CORPORA:
        file = args.path / "glue_data" / corpus / f"{args.split}.jsonl"
        start = time.perf_counter()
        results[corpus] = score(load(file, args.limit))
        results[corpus]["seconds"] = round(time.perf_counter() - start, 1)
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"{'corpus':10} {'predicates':>10} {'pearson r':>10} {'MAE':>7} {'MAE all-3':>10} {'seconds':>8}")
    for corpus, r in results.items():
        print(f"{corpus:10} {r['predicates']:>10} {r['pearson_r']:>10.3f} {r['mae']:>7.3f} "
              f"{r['baseline_mae_all_3']:>10.3f} {r['seconds']:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
