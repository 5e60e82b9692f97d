"""The participant registry (newsextract_participants): who takes part in an article, on
sentences written for these tests."""

from __future__ import annotations

import pytest

from newsextract.nlp.participants.lookup import by_entity, resolve


def _participant(doc, name: str) -> dict:
    found = [p for p in doc._.participants if p["name"] == name]
    assert found, [p["name"] for p in doc._.participants]
    return found[0]


def _mention_texts(doc, p: dict) -> list[str]:
    return [doc.text[start:end] for start, end, _ in p["mentions"]]


def test_title_before_a_name_is_a_description_and_a_later_mention(annotate):
    doc = annotate("Le ministre de la Mer Paul Durand a visité l'usine lundi. Le ministre "
                   "a promis de revenir avant l'été.")
    p = _participant(doc, "Paul Durand")
    assert p["kind"] == "PER" and "ministre" in p["heads"]
    assert "ministre de la Mer" in p["descriptions"]
    assert "Le ministre" in _mention_texts(doc, p)


def test_title_complement_tells_no_gender(annotate):
    # "Finances" and "Culture" are feminine nouns of the complement, not of the title
    doc = annotate("Le ministre des Finances Hugo Vasseur a reçu les syndicats. La ministre "
                   "de la Culture Inès Garnier était absente. L'émission de Théo Lambert a "
                   "battu un record.")
    assert _participant(doc, "Hugo Vasseur")["gender"] == "Masc"
    assert _participant(doc, "Inès Garnier")["gender"] == "Fem"
    assert _participant(doc, "Théo Lambert")["gender"] != "Fem"


def test_description_goes_to_the_participant_it_fully_describes(annotate):
    doc = annotate("«Nous tiendrons», a dit le Premier ministre belge Jean Dumont. Le "
                   "ministre des Finances Pierre Lucas a parlé ensuite. Une concertation "
                   "aura lieu en mars, a confirmé le Premier ministre.")
    dumont = _participant(doc, "Jean Dumont")
    assert "le Premier ministre" in _mention_texts(doc, dumont)
    assert "le Premier ministre" not in _mention_texts(doc, _participant(doc, "Pierre Lucas"))


def test_apposition_after_a_name_skips_the_age(annotate):
    doc = annotate("Marie Lenoir, 45 ans, chauffeuse routière, attendait devant la grille "
                   "depuis l'aube. Vers midi, la chauffeuse est repartie.")
    p = _participant(doc, "Marie Lenoir")
    assert p["descriptions"] == ["chauffeuse routière"]
    assert p["gender"] == "Fem" and p["number"] == "Sing"
    assert "la chauffeuse" in _mention_texts(doc, p)


def test_honorific_stands_for_a_description(annotate):
    doc = annotate("Me Julien Roux plaidera jeudi devant le tribunal de Lille. L'avocat a "
                   "demandé un renvoi de l'audience.")
    p = _participant(doc, "Julien Roux")
    assert "avocat" in p["heads"]
    assert "L'avocat" in _mention_texts(doc, p)


def test_short_name_and_full_name_are_one_participant(annotate):
    doc = annotate("Hélène Castagnet dirige la coopérative depuis dix ans. Castagnet refuse "
                   "de vendre les terrains aux promoteurs.")
    people = [p for p in doc._.participants if p["kind"] == "PER"]
    assert [p["name"] for p in people] == ["Hélène Castagnet"]
    assert len([m for m in people[0]["mentions"] if m[2] == "name"]) == 2


def test_acronym_and_expansion_are_one_participant(annotate):
    doc = annotate("Le Conseil national des pêcheurs (CNP) a publié un avis mardi. Le CNP "
                   "réclame une réunion avec les préfets.")
    orgs = [p for p in doc._.participants if p["kind"] == "ORG"]
    assert len(orgs) == 1 and "CNP" in orgs[0]["names"]
    assert orgs[0]["name"] == "Conseil national des pêcheurs"


def test_unnamed_group_of_people_is_a_participant(annotate):
    doc = annotate("Les riverains se sont réunis devant la mairie. Les riverains réclament un "
                   "nouveau feu rouge au carrefour.")
    groups = [p for p in doc._.participants if p["kind"] == "GROUP"]
    assert [g["name"] for g in groups] == ["riverains"]
    assert groups[0]["number"] == "Plur" and len(groups[0]["mentions"]) == 2


