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


@pytest.mark.parametrize("text,trigger,context,absent", [
    ("Chile and Bolivia signed a deal on water from the Silala river.", "signed", "resource", None),
    ("Japan pledged aid to refugees fleeing Sudan.", "pledged", "migration", None),
    # the words of a claim's source say nothing of its topic
    ("Military sources said Ghana and Togo discussed cocoa trade.", "discussed", "economic", "military"),
])
def test_events_contexts_come_from_topic_words(text, trigger, context, absent):
    e = event_by_trigger(newsgraph.extract(text), trigger)
    assert context in e.context and absent not in e.context


@pytest.mark.parametrize("text,trigger,mode", [
    ("A car bomb killed four Malian soldiers in Gao.", "killed", "explosives"),
    ("A suicide car bomber killed six Afghan police officers.", "killed", "suicide-attack"),
    ("Sudanese militiamen armed with machetes attacked the Chadian camp.", "attacked", "primitive"),
    ("Syrian tanks killed three Turkish soldiers near the border.", "killed", "heavy-weapons"),
])
def test_events_assault_mode_from_the_weapon(text, trigger, mode):
    assert event_by_trigger(newsgraph.extract(text), trigger).mode == mode


@pytest.mark.parametrize("text,trigger,event_type,mode", [
    ("Chile threatened to shell Peruvian positions.", "threatened", "THREATEN", "violence"),
    ("Bolivia threatened to impose a curfew in La Paz.", "threatened", "THREATEN", "curfew"),
    ("Ecuador would blockade the Peruvian port.", "blockade", "THREATEN", "restrict"),
    ("Malian rebels have sworn to fight the French army.", "fight", "THREATEN", "violence"),
    ("Norway may halt its mediation efforts with Sri Lanka if the talks collapse.", "halt", "THREATEN", "relations"),
])
def test_events_threats_take_the_mode_of_the_threatened_act(text, trigger, event_type, mode):
    e = event_by_trigger(newsgraph.extract(text), trigger)
    assert (e.type, e.mode) == (event_type, mode)


@pytest.mark.parametrize("text,trigger,event_type", [
    ("Peru and Ecuador failed to reach an agreement on the border.", "reach", "REJECT"),
    ("Turkey is violating Greek airspace, Greece protested on Monday.", "protested", "ACCUSE"),
    ("Vietnam is committed to opening up its economy to Japan.", "opening", "AGREE"),
    ("Israel reimposed a blockade on the Palestinian town.", "reimposed", "COERCE"),
    ("Qatar ended its mediation efforts between Chad and Sudan.", "ended", "SANCTION"),
    ("Cuban helicopters evacuated the wounded from the Haitian town.", "evacuated", "AID"),
    ("Kenya violated the UN arms embargo on Somalia.", "violated", "REJECT"),
])
def test_events_rules_for_failure_speech_prefixes_and_objects(text, trigger, event_type):
    assert event_by_trigger(newsgraph.extract(text), trigger).type == event_type


def test_events_noun_asked_for_by_the_verb_is_not_a_second_event():
    g = newsgraph.extract("Spain imposed a curfew in Ceuta.")
    assert [(e.type, e.trigger) for e in g.events] == [("COERCE", "imposed")]


def test_events_participle_used_as_noun_is_no_event():
    g = newsgraph.extract("Cuban helicopters evacuated the wounded from the Haitian town.")
    assert "wounded" not in [e.trigger for e in g.events]


def test_events_unresolved_subject_keeps_the_event_without_actors():
    g = newsgraph.extract("Hundreds of protesters blocked the main highway.")
    e = event_by_trigger(g, "blocked")
    assert e.type == "PROTEST" and e.mode == "obstruct" and all(g.actor(a).country is None for a in e.actors)


def test_events_demand_is_coded_at_the_verb_of_the_cue():
    g = newsgraph.extract("Egypt said here that Israel must withdraw its troops.")
    assert [e.trigger for e in g.events if e.type == "REQUEST"] == ["said"]


def test_events_several_events_in_one_sentence():
    g = newsgraph.extract("Niger expelled the French ambassador and arrested 12 Malian protesters.")
    assert [(e.type, e.trigger) for e in g.events] == [("SANCTION", "expelled"), ("COERCE", "arrested")]
    assert countries(g, g.events[1].actors) == ["NER"] and countries(g, g.events[1].recipients) == ["MLI"]


def quantities(event):
    return [(q.value, q.unit, q.approximate) for q in event.quantities]


