#!/usr/bin/env python3
"""Article-body extraction from HTML, on the Scrapinghub/Zyte article extraction benchmark.

    python benchmarks/extraction.py [PATH] [--limit N] [--json] [--min-f1 F]

PATH is the dataset folder (``html/<id>.html.gz`` and ``ground-truth.json``), by default
``../shared/data/extraction/scrapinghub_article_extraction_benchmark`` beside the repository.
Each page is scored twice: (a) ``newsgraph.ingest.read`` on the page written to a file, the code
path of a user's ``newsgraph.read(path)`` (a page it refuses counts as empty output), and (b) bare
``trafilatura.extract(html)`` with default settings.

The scorer is the benchmark's own (``evaluate.py`` in scrapinghub/article-extraction-benchmark):
token 4-gram shingles (tokens are ``\\w+`` runs, case kept, as there), true/false positives and
negatives per page normalised to sum to one, precision and recall averaged over pages, F1 from
those averages.
"""
from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from common import DATA, missing  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

DEFAULT_PATH = DATA / "extraction" / "scrapinghub_article_extraction_benchmark"
NGRAM = 4
TOKEN_RE = re.compile(r"\w+")

Counts = tuple[float, float, float]


def shingles(text: str, n: int = NGRAM) -> Counter[tuple[str, ...]]:
    tokens = TOKEN_RE.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def match(true: str, pred: str) -> Counts:
    """RETURNS: (tp, fp, fn) over shingles, normalised to sum to 1 so that long pages weigh no more."""
    gold, got = shingles(true), shingles(pred)
    tp = sum((gold & got).values())
    fp = sum((got - gold).values())
    fn = sum((gold - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def metrics(counts: list[Counts]) -> dict[str, float]:
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def pages(path: Path, limit: int | None) -> Iterator[tuple[str, bytes, str]]:
    truth = json.loads((path / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth)[:limit]:
        html = gzip.decompress((path / "html" / f"{key}.html.gz").read_bytes())
        yield key, html, truth[key].get("articleBody", "")


def newsgraph_extractor(workdir: Path) -> Callable[[str, bytes], str]:
    from newsgraph.errors import InputError
    from newsgraph.ingest import read

    def extract(key: str, html: bytes) -> str:
        page = workdir / f"{key}.html"
        page.write_bytes(html)
        try:
            return read(page).text
        except InputError:
            return ""
        finally:
            page.unlink()

    return extract


def trafilatura_extractor() -> Callable[[str, bytes], str]:
    import trafilatura

    return lambda key, html: trafilatura.extract(html) or ""


def run(path: Path, limit: int | None = None) -> dict[str, object]:
    """Score both extractors. RETURNS (dict): page count, and precision/recall/F1/seconds for each."""
    with tempfile.TemporaryDirectory() as tmp:
        extractors = {"newsgraph": newsgraph_extractor(Path(tmp)), "trafilatura": trafilatura_extractor()}
        counts: dict[str, list[Counts]] = {name: [] for name in extractors}
        seconds = dict.fromkeys(extractors, 0.0)
        empty = dict.fromkeys(extractors, 0)
        for key, html, gold in pages(path, limit):
            for name, extract in extractors.items():
                start = time.perf_counter()
                text = extract(key, html)
                seconds[name] += time.perf_counter() - start
                empty[name] += not text
                counts[name].append(match(gold, text))
    result: dict[str, object] = {"pages": len(counts["newsgraph"])}
    for name in extractors:
        result[name] = {**metrics(counts[name]), "empty": empty[name], "seconds": round(seconds[name], 1)}
    return result


def table(result: dict) -> str:
    lines = [f"pages: {result['pages']}",
             f"{'extractor':<24}{'precision':>10}{'recall':>10}{'F1':>10}{'empty':>8}{'seconds':>9}"]
    for name, label in (("newsgraph", "newsgraph.ingest.read"), ("trafilatura", "trafilatura.extract")):
        m = result[name]
        lines.append(f"{label:<24}{m['precision']:>10.4f}{m['recall']:>10.4f}{m['f1']:>10.4f}"
                     f"{m['empty']:>8}{m['seconds']:>9.1f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH, help="the dataset folder")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--min-f1", type=float, default=None, help="exit 1 if newsgraph's F1 is below this")
    args = parser.parse_args(argv)
    path = args.path.resolve()
    if missing(path, (path / "ground-truth.json").is_file()):
        return 0
    for noisy in ("trafilatura", "htmldate", "newsgraph"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    result = run(path, args.limit)
    print(json.dumps(result, indent=2) if args.json else table(result))
    if args.min_f1 is not None and result["newsgraph"]["f1"] < args.min_f1:
        print(f"newsgraph F1 {result['newsgraph']['f1']:.4f} is below {args.min_f1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
