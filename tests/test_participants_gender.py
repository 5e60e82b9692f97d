"""A participant's gender (participants/gender.py): strong evidence (honorific, title,
apposition) over a participle's agreement, conflicts give no gender, and unnamed
descriptions of opposite gender stay two people. Sentences written for these tests."""

from __future__ import annotations

from newsextract.nlp.participants.gender import ranked_gender


def _participant(doc, name: str) -> dict:
    found = [p for p in doc._.participants if p["name"] == name]
    assert found, [p["name"] for p in doc._.participants]
    return found[0]


def test_an_apposition_outranks_a_participle_agreeing_with_another_noun(annotate):
    doc = annotate("D'après Martin Roussel, délégué syndical, la réunion était suivie par "
                   "la moitié des agents. Martin Roussel a quitté la salle vers midi.")
    assert _participant(doc, "Martin Roussel")["gender"] == "Masc"


def test_a_possessive_before_a_vowel_leaves_the_noun_to_tell(annotate):
    doc = annotate("«Mon client n'a rien volé», affirme Claire Mandrin, son avocate, devant "
                   "le tribunal. Le prévenu écope d'une amende de 500 euros.")
    assert _participant(doc, "Claire Mandrin")["gender"] == "Fem"


def test_an_honorific_tells_the_gender(annotate):
    doc = annotate("Mme Odile Ferrat a présidé le conseil municipal jeudi soir. Elle a "
                   "présenté le budget.")
    assert _participant(doc, "Odile Ferrat")["gender"] == "Fem"
    # the strongest rank decides; a split strongest rank gives no gender
    assert ranked_gender(_participant(doc, "Odile Ferrat")["gender_evidence"]) == "Fem"
    assert ranked_gender([[1, "Fem"], [2, "Masc"]]) == "Masc"
    assert ranked_gender([[2, "Fem"], [2, "Masc"], [1, "Fem"]]) is None


def test_unnamed_descriptions_of_opposite_gender_are_two_people(annotate):
    doc = annotate("Au procès, l'avocat de la défense a plaidé la relaxe. Ensuite, l'avocate "
                   "des plaignants a réclamé des dommages. L'avocat a répliqué aussitôt.")
    unnamed = [p for p in doc._.participants if p["kind"] == "NP"
               and p["heads"] and p["heads"][0] in ("avocat", "avocate")]
    by_gender = {p["gender"]: p for p in unnamed}
    assert set(by_gender) == {"Masc", "Fem"}
    masc = [doc.text[s:e] for s, e, _ in by_gender["Masc"]["mentions"]]
    assert masc[0].startswith("l'avocat") and masc[-1].startswith("L'avocat")


def test_a_complement_after_the_head_tells_nothing_of_the_person(annotate):
    doc = annotate("«Rien ne bouge», regrette Bastien Vernier, porte-parole de la fédération "
                   "au niveau régional. Mme Alice Pujol, la présidente, a convoqué le bureau.")
    assert _participant(doc, "Bastien Vernier")["gender"] != "Fem"
    assert _participant(doc, "Alice Pujol")["gender"] == "Fem"


def test_elle_leaves_a_man_known_by_his_honorific_for_the_woman_before(annotate):
    doc = annotate(
        "La conseillère Agnès Ribot a répondu lundi à M. Gérard Lescure, le maire de la "
        "commune. «Nous tiendrons nos engagements», a assuré M. Lescure. «Le dossier sera "
        "rouvert en janvier», ajoute-t-elle.")
    speakers = {s.text: s._.quote["speaker"] for s in doc.spans["quotes"]}
    assert speakers["Nous tiendrons nos engagements"] == "Gérard Lescure"
    assert speakers["Le dossier sera rouvert en janvier"] == "Agnès Ribot"


def test_an_epicene_apposition_leaves_the_gender_to_the_next_one(annotate):
    doc = annotate("Lucie Armand, spécialiste des sols, directrice de recherche au laboratoire, "
                   "a présenté ses travaux mardi à Lyon.")
    assert _participant(doc, "Lucie Armand")["gender"] == "Fem"


def test_a_feminine_participle_apposed_to_a_name_tells_its_gender(annotate):
    doc = annotate("«Ce n'est pas acceptable», a réagi Sophie Marnier, élue du syndicat des "
                   "cheminots auprès de la direction.")
    assert _participant(doc, "Sophie Marnier")["gender"] == "Fem"


def test_a_gendered_description_reads_back_before_it_reads_forward(annotate):
    doc = annotate("Me Vautrin a plaidé la première pour les familles. «Justice doit être "
                   "rendue», a souligné l'avocate. Plus tard, sa consoeur Me Sylvie Carrel a "
                   "pris la parole.")
    texts = [doc.text[s:e] for s, e, _ in _participant(doc, "Vautrin")["mentions"]]
    assert "l'avocate" in texts


def test_an_adverbial_before_an_inverted_subject_tells_no_gender(annotate):
    # "pour sa part", "de son côté": the possessive agrees with "part"/"côté", not the person
    from newsextract.nlp.participants.mentions import mention_gender

    doc = annotate("«Le cinéma restera ouvert», estime pour sa part Hervé Colin. «Nous "
                   "fermerons tôt», annonce de son côté Agathe Brun, gérante du bar voisin.")
    genders = {e.text: mention_gender(doc, e.start, e.end)
               for e in doc.spans["entities"] if e.label_ == "PER"}
    assert genders == {"Hervé Colin": None, "Agathe Brun": "Fem"}