@pytest.mark.parametrize("text,trigger,expected", [
    ("Russia sent 1,500 special forces troops to Syria.", "sent", [(1500, "troops", False)]),
    ("Thousands of Ethiopian soldiers attacked the Eritrean town.", "attacked", [(1000, "soldiers", True)]),
    ("Dozens of people were killed in the Somali capital.", "killed", [(12, "people", True)]),
    ("Japan will provide about 70 million dollars of aid to Laos.", "provide", [(70_000_000, "dollars", True)]),
    ("Brazil donated $2.5 million to Haiti.", "donated", [(2_500_000, "USD", False)]),
    ("Rebels kidnapped up to 16 Chinese engineers in Sudan.", "kidnapped", [(16, "engineers", True)]),
    ("Two Iraqi gunmen killed 23 people in Mosul.", "killed", [(2, "gunmen", False), (23, "people", False)]),
    ("Israel held talks with Egypt for 12 days.", "held", []),  # a duration is no quantity
])
def test_events_quantities(text, trigger, expected):
    assert quantities(event_by_trigger(newsgraph.extract(text), trigger)) == expected


def test_events_quantity_span_and_text_index_the_article():
    text = "Seoul condemned the sending of 3,000 North Korean troops to Russia."
    g = newsgraph.extract(text)
    e = event_by_trigger(g, "sending")
    q = e.quantities[0]
    assert text[q.span[0]:q.span[1]] == q.text == "3,000 North Korean troops"
    assert e.type == "MOBILIZE" and countries(g, e.actors) == ["PRK"] and countries(g, e.recipients) == ["RUS"]


def test_events_negated_event_keeps_its_quantity_and_factuality():
    e = event_by_trigger(newsgraph.extract("Russia and Belarus did not send 3,000 troops to Mali."), "send")
    assert e.factuality == "denied" and quantities(e) == [(3000, "troops", False)]
    assert len(e.actors) == 2


def country_set(graph, ids):
    return sorted({graph.actor(i).country for i in ids if graph.actor(i).country})


@pytest.mark.parametrize("text,trigger,actors,recipients", [
    # an apposition names the actor: "Jan Novak, the EU envoy, demanded …"
    ("Pieter Velde, the European Union's trade commissioner, demanded that Chile cut tariffs.", "demanded",
     ["IGO"], ["CHL"]),
    # a pronoun whose antecedent is a group phrase: "a group of Chilean farmers … they"
    ("A group of Chilean farmers announced that they will boycott Peruvian imports.", "boycott", ["CHL"], ["PER"]),
    # a verb joined to a passive one shares its passive subject, not the agent
    ("Norway's defence minister was criticised by Swedish lawmakers and will resign.", "resign", ["NOR"], []),
    # "is opposed to": the subject opposes, the "to" object is opposed
    ("Finland is opposed to Estonian membership in the alliance.", "opposed", ["FIN"], ["EST"]),
    # a nominal event that is the object of an aspectual verb ("speeded up the withdrawal")
    ("Canada speeded up the withdrawal of its troops from Mali.", "withdrawal", ["CAN"], ["MLI"]),
    # a measure noun: "launched a wave of airstrikes against X", "staged a series of protests"
    ("Turkish jets launched a wave of airstrikes against Syrian villages.", "launched", ["TUR"], ["SYR"]),
    ("Bolivian miners staged a series of protests against the Chilean embassy.", "protests", ["BOL"], ["CHL"]),
    # coordinated nominal triggers share the support verb of the first one
    ("Ethiopian forces launched artillery and rocket fire against Eritrean positions.", "fire", ["ETH"], ["ERI"]),
    # a modifier of a modifier: "[Japanese] drone strikes"
    ("Recent Kenyan drone strikes have killed ten Somali militants.", "killed", ["KEN"], ["SOM"]),
    # "from" on the object names the recipient: "demanding autonomy from X"
    ("The Kurds of northern Iraq are demanding autonomy from Iraqi authorities.", "demanding", ["IRQ"], ["IRQ"]),
    # a preposition the parser left without its object ("granted asylum to [officers] holed up …")
    ("Ecuador has granted asylum to three Bolivian officers holed up in an embassy.", "granted", ["ECU"], ["BOL"]),
    # a reduced relative on a nominal with a support verb: "X issued a statement demanding …"
    ("Chile's foreign ministry issued a statement demanding that Argentina release the fishermen.", "demanding",
     ["CHL"], ["ARG"]),
])
def test_events_argument_attachment(text, trigger, actors, recipients):
    g = newsgraph.extract(text)
    e = event_by_trigger(g, trigger)
    assert (country_set(g, e.actors), country_set(g, e.recipients)) == (actors, recipients)


