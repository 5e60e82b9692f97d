"""Which label do the names of one enumeration share?

A list of names joined by commas, "et" and "ou" ("Durandin, Verlac et la Sobrex") names
things of one kind: firms, parties, towns. The model labels each name alone, and an unknown
one-word firm among known ones often comes out as a person or a place ("Verlac", a
surname-like word; "Sobrex", a town-like one). The label most members share is given to the
one-word members labelled otherwise.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsextract.nlp.entities import canonical
from newsextract.nlp.entities.labels import named_person_words
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import is_upper_word

# Fewest names that make an enumeration whose shared label can outvote one member: with two
# names ("Verlac et Durandin") nothing says which of the two labels is right.
MIN_MEMBERS = 3
# Labels an enumeration passes on (persons are left alone: a person named by one word in a
# list of firms is as plausible as a firm, "Durandin, Verlac et Martin").
SHARED_LABELS = frozenset({"ORG", "LOC"})


def joined(doc: Doc, left: Mention, right: Mention, lex: Lexicons) -> bool:
    """Whether only a comma, "et" or "ou", and an article, stand between two names."""
    words = [t.lower_ for t in doc[left.end:right.start] if not t.is_space]
    if words and words[-1] in lex.words["articles"]:
        words = words[:-1]
    return 1 <= len(words) <= 2 and all(lex.has("name_coordinators", w) for w in words) \
        and words.count(",") <= 1


def enumerations(doc: Doc, mentions: list[Mention], lex: Lexicons) -> list[list[Mention]]:
    """Runs of MIN_MEMBERS names or more, each joined to the next (mentions in text order)."""
    runs: list[list[Mention]] = []
    for m in mentions:
        if runs and joined(doc, runs[-1][-1], m, lex):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) >= MIN_MEMBERS]


def label_from_enumeration(doc: Doc, mentions: list[Mention], lex: Lexicons) -> None:
    """One-word members of an enumeration take the label that at least two others share
    and that is the run's majority, unless the article names that word as a person in
    full; names the gazetteer or a head noun labelled keep their label, and so do acronyms
    (a club or a firm among towns: "Vernay, Lussac et l'ASV")."""
    person_words = named_person_words(doc, mentions)
    for run in enumerations(doc, sorted(mentions, key=lambda m: m.start), lex):
        # a member's label is its head noun's or prefix's when it has one ("Ouled X" is a
        # place whatever the model said; harmonise_labels applies it later)
        label, n = Counter(m.trigger_label or m.label for m in run).most_common(1)[0]
        if label not in SHARED_LABELS or n < 2 or 2 * n <= len(run):
            continue
        for m in run:
            if m.label != label and not m.gazetteer and m.trigger_label is None \
                    and " " not in doc[m.start:m.end].text \
                    and not is_upper_word(doc[m.start]) \
                    and canonical.entity_key(doc[m.end - 1].text) not in person_words:
                m.label = m.trigger_label = label
