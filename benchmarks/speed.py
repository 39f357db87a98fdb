"""Throughput of `newsgraph ingest` against bare spaCy `nlp.pipe` on the same articles, in one run.

Usage: python benchmarks/speed.py [PATH] [--n 300] [--workers 1] [--repeat 2] [--json]

PATH is the BBC full-text JSONL (default ../shared/data/news/bbc_2225/bbc_fulltext.jsonl). The sample
is every 7th article (all five categories), the first N of them. Both sides run in this process after
their pipelines are loaded (load time is not counted): bare spaCy parses the texts; newsgraph reads
the JSONL (ingest readers), parses, extracts and stores into a fresh SQLite file, exactly as
`newsgraph ingest` does. Words are whitespace-separated tokens of the article texts. The two are
run alternately ``--repeat`` times (each ingest into a fresh database) and the fastest run of each
is kept, so that a busy moment of the machine does not decide the ratio.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from common import DATA, missing  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

DEFAULT = DATA / "news/bbc_2225/bbc_fulltext.jsonl"
STRIDE = 7


def sample(path: Path, n: int) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    picked = [json.loads(line) for line in lines[::STRIDE]][:n]
    return [{"id": r["id"], "title": r.get("title"), "outlet": r.get("source"), "text": r["text"]} for r in picked]


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if missing(args.path):
        return 0

    from newsgraph.ingest import iter_articles
    from newsgraph.nlp import base_pipeline, pipeline
    from newsgraph.scale import run_batch
    from newsgraph.store import connect

    records = sample(args.path, args.n)
    words = sum(len(r["text"].split()) for r in records)
    bare = base_pipeline()
    pipeline()  # load both before timing
    spacy_runs, ingest_runs = [], []
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "sample.jsonl"
        jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        for n in range(args.repeat):
            spacy_runs.append(timed(lambda: sum(1 for _ in bare.pipe((r["text"] for r in records), batch_size=32)))[0])
            engine = connect(str(Path(tmp) / f"bench{n}.db"))
            seconds, summary = timed(lambda engine=engine: run_batch(iter_articles([str(jsonl)], english_only=True), engine,
                                                       workers=args.workers))
            ingest_runs.append(seconds)
    spacy_s, ingest_s = min(spacy_runs), min(ingest_runs)
    figures = {
        "articles": len(records), "words": words, "stored": len(summary.stored), "skipped": len(summary.skipped),
        "spacy_seconds": round(spacy_s, 2), "ingest_seconds": round(ingest_s, 2),
        "spacy_words_per_s": round(words / spacy_s), "ingest_words_per_s": round(words / ingest_s),
        "ratio": round(spacy_s / ingest_s, 3), "workers": args.workers, "repeat": args.repeat,
        "spacy_runs": [round(x, 2) for x in spacy_runs], "ingest_runs": [round(x, 2) for x in ingest_runs],
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{figures['articles']} articles, {words:,} words ({figures['stored']} stored, {figures['skipped']} skipped)")
        print(f"bare spaCy nlp.pipe : {spacy_s:7.2f} s  {figures['spacy_words_per_s']:>8,} words/s")
        print(f"newsgraph ingest    : {ingest_s:7.2f} s  {figures['ingest_words_per_s']:>8,} words/s")
        print(f"ratio (ingest / spaCy): {figures['ratio']:.3f}  (goal >= 0.6; fastest of {args.repeat} alternating runs: "
              f"spaCy {figures['spacy_runs']} s, ingest {figures['ingest_runs']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
