"""Which label does a name take? Head nouns, context, and one label per name in the article."""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc

from newsextract.nlp.entities import canonical
from newsextract.nlp.entities.ages import age_after
from newsextract.nlp.entities.given_names import (
    after_determiner,
    article_places,
    plain_given_name,
)
from newsextract.nlp.entities.honorifics import honorific_index
from newsextract.nlp.entities.lexicons import Lexicons, Trigger, honorifics
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import (
    TITLE_ARTICLES,
    connector_length,
    names_itself,
    title_at,
)

# Weights of the evidence for a label when one name gets several in an article.
GAZETTEER_WEIGHT, TRIGGER_WEIGHT, PERSON_NAME_WEIGHT, MODEL_WEIGHT = 8, 4, 2, 1
# Lowercase words between a classifier noun and the participle that names it ("un parti
# politique baptisé X", "une plateforme internet baptisée X"); more is another clause.
MAX_CLASSIFIER_MODIFIERS = 2


def connector_before(doc: Doc, i: int, lex: Lexicons) -> int:
    """Length of "de", "du", "des", "d'", "de la", "de l'" ending right before token i."""
    if i >= 1 and lex.has("connectors", doc[i - 1].lower_):
        return 1
    if i >= 2 and doc[i - 1].lower_ in {"la", "l'", "l’"} and doc[i - 2].lower_ == "de":
        return 2
    return 0


def head_trigger(token, lex: Lexicons) -> tuple[Trigger | None, bool]:
    """(trigger, plural) of a lowercase head noun, singular or plural ("musées")."""
    if not token.is_lower:
        return None, False
    trig = lex.triggers.get(token.lower_)
    if trig is not None:
        return trig, False
    if token.lower_[-1:] in {"s", "x"} and "Plur" in token.morph.get("Number"):
        return lex.triggers.get(token.lower_[:-1]), True
    return None, False


def addresses_person(doc: Doc, start: int, lex: Lexicons) -> bool:
    """An honorific that addresses a person ("Mme", "maître", not "saint") stands right
    before the name."""
    i = honorific_index(doc, start, lex)
    if i is None:
        return False
    h = honorifics()[doc[i].text]
    return h.gender is not None or bool(h.heads)


def apply_head_noun(doc: Doc, m: Mention, lex: Lexicons, sent_start: int) -> Mention:
    """A head noun before the name (or in apposition after it) gives the label, and joins
    the span when it is part of the name. A head noun the model put inside the span stays
    only if it is part of the name: a classifier ("le groupe Exemple"), a plural ("les
    musées du Louvre et d'Orsay": several names) or a noun before a name with its own
    article ("la brasserie Le Zinc") is taken out and only gives the label, unless a
    lowercase word follows it (then it heads the whole name)."""
    trig, plural = head_trigger(doc[m.start], lex)
    if trig is not None and m.end - m.start > 1:
        conn = connector_length(doc, m.start + 1, lex)
        name_start = m.start + 1 + conn
        if trig.part_of_name and not plural and not names_itself(doc, name_start) \
                or name_start < m.end and doc[name_start].is_lower:
            # the model already included it: "école Notre-Dame"; or no name follows the
            # classifier but an adjective of the whole name ("l'institut italien de Lyon")
            m.trigger_label = trig.label
            return m
        if name_start < m.end:
            m.start, m.trigger_label = name_start, trig.label
            return m
    i = m.start
    if addresses_person(doc, i, lex):
        return m  # "son conseil maître Durand": the noun before the honorific is no head
    conn = connector_before(doc, i, lex)
    j = i - conn - 1  # candidate head noun
    # allow one lowercase adjective between the head noun and the name ("école primaire X"),
    # or before "de" after a classifier ("nos confrères belges du Courrier")
    candidates = [j]
    if j - 1 >= sent_start and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        candidates.append(j - 1)
    for k in candidates:
        if k < sent_start or k < 0:
            continue
        trig = lex.triggers.get(doc[k].lower_)
        if trig is None or not doc[k].is_lower or (conn and not trig.with_of) \
                or (conn and k < j and trig.part_of_name):
            continue
        m.trigger_label = trig.label
        if trig.part_of_name and not names_itself(doc, m.start):
            m.start = k
        return m
    trig = classifier_of_naming_participle(doc, m.start, lex, sent_start)
    if trig is not None:
        m.trigger_label = trig.label
        return m
    # apposition: "Brivane, plateforme en ligne ..."
    k = m.end
    if k + 1 < len(doc) and doc[k].text == ",":
        k += 1
        if k + 1 < len(doc) and lex.has("articles", doc[k].lower_):
            k += 1
        trig = lex.triggers.get(doc[k].lower_)
        if trig is not None and not trig.part_of_name:
            m.trigger_label = trig.label
    return m


