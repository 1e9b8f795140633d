"""Integrity checks for the curated gazetteer files under ``data/``.

The files are edited by hand in spreadsheets, so these tests are the safety net: schema and
column order, slug ids, referential integrity between files, ISO dates, sources on every row,
allowed vocabularies, and no surface form that points at two actors at the same time.
"""
from __future__ import annotations

import datetime as dt
import re
from itertools import combinations

import pandas as pd
import pytest

from workbench.resources import REQUIRED_COLUMNS, data_dir, load_table

GAZETTEER_FILES = ("actors.csv", "aliases.csv", "metonyms.csv", "formats.csv", "format_aliases.csv")
SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
ACTOR_TYPES = {"person", "organization", "government", "state", "city", "region", "alliance", "media", "institution"}
ALIAS_KINDS = {"name", "surname", "transliteration", "title", "metonym", "description", "demonym", "abbreviation", "shared"}
#: data/README.md lists these kinds; "meeting" is a single dated session (e.g. the Geneva talks of 2022-01-10).
FORMAT_KINDS = {"negotiation format", "agreement", "summit", "organization", "channel", "meeting"}

#: Ids (and display names where fixed) that every helper relies on (the project's common rules).
FIXED_ACTORS = {
    "vladimir_putin": "Vladimir Putin", "sergey_lavrov": "Sergei Lavrov", "maria_zakharova": "Maria Zakharova",
    "dmitry_medvedev": None, "dmitry_peskov": None, "volodymyr_zelensky": "Volodymyr Zelensky", "dmytro_kuleba": None,
    "joe_biden": None, "antony_blinken": None, "jake_sullivan": None, "olaf_scholz": None, "angela_merkel": None,
    "emmanuel_macron": None, "jens_stoltenberg": None, "annalena_baerbock": None, "wendy_sherman": None,
    "sergey_ryabkov": None, "dmitry_kozak": None, "yuri_ushakov": None, "gov_russia": "Government of Russia",
    "gov_ukraine": None, "gov_usa": None, "gov_germany": None, "gov_france": None, "gov_uk": None, "russia": None,
    "ukraine": None, "usa": "United States", "germany": None, "france": None, "uk": None, "kyiv": "Kyiv",
    "moscow": None, "washington_dc": "Washington", "berlin": None, "paris": None, "kremlin": "Kremlin",
    "russian_mfa": "Ministry of Foreign Affairs of Russia", "nato": None, "osce": None, "eu": None, "un": None,
    "washington_post": "The Washington Post",
}
FIXED_FORMATS = (
    "normandy_format", "minsk_protocol", "minsk_ii", "trilateral_contact_group", "geneva_summit_2021",
    "strategic_stability_dialogue", "nato_russia_council", "osce", "budapest_memorandum",
    "biden_putin_video_call_2021", "russia_draft_security_treaties",
)
DATE_COLUMNS = {
    "aliases.csv": ("valid_from", "valid_to"),
    "formats.csv": ("start_date", "end_date"),
}


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return {name: load_table(name) for name in GAZETTEER_FILES}


def _fold(text: str) -> str:
    """Case-fold and drop a leading "the", as the matchers do."""
    return re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).casefold()


def _overlap(a_from: str, a_to: str, b_from: str, b_to: str) -> bool:
    """Return whether two half-open validity ranges ``[from, to)`` overlap (empty = open)."""
    a_before_b_ends = not b_to or not a_from or a_from < b_to
    b_before_a_ends = not a_to or not b_from or b_from < a_to
    return a_before_b_ends and b_before_a_ends


@pytest.mark.parametrize("name", GAZETTEER_FILES)
def test_columns_are_the_schema_in_order(name: str) -> None:
    header = (data_dir() / name).read_text(encoding="utf-8").splitlines()[0].split(",")
    assert tuple(header) == REQUIRED_COLUMNS[name], f"data/{name}: header must be exactly {REQUIRED_COLUMNS[name]}"


@pytest.mark.parametrize("name", GAZETTEER_FILES)
def test_every_row_has_a_source(tables: dict[str, pd.DataFrame], name: str) -> None:
    missing = tables[name][tables[name]["source"] == ""]
    assert missing.empty, f"data/{name}: rows without source:\n{missing}"


