"""``newsextract_entities``: clean, relabel, group and name the model's entities.

Runs on the joined article Doc (after the model's ``ner`` and the gazetteer, which ran
paragraph by paragraph), so that it can see the whole article. This class only orchestrates;
each step is a small function in the module named after its question (docs/entities.md):

1. the model's mentions, one by one: boundaries (``boundaries.py``, ``sources.py``, the time
   complement run on into a name: ``time_tails.py``), label
   from head nouns and context (``labels.py``), filters (``filters.py``, ``hashtags.py``);
2. names the model missed or cut, from French grammar (``grammar.py``: venues, institutions,
   districts, compound places), credit lines and signatures (``sources.py``), the
   authors of linked columns ("Lire aussi Durandet - ...": ``links.py``), polling
   institutes after a survey noun ("un sondage Sondex": ``polls.py``) and the
   targets of slogans
   ("« Lenoir démission »": ``slogans.py``), persons after an honorific and a no-break space
   (``honorifics.py``) and first names marked by an age or a speech verb (``persons.py``),
   which replace the model's mentions they overlap; a person the article names elsewhere,
   glued by the model to the end of another name, is cut from it (``tails.py``);
3. acronyms written with their expansion, two acronyms that make one name ("l'UD CGT":
   ``acronyms.py``), initials of a person named in full (``initials.py``) and hashtags of
   names;
4. labels from the article: places written as persons, organisations selected by a cue,
   persons coordinated with a person or marked by a function, the label most names of an
   enumeration share (``enumerations.py``), one
   label per name (``labels.py``); the other occurrences of each tagged name (``repeats.py``)
   and the short names of its venues ("à la Fontaine" after "place de la Fontaine":
   ``venues.py``);
5. canonical names and ``entity_id`` (``naming.py``, ``canonical.py``), ``entity_key``,
   ``role`` (``roles.py``), written by ``output.py``.

Spans from the gazetteer (``span.ent_id_`` set) are kept as they are. Output:
``doc.spans["entities"]`` with ``span._.entity`` = {entity_id, canonical, entity_key, role},
and ``doc.ents`` set to the same spans where they do not overlap.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsextract.nlp.entities.acronyms import add_acronym_mentions, join_adjacent_acronyms
from newsextract.nlp.entities.boundaries import (
    drop_common_noun_head,
    drop_portfolio,
    extend_cut_place,
    extend_organisation_name,
    join_acronym_branch,
    join_hyphenated_acronym,
    split_at_spaced_dash,
    split_hyphenated_pair,
    standalone_names,
    take_compound_first_name,
    take_particle_after_honorific,
    take_place_qualifier,
    trim,
)
from newsextract.nlp.entities.enumerations import label_from_enumeration
from newsextract.nlp.entities.events import events_from_cue
from newsextract.nlp.entities.filters import in_running_text, keep
from newsextract.nlp.entities.grammar import head_noun_names, merge_grammar_names
from newsextract.nlp.entities.hashtags import hashtag_names
from newsextract.nlp.entities.honorifics import spaced_honorific_names
from newsextract.nlp.entities.initials import persons_from_initials
from newsextract.nlp.entities.interviews import (
    cut_answer_words,
    person_texts,
    split_glued_persons,
)
from newsextract.nlp.entities.labels import (
    apply_head_noun,
    capitalised_head_label,
    harmonise_labels,
    label_from_context,
    organisation_from_article,
    organisation_from_cue,
    person_from_coordination,
    person_from_title,
    place_from_context,
    short_form_organisations,
)
from newsextract.nlp.entities.lexicons import load_lexicons
from newsextract.nlp.entities.links import link_authors
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.naming import assign_canonical
from newsextract.nlp.entities.output import write_spans
from newsextract.nlp.entities.persons import first_name_persons
from newsextract.nlp.entities.polls import poll_institutes
from newsextract.nlp.entities.repeats import repeated_names
from newsextract.nlp.entities.roles import find_role
from newsextract.nlp.entities.slogans import slogan_targets
from newsextract.nlp.entities.sources import (
    classifier_label,
    contracted_titles,
    credit_line_sources,
    edition_label,
    join_regional_editions,
    signature_name,
    split_title_from_person,
    take_title_article,
)
from newsextract.nlp.entities.tails import split_person_tails
from newsextract.nlp.entities.time_tails import drop_time_tail
from newsextract.nlp.entities.tokens import sentence_bounds
from newsextract.nlp.entities.venues import venue_short_names
from newsextract.nlp.extensions import register_extensions


class EntitiesComponent:
    def __init__(self, nlp: Language) -> None:
        register_extensions()
        self.lex = load_lexicons(nlp)

    def __call__(self, doc: Doc) -> Doc:
        lex = self.lex
        texts = [t.text for t in doc]  # one pass over the tokens for the rules that scan them
        sent_of = sentence_bounds(doc)
        mentions = join_regional_editions(doc, self.model_mentions(doc, sent_of), lex)
        names = head_noun_names(doc, lex, mentions, sent_of) \
            + credit_line_sources(doc, lex, texts) + contracted_titles(doc, lex, mentions) \
            + slogan_targets(doc, lex) + spaced_honorific_names(doc, lex, texts) \
            + first_name_persons(doc, lex, mentions) \
            + signature_name(doc) + link_authors(doc, lex, mentions) \
            + poll_institutes(doc, lex, mentions)
        mentions = split_person_tails(doc, merge_grammar_names(mentions, names), lex)
        mentions = join_adjacent_acronyms(doc, add_acronym_mentions(doc, mentions, lex, texts))
        mentions = persons_from_initials(doc, mentions, lex)
        mentions += hashtag_names(doc, mentions, lex, texts)
        place_from_context(doc, mentions, lex)
        organisation_from_article(doc, mentions, lex)
        organisation_from_cue(doc, mentions, lex)
        person_from_coordination(doc, mentions, lex)
        person_from_title(doc, mentions, lex)
        events_from_cue(doc, mentions)
        mentions = [m for m in mentions if in_running_text(doc, m)]
        spans = filter_spans([Span(doc, m.start, m.end, label=m.label) for m in mentions])
        by_span = {(m.start, m.end): m for m in mentions}
        mentions = [by_span[(s.start, s.end)] for s in spans]
        label_from_enumeration(doc, mentions, lex)
        harmonise_labels(doc, mentions)
        short_form_organisations(doc, mentions)
        mentions = repeated_names(doc, mentions, lex, texts)
        mentions = venue_short_names(doc, mentions, lex)
        assign_canonical(doc, mentions, lex)
        for m in mentions:
            if m.label == "PER":
                s0, s1 = sent_of[m.start]
                m.role = find_role(doc, m, s0, s1, lex)
        write_spans(doc, mentions)
        return doc

    def model_mentions(self, doc: Doc, sent_of: list[tuple[int, int]]) -> list[Mention]:
        """The model's and the gazetteer's entities, trimmed, relabelled and filtered."""
        mentions = []
        others = tuple((e.start, e.end) for e in doc.ents)
        persons = person_texts(doc)
        names = standalone_names(doc)
        for ent in doc.ents:
            m = Mention(ent.start, ent.end, ent.label_, gazetteer=bool(ent.ent_id_))
            if m.gazetteer and join_hyphenated_acronym(doc, m).end - m.start > len(ent):
                m.gazetteer = False  # "AP" (the agency) glued in "AP-XY" is another name
            elif m.gazetteer and join_acronym_branch(doc, m, self.lex, names).end > m.end:
                m.gazetteer = False  # "CGT" in "CGT-Spectacle": a branch, refined below
            for part in [m] if m.gazetteer else self.refine(doc, m, sent_of, others,
                                                                   persons, names):
                part = take_place_qualifier(doc, part, self.lex)
                if keep(doc, part, self.lex):
                    mentions.append(part)
        return mentions

    def refine(self, doc: Doc, m: Mention, sent_of: list[tuple[int, int]],
               others: tuple[tuple[int, int], ...], persons: frozenset[str],
               names: frozenset[str]) -> list[Mention]:
        """A model mention's boundaries and label from the words in and around it; `others`
        are the (start, end) of all the model's entities, `persons` the texts of its
        persons (an interviewee's name glued to the answer: ``interviews.py``), `names` the
        words it names on their own (``boundaries.standalone_names``)."""
        lex = self.lex
        m = cut_answer_words(doc, trim(doc, drop_portfolio(doc, m, lex), lex), lex)
        m = drop_time_tail(doc, m, lex)
        m = take_compound_first_name(doc, m, names)
        if m.end <= m.start:
            return [m]
        parts = []
        for part in [p for glued in split_glued_persons(doc, m, lex, persons)
                     for titled in split_title_from_person(doc, glued, lex)
                     for spaced in split_at_spaced_dash(doc, titled)
                     for p in split_hyphenated_pair(doc, spaced, lex, names)]:
            sent_start, sent_end = sent_of[part.start]
            part = join_acronym_branch(doc, join_hyphenated_acronym(doc, part), lex, names)
            part = extend_cut_place(doc, part, lex)
            part = drop_common_noun_head(doc, part, lex)
            part = take_particle_after_honorific(doc, part, lex)
            part = take_title_article(doc, part)
            part = apply_head_noun(doc, part, lex, sent_start)
            part.trigger_label = part.trigger_label or label_from_context(doc, part, lex) \
                or classifier_label(doc, part, lex, sent_start) \
                or capitalised_head_label(doc, part, lex) or edition_label(doc, part, lex)
            parts.append(extend_organisation_name(doc, part, lex, sent_end, others))
            if part.trigger_label is None and part.end - part.start > 1 \
                    and lex.has("organisation_heads", doc[part.start].text):
                part.trigger_label = "ORG"  # "Confédération des X", whatever the model said
        return parts


@Language.factory("newsextract_entities")
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    return EntitiesComponent(nlp)
