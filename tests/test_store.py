from sqlalchemy import func, select

from newsgraph.model import ArticleGraph
from newsgraph.store import connect, list_actors, list_articles, list_claims, list_events, load_graph, save_graph
from newsgraph.store import schema as t
from tests.test_model import small_graph


def test_store_round_trips_a_graph(fresh_db):
    graph = small_graph()
    assert save_graph(fresh_db, graph) is True
    with fresh_db.connect() as conn:
        assert load_graph(conn, graph.article.id).to_dict() == graph.to_dict()


def test_store_second_save_changes_nothing(fresh_db):
    graph = small_graph()
    save_graph(fresh_db, graph)
    same_content = ArticleGraph.from_dict(graph.to_dict())
    same_content.article.id = "another-id"
    assert save_graph(fresh_db, graph) is False
    assert save_graph(fresh_db, same_content) is False
    with fresh_db.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(t.articles)) == 1
        assert conn.scalar(select(func.count()).select_from(t.events)) == 1


def test_store_file_database_uses_wal_and_logs_migrations(db_path):
    engine = connect(db_path)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert [r[0] for r in conn.execute(select(t.migrations.c.name))] == ["0001_initial", "0002_event_quantities",
                                                                        "0003_event_place", "0004_article_sourcing"]
    connect(db_path)  # reopening applies nothing twice


def test_store_round_trips_event_quantities(fresh_db):
    from newsgraph.model import Quantity

    graph = small_graph()
    graph.events[0].quantities = [Quantity(text="dozens of", span=(0, 9), value=12, unit=None, approximate=True),
                                  Quantity(text="2.5 million", span=(10, 21), value=2.5e6, unit="USD")]
    save_graph(fresh_db, graph)
    with fresh_db.connect() as conn:
        assert load_graph(conn, graph.article.id).to_dict() == graph.to_dict()


def test_store_database_from_before_quantities_stays_readable(db_path):
    engine = connect(db_path)
    graph = small_graph()
    save_graph(engine, graph)
    with engine.begin() as conn:  # make it look like a database written before migration 0002
        t.event_quantities.drop(conn)
        conn.execute(t.migrations.delete().where(t.migrations.c.name == "0002_event_quantities"))
    engine.dispose()
    engine = connect(db_path)
    with engine.connect() as conn:
        loaded = load_graph(conn, graph.article.id)
    assert loaded.events[0].quantities == [] and loaded.to_dict() == graph.to_dict()


def test_store_round_trips_event_place(fresh_db):
    from newsgraph.model import Place

    graph = small_graph()
    graph.events[0].place = Place("Ruritania", "RUR", 12.5, -3.25, "country")
    save_graph(fresh_db, graph)
    with fresh_db.connect() as conn:
        loaded = load_graph(conn, graph.article.id)
    assert loaded.events[0].place == graph.events[0].place and loaded.to_dict() == graph.to_dict()


def test_store_database_from_before_places_opens_and_reads_no_place(db_path):
    from newsgraph.model import Place

    engine = connect(db_path)
    graph = small_graph()
    graph.events[0].place = Place("Lyon", "FRA", 45.7, 4.8, "city")
    save_graph(engine, graph)
    with engine.begin() as conn:  # make it look like a database written before migration 0003
        for name, _ in t.PLACE_COLUMNS:
            conn.exec_driver_sql(f"ALTER TABLE events DROP COLUMN {name}")
        conn.execute(t.migrations.delete().where(t.migrations.c.name == "0003_event_place"))
    engine.dispose()
    engine = connect(db_path)
    with engine.connect() as conn:
        loaded = load_graph(conn, graph.article.id)
    graph.events[0].place = None
    assert loaded.events[0].place is None and loaded.to_dict() == graph.to_dict()


