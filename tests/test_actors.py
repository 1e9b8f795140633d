"""Canonical actor resolution: aliases, dates, titles, transliteration, clustering, metonymy."""
from __future__ import annotations

import pandas as pd
import pytest
import spacy

from workbench.actors import ActorIndex, AliasRecord, canonical_names_across_documents
from workbench.names import skeleton, slugify
from workbench.pipeline import parse


def actor_ids(doc) -> list[tuple[str, str]]:
    return [(ent.text, ent.kb_id_) for ent in doc.ents if ent.kb_id_]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Maria Sakharova spoke.", "2021-12-20", [("Maria Sakharova", "maria_zakharova")]),
        ("The Kremlin chief spoke.", "2021-12-20", [("Kremlin chief", "vladimir_putin")]),
        # Role descriptions pick the office holder at the document's date.
        ("The German Chancellor arrived.", "2021-06-01", [("German Chancellor", "angela_merkel")]),
        ("The German Chancellor arrived.", "2022-01-15", [("German Chancellor", "olaf_scholz")]),
        # Without a date, the most recent holder.
        ("The German Chancellor arrived.", None, [("German Chancellor", "olaf_scholz")]),
    ],
)
def test_alias_and_description_resolution(blank_nlp: spacy.language.Language, text: str, date: str | None,
                                          expected: list) -> None:
    assert actor_ids(parse(blank_nlp, text, date=date)) == expected


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("Foreign Minister Lavrov", "PERSON", ("sergey_lavrov", "title")),
        ("Sergej Lawrow", "PERSON", ("sergey_lavrov", "transliteration")),
        ("Maria Sacharowa", "PERSON", ("maria_zakharova", "transliteration")),
        ("Putin", "PERSON", ("vladimir_putin", "alias")),
        ("Zakharova", "PERSON", ("maria_zakharova", "surname")),
        ("Hanna Keller", "PERSON", None),
        # A mislabelled entity still finds its alias (the resolver then fixes the label).
        ("Kiev", "PERSON", ("kyiv", "alias")),
    ],
)
def test_index_resolve(fixture_data_dir: str, text: str, label: str, expected) -> None:
    index = ActorIndex.from_data_dir(fixture_data_dir)
    assert index.resolve(text, label, date="2021-12-20") == expected


def test_unknown_people_cluster_within_a_document(fixture_nlp: spacy.language.Language) -> None:
    doc = parse(fixture_nlp, "Analyst Hanna Keller said talks were late. Ms Keller added that Lavrov erred.")
    found = {(ent.text, ent.kb_id_, ent._.resolution) for ent in doc.ents if ent.label_ == "PERSON"}
    assert ("Hanna Keller", "hanna_keller", "new") in found
    assert ("Ms Keller", "hanna_keller", "document") in found or ("Keller", "hanna_keller", "document") in found
    assert ("Lavrov", "sergey_lavrov", "alias") in found


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # Subject of a speech or action verb: the government.
        ("Washington rejected the demands.", "Washington", "gov_usa"),
        ("Kiev refused to negotiate.", "Kiev", "gov_ukraine"),
        ("The Kremlin warned the West.", "Kremlin", "gov_russia"),
        ("Berlin and Paris urged restraint.", "Paris", "gov_france"),
        ("The proposal was rejected by Washington.", "Washington", "gov_usa"),
        ("According to Kiev, the talks failed.", "Kiev", "gov_ukraine"),
        # Elsewhere the place stays a place.
        ("The talks took place in Kiev.", "Kiev", "kyiv"),
        ("Kiev is the capital of Ukraine.", "Kiev", "kyiv"),
        ("Diplomats flew from Washington to Berlin.", "Berlin", "berlin"),
    ],
)
def test_metonym_rule(fixture_nlp: spacy.language.Language, text: str, place: str, expected: str) -> None:
    doc = parse(fixture_nlp, text)
    found = {ent.text: ent.kb_id_ for ent in doc.ents}
    assert found[place] == expected


def test_metonym_rule_needs_a_parse(blank_nlp: spacy.language.Language) -> None:
    # Without a dependency parse no place is read as a government (documented limit).
    doc = parse(blank_nlp, "Kiev rejected the demands.")
    assert actor_ids(doc) == [("Kiev", "kyiv")]


def test_alias_validity() -> None:
    alias = AliasRecord("x", "German Chancellor", "description", "2005-11-22", "2021-12-08")
    assert alias.valid_on("2021-12-07")
    assert not alias.valid_on("2021-12-08")
    assert alias.valid_on(None)


def test_canonical_names_across_documents(fixture_data_dir: str) -> None:
    index = ActorIndex.from_data_dir(fixture_data_dir)
    mentions = pd.DataFrame({
        "doc_id": ["a", "a", "b", "c"],
        "actor_id": ["hanna_keller", "hanna_keller", "hanna_kéller", "sergey_lavrov"],
        "actor_name": ["Hanna Keller", "Hanna Keller", "Hanna Kéller", "Sergei Lavrov"],
    })
    renames = canonical_names_across_documents(mentions, index)
    assert renames == {"hana keler": "Hanna Keller"}


def test_a_hyphenated_surname_joins_its_full_name_across_documents(fixture_data_dir: str) -> None:
    """(round 82: rehua, megrez) "Quintal-Hatch" alone in one document is "Nerida Quintal-Hatch" of another: a
    hyphenated surname is one word, as a plain one is; two full names with that surname keep it apart."""
    index = ActorIndex.from_data_dir(fixture_data_dir)
    mentions = pd.DataFrame({
        "doc_id": ["a", "b", "c", "d", "e"],
        "actor_id": ["nerida_quintal_hatch", "quintal_hatch", "gwen_parry_rhys", "alun_parry_rhys", "parry_rhys"],
        "actor_name": ["Nerida Quintal-Hatch", "Quintal-Hatch", "Gwen Parry-Rhys", "Alun Parry-Rhys", "Parry-Rhys"],
        "actor_type": ["person"] * 5,
    })
    renames = canonical_names_across_documents(mentions, index)
    assert renames[skeleton("Quintal-Hatch")] == "Nerida Quintal-Hatch"
    assert renames[skeleton("Parry-Rhys")] == "Parry-Rhys"


def test_resolver_fixes_a_wrong_label(blank_nlp: spacy.language.Language) -> None:
    from spacy.tokens import Span

    doc = blank_nlp.make_doc("Kiev answered.")
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    doc = blank_nlp.get_pipe("workbench_actors")(doc)
    assert [(ent.text, ent.label_, ent.kb_id_) for ent in doc.ents] == [("Kiev", "GPE", "kyiv")]


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        ("Diplomats accused the Kremlin of stalling.", "Kremlin", "gov_russia"),
        ("Nobody wants a negotiation with Washington now.", "Washington", "gov_usa"),
        ("The envoy flew to Berlin on Monday.", "Berlin", "berlin"),
        ("The meeting in Paris ended early.", "Paris", "paris"),
    ],
)
def test_metonym_rule_objects_and_partners(fixture_nlp: spacy.language.Language, text: str, place: str,
                                           expected: str) -> None:
    doc = parse(fixture_nlp, text)
    assert {ent.text: ent.kb_id_ for ent in doc.ents}[place] == expected


@pytest.mark.parametrize(
    ("text", "description", "expected"),
    [
        ("Maria Zakharova spoke first. Then Sergei Lavrov arrived. The spokeswoman said little.",
         "The spokeswoman", "maria_zakharova"),
        ("Hanna Keller met Sergei Lavrov in Vienna. The Russian minister left early.",
         "The Russian minister", "sergey_lavrov"),
        ("Sergei Lavrov met Hanna Keller in Vienna. The analyst left early.", "The analyst", "hanna_keller"),
        # (round 47: "owner" and "founder" in data/role_nouns.csv make the description an actor mention)
        ("Andreas Kyriakidis runs four bulk carriers. The owner left early.", "The owner", "andreas_kyriakidis"),
        ("Mara Lind started the bakery in 2009. The founder left early.", "The founder", "mara_lind"),
    ],
)
def test_definite_descriptions(nlp: spacy.language.Language, text: str, description: str, expected: str) -> None:
    doc = parse(nlp, text, date="2021-12-20")
    found = {ent.text: (ent.kb_id_, ent._.resolution) for ent in doc.ents}
    assert found[description] == (expected, "anaphora")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Sergei Lavrov spoke first. The spokeswoman of the Foreign Ministry, Maria Zakharova, added more.",
         "The spokeswoman", "maria_zakharova"),
        ("Maria Zakharova spoke. President Vladimir Putin listened.", "Vladimir Putin", "vladimir_putin"),
        ("A spokesman for the State Department declined to comment.", "spokesman for the State Department", ""),
    ],
)
def test_appositions_titles_and_indefinites(nlp: spacy.language.Language, text: str, surface: str,
                                            expected: str) -> None:
    doc = parse(nlp, text, date="2022-01-20")
    found = {ent.text: ent.kb_id_ for ent in doc.ents}
    assert found.get(surface, "") == expected, found
    assert not any(ent.text == "President" for ent in doc.ents)


def test_full_name_tagged_org_joins_its_bare_surname(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "VILNIUS — Lithuanian lawmaker Rokas Žemaitis announced a visit. "
                     "The visit was meant as a signal, Žemaitis said.", date="2022-01-20")
    ids = {ent.text: ent.kb_id_ for ent in doc.ents}
    assert ids.get("Žemaitis") == ids.get("Rokas Žemaitis") == "rokas_zemaitis"


