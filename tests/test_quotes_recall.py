"""Quotes the layer used to miss or cut on unseen articles: a stressed pronoun between the
verb and its clause, a content noun's que-clause before an infinitive the parse hung on the
verb, a predicate read as the main clause after a title, an adverbial after an inserted
cue, pieces linked by a preposition, self-descriptions. Sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes


@pytest.mark.parametrize("text, record", [
    ("Le chanteur Paul Dumas a précisé lui aussi qu'il soutenait les agriculteurs.",
     ("qu'il soutenait les agriculteurs", "indirect", "Paul Dumas")),
    ("La maire Anne Roux affirme elle aussi être favorable au projet.",
     ("être favorable au projet", "indirect", "Anne Roux")),
    ("Le boulanger Marc Lenoir, 52 ans, affirme lui aussi être venu par « conviction ».",
     ("être venu par « conviction »", "mixed", "Marc Lenoir")),
])
def test_stressed_pronoun_after_the_verb(annotate, text, record):
    assert _quotes(annotate(text)) == [record]


def test_content_noun_clause_before_a_misattached_infinitive(annotate):
    doc = annotate("Me Pascale Durand a rappelé que le tribunal avait été saisi. Elle a "
                   "insisté lundi sur le fait que sa cliente était « la seule locataire "
                   "de l'immeuble » à contester ce loyer, contrairement aux dires du "
                   "bailleur.")
    assert _quotes(doc)[1] == (
        "que sa cliente était « la seule locataire de l'immeuble » à contester ce loyer",
        "mixed", "Pascale Durand")


def test_clause_runs_over_a_predicate_read_as_its_head(annotate):
    doc = annotate("Sur son blog, la réalisatrice Lise Morel a confirmé que son long métrage "
                   "J'attends la mer sera projeté dès le 5 mai.")
    assert _quotes(doc) == [
        ("que son long métrage J'attends la mer sera projeté dès le 5 mai", "indirect",
         "Lise Morel")]


@pytest.mark.parametrize("cue", ["a-t-il reconnu très modestement.", "a-t-il glissé au micro.",
                                 "a-t-il précisé un moment après,"])
def test_inserted_cue_with_an_adverbial(annotate, cue):
    doc = annotate("Paul Durand est arrivé lundi. « Samedi dernier, j'ai raté mon train, "
                   f"{cue} C'était ma pire journée. »")
    assert _quotes(doc) == [("Samedi dernier, j'ai raté mon train", "direct", "Paul Durand"),
                            ("C'était ma pire journée", "direct", "Paul Durand")]


def test_pieces_linked_by_a_preposition_share_the_verb(annotate):
    doc = annotate("Le maire Paul Durand se dit «réservé» sur «les pistes retenues» et "
                   "surtout sur «cette course au rendement».")
    assert _quotes(doc) == [("réservé", "direct", "Paul Durand"),
                            ("les pistes retenues", "direct", "Paul Durand"),
                            ("cette course au rendement", "direct", "Paul Durand")]


@pytest.mark.parametrize("text, record", [
    ("Paul Durand se définit comme «un vieux militant».",
     ("un vieux militant", "direct", "Paul Durand")),
    ("La romancière Claire Martin se revendique «indépendante».",
     ("indépendante", "direct", "Claire Martin")),
    ("Les deux députés se présentent comme «des élus de terrain».",
     ("des élus de terrain", "direct", "deux députés")),
])
def test_self_description(annotate, text, record):
    assert _quotes(annotate(text)) == [record]


def test_demander_a_ce_que(annotate):
    doc = annotate("Les syndicats ont demandé à ce que les salaires soient revalorisés dès "
                   "janvier.")
    assert _quotes(doc) == [
        ("à ce que les salaires soient revalorisés dès janvier", "indirect", "syndicats")]


def test_selon_information_relayed_by_a_source(annotate):
    doc = annotate("Mardi soir, selon des informations relayées par un enquêteur, un "
                   "cycliste est mort près de Lyon.")
    assert _quotes(doc) == [("un cycliste est mort près de Lyon", "selon", "enquêteur")]


def test_fragment_after_a_quoted_name(annotate):
    doc = annotate("Le maire Paul Durand a qualifié le discours des «bonnets rouges» "
                   "d’«anti-écologie» et «anti-taxe».")
    assert _quotes(doc) == [("anti-écologie", "direct", "Paul Durand"),
                            ("anti-taxe", "direct", "Paul Durand")]


def test_clause_stops_before_but_and_a_subject_with_a_quoted_label(annotate):
    doc = annotate("Le recteur a promis d'étudier les voeux formulés pendant les ateliers "
                   "mais beaucoup de «blouses grises» restent sceptiques.")
    assert _quotes(doc) == [
        ("d'étudier les voeux formulés pendant les ateliers", "indirect", "recteur")]


@pytest.mark.parametrize("text, record", [
    ("La ministre Anne Roux a appelé les élus à « ouvrir le débat » sur la paie des "
     "soignants.",
     ("à « ouvrir le débat » sur la paie des soignants", "mixed", "Anne Roux")),
    ("La ministre Anne Roux a demandé au département de «débloquer les crédits» avant Noël.",
     ("de «débloquer les crédits» avant Noël", "mixed", "Anne Roux")),
    ("La ministre Anne Roux a appelé les élus à « ouvrir le débat ».",
     ("ouvrir le débat", "direct", "Anne Roux")),
])
def test_infinitive_opened_by_a_mark(annotate, text, record):
    assert _quotes(annotate(text)) == [record]


@pytest.mark.parametrize("text, record", [
    ("Des élus locaux ont annoncé, jeudi, vouloir se présenter aux municipales.",
     ("vouloir se présenter aux municipales", "indirect", "élus locaux")),
    ("La société Vendex a ainsi annoncé, en ce début d'année, avoir ouvert une usine.",
     ("avoir ouvert une usine", "indirect", "Vendex")),
    ("Plusieurs collectifs appellent, eux, à défiler samedi à Lyon.",
     ("à défiler samedi à Lyon", "indirect", "collectifs")),
    ("Le militant Paul Durand a durci le ton, allant jusqu'à appeler, sur RTL, à envahir "
     "le ministère.", ("à envahir le ministère", "indirect", "Paul Durand")),
    ("Samedi, le militant Paul Durand a appelé les «stylos rouges», via son compte Twitter, "
     "à manifester dimanche.", ("à manifester dimanche", "indirect", "Paul Durand")),
    # the bare infinitive of an announcement is its content
    ("Le ministre Paul Durand a annoncé préparer une nouvelle réforme des retraites.",
     ("préparer une nouvelle réforme des retraites", "indirect", "Paul Durand")),
    ("Le président a assuré, lors de sa visite, comprendre la colère des habitants.",
     ("comprendre la colère des habitants", "indirect", "président")),
])
def test_infinitive_clause_after_an_adverbial_or_an_announcement(annotate, text, record):
    assert _quotes(annotate(text)) == [record]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Le maire a annoncé, lundi, la fermeture de la piscine, avant de partir en vacances.",
    "La direction souhaite partir de Paris.",
])
def test_no_infinitive_clause_after_a_noun_object_or_a_wish(annotate, text):
    assert _quotes(annotate(text)) == []


@pytest.mark.parametrize("text, record", [
    ("Le Premier ministre Jean Roux s'est dit prêt à discuter des salaires avec les syndicats.",
     ("prêt à discuter des salaires avec les syndicats", "indirect", "Jean Roux")),
    ("La maire Anne Leduc s'était dite lundi ouverte à une baisse des impôts locaux.",
     ("ouverte à une baisse des impôts locaux", "indirect", "Anne Leduc")),
])
def test_unquoted_attribute_of_se_dire(annotate, text, record):
    assert _quotes(annotate(text)) == [record]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Le ministre Paul Durand s'est dit surpris.",
    "Quelque 800 internautes se disent intéressés par le concert de samedi.",
])
def test_attribute_of_se_dire_without_content(annotate, text):
    assert _quotes(annotate(text)) == []


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Le militant Paul Durand sera jugé pour «outrage à agent» et pour «rébellion en réunion».",
    "La militante Lise Morel a été poursuivie pour «entrave à la circulation».",
])
def test_charge_after_a_passive_reporting_verb_is_no_quote(annotate, text):
    assert _quotes(annotate(text)) == []


def test_passive_reporting_verb_with_an_agent_keeps_its_fragment(annotate):
    doc = annotate("Le projet a été qualifié d'«indécent» par la syndicaliste Anne Roux.")
    assert _quotes(doc) == [("indécent", "direct", "Anne Roux")]


def test_a_piece_carried_over_a_paragraph_before_a_fragment_keeps_the_layer(annotate):
    # the piece opened in the previous paragraph has no opening mark of its own: reading
    # it as a quoted name before "d'«…»" once emptied the article's whole quotes layer
    doc = annotate("«Il faut tenir, confie Anne Roux.\nCe sera long» d'«injuste».")
    assert not doc._.ne_warnings
    assert ("Il faut tenir", "direct", "Anne Roux") in _quotes(doc)


def test_cue_inverted_after_a_quote_mentionner(annotate):
    doc = annotate("Le chanteur Paul Roux a signé chez un grand label. « Je suis venu le cœur "
                   "léger, a-t-il mentionné. Sans ce contrat, je serais déjà reparti à Lyon. »")
    assert _quotes(doc) == [("Je suis venu le cœur léger", "direct", "Paul Roux"),
                            ("Sans ce contrat, je serais déjà reparti à Lyon", "direct",
                             "Paul Roux")]


def test_cue_inverted_after_a_quote_esperer(annotate):
    doc = annotate("La maire Anne Leroy attend des renforts. « Que l'État nous entende "
                   "enfin », espère-t-elle.")
    assert _quotes(doc) == [("Que l'État nous entende enfin", "direct", "Anne Leroy")]


@pytest.mark.negative
def test_inverted_only_verb_before_a_quoted_label_quotes_nothing(annotate):
    assert _quotes(annotate("Les affiches du collectif mentionnent «Zone libre».")) == []


@pytest.mark.parametrize("cue, kind", [("tempère", "direct"), ("a souligné", "direct")])
def test_lawyer_with_honorific_after_an_inverted_cue(annotate, cue, kind):
    doc = annotate(f"Me Hélène Garnier défend le locataire. «Ce bail est nul», {cue} Me Garnier.")
    assert _quotes(doc) == [("Ce bail est nul", kind, "Hélène Garnier")]


def test_lawyer_with_honorific_after_an_unquoted_clause(annotate):
    doc = annotate("Me Hélène Garnier défend le locataire. Si le bailleur a signé, c'est qu'il "
                   "connaissait les travaux, estime Me Garnier.")
    assert _quotes(doc) == [("Si le bailleur a signé, c'est qu'il connaissait les travaux",
                             "indirect", "Hélène Garnier")]


def test_message_published_then_a_quoted_piece_far_after_the_verb(annotate):
    doc = annotate("Le comte Henri de Morlay, duc de Brissac, a publié mardi un texte d'hommage "
                   "assez long sur son blog, ce 4 juin, «au nom de tous les anciens».")
    assert _quotes(doc) == [("au nom de tous les anciens", "direct", "Henri de Morlay")]


@pytest.mark.negative
def test_figures_published_far_before_a_quoted_word_are_no_message(annotate):
    doc = annotate("La mairie de Brissac a publié les chiffres de la fréquentation du musée "
                   "municipal, ce mardi 4 juin, «en hausse».")
    assert _quotes(doc) == []


@pytest.mark.parametrize("aside", ["dans un courriel qui ne manque pas de sel",
                                   "sur le forum du quartier", ", hilare"])
def test_one_of_a_group_with_a_complement_after_it(annotate, aside):
    sep = "" if aside.startswith(",") else " "
    doc = annotate("Des riverains interpellent le préfet. «Venez donc dormir ici une nuit», "
                   f"lui lance l'un d'eux{sep}{aside}.")
    assert _quotes(doc) == [("Venez donc dormir ici une nuit", "direct", "riverain")]


def test_faire_part_de_a_quoted_feeling(annotate):
    doc = annotate("Le maire Jean Bastide a fait part de sa «colère froide» après le vote.")
    assert _quotes(doc) == [("colère froide", "direct", "Jean Bastide")]


@pytest.mark.negative
def test_faire_part_of_a_plain_feeling_quotes_nothing(annotate):
    assert _quotes(annotate("La préfète a fait part de son inquiétude aux élus.")) == []


def test_absolute_clause_after_a_comma_has_its_own_speaker(annotate):
    doc = annotate("Le club a refusé la sanction, le président du club dénonçant une "
                   "«humiliation» pour ses joueurs.")
    assert _quotes(doc) == [("humiliation", "direct", "président du club")]


def test_a_country_diplomacy_speaks_in_an_absolute_clause(annotate):
    doc = annotate("La Norvège a décliné mardi la médiation, la diplomatie norvégienne faisant "
                   "part de sa «vive irritation».")
    assert _quotes(doc) == [("vive irritation", "direct", "diplomatie norvégienne")]


@pytest.mark.parametrize("text, record", [
    ("Estimant que le contrat était «caduc», la mairie a rompu l'accord avec le club.",
     ("que le contrat était «caduc»", "mixed", "mairie")),
    ("Jugeant que la route restait dangereuse, le préfet a maintenu la fermeture du col.",
     ("que la route restait dangereuse", "indirect", "préfet")),
    ("Rappelant que le bail était signé, Me Hélène Garnier a plaidé la relaxe du gérant.",
     ("que le bail était signé", "indirect", "Hélène Garnier")),
])
def test_fronted_participle_reports_for_the_main_subject(annotate, text, record):
    assert _quotes(annotate(text)) == [record]


@pytest.mark.parametrize("text, record", [
    ("Nombre de pêcheurs dénoncent les quotas - auxquels ils ne croient plus - et une "
     "«hypocrisie» des ministères.", ("hypocrisie", "direct", "pêcheurs")),
    ("Le collectif a traité les élus - ceux qui siègent au conseil depuis des années - de "
     "«fossoyeurs» du village.", ("fossoyeurs", "direct", "collectif")),
    ("La syndicaliste Anne Morel a qualifié la réforme – que le gouvernement a présentée "
     "mardi – de «provocation».", ("provocation", "direct", "Anne Morel")),
])
def test_fragment_verb_across_a_dashed_aside(annotate, text, record):
    """A clause between spaced dashes, its own finite verb inside, lies between the
    judging verb and its quoted complement: the verb is found across it."""
    assert _quotes(annotate(text)) == [record]


@pytest.mark.negative
def test_dashed_aside_gives_no_verb_to_scare_quotes(annotate):
    doc = annotate("Les familles du quartier ont été reléguées - ce qui a pris des mois - "
                   "à la «périphérie» de la ville.")
    assert _quotes(doc) == []


@pytest.mark.parametrize("text, record", [
    ("Le maire a comparé la fermeture de l'usine au «Titanic».",
     ("Titanic", "direct", "maire")),
    ("Les vitraux ont été comparés par le restaurateur - à cause de leurs couleurs - à une "
     "«Sixtine du Nord».", ("Sixtine du Nord", "direct", "restaurateur")),
])
def test_capitalised_term_of_a_comparison(annotate, text, record):
    """After a comparing verb's "à", a capitalised quoted piece is the speaker's figure,
    not the name of a thing."""
    assert _quotes(annotate(text)) == [record]


@pytest.mark.negative
def test_capitalised_name_after_a_plain_verb_stays_a_name(annotate):
    doc = annotate("Les habitants du bourg ont participé au «Grand Forum» de la mairie.")
    assert _quotes(doc) == []


@pytest.mark.parametrize("text, record", [
    # a naming verb in a perfect tense is the speaker's own ("ce qu'il a appelé une «…»")
    ("Le ministre Paul Durand a dénoncé ce qu'il a appelé une «manœuvre indigne» de "
     "l'opposition.", ("manœuvre indigne", "direct", "Paul Durand")),
    ("La maire Anne Roy a répondu à ce qu'elle avait appelé des «rumeurs absurdes».",
     ("rumeurs absurdes", "direct", "Anne Roy")),
])
def test_what_the_speaker_called_in_a_perfect_tense(annotate, text, record):
    assert _quotes(annotate(text)) == [record]


@pytest.mark.parametrize("text", [
    "Anne Roy est chercheuse. « J'ai décidé de créer des ateliers », explique celle qui a "
    "étudié le droit.",
    "Anne Roy est chercheuse. « J'ai décidé de créer des ateliers », explique celle-ci.",
])
def test_inverted_demonstrative_subject(annotate, text):
    assert _quotes(annotate(text)) == [
        ("J'ai décidé de créer des ateliers", "direct", "Anne Roy")]


@pytest.mark.parametrize("text, speaker", [
    # a bare name or a "celui/celle de …" phrase named after it is the speaker, no
    # demonstrative standing for the last person spoken of
    ("Marc Blanc a lu les deux lettres. « La seconde est plus dure », précise celle de la "
     "préfecture, Lise Morel.", "Lise Morel"),
    ("Marc Blanc a reçu les délégués. « Rien n'est signé », explique celle qui préside le "
     "syndicat, Lise Morel.", "Lise Morel"),
])
def test_a_demonstrative_named_after_it_is_no_pronoun(annotate, text, speaker):
    assert [q[2] for q in _quotes(annotate(text))] == [speaker]


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    # a verb whose object is mostly a person, in a run of actions: the person is greeted,
    # called, questioned, no speaker
    "Le ministre descend de voiture, salue le préfet.",
    "La skieuse tombe dans la pente, appelle le secouriste.",
    "Le policier arrête la camionnette, interpelle le chauffeur.",
])
def test_a_person_object_after_an_ambiguous_present_verb_is_no_speaker(annotate, text):
    assert _quotes(annotate(text)) == []


@pytest.mark.parametrize("text, record", [
    ("Le commandant avait déjà reçu un blâme, ajoute le quotidien.",
     ("Le commandant avait déjà reçu un blâme", "indirect", "quotidien")),
    ("Le trafic des trains est dévié par Lyon, assure la préfecture.",
     ("Le trafic des trains est dévié par Lyon", "indirect", "préfecture")),
    ("La neige recule sur l'ouest du pays, ajoute le prévisionniste, qui reste prudent.",
     ("La neige recule sur l'ouest du pays", "indirect", "prévisionniste")),
])
def test_ambiguous_present_verb_before_a_speaker_ending_the_sentence(annotate, text, record):
    assert _quotes(annotate(text)) == [record]


@pytest.mark.negative
def test_a_naming_participle_still_marks_a_name(annotate):
    doc = annotate("Le collectif baptisé «Les Oubliés» a manifesté samedi devant la mairie.")
    assert _quotes(doc) == []


@pytest.mark.negative
@pytest.mark.parametrize("text", [
    "Marie relit sa lettre, ajoute une phrase, relit encore.",
    "Le pays accuse un retard certain, ajoute un détail.",
    "Depuis dimanche, le ministre, lui aussi, soutient la chroniqueuse.",
])
def test_ambiguous_present_verb_with_a_thing_after_it_is_no_cue(annotate, text):
    assert _quotes(annotate(text)) == []


@pytest.mark.parametrize("text, record", [
    ("Le deuxième suspect, quant à lui, «se cachait», ajoute Paul Durand.",
     ("Le deuxième suspect, quant à lui, «se cachait»", "mixed", "Paul Durand")),
    ("Le maire, lui, «ne savait rien», affirme Paul Durand.",
     ("Le maire, lui, «ne savait rien»", "mixed", "Paul Durand")),
])
def test_subject_and_topic_marker_before_a_quoted_predicate(annotate, text, record):
    assert _quotes(annotate(text)) == [record]


def test_a_detached_adverbial_before_a_quote_stays_outside(annotate):
    doc = annotate("Dans ce village, «personne ne bouge», affirme Paul Durand.")
    assert _quotes(doc) == [("personne ne bouge", "direct", "Paul Durand")]
