"""Tests for workbench.runs: parameters, byte-identical tables, the manifest, papermill, the CLI."""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import nbformat
import pytest

from workbench.runs import RunError, RunParams, register_cli, run, run_command

ROOT = Path(__file__).resolve().parent.parent
TEACHING_CORPUS = ROOT / "data" / "corpus"


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    """Three documents of the teaching corpus, copied so the test controls the folder."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(TEACHING_CORPUS.glob("*.md"))[:3]:
        shutil.copy(path, folder / path.name)
    assert len(list(folder.iterdir())) == 3, "the teaching corpus data/corpus/ needs at least 3 documents"
    return folder


def write_params(folder: Path, **values) -> Path:
    path = folder / "run.yaml"
    path.write_text(json.dumps(values), encoding="utf-8")  # JSON is valid YAML
    return path


# --- parameters ------------------------------------------------------------------------------

def test_project_run_yaml_is_valid():
    params = RunParams.from_file(ROOT / "run.yaml")
    assert params.corpus == ["seeds", "data/corpus"]
    assert params.run_dir == ROOT / "outputs" / params.name


@pytest.mark.parametrize(
    "values, overrides, expected",
    [
        ({"name": "a", "workers": 2}, {}, {"name": "a", "workers": 2}),
        ({"name": "a", "workers": 2}, {"workers": 1, "name": None}, {"name": "a", "workers": 1}),
        ({"corpus": "docs"}, {}, {"corpus": ["docs"]}),
        ({}, {"execute_notebooks": False}, {"execute_notebooks": False, "batch_size": 64}),
    ],
)
def test_params_from_file_with_overrides(tmp_path, values, overrides, expected):
    params = RunParams.from_file(write_params(tmp_path, **values), **overrides)
    assert {key: getattr(params, key) for key in expected} == expected
    assert params.resolve("x") == tmp_path / "x"


@pytest.mark.parametrize(
    "content, message",
    [
        ("nmae: typo\n", "unknown parameter"),
        ("- a list\n", "expected a mapping"),
        ("name: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_parameter_files_say_what_to_fix(tmp_path, content, message):
    path = tmp_path / "run.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RunError, match=message):
        RunParams.from_file(path)


def test_missing_parameter_file(tmp_path):
    with pytest.raises(RunError, match="not found"):
        RunParams.from_file(tmp_path / "nope.yaml")


# --- runs ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def two_runs(tmp_path_factory, small_corpus):
    """The same inputs run twice: cold into a fresh cache, then from that cache."""
    base = tmp_path_factory.mktemp("runs")
    manifests = []
    for name in ("first", "second"):
        params = RunParams.from_file(write_params(base, corpus=[str(small_corpus)], cache_dir="cache",
                                                  execute_notebooks=False), name=name)
        manifests.append(run(params, progress=False))
    return base, manifests


def test_two_runs_give_byte_identical_tables(two_runs):
    base, (first, second) = two_runs
    assert first["stats"]["n_parsed"] == 3 and second["stats"]["n_cached"] == 3
    files = sorted(p.relative_to(base / "outputs" / "first") for p in (base / "outputs" / "first").rglob("*")
                   if p.is_file() and p.name != "manifest.json")
    assert len(files) == 10 + 5  # tables/ (CSV + Parquet) and one partition per table
    for relative in files:
        assert (base / "outputs" / "first" / relative).read_bytes() == \
            (base / "outputs" / "second" / relative).read_bytes(), relative
    assert first["tables"] == second["tables"]


def test_manifest_records_versions_inputs_and_parameters(two_runs, small_corpus):
    import spacy

    base, (first, _) = two_runs
    manifest = json.loads((base / "outputs" / "first" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "ok"
    assert manifest["versions"]["spacy"] == spacy.__version__
    assert set(manifest["versions"]) >= {"workbench", "spacy", "pandas", "python"}
    assert manifest["model"]["name"] and manifest["model"]["version"]
    assert manifest["parameters"]["corpus"] == [str(small_corpus)] and manifest["parameters"]["name"] == "first"
    hashes = {Path(f["path"]).name: f["sha256"] for f in manifest["corpus"]["files"]}
    assert sorted(hashes) == sorted(p.name for p in small_corpus.iterdir())
    assert all(len(h) == 64 for h in hashes.values())
    assert manifest["started"] <= manifest["finished"]
    assert set(manifest["git"]) == {"commit", "dirty"}
    assert manifest["rows"]["documents"] == 3 and "mentions.csv" in manifest["tables"]


def test_run_writes_partitions_that_duckdb_queries(two_runs):
    from workbench.execution import sql

    base, _ = two_runs
    frame = sql(base / "outputs" / "first" / "partitions", "SELECT count(*) AS n FROM documents")
    assert frame["n"].tolist() == [3]


def test_missing_corpus_path_is_an_error(tmp_path):
    params = RunParams.from_file(write_params(tmp_path, corpus=["does_not_exist"], execute_notebooks=False))
    with pytest.raises(RunError, match="does_not_exist"):
        run(params, progress=False)


# --- notebooks and the command line ----------------------------------------------------------

def make_notebook(path: Path, *, body: str) -> None:
    notebook = nbformat.v4.new_notebook()
    parameters = nbformat.v4.new_code_cell("corpus_paths = []\nmodel = None")
    parameters.metadata["tags"] = ["parameters"]
    notebook.cells = [parameters, nbformat.v4.new_code_cell(body)]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(notebook, path)


def cli_args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="workbench")
    register_cli(parser.add_subparsers(dest="command"))
    return parser.parse_args(["run", *argv])


@pytest.mark.slow
def test_notebooks_run_with_parameters_and_a_failure_fails_the_run(tmp_path, small_corpus, capsys):
    notebooks = tmp_path / "nbs"
    notebooks.mkdir()
    make_notebook(notebooks / "01_ok.ipynb", body="print(len(corpus_paths), model)")
    make_notebook(notebooks / "02_broken.ipynb", body="raise ValueError('exercise left undone')")
    params = write_params(tmp_path, corpus=[str(small_corpus)], notebooks=["nbs/0*.ipynb"], cache_dir=False)
    status = run_command(cli_args("--params", str(params), "--name", "nb", "--quiet"))
    assert status == 1
    assert "02_broken.ipynb failed" in capsys.readouterr().err
    manifest = json.loads((tmp_path / "outputs" / "nb" / "manifest.json").read_text(encoding="utf-8"))
    assert [(n["notebook"], n["status"]) for n in manifest["notebooks"]] == [("01_ok.ipynb", "ok"),
                                                                            ("02_broken.ipynb", "failed")]
    executed = nbformat.read(tmp_path / "outputs" / "nb" / "notebooks" / "01_ok.ipynb", as_version=4)
    from workbench.pipeline import resolve_model

    # The run passes the resolved model name, so the notebooks use exactly the run's pipeline.
    assert executed.cells[-1].outputs[0]["text"] == f"1 {resolve_model()}\n"
    assert any("injected-parameters" in cell.metadata.get("tags", []) for cell in executed.cells)


def test_cli_run_without_notebooks_succeeds(tmp_path, small_corpus, capsys):
    params = write_params(tmp_path, corpus=[str(small_corpus)])
    assert run_command(cli_args("--params", str(params), "--name", "cli", "--no-notebooks", "--quiet")) == 0
    assert "run cli: ok" in capsys.readouterr().out
    assert json.loads((tmp_path / "outputs" / "cli" / "manifest.json").read_text())["notebooks"] == []


def test_cli_run_with_a_missing_parameter_file_exits_non_zero(tmp_path, capsys):
    assert run_command(cli_args("--params", str(tmp_path / "missing.yaml"))) == 1
    assert "parameter file not found" in capsys.readouterr().err