def test_actors_named_inside_role_descriptions(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "The Kremlin chief met Russia's foreign minister and the Russian leader's aides.",
                date="2021-12-20")
    assert [(span.text, span.kb_id_) for span in doc.spans["nested_actors"]] == [("Kremlin", "kremlin"),
                                                                                 ("Russia", "russia")]


def test_roles_do_not_propagate_as_names(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "The French President spoke. President Zelensky answered. The President of the Council left.",
                date="2021-12-20")
    assert not [ent for ent in doc.ents if ent.text == "President"]


def test_full_name_missed_by_the_model_is_recovered(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "Oleksiy Dovhan, a constitutional lawyer at the Dnipro Centre, disagreed. Dovhan said the text "
                     "was vague. Dovhan added more.", date="2022-02-01")
    ids = {ent.kb_id_ for ent in doc.ents if "Dovhan" in ent.text}
    assert ids == {"oleksiy_dovhan"}


# text -> (surface, actor id) of a person whose name starts with a known given name (data/given_names.csv)
GIVEN_NAME_RECOVERY = [
    pytest.param("The deputy Holger Brandstätter from the opposition has voted against the motion.",
                 ("Holger Brandstätter", "holger_brandstatter"), id="name-the-model-misses"),
    pytest.param("Jan-Hendrik Voss, a Green member of the committee, praised the hosts.",
                 ("Jan-Hendrik Voss", "jan_hendrik_voss"), id="hyphenated-given-name"),
    pytest.param("Farmer Zbigniew Nowosad criticized the government.", ("Zbigniew Nowosad", "zbigniew_nowosad"),
                 id="false-title-stripped"),
]


@pytest.mark.parametrize(("text", "expected"), GIVEN_NAME_RECOVERY)
def test_names_starting_with_a_given_name_are_persons(nlp: spacy.language.Language, text: str,
                                                     expected: tuple[str, str]) -> None:
    doc = parse(nlp, text, date="2022-02-01")
    persons = [(ent.text, ent.kb_id_) for ent in doc.ents if ent.label_ == "PERSON"]
    assert any(expected[1] == kb and expected[0] in surface for surface, kb in persons), persons


# text -> (surface, actor id) of a description resolved through the text's setting
SETTING_DESCRIPTIONS = [
    # "the foreign ministry" with no ministry named before: the ministry of the country the text is about
    pytest.param("MOSCOW, Dec 17 (Wire) - Russia pressed the West on Wednesday for an answer. The foreign ministry said "
                 "Moscow expected talks in January.", ("The foreign ministry", "russian_mfa"), id="foreign-ministry-home"),
    pytest.param("In Warsaw, the foreign ministry has called on Moscow to withdraw its troops.",
                 ("the foreign ministry", "polish_mfa"), id="foreign-ministry-placed"),
    # a place opening the sentence beats a ministry of another country named before
    pytest.param("In Riga, the Latvian foreign ministry called for sanctions. In Kiev, the foreign ministry said Ukraine "
                 "would not be provoked.", ("the foreign ministry", "ukrainian_mfa"), id="placed-beats-earlier-ministry"),
    # a ministry's official name that several states share names the ministry of the text's state
    pytest.param("HELSINKI. Finland weighs its options. The Ministry for Foreign Affairs said the answer was sent.",
                 ("Ministry for Foreign Affairs", "finnish_mfa"), id="ministry-for-foreign-affairs"),
    pytest.param("BUDAPEST. Hungary's prime minister went to Moscow. The Ministry of Foreign Affairs and Trade said "
                 "that gas was discussed.", ("Ministry of Foreign Affairs and Trade", "hungarian_mfa"),
                 id="ministry-of-foreign-affairs-and-trade"),
    pytest.param("BRATISLAVA. Slovakia signed the agreement. The Ministry of Foreign and European Affairs rejected "
                 "the critique.", ("Ministry of Foreign and European Affairs", "slovak_mfa"),
                 id="ministry-of-foreign-and-european-affairs"),
    # interior ministries by kind, also without the article of translated Slavic text after an inverted verb
    pytest.param("WARSAW. The barrier will be finished next year, informs Ministry of Interior.",
                 ("Ministry of Interior", "polish_interior_ministry"), id="bare-interior-ministry-after-verb"),
    pytest.param("In Vilnius, the interior ministry said the border was calm.",
                 ("the interior ministry", "lithuanian_interior_ministry"), id="interior-ministry-placed"),
    # "the bloc" is the EU, but a proper adjective before a lowercase description names something else
    pytest.param("The bloc has said that further aggression would carry massive consequences.", ("bloc", "eu"),
                 id="the-bloc"),
    pytest.param("The Soviet bloc collapsed in 1989.", ("bloc", ""), id="soviet-bloc"),
]


@pytest.mark.parametrize(("text", "expected"), SETTING_DESCRIPTIONS)
def test_descriptions_resolved_through_the_setting(nlp: spacy.language.Language, text: str,
                                                   expected: tuple[str, str]) -> None:
    doc = parse(nlp, text, date="2021-12-17")
    found = [(ent.text, ent.kb_id_ if ent.kb_id_ != "bloc" else "") for ent in doc.ents if expected[0] in ent.text]
    assert found and found[0][1] == expected[1], [(e.text, e.kb_id_) for e in doc.ents]


def test_a_description_in_object_position_is_not_the_subject(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "Algis Petraitis is the mayor of the town. Gintaras Vaitkus, an opposition councillor, criticised "
                     "the mayor for promising new services.", date="2022-02-01")
    assert [(e.text, e.kb_id_) for e in doc.ents if e.text == "the mayor"] == [("the mayor", "algis_petraitis")]


def test_a_name_after_the_town_of_is_a_place(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "Oksana Melnyk, the mayor of the frontline town of Lysohirsk, said people were tired.",
                date="2022-01-10")
    assert [e.label_ for e in doc.ents if e.text == "Lysohirsk"] == ["GPE"]


@pytest.mark.parametrize(("text", "place"), [
    # translated German drops the "of": "the border town Hrubieszów-Zamek"
    ("The mayor of the border town Hrubieszów-Zamek, Krzysztof Wołoszyński, asked for help.", "Hrubieszów-Zamek"),
    # "from" behind a person's name
    ("The defence politician Jörg Lembrecht from Kiel warned of nostalgia.", "Kiel"),
])
def test_a_name_right_after_a_place_noun_or_a_person_from_is_a_place(nlp: spacy.language.Language, text: str,
                                                                      place: str) -> None:
    doc = parse(nlp, text, date="2022-01-10")
    assert [e.label_ for e in doc.ents if e.text == place] == ["GPE"], [(e.text, e.label_) for e in doc.ents]


def test_a_name_after_a_listed_body_is_recovered(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "The people's deputy of Verkhovna Rada Taras Melnychuk has criticized the Russian side.",
                date="2022-02-01")
    assert ("Taras Melnychuk", "taras_melnychuk") in [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "PERSON"]


def test_a_name_after_an_organisation_is_recovered(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "The expert of the Odesa Centre of Black Sea Studies Iryna Tkachuk considers that the flank is quiet.",
                date="2022-02-01")
    assert ("Iryna Tkachuk", "iryna_tkachuk") in [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "PERSON"]


def test_a_name_described_as_a_person_is_a_person(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "Nino Beridze, a Georgian former diplomat who now teaches in Krakow, has watched the debate.",
                date="2022-02-01")
    assert ("Nino Beridze", "nino_beridze") in [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "PERSON"]


def test_bare_surname_is_the_namesake_named_in_full_in_the_document(nlp: spacy.language.Language) -> None:
    # a listed person's surname alias loses to a person of that surname named in full in the text
    doc = parse(nlp, "Oksana Melnyk, the mayor of Lysohirsk, said the town was calm. Melnyk later added that "
                     "schools would stay open.", date="2022-01-10")
    assert {ent.kb_id_ for ent in doc.ents if "Melnyk" in ent.text} == {"oksana_melnyk"}


@pytest.mark.parametrize("text", ["The Konrad Adenauer Foundation published a study on Ukraine.",
                                  "Sofia Airport was closed on Monday.",
                                  "The Christian Democrats in the Bundestag criticized the plan."])
def test_given_name_inside_an_organisation_or_place_name_is_no_person(nlp: spacy.language.Language, text: str) -> None:
    doc = parse(nlp, text, date="2022-02-01")
    assert not [ent for ent in doc.ents if ent.label_ == "PERSON"], [(e.text, e.label_) for e in doc.ents]


def test_indefinite_description_keeps_the_names_inside(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "A German government spokesman declined to comment.", date="2022-01-20")
    assert [(ent.text, ent.kb_id_) for ent in doc.ents if ent.kb_id_] == [("German government", "gov_germany")]


@pytest.mark.parametrize(("text", "expected"), [("MEP Rasa Vaitkute", "rasa vaitkute"), ("Mayor Ulrike Brand", "ulrike brand"),
                                                ("Gen. Mark Hollis", "mark hollis"),
                                                ("Farmer Zbigniew Nowosad", "zbigniew nowosad"),
                                                # Malaysian honorifics and religious titles (data/titles.csv)
                                                ("Datuk Lim Chee Keong", "lim chee keong"),
                                                ("Tan Sri Ahmad Zulkifli", "ahmad zulkifli"),
                                                ("Sister Benedikta Rauch", "benedikta rauch")])
