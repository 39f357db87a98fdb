"""Read queries over the store, returning plain dicts: what the CLI lists, the report and exports use.

Filters are optional keyword arguments; dates are ``YYYY-MM-DD`` strings compared as text. An event's
day is its own timex's start date, or the article's publication date when it has none and is reported
as having happened (``newsgraph.model.event_day``).
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, and_, case, func, or_, select

from newsgraph.model import UNDATED_FACTUALITY
from newsgraph.store import schema as t

A, E, C, X, ART = t.actors, t.events, t.claims, t.timexes, t.articles


def _dated(column: Any, since: str | None, until: str | None) -> list[Any]:
    conds = []
    if since:
        conds.append(column >= since)
    if until:
        conds.append(column <= until)
    return conds


def list_articles(conn: Connection, *, since: str | None = None, until: str | None = None,
                  outlet: str | None = None, country: str | None = None,
                  limit: int | None = None) -> list[dict[str, Any]]:
    """Stored articles, newest first, with counts of what was extracted from each.

    country: only articles with an actor of this ISO alpha-3 country.
    """
    counts = {name: select(func.count()).where(tab.c.article_id == ART.c.id).scalar_subquery()
              for name, tab in (("actors", A), ("events", E), ("claims", C))}
    q = select(ART.c.id, ART.c.url, ART.c.outlet, ART.c.published, ART.c.title, ART.c.language,
               *(v.label(k) for k, v in counts.items()))
    conds = _dated(ART.c.published, since, until)
    if outlet:
        conds.append(ART.c.outlet == outlet)
    if country:
        conds.append(select(A.c.id).where(A.c.article_id == ART.c.id, A.c.country == country.upper()).exists())
    q = q.where(*conds).order_by(ART.c.published.desc(), ART.c.id).limit(limit)
    rows = [dict(r) for r in conn.execute(q).mappings()]
    via: dict[str, list[str]] = defaultdict(list)  # the article's own sourcing: "News.Az reports citing [foreign media]"
    if rows:
        S = t.article_sourcing
        for r in conn.execute(select(S.c.article_id, C.c.source_text).join(C, and_(
                C.c.article_id == S.c.article_id, C.c.id == S.c.claim_id)).where(
                S.c.article_id.in_([r["id"] for r in rows])).order_by(S.c.position)).mappings():
            via[r["article_id"]].append(r["source_text"] or "unnamed sources")
    for row in rows:
        row["sourced_via"] = ", ".join(via[row["id"]])
    return rows


def actors_of(conn: Connection, articles: set[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """The actors of some articles, keyed by ``(article_id, actor_id)``."""
    rows = conn.execute(select(A).where(A.c.article_id.in_(articles))).mappings() if articles else []
    return {(r["article_id"], r["id"]): dict(r) for r in rows}


def _label(actor: dict[str, Any] | None) -> str:
    if actor is None:
        return "?"
    code = " ".join(dict.fromkeys(x for x in (actor["country"], actor["sector"]) if x))  # "IGO", not "IGO IGO"
    return f"{actor['name']} ({code})" if code else actor["name"]


def list_events(conn: Connection, *, type: str | None = None, country: str | None = None, since: str | None = None,
                until: str | None = None, source: str | None = None, factuality: str | None = None,
                article: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Events with their actors, recipients, date and the sources that vouch for them, in date order
    (undated ones last)."""
    published = case((and_(E.c.date.is_(None), E.c.factuality.not_in(UNDATED_FACTUALITY)), ART.c.published))
    date = func.coalesce(X.c.start_date, published)  # as model.event_day gives it
    q = (select(E, date.label("day"), ART.c.published, ART.c.outlet)
         .join(ART, ART.c.id == E.c.article_id)
         .join(X, and_(X.c.article_id == E.c.article_id, X.c.id == E.c.date), isouter=True))
    conds = _dated(date, since, until)
    if type:
        conds.append(E.c.type == type.upper())
    if factuality:
        conds.append(E.c.factuality == factuality)
    if article:
        conds.append(E.c.article_id == article)
    if country:
        linked = select(t.event_actors.c.event_id).join(A, and_(
            A.c.article_id == t.event_actors.c.article_id, A.c.id == t.event_actors.c.actor_id)).where(
            t.event_actors.c.article_id == E.c.article_id, t.event_actors.c.event_id == E.c.id,
            A.c.country == country.upper())
        conds.append(linked.exists())
    rows = [dict(r) for r in conn.execute(q.where(*conds).order_by(date.is_(None), date, E.c.article_id, E.c.trigger_start))
            .mappings()]
    for row in rows:  # where the day comes from: the event's own timex, or only the publication date
        row["day_from"] = "timex" if row["date"] is not None else "publication" if row["day"] else None
    _attach_people(conn, rows)
    if source:
        needle = source.lower()
        rows = [r for r in rows if any(needle in s.lower() for s in r["sources"])]
    return rows[:limit] if limit else rows


