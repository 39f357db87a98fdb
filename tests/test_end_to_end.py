"""The bundled example article, checked the way a reader would check it."""
import pytest

from newsgraph.schema import validate

pytestmark = pytest.mark.slow


def test_e2e_publication_date_outlet_and_chrome(seed_graph):
    article = seed_graph.article
    assert article.published == "2024-10-21"
    assert article.outlet == "News.Az"
    assert "16 px" not in article.text and not article.text.rstrip().endswith("News.Az")
    validate(seed_graph.to_dict())


def test_e2e_people_and_their_countries(seed_graph):
    people = {a.name: a for a in seed_graph.actors if a.kind == "person"}
    assert people["Kim Hong-kyun"].country == "KOR"
    assert people["Georgy Zinoviev"].country == "RUS"
    assert people["Keir Starmer"].country == "GBR"
    assert people["Lin Jian"].country == "CHN"


def test_e2e_claims_have_sources(seed_graph):
    text = seed_graph.article.text
    sourced = [c for c in seed_graph.claims if c.source]
    assert sourced
    for c in seed_graph.claims:
        assert text[slice(*c.cue_span)] == c.cue and text[slice(*c.content_span)] == c.content
    assert any(seed_graph.actor(c.source).sector == "SPY" for c in sourced)


def test_e2e_every_span_indexes_the_text(seed_graph):
    text = seed_graph.article.text
    for t in seed_graph.timexes:
        assert text[slice(*t.span)] == t.text
    for e in seed_graph.events:
        assert text[slice(*e.trigger_span)] == e.trigger
        assert set(e.actors + e.recipients) <= {a.id for a in seed_graph.actors}
        assert set(e.claims) <= {c.id for c in seed_graph.claims}