@pytest.mark.parametrize("name", GAZETTEER_FILES)
def test_no_duplicate_rows(tables: dict[str, pd.DataFrame], name: str) -> None:
    key = [c for c in REQUIRED_COLUMNS[name] if c != "source"]
    duplicated = tables[name][tables[name].duplicated(subset=key, keep=False)]
    assert duplicated.empty, f"data/{name}: duplicate rows:\n{duplicated}"


@pytest.mark.parametrize(("name", "column"), [("actors.csv", "actor_id"), ("formats.csv", "format_id")])
def test_ids_are_unique_slugs(tables: dict[str, pd.DataFrame], name: str, column: str) -> None:
    ids = tables[name][column]
    assert not ids.duplicated().any(), f"data/{name}: duplicate {column}: {sorted(ids[ids.duplicated()])}"
    bad = [value for value in ids if not SLUG.match(value)]
    assert not bad, f"data/{name}: {column} must be lowercase ASCII slugs: {bad}"


@pytest.mark.parametrize(("name", "column"), sorted((n, c) for n, cols in DATE_COLUMNS.items() for c in cols))
def test_dates_are_iso(tables: dict[str, pd.DataFrame], name: str, column: str) -> None:
    bad = []
    for value in tables[name][column]:
        if not value:
            continue
        try:
            parsed = dt.date.fromisoformat(value)
        except ValueError:
            bad.append(value)
            continue
        if parsed.isoformat() != value:
            bad.append(value)
    assert not bad, f"data/{name}: {column} must be YYYY-MM-DD or empty: {bad}"


@pytest.mark.parametrize(("name", "start", "end"), [("aliases.csv", "valid_from", "valid_to"),
                                                    ("formats.csv", "start_date", "end_date")])
def test_date_ranges_are_ordered(tables: dict[str, pd.DataFrame], name: str, start: str, end: str) -> None:
    table = tables[name]
    reversed_rows = table[(table[start] != "") & (table[end] != "") & (table[start] > table[end])]
    assert reversed_rows.empty, f"data/{name}: {start} after {end}:\n{reversed_rows}"


def test_actor_types_are_allowed(tables: dict[str, pd.DataFrame]) -> None:
    bad = tables["actors.csv"].loc[~tables["actors.csv"]["type"].isin(ACTOR_TYPES), ["actor_id", "type"]]
    assert bad.empty, f"data/actors.csv: type must be one of {sorted(ACTOR_TYPES)}:\n{bad}"


def test_alias_kinds_are_allowed(tables: dict[str, pd.DataFrame]) -> None:
    bad = tables["aliases.csv"].loc[~tables["aliases.csv"]["kind"].isin(ALIAS_KINDS), ["actor_id", "alias", "kind"]]
    assert bad.empty, f"data/aliases.csv: kind must be one of {sorted(ALIAS_KINDS)}:\n{bad}"


def test_format_kinds_are_allowed(tables: dict[str, pd.DataFrame]) -> None:
    bad = tables["formats.csv"].loc[~tables["formats.csv"]["kind"].isin(FORMAT_KINDS), ["format_id", "kind"]]
    assert bad.empty, f"data/formats.csv: kind must be one of {sorted(FORMAT_KINDS)}:\n{bad}"


def test_actor_country_is_a_state(tables: dict[str, pd.DataFrame]) -> None:
    actors = tables["actors.csv"]
    states = set(actors.loc[actors["type"] == "state", "actor_id"])
    international = {"nato", "eu", "osce", "un"}
    bad = actors.loc[~actors["country"].isin(states | international | {""}), ["actor_id", "country"]]
    assert bad.empty, f"data/actors.csv: country must be a state actor_id, an international body or empty:\n{bad}"


def test_wikidata_ids_are_qids(tables: dict[str, pd.DataFrame]) -> None:
    bad = [q for q in tables["actors.csv"]["wikidata"] if q and not re.fullmatch(r"Q[1-9][0-9]*", q)]
    assert not bad, f"data/actors.csv: wikidata must be a QID like Q7747 or empty: {bad}"