def test_a_gendered_description_means_a_holder_of_that_gender(annotate):
    doc = annotate("La ministre de la Culture, Hélène Vautrin, et le ministre du Travail, "
                   "Luc Ferrand, ont ouvert le salon. La ministre a salué les exposants. "
                   "Le ministre a quitté les lieux à midi.")
    assert "La ministre" in _mention_texts(doc, _participant(doc, "Hélène Vautrin"))
    assert "Le ministre" in _mention_texts(doc, _participant(doc, "Luc Ferrand"))
    assert "La ministre" not in _mention_texts(doc, _participant(doc, "Luc Ferrand"))


def test_a_masculine_description_skips_a_woman_named_after_it(annotate):
    doc = annotate("Le ministre a annoncé une réforme. La ministre des Sports Julie Perrot "
                   "et le ministre des Armées, Yves Marchal, étaient présents.")
    assert "Le ministre" in _mention_texts(doc, _participant(doc, "Yves Marchal"))
    assert "Le ministre" not in _mention_texts(doc, _participant(doc, "Julie Perrot"))


def test_lookup_resolves_a_description_to_the_named_participant(annotate):
    text = ("La juge Sophie Arnaud a reçu les familles. Selon la juge, le dossier sera "
            "clos en mars.")
    doc = annotate(text)
    start = text.index("la juge,")
    p = resolve(doc, start, start + len("la juge"))
    assert p is not None and p["name"] == "Sophie Arnaud"
    entity = next(e for e in doc.spans["entities"] if e.text == "Sophie Arnaud")
    assert by_entity(doc, entity._.entity["entity_id"])["name"] == "Sophie Arnaud"


@pytest.mark.negative
def test_abstract_nouns_are_no_participants(annotate):
    doc = annotate("Le vote de la loi a été reporté. La portée de ce chiffre reste incertaine.")
    assert not any(p["name"] in ("vote de la loi", "portée de ce chiffre", "vote", "portée")
                   for p in doc._.participants)


def test_show_lists_the_participants(tmp_path):
    from typer.testing import CliRunner

    from newsextract.cli import app

    path = tmp_path / "article.txt"
    path.write_text("Le ministre de la Mer Paul Durand a visité le port.\n\n«Nous tiendrons "
                    "nos engagements», a promis le ministre.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(path), "--participants"],
                                catch_exceptions=False, env={"COLUMNS": "200"})
    assert result.exit_code == 0
    table = result.output[result.output.rindex("participants"):]
    rows = [line for line in table.splitlines() if "Paul Durand" in line and "PER" in line]
    assert rows and "ministre de la Mer" in rows[0] and "le ministre" in rows[0]


def test_subject_pronouns_are_mentions_of_the_last_compatible_participant(annotate):
    text = ("Marie Lenoir, 45 ans, chauffeuse routière, attendait devant la grille. Elle a "
            "perdu son emploi. Les riverains ont manifesté. Ils réclament un feu rouge.")
    doc = annotate(text)
    elle = text.index("Elle")
    assert resolve(doc, elle, elle + 4)["name"] == "Marie Lenoir"
    ils = text.index("Ils")
    assert resolve(doc, ils, ils + 3)["name"] == "riverains"


@pytest.mark.negative
def test_an_event_between_two_names_is_no_participant(annotate):
    doc = annotate("Le choc Olympique Lyonnais - FC Nantes a attiré 40 000 spectateurs samedi.")
    assert not any(" - " in (p["name"] or "") for p in doc._.participants)


def test_acronym_with_an_accented_initial_and_a_confederation_suffix_joins_its_expansion(annotate):
    doc = annotate("Marie Lenoir, secrétaire générale du SNPE-CGT (Syndicat national des "
                   "personnels de l'éducation), a parlé lundi. Le SNPE refuse la réforme.")
    p = _participant(doc, "Syndicat national des personnels de l'éducation")
    assert p["kind"] == "ORG"
    assert {"SNPE-CGT", "SNPE"} <= set(_mention_texts(doc, p))


