"""The participant registry: who takes part in each article (see docs/quotes.md)."""

from newsextract.nlp.participants.component import ParticipantsComponent, make_participants

__all__ = ["ParticipantsComponent", "make_participants"]