def test_every_alias_names_a_known_actor(tables: dict[str, pd.DataFrame]) -> None:
    known = set(tables["actors.csv"]["actor_id"])
    unknown = sorted(set(tables["aliases.csv"]["actor_id"]) - known)
    assert not unknown, f"data/aliases.csv: actor_id(s) missing from data/actors.csv: {unknown}"


def test_every_format_alias_names_a_known_format(tables: dict[str, pd.DataFrame]) -> None:
    known = set(tables["formats.csv"]["format_id"])
    unknown = sorted(set(tables["format_aliases.csv"]["format_id"]) - known)
    assert not unknown, f"data/format_aliases.csv: format_id(s) missing from data/formats.csv: {unknown}"


def test_format_participants_are_known_actors(tables: dict[str, pd.DataFrame]) -> None:
    known = set(tables["actors.csv"]["actor_id"])
    bad = [
        (row.format_id, participant)
        for row in tables["formats.csv"].itertuples()
        for participant in filter(None, row.participants.split(";"))
        if participant not in known
    ]
    assert not bad, f"data/formats.csv: participants missing from data/actors.csv: {bad}"


def test_metonyms_link_places_to_governments(tables: dict[str, pd.DataFrame]) -> None:
    types = dict(zip(tables["actors.csv"]["actor_id"], tables["actors.csv"]["type"]))
    metonyms = tables["metonyms.csv"]
    assert not metonyms["place_id"].duplicated().any(), "data/metonyms.csv: a place may stand for one government only"
    bad_places = [p for p in metonyms["place_id"] if types.get(p) not in {"city", "institution", "state"}]
    # A place speaks for a government, or for the international organisation seated there (Brussels -> EU).
    # (or for a state's own government, an institution: Kiel -> the government of Schleswig-Holstein)
    bad_governments = [g for g in metonyms["government_id"] if types.get(g) not in {"government", "organization"}
                       and not (types.get(g) == "institution" and str(g).startswith("gov_"))]
    assert not bad_places, f"data/metonyms.csv: place_id must be a city/institution/state actor: {bad_places}"
    assert not bad_governments, f"data/metonyms.csv: government_id must be a government or organization actor: {bad_governments}"


def test_brussels_speaks_for_the_eu(tables: dict[str, pd.DataFrame]) -> None:
    # Why: as a speaker or actor "Brussels" is the EU in news usage; NATO is named as NATO or "the alliance".
    metonyms = tables["metonyms.csv"]
    assert set(metonyms.loc[metonyms["place_id"] == "brussels", "government_id"]) == {"eu"}


def test_description_aliases_are_time_bounded_only_when_dated(tables: dict[str, pd.DataFrame]) -> None:
    aliases = tables["aliases.csv"]
    dated_non_descriptions = aliases[(aliases["kind"] != "description") & ((aliases["valid_from"] != "") | (aliases["valid_to"] != ""))]
    assert dated_non_descriptions.empty, f"data/aliases.csv: only description aliases carry dates:\n{dated_non_descriptions}"


def test_no_alias_points_at_two_actors_at_once(tables: dict[str, pd.DataFrame]) -> None:
    actors = tables["actors.csv"]
    names = pd.DataFrame({"actor_id": actors["actor_id"], "alias": actors["name"], "valid_from": "", "valid_to": ""})
    names["kind"] = "name"
    every = pd.concat([names, tables["aliases.csv"][["actor_id", "alias", "kind", "valid_from", "valid_to"]]],
                      ignore_index=True)
    every["key"] = every["alias"].map(_fold)
    country = dict(zip(actors["actor_id"], actors["country"], strict=True))
    clashes = []
    for key, group in every.groupby("key"):
        rows = list(group.itertuples())
        for a, b in combinations(rows, 2):
            if a.kind == b.kind == "shared":
                continue  # written on purpose: the text's country decides ("Foreign Office")
            if a.kind == b.kind == "description" and country.get(a.actor_id) != country.get(b.actor_id):
                continue  # so for a description of two countries' bodies ("the chancellery" in Berlin or Vienna)
            if a.actor_id != b.actor_id and _overlap(a.valid_from, a.valid_to, b.valid_from, b.valid_to):
                clashes.append((key, a.actor_id, a.valid_from, a.valid_to, b.actor_id, b.valid_from, b.valid_to))
    assert not clashes, "data/aliases.csv: same alias, two actors, overlapping validity:\n" + "\n".join(map(str, clashes))