@pytest.mark.parametrize("text,trigger,actors", [
    # an actor of no country comes with the body it belongs to
    ("Angry activists from the Socialist Party of Chile staged rallies against the budget.", "rallies", ["CHL"]),
    ("A member of the Peruvian congress, Luis Marca, started a hunger strike on Monday.", "strike", ["PER"]),
    ("Ukrainian officers said their soldiers had completed their withdrawal from the village.", "withdrawal", ["UKR"]),
])
def test_events_countryless_actor_comes_with_its_affiliation(text, trigger, actors):
    g = newsgraph.extract(text)
    assert country_set(g, event_by_trigger(g, trigger).actors) == actors


@pytest.mark.parametrize("text,trigger,recipients", [
    ("Hundreds of students protested in Peru on Sunday.", "protested", ["PER"]),      # a protest in X is aimed at X
    ("The army imposed a curfew in Bolivia after the riots.", "imposed", ["BOL"]),     # so is a curfew
    ("The Chilean foreign minister arrived in Argentina on a visit.", "visit", ["ARG"]),  # a visit's host
    ("Students protested against Chilean police in Peru.", "protested", ["CHL"]),      # a named target wins
    ("The ministers met in Kenya.", "met", []),                                         # not for meetings
])
def test_events_place_as_recipient(text, trigger, recipients):
    g = newsgraph.extract(text)
    assert country_set(g, event_by_trigger(g, trigger).recipients) == recipients


@pytest.mark.parametrize("text,trigger,place", [
    ("Leaders met in France on Monday at a hotel in Lyon.", "met", ("Lyon", "FRA", "city", True)),
    ("The ministers met in Kenya.", "met", ("Kenya", "KEN", "country", True)),     # a country: its capital's point
    ("Rebels attacked a convoy in Darfur.", "attacked", ("Darfur", "SDN", "region", False)),  # a region: no point
    ("Police arrested ten protesters in the northern town of Gjilan.", "arrested", ("Gjilan", "XKX", "city", True)),
    ("A bomb killed two soldiers outside of the city of Basra.", "killed", ("Basra", "IRQ", "city", True)),
    ("Gunmen attacked a convoy in Tripoli, the Lebanese port.", "attacked", ("Tripoli", "LBN", "city", True)),
    ("Gunmen attacked a convoy in Tripoli.", "attacked", ("Tripoli", "LBY", "city", True)),  # the larger one
])
def test_events_place_has_country_kind_and_coordinates(text, trigger, place):
    e = event_by_trigger(newsgraph.extract(text), trigger)
    assert (e.place.name, e.place.country, e.place.kind, e.place.lat is not None) == place


def test_events_place_is_null_without_a_known_place():
    g = newsgraph.extract("Russia attacked Ukraine in the Black Sea.")
    e = event_by_trigger(g, "attacked")
    assert e.location == "the Black Sea" and e.place is None
    assert event_by_trigger(newsgraph.extract("Peru signed a treaty with Chile."), "signed").place is None


def test_events_place_coordinates_are_the_gazetteer_point():
    e = event_by_trigger(newsgraph.extract("Leaders met at a hotel in Lyon."), "met")
    assert abs(e.place.lat - 45.75) < 0.1 and abs(e.place.lon - 4.85) < 0.1


def test_events_subjects_end_on_a_parse_that_leads_back():
    """A verb tagged as a reduced relative after a date in its own "on" phrase ("X, …, on Tuesday called Y")
    makes the date's support verb the verb itself: asking for its subject must end, not recurse."""
    from spacy.tokens import Doc

    from newsgraph.extract.events import _subjects
    from newsgraph.nlp import pipeline

    words = ["Lee", ",", "the", "mayor", ",", "on", "Tuesday", "called", "Reed", "."]
    heads = [0, 0, 3, 0, 0, 7, 5, 0, 7, 0]
    deps = ["ROOT", "punct", "det", "appos", "punct", "prep", "pobj", "relcl", "dobj", "punct"]
    tags = ["NNP", ",", "DT", "NN", ",", "IN", "NNP", "VBN", "NNP", "."]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "ADP", "PROPN", "VERB", "PROPN", "PUNCT"]
    doc = Doc(pipeline().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    doc._.token_actor = {}
    assert [t.text for t in _subjects(doc[7])] == ["Tuesday"]  # the reduced-relative reading, without its loop
