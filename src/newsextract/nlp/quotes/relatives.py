"""Where does the relative clause of a sentence's subject end, and is it a record of its own?

"Le garçon, qui selon un voisin chantait «Joyeux Noël» dans la cour, «a cassé la vitre»
avant de partir, a dit le gardien": the relative clause describes the subject; its
quote and its selon incise are records of their own (the singer's, the neighbour's). The
main clause starts at its predicate ("«a cassé la vitre» …"), and that is what the
trailing cue attributes (one mixed record of the gardien). A relative clause holding no
quote and no selon ("Le maire, qui s'exprimera ce soir, devra «trancher», a dit X") is
only a description: the record runs from the subject, and a speech verb in it governs
nothing outside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import RELATIVE, grammar_words
from newsextract.nlp.negation import VERB as NEGATED_VERB
from newsextract.nlp.negation import negation_words
from newsextract.nlp.quotes.candidates import is_label
from newsextract.nlp.quotes.lexicon import finite_verb
from newsextract.nlp.quotes.mentions import word_before
from newsextract.nlp.quotes.selon_sources import selon_cue_at
from newsextract.nlp.segment import Segmentation

# Tokens of a subject noun phrase before its relative word, an apposition and a quoted
# label included ("L'une des porte-parole des «bonnets verts», Julie Martin, qui …").
MAX_SUBJECT_TOKENS = 18

# Parts of speech a sentence's subject noun phrase may open with (no preposition: "Sur la
# place, qui …" is an adverbial, not the subject).
SUBJECT_OPENERS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


@dataclass(frozen=True)
class SubjectRelative:
    pronoun: int  # token of the relative word ("qui")
    main: int  # first token of the main clause's predicate (a verb or an opening mark)


def subject_relative(doc: Doc, qt: Segmentation, first: int, end: int
                     ) -> SubjectRelative | None:
    """The relative clause on the noun phrase opening tokens [first, end), when the main
    clause's predicate follows it in that stretch: after a comma, a finite verb ("…, a
    ensuite percuté") or a quoted predicate ("…, «a percuté le mur»"); right after the
    relative, only a quoted predicate ("Ceux qui appellent à bloquer «savent …»")."""
    pronoun = subject_relative_word(doc, qt, first, end)
    if pronoun is None:
        return None
    seen_verb = False
    for k in range(pronoun + 1, end):
        tok = doc[k]
        if seen_verb and tok.is_quote and doc[k - 1].lower_ not in grammar_words(RELATIVE) \
                and quoted_predicate(doc, qt, k):  # not "…, qui «dispose de …»": its own
            return SubjectRelative(pronoun, k)
        if seen_verb and finite_verb(tok) and not qt.in_quote(tok.idx) \
                and doc[k - 1].text == "," and not qt.in_quote(doc[k - 1].idx):
            return SubjectRelative(pronoun, k)
        seen_verb = seen_verb or tok.pos_ in ("VERB", "AUX")
    return None


def subject_relative_word(doc: Doc, qt: Segmentation, first: int, end: int) -> int | None:
    """The relative word after the noun phrase opening tokens [first, end) ("Le maire,
    qui", "Ceux qui"), or None."""
    if first >= end or not (doc[first].pos_ in SUBJECT_OPENERS
                            or doc[first].morph.get("PronType") == ["Dem"]):
        return None  # a noun phrase or a demonstrative ("Ceux qui …")
    pronoun = next((i for i in range(first + 1, min(end, first + MAX_SUBJECT_TOKENS))
                    if doc[i].lower_ in grammar_words(RELATIVE)
                    and not qt.in_quote(doc[i].idx)), None)
    if pronoun is None or any(not qt.in_quote(t.idx) and (t.pos_ in ("VERB", "AUX")
                                                          or t.text == ":")
                              for t in doc[first:pronoun]):
        return None  # a quoted label may stand in it ("un des «bonnets verts», qui")
    return pronoun


def quoted_predicate(doc: Doc, qt: Segmentation, mark: int) -> bool:
    """The quoted piece opened at token `mark` starts with a finite verb, after an optional
    negation ("«a tué sa mère»", "«n'a pas freiné»"): a predicate whose subject stands
    outside the marks, so words said about that subject, not by it."""
    piece = next((p for p in qt.pieces if p.open_char is not None
                  and qt.token_at(p.open_char) == mark), None)
    if piece is None:
        return False
    before = word_before(doc, mark)
    if before >= 0 and doc[before].pos_ in ("DET", "ADP"):
        return False  # "une «porte de sortie»": a noun the tagger may read as a verb
    k = qt.token_at(piece.start)
    while k < len(doc) and doc[k].idx < piece.end and (
            doc[k].lower_ in negation_words(NEGATED_VERB) or doc[k].is_space):
        k += 1
    return k < len(doc) and doc[k].idx < piece.end and finite_verb(doc[k])


def relative_holds_record(doc: Doc, qt: Segmentation, relative: SubjectRelative,
                          labels: set[str]) -> bool:
    """The relative clause holds words of its own source: a selon phrase or a quoted piece
    that is no label ("qui, selon un témoin, criait «…»"). Records never nest: the
    main clause's record then starts after it."""
    start, stop = doc[relative.pronoun].idx, doc[relative.main].idx
    if any(selon_cue_at(doc, i) for i in range(relative.pronoun, relative.main)):
        return True
    return any(start <= p.outer_start and p.outer_end <= stop and p.closed
               and not is_label(qt.text, p, labels) for p in qt.pieces)


def subject_without_predicate(doc: Doc, qt: Segmentation, first: int, end: int) -> bool:
    """Tokens [first, end) are only a subject and its relative clause set off by a comma:
    one finite verb outside the marks after the relative word, the relative's own ("Les
    voisins, qui disent «…»"); the verb after them is the main predicate, not an inverted
    cue. A relative with no comma ("Ceux qui «…», dit X") may stand with no predicate."""
    pronoun = subject_relative_word(doc, qt, first, end)
    return pronoun is not None and doc[pronoun - 1].text == "," and sum(
        1 for t in doc[pronoun + 1:end] if finite_verb(t) and not qt.in_quote(t.idx)) <= 1
