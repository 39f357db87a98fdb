"""Factuality of single predicates, from the words around them (sentences the team wrote)."""
import pytest

import newsgraph
from newsgraph.extract.factuality import _reported, _weakest, combine


def span_of(sentence, word):
    start = sentence.index(word)
    return start, start + len(word)


@pytest.mark.slow
@pytest.mark.parametrize("sentence,word,low,high", [
    ("The army shelled the town.", "shelled", 3, 3),                              # asserted
    ("The army did not shell the town.", "shell", -3, -2),                        # negation
    ("The army never shelled the town.", "shelled", -3, -2),
    ("The army declined to comment on the raid.", "comment", -3, -1.5),           # implicative
    ("The minister managed to reach the border.", "reach", 2.5, 3),
    ("Troops are likely to be deployed in spring.", "deployed", 0.5, 2),          # hedge through xcomp
    ("The rebels may attack the convoy.", "attack", 0, 1.5),                      # modal
    ("The rebels may not attack the convoy.", "attack", -1.5, 0),
    ("If the rebels attack, the army will respond.", "attack", 0, 0.5),           # condition
    ("The army will respond.", "respond", 1, 2),                                  # future
    ("The ministry plans to close the embassy.", "close", 0, 2),                  # unrealised infinitive
    ("Officials who did not attend said the vote was held.", "held", 1, 2.5),     # negation stays in its clause
    ("The ministry plans a visit to Kyiv.", "visit", 0, 2),                       # nominal event under a plan
])
def test_factuality_local_words(sentence, word, low, high):
    assert low <= newsgraph.factuality(sentence, span_of(sentence, word)) <= high


@pytest.mark.parametrize("chain,local,expected", [
    ([("claimed", 2.5)], ("asserted", 2.75), ("claimed", 2.5)),   # a bare noun inside a claim stays claimed
    ([], None, ("asserted", 3.0)),
    ([("claimed", 2.0)], None, ("claimed", 2.0)),
    ([("claimed", 2.0), ("unconfirmed", 0.0)], None, ("unconfirmed", 0.0)),
    ([("claimed", 2.0)], ("denied", -3.0), ("denied", -2.0)),
    ([("claimed", 2.0)], ("hypothetical", 0.0), ("hypothetical", 0.0)),
    ([("denied", -2.0), ("claimed", 2.0)], None, ("denied", -2.0)),
])
def test_factuality_combine(chain, local, expected):
    assert combine(chain, local) == expected


