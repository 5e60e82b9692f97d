"""The word lists of the entities layer (``data/entities_*``, ``titles.txt``), loaded once."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from spacy.language import Language

from newsextract import language
from newsextract.nlp.entities import canonical
from newsextract.nlp.entities.gazetteer import PATTERNS_FILE as GAZETTEER_FILE
from newsextract.nlp.grammar_words import (
    DEFINITE_ARTICLE,
    INDEFINITE_SINGULAR,
    PREPOSITION_DE,
    SINGULAR_DEMONSTRATIVE,
    grammar_words,
)
from newsextract.resources import read_json, read_jsonl, read_lines, read_tsv


@dataclass(frozen=True)
class Trigger:
    label: str
    part_of_name: bool  # "place du Capitole" (True) vs "l'agence Lumen Presse" (False)
    with_of: bool  # "trigger de Name" is still one name


@dataclass(frozen=True)
class Honorific:
    """What an honorific before a name tells: a gender ("Mme") and the description heads it
    stands for ("Me" -> avocat)."""

    gender: str | None
    heads: tuple[str, ...]


@cache
def honorifics() -> dict[str, Honorific]:
    """honorifics.tsv, the one list of honorifics (entities, participants, quotes)."""
    out = {}
    for row in read_tsv("honorifics.tsv"):
        gender = row[1] if len(row) > 1 and row[1] != "-" else None
        heads = tuple(row[2].split()) if len(row) > 2 and row[2] != "-" else ()
        out[row[0]] = Honorific(gender, heads)
    return out


@cache
def acronym_skip_words() -> frozenset[str]:
    """Words that give no letter to an acronym (entities_function_words.json)."""
    return frozenset(read_json("entities_function_words.json")["acronym_skip"])


@cache
def person_age_words() -> frozenset[str]:
    """The units of a person's age ("an", "ans": "Paul X, 45 ans"): `person_age_words` of
    entities_function_words.json, for the layers that hold no Lexicons."""
    return frozenset(read_json("entities_function_words.json")["person_age_words"])


@dataclass(frozen=True)
class Lexicons:
    determiners: frozenset[str]
    honorifics: frozenset[str]
    titles: dict[str, list[tuple[str, ...]]]  # first word -> title word sequences, longest first
    longest_title: int  # in tokens
    stoplist: frozenset[str]
    idioms: frozenset[tuple[str, ...]]  # entity keys of the words of each fixed expression
    demonyms: frozenset[str]
    demonym_suffixes: tuple[str, ...]
    triggers: dict[str, Trigger]
    # first word -> (words, trigger) of the part-of-name head nouns, longest first
    head_phrases: dict[str, list[tuple[tuple[str, ...], Trigger]]]
    non_entity_acronyms: frozenset[str]  # entity keys of acronyms that name no entity
    place_qualifiers: frozenset[str]  # "centrale" in "Europe centrale"
    place_infixes: tuple[str, ...]
    pair_nouns: dict[str, str | None]  # "axe" -> "LOC": the label of each name of the pair
    words: dict[str, frozenset[str]]  # the closed classes of entities_function_words.json

    def has(self, group: str, word: str) -> bool:
        return word in self.words[group]


def load_lexicons(nlp: Language) -> Lexicons:
    titles: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for title in read_lines("titles.txt"):
        words = tuple(t.lower_ for t in nlp.make_doc(title))
        titles[words[0]].append(words)
    for seqs in titles.values():
        seqs.sort(key=len, reverse=True)
    triggers = {row[0].lower(): Trigger(row[1], row[2] == "name", row[3] == "yes")
                for row in read_tsv("entities_triggers.tsv") if len(row) >= 4}
    head_phrases: dict[str, list[tuple[tuple[str, ...], Trigger]]] = defaultdict(list)
    for row in read_tsv("entities_triggers.tsv"):
        if len(row) >= 4 and row[2] == "name":
            words = tuple(t.lower_ for t in nlp.make_doc(row[0]))
            head_phrases[words[0]].append((words, triggers[row[0].lower()]))
    for phrases in head_phrases.values():
        phrases.sort(key=lambda p: len(p[0]), reverse=True)
    return Lexicons(
        determiners=frozenset(w.lower() for w in read_lines("entities_determiners.txt")),
        honorifics=frozenset(honorifics()),
        titles=dict(titles),
        longest_title=max((len(w) for seqs in titles.values() for w in seqs), default=1),
        stoplist=frozenset(canonical.entity_key(w) for w in read_lines("entities_stoplist.txt")),
        idioms=frozenset(tuple(canonical.entity_key(t.text) for t in nlp.make_doc(line))
                         for line in read_lines("entities_idioms.txt")),
        demonyms=frozenset(canonical.entity_key(w) for w in read_lines("entities_demonyms.txt")),
        demonym_suffixes=tuple(sorted(read_lines("entities_demonym_suffixes.txt"), key=len,
                                      reverse=True)),
        triggers=triggers,
        head_phrases=dict(head_phrases),
        place_qualifiers=frozenset(form for w in read_lines("entities_place_qualifiers.txt")
                                   for form in qualifier_forms(w.lower())),
        non_entity_acronyms=frozenset(canonical.entity_key(w)
                                      for w in read_lines("entities_common_acronyms.txt")),
        place_infixes=read_lines("entities_place_infixes.txt"),
        pair_nouns={row[0].lower(): None if row[1] == "-" else row[1]
                    for row in read_tsv("entities_pair_nouns.tsv")},
        words={k: frozenset(v) for k, v in read_json("entities_function_words.json").items()
               if isinstance(v, list)} | shared_word_classes(nlp),
    )


def shared_word_classes(nlp: Language) -> dict[str, frozenset[str]]:
    """The classes of `Lexicons.words` read from lists other layers share."""
    return {
        "connectors": grammar_words(PREPOSITION_DE),  # "de" between a head noun and a name
        "articles": grammar_words(DEFINITE_ARTICLE) | grammar_words(INDEFINITE_SINGULAR),
        "french_adjectives": lemma_index_words(nlp, "adj"),
        "french_nouns": lemma_index_words(nlp, "noun"),
        "titles_with_article": titles_with_article(),
        "regional_media": regional_media(),
        # "Figaro" of "le figaro": a one-word title, the first word of its editions
        "title_words": frozenset(t.split(" ", 1)[1] for t in titles_with_article()
                                 if " " not in t.split(" ", 1)[1]),
        "french_function_words": language.french_function_words(),
        "surname_particles": frozenset(read_lines("entities_surname_particles.txt")),
        "portfolios": frozenset(canonical.entity_key(w)
                                for w in read_lines("entities_portfolios.txt")),
        "time_tail_words": day_words(),  # "samedi", "hier", "soir" (time_tails.py)
        "time_tail_demonstratives": grammar_words(SINGULAR_DEMONSTRATIVE),  # "ce mardi"
    }


def day_words() -> frozenset[str]:
    """The one-word weekdays, day words and parts of the day of the dates layer's lexicon
    ("samedi", "hier", "soir"), in both apostrophes."""
    lexicon = read_json("dates_lexicon.json")
    words = {w for key in ("weekdays", "relative_days", "day_parts") for w in lexicon[key]
             if " " not in w}
    return frozenset(words | {w.replace("'", "’") for w in words})



def titles_with_article() -> frozenset[str]:
    """The gazetteer's titles whose article is part of the name, article lowercased
    ("le Parisien", "les Echos"), to find them after "du", "au", "des", "aux"."""
    titles = set()
    for pattern in read_jsonl(GAZETTEER_FILE):
        text = pattern.get("pattern")
        if pattern.get("article") == "part" and isinstance(text, str) and " " in text:
            article, rest = text.split(" ", 1)
            titles.add(f"{article.lower()} {rest}")
    return frozenset(titles)


def regional_media() -> frozenset[str]:
    """The gazetteer's media whose regional editions add a place to the name ("France 3"
    -> "France 3 Bretagne"): patterns marked ``"editions": "regional"``."""
    return frozenset(p["pattern"] for p in read_jsonl(GAZETTEER_FILE)
                     if p.get("editions") == "regional" and isinstance(p.get("pattern"), str))


def qualifier_forms(feminine: str) -> set[str]:
    """The four forms of a qualifier listed in the feminine singular: the file's continents
    and countries take that one ("l'Europe centrale"), plural mountains and masculine
    provinces the others ("les Vosges centrales", "le Jura méridional", "les Monts
    occidentaux")."""
    stem = feminine[:-3] if feminine.endswith("enne") else feminine.removesuffix("e")
    forms = {feminine, feminine + "s", stem, stem + "s"}
    if stem.endswith("al"):
        forms.add(stem[:-2] + "aux")
    return forms


def lemma_index_words(nlp: Language, pos: str) -> frozenset[str]:
    """The words of one part of speech ("adj": "hilare", "furieux"; "noun": "réforme") in
    the French lemmatizer's word index, empty when the pipeline has no rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    table = lookups.get_table("lemma_index")
    return frozenset(table.get(pos, ()))
