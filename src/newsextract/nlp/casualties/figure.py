"""What a casualty figure is while it is being built, and the kinds of head it can have."""

from __future__ import annotations

from dataclasses import dataclass

from newsextract.nlp.number_words import Quantity

CATEGORIES = ("killed", "injured", "missing")
VICTIM = "victim"  # the ambiguous noun "victimes": killed only next to an injured count

# Head kinds: what follows the quantity
CASUALTY = "casualty"    # 43 morts
GROUP = "group"          # six élèves
OTHERS = "others"        # 137 autres
SEVERITY = "severity"    # (dont) cinq graves
BARE = "bare"            # (dont) six, 200 du côté de…
ORDINAL = "ordinal"      # un troisième
TOLL = "toll"            # (estime à) 300 (le nombre de disparus)


@dataclass(frozen=True)
class Head:
    """What a quantity counts: its kind, where its noun phrase ends, the noun, the victims."""

    kind: str | None
    end: int
    noun: str | None = None
    victims: str | None = None
    partitive: bool = False  # "deux des blessés", "trois de ses collègues"
    category: str | None = None  # given by the head itself (a toll: "le nombre de morts")
    counts_things: bool = False  # "7 000 interpellations": the number counts no people
    ranked: bool = False  # "une troisième personne": one more person, or a rank in a series


@dataclass
class Figure:
    """One casualty figure being built; offsets index the document text."""

    start: int
    end: int
    quantity: Quantity
    count_min: int | None
    count_max: int | None
    qualifier: str
    head: str
    head_end: int  # end of the noun phrase (victims and "parmi …" included): context starts here
    category: str | None = None
    victims: str | None = None
    noun: str | None = None  # the casualty or group noun as written
    negated: bool = False
    chain: int = -1
    partitive: bool = False  # "l'un des blessés", "deux des manifestants": the verb decides
    own_predicate: bool = False  # the category comes from a verb right after the figure
    counts_things: bool = False  # "7 000 interpellations": the number counts no people
    ranked: bool = False  # "une troisième personne": counts only after another figure

    @property
    def plural(self) -> bool:
        """Whether the noun phrase is grammatically plural (a plural verb agrees): by the
        stated number, not the qualifier's open bound ("au moins un policier a été blessé",
        "plus d'un passant a été touché" are singular)."""
        q = self.quantity
        return (q.count_min is None or q.count_min > 1
                or q.count_max is None or q.count_max > 1)
