"""spaCy components of newsextract, one per concern, each a registered factory.

Importing this package registers the factories and the Doc/Span extensions they use:
``newsextract_glued_starts`` (before the parser), ``newsextract_layout``,
``newsextract_entities``, ``newsextract_participants``, ``newsextract_dates``,
``newsextract_quotes`` and ``newsextract_casualties``.
"""
