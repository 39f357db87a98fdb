"""Span scoring of newsgraph's claims (attributions) on PolNeAR (Newell, Margolin & Ruths, LREC 2018).

Usage: benchmarks/attribution.py [PATH] [--split dev] [--limit N] [--json] [--errors]

PATH is the PolNeAR folder (default: ``../shared/data/attribution/polnear`` beside the repository),
holding ``data/<split>/text/<article>.txt``, ``data/<split>/attributions/<article>_<annotator>.ann``
(brat standoff) and ``data/metadata.tsv``. PolNeAR has no licence: it is read here to measure, never
copied, trained on or shipped.

For each article of the split, the first annotator file (file names sorted) is the gold. brat
offsets are Python string offsets (code points) into the text file read as UTF-8 with newlines
kept; ``read_article`` checks every annotated string against the text. The whole text, headline
line included (headlines are annotated), goes to ``newsgraph.extract(text, published=date)`` with
the publication date from ``metadata.tsv``.

Scoring, per role (source, cue, content), over the *distinct* spans of that role in each article:

- gold spans: every ``Source``, ``Cue`` and ``Content`` text-bound annotation. A discontinuous
  annotation (``s1 e1;s2 e2``) gives one span per fragment, except that fragments separated only
  by white space are joined (brat splits a selection at each line break, so a quotation running
  over several paragraphs is one span; a quotation interrupted by ``he said`` is two).
- system spans: the source, cue and content spans of each claim whose ``parent`` is null. PolNeAR
  annotates only the outermost attribution ("No nested attributions" in its guidelines), so the
  nested claims newsgraph also reports are left out.
- exact: equal spans after trimming white space, quotes and punctuation at both ends of both.
- overlap: any shared character (after the same trimming), each gold and each system span matched
  at most once, the largest overlaps first.

Precision, recall and F1 are micro-averaged over all articles of the split. The wall time is that
of the ``newsgraph.extract`` calls alone (pipeline loading excluded).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from common import DATA, emit, missing  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

DEFAULT_PATH = DATA / "attribution" / "polnear"
ROLES = ("source", "cue", "content")
GOLD_TYPES = {"Source": "source", "Cue": "cue", "Content": "content"}
# A text-bound annotation; its surface text may run over several lines (up to the next annotation line).
TEXT_BOUND = re.compile(r"^T\d+\t(?P<kind>[^\t ]+) (?P<offsets>\d+ \d+(?:;\d+ \d+)*)\t(?P<surface>.*?)(?=\n[TEARMN#]\d*\t|\n*\Z)",
                        re.MULTILINE | re.DOTALL)

Span = tuple[int, int]


@dataclass
class GoldArticle:
    name: str
    text: str
    published: str | None
    spans: dict[str, set[Span]] = field(default_factory=lambda: {r: set() for r in ROLES})


def _is_edge(ch: str) -> bool:
    """White space, quotes and punctuation: what exact matching ignores at span ends."""
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def trim(text: str, span: Span) -> Span | None:
    """``span`` without white space, quotes and punctuation at either end; None if nothing is left."""
    start, end = span
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return (start, end) if end > start else None


def fragments(text: str, offsets: str) -> list[Span]:
    """The fragments of a brat offset field (``"3 9;12 20"``), those parted only by white space joined."""
    parts = sorted(tuple(int(x) for x in frag.split()) for frag in offsets.split(";"))
    joined: list[list[int]] = []
    for start, end in parts:
        if joined and not text[joined[-1][1]:start].strip():
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    return [(s, e) for s, e in joined]


def read_article(text_path: Path, ann_path: Path, published: str | None) -> GoldArticle:
    """One article and its gold spans by role (trimmed, distinct). Raises ValueError on misaligned offsets."""
    text = text_path.read_text(encoding="utf-8")
    with open(text_path, encoding="utf-8", newline="") as fh:
        assert fh.read() == text, f"{text_path}: newline translation would move offsets"
    gold = GoldArticle(text_path.stem, text, published)
    for match in TEXT_BOUND.finditer(ann_path.read_text(encoding="utf-8")):
        kind, offsets, surface = match.group("kind", "offsets", "surface")
        raw = [tuple(int(x) for x in f.split()) for f in offsets.split(";")]
        if " ".join(text[s:e] for s, e in raw) != surface:
            raise ValueError(f"{ann_path.name}: {kind} {offsets} does not index {surface[:40]!r}")
        role = GOLD_TYPES.get(kind)
        if role is None:
            continue
        for frag in fragments(text, offsets):
            span = trim(text, frag)
            if span is not None:
                gold.spans[role].add(span)
    return gold


def publication_dates(path: Path) -> dict[str, str]:
    with open(path / "data" / "metadata.tsv", encoding="utf-8", newline="") as fh:
        return {r["filename"]: r["publication_date"] for r in csv.DictReader(fh, delimiter="\t")}


def gold_files(path: Path, split: str) -> list[tuple[Path, Path]]:
    """(text, first annotator's .ann) for each article of ``split``, in name order."""
    base = path / "data" / split
    out = []
    for text_path in sorted((base / "text").glob("*.txt")):
        anns = sorted((base / "attributions").glob(f"{text_path.stem}_*.ann"))
        if anns:
            out.append((text_path, anns[0]))
    return out


def system_spans(text: str, claims: list) -> dict[str, set[Span]]:
    """Distinct trimmed spans by role of the outermost claims (``parent`` null)."""
    out: dict[str, set[Span]] = {r: set() for r in ROLES}
    for c in claims:
        if c.parent is not None:
            continue
        for role, span in (("source", c.source_span), ("cue", c.cue_span), ("content", c.content_span)):
            span = trim(text, tuple(span)) if span is not None else None
            if span is not None:
                out[role].add(span)
    return out


def overlap_pairs(gold: set[Span], system: set[Span]) -> list[tuple[Span, Span]]:
    """One-to-one matching of overlapping spans, the largest overlaps first."""
    scored = sorted(((min(g[1], s[1]) - max(g[0], s[0]), g, s) for g in gold for s in system
                     if g[0] < s[1] and s[0] < g[1]), reverse=True)
    used_g: set[Span] = set()
    used_s: set[Span] = set()
    pairs = []
    for _, g, s in scored:
        if g not in used_g and s not in used_s:
            used_g.add(g)
            used_s.add(s)
            pairs.append((g, s))
    return pairs


def _prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(100 * p, 1), "r": round(100 * r, 1),
            "f1": round(100 * (2 * p * r / (p + r) if p + r else 0.0), 1)}


