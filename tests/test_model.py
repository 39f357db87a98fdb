import json

import pytest

from newsgraph.model import Actor, Article, ArticleGraph, Claim, Event, Timex, content_id, event_day
from newsgraph.schema import json_schema, validate


def small_graph() -> ArticleGraph:
    text = "Ruritania's army shelled the border town, officials said on Monday."
    return ArticleGraph(
        article=Article(text=text, published="2024-03-05", outlet="Example Wire"),
        actors=[Actor("a1", "Ruritania's army", "organization", None, "MIL", None, [(0, 16)])],
        timexes=[Timex("t1", "Monday", (60, 66), "DATE", "2024-03-04", "2024-03-04", "2024-03-04")],
        claims=[Claim("c1", None, "officials", (42, 51), "said", (52, 56), text[:40], (0, 40))],
        events=[Event("e1", "ASSAULT", "shelled", (17, 24), actors=["a1"], date="t1", factuality="claimed",
                      certainty=2.0, claims=["c1"], day="2024-03-04", day_from="timex")],
    )


def test_model_to_dict_has_every_contract_field():
    d = small_graph().to_dict()
    assert d["schema"] == "newsgraph/1"
    assert set(d) == {"schema", "article", "actors", "timexes", "claims", "events", "contradictions", "sourcing"}
    assert set(d["article"]) == {"id", "url", "outlet", "published", "title", "language", "text"}
    assert set(d["events"][0]) == {"id", "type", "mode", "context", "cameo", "actors", "recipients", "trigger",
                                   "trigger_span", "date", "location", "factuality", "certainty", "claims",
                                   "quantities", "day", "day_from", "place"}


@pytest.mark.parametrize("date,factuality,expected", [
    ("t1", "claimed", ("2024-03-04", "timex")),          # its own timex
    ("t2", "asserted", (None, "timex")),                  # a timex without a day ("recently")
    (None, "asserted", ("2024-03-05", "publication")),    # reported as done: the publication date, marked
    (None, "future", (None, None)),                       # "will meet": not on the publication day
    (None, "hypothetical", (None, None)),
])
def test_model_event_day_from_timex_or_publication(date, factuality, expected):
    timexes = small_graph().timexes + [Timex("t2", "recently", (0, 8), "DATE", "PAST_REF")]
    assert event_day(date, factuality, timexes, "2024-03-05") == expected
    assert event_day(None, "asserted", timexes, None) == (None, None)


def test_model_event_quantities_round_trip_and_validate():
    from newsgraph.model import Quantity

    graph = small_graph()
    graph.events[0].quantities = [Quantity("thousands of", (0, 12), 1000, None, True)]
    d = json.loads(json.dumps(graph.to_dict()))
    validate(d)
    assert d["events"][0]["quantities"] == [{"text": "thousands of", "span": [0, 12], "value": 1000, "unit": None,
                                             "approximate": True}]
    assert ArticleGraph.from_dict(d).to_dict() == d


def test_model_document_without_quantities_still_reads_and_validates():
    d = small_graph().to_dict()
    del d["events"][0]["quantities"]  # written before quantities existed
    validate(d)
    assert ArticleGraph.from_dict(d).events[0].quantities == []


def test_model_event_place_round_trips_and_validates():
    from newsgraph.model import Place

    graph = small_graph()
    graph.events[0].place = Place("Lyon", "FRA", 45.74846, 4.84671, "city")
    d = json.loads(json.dumps(graph.to_dict()))
    validate(d)
    assert d["events"][0]["place"] == {"name": "Lyon", "country": "FRA", "lat": 45.74846, "lon": 4.84671,
                                       "kind": "city"}
    assert ArticleGraph.from_dict(d).to_dict() == d
    d["events"][0]["place"]["kind"] = "planet"
    with pytest.raises(Exception):
        validate(d)


def test_model_document_without_place_still_reads_and_validates():
    d = small_graph().to_dict()
    assert d["events"][0]["place"] is None
    del d["events"][0]["place"]  # written before places existed
    validate(d)
    assert ArticleGraph.from_dict(d).events[0].place is None


def test_model_round_trips_through_json():
    d = small_graph().to_dict()
    again = ArticleGraph.from_dict(json.loads(json.dumps(d))).to_dict()
    assert again == d


def test_model_validates_against_shipped_schema():
    validate(small_graph().to_dict())


def test_model_schema_rejects_unknown_factuality():
    import jsonschema

    d = small_graph().to_dict()
    d["events"][0]["factuality"] = "rumoured"
    with pytest.raises(jsonschema.ValidationError):
        validate(d)


def test_model_schema_is_itself_valid():
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_model_article_id_is_a_stable_content_hash():
    assert Article(text="Same body.").id == Article(text="Same body.").id == content_id("Same body.")
    assert Article(text="Same body.").id != Article(text="Other body.").id
    assert Article(text="x", id="given").id == "given"