def test_quantified_groups_are_participants_joined_by_the_definite_phrase(annotate):
    doc = annotate("Des centaines d'infirmières ont défilé mardi à Nantes. Un groupe de "
                   "pompiers les accompagnait. Plusieurs grévistes ont bloqué le pont. "
                   "Les infirmières réclament des hausses de salaire.")
    groups = {g["name"]: g for g in doc._.participants if g["kind"] == "GROUP"}
    assert set(groups) >= {"infirmières", "pompiers", "grévistes"}
    assert _mention_texts(doc, groups["infirmières"]) == ["infirmières", "Les infirmières"]
    assert _mention_texts(doc, groups["pompiers"]) == ["pompiers"]


def test_chained_quantities_reach_the_people_noun(annotate):
    doc = annotate("Des dizaines de milliers de retraités ont manifesté dimanche à Lyon.")
    groups = [g for g in doc._.participants if g["kind"] == "GROUP"]
    assert [g["name"] for g in groups] == ["retraités"]
    assert groups[0]["number"] == "Plur"


@pytest.mark.negative
def test_quantities_of_things_are_no_groups(annotate):
    doc = annotate("Des centaines de voitures et des milliers de tonnes de blé ont brûlé.")
    assert [g for g in doc._.participants if g["kind"] == "GROUP"] == []


# ---------------------------------------------------------------- one person, several descriptions

def _quote_speakers(doc) -> list[tuple[str, str | None]]:
    return [(s.text, s._.quote["speaker"]) for s in doc.spans["quotes"]]


def test_generic_head_is_the_person_named_before(annotate):
    doc = annotate("Le prévenu, Lucas Ferrand, comparaissait libre devant le tribunal de "
                   "Tours. Le jeune homme a reconnu avoir volé trois scooters en un mois.")
    p = _participant(doc, "Lucas Ferrand")
    assert "Le jeune homme" in _mention_texts(doc, p)
    assert not any(q["name"] == "jeune homme" for q in doc._.participants)


def test_generic_head_as_speaker_and_the_pronoun_after_it(annotate):
    doc = annotate("Lucas Ferrand vend des fruits sur le marché de Blois depuis l'hiver. "
                   "«Les clients comptent chaque centime», observe le jeune homme. "
                   "«Certains ne prennent plus qu'une pomme», a-t-il ajouté.")
    assert "le jeune homme" in _mention_texts(doc, _participant(doc, "Lucas Ferrand"))
    assert _quote_speakers(doc) == [("Les clients comptent chaque centime", "Lucas Ferrand"),
                                    ("Certains ne prennent plus qu'une pomme", "Lucas Ferrand")]


def test_age_noun_is_the_person_of_that_age(annotate):
    doc = annotate("Nathalie Berthier, 52 ans, tient une boulangerie à Rodez avec son mari. "
                   "«On ne tiendra pas un mois de plus», a expliqué la quinquagénaire.")
    p = _participant(doc, "Nathalie Berthier")
    assert p["age"] == 52
    assert _quote_speakers(doc) == [("On ne tiendra pas un mois de plus", "Nathalie Berthier")]


def test_age_noun_is_an_unnamed_person_of_that_age(annotate):
    doc = annotate("L'agresseur âgé de 34 ans a été interpellé dans la soirée par les "
                   "gendarmes de Vierzon. Le trentenaire hurlait «Laissez-moi passer» "
                   "en frappant la vitre.")
    p = _participant(doc, "agresseur")
    assert p["age"] == 34 and p["kind"] == "NP"
    assert "Le trentenaire" in _mention_texts(doc, p)
    assert _quote_speakers(doc) == [("Laissez-moi passer", "agresseur")]


def test_equivalent_role_descriptions_are_one_person(annotate):
    doc = annotate("La procureure a requis cinq ans de prison contre le gérant du garage. "
                   "«Il n'a montré aucun remords», a insisté la représentante de "
                   "l'accusation.")
    p = _participant(doc, "procureure")
    assert "la représentante de l'accusation" in _mention_texts(doc, p)
    assert _quote_speakers(doc) == [("Il n'a montré aucun remords", "procureure")]


def test_a_description_standing_for_a_named_person_tells_its_gender(annotate):
    # no name mention shows the gender; the generic description linked to him does
    doc = annotate("Le tribunal a jugé Marc Olivier mardi. Plus tard, le jeune homme a "
                   "quitté la salle.")
    p = _participant(doc, "Marc Olivier")
    assert "le jeune homme" in _mention_texts(doc, p) and p["gender"] == "Masc"


