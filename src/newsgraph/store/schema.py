"""The database schema (SQLAlchemy Core), one table per part of the ``newsgraph/1`` document.

Rows of every table but ``articles`` are keyed by ``(article_id, id)``: ids such as ``a1`` or
``c2`` are local to their article. Spans are stored as ``*_start``/``*_end`` character offsets into
``articles.text``, end exclusive.
"""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, PrimaryKeyConstraint,
                        String, Table, Text)

metadata = MetaData()


def _article_fk() -> Column:
    return Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)


articles = Table(
    "articles", metadata,
    Column("id", String, primary_key=True),
    Column("content_hash", String, nullable=False, unique=True),
    Column("url", Text), Column("outlet", Text), Column("published", String(10)),
    Column("title", Text), Column("language", String(8)), Column("text", Text, nullable=False),
    Column("source", Text), Column("ingested_at", String, nullable=False),
)

actors = Table(
    "actors", metadata, _article_fk(), Column("id", String, nullable=False),
    Column("name", Text, nullable=False), Column("kind", String, nullable=False),
    Column("country", String(3)), Column("sector", String), Column("role", Text),
    PrimaryKeyConstraint("article_id", "id"),
    Index("ix_actors_country", "country"),
)

mentions = Table(
    "mentions", metadata, _article_fk(), Column("actor_id", String, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
)

timexes = Table(
    "timexes", metadata, _article_fk(), Column("id", String, nullable=False),
    Column("text", Text, nullable=False), Column("start", Integer), Column("end", Integer),
    Column("type", String), Column("value", String), Column("start_date", String(10)), Column("end_date", String(10)),
    PrimaryKeyConstraint("article_id", "id"),
)

claims = Table(
    "claims", metadata, _article_fk(), Column("id", String, nullable=False),
    Column("source", String), Column("source_text", Text), Column("source_start", Integer), Column("source_end", Integer),
    Column("cue", Text, nullable=False), Column("cue_start", Integer), Column("cue_end", Integer),
    Column("content", Text, nullable=False), Column("content_start", Integer), Column("content_end", Integer),
    Column("direct", Boolean, nullable=False), Column("parent", String),
    PrimaryKeyConstraint("article_id", "id"),
)

# An event's place (model ``Place``), added by migration 0003: null in rows written before it.
PLACE_COLUMNS = (("place_name", Text()), ("place_country", String(3)), ("place_lat", Float()), ("place_lon", Float()),
                 ("place_kind", String()))

events = Table(
    "events", metadata, _article_fk(), Column("id", String, nullable=False),
    Column("type", String, nullable=False), Column("mode", String), Column("context", Text),
    Column("cameo", String), Column("trigger", Text), Column("trigger_start", Integer), Column("trigger_end", Integer),
    Column("date", String), Column("location", Text), Column("factuality", String, nullable=False),
    Column("certainty", Float, nullable=False),
    *(Column(name, kind) for name, kind in PLACE_COLUMNS),
    PrimaryKeyConstraint("article_id", "id"),
    Index("ix_events_type", "type"),
)

event_actors = Table(
    "event_actors", metadata, _article_fk(), Column("event_id", String, nullable=False),
    Column("actor_id", String, nullable=False), Column("role", String, nullable=False),  # actor | recipient
    Column("position", Integer, nullable=False),
)

event_claims = Table(
    "event_claims", metadata, _article_fk(), Column("event_id", String, nullable=False),
    Column("claim_id", String, nullable=False), Column("position", Integer, nullable=False),
)

event_quantities = Table(  # added by migration 0002: databases written before it have none
    "event_quantities", metadata, _article_fk(), Column("event_id", String, nullable=False),
    Column("position", Integer, nullable=False), Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("value", Float, nullable=False), Column("unit", Text), Column("approximate", Boolean, nullable=False),
)

article_sourcing = Table(  # added by migration 0004: databases written before it have none
    "article_sourcing", metadata, _article_fk(), Column("claim_id", String, nullable=False),
    Column("position", Integer, nullable=False),
)

contradictions = Table(
    "contradictions", metadata, _article_fk(), Column("claim_a", String, nullable=False),
    Column("claim_b", String, nullable=False), Column("reason", Text),
)

migrations = Table(
    "_newsgraph_migrations", metadata,
    Column("name", String, primary_key=True), Column("applied_at", String, nullable=False),
)

CHILD_TABLES = (actors, mentions, timexes, claims, events, event_actors, event_claims, event_quantities,
                article_sourcing, contradictions)