def test_no_format_alias_points_at_two_formats(tables: dict[str, pd.DataFrame]) -> None:
    formats = tables["formats.csv"]
    every = pd.concat([
        pd.DataFrame({"format_id": formats["format_id"], "alias": formats["name"]}),
        tables["format_aliases.csv"][["format_id", "alias"]],
    ])
    every["key"] = every["alias"].map(_fold)
    owners = every.groupby("key")["format_id"].nunique()
    assert (owners == 1).all(), f"data/format_aliases.csv: aliases naming two formats: {sorted(owners[owners > 1].index)}"


@pytest.mark.parametrize(("name", "owner"), [("aliases.csv", "actor_id"), ("format_aliases.csv", "format_id")])
def test_aliases_are_written_once(tables: dict[str, pd.DataFrame], name: str, owner: str) -> None:
    # Why: matching ignores case and a leading "the", so "the Kremlin" or "Nato Chief" beside
    # "Kremlin" / "NATO chief" is dead weight. All-capital acronyms are exempt: they match with
    # their exact case, so "Nato" must be listed beside "NATO".
    table = tables[name].copy()
    table = table[~table["alias"].str.isupper()]
    assert not table["alias"].str.match(r"(?i)the\s").any(), f"data/{name}: drop the leading 'the' from aliases"
    table["key"] = table["alias"].map(_fold)
    date_columns = [c for c in ("valid_from", "valid_to") if c in table.columns]
    duplicated = table[table.duplicated(subset=[owner, "key", *date_columns], keep=False)]
    assert duplicated.empty, f"data/{name}: the same alias written twice (case only differs):\n{duplicated}"


@pytest.mark.parametrize(("actor_id", "name"), sorted(FIXED_ACTORS.items()))
def test_fixed_actor_ids_exist(tables: dict[str, pd.DataFrame], actor_id: str, name: str | None) -> None:
    names = dict(zip(tables["actors.csv"]["actor_id"], tables["actors.csv"]["name"]))
    assert actor_id in names, f"data/actors.csv: the fixed id {actor_id} is missing"
    if name is not None:
        assert names[actor_id] == name


@pytest.mark.parametrize("format_id", FIXED_FORMATS)
def test_fixed_format_ids_exist(tables: dict[str, pd.DataFrame], format_id: str) -> None:
    assert format_id in set(tables["formats.csv"]["format_id"])


def _holder(tables: dict[str, pd.DataFrame], alias: str, date: str) -> set[str]:
    """Return the actors a name or alias denotes on ``date`` (half-open validity, as in ``workbench.actors``)."""
    actors = tables["actors.csv"]
    names = pd.DataFrame({"actor_id": actors["actor_id"], "alias": actors["name"], "valid_from": "", "valid_to": ""})
    aliases = pd.concat([names, tables["aliases.csv"]], ignore_index=True)
    rows = aliases[aliases["alias"].map(_fold) == _fold(alias)]
    return {
        row.actor_id for row in rows.itertuples()
        if (not row.valid_from or row.valid_from <= date) and (not row.valid_to or date < row.valid_to)
    }


