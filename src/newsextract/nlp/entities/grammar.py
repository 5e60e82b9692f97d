"""Which names does French grammar mark that the model missed or cut?

A place or an institution is often written as a type word followed by a proper name, and
the model tends to keep only the proper name, or nothing:

- venues (``LOC``): "la rue Lamartine", "le pont de la Liberté", "au rond-point des Lilas",
  "la prison de Fresnes": type word, optional "de"/"du"/"de la"/"de l'", capitalised words;
- institutions (``ORG``): "une cour d'assises du Var", "l'hôpital de Vannes", "la mairie de
  Nantes": institution noun + "de" + place; the whole span is the organisation, not the town;
- districts: "le 11e arrondissement", "le 4e arrondissement de Lyon" (``LOC``).

The type words are the head nouns of ``data/entities_triggers.tsv`` whose ``part`` is
``name`` (several words allowed: "cour d'appel", "tribunal de grande instance"). These
spans replace the model's mentions they overlap, except gazetteer spans.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsextract.nlp.entities.lexicons import Lexicons, Trigger
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import connector_length, is_sentence_initial, names_itself
from newsextract.nlp.grammar_words import BARE_DE, DEFINITE_ARTICLE, PREPOSITION_DE, grammar_words

# Longest proper name after a type word ("place du Général-de-Gaulle", "rue Jean de La
# Fontaine"): beyond this, a run of capitals is a list of names, not one name.
MAX_NAME_TOKENS = 6
# "11e", "1er", "3ème", "XVe": an ordinal before a district noun.
ORDINAL = re.compile(r"^(?:\d{1,2}|[IVXL]{1,5})(?:e|er|ème|eme)$")
NAME_JOINERS = frozenset({"-"}) | grammar_words(PREPOSITION_DE) | grammar_words(DEFINITE_ARTICLE)


def may_be_in_proper_name(token) -> bool:
    """A capitalised word that can be part of a proper name ("Lilas", "Saint-Michel", "XV")."""
    text = token.text
    return text[:1].isupper() and any(c.isalpha() for c in text) and not token.is_punct


def head_at(doc: Doc, i: int, lex: Lexicons) -> tuple[int, Trigger] | None:
    """(length, trigger) of the longest part-of-name head noun starting at token i."""
    first = doc[i]
    phrases = lex.head_phrases.get(first.lower_)
    if not phrases:  # asked of every token: the lexicon first, most words head nothing
        return None
    lowered = first.is_lower or (first.is_title and is_sentence_initial(doc, i))
    if not lowered:
        return None
    for words, trig in phrases:
        n = len(words)
        if i + n <= len(doc) and tuple(t.lower_ for t in doc[i:i + n]) == words:
            return n, trig
    return None


def name_end(doc: Doc, k: int, limit: int, label: str, loc_starts: frozenset[int],
             person_starts: frozenset[int]) -> int:
    """End of the proper name starting at token k (k itself if there is none).

    Joiners ("de", "la", "-") stay inside the name only when a capitalised word follows
    ("rue Jean de La Fontaine"). A place name ("... de Lyon") after a venue's name is the
    town it stands in, not part of it: it stops a LOC name, not an ORG one ("tribunal de
    commerce de Lyon" is one organisation). A person named right after the name is not part
    of it ("la commission des Lois Jeanne Martin")."""
    if k >= limit or not may_be_in_proper_name(doc[k]):
        return k
    end = k + 1
    j = end
    while j < limit and end - k < MAX_NAME_TOKENS:
        if may_be_in_proper_name(doc[j]) and j not in person_starts:
            end = j = j + 1
            continue
        if doc[j].lower_ not in NAME_JOINERS:
            break
        if label == "LOC" and doc[j].lower_ in grammar_words(BARE_DE) and j + 1 in loc_starts:
            break
        j += 1
    return end


def head_noun_names(doc: Doc, lex: Lexicons, model: list[Mention],
                    sent_of: list[tuple[int, int]]) -> list[Mention]:
    """Venue and institution names written "type word + (de) + proper name"."""
    loc_starts = frozenset(m.start for m in model if m.label == "LOC")
    person_starts = frozenset(m.start for m in model if m.label == "PER")
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        head = head_at(doc, i, lex)
        if head is None:
            i += 1
            continue
        n, trig = head
        k = i + n
        conn = connector_length(doc, k, lex) if trig.with_of else 0
        # the parser sometimes ends a sentence inside "rond - point": the name's sentence counts
        limit = sent_of[min(k + conn, len(doc) - 1)][1]
        if conn and k + conn in person_starts or names_itself(doc, k + conn):
            i += 1  # "à la place de Jeanne Martin" (instead of); "le café Le Zinc" (the model's)
            continue
        end = name_end(doc, k + conn, limit, trig.label, loc_starts, person_starts)
        if end > k + conn:
            found.append(Mention(i, end, trig.label, trigger_label=trig.label))
            i = end
        else:
            i += 1
    return found + ordinal_districts(doc, lex) + compound_places(doc, lex, model)


def ordinal_districts(doc: Doc, lex: Lexicons) -> list[Mention]:
    """"le 11e arrondissement": an ordinal and a district noun make a place name, with the
    town when it follows ("le 4e arrondissement de Lyon": one place, not Lyon inside it)."""
    found = []
    for i in range(len(doc) - 1):
        if ORDINAL.match(doc[i].text) and lex.has("district_nouns", doc[i + 1].lower_):
            end = i + 2
            if end + 1 < len(doc) and lex.has("connectors", doc[end].lower_) \
                    and may_be_in_proper_name(doc[end + 1]):
                end += 2
            found.append(Mention(i, end, "LOC", trigger_label="LOC"))
    return found


def glued_run_end(doc: Doc, i: int) -> int:
    """End of the run of tokens glued to token i without a space ("Isle", "-", "sur", ...)."""
    j = i + 1
    while j < len(doc) and not doc[j - 1].whitespace_ and not doc[j].is_space \
            and (doc[j].is_alpha or doc[j].text in {"-", "'", "’"} or "-" in doc[j].text):
        j += 1
    return j


def compound_places(doc: Doc, lex: Lexicons, model: list[Mention]) -> list[Mention]:
    """French compound place names written with hyphens and a place infix ("Brive-la-
    Gaillarde", "Chalon-sur-Saône", "Bourg-lès-Valence": ``entities_place_infixes.txt``) are
    places, also where the model saw no name. Not inside a person the model found
    ("Pierre-de-Lune Martin")."""
    persons = [(m.start, m.end) for m in model if m.label == "PER"]
    infixes = [infix.lower() for infix in lex.place_infixes]
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        if not may_be_in_proper_name(doc[i]) \
                or (i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha):
            i += 1
            continue
        end = glued_run_end(doc, i)
        while end > i + 1 and not doc[end - 1].text.strip("-'’")[:1].isupper():
            end -= 1  # the name ends on a capitalised word ("... -l'Étang-")
        last_part = doc[end - 1].text.strip("-'’").split("-")[-1].split("'")[-1]
        compound = (end > i + 1 or "-" in doc[i].text) and last_part[:1].isupper()
        # the shape first: most capitalised words are no compound, the text is not needed
        if compound and has_place_infix(doc[i:end].text, infixes) \
                and not any(s < end and i < e for s, e in persons):
            found.append(Mention(i, end, "LOC", trigger_label="LOC"))
            i = end
        else:
            i += 1
    return found


def has_place_infix(name: str, infixes: list[str]) -> bool:
    """ "Chalon-sur-Saône": the name holds a place infix (lowercase `infixes`)."""
    low = name.lower()
    return any(infix in low for infix in infixes)


def merge_grammar_names(mentions: list[Mention], names: list[Mention]) -> list[Mention]:
    """The grammar's names replace the model mentions they overlap; a gazetteer span that
    is not inside a grammar name wins over it."""
    def overlaps(a: Mention, b: Mention) -> bool:
        return a.start < b.end and b.start < a.end

    kept_names = [n for n in names if not any(
        m.gazetteer and overlaps(m, n) and not (n.start <= m.start and m.end <= n.end)
        for m in mentions)]
    rest = [m for m in mentions if not any(overlaps(m, n) for n in kept_names)]
    return rest + kept_names
