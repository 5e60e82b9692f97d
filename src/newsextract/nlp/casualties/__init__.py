"""``newsextract.casualties``: casualty figures (killed, injured, missing) with their bounds,
victims, source, place and date. The component is in `component.py`; each other module
answers one question (see docs/casualties.md)."""

from newsextract.nlp.casualties.component import SPAN_KEY, CasualtiesComponent, make_casualties

__all__ = ["SPAN_KEY", "CasualtiesComponent", "make_casualties"]
