"""Render :func:`newsgraph.report.report_data` as a Markdown situation report."""
from __future__ import annotations

from typing import Any, Iterable, Sequence

MAX_CELL = 160


def cell(value: Any, limit: int = MAX_CELL) -> str:
    """A table cell: no newlines or pipes, HTML-significant characters escaped, long text shortened."""
    text = " ".join(str(value if value is not None else "").split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return lines


def _event_line(e: dict[str, Any]) -> list[Any]:
    who = ", ".join(e["actors"]) or "?"
    whom = ", ".join(e["recipients"])
    what = f"{who} → {whom}" if whom else who
    day = e["day"] or "undated"
    if e["day"] and e["day_from"] == "publication":
        day += " (published)"
    where = e["location"] or ""
    return [day, f"**{e['type']}**" + (f" ({e['mode']})" if e["mode"] else ""), f"{what}: “{e['trigger']}”", where,
            f"{e['factuality']} ({e['certainty']:+.1f})", " ← ".join(reversed(e["sources"])) or e["outlet"] or "outlet"]


def render(data: dict[str, Any]) -> str:
    """RETURNS (str): the report, headed by its scope, then timeline, claims, actors."""
    first, last = data["period"]
    lines = ["# Situation report", "",
             f"{len(data['articles'])} article(s) from {', '.join(data['outlets']) or 'unknown outlets'}"
             + (f", published {first} to {last}" if first else "") + f". Generated {data['generated']}.", ""]
    lines += ["## Timeline", "", "Events by date, with the author's commitment and who vouches for them "
              "(innermost source first).", ""]
    lines += table(["Date", "Event", "Who → whom", "Where", "Factuality", "Vouched for by"],
                   map(_event_line, data["events"]))
    lines += ["", "## Who claims what", ""]
    lines += table(["Source", "Cue", "Claim", "Quote", "Published"],
                   ([c["source_label"], c["cue"], c["content"], "direct" if c["direct"] else "", c["published"] or ""]
                    for c in data["claims"]))
    lines += ["", "## Actors", ""]
    lines += table(["Actor", "Kind", "Country", "Sector", "Role", "Mentions", "Articles"],
                   ([a["name"], a["kind"], a["country"] or "", a["sector"] or "", a["role"] or "", a["mentions"],
                     a["articles"]] for a in data["actors"]))
    lines += ["", "## Articles", ""]
    lines += table(["Published", "Outlet", "Sourced via", "Title", "Events", "Claims", "Id"],
                   ([a["published"] or "", a["outlet"] or "", a["sourced_via"], a["title"] or "", a["events"],
                     a["claims"], a["id"]] for a in data["articles"]))
    return "\n".join(lines) + "\n"
