"""Where does a glued sentence start? Set before the parser, which keeps such boundaries.

A subhead or a sentence that lost its line break stays glued to the previous word:
"une maison sordideL'adolescente a dit…", "les négociationsLe ministre…". The tokenizer cuts
them (`entities.tokenization`), but the parser then reads "sordide L'adolescente" as one
noun phrase and the two sentences as one: the quote layer took "sordideL'adolescente" as a
speaker. A token glued to a word that ends in a lowercase letter, or to a closing quotation
mark ("«casse»Mais le maire"), and starting with a capital
is a sentence start: the tokenizer only cuts such runs at a capitalised function word or an
elided article, never inside a camel-case name ("PlayStation" stays one token).

A subhead can also keep its space and lose only its line break: "… le 3 mars. Riverains
inquiets Pour le maire, …" (after a sentence end or a line break). The parser reads the
subhead as the subject or a fronted phrase of the next sentence, and the "Pour X," or "Le
maire a dit" that opens it is no longer sentence-initial. A capitalised function word
(determiner, preposition, pronoun, conjunction) after a short verbless run that follows a
sentence end, whose words after the first are lowercase and which does not open with a
function word itself, starts a sentence: "Le quotidien Le Parisien", "Selon le journal La
Presse" (a function word opens the run), "Hélène Le Gall" (a one-word run that is no common
noun) and "Maire de La Rochelle" (a preposition before the capital) stay as they are. """

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsextract.nlp.punctuation import closes_a_quote

# Letters at the end of the previous word: one letter ("MisterA") is too often a name.
MIN_LETTERS_BEFORE = 2
# Words of a subhead glued with a space: subheads are short noun phrases ("Riverains
# inquiets", "Appel aux dons"); a longer run is the sentence's own fronted phrase.
MAX_SUBHEAD_WORDS = 6
# Parts of speech of the capitalised word that opens the glued sentence, and that a subhead
# never opens with.
FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "SCONJ", "CCONJ"})
# Parts of speech a subhead never holds: it has no verb.
VERB_POS = frozenset({"VERB", "AUX"})
# Words before a capitalised article that make it part of a name ("Maire de La Rochelle",
# "Odile de La Varenne"): a subhead never ends on a preposition or a determiner, and the
# parser may tag "de" as neither inside a name.
NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "d’"})
# Tokens that end the sentence a subhead follows: a finished sentence's final mark, or a
# closing "»" (a paragraph ending on a quotation). Not ":" or ";", unlike AGE_SCOPE_ENDS
# (participants/coreference.py) and ENDS_BEFORE_CAPITAL (entities/tokens.py): the words
# after them continue the same sentence, so they are never a subhead.
ENDS_BEFORE_SUBHEAD = frozenset({".", "!", "?", "»", "…"})


def is_glued_start(doc: Doc, i: int) -> bool:
    """Token i starts a sentence glued to the word before it (module docstring)."""
    if i == 0:
        return False
    before, token = doc[i - 1], doc[i]
    if before.whitespace_ or not (token.text[:1].isupper() and token.text[:1].isalpha()):
        return False
    if closes_a_quote(doc, i - 1):
        return True  # "… la «casse»Mais le maire …": a closing mark glued to a capital
    tail = before.text[-MIN_LETTERS_BEFORE:]
    return len(tail) == MIN_LETTERS_BEFORE and tail.isalpha() and tail.islower()


def after_spaced_subhead(doc: Doc, i: int) -> bool:
    """Token i opens a sentence after a subhead that kept its space (module docstring)."""
    token = doc[i]
    if i < 2 or not token.text[:1].isupper() or token.pos_ not in FUNCTION_POS \
            or not doc[i - 1].whitespace_ or not doc[i - 1].text[-1:].islower():
        return False
    if doc[i - 1].pos_ in {"ADP", "DET"} or doc[i - 1].lower_ in NAME_PARTICLES:
        return False  # "Maire de La Rochelle", "Odile de La Varenne": a name, no subhead
    first = _run_start(doc, i)
    if first is None:
        return False
    run = doc[first:i]
    head = run[0]
    if not head.text[:1].isupper() or head.pos_ in FUNCTION_POS | {"ADV"} | VERB_POS:
        return False
    if len(run) == 1 and head.pos_ != "NOUN":
        return False  # "Hélène Le Gall", "Seule La liste": a name or an adjective
    return all(t.pos_ not in VERB_POS and not t.text[:1].isupper() and not t.is_punct
               for t in run[1:])


def _run_start(doc: Doc, i: int) -> int | None:
    """The first token after the sentence end that precedes token i within
    MAX_SUBHEAD_WORDS words, or None."""
    for j in range(i - 1, max(i - MAX_SUBHEAD_WORDS - 1, -1), -1):
        if doc[j].text in ENDS_BEFORE_SUBHEAD or doc[j].is_space:  # a line break is a SPACE token
            return j + 1 if j + 1 < i else None
        if j == 0:
            return 0
    return None


class GluedSentenceStarts:
    def __call__(self, doc: Doc) -> Doc:
        for i in range(1, len(doc)):
            if is_glued_start(doc, i) or after_spaced_subhead(doc, i):
                doc[i].is_sent_start = True
        return doc


@Language.factory("newsextract_glued_starts")
def make_glued_starts(nlp: Language, name: str) -> GluedSentenceStarts:
    return GluedSentenceStarts()
