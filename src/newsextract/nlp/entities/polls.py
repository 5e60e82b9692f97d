"""Who made the poll, and for whom?

The press names a polling institute right after the survey's noun: "selon un sondage
Sondex", "une enquête Civimètre-Data", "le baromètre Opinia Conseil pour Le Courrier". The
model knows few of these coined names: it reads them as MISC, takes a date or the client
into them ("Sondex de mercredi", "Sondex pour Le Courrier"), or misses them. After a noun of
`survey_nouns` (entities_function_words.json), the capitalised words that follow (joined by
hyphens: "Civimètre-Data") are the institute, an ORG, which replaces the model's mentions it
overlaps. The client after "pour" (`poll_client_marks`) that the model glued to it keeps its
own mention, ORG.

Not a name: a determiner ("le sondage Les Echos a publié" is left to the model), a person
the model found with two words or more ("la commission d'enquête Jeanne Martin"; the model
often reads a coined one-word institute as a person), a French noun the model did not
call an organisation ("l'enquête Soldes d'été" names a survey, not who made it).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import is_french_word, is_sentence_initial

# Longest institute name ("Kantar Public-France", "Odoxa-Dentsu Consulting" are 3 and 5
# tokens with their hyphens): beyond this, a run of capitals is more than one name.
MAX_INSTITUTE_TOKENS = 5


def institute_end(doc: Doc, k: int) -> int:
    """End of the run of capitalised words starting at token k, hyphens inside it."""
    end = k
    j = k
    while j < len(doc) and j - k < MAX_INSTITUTE_TOKENS:
        tok = doc[j]
        if tok.text[:1].isupper() and any(c.isalpha() for c in tok.text):
            end = j = j + 1
        elif tok.text == "-" and not doc[j - 1].whitespace_ and j > k:
            j += 1
        else:
            break
    return end


def is_survey_noun(doc: Doc, i: int, lex: Lexicons) -> bool:
    tok = doc[i]
    lowered = tok.is_lower or tok.is_title and is_sentence_initial(doc, i)
    return lowered and lex.has("survey_nouns", tok.lower_)


def poll_institutes(doc: Doc, lex: Lexicons, model: list[Mention]) -> list[Mention]:
    """The institutes named after a survey noun, and the clients the model glued to them
    (module doc), as ORG mentions."""
    found: list[Mention] = []
    for i in range(len(doc) - 1):
        k = i + 1
        if not is_survey_noun(doc, i, lex) or doc[k].lower_ in lex.determiners:
            continue
        end = institute_end(doc, k)
        if end == k:
            continue
        inside = [m for m in model if m.start < end and k < m.end]
        if any(m.label == "PER" and m.end - m.start > 1 for m in inside):
            continue  # a person named in full; a coined one-word name read as a person is not
        if end - k == 1 and is_french_word(doc[k].text, lex) \
                and not any(m.label == "ORG" for m in inside):
            continue
        if inside and all(m.label == "ORG" and k <= m.start and m.end <= end for m in inside):
            continue  # the model's own organisations ("Sondex" and "Data Conseil" in
            # "Sondex-Data Conseil"): its cut is as good as one name
        found.append(Mention(k, end, "ORG", trigger_label="ORG"))
        found += glued_client(doc, end, inside, lex)
    return found


def glued_client(doc: Doc, end: int, inside: list[Mention], lex: Lexicons) -> list[Mention]:
    """The client of the poll ("pour Le Courrier") when the model made one mention of the
    institute and it: its capitalised words, a lowercase article left out."""
    if end >= len(doc) or not lex.has("poll_client_marks", doc[end].lower_):
        return []
    start = end + 1
    if start < len(doc) and doc[start].is_lower and doc[start].lower_ in lex.determiners:
        start += 1
    stop = max((m.end for m in inside), default=end)
    if stop <= start or not doc[start].text[:1].isupper():
        return []
    return [Mention(start, stop, "ORG", trigger_label="ORG")]