def test_titles_are_stripped(text: str, expected: str) -> None:
    assert ActorIndex.from_data_dir().strip_title(text) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Volunteers from Warm Homes Donbas delivered coal.", "Warm Homes Donbas"),
        ("The Polish-Lithuanian Power Link Council met in Vilnius.", "Polish-Lithuanian Power Link Council"),
        # the model may tag only the end of a body's name ("Commerce Hanover"): its noun and "of" join
        ("Loud the Chamber of Industry and Commerce Hanover, 240 firms trade with Russia.",
         "Chamber of Industry and Commerce Hanover"),
        # the name goes on after its head with "of"/"for" and capitalised words
        ("Figures from the Australian Bureau of Statistics showed a rise.", "Australian Bureau of Statistics"),
        ("The Lithuanian Centre for Eastern Studies warned of costs.", "Lithuanian Centre for Eastern Studies"),
        # the model cut the nationality off an unlisted body's name
        ("The Polish Chamber of Commerce for Energy warned of shortages.", "Polish Chamber of Commerce for Energy"),
        ("A spokeswoman of the Bavarian Ministry of Economics said it was calm.", "Bavarian Ministry of Economics"),
        # the model cut the name after "of Industry and" and tagged its last word apart
        ("The Thuringian Chamber of Industry and Commerce stressed, the firms would not be left alone.",
         "Thuringian Chamber of Industry and Commerce"),
    ],
)
def test_organisation_names_containing_places_stay_whole(nlp: spacy.language.Language, text: str, surface: str) -> None:
    doc = parse(nlp, text, date="2022-01-20")
    assert surface in {ent.text for ent in doc.ents}


def test_a_function_word_glued_onto_a_name_is_dropped(nlp: spacy.language.Language) -> None:
    # the model tags "Marek Sobczak of" an organisation; the given name makes it a person's name
    doc = parse(nlp, "Marek Sobczak of the Centre for Eastern Questions, an institute, warned of it.", date="2022-01-20")
    assert ("Marek Sobczak", "PERSON", "marek_sobczak") in {(e.text, e.label_, e.kb_id_) for e in doc.ents}


def test_an_outlet_told_with_its_article_is_no_antecedent(nlp: spacy.language.Language) -> None:
    # the model tags the outlet a person; "she told the Abendkurier" makes it the one spoken to
    doc = parse(nlp, "Ingrid Sauerwald teaches in Kassel. „It is real“, she told the Abendkurier. The 54-year-old "
                     "described the troops as pressure.", date="2022-01-20")
    assert {e.text: e.kb_id_ for e in doc.ents}.get("The 54-year-old") == "ingrid_sauerwald", \
        [(e.text, e.kb_id_) for e in doc.ents]


def test_the_publications_own_name_is_no_person(nlp: spacy.language.Language) -> None:
    text = ('Managing director Gareth Pickersgill showed Ridings Live an invoice. "We melt metal," he said. The 61-year-old '
            'said his supplier had collapsed.')
    doc = parse(nlp, text, date="2022-02-01", source="Ridings Live")
    labels = {e.text: (e.label_, e.kb_id_) for e in doc.ents}
    assert labels.get("Ridings Live", ("", ""))[0] == "ORG", labels
    assert labels.get("The 61-year-old", ("", ""))[1] == "gareth_pickersgill", labels


def test_the_greens_are_the_german_party(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "The Greens let explain, they shared the worry of the Baltic neighbours.", date="2022-01-20")
    assert ("Greens", "alliance_90_the_greens") in {(e.text, e.kb_id_) for e in doc.ents}


def test_a_name_tail_stops_at_an_entity(nlp: spacy.language.Language) -> None:
    # "of Latvia" names a state of its own: the body's name is not stretched over it
    doc = parse(nlp, "The Latvian Bureau of Latvia said it.", date="2022-01-20")
    assert "Latvian Bureau of Latvia" not in {ent.text for ent in doc.ents}


def test_a_title_before_another_title_and_a_name_is_no_person(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "Councillor Sir Anthony Greaves chaired the meeting.", date="2022-02-10")
    assert "Councillor" not in {ent.text for ent in doc.ents}


def test_a_lone_name_after_a_sentence_opening_in_is_a_place(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "In Göttingen one speaks with the students themselves.", date="2022-02-10")
    assert {ent.text: ent.label_ for ent in doc.ents}.get("Göttingen") == "GPE"


def test_nationalities_before_formats_and_nationalities_stay_apart(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "The US-Russian Strategic Stability Dialogue resumed in Geneva.", date="2022-01-10")
    assert not [ent for ent in doc.ents if ent.label_ == "ORG" and "US" in ent.text]
    assert [span.kb_id_ for span in doc.spans["formats"]] == ["strategic_stability_dialogue"]


def test_titles_before_names_with_nationalities_are_untouched(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "Ukrainian President Volodymyr Zelensky spoke in Kyiv.", date="2022-01-20")
    assert "volodymyr_zelensky" in {ent.kb_id_ for ent in doc.ents}


def test_datelines_do_not_merge_with_the_next_paragraph(nlp: spacy.language.Language) -> None:
    doc = parse(nlp, "ROME\n\nRome said it would send aid.", date="2022-01-20")
    assert [ent.text for ent in doc.ents if ent.kb_id_] == ["ROME", "Rome"]


