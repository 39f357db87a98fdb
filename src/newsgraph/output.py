"""Printing rows of plain dicts as a table, JSON or CSV (what every listing command does)."""
from __future__ import annotations

import csv
import json
import sys
from typing import Any, Sequence, TextIO

FORMATS = ("table", "json", "csv")


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_flat(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def emit(rows: list[dict[str, Any]], columns: Sequence[str], fmt: str = "table", out: TextIO | None = None,
         *, width: int = 60) -> None:
    """Print ``rows``; ``columns`` picks the table/CSV columns (JSON keeps every field)."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([_flat(r.get(c)) for c in columns] for r in rows)
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(show_lines=False, header_style="bold")
        for column in columns:
            table.add_column(column, overflow="fold", max_width=width)
        for row in rows:
            table.add_row(*(Text(_flat(row.get(c))) for c in columns))  # Text: no markup from scraped strings
        wide = None if out.isatty() else 200  # piped output is not cut to 80 columns
        Console(file=out, highlight=False, width=wide).print(table)
    else:
        raise ValueError(f"unknown format {fmt!r} (want one of {', '.join(FORMATS)})")
