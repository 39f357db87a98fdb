"""Wall time of `newsgraph --help` (startup cost: heavy modules must load lazily).

Usage: python benchmarks/startup.py [--runs 10] [--json]
Runs the installed console script beside this Python (falls back to `python -m newsgraph.cli`).
Also reports whether spaCy or trafilatura were imported by `import newsgraph.cli`.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def command() -> list[str]:
    script = Path(sys.executable).with_name("newsgraph")
    if script.exists():
        return [str(script), "--help"]
    found = shutil.which("newsgraph")
    return [found, "--help"] if found else [sys.executable, "-m", "newsgraph.cli", "--help"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    cmd = command()
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    probe = subprocess.run([sys.executable, "-c", "import sys, newsgraph.cli; "
                            "print(sorted(m for m in ('spacy', 'trafilatura', 'sqlalchemy', 'lxml') if m in sys.modules))"],
                           check=True, capture_output=True, text=True).stdout.strip()
    figures = {"command": " ".join(Path(cmd[0]).name if i == 0 else c for i, c in enumerate(cmd)),
               "runs": args.runs, "median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3),
               "heavy_modules_imported": probe}
    print(json.dumps(figures) if args.json else
          f"{figures['command']}: median {figures['median_s']} s, max {figures['max_s']} s over {args.runs} runs; "
          f"heavy modules imported at startup: {probe}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