def corpus_hash(files: list[tuple[Path, Path]]) -> str:
    h = hashlib.sha256()
    for text_path, ann_path in files:
        for f in (text_path, ann_path):
            h.update(f.name.encode())
            h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()[:16]


def _errors(gold: GoldArticle, sys_spans: dict[str, set[Span]], role: str, pairs) -> list[str]:
    text, name = gold.text, gold.name[:40]
    show = lambda s: repr(text[s[0]:s[1]][:120])  # noqa: E731
    out = [f"DIFF {role:7} {name} gold={show(g)} sys={show(s)}" for g, s in pairs if g != s]
    matched_g = {g for g, _ in pairs}
    matched_s = {s for _, s in pairs}
    out += [f"MISS {role:7} {name} {show(g)}" for g in sorted(gold.spans[role] - matched_g)]
    out += [f"FP   {role:7} {name} {show(s)}" for s in sorted(sys_spans[role] - matched_s)]
    return out


def evaluate(path: Path, split: str = "dev", limit: int | None = None, errors: list | None = None) -> dict:
    """Score ``newsgraph.extract`` claims on PolNeAR ``split``. RETURNS (dict): counts and P/R/F1 by role."""
    import newsgraph
    from newsgraph.nlp import pipeline

    files = gold_files(path, split)[:limit]
    dates = publication_dates(path)
    pipeline()  # loaded before timing
    counts = {r: {"gold": 0, "system": 0, "exact": 0, "overlap": 0} for r in ROLES}
    seconds = 0.0
    failed: list[str] = []
    for text_path, ann_path in files:
        gold = read_article(text_path, ann_path, dates.get(text_path.stem))
        start = time.perf_counter()
        try:
            claims = newsgraph.extract(gold.text, published=gold.published).claims
        except Exception as exc:  # a failing stage of the pipeline: count it, score the article as empty
            failed.append(f"{gold.name}: {exc.__class__.__name__}: {exc}")
            claims = []
        seconds += time.perf_counter() - start
        sys_spans = system_spans(gold.text, claims)
        for role in ROLES:
            pairs = overlap_pairs(gold.spans[role], sys_spans[role])
            c = counts[role]
            c["gold"] += len(gold.spans[role])
            c["system"] += len(sys_spans[role])
            c["exact"] += len(gold.spans[role] & sys_spans[role])
            c["overlap"] += len(pairs)
            if errors is not None:
                errors.extend(_errors(gold, sys_spans, role, pairs))
    result: dict = {"split": split, "articles": len(files), "failed": failed, "corpus": corpus_hash(files),
                    "extract_seconds": round(seconds, 2)}
    for role in ROLES:
        c = counts[role]
        result[role] = {**c, "exact_prf": _prf(c["exact"], c["system"], c["gold"]),
                        "overlap_prf": _prf(c["overlap"], c["system"], c["gold"])}
    return result


def table(result: dict) -> str:
    rows = [f"{'':9}{'exact P':>9}{'R':>7}{'F1':>7}{'overlap P':>11}{'R':>7}{'F1':>7}{'gold':>7}{'system':>8}"]
    for role in ROLES:
        r = result[role]
        e, o = r["exact_prf"], r["overlap_prf"]
        rows.append(f"{role:9}{e['p']:9.1f}{e['r']:7.1f}{e['f1']:7.1f}{o['p']:11.1f}{o['r']:7.1f}{o['f1']:7.1f}"
                    f"{r['gold']:7}{r['system']:8}")
    rows.append(f"split {result['split']}, articles {result['articles']}, corpus {result['corpus']}, "
                f"extraction wall time {result['extract_seconds']:.1f} s")
    rows += [f"FAILED {line}" for line in result["failed"]]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--split", default="dev", help="train, dev or test (default dev)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--errors", action="store_true", help="also list span differences, misses and false positives")
    args = parser.parse_args(argv)
    path = args.path.resolve()
    if missing(path, (path / "data" / args.split / "attributions").is_dir() and (path / "data" / "metadata.tsv").is_file()):
        return 0
    errors: list[str] | None = [] if args.errors else None
    result = evaluate(path, args.split, args.limit, errors)
    emit(result, args.json, table, errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