@pytest.mark.slow
@pytest.mark.parametrize("sentence,word,low,high", [
    ("The minister said the army won't attack the port.", "attack", -3, -1),        # _weakest keeps the sign
    ("No agreement was reached on the border.", "reached", -3, -1),                 # _negative_subject
    ("Nobody attended the ceremony.", "attended", -3, -1),
    ("The soldiers left the village without firing a shot.", "firing", -3, -1),     # "without" governs the predicate
    ("The army did not launch an offensive.", "offensive", -3, -1),                 # _inherits: nominal object
    ("The company could increase its investment.", "investment", 0, 1.5),
    ("The bank failed to pay its debts and filed for bankruptcy.", "filed", 2.5, 3),  # _markers: a conjunct is not a complement
    ("Profit declined to five million on lower orders.", "orders", 2.5, 3),         # _markers: no implicative without xcomp
    ("The envoy has not returned since the election.", "election", 2.5, 3),         # PRESUPPOSING_PREPS stop the walk
    ("The party did not take part in the election.", "election", 2.5, 3),          # _definite: the election took place
    ("The party did not take part in an election.", "election", -3, -1),
    ("The ministry has not analysed the statement.", "statement", 2.5, 3),
    ("Police barred the crowd from reaching the consulate.", "reaching", -3, -1),   # a negative implicative via "from"
    ("The ministry did not say when the attack occurred.", "occurred", 2.5, 3),    # _presupposed: an embedded question
    ("The army did not say whether the attack occurred.", "occurred", -1, 1.5),    # ... but not "whether"
    ("Lawmakers rejected the proposal in October.", "proposal", 2.5, 3),           # a denial cue leaves its object standing
    ("The agency asked Ruritania to lift the ban it imposed in May.", "imposed", 2.5, 3),  # a relative clause
    ("The talks resumed in Geneva.", "talks", 2.5, 2.75),                          # _nominal
    ("The army must withdraw.", "withdraw", 1, 2),                                 # obligation keeps its certainty
    ("Prices are not likely to rise this week.", "rise", -3, -0.5),               # an adjective with a complement
    ("The firm did not pay the fine, but appealed the ruling.", "appealed", 2.5, 3),  # _contrasted: "but" ends the scope
    ("The firm did not pay the fine and appeal the ruling.", "appeal", -3, -1),   # ... "and" keeps it
    ("The army continued to shell the town.", "shell", 2.5, 3),                   # an aspectual implicative
    ("The rebels made an attempt to seize the airport.", "seize", 0, 1.5),        # _inherits: an infinitive after a noun
    ("Protesters called for a ceasefire.", "ceasefire", 0, 1.5),                  # _phrase_hedges: verb and preposition
    ("There is no plan to hold talks.", "plan", -3, -1),                          # an existential's noun
    ("The firm did not pay the fine and appealed the ruling.", "appealed", 2.5, 3),  # a finite conjunct keeps its own tense
    ("The army has not withdrawn, nor has it signed the deal.", "signed", -3, -1),  # _nor
    ("The rise came not only from exports but from tourism.", "came", 2.5, 3),     # "not only" adds
    ("The envoy did not come to negotiate a truce.", "negotiate", -3, -0.5),        # a purpose shares its verb's negation
    ("The envoy came to negotiate a truce.", "negotiate", 0.5, 2),
    ("The firm no longer sells cars.", "sells", -3, -1),                           # _negating_phrase
    ("He resigned instead of facing a vote.", "facing", -3, -0.5),
    ("Police were unable to reach the village.", "reach", -3, -1),                 # a negative adjective governs
    ("The law requires that the company publish its accounts.", "publish", 0, 1.25),  # _subjunctive
    ("Had the army withdrawn, the town would have been spared.", "withdrawn", 0, 0.5),  # _counterfactual
    ("The storm would have caused more damage.", "caused", 0, 0.5),
    ("The company stopped paying its suppliers.", "paying", -3, -1),               # "stop doing"
    ("The company kept paying its suppliers.", "paying", 2.5, 3),
    ("The company agreed to buy the port.", "buy", 1.75, 2.25),                    # a commitment: future
    ("The launch of the probe has been delayed.", "launch", -2, -0.5),             # a thwarting participle: _thwarting
    ("The summit was postponed until spring.", "summit", -2, -0.5),
    ("The summit was held in spring.", "summit", 2.5, 3),
    ("The airline complained about a delay in delivery of its jets.", "delivery", -2, -0.5),  # "delay in"
    ("The strike will not delay the opening of the mine.", "opening", 0.5, 2),     # a negated thwarting: left open
    ("The court did not bar him from leaving the country.", "leaving", 0, 1.5),
    ("Shares fell 40 cents to close at $12.", "close", 2.5, 3),                    # a result, not a purpose: _result
    ("Shares fell 40 cents to reach a low of $12.", "reach", 0.5, 2),
    ('I don\'t believe they have the money " to pay the debt, he adds.', "adds", 3, 3),  # a cue the predicate governs
    ("Finland’s foreign ministry summoned the Russian ambassador in Helsinki on 4 November to protest what it calls "
     "the jamming of GPS signals over Lapland, Nordic Wire reports citing local media.", "summoned", 2, 2.75),  # ... not a report hung on it
])
def test_factuality_inherited_words(sentence, word, low, high):
    assert low <= newsgraph.factuality(sentence, span_of(sentence, word)) <= high


@pytest.mark.parametrize("label,certainty,expected", [
    ("claimed", 2.0, 2.5),
    ("possible", 0.0, 1.5),
    ("possible", 1.0, 2.0),
    ("claimed", 3.0, 3.0),
    ("denied", -2.0, 0.0),          # a reported denial leaves the author uncommitted
    ("unconfirmed", 0.0, 0.0),
])
def test_factuality_reported(label, certainty, expected):
    assert _reported(label, certainty) == pytest.approx(expected)


@pytest.mark.parametrize("outer,inner,expected", [(2.0, 3.0, 2.0), (2.0, -2.5, -2.0), (-2.0, 1.0, -1.0), (0.0, -3.0, 0.0)])
def test_factuality_weakest(outer, inner, expected):
    assert _weakest(outer, inner) == expected


@pytest.mark.slow
def test_factuality_negated_noun_is_denied_less_firmly_than_a_negated_verb():
    verb = "The army did not attack the town."
    noun = "The army did not launch an attack on the town."
    assert newsgraph.factuality(verb, span_of(verb, "attack")) < newsgraph.factuality(noun, span_of(noun, "attack")) < 0