@pytest.mark.parametrize(("alias", "date", "expected"), [
    ("Kremlin chief", "2021-12-15", "vladimir_putin"),
    ("Kremlin chief", "2010-06-01", "dmitry_medvedev"),
    ("Russian leader", "2021-12-15", "vladimir_putin"),
    ("German Chancellor", "2021-12-07", "angela_merkel"),
    ("German Chancellor", "2021-12-08", "olaf_scholz"),
    ("German Foreign Minister", "2022-01-18", "annalena_baerbock"),
    ("US President", "2021-12-07", "joe_biden"),
    ("US President", "2019-07-25", "donald_trump"),
    ("Ukrainian President", "2018-06-01", "petro_poroshenko"),
    ("Ukrainian President", "2021-12-15", "volodymyr_zelensky"),
    ("French President", "2021-12-15", "emmanuel_macron"),
    ("NATO Secretary General", "2021-12-15", "jens_stoltenberg"),
    ("Russian Foreign Minister", "2021-12-15", "sergey_lavrov"),
    ("Russia's top diplomat", "2021-12-15", "sergey_lavrov"),
    ("spokeswoman for the Russian Foreign Ministry", "2021-12-15", "maria_zakharova"),
    ("Kremlin spokesman", "2021-12-15", "dmitry_peskov"),
    ("US Secretary of State", "2021-12-15", "antony_blinken"),
    ("US Deputy Secretary of State", "2022-01-10", "wendy_sherman"),
    ("Russian Prime Minister", "2015-01-01", "dmitry_medvedev"),
    ("Russian Prime Minister", "2021-12-15", "mikhail_mishustin"),
    ("OSCE Chairperson-in-Office", "2022-01-13", "zbigniew_rau"),
    ("White House Press Secretary", "2022-01-05", "jen_psaki"),
])
def test_role_descriptions_pick_the_office_holder(tables: dict[str, pd.DataFrame], alias: str, date: str,
                                                  expected: str) -> None:
    assert _holder(tables, alias, date) == {expected}


@pytest.mark.parametrize(("alias", "expected"), [
    ("Sakharova", "maria_zakharova"), ("Maria Sakharova", "maria_zakharova"), ("Sacharowa", "maria_zakharova"),
    ("Sergey Lavrov", "sergey_lavrov"), ("Sergej Lawrow", "sergey_lavrov"), ("Lavrov", "sergey_lavrov"),
    ("Zelenskyy", "volodymyr_zelensky"), ("Selenskyj", "volodymyr_zelensky"), ("Zelenskiy", "volodymyr_zelensky"),
    ("Dmitri Medvedev", "dmitry_medvedev"), ("Medwedew", "dmitry_medvedev"), ("Peskow", "dmitry_peskov"),
    ("Kiev", "kyiv"), ("Kiew", "kyiv"), ("Lugansk", "luhansk"), ("Kharkov", "kharkiv"),
    ("Washington Post", "washington_post"), ("Elysee", "elysee_palace"), ("Élysée", "elysee_palace"),
    ("Foggy Bottom", "us_state_department"), ("Downing Street", "downing_street"), ("White House", "white_house"),
    ("Kremlin", "kremlin"), ("NATO", "nato"), ("Nato", "nato"), ("OSCE", "osce"), ("SMM", "osce_smm"),
    ("DPR", "dpr"), ("LPR", "lpr"), ("TASS", "tass"), ("Russian Foreign Ministry", "russian_mfa"),
    ("Russian", "russia"), ("Ukrainian", "ukraine"), ("American", "usa"), ("British", "uk"), ("Belarusian", "belarus"),
])
def test_surface_forms_resolve(tables: dict[str, pd.DataFrame], alias: str, expected: str) -> None:
    assert _holder(tables, alias, "2021-12-15") == {expected}


@pytest.mark.parametrize(("alias", "expected"), [
    ("Normandy Four", "normandy_format"), ("Normandy Quartet", "normandy_format"), ("N4", "normandy_format"),
    ("Normandy-format talks", "normandy_format"), ("Minsk agreements", "minsk_agreements"), ("Minsk accords", "minsk_agreements"),
    ("Minsk II", "minsk_ii"), ("Minsk-2", "minsk_ii"), ("Package of Measures", "minsk_ii"), ("contact group", "trilateral_contact_group"),
    ("TCG", "trilateral_contact_group"), ("NATO–Russia Council", "nato_russia_council"), ("NATO-Russia Council", "nato_russia_council"),
    ("NRC", "nato_russia_council"), ("Budapest Memorandum", "budapest_memorandum"),
    ("Strategic Stability Dialogue", "strategic_stability_dialogue"),
])
def test_format_aliases_resolve(tables: dict[str, pd.DataFrame], alias: str, expected: str) -> None:
    aliases = tables["format_aliases.csv"]
    assert set(aliases.loc[aliases["alias"].map(_fold) == _fold(alias), "format_id"]) == {expected}


