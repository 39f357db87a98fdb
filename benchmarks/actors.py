#!/usr/bin/env python3
"""Actor resolution (country and sector) on NGEC's actor-resolution test cases.

Usage: python benchmarks/actors.py [PATH] [--json] [--errors]

PATH is ``test_actor_resolution.cases.tsv`` or the folder holding it (default
``../shared/data/event/NGEC/test_actor_resolution.cases.tsv`` beside the repository). Columns:
``test_name actor_text context query_date known_country expected_country expected_code_1
expected_code_2 expected_wiki pytest_marks``. Each evaluable row calls
``newsgraph.resolve_actor(actor_text, date=query_date)``: newsgraph has no ``context`` or
``known_country`` argument; ``query_date`` (when given) picks the office a known person held then.

Rows skipped, as NGEC's own test run skips them:
- rows whose ``pytest_marks`` hold ``skip(...)`` or ``xfail(...)`` (NGEC does not count them);
- rows marked ``not-collected-by-pytest``: their test function lacks the ``test_`` prefix, so
  pytest never runs them. Rows sharing a test name are all kept: the TSV does not say whether
  the later definition shadows the earlier one or one function asserts several cases.

Expected values (NGEC's conventions, mapped to newsgraph's):
- country: ``(empty)`` and ``(no-code)`` expect None; ``NotEq:X`` expects anything but X;
  NGEC's ``UNO`` (UN bodies) and ``EUR`` (EU bodies) are newsgraph's ``IGO``; blank = not asserted.
- sector: NGEC returns two codes, ``code_1`` and ``code_2``; a row is right when newsgraph's one
  sector equals either asserted code (``Defense Minister`` → GOV or MIL). ``(empty)``,
  ``(no-code)`` and ``UNK`` expect None. NGEC codes are mapped to newsgraph's ICEWS-style set:
  ``JRN`` (journalists) → ``MED``, ``MED`` (medical) → ``HLH``, ``PRM`` (paramilitary) → ``REB``.
  Rows whose only codes have no counterpart (``ELI`` elites, ``PRE`` pseudo-states, ``AGR``,
  ``SOC``, ``????``) are not scored for sector and are counted under ``sector_unmapped``.
Accuracy is over the rows where the field is asserted.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

from common import DATA, emit, missing

DEFAULT_PATH = DATA / "event" / "NGEC" / "test_actor_resolution.cases.tsv"
FILE_NAME = "test_actor_resolution.cases.tsv"
NONE_MARKS = {"(empty)", "(no-code)", "UNK"}
COUNTRY_MAP = {"UNO": "IGO", "EUR": "IGO"}
SECTOR_MAP = {"JRN": "MED", "MED": "HLH", "PRM": "REB"}
UNMAPPED_SECTORS = {"ELI", "PRE", "AGR", "SOC", "????"}


def skip_reason(row: dict) -> str | None:
    """Why NGEC's test run does not count this row, or None when it does."""
    marks = row.get("pytest_marks") or ""
    if "not-collected" in marks:
        return "not collected by pytest"
    if "skip(" in marks:
        return "skip"
    if "xfail(" in marks:
        return "xfail"
    return None


def expected_country(cell: str) -> tuple[str, str | None] | None:
    """``("eq", code)`` or ``("ne", code)``; None when the row does not assert a country."""
    cell = (cell or "").strip()
    if not cell:
        return None
    if cell in NONE_MARKS:
        return ("eq", None)
    if cell.startswith("NotEq:"):
        return ("ne", cell[len("NotEq:"):])
    return ("eq", COUNTRY_MAP.get(cell, cell))


def expected_sectors(row: dict) -> set[str | None] | str | None:
    """The sectors that count as right; ``"unmapped"`` when no asserted code has a counterpart."""
    cells = [(row.get(k) or "").strip() for k in ("expected_code_1", "expected_code_2")]
    cells = [c for c in cells if c]
    if not cells:
        return None
    out: set[str | None] = set()
    for c in cells:
        if c in NONE_MARKS:
            out.add(None)
        elif c not in UNMAPPED_SECTORS:
            out.add(SECTOR_MAP.get(c, c))
    return out or "unmapped"


def read_cases(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _country_ok(want: tuple[str, str | None], got: str | None) -> bool:
    how, code = want
    return got == code if how == "eq" else got != code


def evaluate(path: Path, errors: list[str] | None = None) -> dict:
    """Score ``newsgraph.resolve_actor`` on the cases at ``path``. RETURNS (dict): counts and accuracies."""
    import newsgraph

    rows = read_cases(path)
    skipped: dict[str, int] = {}
    n_country = ok_country = n_sector = ok_sector = unmapped = evaluated = 0
    for row in rows:
        reason = skip_reason(row)
        if reason:
            skipped[reason] = skipped.get(reason, 0) + 1
            continue
        evaluated += 1
        got = newsgraph.resolve_actor(row["actor_text"], date=(row.get("query_date") or "").strip() or None)
        want_c, want_s = expected_country(row["expected_country"]), expected_sectors(row)
        c_ok = s_ok = True
        if want_c is not None:
            n_country += 1
            c_ok = _country_ok(want_c, got["country"])
            ok_country += c_ok
        if want_s == "unmapped":
            unmapped += 1
        elif want_s is not None:
            n_sector += 1
            s_ok = got["sector"] in want_s
            ok_sector += s_ok
        if errors is not None and not (c_ok and s_ok):
            errors.append(f"{row['test_name']:24} {row['actor_text'][:48]!r:52} want {row['expected_country'] or '-'}"
                          f"/{row['expected_code_1'] or '-'}{'|' + row['expected_code_2'] if row['expected_code_2'] else ''}"
                          f"  got {got['country']}/{got['sector']} ({got['kind']})")
    return {
        "rows": len(rows), "evaluated": evaluated, "skipped": skipped,
        "corpus": hashlib.sha256(path.read_bytes()).hexdigest()[:16],
        "country": {"n": n_country, "correct": ok_country, "accuracy": round(ok_country / n_country, 3) if n_country else 0.0},
        "sector": {"n": n_sector, "correct": ok_sector, "accuracy": round(ok_sector / n_sector, 3) if n_sector else 0.0},
        "sector_unmapped": unmapped,
    }


def table(result: dict) -> str:
    c, s = result["country"], result["sector"]
    skipped = ", ".join(f"{k} {v}" for k, v in sorted(result["skipped"].items()))
    return "\n".join([
        f"country accuracy {c['accuracy']:.3f}  ({c['correct']}/{c['n']})",
        f"sector accuracy  {s['accuracy']:.3f}  ({s['correct']}/{s['n']}; {result['sector_unmapped']} rows with "
        f"only unmapped codes not scored)",
        f"rows {result['rows']}, evaluated {result['evaluated']}, skipped: {skipped}; corpus {result['corpus']}",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--errors", action="store_true", help="also list the rows resolved wrongly")
    args = parser.parse_args(argv)
    path = args.path.resolve()
    if path.is_dir():
        path = path / FILE_NAME
    if missing(path, path.is_file()):
        return 0
    errors: list[str] | None = [] if args.errors else None
    result = evaluate(path, errors)
    emit(result, args.json, table, errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
