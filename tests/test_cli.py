"""The command line: help on every command, extract end to end, exit statuses."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from workbench.cli import build_parser, main
from workbench.schema import TABLE_COLUMNS, TABLE_NAMES


@pytest.mark.parametrize("command", ["extract", "run", "evaluate", "export-network"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: workbench " + command in capsys.readouterr().out


def test_every_analysing_command_takes_model() -> None:
    parser = build_parser()
    for command in ("extract", "run", "evaluate", "export-network"):
        action = parser._subparsers._group_actions[0].choices[command]
        assert any("--model" in a.option_strings for a in action._actions), command


def test_no_command_prints_help_and_fails(capsys: pytest.CaptureFixture) -> None:
    assert main([]) == 2
    assert "extract" in capsys.readouterr().out


def test_extract_writes_the_tables(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\ntitle: A\ndate: 2021-12-17\n---\n"
                                 "“We need guarantees,” Lavrov said. Kiev rejected the Minsk agreements.\n")
    (corpus / "b.txt").write_text("Zelenskyy called for a Normandy Four summit.\n")
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00binary\x00")
    out = tmp_path / "out"
    status = main(["extract", str(corpus), "--out", str(out), "--no-cache", "--quiet"])
    assert status == 0
    for name in TABLE_NAMES:
        frame = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        assert list(frame.columns[: len(TABLE_COLUMNS[name])]) == TABLE_COLUMNS[name]
        assert (out / f"{name}.parquet").exists()
    documents = pd.read_csv(out / "documents.csv")
    assert sorted(documents["doc_id"]) == ["a", "b"]
    formats = pd.read_csv(out / "formats.csv")
    assert set(formats["format_id"]) == {"minsk_agreements", "normandy_format"}


def test_extract_fails_on_an_empty_corpus(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = subprocess.run([sys.executable, "-m", "workbench", "extract", str(tmp_path / "empty"), "--out",
                             str(tmp_path / "out"), "--quiet"], capture_output=True, text=True)
    assert result.returncode != 0
    assert "no documents" in result.stderr


def test_unknown_model_names_both_install_routes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Lavrov spoke.")
    result = subprocess.run([sys.executable, "-m", "workbench", "extract", str(tmp_path / "a.txt"), "--out",
                             str(tmp_path / "out"), "--model", "xx_no_such_model", "--no-cache", "--quiet"],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "requirements/model.txt" in result.stderr and "conda-forge" in result.stderr
