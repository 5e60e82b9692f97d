"""Who takes the floor from its holder? A narrative sentence's subject, a written ruling.

`floor.py` keeps the floor with the last speaker; the functions here say when the article
hands it to somebody else without a reporting verb: a person a narrative sentence brings
in as its subject (`handed_over`, `introduced_person`), and the author of a ruling quoted
in fragments through the paragraphs after "Dans son jugement, X a estimé" (`ruling_floor`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsextract.nlp.extensions import block_index
from newsextract.nlp.grammar_words import BARE_DE, POSSESSIVE, grammar_words
from newsextract.nlp.participants.lexicon import generic_heads, titles
from newsextract.nlp.participants.lookup import resolve, unnamed_described_at
from newsextract.nlp.participants.mentions import np_start_governed
from newsextract.nlp.quotes.candidates import DIRECT, Candidate
from newsextract.nlp.quotes.lexicon import finite_verb, word_set
from newsextract.nlp.quotes.narrative import DEMONSTRATIVES
from newsextract.nlp.quotes.speaker_context import Speaker, SpeakerContext
from newsextract.nlp.segment import Segmentation
from newsextract.resources import read_sections

# Words of a reporting clause read for a floor-change adverbial ("a déclaré pour sa part
# X"): the verb, its auxiliary, a clitic and the adverbial itself fit in this many tokens.
FLOOR_CHANGE_REACH = 8

# A ruling's author keeps the floor over verbless fragments at most this many blocks after
# its last record (the paragraphs that narrate the case, as a quote with no cue inherits).
RULING_MAX_BLOCKS = 2


def handed_over(doc: Doc, qt: Segmentation, pronoun: Token, speaker: Speaker | None,
                ctx: SpeakerContext, reported: tuple[int, int]) -> Speaker | None:
    """The person a narrative sentence brought in as its subject since `speaker` last
    spoke takes the floor from them: "«…», a dit Marie. Convaincue elle aussi, Julie
    Martin, qui a lancé la pétition, a défilé à Lyon. «…», a-t-elle ajouté" is Julie
    Martin's, whatever the parse made of that sentence. The registry links the pronoun to
    the person of its gender and number mentioned last; that person takes over when their
    name, in a sentence outside quotation marks, opens its clause as its subject
    and comes after the last mention of `speaker`; never one named inside the words the
    cue attributes (`reported`: what they speak of). None: the floor stays."""
    if speaker is None or speaker.label != "PER" \
            or pronoun.lower_.lstrip("-") not in ("il", "elle"):
        return None
    linked = resolve(doc, pronoun.idx, pronoun.idx + len(pronoun))
    if linked is None or linked["kind"] != "PER" or not linked["name"] \
            or speaker.name in (linked["names"] or [linked["name"]]) \
            or speaker.name == linked["name"]:
        return None
    held_since = ctx.last_position(pronoun.idx, speaker.name)
    for start, end, kind in reversed(linked["mentions"]):
        if kind != "name" or not held_since < start < pronoun.idx or qt.in_quote(start) \
                or reported[0] <= start < reported[1]:
            continue
        mention = doc.char_span(start, end, alignment_mode="expand")
        if mention is not None and opens_clause_as_subject(doc, qt, mention):
            return Speaker(linked["name"], "PER", start, end)
    return None


# Relations of a noun that make a name in apposition to it a complement, not a subject
# (otherwise the words decide, whatever the parse says of a name it misplaced).
APPOSED_TO_COMPLEMENT = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod"})
# Tokens of an insertion between commas after a subject name ("X, qui a lancé la
# pétition, a défilé", "X, 45 ans, a dit") read for its closing comma.
SUBJECT_INSERTION_TOKENS = 25


def opens_clause_as_subject(doc: Doc, qt: Segmentation, mention: Span) -> bool:
    """The name is the subject of its clause: so parsed, or, when the parse failed on a
    long sentence, it opens the clause (after the sentence start or a comma) and a
    finite verb follows it, right away or after an insertion between commas
    ("Convaincue, X, qui a lancé la pétition, a défilé"). A complement ("à X", "de son
    ministre, X") or an object is no subject."""
    tok = mention.root
    while tok.dep_ in ("appos", "flat:name", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubj:pass"):
        return True
    if np_start_governed(doc, mention.start) or (
            tok.i != mention.root.i and tok.dep_ in APPOSED_TO_COMPLEMENT):
        return False  # "fief de son ministre, X": in apposition to a complement
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is not None and before.text != "," \
            and qt.sentence(mention.start_char)[0] < mention.start_char:
        return False
    k = mention.end
    if k < len(doc) and doc[k].text == ",":
        close = next((j for j in range(k + 1, min(len(doc), k + SUBJECT_INSERTION_TOKENS))
                      if doc[j].text in (",", ".", "!", "?", ";", ":")), None)
        if close is None or doc[close].text != ",":
            return False
        k = close + 1
    return k < len(doc) and finite_verb(doc[k])


def introduced_person(doc: Doc, start: int, end: int) -> Speaker | None:
    """A description subject that presents somebody new rather than referring back: a
    demonstrative, a person noun that is no title, and where the person comes from or
    their age ("ce jeune électricien de Roubaix a expliqué", "cette infirmière de 52 ans"
    after the words of a lawyer; not "le duc d'Anjou", nor "cette femme de 40 ans", whose
    generic head refers back to the woman just named), which the
    registry keeps as an unnamed participant of its own. It names that person, not the
    last speaker of that gender (the floor passes to them); None otherwise."""
    head = doc[end - 1]
    if doc[start].lower_ not in DEMONSTRATIVES or end + 1 >= len(doc) \
            or head.lower_ in generic_heads() or head.lemma_.lower() in generic_heads() \
            or any(t.lower_ in titles() or t.lemma_.lower() in titles() for t in doc[start:end]) \
            or doc[end].lower_ not in grammar_words(BARE_DE) \
            or not (doc[end + 1].pos_ == "PROPN" or doc[end + 1].like_num):
        return None
    p = unnamed_described_at(doc, doc[start].idx)
    if p is None or not p["name"]:
        return None
    return Speaker(p["name"], "NP", doc[start].idx, head.idx + len(head))


def is_narrative_fragment(cand: Candidate) -> bool:
    """Quoted words with no reporting verb, given to the clause's subject ("Il s'était
    présenté «…»") or to the previous speaker; not a headline repeating them."""
    return cand.verb is None and cand.kind == DIRECT and cand.echo is None \
        and cand.pronoun is None and cand.speaker is None


def ruling_floor(doc: Doc, qt: Segmentation, cand: Candidate, speaker: Speaker,
                 ruling: tuple[Candidate, Speaker] | None
                 ) -> tuple[Candidate, Speaker] | None:
    """Who holds a written ruling's floor after `cand`. A record whose sentence opens
    with "Dans son jugement," / "Dans leur rapport," (`quotes_ruling_nouns.txt`) makes
    its speaker the author the next paragraphs quote in fragments ("Dans sa décision, la
    cour a estimé que … Le prévenu s'était «…»": the court's wording, not the
    prévenu's); the floor ends with a direct quote another speaker's cue gives, or
    `RULING_MAX_BLOCKS` paragraphs after its last record."""
    if speaker.name is not None and cand.verb is not None and _opens_with_ruling(doc, qt, cand):
        return cand, speaker
    if ruling is None:
        return None
    if not _within_ruling_reach(doc, ruling[0], cand) or (
            cand.kind == DIRECT and cand.verb is not None
            and speaker.name not in (None, ruling[1].name)):
        return None
    return (cand, ruling[1]) if is_narrative_fragment(cand) else ruling


def _opens_with_ruling(doc: Doc, qt: Segmentation, cand: Candidate) -> bool:
    """The sentence of the record's cue opens with "Dans" + possessive + ruling noun."""
    start, _ = qt.sentence(cand.anchor)
    i = qt.token_at(start)
    return i + 2 < len(doc) and doc[i].lower_ == "dans" \
        and doc[i + 1].lower_ in grammar_words(POSSESSIVE) \
        and doc[i + 2].lower_ in word_set("quotes_ruling_nouns.txt")



def _within_ruling_reach(doc: Doc, previous: Candidate, cand: Candidate) -> bool:
    a = block_index(doc, previous.start)
    b = block_index(doc, cand.start)
    return a is not None and b is not None and 0 <= b - a <= RULING_MAX_BLOCKS


def sets_speaker_apart(doc: Doc, start: int, end: int, lemma: str | None) -> bool:
    """The reporting clause in tokens [start, end), of verb `lemma`, sets its speaker
    against the one before: an adverbial ("«…», a pour sa part déclaré X", "estime de son
    côté Y") or a verb of reply ("«…», rétorque Z"): `quotes_floor_change_markers.txt`. A
    quote with no cue right before such a clause is not that speaker's: the floor changes
    hands at the clause's own quote."""
    markers = read_sections("quotes_floor_change_markers.txt")
    if lemma in markers["reply verbs"]:
        return True
    words = [t.lower_ for t in doc[start:min(end, start + FLOOR_CHANGE_REACH)]]
    return any(_runs_in(words, marker.split()) for marker in markers["adverbials"])


def _runs_in(words: list[str], run: list[str]) -> bool:
    return any(words[k:k + len(run)] == run for k in range(len(words) - len(run) + 1))
