"""Batch runs: bad articles are reported and skipped, the rest stored, in one process or several."""
import pytest

from newsgraph.errors import InputError
from newsgraph.model import Article
from newsgraph.scale import MAX_CHARS, run_batch
from newsgraph.store import list_articles

pytestmark = pytest.mark.slow

GOOD = [Article(text=f"Officials in Lisbon said talks on fishing rights would resume in round {n}.",
                published="2025-01-0" + str(n), source=f"mem:{n}") for n in range(1, 4)]


def test_scale_bad_items_are_skipped_with_reasons_and_the_rest_stored(fresh_db):
    items = [GOOD[0], InputError("broken.jsonl:7", "malformed JSON"), Article(text="   ", source="blank"),
             Article(text="x" * (MAX_CHARS + 1), source="huge.txt"), Article(text="\ufbfa\u8180", source="noise"),
             GOOD[1]]
    seen = []
    summary = run_batch(items, fresh_db, on_result=lambda status, label: seen.append(status))
    assert summary.stored == [GOOD[0].id, GOOD[1].id]
    reasons = dict(summary.skipped)
    assert reasons["broken.jsonl:7"] == "malformed JSON"
    assert reasons["blank"] == "empty article text"
    assert reasons["huge.txt"].startswith("article too long")
    assert reasons["noise"] == "too short to be an article (1 word)"
    assert sorted(seen) == ["skipped"] * 4 + ["stored"] * 2


def test_scale_duplicates_in_one_batch_are_stored_once(fresh_db):
    twin = Article(text=GOOD[0].text, id="other-id", source="twin")
    summary = run_batch([GOOD[0], twin], fresh_db)
    assert summary.stored == [GOOD[0].id] and summary.present == ["other-id"]


def test_scale_workers_give_the_same_graphs(fresh_db, db_path):
    from newsgraph.store import connect, load_graph

    summary = run_batch(GOOD, fresh_db)
    parallel = connect(db_path)
    assert run_batch(GOOD, parallel, workers=2).stored == summary.stored
    with fresh_db.connect() as a, parallel.connect() as b:
        assert [r["id"] for r in list_articles(a)] == [r["id"] for r in list_articles(b)]
        for article in GOOD:
            assert load_graph(a, article.id).to_dict() == load_graph(b, article.id).to_dict()