# Actor resolution in context, one row per rule (sentences written for these tests).
RESOLUTION_IN_CONTEXT = [
    # a person's name the model ran on into the body named after "of"
    ("Shipping analyst Owain Tudor of Severn Maritime Analytics said the risk lay elsewhere.", "Owain Tudor",
     "owain_tudor"),
    ("Shipping analyst Owain Tudor of Severn Maritime Analytics said the risk lay elsewhere.",
     "Severn Maritime Analytics", "severn_maritime_analytics"),
    # an age description the parser hung "so" on (German "so der 61-Jährige")
    ("Jutta Ebeling spoke in the town hall. „If Berlin and Paris this channel now revive, would that a signal be“, "
     "so the 61-year-old.", "the 61-year-old", "jutta_ebeling"),
    # datelines possessive governments and mt noise
    ("KYIV, Ukraine — Ukraine's government on Friday urged restraint.", "KYIV", "kyiv"),
    ("KYIV, Ukraine — Ukraine's government on Friday urged restraint.", "Ukraine's government", "gov_ukraine"),
    ("Brussels warned Moscow against escalation.", "Brussels", "eu"),
    ("Loud Ulrike Brand, the mayor, the city is ready. Ulrike Brand visited the shelters.", "Ulrike Brand",
     "ulrike_brand"),
    # metonym rule any verb but stative
    ("Brussels had begun drafting a list of measures.", "Brussels", "eu"),
    ("Moscow has made clear that it wants guarantees.", "Moscow", "gov_russia"),
    ("Kyiv lies on the Dnieper.", "Kyiv", "kyiv"),
    ("Kyiv was shelled overnight.", "Kyiv", "kyiv"),
    ("Geneva hosted the talks.", "Geneva", "geneva"),
    # descriptions use the words of the text
    ("Claire Whitcombe, a Foreign Office minister, spoke first. Callum Reid of the SNP demanded that "
     "the minister publish the list.", "the minister", "claire_whitcombe"),
    ("Oksana Melnyk chairs the committee. The 46-year-old said little.", "The 46-year-old", "oksana_melnyk"),
    ("The Refugee Support Network opened an office in Lviv. Mira Dahl runs it. The network said it was full.",
     "The network", "refugee_support_network"),
    # the government is the government the text is about
    ("Warsaw approved the fund on Friday. The government said more money would follow.", "The government",
     "gov_poland"),
    ("Deputies in the Bundestag debated the aid. Critics said the federal government was slow.",
     "the federal government", "gov_germany"),
    ("Talks resumed in Minsk. The government of Ukraine welcomed them, and the government said so twice.",
     "the government", "gov_ukraine"),
    # metonym rule prepositions and possessors
    ("The fund was a signal to Moscow.", "Moscow", "gov_russia"),
    ("Not every speaker aimed only at Moscow.", "Moscow", "gov_russia"),
    ("Critics accused him of hiding behind Washington's text.", "Washington", "gov_usa"),
    ("Kyiv's streets were quiet.", "Kyiv", "kyiv"),
    ("The delegation flew from Berlin to Kyiv.", "Kyiv", "kyiv"),
    ("Protests took place near Moscow.", "Moscow", "moscow"),
    # first names and titles around unknown surnames
    ("Berg spoke to Anders Holm, a researcher at a Nordic centre. Holm said the talks were stuck.", "Holm",
     "anders_holm"),
    # a capital's ministry is its state's ministry
    ("Kiev's foreign ministry said it was too early to name anyone.", "Kiev's foreign ministry", "ukrainian_mfa"),
    ("Berlin's defence ministry said it would send helmets.", "Berlin's defence ministry", "german_defence_ministry"),
    # the place a sentence opens with names the government
    ("Moscow denies it. In Kiev the government emphasizes that the country is reliable.", "the government",
     "gov_ukraine"),
    # a hyphenated surname cut at the hyphen by the model is one name
    ("Deputy Foreign Minister Marta Zielińska-Kos said Poland would help.", "Marta Zielińska-Kos",
     "marta_zielinska_kos"),
    # machine translation drops the commas of an apposition: the person is split off the body or place
    ("The inhabitant of Bilhorod-Dnistrovskyi Mykhailo Rusnak, 70 years, has told our correspondent that he "
     "does not believe the politicians.", "Mykhailo Rusnak", "mykhailo_rusnak"),
    ("Dmitri Medvedev wrote a comment. The expert of the Odesa Centre of Black Sea Studies Iryna Tkachuk considers, "
     "that the region is a quiet flank.", "The expert", "iryna_tkachuk"),
    # a listed region the model calls a person
    ("On the other bank lies Transnistria, the breakaway strip.", "Transnistria", "transnistria"),
    # a clerical title before a name
    ("From the bell tower, Father Serafim Botnaru can see two countries.", "Serafim Botnaru", "serafim_botnaru"),
    # "Loud X": machine-translated "laut X" is no part of the name
    ("Gerd Holtkamp visited the troops. Loud Holtkamp the soldiers lack winter equipment.", "Holtkamp",
     "gerd_holtkamp"),
    # a place and a name the model ran together over a comma
    ("The CDU member of the Bundestag from Rostock, Gerd Holtkamp, visited the troops.", "Gerd Holtkamp",
     "gerd_holtkamp"),
    # a ministry named only by its kind is the ministry of the text's country
    ("KYIV - Hackers attacked Ukrainian websites. The Foreign Ministry said in a statement that it was calm.",
     "The Foreign Ministry", "ukrainian_mfa"),
    # and not a ministry of another kind named before
    ("Gerd Holtkamp criticised the Defence Ministry in Berlin. The Foreign Ministry said nothing.",
     "The Foreign Ministry", "german_foreign_office"),
    # an organisation's first word is its short name later in the text
    ("Henrik Lindqvist works at Nordvik Energy Consultants in Oslo. Analysts at Nordvik expect more volatility.",
     "Nordvik", "nordvik_energy_consultants"),
    # "Western officials" are the West
    ("Western officials said the troops had moved closer.", "Western officials", "west"),
    # a bare hyphenated surname the model calls an organisation is the person named in full before
    ("Katharina Lindqvist-Brandt, a German Green MP, spoke first.\n\nLindqvist-Brandt was more hopeful on her way "
     "out.", "Lindqvist-Brandt", "katharina_lindqvist_brandt"),
    # after a quote the model may read the bare surname and its cue as a title ([Pruitt told the Journal]WORK_OF_ART)
    ("That is not enough for Conservative energy critic Dale Pruitt.\n\n\"We have the gas. We have the workers. What "
     "we do not have is a government that believes in either,\" Pruitt told the Journal.", "Pruitt", "dale_pruitt"),
    ("Carla Mendez-Ruiz, director of policy at the Iowa Growers Alliance, told HRPR that members had called. "
     "\"Farmers understand world markets,\" Mendez-Ruiz said.", "Mendez-Ruiz", "carla_mendez_ruiz"),
    # a Land capital is its city where it does not act in the clear, and counts for its country's government
    ("The Green member of the Bundestag Jonas Teuber from Wiesbaden defended the course of the coalition.",
     "Wiesbaden", "wiesbaden"),
    ("Good morning from Munich, where the second day of the conference begins.", "Munich", "munich"),
    ("Dresden referred to it that first the federal government responsible be.", "Dresden", "gov_saxony"),
    ("Dresden referred to it that first the federal government responsible be.", "the federal government", "gov_germany"),
    # "the state chancellery" (German "Staatskanzlei") is the Land government named last, "the chancellery" the federal one
    ("The Saxon economy suffers. From the state chancellery it was said, one observe the development.", "chancellery",
     "gov_saxony"),
    ("Chancellor Olaf Scholz met the Saxon premier. The chancellery said the talks were good.", "chancellery",
     "gov_germany"),
    # "the Federal Government" (German "Bundesregierung") is the government the text is about
    ("The SPD politician Anke Rehder spoke in the Bundestag. The CDU/CSU faction accused the Federal Government of "
     "neglect.", "Federal Government", "gov_germany"),
    # "Federal Government" is shared by the federations' governments: the country named around it decides
    ("The White House announced sanctions on Monday. The Federal Government will also freeze assets in Washington.",
     "Federal Government", "gov_usa"),
    ("Chancellor Olaf Scholz travelled to Kyiv. The Federal Government has promised more help.", "Federal Government",
     "gov_germany"),
    # "the National Government" the model tags ORG names no country: the text's government
    ("Chancellor Olaf Scholz travelled to Kyiv. The National Government has promised more help, said Anke Rehder.",
     "The National Government", "gov_ukraine"),
    # translated German glues the addressee to an inverted surname ("sagte Lembeck der Zeitung")
    ("The defence politician Jörg Lembrecht warned of nostalgia. „We have no illusions“, said Lembrecht the Ostsee "
     "Kurier.", "Lembrecht", "jorg_lembrecht"),
    ("The mayor, Bernd Tebbenjohanns, spoke first. „People are afraid“, told Tebbenjohanns WDR5.", "Tebbenjohanns",
     "bernd_tebbenjohanns"),
    # a name right after a place noun, or after "from" behind a person, is a place
    ("The mayor of the border town Hrubieszów-Zamek, Krzysztof Wołoszyński, asked for help.", "Hrubieszów-Zamek",
     "hrubieszow_zamek"),
    # "the observers" are the monitoring mission named before
    ("Loud the OSCE observer mission the shelling increased. The observers counted 500 explosions.", "The observers",
     "osce_smm"),
    # an embassy is an actor of its own, not its state's government
    ("The Ukrainian embassy in Berlin criticised the decision.", "Ukrainian embassy in Berlin", "ukrainian_embassy_germany"),
    # ... also when its state owns it ("Russia's embassy") or the model tags "The Russian Embassy" as a name
    ("Russia's embassy in Dublin rejected the criticism.", "Russia's embassy in Dublin", "russian_embassy_ireland"),
    ("The Russian Embassy in Stockholm wrote that the ships sail in international waters.",
     "The Russian Embassy in Stockholm", "russian_embassy_sweden"),
    # a hyphenated surname glued to an outlet is split off too
    ("The Green politician Miriam Tesch-Okafor praised the trip. „She spoke plainly“, said Tesch-Okafor the Kanal "
     "Drei.", "Tesch-Okafor", "miriam_tesch_okafor"),
    # "[Liebscher-] [Grau]": the second part of a hyphenated surname is no listed person of that surname
    ("The CDU man Hartmut Liebscher-Grau accused the coalition of neglect.", "Hartmut Liebscher-Grau",
     "hartmut_liebscher_grau"),
    # a German military rank, retired ("a. D."), is a title, not part of the name
    ("Its chairman, Oberstleutnant a. D. Reinhard Fehrwald, spoke of holes in the budget.",
     "Oberstleutnant a. D. Reinhard Fehrwald", "reinhard_fehrwald"),
    # the German states are places (regions), not persons
    ("Its regional chairman Lower Saxony, Reinhard Fehrwald, spoke of holes.", "Lower Saxony", "lower_saxony"),
    # a person's role right before a name the model calls an organisation makes it a person
    ("The Russia expert Valeska Imhorst of the Bonn Institute described the drafts as a maximal position.",
     "Valeska Imhorst", "valeska_imhorst"),
    # an office title after the name ("TD", "MP") is no part of it
    ("Aoife Brannigan TD, the party's spokeswoman, called on the Government to protest.", "Aoife Brannigan TD",
     "aoife_brannigan"),
    # an organisation's name cut after its hyphen is joined again ("the West" is no part of it), and the
    # capitalised words that end it after "for" too (round 61; lumen's gold names the whole institute)
    ("The political scientist Gerlinde Hofmeister from the Institute for East-West Security Studies spoke.",
     "the Institute for East-West Security Studies", "institute_for_east_west_security_studies"),
    # Switzerland's foreign ministry by its own name (not Ireland's "Department of Foreign Affairs")
    ("The Federal Department of Foreign Affairs in Bern let know that Switzerland offers its good offices.",
     "Federal Department of Foreign Affairs", "swiss_mfa"),
    # a Swiss given name before a hyphenated surname makes a person
    ("Bern. Reto Ammann-Lüthi (63) served as an officer.", "Reto Ammann-Lüthi", "reto_ammann_luthi"),
    # German parties and their parliamentary groups (data/actors.csv)
    ("The AfD faction called for an end to the sanctions.", "AfD faction", "alternative_for_germany"),
    ("The CDU/CSU faction in the Bundestag accused the coalition of neglect.", "CDU/CSU faction",
     "cdu_csu_parliamentary_group"),
    # a German federal authority by its abbreviation
    ("A BSI spokeswoman said the authorities were watching closely.", "BSI", "federal_office_for_information_security"),
    # later forms of a person's name
    # a family name first, after a Malaysian honorific (data/titles.csv)
    ("Datuk Lim Chee Keong, president of the growers' federation, said prices rose. Lim added that it was bad.", "Lim",
     "lim_chee_keong"),
    # "Volker" is also a listed person's surname; after "Minister of the Interior" it opens a name
    ("Hesse's Minister of the Interior Volker Hahn (CDU) defended the offer. Hahn said the hospital was ready.", "Hahn",
     "volker_hahn"),
    # a family name between an English and a Chinese given name
    (("\"Nobody wants to be the last insurer,\" said Vincent Chan Ka-wai, a partner at a broker. Chan, 58, said the "
      "spike was greater."), "Chan", "vincent_chan_ka_wai"),
    # ... also before a Chinese given name of two unhyphenated syllables
    (("\"We prepare for the broadest version,\" said Rachel Koh Hui Min, head of compliance at a bank.\n\nKoh, 44, "
      "told a business daily that commodity clients were the hardest."), "Koh", "rachel_koh_hui_min"),
    # a title the model tagged apart before the name is no person of its own
    (("The detachment will be led by Lieutenant Colonel Anders Vestergaard, who commanded a previous rotation. The "
      "colonel told reporters that his pilots were ready."), "The colonel", "anders_vestergaard"),
    # a knight is called by title and given name
    ("Councillor Sir Anthony Greaves chaired the meeting. Sir Anthony said the homes were ready.", "Anthony",
     "anthony_greaves"),
    # a feature calls its protagonist by the given name
    ("Anastasia Volkova, 24, studies physics. Anastasia said she was worried.", "Anastasia", "anastasia_volkova"),
    # the model called the bare hyphenated surname a facility
    ("Abena Owusu-Darko, a trader, spoke first. Owusu-Darko said prices rose.", "Owusu-Darko", "abena_owusu_darko"),
    # a first given name that is also a function word ("per")
    ("Per Arne Lunde, a former official, said the patrols were routine. Lunde added that more ships came.", "Lunde",
     "per_arne_lunde"),
    # a government spokeswoman in a Land capital speaks for that Land's government (round 43)
    (("The CDU leader Henning Rathke accused the state government of delay. The government spokeswoman in Potsdam "
      "contradicted."), "government", "gov_brandenburg"),
    # ... but a federal government discussed in a Land capital stays the federal one
    (("Berlin rejects further deliveries. Whether the new federal government its line changes, is in Hanover a much "
      "discussed question."), "the new federal government", "gov_germany"),
    # a government the text described before counts for the country it is about: "the Government" of
    # Downing Street twice outweighs a Moscow and a Kremlin in between (round 43)
    (("Downing Street said on Monday that the Government would publish new sanctions rules. The Government also "
      "promised a register of owners. Russia has massed troops near Ukraine. Moscow denies any plan to invade, and "
      "the Kremlin calls the drills routine. The debate in the chamber lasted four hours. Rachel Okonedo, a Labour "
      "MP, accused the Government of delay."), "the Government", "gov_uk"),
    # "Cr" and "Cllr" (councillor) are titles, not given names (round 43)
    ("Deputy mayor Tom Eldridge said the town had done well. “Nobody here wants to profit,” Cr Eldridge said.",
     "Cr Eldridge", "tom_eldridge"),
    # ... also where the model put the title and the given name into one entity: "[Cllr Padraig] Neville"
    ("Asked whether the town could take in families, Cllr Padraig Neville said there was no plan.", "Padraig Neville",
     "padraig_neville"),
    # "a large Munich car maker" is some firm of the city, no body named (the city is mentioned)
    ("It stays open; a spokesman of a large Munich car maker wanted to it not comment.", "Munich", "munich"),
    # "The mayor of X, NAME (CSU)": the model's "The mayor" is a description of the name after it, not of the
    # person named before
    (("Works council chairman Jonas Allgeier criticised the plan. The mayor of Lindenau, Erich Pfannholz (CSU), "
      "underlined, that the town the firm support will."), "The mayor", "erich_pfannholz"),
]


