"""People across a run: one row per person (PER entity), grouped by `entity_key`.

Within an article the entities layer already gives every mention of a person the fullest
name the article uses ("Dupont" -> "Claire Dupont"); across articles the `entity_key` of
that name (case and accents folded) is the person. The quotes a person gave are counted
through `quotes.speaker_entity_id` (the speaker's entity in the article) when the quotes
table has it, else by matching the speaker's name to the person's key.
"""

from __future__ import annotations

import pandas as pd

from newsextract import schema
from newsextract.frames import to_frame, to_rows
from newsextract.nlp.entities.canonical import entity_key

# Distinct names and roles listed per person, most frequent first: a politician quoted in
# hundreds of articles has dozens of role phrasings, and a cell must stay readable.
MAX_VALUES_LISTED = 10
PERSON = "PER"
SPEAKER_ENTITY = "speaker_entity_id"  # added by the quotes layer in a later schema


def _ranked(persons: pd.DataFrame, column: str, per_article: bool = False) -> pd.DataFrame:
    """(entity_key, value, n) of each distinct value of `column` per person, most frequent
    first, then the longest, then the first seen; `per_article` counts articles, not rows."""
    pairs = persons[["doc_id", "entity_key", column]].dropna()
    pairs = pairs[pairs[column].astype(str).str.strip() != ""]
    if per_article:
        pairs = pairs.drop_duplicates(["doc_id", "entity_key", column])
    counts = pairs.groupby(["entity_key", column], sort=False).size().reset_index(name="n")
    counts["first_seen"] = range(len(counts))  # groups come in order of first appearance
    counts["length"] = counts[column].astype(str).str.len()
    return counts.sort_values(["entity_key", "n", "length", "first_seen"],
                              ascending=[True, False, False, True])


def _listed(persons: pd.DataFrame, column: str) -> pd.Series:
    """entity_key -> the person's distinct values of `column`, joined, most frequent first."""
    ranked = _ranked(persons, column)
    if ranked.empty:
        return pd.Series(dtype="string")
    return ranked.groupby("entity_key", sort=False).head(MAX_VALUES_LISTED) \
        .groupby("entity_key", sort=False)[column].agg(schema.LIST_SEPARATOR.join)


def speaker_keys(quotes: pd.DataFrame, entities: pd.DataFrame) -> pd.Series:
    """The `entity_key` of each quote's speaker (aligned with `quotes`), or <NA>.

    Through the speaker's entity when the quote has one (`speaker_entity_id`), else, for a
    person speaker, through the speaker's name (the layer writes the fullest name, which is
    the canonical name of the entity).
    """
    keys = pd.Series(pd.NA, index=quotes.index, dtype="string")
    if SPEAKER_ENTITY in quotes.columns:
        lookup = entities[["doc_id", "entity_id", "entity_key"]].dropna() \
            .drop_duplicates(["doc_id", "entity_id"]) \
            .rename(columns={"entity_id": SPEAKER_ENTITY})
        lookup[SPEAKER_ENTITY] = lookup[SPEAKER_ENTITY].astype("Int64")
        found = quotes[["doc_id", SPEAKER_ENTITY]].astype({SPEAKER_ENTITY: "Int64"}) \
            .merge(lookup, how="left", on=["doc_id", SPEAKER_ENTITY])
        keys[:] = found["entity_key"].astype("string").to_numpy()
    by_name = keys.isna() & (quotes["speaker_label"] == PERSON).fillna(False) \
        & quotes["speaker"].notna()
    keys.loc[by_name] = [entity_key(str(s)) for s in quotes.loc[by_name, "speaker"]]
    return keys


def build_people(entities: pd.DataFrame, quotes: pd.DataFrame,
                 articles: pd.DataFrame) -> pd.DataFrame:
    """The `people` table: most mentioned first (articles, then mentions, then key)."""
    persons = entities[(entities["label"] == PERSON).fillna(False)
                       & entities["entity_key"].notna()]
    if persons.empty:
        return to_frame(schema.PEOPLE, [])
    by_key = persons.groupby("entity_key", sort=False)
    people = pd.DataFrame({"n_articles": by_key["doc_id"].nunique(),
                           "n_mentions": by_key.size()})
    people["canonical"] = _ranked(persons, "canonical", per_article=True) \
        .drop_duplicates("entity_key").set_index("entity_key")["canonical"]
    people["names"] = _listed(persons, "text")
    people["roles"] = _listed(persons, "role")
    people["n_quotes"] = speaker_keys(quotes, entities).value_counts() \
        .reindex(people.index).fillna(0)
    dates = articles[["doc_id", "date"]].dropna()
    dated = persons[["doc_id", "entity_key"]].drop_duplicates() \
        .merge(dates.assign(date=dates["date"].astype(str).str[:10]), on="doc_id")
    people["first_date"] = dated.groupby("entity_key")["date"].min()
    people["last_date"] = dated.groupby("entity_key")["date"].max()
    people = people.rename_axis("entity_key").reset_index() \
        .sort_values(["n_articles", "n_mentions", "entity_key"], ascending=[False, False, True])
    return to_frame(schema.PEOPLE, to_rows(people[schema.PEOPLE.column_names]))
