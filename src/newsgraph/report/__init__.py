"""The situation report: one data dict built from the store, rendered as Markdown.

``report_data`` is the only place that queries; renderers only format what it returns.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection

from newsgraph.store import list_actors, list_articles, list_claims, list_events
from newsgraph.store.queries import actors_of, claim_source


def report_data(conn: Connection, *, since: str | None = None, until: str | None = None,
                country: str | None = None, article: str | None = None) -> dict[str, Any]:
    """Everything the report shows, as plain data: articles, timeline, claims, actors, contradictions."""
    articles = list_articles(conn, since=since, until=until)
    if article:
        articles = [a for a in articles if a["id"] == article]
    ids = {a["id"] for a in articles}
    events = list_events(conn, since=since, until=until, country=country, article=article)
    claims = [c for c in list_claims(conn, since=since, until=until, article=article) if c["article_id"] in ids]
    labels = actors_of(conn, ids)
    for claim in claims:
        claim["source_label"] = claim_source(claim, labels)
    actors = list_actors(conn, since=since, until=until, country=country, article=article)
    return {
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "filters": {"since": since, "until": until, "country": country, "article": article},
        "articles": articles, "events": events, "claims": claims, "actors": actors,
        "outlets": sorted({a["outlet"] for a in articles if a["outlet"]}),
        "period": (min((a["published"] for a in articles if a["published"]), default=None),
                   max((a["published"] for a in articles if a["published"]), default=None)),
    }


def report(conn: Connection, *, format: str = "md", **filters: Any) -> str:
    """The situation report as text. format: ``md`` (Markdown)."""
    from newsgraph.report.markdown import render

    if format != "md":
        raise ValueError(f"unknown report format {format!r} (want md)")
    return render(report_data(conn, **filters))
