"""Claims that answer another claim (workbench.claims.echoes) and joint speakers listed in a chain."""
from __future__ import annotations

import pytest

# text -> [(speaker id, cue, fragment of the content)] that must all be among the claims
ANSWERS = [
    # an appended noun with a rejecting relative clause: each named subject answers the claim before the comma
    pytest.param("Halvorsen has asked for \"firm written guarantees\" that the bloc will not grow further north, "
                 "a demand that Washington and Ottawa have rejected.",
                 [("halvorsen", "asked", "the bloc will not grow"), ("gov_usa", "rejected", "the bloc will not grow"),
                  ("gov_canada", "rejected", "the bloc will not grow")], id="appended-demand-rejected-jointly"),
    pytest.param("Moscow wants a written promise that the alliance will stay out of Georgia, a demand NATO has "
                 "dismissed.", [("nato", "dismissed", "the alliance will stay out of Georgia")],
                 id="contact-clause-without-that"),
    # a rejecting verb whose object is a nominal cue with its own clause: the object is the content
    pytest.param("NATO met on Friday. The alliance has rejected Moscow's demand that it withdraw its troops from "
                 "Romania.", [("nato", "rejected", "withdraw its troops"), ("gov_russia", "demand", "withdraw its troops")],
                 id="rejected-a-possessed-demand"),
    # the parser may read the appended clause as a sentence of its own ("a demand" its subject, "NATO" an
    # apposition); the named actors still answer, and a capital among them speaks for its government
    pytest.param("Moscow has demanded \"firm written guarantees\" that NATO will not grow further north, a demand "
                 "NATO and Washington have rejected.", [("nato", "rejected", "NATO will not grow"),
                                                        ("gov_usa", "rejected", "NATO will not grow")],
                 id="contact-clause-read-as-a-sentence"),
    pytest.param("Belarus has demanded \"binding guarantees\" that the alliance will not move closer, a demand NATO and "
                 "London have rejected.", [("nato", "rejected", "will not move closer"),
                                           ("gov_uk", "rejected", "will not move closer")],
                 id="contact-clause-without-a-subject"),
    # "rejected that demand" in the next sentence answers the demand just reported
    pytest.param("Halvorsen has called for \"firm written guarantees\" that the bloc will not grow further north. The "
                 "United States has rejected that demand.", [("gov_usa", "rejected", "the bloc will not grow")],
                 id="rejected-that-demand"),
    # the answered claim ends at the comma; what the answering actor says is its own claim
    pytest.param("Russia has demanded 'firm legal guarantees' that NATO will not expand further east, a demand that NATO says it "
                 "cannot accept.", [("gov_russia", "demanded", "will not expand further east"),
                                    ("nato", "says", "it cannot accept")], id="answer-cuts-the-demand"),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
def test_answers_to_claims(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    claims = [(c.speaker_id, c.cue, c.content) for c in nlp(text)._.claims]
    for speaker_id, cue, fragment in expected:
        assert any(s == speaker_id and c == cue and fragment in content for s, c, content in claims), claims


def test_the_answered_claim_does_not_run_into_the_answer(nlp) -> None:
    doc = nlp("Russia has demanded 'firm legal guarantees' that NATO will not expand further east, a demand that NATO says it "
              "cannot accept.")
    demand = next(c for c in doc._.claims if c.cue == "demanded")
    assert "NATO says" not in demand.content


def test_a_negated_rejection_is_no_answer(nlp) -> None:
    doc = nlp("Moscow wants a written promise that the alliance will stay out of Georgia. NATO has not rejected "
              "the demand that it stay out.")
    assert not [c for c in doc._.claims if c.cue == "rejected"]


def test_a_demand_rejected_as_a_nonstarter_keeps_its_own_words(nlp) -> None:
    doc = nlp("Halvorsen has demanded guarantees, a demand the United States has rejected as a nonstarter.")
    rejections = [c for c in doc._.claims if c.cue == "rejected"]
    assert len(rejections) == 1 and rejections[0].content == "as a nonstarter", rejections


def test_every_capital_of_a_chained_list_is_a_joint_speaker(nlp) -> None:
    doc = nlp("Washington, Berlin, Paris and London have all said that no outsider can veto a country's choice "
              "of alliances.")
    assert {c.speaker_id for c in doc._.claims} == {"gov_usa", "gov_germany", "gov_france", "gov_uk"}
