"""Opening the database, applying migrations, and writing and reading one article's graph.

SQLite (the default, in WAL mode) or PostgreSQL, through SQLAlchemy Core. Each article is written in
one transaction; an article already present (same id or same content) is left as it is.
"""
from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import Connection, Engine, create_engine, event, insert, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from newsgraph.errors import StoreError
from newsgraph.model import (Actor, Article, ArticleGraph, Claim, Contradiction, Event, Place, Quantity, Timex,
                             content_id, event_day)
from newsgraph.store import schema as t

log = logging.getLogger(__name__)

DEFAULT_DB = "newsgraph.db"


def database_url(db: str | None = None) -> str:
    """A SQLAlchemy URL from ``--db``, then ``NEWSGRAPH_DB``, then ``./newsgraph.db``; a bare path means SQLite."""
    db = db or os.environ.get("NEWSGRAPH_DB") or DEFAULT_DB
    return db if "://" in db else f"sqlite:///{Path(db).expanduser()}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _initial(conn: Connection) -> None:
    t.metadata.create_all(conn)


def _event_quantities(conn: Connection) -> None:
    """Quantities on events: a new table, so databases written before it stay readable (no rows)."""
    t.event_quantities.create(conn, checkfirst=True)


def _event_place(conn: Connection) -> None:
    """An event's place: new nullable columns on ``events`` (a database made by 0001 after they were
    declared has them already), so rows written before it read back with no place."""
    present = {c["name"] for c in inspect(conn).get_columns("events")}
    for name, kind in t.PLACE_COLUMNS:
        if name not in present:
            column_type = kind.compile(dialect=conn.dialect)
            conn.exec_driver_sql(f"ALTER TABLE events ADD COLUMN {name} {column_type}")


def _article_sourcing(conn: Connection) -> None:
    """The article's own sourcing: a new table, so articles stored before it read back with none."""
    t.article_sourcing.create(conn, checkfirst=True)


MIGRATIONS: tuple[tuple[str, Callable[[Connection], None]], ...] = (
    ("0001_initial", _initial), ("0002_event_quantities", _event_quantities), ("0003_event_place", _event_place),
    ("0004_article_sourcing", _article_sourcing))


def migrate(engine: Engine) -> list[str]:
    """Apply the migrations not yet logged in ``_newsgraph_migrations``. RETURNS: the names applied."""
    with engine.begin() as conn:
        t.migrations.create(conn, checkfirst=True)
        done = set(conn.scalars(select(t.migrations.c.name)))
        applied = []
        for name, step in MIGRATIONS:
            if name not in done:
                step(conn)
                conn.execute(insert(t.migrations).values(name=name, applied_at=_now()))
                applied.append(name)
    return applied


def connect(db: str | None = None, *, create: bool = True) -> Engine:
    """An engine for the database, migrated to the current schema.

    db: a SQLite path or a SQLAlchemy URL (``postgresql+psycopg://…``); default as :func:`database_url`.
    create: when False, a missing SQLite file is an error instead of a new database.
    """
    url = database_url(db)
    if url.startswith("sqlite:///") and not create and not Path(url[len("sqlite:///"):]).exists():
        raise StoreError(f"{url[len('sqlite:///'):]}: no such database (run `newsgraph ingest` first)")
    try:
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        migrate(engine)
    except SQLAlchemyError as exc:
        raise StoreError(f"{url}: cannot open database: {exc.__class__.__name__}: {str(exc).splitlines()[0]}") from exc
    return engine


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def is_present(conn: Connection, article: Article) -> bool:
    """Whether an article with the same id or the same content is stored already."""
    found = conn.execute(select(t.articles.c.id).where(
        (t.articles.c.id == article.id) | (t.articles.c.content_hash == content_id(article.text)))).first()
    return found is not None


