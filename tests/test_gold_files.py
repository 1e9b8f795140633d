"""Check the gold annotation files in ``tests/gold/`` against the teaching corpus in ``data/corpus/``.

The gold files are evaluation data, so a typo in them silently distorts every figure computed from
them. These tests pin them to the documents: every ``doc_id`` exists, every ``content_anchor`` and
``surface`` occurs verbatim in its document body (the anchor exactly once), every ``start_char``
points at its surface, and the categorical columns use the allowed values. They also check the
corpus contract the gold relies on (front matter, synthetic flag, date range, length).
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

PROJECT_DIR = Path(__file__).resolve().parent.parent
CORPUS_DIR = PROJECT_DIR / "data" / "corpus"
GOLD_DIR = Path(__file__).resolve().parent / "gold"
CLAIMS_FILE = GOLD_DIR / "corpus_claims.csv"
ACTORS_FILE = GOLD_DIR / "corpus_actors.csv"

CLAIM_COLUMNS = ["doc_id", "speaker_id", "speaker_text", "cue", "claim_type", "mode", "content_anchor", "addressee_id"]
ACTOR_COLUMNS = ["doc_id", "surface", "start_char", "actor_id"]
CLAIM_TYPES = {"statement", "demand", "warning", "accusation", "denial", "proposal", "assessment"}
MODES = {"direct", "mixed", "indirect"}
# Ids are lowercase ASCII slugs, the same shape workbench.names.slugify produces.
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
FIRST_DATE, LAST_DATE = dt.date(2021, 11, 1), dt.date(2022, 2, 28)


def split_document(path: Path) -> tuple[dict, str]:
    """Return (front matter, body) of a corpus file; the body is the text as the gold indexes it.

    The body starts right after the closing ``---`` line (its newline removed), the rule stated in
    tests/gold/README.md.
    """
    raw = path.read_text(encoding="utf-8")
    assert raw.startswith("---\n"), f"{path}: must start with a '---' front-matter line"
    end = raw.find("\n---\n", 3)
    assert end != -1, f"{path}: front matter is never closed with a '---' line"
    return yaml.safe_load(raw[4:end]), raw[end + len("\n---\n"):]


def read_rows(path: Path) -> list[dict[str, str]]:
    """Read a gold CSV as a list of string dicts."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


CORPUS_PATHS = sorted(path for path in CORPUS_DIR.glob("*.md") if path.name.lower() != "readme.md")
BODIES = {path.stem: split_document(path)[1] for path in CORPUS_PATHS}
CLAIM_ROWS = read_rows(CLAIMS_FILE)
ACTOR_ROWS = read_rows(ACTORS_FILE)


def claim_id(row: dict[str, str]) -> str:
    """Return a short readable pytest id for a claim row."""
    return f"{row['doc_id'][:2]}:{row['speaker_id']}:{row['content_anchor'][:30]}"


def actor_id(row: dict[str, str]) -> str:
    """Return a short readable pytest id for an actor row."""
    return f"{row['doc_id'][:2]}@{row['start_char']}:{row['surface']}"


def test_corpus_has_ten_numbered_documents() -> None:
    assert [path.name[:3] for path in CORPUS_PATHS] == [f"{n:02d}_" for n in range(1, 11)]


@pytest.mark.parametrize("path", CORPUS_PATHS, ids=lambda path: path.stem)
def test_corpus_document_front_matter_and_length(path: Path) -> None:
    header, body = split_document(path)
    assert set(header) >= {"title", "source", "date", "lang", "synthetic"}, f"{path.name}: missing keys"
    assert header["synthetic"] is True and header["lang"] == "en"
    date = header["date"] if isinstance(header["date"], dt.date) else dt.date.fromisoformat(str(header["date"]))
    assert FIRST_DATE <= date <= LAST_DATE, f"{path.name}: date {date} outside the corpus period"
    assert 250 <= len(body.split()) <= 600, f"{path.name}: {len(body.split())} words"
    assert not body.startswith("\n"), f"{path.name}: no blank line after the closing '---' (offsets assume none)"


def test_corpus_loader_agrees_with_gold_body_rule() -> None:
    corpus_module = pytest.importorskip("workbench.corpus")
    loaded = {document.doc_id: document.text for document in corpus_module.load_corpus([CORPUS_DIR])}
    assert loaded == BODIES


