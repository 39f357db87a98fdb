import pytest

from newsgraph.nlp import normalise


@pytest.mark.parametrize("text,expected", [
    ("South Korea\u2019s", "South Korea's"),
    ("\u201cmust be a red line\u201d", '"must be a red line"'),
    ("a\u00a0b", "a b"),
    ("plain text", "plain text"),
])
def test_nlp_normalise_keeps_length_and_replaces(text, expected):
    out = normalise(text)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.slow
def test_nlp_curly_apostrophe_does_not_break_entity(nlp):
    from newsgraph.nlp import make_doc
    from newsgraph.model import Article

    text = "South Korea\u2019s foreign ministry summoned the ambassador."
    doc = nlp(make_doc(Article(text=text)))
    korea = next(t for t in doc if t.text == "Korea")
    assert korea.ent_type_ == "GPE" and doc[korea.i + 1].text == "'s"
    assert text[korea.idx + 5] == "\u2019"  # offsets still index the original text


@pytest.mark.slow
def test_nlp_pipeline_declares_components(nlp):
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values())
    for name in ("newsgraph_actors", "newsgraph_timexes", "newsgraph_claims", "newsgraph_events"):
        assert name in nlp.pipe_names


@pytest.mark.slow
def test_nlp_line_break_ends_a_sentence(nlp):
    doc = nlp("Mayor Under Fire Over Bridge Costs\n\nThe city council said the bridge would cost twice as much.")
    assert [s.text.strip() for s in doc.sents] == ["Mayor Under Fire Over Bridge Costs",
                                                  "The city council said the bridge would cost twice as much."]
    # a line wrapped inside a sentence stays one sentence
    doc = nlp("The council said the bridge would\ncost twice as much as planned.")
    assert len(list(doc.sents)) == 1


@pytest.mark.slow
def test_nlp_headline_does_not_become_part_of_a_speaker():
    import newsgraph

    text = "Ann Reyes Slams Bridge Costs\n\nCouncil member Ann Reyes said on Monday the bridge will cost twice as much."
    said = next(c for c in newsgraph.extract(text).claims if c.cue == "said")
    assert said.source_text.endswith("Ann Reyes") and "Slams" not in said.source_text
