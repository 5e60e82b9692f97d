"""Where does an interviewee's name end when the answer follows it on the same line?

Interviews print each answer as a paragraph that opens on the speaker's name, with no mark
after it: "Léa Morin Oui, nous l'avons demandé." The model often takes the answer's first
word(s) into the person ("Léa Morin Oui", "Léa Morin Nous", even "Léa Morin Paul Durand"
when the answer starts with another person), and the article's other mentions of that person
then take the corrupted name as their fullest form.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import is_edge_junk

APOSTROPHES = "'’"
# A person named at the start of an answer, after the interviewee's name, is named in full
# ("Léa Morin Paul Durand a dit"): one word there is an adverb or an occupation as often.
MIN_ANSWER_PERSON_WORDS = 2


def starts_paragraph(doc: Doc, i: int) -> bool:
    """Token i is the first word of its paragraph (the text's start or after a line break)."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def opens_answer(token, lex: Lexicons) -> bool:
    """A capitalised word that opens an answer and never ends a name: an answer word
    ("Oui", "Effectivement", "C'") or a French function word ("Nous", "Je", "Les")."""
    if not token.text[:1].isupper():
        return False
    word = token.lower_
    return lex.has("answer_words", word) or lex.has("french_function_words",
                                                    word.rstrip(APOSTROPHES))


def may_be_in_person_name(token) -> bool:
    """A capitalised word of letters (hyphens allowed) that may be part of a person's name
    ("Paul", "Saint-Just"; not "M6" nor "L'": grammar.may_be_in_proper_name takes those)."""
    return token.text[:1].isupper() and token.text.replace("-", "").isalpha()


def cut_answer_words(doc: Doc, m: Mention, lex: Lexicons) -> Mention:
    """"Léa Morin Oui", "Léa Morin Nous" at the start of a paragraph -> "Léa Morin": a
    person's name never ends on a word that opens an answer, nor on the dash before it
    ("Léa Morin - J'ai"); the name keeps two words."""
    if m.label != "PER" or not starts_paragraph(doc, m.start):
        return m
    while m.end - m.start > 2 and (opens_answer(doc[m.end - 1], lex)
                                   or is_edge_junk(doc[m.end - 1])):
        m.end -= 1
    return m


def split_glued_persons(doc: Doc, m: Mention, lex: Lexicons,
                        persons: frozenset[str]) -> list[Mention]:
    """"Léa Morin Paul Durand" at the start of a paragraph, where the article also names
    "Léa Morin" alone (`persons`: the texts of its other person mentions): two persons, the
    interviewee and the first words of the answer. What follows the known name stays a
    person only when it is a full name: two name words or more, none of which opens an
    answer ("Léa Morin Effectivement", "Léa Morin Romancière" -> "Léa Morin" alone; a
    capitalised word after a name at a paragraph start is as often an answer's adverb or
    the interviewee's occupation as a surname)."""
    if m.label != "PER" or not starts_paragraph(doc, m.start):
        return [m]
    for k in range(m.end - 1, m.start + 1, -1):
        if doc[m.start:k].text in persons and may_be_in_person_name(doc[k]):
            speaker = Mention(m.start, k, m.label, m.gazetteer, m.trigger_label, m.role)
            rest = doc[k:m.end]
            if len(rest) >= MIN_ANSWER_PERSON_WORDS \
                    and all(may_be_in_person_name(t) and not opens_answer(t, lex) for t in rest):
                return [speaker, Mention(k, m.end, m.label, m.gazetteer, m.trigger_label)]
            return [speaker]
    return [m]


def person_texts(doc: Doc) -> frozenset[str]:
    """The texts of the model's person mentions of two words or more, which the article
    names on their own."""
    return frozenset(e.text for e in doc.ents if e.label_ == "PER" and len(e) >= 2)
