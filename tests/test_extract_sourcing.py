"""The article's own sourcing: "…, <outlet> reports citing <source>" is recorded for the article."""
import pytest

import newsgraph
from newsgraph.model import Article

pytestmark = pytest.mark.slow


def sourced_by(text: str, outlet: str | None = None) -> list[str]:
    graph = newsgraph.extract_article(Article(text=text, outlet=outlet, published="2025-03-04"))
    claims = {c.id: c for c in graph.claims}
    return [claims[i].source_text for i in graph.sourcing]


def test_sourcing_the_outlet_reports_citing():
    text = ("Talks between Serbia and Kosovo collapsed in Brussels on Monday, Danube Wire reports citing "
            "diplomatic sources.\n\nThe envoys left without a statement.")
    assert sourced_by(text, outlet="Danube Wire") == ["diplomatic sources"]


def test_sourcing_a_news_agency_in_the_lead():
    text = ("Floods killed twelve people in northern Albania, Reuters reported, citing local officials.\n\n"
            "Rescue teams reached the villages on Tuesday.")
    assert sourced_by(text) == ["local officials"]


@pytest.mark.parametrize("text", [
    # "according to" vouches for one clause, not for the article
    "Floods killed twelve people in northern Albania, according to local officials.",
    # citing by someone other than the outlet or a news medium
    "The minister cited a central bank report on inflation.\n\nPrices rose by 4% in February.",
])
def test_sourcing_not_every_citation_sources_the_article(text):
    assert sourced_by(text, outlet="Danube Wire") == []


def test_sourcing_is_in_the_document_and_validates():
    from newsgraph.schema import validate

    graph = newsgraph.extract("Ships collided off Malta, Harbour Daily reports citing coastguard officials.")
    data = graph.to_dict()
    validate(data)
    assert set(data["sourcing"]) <= {c["id"] for c in data["claims"]}