def test_store_keeps_the_articles_own_sourcing_and_lists_it(fresh_db, db_path):
    graph = small_graph()
    graph.sourcing = ["c1"]
    save_graph(fresh_db, graph)
    with fresh_db.connect() as conn:
        assert load_graph(conn, graph.article.id).sourcing == ["c1"]
        assert list_articles(conn)[0]["sourced_via"] == "officials"
    engine = connect(db_path)  # a database from before migration 0004 reads back with no sourcing
    save_graph(engine, small_graph())
    with engine.begin() as conn:
        t.article_sourcing.drop(conn)
        conn.execute(t.migrations.delete().where(t.migrations.c.name == "0004_article_sourcing"))
    engine.dispose()
    with connect(db_path).connect() as conn:
        assert load_graph(conn, small_graph().article.id).sourcing == []
        assert list_articles(conn)[0]["sourced_via"] == ""


def test_store_lists_each_claims_sourcing_chain(fresh_db):
    from newsgraph.model import Claim

    graph = small_graph()
    text = graph.article.text
    graph.claims.append(Claim("c2", None, None, None, "shelled", (17, 24), text[25:40], (25, 40), parent="c1"))
    save_graph(fresh_db, graph)
    with fresh_db.connect() as conn:
        chains = {c["id"]: c["chain"] for c in list_claims(conn)}
    assert chains == {"c1": "Example Wire → officials", "c2": "Example Wire → officials → unnamed source"}


def test_store_missing_database_is_a_named_error(tmp_path):
    import pytest

    from newsgraph.errors import StoreError

    with pytest.raises(StoreError, match="no such database"):
        connect(str(tmp_path / "absent.db"), create=False)


def test_store_queries_filter(fresh_db):
    save_graph(fresh_db, small_graph())
    with fresh_db.connect() as conn:
        assert [a["events"] for a in list_articles(conn)] == [1]
        assert list_articles(conn, since="2024-04-01") == []
        assert list_articles(conn, country="XKX") == [] and len(list_articles(conn, country=None)) == 1
        events = list_events(conn, type="assault")
        assert events[0]["actors"] == ["Ruritania's army (MIL)"] and events[0]["sources"] == ["officials"]
        assert (events[0]["day"], events[0]["day_from"]) == ("2024-03-04", "timex")
        assert list_events(conn, type="AGREE") == []
        assert list_events(conn, source="officials") and not list_events(conn, source="ministry")
        assert list_claims(conn, source="offic")[0]["cue"] == "said"
        assert list_actors(conn, sector="MIL")[0]["mentions"] == 1


def test_store_lists_events_on_the_day_the_graph_gives_them(fresh_db):
    graph = small_graph()
    done, planned = graph.events[0], ArticleGraph.from_dict(graph.to_dict()).events[0]
    done.date, done.day, done.day_from = None, "2024-03-05", "publication"
    planned.id, planned.date, planned.factuality, planned.day, planned.day_from = "e2", None, "future", None, None
    graph.events.append(planned)
    save_graph(fresh_db, graph)
    with fresh_db.connect() as conn:
        listed = {e["id"]: (e["day"], e["day_from"]) for e in list_events(conn)}
        loaded = {e.id: (e.day, e.day_from) for e in load_graph(conn, graph.article.id).events}
    assert listed == loaded == {"e1": ("2024-03-05", "publication"), "e2": (None, None)}


def test_store_write_failure_is_a_named_error_and_keeps_earlier_articles(db_path):
    import sqlite3

    import pytest

    from newsgraph.errors import StoreError

    engine = connect(db_path)
    save_graph(engine, small_graph())
    blocker = sqlite3.connect(db_path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")  # another writer holds the database
    other = ArticleGraph.from_dict(small_graph().to_dict())
    other.article.id, other.article.text = "second", "Another body about another event entirely."
    from sqlalchemy import create_engine

    quick = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": 0.1})
    with pytest.raises(StoreError, match="cannot store article"):
        save_graph(quick, other)
    blocker.rollback()
    blocker.close()
    with engine.connect() as conn:
        assert [a["id"] for a in list_articles(conn)] == [small_graph().article.id]
