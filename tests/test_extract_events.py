"""Events and factuality on sentences the team wrote."""
import pytest

import newsgraph
from newsgraph.model import PLOVER_TYPES

pytestmark = pytest.mark.slow


def event_by_trigger(graph, trigger):
    return next(e for e in graph.events if e.trigger == trigger)


def names(graph, ids):
    return [graph.actor(i).name for i in ids]


def test_events_actor_and_recipient_with_countries():
    g = newsgraph.extract("Japan's coast guard detained Chinese fishermen near the islands.", published="2025-05-02")
    e = event_by_trigger(g, "detained")
    assert e.type in PLOVER_TYPES and e.type == "COERCE"
    assert [g.actor(a).country for a in e.actors] == ["JPN"]
    assert [g.actor(a).country for a in e.recipients] == ["CHN"]
    assert e.factuality == "asserted" and e.certainty == 3


def test_events_compound_subject_gives_two_actors():
    g = newsgraph.extract("Peru and Chile signed a fishing treaty on Monday.", published="2025-05-07")
    e = event_by_trigger(g, "signed")
    assert sorted(names(g, e.actors)) == ["Chile", "Peru"]
    assert g.timexes[0].id == e.date


def test_events_inside_a_claim_are_claimed_and_linked():
    text = "Ukrainian officials said Russian forces attacked the city of Kharkiv."
    g = newsgraph.extract(text)
    e = event_by_trigger(g, "attacked")
    assert e.type == "ASSAULT" and e.factuality == "claimed"
    assert e.claims and g.claims[0].id in e.claims
    assert 0 < e.certainty < 3


def test_events_unconfirmed_by_a_source():
    g = newsgraph.extract("The ministry could not confirm that troops attacked the village.")
    assert event_by_trigger(g, "attacked").factuality == "unconfirmed"


def test_events_negated_event_is_kept_as_denied():
    g = newsgraph.extract("Egypt did not attack the convoy.")
    e = event_by_trigger(g, "attack")
    assert e.factuality == "denied" and e.certainty < 0


def test_events_future_and_hypothetical():
    g = newsgraph.extract("India will sanction the company. If Iran attacks shipping, Britain would respond.")
    assert event_by_trigger(g, "sanction").factuality == "future"
    assert event_by_trigger(g, "attacks").factuality == "hypothetical"


@pytest.mark.parametrize("sentence,span,low,high", [
    ("The US could not confirm the troops were fighting.", (41, 49), -0.5, 0.5),
    ("Police arrested the protesters.", (7, 15), 2.5, 3.0),
    ("Police did not arrest the protesters.", (15, 21), -3.0, -2.0),
    ("Police may arrest the protesters.", (11, 17), 0.0, 2.0),
])
def test_events_factuality_score(sentence, span, low, high):
    assert low <= newsgraph.factuality(sentence, span) <= high


def test_events_factuality_rejects_span_outside_sentence():
    with pytest.raises(ValueError, match="outside"):
        newsgraph.factuality("Short.", (3, 40))
