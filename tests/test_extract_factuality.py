"""Factuality of single predicates, from the words around them (sentences the team wrote)."""
import pytest

import newsgraph
from newsgraph.extract.factuality import combine


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
    ("If the rebels attack, the army will respond.", "attack", 0, 0),             # condition
    ("The army will respond.", "respond", 1, 2),                                  # future
    ("The ministry plans to close the embassy.", "close", 0, 2),                  # unrealised infinitive
    ("Officials who did not attend said the vote was held.", "held", 1, 2.5),     # negation stays in its clause
    ("The ministry plans a visit to Kyiv.", "visit", 0, 2),                       # nominal event under a plan
])
def test_factuality_local_words(sentence, word, low, high):
    assert low <= newsgraph.factuality(sentence, span_of(sentence, word)) <= high


@pytest.mark.parametrize("chain,local,expected", [
    ([], None, ("asserted", 3.0)),
    ([("claimed", 2.0)], None, ("claimed", 2.0)),
    ([("claimed", 2.0), ("unconfirmed", 0.0)], None, ("unconfirmed", 0.0)),
    ([("claimed", 2.0)], ("denied", -3.0), ("denied", -2.0)),
    ([("claimed", 2.0)], ("hypothetical", 0.0), ("hypothetical", 0.0)),
    ([("denied", -2.0), ("claimed", 2.0)], None, ("denied", -2.0)),
])
def test_factuality_combine(chain, local, expected):
    assert combine(chain, local) == expected
