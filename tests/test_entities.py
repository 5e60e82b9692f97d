"""The entities layer: boundaries, labels, gazetteer, user patterns, canonical names, roles.

Sentences written for these tests; one test per construction class.
"""

from __future__ import annotations

import json

import pytest

from newsextract.nlp.entities.canonical import acronym_matches, entity_key, fuller_person, initials
from newsextract.nlp.extensions import is_extractable
from newsextract.schema import ENTITIES, span_attribute_names


def ents(doc) -> dict[str, str]:
    return {s.text: s.label_ for s in doc.spans["entities"]}


def by_text(doc, text):
    return [s for s in doc.spans["entities"] if s.text == text]


def assert_not_entities(doc, *texts: str) -> None:
    labels = ents(doc)
    assert not [t for t in texts if t in labels]


# --- pure functions ------------------------------------------------------------------------

def test_entity_key_folds_case_accents_and_apostrophes():
    assert entity_key("Sergueï  Roudskoï") == "serguei roudskoi"
    assert entity_key("Côte d’Ivoire") == entity_key("cote d'ivoire")


def test_initials_skip_function_words():
    skip = frozenset({"du", "de", "l'"})
    assert initials(["Agence", "de", "l'", "eau", "du", "bassin", "Loire"], skip) == "aebl"


def test_fuller_person_prefers_the_longest_and_refuses_ambiguity():
    names = [["Poutine"], ["Vladimir", "Poutine"]]
    assert fuller_person(["Poutine"], names) == 1
    assert fuller_person(["Martin"], [["Paul", "Martin"], ["Anne", "Martin"]]) is None


# --- the component -------------------------------------------------------------------------

def test_contract_keys_offsets_and_extractable(annotate):
    doc = annotate("M. Pierre Lemaire a visité Lyon et Grenoble mardi.")
    assert doc.spans["entities"]
    for span in doc.spans["entities"]:
        assert set(span._.entity) == set(span_attribute_names(ENTITIES))
        assert doc.text[span.start_char:span.end_char] == span.text
        assert is_extractable(doc, span.start_char, span.end_char)
        assert span.label_ in ("PER", "LOC", "ORG", "MISC")


def test_honorifics_are_trimmed(annotate):
    doc = annotate("Dans son discours, M. Vautrin a remercié Mme Delorme et MM. Garnier et "
                   "Poulain.")
    labels = ents(doc)
    assert labels.get("Vautrin") == "PER"
    assert labels.get("Delorme") == "PER"
    assert "M. Vautrin" not in labels and "Mme Delorme" not in labels
    assert not any(t.startswith("MM.") for t in labels)


def test_title_is_trimmed_and_becomes_the_role(annotate):
    doc = annotate("Le général Antoine Mercadier a inspecté les troupes à Brest.")
    (span,) = by_text(doc, "Antoine Mercadier")
    assert span.label_ == "PER"
    assert span._.entity["role"] == "général"


def test_role_before_a_comma_and_in_apposition(annotate):
    doc = annotate("Le porte-parole des pompiers, Olivier Ferrand, a démenti. "
                   "Il a rencontré Julie Marchal, directrice de l'hôpital.")
    (olivier,) = by_text(doc, "Olivier Ferrand")
    assert olivier._.entity["role"] == "porte-parole des pompiers"
    (julie,) = by_text(doc, "Julie Marchal")
    assert julie._.entity["role"].startswith("directrice")


def test_name_complement_of_a_title_gets_no_role(annotate):
    doc = annotate("Le conseiller de Jacques Morel, Paul Henrion, a parlé à la presse.")
    (morel,) = by_text(doc, "Jacques Morel")
    assert morel._.entity["role"] is None


def test_leading_determiners_and_prepositions_are_trimmed(annotate):
    doc = annotate("Elle répète que la France restera ferme. On sent un désir de France "
                   "partout, a-t-elle dit en quittant l'Italie.")
    labels = ents(doc)
    assert labels.get("France") == "LOC"
    assert labels.get("Italie") == "LOC"
    assert not any(t.lower().startswith(("la ", "de ", "l'")) for t in labels)


@pytest.mark.negative
def test_one_letter_common_nouns_and_demonyms_are_not_entities(annotate):
    doc = annotate("Le chantier coûte 300.000 F, dont une aide de l'Etat. "
                   "Les Français et les jeunes Nancéiens ont regardé le soleil.")
    assert_not_entities(doc, "F", "Etat", "Français", "Nancéiens", "soleil")


def test_road_numbers_and_hashtags_are_not_places(annotate):
    doc = annotate("Un camion s'est renversé sur l'A31 près de Thionville. #ActeIX")
    labels = ents(doc)
    assert labels.get("Thionville") == "LOC"
    assert "A31" not in labels
    assert not any("Acte" in t for t in labels)


def test_head_noun_joins_the_name_and_gives_the_label(annotate):
    doc = annotate("Les manifestants se sont réunis place du Capitole. "
                   "Les enfants ont visité la boulangerie Marchand puis le parc Fontaine.")
    labels = ents(doc)
    assert labels.get("place du Capitole") == "LOC"
    assert labels.get("boulangerie Marchand") == "ORG"
    assert labels.get("parc Fontaine") == "LOC"


def test_classifier_noun_gives_the_label_only(annotate):
    doc = annotate("Le photographe travaille pour l'agence Lumen Presse depuis deux ans.")
    assert ents(doc).get("Lumen Presse") == "ORG"


def test_portfolio_of_a_minister_is_not_an_entity(annotate):
    doc = annotate("La ministre des Transports Lucie Armand et le secrétaire d'État à "
                   "l'Égalité ont répondu.")
    labels = ents(doc)
    (lucie,) = by_text(doc, "Lucie Armand")
    assert (lucie.label_, lucie._.entity["role"]) == ("PER", "ministre des Transports")
    assert "Transports" not in labels and "Égalité" not in labels
    assert "ministre des Transports" not in labels


def test_gazetteer_labels_armed_groups_agencies_and_alliances(annotate):
    doc = annotate("Selon l'AFP, les combattants de Jaish al-Fatah ont lancé un assaut. "
                   "L'OTAN a réagi.")
    labels = ents(doc)
    assert labels.get("AFP") == "ORG"
    assert labels.get("Jaish al-Fatah") == "ORG"
    assert labels.get("OTAN") == "ORG"


def test_gazetteer_does_not_break_model_entities(annotate):
    doc = annotate("Emmanuel Macron a reçu Angela Merkel à Paris, au siège de l'ONU.")
    labels = ents(doc)
    assert labels.get("Emmanuel Macron") == "PER"
    assert labels.get("Paris") == "LOC"
    assert labels.get("ONU") == "ORG"


def test_ministry_from_gazetteer_pattern(annotate):
    doc = annotate("Un communiqué du ministère des Sports italien est attendu jeudi.")
    assert ents(doc).get("ministère des Sports italien") == "ORG"


