"""Re-execute the curated notebooks in place so the outputs nbval checks are current.

Run after a change to the pipeline, the data files or the corpus (``make notebooks``)::

    .venv/bin/python notebooks/refresh_outputs.py [notebooks/01_actors.ipynb ...]

For each notebook: take the code from its paired py:percent file (the reviewed source), execute
it with the project kernel from the ``notebooks/`` folder, drop the saved widget state (large and
different on every run) and write the ``.ipynb``; the ``.py`` pair is left as it is.
"""
from __future__ import annotations

import sys
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent


def refresh(path: Path) -> None:
    """Execute one notebook from its py:percent source and write it with fresh outputs."""
    source = path.with_suffix(".py")
    notebook = jupytext.read(source) if source.exists() else nbformat.read(path, as_version=4)
    notebook.metadata.setdefault("jupytext", {})["formats"] = "ipynb,py:percent"
    NotebookClient(notebook, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(HERE)}}).execute()
    notebook.metadata.pop("widgets", None)
    nbformat.write(notebook, path)
    print(f"refreshed {path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    targets = [Path(arg).resolve() for arg in sys.argv[1:]] or sorted(HERE.glob("0*.ipynb"))
    for target in targets:
        refresh(target)