def test_gold_files_have_contract_columns() -> None:
    with CLAIMS_FILE.open(encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == CLAIM_COLUMNS
    with ACTORS_FILE.open(encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == ACTOR_COLUMNS


def test_gold_doc_ids_exist_and_actor_gold_covers_four_documents() -> None:
    # Explainers have no claims by design; they still count for precision, so all documents are gold.
    assert {row["doc_id"] for row in CLAIM_ROWS} <= set(BODIES)
    assert len({row["doc_id"] for row in ACTOR_ROWS}) == 4


@pytest.mark.parametrize("row", CLAIM_ROWS, ids=claim_id)
def test_claim_row(row: dict[str, str]) -> None:
    assert row["doc_id"] in BODIES, f"{row['doc_id']}: no such file in data/corpus/"
    body = BODIES[row["doc_id"]]
    assert body.count(row["content_anchor"]) == 1, "content_anchor must occur exactly once in the body"
    assert 3 <= len(row["content_anchor"].split()) <= 8
    assert row["claim_type"] in CLAIM_TYPES
    assert row["mode"] in MODES
    assert ID_PATTERN.match(row["speaker_id"]), f"speaker_id {row['speaker_id']!r} is not a slug"
    assert row["addressee_id"] == "" or ID_PATTERN.match(row["addressee_id"])
    for column in ("speaker_text", "cue"):
        assert row[column] in body, f"{column} {row[column]!r} is not in the document"
    # A continuation quote has neither a cue nor a speaker of its own; the two go together.
    assert (row["cue"] == "") == (row["speaker_text"] == "")


def test_claim_rows_are_unique() -> None:
    keys = [(row["doc_id"], row["speaker_id"], row["content_anchor"]) for row in CLAIM_ROWS]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("row", ACTOR_ROWS, ids=actor_id)
def test_actor_row(row: dict[str, str]) -> None:
    assert row["doc_id"] in BODIES, f"{row['doc_id']}: no such file in data/corpus/"
    body = BODIES[row["doc_id"]]
    start = int(row["start_char"])
    assert body[start:start + len(row["surface"])] == row["surface"], "start_char does not point at surface"
    # Mentions are whole words: a surface never starts or ends inside a word.
    assert start == 0 or not body[start - 1].isalnum()
    end = start + len(row["surface"])
    assert end == len(body) or not body[end].isalnum()
    assert ID_PATTERN.match(row["actor_id"]), f"actor_id {row['actor_id']!r} is not a slug"


def test_actor_rows_do_not_overlap() -> None:
    spans: dict[str, list[tuple[int, int]]] = {}
    for row in ACTOR_ROWS:
        start = int(row["start_char"])
        spans.setdefault(row["doc_id"], []).append((start, start + len(row["surface"])))
    for doc_id, doc_spans in spans.items():
        doc_spans.sort()
        for (_, previous_end), (start, _) in zip(doc_spans, doc_spans[1:]):
            assert start >= previous_end, f"{doc_id}: overlapping mentions at {start}"


# The development and held-out sets live beside their own documents; check them the same way.
GOLD_SETS = [
    ("dev", GOLD_DIR / "dev_docs", GOLD_DIR / "dev_claims.csv", None),
    ("heldout", GOLD_DIR / "heldout_docs", GOLD_DIR / "heldout_claims.csv", GOLD_DIR / "heldout_actors.csv"),
    ("final", GOLD_DIR / "final_docs", GOLD_DIR / "final_claims.csv", GOLD_DIR / "final_actors.csv"),
    ("blind", GOLD_DIR / "blind_docs", GOLD_DIR / "blind_claims.csv", GOLD_DIR / "blind_actors.csv"),
    ("unseen", GOLD_DIR / "unseen_docs", GOLD_DIR / "unseen_claims.csv", GOLD_DIR / "unseen_actors.csv"),
    ("fresh", GOLD_DIR / "fresh_docs", GOLD_DIR / "fresh_claims.csv", GOLD_DIR / "fresh_actors.csv"),
    ("latest", GOLD_DIR / "latest_docs", GOLD_DIR / "latest_claims.csv", GOLD_DIR / "latest_actors.csv"),
    ("probe", GOLD_DIR / "probe_docs", GOLD_DIR / "probe_claims.csv", GOLD_DIR / "probe_actors.csv"),
    ("trial", GOLD_DIR / "trial_docs", GOLD_DIR / "trial_claims.csv", GOLD_DIR / "trial_actors.csv"),
    ("sealed", GOLD_DIR / "sealed_docs", GOLD_DIR / "sealed_claims.csv", GOLD_DIR / "sealed_actors.csv"),
    ("reserve", GOLD_DIR / "reserve_docs", GOLD_DIR / "reserve_claims.csv", GOLD_DIR / "reserve_actors.csv"),
    ("coda", GOLD_DIR / "coda_docs", GOLD_DIR / "coda_claims.csv", GOLD_DIR / "coda_actors.csv"),
    ("epilogue", GOLD_DIR / "epilogue_docs", GOLD_DIR / "epilogue_claims.csv", GOLD_DIR / "epilogue_actors.csv"),
    ("ultima", GOLD_DIR / "ultima_docs", GOLD_DIR / "ultima_claims.csv", GOLD_DIR / "ultima_actors.csv"),
    ("omega", GOLD_DIR / "omega_docs", GOLD_DIR / "omega_claims.csv", GOLD_DIR / "omega_actors.csv"),
    ("vesper", GOLD_DIR / "vesper_docs", GOLD_DIR / "vesper_claims.csv", GOLD_DIR / "vesper_actors.csv"),
    ("zenith", GOLD_DIR / "zenith_docs", GOLD_DIR / "zenith_claims.csv", GOLD_DIR / "zenith_actors.csv"),
    ("nadir", GOLD_DIR / "nadir_docs", GOLD_DIR / "nadir_claims.csv", GOLD_DIR / "nadir_actors.csv"),
    ("aurora", GOLD_DIR / "aurora_docs", GOLD_DIR / "aurora_claims.csv", GOLD_DIR / "aurora_actors.csv"),
    ("equinox", GOLD_DIR / "equinox_docs", GOLD_DIR / "equinox_claims.csv", GOLD_DIR / "equinox_actors.csv"),
    ("solstice", GOLD_DIR / "solstice_docs", GOLD_DIR / "solstice_claims.csv", GOLD_DIR / "solstice_actors.csv"),
    ("meridian", GOLD_DIR / "meridian_docs", GOLD_DIR / "meridian_claims.csv", GOLD_DIR / "meridian_actors.csv"),
    ("horizon", GOLD_DIR / "horizon_docs", GOLD_DIR / "horizon_claims.csv", GOLD_DIR / "horizon_actors.csv"),
    ("zephyr", GOLD_DIR / "zephyr_docs", GOLD_DIR / "zephyr_claims.csv", GOLD_DIR / "zephyr_actors.csv"),
    ("twilight", GOLD_DIR / "twilight_docs", GOLD_DIR / "twilight_claims.csv", GOLD_DIR / "twilight_actors.csv"),
    ("nimbus", GOLD_DIR / "nimbus_docs", GOLD_DIR / "nimbus_claims.csv", GOLD_DIR / "nimbus_actors.csv"),
    ("cirrus", GOLD_DIR / "cirrus_docs", GOLD_DIR / "cirrus_claims.csv", GOLD_DIR / "cirrus_actors.csv"),
    ("aether", GOLD_DIR / "aether_docs", GOLD_DIR / "aether_claims.csv", GOLD_DIR / "aether_actors.csv"),
    ("umbra", GOLD_DIR / "umbra_docs", GOLD_DIR / "umbra_claims.csv", GOLD_DIR / "umbra_actors.csv"),
    ("lumen", GOLD_DIR / "lumen_docs", GOLD_DIR / "lumen_claims.csv", GOLD_DIR / "lumen_actors.csv"),
    ("vega", GOLD_DIR / "vega_docs", GOLD_DIR / "vega_claims.csv", GOLD_DIR / "vega_actors.csv"),
    ("sirius", GOLD_DIR / "sirius_docs", GOLD_DIR / "sirius_claims.csv", GOLD_DIR / "sirius_actors.csv"),
    ("rigel", GOLD_DIR / "rigel_docs", GOLD_DIR / "rigel_claims.csv", GOLD_DIR / "rigel_actors.csv"),
    ("polaris", GOLD_DIR / "polaris_docs", GOLD_DIR / "polaris_claims.csv", GOLD_DIR / "polaris_actors.csv"),
    ("altair", GOLD_DIR / "altair_docs", GOLD_DIR / "altair_claims.csv", GOLD_DIR / "altair_actors.csv"),
    ("deneb", GOLD_DIR / "deneb_docs", GOLD_DIR / "deneb_claims.csv", GOLD_DIR / "deneb_actors.csv"),
    ("castor", GOLD_DIR / "castor_docs", GOLD_DIR / "castor_claims.csv", GOLD_DIR / "castor_actors.csv"),
    ("lyra", GOLD_DIR / "lyra_docs", GOLD_DIR / "lyra_claims.csv", GOLD_DIR / "lyra_actors.csv"),
    ("vela", GOLD_DIR / "vela_docs", GOLD_DIR / "vela_claims.csv", GOLD_DIR / "vela_actors.csv"),
    ("orion", GOLD_DIR / "orion_docs", GOLD_DIR / "orion_claims.csv", GOLD_DIR / "orion_actors.csv"),
    ("draco", GOLD_DIR / "draco_docs", GOLD_DIR / "draco_claims.csv", GOLD_DIR / "draco_actors.csv"),
    ("hydra", GOLD_DIR / "hydra_docs", GOLD_DIR / "hydra_claims.csv", GOLD_DIR / "hydra_actors.csv"),
    ("cygnus", GOLD_DIR / "cygnus_docs", GOLD_DIR / "cygnus_claims.csv", GOLD_DIR / "cygnus_actors.csv"),
    ("lynx", GOLD_DIR / "lynx_docs", GOLD_DIR / "lynx_claims.csv", GOLD_DIR / "lynx_actors.csv"),
    ("pavo", GOLD_DIR / "pavo_docs", GOLD_DIR / "pavo_claims.csv", GOLD_DIR / "pavo_actors.csv"),
    ("carina", GOLD_DIR / "carina_docs", GOLD_DIR / "carina_claims.csv", GOLD_DIR / "carina_actors.csv"),
    ("auriga", GOLD_DIR / "auriga_docs", GOLD_DIR / "auriga_claims.csv", GOLD_DIR / "auriga_actors.csv"),
    ("fornax", GOLD_DIR / "fornax_docs", GOLD_DIR / "fornax_claims.csv", GOLD_DIR / "fornax_actors.csv"),
    ("corvus", GOLD_DIR / "corvus_docs", GOLD_DIR / "corvus_claims.csv", GOLD_DIR / "corvus_actors.csv"),
    ("lepus", GOLD_DIR / "lepus_docs", GOLD_DIR / "lepus_claims.csv", GOLD_DIR / "lepus_actors.csv"),
    ("mensa", GOLD_DIR / "mensa_docs", GOLD_DIR / "mensa_claims.csv", GOLD_DIR / "mensa_actors.csv"),
    ("pyxis", GOLD_DIR / "pyxis_docs", GOLD_DIR / "pyxis_claims.csv", GOLD_DIR / "pyxis_actors.csv"),
    ("tucana", GOLD_DIR / "tucana_docs", GOLD_DIR / "tucana_claims.csv", GOLD_DIR / "tucana_actors.csv"),
    ("volans", GOLD_DIR / "volans_docs", GOLD_DIR / "volans_claims.csv", GOLD_DIR / "volans_actors.csv"),
    ("octans", GOLD_DIR / "octans_docs", GOLD_DIR / "octans_claims.csv", GOLD_DIR / "octans_actors.csv"),
    ("cetus", GOLD_DIR / "cetus_docs", GOLD_DIR / "cetus_claims.csv", GOLD_DIR / "cetus_actors.csv"),
    ("dorado", GOLD_DIR / "dorado_docs", GOLD_DIR / "dorado_claims.csv", GOLD_DIR / "dorado_actors.csv"),
    ("grus", GOLD_DIR / "grus_docs", GOLD_DIR / "grus_claims.csv", GOLD_DIR / "grus_actors.csv"),
    ("norma", GOLD_DIR / "norma_docs", GOLD_DIR / "norma_claims.csv", GOLD_DIR / "norma_actors.csv"),
    ("indus", GOLD_DIR / "indus_docs", GOLD_DIR / "indus_claims.csv", GOLD_DIR / "indus_actors.csv"),
    ("musca", GOLD_DIR / "musca_docs", GOLD_DIR / "musca_claims.csv", GOLD_DIR / "musca_actors.csv"),
    ("ara", GOLD_DIR / "ara_docs", GOLD_DIR / "ara_claims.csv", GOLD_DIR / "ara_actors.csv"),
    ("pictor", GOLD_DIR / "pictor_docs", GOLD_DIR / "pictor_claims.csv", GOLD_DIR / "pictor_actors.csv"),
    ("sculptor", GOLD_DIR / "sculptor_docs", GOLD_DIR / "sculptor_claims.csv", GOLD_DIR / "sculptor_actors.csv"),
    ("reticulum", GOLD_DIR / "reticulum_docs", GOLD_DIR / "reticulum_claims.csv", GOLD_DIR / "reticulum_actors.csv"),
    ("antlia", GOLD_DIR / "antlia_docs", GOLD_DIR / "antlia_claims.csv", GOLD_DIR / "antlia_actors.csv"),
    ("caelum", GOLD_DIR / "caelum_docs", GOLD_DIR / "caelum_claims.csv", GOLD_DIR / "caelum_actors.csv"),
    ("circinus", GOLD_DIR / "circinus_docs", GOLD_DIR / "circinus_claims.csv", GOLD_DIR / "circinus_actors.csv"),
    ("horologium", GOLD_DIR / "horologium_docs", GOLD_DIR / "horologium_claims.csv", GOLD_DIR / "horologium_actors.csv"),
    ("lupus", GOLD_DIR / "lupus_docs", GOLD_DIR / "lupus_claims.csv", GOLD_DIR / "lupus_actors.csv"),
    ("sextans", GOLD_DIR / "sextans_docs", GOLD_DIR / "sextans_claims.csv", GOLD_DIR / "sextans_actors.csv"),
    ("scutum", GOLD_DIR / "scutum_docs", GOLD_DIR / "scutum_claims.csv", GOLD_DIR / "scutum_actors.csv"),
    ("vulpecula", GOLD_DIR / "vulpecula_docs", GOLD_DIR / "vulpecula_claims.csv", GOLD_DIR / "vulpecula_actors.csv"),
    ("columba", GOLD_DIR / "columba_docs", GOLD_DIR / "columba_claims.csv", GOLD_DIR / "columba_actors.csv"),
    ("crater", GOLD_DIR / "crater_docs", GOLD_DIR / "crater_claims.csv", GOLD_DIR / "crater_actors.csv"),
    ("lacerta", GOLD_DIR / "lacerta_docs", GOLD_DIR / "lacerta_claims.csv", GOLD_DIR / "lacerta_actors.csv"),
    ("sagitta", GOLD_DIR / "sagitta_docs", GOLD_DIR / "sagitta_claims.csv", GOLD_DIR / "sagitta_actors.csv"),
    ("delphinus", GOLD_DIR / "delphinus_docs", GOLD_DIR / "delphinus_claims.csv", GOLD_DIR / "delphinus_actors.csv"),
    ("eridanus", GOLD_DIR / "eridanus_docs", GOLD_DIR / "eridanus_claims.csv", GOLD_DIR / "eridanus_actors.csv"),
    ("monoceros", GOLD_DIR / "monoceros_docs", GOLD_DIR / "monoceros_claims.csv", GOLD_DIR / "monoceros_actors.csv"),
    ("phoenix", GOLD_DIR / "phoenix_docs", GOLD_DIR / "phoenix_claims.csv", GOLD_DIR / "phoenix_actors.csv"),
    ("apus", GOLD_DIR / "apus_docs", GOLD_DIR / "apus_claims.csv", GOLD_DIR / "apus_actors.csv"),
    ("cepheus", GOLD_DIR / "cepheus_docs", GOLD_DIR / "cepheus_claims.csv", GOLD_DIR / "cepheus_actors.csv"),
    ("pisces", GOLD_DIR / "pisces_docs", GOLD_DIR / "pisces_claims.csv", GOLD_DIR / "pisces_actors.csv"),
    ("taurus", GOLD_DIR / "taurus_docs", GOLD_DIR / "taurus_claims.csv", GOLD_DIR / "taurus_actors.csv"),
    ("hydrus", GOLD_DIR / "hydrus_docs", GOLD_DIR / "hydrus_claims.csv", GOLD_DIR / "hydrus_actors.csv"),
    ("lyncis", GOLD_DIR / "lyncis_docs", GOLD_DIR / "lyncis_claims.csv", GOLD_DIR / "lyncis_actors.csv"),
    ("pegasus", GOLD_DIR / "pegasus_docs", GOLD_DIR / "pegasus_claims.csv", GOLD_DIR / "pegasus_actors.csv"),
    ("perseus", GOLD_DIR / "perseus_docs", GOLD_DIR / "perseus_claims.csv", GOLD_DIR / "perseus_actors.csv"),
    ("volpe", GOLD_DIR / "volpe_docs", GOLD_DIR / "volpe_claims.csv", GOLD_DIR / "volpe_actors.csv"),
    ("serpens", GOLD_DIR / "serpens_docs", GOLD_DIR / "serpens_claims.csv", GOLD_DIR / "serpens_actors.csv"),
    ("aquila", GOLD_DIR / "aquila_docs", GOLD_DIR / "aquila_claims.csv", GOLD_DIR / "aquila_actors.csv"),
    ("corona", GOLD_DIR / "corona_docs", GOLD_DIR / "corona_claims.csv", GOLD_DIR / "corona_actors.csv"),
    ("fornacis", GOLD_DIR / "fornacis_docs", GOLD_DIR / "fornacis_claims.csv", GOLD_DIR / "fornacis_actors.csv"),
    ("triangulum", GOLD_DIR / "triangulum_docs", GOLD_DIR / "triangulum_claims.csv", GOLD_DIR / "triangulum_actors.csv"),
    ("centaurus", GOLD_DIR / "centaurus_docs", GOLD_DIR / "centaurus_claims.csv", GOLD_DIR / "centaurus_actors.csv"),
    ("draconis", GOLD_DIR / "draconis_docs", GOLD_DIR / "draconis_claims.csv", GOLD_DIR / "draconis_actors.csv"),
    ("bootes", GOLD_DIR / "bootes_docs", GOLD_DIR / "bootes_claims.csv", GOLD_DIR / "bootes_actors.csv"),
    ("hercules", GOLD_DIR / "hercules_docs", GOLD_DIR / "hercules_claims.csv", GOLD_DIR / "hercules_actors.csv"),
    ("andromeda", GOLD_DIR / "andromeda_docs", GOLD_DIR / "andromeda_claims.csv", GOLD_DIR / "andromeda_actors.csv"),
    ("cassiopeia", GOLD_DIR / "cassiopeia_docs", GOLD_DIR / "cassiopeia_claims.csv", GOLD_DIR / "cassiopeia_actors.csv"),
    ("ophiuchus", GOLD_DIR / "ophiuchus_docs", GOLD_DIR / "ophiuchus_claims.csv", GOLD_DIR / "ophiuchus_actors.csv"),
    ("scorpius", GOLD_DIR / "scorpius_docs", GOLD_DIR / "scorpius_claims.csv", GOLD_DIR / "scorpius_actors.csv"),
    ("aries", GOLD_DIR / "aries_docs", GOLD_DIR / "aries_claims.csv", GOLD_DIR / "aries_actors.csv"),
    ("virgo", GOLD_DIR / "virgo_docs", GOLD_DIR / "virgo_claims.csv", GOLD_DIR / "virgo_actors.csv"),
    ("aquarius", GOLD_DIR / "aquarius_docs", GOLD_DIR / "aquarius_claims.csv", GOLD_DIR / "aquarius_actors.csv"),
    ("capricornus", GOLD_DIR / "capricornus_docs", GOLD_DIR / "capricornus_claims.csv", GOLD_DIR / "capricornus_actors.csv"),
    ("gemini", GOLD_DIR / "gemini_docs", GOLD_DIR / "gemini_claims.csv", GOLD_DIR / "gemini_actors.csv"),
    ("leo", GOLD_DIR / "leo_docs", GOLD_DIR / "leo_claims.csv", GOLD_DIR / "leo_actors.csv"),
    ("libra", GOLD_DIR / "libra_docs", GOLD_DIR / "libra_claims.csv", GOLD_DIR / "libra_actors.csv"),
    ("cancer", GOLD_DIR / "cancer_docs", GOLD_DIR / "cancer_claims.csv", GOLD_DIR / "cancer_actors.csv"),
    ("mira", GOLD_DIR / "mira_docs", GOLD_DIR / "mira_claims.csv", GOLD_DIR / "mira_actors.csv"),
    ("spica", GOLD_DIR / "spica_docs", GOLD_DIR / "spica_claims.csv", GOLD_DIR / "spica_actors.csv"),
    ("pollux", GOLD_DIR / "pollux_docs", GOLD_DIR / "pollux_claims.csv", GOLD_DIR / "pollux_actors.csv"),
    ("regulus", GOLD_DIR / "regulus_docs", GOLD_DIR / "regulus_claims.csv", GOLD_DIR / "regulus_actors.csv"),
    ("rigelia", GOLD_DIR / "rigelia_docs", GOLD_DIR / "rigelia_claims.csv", GOLD_DIR / "rigelia_actors.csv"),
    ("capella", GOLD_DIR / "capella_docs", GOLD_DIR / "capella_claims.csv", GOLD_DIR / "capella_actors.csv"),
    ("procyon", GOLD_DIR / "procyon_docs", GOLD_DIR / "procyon_claims.csv", GOLD_DIR / "procyon_actors.csv"),
    ("antares", GOLD_DIR / "antares_docs", GOLD_DIR / "antares_claims.csv", GOLD_DIR / "antares_actors.csv"),
    ("altairis", GOLD_DIR / "altairis_docs", GOLD_DIR / "altairis_claims.csv", GOLD_DIR / "altairis_actors.csv"),
    ("vegaris", GOLD_DIR / "vegaris_docs", GOLD_DIR / "vegaris_claims.csv", GOLD_DIR / "vegaris_actors.csv"),
    ("arcturus", GOLD_DIR / "arcturus_docs", GOLD_DIR / "arcturus_claims.csv", GOLD_DIR / "arcturus_actors.csv"),
    ("canopus", GOLD_DIR / "canopus_docs", GOLD_DIR / "canopus_claims.csv", GOLD_DIR / "canopus_actors.csv"),
    ("achernar", GOLD_DIR / "achernar_docs", GOLD_DIR / "achernar_claims.csv", GOLD_DIR / "achernar_actors.csv"),
    ("fomalhaut", GOLD_DIR / "fomalhaut_docs", GOLD_DIR / "fomalhaut_claims.csv", GOLD_DIR / "fomalhaut_actors.csv"),
    ("aldebaran", GOLD_DIR / "aldebaran_docs", GOLD_DIR / "aldebaran_claims.csv", GOLD_DIR / "aldebaran_actors.csv"),
    ("bellatrix", GOLD_DIR / "bellatrix_docs", GOLD_DIR / "bellatrix_claims.csv", GOLD_DIR / "bellatrix_actors.csv"),
    ("mizar", GOLD_DIR / "mizar_docs", GOLD_DIR / "mizar_claims.csv", GOLD_DIR / "mizar_actors.csv"),
    ("alnilam", GOLD_DIR / "alnilam_docs", GOLD_DIR / "alnilam_claims.csv", GOLD_DIR / "alnilam_actors.csv"),
    ("betelgeuse", GOLD_DIR / "betelgeuse_docs", GOLD_DIR / "betelgeuse_claims.csv", GOLD_DIR / "betelgeuse_actors.csv"),
    ("hadar", GOLD_DIR / "hadar_docs", GOLD_DIR / "hadar_claims.csv", GOLD_DIR / "hadar_actors.csv"),
    ("acrux", GOLD_DIR / "acrux_docs", GOLD_DIR / "acrux_claims.csv", GOLD_DIR / "acrux_actors.csv"),
    ("elnath", GOLD_DIR / "elnath_docs", GOLD_DIR / "elnath_claims.csv", GOLD_DIR / "elnath_actors.csv"),
    ("shaula", GOLD_DIR / "shaula_docs", GOLD_DIR / "shaula_claims.csv", GOLD_DIR / "shaula_actors.csv"),
    ("alioth", GOLD_DIR / "alioth_docs", GOLD_DIR / "alioth_claims.csv", GOLD_DIR / "alioth_actors.csv"),
    ("dubhe", GOLD_DIR / "dubhe_docs", GOLD_DIR / "dubhe_claims.csv", GOLD_DIR / "dubhe_actors.csv"),
    ("wezen", GOLD_DIR / "wezen_docs", GOLD_DIR / "wezen_claims.csv", GOLD_DIR / "wezen_actors.csv"),
    ("mirach", GOLD_DIR / "mirach_docs", GOLD_DIR / "mirach_claims.csv", GOLD_DIR / "mirach_actors.csv"),
    ("alkaid", GOLD_DIR / "alkaid_docs", GOLD_DIR / "alkaid_claims.csv", GOLD_DIR / "alkaid_actors.csv"),
    ("sadr", GOLD_DIR / "sadr_docs", GOLD_DIR / "sadr_claims.csv", GOLD_DIR / "sadr_actors.csv"),
    ("menkar", GOLD_DIR / "menkar_docs", GOLD_DIR / "menkar_claims.csv", GOLD_DIR / "menkar_actors.csv"),
    ("kochab", GOLD_DIR / "kochab_docs", GOLD_DIR / "kochab_claims.csv", GOLD_DIR / "kochab_actors.csv"),
    ("algol", GOLD_DIR / "algol_docs", GOLD_DIR / "algol_claims.csv", GOLD_DIR / "algol_actors.csv"),
    ("markab", GOLD_DIR / "markab_docs", GOLD_DIR / "markab_claims.csv", GOLD_DIR / "markab_actors.csv"),
    ("nunki", GOLD_DIR / "nunki_docs", GOLD_DIR / "nunki_claims.csv", GOLD_DIR / "nunki_actors.csv"),
    ("mimosa", GOLD_DIR / "mimosa_docs", GOLD_DIR / "mimosa_claims.csv", GOLD_DIR / "mimosa_actors.csv"),
    ("hamal", GOLD_DIR / "hamal_docs", GOLD_DIR / "hamal_claims.csv", GOLD_DIR / "hamal_actors.csv"),
    ("izar", GOLD_DIR / "izar_docs", GOLD_DIR / "izar_claims.csv", GOLD_DIR / "izar_actors.csv"),
    ("sabik", GOLD_DIR / "sabik_docs", GOLD_DIR / "sabik_claims.csv", GOLD_DIR / "sabik_actors.csv"),
    ("adhara", GOLD_DIR / "adhara_docs", GOLD_DIR / "adhara_claims.csv", GOLD_DIR / "adhara_actors.csv"),
    ("tarazed", GOLD_DIR / "tarazed_docs", GOLD_DIR / "tarazed_claims.csv", GOLD_DIR / "tarazed_actors.csv"),
    ("zaurak", GOLD_DIR / "zaurak_docs", GOLD_DIR / "zaurak_claims.csv", GOLD_DIR / "zaurak_actors.csv"),
    ("acamar", GOLD_DIR / "acamar_docs", GOLD_DIR / "acamar_claims.csv", GOLD_DIR / "acamar_actors.csv"),
    ("enif", GOLD_DIR / "enif_docs", GOLD_DIR / "enif_claims.csv", GOLD_DIR / "enif_actors.csv"),
    ("caph", GOLD_DIR / "caph_docs", GOLD_DIR / "caph_claims.csv", GOLD_DIR / "caph_actors.csv"),
    ("merak", GOLD_DIR / "merak_docs", GOLD_DIR / "merak_claims.csv", GOLD_DIR / "merak_actors.csv"),
    ("saiph", GOLD_DIR / "saiph_docs", GOLD_DIR / "saiph_claims.csv", GOLD_DIR / "saiph_actors.csv"),
    ("diphda", GOLD_DIR / "diphda_docs", GOLD_DIR / "diphda_claims.csv", GOLD_DIR / "diphda_actors.csv"),
    ("mirfak", GOLD_DIR / "mirfak_docs", GOLD_DIR / "mirfak_claims.csv", GOLD_DIR / "mirfak_actors.csv"),
    ("schedar", GOLD_DIR / "schedar_docs", GOLD_DIR / "schedar_claims.csv", GOLD_DIR / "schedar_actors.csv"),
    ("thuban", GOLD_DIR / "thuban_docs", GOLD_DIR / "thuban_claims.csv", GOLD_DIR / "thuban_actors.csv"),
    ("alphard", GOLD_DIR / "alphard_docs", GOLD_DIR / "alphard_claims.csv", GOLD_DIR / "alphard_actors.csv"),
    ("mintaka", GOLD_DIR / "mintaka_docs", GOLD_DIR / "mintaka_claims.csv", GOLD_DIR / "mintaka_actors.csv"),
    ("zosma", GOLD_DIR / "zosma_docs", GOLD_DIR / "zosma_claims.csv", GOLD_DIR / "zosma_actors.csv"),
    ("avior", GOLD_DIR / "avior_docs", GOLD_DIR / "avior_claims.csv", GOLD_DIR / "avior_actors.csv"),
    ("gienah", GOLD_DIR / "gienah_docs", GOLD_DIR / "gienah_claims.csv", GOLD_DIR / "gienah_actors.csv"),
    ("sargas", GOLD_DIR / "sargas_docs", GOLD_DIR / "sargas_claims.csv", GOLD_DIR / "sargas_actors.csv"),
    ("suhail", GOLD_DIR / "suhail_docs", GOLD_DIR / "suhail_claims.csv", GOLD_DIR / "suhail_actors.csv"),
    ("wasat", GOLD_DIR / "wasat_docs", GOLD_DIR / "wasat_claims.csv", GOLD_DIR / "wasat_actors.csv"),
    ("ankaa", GOLD_DIR / "ankaa_docs", GOLD_DIR / "ankaa_claims.csv", GOLD_DIR / "ankaa_actors.csv"),
    ("kaus", GOLD_DIR / "kaus_docs", GOLD_DIR / "kaus_claims.csv", GOLD_DIR / "kaus_actors.csv"),
    ("menkent", GOLD_DIR / "menkent_docs", GOLD_DIR / "menkent_claims.csv", GOLD_DIR / "menkent_actors.csv"),
    ("muphrid", GOLD_DIR / "muphrid_docs", GOLD_DIR / "muphrid_claims.csv", GOLD_DIR / "muphrid_actors.csv"),
    ("nashira", GOLD_DIR / "nashira_docs", GOLD_DIR / "nashira_claims.csv", GOLD_DIR / "nashira_actors.csv"),
    ("alnair", GOLD_DIR / "alnair_docs", GOLD_DIR / "alnair_claims.csv", GOLD_DIR / "alnair_actors.csv"),
    ("atria", GOLD_DIR / "atria_docs", GOLD_DIR / "atria_claims.csv", GOLD_DIR / "atria_actors.csv"),
    ("mirzam", GOLD_DIR / "mirzam_docs", GOLD_DIR / "mirzam_claims.csv", GOLD_DIR / "mirzam_actors.csv"),
    ("peacock", GOLD_DIR / "peacock_docs", GOLD_DIR / "peacock_claims.csv", GOLD_DIR / "peacock_actors.csv"),
    ("rasalhague", GOLD_DIR / "rasalhague_docs", GOLD_DIR / "rasalhague_claims.csv", GOLD_DIR / "rasalhague_actors.csv"),
    ("alderamin", GOLD_DIR / "alderamin_docs", GOLD_DIR / "alderamin_claims.csv", GOLD_DIR / "alderamin_actors.csv"),
    ("alhena", GOLD_DIR / "alhena_docs", GOLD_DIR / "alhena_claims.csv", GOLD_DIR / "alhena_actors.csv"),
    ("becrux", GOLD_DIR / "becrux_docs", GOLD_DIR / "becrux_claims.csv", GOLD_DIR / "becrux_actors.csv"),
    ("sheratan", GOLD_DIR / "sheratan_docs", GOLD_DIR / "sheratan_claims.csv", GOLD_DIR / "sheratan_actors.csv"),
    ("unukalhai", GOLD_DIR / "unukalhai_docs", GOLD_DIR / "unukalhai_claims.csv", GOLD_DIR / "unukalhai_actors.csv"),
    ("kornephoros", GOLD_DIR / "kornephoros_docs", GOLD_DIR / "kornephoros_claims.csv", GOLD_DIR / "kornephoros_actors.csv"),
    ("diadem", GOLD_DIR / "diadem_docs", GOLD_DIR / "diadem_claims.csv", GOLD_DIR / "diadem_actors.csv"),
    ("sadalmelik", GOLD_DIR / "sadalmelik_docs", GOLD_DIR / "sadalmelik_claims.csv", GOLD_DIR / "sadalmelik_actors.csv"),
    ("sadalsuud", GOLD_DIR / "sadalsuud_docs", GOLD_DIR / "sadalsuud_claims.csv", GOLD_DIR / "sadalsuud_actors.csv"),
    ("skat", GOLD_DIR / "skat_docs", GOLD_DIR / "skat_claims.csv", GOLD_DIR / "skat_actors.csv"),
    ("albireo", GOLD_DIR / "albireo_docs", GOLD_DIR / "albireo_claims.csv", GOLD_DIR / "albireo_actors.csv"),
    ("alcor", GOLD_DIR / "alcor_docs", GOLD_DIR / "alcor_claims.csv", GOLD_DIR / "alcor_actors.csv"),
    ("algieba", GOLD_DIR / "algieba_docs", GOLD_DIR / "algieba_claims.csv", GOLD_DIR / "algieba_actors.csv"),
    ("almach", GOLD_DIR / "almach_docs", GOLD_DIR / "almach_claims.csv", GOLD_DIR / "almach_actors.csv"),
    ("chara", GOLD_DIR / "chara_docs", GOLD_DIR / "chara_claims.csv", GOLD_DIR / "chara_actors.csv"),
    ("dschubba", GOLD_DIR / "dschubba_docs", GOLD_DIR / "dschubba_claims.csv", GOLD_DIR / "dschubba_actors.csv"),
    ("errai", GOLD_DIR / "errai_docs", GOLD_DIR / "errai_claims.csv", GOLD_DIR / "errai_actors.csv"),
    ("gacrux", GOLD_DIR / "gacrux_docs", GOLD_DIR / "gacrux_claims.csv", GOLD_DIR / "gacrux_actors.csv"),
    ("kitalpha", GOLD_DIR / "kitalpha_docs", GOLD_DIR / "kitalpha_claims.csv", GOLD_DIR / "kitalpha_actors.csv"),
    ("maia", GOLD_DIR / "maia_docs", GOLD_DIR / "maia_claims.csv", GOLD_DIR / "maia_actors.csv"),
    ("miaplacidus", GOLD_DIR / "miaplacidus_docs", GOLD_DIR / "miaplacidus_claims.csv", GOLD_DIR / "miaplacidus_actors.csv"),
    ("naos", GOLD_DIR / "naos_docs", GOLD_DIR / "naos_claims.csv", GOLD_DIR / "naos_actors.csv"),
    ("nekkar", GOLD_DIR / "nekkar_docs", GOLD_DIR / "nekkar_claims.csv", GOLD_DIR / "nekkar_actors.csv"),
    ("phact", GOLD_DIR / "phact_docs", GOLD_DIR / "phact_claims.csv", GOLD_DIR / "phact_actors.csv"),
    ("pleione", GOLD_DIR / "pleione_docs", GOLD_DIR / "pleione_claims.csv", GOLD_DIR / "pleione_actors.csv"),
    ("rotanev", GOLD_DIR / "rotanev_docs", GOLD_DIR / "rotanev_claims.csv", GOLD_DIR / "rotanev_actors.csv"),
    ("ruchbah", GOLD_DIR / "ruchbah_docs", GOLD_DIR / "ruchbah_claims.csv", GOLD_DIR / "ruchbah_actors.csv"),
    ("sualocin", GOLD_DIR / "sualocin_docs", GOLD_DIR / "sualocin_claims.csv", GOLD_DIR / "sualocin_actors.csv"),
    ("tureis", GOLD_DIR / "tureis_docs", GOLD_DIR / "tureis_claims.csv", GOLD_DIR / "tureis_actors.csv"),
    ("zubeneschamali", GOLD_DIR / "zubeneschamali_docs", GOLD_DIR / "zubeneschamali_claims.csv", GOLD_DIR / "zubeneschamali_actors.csv"),
    ("yed", GOLD_DIR / "yed_docs", GOLD_DIR / "yed_claims.csv", GOLD_DIR / "yed_actors.csv"),
    ("adhafera", GOLD_DIR / "adhafera_docs", GOLD_DIR / "adhafera_claims.csv", GOLD_DIR / "adhafera_actors.csv"),
    ("aludra", GOLD_DIR / "aludra_docs", GOLD_DIR / "aludra_claims.csv", GOLD_DIR / "aludra_actors.csv"),
    ("ascella", GOLD_DIR / "ascella_docs", GOLD_DIR / "ascella_claims.csv", GOLD_DIR / "ascella_actors.csv"),
    ("azha", GOLD_DIR / "azha_docs", GOLD_DIR / "azha_claims.csv", GOLD_DIR / "azha_actors.csv"),
    ("baham", GOLD_DIR / "baham_docs", GOLD_DIR / "baham_claims.csv", GOLD_DIR / "baham_actors.csv"),
    ("biham", GOLD_DIR / "biham_docs", GOLD_DIR / "biham_claims.csv", GOLD_DIR / "biham_actors.csv"),
    ("chertan", GOLD_DIR / "chertan_docs", GOLD_DIR / "chertan_claims.csv", GOLD_DIR / "chertan_actors.csv"),
    ("alcyone", GOLD_DIR / "alcyone_docs", GOLD_DIR / "alcyone_claims.csv", GOLD_DIR / "alcyone_actors.csv"),
    ("alrescha", GOLD_DIR / "alrescha_docs", GOLD_DIR / "alrescha_claims.csv", GOLD_DIR / "alrescha_actors.csv"),
    ("alya", GOLD_DIR / "alya_docs", GOLD_DIR / "alya_claims.csv", GOLD_DIR / "alya_actors.csv"),
    ("arneb", GOLD_DIR / "arneb_docs", GOLD_DIR / "arneb_claims.csv", GOLD_DIR / "arneb_actors.csv"),
    ("celaeno", GOLD_DIR / "celaeno_docs", GOLD_DIR / "celaeno_claims.csv", GOLD_DIR / "celaeno_actors.csv"),
    ("electra", GOLD_DIR / "electra_docs", GOLD_DIR / "electra_claims.csv", GOLD_DIR / "electra_actors.csv"),
    ("fafnir", GOLD_DIR / "fafnir_docs", GOLD_DIR / "fafnir_claims.csv", GOLD_DIR / "fafnir_actors.csv"),
    ("furud", GOLD_DIR / "furud_docs", GOLD_DIR / "furud_claims.csv", GOLD_DIR / "furud_actors.csv"),
    ("alphecca", GOLD_DIR / "alphecca_docs", GOLD_DIR / "alphecca_claims.csv", GOLD_DIR / "alphecca_actors.csv"),
    ("alnasl", GOLD_DIR / "alnasl_docs", GOLD_DIR / "alnasl_claims.csv", GOLD_DIR / "alnasl_actors.csv"),
    ("alshain", GOLD_DIR / "alshain_docs", GOLD_DIR / "alshain_claims.csv", GOLD_DIR / "alshain_actors.csv"),
    ("ancha", GOLD_DIR / "ancha_docs", GOLD_DIR / "ancha_claims.csv", GOLD_DIR / "ancha_actors.csv"),
    ("angetenar", GOLD_DIR / "angetenar_docs", GOLD_DIR / "angetenar_claims.csv", GOLD_DIR / "angetenar_actors.csv"),
    ("atik", GOLD_DIR / "atik_docs", GOLD_DIR / "atik_claims.csv", GOLD_DIR / "atik_actors.csv"),
    ("botein", GOLD_DIR / "botein_docs", GOLD_DIR / "botein_claims.csv", GOLD_DIR / "botein_actors.csv"),
    ("chalawan", GOLD_DIR / "chalawan_docs", GOLD_DIR / "chalawan_claims.csv", GOLD_DIR / "chalawan_actors.csv"),
    ("alkes", GOLD_DIR / "alkes_docs", GOLD_DIR / "alkes_claims.csv", GOLD_DIR / "alkes_actors.csv"),
    ("cursa", GOLD_DIR / "cursa_docs", GOLD_DIR / "cursa_claims.csv", GOLD_DIR / "cursa_actors.csv"),
    ("dabih", GOLD_DIR / "dabih_docs", GOLD_DIR / "dabih_claims.csv", GOLD_DIR / "dabih_actors.csv"),
    ("gomeisa", GOLD_DIR / "gomeisa_docs", GOLD_DIR / "gomeisa_claims.csv", GOLD_DIR / "gomeisa_actors.csv"),
    ("heze", GOLD_DIR / "heze_docs", GOLD_DIR / "heze_claims.csv", GOLD_DIR / "heze_actors.csv"),
    ("kraz", GOLD_DIR / "kraz_docs", GOLD_DIR / "kraz_claims.csv", GOLD_DIR / "kraz_actors.csv"),
    ("lesath", GOLD_DIR / "lesath_docs", GOLD_DIR / "lesath_claims.csv", GOLD_DIR / "lesath_actors.csv"),
    ("marfik", GOLD_DIR / "marfik_docs", GOLD_DIR / "marfik_claims.csv", GOLD_DIR / "marfik_actors.csv"),
    ("denebola", GOLD_DIR / "denebola_docs", GOLD_DIR / "denebola_claims.csv", GOLD_DIR / "denebola_actors.csv"),
    ("edasich", GOLD_DIR / "edasich_docs", GOLD_DIR / "edasich_claims.csv", GOLD_DIR / "edasich_actors.csv"),
    ("megrez", GOLD_DIR / "megrez_docs", GOLD_DIR / "megrez_claims.csv", GOLD_DIR / "megrez_actors.csv"),
    ("menkib", GOLD_DIR / "menkib_docs", GOLD_DIR / "menkib_claims.csv", GOLD_DIR / "menkib_actors.csv"),
    ("nihal", GOLD_DIR / "nihal_docs", GOLD_DIR / "nihal_claims.csv", GOLD_DIR / "nihal_actors.csv"),
    ("phecda", GOLD_DIR / "phecda_docs", GOLD_DIR / "phecda_claims.csv", GOLD_DIR / "phecda_actors.csv"),
    ("porrima", GOLD_DIR / "porrima_docs", GOLD_DIR / "porrima_claims.csv", GOLD_DIR / "porrima_actors.csv"),
    ("sulafat", GOLD_DIR / "sulafat_docs", GOLD_DIR / "sulafat_claims.csv", GOLD_DIR / "sulafat_actors.csv"),
    ("alsafi", GOLD_DIR / "alsafi_docs", GOLD_DIR / "alsafi_claims.csv", GOLD_DIR / "alsafi_actors.csv"),
    ("alterf", GOLD_DIR / "alterf_docs", GOLD_DIR / "alterf_claims.csv", GOLD_DIR / "alterf_actors.csv"),
    ("anser", GOLD_DIR / "anser_docs", GOLD_DIR / "anser_claims.csv", GOLD_DIR / "anser_actors.csv"),
    ("arkab", GOLD_DIR / "arkab_docs", GOLD_DIR / "arkab_claims.csv", GOLD_DIR / "arkab_actors.csv"),
    ("azelfafage", GOLD_DIR / "azelfafage_docs", GOLD_DIR / "azelfafage_claims.csv", GOLD_DIR / "azelfafage_actors.csv"),
    ("baten", GOLD_DIR / "baten_docs", GOLD_DIR / "baten_claims.csv", GOLD_DIR / "baten_actors.csv"),
    ("beid", GOLD_DIR / "beid_docs", GOLD_DIR / "beid_claims.csv", GOLD_DIR / "beid_actors.csv"),
    ("brachium", GOLD_DIR / "brachium_docs", GOLD_DIR / "brachium_claims.csv", GOLD_DIR / "brachium_actors.csv"),
    ("alnitak", GOLD_DIR / "alnitak_docs", GOLD_DIR / "alnitak_claims.csv", GOLD_DIR / "alnitak_actors.csv"),
    ("algenib", GOLD_DIR / "algenib_docs", GOLD_DIR / "algenib_claims.csv", GOLD_DIR / "algenib_actors.csv"),
    ("alkalurops", GOLD_DIR / "alkalurops_docs", GOLD_DIR / "alkalurops_claims.csv", GOLD_DIR / "alkalurops_actors.csv"),
    ("aspidiske", GOLD_DIR / "aspidiske_docs", GOLD_DIR / "aspidiske_claims.csv", GOLD_DIR / "aspidiske_actors.csv"),
    ("castula", GOLD_DIR / "castula_docs", GOLD_DIR / "castula_claims.csv", GOLD_DIR / "castula_actors.csv"),
    ("dalim", GOLD_DIR / "dalim_docs", GOLD_DIR / "dalim_claims.csv", GOLD_DIR / "dalim_actors.csv"),
    ("elkurud", GOLD_DIR / "elkurud_docs", GOLD_DIR / "elkurud_claims.csv", GOLD_DIR / "elkurud_actors.csv"),
    ("fulu", GOLD_DIR / "fulu_docs", GOLD_DIR / "fulu_claims.csv", GOLD_DIR / "fulu_actors.csv"),
    ("mebsuta", GOLD_DIR / "mebsuta_docs", GOLD_DIR / "mebsuta_claims.csv", GOLD_DIR / "mebsuta_actors.csv"),
    ("nusakan", GOLD_DIR / "nusakan_docs", GOLD_DIR / "nusakan_claims.csv", GOLD_DIR / "nusakan_actors.csv"),
    ("rukbat", GOLD_DIR / "rukbat_docs", GOLD_DIR / "rukbat_claims.csv", GOLD_DIR / "rukbat_actors.csv"),
    ("sadachbia", GOLD_DIR / "sadachbia_docs", GOLD_DIR / "sadachbia_claims.csv", GOLD_DIR / "sadachbia_actors.csv"),
    ("segin", GOLD_DIR / "segin_docs", GOLD_DIR / "segin_claims.csv", GOLD_DIR / "segin_actors.csv"),
    ("situla", GOLD_DIR / "situla_docs", GOLD_DIR / "situla_claims.csv", GOLD_DIR / "situla_actors.csv"),
    ("tejat", GOLD_DIR / "tejat_docs", GOLD_DIR / "tejat_claims.csv", GOLD_DIR / "tejat_actors.csv"),
    ("titawin", GOLD_DIR / "titawin_docs", GOLD_DIR / "titawin_claims.csv", GOLD_DIR / "titawin_actors.csv"),
    ("keid", GOLD_DIR / "keid_docs", GOLD_DIR / "keid_claims.csv", GOLD_DIR / "keid_actors.csv"),
    ("matar", GOLD_DIR / "matar_docs", GOLD_DIR / "matar_claims.csv", GOLD_DIR / "matar_actors.csv"),
    ("meissa", GOLD_DIR / "meissa_docs", GOLD_DIR / "meissa_claims.csv", GOLD_DIR / "meissa_actors.csv"),
    ("revati", GOLD_DIR / "revati_docs", GOLD_DIR / "revati_claims.csv", GOLD_DIR / "revati_actors.csv"),
    ("sceptrum", GOLD_DIR / "sceptrum_docs", GOLD_DIR / "sceptrum_claims.csv", GOLD_DIR / "sceptrum_actors.csv"),
    ("tabit", GOLD_DIR / "tabit_docs", GOLD_DIR / "tabit_claims.csv", GOLD_DIR / "tabit_actors.csv"),
    ("zaniah", GOLD_DIR / "zaniah_docs", GOLD_DIR / "zaniah_claims.csv", GOLD_DIR / "zaniah_actors.csv"),
    ("zavijava", GOLD_DIR / "zavijava_docs", GOLD_DIR / "zavijava_claims.csv", GOLD_DIR / "zavijava_actors.csv"),
    ("alula", GOLD_DIR / "alula_docs", GOLD_DIR / "alula_claims.csv", GOLD_DIR / "alula_actors.csv"),
    ("bharani", GOLD_DIR / "bharani_docs", GOLD_DIR / "bharani_claims.csv", GOLD_DIR / "bharani_actors.csv"),
    ("dziban", GOLD_DIR / "dziban_docs", GOLD_DIR / "dziban_claims.csv", GOLD_DIR / "dziban_actors.csv"),
    ("elgafar", GOLD_DIR / "elgafar_docs", GOLD_DIR / "elgafar_claims.csv", GOLD_DIR / "elgafar_actors.csv"),
    ("felis", GOLD_DIR / "felis_docs", GOLD_DIR / "felis_claims.csv", GOLD_DIR / "felis_actors.csv"),
    ("fuyue", GOLD_DIR / "fuyue_docs", GOLD_DIR / "fuyue_claims.csv", GOLD_DIR / "fuyue_actors.csv"),
    ("gudja", GOLD_DIR / "gudja_docs", GOLD_DIR / "gudja_claims.csv", GOLD_DIR / "gudja_actors.csv"),
    ("heka", GOLD_DIR / "heka_docs", GOLD_DIR / "heka_claims.csv", GOLD_DIR / "heka_actors.csv"),
    ("adhil", GOLD_DIR / "adhil_docs", GOLD_DIR / "adhil_claims.csv", GOLD_DIR / "adhil_actors.csv"),
    ("alrakis", GOLD_DIR / "alrakis_docs", GOLD_DIR / "alrakis_claims.csv", GOLD_DIR / "alrakis_actors.csv"),
    ("bibha", GOLD_DIR / "bibha_docs", GOLD_DIR / "bibha_claims.csv", GOLD_DIR / "bibha_actors.csv"),
    ("cebalrai", GOLD_DIR / "cebalrai_docs", GOLD_DIR / "cebalrai_claims.csv", GOLD_DIR / "cebalrai_actors.csv"),
    ("grumium", GOLD_DIR / "grumium_docs", GOLD_DIR / "grumium_claims.csv", GOLD_DIR / "grumium_actors.csv"),
    ("homam", GOLD_DIR / "homam_docs", GOLD_DIR / "homam_claims.csv", GOLD_DIR / "homam_actors.csv"),
    ("iklil", GOLD_DIR / "iklil_docs", GOLD_DIR / "iklil_claims.csv", GOLD_DIR / "iklil_actors.csv"),
    ("mahasim", GOLD_DIR / "mahasim_docs", GOLD_DIR / "mahasim_claims.csv", GOLD_DIR / "mahasim_actors.csv"),
    ("okab", GOLD_DIR / "okab_docs", GOLD_DIR / "okab_claims.csv", GOLD_DIR / "okab_actors.csv"),
    ("alchiba", GOLD_DIR / "alchiba_docs", GOLD_DIR / "alchiba_claims.csv", GOLD_DIR / "alchiba_actors.csv"),
    ("algorab", GOLD_DIR / "algorab_docs", GOLD_DIR / "algorab_claims.csv", GOLD_DIR / "algorab_actors.csv"),
    ("fang", GOLD_DIR / "fang_docs", GOLD_DIR / "fang_claims.csv", GOLD_DIR / "fang_actors.csv"),
    ("larawag", GOLD_DIR / "larawag_docs", GOLD_DIR / "larawag_claims.csv", GOLD_DIR / "larawag_actors.csv"),
    ("pherkad", GOLD_DIR / "pherkad_docs", GOLD_DIR / "pherkad_claims.csv", GOLD_DIR / "pherkad_actors.csv"),
    ("tegmine", GOLD_DIR / "tegmine_docs", GOLD_DIR / "tegmine_claims.csv", GOLD_DIR / "tegmine_actors.csv"),
    ("hunor", GOLD_DIR / "hunor_docs", GOLD_DIR / "hunor_claims.csv", GOLD_DIR / "hunor_actors.csv"),
    ("azmidi", GOLD_DIR / "azmidi_docs", GOLD_DIR / "azmidi_claims.csv", GOLD_DIR / "azmidi_actors.csv"),
    ("intercrus", GOLD_DIR / "intercrus_docs", GOLD_DIR / "intercrus_claims.csv", GOLD_DIR / "intercrus_actors.csv"),
    ("kang", GOLD_DIR / "kang_docs", GOLD_DIR / "kang_claims.csv", GOLD_DIR / "kang_actors.csv"),
    ("nahn", GOLD_DIR / "nahn_docs", GOLD_DIR / "nahn_claims.csv", GOLD_DIR / "nahn_actors.csv"),
    ("ogma", GOLD_DIR / "ogma_docs", GOLD_DIR / "ogma_claims.csv", GOLD_DIR / "ogma_actors.csv"),
    ("piautos", GOLD_DIR / "piautos_docs", GOLD_DIR / "piautos_claims.csv", GOLD_DIR / "piautos_actors.csv"),
    ("sansuna", GOLD_DIR / "sansuna_docs", GOLD_DIR / "sansuna_claims.csv", GOLD_DIR / "sansuna_actors.csv"),
    ("xihe", GOLD_DIR / "xihe_docs", GOLD_DIR / "xihe_claims.csv", GOLD_DIR / "xihe_actors.csv"),
    ("alruba", GOLD_DIR / "alruba_docs", GOLD_DIR / "alruba_claims.csv", GOLD_DIR / "alruba_actors.csv"),
    ("bunda", GOLD_DIR / "bunda_docs", GOLD_DIR / "bunda_claims.csv", GOLD_DIR / "bunda_actors.csv"),
    ("chechia", GOLD_DIR / "chechia_docs", GOLD_DIR / "chechia_claims.csv", GOLD_DIR / "chechia_actors.csv"),
    ("felixvarela", GOLD_DIR / "felixvarela_docs", GOLD_DIR / "felixvarela_claims.csv", GOLD_DIR / "felixvarela_actors.csv"),
    ("gumala", GOLD_DIR / "gumala_docs", GOLD_DIR / "gumala_claims.csv", GOLD_DIR / "gumala_actors.csv"),
    ("hoggar", GOLD_DIR / "hoggar_docs", GOLD_DIR / "hoggar_claims.csv", GOLD_DIR / "hoggar_actors.csv"),
    ("illyrian", GOLD_DIR / "illyrian_docs", GOLD_DIR / "illyrian_claims.csv", GOLD_DIR / "illyrian_actors.csv"),
    ("kaffaljidhma", GOLD_DIR / "kaffaljidhma_docs", GOLD_DIR / "kaffaljidhma_claims.csv", GOLD_DIR / "kaffaljidhma_actors.csv"),
    ("lionrock", GOLD_DIR / "lionrock_docs", GOLD_DIR / "lionrock_claims.csv", GOLD_DIR / "lionrock_actors.csv"),
    ("macondo", GOLD_DIR / "macondo_docs", GOLD_DIR / "macondo_claims.csv", GOLD_DIR / "macondo_actors.csv"),
    ("nushagak", GOLD_DIR / "nushagak_docs", GOLD_DIR / "nushagak_claims.csv", GOLD_DIR / "nushagak_actors.csv"),
    ("rosaliadecastro", GOLD_DIR / "rosaliadecastro_docs", GOLD_DIR / "rosaliadecastro_claims.csv", GOLD_DIR / "rosaliadecastro_actors.csv"),
    ("pipirima", GOLD_DIR / "pipirima_docs", GOLD_DIR / "pipirima_claims.csv", GOLD_DIR / "pipirima_actors.csv"),
    ("tupa", GOLD_DIR / "tupa_docs", GOLD_DIR / "tupa_claims.csv", GOLD_DIR / "tupa_actors.csv"),
    ("tianguan", GOLD_DIR / "tianguan_docs", GOLD_DIR / "tianguan_claims.csv", GOLD_DIR / "tianguan_actors.csv"),
    ("ukdah", GOLD_DIR / "ukdah_docs", GOLD_DIR / "ukdah_claims.csv", GOLD_DIR / "ukdah_actors.csv"),
    ("aladfar", GOLD_DIR / "aladfar_docs", GOLD_DIR / "aladfar_claims.csv", GOLD_DIR / "aladfar_actors.csv"),
    ("mothallah", GOLD_DIR / "mothallah_docs", GOLD_DIR / "mothallah_claims.csv", GOLD_DIR / "mothallah_actors.csv"),
    ("sham", GOLD_DIR / "sham_docs", GOLD_DIR / "sham_claims.csv", GOLD_DIR / "sham_actors.csv"),
    ("tonatiuh", GOLD_DIR / "tonatiuh_docs", GOLD_DIR / "tonatiuh_claims.csv", GOLD_DIR / "tonatiuh_actors.csv"),
    ("uklun", GOLD_DIR / "uklun_docs", GOLD_DIR / "uklun_claims.csv", GOLD_DIR / "uklun_actors.csv"),
    ("veritate", GOLD_DIR / "veritate_docs", GOLD_DIR / "veritate_claims.csv", GOLD_DIR / "veritate_actors.csv"),
    ("xamidimura", GOLD_DIR / "xamidimura_docs", GOLD_DIR / "xamidimura_claims.csv", GOLD_DIR / "xamidimura_actors.csv"),
    ("zibal", GOLD_DIR / "zibal_docs", GOLD_DIR / "zibal_claims.csv", GOLD_DIR / "zibal_actors.csv"),
    ("bosona", GOLD_DIR / "bosona_docs", GOLD_DIR / "bosona_claims.csv", GOLD_DIR / "bosona_actors.csv"),
    ("citala", GOLD_DIR / "citala_docs", GOLD_DIR / "citala_claims.csv", GOLD_DIR / "citala_actors.csv"),
    ("dingolay", GOLD_DIR / "dingolay_docs", GOLD_DIR / "dingolay_claims.csv", GOLD_DIR / "dingolay_actors.csv"),
    ("ebla", GOLD_DIR / "ebla_docs", GOLD_DIR / "ebla_claims.csv", GOLD_DIR / "ebla_actors.csv"),
    ("formosa", GOLD_DIR / "formosa_docs", GOLD_DIR / "formosa_claims.csv", GOLD_DIR / "formosa_actors.csv"),
    ("gakyid", GOLD_DIR / "gakyid_docs", GOLD_DIR / "gakyid_claims.csv", GOLD_DIR / "gakyid_actors.csv"),
    ("hunahpu", GOLD_DIR / "hunahpu_docs", GOLD_DIR / "hunahpu_claims.csv", GOLD_DIR / "hunahpu_actors.csv"),
    ("irena", GOLD_DIR / "irena_docs", GOLD_DIR / "irena_claims.csv", GOLD_DIR / "irena_actors.csv"),
    ("jishui", GOLD_DIR / "jishui_docs", GOLD_DIR / "jishui_claims.csv", GOLD_DIR / "jishui_actors.csv"),
    ("kamui", GOLD_DIR / "kamui_docs", GOLD_DIR / "kamui_claims.csv", GOLD_DIR / "kamui_actors.csv"),
    ("lerna", GOLD_DIR / "lerna_docs", GOLD_DIR / "lerna_claims.csv", GOLD_DIR / "lerna_actors.csv"),
    ("mago", GOLD_DIR / "mago_docs", GOLD_DIR / "mago_claims.csv", GOLD_DIR / "mago_actors.csv"),
    ("nenque", GOLD_DIR / "nenque_docs", GOLD_DIR / "nenque_claims.csv", GOLD_DIR / "nenque_actors.csv"),
    ("ohiyesa", GOLD_DIR / "ohiyesa_docs", GOLD_DIR / "ohiyesa_claims.csv", GOLD_DIR / "ohiyesa_actors.csv"),
    ("paikauhale", GOLD_DIR / "paikauhale_docs", GOLD_DIR / "paikauhale_claims.csv", GOLD_DIR / "paikauhale_actors.csv"),
    ("quijote", GOLD_DIR / "quijote_docs", GOLD_DIR / "quijote_claims.csv", GOLD_DIR / "quijote_actors.csv"),
    ("rigil", GOLD_DIR / "rigil_docs", GOLD_DIR / "rigil_claims.csv", GOLD_DIR / "rigil_actors.csv"),
    ("sarin", GOLD_DIR / "sarin_docs", GOLD_DIR / "sarin_claims.csv", GOLD_DIR / "sarin_actors.csv"),
    ("tania", GOLD_DIR / "tania_docs", GOLD_DIR / "tania_claims.csv", GOLD_DIR / "tania_actors.csv"),
    ("unurgunite", GOLD_DIR / "unurgunite_docs", GOLD_DIR / "unurgunite_claims.csv", GOLD_DIR / "unurgunite_actors.csv"),
    ("vindemiatrix", GOLD_DIR / "vindemiatrix_docs", GOLD_DIR / "vindemiatrix_claims.csv", GOLD_DIR / "vindemiatrix_actors.csv"),
    ("wazn", GOLD_DIR / "wazn_docs", GOLD_DIR / "wazn_claims.csv", GOLD_DIR / "wazn_actors.csv"),
    ("xuange", GOLD_DIR / "xuange_docs", GOLD_DIR / "xuange_claims.csv", GOLD_DIR / "xuange_actors.csv"),
    ("yildun", GOLD_DIR / "yildun_docs", GOLD_DIR / "yildun_claims.csv", GOLD_DIR / "yildun_actors.csv"),
    ("achird", GOLD_DIR / "achird_docs", GOLD_DIR / "achird_claims.csv", GOLD_DIR / "achird_actors.csv"),
    ("diya", GOLD_DIR / "diya_docs", GOLD_DIR / "diya_claims.csv", GOLD_DIR / "diya_actors.csv"),
    ("ain", GOLD_DIR / "ain_docs", GOLD_DIR / "ain_claims.csv", GOLD_DIR / "ain_actors.csv"),
    ("alasia", GOLD_DIR / "alasia_docs", GOLD_DIR / "alasia_claims.csv", GOLD_DIR / "alasia_actors.csv"),
    ("bubup", GOLD_DIR / "bubup_docs", GOLD_DIR / "bubup_claims.csv", GOLD_DIR / "bubup_actors.csv"),
    ("cervantes", GOLD_DIR / "cervantes_docs", GOLD_DIR / "cervantes_claims.csv", GOLD_DIR / "cervantes_actors.csv"),
    ("chaophraya", GOLD_DIR / "chaophraya_docs", GOLD_DIR / "chaophraya_claims.csv", GOLD_DIR / "chaophraya_actors.csv"),
    ("dilmun", GOLD_DIR / "dilmun_docs", GOLD_DIR / "dilmun_claims.csv", GOLD_DIR / "dilmun_actors.csv"),
    ("fawaris", GOLD_DIR / "fawaris_docs", GOLD_DIR / "fawaris_claims.csv", GOLD_DIR / "fawaris_actors.csv"),
    ("gloas", GOLD_DIR / "gloas_docs", GOLD_DIR / "gloas_claims.csv", GOLD_DIR / "gloas_actors.csv"),
    ("hamarab", GOLD_DIR / "hamarab_docs", GOLD_DIR / "hamarab_claims.csv", GOLD_DIR / "hamarab_actors.csv"),
    ("intan", GOLD_DIR / "intan_docs", GOLD_DIR / "intan_claims.csv", GOLD_DIR / "intan_actors.csv"),
    ("jabbah", GOLD_DIR / "jabbah_docs", GOLD_DIR / "jabbah_claims.csv", GOLD_DIR / "jabbah_actors.csv"),
    ("kalausi", GOLD_DIR / "kalausi_docs", GOLD_DIR / "kalausi_claims.csv", GOLD_DIR / "kalausi_actors.csv"),
    ("lich", GOLD_DIR / "lich_docs", GOLD_DIR / "lich_claims.csv", GOLD_DIR / "lich_actors.csv"),
    ("koit", GOLD_DIR / "koit_docs", GOLD_DIR / "koit_claims.csv", GOLD_DIR / "koit_actors.csv"),
    ("amadioha", GOLD_DIR / "amadioha_docs", GOLD_DIR / "amadioha_claims.csv", GOLD_DIR / "amadioha_actors.csv"),
    ("atakoraka", GOLD_DIR / "atakoraka_docs", GOLD_DIR / "atakoraka_claims.csv", GOLD_DIR / "atakoraka_actors.csv"),
    ("baekdu", GOLD_DIR / "baekdu_docs", GOLD_DIR / "baekdu_claims.csv", GOLD_DIR / "baekdu_actors.csv"),
    ("belel", GOLD_DIR / "belel_docs", GOLD_DIR / "belel_claims.csv", GOLD_DIR / "belel_actors.csv"),
    ("berehinya", GOLD_DIR / "berehinya_docs", GOLD_DIR / "berehinya_claims.csv", GOLD_DIR / "berehinya_actors.csv"),
    ("cayahuanca", GOLD_DIR / "cayahuanca_docs", GOLD_DIR / "cayahuanca_claims.csv", GOLD_DIR / "cayahuanca_actors.csv"),
    ("chasoun", GOLD_DIR / "chasoun_docs", GOLD_DIR / "chasoun_claims.csv", GOLD_DIR / "chasoun_actors.csv"),
    ("dofida", GOLD_DIR / "dofida_docs", GOLD_DIR / "dofida_claims.csv", GOLD_DIR / "dofida_actors.csv"),
    ("emiw", GOLD_DIR / "emiw_docs", GOLD_DIR / "emiw_claims.csv", GOLD_DIR / "emiw_actors.csv"),
    ("funi", GOLD_DIR / "funi_docs", GOLD_DIR / "funi_claims.csv", GOLD_DIR / "funi_actors.csv"),
    ("guniibuu", GOLD_DIR / "guniibuu_docs", GOLD_DIR / "guniibuu_claims.csv", GOLD_DIR / "guniibuu_actors.csv"),
    ("itonda", GOLD_DIR / "itonda_docs", GOLD_DIR / "itonda_claims.csv", GOLD_DIR / "itonda_actors.csv"),
    ("koeia", GOLD_DIR / "koeia_docs", GOLD_DIR / "koeia_claims.csv", GOLD_DIR / "koeia_actors.csv"),
    ("mahsati", GOLD_DIR / "mahsati_docs", GOLD_DIR / "mahsati_claims.csv", GOLD_DIR / "mahsati_actors.csv"),
    ("moldoveanu", GOLD_DIR / "moldoveanu_docs", GOLD_DIR / "moldoveanu_claims.csv", GOLD_DIR / "moldoveanu_actors.csv"),
    ("nyame", GOLD_DIR / "nyame_docs", GOLD_DIR / "nyame_claims.csv", GOLD_DIR / "nyame_actors.csv"),
    ("olokun", GOLD_DIR / "olokun_docs", GOLD_DIR / "olokun_claims.csv", GOLD_DIR / "olokun_actors.csv"),
    ("pania", GOLD_DIR / "pania_docs", GOLD_DIR / "pania_claims.csv", GOLD_DIR / "pania_actors.csv"),
    ("tawhaki", GOLD_DIR / "tawhaki_docs", GOLD_DIR / "tawhaki_claims.csv", GOLD_DIR / "tawhaki_actors.csv"),
    ("hinemoa", GOLD_DIR / "hinemoa_docs", GOLD_DIR / "hinemoa_claims.csv", GOLD_DIR / "hinemoa_actors.csv"),
    ("ukko", GOLD_DIR / "ukko_docs", GOLD_DIR / "ukko_claims.csv", GOLD_DIR / "ukko_actors.csv"),
    ("tapio", GOLD_DIR / "tapio_docs", GOLD_DIR / "tapio_claims.csv", GOLD_DIR / "tapio_actors.csv"),
    ("perun", GOLD_DIR / "perun_docs", GOLD_DIR / "perun_claims.csv", GOLD_DIR / "perun_actors.csv"),
    ("veles", GOLD_DIR / "veles_docs", GOLD_DIR / "veles_claims.csv", GOLD_DIR / "veles_actors.csv"),
    ("kupua", GOLD_DIR / "kupua_docs", GOLD_DIR / "kupua_claims.csv", GOLD_DIR / "kupua_actors.csv"),
    ("tawhiri", GOLD_DIR / "tawhiri_docs", GOLD_DIR / "tawhiri_claims.csv", GOLD_DIR / "tawhiri_actors.csv"),
    ("rongo", GOLD_DIR / "rongo_docs", GOLD_DIR / "rongo_claims.csv", GOLD_DIR / "rongo_actors.csv"),
    ("tangaroa", GOLD_DIR / "tangaroa_docs", GOLD_DIR / "tangaroa_claims.csv", GOLD_DIR / "tangaroa_actors.csv"),
    ("ilmarinen", GOLD_DIR / "ilmarinen_docs", GOLD_DIR / "ilmarinen_claims.csv", GOLD_DIR / "ilmarinen_actors.csv"),
    ("mokosh", GOLD_DIR / "mokosh_docs", GOLD_DIR / "mokosh_claims.csv", GOLD_DIR / "mokosh_actors.csv"),
    ("svarog", GOLD_DIR / "svarog_docs", GOLD_DIR / "svarog_claims.csv", GOLD_DIR / "svarog_actors.csv"),
    ("dazhbog", GOLD_DIR / "dazhbog_docs", GOLD_DIR / "dazhbog_claims.csv", GOLD_DIR / "dazhbog_actors.csv"),
    ("haumia", GOLD_DIR / "haumia_docs", GOLD_DIR / "haumia_claims.csv", GOLD_DIR / "haumia_actors.csv"),
    ("rehua", GOLD_DIR / "rehua_docs", GOLD_DIR / "rehua_claims.csv", GOLD_DIR / "rehua_actors.csv"),
    ("whiro", GOLD_DIR / "whiro_docs", GOLD_DIR / "whiro_claims.csv", GOLD_DIR / "whiro_actors.csv"),
    ("mahuika", GOLD_DIR / "mahuika_docs", GOLD_DIR / "mahuika_claims.csv", GOLD_DIR / "mahuika_actors.csv"),
    ("stribog", GOLD_DIR / "stribog_docs", GOLD_DIR / "stribog_claims.csv", GOLD_DIR / "stribog_actors.csv"),
    ("jarilo", GOLD_DIR / "jarilo_docs", GOLD_DIR / "jarilo_claims.csv", GOLD_DIR / "jarilo_actors.csv"),
    ("kupala", GOLD_DIR / "kupala_docs", GOLD_DIR / "kupala_claims.csv", GOLD_DIR / "kupala_actors.csv"),
    ("lemminkainen", GOLD_DIR / "lemminkainen_docs", GOLD_DIR / "lemminkainen_claims.csv", GOLD_DIR / "lemminkainen_actors.csv"),
    ("ruaumoko", GOLD_DIR / "ruaumoko_docs", GOLD_DIR / "ruaumoko_claims.csv", GOLD_DIR / "ruaumoko_actors.csv"),
    ("hinenuitepo", GOLD_DIR / "hinenuitepo_docs", GOLD_DIR / "hinenuitepo_claims.csv", GOLD_DIR / "hinenuitepo_actors.csv"),
    ("tawhirimatea", GOLD_DIR / "tawhirimatea_docs", GOLD_DIR / "tawhirimatea_claims.csv", GOLD_DIR / "tawhirimatea_actors.csv"),
    ("uenuku", GOLD_DIR / "uenuku_docs", GOLD_DIR / "uenuku_claims.csv", GOLD_DIR / "uenuku_actors.csv"),
    ("ahti", GOLD_DIR / "ahti_docs", GOLD_DIR / "ahti_claims.csv", GOLD_DIR / "ahti_actors.csv"),
    ("kalevala", GOLD_DIR / "kalevala_docs", GOLD_DIR / "kalevala_claims.csv", GOLD_DIR / "kalevala_actors.csv"),
    ("marzanna", GOLD_DIR / "marzanna_docs", GOLD_DIR / "marzanna_claims.csv", GOLD_DIR / "marzanna_actors.csv"),
    ("dziewanna", GOLD_DIR / "dziewanna_docs", GOLD_DIR / "dziewanna_claims.csv", GOLD_DIR / "dziewanna_actors.csv"),
    ("papatuanuku", GOLD_DIR / "papatuanuku_docs", GOLD_DIR / "papatuanuku_claims.csv", GOLD_DIR / "papatuanuku_actors.csv"),
    ("rongomatane", GOLD_DIR / "rongomatane_docs", GOLD_DIR / "rongomatane_claims.csv", GOLD_DIR / "rongomatane_actors.csv"),
    ("hinemoana", GOLD_DIR / "hinemoana_docs", GOLD_DIR / "hinemoana_claims.csv", GOLD_DIR / "hinemoana_actors.csv"),
    ("ranginui", GOLD_DIR / "ranginui_docs", GOLD_DIR / "ranginui_claims.csv", GOLD_DIR / "ranginui_actors.csv"),
    ("zhiva", GOLD_DIR / "zhiva_docs", GOLD_DIR / "zhiva_claims.csv", GOLD_DIR / "zhiva_actors.csv"),
    ("louhi", GOLD_DIR / "louhi_docs", GOLD_DIR / "louhi_claims.csv", GOLD_DIR / "louhi_actors.csv"),
    ("vellamo", GOLD_DIR / "vellamo_docs", GOLD_DIR / "vellamo_claims.csv", GOLD_DIR / "vellamo_actors.csv"),
    ("tuoni", GOLD_DIR / "tuoni_docs", GOLD_DIR / "tuoni_claims.csv", GOLD_DIR / "tuoni_actors.csv"),
    ("tuamatua", GOLD_DIR / "tuamatua_docs", GOLD_DIR / "tuamatua_claims.csv", GOLD_DIR / "tuamatua_actors.csv"),
    ("tangotango", GOLD_DIR / "tangotango_docs", GOLD_DIR / "tangotango_claims.csv", GOLD_DIR / "tangotango_actors.csv"),
    ("punga", GOLD_DIR / "punga_docs", GOLD_DIR / "punga_claims.csv", GOLD_DIR / "punga_actors.csv"),
    ("tinirau", GOLD_DIR / "tinirau_docs", GOLD_DIR / "tinirau_claims.csv", GOLD_DIR / "tinirau_actors.csv"),
    ("lada", GOLD_DIR / "lada_docs", GOLD_DIR / "lada_claims.csv", GOLD_DIR / "lada_actors.csv"),
    ("kikimora", GOLD_DIR / "kikimora_docs", GOLD_DIR / "kikimora_claims.csv", GOLD_DIR / "kikimora_actors.csv"),
    ("vodyanoy", GOLD_DIR / "vodyanoy_docs", GOLD_DIR / "vodyanoy_claims.csv", GOLD_DIR / "vodyanoy_actors.csv"),
    ("rod", GOLD_DIR / "rod_docs", GOLD_DIR / "rod_claims.csv", GOLD_DIR / "rod_actors.csv"),
    ("haumiatiketike", GOLD_DIR / "haumiatiketike_docs", GOLD_DIR / "haumiatiketike_claims.csv", GOLD_DIR / "haumiatiketike_actors.csv"),
    ("rakahore", GOLD_DIR / "rakahore_docs", GOLD_DIR / "rakahore_claims.csv", GOLD_DIR / "rakahore_actors.csv"),
    ("hinetitama", GOLD_DIR / "hinetitama_docs", GOLD_DIR / "hinetitama_claims.csv", GOLD_DIR / "hinetitama_actors.csv"),
    ("kupe", GOLD_DIR / "kupe_docs", GOLD_DIR / "kupe_claims.csv", GOLD_DIR / "kupe_actors.csv"),
    ("domovoi", GOLD_DIR / "domovoi_docs", GOLD_DIR / "domovoi_claims.csv", GOLD_DIR / "domovoi_actors.csv"),
    ("leshy", GOLD_DIR / "leshy_docs", GOLD_DIR / "leshy_claims.csv", GOLD_DIR / "leshy_actors.csv"),
    ("polevik", GOLD_DIR / "polevik_docs", GOLD_DIR / "polevik_claims.csv", GOLD_DIR / "polevik_actors.csv"),
    ("dvorovoy", GOLD_DIR / "dvorovoy_docs", GOLD_DIR / "dvorovoy_claims.csv", GOLD_DIR / "dvorovoy_actors.csv"),
    ("toi", GOLD_DIR / "toi_docs", GOLD_DIR / "toi_claims.csv", GOLD_DIR / "toi_actors.csv"),
    ("tutanekai", GOLD_DIR / "tutanekai_docs", GOLD_DIR / "tutanekai_claims.csv", GOLD_DIR / "tutanekai_actors.csv"),
    ("paikea", GOLD_DIR / "paikea_docs", GOLD_DIR / "paikea_claims.csv", GOLD_DIR / "paikea_actors.csv"),
    ("whaitiri", GOLD_DIR / "whaitiri_docs", GOLD_DIR / "whaitiri_claims.csv", GOLD_DIR / "whaitiri_actors.csv"),
    ("bannik", GOLD_DIR / "bannik_docs", GOLD_DIR / "bannik_claims.csv", GOLD_DIR / "bannik_actors.csv"),
    ("ovinnik", GOLD_DIR / "ovinnik_docs", GOLD_DIR / "ovinnik_claims.csv", GOLD_DIR / "ovinnik_actors.csv"),
    ("bereginya", GOLD_DIR / "bereginya_docs", GOLD_DIR / "bereginya_claims.csv", GOLD_DIR / "bereginya_actors.csv"),
    ("zmey", GOLD_DIR / "zmey_docs", GOLD_DIR / "zmey_claims.csv", GOLD_DIR / "zmey_actors.csv"),
    ("karihi", GOLD_DIR / "karihi_docs", GOLD_DIR / "karihi_claims.csv", GOLD_DIR / "karihi_actors.csv"),
    ("hinepukohurangi", GOLD_DIR / "hinepukohurangi_docs", GOLD_DIR / "hinepukohurangi_claims.csv", GOLD_DIR / "hinepukohurangi_actors.csv"),
    ("hineahuone", GOLD_DIR / "hineahuone_docs", GOLD_DIR / "hineahuone_claims.csv", GOLD_DIR / "hineahuone_actors.csv"),
    ("tuna", GOLD_DIR / "tuna_docs", GOLD_DIR / "tuna_claims.csv", GOLD_DIR / "tuna_actors.csv"),
    ("likho", GOLD_DIR / "likho_docs", GOLD_DIR / "likho_claims.csv", GOLD_DIR / "likho_actors.csv"),
    ("bolotnik", GOLD_DIR / "bolotnik_docs", GOLD_DIR / "bolotnik_claims.csv", GOLD_DIR / "bolotnik_actors.csv"),
    ("poludnitsa", GOLD_DIR / "poludnitsa_docs", GOLD_DIR / "poludnitsa_claims.csv", GOLD_DIR / "poludnitsa_actors.csv"),
    ("chuhaister", GOLD_DIR / "chuhaister_docs", GOLD_DIR / "chuhaister_claims.csv", GOLD_DIR / "chuhaister_actors.csv"),
]


@pytest.mark.parametrize(("name", "docs", "claims", "actors"), GOLD_SETS, ids=[s[0] for s in GOLD_SETS])
def test_other_gold_sets_point_into_their_documents(name: str, docs: Path, claims: Path, actors: Path | None) -> None:
    from workbench.corpus import load_corpus

    corpus = load_corpus(docs)
    assert not corpus.skipped, corpus.summary()
    texts = corpus.texts
    problems = []
    for number, row in enumerate(read_rows(claims), start=2):
        if None in row or None in row.values():
            problems.append(f"{claims.name}:{number}: field count differs from the header (an unquoted comma?)")
            continue
        text = texts.get(row["doc_id"])
        if text is None:
            problems.append(f"{claims.name}:{number}: unknown doc_id {row['doc_id']!r}")
        elif text.count(row["content_anchor"]) != 1:
            problems.append(f"{claims.name}:{number}: anchor found {text.count(row['content_anchor'])} times")
        if row["claim_type"] not in CLAIM_TYPES or row["mode"] not in MODES:
            problems.append(f"{claims.name}:{number}: bad claim_type/mode {row['claim_type']}/{row['mode']}")
    for number, row in enumerate(read_rows(actors) if actors else [], start=2):
        start = int(row["start_char"])
        if texts.get(row["doc_id"], "")[start:start + len(row["surface"])] != row["surface"]:
            problems.append(f"{actors.name}:{number}: {row['surface']!r} is not at {start}")
    assert not problems, "\n".join(problems)