def test_a_party_to_a_trial_is_described_by_its_procedural_role(annotate):
    doc = annotate("Le tribunal a relaxé le prévenu, Bastien Morel, mardi soir. «Je suis "
                   "soulagé», a confié le prévenu.")
    p = _participant(doc, "Bastien Morel")
    assert "prévenu" in p["heads"] and "le prévenu" in _mention_texts(doc, p)
    assert _quote_speakers(doc) == [("Je suis soulagé", "Bastien Morel")]


def test_a_people_word_read_as_an_adjective_heads_its_phrase():
    # "l'une des principales initiatrices du collectif": the tagger may read the noun as an
    # adjective; the phrase's head is that word, not the noun of its complement
    import spacy
    from spacy.tokens import Doc

    from newsextract.nlp.participants.descriptions import head_noun

    vocab = spacy.blank("fr").vocab
    doc = Doc(vocab, words=["une", "des", "principales", "initiatrices", "du", "collectif"],
              pos=["PRON", "ADP", "ADJ", "ADJ", "ADP", "NOUN"])
    assert head_noun(doc[:]).text == "initiatrices"
    doc = Doc(vocab, words=["une", "des", "grandes", "figures", "du", "collectif"],
              pos=["PRON", "ADP", "ADJ", "NOUN", "ADP", "NOUN"])
    assert head_noun(doc[:]).text == "figures"


@pytest.mark.negative
def test_another_name_in_a_list_tells_no_gender(annotate):
    # "La Mouette" is the next name of the list, not a feminine apposition to Lou Rivière
    doc = annotate("Lou Rivière, La Mouette, Max Olson... Les rappeurs s'emparent du "
                   "mouvement. Grâce à ce succès, Lou Rivière a signé avec un label.")
    p = _participant(doc, "Lou Rivière")
    assert p["kind"] == "PER" and p["gender"] is None


@pytest.mark.negative
def test_related_person_is_not_the_person_named(annotate):
    doc = annotate("Le maire Henri Dulac a inauguré la médiathèque samedi. La femme du "
                   "maire a coupé le ruban.")
    assert not any(t.startswith("La femme") for t in
                   _mention_texts(doc, _participant(doc, "Henri Dulac")))


def test_generic_head_after_an_indefinite_introduction_is_that_person(annotate):
    doc = annotate("Une jeune femme de 23 ans a été blessée samedi à Brest. Le chauffeur, "
                   "Denis Picard, a été placé en garde à vue. La jeune femme a été "
                   "conduite au centre hospitalier de la Cavale-Blanche.")
    p = _participant(doc, "jeune femme")
    assert p["age"] == 23
    assert "La jeune femme" in _mention_texts(doc, p)


def test_generic_head_keeps_the_gender_of_its_noun(annotate):
    doc = annotate("Une femme de 34 ans a signalé la voiture aux gendarmes de Lannion. "
                   "L'homme au volant a refusé de s'arrêter.")
    assert "L'homme" in _mention_texts(doc, _participant(doc, "homme"))
    assert "L'homme" not in _mention_texts(doc, _participant(doc, "femme"))


def test_feminine_agreement_tells_a_name_gender(annotate):
    doc = annotate("Sonia Keller est arrivée lundi au conseil municipal de Vannes. Yann "
                   "Le Goff, son adjoint, l'attendait. La jeune femme a pris la parole.")
    p = _participant(doc, "Sonia Keller")
    assert p["gender"] == "Fem"
    assert "La jeune femme" in _mention_texts(doc, p)


@pytest.mark.negative
@pytest.mark.parametrize("text, names, description", [
    # two persons fit: nobody for sure
    ("Paul Garnier a croisé Marc Vidal devant la mairie de Niort. Le jeune homme s'est mis "
     "à crier.", ("Paul Garnier", "Marc Vidal"), "Le jeune homme"),
    # the age noun says another decade
    ("Jean Morel, 67 ans, a vu la camionnette reculer dans la cour. Le trentenaire au volant "
     "a pris la fuite.", ("Jean Morel",), "Le trentenaire au volant"),
    # "jeune" before a trade is no generic head
    ("Thomas Riou a ouvert son garage à Dinan en mars. Le jeune mécanicien a déjà trois "
     "employés.", ("Thomas Riou",), "Le jeune mécanicien"),
    # a relative brought in since may be meant
    ("Paul Morin a garé sa camionnette devant la mairie de Vitré. Son frère était resté à "
     "la ferme. Le jeune homme a appelé les gendarmes.", ("Paul Morin",), "Le jeune homme"),
])
def test_generic_description_not_linked_when_unclear(annotate, text, names, description):
    doc = annotate(text)
    for name in names:
        assert description not in _mention_texts(doc, _participant(doc, name))


