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


def event_with(graph, event_type):
    return next(e for e in graph.events if e.type == event_type)


def countries(graph, ids):
    return sorted(graph.actor(i).country for i in ids)


@pytest.mark.parametrize("text,event_type,actors,recipients", [
    # nominal events carried by a support verb take its subject
    ("Kenyan nurses staged a protest over pay.", "PROTEST", ["KEN"], []),
    ("Bolivia launched an investigation into the crash.", "ACCUSE", ["BOL"], []),
    ("Qatar launched a mediation effort between Chad and Sudan.", "CONSULT", ["QAT"], ["SDN", "TCD"]),
    ("Serbian troops were engaged in fighting against Croatian forces.", "ASSAULT", ["SRB"], ["HRV"]),
    # a possessive or a nationality on the noun, and the "of" phrase as recipient
    ("Ethiopia's invasion of Somalia ended in 2009.", "ASSAULT", ["ETH"], ["SOM"]),
    ("Seoul condemned the sending of North Korean troops to Russia.", "ACCUSE", ["KOR"], ["PRK", "RUS"]),
    # partitives and coordinated nationalities
    ("Thousands of Nigerians protested in Abuja.", "PROTEST", ["NGA"], []),
    ("The Thai and Cambodian sides agreed to a ceasefire.", "AGREE", ["KHM", "THA"], []),
    # recipients on the object and in embedded clauses
    ("Uruguay held talks with Paraguay on Monday.", "CONSULT", ["URY"], ["PRY"]),
    ("Ghana demanded that Togo release the fishermen.", "REQUEST", ["GHA"], ["TGO"]),
    ("Egypt offered to mediate between Ethiopia and Sudan.", "AGREE", ["EGY"], ["ETH", "SDN"]),
    # a pronoun subject takes the subject of the clause above
    ("Kenya's cabinet said that it would lift the curfew.", "AGREE", ["KEN"], []),
])
def test_events_arguments(text, event_type, actors, recipients):
    g = newsgraph.extract(text)
    e = event_with(g, event_type)
    assert countries(g, e.actors) == actors
    assert countries(g, e.recipients) == recipients


@pytest.mark.parametrize("text,trigger,event_type,cameo", [
    ("Norway will send medical aid to Sudan.", "send", "AGREE", "033"),        # promised aid
    ("Chad is ready to contribute troops to the mission.", "contribute", "AGREE", "033"),
    ("Kenya's cabinet said that it would lift the curfew.", "lift", "AGREE", "035"),
    ("Pakistan plans to impose a curfew in Quetta.", "impose", "THREATEN", "130"),  # a hostile intention
    ("Iran will not allow the inspectors to enter.", "allow", "REJECT", "120"),      # a refused concession
    ("Chile sent medical aid to Peru.", "sent", "AID", "070"),                      # done, not promised
])
def test_events_intentions(text, trigger, event_type, cameo):
    e = event_by_trigger(newsgraph.extract(text), trigger)
    assert (e.type, e.cameo) == (event_type, cameo)


def test_events_conditional_is_not_an_intention():
    e = event_by_trigger(newsgraph.extract("If Iran attacks shipping, Britain will respond."), "attacks")
    assert e.type == "ASSAULT" and e.factuality == "hypothetical"


def test_events_month_name_is_not_a_march():
    g = newsgraph.extract("In March, Chile signed a deal with Peru.")
    assert [e.type for e in g.events] == ["SUPPORT"]


@pytest.mark.parametrize("text,trigger,event_type", [
    ("Iraqi authorities extended the curfew in Basra.", "extended", "COERCE"),
    ("Militants blew up a bridge near Kunduz.", "blew", "ASSAULT"),
    ("Nepal received observers from the European Union.", "received", "RETREAT"),
    ("The union called off the strike after talks.", "called", "CONCEDE"),
    ("Ghana reduced food supplies to the camps.", "reduced", "SANCTION"),
])
def test_events_new_triggers(text, trigger, event_type):
    g = newsgraph.extract(text)
    assert event_by_trigger(g, trigger).type == event_type


@pytest.mark.parametrize("text,requests", [
    ("Britain said that Iran must release the sailors.", [("GBR", "IRN")]),   # a demand inside a claim
    ("Kenya said it should lower taxes.", []),                                # an obligation on oneself
    ("Iran must release the sailors.", []),                                   # no source, no demand
])
def test_events_obligation_in_a_claim_is_a_request(text, requests):
    g = newsgraph.extract(text)
    got = [(g.actor(e.actors[0]).country, g.actor(e.recipients[0]).country)
           for e in g.events if e.type == "REQUEST" and e.trigger == "said"]
    assert got == requests


@pytest.mark.parametrize("text,trigger,location", [
    ("Leaders met in France on Monday at a hotel in Lyon.", "met", "Lyon"),
    ("Police arrested protesters in Shanghai.", "arrested", "Shanghai"),
    ("Germany signed a deal in Berlin.", "signed", "Berlin"),
    ("Russia attacked Ukraine in the Black Sea.", "attacked", "the Black Sea"),
    ("The ministers met in Kenya.", "met", "Kenya"),
])
def test_events_location_prefers_most_specific_place(text, trigger, location):
    assert event_by_trigger(newsgraph.extract(text), trigger).location == location


@pytest.mark.parametrize("text,trigger,expected", [
    ("Kenya will send 1,000 police officers to Haiti.", "send", ("MOBILIZE", "police")),
    ("Ghana sent peacekeepers to Lebanon last year.", "sent", ("AID", None)),
])
def test_events_sending_police_and_peacekeepers(text, trigger, expected):
    e = event_by_trigger(newsgraph.extract(text), trigger)
    assert (e.type, e.mode) == expected