def capitalised_head_label(doc: Doc, m: Mention, lex: Lexicons) -> str | None:
    """The label of a head noun written with a capital as the first word of a name the
    model calls a thing or a person (no person's name starts with "Cours" or "Syndicat"):
    "le Journal du Soir", "le Syndicat des cheminots" (ORG), "Cours Mirabeau", "Tour
    Montparnasse" (LOC). A place noun whose "de" complement does not make a name keeps the
    model's label ("Tour de France", a race)."""
    if m.label not in {"MISC", "PER"} or m.end - m.start < 2 or not doc[m.start].is_title:
        return None
    trig = lex.triggers.get(doc[m.start].lower_)
    if trig is None:
        return None
    if trig.label == "LOC" and not trig.with_of \
            and connector_length(doc, m.start + 1, lex):
        return None
    return trig.label


def classifier_of_naming_participle(doc: Doc, i: int, lex: Lexicons,
                                    sent_start: int) -> Trigger | None:
    """"un parti politique baptisé « Les Vigilants »", "un collectif, nommé Sentinelle": the
    classifier noun before a naming participle (`naming_participles`) labels the name."""
    k = i - 1
    while k > sent_start and (doc[k].is_space or doc[k].text in {"«", "\"", "“"}):
        k -= 1
    if k <= sent_start or not lex.has("naming_participles", doc[k].lower_):
        return None
    k -= 1
    if doc[k].text == ",":
        k -= 1
    for j in range(k, max(sent_start, k - MAX_CLASSIFIER_MODIFIERS) - 1, -1):
        if not (doc[j].is_alpha and doc[j].is_lower):
            return None
        trig = lex.triggers.get(doc[j].lower_)
        if trig is not None:
            return None if trig.part_of_name else trig
    return None


def before_dateline_agency(doc: Doc, end: int, lex: Lexicons) -> bool:
    """"PARIS (AFP) -": the name right before a news agency in brackets."""
    return end + 2 < len(doc) and doc[end].text == "(" \
        and doc[end + 1].text in lex.words["dateline_agencies"] and doc[end + 2].text == ")"


def label_from_context(doc: Doc, m: Mention, lex: Lexicons) -> str | None:
    """A label given by the words around a name whatever the model said: a one-word name
    followed by an age is a person ("Maëlys, 31 ans"); the city of a dateline is a place
    ("BEYROUTH (AFP)"); a name starting with a Maghreb place prefix is a place ("Aïn Defla");
    an Arabic family name with its article makes a person ("Karim al-Hassan"), except right
    after a place preposition, where such a name is a town's ("à Bir el-Hadj"); a name
    right after an honorific that addresses a person ("M. Pavlovic", "Me Durand") is a
    person."""
    if m.end - m.start == 1 and age_after(doc, m.end) is not None:
        return "PER"
    if addresses_person(doc, m.start, lex):
        return "PER"
    if before_dateline_agency(doc, m.end, lex):
        return "LOC"
    if m.end - m.start > 1 and doc[m.start].text in lex.words["place_name_prefixes"]:
        return "LOC"
    if m.label in {"LOC", "MISC"} and has_arabic_family_name(doc, m, lex):
        return "LOC" if after_place_preposition(doc, m.start, lex) else "PER"
    if acronym_is_organisation(doc, m):
        return "ORG"
    return None


