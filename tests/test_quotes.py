"""The quotes layer: quote-mark pairing, kinds, speakers and verbs, on sentences written
for these tests."""

from __future__ import annotations

import json

import pytest
from quote_rows import quote_records as _quotes

from newsextract.schema import QUOTES, span_attribute_names

# ---------------------------------------------------------------- the component

def test_direct_quote_then_inverted_apposition(annotate):
    doc = annotate("«Nous ne céderons sur rien», a déclaré mardi le porte-parole de Marc "
                   "Dupont, Julien Moreau, devant les grilles du site.")
    (q,) = _quotes(doc)
    assert q["kind"] == "direct" and q["text"] == "Nous ne céderons sur rien"
    assert q["speaker"] == "Julien Moreau" and q["verb"] == "déclarer"
    assert set(q) - {"text"} == set(span_attribute_names(QUOTES))


def test_direct_quote_after_colon(annotate):
    doc = annotate("La ministre Claire Lambert a affirmé : «Le budget sera voté avant "
                   "la fin du mois».")
    (q,) = _quotes(doc)
    assert q["kind"] == "direct" and q["speaker"] == "Claire Lambert"
    assert q["verb"] == "affirmer"


def test_inserted_clause_gives_two_quotes_one_speaker(annotate):
    doc = annotate("Le maire Paul Girard a visité le chantier. «Les travaux avancent bien, "
                   "a-t-il expliqué, et nous finirons en juin.»")
    quotes = _quotes(doc)
    assert [q["text"] for q in quotes] == ["Les travaux avancent bien",
                                           "et nous finirons en juin"]
    assert {q["speaker"] for q in quotes} == {"Paul Girard"}
    assert quotes[0]["speaker_start_char"] is not None