def test_description_set_off_before_a_name_is_its_description(annotate):
    doc = annotate("Le gérant, Karim Haddad, a fermé la boutique de Quimper à midi. Le "
                   "gérant a promis de rouvrir lundi.")
    p = _participant(doc, "Karim Haddad")
    assert "gérant" in p["descriptions"] and p["gender"] == "Masc"
    assert "Le gérant" in _mention_texts(doc, p)


def test_a_movement_named_by_an_emblem_in_a_colour_is_a_group(annotate):
    # "les gilets verts", "des «bonnets mauves»": a garment or emblem in a colour names
    # the movement's members, bare or between marks, quantified or not.
    doc = annotate("Les gilets verts ont bloqué le péage samedi. Plus tard, des centaines de "
                   "«foulards rouges» ont rejoint le cortège, puis les «gilets verts» sont "
                   "repartis.")
    groups = {g["name"]: g for g in doc._.participants if g["kind"] == "GROUP"}
    assert set(groups) >= {"gilets verts", "foulards rouges"}
    assert groups["gilets verts"]["number"] == "Plur"
    assert _mention_texts(doc, groups["gilets verts"]) == ["Les gilets verts",
                                                           "les «gilets verts»"]
    assert _mention_texts(doc, groups["foulards rouges"]) == ["foulards rouges"]


@pytest.mark.negative
def test_things_in_a_colour_are_no_movement(annotate):
    doc = annotate("Les feux rouges de la ville sont tombés en panne et les lignes blanches "
                   "ont été effacées.")
    assert [g for g in doc._.participants if g["kind"] == "GROUP"] == []


def test_registry_records_are_what_asdict_gives_and_share_no_list():
    from dataclasses import asdict

    from newsextract.nlp.participants.registry import Participant, as_dicts

    p = Participant(1, "PER", "Odile Fresnel", names=["Fresnel", "Odile Fresnel"],
                    gender="Fem", gender_evidence=[[2, "Fem"]],
                    mentions=[[0, 13, "name"], [40, 47, "name"]], age=52)
    record, = as_dicts([p])
    assert record == asdict(p)
    assert record["mentions"] == [[0, 13, "name"], [40, 47, "name"]]
    record["mentions"][0][0] = 99
    assert p.mentions[0][0] == 0


def test_a_source_speaking_to_an_agency_is_no_title_of_the_agency(annotate):
    doc = annotate("Deux gérants ont été interpellés, a confié une source policière à l'AFP. "
                   "Ils seront jugés en mars, a ajouté la source policière.")
    source = _participant(doc, "source policière")
    assert source["kind"] == "NP"
    assert _mention_texts(doc, source) == ["la source policière"]
    assert _participant(doc, "AFP")["descriptions"] == []


def test_a_description_past_the_lede_is_not_the_person_introduced_after_it(annotate):
    # the lede runs past the opening (LEDE_CHARS): "le directeur" there refers back to the
    # school's director on the floor, not to the regional director introduced afterwards
    doc = annotate(
        "Le directeur d'une école de musique de Vannes a fermé les salles mardi après un "
        "contrôle des pompiers qu'il conteste, a-t-on appris auprès de sa famille. Marc "
        "Olivier, 54 ans, dirige l'établissement depuis vingt ans. Les parents d'élèves ont "
        "lancé une pétition pour demander la réouverture rapide des locaux, qui accueillent "
        "chaque semaine près de trois cents enfants venus de toute la région pour leurs cours "
        "de piano, de violon et de chant choral.\n"
        "«On me reproche des détails sans aucun danger pour les enfants», a expliqué "
        "M. Olivier. «Je ne comprends pas cette décision», ajoute le directeur, qui attend "
        "une nouvelle visite.\n"
        "Le directeur régional des services de secours, Paul Martel, n'a pas souhaité "
        "commenter.")
    assert "le directeur" not in _mention_texts(doc, _participant(doc, "Paul Martel"))
    assert ("Je ne comprends pas cette décision", "Marc Olivier") in _quote_speakers(doc)