def _rows(graph: ArticleGraph) -> dict[Any, list[dict[str, Any]]]:
    aid = graph.article.id
    rows: dict[Any, list[dict[str, Any]]] = {table: [] for table in t.CHILD_TABLES}
    for a in graph.actors:
        rows[t.actors].append(dict(article_id=aid, id=a.id, name=a.name, kind=a.kind, country=a.country,
                                   sector=a.sector, role=a.role))
        rows[t.mentions] += [dict(article_id=aid, actor_id=a.id, start=s, end=e) for s, e in a.mentions]
    for x in graph.timexes:
        rows[t.timexes].append(dict(article_id=aid, id=x.id, text=x.text, start=x.span[0], end=x.span[1], type=x.type,
                                    value=x.value, start_date=x.start, end_date=x.end))
    for c in graph.claims:
        ss, se = c.source_span or (None, None)
        rows[t.claims].append(dict(
            article_id=aid, id=c.id, source=c.source, source_text=c.source_text, source_start=ss, source_end=se,
            cue=c.cue, cue_start=c.cue_span[0], cue_end=c.cue_span[1], content=c.content,
            content_start=c.content_span[0], content_end=c.content_span[1], direct=c.direct, parent=c.parent))
    for e in graph.events:
        rows[t.events].append(dict(
            article_id=aid, id=e.id, type=e.type, mode=e.mode, context=json.dumps(e.context), cameo=e.cameo,
            trigger=e.trigger, trigger_start=e.trigger_span[0], trigger_end=e.trigger_span[1], date=e.date,
            location=e.location, factuality=e.factuality, certainty=e.certainty, **_place_row(e.place)))
        for role, ids in (("actor", e.actors), ("recipient", e.recipients)):
            rows[t.event_actors] += [dict(article_id=aid, event_id=e.id, actor_id=i, role=role, position=n)
                                     for n, i in enumerate(ids)]
        rows[t.event_claims] += [dict(article_id=aid, event_id=e.id, claim_id=c, position=n) for n, c in enumerate(e.claims)]
        rows[t.event_quantities] += [dict(article_id=aid, event_id=e.id, position=n, text=q.text, start=q.span[0],
                                          end=q.span[1], value=q.value, unit=q.unit, approximate=q.approximate)
                                     for n, q in enumerate(e.quantities)]
    for k in graph.contradictions:
        rows[t.contradictions].append(dict(article_id=aid, claim_a=k.claims[0], claim_b=k.claims[1], reason=k.reason))
    rows[t.article_sourcing] = [dict(article_id=aid, claim_id=c, position=i) for i, c in enumerate(graph.sourcing)]
    return rows


def _place_row(place: Place | None) -> dict[str, Any]:
    """The ``place_*`` columns of an event (all null when it has no place)."""
    if place is None:
        return {name: None for name, _ in t.PLACE_COLUMNS}
    return dict(place_name=place.name, place_country=place.country, place_lat=place.lat, place_lon=place.lon,
                place_kind=place.kind)


def _place(row: Any) -> Place | None:
    """An event row's place; None when it has none (or was stored before migration 0003)."""
    if row["place_kind"] is None:
        return None
    return Place(name=row["place_name"], country=row["place_country"], lat=row["place_lat"], lon=row["place_lon"],
                 kind=row["place_kind"])


def save_graph(engine: Engine, graph: ArticleGraph) -> bool:
    """Store one article's graph in one transaction. RETURNS (bool): False when it was already present."""
    article = graph.article
    try:
        with engine.begin() as conn:
            if is_present(conn, article):
                return False
            conn.execute(insert(t.articles).values(
                **article.to_dict(), content_hash=content_id(article.text), source=article.source, ingested_at=_now()))
            for table, rows in _rows(graph).items():
                if rows:
                    conn.execute(insert(table), rows)
    except SQLAlchemyError as exc:  # the transaction is rolled back: nothing of this article is half-stored
        reason = str(exc).splitlines()[0]
        raise StoreError(f"{engine.url.render_as_string(hide_password=True)}: cannot store article "
                         f"{article.source or article.id}: {reason}") from exc
    return True