def test_pronoun_resolved_to_previous_person(annotate):
    doc = annotate("La sénatrice Hélène Roux a quitté la séance. «Je ne voterai pas ce "
                   "texte», a-t-elle expliqué.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "Hélène Roux" and q["verb"] == "expliquer"


@pytest.mark.negative
def test_scare_quotes_are_not_quotes(annotate):
    doc = annotate("Les combattants, qualifiés de «rebelles» par la presse, ont attaqué "
                   "la ville.")
    assert _quotes(doc) == []


def test_quoted_name_after_a_determiner_is_no_fragment(annotate):
    # a capitalised name in marks after a determiner names a body; the lowercase wording
    # of the same speaker in the same sentence stays a quote
    doc = annotate("La maire Sophie Caron a salué un «dialogue enfin apaisé» avec les "
                   "riverains. Elle a annoncé la création d'un «Conseil des anciens».")
    (q,) = _quotes(doc)
    assert q["text"] == "dialogue enfin apaisé" and q["speaker"] == "Sophie Caron"


def test_inverted_subject_of_a_two_word_cue_is_no_content(annotate):
    doc = annotate("Le député Marc Lenoir a pris la parole. «Je mesure la gravité de la "
                   "situation», a fait savoir le député devant la presse.")
    (q,) = _quotes(doc)
    assert q["kind"] == "direct" and q["speaker"] == "Marc Lenoir"
    assert q["verb"] == "faire savoir"


def test_question_quoted_before_an_inverted_interroger(annotate):
    doc = annotate("Luc Morel a été écroué mercredi. Son avocat, Me Paul Garnier, a quitté le "
                   "palais. « Que veut le parquet ? Qu'il ne manifeste plus ? » interroge "
                   "l'avocat.")
    (q,) = _quotes(doc)
    assert q["text"].startswith("Que veut le parquet")
    assert q["speaker"] == "Paul Garnier" and q["verb"] == "interroger"


def test_gloss_between_a_quote_and_its_cue(annotate):
    doc = annotate("« Trop peu, trop tard », a résumé le député Marc Aubry. « Rien sur les "
                   "salaires, rien sur le RIC », le référendum que les manifestants "
                   "réclament, a dénoncé Lucie Caron.")
    first, second = _quotes(doc)
    assert second["kind"] == "direct" and second["text"] == "Rien sur les salaires, rien sur le RIC"
    assert second["speaker"] == "Lucie Caron" and second["verb"] == "dénoncer"


def test_indirect_speech_with_que_clause(annotate):
    doc = annotate("L'état-major norvégien a annoncé qu'il voulait relancer les exercices "
                   "dans la région.")
    (q,) = _quotes(doc)
    assert q["kind"] == "indirect" and q["verb"] == "annoncer"
    assert q["text"].startswith("qu'il voulait")
    assert q["speaker"] == "état-major norvégien" and q["speaker_label"] == "NP"


@pytest.mark.negative
def test_negated_verb_is_no_cue(annotate):
    doc = annotate("Le ministre Pierre Laval n'a pas dit qu'il quitterait son poste.")
    assert _quotes(doc) == []


def test_mixed_quote(annotate):
    doc = annotate("Le député Louis Caron a estimé que cette réforme était «injuste et "
                   "dangereuse» pour les familles.")
    (q,) = _quotes(doc)
    assert q["kind"] == "mixed" and q["speaker"] == "Louis Caron"
    assert q["text"].startswith("que cette réforme")


def test_selon_attribution(annotate):
    doc = annotate("Les pluies ont détruit plusieurs ponts dans la région, selon l'AFP.")
    (q,) = _quotes(doc)
    assert q["kind"] == "selon" and q["speaker"] == "AFP" and q["verb"] is None
    assert q["text"] == "Les pluies ont détruit plusieurs ponts dans la région"


@pytest.mark.negative
def test_first_person_is_never_a_speaker(annotate):
    doc = annotate("«Nous serons là demain», avons-nous déclaré.")
    assert all(q["speaker"] not in ("nous", "Nous") for q in _quotes(doc))


def test_offsets_index_the_text(annotate):
    text = "«C'est une victoire», a lancé Sophie Marchand.\n\nLire aussi : «Un titre»"
    doc = annotate(text)
    spans = list(doc.spans["quotes"])
    assert [(s.start_char, s.end_char) for s in spans] == [(1, 19)]
    for span in spans:
        assert text[span.start_char:span.end_char] == span.text == "C'est une victoire"


def test_pronoun_skips_last_speaker_of_other_gender(annotate):
    doc = annotate("«Nous fermons le site», a écrit la plateforme. «Le dossier est clos», "
                   "a-t-elle ajouté.\n«Je reste confiant», a déclaré le maire Paul Girard. "
                   "«Rien n'est perdu», a-t-elle répondu.")
    quotes = {q["text"]: q for q in _quotes(doc)}
    assert quotes["Le dossier est clos"]["speaker"] == "plateforme"
    assert quotes["Rien n'est perdu"]["speaker"] == "plateforme"


def test_a_feminine_role_is_not_the_man_named_before_it(annotate):
    # the registry knows Marc Olivier is a man ("le quadragénaire"): "la juge", whom the
    # article never names, speaks as an unnamed source, also after he is named again
    doc = annotate("La cour a condamné Marc Olivier à deux ans de prison. La juge avait "
                   "dénoncé «un mépris total des clients». Le quadragénaire a quitté la "
                   "salle sans un mot. Il avait «menti du début à la fin», a rappelé la juge.")
    assert [(q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("un mépris total des clients", "juge"),
        ("Il avait «menti du début à la fin»", "juge")]


def test_a_person_only_spoken_of_is_not_the_description_that_speaks(annotate):
    # "la lettre de Paul Renaud": he is what the sentence is about, not "le maire"
    doc = annotate("Les habitants ont lu la lettre de Paul Renaud dans le journal. «Nous "
                   "attendons une réponse», a déclaré le maire.")
    assert [(q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("Nous attendons une réponse", "maire")]


def test_an_infinitive_shares_the_subject_of_the_infinitive_it_is_coordinated_with(annotate):
    # the parser may hang "dénoncer" on the verb of the relative clause ("qui s'est formé")
    doc = annotate("Des centaines de femmes ont manifesté dimanche. Elles veulent défendre "
                   "leur place dans le collectif qui s'est formé en mai et dénoncer "
                   "\"les violences policières\".")
    assert [(q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("les violences policières", "femmes")]


def test_a_feminine_description_after_a_man_spoke_is_no_guess_further_back(annotate):
    # Max Olson, a man, spoke last; Lou Rivière, whose gender the article never tells, is
    # not "la chanteuse" for that
    doc = annotate("Lou Rivière, La Mouette, Max Olson... Les rappeurs s'emparent du "
                   "mouvement. Grâce à ce succès, Lou Rivière a signé avec un label. «On a "
                   "voulu parler des oubliés», a raconté le rappeur Max Olson. «Comme "
                   "intermittente, la précarité, je connais», explique la chanteuse de 28 ans.")
    assert [(q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("On a voulu parler des oubliés", "Max Olson"),
        ("Comme intermittente, la précarité, je connais", "chanteuse")]


def test_a_pronoun_after_a_topic_phrase_is_the_topic(annotate):
    # "Quant à X, …, il": the newspaper, the deputy named in apposition, not the last speaker
    doc = annotate("«Nous tiendrons», a déclaré Pierre Lambert, délégué syndical. Quant au "
                   "Courrier de l'Ouest, dans un long dossier, il affichait à la une : «La "
                   "colère ne retombe pas». Quant à son adjoint, Paul Vidal, il a dénoncé "
                   "«une provocation».")
    assert [(q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("Nous tiendrons", "Pierre Lambert"),
        ("La colère ne retombe pas", "Courrier de l'Ouest"),
        ("une provocation", "Paul Vidal")]


def test_a_signed_document_and_its_authors_speak_for_the_signatories(annotate):
    doc = annotate("Avec la fermeture de trois laboratoires, c'est «un très mauvais signal "
                   "pour la jeunesse», dénonçait une tribune publiée lundi et signée par 30 "
                   "directrices d'école de la Loire. «Nous refusons de voir la ville se "
                   "vider», écrivent les signataires de la tribune.")
    assert [q["speaker"] for q in _quotes(doc)] == ["directrices d'école de la Loire"] * 2


def test_name_after_complement_is_the_inverted_subject(annotate):
    doc = annotate("«Nous étions visibles», a expliqué à Reuters lundi Julien Moreau, "
                   "photographe à Lyon.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "Julien Moreau"


def test_relative_subject_names_the_speaker(annotate):
    doc = annotate("La réponse est venue du président du groupe, Marc Dupont, qui a estimé "
                   "que la réforme était «mal préparée».")
    (q,) = _quotes(doc)
    assert q["speaker"] == "Marc Dupont" and q["kind"] == "mixed"


def test_perfect_infinitive_after_ambiguous_verb(annotate):
    doc = annotate("Le parquet de Lyon a annoncé vendredi soir avoir saisi la police "
                   "judiciaire après l'incendie.")
    (q,) = _quotes(doc)
    assert q["kind"] == "indirect" and q["text"].startswith("avoir saisi")
    assert q["verb"] == "annoncer"


def test_clause_stops_before_journalist_connective(annotate):
    doc = annotate("La préfecture a fait savoir qu'elle enverrait des renforts dans la ville, "
                   "alors que la colère monte chez les habitants.")
    (q,) = _quotes(doc)
    assert q["text"] == "qu'elle enverrait des renforts dans la ville"


def test_mixed_clause_runs_over_following_quoted_pieces(annotate):
    doc = annotate("La députée Claire Lambert a annoncé qu'elle créerait en janvier "
                   "«un parti nouveau», «sans étiquette».")
    (q,) = _quotes(doc)
    assert q["kind"] == "mixed" and q["text"].endswith("«sans étiquette»")


# ---------------------------------------------------------------- one mixed record per clause

def _records(doc) -> list[tuple[str, str, str]]:
    return [(q["kind"], q["text"], q["speaker"]) for q in _quotes(doc)]


# One reported clause, one record: (text, the records as (kind, text, speaker)).
REPORTED_CLAUSES = {
    # the parse may take "pour obtenir" as the clause and end it before "avait été fixé"
    "que_clause_runs_on_to_its_finite_verb": (
        "Maître Hélène Vasseur a souligné que le délai pour obtenir un rendez-vous entre la "
        "mairie et le centre des impôts de Lyon avait été fixé « sans la moindre concertation, "
        "par un agent seul ».",
        [("mixed", "que le délai pour obtenir un rendez-vous entre la mairie et le centre des "
          "impôts de Lyon avait été fixé « sans la moindre concertation, par un agent seul »",
          "Hélène Vasseur")]),
    # the parse may hang "à apporter" on the object noun
    "infinitive_after_the_object_of_a_request_verb": (
        "Le collectif Alerte Santé invite les soignants à apporter « une blouse ou un badge » "
        "aux rassemblements « pour [leur] dignité » depuis le mois de mars.",
        [("mixed", "à apporter « une blouse ou un badge » aux rassemblements « pour [leur] "
          "dignité » depuis le mois de mars", "Alerte Santé")]),
    "passive_request_stops_before_the_inverted_cue": (
        "Le député Hugo Lambert a présenté son rapport. Les familles ont été invitées à « écrire "
        "au rectorat » avant la rentrée, a-t-il précisé.",
        [("mixed", "à « écrire au rectorat » avant la rentrée", "Hugo Lambert")]),
    "inverted_cue_clause_starts_after_an_earlier_inserted_cue": (
        "La ministre Hélène Garnier a salué le travail des agents. « Le chantier avance », "
        "a-t-elle estimé mardi sur France Inter, et « il faut maintenant tenir les délais » et "
        "de lancer la « seconde phase » prévue au printemps par la région, a-t-elle dit.",
        [("direct", "Le chantier avance", "Hélène Garnier"),
         ("mixed", "« il faut maintenant tenir les délais » et de lancer la « seconde phase » "
          "prévue au printemps par la région", "Hélène Garnier")]),
    "stops_before_an_absolute_participial_clause": (
        "Trois infirmières de Caen affirment avoir été « délibérément » ignorées par la "
        "direction, l'une d'elles ayant été mutée sans préavis.",
        [("mixed", "avoir été « délibérément » ignorées par la direction",
          "infirmières de Caen")]),
    "stops_before_an_unquoted_relative_gloss": (
        "La ministre Claire Vasseur a annoncé qu'elle ouvrirait le « dossier » des primes dues "
        "aux pompiers, qui réclament depuis un an une revalorisation.",
        [("mixed", "qu'elle ouvrirait le « dossier » des primes dues aux pompiers",
          "Claire Vasseur")]),
    "que_clause_of_a_content_noun": (
        "Le rapporteur Paul Girard a relevé un « retard considérable, de six mois », et le fait "
        "que le chantier avait « doublé de coût » en un an. La députée Anne Morel a dénoncé le "
        "fait que la mairie ferme l'école sans concertation.",
        [("direct", "retard considérable, de six mois", "Paul Girard"),
         ("mixed", "que le chantier avait « doublé de coût » en un an", "Paul Girard"),
         ("indirect", "que la mairie ferme l'école sans concertation", "Anne Morel")]),
}


@pytest.mark.parametrize("case", sorted(REPORTED_CLAUSES))
def test_one_record_per_reported_clause(annotate, case):
    text, expected = REPORTED_CLAUSES[case]
    assert _records(annotate(text)) == expected


# The mixed record of a text: (text, (span text, speaker, verb)).
MIXED_RECORDS = {
    # the parse may read "vendredi qu'" as a noun and its relative clause
    "que_after_a_weekday": (
        "Des infirmières de Lille ont annoncé vendredi qu'elles allaient défiler dans « une "
        "marche silencieuse » jusqu'à la préfecture.",
        ("qu'elles allaient défiler dans « une marche silencieuse » jusqu'à la préfecture",
         "infirmières de Lille", "annoncer")),
    "clause_before_a_presentative_cue": (
        "Les loyers « baisseront de dix pour cent » dès janvier et les charges « resteront "
        "gelées » : c'est ce qu'a annoncé mardi le maire Paul Girard devant le conseil.",
        ("Les loyers « baisseront de dix pour cent » dès janvier et les charges « resteront "
         "gelées »", "Paul Girard", "annoncer")),
    # "appelé" marks a name only right before the mark ("un collectif appelé «…»")
    "quoted_infinitive_after_appeler_a": (
        "Le syndicaliste Marc Audran a appelé à « occuper » les dépôts de bus lundi matin.",
        ("à « occuper » les dépôts de bus lundi matin", "Marc Audran", "appeler")),
    # no cue: the subject is the journalist's, the verb inside the marks, the floor speaks
    "cueless_sentence_with_its_verb_in_marks": (
        "« Le chantier avance bien », a déclaré la ministre Hélène Garnier mardi. Et de "
        "nouvelles passerelles « seront ouvertes à la circulation avant l'été ». Les "
        "riverains restent sceptiques.",
        ("de nouvelles passerelles « seront ouvertes à la circulation avant l'été »",
         "Hélène Garnier", None)),
}


@pytest.mark.parametrize("case", sorted(MIXED_RECORDS))
def test_mixed_record(annotate, case):
    text, expected = MIXED_RECORDS[case]
    q = _one(annotate(text), "mixed")
    assert (q["text"], q["speaker"], q["verb"]) == expected


def test_passive_request_verb_speaks_for_the_floor_not_its_subject(annotate):
    doc = annotate("Le député Hugo Lambert a jugé la réforme « bâclée ». Les élus du "
                   "département ont été appelés à « ouvrir une concertation » sur la fermeture "
                   "des classes, notamment en zone rurale.")
    assert _records(doc)[-1] == (
        "mixed", "à « ouvrir une concertation » sur la fermeture des classes, notamment en "
        "zone rurale", "Hugo Lambert")


def test_clause_holding_only_names_in_marks_is_indirect(annotate):
    doc = annotate("Le maire Louis Perrin a rappelé que l'opération « Villages propres » avait "
                   "été lancée en mars. Le préfet Marc Olivier a annoncé que les « bonnets "
                   "verts » seraient reçus lundi à la préfecture.")
    assert [(k, s) for k, _, s in _records(doc)] == [("indirect", "Louis Perrin"),
                                                     ("indirect", "Marc Olivier")]



@pytest.mark.negative
def test_cueless_sentence_after_narration_or_with_scare_quotes_is_no_mixed(annotate):
    doc = annotate("Le maire Paul Girard a visité l'usine. Les salariés « sont inquiets pour "
                   "leur avenir ». « Rien n'est décidé », a dit Paul Girard. Les « gilets "
                   "jaunes » ont bloqué le rond-point.")
    assert [q["kind"] for q in _quotes(doc)] == ["direct"]


# ---------------------------------------------------------------- round 3 constructions

def _one(doc, kind: str) -> dict:
    found = [q for q in _quotes(doc) if q["kind"] == kind]
    assert found, _quotes(doc)
    return found[0]


def test_que_clause_with_two_quoted_pieces_is_one_mixed_record(annotate):
    doc = annotate("Le sénateur Marc Aubert a estimé que «le projet reste à ce stade un "
                   "pari risqué», ce qui «rend illisible la politique» du pays.")
    quotes = _quotes(doc)
    assert [q["kind"] for q in quotes] == ["mixed"]
    assert quotes[0]["text"].startswith("que «le projet") and quotes[0]["text"].endswith("pays")
    assert quotes[0]["speaker"] == "Marc Aubert"


def test_clause_stops_before_new_main_clause(annotate):
    doc = annotate("Tout en disant rester ferme face aux casseurs, le président Paul Renaud "
                   "a dit hier que la colère des habitants était «légitime».")
    records = [(q["kind"], q["text"], q["speaker"], q["verb"]) for q in _quotes(doc)]
    assert records == [("mixed", "que la colère des habitants était «légitime»",
                        "Paul Renaud", "dire")]


def test_de_infinitive_after_ambiguous_verb(annotate):
    doc = annotate("Par ailleurs, la mairie propose dans une autre délibération d'accorder "
                   "une aide de 200 euros aux agents des écoles.")
    q = _one(doc, "indirect")
    assert q["text"].startswith("d'accorder") and q["verb"] == "proposer"


def test_inverted_clitic_is_the_subject_of_a_following_participle(annotate):
    doc = annotate("Le ministre Louis Garnier a présenté son budget. Le déficit sera de trois "
                   "points, a-t-il dit mardi, en assurant que «le cap ne change pas».")
    q = [q for q in _quotes(doc) if q["verb"] == "assurer"][0]
    assert q["speaker"] == "Louis Garnier"


def test_participle_right_after_a_person_is_hers(annotate):
    doc = annotate("Le député Henri Vasseur a critiqué des «choix hasardeux», Claire Morin "
                   "(PS) insistant sur un «budget assez théorique».")
    q = [q for q in _quotes(doc) if q["text"] == "budget assez théorique"][0]
    assert q["speaker"] == "Claire Morin"


@pytest.mark.parametrize("text, expected", [
    # a name after the source's comma that runs on into a verb is the statement's subject
    ("Selon les douaniers, Hugo Lamarque et sa sœur ont franchi la frontière à pied.",
     ("Hugo Lamarque et sa sœur ont franchi la frontière à pied", "douaniers")),
    ("Selon son éditeur, Nadia Ferrand publiera un second roman en mai.",
     ("Nadia Ferrand publiera un second roman en mai", "éditeur")),
    # closed by a comma or the sentence's end, the name is the source's apposition
    ("Selon son éditeur, Paul Verdier, le manuscrit est presque achevé.",
     ("le manuscrit est presque achevé", "Paul Verdier")),
])
def test_selon_source_apposition_needs_its_closing_punctuation(annotate, text, expected):
    q = _one(annotate(text), "selon")
    assert (q["text"], q["speaker"]) == expected


def test_selon_statement_with_quoted_pieces_is_one_selon_record(annotate):
    doc = annotate("Selon le préfet Jean Valois, «c'est le même homme» qui a brûlé trois "
                   "voitures et un abri de bus.")
    quotes = _quotes(doc)
    assert [q["kind"] for q in quotes] == ["selon"]
    assert quotes[0]["speaker"] == "Jean Valois"


def test_selon_source_modifier_is_not_the_statement(annotate):
    doc = annotate("Les agents toucheront une indemnité de 150 euros, selon un décret publié "
                   "mardi au Journal officiel.")
    q = _one(doc, "selon")
    assert q["text"] == "Les agents toucheront une indemnité de 150 euros"


def test_figure_heading_its_clause_before_a_selon_incise_is_the_statement(annotate):
    doc = annotate("À Rennes, 2\u2009300 randonneurs, selon la mairie, 3\u2009000, selon le "
                   "club, ont gravi la colline dimanche.")
    assert [(q["text"], q["speaker"]) for q in _quotes(doc) if q["kind"] == "selon"] == [
        ("2\u2009300 randonneurs", "mairie"), ("3\u2009000", "club")]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Le député Marc Léger a visité l'usine. On parlera sans doute de «tournant» demain.",
    "La maire Julie Caron a visité l'école. Il est préférable de parler de «pause» ici.",
    "Les élus Paul Roux et Anne Petit se réunissent lundi pour parler de «la sécurité».",
])
def test_parler_de_with_no_one_controlling_it_quotes_nothing(annotate, text):
    assert [q for q in _quotes(annotate(text)) if q["verb"] == "parler"] == []


@pytest.mark.negative
def test_judging_verb_without_its_preposition_quotes_nothing(annotate):
    doc = annotate("Les ingénieurs ont comparé les résultats «bruts» du laboratoire.")
    assert [q for q in _quotes(doc) if q["verb"] == "comparer"] == []


def test_infinitive_clause_with_a_clitic_after_its_preposition(annotate):
    doc = annotate("Plusieurs maires ont évoqué leurs difficultés à s’imposer face à "
                   "l'État, malgré leur ancienneté.")
    q = _one(doc, "indirect")
    assert q["verb"] == "évoquer" and q["speaker"] == "maires"
    assert q["text"] == "à s’imposer face à l'État, malgré leur ancienneté"


@pytest.mark.parametrize("text,expected", [
    ("Le maire Paul Roux dénonce un «gâchis total»\nLe maire Paul Roux a dénoncé mardi un "
     "«gâchis total» après la fermeture de l'usine de jouets.",
     ("gâchis total", "Paul Roux", "dénoncer")),
    ("La ministre Léa Garnier appelle à la «sérénité»\nLa ministre Léa Garnier a appelé "
     "mardi à la «sérénité» après les incidents du marché.",
     ("sérénité", "Léa Garnier", "appeler")),
])
def test_words_repeated_after_a_speech_verb_each_time_are_no_label(annotate, text, expected):
    assert [(q["text"], q["speaker"], q["verb"]) for q in _quotes(annotate(text))] \
        == [expected] * 2


@pytest.mark.parametrize("text,expected", [
    ("La grève a été levée après l'appel, samedi soir, de la ministre Léa Garnier, élue de "
     "la Drôme, pour le «retour au calme».", ("retour au calme", "Léa Garnier")),
    ("Les cortèges ont grossi malgré l'appel du préfet Paul Roux à la «retenue».",
     ("retenue", "Paul Roux")),
])
def test_call_noun_with_its_author_quotes_what_is_called_for(annotate, text, expected):
    (q,) = _quotes(annotate(text))
    assert (q["text"], q["speaker"], q["kind"]) == (*expected, "direct")


@pytest.mark.negative
def test_call_with_no_author_quotes_nothing(annotate):
    assert _quotes(annotate("Les routiers ont répondu à un appel à la «grève totale».")) == []


@pytest.mark.negative
def test_a_label_also_written_bare_stays_a_label(annotate):
    doc = annotate("Le «chèque culture» sera étendu en mars. Le maire Paul Roux a dénoncé le "
                   "«chèque culture» mardi.")
    assert _quotes(doc) == []


def test_account_after_a_quote_its_inverted_cue_and_a_colon(annotate):
    doc = annotate("«Nous perdions des postes chaque année», rappelle la syndicaliste Anne "
                   "Morel : au moins 300 emplois en cinq ans, soit 4 % des effectifs.")
    q = _one(doc, "indirect")
    assert (q["speaker"], q["verb"]) == ("Anne Morel", "rappeler")
    assert q["text"] == "au moins 300 emplois en cinq ans, soit 4 % des effectifs"


def test_relative_describing_the_selon_source_is_left_out(annotate):
    doc = annotate("Selon la radio locale, qui cite un pompier, l'incendie a pris dans la "
                   "cuisine du restaurant.")
    q = _one(doc, "selon")
    assert q["speaker"] == "radio locale"
    assert q["text"] == "l'incendie a pris dans la cuisine du restaurant"


@pytest.mark.negative
def test_reporting_verb_in_an_object_relative_reports_nothing(annotate):
    doc = annotate("Le conseil a voté la taxe que les commerçants appellent à supprimer "
                   "depuis des mois.")
    assert [q for q in _quotes(doc) if q["verb"] == "appeler"] == []


@pytest.mark.negative
def test_charge_apposed_to_a_name_is_nobody_s_words(annotate):
    doc = annotate("Le juge a aussi évoqué Tarek Benhamed, accusé d'avoir loué la "
                   "camionnette.")
    assert [q for q in _quotes(doc) if q["verb"] == "accuser"] == []


def test_figure_after_the_verb_leaves_the_whole_clause_to_selon(annotate):
    doc = annotate("La course a attiré 900 coureurs, selon les organisateurs, contre 700 "
                   "l'an dernier.")
    q = _one(doc, "selon")
    assert q["text"] == "La course a attiré 900 coureurs"


# ------------------------------------------------ subjects: shares, asides, captions

def _spoken(doc) -> list[tuple[str, str, str | None]]:
    return [(q["kind"], q["text"], q["speaker"]) for q in _quotes(doc)]


@pytest.mark.parametrize("text,expected", [
    # a share of a population speaks for it, whatever its noun
    ("Le maire Paul Durand a parlé mardi. Dans une enquête réalisée en mai, 62 % des sondés "
     "estiment que la réforme est injuste.",
     ("indirect", "que la réforme est injuste", "62 % des sondés")),
    # French typography: a no-break space between the figure and the sign
    ("Le maire Paul Durand a parlé mardi. D'après l'enquête, 64\u00a0% des cyclistes "
     "jugent que la piste est dangereuse.",
     ("indirect", "que la piste est dangereuse", "64\u00a0% des cyclistes")),
    ("Hier encore, la majorité des habitants affirment que le quartier a changé.",
     ("indirect", "que le quartier a changé", "majorité des habitants")),
    # a topic before a colon is not the subject: the noun next to the verb is
    ("Le maire Paul Durand a parlé mardi. Autre signe du malaise : 70 % des parents jugent "
     "que les classes sont trop chargées.",
     ("indirect", "que les classes sont trop chargées", "70 % des parents")),
    # the parse took a noun of the relative clause for the subject: the head speaks
    ("«Nous irons jusqu'au bout», a lancé Julie Martin. L'Union des artisans du bâtiment "
     "(UAB), qui représente les plombiers et les électriciens, appelle le gouvernement à "
     "renoncer à la taxe.",
     ("indirect", "à renoncer à la taxe", "Union des artisans du bâtiment")),
    ("«Nous irons jusqu'au bout», a lancé Julie Martin. Les salariés, dont les primes "
     "baissent, affirment que la direction ment.",
     ("indirect", "que la direction ment", "salariés")),
    # a participle after an object clitic shares the main verb's subject
    ("Le président Omar Saïd a dénoncé la révolte de 2011, l'accusant notamment d'avoir "
     "ruiné le pays.", ("indirect", "d'avoir ruiné le pays", "Omar Saïd")),
    # an impersonal "il y a quelque temps" heads no clause of the journalist's
    ("Le maire Jean Vidal a critiqué, il y a quelque temps, la décision, lui reprochant "
     "d'être tardive.", ("indirect", "d'être tardive", "Jean Vidal")),
])
def test_the_subject_of_the_reporting_verb_speaks(annotate, text, expected):
    assert expected in _spoken(annotate(text))


def test_the_subject_of_a_copula_speaks_for_its_share(annotate):
    # "ils sont N % à penser que …": the figure is the predicate; the copula's subject,
    # here a pronoun for the group named before, is who thinks so
    doc = annotate("Les commerçants du centre-ville ont répondu à l'enquête de la mairie. "
                   "Ils ne sont plus que 30 % à juger que la piétonnisation aide les ventes.")
    assert ("indirect", "que la piétonnisation aide les ventes",
            "commerçants du centre-ville") in _spoken(doc)


def test_a_bare_share_takes_the_population_named_before_it(annotate):
    doc = annotate("Le maire Paul Durand a parlé mardi. Selon le sondage, 58 % des électeurs "
                   "jugent que la ville est sale. Pourtant 41 % estiment que la propreté "
                   "progresse.")
    assert ("indirect", "que la propreté progresse", "électeurs") in _spoken(doc)
    doc = annotate("La nouvelle ligne de bus a séduit les riverains du port puisque 71 % d'entre "
                   "eux estiment qu'elle désenclave le quartier.")
    assert ("indirect", "qu'elle désenclave le quartier", "riverains du port") in _spoken(doc)


def test_a_que_clause_runs_past_an_aside_between_dashes(annotate):
    doc = annotate("Le ministre Paul Durand a affirmé que c'était au préfet - et non à lui - de "
                   "prévenir la police et a dénoncé les actes du policier.")
    assert ("indirect", "que c'était au préfet - et non à lui - de prévenir la police",
            "Paul Durand") in _spoken(doc)


def test_a_relative_clause_in_the_subject_reports_up_to_the_main_verb(annotate):
    doc = annotate("Paul Lemaire, qui nie être l'auteur du vol, affirme avoir trouvé le sac "
                   "dans la rue. Le syndicat, qui affirme que les salaires baissent, a appelé "
                   "à la grève.")
    spoken = _spoken(doc)
    assert ("indirect", "être l'auteur du vol", "Paul Lemaire") in spoken
    assert ("indirect", "avoir trouvé le sac dans la rue", "Paul Lemaire") in spoken
    assert ("indirect", "que les salaires baissent", "syndicat") in spoken


def test_a_pull_quote_takes_the_name_of_its_caption_line(annotate):
    doc = annotate("La manifestation a réuni des milliers de personnes, a déclaré Marc Vidal, "
                   "le préfet.\n\n«Nous ne lâcherons rien tant que le gouvernement refusera "
                   "de nous écouter»\n\nClaire Dupont, porte-parole du collectif\n\nLe cortège "
                   "est ensuite reparti vers la gare.")
    assert ("direct", "Nous ne lâcherons rien tant que le gouvernement refusera de nous "
            "écouter", "Claire Dupont") in _spoken(doc)


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    # an agentless passive before a colon names no source
    "«Nous serons là samedi», a promis Julie Martin. Dans les cortèges, le mot d'ordre est "
    "lancé : haro sur la taxe carbone.",
    # a quoted addressee of a speech verb is nobody's words
    "«Nous serons là samedi», a promis Julie Martin. Le ministre Paul Roux a répondu à un "
    "«internaute» sur son blog.",
])
def test_no_source_no_record(annotate, text):
    assert [q for q in _spoken(annotate(text)) if q[2] != "Julie Martin"] == []


def test_title_quote_before_colon_takes_the_named_subject(annotate):
    doc = annotate("«Je ne partirai pas» : Paul Renaud a répondu jeudi à ses opposants.\n"
                   "Le maire de la ville était attendu.")
    q = [q for q in _quotes(doc) if q["text"] == "Je ne partirai pas"][0]
    assert q["speaker"] == "Paul Renaud"


@pytest.mark.negative
def test_quoted_noun_phrase_subject_is_no_quote(annotate):
    doc = annotate("Le gouvernement a présenté son plan, mais les «bonnets rouges» ont "
                   "aussitôt dit leur déception.")
    assert all(q["text"] != "bonnets rouges" for q in _quotes(doc))


def test_short_fragment_object_of_ambiguous_verb(annotate):
    doc = annotate("La rapporteure Anne Girard a défendu un budget «équilibré».")
    q = _one(doc, "direct")
    assert q["text"] == "équilibré" and q["speaker"] == "Anne Girard"


def test_noun_de_infinitive_after_speech_verb(annotate):
    doc = annotate("Le président Paul Renaud a exprimé sa volonté de réformer "
                   "«profondément» l'administration.")
    q = _one(doc, "mixed")
    assert q["text"].startswith("de réformer") and q["speaker"] == "Paul Renaud"


# ---------------------------------------------------------------- the seed (../shared)

def test_seed_targets(annotate, shared_dir):
    path = shared_dir / "gold" / "dev" / "seed.jsonl"
    if not path.exists():
        pytest.skip("seed gold absent")
    gold = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    quotes = _quotes(annotate(gold["text"], gold.get("date")))
    by_start = {q["text"][:20]: q for q in quotes}
    peskov = [q for q in quotes if q["text"].startswith("Le président considère")]
    assert peskov and peskov[0]["speaker"] == "Dmitri Peskov" and peskov[0]["verb"] == "déclarer"
    assert any(q["text"].startswith("En raison du fait") and "Roudskoï" in q["speaker"]
               for q in quotes)
    assert "rebelles" not in by_start
    assert any(q["kind"] == "selon" and q["speaker"] == "AFP" for q in quotes)


# ---------------------------------------------------------------- speakers without a cue

def test_colon_quote_after_non_speech_clause_takes_its_subject(annotate):
    doc = annotate("Une infirmière brandissait une pancarte avec l'inscription : "
                   "«Nous ne sommes pas des machines».")
    q = _quotes(doc)
    assert [(x["text"], x["speaker"], x["verb"]) for x in q] == [
        ("Nous ne sommes pas des machines", "infirmière", None)]


def test_banner_phrase_heading_its_own_verbless_clause_does_not_loop(annotate):
    # The banner noun is the head of its own clause: looking for its carrier in that
    # clause found the banner phrase again, and the speaker search recursed forever.
    doc = annotate("Le cortège a traversé la ville sans incident.\nNombreuses encore, les "
                   'pancartes "Dupont rend le pognon" ou "Dupont, démission". Le maire est '
                   "la cible des slogans des manifestants. « On ne lâchera rien », a lancé "
                   "une manifestante.")
    assert not any("failed" in w for w in doc._.ne_warnings or [])
    quotes = _quotes(doc)
    assert all(q["speaker"] != "pancartes" for q in quotes)
    # the layer went on past the banners: the quote after them is found
    assert ("On ne lâchera rien", "manifestante") in [(q["text"], q["speaker"]) for q in quotes]


@pytest.mark.negative
def test_colon_quote_after_non_person_subject_is_no_quote(annotate):
    doc = annotate("Le bilan de la tempête reste lourd : «des routes coupées partout».")
    assert _quotes(doc) == []


def test_quote_opening_a_relative_clause_is_its_antecedent_s(annotate):
    doc = annotate("Dans le cortège, on croisait cette retraitée qui «n'avait jamais "
                   "manifesté de sa vie».")
    q = _quotes(doc)
    assert len(q) == 1 and q[0]["speaker"] == "retraitée"


def test_quote_after_lead_in_sentence_takes_its_subject(annotate):
    doc = annotate("Le maire de Nantes, Jean Moreau, a reçu les commerçants mardi soir.\n"
                   "«Nous allons tout faire pour que le centre-ville reste ouvert pendant "
                   "les fêtes.»")
    q = _quotes(doc)
    assert len(q) == 1 and q[0]["speaker"] == "Jean Moreau" and q[0]["verb"] is None


def test_quote_continuing_a_clause_takes_its_subject_not_the_floor(annotate):
    # the words continue the clause of a new subject: not the previous speaker's
    base = ("Le maire Jean Valin a défendu son budget. «Nous ne toucherons pas aux "
            "écoles», a-t-il assuré. ")
    doc = annotate(base + "Le syndicat Force ouvrière a apporté «son soutien total aux "
                   "agents municipaux qui ont été menacés».")
    q = _quotes(doc)
    assert [x["speaker"] for x in q] == ["Jean Valin", "Force ouvrière"]
    doc = annotate(base + "La préfecture a appelé les habitants à «rester chez eux "
                   "jusqu'à la fin de l'alerte».")
    assert [x["speaker"] for x in _quotes(doc)] == ["Jean Valin", "préfecture"]


def test_quote_after_a_reported_clause_stays_with_the_reporter(annotate):
    doc = annotate("Le quotidien Le Figaro a révélé que le maire Jean Valin avait signé le "
                   "contrat, avant de «revenir sur sa parole devant le conseil municipal».")
    direct = [x for x in _quotes(doc) if x["kind"] == "direct"]
    assert [(x["text"], x["speaker"]) for x in direct] == [
        ("revenir sur sa parole devant le conseil municipal", "Le Figaro")]


def test_quote_in_a_selon_statement_is_not_the_clause_subject_s(annotate):
    doc = annotate("Le maire Jean Valin a défendu son budget. «Nous ne toucherons pas aux "
                   "écoles», a-t-il assuré. Selon lui, les riverains répondent à un appel à "
                   "la «solidarité des quartiers qui se taisent depuis des mois».")
    assert all(x["speaker"] == "Jean Valin" for x in _quotes(doc)) and len(_quotes(doc)) >= 2


@pytest.mark.negative
def test_passive_subject_is_no_source_of_the_quote(annotate):
    # "arrêté pour «…»": the charge is not the arrested man's words
    doc = annotate("Le maire Jean Valin a défendu son budget. «Nous ne toucherons pas aux "
                   "écoles», a-t-il assuré. Le militant Paul Roux a été interpellé mardi "
                   "pour «outrage et rébellion envers des agents publics».")
    assert all(x["speaker"] != "Paul Roux" for x in _quotes(doc))


@pytest.mark.parametrize("text, speaker", [
    # a subject too long to read whole: the name apposed to its head
    ("Le président de l'Union régionale des transporteurs routiers (URTR), Paul "
     "Marot, ne mâche pas ses mots : «Le gazole pèse plus lourd que tous nos salaires "
     "réunis.»", "Paul Marot"),
    # a name after a fronted time phrase heads the clause before the colon
    ("Le quartier a beaucoup changé. Au bout de vingt longues années, Sophie Marchand "
     "déchante : «Les bus ne passent plus et les commerces ont fermé les uns après les "
     "autres.»", "Sophie Marchand"),
])
def test_person_before_a_colon_after_a_non_speech_verb_speaks(annotate, text, speaker):
    q = _quotes(annotate(text))
    assert [(x["kind"], x["speaker"], x["verb"]) for x in q] == [("direct", speaker, None)]


def test_lead_in_subject_with_a_long_apposition_speaks(annotate):
    doc = annotate("Hélène Vidal, la présidente de l'association des commerçants du "
                   "centre-ville de Rouen, ne compte pas baisser les bras. «Nous allons "
                   "rouvrir nos boutiques dès lundi matin.»")
    q = _quotes(doc)
    assert [(x["text"], x["speaker"]) for x in q] == [
        ("Nous allons rouvrir nos boutiques dès lundi matin", "Hélène Vidal")]


FABRE_LEAD_IN = ("Le procès s'ouvre lundi. Marc Fabre, l'ancien trésorier du club de rugby "
                 "de la ville, ne compte pas baisser les bras. ")


def test_lead_in_subject_with_first_person_words_speaks(annotate):
    doc = annotate(FABRE_LEAD_IN + "«Il ne faut rien attendre de moi, je ne dirai rien.»")
    assert [x["speaker"] for x in _quotes(doc)] == ["Marc Fabre"]


@pytest.mark.negative
def test_lead_in_subject_named_inside_the_quote_is_not_its_speaker(annotate):
    # "«… de Fabre»": words about Marc Fabre, not his own
    doc = annotate(FABRE_LEAD_IN + "«Il ne faut rien attendre de Fabre, il ne dira "
                   "jamais la vérité.»")
    assert all(x["speaker"] != "Marc Fabre" for x in _quotes(doc))


def test_interview_title_name_then_quote_is_the_name_s(annotate):
    doc = annotate("Julien Castagnet «Les petites communes ont été oubliées trop longtemps»\n"
                   "Le sociologue a enquêté deux ans dans les villages de la Creuse.")
    q = _quotes(doc)
    assert [(x["text"], x["speaker"], x["verb"]) for x in q] == [
        ("Les petites communes ont été oubliées trop longtemps", "Julien Castagnet", None)]


@pytest.mark.negative
def test_title_quote_continuing_a_clause_about_the_name_is_not_the_name_s(annotate):
    # "X «est …»": someone else describes X
    doc = annotate("Julien Castagnet «est un homme épuisé qui ne dort plus la nuit»\n"
                   "Le sociologue a enquêté deux ans dans les villages de la Creuse.")
    assert all(x["speaker"] != "Julien Castagnet" for x in _quotes(doc))


@pytest.mark.negative
def test_a_title_s_speaker_holds_no_floor_in_the_body(annotate):
    doc = annotate("Julien Castagnet «Les petites communes ont été oubliées trop longtemps»\n"
                   "Le documentaire est coproduit par la radio et «Les voix de nos villages "
                   "sont à écouter»")
    assert [x["speaker"] for x in _quotes(doc)] == ["Julien Castagnet"]


def test_plaisanter_in_an_inverted_cue_attributes_the_quote(annotate):
    doc = annotate("Les boutiques ont fermé tôt. «Demain, on vendra les parapluies à mille "
                   "euros pièce», plaisante le gérant d'une boutique de la rue.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "gérant d'une boutique de la rue" and q["verb"] == "plaisanter"


def test_description_subject_is_an_antecedent_of_a_later_pronoun(annotate):
    doc = annotate("Le syndicat Synergie a appelé à la grève. Le ministre des Sports "
                   "Paul Martin a répondu aux questions. Le ministre a tenu à rassurer. "
                   "«Ils ne bloqueront rien car ils connaissent leur devoir», a-t-il déclaré.")
    q = _quotes(doc)
    assert [x["speaker"] for x in q if x["kind"] == "direct"] == ["Paul Martin"]


def test_impersonal_cue_with_a_source(annotate):
    doc = annotate("Le suspect a pris la fuite, a-t-on appris samedi de source judiciaire.")
    q = _quotes(doc)
    assert [(x["text"], x["speaker"], x["verb"]) for x in q] == [
        ("Le suspect a pris la fuite", "source judiciaire", "apprendre")]


@pytest.mark.negative
def test_learning_something_is_no_cue(annotate):
    doc = annotate("Pierre Lenoir a appris que son frère était blessé.")
    assert _quotes(doc) == []


# ---------------------------------------------------------------- generalisation round

def test_present_tense_cue_tagged_as_noun(annotate):
    doc = annotate("Le conseil se réunit demain. «Le texte repose sur trois piliers solides», "
                   "analyse la ministre de la Culture, Sophie Marchal.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "Sophie Marchal" and q["verb"] == "analyser"


def test_multiword_cue_whose_first_verb_is_tagged_as_noun(annotate):
    # "fait" of "fait savoir" read as the noun "un fait": the cue and its subject stay
    doc = annotate("Le maire Paul Armand a visité la caserne. «Les secours sont arrivés en "
                   "dix minutes», fait savoir le cabinet du préfet.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "cabinet du préfet" and q["verb"] == "faire savoir"


@pytest.mark.parametrize("cue, speaker, verb", [
    ("tweete un internaute", "internaute", "tweeter"),
    ("fait valoir un avocat de la défense", "avocat de la défense", "faire valoir"),
    ("confie une habitante", "habitante", "confier"),
])
def test_inverted_cue_with_an_indefinite_subject_is_a_new_speaker(annotate, cue, speaker,
                                                                  verb):
    doc = annotate("Le député Marc Aubry a défendu le projet. «Ce texte protège les "
                   f"locataires», a-t-il déclaré. «Personne dans la rue n'y croit», {cue}.")
    first, second = _quotes(doc)
    assert first["speaker"] == "Marc Aubry"
    assert second["speaker"] == speaker and second["verb"] == verb


@pytest.mark.parametrize("text, first_speaker, second_speaker, verb", [
    ("Le maire Paul Girard a ouvert la séance. «Nous voterons contre ce budget injuste», "
     "lance un élu. «Ce texte ne passera jamais en commission», ajoute un autre, en colère.",
     "élu", "autre élu", "ajouter"),
    ("Le préfet Jean Vidal a visité le marché. «Les prix montent chaque semaine depuis un "
     "an», a-t-il reconnu. «On ne s'en sort plus du tout», glisse un autre.",
     "Jean Vidal", "autre", "glisser"),
])
def test_lone_autre_is_another_member_never_the_last_speaker(annotate, text, first_speaker,
                                                             second_speaker, verb):
    first, second = _quotes(annotate(text))
    assert first["speaker"] == first_speaker
    assert second["speaker"] == second_speaker and second["verb"] == verb


@pytest.mark.negative
def test_subhead_quote_does_not_inherit_the_speaker_above(annotate):
    doc = annotate("Le ministre Luc Perrin a visité le port. «Les quais seront refaits avant "
                   "l'hiver», a-t-il déclaré.\n«La pêche reste en sursis»\nLes marins "
                   "attendent depuis trois ans une aide de l'État pour leurs bateaux.")
    assert [q["speaker"] for q in _quotes(doc)] == ["Luc Perrin"]


def test_inverted_cue_after_adverbial_filler(annotate):
    doc = annotate("Paul Durand a parlé hier. «Nous irons jusqu'au bout», a-t-il dit. «Il faut "
                   "que ça change vite», juge de son côté le maire de Lyon, Marc Petit.")
    assert [q["speaker"] for q in _quotes(doc)] == ["Paul Durand", "Marc Petit"]


def test_inserted_cue_with_named_apposition_splits_the_quote(annotate):
    doc = annotate("Paul Durand a parlé hier. «Il ne faut pas que ce projet soit une impasse, "
                   "pointe quant à lui le maire de Lyon, Marc Petit. Nous voulons des garanties.»")
    quotes = _quotes(doc)
    assert [q["text"] for q in quotes] == ["Il ne faut pas que ce projet soit une impasse",
                                           "Nous voulons des garanties"]
    assert {q["speaker"] for q in quotes} == {"Marc Petit"}


def test_one_of_a_group_is_a_speaker(annotate):
    doc = annotate("Le gouvernement prépare une réforme. «Ces réunions ont redonné de l'énergie "
                   "au ministre», témoigne l'un de ses amis.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "un de ses amis"


@pytest.mark.negative
def test_non_reporting_uses_of_lexicon_verbs(annotate):
    for text in ("Le syndicat veut un accord. Autrement dit, aider les salariés à venir.",
                 "Au marché, on pouvait observer que les barrières tenaient bon.",
                 "Si les clients commencent à partir, la boutique fermera en mars."):
        assert _quotes(annotate(text)) == [], text


def test_multiword_cue_clause_starts_after_the_cue(annotate):
    doc = annotate("La ministre Claire Dubois a fait valoir que la réforme était prête.")
    (q,) = _quotes(doc)
    assert q["text"] == "que la réforme était prête" and q["verb"] == "faire valoir"
    doc = annotate("Le ministre Paul Roux a parlé. «Nous ne céderons rien», a-t-il fait valoir.")
    assert [q["text"] for q in _quotes(doc)] == ["Nous ne céderons rien"]


# ---------------------------------------------------------------- generalisation review 2

def _speakers(doc) -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker"]) for q in _quotes(doc)]


def test_participle_after_inverted_cue_takes_the_cue_subject(annotate):
    doc = annotate("«La sécurité des agents n'est pas négociable», a souligné le préfet "
                   "Paul Garnier, affirmant qu'il y aurait «des renforts dès lundi».")
    assert _speakers(doc) == [("La sécurité des agents n'est pas négociable", "Paul Garnier"),
                              ("qu'il y aurait «des renforts dès lundi»", "Paul Garnier")]


def test_participle_skips_a_relative_clause_verb(annotate):
    doc = annotate("Le maire Paul Garnier a évoqué les incidents qui ont troublé la fête, "
                   "estimant que «la ville doit mieux s'organiser».")
    assert [s for _, s in _speakers(doc)] == ["Paul Garnier"]


def test_pour_x_introduces_the_quote(annotate):
    doc = annotate("Pour Claire Vidal, la directrice de l'école, le projet «va dans le bon "
                   "sens».")
    # QUOTES.md: "Pour X, …" giving X's view with quoted pieces is one selon record.
    assert _records(doc) == [("selon", "le projet «va dans le bon sens»", "Claire Vidal")]


@pytest.mark.parametrize("text,expected", [
    ("Pour l'avocate de la famille, ce dossier ne tient pas.",
     ("selon", "ce dossier ne tient pas", "avocate de la famille")),
    ("Pour Marc Olivier, cette réforme arrive «bien trop tard» et le pays en paiera le prix.",
     ("selon", "cette réforme arrive «bien trop tard» et le pays en paiera le prix",
      "Marc Olivier")),
])
def test_pour_x_gives_x_view(annotate, text, expected):
    assert _records(annotate(text)) == [expected]


@pytest.mark.negative
def test_pour_with_no_speaker_is_no_attribution(annotate):
    assert _quotes(annotate("Pour une fois, la cour a siégé un dimanche matin.")) == []


def test_colon_quote_after_a_long_clause(annotate):
    doc = annotate("Le sénateur Luc Moreau a réagi au vote du texte par les élus du groupe "
                   "centriste avant la séance de mardi soir : «Ce texte est une erreur.»")
    assert [s for _, s in _speakers(doc)] == ["Luc Moreau"]


def test_elle_is_not_a_man_named_in_a_complement(annotate):
    doc = annotate("M. Pierre Lenoir a reçu un prix. La chercheuse a longtemps travaillé "
                   "avec lui. «Nous avons publié trois études ensemble», a-t-elle précisé.")
    assert _speakers(doc) == [("Nous avons publié trois études ensemble", "chercheuse")]


def test_ils_needs_a_plural_antecedent(annotate):
    doc = annotate("Le rapport a été publié mercredi. «Ces chiffres sont faux», a dénoncé le "
                   "document. «Nous ne signerons pas», ont-ils ajouté.")
    assert [t for t, _ in _speakers(doc)] == ["Ces chiffres sont faux"]
    doc = annotate("«Ces chiffres sont faux», ont dénoncé les délégués du personnel. «Nous "
                   "ne signerons pas», ont-ils ajouté.")
    assert [s for _, s in _speakers(doc)] == ["délégués du personnel"] * 2


@pytest.mark.parametrize("text,speaker", [
    ("Julie Marchand défend son client depuis deux ans. «Il n'a jamais menacé personne», "
     "a plaidé la pénaliste devant la cour.", "Julie Marchand"),
    ("Sophie Leroy, 45 ans, est venue de Nantes. «On ne lâchera rien», lance cette "
     "animatrice en colère.", "Sophie Leroy"),
])
def test_profession_descriptions_resolve_to_the_named_person(annotate, text, speaker):
    assert [s for _, s in _speakers(annotate(text))] == [speaker]


def test_labels_and_chants_are_not_quotes(annotate):
    doc = annotate("La ministre Anne Roy a ouvert le salon. «Nous soutenons nos artisans», "
                   "a-t-elle déclaré. «Vive les boulangers !» «Tenez bon !», entend-on dans "
                   "les allées.")
    assert [t for t, _ in _speakers(doc)] == ["Nous soutenons nos artisans"]
    doc = annotate("La ministre Anne Roy a ouvert le salon. «Nous soutenons nos artisans», "
                   "a-t-elle déclaré. Le nombre de tartes «faites à la main» témoigne de la "
                   "vitalité du secteur.")
    assert [t for t, _ in _speakers(doc)] == ["Nous soutenons nos artisans"]
    doc = annotate("«Retraites» : le syndicaliste Marc Dubois dénonce une réforme «injuste».")
    assert [t for t, _ in _speakers(doc)] == ["injuste"]


@pytest.mark.parametrize("text,statement,source", [
    ("Selon l'Agence nationale de sécurité (ANS), le nombre d'accidents a baissé de 12 % en "
     "un an.", "le nombre d'accidents a baissé de 12 % en un an",
     "Agence nationale de sécurité"),
    ("Plus de 5000 personnes ont défilé selon la police, contre 2000 la semaine précédente.",
     "Plus de 5000 personnes ont défilé", "police"),
    ("Les réformes «ne vont pas assez loin», selon Paul Navarre, économiste spécialiste des "
     "retraites.", "Les réformes «ne vont pas assez loin»", "Paul Navarre"),
])
def test_selon_statement_side_and_source(annotate, text, statement, source):
    selon = [q for q in _quotes(annotate(text)) if q["kind"] == "selon"]
    assert [(q["text"], q["speaker"]) for q in selon] == [(statement, source)]


# ------------------------------------------------------- selon scope (tuning set G, L, H, I)

@pytest.mark.parametrize("text,expected", [
    # a second figure run, "selon la même source": the run after "contre", the first source
    ("Les grévistes étaient 3.000 à Lyon, selon la préfecture, contre 4.500 la semaine "
     "dernière et 9.000 lors de la première journée, selon la même source.",
     [("Les grévistes étaient 3.000 à Lyon", "préfecture"),
      ("4.500 la semaine dernière et 9.000 lors de la première journée", "préfecture")]),
    ("Deux suspects ont été interpellés, selon le parquet. Ils seront présentés à un juge "
     "jeudi, selon la même source.",
     [("Deux suspects ont été interpellés", "parquet"),
      ("Ils seront présentés à un juge jeudi", "parquet")]),
    ("Le collège restera fermé lundi, a précisé la préfecture. Il rouvrira mardi, selon la "
     "même source.", [("Il rouvrira mardi", "préfecture")]),
    # two selon phrases in one sentence: the first attests its own relative clause
    ("Des heurts ont éclaté à Nantes, où trois policiers ont été blessés, selon des témoins, "
     "ainsi qu'à Rennes où s'étaient réunis 900 militants, selon la police.",
     [("trois policiers ont été blessés", "témoins"),
      ("s'étaient réunis 900 militants", "police")]),
    # a participial tail after the source describes it
    ("Plus de 8000 personnes défilaient dans le pays samedi matin, selon des chiffres "
     "officiels encore provisoires et vivement contestés par les syndicats.",
     [("Plus de 8000 personnes défilaient dans le pays samedi matin", "chiffres officiels")]),
    # a participle set off after the source, then the statement
    ("La procureure Anne Roy a confirmé l'arrestation. Selon le quotidien La Voix du Nord, "
     "cité par la procureure, l'étudiant avait posté qu'il fallait «tout casser» et invité "
     "à bloquer le lycée.",
     [("l'étudiant avait posté qu'il fallait «tout casser» et invité à bloquer le lycée",
       "La Voix du Nord")]),
    # medial "selon lui" inside a participial clause: the clause, the governing subject
    ("Le député Marc Lenoir a exigé des sanctions contre ces policiers ayant "
     "dépassé, selon lui, une «limite intolérable».",
     [("ayant dépassé, selon lui, une «limite intolérable»", "Marc Lenoir")]),
    # "Pour <group>, <participial apposition>, <view>"
    ("Pour plusieurs participants à cette marche régionale, née hors de tout syndicat, "
     "cette faible affluence est due aux vacances scolaires.",
     [("cette faible affluence est due aux vacances scolaires", "participants")]),
])
def test_selon_scope(annotate, text, expected):
    selon = [(q["text"], q["speaker"]) for q in _quotes(annotate(text)) if q["kind"] == "selon"]
    assert selon == expected


@pytest.mark.parametrize("text,statement,speaker,verb", [
    # a rule or a schedule is no selon source: the clause goes to the inverted cue
    ("Le procureur Marc Lenoir a tenu une conférence de presse. Le suspect sera jugé lundi "
     "selon la procédure de comparution immédiate, a-t-il déclaré.",
     "Le suspect sera jugé lundi selon la procédure de comparution immédiate",
     "Marc Lenoir", "déclarer"),
    ("Le procureur Marc Lenoir a tenu une conférence de presse. Le suspect sera entendu mardi "
     "selon le calendrier des audiences, a-t-il précisé.",
     "Le suspect sera entendu mardi selon le calendrier des audiences", "Marc Lenoir",
     "préciser"),
    # no comma before the inverted cue
    ("Le trafic ferroviaire reprendra lundi matin a précisé la préfecture.",
     "Le trafic ferroviaire reprendra lundi matin", "préfecture", "préciser"),
    ("L'accident a eu lieu vers 09H00 lundi matin a précisé à l'AFP le procureur de Lyon, "
     "Marc Lenoir.", "L'accident a eu lieu vers 09H00 lundi matin", "Marc Lenoir", "préciser"),
    # a date set off by commas inside an impersonal cue
    ("Un homme de 30 ans sera jugé jeudi pour menaces après avoir insulté des policiers, "
     "a-t-on appris, mardi, auprès du parquet de Lyon.",
     "Un homme de 30 ans sera jugé jeudi pour menaces après avoir insulté des policiers",
     "parquet de Lyon", "apprendre"),
    # a speech verb with a plain noun object in a relative clause holds no cue
    ("Le maire Paul Roux a parlé. Mardi, un supporter, qui avait lancé une bouteille "
     "vers l'arbitre, a été puni de quatre mois de travaux d’intérêt général pour «violences "
     "aggravées», a-t-on appris de source policière. Il a fait appel de sa condamnation "
     "pour «violences aggravées».",
     "Mardi, un supporter, qui avait lancé une bouteille vers l'arbitre, a été puni de "
     "quatre mois de travaux d’intérêt général pour «violences aggravées»", "source policière",
     "apprendre"),
    # the reported clause ends before "mais" + a new subject
    ("Le ministre Paul Roux a promis d'écouter les revendications exprimées lors des réunions "
     "mais beaucoup de grévistes voient dans ce geste une manœuvre.",
     "d'écouter les revendications exprimées lors des réunions", "Paul Roux", "promettre"),
    # ... not before "mais que", a second content clause
    ("La maire Anne Roy a affirmé que la piscine rouvrira en mai mais que les tarifs "
     "augmenteront.", "que la piscine rouvrira en mai mais que les tarifs augmenteront",
     "Anne Roy", "affirmer"),
])
def test_indirect_clause_and_its_end(annotate, text, statement, speaker, verb):
    records = [(q["text"], q["speaker"], q["verb"]) for q in _quotes(annotate(text))
               if q["kind"] in ("indirect", "mixed")]
    assert records == [(statement, speaker, verb)]


def test_three_quotes_in_a_row_before_a_cue_are_directs(annotate):
    doc = annotate("Les manifestants ont croisé le ministre Paul Roux près de la gare. «Dehors», "
                   "«démission», «nous sommes le peuple», avaient crié les manifestants.")
    assert [(q["kind"], q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("direct", "Dehors", "manifestants"), ("direct", "démission", "manifestants"),
        ("direct", "nous sommes le peuple", "manifestants")]


def test_purpose_clause_after_an_inverted_cue_is_no_content(annotate):
    doc = annotate("Le retraité Paul Mercier défile chaque samedi. «Je ne lâcherai rien», "
                   "ajoute-t-il pour expliquer pourquoi il ne participe pas au «grand débat».")
    assert [(q["kind"], q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("direct", "Je ne lâcherai rien", "Paul Mercier")]


@pytest.mark.negative
def test_subject_verb_object_order_is_no_commaless_inverted_cue(annotate):
    doc = annotate("Contrairement à ses rivaux qui ont menti pour se faire élire, Paul Roux a "
                   "annoncé la couleur.")
    assert _quotes(doc) == []


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "La directrice Anne Roy dispose de deux assistants pour répondre aux centaines de lettres "
    "qu’elle reçoit chaque semaine.",
    "Le maire Luc Petit a dénoncé les violences que subissent les commerçants.",
])
def test_relative_que_after_a_noun_object_is_no_content_clause(annotate, text):
    assert _quotes(annotate(text)) == []


@pytest.mark.parametrize("text,statement", [
    ("Le maire Luc Petit a rappelé aux élus que la loi s'applique à tous.",
     "que la loi s'applique à tous"),
    ("Le groupe Delta a affirmé via son site de propagande que l'assaillant avait agi seul.",
     "que l'assaillant avait agi seul"),
])
def test_que_after_an_addressee_or_an_adverbial_is_a_content_clause(annotate, text, statement):
    assert [(q["kind"], q["text"]) for q in _quotes(annotate(text))] == [
        ("indirect", statement)]


@pytest.mark.negative
def test_journalist_aside_a_noter_is_no_quote(annotate):
    doc = annotate("La ministre Léa Fournier a visité le chantier. À noter que la ministre est "
                   "arrivée en retard. A signaler que le maire était absent.")
    assert _quotes(doc) == []


@pytest.mark.negative
def test_a_subject_with_a_relative_clause_before_a_verb_is_not_reported_content(annotate):
    doc = annotate("Une source policière, qui a requis l'anonymat, a évoqué un bilan plus lourd.\n"
                   "Un habitant du quartier, qui a tout vu depuis sa fenêtre, a appelé les "
                   "secours.")
    assert list(doc.spans["quotes"]) == []


@pytest.mark.parametrize("text,speaker,verb", [
    ("Les infirmières ont défilé devant l'hôpital. «Nous voulons des bras», "
     "ont-elles scandé sous la pluie.", "infirmières", "scander"),
    ("Des agriculteurs venus de tout le département ont bloqué la route. «On ne lâchera "
     "rien», ont-ils crié devant la préfecture.", "agriculteurs", "crier"),
    ("Les commerçantes «en colère» ont manifesté devant la mairie. «Nos loyers sont trop "
     "chers», avaient-elles lancé la veille.", "commerçantes en colère", "lancer"),
])
def test_plural_clitic_cut_from_its_hyphen_resolves_to_a_group_subject(annotate, text,
                                                                     speaker, verb):
    # "ont-elles" is tokenized "ont", "-", "elles"; the antecedent names no earlier speaker.
    quotes = [q for q in _quotes(annotate(text)) if q["kind"] == "direct"]
    assert [(q["speaker"], q["verb"]) for q in quotes] == [(speaker, verb)]


@pytest.mark.negative
def test_elles_is_not_a_group_of_men(annotate):
    doc = annotate("Les agriculteurs ont bloqué la rocade. «Tout est bloqué», ont-elles "
                   "regretté.")
    assert [q["speaker"] for q in _quotes(doc)] == []


@pytest.mark.parametrize("text,speaker", [
    ("Le maire a défendu son budget. «C'est faux», répond en chœur la salle.", "salle"),
    ("Le ministre a promis une baisse des prix. «Des promesses», lancent en choeur les "
     "commerçants.", "commerçants"),
])
def test_adverbial_before_an_inverted_subject_does_not_govern_it(annotate, text, speaker):
    quotes = [q for q in _quotes(annotate(text)) if q["kind"] == "direct"]
    assert [q["speaker"] for q in quotes] == [speaker]


# ---------------------------------------------------------------- fragments after participles

@pytest.mark.parametrize("text,fragment,speaker", [
    ("La séance a été houleuse, avec une sénatrice dénonçant un «passage en force» et "
     "des huées dans les tribunes.", "passage en force", "sénatrice"),
    ("Le conseil municipal s'est achevé tard, avec un élu réclamant davantage de «clarté» "
     "sur les comptes.", "clarté", "élu"),
])
def test_fragment_after_a_participle_is_the_modified_noun_phrase(annotate, text, fragment,
                                                                 speaker):
    # The participle's subject is the noun phrase it hangs on, not the clause's subject.
    quotes = {q["text"]: q["speaker"] for q in _quotes(annotate(text))}
    assert quotes.get(fragment) == speaker


@pytest.mark.parametrize("text,fragment,speaker", [
    ("Marc Durand est l'auteur d'une vidéo, publiée lundi sur YouTube, dénonçant le "
     "«racket des automobilistes».", "racket des automobilistes", "Marc Durand"),
    ("Une tribune de Sophie Leroux dénonçant «l'abandon des campagnes» a circulé toute la "
     "semaine.", "l'abandon des campagnes", "Sophie Leroux"),
])
def test_fragment_after_a_document_participle_is_its_author(annotate, text, fragment,
                                                            speaker):
    # A video or an open letter does not speak: its author, named in it or as the
    # subject of the clause holding it, does.
    quotes = {q["text"]: q["speaker"] for q in _quotes(annotate(text))}
    assert quotes.get(fragment) == speaker


@pytest.mark.parametrize("text,expected", [
    ("L'opposition a critiqué la réforme, le député Paul Renard (LR) y voyant la "
     "«trahison» du «gouvernement des banques».",
     [("trahison", "Paul Renard"), ("gouvernement des banques", "Paul Renard")]),
    ("La maire, Anne Colin, qui attendait «des excuses publiques», n'a pas été reçue "
     "au ministère.", [("des excuses publiques", "Anne Colin")]),
])
def test_short_fragment_of_an_opinion_verb_is_its_subjects_wording(annotate, text,
                                                                   expected):
    # "y voir", "attendre": no speech verb, but the quoted noun phrase is the named
    # person's wording; a piece joined by "du" continues the same object.
    quotes = [(q["text"], q["speaker"]) for q in _quotes(annotate(text))
              if q["kind"] == "direct"]
    assert quotes == expected


@pytest.mark.negative
def test_opinion_verb_of_an_unnamed_group_quotes_nothing(annotate):
    # "espèrent une nouvelle «vague bleue»": a theme, not someone's identified wording.
    doc = annotate("Les manifestants espèrent une nouvelle «vague bleue» samedi prochain "
                   "dans toute la région.")
    assert _quotes(doc) == []


@pytest.mark.parametrize("text,speaker", [
    ("A Lille, Marie Dubois, 35 ans, «infirmière à bout de souffle», a raconté au micro "
     "ses nuits de garde.", "Marie Dubois"),
    ("Au rassemblement, Julien Marchand, 52 ans, «chauffeur routier depuis trente ans», "
     "a dit être venu en voisin.", "Julien Marchand"),
])
def test_self_description_after_a_misparsed_place_opener(annotate, text, speaker):
    # "A Lille" misread as a noun swallows the apposition chain into the subject: the
    # person named before the apposition is the one described.
    quotes = [q for q in _quotes(annotate(text)) if q["kind"] == "direct"]
    assert [q["speaker"] for q in quotes] == [speaker]


@pytest.mark.parametrize("text,fragment,speaker", [
    ("Le rapporteur Paul Renard a relevé un «nombre inédit d'amendements, environ 4.500» "
     "au cours de l'examen.", "nombre inédit d'amendements, environ 4.500", "Paul Renard"),
    ("La préfète Claire Morel a évoqué une «mobilisation d'au moins 12.000 bénévoles» "
     "lors du week-end.", "mobilisation d'au moins 12.000 bénévoles", "Claire Morel"),
])
def test_short_fragment_length_ignores_elisions_and_figures(annotate, text, fragment,
                                                            speaker):
    # "d'" is no word and "4.500" is one: the fragment stays short enough to be the
    # speaker's wording after an ambiguous verb.
    quotes = {q["text"]: q["speaker"] for q in _quotes(annotate(text))}
    assert quotes.get(fragment) == speaker


@pytest.mark.parametrize("text,expected", [
    ("Une cinquantaine d'agriculteurs ont défilé devant la préfecture aux cris de «Rendez-"
     "nous nos terres», «Pas de paysans, pas de pain».",
     ["Rendez-nous nos terres", "Pas de paysans, pas de pain"]),
    ("Le syndicat Force Ouvrière a appelé à la grève lundi, avec pour mot d'ordre «tous "
     "unis pour nos salaires».", ["tous unis pour nos salaires"]),
])
def test_chants_and_rallying_cries_are_the_clause_subjects(annotate, text, expected):
    # QUOTES.md: chants and slogans issued by a named group are direct; the speaker is
    # the group the chant noun's clause has as subject.
    quotes = [q for q in _quotes(annotate(text)) if q["kind"] == "direct"]
    assert [q["text"] for q in quotes] == expected
    assert all(q["speaker"] for q in quotes)


@pytest.mark.parametrize("text,speaker_word", [
    ("Environ 200 enseignants ont manifesté derrière une banderole où l'on pouvait "
     "lire : «Une école pour tous».", "enseignants"),
    ("Une centaine d'infirmières ont défilé derrière une grande pancarte sur laquelle on "
     "lisait : «Soigner tue».", "infirmières"),
])
def test_banner_read_by_on_is_the_groups(annotate, text, speaker_word):
    # "une pancarte sur laquelle on lisait": "on" is nobody; the group carrying it is.
    quotes = [q for q in _quotes(annotate(text)) if q["kind"] == "direct"]
    assert len(quotes) == 1 and speaker_word in quotes[0]["speaker"]


@pytest.mark.parametrize("text,expected", [
    ("«Nous rembourserons chaque donateur sans exception», qui «ont été trompés par ce "
     "projet», a écrit l'association sur son site.",
     ["Nous rembourserons chaque donateur sans exception", "ont été trompés par ce projet"]),
    ("«J'ai été bousculé par des inconnus», et «je ne compte pas en rester là», a "
     "raconté le chanteur Marc Lavoine à la presse.",
     ["J'ai été bousculé par des inconnus", "je ne compte pas en rester là"]),
])
def test_pieces_joined_by_glue_before_a_cue_are_two_directs(annotate, text, expected):
    # QUOTES.md: two quoted pieces joined by unquoted glue are two direct records with
    # the cue's speaker, not one mixed clause.
    quotes = _quotes(annotate(text))
    assert [(q["kind"], q["text"]) for q in quotes] == [("direct", e) for e in expected]
    assert len({q["speaker"] for q in quotes}) == 1


# ---------------------------------------------------------------- speakers through the registry

def _records(doc) -> list[tuple[str, str, str | None]]:
    return [(q["kind"], q["text"], q["speaker"]) for q in _quotes(doc)]


@pytest.mark.parametrize("text,expected", [
    # a description of a person the article names is that person
    ("Marie Lenoir, 45 ans, chauffeuse routière, attendait devant la grille. «Nous voulons "
     "des réponses», a lancé la chauffeuse.", ("Nous voulons des réponses", "Marie Lenoir")),
    ("Me Julien Roux plaidera jeudi. «Rien n'est encore signé», a prévenu l'avocat devant "
     "les caméras.", ("Rien n'est encore signé", "Julien Roux")),
    ("Anne Morel, 34 ans, a ouvert sa boutique en mars. «Les clients reviennent peu à peu», "
     "explique la jeune femme.", ("Les clients reviennent peu à peu", "Anne Morel")),
    ("Le ministre de l'Agriculture Paul Durand a visité la ferme. Le ministre a jugé que "
     "«la sécheresse change tout».", ("la sécheresse change tout", "Paul Durand")),
])
def test_description_is_the_named_participant(annotate, text, expected):
    assert _speakers(annotate(text)) == [expected]


def test_short_name_speaker_takes_the_fullest_name(annotate):
    doc = annotate("Hélène Castagnet dirige la coopérative depuis dix ans. «Nous ne vendrons "
                   "pas», assure Castagnet.")
    assert _speakers(doc) == [("Nous ne vendrons pas", "Hélène Castagnet")]


def test_unnamed_person_described_as_subject_is_an_antecedent(annotate):
    doc = annotate("Un homme attendait sur le quai. La voyageuse a perdu sa valise hier. «On "
                   "ne m'a rien proposé», a-t-elle regretté.")
    assert _speakers(doc) == [("On ne m'a rien proposé", "voyageuse")]


def test_an_unnamed_agent_noun_can_speak(annotate):
    doc = annotate("«Je n'avais jamais vu autant de monde», confie un trentenaire venu de "
                   "Rouen.")
    q = _one(doc, "direct")
    assert q["speaker"] == "trentenaire" and q["verb"] == "confier"


@pytest.mark.negative
@pytest.mark.parametrize("text,not_speaker", [
    ("«Il faudra du temps», ajoute la portée symbolique du geste.", "portée symbolique du geste"),
    ("«Rien ne change», estime le retour des beaux jours.", "retour des beaux jours"),
])
def test_abstract_noun_never_speaks(annotate, text, not_speaker):
    assert all(speaker != not_speaker for _, speaker in _speakers(annotate(text)))


# ---------------------------------------------------------------- the floor

def test_inverted_cue_after_a_complement_hands_the_floor(annotate):
    doc = annotate("«Ils veulent qu'on reparte chez nous», juge Paul Lefort, maçon, devant le "
                   "rond-point. «Ce sont des miettes», soupire à ses côtés Julie Martin, une "
                   "infirmière de 40 ans.")
    assert _speakers(doc) == [("Ils veulent qu'on reparte chez nous", "Paul Lefort"),
                              ("Ce sont des miettes", "Julie Martin")]


def test_person_named_before_a_colon_takes_the_floor(annotate):
    doc = annotate("«Le plan reste un investissement», écrivent les signataires du texte, "
                   "«pourtant, il le traite comme une dépense.» Sophie Bernard abonde : «On "
                   "recule encore dans tous les classements.»")
    assert _speakers(doc)[-1] == ("On recule encore dans tous les classements",
                                  "Sophie Bernard")


def test_chain_of_quotes_stays_with_the_holder(annotate):
    doc = annotate("«Nous rouvrirons la piscine en juin», a déclaré la maire, Anne Roux. «Les "
                   "travaux sont presque finis», poursuit-elle. «Il reste les vestiaires à "
                   "peindre et le bassin à remplir.»")
    assert [s for _, s in _speakers(doc)] == ["Anne Roux"] * 3


def test_inverted_noun_subject_takes_the_floor_from_the_holder(annotate):
    doc = annotate("«La fête aura lieu samedi», a annoncé le maire, Louis Perrin. «On a "
                   "tout perdu dans l'incendie», se désole le propriétaire du bar.")
    assert _speakers(doc) == [("La fête aura lieu samedi", "Louis Perrin"),
                              ("On a tout perdu dans l'incendie", "propriétaire du bar")]


def test_chants_listed_with_et_de_share_the_chanters(annotate):
    doc = annotate("Des centaines de manifestants ont défilé dans le centre-ville aux cris de "
                   "«Des salaires, pas des miettes» et de «Tous ensemble».")
    assert [t for t, _ in _speakers(doc)] == ["Des salaires, pas des miettes", "Tous ensemble"]
    assert len({s for _, s in _speakers(doc)}) == 1


# ---------------------------------------------------------------- fragments of a source's wording

@pytest.mark.parametrize("text,expected", [
    ("La maire Claire Fabre a publié un message condamnant des «actes inqualifiables».",
     ("actes inqualifiables", "Claire Fabre", "condamner")),
    ("Le député Marc Olivier juge «compréhensible» la colère des riverains.",
     ("compréhensible", "Marc Olivier", "juger")),
    ("La sénatrice Anne Vautrin pointe des «choix incohérents» du gouvernement.",
     ("choix incohérents", "Anne Vautrin", "pointer")),
    ("Le syndicat des pilotes a salué un «accord équilibré» mardi.",
     ("accord équilibré", "syndicat des pilotes", "saluer")),
    # judging verbs: the name the subject gives, after the verb's preposition
    ("L'avocate Claire Fontaine a comparé le prévenu à un «renard rusé».",
     ("renard rusé", "Claire Fontaine", "comparer")),
    ("Le projet a été comparé par la sénatrice Anne Roussel à une «usine à gaz».",
     ("usine à gaz", "Anne Roussel", "comparer")),
    ("Le député Marc Léger a taxé la direction d'«incompétence».",
     ("incompétence", "Marc Léger", "taxer")),
    ("Le maire Paul Girard a traité ses opposants de «girouettes».",
     ("girouettes", "Paul Girard", "traiter")),
    ("La sociologue Claire Vidal parle d'une «fracture durable».",
     ("fracture durable", "Claire Vidal", "parler")),
    ("Le député Marc Léger n'hésite pas à parler de «naufrage».",
     ("naufrage", "Marc Léger", "parler")),
])
def test_fragment_object_of_a_speech_or_judging_verb(annotate, text, expected):
    q = _one(annotate(text), "direct")
    assert (q["text"], q["speaker"], q["verb"]) == expected


# ---------------------------------------------------------------- a party after a person noun

@pytest.mark.parametrize("text, expected", [
    ("Le sénateur Henri Vasseur, vice-président de la commission, a visité l'usine. «Ce "
     "site doit rester ouvert», affirme le sénateur MoDem.",
     ("Ce site doit rester ouvert", "Henri Vasseur")),
    ("Odile Marchand, adjointe au logement, a reçu les locataires. «Les loyers ne "
     "bougeront pas», a promis la conseillère PCF.",
     ("Les loyers ne bougeront pas", "Odile Marchand")),
    ("«Nous voulons des réponses», a déclaré le militant CFDT devant l'usine.",
     ("Nous voulons des réponses", "militant CFDT")),
])
def test_party_after_a_person_noun_is_no_speaker(annotate, text, expected):
    q = _one(annotate(text), "direct")
    assert (q["text"], q["speaker"]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sandrine Vidal a écouté le réquisitoire sans bouger. Le juge Marc Auber a ensuite "
     "suspendu l'audience. Celle qui dirigeait la clinique depuis vingt ans a lancé : "
     "«Je ferai appel.»", ("Je ferai appel", "Sandrine Vidal")),
    ("Bruno Tessier a quitté la salle. L'avocate Claire Morand est restée. Celui qui "
     "dirigeait l'usine depuis dix ans a lancé : «Je reviendrai.»",
     ("Je reviendrai", "Bruno Tessier")),
])
def test_celui_celle_qui_is_the_last_person_of_that_gender(annotate, text, expected):
    q = _one(annotate(text), "direct")
    assert (q["text"], q["speaker"]) == expected


# ---------------------------------------------------------------- speaker_entity_id

def test_speaker_entity_id_joins_the_entities(annotate):
    doc = annotate("Le maire Louis Perrin a inauguré le pont. «C'est un grand jour», a dit "
                   "Perrin. «Nous attendions ce pont depuis vingt ans», a ajouté un habitant.")
    ids = {e.text: e._.entity["entity_id"] for e in doc.spans["entities"]}
    rows = [(q["speaker"], q["speaker_entity_id"]) for q in _quotes(doc)]
    assert rows == [("Louis Perrin", ids["Louis Perrin"]), ("habitant", None)]


def test_a_source_written_as_an_organisation_name_joins_that_entity(annotate):
    doc = annotate("Les inondations ont coupé trois routes du canton. Selon l'AFP, l'eau "
                   "continuait de monter lundi soir.")
    afp = [e for e in doc.spans["entities"] if e.text == "AFP"]
    q = _one(doc, "selon")
    assert (q["speaker"], q["speaker_label"]) == ("AFP", "ORG")
    assert afp and q["speaker_entity_id"] == afp[0]._.entity["entity_id"]


def test_interroge_x_hands_the_floor_to_x(annotate):
    doc = annotate("«Le chantier prendra deux ans», a annoncé le promoteur, Marc Dubois.\n"
                   "Interrogée sur ce calendrier, l'adjointe à l'urbanisme, Claire Fontaine, "
                   "reste sceptique. «Nous avons déjà entendu ces promesses.»")
    assert _speakers(doc) == [("Le chantier prendra deux ans", "Marc Dubois"),
                              ("Nous avons déjà entendu ces promesses", "Claire Fontaine")]


def test_unnamed_speaker_before_a_colon_with_a_verb_read_as_a_noun(annotate):
    doc = annotate("Contacté par téléphone, un riverain soupire : «On verra bien.»")
    assert [(q["text"], q["speaker"], q["verb"]) for q in _quotes(doc)] == [
        ("On verra bien", "riverain", "soupirer")]


def test_name_before_an_apposition_the_parse_made_the_subject(annotate):
    doc = annotate("De son côté, Paul Girard, une des figures du collectif, a salué une "
                   "«première victoire» dans la négociation.")
    q = _one(doc, "direct")
    assert (q["text"], q["speaker"], q["verb"]) == ("première victoire", "Paul Girard", "saluer")


def test_words_on_their_banners_are_the_groups(annotate):
    doc = annotate("Les infirmières ont défilé mardi dans le centre de Rennes. Sur leurs "
                   "banderoles, on lisait : «Soigner n'est pas un luxe», «Des lits, pas des "
                   "promesses».")
    assert _speakers(doc) == [("Soigner n'est pas un luxe", "infirmières"),
                              ("Des lits, pas des promesses", "infirmières")]


def test_reported_speech_inside_reported_speech_is_the_outer_speakers(annotate):
    doc = annotate("Paul Marchal a admis qu'il était sur place «par pur hasard», a souligné "
                   "l'avocate de la famille, Anne Vidal, devant la cour.")
    assert _records(doc) == [
        ("mixed", "Paul Marchal a admis qu'il était sur place «par pur hasard»", "Anne Vidal")]


# ---------------------------------------------------------------- round 2: speaker choice

def test_one_of_a_group_apposition_tells_no_gender(annotate):
    # "une des figures" agrees with "figures", not with the man it describes.
    doc = annotate("«C'est trop peu», a lancé Paul Marchand, un artisan de 50 ans. De son "
                   "côté, Julien Roux, une des figures du collectif, a rencontré le préfet. "
                   "«Nous reviendrons samedi», a-t-il prévenu devant la presse.")
    last = _quotes(doc)[-1]
    assert last["text"] == "Nous reviendrons samedi" and last["speaker"] == "Julien Roux"


def test_person_named_inside_the_attributed_words_is_not_the_pronoun(annotate):
    # The cue's "il" is who speaks, not the man the reported clause is about.
    doc = annotate("Me Lucien Garnier a plaidé jeudi. \"Il ment dès qu'il est acculé\", a "
                   "résumé l'avocat.\nC'est seulement quand les policiers ont montré que la "
                   "moto avec laquelle Karim Benali aurait fui n'existait pas qu'il a "
                   "modifié son récit, a-t-il relevé.")
    last = _quotes(doc)[-1]
    assert last["kind"] == "indirect" and last["verb"] == "relever"
    assert last["text"].endswith("modifié son récit")
    assert last["speaker"] == "Lucien Garnier"


def test_person_before_an_apposition_holding_a_quoted_label_is_the_subject(annotate):
    # The clause's subject never comes from the sentence before (an event, "OM - Nantes").
    doc = annotate("Deux matches de Ligue 1 de football, OM - Nantes et Lille-Rennes, prévus "
                   "dimanche, ont été repoussés. Jérôme Vidal, l’une des voix des « motards "
                   "en colère », a exhorté les adhérents à « bloquer le port » dimanche, "
                   "« devant la capitainerie, près du fort ».")
    (q,) = _quotes(doc)
    assert q["kind"] == "mixed" and q["text"].startswith("à « bloquer le port »")
    assert q["speaker"] == "Jérôme Vidal" and q["verb"] == "exhorter"


def test_opening_participle_is_not_the_subject_and_an_epicene_title_tells_no_gender(annotate):
    # "Priée de …, l'ex-ministre, …, a répondu": the subject is the description after
    # the participial phrase, and "l'ex-ministre" may be a woman the article names.
    doc = annotate("La sénatrice Claire Morin dirigeait alors la commission. Priée de "
                   "s'expliquer, l'ex-ministre, élue au Sénat en 2011, a répondu en juin que "
                   "le courrier «ne vaut en rien un engagement», selon ses avocats.")
    q = _quotes(doc)[0]
    assert q["kind"] == "mixed" and q["verb"] == "répondre"
    assert q["text"].startswith("que le courrier «ne vaut")
    assert q["speaker"] == "Claire Morin"


def test_relative_clause_on_a_de_complement_is_the_complements(annotate):
    # "face aux sifflets des grévistes qui scandent «…»": the strikers chant, not the
    # photographer who spoke before.
    doc = annotate("Le défilé atteint le port, a observé une photographe de Reuters. Les CRS "
                   "patientent plus loin, face aux sifflets des grévistes qui scandent «Police "
                   "partout». Le défilé repart ensuite vers la gare.")
    q = _quotes(doc)[-1]
    assert q["kind"] == "direct" and q["text"] == "Police partout"
    assert q["speaker"] == "grévistes" and q["verb"] == "scander"


def test_l_interesse_is_the_person_just_named_even_in_a_complement(annotate):
    doc = annotate("«Nous étions bien visibles avec nos brassards», a raconté le photographe "
                   "Marc Aubert, 40 ans.\nEnsuite, un «pavé énorme» a frôlé la tête de Hugo "
                   "Lenoir, a raconté l'intéressé au Parisien, ajoutant avoir eu très peur.")
    quotes = _quotes(doc)
    assert quotes[0]["speaker"] == "Marc Aubert"
    assert [(q["kind"], q["speaker"], q["verb"]) for q in quotes[1:]] == [
        ("mixed", "Hugo Lenoir", "raconter"), ("indirect", "Hugo Lenoir", "ajouter")]
    assert quotes[2]["text"] == "avoir eu très peur"


@pytest.mark.parametrize("text,words,author", [
    ("«Rien n'a changé», a dénoncé Karim Saïdi, rappelant la phrase prononcée par Anne "
     "Vasseur en 2019 : «Nous serons exemplaires».", "Nous serons exemplaires", "Anne Vasseur"),
    ("La soirée s'est achevée sur la formule de Victor Hugo : «Rien n'est plus puissant "
     "qu'une idée dont l'heure est venue».", "Rien n'est plus puissant qu'une idée dont "
     "l'heure est venue", "Victor Hugo"),
])
def test_words_announced_by_an_utterance_noun_are_its_authors(annotate, text, words, author):
    quotes = _quotes(annotate(text))
    found = [q for q in quotes if q["text"] == words]
    assert found and found[0]["kind"] == "direct" and found[0]["speaker"] == author, quotes


@pytest.mark.parametrize("text,words,author", [
    # unnamed: the description speaks, not the person who recalls the words
    ("«Les loyers ont encore grimpé», a dénoncé Camille, qui se souvient de la phrase lancée "
     "par le ministre du Logement : «Aucune famille ne sera oubliée».",
     "Aucune famille ne sera oubliée", "ministre du Logement"),
    # presented earlier with that function: the person the article names
    ("Le maire de Lille, Martin Aubry, a inauguré le pont. «Ce chantier a trop duré», a "
     "soupiré Yanis, rappelant les mots du maire de Lille : «Tout sera prêt en mai».",
     "Tout sera prêt en mai", "Martin Aubry"),
    ("Le président Paul Renard était attendu à Rouen. «Rien n'a changé pour nous», a "
     "protesté Yanis, citant la phrase lancée par le président en 2020 : «Je ne lâcherai "
     "personne».", "Je ne lâcherai personne", "Paul Renard"),
])
def test_the_author_of_recalled_words_is_not_who_recalls_them(annotate, text, words, author):
    found = [q for q in _quotes(annotate(text)) if q["text"] == words]
    assert found and found[0]["speaker"] == author, found


def test_an_inverted_cue_of_other_uses_right_after_the_quote_names_its_writer(annotate):
    # "écrire" has other uses, but "«…», écrit le cadet des Valois" is a cue: its
    # inverted subject, a description the lexicons do not know, is the man named before
    doc = annotate("Le comte Henri de Valois a envoyé une longue lettre à ses partisans, "
                   "lundi soir. «Je partage la peine de ceux qui n'ont plus rien et je prie "
                   "pour eux chaque jour», écrit le cadet des Valois, qui vit en Espagne.")
    (q,) = _quotes(doc)
    assert q["text"].startswith("Je partage la peine") and q["verb"] == "écrire"
    assert q["speaker"] == "Henri de Valois"


def test_a_name_in_a_link_line_takes_no_floor_from_the_body(annotate):
    doc = annotate("Le maire Paul Girard a présenté le budget mardi. «Les impôts ne "
                   "bougeront pas», a-t-il promis devant le conseil.\n» LIRE AUSSI - "
                   "Municipales: Sophie Lenoir annonce sa candidature à Rennes\n«Nous "
                   "tiendrons nos engagements jusqu'au bout», a-t-il ajouté.")
    assert [(q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("Les impôts ne bougeront pas", "Paul Girard"),
        ("Nous tiendrons nos engagements jusqu'au bout", "Paul Girard")]


@pytest.mark.parametrize("text,words,speaker,verb", [
    # the agent of a passive judging verb is whose wording the label is, a description too
    ("Le projet a été qualifié de «ruineux» par le ministre des Finances lors du débat.",
     "ruineux", "ministre des Finances", "qualifier"),
    # a participle the tagger reads as an adjective, with its agent after the quote
    ("La réforme, jugée «brutale» par les syndicats, sera votée mardi.",
     "brutale", "syndicats", "juger"),
])
def test_the_agent_of_a_passive_judgement_owns_the_quoted_label(annotate, text, words,
                                                                speaker, verb):
    found = [q for q in _quotes(annotate(text)) if q["text"] == words]
    assert found and (found[0]["speaker"], found[0]["verb"]) == (speaker, verb), found


@pytest.mark.negative
def test_par_rapport_after_a_quoted_label_is_no_agent(annotate):
    doc = annotate("Une hausse jugée «historique» par rapport à l'an dernier a été mesurée.")
    assert not [q for q in _quotes(doc) if q["speaker"] == "rapport"]


def test_selon_the_figures_of_an_acronym_is_the_organisation_it_abbreviates(annotate):
    doc = annotate("«Nous perdons des postes chaque année», rappelle Marie Lenoir, secrétaire "
                   "générale du SNPE-CGT (Syndicat national des personnels de l'éducation). "
                   "Selon les calculs du SNPE, à ce rythme, l'académie ne comptera plus que "
                   "3 000 enseignants en 2040.")
    q = _quotes(doc)[-1]
    assert q["kind"] == "selon" and q["text"].startswith("à ce rythme, l'académie")
    assert q["speaker"] == "Syndicat national des personnels de l'éducation"


# ---------------------------------------------------------------- round 2: recall

def test_present_tense_cue_with_euphonic_t(annotate):
    doc = annotate("Lucie Marchand tient une boulangerie depuis vingt ans. «Le pain n'a "
                   "jamais coûté aussi cher à produire», explique-t-elle, à deux pas du "
                   "marché, «une folie», balaye-t-elle.«On tiendra quand même», "
                   "ajoute-t-elle.")
    assert [(q["text"], q["speaker"], q["verb"]) for q in _quotes(doc)] == [
        ("Le pain n'a jamais coûté aussi cher à produire", "Lucie Marchand", "expliquer"),
        ("une folie", "Lucie Marchand", "balayer"),
        ("On tiendra quand même", "Lucie Marchand", "ajouter")]


def test_quote_after_a_colon_before_an_inverted_cue_is_direct(annotate):
    doc = annotate("Hugo Ferrand a quitté Lille à l'aube. C'est son premier voyage à Marseille"
                   " : «On voulait voir la mer au moins une fois dans notre vie», "
                   "raconte-t-il.")
    assert _records(doc) == [
        ("direct", "On voulait voir la mer au moins une fois dans notre vie", "Hugo Ferrand")]


def test_quote_after_a_connective_before_an_inverted_cue_is_direct(annotate):
    doc = annotate("La réforme coûtera près d'un milliard d'euros à l'État, mais «les comptes "
                   "resteront tenus», a assuré la ministre du Budget Claire Vasseur.")
    assert _records(doc) == [("direct", "les comptes resteront tenus", "Claire Vasseur")]


def test_appuyer_is_an_inverted_cue(annotate):
    doc = annotate("«Les horaires de nuit nous épuisent depuis des mois», appuie Nadia Roux, "
                   "infirmière.")
    assert [(q["text"], q["speaker"], q["verb"]) for q in _quotes(doc)] == [
        ("Les horaires de nuit nous épuisent depuis des mois", "Nadia Roux", "appuyer")]


def test_subhead_repeating_attributed_words_takes_their_speaker(annotate):
    doc = annotate("Le conseil municipal a voté le budget lundi soir.\n«Une dette maîtrisée»\n"
                   "«Nous laisserons une dette maîtrisée à nos successeurs», a déclaré le maire "
                   "Bernard Lemoine devant les élus.")
    assert [(q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("Une dette maîtrisée", "Bernard Lemoine"),
        ("Nous laisserons une dette maîtrisée à nos successeurs", "Bernard Lemoine")]


@pytest.mark.negative
def test_subhead_repeating_no_quote_is_nobodys(annotate):
    doc = annotate("Le conseil municipal a voté le budget lundi soir.\n«Une dette maîtrisée»\n"
                   "Le maire Bernard Lemoine a présenté les comptes devant les élus.")
    assert _quotes(doc) == []


def test_clause_before_cue_with_adverbial_after_the_auxiliary(annotate):
    doc = annotate("Les travaux de la rocade reprendront en avril, a par ailleurs confirmé la "
                   "préfète Hélène Garnier.")
    assert [(q["kind"], q["text"], q["speaker"], q["verb"]) for q in _quotes(doc)] == [
        ("indirect", "Les travaux de la rocade reprendront en avril", "Hélène Garnier",
         "confirmer")]


def test_glued_subhead_ends_its_sentence(annotate):
    doc = annotate("Le club a présenté son nouvel entraîneur. «Un vrai projet» Le contrat "
                   "sera signé mardi, a précisé le président Louis Berthier.")
    records = [(q["kind"], q["text"], q["speaker"]) for q in _quotes(doc)]
    assert ("indirect", "Le contrat sera signé mardi", "Louis Berthier") in records


def test_negated_infinitive_speech_verb_does_not_block_the_clause(annotate):
    doc = annotate("La ministre Sophie Perrin n'a pas prévu de s'exprimer avant jeudi, a "
                   "indiqué son cabinet.")
    assert [(q["kind"], q["text"]) for q in _quotes(doc)] == [
        ("indirect", "La ministre Sophie Perrin n'a pas prévu de s'exprimer avant jeudi")]


def test_quote_before_selon_takes_the_source(annotate):
    doc = annotate("Le chantier a pris du retard. «Les fondations doivent être refaites "
                   "entièrement», selon l'architecte Paul Guérin.")
    assert [(q["kind"], q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("direct", "Les fondations doivent être refaites entièrement", "Paul Guérin")]


def test_selon_a_poll_with_no_author_is_the_poll(annotate):
    doc = annotate("La popularité du maire a reculé de quatre points, selon un sondage publié "
                   "jeudi.")
    q = _one(doc, "selon")
    assert (q["text"], q["speaker"]) == (
        "La popularité du maire a reculé de quatre points", "sondage")


@pytest.mark.negative
def test_selon_our_information_is_no_source(annotate):
    doc = annotate("Le directeur quittera ses fonctions en juin, selon nos informations.")
    assert _quotes(doc) == []


def test_figure_with_apostrophe_separators_before_selon(annotate):
    doc = annotate("Le cortège a réuni 12'500 personnes selon la police cantonale, sous la "
                   "pluie.")
    q = _one(doc, "selon")
    assert (q["text"], q["speaker"]) == ("12'500 personnes", "police cantonale")


def test_participle_opening_a_sentence_does_not_block_selon_over_quotes(annotate):
    doc = annotate("Condamné en 2015 pour «vol aggravé», il avait ensuite été relaxé dans "
                   "deux affaires «faute de preuves», selon le parquet.")
    q = _one(doc, "selon")
    assert (q["text"], q["speaker"]) == (
        "Condamné en 2015 pour «vol aggravé», il avait ensuite été relaxé dans deux "
        "affaires «faute de preuves»", "parquet")


def test_a_poll_holds_no_floor(annotate):
    doc = annotate("Le ministre Marc Perrot a présenté sa réforme lundi. «Elle sera votée "
                   "avant l'été», a-t-il promis. Elle est rejetée par 60 % des Français, "
                   "selon un sondage. Des manifestants avaient écrit sur leurs gilets «retrait "
                   "immédiat».")
    assert ("retrait immédiat", "sondage") not in [(q["text"], q["speaker"])
                                                    for q in _quotes(doc)]
    assert ("Elle sera votée avant l'été", "Marc Perrot") in [(q["text"], q["speaker"])
                                                               for q in _quotes(doc)]


def test_quote_after_a_sentence_initial_connective_is_direct(annotate):
    doc = annotate("«Nous avons trop attendu», a reconnu le maire Alain Jourdan. Et «la place "
                   "sera rouverte dès lundi», assure-t-il.")
    assert _records(doc) == [("direct", "Nous avons trop attendu", "Alain Jourdan"),
                             ("direct", "la place sera rouverte dès lundi", "Alain Jourdan")]


def test_colon_after_a_reporting_verb_opens_the_whole_clause(annotate):
    doc = annotate("Le directeur Michel Aubry l'assure : si le club a bien reçu la lettre, il "
                   "n'a jamais été question de vendre le stade.")
    assert _records(doc) == [
        ("indirect", "si le club a bien reçu la lettre, il n'a jamais été question de vendre "
                     "le stade", "Michel Aubry")]


def test_present_tense_cue_before_a_speaking_noun_away_from_quotes(annotate):
    doc = annotate("Les effectifs du service ont baissé de moitié en dix ans, explique le "
                   "syndicat des personnels.")
    assert [(q["kind"], q["text"], q["speaker"], q["verb"]) for q in _quotes(doc)] == [
        ("indirect", "Les effectifs du service ont baissé de moitié en dix ans",
         "syndicat des personnels", "expliquer")]


def test_relater_is_a_reporting_verb(annotate):
    doc = annotate("Le suspect a quitté la ville la veille, a relaté la juge Agnès Morel.")
    assert [(q["kind"], q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("indirect", "Le suspect a quitté la ville la veille", "Agnès Morel")]


@pytest.mark.parametrize("form,lemma", [("estime", "estimer"), ("estiment", "estimer"),
                                        ("souligne", "souligner")])
def test_present_tense_left_unlemmatised_reads_as_its_infinitive(form, lemma):
    from newsextract.nlp.quotes.lexicon import unlemmatised_er
    assert unlemmatised_er(form) == lemma


def test_coordinated_reporting_verbs_report_one_clause_each(annotate):
    doc = annotate("Le prévenu Karim Dali a assuré n'avoir jamais menacé personne et expliqué "
                   "avoir agi sous la contrainte de son frère.")
    assert [(q["text"], q["speaker"], q["verb"]) for q in _quotes(doc)] == [
        ("n'avoir jamais menacé personne", "Karim Dali", "assurer"),
        ("avoir agi sous la contrainte de son frère", "Karim Dali", "expliquer")]


def test_pour_x_before_a_full_quote_is_direct(annotate):
    doc = annotate("Sophie Marin manifeste depuis le premier jour. Pour elle, la réforme "
                   "annoncée mardi, «c'est une erreur, nous ne céderons pas».")
    assert [(q["kind"], q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("direct", "c'est une erreur, nous ne céderons pas", "Sophie Marin")]


def test_a_lede_fragment_repeated_in_an_attributed_quote_is_that_speakers(annotate):
    doc = annotate("Le conseil municipal a renoncé lundi au parking souterrain pour «calmer "
                   "les esprits», sans convaincre les riverains.\nPaul Girard, le maire, a "
                   "ensuite annoncé des mesures censées «calmer les esprits et rassurer les "
                   "commerçants» du centre.")
    assert [(q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("calmer les esprits", "Paul Girard"),
        ("calmer les esprits et rassurer les commerçants", "Paul Girard")]


def test_a_quoted_noun_inside_a_sentence_echoes_no_speaker(annotate):
    # a term after a determiner is no statement, whoever uses the words later
    doc = annotate("Les élus ont voté le budget du «pouvoir d'achat» mardi.\n«Ce budget "
                   "protège le pouvoir d'achat des familles», a assuré Paul Girard, "
                   "rapporteur du texte.")
    assert [q["text"] for q in _quotes(doc)] == [
        "Ce budget protège le pouvoir d'achat des familles"]


def test_headline_topic_label_echoing_a_quote_is_no_quote(annotate):
    doc = annotate("«Cantine gratuite» : la mairie présente son plan\nLa mairie a présenté "
                   "jeudi son plan. «La cantine gratuite coûtera deux millions», a déclaré "
                   "l'adjoint Paul Verdier.")
    assert "Cantine gratuite" not in [q["text"] for q in _quotes(doc)]
    assert [q["speaker"] for q in _quotes(doc)] == ["Paul Verdier"]


@pytest.mark.parametrize("text,quote,speaker,verb", [
    ("Le débat s'est tendu. «Je n'ai rien signé», a répliqué à la barre la trésorière "
     "de la mairie.", "Je n'ai rien signé", "trésorière de la mairie", "répliquer"),
    ("Les syndicats sont partagés. «Nous irons jusqu'au bout», a lancé devant la foule "
     "le délégué régional.", "Nous irons jusqu'au bout", "délégué régional", "lancer"),
    ("La réunion a duré tard. «Rien n'est décidé», a précisé dans la soirée la "
     "porte-parole du groupe.", "Rien n'est décidé", "porte-parole du groupe", "préciser"),
])
def test_inverted_subject_after_an_adverbial_complement(annotate, text, quote, speaker, verb):
    # "», a répliqué à la barre la comptable": the parser runs the complement into the
    # subject; the noun phrase after the complement's noun is who speaks.
    (q,) = _quotes(annotate(text))
    assert q["text"] == quote and q["kind"] == "direct"
    assert q["speaker"] == speaker and q["verb"] == verb


def test_description_resolves_to_a_title_after_a_contracted_article(annotate):
    # "les conclusions du juge Paul Verdier" gives the judge his title, so a later
    # "a tranché le juge" is him, not the last person named.
    doc = annotate("Le tribunal a écouté les conclusions du juge Paul Verdier. «J'ai tout "
                   "vu», a raconté le voisin Marc Olivier. «Les faits sont graves», a "
                   "tranché le juge.")
    quotes = _quotes(doc)
    assert [q["text"] for q in quotes] == ["J'ai tout vu", "Les faits sont graves"]
    assert [q["speaker"] for q in quotes] == ["Marc Olivier", "Paul Verdier"]
    assert all(q["kind"] == "direct" for q in quotes)


@pytest.mark.parametrize("text,quote,speaker", [
    ("Le député Paul Roux a qualifié la réforme de « bricolage indigne ».",
     "bricolage indigne", "Paul Roux"),
    ("Hier soir, Marie Lenoir a qualifié les débats d'« exercice de style ».",
     "exercice de style", "Marie Lenoir"),
    ("Le nouveau tracé a été qualifié de « faute politique » par Marie Lenoir, maire "
     "du village.", "faute politique", "Marie Lenoir"),
])
def test_qualifier_de_fragment_is_the_subjects_wording(annotate, text, quote, speaker):
    # "qualifier X de «…»": the quoted label is the wording of the one who qualifies
    # (the subject, or the agent after a passive).
    (q,) = _quotes(annotate(text))
    assert q["text"] == quote and q["kind"] == "direct"
    assert q["speaker"] == speaker and q["verb"] == "qualifier"


@pytest.mark.parametrize("text,quote,speaker", [
    ("Le ministre qualifie les heurts de « dérapages isolés ».",
     "dérapages isolés", "ministre"),
    ("Le syndicat a quitté la réunion, qualifiant le projet de « provocation pure ».",
     "provocation pure", "syndicat"),
    ("Les juges qualifient les faits de « particulièrement graves ».",
     "particulièrement graves", "juges"),
    ("La présidente de la région qualifie d'« inacceptable » la fermeture du site.",
     "inacceptable", "présidente de la région"),
    ("Le maire qualifie « d'inacceptable » la décision du préfet.",
     "d'inacceptable", "maire"),
    ("Le maire a qualifié la ville de cité « endormie et triste ».",
     "endormie et triste", "maire"),
    ("Le ministre qualifie le mouvement d'« agitateurs ».", "agitateurs", "ministre"),
])
def test_qualifier_in_the_present_or_a_participle_quotes_a_described_subject(
        annotate, text, quote, speaker):
    # "X qualifie … de «…»", ", qualifiant … de «…»": the judging preposition shows the
    # quoted words are the name X gives, so a subject that can speak (a description, not
    # only a name) is the speaker; the "de" may be quoted or stand before a bare noun.
    (q,) = _quotes(annotate(text))
    assert q["text"] == quote and q["kind"] == "direct"
    assert q["speaker"] == speaker and q["verb"] == "qualifier"


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Les départs vers le privé des anciens ministres, souvent qualifiés de « rétropédalage "
    "», inquiètent la commission.",
    "La sénatrice Anne Morel a qualifié d'avancée le plan de relance « Cap Avenir ».",
    "Le ministre Paul Roux a comparé la grève au mouvement « nuit debout ».",
])
def test_agentless_passive_or_named_thing_after_a_judging_verb_is_no_quote(annotate, text):
    # a passive "qualifiés de «…»" without "par X" judges its subject, whose words they
    # are not; a capitalised piece is a name; after "au mouvement" the piece names it.
    assert all(q["verb"] not in ("qualifier", "comparer") for q in _quotes(annotate(text)))


@pytest.mark.parametrize("text,quote,kind", [
    ("VIDÉO - Le pont rouvrira en mars, a assuré lundi le maire Paul Roux.",
     "Le pont rouvrira en mars", "indirect"),
    ("INTERVIEW - Le budget n'est pas un « cadeau », affirme la ministre Claire Fabre.",
     "Le budget n'est pas un « cadeau »", "mixed"),
])
def test_rubric_label_before_a_dash_stays_out_of_a_fronted_clause(annotate, text, quote,
                                                                  kind):
    # "VIDÉO - …, a assuré X": the capitalised rubric is page furniture, not X's words.
    (q,) = _quotes(annotate(text))
    assert q["text"] == quote and q["kind"] == kind


def test_bracketed_acronym_in_a_description_is_not_the_speaker(annotate):
    # "la présidente de l'Office (ONX) a estimé": the bracketed acronym glosses the
    # complement; the description is the person quoted before.
    doc = annotate("Anne Morel critique le projet. La présidente de l'Agence nationale "
                   "du sport (ANS) a estimé que le plan était « bâclé ».")
    (q,) = _quotes(doc)
    assert q["speaker"] == "Anne Morel" and q["text"] == "que le plan était « bâclé »"
    assert q["kind"] == "mixed" and q["verb"] == "estimer"


def test_inverted_cue_and_fronted_selon_give_no_gender_to_a_name(annotate):
    # "», tacle X" (a verb read as a noun) and "Selon X, le débat…" (a clause, not an
    # apposition) say nothing of X's gender: the later "la présidente" can be her.
    doc = annotate("Le « vote est truqué », tacle Chantal Morin.\nSelon Chantal Morin, le "
                   "scrutin est « faussé ». Sur la radio, la présidente de l'Agence "
                   "nationale du sport (ANS) a aussi qualifié les réunions d'« opération "
                   "de façade ».")
    quotes = _quotes(doc)
    last = quotes[-1]
    assert last["text"] == "opération de façade" and last["kind"] == "direct"
    assert last["speaker"] == "Chantal Morin" and last["verb"] == "qualifier"


def test_relative_clause_on_an_agent_speaks_for_the_agent(annotate):
    # "…lu par les riverains, qui affirment que…": the relative pronoun's antecedent is
    # the agent noun phrase, without its preposition.
    doc = annotate("«Le dossier est clos», a dit le juge Paul Verdier. Le rapport n'a pas "
                   "été lu par les riverains, qui affirment que la mairie a menti.")
    quotes = _quotes(doc)
    assert quotes[-1]["text"] == "que la mairie a menti"
    assert quotes[-1]["kind"] == "indirect" and quotes[-1]["verb"] == "affirmer"
    assert quotes[-1]["speaker"] == "riverains"


def test_plural_pronoun_finds_a_quantified_group(annotate):
    # "des centaines d'infirmières … Elles veulent dénoncer «…»": the registry's group,
    # written from its head noun.
    doc = annotate("Des centaines d'infirmières ont défilé mardi devant la préfecture de "
                   "Rennes. Elles veulent dénoncer «des salaires de misère» et réclamer "
                   "des renforts.")
    assert _records(doc) == [("direct", "des salaires de misère", "infirmières")]


def test_plural_pronoun_finds_a_collective_group(annotate):
    doc = annotate("Un groupe de chauffeurs routiers a bloqué le périphérique lundi matin. "
                   "Ils ont réclamé «une vraie baisse des taxes» avant de repartir.")
    assert _records(doc) == [("direct", "une vraie baisse des taxes", "chauffeurs routiers")]


@pytest.mark.parametrize("text,words,speaker", [
    ("Des centaines de pompiers se sont rassemblés devant la caserne, aux cris de "
     "«Sauvez nos casernes».", "Sauvez nos casernes", "pompiers"),
    ("Plusieurs dizaines de militants ont déclaré «nous resterons ici jusqu'au bout» "
     "devant le tribunal.", "nous resterons ici jusqu'au bout", "militants"),
])
def test_a_quantified_group_speaker_is_named_from_its_people_noun(annotate, text, words,
                                                                 speaker):
    assert _records(annotate(text)) == [("direct", words, speaker)]


@pytest.mark.parametrize("text,words,speaker", [
    ("Des centaines de pompiers se sont rassemblés devant la caserne. Sur les pancartes, "
     "on pouvait lire «Sauvez nos casernes».", "Sauvez nos casernes", "pompiers"),
    ("Une vingtaine d'agriculteurs ont bloqué la rocade. Sur une banderole, on pouvait "
     "lire «Pas de paysans, pas de pain».", "Pas de paysans, pas de pain", "agriculteurs"),
    ("Les marcheurs ont traversé Lyon en brandissant des pancartes. Sur les pancartes, on "
     "pouvait lire «Touche pas à mon école».", "Touche pas à mon école", "marcheurs"),
])
def test_words_on_banners_go_to_the_group_carrying_them(annotate, text, words, speaker):
    # No possessive ("sur les pancartes", "une banderole"): the group named last, or the
    # subject of the clause that carries the banners.
    assert _records(annotate(text)) == [("direct", words, speaker)]


# ---------------------------------------------------------------- words of a group (banners.py)

def test_a_list_read_on_banners_goes_to_the_movement_carrying_them(annotate):
    # "lire sur certaines pancartes «A», «B» ou encore «C»": no colon; the banner is
    # where the words are written, not a word that names them.
    doc = annotate("Dimanche, les gilets verts ont traversé Dijon en agitant des pancartes "
                   "contre la réforme. On pouvait lire sur plusieurs pancartes «Touche pas à "
                   "nos forêts», «Le climat avant le profit» ou encore «Assez d'asphalte !».")
    assert _records(doc) == [("direct", "Touche pas à nos forêts", "gilets verts"),
                             ("direct", "Le climat avant le profit", "gilets verts"),
                             ("direct", "Assez d'asphalte !", "gilets verts")]


def test_a_frame_noun_before_a_colon_gives_the_list_to_the_last_group(annotate):
    doc = annotate("Des milliers de viticulteurs ont défilé à Bordeaux. Les slogans étaient "
                   "sans appel : «Nos vignes, pas vos taxes», «Bordeaux debout !» ou encore : "
                   "«On ne plantera plus.»")
    assert _records(doc) == [("direct", "Nos vignes, pas vos taxes", "viticulteurs"),
                             ("direct", "Bordeaux debout !", "viticulteurs"),
                             ("direct", "On ne plantera plus", "viticulteurs")]


def test_a_plural_possessive_chant_noun_is_the_groups(annotate):
    doc = annotate("Quelques centaines de cheminots quittent la gare de l'Est. Leur mot "
                   "d'ordre ? «Le rail ne se vend pas !».")
    assert _records(doc) == [("direct", "Le rail ne se vend pas !", "cheminots")]


def test_chants_win_over_the_witness_cue_after_them(annotate):
    doc = annotate("La foule remonte le boulevard aux cris de «Non à la fermeture» et de «On "
                   "reste ici», a constaté un photographe de l'AFP.")
    assert _records(doc) == [("direct", "Non à la fermeture", "foule"),
                             ("direct", "On reste ici", "foule")]


@pytest.mark.parametrize("text,expected", [
    ("Des centaines de sages-femmes ont manifesté devant le ministère. «Des bras, pas des "
     "bravos», pouvait-on lire sur une banderole.",
     [("direct", "Des bras, pas des bravos", "sages-femmes")]),
    ("Des centaines de chercheurs ont défilé jeudi. Une immense banderole proclamait : «La "
     "science n'est pas à vendre.»",
     [("direct", "La science n'est pas à vendre", "chercheurs")]),
    ("Les lycéens ont bloqué le rectorat. «Pas de tri à l'entrée», «Des profs, pas des "
     "algorithmes», clamaient pancartes et banderoles.",
     [("direct", "Pas de tri à l'entrée", "lycéens"),
      ("direct", "Des profs, pas des algorithmes", "lycéens")]),
    ("Les retraités ont manifesté samedi. «Nos pensions d'abord», «Stop aux taxes», "
     "clamaient pancartes et banderoles de Lille à Nice, en passant par Rennes et Dijon.",
     [("direct", "Nos pensions d'abord", "retraités"), ("direct", "Stop aux taxes", "retraités")]),
])
def test_a_banner_speaks_for_the_group_carrying_it(annotate, text, expected):
    # "lisait-on sur une banderole", "une banderole proclamait": a banner never speaks.
    assert _records(annotate(text)) == expected


def test_a_chanted_list_shares_the_verb(annotate):
    doc = annotate("Les grévistes scandaient «Retrait du projet», «La poste est à nous», "
                   "«Solidarité» et «Grève générale».")
    assert [(t, s) for _, t, s in _records(doc)] == [
        ("Retrait du projet", "grévistes"), ("La poste est à nous", "grévistes"),
        ("Solidarité", "grévistes"), ("Grève générale", "grévistes")]


def test_a_scare_quoted_movement_is_the_chanting_group(annotate):
    # «bonnets mauves» is the movement's name, no quote; it chants the quote after it.
    doc = annotate("Plusieurs centaines de «bonnets mauves» ont défilé à Brest aux cris de "
                   "«Le port vivra».")
    assert _records(doc) == [("direct", "Le port vivra", "bonnets mauves")]


@pytest.mark.parametrize("text,expected", [
    # a passive relative clause on the banner: the carriers wrote it
    ("Les ambulanciers ont brandi des pancartes sur lesquelles était écrit : «Urgences en "
     "danger», «Soignez ceux qui soignent».",
     [("direct", "Urgences en danger", "ambulanciers"),
      ("direct", "Soignez ceux qui soignent", "ambulanciers")]),
    # «foulards verts» names the marchers; "selon" attributes the count, not the name
    ("Quelque 3000 «foulards verts», selon la préfecture, ont marché dimanche à Nancy.",
     [("selon", "ont marché dimanche à Nancy", "préfecture")]),
    # a present participle read as a noun after an object clitic still cues its fragment
    ("La chroniqueuse Lise Fabre a interpellé les élus présents, leur reprochant d'avoir "
     "«toujours cédé aux lobbies» pendant dix ans.",
     [("direct", "toujours cédé aux lobbies", "Lise Fabre")]),
    # the slogans object of a chant verb are the chanters' words (not a mention)
    ("Les militants quittent le port, scandant les slogans «Nos quais, nos emplois» et «Pas "
     "un bateau de moins».",
     [("direct", "Nos quais, nos emplois", "militants"),
      ("direct", "Pas un bateau de moins", "militants")]),
    # a people noun the speaker lexicons miss is a group through the registry
    ("Les grévistes ont défilé devant la mairie aux cris de «Retrait du projet».",
     [("direct", "Retrait du projet", "grévistes")]),
])
def test_written_and_chanted_words_of_a_group(annotate, text, expected):
    assert _records(annotate(text)) == expected


def test_a_comma_after_an_opening_place_is_no_part_of_the_chanters(annotate):
    # "À Marseille, 4 000 personnes …": the parse may hang the comma glued to the place on
    # the subject; the subject starts after it (not at the place, nor at the comma).
    doc = annotate("À Toulouse, 3 200 personnes selon la police, parmi lesquelles des "
                   "étudiants, sont parties vers 11 h 40 du Capitole pour rejoindre le "
                   "rectorat, scandant «Des bourses, pas des matraques» ou "
                   "encore «La fac est à nous».")
    chants = [(t, s) for k, t, s in _records(doc) if k == "direct"]
    assert chants == [("Des bourses, pas des matraques", "personnes"),
                      ("La fac est à nous", "personnes")]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Le recteur a condamné les slogans «Dehors les profs !» entendus devant le lycée.",
    "La préfète a regretté le slogan «Mort aux élus» tagué sur la mairie.",
])
def test_a_slogan_named_as_an_object_is_a_mention(annotate, text):
    # QUOTES.md: "les slogans «…»" used as a name is no quote (no frame: "aux cris de",
    # "sous le slogan", a colon).
    assert _quotes(annotate(text)) == []


@pytest.mark.negative
def test_a_banner_with_no_group_named_is_nobodys_record(annotate):
    # The floor's holder did not write it; no group of people is named: no row.
    doc = annotate("«Nous irons jusqu'au bout», a déclaré Paul Marchand devant la mairie. On "
                   "pouvait lire sur une pancarte : «Le village n'est pas à vendre».")
    assert [q["text"] for q in _quotes(doc)] == ["Nous irons jusqu'au bout"]


@pytest.mark.parametrize("text,words,speaker", [
    ("Des centaines de pompiers se sont rassemblés devant la caserne. Certains ont "
     "déclaré «nous sommes à bout».", "nous sommes à bout", "pompiers"),
    ("Des centaines d'infirmières se sont rassemblées devant l'hôpital. Certaines avaient "
     "écrit sur leur blouse «infirmières en colère».", "infirmières en colère",
     "infirmières"),
])
def test_certains_is_part_of_the_last_group(annotate, text, words, speaker):
    assert _records(annotate(text)) == [("direct", words, speaker)]


@pytest.mark.parametrize("text,words,speaker", [
    ("Le forcené, qui criait «Inch Allah» («si Dieu le veut»), a été interpellé "
     "par les policiers.", "Inch Allah", "forcené"),
    ("Des centaines de manifestants scandaient «Forza Italia» («Allez l'Italie») devant le "
     "stade.", "Forza Italia", "manifestants"),
])
def test_a_gloss_in_parentheses_is_no_second_quote(annotate, text, words, speaker):
    # «X» («Y»): Y is the journalist's translation of X, no one's words.
    assert _records(annotate(text)) == [("direct", words, speaker)]


def test_a_quoted_term_in_apposition_to_a_name_is_no_quote(annotate):
    # "X, «gilet rouge» de la Drôme": the marks set off the journalist's word; the
    # description goes on outside them.
    doc = annotate("«Nous ne lâcherons rien», a assuré Julie Ferrand, «gilet rouge» de la "
                   "Drôme, devant la mairie.")
    assert _records(doc) == [("direct", "Nous ne lâcherons rien", "Julie Ferrand")]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Le tribunal a longuement entendu Marc Dupuis, accusé d'avoir fourni les fausses "
    "factures à la société.",
    "La police recherche un homme accusé d'avoir agressé une passante.",
])
def test_a_participle_qualifying_a_noun_reports_nothing(annotate, text):
    # "X, accusé d'avoir …": X is who the accusation is about; its author is not said.
    assert _quotes(annotate(text)) == []


def test_a_participle_with_its_auxiliary_still_reports(annotate):
    doc = annotate("Le maire, interrogé mardi, a affirmé que la route rouvrirait bientôt.")
    assert _records(doc) == [("indirect", "que la route rouvrirait bientôt", "maire")]


# ---------------------------------------------------------------- selon inside a relative clause

@pytest.mark.parametrize("text, statement, source", [
    ("Le maire a inauguré un parking, ce qui selon les riverains ressemble fort à une "
     "manoeuvre électorale, avant de partir.",
     "ce qui selon les riverains ressemble fort à une manoeuvre électorale", "riverains"),
    ("La commune a voté une taxe qui, selon les commerçants, pénalise le centre-ville, "
     "puis le conseil a levé la séance.", "pénalise le centre-ville", "commerçants"),
    ("Le chantier a révélé une fissure qui selon l'architecte le préoccupe depuis des mois.",
     "le préoccupe depuis des mois", "architecte"),
])
def test_selon_in_a_relative_clause_leaves_the_verb_to_the_clause(annotate, text,
                                                                   statement, source):
    quotes = [q for q in _quotes(annotate(text)) if q["kind"] == "selon"]
    assert [(q["text"], q["speaker"]) for q in quotes] == [(statement, source)]


# ---------------------------------------------------------------- periphrastic inverted cues

@pytest.mark.parametrize("text, words, speaker, verb", [
    ("Le conseil se réunira jeudi. «Le budget passera sans difficulté», croit savoir le "
     "maire de Lille, Paul Durand.", "Le budget passera sans difficulté", "Paul Durand",
     "croire savoir"),
    ("«La croissance reviendra dès l'an prochain», veut croire la ministre, Jeanne Roux.",
     "La croissance reviendra dès l'an prochain", "Jeanne Roux", "vouloir croire"),
    ("«Nous ne fermerons aucune classe», tient à préciser la rectrice, Anne Morel.",
     "Nous ne fermerons aucune classe", "Anne Morel", "préciser"),
    ("«Je ne suis pas candidat», se contente d'affirmer Pierre Leroy.",
     "Je ne suis pas candidat", "Pierre Leroy", "affirmer"),
])
def test_periphrastic_inverted_cue_names_its_subject(annotate, text, words, speaker, verb):
    quotes = _quotes(annotate(text))
    assert [(q["text"], q["kind"], q["speaker"], q["verb"]) for q in quotes] \
        == [(words, "direct", speaker, verb)]


def test_label_in_the_apposition_of_an_inverted_subject_is_no_quote(annotate):
    doc = annotate("Le cortège avance. «La mobilisation repart depuis lundi», explique Paul "
                   "Girard, 31 ans, un «gilet jaune» de Lens. Le défilé continue.")
    assert [(q["text"], q["speaker"]) for q in _quotes(doc)] \
        == [("La mobilisation repart depuis lundi", "Paul Girard")]


def test_title_after_a_complement_is_the_inverted_subject(annotate):
    doc = annotate("La réforme sera-t-elle votée avant l'été ?» se demandait lundi soir "
                   "l'hebdomadaire breton du littoral Le Courrier Normand. Le mois dernier, "
                   "l'hebdomadaire Libération a publié un long dossier.")
    (q,) = _quotes(doc)
    assert (q["text"], q["speaker"], q["verb"]) == (
        "La réforme sera-t-elle votée avant l'été ?", "Le Courrier Normand", "se demander")


def test_quoted_relative_clause_after_selon_is_the_sources_direct_quote(annotate):
    doc = annotate("Le député Paul Morel a approuvé le plan. Un premier pas qui selon lui "
                   "«reste trop timide», car les besoins sont immenses.")
    (q,) = _quotes(doc)
    assert (q["text"], q["kind"], q["speaker"]) == ("reste trop timide", "direct", "Paul Morel")


# ---------------------------------------------------------------- pieces of a speech verb's clause

@pytest.mark.parametrize("text, pieces, speaker, verb", [
    ("La procureure Claire Vidal avait requis dix ans de prison, soit le maximum, "
     "à cause «de son passé violent», «des risques qu'il a fait courir à ses voisins» et «de "
     "sa fuite à l'étranger».",
     ["de son passé violent", "des risques qu'il a fait courir à ses voisins",
      "de sa fuite à l'étranger"], "Claire Vidal", "requérir"),
    ("La syndicaliste Nadia Rami a dénoncé lundi dans un communiqué «l'arrogance», «le "
     "mépris» et «la brutalité» de la direction.",
     ["l'arrogance", "le mépris", "la brutalité"], "Nadia Rami", "dénoncer"),
])
def test_listed_pieces_of_a_speech_verbs_clause_are_its_subjects(annotate, text, pieces,
                                                                 speaker, verb):
    quotes = _quotes(annotate(text))
    assert [(q["text"], q["kind"], q["speaker"], q["verb"]) for q in quotes] \
        == [(p, "direct", speaker, verb) for p in pieces]


@pytest.mark.negative
def test_listed_names_after_an_ambiguous_verb_are_no_quotes(annotate):
    doc = annotate("Ce sont eux que le quartier surnomme les «anciens», les «sages», "
                   "les «piliers».")
    assert not {"sages", "piliers"} & {q["text"] for q in _quotes(doc)}


@pytest.mark.parametrize("text, words, kind, speaker", [
    ("Le ministre de l'Agriculture Marc Leroy avait démenti toute pénurie de lait, se "
     "disant «stupéfait» qu'on ose le prétendre.", "«stupéfait» qu'on ose le prétendre",
     "mixed", "Marc Leroy"),
    ("La syndicaliste Anne Morel s'est déclarée «prête» à discuter avec la direction.",
     "«prête» à discuter avec la direction", "mixed", "Anne Morel"),
    ("Le maire Paul Roux a démenti toute fermeture, se disant «choqué» par ces rumeurs.",
     "choqué", "direct", "Paul Roux"),
])
def test_quoted_attribute_of_se_dire_is_the_subjects_word(annotate, text, words, kind,
                                                          speaker):
    (q,) = _quotes(annotate(text))
    assert (q["text"], q["kind"], q["speaker"]) == (words, kind, speaker)


# ---------------------------------------------------------------- clauses before an inserted cue

def test_clause_with_quoted_words_before_a_present_tense_cue_and_a_filler(annotate):
    doc = annotate("Le dossier est clos. Paul Girard gérait depuis 2016 un fonds «entièrement "
                   "financé par le groupe Tessal», un géant du secteur, rappelle d'abord la "
                   "haute-autorité.")
    (q,) = _quotes(doc)
    assert (q["kind"], q["verb"], q["speaker"]) == ("mixed", "rappeler", "haute-autorité")
    assert q["text"] == ("Paul Girard gérait depuis 2016 un fonds «entièrement financé par le "
                         "groupe Tessal», un géant du secteur")


@pytest.mark.parametrize("text, words, speaker", [
    ("Bilan, «trois camions sont restés bloqués», ajoute Jean Caron.",
     "trois camions sont restés bloqués", "Jean Caron"),
    ("Dans ce village, «personne ne bouge plus», note Anne Morel.",
     "personne ne bouge plus", "Anne Morel"),
])
def test_detached_lead_before_a_full_quote_is_ignored(annotate, text, words, speaker):
    (q,) = _quotes(annotate(text))
    assert (q["text"], q["kind"], q["speaker"]) == (words, "direct", speaker)


@pytest.mark.negative
def test_present_participle_after_quoted_words_is_no_inserted_cue(annotate):
    doc = annotate("Le conseil se borne à «reporter le vote» du budget, mentionnant "
                   "cependant des «pistes pour réduire la dette».")
    assert all(q["kind"] != "mixed" or q["verb"] != "évoquer" for q in _quotes(doc))


# ---------------------------------------------------------------- documents that speak

@pytest.mark.parametrize("text, speaker", [
    ("Dans un rapport rendu mardi, la Cour des comptes critique la gestion du port. Le "
     "directeur avait «ignoré» les alertes «à plusieurs reprises», relate le rapport.",
     "Cour des comptes"),
    ("Une tribune publiée lundi et signée par trente maires de Bretagne dénonce la réforme. "
     "«Personne ne nous écoute», ajoute la tribune.", "maires de Bretagne"),
    # the author named by the participle of an earlier mention, past an apposition
    ("Une étude, la troisième du genre, menée par le cabinet Dufresne, est parue lundi. Les "
     "familles partent vers la côte. «Les jeunes couples ne trouvent plus rien à louer», "
     "souligne l'étude.", "Dufresne"),
    ("Une note rédigée par les services du ministère circule depuis lundi. Les dépenses "
     "dérapent. «Le déficit sera plus lourd que prévu», avertit la note.",
     "services du ministère"),
])
def test_a_speaking_document_is_its_author(annotate, text, speaker):
    quotes = _quotes(annotate(text))
    assert quotes and quotes[-1]["speaker"] == speaker


def test_a_document_by_an_unnamed_author_speaks_for_the_person_that_description_named(
        annotate):
    # the study's author is "une nutritionniste"; "la nutritionniste" who wrote has a name
    doc = annotate("Les cantines servent trop de sucre, révèle une étude menée par une "
                   "nutritionniste. Léa Morel, nutritionniste à Lyon, a suivi trois cents écoles. "
                   "«Les desserts pèsent lourd dans la balance», écrit la nutritionniste, "
                   "dans son étude de quarante pages. «Un enfant sur deux boit du soda "
                   "chaque midi», pointe l'étude.")
    quotes = _quotes(doc)
    assert [q["speaker"] for q in quotes if q["kind"] == "direct"] == ["Léa Morel"] * 2


def test_pronoun_reported_inside_a_clause_before_a_named_cue_is_one_record(annotate):
    doc = annotate("Le prévenu est resté muet. Il entretenait une «relation étroite avec le "
                   "chef du réseau» et incité des adolescents à partir, a insisté la "
                   "procureure Claire Vidal.")
    quotes = _quotes(doc)
    assert [(q["kind"], q["speaker"], q["verb"]) for q in quotes] \
        == [("mixed", "Claire Vidal", "insister")]
    assert quotes[0]["text"].startswith("Il entretenait une «relation")


# ------------------------------------- one lexicon of who can speak (quotes and registry)

@pytest.mark.parametrize("text,expected", [
    # agent nouns the registry knows by their ending speak as subjects of the quotes layer
    ("Une pétition lancée par les pharmaciens réclamant des «moyens décents» a recueilli "
     "trois mille signatures.", ("moyens décents", "pharmaciens")),
    ("Les cheminots, eux, restent prudents : «On verra bien lundi».",
     ("On verra bien lundi", "cheminots")),
    ("La gérante d'une boulangerie fait part de son agacement : «Nos clients ne passent "
     "plus».", ("Nos clients ne passent plus", "gérante d'une boulangerie")),
])
def test_a_noun_the_registry_knows_as_a_person_speaks(annotate, text, expected):
    assert expected in [(q["text"], q["speaker"]) for q in _quotes(annotate(text))]


def test_a_gerund_is_the_main_subjects_not_its_complements(annotate):
    doc = annotate("La ministre Claire Lambert a promis d'en discuter avec les délégués "
                   "syndicaux tout en ajoutant que «rien ne sera décidé avant l'été».")
    q = next(q for q in _quotes(doc) if q["text"].startswith("rien ne sera"))
    assert q["speaker"] == "Claire Lambert"


# ------------------------------------------- inverted cues with speech verbs of the lexicon

@pytest.mark.parametrize("text,expected", [
    ("La digue a encore cédé lundi. «La mer monte plus vite que prévu», tempête la "
     "directrice du port.", ("directrice du port", "tempêter")),
    ("La députée Sonia Berthier s'est exprimée. «Personne ne lit ces rapports», continuait "
     "le Courrier picard dans son éditorial.", ("Courrier picard", "continuer")),
    ("La séance a été ouverte à dix heures. «Le stade sera prêt en mai», plaisante "
     "le président du club.", ("président du club", "plaisanter")),
    ("Le député Luc Perrin a parlé. «Les loyers vont encore grimper», prédit l'économiste "
     "de la banque.", ("économiste de la banque", "prédire")),
])
def test_an_inverted_speech_verb_gives_its_noun_subject(annotate, text, expected):
    (q,) = [q for q in _quotes(annotate(text)) if q["kind"] == "direct"]
    assert (q["speaker"], q["verb"]) == expected


def test_a_first_person_verb_after_a_quote_is_no_cue(annotate):
    doc = annotate("«Rendez-vous samedi devant la mairie. Tous ensemble, gardons notre calme "
                   "ce jour-là», a écrit le collectif des riverains.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "collectif des riverains" and q["verb"] == "écrire"


# ------------------------------- a description the registry keeps apart from the last named

@pytest.mark.parametrize("text,expected", [
    # another function in full: not the official named before
    ("Le préfet Marc Olivier a ouvert la séance. «Le stade sera prêt en mai», plaisante "
     "le président du club.", "président du club"),
    ("Le sénateur Yves Garnier a visité le chantier. «Les délais seront tenus», a assuré "
     "le ministre des Transports.", "ministre des Transports"),
    # a name inside a relative clause of the subject is what the clause speaks of
    ("Le maire, qui avait reçu Paul Martin la veille, a dit : «Le projet est abandonné».",
     "maire"),
])
def test_a_description_the_registry_keeps_apart_speaks(annotate, text, expected):
    (q,) = _quotes(annotate(text))
    assert q["speaker"] == expected


@pytest.mark.parametrize("text,expected", [
    # the same function, or a generic one ("l'élu", "le chef"), still refers back
    ("La ministre Claire Lambert a visité l'usine. «Rien n'est décidé», a prévenu la "
     "ministre de l'Industrie.", "Claire Lambert"),
    ("Le député Marc Vasseur a présenté son texte. «Il sera voté», a assuré l'élu du "
     "Finistère.", "Marc Vasseur"),
])
def test_a_compatible_description_is_the_person_named(annotate, text, expected):
    (q,) = _quotes(annotate(text))
    assert q["speaker"] == expected


# ------------------------------------------ cueless quotes: who holds them (issue 12)

@pytest.mark.parametrize("text,quote,speaker", [
    # a name, a colon and the quote, the parse making the name the quoted verb's subject
    ("Les réactions affluent.\nLouise Verdier : «Le gouvernement ne protège plus les "
     "petits commerces»", "Le gouvernement ne protège plus les petits commerces",
     "Louise Verdier"),
    ("Les élus réagissent.\nHugo Pradel, secrétaire du syndicat : «On nous reproche de "
     "bloquer les routes depuis des mois.»", "On nous reproche de bloquer les routes "
     "depuis des mois", "Hugo Pradel"),
])
def test_name_then_colon_gives_the_quote_to_the_name(annotate, text, quote, speaker):
    (q,) = _quotes(annotate(text))
    assert q["kind"] == "direct" and q["text"] == quote and q["speaker"] == speaker


@pytest.mark.parametrize("caption,speaker", [
    ("Un brigadier de la BAC", "brigadier de la BAC"),  # an unnamed source
    ("Le maire de Vernon, Pascal Lemaire", "Pascal Lemaire"),  # a role, then the name
    ("Me Julien Fabre, avocat pénaliste", "Julien Fabre"),  # an honorific first
])
def test_pull_quote_caption_names_the_speaker(annotate, caption, speaker):
    text = ("Les agents attendent des renforts depuis trois semaines.\n«Si rien ne bouge, "
            f"nous allons tous craquer avant la fin du mois»\n{caption}\nLa direction n'a "
            "pas répondu.")
    (q,) = _quotes(annotate(text))
    assert q["text"] == "Si rien ne bouge, nous allons tous craquer avant la fin du mois"
    assert q["speaker"] == speaker and q["verb"] is None


def test_a_quote_in_a_link_line_neither_takes_nor_holds_the_floor(annotate):
    doc = annotate("Le maire Paul Girard a visité le chantier. «Nous reconstruirons tout», "
                   "a-t-il promis.\n» LIRE AUSSI - À Vernon, les commerçants excédés : «Nous "
                   "n'en pouvons plus de ces samedis!»\n«La ville sera prête pour Noël.»")
    quotes = _quotes(doc)
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        ("Nous reconstruirons tout", "Paul Girard"),
        ("Nous n'en pouvons plus de ces samedis!", "commerçants"),
        ("La ville sera prête pour Noël", "Paul Girard")]


@pytest.mark.parametrize("text,quote,speaker", [
    # introduced with an age in a clause whose subject is "c'", quoted in the next sentence
    ("Les pompiers étaient venus en nombre jeudi. C'est le cas de Kévin, 31 ans. «Pendant "
     "le rassemblement, mon cousin a pris une grenade dans le dos.»",
     "Pendant le rassemblement, mon cousin a pris une grenade dans le dos", "Kévin"),
    # introduced after a group subject, quoted after the colon
    ("Le collectif a organisé la marche. Des centaines de soignants ont défilé, comme "
     "Léa Morin, 24 ans, de Quimper : «Je suis là pour défendre l'hôpital public.»",
     "Je suis là pour défendre l'hôpital public", "Léa Morin"),
    # introduced as a complement, an impersonal "il faut" before the colon
    ("Le délégué Marc Petit a parlé longuement. Pour son collègue, Franck Morel, élu au "
     "comité d'entreprise, il faut au fond ouvrir grand les yeux : «La direction a "
     "ouvert un conflit qui durera des mois.»",
     "La direction a ouvert un conflit qui durera des mois", "Franck Morel"),
])
def test_a_person_introduced_before_a_cueless_quote_holds_it(annotate, text, quote, speaker):
    quotes = _quotes(annotate(text))
    assert (quotes[-1]["text"], quotes[-1]["speaker"]) == (quote, speaker)


@pytest.mark.parametrize("subject,speaker", [
    ("un ancien cadre de la raffinerie", "ancien cadre"),
    ("son acolyte", "acolyte"),
    ("une bénévole de l'association", "bénévole"),
])
def test_an_unnamed_person_after_an_inverted_cue_is_not_the_previous_speaker(
        annotate, subject, speaker):
    doc = annotate("«Rien ne bougera sans nous», a lancé Lucie Farge. «Nous ne voyons qu'une "
                   f"issue : une autre fiscalité», suggère {subject}.")
    quotes = _quotes(doc)
    assert quotes[-1]["text"] == "Nous ne voyons qu'une issue : une autre fiscalité"
    assert speaker in quotes[-1]["speaker"] and "Farge" not in quotes[-1]["speaker"]


def test_an_editorial_after_an_inverted_cue_speaks_not_the_previous_source(annotate):
    doc = annotate("Le Courrier rapporte que les maires ont critiqué la réforme. «Le ministre "
                   "a dû céder à la rue et son autorité en sort abîmée», estime un édito de "
                   "La Gazette du Nord.")
    (q,) = [q for q in _quotes(doc) if q["kind"] == "direct"]
    assert q["text"] == "Le ministre a dû céder à la rue et son autorité en sort abîmée"
    assert "Gazette du Nord" in q["speaker"]


@pytest.mark.parametrize("text,quote,speaker,verb", [
    ("Le syndicat a réagi mardi. Selon lui, affirme son président Marc Lebon, «rien n'a "
     "été négocié avec nous».", "rien n'a été négocié avec nous", "Marc Lebon", "affirmer"),
    ("Le chroniqueur Paul Girard ne décolère pas. Sporadiquement, écrit-il dans sa "
     "chronique du Courrier, «la France s'embrase».", "la France s'embrase", "Paul Girard",
     "écrire"),
    ("La maire Hélène Vasseur a reçu les commerçants. «Nous vous entendons», a-t-elle "
     "assuré. Les forains, qui «refusent la mort du marché», ont été reçus ensuite. Mais, "
     "précise Hélène Vasseur, «le budget est bouclé».", "le budget est bouclé",
     "Hélène Vasseur", "préciser"),
])
def test_an_incise_before_the_opening_mark_is_the_quotes_cue(annotate, text, quote,
                                                               speaker, verb):
    quotes = _quotes(annotate(text))
    assert (quotes[-1]["text"], quotes[-1]["speaker"], quotes[-1]["verb"]) == \
        (quote, speaker, verb)


def test_lead_in_whose_parse_has_no_usable_root_still_names_its_subject(annotate):
    doc = annotate("Licencié de la fonderie, fleuron des pièces de tracteur, cinq ans auparavant "
                   "alors que les commandes filaient en Pologne et en Hongrie, Gérard Lenoir a "
                   "mal supporté l'arrêt d'une autre usine. «Je suis révolté qu'on subventionne "
                   "des groupes qui délocalisent.»")
    quotes = _quotes(doc)
    assert quotes[-1]["text"] == "Je suis révolté qu'on subventionne des groupes qui délocalisent"
    assert quotes[-1]["speaker"] == "Gérard Lenoir"

# ---------------------------------------------------------------- the floor handed over
# (issue 12, tuning-set classes A and E)

def test_named_subject_of_a_long_narrative_sentence_takes_the_floor(annotate):
    doc = annotate("«Nous tiendrons jusqu'au printemps», a assuré Marie Lefort, une "
                   "infirmière de 40 ans. Certaine elle aussi que la grève va durer en 2020, "
                   "Sophie Garnier, qui avait lancé l'appel contre la fermeture des classes, "
                   "a manifesté à Rennes, dans l'ouest. «Nous voulons être reçues par le "
                   "ministre», a-t-elle déclaré.")
    quotes = {q["text"]: q for q in _quotes(doc)}
    assert quotes["Nous tiendrons jusqu'au printemps"]["speaker"] == "Marie Lefort"
    last = quotes["Nous voulons être reçues par le ministre"]
    assert last["speaker"] == "Sophie Garnier" and last["verb"] == "déclarer"


def test_name_in_a_complement_does_not_take_the_floor(annotate):
    doc = annotate("«Le chantier sera fini en mai», a lancé le maire Paul Durand. Il a salué "
                   "le travail de son adjoint, Jean Martin. «Nous tiendrons les délais», "
                   "a-t-il ajouté.")
    quotes = {q["text"]: q for q in _quotes(doc)}
    assert quotes["Nous tiendrons les délais"]["speaker"] == "Paul Durand"


def test_demonstrative_description_with_origin_presents_a_new_speaker(annotate):
    doc = annotate("«Mon client n'a rien cassé», plaide l'avocat Marc Bernier.\n\n"
                   "Ce jeune électricien de Roubaix avait un couteau dans la poche de son "
                   "manteau. «Je voulais seulement me défendre», jure-t-il.")
    quotes = {q["text"]: q for q in _quotes(doc)}
    assert quotes["Mon client n'a rien cassé"]["speaker"] == "Marc Bernier"
    assert quotes["Je voulais seulement me défendre"]["speaker"] == \
        "jeune électricien de Roubaix"


@pytest.mark.parametrize("cue, lemma", [("supplie-t-elle", "supplier"),
                                        ("développe-t-elle", "développer"),
                                        ("énumère-t-elle", "énumérer")])
def test_inverted_cues_of_pleas_and_lists(annotate, cue, lemma):
    doc = annotate(f"La directrice Anne Collet a reçu les parents. «Laissez-nous encore un "
                   f"mois pour trouver des enseignants», {cue}.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "Anne Collet" and q["verb"] == lemma


def test_words_heard_among_a_group_are_that_group_s(annotate):
    doc = annotate("Les syndicats avaient appelé à manifester samedi. «La retraite à "
                   "soixante ans !», pouvait-on entendre dans un cortège de plusieurs "
                   "centaines de cheminots qui défilaient à Lille.")
    q = {q["text"]: q for q in _quotes(doc)}["La retraite à soixante ans !"]
    assert q["speaker"] == "cheminots" and q["verb"] == "entendre"


def test_lost_closing_mark_before_an_inserted_cue(annotate):
    doc = annotate("Le maire a visité l'hôpital mardi. «Nous ne fermerons pas la maternité "
                   "a lancé Paul Girard devant les soignants, après avoir salué les «efforts» "
                   "du personnel. Et nous ouvrirons un nouveau service en juin.»")
    quotes = _quotes(doc)
    assert [q["text"] for q in quotes] == ["Nous ne fermerons pas la maternité", "efforts",
                                           "Et nous ouvrirons un nouveau service en juin"]
    assert {q["speaker"] for q in quotes} == {"Paul Girard"}
    assert quotes[0]["verb"] == "lancer"


def test_narrative_inside_quoted_words_keeps_the_quote_whole(annotate):
    doc = annotate("«Mon voisin Paul Girard a raconté toute l'histoire aux gendarmes. Moi, je "
                   "n'ai rien vu», a expliqué Julie Moreau.")
    (q,) = _quotes(doc)
    assert q["text"].startswith("Mon voisin Paul Girard a raconté")
    assert q["speaker"] == "Julie Moreau"


@pytest.mark.parametrize("text, words, speaker, verb", [
    ("Le sénateur Henri Vasseur a vilipendé «une réforme écrite à la hâte» lors du débat.",
     "une réforme écrite à la hâte", "Henri Vasseur", "vilipender"),
    # a passive judging participle: its agent judges
    ("La mairie a licencié un animateur pour une tenue jugée par la direction comme «une "
     "provocation envers les familles».",
     "une provocation envers les familles", "direction", "juger"),
])
def test_fragment_of_a_judging_verb(annotate, text, words, speaker, verb):
    (q,) = _quotes(annotate(text))
    assert q["text"] == words
    assert q["speaker"] == speaker and q["verb"] == verb


def test_ruling_author_holds_the_floor_through_the_narrative(annotate):
    doc = annotate("Dans son jugement rendu lundi, le tribunal administratif de Rennes a estimé "
                   "que la sanction était «disproportionnée».\n\n"
                   "Le gardien avait été convoqué par son chef de service, qui lui avait "
                   "demandé de retirer son bonnet, «vu par les usagers comme un signe "
                   "d'appartenance à un club».\n\n"
                   "L'agent s'était lui «contenté de rappeler son ancienneté, sans jamais "
                   "contester les faits reprochés».\n\n"
                   "«Nous allons faire appel», a réagi le maire Paul Girard.")
    quotes = {q["text"][:20]: q for q in _quotes(doc)}
    assert quotes["contenté de rappeler"]["speaker"] == "tribunal administratif de Rennes"
    assert quotes["Nous allons faire ap"]["speaker"] == "Paul Girard"


# ------------------------------------------- a trailing cue after the subject's relative

def test_relative_with_its_own_source_leaves_the_main_clause_to_the_trailing_cue(annotate):
    doc = annotate("Le livreur, qui selon une voisine sifflait des chansons, «a renversé le "
                   "vélo» avant de repartir «sans un mot», a indiqué la commissaire.")
    quotes = {q["kind"]: q for q in _quotes(doc)}
    assert quotes["selon"]["text"] == "sifflait des chansons"
    assert quotes["selon"]["speaker"] == "voisine"
    mixed = quotes["mixed"]
    assert mixed["text"] == "«a renversé le vélo» avant de repartir «sans un mot»"
    assert mixed["speaker"] == "commissaire" and mixed["verb"] == "indiquer"


def test_relative_quote_then_quoted_predicate_and_trailing_cue(annotate):
    doc = annotate("Le guide qui, selon un randonneur, chantait «Là-haut sur la montagne» "
                   "sous la pluie, «a quitté le sentier» puis «a glissé dans le ravin», "
                   "a précisé le capitaine Hugo Barral.")
    mixed = [q for q in _quotes(doc) if q["kind"] == "mixed"]
    assert [q["text"] for q in mixed] == ["«a quitté le sentier» puis «a glissé dans le "
                                          "ravin»"]
    assert mixed[0]["speaker"] == "Hugo Barral" and mixed[0]["verb"] == "préciser"


def test_descriptive_relative_speech_verb_is_no_attribution(annotate):
    # "s'exprimer" in the relative reports nothing: the record runs from the subject
    doc = annotate("Le recteur, qui s'exprimera jeudi, devra «revoir toute la carte "
                   "scolaire», a affirmé la députée Inès Vallet.")
    (q,) = _quotes(doc)
    assert q["kind"] == "mixed"
    assert q["text"] == "Le recteur, qui s'exprimera jeudi, devra «revoir toute la carte " \
        "scolaire»"
    assert q["speaker"] == "Inès Vallet" and q["verb"] == "affirmer"


def test_relative_with_a_selon_and_a_later_main_verb(annotate):
    doc = annotate("Le camion, qui selon des riverains roulait sans phares, a ensuite "
                   "«percuté la barrière», a ajouté la gendarmerie.")
    quotes = {q["kind"]: q for q in _quotes(doc)}
    assert quotes["selon"]["text"] == "roulait sans phares"
    assert quotes["mixed"]["text"] == "a ensuite «percuté la barrière»"
    assert quotes["mixed"]["speaker"] == "gendarmerie"


def test_relative_content_stops_before_the_quoted_predicate(annotate):
    # the relative's "à bloquer" never runs over the main clause's quoted predicate
    doc = annotate("Ceux qui appellent à bloquer le port «connaissent les risques» et "
                   "portent «une lourde responsabilité», a averti le préfet Marc Lenoir.")
    (q,) = _quotes(doc)
    assert q["kind"] == "mixed" and q["text"].startswith("Ceux qui appellent")
    assert q["text"].endswith("«une lourde responsabilité»")
    assert q["speaker"] == "Marc Lenoir" and q["verb"] == "avertir"


# ----------------------------------------- quoted third-person predicates and the floor

def test_subject_of_a_quoted_predicate_is_not_its_speaker(annotate):
    doc = annotate("«Nous avons entendu tous les témoins», a déclaré la juge Sarah Colin. "
                   "Le pilote, qui selon son club volait depuis vingt ans, «a ignoré les "
                   "consignes» de la tour.")
    quotes = {q["kind"]: q for q in _quotes(doc)}
    assert quotes["selon"]["speaker"] == "club"
    assert quotes["mixed"]["text"] == "«a ignoré les consignes» de la tour"
    assert quotes["mixed"]["speaker"] == "Sarah Colin"


def test_speech_verb_with_its_object_does_not_govern_a_quoted_predicate(annotate):
    doc = annotate("«Nous avons entendu tous les témoins», a déclaré la juge Sarah Colin. "
                   "Le supporter, qui lançait des injures, «a frappé un steward» à la "
                   "sortie du stade.")
    quotes = [q for q in _quotes(doc) if "steward" in q["text"]]
    assert [q["speaker"] for q in quotes] == ["Sarah Colin"]
    assert quotes[0]["verb"] is None


def test_described_reporter_inside_the_outer_cue(annotate):
    # reported speech inside reported speech: one record of the outer speaker
    doc = annotate("Le gardien a reconnu avoir ouvert la porte «par habitude» et «sans "
                   "vérifier», a expliqué son avocate Léa Fontaine.")
    (q,) = _quotes(doc)
    assert q["kind"] == "mixed"
    assert q["text"].startswith("Le gardien a reconnu")
    assert q["speaker"] == "Léa Fontaine" and q["verb"] == "expliquer"


def test_two_clauses_of_the_journalist_before_one_trailing_cue(annotate):
    doc = annotate("La fédération déplore des «tarifs abusifs» et l'État doit «réagir sans "
                   "attendre», a ajouté jeudi la syndicaliste Nora Belkacem.")
    (q,) = _quotes(doc)
    assert q["kind"] == "mixed" and q["text"].startswith("La fédération déplore")
    assert q["speaker"] == "Nora Belkacem" and q["verb"] == "ajouter"


@pytest.mark.parametrize("text, words, speaker, verb", [
    ("Le pilote «a ignoré les consignes de la tour» regrette le directeur Paul Morin.",
     "Le pilote «a ignoré les consignes de la tour»", "Paul Morin", "regretter"),
    ("La sénatrice Odile Marchand a visité le site. Parallèlement, le parc de bornes «a "
     "doublé en deux ans» rappelle-t-elle.",
     "Parallèlement, le parc de bornes «a doublé en deux ans»", "Odile Marchand", "rappeler"),
])
def test_inverted_cue_right_after_the_closing_mark(annotate, text, words, speaker, verb):
    quotes = [q for q in _quotes(annotate(text)) if q["kind"] == "mixed"]
    assert [q["text"] for q in quotes] == [words]
    assert quotes[0]["speaker"] == speaker and quotes[0]["verb"] == verb


def test_verb_after_the_subjects_relative_is_its_predicate_not_a_cue(annotate):
    # "ont prévenu les pompiers" is the riverains' predicate, not an inverted cue: the
    # relative keeps its own record, whose speaker is the subject
    doc = annotate("Les voisins, qui assurent avoir senti «une forte odeur de gaz», ont "
                   "prévenu les pompiers, a indiqué la mairie.")
    quotes = [q for q in _quotes(doc) if "odeur" in q["text"]]
    assert [q["text"] for q in quotes] == ["avoir senti «une forte odeur de gaz»"]
    assert quotes[0]["speaker"] == "voisins" and quotes[0]["verb"] == "assurer"


def test_an_office_keeps_its_first_holder_across_the_article(annotate):
    # the office holder is never named next to the title; another man is named last
    doc = annotate("Jean Castel annonce le gel des prix. Le premier ministre a plaidé pour une "
                   "«pause» dans les réformes. Il recevra les maires, comme l'a demandé "
                   "Paul Marchand dans sa lettre. Le premier ministre se dit aussi prêt à "
                   "accueillir une délégation «restreinte» des routiers.")
    speakers = {q["text"]: q["speaker"] for q in _quotes(doc)}
    assert speakers["restreinte"] == "Jean Castel"


def test_a_national_office_is_not_the_lawyer_holding_the_floor(annotate):
    doc = annotate("Paul Renard, avocat de Marc Dubois, a plaidé la relaxe. «Mon client a été "
                   "provoqué», a-t-il dit. Les déclarations d'Emmanuel Macron ont pesé sur le "
                   "procès. Il est «un agitateur violent», avait affirmé le président de la "
                   "République.")
    (first, second) = _quotes(doc)
    assert first["speaker"] == "Paul Renard"
    # the office is held by the one president the article names (office holders data)
    assert second["verb"] == "affirmer" and second["speaker"] == "Emmanuel Macron"


def test_an_anonymous_source_never_becomes_the_agency_it_spoke_to(annotate):
    doc = annotate("Trois hommes ont été mis en examen, a indiqué une source judiciaire à "
                   "l'AFP. Ils sont poursuivis pour «trahison», a précisé la source "
                   "judiciaire. «L'un d'eux a été écroué», a-t-elle ajouté.")
    assert [q["speaker"] for q in _quotes(doc)] == ["source judiciaire"] * 3


@pytest.mark.parametrize("text, speaker", [
    ("Le suspect a été déféré, a-t-on appris auprès du parquet de Lille. Selon cette source, "
     "il sera jugé en mars.", "parquet de Lille"),
    ("Deux blessés ont été recensés, selon la préfecture. Le policier «souffre de "
     "contusions», a précisé la même source.", "préfecture"),
    ("Le suspect a été placé en garde à vue, a indiqué une source proche de l'enquête. "
     "«Il a reconnu les faits», a précisé cette source.", "source proche de l'enquête"),
])
def test_this_source_is_the_source_cited_last(annotate, text, speaker):
    last = _quotes(annotate(text))[-1]
    assert last["speaker"] == speaker


def test_a_rank_goes_with_the_office(annotate):
    doc = annotate("«Le barrage tient», a indiqué le préfet maritime de la Manche, le "
                   "vice-amiral Luc Berthier. «Nous surveillons la côte», a-t-il ajouté. "
                   "«Rien n'est joué», a prévenu le préfet.")
    assert [q["speaker"] for q in _quotes(doc)] == ["Luc Berthier"] * 3


def test_a_profession_is_not_the_minister_named_before(annotate):
    doc = annotate("Le ministre de l'Intérieur Marc Lenoir a salué le calme des cortèges. "
                   "«Nous vivons avec 900 euros par mois», déclare cet archéologue à la "
                   "retraite.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "archéologue" and q["verb"] == "déclarer"


def test_person_noun_the_tagger_reads_as_an_adjective_is_a_speaker(annotate):
    # "un manifestant", "l'ouvrière" are often tagged ADJ; "un jeune homme" keeps its noun
    for subject, speaker in (("Un manifestant", "manifestant"), ("L'ouvrière", "ouvrière"),
                             ("Un jeune homme", "jeune homme")):
        doc = annotate(f"{subject} a expliqué que les ateliers étaient «fermés depuis l'été».")
        assert [q._.quote["speaker"] for q in doc.spans["quotes"]] == [speaker]


def test_passive_request_with_etre_tagged_as_tense_auxiliary_keeps_the_addressee_out(annotate):
    # "sont invités à": whom the request addresses is never its source; the agent is
    doc = annotate("Les commerçants ont été invités par la préfète à baisser leurs rideaux.")
    assert [(q._.quote["speaker"], q._.quote["verb"]) for q in doc.spans["quotes"]] \
        == [("préfète", "inviter")]
    doc = annotate("Le centre régional de circulation signale des bouchons. Les conducteurs "
                   "sont invités à emprunter la déviation.")
    assert all(q._.quote["speaker"] != "conducteurs" for q in doc.spans["quotes"])


# ------------------------------------------------------------ a quoted label as the speaker's noun

@pytest.mark.parametrize("text, words, speaker, verb", [
    ("«Nous tiendrons jusqu'au printemps», explique un «bonnet rouge» venu de Quimper.",
     "Nous tiendrons jusqu'au printemps", "bonnet rouge", "expliquer"),
    # the clause before the cue never runs on over the label after its verb
    ("«On ne reculera pas», lance un «foulard rouge».",
     "On ne reculera pas", "foulard rouge", "lancer"),
    ("Une «blouse blanche» de l'hôpital de Vannes témoigne : «Les lits manquent chaque nuit.»",
     "Les lits manquent chaque nuit", "blouse blanche", "témoigner"),
])
def test_quoted_label_names_the_speaker(annotate, text, words, speaker, verb):
    (q,) = _quotes(annotate(text))  # the label itself is no quote: it names the speaker
    assert (q["kind"], q["text"], q["speaker"], q["verb"]) == ("direct", words, speaker, verb)


def test_inserted_cue_with_a_quoted_label_and_an_apposition(annotate):
    doc = annotate("Le cortège a traversé la ville. «Les salaires stagnent, lance une «gilet "
                   "jaune», infirmière. On compte chaque euro.»")
    quotes = _quotes(doc)
    assert [q["text"] for q in quotes] == ["Les salaires stagnent", "On compte chaque euro"]
    assert {q["speaker"] for q in quotes} == {"gilet jaune"}


def test_another_quoted_label_is_a_new_speaker(annotate):
    doc = annotate("«Il faut taxer les grandes fortunes», dit une passante. «Le reste "
                   "suivra», lance un autre «stylo rouge».")
    first, second = _quotes(doc)
    assert first["speaker"] == "passante"
    assert second["kind"] == "direct" and second["text"] == "Le reste suivra"
    assert second["speaker"] == "autre stylo rouge"


def test_demonstrative_quoted_label_refers_back(annotate):
    doc = annotate("«Le marché ne rapporte plus rien», a raconté Hugo Marchal, 58 ans, un "
                   "maraîcher. «Nous vendons à perte», ajoute ce «gilet jaune» croisé sur la "
                   "place.")
    quotes = _quotes(doc)
    assert [q["speaker"] for q in quotes] == ["Hugo Marchal", "Hugo Marchal"]
    assert quotes[1]["verb"] == "ajouter"


# ------------------------------------------------------------ demonstrative descriptions point back

def test_demonstrative_description_is_the_unnamed_speaker_before(annotate):
    doc = annotate("Plus loin, un retraité de Lens dit avoir perdu sa maison. «Nous dormons "
                   "chez ma fille», ajoute cet homme de 70 ans.")
    first, second = _quotes(doc)
    assert first["speaker"] == "retraité de Lens" and first["kind"] == "indirect"
    assert second["text"] == "Nous dormons chez ma fille"
    assert second["speaker"] == "retraité de Lens" and second["verb"] == "ajouter"


def test_demonstrative_description_with_another_head(annotate):
    doc = annotate("Une commerçante du centre explique que les ventes ont chuté. «Je ne "
                   "tiendrai pas l'hiver», confie cette mère de trois enfants.")
    speakers = [q["speaker"] for q in _quotes(doc)]
    assert speakers == ["commerçante du centre", "commerçante du centre"]


def test_demonstrative_description_never_points_to_an_institution(annotate):
    doc = annotate("Ils étaient 2000 selon la police. «J'ai eu peur», explique cette dame "
                   "de 59 ans.")
    direct = [q for q in _quotes(doc) if q["kind"] == "direct"]
    assert [(q["text"], q["speaker"]) for q in direct] == [("J'ai eu peur", "dame")]


@pytest.mark.parametrize("text, tail", [
    ("«C'est fini, explique Anne Roux, 40 ans. Nous rentrons.»", "Nous rentrons"),
    ("«Le projet avance, assure la maire, Claire Vidal, architecte de formation. Nous "
     "ouvrirons en mai.»", "Nous ouvrirons en mai"),
    # an apposition opening on a past participle: what the speaker did, not the quote
    ("«Nous voulons être entendus, a déclaré Anne Roux, venue de Quimper avec ses deux "
     "fils. Personne ne nous écoute.»", "Personne ne nous écoute"),
])
def test_appositions_closing_an_inserted_cue_stay_out_of_the_quote(annotate, text, tail):
    first, second = _quotes(annotate(text))
    assert second["text"] == tail and second["speaker"] == first["speaker"]
    assert first["speaker"] in ("Anne Roux", "Claire Vidal")


def test_words_after_an_inserted_cue_that_name_nobody_are_the_quote(annotate):
    first, second = _quotes(annotate("«Nous partirons, dit Paul Durand, demain matin.»"))
    assert first["text"] == "Nous partirons" and second["text"] == "demain matin"
    assert second["speaker"] == "Paul Durand"


# ------------------------------------- selon on a figure, speech nouns, documents, non-quotes

@pytest.mark.parametrize("text,expected", [
    # a figure that is the predicate of "être" before ", selon X": the count is attested
    ("Vers midi, les cheminots étaient 4.500, selon les chiffres de la préfecture, contre "
     "6.000 la semaine passée et 9.000 lors du premier jour, selon la même source.",
     [("4.500", "préfecture"),
      ("6.000 la semaine passée et 9.000 lors du premier jour", "préfecture")]),
    ("Les infirmières seront environ 800, selon le syndicat.", [("800", "syndicat")]),
    ("Dans les rues de Brest, ils étaient plus de 2.300, selon la police.",
     [("2.300", "police")]),
])
def test_selon_on_a_predicate_figure_is_the_figure(annotate, text, expected):
    selon = [(q["text"], q["speaker"]) for q in _quotes(annotate(text)) if q["kind"] == "selon"]
    assert selon == expected


@pytest.mark.parametrize("text,expected", [
    # the view ends where the journalist tells what the source does ("et ils …")
    ("Pour les riverains de la zone, ce parc est trop petit et ils réclament un jardin.",
     [("ce parc est trop petit", "riverains de la zone")]),
    ("Pour la maire, le budget est tenu et elle compte le prouver.",
     [("le budget est tenu", "maire")]),
    # a pronoun of another number is someone else: the view goes on
    ("Pour le député Paul Girard, les cheminots étaient «calmes», mais ils ont été "
     "«encerclés».",
     [("les cheminots étaient «calmes», mais ils ont été «encerclés»", "Paul Girard")]),
    # a subhead in quotes glued to the sentence does not hide its "Pour"
    ("La grève a repris lundi. «Trop tard»Pour plusieurs usagers de la ligne, cette grève "
     "est due aux nouveaux horaires.",
     [("cette grève est due aux nouveaux horaires", "usagers de la ligne")]),
])
def test_pour_view_scope(annotate, text, expected):
    selon = [(q["text"], q["speaker"]) for q in _quotes(annotate(text)) if q["kind"] == "selon"]
    assert selon == expected


@pytest.mark.parametrize("text,expected", [
    ("Les mots lancés par Anne Roy, «Vous êtes des lâches», ont fait scandale.",
     [("direct", "Vous êtes des lâches", "Anne Roy")]),
    ("La déclaration de Paul Girard : «Je quitte le conseil» a surpris les élus.",
     [("direct", "Je quitte le conseil", "Paul Girard")]),
    ("L'avocat Marc Lenoir a contesté cette affirmation de la défense, selon laquelle «la cellule "
     "était trop petite».",
     [("direct", "la cellule était trop petite", "défense")]),
    ("Le maire a critiqué l'affirmation du préfet Paul Girard, selon lequel «la ville est "
     "sûre».", [("direct", "la ville est sûre", "Paul Girard")]),
    ("Elle cite les propos de Paul Girard dans la presse d'hier : «Nous avons échoué».",
     [("direct", "Nous avons échoué", "Paul Girard")]),
])
def test_speech_noun_names_its_author(annotate, text, expected):
    assert _records(annotate(text)) == expected


@pytest.mark.negative
def test_relayed_words_are_not_the_relay_s(annotate):
    # "rapportés par l'agence": the agency passes the words on, it did not say them
    doc = annotate("Elle cite les propos rapportés par l'agence Reuters : «Nous avons échoué».")
    assert [q for q in _quotes(doc) if q["speaker"] == "Reuters"] == []


@pytest.mark.parametrize("text,expected", [
    ("«Le dépôt fermera en mars», peut-on lire dans le communiqué de la direction du "
     "groupe.", [("Le dépôt fermera en mars", "direction du groupe", "lire")]),
    ("«Nous refusons toute fermeture», peut-on lire dans un communiqué diffusé mardi par le "
     "syndicat des cheminots.",
     [("Nous refusons toute fermeture", "syndicat des cheminots", "lire")]),
    # no author in the phrase: the one the article gave the document before
    ("La direction du dépôt a publié un communiqué lundi. «Le site fermera en mars», "
     "peut-on lire dans le communiqué.",
     [("Le site fermera en mars", "direction du dépôt", "lire")]),
])
def test_words_read_in_a_document_are_its_author_s(annotate, text, expected):
    assert [(q["text"], q["speaker"], q["verb"]) for q in _quotes(annotate(text))] == expected


@pytest.mark.parametrize("text,expected", [
    ("«Deux agents ont été blessés», a indiqué la préfecture. «Le calme est revenu», a-t-on "
     "ajouté de même source.",
     [("Deux agents ont été blessés", "préfecture"), ("Le calme est revenu", "préfecture")]),
    # no quote before: the body named last
    ("La gendarmerie a fait état de trois blessés. Le conducteur a été placé en garde à vue, "
     "a-t-on appris de même source.",
     [("Le conducteur a été placé en garde à vue", "gendarmerie")]),
])
def test_impersonal_cue_of_the_same_source(annotate, text, expected):
    assert [(q["text"], q["speaker"]) for q in _quotes(annotate(text))] == expected


def test_an_organisation_s_title_after_its_description_is_the_speaker(annotate):
    doc = annotate("Le préfet Paul Girard a parlé sur Twitter. Selon le journal La\u00a0 Gazette "
                   "du Nord, confirmé par le préfet, le suspect avait écrit qu'il voulait «tout "
                   "casser».")
    q = _one(doc, "selon")
    assert q["speaker"] == "La\u00a0 Gazette du Nord"


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Les époux Marchal ont plaidé «coupable» mardi de neuf chefs d'accusation.",
    "L'ancien trésorier a plaidé «non coupable» devant la cour.",
])
def test_a_plea_in_quotes_is_nobody_s_words(annotate, text):
    assert _quotes(annotate(text)) == []


@pytest.mark.parametrize("text,expected", [
    # a selon phrase between an auxiliary or a copula and the rest of its clause sits
    # inside the statement
    ("Ces barrages étaient, selon la police cantonale, levés mardi vers 7h00.",
     [("Ces barrages étaient, selon la police cantonale, levés mardi vers 7h00",
       "police cantonale")]),
    ("Le député Paul Girard a parlé. La concertation est, selon lui, «plus utile» qu'un vote.",
     [("La concertation est, selon lui, «plus utile» qu'un vote", "Paul Girard")]),
    ("Le maire a démissionné en mai, et serait, selon la radio locale, déjà candidat ailleurs.",
     [("serait, selon la radio locale, déjà candidat ailleurs", "radio locale")]),
    # the agent of a participle of issuing after a document is its author
    ("Trois blessés ont été admis aux urgences, selon un décompte établi mardi soir par "
     "l'hôpital de la ville.",
     [("Trois blessés ont été admis aux urgences", "hôpital de la ville")]),
    ("Deux péniches ont coulé, selon un bilan donné lundi par la capitainerie.",
     [("Deux péniches ont coulé", "capitainerie")]),
])
def test_selon_inside_its_clause_and_issued_documents(annotate, text, expected):
    selon = [(q["text"], q["speaker"]) for q in _quotes(annotate(text)) if q["kind"] == "selon"]
    assert selon == expected


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Les élèves seront répartis selon leur niveau.",
    "Le voleur aurait agi seul, selon toute vraisemblance.",
    "Les travaux dureront un an selon les conditions météorologiques.",
    "La course s'est déroulée selon un rituel bien rodé.",
    "Le maire a été réélu, selon la formule consacrée, dans un fauteuil.",
    "Le directeur quittera le club en juin, selon nos infos.",
    "En fin d'après midi, la foule s'est dispersée dans le calme.",
])
def test_selon_a_criterion_or_a_manner_is_no_source(annotate, text):
    assert [q for q in _quotes(annotate(text)) if q["kind"] == "selon"] == []


@pytest.mark.parametrize("text,expected", [
    ("Le préfet a parlé mardi. Selon un bilan de la direction de la santé, «80 personnes ont "
     "été soignées».", [("direct", "80 personnes ont été soignées", "direction de la santé")]),
    ("«Il reste un doute», selon l'avocate Lise Fabre : «le témoin n'a rien vu».",
     [("direct", "Il reste un doute", "Lise Fabre"),
      ("direct", "le témoin n'a rien vu", "Lise Fabre")]),
])
def test_selon_over_a_whole_quote_gives_a_direct_record(annotate, text, expected):
    assert _records(annotate(text)) == expected


@pytest.mark.negative
def test_a_document_with_no_issuer_named_gives_no_speaker(annotate):
    doc = annotate("Les élus se sont réunis mardi. «Le site fermera en mars», peut-on lire "
                   "dans le communiqué.")
    assert _quotes(doc) == []


def test_words_a_noun_announces_hold_no_floor(annotate):
    # the author of "la phrase de X" is cited, he does not speak next: the cueless quote
    # after it stays with the one who cited him
    doc = annotate("Le chroniqueur Marc Lenoir a longuement parlé. «Je connais ce port», "
                   "a-t-il dit. Il a cité la phrase du poète Jean Dumas : «La mer attend». "
                   "«Nous resterons ici jusqu'au bout.»")
    assert [(q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("Je connais ce port", "Marc Lenoir"), ("La mer attend", "Jean Dumas"),
        ("Nous resterons ici jusqu'au bout", "Marc Lenoir")]
# ------------------------------------------ people named together, offices of a named body
# (issue 12, tuning-set classes B and D)

def test_people_named_together_speak_as_one_plural_speaker(annotate):
    doc = annotate("Lise Aubrac et Hugo Dastre ont quitté la salle après le vote. «Nous "
                   "reviendrons avec un autre projet», ont-ils déclaré devant la mairie.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "Lise Aubrac et Hugo Dastre" and q["verb"] == "déclarer"
    doc = annotate("Au total, Marc Delorme, 51 ans, et son épouse Lucie, 48 ans, doivent "
                   "répondre de fraudes. Les deux prévenus ont affirmé qu'ils ignoraient tout "
                   "des comptes de la société.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "Marc Delorme et Lucie" and q["kind"] == "indirect"


def test_a_count_of_people_and_a_clitic_y_point_to_the_pair(annotate):
    doc = annotate("Lina et Hugo, deux chanteurs lyonnais, ont tourné un clip. On y voit les "
                   "deux artistes devant la mairie. «Nous chanterons pour tous», y "
                   "lancent-ils, dénonçant la hausse des loyers.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "Lina et Hugo" and q["verb"] == "lancer"


def test_a_companion_is_the_other_member_not_the_possessor(annotate):
    doc = annotate("Lina Morel et Hugo Dastre ont écrit la chanson en une nuit. «Nous "
                   "voulions aider», a confié Lina Morel à la radio. «C'était un devoir», "
                   "a précisé son acolyte.")
    quotes = {q["text"]: q for q in _quotes(doc)}
    assert quotes["Nous voulions aider"]["speaker"] == "Lina Morel"
    assert quotes["C'était un devoir"]["speaker"] == "Hugo Dastre"


def test_an_office_of_a_named_body_is_not_the_person_known_by_another_function(annotate):
    doc = annotate("Le maire Paul Vasseur a dit : «Nous tiendrons bon». Des heurts ont "
                   "éclaté près de la gare, où des jeunes ont lancé des pierres, a indiqué à "
                   "l'AFP le directeur régional de la Protection civile.")
    quotes = {q["text"]: q for q in _quotes(doc)}
    assert quotes["Nous tiendrons bon"]["speaker"] == "Paul Vasseur"
    (clause,) = [q for q in quotes.values() if q["kind"] == "indirect"]
    assert clause["speaker"] == "directeur régional de la Protection civile"
    assert clause["verb"] == "indiquer"


def test_an_office_of_a_named_body_still_refers_back_to_its_holder(annotate):
    doc = annotate("Marc Aubel, directeur de la Protection civile, a visité la gare mardi. "
                   "«Tout est calme», a ajouté le directeur de la Protection civile.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "Marc Aubel" and q["verb"] == "ajouter"
    # a party label ("le député UDI") and a former function are no office of a body
    doc = annotate("«Cela va coûter cher», craint Paul Rivet, vice-président de la "
                   "commission des Finances. «Les gens sont inquiets», estime le député UDI. "
                   "Le Premier ministre Marc Duval a parlé. L'ancien dirigeant de la "
                   "Fédération a lancé une «grande concertation».")
    assert [q["speaker"] for q in _quotes(doc)] == ["Paul Rivet", "Paul Rivet", "Marc Duval"]


def test_verbless_quote_after_a_fronted_adverbial_goes_to_the_main_clause_subject(annotate):
    doc = annotate("Le débat a repris mardi. Après avoir écouté les élus, la ministre de la "
                   "Santé Claire Noiret a tenu à rassurer les soignants. «Nous ouvrirons des "
                   "lits dès janvier». Puis la séance a été levée.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "Claire Noiret" and q["verb"] is None


def test_words_read_in_a_document_y_points_back_to(annotate):
    doc = annotate("Le collectif Vigie a publié une lettre ouverte lundi. «Nous refusons "
                   "cette réforme», peut-on y lire.")
    (q,) = _quotes(doc)
    assert q["speaker"] == "collectif Vigie" and q["text"] == "Nous refusons cette réforme"
    doc = annotate("Des cahiers de doléances circulent dans les mairies. Ceux qui s'y "
                   "expriment disent leur colère. «Rétablir l'impôt sur la fortune.» «Le "
                   "pouvoir d'achat baisse chaque mois.»")
    assert [(q["text"], q["speaker"]) for q in _quotes(doc)] == [
        ("Rétablir l'impôt sur la fortune", "cahiers de doléances"),
        ("Le pouvoir d'achat baisse chaque mois", "cahiers de doléances")]


def test_an_indefinite_person_subject_takes_the_floor(annotate):
    doc = annotate("«Le chantier avance», a dit Paul Morin. Un riverain du quartier "
                   "s'approche alors du cortège. «Rien n'est joué», lance-t-il.")
    quotes = {q["text"]: q for q in _quotes(doc)}
    assert quotes["Le chantier avance"]["speaker"] == "Paul Morin"
    assert quotes["Rien n'est joué"]["speaker"] == "riverain du quartier"
    # who undergoes the clause does not: "un homme a été interpellé"
    doc = annotate("«Le chantier avance», a dit le maire Paul Morin. Un homme a été "
                   "interpellé samedi. «Rien n'est joué», a-t-il ajouté.")
    assert [q["speaker"] for q in _quotes(doc)] == ["Paul Morin", "Paul Morin"]
    # nor what a source reports: "Selon elle, une femme élue …"
    doc = annotate("Julie Morin va plus loin. Selon elle, une femme élue se fait souvent "
                   "insulter. «On me menace chaque jour», analyse-t-elle.")
    assert [q["speaker"] for q in _quotes(doc) if q["kind"] == "direct"] == ["Julie Morin"]


def test_a_first_name_the_model_left_untagged_with_a_person_in_apposition_speaks(annotate):
    doc = annotate("Le cortège est parti à midi. La colère ne retombe pas, a déclaré à l'AFP "
                   "Odile, une infirmière de 52 ans venue de Lille. «Nous reviendrons», "
                   "a-t-elle ajouté.")
    assert [(q["speaker"], q["verb"]) for q in _quotes(doc)] == [
        ("Odile", "déclarer"), ("Odile", "ajouter")]