def _attach_people(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Add ``actors``/``recipients`` labels and the chain of ``sources`` to each event row."""
    articles = {r["article_id"] for r in rows}
    if not articles:
        return
    links: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for r in conn.execute(select(t.event_actors).where(t.event_actors.c.article_id.in_(articles))
                          .order_by(t.event_actors.c.position)).mappings():
        links[(r["article_id"], r["event_id"], r["role"])].append(r["actor_id"])
    chains: dict[tuple[str, str], list[str]] = defaultdict(list)
    claim_rows = {(c["article_id"], c["id"]): dict(c) for c in
                  conn.execute(select(C).where(C.c.article_id.in_(articles))).mappings()}
    for r in conn.execute(select(t.event_claims).where(t.event_claims.c.article_id.in_(articles))
                          .order_by(t.event_claims.c.position)).mappings():
        chains[(r["article_id"], r["event_id"])].append(r["claim_id"])
    actors = actors_of(conn, articles)
    for row in rows:
        key = (row["article_id"], row["id"])
        row["context"] = json.loads(row["context"] or "[]")
        row["actors"] = [_label(actors.get((key[0], i))) for i in links[(*key, "actor")]]
        row["recipients"] = [_label(actors.get((key[0], i))) for i in links[(*key, "recipient")]]
        row["claims"] = chains[key]
        sources = [claim_source(claim_rows[(key[0], c)], actors) for c in chains[key] if (key[0], c) in claim_rows]
        row["sources"] = [s for n, s in enumerate(sources) if n == 0 or sources[n - 1] != s]  # "US ← US" once


def claim_source(claim: dict[str, Any], actors: dict[tuple[str, str], dict[str, Any]]) -> str:
    """Who a claim is from: its resolved actor's label, its source text, or "(unnamed)"."""
    if claim.get("source"):
        return _label(actors.get((claim["article_id"], claim["source"])))
    return claim.get("source_text") or "(unnamed)"


def list_claims(conn: Connection, *, source: str | None = None, country: str | None = None,
                since: str | None = None, until: str | None = None, article: str | None = None,
                limit: int | None = None) -> list[dict[str, Any]]:
    """Claims with their source actor, cue and content, in article and text order."""
    q = (select(C, ART.c.published, ART.c.outlet, A.c.name.label("source_name"), A.c.country.label("source_country"),
                A.c.sector.label("source_sector"))
         .join(ART, ART.c.id == C.c.article_id)
         .join(A, and_(A.c.article_id == C.c.article_id, A.c.id == C.c.source), isouter=True))
    conds = _dated(ART.c.published, since, until)
    if source:
        like = f"%{source.lower()}%"
        conds.append(or_(func.lower(C.c.source_text).like(like), func.lower(A.c.name).like(like)))
    if country:
        conds.append(A.c.country == country.upper())
    if article:
        conds.append(C.c.article_id == article)
    q = q.where(*conds).order_by(ART.c.published, C.c.article_id, C.c.cue_start).limit(limit)
    rows = [dict(r) for r in conn.execute(q).mappings()]
    _attach_chains(conn, rows)
    return rows


def _attach_chains(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Add each claim's sourcing ``chain``, outermost first, from the outlet down to the claim's own source:
    "News.Az → The Russian embassy → Zinoviev" for what Zinoviev told, as the embassy reported it."""
    articles = {r["article_id"] for r in rows}
    if not articles:
        return
    every = {(c["article_id"], c["id"]): c for c in
             conn.execute(select(C.c.article_id, C.c.id, C.c.parent, C.c.source_text).where(
                 C.c.article_id.in_(articles))).mappings()}
    for row in rows:
        chain, key, seen = [], (row["article_id"], row["id"]), set()
        while key in every and key not in seen:
            seen.add(key)
            chain.append(every[key]["source_text"] or "unnamed source")
            key = (row["article_id"], every[key]["parent"])
        row["chain"] = " → ".join([row["outlet"] or "the article", *reversed(chain)])


def list_actors(conn: Connection, *, country: str | None = None, sector: str | None = None, kind: str | None = None,
                since: str | None = None, until: str | None = None, article: str | None = None,
                limit: int | None = None) -> list[dict[str, Any]]:
    """Actors across articles, one row per (name, kind, country, sector), most mentioned first."""
    mention_count = select(func.count()).where(
        t.mentions.c.article_id == A.c.article_id, t.mentions.c.actor_id == A.c.id).scalar_subquery()
    q = select(A.c.name, A.c.kind, A.c.country, A.c.sector, func.max(A.c.role).label("role"),
               func.count(func.distinct(A.c.article_id)).label("articles"),
               func.sum(mention_count).label("mentions")).join(ART, ART.c.id == A.c.article_id)
    conds = _dated(ART.c.published, since, until)
    for column, value in ((A.c.country, country and country.upper()), (A.c.sector, sector and sector.upper()),
                          (A.c.kind, kind), (A.c.article_id, article)):
        if value:
            conds.append(column == value)
    q = (q.where(*conds).group_by(A.c.name, A.c.kind, A.c.country, A.c.sector)
         .order_by(func.sum(mention_count).desc(), A.c.name).limit(limit))
    return [dict(r) for r in conn.execute(q).mappings()]
