"""What the benchmark scripts share: where the data lives, the clean skip, and printing results."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data"  # the evaluation sets beside the project; never shipped


def missing(path: Path, present: bool | None = None) -> bool:
    """Print ``skipped: dataset not found at PATH`` when a dataset is absent. RETURNS (bool): absent.

    present: the script's own test of the files it needs; by default, whether ``path`` exists.
    """
    if Path(path).exists() if present is None else present:
        return False
    print(f"skipped: dataset not found at {path}")
    return True


def emit(result: dict[str, Any], as_json: bool, render: Callable[[dict[str, Any]], str],
         errors: list[str] | None = None) -> None:
    """Print the figures as JSON or as the script's table, then any error lines asked for."""
    print(json.dumps(result, indent=2) if as_json else render(result))
    for line in errors or []:
        print(line)
