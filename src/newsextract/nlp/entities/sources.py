"""Which news sources and titles does the article name?

- A credit line in brackets lists sources separated by slashes, one of them a news agency:
  "(afp/xyz)", "(AFP/La Gazette)": every part is an organisation, even in lowercase.
- A title whose article is part of it, after a contracted article ("au Parisien"), is the
  title without its article.
- A title the model glued to the name of the person who spoke to it ("», confie au
  Courrier Léa Morin,", "dans le Courrier Léa Morin") is two names: the title and the person.
- A title keeps its capitalised article: mid-sentence, "Le" or "La" right before a name is
  part of it ("le quotidien Le Courrier picard", "à La Rochelle"), so the mention takes it.
- The signature on the last line of an article, an author's initials and a surname in
  capitals ("P. DURANDAL"), is a person, initials included (the model reads "P." as
  "Monsieur" and keeps a MISC; a first name before capitals it reads well, and a word before
  an acronym, "Chercheur CNRS", is no name).
- A regional edition of a medium is one name: the medium the gazetteer marks as having
  editions and the place right after it ("France 3 Bretagne", "France Bleu Gironde").
- A classifier noun a few words before a name gives its label ("le quotidien régional
  Le Courrier", "la radio locale Radio Alpes"), as a head noun right before it does.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsextract.nlp.entities import canonical
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import (
    TITLE_ARTICLES,
    is_sentence_initial,
    next_word,
    opens_qualifying_en,
)
from newsextract.nlp.grammar_words import DEFINITE_ARTICLE, elided, grammar_words

# Longest credit line between brackets, in tokens: "(AFP/La Gazette du Nord)".
MAX_CREDIT_TOKENS = 12
# Longest source inside a credit line, in tokens.
MAX_SOURCE_TOKENS = 5
# Words between a classifier noun and the name it classifies ("le quotidien régional du
# sud-est Le Courrier"): a noun phrase's modifiers, never a whole clause.
MAX_CLASSIFIER_GAP = 6
CREDIT_SEPARATORS = frozenset({"/", "-"})
# Longest place of a regional edition ("France 3 Provence-Alpes-Côte d'Azur" stops at "d'"):
# capitalised words and their hyphens.
MAX_EDITION_TOKENS = 7
# Longest title after its contracted article, in tokens ("du Journal du dimanche").
MAX_TITLE_TOKENS = 4
# A signature line: initials ("P.", "J.-P.") then one or two surnames in capitals
# ("P. DURANDAL", "J.-P. DURANDAL-VIGNE"), alone on the article's last line.
SIGNATURE = re.compile(r"\n[^\S\n]*((?:[A-Z]\.-?){1,3}\s?"
                       r"[A-ZÀ-Þ]{2,}(?:['’-][A-ZÀ-Þ]{2,})?(?: [A-ZÀ-Þ]{2,})?)\s*$")
# The same line with the surnames written in small letters ("P. Durandal", "P. Ould Durand").
SIGNATURE_TITLE_CASE = re.compile(r"\n[^\S\n]*((?:[A-Z]\.-?){1,3} ?"
                                  r"[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:['’ -][A-ZÀ-Þ][a-zà-ÿ]{2,}){0,2})\s*$")
# A line of initials alone ("R. B.", "G.M."): the signature of a writer the article does not
# name, no person's name (the tuning sets annotate none; nlp/entities/filters.py).
INITIALS_LINE = re.compile(r"^(?:[A-Z]\.\s?){1,3}$")


def credit_line_sources(doc: Doc, lex: Lexicons, texts: list[str]) -> list[Mention]:
    """The sources of "(agency/source...)" credit lines as ORG mentions; `texts` are the
    token texts of `doc` (read once per article)."""
    agencies = {a.lower() for a in lex.words["dateline_agencies"]}
    found: list[Mention] = []
    for i, text in enumerate(texts):
        if text != "(":
            continue
        close = next((k for k in range(i + 1, min(i + MAX_CREDIT_TOKENS, len(doc)))
                      if texts[k] == ")"), None)
        if close is None or not any(texts[k] == "/" for k in range(i + 1, close)):
            continue
        parts, start = [], i + 1
        for k in range(i + 1, close + 1):
            if k == close or doc[k].text in CREDIT_SEPARATORS:
                parts.append((start, k))
                start = k + 1
        part_texts = [doc[a:b].text.lower() for a, b in parts]
        if any(t in agencies for t in part_texts) and all(
                0 < b - a <= MAX_SOURCE_TOKENS and any(c.isalpha() for c in doc[a:b].text)
                for a, b in parts):
            found += [Mention(a, b, "ORG", trigger_label="ORG") for a, b in parts]
    return found


def is_initials_line(doc: Doc, m: Mention) -> bool:
    """The mention is initials alone (`INITIALS_LINE`) on their own line, or after the last
    sentence at the very end of the article ("... la mort. S. A."): a signature, no name."""
    start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
    text = doc.text[start:end]
    if not INITIALS_LINE.match(text):
        return False
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    line = doc.text[line_start:len(doc.text) if line_end < 0 else line_end].strip()
    before = doc.text[line_start:start].rstrip()
    return line == text or not doc.text[end:].strip() and before.endswith((".", "!", "?", "»"))


def signature_name(doc: Doc) -> list[Mention]:
    """The person who signs the article on its last line (module doc), as a PER mention."""
    found = SIGNATURE.search(doc.text) or SIGNATURE_TITLE_CASE.search(doc.text)
    span = found and doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
    return [Mention(span.start, span.end, "PER", trigger_label="PER")] if span else []


def contracted_titles(doc: Doc, lex: Lexicons, mentions: list[Mention]) -> list[Mention]:
    """Titles whose article is part of the name ("Le Parisien", "Les Echos"), written after
    "du", "au", "des", "aux", which contain the article: "confié au Parisien" -> "Parisien",
    ORG. Not inside another name ("la Coupe du Monde"), nor the start of a longer title
    ("au Parisien-Dimanche", "du Figaro magazine" tagged by the model)."""
    longer = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for i, tok in enumerate(doc[:-1]):
        if lex.has("masculine_contractions", tok.lower_):
            article = "le"
        elif lex.has("plural_contractions", tok.lower_):
            article = "les"
        else:
            continue
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.is_title and not is_sentence_initial(doc, i - 1):
            continue
        for n in range(min(MAX_TITLE_TOKENS, len(doc) - i - 1), 0, -1):
            end = i + 1 + n
            if lex.has("titles_with_article", f"{article} {doc[i + 1:end].text}"):
                glued = end < len(doc) and not doc[end - 1].whitespace_ and doc[end].is_alpha \
                    or end < len(doc) and doc[end].text == "-"
                if not glued and not any(a < end and b > i + 1 and (a < i + 1 or b > end)
                                         for a, b in longer):
                    found.append(Mention(i + 1, end, "ORG", trigger_label="ORG"))
                break
    return found


def title_article(doc: Doc, i: int, lex: Lexicons) -> str | None:
    """The article a title starting at token i has lost or kept in lowercase: "le" after
    "au"/"du" or after "le", "les" after "aux"/"des" or "les"; None elsewhere."""
    if i == 0:
        return None
    before = doc[i - 1].lower_
    if lex.has("masculine_contractions", before):
        return "le"
    if lex.has("plural_contractions", before):
        return "les"
    articles = grammar_words(DEFINITE_ARTICLE) - elided(grammar_words(DEFINITE_ARTICLE))
    return doc[i - 1].text if doc[i - 1].text in articles else None  # "le", "la", "les"


def split_title_from_person(doc: Doc, m: Mention, lex: Lexicons) -> list[Mention]:
    """"Courrier Léa Morin" after "au" or "le": the title (ORG) and a name of two words or
    more that follows it (PER), when the model made one mention of them."""
    article = title_article(doc, m.start, lex)
    if article is None or m.gazetteer:
        return [m]
    for k in range(m.start + 1, min(m.start + MAX_TITLE_TOKENS, m.end - 2) + 1):
        if lex.has("titles_with_article", f"{article} {doc[m.start:k].text}"):
            rest = doc[k:m.end]
            if all(t.is_title and t.text.replace("-", "").isalpha() for t in rest):
                return [Mention(m.start, k, "ORG", trigger_label="ORG"),
                        Mention(k, m.end, "PER", trigger_label="PER")]
    return [m]


def take_title_article(doc: Doc, m: Mention) -> Mention:
    """Include a capitalised article right before the mention, mid-sentence."""
    k = m.start - 1
    if k >= 0 and doc[k].text in TITLE_ARTICLES and not is_sentence_initial(doc, k) \
            and (doc[k].whitespace_ or doc[k].text.endswith(("'", "’"))):
        m.start = k
    return m


def edition_label(doc: Doc, m: Mention, lex: Lexicons) -> str | None:
    """"ORG" for an edition, supplement or channel of a newspaper, written as its one-word
    title without the article and one more word ("Exemple Live", "Exemple Dimanche",
    "Exemple culture" after the title "L'Exemple"): whatever the model said, a medium."""
    if m.end - m.start != 2 or not lex.has("title_words", doc[m.start].text):
        return None
    second = doc[m.start + 1]
    return "ORG" if second.is_alpha and not (second.is_title and second.ent_type_ == "PER") \
        else None


def classifier_label(doc: Doc, m: Mention, lex: Lexicons, sent_start: int) -> str | None:
    """Label of a classifier noun ("quotidien", "radio") before the name, separated from it
    by the modifiers of its noun phrase only: adjectives, "du"/"de" and nouns, at least one
    adjective ("le quotidien régional du Centre Le Courrier"); or an organisation noun and
    its complement before a one-word name (`named_by_complement`); not by another
    preposition ("un groupe armé en Syrie"), a title ("le parti du président Lenoir") nor a
    complement ending on the name ("le groupe de Jeanne Martin")."""
    if m.start - 1 < 0 or doc[m.start - 1].lower_ in lex.words["connectors"]:
        return None
    seen_adjective = False
    k = m.start - 1
    while k >= max(sent_start, m.start - MAX_CLASSIFIER_GAP - 1):
        tok = doc[k]
        trig = lex.triggers.get(tok.lower_)
        if trig is not None and tok.is_lower and k < m.start - 1 and (
                not trig.part_of_name and seen_adjective
                or trig.label == "ORG" and named_by_complement(doc, k, m, lex)):
            return trig.label
        if trig is not None and not trig.part_of_name and tok.is_lower:
            return None
        modifier = tok.pos_ in {"ADJ", "NOUN"} or tok.text == "-" \
            or tok.lower_ in lex.words["connectors"] or tok.lower_ in lex.words["articles"] \
            or lex.has("complement_coordinators", tok.lower_) \
            or opens_qualifying_en(doc, k)
        if tok.lower_ == "en" and modifier:
            seen_adjective = True  # "en ligne": an adjectival phrase ("le média en ligne X")
        if not (tok.is_lower or tok.text == "-") or not modifier or tok.lower_ in lex.titles:
            return None
        seen_adjective = seen_adjective or tok.pos_ == "ADJ"
        k -= 1
    return None


def named_by_complement(doc: Doc, k: int, m: Mention, lex: Lexicons) -> bool:
    """An organisation noun at token `k` with its complement, then a one-word name that is
    no person named in full: "la fédération des transports et de la logistique Varex", "le
    syndicat de la police Vigilance" (the complement says what the organisation does; a
    title in it, "le parti du président Lenoir", was refused by the caller); not a family
    name ("le conseil des anciens de la famille Dossat"), nor a complement with no noun or
    adjective of its own: in "au centre de la France" the name is the complement (a place),
    not an organisation named after it."""
    return m.end - m.start == 1 and lex.has("connectors", doc[k + 1].lower_) \
        and any(t.is_lower and t.pos_ in {"NOUN", "ADJ"} for t in doc[k + 2:m.start]) \
        and not lex.has("family_nouns", doc[m.start - 1].lower_)


def join_regional_editions(doc: Doc, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """A medium with regional editions (``regional_media``) and the place right after it,
    only spaces between, make one ORG ("France 3 Bretagne"): a place the model tagged, or
    capitalised words it left out or read as MISC; a person or an organisation after it is
    not an edition ("sur France 3 Jeanne Martin a dit")."""
    out: list[Mention] = []
    absorbed: set[int] = set()
    for m in sorted(mentions, key=lambda m: m.start):
        if id(m) in absorbed:
            continue
        name = " ".join(doc[m.start:m.end].text.split())
        if m.gazetteer and lex.has("regional_media", name):
            end, parts = edition_end(doc, m.end, mentions, lex)
            if end > m.end:
                absorbed |= {id(p) for p in parts}
                m = Mention(m.start, end, "ORG", gazetteer=True, trigger_label="ORG")
        out.append(m)
    return out


def edition_end(doc: Doc, i: int, mentions: list[Mention], lex: Lexicons
                ) -> tuple[int, list[Mention]]:
    """End of the edition's place starting after the spaces at token i (i when there is
    none), and the mentions it takes in. The place stays on the medium's line ("sur France
    3\n\nLes agriculteurs…": the next paragraph opens no place)."""
    k = next_word(doc, i)
    end = k
    while end < len(doc) and end - k < MAX_EDITION_TOKENS and (
            _name_word(doc[end], lex)
            or doc[end].text == "-" and end > k and not doc[end - 1].whitespace_):
        end += 1
    while end > k and doc[end - 1].text == "-":
        end -= 1
    parts = [m for m in mentions if m.start < end and k < m.end]
    if end == k or any(m.label in ("PER", "ORG") or m.end > end for m in parts):
        return i, []
    return end, parts


def _name_word(tok, lex: Lexicons) -> bool:
    """A capitalised word that is neither a stop word nor a function word ("Ce")."""
    return tok.text[:1].isupper() and tok.is_alpha \
        and canonical.entity_key(tok.text) not in lex.stoplist \
        and not lex.has("french_function_words", tok.lower_)