def test_a_demonstrative_description_refers_back_not_forward(annotate):
    doc = annotate("Selon Paul Verdier, agronome, la récolte sera bonne. Pour cet expert, "
                   "les pluies de mai ont sauvé les vergers. Plus tard, Jean Aubry, expert "
                   "des marchés, a présenté les prix.")
    assert "cet expert" not in _mention_texts(doc, _participant(doc, "Jean Aubry"))
    assert ("les pluies de mai ont sauvé les vergers", "Paul Verdier") in _quote_speakers(doc)


# ---------------------------------------------------------------- broader role words

def test_a_broader_role_word_is_the_person_named_by_a_narrower_one(annotate):
    doc = annotate("Le procureur de la République de Rennes, Julien Marchal, a ouvert une "
                   "enquête mardi. Le magistrat a précisé que deux suspects avaient été "
                   "entendus.")
    p = _participant(doc, "Julien Marchal")
    assert "Le magistrat" in _mention_texts(doc, p)
    assert not any(q["name"] == "magistrat" for q in doc._.participants)
    assert _quote_speakers(doc) == [("que deux suspects avaient été entendus",
                                     "Julien Marchal")]


@pytest.mark.parametrize(("judge", "broader", "meant"), [
    # the judge and the prosecutor are both "magistrats": the last one named is meant
    ("La juge", "le magistrat", "Marc Bellec"),
    # unless its gender says it is the woman named before him
    ("La juge d'instruction", "la magistrate", "Anne Vidal"),
])
def test_a_broader_role_word_means_the_closest_person_it_generalises_of_its_gender(
        annotate, judge, broader, meant):
    doc = annotate(f"{judge} Anne Vidal a entendu le témoin lundi. Le procureur Marc Bellec "
                   f"a requis sa détention. «Le dossier est solide», a estimé {broader}.")
    assert broader in _mention_texts(doc, _participant(doc, meant))
    assert _quote_speakers(doc) == [("Le dossier est solide", meant)]


def test_elected_officials_are_referred_back_to_by_elu_and_edile(annotate):
    doc = annotate("Le maire de Vannes, Hervé Lollier, a reçu les commerçants lundi. "
                   "L'édile a promis une baisse des loyers.")
    assert "L'édile" in _mention_texts(doc, _participant(doc, "Hervé Lollier"))
    doc = annotate("Le député du Gers Alain Roque a voté contre le texte mardi soir. L'élu "
                   "a dénoncé un passage en force.")
    assert "L'élu" in _mention_texts(doc, _participant(doc, "Alain Roque"))


def test_the_complement_of_a_broader_role_word_picks_its_person(annotate):
    # "l'élue de Rennes" is the mayor of Rennes, though the mayor of Brest is named later
    doc = annotate("La maire de Rennes, Sophie Keller, et la maire de Brest, Lucie Garnier, "
                   "ont signé l'accord. «Nous partageons les mêmes gares», a souligné "
                   "l'élue de Rennes.")
    assert "l'élue de Rennes" in _mention_texts(doc, _participant(doc, "Sophie Keller"))
    assert _quote_speakers(doc) == [("Nous partageons les mêmes gares", "Sophie Keller")]


def test_a_manager_is_referred_back_to_as_the_responsable(annotate):
    doc = annotate("La directrice de la crèche, Inès Carpentier, a fermé deux sections. "
                   "«Nous manquons de bras», a regretté la responsable.")
    assert "la responsable" in _mention_texts(doc, _participant(doc, "Inès Carpentier"))
    assert _quote_speakers(doc) == [("Nous manquons de bras", "Inès Carpentier")]


def test_a_broader_role_word_with_a_complement_means_a_person_described_by_a_bare_head(annotate):
    # "son maire" says nothing of the town: "l'édile de Plouha" may be him
    doc = annotate("Le ministre viendra à Plouha, une commune des Côtes-d'Armor. C'est son "
                   "maire, Yannick Le Goff, qui l'a invité. L'édile de Plouha a promis une "
                   "fête sur le port.")
    assert "L'édile de Plouha" in _mention_texts(doc, _participant(doc, "Yannick Le Goff"))


# The model's own stages, before any newsextract layer: enough for parts of speech.
MODEL_STAGES = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer"]


