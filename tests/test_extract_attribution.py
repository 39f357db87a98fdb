"""Claims on sentences the team wrote: source, cue and content spans, nesting, quotes."""
import pytest

import newsgraph

pytestmark = pytest.mark.slow


def claim_by_cue(graph, cue):
    return next(c for c in graph.claims if c.cue == cue)


def test_attribution_said_that_gives_source_cue_content():
    text = "Norway's foreign ministry said that the talks in Oslo would resume next month."
    g = newsgraph.extract(text)
    c = claim_by_cue(g, "said")
    assert c.source_text == "Norway's foreign ministry"
    assert c.content == "the talks in Oslo would resume next month"
    assert text[slice(*c.content_span)] == c.content and text[slice(*c.cue_span)] == "said"
    assert g.actor(c.source).country == "NOR"


def test_attribution_according_to():
    text = "Rebels seized two villages near the border, according to local officials."
    c = claim_by_cue(newsgraph.extract(text), "according to")
    assert c.source_text == "local officials"
    assert c.content == "Rebels seized two villages near the border"


def test_attribution_nested_chain_links_parent():
    text = "The embassy reported that the minister told reporters that the border was closed."
    g = newsgraph.extract(text)
    outer, inner = claim_by_cue(g, "reported"), claim_by_cue(g, "told")
    assert inner.parent == outer.id and outer.parent is None
    assert inner.content == "the border was closed"


def test_attribution_negated_cue_is_kept_whole():
    text = "Officials could not confirm reports of soldiers crossing the river."
    c = claim_by_cue(newsgraph.extract(text), "could not confirm")
    assert c.source_text == "Officials"
    assert "soldiers crossing the river" in c.content


def test_attribution_pronoun_source_resolves_to_person():
    text = "Finance Minister Lea Brandt spoke in Bern. She said inflation had peaked."
    g = newsgraph.extract(text)
    c = claim_by_cue(g, "said")
    assert c.source_text == "She" and g.actor(c.source).name == "Lea Brandt"


def test_attribution_direct_quote_is_marked_direct():
    text = 'The general said "we will not retreat from the city" on Monday.'
    c = claim_by_cue(newsgraph.extract(text), "said")
    assert c.direct is True


def test_attribution_sourceless_adverb():
    text = "Troops reportedly crossed the border overnight."
    c = claim_by_cue(newsgraph.extract(text), "reportedly")
    assert c.source is None and c.source_span is None


@pytest.mark.parametrize("text", ["", "no punctuation at all just words and words " * 200,
                                  '"unbalanced quote said the man', "He said."])
def test_attribution_odd_input_gives_valid_spans(text):
    g = newsgraph.extract(text)
    for c in g.claims:
        assert 0 <= c.content_span[0] <= c.content_span[1] <= len(text)
        assert text[slice(*c.content_span)] == c.content


def test_attribution_cue_after_the_content():
    text = "North Korea has sent troops to the front, South Korea's spy agency said."
    g = newsgraph.extract(text)
    c = claim_by_cue(g, "said")
    assert c.source_text == "South Korea's spy agency"
    assert c.content == "North Korea has sent troops to the front"
    sent = next(e for e in g.events if e.trigger == "sent")
    assert sent.factuality == "claimed" and c.id in sent.claims
