"""The construction types of the CAMEO coder suites (PETRARCH-2, UniversalPetrarch, TABARI), rewritten
with our own sentences and real countries: compound actors, passives, "said" subordination, negation,
reciprocal meetings, appositions, preposed participles, object control and modifiers between
conjuncts. Each case names the event by its trigger and gives the countries on each side."""
import pytest

import newsgraph

pytestmark = pytest.mark.slow


def coded(text: str, trigger: str) -> tuple[list, list, str]:
    graph = newsgraph.extract(text)
    event = next(e for e in graph.events if e.trigger == trigger)

    def countries(ids: list[str]) -> list:
        return sorted(graph.actor(i).country for i in ids)

    return countries(event.actors), countries(event.recipients), event.factuality


@pytest.mark.parametrize("text,trigger,actors,recipients", [
    # compound actors: a list, a "the government of" conjunct, conjuncts inside an "of"/"in" phrase
    ("Kenya, Uganda, Rwanda and Burundi condemned Somalia.", "condemned", ["BDI", "KEN", "RWA", "UGA"], ["SOM"]),
    ("The presidents of Kazakhstan and Uzbekistan met in Tashkent on Monday.", "met", ["KAZ", "UZB"], []),
    ("Lawmakers in Chile and Peru condemned Bolivia.", "condemned", ["CHL", "PER"], ["BOL"]),
    ("Vietnam and the European Union agree that the dispute should be resolved by arbitration.", "agree",
     ["IGO", "VNM"], []),
    # compound recipients
    ("Egypt condemned Israel and Iran.", "condemned", ["EGY"], ["IRN", "ISR"]),
    # reciprocal meetings keep both sides as actors
    ("Kazakhstan and Uzbekistan met in Tashkent on Monday.", "met", ["KAZ", "UZB"], []),
])
def test_construction_compounds(text, trigger, actors, recipients):
    assert coded(text, trigger)[:2] == (actors, recipients)


@pytest.mark.parametrize("text,trigger,actors,recipients", [
    ("Ghana was criticized by Nigeria over its border policy.", "criticized", ["NGA"], ["GHA"]),
    ("Ghana was heavily and unfairly criticized by Nigeria.", "criticized", ["NGA"], ["GHA"]),
    # "its neighbour" is someone else: the passive subject stays the one acted upon
    ("Latvia is threatened by the buildup of its eastern neighbour.", "threatened", [], ["LVA"]),
    # a preposed participle: its passive subject is the main clause's subject
    ("Rebuked by Ecuador, Colombia expelled the envoy.", "Rebuked", ["ECU"], ["COL"]),
])
def test_construction_passives(text, trigger, actors, recipients):
    assert coded(text, trigger)[:2] == (actors, recipients)


@pytest.mark.parametrize("text,trigger,actors,recipients,factuality", [
    # "said" subordination: the reported event keeps its own actors and is claimed, not asserted
    ("Tunisia signed a trade protocol with Algeria, its biggest trading partner, officials said.", "signed",
     ["TUN"], ["DZA"], "claimed"),
    ("Croatia accused Serbia of shelling the town, the foreign ministry said.", "accused", ["HRV"], ["SRB"],
     "claimed"),
    # object control: the accused is the one said to have shelled
    ("Croatia accused Serbia of shelling the town, the foreign ministry said.", "shelling", ["SRB"], [],
     "claimed"),
    # negation and "neither … nor" keep the event, denied
    ("Peru did not attack Ecuador.", "attack", ["PER"], ["ECU"], "denied"),
    ("Neither Hungary nor Austria boycotted the summit in Serbia.", "boycotted", ["AUT", "HUN"], ["SRB"], "denied"),
])
def test_construction_subordination_and_negation(text, trigger, actors, recipients, factuality):
    assert coded(text, trigger) == (actors, recipients, factuality)


def test_construction_two_events_joined_share_the_subject():
    text = "Egypt condemned an attack by Israeli soldiers in Gaza and promised aid to the affected villages."
    assert coded(text, "condemned")[:2] == (["EGY"], ["ISR"])
    assert coded(text, "promised")[0] == ["EGY"]
    assert coded(text, "attack")[0] == ["ISR"]