@pytest.mark.parametrize("text, phrase", [
    # a spaced percent or currency sign is the phrase's noun, not a dash ending it
    ("Les 40 % des salariés ont voté la grève.", "Les 40 % des salariés"),
    ("Les 300 € de la prime ont été versés.", "Les 300 € de la prime"),
    # a spaced dash opens an aside and ends the phrase
    ("Le policier - selon le syndicat - a dit non.", "Le policier"),
])
def test_noun_phrase_ends_at_a_spaced_dash_only(nlp, text, phrase):
    from newsextract.nlp.participants.mentions import noun_phrase_end
    # the tags alone answer (a pure function of the layer): the model's stages only
    with nlp.select_pipes(enable=MODEL_STAGES):
        doc = nlp(text)
    assert doc[0:noun_phrase_end(doc, 0, len(doc))].text == phrase


# ---------------------------------------------------------------- offices and their holders

def test_a_title_with_a_coordinated_complement_is_one_title(annotate):
    doc = annotate("«Le chantier avance», a assuré le ministre de l'Agriculture et de la Pêche "
                   "Hugo Vasseur devant les éleveurs. Dans la salle, le secrétaire Paul Aubry "
                   "et la présidente de la Chambre et du Syndicat Anne Roux écoutaient.")
    p = _participant(doc, "Hugo Vasseur")
    assert "ministre de l'Agriculture et de la Pêche" in p["descriptions"]
    assert _quote_speakers(doc)[0] == ("Le chantier avance", "Hugo Vasseur")
    assert "présidente de la Chambre et du Syndicat" in _participant(doc, "Anne Roux")[
        "descriptions"]


def test_a_second_title_after_a_name_and_et_is_the_next_persons(annotate):
    doc = annotate("La cérémonie a réuni le ministre Hugo Vasseur et du préfet de la Sarthe "
                   "Paul Aubry.")
    assert "préfet de la Sarthe" in _participant(doc, "Paul Aubry")["descriptions"]
    assert not any("préfet" in d for d in _participant(doc, "Hugo Vasseur")["descriptions"])


def test_an_office_a_preposition_governs_is_described_by_the_name_in_apposition(annotate):
    doc = annotate("Selon le communiqué du préfet de la Sarthe, Paul Aubry, la route restera "
                   "fermée. «Les travaux dureront un mois», a précisé le préfet de la Sarthe.")
    p = _participant(doc, "Paul Aubry")
    assert "préfet de la Sarthe" in p["descriptions"]
    assert _quote_speakers(doc)[-1] == ("Les travaux dureront un mois", "Paul Aubry")


def test_the_complement_of_a_person_noun_is_not_the_apposed_name(annotate):
    doc = annotate("Le porte-parole du préfet de la Sarthe, Paul Aubry, a répondu aux "
                   "journalistes.")
    assert "préfet" not in _participant(doc, "Paul Aubry")["heads"]


def test_an_office_resolves_to_its_holder_named_in_the_article(annotate):
    text = ("Emmanuel Macron a reçu les maires à l'Élysée mardi. «Je ne céderai rien sur "
            "l'essentiel», a prévenu le président. Donald Trump a réagi sur Twitter. «La "
            "France a un problème», a écrit le président américain.")
    doc = annotate(text, "2018-12-11")
    assert _quote_speakers(doc) == [("Je ne céderai rien sur l'essentiel", "Emmanuel Macron"),
                                    ("La France a un problème", "Donald Trump")]
    assert "le président américain" in _mention_texts(doc, _participant(doc, "Donald Trump"))


def test_an_office_resolves_only_within_the_tenure_and_never_to_another_president(annotate):
    text = ("Emmanuel Macron a reçu les maires à l'Élysée mardi. «Je ne céderai rien», a "
            "prévenu le président.")
    # published before his presidency: he is not "le président"
    doc = annotate(text, "2012-03-01")
    assert not any("le président" in _mention_texts(doc, p) for p in doc._.participants
                   if p["name"] == "Emmanuel Macron")
    # another president in the article: a bare "le président" may be either
    doc = annotate("Emmanuel Macron a salué Paul Aubry, président du club de Laval. «Nous "
                   "jouerons la montée», a prévenu le président.", "2018-12-11")
    assert "le président" not in _mention_texts(doc, _participant(doc, "Emmanuel Macron"))