def test_user_patterns_file(tmp_path):
    from newsextract.nlp.pipeline import annotate, load

    path = tmp_path / "patterns.jsonl"
    path.write_text(json.dumps({"label": "ORG", "pattern": "Brindille Solidaire"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    nlp = load(patterns=path)
    doc = annotate(nlp, "Les bénévoles de Brindille Solidaire distribuent des repas à Metz.")
    assert ents(doc).get("Brindille Solidaire") == "ORG"


def test_person_canonical_is_the_fullest_name(annotate):
    doc = annotate("Jean-Marc Ollivier a pris la parole.\nPlus tard, Ollivier a quitté la salle.")
    spans = [s for s in doc.spans["entities"] if s.label_ == "PER"]
    assert {s._.entity["canonical"] for s in spans} == {"Jean-Marc Ollivier"}
    assert len({s._.entity["entity_id"] for s in spans}) == 1
    assert spans[0]._.entity["entity_key"] == "jean-marc ollivier"


def test_acronym_and_expansion_share_one_canonical(annotate):
    doc = annotate("L'enquête est confiée à la Brigade de répression du banditisme (BRB). "
                   "La BRB a entendu trois témoins.")
    spans = [s for s in doc.spans["entities"] if s.text in
             ("Brigade de répression du banditisme", "BRB")]
    assert len(spans) == 3
    assert {s.label_ for s in spans} == {"ORG"}
    assert {s._.entity["canonical"] for s in spans} == {"Brigade de répression du banditisme"}
    assert len({s._.entity["entity_id"] for s in spans}) == 1


@pytest.mark.negative
def test_lowercase_expansion_is_a_thing_not_an_organisation(annotate):
    doc = annotate("Les élus ont adopté le plan local d'urbanisme (PLU) mardi soir.")
    assert "PLU" not in ents(doc)


def test_acronym_expanded_as_a_thing_is_a_thing_in_the_whole_article(annotate):
    doc = annotate("Le maire veut revoir le plafond de dépenses locales (PDL) cette année. "
                   "Le PDL sera voté en mars, a précisé Paul Verhaegen.")
    assert ents(doc).get("Paul Verhaegen") == "PER"
    assert "PDL" not in ents(doc)


def test_initials_of_a_person_named_in_full_are_that_person(annotate):
    doc = annotate("La députée Jeanne-Marie Dallier a quitté le parti mardi. "
                   "Selon JMD, la décision était prise depuis longtemps.")
    (span,) = by_text(doc, "JMD")
    assert span.label_ == "PER"
    assert span._.entity["canonical"] == "Jeanne-Marie Dallier"


def test_noun_before_a_lawyers_honorific_is_not_the_head_of_the_name(annotate):
    doc = annotate("Le prévenu, par la voix de son conseil maître Paul Verhaegen, "
                   "conteste les faits.")
    assert ents(doc).get("Paul Verhaegen") == "PER"


def test_link_and_credit_lines_name_entities_for_the_table_only(annotate):
    doc = annotate("Le prix du pain a encore augmenté à Lyon.\n\n"
                   "Lire aussi Jeanne Durandet - Le pain de demain\n\n"
                   "Les boulangers protestent, dit Paul Verhaegen.\n\n© 2019 AFP")
    labels = ents(doc)
    assert labels.get("Jeanne Durandet") == "PER"
    assert labels.get("AFP") == "ORG"
    assert labels.get("Paul Verhaegen") == "PER"


@pytest.mark.negative
def test_link_line_with_a_colon_names_no_entity(annotate):
    doc = annotate("Le prix du pain a encore augmenté à Lyon.\n\n"
                   "Lire aussi : Gérard Durandet quitte Marseille\n\n"
                   "Les boulangers protestent.")
    assert ents(doc).get("Lyon") == "LOC"
    assert_not_entities(doc, "Gérard Durandet", "Marseille")


def test_dash_before_a_no_break_space_separates_two_names(annotate):
    doc = annotate("La liaison Metz -\u00a0Nancy est suspendue depuis lundi.")
    labels = ents(doc)
    assert labels.get("Metz") == "LOC"
    assert labels.get("Nancy") == "LOC"


def test_fellow_journalists_name_a_medium(annotate):
    doc = annotate("Selon nos confrères néerlandais du Dagblad Noord, le chauffeur a été relâché. "
                   "Dans les colonnes de Zuidblad, le maire répond.")
    labels = ents(doc)
    assert labels.get("Dagblad Noord") == "ORG"
    assert labels.get("Zuidblad") == "ORG"


def test_edition_of_a_newspaper_named_by_its_title_word_is_a_medium(annotate):
    doc = annotate("La séquence est à revoir sur Figaro Live depuis lundi, "
                   "a indiqué Paul Verhaegen.")
    assert ents(doc).get("Figaro Live") == "ORG"


def test_name_after_a_persons_honorific_is_a_person(annotate):
    doc = annotate("Les grévistes partent, déclare au magazine Ouestmag Goran Jelic, "
                   "le porte-parole. M. Jelic confirme.")
    assert [s.label_ for s in by_text(doc, "Jelic")] == ["PER"]


def test_person_glued_to_the_end_of_a_medium_is_cut_from_it(annotate):
    doc = annotate("Les grévistes vont quitter le collectif, indique dans les journaux Nordpresse "
                   "Milan Pavlic, le porte-parole du mouvement. "
                   "M. Pavlic dément toute récupération.")
    labels = ents(doc)
    assert labels.get("Milan Pavlic") == "PER"
    assert labels.get("Nordpresse") == "ORG"
    assert {s._.entity["canonical"] for s in by_text(doc, "Pavlic")} == {"Milan Pavlic"}


def test_acronym_glued_to_a_capitalised_word_names_one_organisation(annotate):
    doc = annotate("Le syndicat SUD-Douane appelle à la grève, comme la CGT-Spectacle.")
    labels = ents(doc)
    assert labels.get("SUD-Douane") == "ORG"
    assert labels.get("CGT-Spectacle") == "ORG"


def test_organisation_qualified_later_takes_the_longer_name(annotate):
    doc = annotate("Le ministère du Logement a démenti.\n"
                   "D'après le ministère du Logement belge, dix dossiers sont ouverts.")
    spans = [s for s in doc.spans["entities"] if s.text.startswith("ministère")]
    assert len(spans) == 2
    assert {s._.entity["canonical"] for s in spans} == {"ministère du Logement belge"}


def test_one_label_per_name_in_the_article(annotate):
    doc = annotate("Brivane, plateforme de réservation en ligne, a levé des fonds. "
                   "Brivane compte 40 salariés.")
    assert {s.label_ for s in by_text(doc, "Brivane")} == {"ORG"}


def test_person_after_a_place_preposition_is_a_place(annotate):
    doc = annotate("La famille s'est installée à Vouthon-Haut, puis à Bazeilles-sur-Othain.")
    labels = ents(doc)
    assert labels.get("Bazeilles-sur-Othain") == "LOC"


def test_seed_persons_canonical_and_roles(shared_dir, annotate):
    seed = next((shared_dir / "seed").glob("*.txt"))
    doc = annotate(seed.read_text(encoding="utf-8"), "2016-10-28", has_title=True)
    persons = {s._.entity["canonical"]: s._.entity["role"] for s in doc.spans["entities"]
               if s.label_ == "PER"}
    gold = json.loads((shared_dir / "gold" / "dev" / "seed.jsonl").read_text(
        encoding="utf-8").splitlines()[0])
    expected = {e["canonical"] for e in gold["entities"] if e["label"] == "PER"}
    assert set(persons) == expected
    roles = {name: role for name, role in persons.items() if role}
    assert len(roles) == 2 and "général" in roles.values()
    # the spokesman's role is a title whose complement is another person of the article
    assert any(role.endswith(other) for role in roles.values() for other in expected)


@pytest.mark.slow
def test_dev_press_strict_f1(shared_dir, nlp):
    import importlib.util
    import sys

    from newsextract.nlp.pipeline import annotate

    spec = importlib.util.spec_from_file_location("score", shared_dir / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    sys.modules["score"] = score
    spec.loader.exec_module(score)
    gold = score.load_gold(shared_dir / "gold" / "dev" / "entities_press.jsonl")
    pred = {}
    for d in gold:
        doc = annotate(nlp, d["text"], d.get("date"))
        pred[str(d["id"])] = [{"start": s.start_char, "end": s.end_char, "label": s.label_,
                               "canonical": s._.entity["canonical"]}
                              for s in doc.spans["entities"]]
    assert score.score_entities(gold, pred)["strict"]["f1"] >= 0.82


def test_a_hyphen_glued_to_a_name_stays_out_of_the_entity(annotate):
    doc = annotate("Les ouvriers des forges de Bazeilles- qui ont fermé en 1990 - manifestent à "
                   "Sedan.")
    texts = [span.text for span in doc.spans["entities"]]
    assert "Bazeilles" in texts and "Sedan" in texts
    assert not [t for t in texts if t.endswith("-")]


def test_first_name_followed_by_an_age_is_a_person(annotate):
    doc = annotate("Maëlys, 31\u00a0ans, attend le bus depuis une heure. Maëlys travaille à "
                   "Rennes.")
    assert {s.label_ for s in by_text(doc, "Maëlys")} == {"PER"}


def test_hyphenated_acronym_is_one_organisation(annotate):
    doc = annotate("Le directeur de l'AP-HP a reçu les syndicats. "
                   "Le PS-PRG local a soutenu les grévistes.")
    labels = ents(doc)
    assert labels.get("AP-HP") == "ORG"
    assert "AP" not in labels and "HP" not in labels


def test_sentence_initial_participle_is_not_an_entity(annotate):
    doc = annotate("Le maire a reçu les commerçants. Interrogés sur les travaux, ils ont "
                   "protesté. Installée à Nantes depuis peu, la gérante a répondu.")
    labels = ents(doc)
    assert "Interrogés" not in labels and "Installée" not in labels
    assert labels.get("Nantes") == "LOC"


def test_dateline_city_in_capitals_is_a_place(annotate):
    doc = annotate("DUBAÏ (AFP) - Le salon a fermé ses portes jeudi. "
                   "Les organisateurs de Dubaï attendaient plus de visiteurs.")
    assert {s.label_ for s in doc.spans["entities"] if s.text.lower() == "dubaï"} == {"LOC"}


def test_second_portfolio_of_a_minister_is_not_an_entity(annotate):
    doc = annotate("Le ministre du Travail et des Solidarités, Marc Vigier, a répondu aux "
                   "syndicats.")
    assert ents(doc).get("Marc Vigier") == "PER"
    assert "Solidarités" not in ents(doc) and "Travail" not in ents(doc)


def test_maghreb_place_prefix_gives_a_place(annotate):
    doc = annotate("Les coupures d'eau touchent les communes de Ouled Fayet, Béni Tamou et "
                   "Aïn Benian depuis lundi.")
    labels = ents(doc)
    assert labels.get("Ouled Fayet") == "LOC"
    assert labels.get("Béni Tamou") == "LOC"


def test_acronym_like_word_after_an_article_is_not_a_person(nlp):
    from newsextract.nlp.entities.labels import organisation_from_article
    from newsextract.nlp.entities.lexicons import load_lexicons
    from newsextract.nlp.entities.mention import Mention

    doc = nlp.make_doc("Le vice-président de la Fndp a rencontré Lucie Tuche et la Tuche.")
    fndp = Mention(4, 5, "PER")
    tuche = Mention(11, 12, "PER")
    assert (doc[fndp.start].text, doc[tuche.start].text) == ("Fndp", "Tuche")
    organisation_from_article(doc, [fndp, Mention(7, 9, "PER"), tuche], load_lexicons(nlp))
    assert fndp.trigger_label == "ORG"
    assert tuche.trigger_label is None  # the surname of a person named in the article


# --- tokenisation of glued punctuation -----------------------------------------------------

def test_glued_dateline_and_quote_marks_are_split(annotate):
    doc = annotate("Le bilan a été confirmé à l'AFP.Les secours restent mobilisés à Quimper. "
                   "Le maire a prévenu.«Des renforts arrivent», a-t-il ajouté.")
    (afp,) = by_text(doc, "AFP")
    assert (afp.label_, afp._.entity["canonical"]) == ("ORG", "AFP")
    assert ents(doc).get("Quimper") == "LOC"
    texts = [s.text for s in doc.spans["entities"]]
    assert not any(t.startswith("«") or t in ("Des", "Les") for t in texts)


def test_full_stop_after_a_clock_time_ends_the_sentence(annotate):
    # "h." is no abbreviation at a sentence end, spaced or glued to the next sentence
    doc = annotate("Le cortège est parti à 14 h. Les marcheurs ont rejoint le port vers "
                   "15h30.Leur porte-parole Inès Garnier a pris la parole.", date="2021-05-08")
    times = [s.text for s in doc.spans["dates"]]
    assert "14 h" in times and "15h30" in times
    starts = [s[0].text for s in doc.sents]
    assert "Les" in starts and "Leur" in starts
    assert ents(doc).get("Inès Garnier") == "PER"


# --- places written as type word + name ----------------------------------------------------

def test_streets_squares_stations_and_roundabouts_are_places(annotate):
    doc = annotate("Le cortège a quitté la place de la Liberté, a longé le boulevard "
                   "Gambetta puis s'est dispersé devant la gare Saint-Charles et au rond-point "
                   "des Tilleuls.")
    for name in ("place de la Liberté", "boulevard Gambetta", "gare Saint-Charles",
                 "rond-point des Tilleuls"):
        (span,) = by_text(doc, name)
        assert (span.label_, span._.entity["canonical"]) == ("LOC", name)


def test_ordinal_district_is_a_place(annotate):
    doc = annotate("Elle loue un studio dans le 11e arrondissement depuis mars.")
    (span,) = by_text(doc, "11e arrondissement")
    assert span.label_ == "LOC"


def test_compound_place_name_with_an_infix_is_a_place(annotate):
    doc = annotate("Il est né à Bourg-lès-Valence et travaille à Châlons-en-Champagne.")
    labels = ents(doc)
    assert labels.get("Bourg-lès-Valence") == "LOC"
    assert labels.get("Châlons-en-Champagne") == "LOC"


def test_common_noun_before_a_place_is_not_part_of_it(annotate):
    doc = annotate("Les vestiges appartiennent à l'ancienne enceinte de Toul, disent les guides.")
    (span,) = by_text(doc, "Toul")
    assert span.label_ == "LOC"


def test_place_with_a_geographic_qualifier_is_one_region(annotate):
    doc = annotate("Les exportations vers l'Europe centrale ont doublé en deux ans.")
    (span,) = by_text(doc, "Europe centrale")
    assert (span.label_, span._.entity["canonical"]) == ("LOC", "Europe centrale")


# --- institutions: noun + de + place -------------------------------------------------------

def test_institution_named_after_its_town_is_one_organisation(annotate):
    doc = annotate("Le tribunal de grande instance de Vannes a renvoyé le dossier. "
                   "L'hôpital de Lorient et la mairie de Lorient ont porté plainte.")
    for name in ("tribunal de grande instance de Vannes", "hôpital de Lorient",
                 "mairie de Lorient"):
        (span,) = by_text(doc, name)
        assert (span.label_, span._.entity["canonical"]) == ("ORG", name)
    assert not by_text(doc, "Vannes") and not by_text(doc, "Lorient")


def test_title_ending_inside_a_mention_leaves_the_place(annotate):
    doc = annotate("Reçu lundi à Rome, Issa Kandé, président de la République du Niger, a parlé.")
    (span,) = by_text(doc, "Niger")
    assert span.label_ == "LOC"


def test_long_association_name_goes_past_commas_and_et(annotate):
    name = "Union nationale des retraités, veufs et orphelins de la marine"
    doc = annotate(f"L'{name} a écrit au préfet pour réclamer une audience.")
    (span,) = by_text(doc, name)
    assert (span.label_, span._.entity["canonical"]) == ("ORG", name)


def test_lowercase_expansion_headed_by_an_organisation_noun_is_an_organisation(annotate):
    doc = annotate("Une enquête a été confiée à la direction régionale des douanes (DRD). "
                   "La DRD a saisi deux tonnes de tabac.")
    spans = by_text(doc, "DRD")
    assert len(spans) == 2 and {s.label_ for s in spans} == {"ORG"}
    assert {s._.entity["canonical"] for s in spans} == {"direction régionale des douanes"}


# --- media, shops, acronyms ----------------------------------------------------------------

def test_newspaper_title_keeps_its_lowercase_article(annotate):
    doc = annotate("La tribune a paru mardi dans le Monde et a été commentée sur France info.")
    labels = ents(doc)
    assert labels.get("le Monde") == "ORG"
    assert labels.get("France info") == "ORG"
    assert "France" not in labels


def test_name_with_a_non_breaking_space_matches_the_gazetteer(annotate):
    doc = annotate("Il s'est exprimé jeudi sur Europe\u00a01 à propos des retraites.")
    (span,) = by_text(doc, "Europe\u00a01")
    assert span.label_ == "ORG"


def test_elided_name_in_other_capitals_matches_whole(annotate):
    # the case variant keeps the tokenizer's split of "l'" (no space after the apostrophe)
    doc = annotate("Le texte sera soumis vendredi au Conseil de sécurité de l'Onu à New York.")
    (span,) = by_text(doc, "Conseil de sécurité de l'Onu")
    assert span.label_ == "ORG"


@pytest.mark.negative
def test_common_noun_phrase_is_not_the_newspaper(annotate):
    doc = annotate("Tout le monde attendait la décision du juge depuis des mois.")
    assert "le monde" not in ents(doc)


def test_credit_line_sources_are_organisations(annotate):
    doc = annotate("Les négociations reprendront la semaine prochaine à Genève. (afp/ats)")
    labels = ents(doc)
    assert labels.get("afp") == "ORG" and labels.get("ats") == "ORG"


def test_credit_line_after_a_bracket_with_a_slash(annotate):
    # a party and canton in brackets ("(Verts/GE)") before the credit line: the article's
    # entities are all read, the credit's sources included
    doc = annotate("La députée Lucie Marchand (Verts/GE) a déposé un texte à Genève. Le "
                   "Conseil fédéral répondra en mars (ats/nxp)")
    labels = ents(doc)
    assert labels.get("Lucie Marchand") == "PER" and labels.get("Genève") == "LOC"
    assert labels.get("ats") == "ORG" and labels.get("nxp") == "ORG"


def test_chez_selects_a_firm_not_a_person(annotate):
    doc = annotate("Sa fille a travaillé dix ans chez Durandin avant d'ouvrir sa boutique.")
    (span,) = by_text(doc, "Durandin")
    assert span.label_ == "ORG"


def test_unknown_capital_acronym_is_an_organisation(annotate):
    doc = annotate("Le secrétaire général du SNPXT-CGT a dénoncé la réforme.")
    (span,) = by_text(doc, "SNPXT-CGT")
    assert span.label_ == "ORG"


@pytest.mark.negative
def test_taxes_measures_and_editorial_marks_are_not_entities(annotate):
    doc = annotate("La hausse de la CSG et du Smic a été votée en AG, malgré le RIC "
                   "(NDLR : référendum d'initiative citoyenne) réclamé dans la rue.")
    assert_not_entities(doc, "CSG", "Smic", "AG", "RIC", "NDLR")


def test_trade_and_movement_abbreviations_are_not_entities(annotate):
    doc = annotate("Les GJ ont donné RDV samedi à Rennes, place du marché. Un chauffeur VTC a "
                   "obtenu dix jours d'ITT après l'agression.")
    assert ents(doc) == {"Rennes": "LOC"}


# --- persons ---------------------------------------------------------------------------------

def test_particle_after_an_honorific_is_part_of_the_name(annotate):
    doc = annotate("Interrogé mardi, M. Di Stefano a refusé de commenter la décision.")
    (span,) = by_text(doc, "Di Stefano")
    assert span.label_ == "PER"


def test_shared_surname_goes_to_the_first_named_or_to_the_honorific(annotate):
    doc = annotate("Paul Lenoir et son épouse Claire Lenoir ont ouvert le bal.\n"
                   "Lenoir a ensuite remercié les musiciens.\n"
                   "Mme Lenoir a conclu la soirée.")
    lone = [s for s in by_text(doc, "Lenoir")]
    assert [s._.entity["canonical"] for s in lone] == ["Paul Lenoir", "Claire Lenoir"]


# --- filters ---------------------------------------------------------------------------------

def test_first_word_of_a_quotation_is_filtered_like_a_sentence_start(annotate):
    doc = annotate("Devant la mairie de Brest, les grévistes scandaient «Grève générale».")
    assert ents(doc).get("mairie de Brest") == "ORG"
    assert "Grève" not in ents(doc)


def test_a_hashtag_of_a_name_the_article_writes_is_kept(annotate):
    doc = annotate("Des milliers de personnes ont défilé samedi à Lille. #Lille #ActeXII")
    spans = by_text(doc, "Lille")
    assert len(spans) == 2 and {s.label_ for s in spans} == {"LOC"}
    assert not any("Acte" in s.text for s in doc.spans["entities"])


def test_spaced_dash_separates_two_names(annotate):
    doc = annotate("La rencontre Lens - Brest a été reportée à cause de la neige.")
    labels = ents(doc)
    assert "Lens" in labels and "Brest" in labels
    assert "Lens - Brest" not in labels


def test_complement_of_a_title_is_a_place_or_keeps_its_particle(annotate):
    doc = annotate("Ils prient la Vierge, vraie Reine de Pologne, chaque dimanche. "
                   "Le général de Lattre a débarqué en Provence.")
    labels = ents(doc)
    assert labels.get("Pologne") == "LOC"
    assert labels.get("de Lattre") == "PER"


def test_portfolio_tagged_with_the_minister_leaves_the_person(annotate):
    doc = annotate("Reçue à Dijon, la ministre des Sports Lucie Armand a salué les bénévoles.")
    (span,) = by_text(doc, "Lucie Armand")
    assert (span.label_, span._.entity["role"]) == ("PER", "ministre des Sports")


def test_hexagone_is_a_place(annotate):
    doc = annotate("Dans l'Hexagone, les prix de l'énergie montent encore cet hiver.")
    (span,) = by_text(doc, "Hexagone")
    assert span.label_ == "LOC"


def test_accented_expansion_links_its_acronym(annotate):
    doc = annotate("L'Établissement régional des eaux (ERE) a coupé l'eau. L'ERE promet un retour "
                   "rapide.")
    spans = by_text(doc, "ERE")
    assert len(spans) == 2 and {s.label_ for s in spans} == {"ORG"}
    assert {s._.entity["canonical"] for s in spans} == {"Établissement régional des eaux"}


@pytest.mark.negative
def test_expanded_tax_acronym_is_not_an_organisation(annotate):
    doc = annotate("La taxe sur la valeur ajoutée (TVA) augmente. La TVA rapporte beaucoup.")
    assert_not_entities(doc, "TVA", "taxe sur la valeur ajoutée")


# --- invisible characters (soft hyphens from print layout) -----------------------------------

def test_soft_hyphen_neither_splits_nor_mislabels_a_name(annotate):
    text = ("La produc\u00adtrice Marie-\u00adClaire Bellot a filmé la Loire-\u00adAtlantique. "
            "Bellot vit à Mont\u00adpellier.")
    doc = annotate(text)
    assert doc.text == text
    (person,) = by_text(doc, "Marie-\u00adClaire Bellot")
    assert person.label_ == "PER" and person._.entity["canonical"] == "Marie-Claire Bellot"
    (surname,) = by_text(doc, "Bellot")
    assert surname._.entity["canonical"] == "Marie-Claire Bellot"
    assert ents(doc).get("Loire-\u00adAtlantique") == "LOC"
    (town,) = by_text(doc, "Mont\u00adpellier")
    assert town.label_ == "LOC" and town._.entity["entity_key"] == "montpellier"


def test_invisible_characters_keep_offsets_on_the_original_text(nlp):
    text = "\u00adLe maire Jean Lan\u00adglois\u200b\u00ad a reçu  Paul Roy.\u00ad\n\u00adFin"
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert [t.text for t in doc][:5] == ["\u00adLe", "maire", "Jean",
                                         "Lan\u00adglois\u200b\u00ad", "a"]
    assert doc[3].norm_ == "langlois" and doc[3].shape_ == "Xxxxx"


# --- "chez" + one-word name: an employer after a word about work, else a person -------------

def test_chez_after_a_work_word_is_an_employer(annotate):
    doc = annotate("Claire Vidal, économiste chez Varnier, le confirme. Son roman est paru chez "
                   "Ferrand. Elle a été licenciée de chez Marbot en mars.")
    labels = ents(doc)
    assert (labels.get("Varnier"), labels.get("Ferrand"), labels.get("Marbot")) == \
        ("ORG", "ORG", "ORG")


def test_chez_reads_an_employer_only_after_a_work_word(annotate, nlp):
    from newsextract.nlp.entities.labels import employer_context
    from newsextract.nlp.entities.lexicons import load_lexicons

    doc = annotate("Elle est économiste chez Varnier. Ils sont allés chez Vasseur hier.")
    assert ents(doc).get("Varnier") == "ORG"  # the rule at work in the pipeline
    lex = load_lexicons(nlp)
    chez = [t.i for t in doc if t.text == "chez"]
    assert [employer_context(doc, i, lex) for i in chez] == [True, False]


# --- other occurrences of a tagged name --------------------------------------------------------

def test_other_occurrences_of_a_tagged_name_are_mentions(annotate):
    doc = annotate("Lina Bartoli est arrivée hier à Grenoble. Selon ses proches, Lina Bartoli n'a "
                   "rien dit. Le parti LFXM la soutient. Mais le bureau de LFXM se tait.")
    assert [s.label_ for s in by_text(doc, "Lina Bartoli")] == ["PER", "PER"]
    assert [s.label_ for s in by_text(doc, "LFXM")] == ["ORG", "ORG"]


@pytest.mark.negative
def test_a_tagged_name_inside_another_name_is_not_repeated(annotate):
    doc = annotate("Le club Vauclair soutient le projet. Le stade Vauclair Arena ouvre en mai.")
    assert not [s for s in doc.spans["entities"]
                if s.text == "Vauclair" and doc[s.end].text == "Arena"]


def test_district_takes_its_town(annotate):
    doc = annotate("Paul Roy, maire du 12e arrondissement de Lyon, a voté contre.")
    (span,) = by_text(doc, "12e arrondissement de Lyon")
    assert span.label_ == "LOC"
    assert not by_text(doc, "Lyon")


# --- a French adjective opening the sentence before a preposition -----------------------------

@pytest.mark.negative
def test_sentence_initial_adjective_before_a_preposition_is_not_a_name(annotate):
    doc = annotate("Hilare devant son écran, Luc Vernet commente le match. Furieux contre la "
                   "mairie, Paul Roy proteste.")
    assert_not_entities(doc, "Hilare", "Furieux")
    assert ents(doc).get("Luc Vernet") == "PER"


# --- an organisation noun and its complement before a one-word name ---------------------------

def test_organisation_noun_with_complement_labels_the_name(annotate):
    doc = annotate("Hier, la fédération des transports et de la logistique Varexo a écrit aux "
                   "préfets. Varexo redoute une semaine noire.")
    assert [s.label_ for s in by_text(doc, "Varexo")] == ["ORG", "ORG"]


def test_title_in_the_complement_keeps_the_person(annotate):
    doc = annotate("Le parti du président Lenoir a gagné les élections à Rennes.")
    assert ents(doc).get("Lenoir") == "PER"


def test_family_name_after_an_organisation_complement_stays_a_person(annotate):
    doc = annotate("Le conseil des anciens de la famille Dossat s'est réuni. Paul Dossat était "
                   "absent.")
    assert {s.label_ for s in by_text(doc, "Dossat")} == {"PER"}


# --- a full name coordinated with a person -------------------------------------------------------

def test_full_name_coordinated_with_a_person_is_a_person(annotate):
    doc = annotate("Deux élues, Margaux Pelletier et Solveig Tranvouez, ont signé la motion "
                   "jeudi soir.")
    assert ents(doc).get("Solveig Tranvouez") == "PER"


def test_place_coordinated_with_a_person_stays_a_place(annotate):
    doc = annotate("Entre Paul Roy et Le Havre, rien ne va plus depuis mars.")
    assert ents(doc).get("Le Havre") == "LOC"


def test_initial_and_surname_take_the_full_name():
    from newsextract.nlp.entities.canonical import fitting_persons
    names = [["Jeanne", "Ollivier"], ["J.", "Ollivier"], ["Paul", "Roy"]]
    assert fitting_persons(["J.", "Ollivier"], names) == [0]
    assert fitting_persons(["P.", "Ollivier"], names) == []


def test_initial_and_surname_canonical_in_an_article(annotate):
    doc = annotate("Jeanne Ollivier a quitté Rennes en mai. J. Ollivier, 39 ans, vit désormais à "
                   "Brest.")
    (span,) = by_text(doc, "J. Ollivier")
    assert span._.entity["canonical"] == "Jeanne Ollivier"


# --- a title after its contracted article ---------------------------------------------

def test_title_after_a_contracted_article_is_a_medium(annotate):
    doc = annotate("Le maire a confié au Parisien qu'il renonçait. Selon un article du Progrès, "
                   "la décision date de lundi.")
    labels = ents(doc)
    assert (labels.get("Parisien"), labels.get("Progrès")) == ("ORG", "ORG")


@pytest.mark.negative
def test_title_word_inside_another_name_is_not_a_medium(annotate):
    doc = annotate("La Coupe du Monde de rugby commence vendredi à Lyon.")
    assert_not_entities(doc, "Monde")


def test_city_hall_building_is_a_place(annotate):
    doc = annotate("Le conseil municipal a voté contre. Mille habitants se sont réunis à "
                   "l'Hôtel de "
                   "Ville pour en débattre avec la maire, Anne Vidal.")
    assert ents(doc).get("Hôtel de Ville") == "LOC"


def test_roundabout_written_without_hyphen_is_a_place(annotate):
    doc = annotate("Les manifestants ont bloqué le rond point du Lavandou avant de partir "
                   "vers Nice.")
    assert ents(doc).get("rond point du Lavandou") == "LOC"


def test_person_span_does_not_end_with_a_lowercase_word(annotate):
    doc = annotate('Les marcheurs scandaient +Lenoir démission+ devant la gare, raconte Paul Roy.')
    assert by_text(doc, "Lenoir") and not by_text(doc, "Lenoir démission+")


def test_canonical_full_name_is_written_as_in_the_text(annotate):
    doc = annotate("Jean-Baptiste Morvan a signé le texte. Morvan estime que le vote est acquis.")
    (span,) = by_text(doc, "Morvan")
    assert span._.entity["canonical"] == "Jean-Baptiste Morvan"


# --- regnal names ------------------------------------------------------------------------

def test_regnal_and_civil_noble_name_are_one_person(annotate):
    doc = annotate("Le prince Gaston IX, duc de Valmont, a publié une lettre aux maraîchers.\n"
                   "Gaston de Valmy, 51 ans, vit près de Tours depuis vingt ans.\n"
                   "« Il faut les entendre », insiste Gaston IX.")
    regnal = by_text(doc, "Gaston IX")
    assert len(regnal) == 2
    assert {s._.entity["canonical"] for s in regnal} == {"Gaston de Valmy"}
    (civil,) = by_text(doc, "Gaston de Valmy")
    assert {s._.entity["entity_id"] for s in regnal} == {civil._.entity["entity_id"]}


def test_regnal_name_keeps_its_ordinal_without_a_civil_name(annotate):
    doc = annotate("Le pape Urbain VIII a reçu le roi Albert Ier à Rome.")
    assert by_text(doc, "Urbain VIII")[0]._.entity["canonical"] == "Urbain VIII"
    assert by_text(doc, "Albert Ier")[0]._.entity["canonical"] == "Albert Ier"


def test_past_sovereign_is_not_the_living_noble():
    from newsextract.nlp.entities.canonical import civil_noble_name, regnal_name
    numerals, particles = frozenset({"IV", "XIV", "Ier"}), frozenset({"de", "d'"})
    assert regnal_name(["Robert", "IV"], numerals, particles) == ("robert", "iv")
    assert regnal_name(["Robert", "Martin"], numerals, particles) is None
    assert civil_noble_name(["Robert", "d'", "Arcy"], numerals, particles) == "robert"
    assert civil_noble_name(["Robert", "Martin"], numerals, particles) is None
    assert civil_noble_name(["Robert", "IV", "de", "Naples"], numerals, particles) is None


def test_ancestor_written_after_a_history_cue_keeps_his_name(annotate):
    doc = annotate("Gaston de Valmy, descendant de Gaston IV, a ouvert son château au public.\n"
                   "Gaston de Valmy y reçoit les visiteurs le dimanche.")
    (ancestor,) = by_text(doc, "Gaston IV")
    assert ancestor._.entity["canonical"] == "Gaston IV"


def test_regnal_name_without_particle_form_is_not_merged(annotate):
    doc = annotate("Sous Charles X, la ville comptait trois moulins, raconte Charles Morvan, "
                   "historien. Charles X avait signé les ordonnances.")
    assert {s._.entity["canonical"] for s in by_text(doc, "Charles X")} == {"Charles X"}


def test_ordinal_is_no_initial():
    from newsextract.nlp.entities.canonical import fitting_persons
    names = [["Paul", "I"], ["Paul", "II"]]
    assert fitting_persons(["Paul", "I"], names, frozenset({"I", "II"})) == []
    assert fitting_persons(["J.", "Ollivier"], [["Jeanne", "Ollivier"]], frozenset({"I"})) == [0]


# --- interviews, quotations, portfolios after "à", capitalised common nouns ------------------

def test_interview_speaker_mark_stays_out_of_the_name(annotate):
    doc = annotate("REVUEVOX.- Cette taxe va-t-elle durer ?\n"
                   "Marc VIDAL.- Je ne le crois pas, elle est trop impopulaire.")
    assert ents(doc).get("Marc VIDAL") == "PER"
    assert not [s for s in doc.spans["entities"] if s.text.endswith(".-")]


def test_capitalised_article_after_a_closed_quotation_starts_a_sentence(annotate):
    doc = annotate("La loi a été votée. « Nous avons gagné. » La France a applaudi.")
    assert ents(doc).get("France") == "LOC"
    assert "La France" not in ents(doc)


def test_portfolio_after_an_adjoint_or_a_secretary_is_not_an_entity(annotate):
    doc = annotate("L'adjoint aux Finances, Marc Giraud, a présenté le budget. Le secrétaire "
                   "au Commerce a rencontré le secrétaire de la CFDT.")
    labels = ents(doc)
    assert labels.get("Marc Giraud") == "PER" and labels.get("CFDT") == "ORG"
    assert "Finances" not in labels and "Commerce" not in labels


def test_mankind_capitalised_by_convention_is_not_an_organisation(annotate):
    doc = annotate("Les défenseurs des droits de l'Homme ont dénoncé la loi votée à Lomé.")
    labels = ents(doc)
    assert labels.get("Lomé") == "LOC"
    assert "Homme" not in labels


def test_known_demonym_after_a_masculine_cue_is_not_a_place(annotate):
    doc = annotate("Près d'un Belge sur dix n'a jamais voté, selon une étude publiée à Namur.")
    assert ents(doc).get("Namur") == "LOC"
    assert "Belge" not in ents(doc)


# --- a venue's proper name alone ----------------------------------------------------------

def test_short_name_of_a_venue_after_a_place_preposition_is_that_place(annotate):
    doc = annotate("Le cortège est parti de la place de la Fontaine vers midi. Vers 15 heures, "
                   "les manifestants sont arrivés à la Fontaine. D'autres attendaient à Nation. "
                   "Un second cortège a quitté la place de la Nation.")
    assert [s.label_ for s in by_text(doc, "Fontaine")] == ["LOC"]
    assert [s.label_ for s in by_text(doc, "Nation")] == ["LOC"]


@pytest.mark.negative
def test_short_name_of_a_venue_needs_a_place_preposition(annotate):
    doc = annotate("Un cortège a quitté la place de la Nation. Le président de la Nation a "
                   "répondu aux manifestants.")
    assert ents(doc).get("place de la Nation") == "LOC"
    assert not by_text(doc, "Nation")


def test_sentence_glued_to_a_name_by_a_lost_line_break_is_split(annotate):
    doc = annotate("Les grévistes et DupuisVers midi, le cortège est arrivé à Rennes. "
                   "#BalanceTonPorc reste un mot-dièse.")
    words = [t.text for t in doc]
    assert "Dupuis" in words and "Vers" in words and "BalanceTonPorc" in words
    assert ents(doc).get("Rennes") == "LOC"


def test_subhead_glued_to_an_elided_word_is_split_from_the_place(annotate):
    doc = annotate("Un incendie a ravagé un entrepôt à QuimperL'enquête a été confiée à la "
                   "gendarmerie. Des renforts venus de BrestD'autres pompiers sont arrivés.")
    words = [t.text for t in doc]
    assert "Quimper" in words and "L'" in words and "Brest" in words
    labels = ents(doc)
    assert labels.get("Quimper") == "LOC" and labels.get("Brest") == "LOC"


def test_article_cut_from_a_title_is_no_entity(annotate):
    doc = annotate("Tandis que Nord-Eclair optait pour un titre sobre, Le Courrier picard a "
                   "choisi la photo.")
    assert ents(doc) == {"Nord-Eclair": "ORG", "Courrier picard": "ORG"}


def test_target_of_a_protest_slogan_is_a_person(annotate):
    doc = annotate("Devant la gare, ils criaient « Dupuis démission ! » et « Lenoir, dégage ». "
                   "La démission du préfet était aussi réclamée.")
    labels = ents(doc)
    assert labels.get("Dupuis") == "PER" and labels.get("Lenoir") == "PER"
    assert "La" not in labels
    doc = annotate("Elles ont scandé «Vernon t'es foutu, on est dans la rue» devant la mairie.")
    assert ents(doc).get("Vernon") == "PER"  # a town's name too: the model reads a place
    doc = annotate("Sous les fenêtres de la préfecture, on entendait « Garnier, t'es cuit ».")
    assert ents(doc).get("Garnier") == "PER"  # any second-person address, not one wording


def test_classifier_before_a_naming_participle_labels_the_name(annotate):
    doc = annotate("Elle lance un parti politique baptisé « Les Vigilants » pour les "
                   "européennes. Une plateforme internet baptisée Rousseau recueille les avis.")
    labels = ents(doc)
    assert labels.get("Les Vigilants") == "ORG" and labels.get("Rousseau") == "ORG"


def test_arabic_family_name_with_its_article_is_a_person(annotate):
    doc = annotate("Les partisans de Moqtada al-Sadr ont manifesté à Bagdad. Le sommet s'ouvre "
                   "lundi à Charm el-Cheikh. Un puits a été creusé près de Bir el-Hadj.")
    labels = ents(doc)
    assert labels.get("Moqtada al-Sadr") == "PER"
    # after a place preposition, a name with an Arabic article is a town's
    assert labels.get("Charm el-Cheikh") == "LOC" and labels.get("Bir el-Hadj") == "LOC"


# --- an interviewee's name glued to the answer ---------------------------------------------

def interview(name: str, answer: str) -> str:
    """An interview written for these tests: the answer opens on the speaker's name."""
    return f"Entretien avec {name}, secrétaire départemental.\n\nQue demandez-vous ?\n\n" \
        f"{name} {answer}"


@pytest.mark.parametrize("answer", [
    "Oui, et pour cela nous demandons une hausse des salaires.",
    "Non, le gouvernement refuse de discuter.",
    "C'est une question de justice fiscale.",
])
def test_answer_word_after_an_interviewee_is_not_part_of_the_name(annotate, answer):
    doc = annotate(interview("Sophie Marchal", answer))
    persons = [s for s in doc.spans["entities"] if s.label_ == "PER"]
    assert [s.text for s in persons] == ["Sophie Marchal", "Sophie Marchal"]
    assert {s._.entity["canonical"] for s in persons} == {"Sophie Marchal"}


def test_answer_adverb_after_a_known_interviewee_is_cut(annotate):
    doc = annotate("Rencontre avec le syndicaliste Thierry Vasseur.\n\nComment va l'usine ?\n\n"
                   "Thierry Vasseur Effectivement, la direction veut fermer la ligne.")
    assert [s.text for s in by_text(doc, "Thierry Vasseur")] == ["Thierry Vasseur"] * 2
    assert {s._.entity["canonical"] for s in doc.spans["entities"]} == {"Thierry Vasseur"}


def test_person_opening_the_answer_is_split_from_the_interviewee(annotate):
    doc = annotate("Entretien avec l'économiste Hélène Castagné.\n\nLe gouvernement a-t-il raison ?"
                   "\n\nHélène Castagné Bruno Lemaire se trompe de cible, car les ménages "
                   "paient déjà beaucoup.")
    canonicals = {s.text: s._.entity["canonical"] for s in doc.spans["entities"]}
    assert canonicals == {"Hélène Castagné": "Hélène Castagné", "Bruno Lemaire": "Bruno Lemaire"}
    assert len(by_text(doc, "Hélène Castagné")) == 2


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_honorific_before_a_no_break_space_names_a_person(annotate, space):
    doc = annotate(f"Selon M.{space}Vautrin, le budget de la commune sera voté en juin. "
                   f"Me{space}Castagnède a demandé un renvoi de l'audience.")
    assert by_text(doc, "Vautrin")[0].label_ == "PER"
    assert by_text(doc, "Castagnède")[0].label_ == "PER"
    assert by_text(doc, "Vautrin")[0]._.entity["canonical"] == "Vautrin"


def test_honorific_before_a_no_break_space_keeps_the_particle(annotate):
    doc = annotate("Mme\u00a0Hélène de La Tourette a quitté la réunion avant la fin.")
    assert by_text(doc, "Hélène de La Tourette")[0].label_ == "PER"


def test_regional_newspapers_are_organisations(annotate):
    doc = annotate("Alors que Nord-Eclair jugeait le projet trop cher, Midi Libre "
                   "saluait une décision attendue.")
    assert by_text(doc, "Nord-Eclair")[0].label_ == "ORG"
    assert by_text(doc, "Midi Libre")[0].label_ == "ORG"


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_first_name_with_an_age_apposition_is_a_person(annotate, space):
    doc = annotate(f"Sur le parking, Ysaline, 27{space}ans, distribue des tracts aux passants.")
    assert by_text(doc, "Ysaline")[0].label_ == "PER"


@pytest.mark.negative
def test_a_duration_after_an_adverb_is_no_age(annotate):
    doc = annotate("Ensuite, 12 ans après la fermeture, le site a rouvert ses portes.")
    assert_not_entities(doc, "Ensuite")


def test_inverted_subject_of_a_speech_verb_is_a_person(annotate):
    doc = annotate("« Personne ne nous écoute », explique Zorglinde. "
                   "Comme l'explique Ombeline, la colère monte au village.")
    assert by_text(doc, "Zorglinde")[0].label_ == "PER"
    assert by_text(doc, "Ombeline")[0].label_ == "PER"


def test_first_name_speaker_resolves_through_the_person(annotate):
    doc = annotate("Devant la mairie, Ysaline, 27 ans, attend depuis le matin. "
                   "« Nous ne partirons pas sans réponse », dit-elle.")
    quotes = list(doc.spans["quotes"])
    assert quotes and quotes[0]._.quote["speaker"] == "Ysaline"


def test_speech_verb_subject_relabels_the_same_name_elsewhere(annotate):
    doc = annotate("Hier, Paul, Luc ont crié plus fort que les autres. "
                   "« On ne lâchera rien », dit Luc, qui porte un gilet.")
    assert [s.label_ for s in by_text(doc, "Luc")] == ["PER", "PER"]


def test_full_name_after_a_function_is_a_person_in_every_mention(annotate):
    doc = annotate("La mairie a ouvert un guichet pour les artisans sinistrés, a annoncé le maire "
                   "Gérard Tellier lundi. Les élus de la majorité ont salué la méthode dans la "
                   "ville de Gérard Tellier, où les commerces ont rouvert.")
    assert [s.label_ for s in by_text(doc, "Gérard Tellier")] == ["PER", "PER"]


def test_one_word_member_of_an_enumeration_takes_the_label_the_others_share(annotate):
    doc = annotate("Les barrages ont été levés à Chaumont, Joinville, Vaubrun, Wassy et "
                   "Sarlieu dans la nuit.")
    assert ents(doc) == {"Chaumont": "LOC", "Joinville": "LOC", "Vaubrun": "LOC",
                         "Wassy": "LOC", "Sarlieu": "LOC"}


def test_acronym_in_an_enumeration_of_towns_keeps_its_label(annotate):
    doc = annotate("Les clubs présents, Vernay, Lussac, Sarlieu, Vaubrun et l'USCB, ont signé "
                   "la convention.")
    assert ents(doc)["Vaubrun"] == "LOC" and ents(doc)["USCB"] in {"ORG", "MISC"}


def test_name_in_a_fixed_expression_is_no_entity(annotate):
    doc = annotate("Les échanges extérieurs, talon d'Achille de l'économie, ont progressé. "
                   "Cette dette est une épée de Damoclès pour Bercy.")
    assert ents(doc) == {"Bercy": "LOC"}


@pytest.mark.parametrize("text, expected", [
    # a function in apposition makes a person of a full name the model reads as a place
    ("Les micros resteront coupés durant les débats, a réagi Lorraine Vasseur, l'avocate du "
     "syndicat.", {"Lorraine Vasseur": "PER"}),
    # ... but not of a place after a preposition
    ("À Hong Kong, le chef de l'exécutif a présenté un budget de crise.", {"Hong Kong": "LOC"}),
    # a capitalised head noun types the name it starts
    ("Le ministre est allé Cours Mirabeau saluer les forains, puis a donné une interview "
     "au Journal du Soir.", {"Cours Mirabeau": "LOC", "Journal du Soir": "ORG"}),
    # ... except a place noun whose "de" complement makes no name (a race)
    ("Le cycliste a remporté une étape du Tour de France l'an dernier.",
     {"Tour de France": "MISC"}),
    # the speaker of an inverted speech verb with an indefinite description is a person
    ("« Nous tiendrons jusqu'au bout », explique Lorraine, une aide-soignante de Brest.",
     {"Lorraine": "PER", "Brest": "LOC"}),
])
def test_labels_from_the_words_around_a_name(annotate, text, expected):
    labels = ents(annotate(text))
    assert {name: labels.get(name) for name in expected} == expected


def test_compound_first_name_split_by_the_tokenizer_stays_in_the_name(annotate):
    doc = annotate("ANALYSE - Gilles-Marie Tavernier s'étonne de la lenteur du chantier.\n"
                   "Tavernier réclame un audit.")
    spans = [s for s in doc.spans["entities"] if s.label_ == "PER"]
    assert [s.text for s in spans] == ["Gilles-Marie Tavernier", "Tavernier"]
    assert {s._.entity["canonical"] for s in spans} == {"Gilles-Marie Tavernier"}


def test_hyphenated_pair_after_a_pair_noun_is_two_names(annotate):
    doc = annotate("Sur le trajet Rennes-Quimper, les retards se multiplient depuis lundi.")
    assert [(s.text, s.label_) for s in doc.spans["entities"]] == [("Rennes", "LOC"),
                                                                   ("Quimper", "LOC")]


def test_hyphenated_pair_of_persons_named_apart_in_the_article(annotate):
    doc = annotate("Le tandem Morlaix-Dussol gagne. Paul Morlaix et Anne Dussol ont parlé.")
    canonical = {s.text: s._.entity["canonical"] for s in doc.spans["entities"]
                 if s.label_ == "PER"}
    assert canonical["Morlaix"] == "Paul Morlaix"
    assert canonical["Dussol"] == "Anne Dussol"


def test_direction_after_a_hyphen_stays_in_the_place(annotate):
    doc = annotate("Les combats ont repris à Tripoli-Est. L'Est du pays reste calme. "
                   "Tripoli est sous couvre-feu.")
    assert ents(doc).get("Tripoli-Est") == "LOC"


def test_plural_and_masculine_place_qualifiers_join_the_place(annotate):
    doc = annotate("Il neige dans les Vosges centrales et dans le Jura méridional.")
    labels = ents(doc)
    assert labels.get("Vosges centrales") == "LOC"
    assert labels.get("Jura méridional") == "LOC"


def test_name_after_a_preposition_of_time_is_an_event(annotate):
    doc = annotate("Le Grexit inquiète les armateurs. Avant le Grexit, les ventes montaient. "
                   "Lors de la COP31, les délégués ont parlé. La COP31 a fermé.")
    assert [(s.text, s.label_) for s in doc.spans["entities"]] == [
        ("Grexit", "MISC"), ("Grexit", "MISC"), ("COP31", "MISC"), ("COP31", "MISC")]


def test_name_after_a_phrase_of_time_is_an_event(annotate):
    doc = annotate("À l'issue de la COP31, les négociateurs sont rentrés à Brasilia.")
    assert ("COP31", "MISC") in [(s.text, s.label_) for s in doc.spans["entities"]]


def test_organisation_after_d_apres_is_a_source_not_an_event(annotate):
    doc = annotate("D'après la CFTC, le syndicat chrétien, les salaires stagnent. "
                   "La CFTC réclame une hausse.")
    assert {s.label_ for s in by_text(doc, "CFTC")} == {"ORG"}


def test_name_coined_with_an_event_ending_is_an_event(annotate):
    doc = annotate("Le Grexit divise encore les armateurs du Pirée.")
    assert ("Grexit", "MISC") in [(s.text, s.label_) for s in doc.spans["entities"]]


# --- classes read on the blind entities tuning set (eval/tuneset_entities) ----------------

def test_name_before_an_aged_description_is_a_person(annotate):
    doc = annotate("« On ne lâchera rien », souffle non loin de là Maëlle Durandin, une "
                   "Nantaise de 34 ans qui vit à Rennes.")
    assert ents(doc).get("Maëlle Durandin") == "PER"


def test_place_before_an_aged_description_stays_a_place(annotate):
    doc = annotate("Le cortège a défilé dans le Finistère. A Quimperlé, une retraitée de 70 "
                   "ans a été blessée à la jambe. Les marcheurs ont rejoint Concarneau, une "
                   "ville de 1 000 ans d'histoire.")
    assert ents(doc).get("Quimperlé") == "LOC"
    assert ents(doc).get("Concarneau") == "LOC"


def test_first_name_after_the_agency_that_got_the_words_is_a_person(annotate):
    doc = annotate("« Nous resterons jusqu'au bout », a déclaré à l'AFP Gaëtan, sans "
                   "vouloir donner son nom.")
    assert ents(doc).get("Gaëtan") == "PER"
    assert ents(doc).get("AFP") == "ORG"


def test_title_glued_to_the_person_who_spoke_to_it_is_two_names(annotate):
    doc = annotate("« Rien n'a changé depuis l'hiver », explique au Parisien Hortense "
                   "Vallier, porte-parole du collectif des riverains.")
    labels = ents(doc)
    assert labels.get("Parisien") == "ORG"
    assert labels.get("Hortense Vallier") == "PER"


def test_acronym_spelled_with_a_syllable_takes_its_expansion(annotate):
    doc = annotate("L'Office régional de gestion des marais (Orgem) a publié son bilan. "
                   "Selon l'Orgem, les travaux prendront deux ans.")
    acronyms = by_text(doc, "Orgem")
    assert acronyms and {s.label_ for s in acronyms} == {"ORG"}
    assert {s._.entity["canonical"] for s in acronyms} == {
        "Office régional de gestion des marais"}


def test_acronym_spelling_function_words_and_syllables():
    skip = frozenset({"de", "la", "des", "du", "l'"})
    assert acronym_matches("DLF", ["Debout", "la", "France"], skip, loose=True)
    assert not acronym_matches("DLF", ["Debout", "la", "France"], skip)
    assert acronym_matches("Orgem", ["Office", "régional", "de", "gestion", "des",
                                     "marais"], skip, loose=True)
    assert not acronym_matches("ABC", ["Agence", "nationale"], skip, loose=True)


def test_structure_and_union_acronyms_make_one_organisation(annotate):
    doc = annotate("Le secrétaire général de l'UD CGT de la Sarthe, Yann Perrotin, a "
                   "appelé à la grève.")
    assert ents(doc).get("UD CGT") == "ORG"


def test_former_prefix_is_not_part_of_the_name(annotate):
    doc = annotate("Elle a quitté l'ex-UMP en 2015 pour rejoindre l'ex-Front national, "
                   "puis le parti de son frère.")
    labels = ents(doc)
    assert labels.get("UMP") == "ORG"
    assert labels.get("Front national") == "ORG"


def test_maghreb_place_cut_at_a_particle_is_whole(annotate):
    doc = annotate("Les habitants du douar de Ouled Si Brahim et de la commune d'Aïn "
                   "El-Kadra réclament une route et une école.")
    labels = ents(doc)
    assert labels.get("Ouled Si Brahim") == "LOC"
    assert labels.get("Aïn El-Kadra") == "LOC"


def test_signature_with_initials_is_a_person(annotate):
    doc = annotate("La route de la corniche sera fermée une semaine pour travaux.\n\n"
                   "K. MERABTINE")
    assert ents(doc).get("K. MERABTINE") == "PER"


@pytest.mark.negative
def test_unaccented_ca_at_a_quotation_start_is_no_name(annotate):
    doc = annotate("« Ca suffit maintenant », lance une passante devant la mairie de Brest.")
    assert_not_entities(doc, "Ca")


def test_foundation_named_after_a_person_is_an_organisation(annotate):
    doc = annotate("Selon une étude de la fondation Émile-Durandeau publiée mardi, les "
                   "ronds-points restent occupés.")
    assert ents(doc).get("fondation Émile-Durandeau") == "ORG"


def test_noun_of_an_en_phrase_is_not_part_of_the_name(annotate):
    doc = annotate("La cagnotte a été ouverte sur la plateforme en ligne Dongo, qui l'a "
                   "fermée mardi soir.")
    assert ents(doc).get("Dongo") == "ORG"
    assert_not_entities(doc, "ligne Dongo")


def test_first_name_after_a_clitic_and_an_inverted_speech_verb_is_a_person(annotate):
    doc = annotate("Les pêcheurs attendaient la fin de la grève depuis des jours, y a déclaré "
                   "à l'AFP Josué, un marin à la retraite depuis longtemps.")
    assert ents(doc).get("Josué") == "PER"
    [quote] = doc.spans["quotes"]
    assert quote._.quote["speaker"] == "Josué"
    assert quote._.quote["speaker_entity_id"] is not None


def test_demonym_before_a_person_named_in_full_is_no_place(annotate):
    doc = annotate("Le sommet s'est ouvert à Genève. La Britannique Alice Thornbury et "
                   "l'Allemand Hans Kessler y représentent leurs gouvernements.")
    labels = ents(doc)
    assert labels.get("Alice Thornbury") == "PER"
    assert labels.get("Hans Kessler") == "PER"
    assert "Britannique" not in labels and "Allemand" not in labels


def test_author_of_a_linked_column_is_a_person(annotate):
    doc = annotate("Le prix du pain a encore augmenté à Lyon, selon les boulangers.\n\n"
                   "Lire aussi\u00a0Quervallec -\u00a0Le pain de demain\n\n"
                   "Les boulangers protestent, dit Paul Verhaegen.")
    assert ents(doc).get("Quervallec") == "PER"
    assert ents(doc).get("Paul Verhaegen") == "PER"


@pytest.mark.negative
def test_linked_topic_is_no_author(annotate):
    doc = annotate("Le prix du pain a encore augmenté à Lyon, selon les boulangers.\n\n"
                   "Lire aussi\u00a0Réformes -\u00a0Ce qui change en mars\n\n"
                   "Les boulangers protestent, dit Paul Verhaegen.")
    assert_not_entities(doc, "Réformes")


def test_institute_named_after_a_survey_noun_is_an_organisation(annotate):
    doc = annotate("Selon un sondage Sondex de mercredi, la réforme recule. Le baromètre "
                   "Quorvia publié lundi et une enquête Civimètre-Data le confirment. "
                   "Sondex interrogeait mille personnes.")
    assert [s.text for s in by_text(doc, "Sondex")] == ["Sondex", "Sondex"]
    assert {s.label_ for s in by_text(doc, "Sondex")} == {"ORG"}
    assert ents(doc).get("Quorvia") == "ORG"
    assert ents(doc).get("Civimètre-Data") == "ORG"


def test_person_whose_surname_is_a_known_brand_keeps_the_given_name(annotate):
    doc = annotate("L'avocate Claire-Marie Leclerc a plaidé mardi. Le juge Bastien "
                   "Peugeot, installé à Nantes, a répondu. Les prix baissent chez Leclerc.")
    assert ents(doc).get("Claire-Marie Leclerc") == "PER"
    assert ents(doc).get("Bastien Peugeot") == "PER"
    assert [s.label_ for s in by_text(doc, "Leclerc")] == ["ORG"]


def test_lowercase_institut_classifies_the_firm_it_names(annotate):
    doc = annotate("La cote du maire recule, selon l'institut Sondex. Un chercheur de "
                   "l'Institut Lavergne la commente. Un partenariat associe l'institut "
                   "allemand du Chili et Andexa depuis avril.")
    labels = ents(doc)
    assert labels.get("Sondex") == "ORG"
    assert labels.get("Institut Lavergne") == "ORG"
    # an adjective after the noun: no name follows it, the whole is the name
    assert labels.get("institut allemand du Chili") == "ORG"


def test_maghreb_name_with_an_apostrophe_is_one_name(annotate):
    # "M’" + "barki": the tokenizer cuts the name like an elision
    doc = annotate("Le directeur de la santé, Karim M’barki, a visité l’hôpital mardi. Une "
                   "effigie de Rachid M’henda circule.")
    assert ents(doc).get("Karim M’barki") == "PER"
    assert ents(doc).get("Rachid M’henda") == "PER"


def test_enumeration_of_places_counts_a_member_labelled_by_its_prefix(annotate):
    doc = annotate("Plusieurs villages de la commune, à l’instar de Tizrit, El-Kerma, Ouled "
                   "Djemaa, H’mazla et El-Annasser, réclament des routes.")
    labels = ents(doc)
    assert labels.get("H’mazla") == "LOC"
    assert labels.get("El-Annasser") == "LOC"


def test_client_glued_to_a_poll_institute_keeps_its_own_name(annotate):
    doc = annotate("Un sondage Odalys pour Ouest Matin publié mardi place la maire en tête.")
    assert ents(doc).get("Odalys") == "ORG"
    assert ents(doc).get("Ouest Matin") == "ORG"


@pytest.mark.negative
def test_survey_named_by_a_common_noun_is_no_institute(annotate):
    doc = annotate("L'enquête Soldes d'été montre une baisse des ventes. La commission "
                   "d'enquête Jeanne Martin a rendu son rapport.")
    assert ents(doc).get("Jeanne Martin") == "PER"
    assert_not_entities(doc, "Soldes")


def test_regional_edition_of_a_medium_is_one_organisation(annotate):
    doc = annotate("Les images, diffusées par France\u00a03\u00a0Provence-Alpes, montrent la "
                   "scène. "
                   "Interrogé sur France Bleu Gironde, le maire a réagi. Invité sur France 3 "
                   "Jeanne Martin a répondu.")
    labels = ents(doc)
    assert labels.get("France\u00a03\u00a0Provence-Alpes") == "ORG"
    assert labels.get("France Bleu Gironde") == "ORG"
    assert labels.get("France 3") == "ORG"
    assert labels.get("Jeanne Martin") == "PER"


def test_a_regional_edition_stays_on_its_line_and_takes_no_common_word(annotate):
    # the next paragraph's first words and a capitalised function word are no edition
    doc = annotate("Le reportage a été diffusé sur France 3\n\nLes éleveurs de Bretagne "
                   "protestent. Elle parlait sur France Bleu Ce matin-là, il pleuvait.")
    labels = ents(doc)
    assert labels.get("France 3") == "ORG"
    assert labels.get("France Bleu") == "ORG"
    assert not any(text.startswith(("France 3 ", "France Bleu ")) for text in labels)


def test_camel_case_name_written_with_one_capital_is_the_same_name():
    from newsextract.nlp.entities.gazetteer import first_capital_variants

    variants = first_capital_variants([{"label": "ORG", "pattern": "VoxTel", "id": "VoxTel"},
                                       {"label": "ORG", "pattern": "Croix-Rouge", "id": "CR"}])
    assert variants == [{"label": "ORG", "pattern": "Voxtel", "id": "VoxTel"}]


def test_person_named_in_full_then_glued_in_a_display_name_is_that_person(annotate):
    doc = annotate("La secrétaire d'État Jeanne Dallier a salué la décision sur Twitter. Une "
                   "étape importante pour toutes les victimes.— JeanneDallier (@JeanneDallier) "
                   "12 mars 2019")
    [glued] = by_text(doc, "JeanneDallier")
    assert glued.label_ == "PER"
    assert glued._.entity["canonical"] == "Jeanne Dallier"


def test_short_form_of_an_organisation_named_in_full_is_that_organisation(annotate):
    doc = annotate("Selon l'Église catholique, le texte est injuste. L'Église demande un "
                   "débat, dit Anne Morel.")
    labels = ents(doc)
    assert labels.get("Église catholique") == "ORG"
    assert labels.get("Église") == "ORG"


def test_sports_competition_is_an_event_and_a_city_stays_a_place(annotate):
    doc = annotate("Le choc de Ligue 1 du week-end, Nantes - Brest, est renvoyé à une date "
                   "ultérieure par la préfecture.")
    labels = ents(doc)
    assert labels.get("Ligue 1") == "MISC"
    assert labels.get("Nantes") == "LOC"


def test_shop_noun_gives_the_label_of_the_brand_after_it(annotate):
    doc = annotate("Des tags ont visé une boutique Brioval dans la nuit de samedi.")
    assert ents(doc).get("Brioval") == "ORG"


@pytest.mark.parametrize("text, word, rest_of_a_name", [
    # an elided article, preposition or pronoun before a mute h is an elision
    ("L’hôpital de la ville a rouvert lundi.", "hôpital", False),
    ("D'habitude, le marché ferme à midi.", "habitude", False),
    ("J'habite ici depuis dix ans.", "habite", False),
    # a capital and an apostrophe before a consonant head a Maghreb name
    ("Le boulanger Samir M’hadra a témoigné.", "hadra", True),
])
def test_elision_before_h_is_no_apostrophe_name(nlp, text, word, rest_of_a_name):
    from newsextract.nlp.entities.boundaries import ends_apostrophe_name
    doc = nlp.make_doc(text)  # the tokens alone answer: a pure function of the layer
    (i,) = [t.i for t in doc if t.text == word]
    assert ends_apostrophe_name(doc, i) is rest_of_a_name


def test_time_complement_run_on_into_a_name_is_cut(annotate):
    doc = annotate("Des élections ont eu lieu en République démocratique du Congo lundi. Le "
                   "ministre a confié à L'Avenir samedi dernier qu'il partirait.")
    assert "République démocratique du Congo" in ents(doc)
    assert_not_entities(doc, "République démocratique du Congo lundi", "L'Avenir samedi",
                        "L'Avenir samedi dernier")


@pytest.mark.parametrize("words, name", [
    ("Le Quotidien ce mardi", "Le Quotidien"),
    ("Lyon samedi soir", "Lyon"),
    ("Lyon hier", "Lyon"),
    # the day of a name's complement, or a capitalised day, is the name's own
    ("le Journal du dimanche", "le Journal du dimanche"),
    ("Humanité Dimanche", "Humanité Dimanche"),
])
def test_time_tail_start(nlp, words, name):
    from newsextract.nlp.entities.lexicons import load_lexicons
    from newsextract.nlp.entities.time_tails import time_tail_start
    doc = nlp.make_doc(words)  # the tokens alone answer: a pure function of the layer
    assert doc[:time_tail_start(doc, 0, len(doc), load_lexicons(nlp))].text == name


def test_noun_of_a_case_named_after_a_person_is_no_part_of_the_name(annotate):
    doc = annotate("Depuis sept mois, l'affaire Dallier ne cesse pas d'empoisonner l'exécutif.")
    assert ents(doc).get("Dallier") == "PER"
    assert_not_entities(doc, "affaire Dallier")


def test_verb_with_its_clitic_pronoun_is_no_name(annotate):
    doc = annotate("Croyez-vous encore au père Noël ? Selon le collectif militant "
                   "«Protégeons-les», 20 personnes ont été blessées. Il vit à Montceau-les-Mines.")
    assert_not_entities(doc, "Croyez", "Croyez-vous", "Protégeons")
    assert ents(doc).get("Montceau-les-Mines") == "LOC"


@pytest.mark.parametrize("words, verb", [
    ("Croyez-vous encore", True),
    ("«Protégeons-les»", True),
    # the small word goes on into the name: glued or before a capitalised word
    ("à Montceau-les-Mines", False),
    ("pour Kervan-la Gazette", False),
])
def test_clitic_end(nlp, words, verb):
    from newsextract.nlp.entities.clitics import clitic_end
    from newsextract.nlp.entities.lexicons import load_lexicons
    doc = nlp.make_doc(words)  # the tokens alone answer: a pure function of the layer
    (i,) = [t.i for t in doc if t.text[:1].isupper()][:1]
    assert (clitic_end(doc, i, load_lexicons(nlp)) is not None) is verb


# --- given names (nlp/entities/given_names.py) ----------------------------------------------
# Sentences where the model tags the first name MISC or a place, or misses or cuts the name.

def test_given_name_with_an_indefinite_description_is_a_person(annotate):
    doc = annotate("Au marché, Josiane, une vendeuse de fromages, raconte que les clients "
                   "se font rares.")
    assert ents(doc).get("Josiane") == "PER"


@pytest.mark.negative
def test_place_with_an_indefinite_description_stays_a_place(annotate):
    doc = annotate("Le cortège a traversé Nancy avant midi. Nancy, une ville de Lorraine, "
                   "accueille le congrès.")
    assert ents(doc).get("Nancy") != "PER"


def test_given_name_subject_of_a_verb_the_model_calls_a_thing_is_a_person(annotate):
    doc = annotate("Il suffit de demander la doyenne pour que Josiane pointe le bout de "
                   "son nez.")
    assert ents(doc).get("Josiane") == "PER"


def test_given_name_with_the_changed_name_note_is_a_person(annotate):
    doc = annotate("« Je ne dors plus », souffle Josiane (le prénom a été modifié).")
    assert ents(doc).get("Josiane") == "PER"
    quotes = list(doc.spans["quotes"])
    assert quotes and quotes[0]._.quote["speaker"] == "Josiane"


def test_given_name_and_surname_after_a_locution_of_the_medium_is_a_person(annotate):
    doc = annotate("« Nous avons tout perdu », a déploré auprès de l'AFP Mirela Karvetti, "
                   "une quinquagénaire de Lyon.")
    assert ents(doc).get("Mirela Karvetti") == "PER"
    quotes = list(doc.spans["quotes"])
    assert quotes and quotes[0]._.quote["speaker"] == "Mirela Karvetti"


def test_given_name_coordinated_with_a_person_is_a_person(annotate):
    doc = annotate("Dans le cortège, Loïc et Josiane racontent leur colère.")
    assert ents(doc).get("Josiane") == "PER"
    assert ents(doc).get("Loïc") == "PER"


def test_place_that_completes_an_organisation_noun_stays_a_place(annotate):
    doc = annotate("Les manifestants ont choisi Vierzon, au centre de la France, pour se réunir. "
                   "Le syndicat de la police Vigilance appelle à la grève.")
    assert ents(doc).get("France") == "LOC"
    assert ents(doc).get("Vigilance") == "ORG"


def test_portfolio_in_parentheses_after_a_minister_is_no_organisation(annotate):
    doc = annotate("Pour Paul Lenoir (Économie), ces troubles sont graves. Anne Durand (Travail) "
                   "en a appelé aux entreprises, avec Marc Vidal (LR), élu de Soissons (Aisne).")
    assert ents(doc).get("Anne Durand") == "PER"
    assert ents(doc).get("LR") == "ORG" and ents(doc).get("Aisne") == "LOC"
    assert_not_entities(doc, "Économie", "Travail")


def test_surname_alone_takes_the_person_named_in_full_elsewhere(annotate):
    doc = annotate("Marchal et Wendling ont échangé en privé avant le débat\n"
                   "Le président Hugo Marchal et la députée Sophie Wendling se sont parlé mardi.")
    (alone,) = [s for s in by_text(doc, "Marchal")]
    assert alone.label_ == "PER" and alone._.entity["canonical"] == "Hugo Marchal"


def test_line_of_initials_alone_is_a_signature_not_a_person(annotate):
    doc = annotate("Certains villageois déclarent que leur bourgade s'est retrouvée envahie "
                   "de boue la semaine passée.\nR. B.\nTifra : Les villageois de Tazrout "
                   "interpellent le wali\nLe chauffeur, S.B., 44 ans, a été arrêté à Liège.\nR. B.")
    assert ents(doc).get("Tazrout") == "LOC" and ents(doc).get("S.B.") == "PER"
    assert_not_entities(doc, "R. B.")
    doc = annotate("Le 24 décembre, un chauffeur s'est rendu à Tazrout pour témoigner. S. A.")
    assert ents(doc).get("Tazrout") == "LOC"
    assert_not_entities(doc, "S. A.")
