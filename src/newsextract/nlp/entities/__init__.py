"""The entities layer: the gazetteer (before the model's ``ner``) and the entities component.

Importing the package registers both factories, ``newsextract_gazetteer`` and
``newsextract_entities``. Modules, each answering one question:

- ``gazetteer``: which names does the package know before the model runs?
- ``boundaries``: where does a name start and end?
- ``labels``: which label does it take (head nouns, context, one label per name)?
- ``filters``: is it a named entity at all?
- ``acronyms``: which acronyms does the article expand?
- ``canonical`` / ``naming``: what is its canonical name?
- ``roles``: which title goes with a person?
- ``component``: the spaCy component that runs these steps in order.
"""

from newsextract.nlp.entities import component, gazetteer  # noqa: F401  (registers the factories)