# Given names before an Arabic family name: "Karim al-Hassan", "Abdel Karim al-Hassan".
MAX_GIVEN_NAMES = 2
# The family name with its article: "al", "-", "Hassan".
FAMILY_NAME_TOKENS = 3


def has_arabic_family_name(doc: Doc, m: Mention, lex: Lexicons) -> bool:
    """"Karim al-Hassan": capitalised given names and a family name with its article glued
    by a hyphen (`arabic_articles`) make a person, which the model often reads as a place."""
    given = m.end - m.start - FAMILY_NAME_TOKENS
    if not 1 <= given <= MAX_GIVEN_NAMES:
        return False
    article, hyphen, family = doc[m.end - 3], doc[m.end - 2], doc[m.end - 1]
    return lex.has("arabic_articles", article.text) and hyphen.text == "-" \
        and not article.whitespace_ and not hyphen.whitespace_ and family.is_title \
        and all(t.is_alpha and t.is_title for t in doc[m.start:m.start + given])


def named_person_words(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Keys of the last words of the persons named with two words or more ("Martin" for
    "Anne Martin"): a lone "Martin" in the article is that person, whatever its context.
    Words, not tokens: a one-word name the tokenizer cuts ("H’rida", "El-Kef") is none."""
    return {canonical.entity_key(doc[m.end - 1].text) for m in mentions
            if m.label == "PER" and any(t.whitespace_ for t in doc[m.start:m.end - 1])}


def after_place_preposition(doc: Doc, start: int, lex: Lexicons) -> bool:
    """A place preposition of one or two words ("à", "près de") right before token `start`."""
    return any(lex.has("place_prepositions", doc[start - n:start].text.lower())
               for n in (1, 2) if start - n >= 0)


def place_from_context(doc: Doc, mentions: list[Mention], lex: Lexicons) -> None:
    """A one-word "person" right after "à", "près de"... or written like a French compound
    place name ("Bourg-Saint-Andéol") is a place, unless the article names that person."""
    person_words = named_person_words(doc, mentions)
    for m in mentions:
        if m.label != "PER" or m.gazetteer or m.trigger_label or m.end - m.start != 1:
            continue
        text = doc[m.start].text
        if canonical.entity_key(text) in person_words:
            continue
        if after_place_preposition(doc, m.start, lex) \
                or any(infix in text for infix in lex.place_infixes):
            m.trigger_label = "LOC"


def organisation_from_article(doc: Doc, mentions: list[Mention], lex: Lexicons) -> None:
    """A one-word "person" written like an acronym after a singular article ("la Fndp",
    "du Cdas") is an organisation: French person names take no article. Not when the
    article names a person with that surname ("la famille Verlaque" ... "Jean Verlaque")."""
    person_words = named_person_words(doc, mentions)
    for m in mentions:
        if m.label != "PER" or m.gazetteer or m.trigger_label or m.end - m.start != 1:
            continue
        tok = doc[m.start]
        if canonical.entity_key(tok.text) in person_words or not canonical.is_acronym(tok.text):
            continue
        if m.start > 0 and lex.has("organisation_articles", doc[m.start - 1].lower_):
            m.trigger_label = "ORG"


def organisation_from_cue(doc: Doc, mentions: list[Mention], lex: Lexicons) -> None:
    """Words before a name that select an organisation:
    - "chez" before a one-word "place" (one is never "chez" a town) or MISC (nor "chez" an
      event or a work: "chez Solidaires", a union) or, after a word about
      work, buying or publishing, a one-word "person", that the article does not name in
      full: a shop, a firm or a publisher ("elle travaille chez Durandin", "publié chez
      Verdier"; but "invité chez Lenoir", a television host, stays a person);
    - a source cue before a title with its capitalised article ("selon Le Courrier",
      "dans La Gazette", "rapporte L'Écho"), unless the model reads a person ("selon Le
      Garrec")."""
    person_words = named_person_words(doc, mentions)
    for m in mentions:
        if m.gazetteer or m.trigger_label or m.start == 0:
            continue
        before = doc[m.start - 1].lower_
        key = canonical.entity_key(doc[m.end - 1].text)
        firm = lex.has("organisation_prepositions", before) and m.end - m.start == 1 \
            and key not in person_words \
            and (m.label in ("LOC", "MISC")
                 or m.label == "PER" and employer_context(doc, m.start - 1, lex))
        medium = lex.has("title_cues", before) and m.label != "PER" and m.end - m.start > 1 \
            and doc[m.start].text in TITLE_ARTICLES
        if firm or medium:
            m.trigger_label = "ORG"


def employer_context(doc: Doc, chez: int, lex: Lexicons) -> bool:
    """Whether the word before "chez" (or "de chez") at token `chez` is about work, buying or
    publishing ("économiste chez Xerfi", "licenciée de chez Marbot", "paru chez Plon"): then the
    name after it is a firm. A person's name stays a person where one goes to see them
    ("invité chez Lenoir", "on retrouve chez Lenoir cette idée")."""
    i = chez - 1
    if i >= 0 and lex.has("connectors", doc[i].lower_):
        i -= 1
    return i >= 0 and (lex.has("employer_words", doc[i].lemma_.lower())
                       or lex.has("employer_words", doc[i].lower_))


def person_from_coordination(doc: Doc, mentions: list[Mention], lex: Lexicons) -> None:
    """A first name and surname the model read as a place, coordinated with a person named
    in full ("Léa Morin et Maëlle Dubreuil", "Maëlle Dubreuil, Léa Morin"), is a person:
    two or three capitalised words, no article ("Le Havre") and nothing else says place;
    so is a known given name alone coordinated with any person."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for left, right in zip(ordered, ordered[1:]):
        if right.start - left.end != 1 \
                or not lex.has("name_coordinators", doc[left.end].lower_):
            continue
        for person, other in ((left, right), (right, left)):
            if person.label == "PER" and person.end - person.start > 1 \
                    and looks_like_full_name(doc, other, lex) \
                    or person.label == "PER" and looks_like_first_name(doc, other, lex):
                other.label = other.trigger_label = "PER"


def looks_like_first_name(doc: Doc, m: Mention, lex: Lexicons) -> bool:
    """"Nicolas et Jean-Pierre font part de...": one known given name (``given_names.py``)
    the model read as a thing or a place, coordinated with a person: a person too."""
    return m.end - m.start == 1 and m.label in {"LOC", "MISC"} and not m.gazetteer \
        and m.trigger_label is None and plain_given_name(doc[m.start].text, lex) \
        and not after_determiner(doc, m.start) \
        and doc[m.start].text not in article_places(doc)


def looks_like_full_name(doc: Doc, m: Mention, lex: Lexicons) -> bool:
    return m.label in {"LOC", "MISC"} and not m.gazetteer and m.trigger_label is None \
        and full_name_shape(doc, m, lex, hyphens=False)


def full_name_shape(doc: Doc, m: Mention, lex: Lexicons, hyphens: bool,
                    max_words: int = 3) -> bool:
    """Two to `max_words` capitalised words, no article, no place prefix; `hyphens`
    accepts compound given names ("Anne-Lise Morin")."""
    words = doc[m.start:m.end]
    return 2 <= len(words) <= max_words \
        and all(t.is_title and (t.is_alpha or hyphens and t.text.replace("-", "").isalpha())
                for t in words) \
        and words[0].lower_ not in lex.determiners \
        and not lex.has("place_first_words", words[0].text) \
        and not lex.has("place_name_prefixes", words[0].text)


def title_ends_at(doc: Doc, i: int, lex: Lexicons) -> bool:
    """A function ends right before token i ("le maire | X", "le Premier ministre | X")."""
    return any(title_at(doc, k, i, lex) == i - k for k in range(max(0, i - lex.longest_title), i))


def title_in_apposition(doc: Doc, end: int, lex: Lexicons) -> bool:
    """", l'avocate de ...", ", procureure de ..." right after token `end - 1`."""
    k = end + 1
    if not (k < len(doc) and doc[end].text == ","):
        return False
    if lex.has("articles", doc[k].lower_):
        k += 1
    return k < len(doc) and title_at(doc, k, len(doc), lex) > 0


def person_from_title(doc: Doc, mentions: list[Mention], lex: Lexicons) -> None:
    """A two-word name written right after a function ("le maire Paul Lorraine", "le
    Premier ministre Anne-Lise Morin") or with one in apposition (", l'avocate de la
    famille") is a person whatever the model said, and so is every other mention of that
    full name in the article ("la ville de Paul Lorraine", where "ville" would say place).
    Not a name after an article or a place preposition ("à Port Manech, le maire ..."):
    persons take neither. Three-word "names" are left alone: they are more often a name
    with a word of the sentence glued to it than a person's full name."""
    persons = set()
    for m in mentions:
        before = doc[m.start - 1].lower_ if m.start > 0 else ""
        if m.label in {"PER", "LOC", "MISC"} and not m.gazetteer \
                and m.trigger_label in {None, "PER"} \
                and full_name_shape(doc, m, lex, hyphens=True, max_words=2) \
                and before not in lex.determiners and not lex.has("place_prepositions", before) \
                and (title_ends_at(doc, m.start, lex) or title_in_apposition(doc, m.end, lex)):
            persons.add(canonical.entity_key(doc[m.start:m.end].text))
    for m in mentions:
        if not m.gazetteer and m.end - m.start > 1 \
                and canonical.entity_key(doc[m.start:m.end].text) in persons:
            m.label = m.trigger_label = "PER"


def acronym_is_organisation(doc: Doc, m: Mention) -> bool:
    """An all-capitals name unknown to the vocabulary ("SNCS", "FNXY-CGT") that the model
    calls a place or a person is an organisation: places and persons written in capitals are
    datelines and headlines ("LYON", "DUPONT"), words the model's vocabulary knows."""
    words = [t for t in doc[m.start:m.end] if t.text != "-"]
    if m.label not in {"LOC", "PER"} or not words:
        return False
    return all(t.is_upper and t.is_alpha and len(t.text) >= 2
               and not doc.vocab.has_vector(t.text.lower()) for t in words)


# --- 5. one label per name ----------------------------------------------------------------

def harmonise_labels(doc: Doc, mentions: list[Mention]) -> None:
    """Every mention of one name in the article gets the best-supported label."""
    votes: dict[str, Counter] = defaultdict(Counter)
    person_words = named_person_words(doc, mentions)
    for m in mentions:
        key = canonical.entity_key(doc[m.start:m.end].text)
        if m.gazetteer:
            votes[key][m.label] += GAZETTEER_WEIGHT
        elif m.trigger_label:
            votes[key][m.trigger_label] += TRIGGER_WEIGHT
        else:
            votes[key][m.label] += MODEL_WEIGHT
        if m.end - m.start == 1 and key in person_words:  # "Macron" after "Emmanuel Macron"
            votes[key]["PER"] += PERSON_NAME_WEIGHT
    for m in mentions:
        if m.gazetteer:
            continue
        key = canonical.entity_key(doc[m.start:m.end].text)
        m.label = m.trigger_label or votes[key].most_common(1)[0][0]


def short_form_organisations(doc: Doc, mentions: list[Mention]) -> None:
    """A MISC mention whose words open a longer organisation of the article, the rest of
    which is lowercase qualifiers, is that organisation's short form: "l'Église" after
    "l'Église réformée", "la Fédération" after "la Fédération sportive" are ORG."""
    long_forms = {tuple(t.text for t in doc[m.start:m.end]) for m in mentions
                  if m.label == "ORG" and m.end - m.start > 1}
    starts = {words[:n] for words in long_forms for n in range(1, len(words))
              if all(w.islower() for w in words[n:])}
    for m in mentions:
        if m.label == "MISC" and tuple(t.text for t in doc[m.start:m.end]) in starts:
            m.label = "ORG"