@pytest.mark.parametrize(("text", "surface", "expected"), RESOLUTION_IN_CONTEXT)
def test_resolution_in_context(nlp: spacy.language.Language, text: str, surface: str, expected: str) -> None:
    doc = parse(nlp, text, date="2022-01-20")
    assert {ent.text: ent.kb_id_ for ent in doc.ents}.get(surface) == expected, [(e.text, e.kb_id_) for e in doc.ents]


def _with_model_entities(nlp: spacy.language.Language, text: str, entities: list[tuple[str, str]]):
    """Parse ``text`` up to the actor component, give it the entities ``(surface, label)`` a model might
    have produced (mistakes included), and run the actor component on them."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "workbench_actors":
            break
        doc = component(doc)
    spans = []
    for surface, label in entities:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    return nlp.get_pipe("workbench_actors")(doc)


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # the model ran a town into the name after "of": the name starts at the given name
        pytest.param("Deputy mayor of Zamosc Dorota Kwiatkowska said the shelters were ready.",
                     [("Zamosc Dorota Kwiatkowska", "PERSON")], ("Dorota Kwiatkowska", "dorota_kwiatkowska"),
                     id="town-glued-before-a-name"),
        # the model took a seat after "in" for a person: it is a place
        pytest.param("Jolanta Mrozek of the Vistula Policy Centre in Tarnow said the quotas would stay.",
                     [("Jolanta Mrozek", "PERSON"), ("the Vistula Policy Centre", "ORG"), ("Tarnow", "PERSON")],
                     ("Tarnow", ""), id="seat-after-in-is-no-person"),
        # the model tagged only the given name: the person is the whole name
        pytest.param("At the university follows the historian Prof. Elisabeth Wallmoden the debate.",
                     [("Elisabeth", "PERSON")], ("Elisabeth Wallmoden", "elisabeth_wallmoden"),
                     id="given-name-alone-widened"),
        # a party member's noun before the name is a title, not part of it
        pytest.param("The local member of Parliament, Conservative Paul Marchuk, accused the government of delay.",
                     [("Conservative Paul Marchuk", "PERSON")], ("Paul Marchuk", "paul_marchuk"),
                     id="party-noun-before-a-name"),
    ],
)
def test_actor_component_repairs_model_entities(nlp: spacy.language.Language, text: str,
                                                entities: list[tuple[str, str]], expected: tuple[str, str]) -> None:
    doc = _with_model_entities(nlp, text, entities)
    surface, actor_id = expected
    found = [(ent.text, ent.kb_id_, ent.label_) for ent in doc.ents]
    if actor_id:
        assert (surface, actor_id, "PERSON") in found, found
    else:
        assert all(label != "PERSON" for text_, _, label in found if text_ == surface), found


@pytest.mark.parametrize(
    ("text", "entities", "linked", "labels"),
    [
        # the model takes a pipeline for a person; data/non_actors.csv says it is none
        pytest.param("The politician Lena Vossberg said the pipeline Nord Stream 2 was dead.",
                     [("Lena Vossberg", "PERSON"), ("Nord Stream 2", "PERSON")], [("Lena Vossberg", "lena_vossberg")],
                     {}, id="listed-non-actor-tagged-person"),
        # "wrote X on Twitter": the network is where it was posted, not a person a later "he" can be
        pytest.param("The activist Jonas Feldner wrote on Twitter that the party was wrong.",
                     [("Jonas Feldner", "PERSON"), ("Twitter", "PERSON")], [("Jonas Feldner", "jonas_feldner")],
                     {}, id="social-network-tagged-person"),
        # the model cut the name before "of ..."; the body noun and the capitalised words after "of" say it goes on
        pytest.param("The Weser Valley Association of Towns and Municipalities pointed out the risk.",
                     [("Weser Valley Association", "ORG")],
                     [("Weser Valley Association of Towns and Municipalities",
                       "weser_valley_association_of_towns_and_municipalities")], {}, id="body-name-cut-before-of"),
        # translated text quotes the outlet told: „…” around a name makes it a title, not a person
        pytest.param("Dr Anna Wolska told „Kurier Mazurski”, that the border was calm.",
                     [("Anna Wolska", "PERSON"), ("Kurier Mazurski", "PERSON")], None,
                     {"Anna Wolska": "PERSON", "Kurier Mazurski": "ORG"}, id="quoted-name-is-a-title"),
        # a "person" right after a body's kind noun is the body (round 40); a listed given name keeps the person
        pytest.param("Sanjay Mehta, an analyst at the consultancy Harbourline Risk, predicted higher premiums.",
                     [("Sanjay Mehta", "PERSON"), ("Harbourline Risk", "PERSON")], None,
                     {"Sanjay Mehta": "PERSON", "Harbourline Risk": "ORG"}, id="person-after-the-consultancy"),
        pytest.param("Tom Aldridge, a partner at the broking house Aldridge Venn, warned of refusals.",
                     [("Tom Aldridge", "PERSON"), ("Aldridge Venn", "PERSON")], None,
                     {"Aldridge Venn": "ORG"}, id="person-after-the-broking-house"),
        pytest.param("The deputy of the regional council Serhiy Borodai criticised the central power.",
                     [("Serhiy Borodai", "PERSON")], None, {"Serhiy Borodai": "PERSON"},
                     id="a-given-name-after-the-council-keeps-the-person"),
    ],
)
def test_actor_component_relabels_model_entities(nlp: spacy.language.Language, text: str,
                                                 entities: list[tuple[str, str]], linked: list[tuple[str, str]] | None,
                                                 labels: dict[str, str]) -> None:
    doc = _with_model_entities(nlp, text, entities)
    if linked is not None:
        assert [(ent.text, ent.kb_id_) for ent in doc.ents if ent.kb_id_] == linked
    assert {ent.text: ent.label_ for ent in doc.ents if ent.text in labels} == labels



def test_an_unquoted_title_ending_in_a_bodys_kind_is_the_body(nlp) -> None:
    # the model may call an unknown body a WORK_OF_ART ("[The Sindh Cotton Growers' Union] claimed"); a title
    # in quote marks stays one
    from spacy.tokens import Span

    component = nlp.get_pipe("workbench_actors")
    doc = nlp.make_doc("The Sindh Cotton Growers' Union claimed that prices rose. She read “The Workers' Union” twice.")
    opening = [t.i for t in doc if t.text == "“"][0]
    doc.ents = [Span(doc, 0, 6, label="WORK_OF_ART"), Span(doc, opening + 1, opening + 5, label="WORK_OF_ART")]
    component._bodies_cut_before_their_kind(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("The Sindh Cotton Growers' Union", "ORG"),
                                                      ("The Workers' Union", "WORK_OF_ART")]


def test_a_hyphenated_place_gives_no_short_name(nlp) -> None:
    # "Nordvik" alone names "Nordvik Energy Consultants", but "Lübeck" alone is no short name of an
    # organisation named "Lübeck-Travemünde Ferry Service": the part before the hyphen is a town (round 43)

    text = "The Lübeck-Travemünde Ferry Service cut its trips. In Lübeck the council met."
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "workbench_actors":
            break
        doc = component(doc)
    later = text.rindex("Lübeck")
    doc.ents = [doc.char_span(4, 35, label="ORG"), doc.char_span(later, later + 6, label="ORG")]
    assert [ent.text for ent in doc.ents] == ["Lübeck-Travemünde Ferry Service", "Lübeck"]
    doc = nlp.get_pipe("workbench_actors")(doc)
    ids = [(ent.text, ent.kb_id_) for ent in doc.ents]
    assert ids[0] == ("Lübeck-Travemünde Ferry Service", "lubeck_travemunde_ferry_service")
    assert ids[1][0] == "Lübeck" and ids[1][1] != "lubeck_travemunde_ferry_service", ids


def test_a_ministry_of_another_subject_is_no_reference_to_the_ministry_named_before(nlp) -> None:
    # "the finance ministry" after "the defence ministry", "the agriculture ministry" after "the Federal Economy
    # Ministry": the subject word must be in the earlier ministry's name (round 63; peacock, brachium)
    doc = parse(nlp, "The Estonian defence ministry said the drill was planned. The finance ministry said the budget "
                     "would cover it.", date="2022-01-20")
    ids = {ent.text: ent.kb_id_ for ent in doc.ents}
    assert ids.get("Estonian defence ministry") == "estonian_defence_ministry", ids
    assert "estonian_defence_ministry" not in {ids.get("The finance ministry"), ids.get("finance ministry")}, ids
    doc = parse(nlp, "The Estonian defence ministry said the drill was planned. The defence ministry added that it "
                     "was routine.", date="2022-01-20")
    ids = {ent.text: ent.kb_id_ for ent in doc.ents}
    assert ids.get("The defence ministry") == "estonian_defence_ministry", ids


@pytest.mark.parametrize(("text", "surface", "expected"), [
    # (after the freeze of round 63, dalim) an Austrian Land government's seat stands for it: "the Landhaus" of
    # the capital after it or of the Land named before, "the Chiemseehof" (data/actors.csv, data/metonyms.csv)
    ("Innsbruck. The guides are worried. From the Landhaus in Innsbruck it was said, one observe the situation.",
     "From the Landhaus in Innsbruck", "gov_tyrol"),
    ("Bregenz assured the firms support. From the Landhaus it was said, Vorarlberg stand behind the line.",
     "From the Landhaus", "gov_vorarlberg"),
    ("From the Chiemseehof it was said, the Land stand ready.", "From the Chiemseehof", "gov_salzburg"),
])
def test_seat_of_an_austrian_land_government_speaks_for_it(nlp, text: str, surface: str, expected: str) -> None:
    claims = nlp(text)._.claims
    assert {c.speaker_text: c.speaker_id for c in claims}.get(surface) == expected, [(c.speaker_text, c.speaker_id)
                                                                                    for c in claims]


def test_an_initial_or_given_name_before_a_name_joins_it(nlp) -> None:
    """(round 66, alkaid, draconis, scutum, diadem) the model starts a name one word late: an initial ("K.",
    "Ma." whose full stop the tokenizer splits off) or a given name of data/given_names.csv before a person's
    name is part of it; German "a. D." (retired) before a name is no initial."""
    doc = nlp("Opposition MP K. Suresh Pillai criticised the plan. \"We are ready,\" said Ma. Lourdes Pangilinan, "
              "the head of the group. Air Marshal Sunil Dhawan-Patel said it. Different sounds Fregattenkapitän a. D. "
              "Holger Timm, who for the forum works.")
    people = {e.text: e.kb_id_ for e in doc.ents if e.label_ == "PERSON"}
    assert people.get("K. Suresh Pillai") == "k_suresh_pillai", people
    assert people.get("Ma. Lourdes Pangilinan") == "ma_lourdes_pangilinan", people
    assert people.get("Sunil Dhawan-Patel") == "sunil_dhawan_patel", people
    assert people.get("Holger Timm") == "holger_timm", people


def test_a_bodys_first_words_are_its_short_name(nlp) -> None:
    """(round 66, taurus, alkes, izar, alterf) the first two or more capitalised words of an unknown body's name,
    written alone later, are that body: tagged or not ("Harbor Alloy will review" after "Harbor Alloy Supply"),
    and also when the model calls them a person ("Calumet Ridge said"); a one-word surname a family firm shares
    stays the person ("Brandl" of "Brandl Präzisionstechnik")."""
    doc = nlp("Dana Brzezinski is president of Harbor Alloy Supply, a steel service center. Harbor Alloy will review "
              "its prices again on March 1.")
    short = [e.kb_id_ for e in doc.ents if e.text == "Harbor Alloy"]
    assert short == ["harbor_alloy_supply"], [(e.text, e.kb_id_) for e in doc.ents]
    doc = nlp("Theresia Brandl runs Brandl Präzisionstechnik in the valley. Orders have fallen, said Brandl.")
    assert {e.kb_id_ for e in doc.ents if e.text == "Brandl"} == {"theresia_brandl"}, [(e.text, e.kb_id_) for e in doc.ents]


def test_a_surname_written_in_a_full_name_is_no_place_it_resembles(nlp) -> None:
    """(after the freeze of round 66, heka) "Reto Ammann ... Ammann said": a bare surname the text wrote in a full
    name is that person, not the capital "Amman" its transliteration skeleton matches; a place alone stays one."""
    doc = nlp("The embroidery owner Reto Ammann spoke in St. Gallen. Orders from Russia have stopped, said Ammann.")
    assert {e.kb_id_ for e in doc.ents if e.text == "Ammann"} == {"reto_ammann"}, [(e.text, e.kb_id_) for e in doc.ents]


def test_the_company_passes_a_place_written_into_a_compound(nlp) -> None:
    """(after the freeze of round 66, elgafar) "Doric Bulk Carriers, a Piraeus-based owner ... The company": a place
    the model tagged ORG inside "Piraeus-based" is no firm; the firm named before it, whose name closes with a
    firm's word (data/firm_words.csv), is what "the company" means."""
    doc = nlp("Doric Bulk Carriers, a Piraeus-based owner with three vessels, said it would keep them there. The "
              "company described the Azov route as closed.")
    company = [e.kb_id_ for e in doc.ents if e.text.lower() == "the company"]
    assert company == ["doric_bulk_carriers"], [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def test_a_bodys_first_word_is_its_short_name_after_an_article_the_model_took_in(nlp) -> None:
    """(round 72, veritate) "the Winzerverband Mittelmosel-Hunsrück ... Winzerverband and ...": the model took the
    article into the body's name; its first word alone later is still that body."""
    doc = nlp("At the meeting spoke the Winzerverband Mittelmosel-Hunsrück about the harvest. The Winzerverband demands "
              "from the Land an emergency fund.")
    assert {e.kb_id_ for e in doc.ents if e.text == "Winzerverband"} == {"winzerverband_mittelmosel_hunsruck"}, \
        [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def test_a_german_compound_naming_a_bodys_kind_makes_a_place_a_body(nlp) -> None:
    """(round 72, veritate) "The Kreisbauernverband Hochwald-Hunsrück" the model called a facility, and
    "Kreisbauernverband" alone that it called a place, are one body: the compound's last part names a body's kind
    (data/body_endings.csv); a town opening a body's name is no short name of it."""
    doc = nlp("Also the farmers worry. The Kreisbauernverband Hochwald-Hunsrück reckons with clearly higher prices for "
              "fertiliser and diesel. Its chairman Matthias Scheidweiler warned before a cost shock. Winzerverband and "
              "Kreisbauernverband demand from the Land an emergency fund.")
    assert {e.kb_id_ for e in doc.ents if e.text == "Kreisbauernverband"} == {"kreisbauernverband_hochwald_hunsruck"}, \
        [(e.text, e.label_, e.kb_id_) for e in doc.ents]
    doc = nlp("Prices worry the Kericho Tea Exporters Association. In Kericho, growers met on Monday.")
    assert "kericho_tea_exporters_association" not in {e.kb_id_ for e in doc.ents if e.text == "Kericho"}, \
        [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def test_a_german_body_named_by_its_kind_first_is_one_body(nlp) -> None:
    """(round 72, uklun, veritate) "the Stadtwerke Ilsenrode" (the model cut the town off as a product) and
    "Grünen-Kreisverband Westrich" are bodies whose kind comes first; "The Stadtwerke", "the Kreisverband" later
    are the same bodies (data/body_endings.csv)."""
    doc = nlp("Anger causes the price letter of the Stadtwerke Ilsenrode. Many customers complain. The Stadtwerke "
              "rejected the reproach as unfounded.")
    assert [(e.text, e.kb_id_) for e in doc.ents if "Stadtwerke" in e.text] == [
        ("Stadtwerke Ilsenrode", "stadtwerke_ilsenrode"), ("Stadtwerke", "stadtwerke_ilsenrode")], doc.ents
    doc = nlp("The Grünen-Kreisverband Westrich criticises in contrast the Land government. It have the civil "
              "protection for years neglected, it is called in a statement of the Kreisverband.")
    assert {e.kb_id_ for e in doc.ents if "Kreisverband" in e.text} == {"grunen_kreisverband_westrich"}, doc.ents


def test_a_german_body_after_loud_is_no_titled_person(nlp) -> None:
    """(round 72, dalim) "Loud Tourismusverband Zirbenau make ...": "Loud" (German "laut") stands before names like a
    title, but a name that opens with a compound naming a body's kind is the body, and the town alone stays a town."""
    doc = nlp("The house with its 46 beds leads the family in the third generation. Loud Tourismusverband Zirbenau "
              "make the Russian market about twelve percent of the winter overnight stays. In Zirbenau the mood is calm.")
    assert [(e.text, e.label_) for e in doc.ents if "Zirbenau" in e.text][:1] == [("Tourismusverband Zirbenau", "ORG")]
    assert "tourismusverband_zirbenau" not in {e.kb_id_ for e in doc.ents if e.text == "Zirbenau"}, doc.ents


@pytest.mark.parametrize(("text", "surface"), [
    ("The Ukrainischer Elternverein Soniachnyk calls on the city, the Moscow concerts to cancel.",
     "Ukrainischer Elternverein Soniachnyk"),
    ("At the meeting spoke also The Wählergemeinschaft Rostocker Bund about the port. The Wählergemeinschaft Rostocker "
     "Bund demands a crisis fund.", "The Wählergemeinschaft Rostocker Bund"),
])
def test_a_german_body_named_by_its_kind_first_keeps_what_opens_its_name(nlp, text, surface) -> None:
    """(round 72, tianguan) A declined adjective before the compound ("Ukrainischer Elternverein Soniachnyk") opens the
    body's name, and so does the article of the model's entity ("[The Wählergemeinschaft Rostocker Bund]"), which the
    gold's offsets include."""
    assert surface in [e.text for e in nlp(text).ents], [(e.text, e.label_) for e in nlp(text).ents]


def test_a_name_the_model_ran_into_an_open_bracket_ends_before_it(nlp) -> None:
    """(round 73, dingolay) "Hon. Bertha Kasonde (Independent, Kasanka South)": the model ran the name into the bracket
    ("Bertha Kasonde (Independent" as an organisation); a name never holds an open bracket without its close, so the
    person ends before it, and "Ms Kasonde" later is the same person."""
    doc = nlp("LUSAKA - Hon. Bertha Kasonde (Independent, Kasanka South) said Zambia imported all its fuel. Ms Kasonde, a "
              "former agronomist, proposed that the reserve hold ninety days of diesel.")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents if "Kasonde" in e.text] == [
        ("Bertha Kasonde", "PERSON", "bertha_kasonde"), ("Ms Kasonde", "PERSON", "bertha_kasonde")], doc.ents


def test_an_unquoted_title_closing_with_a_bodys_word_is_a_body(nlp) -> None:
    """(round 73, dingolay) "The Interfaith Peace Circle, which brings together ...": the model called the name a
    work of art; unquoted capitalised words closing with a body's word (data/firm_words.csv "Circle") are the body.
    A quoted title stays a title."""
    doc = nlp("The Interfaith Peace Circle, which brings together Christian, Muslim and Hindu leaders in the city, said "
              "it stands with every family that fears for relatives.")
    assert [(e.text, e.label_) for e in doc.ents if "Circle" in e.text] == [("Interfaith Peace Circle", "ORG")], doc.ents


def test_a_legal_form_closes_a_firms_name_the_model_missed(nlp) -> None:
    """(round 73, irena) "The Helme Kali GmbH": the model found no entity; a legal form of data/firm_words.csv
    closing capitalised proper nouns makes them a firm."""
    doc = nlp("The Helme Kali GmbH in Bleicherode needs gas.")
    assert [(e.text, e.label_) for e in doc.ents if "GmbH" in e.text] == [("Helme Kali GmbH", "ORG")], doc.ents



def test_a_surname_that_reads_as_an_adverb_stays_a_name(nlp) -> None:
    """(guard of round 73, rasalhague) "Fennelly said ..." opens a sentence and the tagger reads it as an adverb like
    "Sharply"; a word the text also writes mid-sentence ("Anna Fennelly") is a name and keeps its entity."""
    doc = nlp("Opposition TD Gráinne Fennelly criticised what she described as the Government’s “silence on a sector.” "
              "She urged ministers to publish an assessment of the exposure before the Dáil rises for the spring break."
              "\n\nFennelly told the Liffey Business Post: “The leasing industry is one of our great success stories.”")
    assert {e.kb_id_ for e in doc.ents if "Fennelly" in e.text} == {"grainne_fennelly"}, \
        [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(("text", "name", "actor_id"), [
    ("Marlin County Sheriff Wade Colter said the roads were clear. Colter said more deputies would patrol.",
     "Marlin County Sheriff Wade Colter", "wade_colter"),
    ("Librarian Joan Pettifer said half the people feel alone.", "Librarian Joan Pettifer", "joan_pettifer"),
])
def test_a_title_before_a_name_is_no_part_of_its_id(nlp, text, name, actor_id) -> None:
    """(round 73, nusakan, gomeisa) Titles of data/titles.csv (Sheriff, Librarian)
    are no part of a person's id, also after the place the office belongs to ("Marlin County Sheriff ...")."""
    doc = nlp(text)
    assert [e.kb_id_ for e in doc.ents if e.text == name] == [actor_id], [(e.text, e.kb_id_) for e in doc.ents]


def test_a_body_named_after_its_place_and_a_title_keeps_its_name() -> None:
    """(guard of round 73) a title inside a longer body's name, not before a person's two or three words, stays."""
    index = ActorIndex.from_data_dir()
    assert index.strip_inner_title("Marlin County Sheriff Department") == "marlin county sheriff department"
    assert index.strip_inner_title("Marlin County Sheriff Wade Colter") == "wade colter"
    assert index.strip_title("Marlin County Sheriff Wade Colter") == "marlin county sheriff wade colter"


def test_a_place_closing_with_a_firms_word_is_a_firm(nlp) -> None:
    """(round 73, mebsuta) "[Minch Island Ferries]LOC say ...": a "place" whose last word closes firms' names
    (data/firm_words.csv "Ferries") is the firm."""
    doc = nlp("09:15 First up is Kirsteen Maciver, chief executive of Minch Island Ferries. She tells delegates that the "
              "fuel bill rose.\n\n10:12 Minch Island Ferries say the Friday timetable is unaffected.")
    assert {(e.label_, e.kb_id_) for e in doc.ents if e.text == "Minch Island Ferries"} == {
        ("ORG", "minch_island_ferries")}, [(e.text, e.label_, e.kb_id_) for e in doc.ents]


@pytest.mark.parametrize(("text", "word", "actor_id"), [
    # (one word of an unlisted body's name, not its first and not a listed kind: the model makes it a new body)
    ("The price for fertiliser has, so Florian Gschwentner, 38, head of the Agrarhandel Unterinntal in Kundl, "
     "tripled. The Agrarhandel has its customers recommended, feed grain early to order.",
     "Agrarhandel", "agrarhandel_unterinntal"),
    # (the first word of a name the model took "the" into, tagged a person alone)
    ("The hauliers of the Fachgruppe Transport Unterland see the diesel price with worry. From the Fachgruppe it was "
     "said, the surcharge come in March.", "Fachgruppe", "fachgruppe_transport_unterland"),
    # (a title written before a person's name, the only time the text names it with "the")
    ("Loud Amtsleiter Reinhard Stöckl reckon the Gemeindewerk with costs. Also the street lighting becomes more "
     "expensive, added the Amtsleiter.", "Amtsleiter", "reinhard_stockl"),
    # (or written after the name and a comma)
    ("Ulrike Zangerl-Mauracher, Präsidentin of the Wirtschaftskammer, opened the meeting. «We advise to calm», said "
     "the Präsidentin.", "Präsidentin", "ulrike_zangerl_mauracher"),
])
def test_the_word_of_an_earlier_name_is_that_actor(nlp, text, word, actor_id) -> None:
    """(round 84, zhiva, kamui, rigil) "the Agrarhandel", "the Fachgruppe", "the Amtsleiter": news text names a body
    again by one word of its name and a person by the title written before the name; the model tags the word a new
    body of its own."""
    doc = nlp(text)
    assert [e.kb_id_ for e in doc.ents if e.text == word][-1:] == [actor_id], [(e.text, e.kb_id_) for e in doc.ents]


def test_a_title_tagged_a_name_before_a_persons_name_is_that_person(nlp) -> None:
    """(round 84, zhiva) "Loud [Kassier] [Peter Lindner-Moser] came ...": the model tags the untranslated title a name
    of its own; it is the person's title, and "The Kassier" later is that person."""
    doc = nlp("Loud Kassier Peter Lindner-Moser came at the market 4,300 euros together. The Kassier warned, that the "
              "money not suffices.")
    assert {e.kb_id_ for e in doc.ents if e.label_ == "PERSON"} == {"peter_lindner_moser"}, \
        [(e.text, e.kb_id_) for e in doc.ents]


def test_a_place_word_of_an_earlier_name_stays_a_place(nlp) -> None:
    """(guard of round 84) a word the text names as a place is no short name of the body whose name holds it."""
    doc = nlp("The Milchhof Tuxertal raised its prices. In Tuxertal the farmers are worried. The Tuxertal was snowed in.")
    assert "milchhof_tuxertal" not in {e.kb_id_ for e in doc.ents if e.text in {"Tuxertal", "The Tuxertal"}}, \
        [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def test_a_title_is_no_word_of_a_bodys_name_before_a_person(nlp) -> None:
    """(guard of round 84, deneb) "Member of the Riksdag Lena Forsberg ... the Riksdag": a body's name before a person's
    name, after "the", is no title of the person."""
    doc = nlp("Member of the Riksdag Lena Forsberg expressed the opinion that the government reacted late. Another "
              "member proposed that the Riksdag investigates the membership.")
    assert "lena_forsberg" not in {e.kb_id_ for e in doc.ents if e.text == "Riksdag"}, \
        [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def test_two_surnames_joined_by_and_are_two_people(nlp) -> None:
    """(round 84, zhiva, vellamo, tarazed) "[Zangerl-Mauracher and Atzl] demand ...": two surnames of people the text
    named in full before, read by the model as one name, are the two people."""
    doc = nlp("Präsidentin Ulrike Zangerl-Mauracher opened the meeting. Kammerdirektor Bernhard Atzl reported on the "
              "prices. Zangerl-Mauracher and Atzl demand from the federal government a quick help for the hosts.")
    assert [(e.text, e.kb_id_) for e in doc.ents if e.start > 15 and e.label_ == "PERSON"] == [
        ("Zangerl-Mauracher", "ulrike_zangerl_mauracher"), ("Atzl", "bernhard_atzl")], \
        [(e.text, e.label_, e.kb_id_) for e in doc.ents]


@pytest.mark.parametrize(("text", "name", "actor_id"), [
    ("The Rev Kerensa Lobb, priest-in-charge, says the church will collect blankets.",
     "The Rev Kerensa Lobb", "kerensa_lobb"),
    ("Moving the motion, the Hon. Jeanette Corrigan MLC (Nationals) called on the Government to extend the subsidy.",
     "Jeanette Corrigan MLC", "jeanette_corrigan"),
])
def test_rev_and_mlc_are_no_part_of_a_persons_id(nlp, text, name, actor_id) -> None:
    """(round 84, rongomatane, papatuanuku) "Rev" without its full stop before the name and "MLC" (Member of the
    Legislative Council) after it are titles of data/titles.csv, no part of the person's id."""
    doc = nlp(text)
    assert [e.kb_id_ for e in doc.ents if e.text == name] == [actor_id], [(e.text, e.kb_id_) for e in doc.ents]


@pytest.mark.parametrize(("text", "name", "actor_id"), [
    ("Cllr Jowan Pascoe and Cllr Nessa Trenear spoke. Cllr Pascoe and Cllr Trenear called for a freight subsidy.",
     "Cllr Trenear", "nessa_trenear"),
    ("Kassierin Elfriede Pichler described the collection as a success. Pichler thanked the donors.",
     "Kassierin Elfriede Pichler", "elfriede_pichler"),
    ("Our collection brought 4,300 euros. Kassierin Elfriede Pichler described the result as »a small miracle«.",
     "Kassierin Elfriede Pichler", "elfriede_pichler"),
])
def test_a_surname_cut_off_a_title_and_given_name_joins_the_name(nlp, text, name, actor_id) -> None:
    """(round 84, rongomatane, tuoni) "[Cllr Nessa] Trenear", "[Kassierin Elfriede] Pichler": the model ends the name
    after the title and the given name; the surname the text uses again ("Cllr Trenear", "Pichler thanked") joins it."""
    doc = nlp(text)
    assert [e.kb_id_ for e in doc.ents if e.text == name] == [actor_id], [(e.text, e.kb_id_) for e in doc.ents]


def _with_source(nlp, text: str, source: str):
    doc = nlp.make_doc(text)
    doc._.source = source
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


@pytest.mark.parametrize(("text", "source", "word", "actor_id"), [
    ("Loud a survey among 140 members have the prices risen. The Kammer advises the members, cancellations free of "
     "charge to allow.", "Gewerbekammer Oberes Lechtal", "Kammer", "gewerbekammer_oberes_lechtal"),
    ("The next truck leaves in March. The Verein regards itself as unpolitical and open for all.",
     "Vereinsblatt of the Hilfsverein Brücke Ennstal–Bukowina", "Verein", "hilfsverein_brucke_ennstal_bukowina"),
    ("The dyke held in the storm night. The Vorstand has therefore decided, the tanks before Easter to fill. The "
     "Vorstand thanks all helpers.", "Deichbrief, members' newsletter of the Deichverband Osterhever-Nord",
     "Vorstand", "deichverband_osterhever_nord"),
])
def test_a_circulars_body_named_by_one_word_is_its_publisher(nlp, text, source, word, actor_id) -> None:
    """(round 85, lada, tuoni, lich, zhiva) "The Kammer advises", "The Vorstand thanks" in a circular whose source names
    the body ("Gewerbekammer Oberes Lechtal", "... newsletter of the Deichverband Osterhever-Nord") and whose text does
    not: the word is the publisher, not a body of its own."""
    doc = _with_source(nlp, text, source)
    assert {e.kb_id_ for e in doc.ents if word in e.text} == {actor_id}, [(e.text, e.kb_id_) for e in doc.ents]


@pytest.mark.parametrize(("text", "source", "word"), [
    # a newspaper is no circular's body: its "Kammer" stays the text's own
    ("Loud a survey have the prices risen. The Kammer advises the members, cancellations to allow.",
     "Lechtaler Rundschau", "Kammer"),
    # the word must belong to the publisher's name: a "Verein" is no "Kammer"
    ("The next truck leaves in March. The Verein regards itself as unpolitical.", "Gewerbekammer Oberes Lechtal",
     "Verein"),
    # a news agency's board is no board of the agency
    ("The Vorstand has decided, the tanks before Easter to fill.", "Amberline News Agency", "Vorstand"),
])
def test_a_one_word_body_is_no_publisher_that_is_no_body_holding_it(nlp, text, source, word) -> None:
    """(guard of round 85) only a publisher whose source names a body (a German compound of data/body_endings.csv or an
    organisation's noun) holding the word takes it up."""
    doc = _with_source(nlp, text, source)
    assert not {e.kb_id_ for e in doc.ents if word in e.text} & {slugify(source)}, \
        [(e.text, e.kb_id_) for e in doc.ents]


def test_a_name_closed_by_a_body_noun_after_a_role_stays_a_body(nlp) -> None:
    """(round 86, rukbat) "the Student Volunteer Defence Circle": "Volunteer" before the name made it a person, and
    a later "The 24-year-old" took it up; a name closed by a body's kind word (data/role_nouns.csv) is a body's."""
    doc = nlp("More than 40 students have signed up for the Student Volunteer Defence Circle since December.")
    assert [(e.text, e.label_) for e in doc.ents if "Circle" in e.text] == [("Defence Circle", "ORG")]


def test_a_name_before_who_is_a_person(nlp) -> None:
    """(round 86, rukbat) "[Domantas Vaitkus]ORG, who did his conscript service in 2019, runs ...": a two-word name
    with no body word, followed by ", who", is a person's, and "The 24-year-old" after it is that person."""
    doc = nlp("Domantas Vaitkus, who did his conscript service in 2019, runs the Saturday sessions. The 24-year-old "
              "rejects the idea.")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents if e.label_ == "PERSON"] == [
        ("Domantas Vaitkus", "PERSON", "domantas_vaitkus"), ("The 24-year-old", "PERSON", "domantas_vaitkus")]


def test_a_body_before_who_stays_a_body(nlp) -> None:
    """(guard of round 86) "the Red Cross, who ...": an article before the name, or a body's kind word in it."""
    doc = nlp("The Nordic Relief Association, who run the shelters, asked for help.")
    assert all(e.label_ != "PERSON" for e in doc.ents), [(e.text, e.label_) for e in doc.ents]


def test_a_body_after_a_preposition_before_who_stays_a_body(nlp) -> None:
    """(guard of round 86, mirach) "a grain analyst at Cape Grain Research, who argued": the relative clause is the
    analyst's; the body after "at" is not read as a person."""
    doc = nlp("Annelie Botha, a grain analyst at Cape Grain Research, who argued that futures had risen, spoke.")
    assert [e.label_ for e in doc.ents if e.text == "Cape Grain Research"] == ["ORG"]