def load_graph(conn: Connection, article_id: str) -> ArticleGraph | None:
    """Rebuild a stored article's graph, exactly as :meth:`ArticleGraph.to_dict` gave it."""
    row = conn.execute(select(t.articles).where(t.articles.c.id == article_id)).mappings().first()
    if row is None:
        return None
    article = Article(**{k: row[k] for k in ("id", "url", "outlet", "published", "title", "language", "text")},
                      source=row["source"])

    def fetch(table: Any, *order: Any) -> list[Any]:
        return list(conn.execute(select(table).where(table.c.article_id == article_id).order_by(*order)).mappings())

    mentions: dict[str, list[tuple[int, int]]] = {}
    for m in fetch(t.mentions, t.mentions.c.start):
        mentions.setdefault(m["actor_id"], []).append((m["start"], m["end"]))
    links: dict[tuple[str, str], list[str]] = {}
    for r in fetch(t.event_actors, t.event_actors.c.position):
        links.setdefault((r["event_id"], r["role"]), []).append(r["actor_id"])
    for r in fetch(t.event_claims, t.event_claims.c.position):
        links.setdefault((r["event_id"], "claim"), []).append(r["claim_id"])
    quantities: dict[str, list[Quantity]] = {}
    for q in fetch(t.event_quantities, t.event_quantities.c.position):
        value = int(q["value"]) if float(q["value"]).is_integer() else q["value"]
        quantities.setdefault(q["event_id"], []).append(Quantity(
            text=q["text"], span=(q["start"], q["end"]), value=value, unit=q["unit"], approximate=bool(q["approximate"])))
    def event(e: Any) -> Event:
        day, day_from = event_day(e["date"], e["factuality"], timexes, article.published)
        return Event(id=e["id"], type=e["type"], mode=e["mode"], context=json.loads(e["context"] or "[]"),
                     cameo=e["cameo"], trigger=e["trigger"], trigger_span=(e["trigger_start"], e["trigger_end"]),
                     date=e["date"], day=day, day_from=day_from, location=e["location"], factuality=e["factuality"],
                     certainty=e["certainty"], actors=links.get((e["id"], "actor"), []),
                     recipients=links.get((e["id"], "recipient"), []), claims=links.get((e["id"], "claim"), []),
                     quantities=quantities.get(e["id"], []), place=_place(e))

    timexes = [Timex(id=x["id"], text=x["text"], span=(x["start"], x["end"]), type=x["type"], value=x["value"],
                     start=x["start_date"], end=x["end_date"]) for x in _by_id(fetch(t.timexes))]
    return ArticleGraph(
        article=article,
        actors=[Actor(id=a["id"], name=a["name"], kind=a["kind"], country=a["country"], sector=a["sector"],
                      role=a["role"], mentions=mentions.get(a["id"], [])) for a in _by_id(fetch(t.actors))],
        timexes=timexes,
        claims=[Claim(id=c["id"], source=c["source"], source_text=c["source_text"],
                      source_span=(c["source_start"], c["source_end"]) if c["source_start"] is not None else None,
                      cue=c["cue"], cue_span=(c["cue_start"], c["cue_end"]), content=c["content"],
                      content_span=(c["content_start"], c["content_end"]), direct=bool(c["direct"]), parent=c["parent"])
                for c in _by_id(fetch(t.claims))],
        events=[event(e) for e in _by_id(fetch(t.events))],
        contradictions=[Contradiction(claims=[k["claim_a"], k["claim_b"]], reason=k["reason"])
                        for k in fetch(t.contradictions)],
        sourcing=[r["claim_id"] for r in fetch(t.article_sourcing, t.article_sourcing.c.position)],
    )


def _by_id(rows: list[Any]) -> list[Any]:
    """Rows in id order: ``a2`` before ``a10``."""
    return sorted(rows, key=lambda r: (len(r["id"]), r["id"]))
