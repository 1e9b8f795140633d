"""Tests for workbench.corpus: formats, front matter, doc_id rules and every kind of bad input."""
from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pandas as pd
import pytest

import workbench.corpus as corpus_module
from workbench.corpus import Corpus, CorpusError, Document, SkippedInput, load_corpus, normalize_date
from workbench.schema import TABLE_COLUMNS

FIXTURES = Path(__file__).parent / "data" / "corpus_fixtures"
GOOD_TEXT = "The council met on Monday.\n"


def write(folder: Path, files: dict[str, bytes | str]) -> None:
    """Create ``files`` (relative name -> content) under ``folder``."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_bytes(content.encode("utf-8"))
        else:
            path.write_bytes(content)


# -- bad input: each case beside a good document --------------------------------------------------
# id, files, explicit extra paths, load options, (file name, row) expected, reason part, fix part
BAD_INPUTS = [
    ("non_utf8", {"bad.txt": b"caf\xe9 au lait\n"}, [], {}, ("bad.txt", None), "byte 0xe9 at position 3", "iconv"),
    ("empty_file", {"empty.txt": b""}, [], {}, ("empty.txt", None), "empty file", "add the text"),
    ("whitespace_file", {"blank.md": b"  \n\t\n\n"}, [], {}, ("blank.md", None), "whitespace only", "add the text"),
    ("binary_file", {"image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, [], {}, ("image.txt", None),
     "binary file", "remove it"),
    ("utf16_file", {"wide.txt": "Hello there".encode("utf-16")}, [], {}, ("wide.txt", None), "UTF-16", "iconv"),
    ("csv_without_text_column", {"table.csv": "id,body\nt1,Hello\n"}, [], {}, ("table.csv", None),
     "columns found: id, body", "text_column="),
    ("csv_wrong_field_count", {"rows.csv": "id,text\nr1,First row\nr2,too,many,fields\nr3,Third row\n"}, [], {},
     ("rows.csv", 2), "4 fields, the header has 2", "quote fields"),
    ("csv_empty_text", {"rows.csv": "id,text\nr1,\nr2,Second row\n"}, [], {}, ("rows.csv", 1), "empty text",
     "fill in the text"),
    ("csv_unterminated_quote", {"rows.csv": 'id,text\nr1,Fine\nr2,"never closed\n'}, [], {}, ("rows.csv", 2),
     "unexpected end of data", "close every quoted field"),
    ("csv_stray_quote", {"rows.csv": 'id,text\nr1,"quoted"tail\nr2,Fine\n'}, [], {}, ("rows.csv", 1),
     "malformed CSV row (line 2)", "close every quoted field"),
    ("jsonl_not_json", {"lines.jsonl": '{"id": "j1", "text": "Fine"}\n{oops\n{"id": "j3", "text": "Also fine"}\n'},
     [], {}, ("lines.jsonl", 2), "not JSON", "one JSON object per line"),
    ("jsonl_not_object", {"lines.jsonl": '{"id": "j1", "text": "Fine"}\n[1, 2]\n'}, [], {}, ("lines.jsonl", 2),
     "not an object", "one JSON object per line"),
    ("jsonl_missing_text_key", {"lines.jsonl": '{"id": "j1", "body": "No text key"}\n'}, [], {},
     ("lines.jsonl", 1), "keys found: id, body", "text_column="),
    ("unreadable_parquet", {"broken.parquet": b"PAR1 this is not a parquet file"}, [], {}, ("broken.parquet", None),
     "unreadable Parquet", "re-export"),
    ("malformed_yaml", {"meta.md": "---\ntitle: ok\nsource: [unclosed\n---\nBody text.\n"}, [], {}, ("meta.md", 3),
     "malformed YAML front matter", "key: value"),
    ("unclosed_front_matter", {"open.md": "---\ntitle: Missing end\nBody text.\n"}, [], {}, ("open.md", 1),
     "never closed", "add a line '---'"),
    ("front_matter_not_mapping", {"list.md": "---\n- a\n- b\n---\nBody text.\n"}, [], {}, ("list.md", 2),
     "not `key: value` lines", "key: value"),
    ("no_body_after_front_matter", {"hollow.md": "---\ntitle: Only a header\n---\n\n"}, [], {}, ("hollow.md", None),
     "no text after the front matter", "add the document text"),
    ("duplicate_doc_id", {"sub/good.md": "Another text with the same stem.\n"}, [], {}, ("good.md", None),
     "duplicate doc_id 'good', already loaded from", "unique id"),
    ("over_max_chars", {"long.txt": "word " * 40}, [], {"max_chars": 100}, ("long.txt", None),
     "200 characters, over max_chars=100", "larger max_chars"),
    ("missing_path", {}, ["nowhere.txt"], {}, ("nowhere.txt", None), "does not exist", "check the spelling"),
    ("explicit_unknown_suffix", {"report.docx": b"PK\x03\x04"}, ["report.docx"], {}, ("report.docx", None),
     "unsupported file type '.docx'", "convert it"),
    ("html_without_text",
     {"page.html": "<html><head><title>Only a title</title></head><body><script>var a = 1;</script></body></html>"},
     [], {}, ("page.html", None), "no main text", "paste its text"),
]


@pytest.mark.parametrize(
    ("files", "explicit", "options", "where", "reason_part", "fix_part"),
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_bad_input_is_skipped_and_the_rest_loads(
    tmp_path, caplog, files, explicit, options, where, reason_part, fix_part
) -> None:
    write(tmp_path, {"good.txt": GOOD_TEXT, **files})
    with caplog.at_level(logging.WARNING, logger="workbench.corpus"):
        corpus = load_corpus([tmp_path, *(tmp_path / name for name in explicit)], **options)
    assert corpus["good"].text == GOOD_TEXT
    assert len(corpus.skipped) == 1, corpus.summary()
    skip = corpus.skipped[0]
    name, row = where
    assert Path(skip.path).name == name
    assert skip.row == row
    assert reason_part in skip.reason
    assert fix_part in skip.fix
    line = str(skip)
    assert "\n" not in line
    assert line.startswith(skip.path if row is None else f"{skip.path}:{row}: ")
    assert f"Fix: {skip.fix}" in line
    assert line in corpus.summary()
    assert any(line in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize(
    ("files", "explicit", "options", "where", "reason_part", "fix_part"),
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_on_error_raise(tmp_path, files, explicit, options, where, reason_part, fix_part) -> None:
    write(tmp_path, {"good.txt": GOOD_TEXT, **files})
    with pytest.raises(CorpusError) as caught:
        load_corpus([tmp_path, *(tmp_path / name for name in explicit)], on_error="raise", **options)
    message = str(caught.value)
    assert where[0] in message and reason_part in message and fix_part in message


def test_csv_bad_rows_keep_good_rows(tmp_path) -> None:
    write(tmp_path, {"rows.csv": "id,text\nr1,First row\nr2,too,many,fields\nr3,Third row\n"})
    corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["r1", "r3"]
    assert "line 3" in corpus.skipped[0].reason


def test_latin1_fixture_is_skipped_with_the_byte_named() -> None:
    corpus = load_corpus(FIXTURES / "latin1_note.txt")
    assert len(corpus) == 0
    (skip,) = corpus.skipped
    assert "0xe9" in skip.reason and "line 2" in skip.reason and "iconv" in skip.fix


def test_invalid_on_error_option() -> None:
    with pytest.raises(ValueError, match="on_error"):
        load_corpus(FIXTURES, on_error="ignore")


# -- front matter and text rules ------------------------------------------------------------------
FRONT_MATTER = [
    ("---\ntitle: T\ndate: 2021-12-17\n---\nBody.\n", "T", "2021-12-17", "Body.\n"),
    ("---\ntitle: T\n---\n\nBody after one blank line.\n", "T", None, "Body after one blank line.\n"),
    ("---\ntitle: T\n---\n\n\nTwo blank lines: one kept.\n", "T", None, "\nTwo blank lines: one kept.\n"),
    ("No front matter.\n\n  Inner   spacing kept.\n", "", None, "No front matter.\n\n  Inner   spacing kept.\n"),
    ("---\r\ntitle: CRLF\r\n---\r\nLine one.\r\nLine two.\rLine three.\r\n", "CRLF", None,
     "Line one.\nLine two.\nLine three.\n"),
    ("\ufeff---\ntitle: BOM\n---\nBody.", "BOM", None, "Body."),
    ("\ufeffBOM without header.\n", "", None, "BOM without header.\n"),
    ("Text first.\n---\ntitle: not a header\n---\n", "", None, "Text first.\n---\ntitle: not a header\n---\n"),
    ('---\ntitle: "Quoted: with colon"\ndate: "17.12.2021"\n---\nBody.\n', "Quoted: with colon", "2021-12-17",
     "Body.\n"),
    ("---\n---\nEmpty header.\n", "", None, "Empty header.\n"),
]


@pytest.mark.parametrize(("content", "title", "date", "text"), FRONT_MATTER)
def test_front_matter(tmp_path, content, title, date, text) -> None:
    write(tmp_path, {"doc.md": content})
    document = load_corpus(tmp_path)["doc"]
    assert (document.title, document.date, document.text) == (title, date, text)


def test_front_matter_fields_and_meta(tmp_path) -> None:
    write(tmp_path, {"doc.txt": (
        "---\ntitle: Talks resume\nsource: The Fictional Observer\ndate: December 17, 2021\nlang: de\n"
        "synthetic: true\nurl: https://observer.example.org/talks\nauthor: Hanna Keller\ntags: [talks, europe]\n"
        "---\nBody.\n")})
    document = load_corpus(tmp_path)["doc"]
    assert document == Document(
        doc_id="doc", text="Body.\n", title="Talks resume", source="The Fictional Observer", date="2021-12-17",
        lang="de", path=str(tmp_path / "doc.txt"), synthetic=True, url="https://observer.example.org/talks",
    )
    assert document.meta == {"author": "Hanna Keller", "tags": ["talks", "europe"]}


def test_invalid_date_warns_and_keeps_document(tmp_path) -> None:
    write(tmp_path, {"doc.md": "---\ndate: sometime in winter\n---\nBody.\n"})
    corpus = load_corpus(tmp_path)
    assert corpus["doc"].date is None
    assert not corpus.skipped
    assert any("doc.md" in warning and "sometime in winter" in warning for warning in corpus.warnings)


DATES = [
    ("2021-12-17", "2021-12-17"),
    ("17.12.2021", "2021-12-17"),
    ("December 17, 2021", "2021-12-17"),
    ("17 December 2021", "2021-12-17"),
    ("Dec 17, 2021", "2021-12-17"),
    ("2021-12-17T08:30:00+01:00", "2021-12-17"),
    (" 2022-02-01 ", "2022-02-01"),
    (dt.date(2021, 12, 17), "2021-12-17"),
    (dt.datetime(2021, 12, 17, 23, 59), "2021-12-17"),
    (pd.Timestamp("2021-12-17 10:00"), "2021-12-17"),
    (None, None),
    ("", None),
    (float("nan"), None),
    (pd.NaT, None),
]


@pytest.mark.parametrize(("value", "expected"), DATES)
def test_normalize_date(value, expected) -> None:
    assert normalize_date(value) == expected


@pytest.mark.parametrize("value", ["sometime in winter", "2021-13-40", "17/12/21x", "32.12.2021"])
def test_normalize_date_rejects(value) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        normalize_date(value)


# -- doc_id rules and tabular formats -------------------------------------------------------------
def test_doc_id_is_file_stem(tmp_path) -> None:
    write(tmp_path, {"000_abc.txt": "One.\n", "notes/second.article.md": "Two.\n"})
    assert load_corpus(tmp_path).doc_ids == ["000_abc", "second.article"]


def test_generated_ids_without_id_column(tmp_path) -> None:
    write(tmp_path, {"export.csv": "title,text\nA,First\nB,Second\n"})
    corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["export-0001", "export-0002"]
    assert any("no 'id' column" in warning for warning in corpus.warnings)


def test_id_and_text_column_options(tmp_path) -> None:
    write(tmp_path, {"export.csv": "uid,body,id\nu1,First,x\nu2,Second,y\n"})
    corpus = load_corpus(tmp_path, text_column="body", id_column="uid")
    assert corpus.doc_ids == ["u1", "u2"]
    assert corpus["u1"].meta == {"id": "x"}


def test_csv_metadata_columns(tmp_path) -> None:
    write(tmp_path, {"export.csv": (
        "id,title,date,source,url,synthetic,lang,section,text\n"
        'a1,First,17.12.2021,Observer,https://o.example.org/1,true,en,World,"Line one,\nline two."\n'
        "a2,Second,,Observer,,false,,,Plain.\n")})
    corpus = load_corpus(tmp_path)
    first, second = corpus
    assert (first.doc_id, first.title, first.date, first.source, first.url, first.synthetic, first.lang) == (
        "a1", "First", "2021-12-17", "Observer", "https://o.example.org/1", True, "en")
    assert first.text == "Line one,\nline two."
    assert first.meta == {"section": "World"}
    assert (second.date, second.url, second.synthetic, second.lang) == (None, "", False, "en")


def test_jsonl(tmp_path) -> None:
    rows = [
        {"id": "j1", "text": "First.", "title": "One", "date": "2022-01-05", "extra": {"k": 1}},
        {"text": "No id here.", "source": "Courier"},
    ]
    write(tmp_path, {"feed.jsonl": "\n".join(json.dumps(row) for row in rows) + "\n\n"})
    corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["j1", "feed-0002"]
    assert corpus["j1"].meta == {"extra": {"k": 1}} and corpus["j1"].date == "2022-01-05"
    assert corpus["feed-0002"].source == "Courier"
    assert any("feed.jsonl:2" in warning for warning in corpus.warnings)


def test_parquet(tmp_path) -> None:
    frame = pd.DataFrame({
        "id": [7, 8], "text": ["Seven.", "Eight."], "date": pd.to_datetime(["2021-12-17", None]),
        "title": ["T7", None], "score": [0.5, 1.5],
    })
    frame.to_parquet(tmp_path / "table.parquet")
    corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["7", "8"]
    assert (corpus["7"].date, corpus["7"].title, corpus["7"].meta) == ("2021-12-17", "T7", {"score": 0.5})
    assert (corpus["8"].date, corpus["8"].title) == (None, "")


def test_parquet_without_text_column(tmp_path) -> None:
    pd.DataFrame({"id": ["a"], "body": ["x"]}).to_parquet(tmp_path / "table.parquet")
    write(tmp_path, {"good.txt": GOOD_TEXT})
    corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["good"]
    assert "columns found: id, body" in corpus.skipped[0].reason


def test_duplicate_ids_within_a_table(tmp_path) -> None:
    write(tmp_path, {"t.csv": "id,text\nsame,First\nsame,Second\n"})
    corpus = load_corpus(tmp_path)
    assert [d.text for d in corpus] == ["First"]
    assert corpus.skipped[0].row == 2 and "t.csv:1" in corpus.skipped[0].reason


# -- HTML ------------------------------------------------------------------------------------------
def test_saved_html_page() -> None:
    document = load_corpus(FIXTURES / "saved_news_page.html")["saved_news_page"]
    assert document.title == "Harbour towns debate a new ferry timetable"
    assert document.date == "2022-01-14"
    assert document.source == "The Lakeside Courier"
    assert document.url == "https://courier.example.org/2022/01/14/ferry-timetable"
    assert "Tomas Berglund" in document.text and "Ingrid Solberg" in document.text
    assert "Most read" not in document.text and "All rights reserved" not in document.text
    assert document.meta["author"] == "Petra Lindqvist"


# -- folders, order, defaults ----------------------------------------------------------------------
def test_folder_walk_skips_hidden_readme_and_unknown(tmp_path) -> None:
    write(tmp_path, {
        "b.txt": "B.\n", "a/z.md": "Z.\n", "README.md": "About this folder.\n", ".hidden.txt": "Hidden.\n",
        ".cache/c.txt": "Cached.\n", "image.png": b"\x89PNG\x00", "notes.docx": b"PK",
    })
    corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["z", "b"]
    assert not corpus.skipped


def test_non_recursive(tmp_path) -> None:
    write(tmp_path, {"top.txt": "Top.\n", "sub/deep.txt": "Deep.\n"})
    assert load_corpus(tmp_path, recursive=False).doc_ids == ["top"]


def test_order_is_deterministic_and_follows_given_paths(tmp_path) -> None:
    names = {f"{name}.txt": f"{name}.\n" for name in ["delta", "alpha", "charlie", "bravo"]}
    write(tmp_path / "one", names)
    write(tmp_path / "two", {"echo.txt": "Echo.\n"})
    first = load_corpus([tmp_path / "two", tmp_path / "one"])
    second = load_corpus([tmp_path / "two", tmp_path / "one"])
    assert first.doc_ids == ["echo", "alpha", "bravo", "charlie", "delta"]
    assert first.documents == second.documents
    pd.testing.assert_frame_equal(first.frame(), second.frame())


def test_file_given_twice_is_read_once(tmp_path) -> None:
    write(tmp_path, {"good.txt": GOOD_TEXT})
    corpus = load_corpus([tmp_path, tmp_path / "good.txt"])
    assert corpus.doc_ids == ["good"] and not corpus.skipped


def test_default_paths(tmp_path, monkeypatch) -> None:
    write(tmp_path / "corpus", {"teaching.md": "---\ntitle: Teaching\n---\nText.\n"})
    monkeypatch.setattr(corpus_module, "default_corpus_paths", lambda: [tmp_path / "seeds", tmp_path / "corpus"])
    corpus = load_corpus()
    assert corpus.doc_ids == ["teaching"]
    assert not corpus.skipped
    assert any("seeds" in warning and "not found" in warning for warning in corpus.warnings)


def test_default_paths_of_the_project_load_without_error() -> None:
    corpus = load_corpus()
    assert not corpus.skipped, corpus.summary()
    assert len(corpus) > 0 or corpus.warnings


def test_empty_folder_and_empty_corpus_warn(tmp_path) -> None:
    corpus = load_corpus(tmp_path)
    assert len(corpus) == 0 and not corpus.skipped
    assert any("no loadable files" in warning for warning in corpus.warnings)
    assert any("no documents loaded" in warning for warning in corpus.warnings)
    assert corpus.summary().startswith("Loaded 0 documents from 0 files; skipped none.")


def test_progress_bar(tmp_path, capsys) -> None:
    write(tmp_path, {"good.txt": GOOD_TEXT})
    assert load_corpus(tmp_path, progress=True).doc_ids == ["good"]
    assert "Loading corpus" in capsys.readouterr().err


# -- the Corpus object -----------------------------------------------------------------------------
def test_corpus_api(tmp_path) -> None:
    write(tmp_path, {"a.txt": "Alpha text.\n", "b.md": "---\ndate: 2021-12-17\n---\nBravo.\n", "c.txt": b""})
    corpus = load_corpus(tmp_path)
    assert len(corpus) == 2 and corpus.doc_ids == ["a", "b"] and [d.doc_id for d in corpus] == ["a", "b"]
    assert corpus["b"].date == "2021-12-17" and corpus[0].doc_id == "a" and "a" in corpus
    with pytest.raises(KeyError, match="known doc_ids"):
        corpus["zzz"]
    assert corpus.texts == {"a": "Alpha text.\n", "b": "Bravo.\n"}
    assert corpus.summary().splitlines()[0] == "Loaded 2 documents from 3 files; skipped 1:"
    frame = corpus.frame()
    assert list(frame.columns) == TABLE_COLUMNS["documents"]
    assert frame["n_chars"].tolist() == [12, 7] and frame["n_tokens"].tolist() == [0, 0]
    assert frame["date"].tolist() == ["", "2021-12-17"]


def test_from_documents_and_text_hash() -> None:
    documents = [Document(doc_id="x", text="abc", path="mem/x.txt"), Document(doc_id="y", text="abc")]
    corpus = Corpus.from_documents(documents)
    assert corpus.doc_ids == ["x", "y"] and corpus.skipped == [] and corpus.files == ["mem/x.txt"]
    assert documents[0].text_hash == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert documents[0].text_hash == documents[1].text_hash


def test_skipped_input_str() -> None:
    assert str(SkippedInput("f.csv", 3, "bad row.", "fix it")) == "f.csv:3: bad row. Fix: fix it"
    assert str(SkippedInput("f.txt", None, "empty", "add text")) == "f.txt: empty. Fix: add text"
