"""What is a person's gender, from all the evidence the article shows?

Evidence comes in ranks. A strong piece names the person: an honorific ("Mme X", "M. Y"),
a title or description read as one ("la députée X", "X, son épouse", "X, élu du conseil").
A plain piece is the gender of the words around one name mention (mentions.mention_gender),
which may be a noun the tagger read as a title ("dans un communiqué X"). A weak piece is a
participle or adjective agreeing with the name as subject ("X est arrivée"): the parser may
have tied the name to a verb whose subject is another noun ("Selon X, la grève était
suivie"). The strongest rank present decides; if it holds both genders the gender is
unknown (None): a wrong guess costs more than no answer (a pronoun "il" would take a woman).
"""

from __future__ import annotations

STRONG, PLAIN, WEAK = 3, 2, 1


def ranked_gender(evidence: list[list]) -> str | None:
    """The gender told by the strongest rank of `evidence` ([rank, gender] pairs), None
    when that rank is split or there is no evidence."""
    if not evidence:
        return None
    top = max(rank for rank, _ in evidence)
    told = {gender for rank, gender in evidence if rank == top}
    return told.pop() if len(told) == 1 else None


def strong_gender(participant: dict) -> str | None:
    """The registry participant's gender when strong evidence decides it (an honorific, a
    title, an apposition), else None: what a pronoun's agreement may be checked against."""
    evidence = participant.get("gender_evidence") or []
    if not any(rank == STRONG for rank, _ in evidence):
        return None
    return participant.get("gender")
