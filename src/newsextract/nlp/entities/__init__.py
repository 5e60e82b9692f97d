"""The entities layer: the gazetteer (before the model's ``ner``) and the entities component.

Importing the package registers the factories ``newsextract_gazetteer``,
``newsextract_entities`` and ``newsextract_boilerplate_entities``. Modules, each answering
one question:

- ``gazetteer``: which names does the package know before the model runs?
- ``boundaries``: where does a name start and end?
- ``labels``: which label does it take (head nouns, context, one label per name)?
- ``filters``: is it a named entity at all?
- ``acronyms``: which acronyms does the article expand?
- ``canonical`` / ``naming``: what is its canonical name?
- ``roles``: which title goes with a person?
- ``credits``: which mentions are on boilerplate lines (links, credits), kept out of the
  later layers' sight and added to the table by the pipeline's last component;
- ``component``: the spaCy component that runs these steps in order.
"""

# importing registers the factories
from newsextract.nlp.entities import component, credits, gazetteer  # noqa: F401