def test_normandy_format_has_its_four_participants(tables: dict[str, pd.DataFrame]) -> None:
    row = tables["formats.csv"].set_index("format_id").loc["normandy_format"]
    assert set(row["participants"].split(";")) == {"germany", "france", "russia", "ukraine"}
    assert row["start_date"] == "2014-06-06"


def test_overlap_helper_uses_half_open_ranges() -> None:
    # Why: the office changes hands on valid_to (Merkel to 2021-12-08, Scholz from 2021-12-08).
    assert not _overlap("2005-11-22", "2021-12-08", "2021-12-08", "")
    assert _overlap("2005-11-22", "2021-12-09", "2021-12-08", "")
    assert _overlap("", "", "2021-12-08", "")


def test_no_place_is_named_like_a_listed_given_name(tables: dict[str, pd.DataFrame]) -> None:
    # Why: the gazetteer runs before the NER; a capital called like a given name ("Sofia") would
    # cut "Sofia Lindqvist" in two and make the city speak for her.
    given = set(load_table("given_names.csv")["name"].map(_fold))
    places = tables["actors.csv"][tables["actors.csv"]["type"].isin(["city", "state", "region"])]
    clashes = sorted(places.loc[places["name"].map(_fold).isin(given), "name"])
    assert not clashes, f"data/actors.csv: these places are also given names in data/given_names.csv: {clashes}"


def test_group_members_are_states_with_a_government(tables: dict[str, pd.DataFrame]) -> None:
    groups = load_table("groups.csv")
    actors = tables["actors.csv"]
    states = set(actors.loc[actors["type"] == "state", "actor_id"])
    governed = set(actors.loc[actors["type"] == "government", "country"])
    assert not groups.empty and (groups["source"] != "").all()
    assert set(groups["member_id"]) <= states & governed, set(groups["member_id"]) - (states & governed)


def test_federations_are_listed_states_with_a_government(tables: dict[str, pd.DataFrame]) -> None:
    # Why: "the federal government" resolves only to a federation's government (data/federations.csv)
    federations = load_table("federations.csv")
    actors = tables["actors.csv"].set_index("actor_id")
    missing = [s for s in federations["state_id"] if s not in actors.index or actors.at[s, "type"] != "state"]
    assert not missing, f"data/federations.csv: ids that are no state of data/actors.csv: {missing}"
    governed = set(actors.loc[actors["type"] == "government", "country"])
    assert {"germany", "austria", "russia", "usa"} <= set(federations["state_id"]) <= set(actors.index)
    assert {"germany", "austria"} <= governed & set(federations["state_id"])
    assert not {"ukraine", "france", "poland"} & set(federations["state_id"])
    assert (federations["source"] != "").all()


def test_birth_years_are_of_listed_persons(tables: dict[str, pd.DataFrame]) -> None:
    # Why: "the 49-year-old" is no listed person of another age that year (data/birth_years.csv)
    born = load_table("birth_years.csv")
    actors = tables["actors.csv"].set_index("actor_id")
    not_persons = [a for a in born["actor_id"] if a not in actors.index or actors.at[a, "type"] != "person"]
    assert not not_persons, f"data/birth_years.csv: ids that are no person of data/actors.csv: {not_persons}"
    years = born["born"].astype(int)
    assert years.between(1900, 2010).all(), born.loc[~years.between(1900, 2010)]
    assert born["actor_id"].is_unique and (born["source"] != "").all()


def test_claim_word_kinds_are_the_ones_the_rules_read() -> None:
    """Every kind of data/claim_words.csv is read by a claim rule, and every kind a rule reads has words: a typo in
    the kind column would silently switch a rule off."""
    from workbench.claims.speakers import claim_words

    kinds = {"topic_verb", "owned_noun", "statement_verb", "statement_noun", "no_topic", "instrument_noun",
             "pointing_verb", "grounding_verb", "source_document"}
    assert set(load_table("claim_words.csv")["kind"]) == kinds
    assert all(claim_words(kind) for kind in kinds)
    assert {"comment", "express"} <= claim_words("topic_verb") and "motion" in claim_words("instrument_noun")
