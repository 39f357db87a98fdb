"""Shared fixtures: the spaCy pipeline once per session, real SQLite databases per test."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "news_az_2024-10-21.txt"


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import pipeline

    return pipeline()


@pytest.fixture(scope="session")
def seed_graph():
    """The example article read from disk and extracted, once per session."""
    import newsgraph

    return newsgraph.extract_article(newsgraph.read(SEED))


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "test.db")


@pytest.fixture
def fresh_db():
    from newsgraph.store import connect

    return connect("sqlite://")
