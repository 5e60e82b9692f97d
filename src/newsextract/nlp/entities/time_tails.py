"""Which words at the end of a name are the time of the sentence, not part of the name?

The model often runs a name on into the time complement that follows it: "a rapporté
L'Avenir samedi", "en République démocratique du Congo lundi", "selon la préfecture de la
Vallonne dimanche", "a confié Le Quotidien ce mardi". A lowercase weekday, day word ("hier",
"demain") or part of the day ("soir", "matin"), with the demonstrative before it ("ce
mardi") and the "dernier"/"prochain" after it, is cut from the end of a name. A name whose
day follows "du" or "de" keeps it ("le Journal du dimanche", "la Dépêche du midi"), and a
capitalised day is the name's own ("Humanité Dimanche", "Le Soir").
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention


def time_tail_start(doc: Doc, start: int, end: int, lex: Lexicons) -> int:
    """Where the time complement at the end of tokens [start, end) begins (`end` if none)."""
    k = end
    while k > start and lex.has("time_tail_modifiers", doc[k - 1].text):
        k -= 1  # "samedi dernier", "lundi prochain"
    days = k
    while k > start and lex.has("time_tail_words", doc[k - 1].text):
        k -= 1  # "samedi soir"
    if k == days:
        return end
    if k > start and lex.has("time_tail_demonstratives", doc[k - 1].lower_):
        k -= 1  # "ce mardi", "cet après-midi"
    if k == start or lex.has("connectors", doc[k - 1].lower_):
        return end  # a day alone, or a name's complement ("Journal du dimanche")
    return k


def drop_time_tail(doc: Doc, m: Mention, lex: Lexicons) -> Mention:
    """`m` without the time complement the model ran it on into (module doc)."""
    m.end = time_tail_start(doc, m.start, m.end, lex)
    return m
