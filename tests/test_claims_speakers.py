"""Speakers of claims that are unnamed groups, offices and anonymous persons (workbench.claims.speakers)."""
from __future__ import annotations

import pytest

# text -> (fragment of the claim's content, expected speaker id)
INSTITUTIONAL_SPEAKERS = [
    # officials placed in a seat of power speak for the body seated there (data/metonyms.csv)
    pytest.param("Separatist officials in Lugansk denied firing at the pumping station.", "firing at the pumping",
                 "lpr", id="officials-in-a-separatist-seat"),
    pytest.param("Officials in Brussels say the sanctions package is ready.", "sanctions package is ready", "eu",
                 id="officials-in-brussels"),
    # a possessor owns the role like a modifier does
    pytest.param("Ukraine's ambassador to the EU told reporters that Kyiv was grateful for the support.",
                 "grateful for the support", "gov_ukraine", id="possessor-of-an-official"),
    # a collective noun before the role names the body of that type mentioned last
    pytest.param("NATO has rejected any veto. An alliance official told reporters that replies would come soon.",
                 "replies would come soon", "nato", id="alliance-official"),
    # members of a named body speak for it
    pytest.param("Members of the European Parliament called on Wednesday for a tougher line on Moscow.",
                 "tougher line on Moscow", "european_parliament", id="members-of-a-body"),
    # one unnamed person of a named body is someone a later "he" takes up
    pytest.param("A senior executive at Donaukredit said the bank had cut its loans. \"We are not running,\" he said.",
                 "We are not running", "donaukredit", id="he-after-an-unnamed-executive"),
]


@pytest.mark.parametrize(("text", "fragment", "expected"), INSTITUTIONAL_SPEAKERS)
def test_institutional_speakers(nlp, text: str, fragment: str, expected: str) -> None:
    claims = [c for c in nlp(text)._.claims if fragment in c.content]
    assert claims and claims[0].speaker_id == expected, [(c.speaker_text, c.speaker_id, c.content) for c in claims]


def test_members_of_the_public_are_no_institution(nlp) -> None:
    claims = nlp("Members of the public said they were worried about prices.")._.claims
    assert [c.speaker_id for c in claims] == [""]
