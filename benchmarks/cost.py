"""What each extraction stage costs, as a share of the whole extraction time, in one run.

Usage: python benchmarks/cost.py [PATH] [--n 150] [--json]

PATH is the BBC full-text JSONL (default ../shared/data/news/bbc_2225/bbc_fulltext.jsonl); the
sample is every 7th article. The packaged spaCy pipeline parses each text once; then each newsgraph
component (actors, timexes, claims, events) runs over all parsed docs in pipeline order and is
timed alone. Extraction time = parse + all components. Budgets from the issues: time expressions
under 10 %, claims (with contradictions) and factuality under 20 %, actors and events under 30 %.
Factuality runs inside the events component.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from common import DATA, missing  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

DEFAULT = DATA / "news/bbc_2225/bbc_fulltext.jsonl"
STRIDE = 7


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if missing(args.path):
        return 0
    from newsgraph.model import Article
    from newsgraph.nlp import COMPONENTS, make_doc, pipeline

    lines = args.path.read_text(encoding="utf-8").splitlines()[::STRIDE][: args.n]
    articles = [Article(text=json.loads(line)["text"]) for line in lines]
    nlp = pipeline()
    ours = [(name, proc) for name, proc in nlp.pipeline if name in COMPONENTS]  # the extractors; line breaks are parsing
    start = time.perf_counter()
    with nlp.select_pipes(disable=[name for name, _ in ours]):
        docs = list(nlp.pipe((make_doc(a) for a in articles), batch_size=32))
    seconds = {"parse": time.perf_counter() - start}
    for name, proc in ours:
        start = time.perf_counter()
        for doc in docs:
            proc(doc)
        seconds[name.removeprefix("newsgraph_")] = time.perf_counter() - start
    total = sum(seconds.values())
    shares = {k: round(100 * v / total, 1) for k, v in seconds.items()}
    figures = {"articles": len(docs), "seconds": {k: round(v, 2) for k, v in seconds.items()}, "share_pct": shares,
               "actors_plus_events_pct": round(shares["actors"] + shares["events"], 1)}
    if args.json:
        print(json.dumps(figures))
        return 0
    print(f"{len(docs)} articles; extraction {total:.2f} s")
    for name, sec in seconds.items():
        print(f"  {name:8} {sec:7.2f} s  {shares[name]:5.1f} %")
    print(f"  actors + events: {figures['actors_plus_events_pct']} %  (budget 30 %); timexes: {shares['timexes']} % "
          f"(budget 10 %); claims: {shares['claims']} % (budget 20 %, with factuality inside events)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
