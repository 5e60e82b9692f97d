"""The dates layer (TIMEX3): detection, values, bounds and anchors on sentences of our own."""

from __future__ import annotations

import json

import pytest

from newsextract.schema import DATES, span_attribute_names

PUB = "2021-03-12"  # a Friday


def timexes(doc) -> dict[str, dict]:
    return {span.text: span._.timex for span in doc.spans["dates"]}


def values(doc) -> dict[str, str]:
    return {text: t["value"] for text, t in timexes(doc).items()}


def typed_values(doc) -> dict[str, tuple[str, str]]:
    return {text: (t["type"], t["value"]) for text, t in timexes(doc).items()}


def test_attribute_dict_matches_schema_and_offsets(annotate):
    doc = annotate("Le ministre a démissionné hier soir à Lyon.", PUB)
    assert doc.spans["dates"]
    for span in doc.spans["dates"]:
        assert sorted(span._.timex) == sorted(span_attribute_names(DATES))
        assert span.text == doc.text[span.start_char:span.end_char]
        assert all(v is None or isinstance(v, str) for v in span._.timex.values())


def test_absolute_day_month_with_article(annotate):
    doc = annotate("Le 4 mars, la commission a rendu son rapport.", PUB)
    t = timexes(doc)["Le 4 mars"]
    assert (t["type"], t["value"], t["anchor"]) == ("DATE", "2021-03-04", "publication")
    assert (t["start"], t["end"]) == ("2021-03-04T00:00:00", "2021-03-05T00:00:00")


def test_full_date_with_weekday_and_year_is_absolute(annotate):
    t = timexes(annotate("Le procès s'ouvrira le mardi 14 septembre 2021.", PUB))
    assert t["le mardi 14 septembre 2021"]["value"] == "2021-09-14"
    assert t["le mardi 14 septembre 2021"]["anchor"] == "none"


def test_year_alone(annotate):
    assert values(annotate("La loi avait été votée en 1998 par l'Assemblée.", PUB)) == {
        "1998": "1998"}


def test_coordinated_days_give_two_dates(annotate):
    v = values(annotate("Les combats ont repris les 8 et 9 mars derniers.", PUB))
    assert v == {"8": "2021-03-08", "9 mars derniers": "2021-03-09"}


def test_deictic_days(annotate):
    v = values(annotate("Il est arrivé hier et repartira demain.", PUB))
    assert v == {"hier": "2021-03-11", "demain": "2021-03-13"}


def test_bare_weekday_direction_follows_tense(annotate):
    past = values(annotate("Le maire a inauguré mardi la nouvelle école.", PUB))
    future = values(annotate("Le maire inaugurera mardi la nouvelle école.", PUB))
    assert past == {"mardi": "2021-03-09"}
    assert future == {"mardi": "2021-03-16"}


def test_weekday_with_cue(annotate):
    v = values(annotate("La réunion de lundi prochain remplace celle de jeudi dernier.", PUB))
    assert v == {"lundi prochain": "2021-03-15", "jeudi dernier": "2021-03-11"}


def test_day_month_direction_follows_tense(annotate):
    past = values(annotate("Les deux pays avaient signé un accord le 20 novembre.", PUB))
    future = values(annotate("Les deux pays signeront un accord le 2 février.", PUB))
    assert past == {"le 20 novembre": "2020-11-20"}
    assert future == {"le 2 février": "2022-02-02"}


def test_relative_units(annotate):
    v = values(annotate("La semaine dernière, les ventes ont chuté ; l'an prochain, elles "
                        "devraient remonter.", PUB))
    assert v["La semaine dernière"] == "2021-W09"
    assert v["l'an prochain"] == "2022"


def test_ago_is_a_date(annotate):
    t = timexes(annotate("Le navire a coulé il y a trois jours.", PUB))
    assert t["il y a trois jours"]["value"] == "2021-03-09"


def test_anchored_on_the_story_day(annotate):
    doc = annotate("Le 2 mars, il a été arrêté. Le lendemain, il a été libéré.", PUB)
    t = timexes(doc)["Le lendemain"]
    assert (t["value"], t["anchor"]) == ("2021-03-03", "previous")


def test_later_in_the_morning(annotate):
    assert values(annotate("Plus tard dans la matinée, la police avait bouclé le quartier.",
                           PUB)) == {"Plus tard dans la matinée": "2021-03-12TMO"}


def test_clock_time_on_the_current_day(annotate):
    v = values(annotate("L'accident a eu lieu samedi vers 21 h 30 près de la gare.", PUB))
    assert v["samedi"] == "2021-03-06"
    assert v["21 h 30"] == "2021-03-06T21:30"


def test_parts_of_day(annotate):
    v = values(annotate("Le président s'exprimera ce soir. Les secours sont intervenus "
                        "dans la nuit.", PUB))
    assert v["ce soir"] == "2021-03-12TEV"
    # a past night told on the publication day began the day before (DATES.md: a night is
    # valued by the day it starts)
    assert v["la nuit"] == "2021-03-11TNI"


def test_durations(annotate):
    v = values(annotate("Après dix jours de grève et une pause de 48 heures, le conflit "
                        "dure depuis trois mois.", PUB))
    assert v == {"dix jours": "P10D", "48 heures": "PT48H", "trois mois": "P3M"}


def test_last_hours_is_an_interval_before_publication(annotate):
    t = timexes(annotate("Sur les dernières 72 heures, la situation s'est dégradée.", PUB))
    t = t["les dernières 72 heures"]
    assert (t["type"], t["value"], t["anchor"]) == ("DURATION", "PT72H", "publication")
    assert (t["start"], t["end"]) == ("2021-03-10T00:00:00", "2021-03-13T00:00:00")


def test_vague_durations(annotate):
    v = values(annotate("Ces derniers jours, les prix ont flambé après plusieurs semaines "
                        "de calme.", PUB))
    assert v == {"Ces derniers jours": "PXD", "plusieurs semaines": "PXW"}


def test_ages_are_not_durations(annotate):
    doc = annotate("Marc Dupont, 45 ans, et une fillette de 7 ans ont été blessés. "
                   "Le chauffard écope de 30 mois ferme.", PUB)
    assert values(doc) == {"30 mois": "P30M"}


def test_sets(annotate):
    v = values(annotate("Le marché a lieu chaque lundi et le service est assuré 24 heures "
                        "sur 24, trois fois par semaine.", PUB))
    assert v["chaque lundi"] == "XXXX-WXX-1"
    assert v["24 heures sur 24"] == "P1D"
    assert v["semaine"] == "P1W"


def test_present_reference(annotate):
    assert values(annotate("La ville compte désormais 20.000 habitants.", PUB)) == {
        "désormais": "PRESENT_REF"}


def test_numbers_in_words(annotate):
    assert values(annotate("Il a passé vingt-deux ans en exil.", PUB)) == {
        "vingt-deux ans": "P22Y"}


def test_without_publication_date_parts_are_unknown(annotate):
    v = values(annotate("Le 18 octobre, il est parti. Hier, il a appelé. Mardi, il rentrera.",
                        None))
    assert v == {"Le 18 octobre": "XXXX-10-18", "Hier": "XXXX-XX-XX", "Mardi": "XXXX-WXX-2"}
    assert not any("MINUS" in value or "PLUS" in value for value in v.values())


@pytest.mark.negative
def test_not_dates(annotate):
    doc = annotate("Le bilan a été revu : 2500 personnes ont été évacuées lors des Jeux "
                   "d'hiver.", PUB)
    assert values(doc) == {}


def test_seed_expectations(annotate, shared_dir):
    """The done-when examples of issue 5 on the seed article (skips without ../shared)."""
    path = shared_dir / "gold" / "dev" / "seed.jsonl"
    if not path.exists():
        pytest.skip("seed gold absent")
    gold = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    v = values(annotate(gold["text"], "2016-10-28"))
    assert v["Le 18 octobre"] == "2016-10-18"
    assert v["26"] == "2016-10-26"
    assert v["27 octobre derniers"] == "2016-10-27"
    assert v["dix jours"] == "P10D"
    assert v["les dernières 72 heures"] == "PT72H"


# -- generalisation fixes (unseen press articles) --------------------------------------------

def test_weekday_of_the_publication_day_is_that_day(annotate):
    # PUB is a Friday: a bare "vendredi" in a Friday's paper is that very day, whatever the tense
    v = values(annotate("Le préfet a annoncé vendredi la fermeture du pont.", PUB))
    assert v["vendredi"] == "2021-03-12"
    v = values(annotate("Ce vendredi, les syndicats défilent dans la ville.", PUB))
    assert v["Ce vendredi"] == "2021-03-12"
    v = values(annotate("Le conseil avait voté vendredi dernier.", PUB))
    assert v["vendredi dernier"] == "2021-03-05"


def test_explicit_cue_beats_the_story_day(annotate):
    text = ("Le 10 mars, le maire a reçu les riverains. Le vote, attendu mercredi dernier, "
            "aura lieu mercredi prochain.")
    v = values(annotate(text, PUB))
    assert v["Le 10 mars"] == "2021-03-10"
    assert v["mercredi dernier"] == "2021-03-10"
    assert v["mercredi prochain"] == "2021-03-17"


def test_weekday_before_or_after_the_story_day(annotate):
    text = "Mardi 9 mars, 300 élèves ont défilé, contre 500 le mardi précédent."
    assert values(annotate(text, PUB))["mardi précédent"] == "2021-03-02"


def test_day_month_across_the_new_year(annotate):
    # a past verb, but the day a few weeks ahead is meant, not the one eleven months back
    v = values(annotate("Le gouvernement a confirmé la hausse des tarifs au 1er janvier.",
                        "2020-12-10"))
    assert v["1er janvier"] == "2021-01-01"
    v = values(annotate("Le gouvernement a confirmé la hausse des tarifs le 15 mars.",
                        "2020-12-10"))
    assert v["le 15 mars"] == "2020-03-15"


def test_month_alone_across_the_new_year(annotate):
    v = values(annotate("Les commerçants espèrent que tout va repartir en janvier.",
                        "2020-12-28"))
    assert v["janvier"] == "2021-01"
    v = values(annotate("Les contrôles se sont renforcés à partir de la mi-décembre.",
                        "2021-01-14"))
    assert v["la mi-décembre"] == "2020-12"


def test_this_season_and_this_weekend_with_a_past_verb(annotate):
    v = values(annotate("Tout a changé cet été pour les saisonniers.", "2021-01-20"))
    assert v["cet été"] == "2020-SU"
    # 2021-03-15 is a Monday: the weekend just gone is in ISO week 10
    v = values(annotate("La ville a été le théâtre de violences ce week-end.", "2021-03-15"))
    assert v["ce week-end"] == "2021-W10-WE"


# -- issue 14, class 1: direction from the verb's tense and cue words ------------------------

def test_scheduling_participle_points_ahead(annotate):
    # PUB is 12 March: a ceremony "prévue" in September is this year's, not last year's
    t = timexes(annotate("La cérémonie, prévue le 20 septembre, réunira les anciens.", PUB))
    assert (t["le 20 septembre"]["type"], t["le 20 septembre"]["value"]) == ("DATE",
                                                                            "2021-09-20")
    v = values(annotate("Le concert, reporté au 4 juin, affiche complet.", PUB))
    assert v["4 juin"] == "2021-06-04"


def test_future_verb_takes_the_coming_weekday(annotate):
    v = values(annotate("La brocante du quartier se tiendra dimanche sur le parking.", PUB))
    assert v == {"dimanche": "2021-03-14"}


def test_this_weekday_is_the_coming_one(annotate):
    # a Friday's paper: "ce samedi" is the next day, even with a participle read as past
    v = values(annotate("Plusieurs stations seront fermées ce samedi dans le centre.", PUB))
    assert v == {"ce samedi": "2021-03-13"}


def test_this_night_with_a_past_verb_is_last_night(annotate):
    t = timexes(annotate("Cette nuit, un incendie a détruit un hangar agricole.", PUB))
    assert (t["Cette nuit"]["type"], t["Cette nuit"]["value"]) == ("TIME", "2021-03-11TNI")
    assert values(annotate("La nuit dernière, le vent a soufflé fort.", PUB)) == {
        "La nuit dernière": "2021-03-11TNI"}


def test_direction_without_publication_date_stays_unknown(annotate):
    v = values(annotate("La cérémonie, prévue le 20 septembre, réunira les anciens.", None))
    assert v == {"le 20 septembre": "XXXX-09-20"}


# -- class 2: the story's own time line ------------------------------------------------------

def test_next_morning_and_late_afternoon_follow_the_story_day(annotate):
    text = ("Le 2 mars, la skieuse avait dîné avec son équipe. Le lendemain matin, elle a "
            "chuté. En fin de matinée, elle était opérée.")
    v = values(annotate(text, PUB))
    assert v["Le lendemain matin"] == "2021-03-03TMO"
    assert v["fin de matinée"] == "2021-03-03TMO"  # "en" stays out of the span


def test_at_that_moment_takes_the_story_time(annotate):
    text = "Mardi soir, le conseil a voté le budget. Au même moment, les grévistes défilaient."
    t = timexes(annotate(text, PUB))
    assert t["Mardi soir"]["value"] == "2021-03-09TEV"
    assert (t["même moment"]["type"], t["même moment"]["value"],
            t["même moment"]["anchor"]) == ("TIME", "2021-03-09TEV", "previous")


def test_months_after_a_year_fall_in_that_year(annotate):
    text = ("Le club a changé deux fois d'entraîneur en 1994 (en février et en novembre), "
            "puis plus rien.")
    v = values(annotate(text, PUB))
    assert v == {"1994": "1994", "février": "1994-02", "novembre": "1994-11"}


def test_two_digit_year_carries_its_months(annotate):
    v = values(annotate("Elle a déménagé deux fois en 97 (en avril, en août), aucune en 98.",
                        PUB))
    assert v == {"97": "1997", "avril": "1997-04", "août": "1997-08", "98": "1998"}


def test_clock_time_followed_by_its_day(annotate):
    text = "Un voisin a prévenu les pompiers vers 15 h 30, hier, depuis sa cuisine."
    v = values(annotate(text, PUB))
    assert v == {"15 h 30": "2021-03-11T15:30", "hier": "2021-03-11"}


def test_at_the_time_is_the_story_year(annotate):
    text = "Au soir du 4 août 1992, un incendie a ravagé la ferme. À l'époque, personne n'a parlé."
    t = timexes(annotate(text, PUB))
    assert (t["soir du 4 août 1992"]["type"], t["soir du 4 août 1992"]["value"]) == (
        "TIME", "1992-08-04TEV")
    assert (t["l'époque"]["type"], t["l'époque"]["value"]) == ("DATE", "1992")


def test_day_of_the_event_is_the_earliest_day_of_the_story(annotate):
    text = ("Le 3 mai 2015, un bijoutier a été agressé. Le procès s'est ouvert mardi. "
            "Le jour du braquage, il était seul.")
    v = values(annotate(text, PUB))
    assert v["Le jour du braquage"] == "2015-05-03"


def test_story_time_line_without_publication_date(annotate):
    text = "Le 2 mars, la skieuse a chuté. Le lendemain matin, elle a été opérée."
    v = values(annotate(text, None))
    assert v == {"Le 2 mars": "XXXX-03-02", "Le lendemain matin": "XXXX-03-03TMO"}


def test_undated_article_carries_its_named_day(annotate):
    text = ("Les routiers bloqueront le port ce mardi 9 avril. Les barrages seront levés vers "
            "18 h 15. Le lendemain, une réunion aura lieu en préfecture.")
    v = values(annotate(text, None))
    assert v["ce mardi 9 avril"] == "XXXX-04-09"
    assert v["18 h 15"] == "XXXX-04-09T18:15"
    assert v["Le lendemain"] == "XXXX-04-10"


def test_undated_article_weekday_repeats_the_named_day(annotate):
    text = ("Jeudi 3 octobre, les infirmières feront grève. Le cortège quittera la gare "
            "jeudi matin ; la veille, les syndicats se réuniront.")
    v = values(annotate(text, None))
    assert v["jeudi matin"] == "XXXX-10-03TMO"
    assert v["la veille"] == "XXXX-10-02"


def test_undated_article_weekday_only_story_day(annotate):
    text = ("Les éleveurs ont manifesté mercredi devant la mairie. Dans la soirée, la police "
            "est intervenue vers 21 h, sans heurts. La veille, ils avaient écrit au maire.")
    v = values(annotate(text, None))
    assert v["mercredi"] == "XXXX-WXX-3"
    assert v["la soirée"] == "XXXX-WXX-3TEV"
    assert v["21 h"] == "XXXX-WXX-3T21:00"
    assert v["La veille"] == "XXXX-WXX-2"


def test_day_after_an_event_in_the_sentence_of_the_day_is_that_day(annotate):
    text = ("Les infirmières ont défilé mercredi à Nantes, au lendemain d'une nuit de "
            "négociations sans issue.")
    assert values(annotate(text, PUB))["lendemain"] == "2021-03-10"


def test_a_day_month_named_again_keeps_its_year(annotate):
    text = ("Le 28 décembre, deux militants ont été interpellés à Rennes. Ils seront jugés le "
            "4 mai pour les dégradations du 28 décembre.")
    v = values(annotate(text, "2021-01-06"))
    assert v["Le 28 décembre"] == "2020-12-28"
    assert v["le 4 mai"] == "2021-05-04"
    assert v["28 décembre"] == "2020-12-28"


def test_a_month_and_a_quarter_named_again_keep_their_year(annotate):
    text = ("La production a reculé au troisième trimestre, surtout entre juillet et "
            "septembre. Pour la suite, la banque prévoit un rebond. Au troisième trimestre, "
            "les ventes de juillet restent la principale déception.")
    doc = annotate(text, "2022-02-15")
    found = [(s.text, s._.timex["value"]) for s in doc.spans["dates"]]
    assert ("troisième trimestre", "2021-Q3") in found
    assert found.count(("juillet", "2021-07")) == 2


def test_hours_of_the_morning_or_evening_are_clock_times(annotate):
    text = ("Sept heures du matin devant le dépôt : les grévistes sont déjà là. Le dernier "
            "camion est reparti vers 10 heures du soir.")
    v = typed_values(annotate(text, PUB))
    assert v["Sept heures"] == ("TIME", "2021-03-12T07:00")
    assert v["10 heures"] == ("TIME", "2021-03-12T22:00")


def test_hours_ago_count_whole_days(annotate):
    text = "Le collectif, créé il y a 72 heures, réclame un rendez-vous."
    assert values(annotate(text, PUB))["il y a 72 heures"] == "2021-03-09"


def test_a_weekday_counted_down_to_is_ahead_of_the_story_day(annotate):
    text = ("Le porte-parole a été relâché mercredi, à trois jours d'un nouveau samedi de "
            "rassemblements, puis il a rejoint ses amis.")
    v = values(annotate(text, "2021-03-12"))
    assert v["mercredi"] == "2021-03-10"
    assert v["samedi"] == "2021-03-13"


def test_previous_and_next_units_count_from_the_story_time(annotate):
    text = ("Les ventes ont stagné au deuxième trimestre 2020, après une chute de 3 % au "
            "trimestre précédent. En 2016, la fonderie a licencié ; l'année suivante, elle a "
            "fermé.")
    v = values(annotate(text, "2021-06-20"))
    assert v["trimestre précédent"] == "2020-Q1"
    assert v["l'année suivante"] == "2017"


def test_middle_of_the_afternoon_and_start_of_the_week(annotate):
    text = ("La préfète avait consulté les éleveurs en début de semaine. Jeudi, en milieu "
            "d'après-midi, elle a publié le décret.")
    v = values(annotate(text, PUB))
    assert v["début de semaine"] == "2021-W10"
    assert v["milieu d'après-midi"] == "2021-03-11TAF"


def test_eve_of_an_event_with_its_article_frames_the_day_named(annotate):
    text = "Vendredi, à la veille du référendum, le préfet a interdit les rassemblements."
    v = values(annotate(text, PUB))
    assert v["la veille"] == "2021-03-12"


def test_a_month_after_jusqu_en_is_the_nearest_one(annotate):
    text = "Le chantier, ouvert par la commune jusqu'en janvier, reste fermé aux piétons."
    assert values(annotate(text, "2021-11-20"))["janvier"] == "2022-01"


def test_undated_article_weekday_of_the_day_it_dated(annotate):
    text = "Le 4 juin 2019, la digue a cédé. Mardi soir, les pompiers étaient encore là."
    assert values(annotate(text, None))["Mardi soir"] == "2019-06-04TEV"


# -- class 3: TimeML reference values --------------------------------------------------------

def test_present_reference_values(annotate):
    text = ("Pour l'instant, aucune piste n'est écartée. La situation actuelle inquiète les "
            "élus ; pour le moment, ils attendent.")
    assert typed_values(annotate(text, PUB)) == {
        "l'instant": ("TIME", "PRESENT_REF"), "actuelle": ("TIME", "PRESENT_REF"),
        "le moment": ("TIME", "PRESENT_REF")}


def test_past_and_future_reference_values(annotate):
    text = ("Auparavant, le bourg vivait de la pêche. À l'avenir, le port accueillera des "
            "voiliers ; le vote est renvoyé à une date ultérieure.")
    assert values(annotate(text, None)) == {
        "Auparavant": "PAST_REF", "À l'avenir": "FUTURE_REF",
        "une date ultérieure": "FUTURE_REF"}


@pytest.mark.negative
def test_the_future_as_a_noun_and_a_prenominal_adjective_are_not_dated(annotate):
    text = "Les parents pensent à l'avenir du village ; l'actuel maire se tait."
    assert values(annotate(text, PUB)) == {}


# -- class 4: vocabulary: sets, durations, years, centuries, feasts ----------------------------

def test_set_adjectives_and_per_unit(annotate):
    text = ("Le salon annuel attire les curieux ; la tournée est quotidienne et le bilan "
            "paraît par trimestre.")
    assert typed_values(annotate(text, PUB)) == {
        "annuel": ("SET", "P1Y"), "quotidienne": ("SET", "P1D"), "trimestre": ("SET", "P3M")}


@pytest.mark.negative
def test_daily_newspaper_is_not_a_set(annotate):
    assert values(annotate("Le quotidien régional a publié une enquête sur la presse "
                           "quotidienne.", PUB)) == {}


def test_durations_of_the_issue(annotate):
    text = ("Depuis un quart de siècle, la digue tient. L'audience a duré environ une heure. "
            "D'ici à dix ans, le quartier sera rasé. Le record tombe en 30,4 secondes.")
    assert typed_values(annotate(text, None)) == {
        "un quart de siècle": ("DURATION", "P25Y"), "environ une heure": ("DURATION", "PT1H"),
        "dix ans": ("DURATION", "P10Y"), "30,4 secondes": ("DURATION", "PT30.4S")}


def test_two_digit_year_after_a_day_month(annotate):
    v = values(annotate("Il est né le 10 novembre 93 à Brest.", PUB))
    assert v == {"le 10 novembre 93": "1993-11-10"}


def test_centuries(annotate):
    v = values(annotate("La chapelle date de la fin du XVIIe siècle et fut remaniée au "
                        "19e siècle.", PUB))
    assert v == {"la fin du XVIIe siècle": "16XX", "19e siècle": "18XX"}


def test_feasts_computed_from_the_year(annotate):
    # Easter 2021 was on 4 April: Pentecost is 49 days later
    v = values(annotate("Les gîtes seront pleins à Pâques, à la Pentecôte et à la Toussaint.",
                        PUB))
    assert v == {"Pâques": "2021-04-04", "la Pentecôte": "2021-05-23",
                 "la Toussaint": "2021-11-01"}
    assert values(annotate("Noël 2019 fut pluvieux.", None)) == {"Noël 2019": "2019-12-25"}
    assert values(annotate("Pas de vacances pour Noël, dit-elle.", None)) == {"Noël": "XXXX-12-25"}


@pytest.mark.negative
def test_feast_as_a_qualifier_or_a_first_name_is_not_a_date(annotate):
    text = "Les chalets du marché de Noël ferment ; Noël Durand proteste devant le père Noël."
    assert values(annotate(text, None)) == {}


def test_quarter_and_nth_weekday(annotate):
    v = values(annotate("Les ventes rebondiront au troisième trimestre ; la foire se tiendra "
                        "le premier dimanche d'octobre.", PUB))
    assert v == {"troisième trimestre": "2021-Q3", "le premier dimanche d'octobre": "2021-10-03"}


def test_numeric_date_with_clock(annotate):
    t = timexes(annotate("Dépêche mise à jour le 05/02/2021 08:15:00 à Rennes.", None))
    assert (t["05/02/2021 08:15:00"]["type"], t["05/02/2021 08:15:00"]["value"]) == (
        "TIME", "2021-02-05T08:15")


def test_vague_durations_after_the_unit(annotate):
    v = values(annotate("Le calme contraste avec les heurts des semaines précédentes ; les "
                        "mois suivants furent plus sereins.", PUB))
    assert v == {"semaines précédentes": "PXW", "les mois suivants": "PXM"}


@pytest.mark.negative
def test_capitalised_month_inside_a_sentence_is_not_a_month(annotate):
    assert values(annotate("Les coureurs sont partis du Champ de Mars.", None)) == {}


@pytest.mark.negative
def test_age_after_a_modifier_or_told_at_the_time_is_not_a_duration(annotate):
    text = "Paul, 17 ans à l'époque, a témoigné. Aujourd'hui, à presque 50 ans, il se tait."
    assert "17 ans" not in values(annotate(text, None))
    assert "presque 50 ans" not in values(annotate(text, None))


def test_a_landmark_year_does_not_carry_its_months(annotate):
    v = values(annotate("Le refuge accueille des randonneurs depuis 2009 ; en mars, il a fermé.",
                        PUB))
    assert v == {"2009": "2009", "mars": "2021-03"}


def test_night_between_two_days_is_the_first_one(annotate):
    t = timexes(annotate("Deux cambrioleurs ont été interpellés dans la nuit du 11 au 12 "
                         "octobre 2018.", PUB))
    assert (t["la nuit du 11 au 12 octobre 2018"]["type"],
            t["la nuit du 11 au 12 octobre 2018"]["value"]) == ("TIME", "2018-10-11TNI")


def test_hours_of_something_are_durations_not_clock_times(annotate):
    text = ("Après dix heures d'interrogatoire, le témoin a répondu durant près de 3h30 ; "
            "il est sorti à 4 heures de l'après-midi.")
    assert typed_values(annotate(text, PUB)) == {
        "dix heures": ("DURATION", "PT10H"), "3h30": ("DURATION", "PT3H30M"),
        "4 heures": ("TIME", "2021-03-12T16:00")}


def test_from_a_weekday_follows_the_verb(annotate):
    # "dès" is "from ... on": with a future verb the coming Wednesday, not the last one
    v = values(annotate("Le budget sera débattu dès mercredi soir au conseil.", PUB))
    assert v == {"mercredi soir": "2021-03-17TEV"}


# --- round 2: classes found on unseen press articles ---------------------------------------

def test_elided_modifier_stays_in_the_duration_span(annotate):
    text = ("La grève dure depuis plus d'un mois ; la ministre a cédé moins d'une semaine "
            "après son arrivée, dans un conflit qui a duré près d'un an.")
    assert typed_values(annotate(text, PUB)) == {
        "plus d'un mois": ("DURATION", "P1M"), "moins d'une semaine": ("DURATION", "P1W"),
        "près d'un an": ("DURATION", "P1Y")}


def test_ago_with_an_adverb_is_still_a_date(annotate):
    v = values(annotate("Il y a seulement trois jours, le club menait ; il y a encore deux "
                        "mois, personne n'y croyait, et il y a déjà dix ans que tout a commencé.",
                        PUB))
    assert v == {"Il y a seulement trois jours": "2021-03-09",
                 "il y a encore deux mois": "2021-01",
                 "il y a déjà dix ans": "2011"}


def test_amount_later_is_a_date_on_the_story_time_line(annotate):
    text = ("Le 3 février, le navire a quitté Brest. Quatre jours plus tard, il accostait à "
            "Dakar ; deux semaines auparavant, l'équipage avait été changé.")
    t = timexes(annotate(text, PUB))
    assert (t["Quatre jours plus tard"]["type"], t["Quatre jours plus tard"]["value"],
            t["Quatre jours plus tard"]["anchor"]) == ("DATE", "2021-02-07", "previous")
    assert t["deux semaines auparavant"]["value"] == "2021-01-24"


def test_amount_later_keeps_the_precision_of_the_story_time(annotate):
    v = values(annotate("Élue en juin 2015, la maire paraissait intouchable. Trente mois plus "
                        "tard, elle a perdu sa majorité.", PUB))
    assert v["Trente mois plus tard"] == "2017-12"


def test_amount_later_after_a_clock_time_is_a_clock_time(annotate):
    t = timexes(annotate("Le feu a pris mardi à 14 heures. Trois heures plus tard, il était "
                         "maîtrisé.", PUB))
    assert (t["Trois heures plus tard"]["type"], t["Trois heures plus tard"]["value"]) == (
        "TIME", "2021-03-09T17:00")


def test_amount_later_without_publication_date_is_unknown(annotate):
    v = values(annotate("Deux jours plus tard, la route était rouverte."))
    assert v == {"Deux jours plus tard": "XXXX-XX-XX"}


def test_amount_before_a_noun_phrase_stays_a_duration(annotate):
    # "deux jours après son départ": an amount of time before a landmark, not the shift
    t = timexes(annotate("Il a écrit deux jours après son départ.", PUB))
    assert "deux jours après" not in t
    assert t["deux jours"]["type"] == "DURATION"


def test_until_now_is_one_reference_span(annotate):
    text = ("Jusqu'ici, la commune a refusé le projet. Les mesures prises jusqu'à présent "
            "sont faibles. Jusqu'alors, le village vivait tranquille.")
    assert typed_values(annotate(text, PUB)) == {
        "Jusqu'ici": ("TIME", "PRESENT_REF"), "jusqu'à présent": ("TIME", "PRESENT_REF"),
        "Jusqu'alors": ("TIME", "PAST_REF")}


def test_hours_and_a_half_are_hours_and_minutes(annotate):
    v = values(annotate("La séance a duré cinq heures et demie, après une pause d'une heure "
                        "et demie.", PUB))
    assert v == {"cinq heures et demie": "PT5H30M", "une heure et demie": "PT1H30M"}


def test_en_stays_out_of_beginning_and_end_spans(annotate):
    v = values(annotate("Le vote aura lieu en fin d'après-midi ; la loi sera promulguée en "
                        "début d'année prochaine.", PUB))
    assert v == {"fin d'après-midi": "2021-03-12TAF", "début d'année prochaine": "2022"}


def test_this_beginning_of_year_and_this_year_with_its_number(annotate):
    v = values(annotate("En ce début d'année, les prix montent, et cette année 2021 sera "
                        "difficile.", PUB))
    assert v == {"ce début d'année": "2021", "cette année 2021": "2021"}


def test_distal_day_is_the_story_day_not_the_publication_day(annotate):
    text = ("Les incidents remontent au 6 février. Le procès s'est ouvert ce vendredi 12 mars. "
            "Les agents tentaient, ce jour-là, de disperser la foule ; ce soir-là, la place "
            "était vide.")
    v = values(annotate(text, PUB))
    assert v["ce jour-là"] == "2021-02-06"
    assert v["ce soir-là"] == "2021-02-06TEV"


def test_day_after_an_event_counts_from_the_story_day(annotate):
    def days(text):
        doc = annotate(text, PUB)
        return [(s.text, s._.timex["value"]) for s in doc.spans["dates"]]
    assert days("Le scrutin s'est tenu le 7 mars. Au lendemain du scrutin, le président a "
                "démissionné.") == [("le 7 mars", "2021-03-07"), ("lendemain", "2021-03-08")]
    # set off by a comma right after a day, it is that day
    assert days("Hier, au lendemain du conseil, il a parlé.") == [
        ("Hier", "2021-03-11"), ("lendemain", "2021-03-11")]


def test_present_participle_takes_the_tense_of_its_verb(annotate):
    past = values(annotate("Le député a fâché son parti en rencontrant mardi un opposant.", PUB))
    future = values(annotate("La ministre relancera le dossier en recevant mardi les élus.", PUB))
    assert past == {"mardi": "2021-03-09"}
    assert future == {"mardi": "2021-03-16"}


def test_publication_weekday_beats_the_same_weekday_a_week_off(annotate):
    # a Friday's paper: "vendredi" is today even after the story named the previous Friday
    text = ("La précédente marche, le 5 mars, avait réuni 3 000 personnes. Les cortèges de "
            "vendredi ont rassemblé moins de monde.")
    v = values(annotate(text, PUB))
    assert v == {"le 5 mars": "2021-03-05", "vendredi": "2021-03-12"}


def test_one_hour_or_one_day_after_a_duration_preposition(annotate):
    text = ("Il a chanté pendant une heure ; la crise ne se réglera pas en un jour, après "
            "une pause d'une heure.")
    assert typed_values(annotate(text, PUB)) == {
        "une heure": ("DURATION", "PT1H"), "un jour": ("DURATION", "P1D")}


@pytest.mark.negative
def test_one_day_alone_is_no_duration(annotate):
    assert "un jour" not in timexes(annotate("Un jour, il reviendra au village.", PUB))


def test_ce_jour_is_today_and_a_ce_jour_is_present_ref(annotate):
    doc = annotate("La mairie communique ce jour son bilan ; à ce jour, rien n'a changé.", PUB)
    assert [(s.text, s._.timex["type"], s._.timex["value"]) for s in doc.spans["dates"]] == [
        ("ce jour", "DATE", "2021-03-12"), ("ce jour", "TIME", "PRESENT_REF")]


@pytest.mark.negative
def test_ce_jour_de_is_a_noun_phrase(annotate):
    doc = annotate("On se souviendra de ce jour de deuil.", PUB)
    assert not doc.spans["dates"]


def test_one_unit_in_n_is_a_set(annotate):
    v = values(annotate("Le marché se tient un jour sur deux, et elle rentre au moins un "
                        "week-end sur trois.", PUB))
    assert v == {"un jour sur deux": "P2D", "un week-end sur trois": "P3W"}


def test_in_n_units_leaves_dans_out_of_the_span(annotate):
    # DATES.md: leading prepositions are not part of the expression
    v = values(annotate("Le chantier doit rendre son avis dans 48 heures et fermer dans deux "
                        "semaines.", PUB))
    assert "48 heures" in v and "deux semaines" in v
    assert not any(text.startswith("dans") for text in v)


def test_clock_shaped_amount_of_something_is_a_duration(annotate):
    # "N h de <common noun>" is time spent; before a name or an infinitive it is a clock time
    t = typed_values(annotate("Le car est arrivé avec 2h15 de retard. Le maire a décidé vers "
                              "9h30 de rouvrir la salle.", PUB))
    assert t["2h15"] == ("DURATION", "PT2H15M")
    assert t["9h30"] == ("TIME", "2021-03-12T09:30")


def test_round_the_clock_with_number_words(annotate):
    v = values(annotate("La boutique reste ouverte 24 heures sur 24 et sept jours sur sept, "
                        "même l'été.", PUB))
    assert v["24 heures sur 24"] == "P1D"
    assert v["sept jours sur sept"] == "P1W"


def test_sentence_opening_part_of_day_is_the_story_day_or_a_habit(annotate):
    v = values(annotate("Mardi, la délégation a visité l'usine. Le soir, elle a dîné avec le "
                        "préfet.", PUB))
    assert v["Le soir"] == "2021-03-09TEV"
    habit = timexes(annotate("Le matin, le boulanger ouvre à six heures.", PUB))
    assert (habit["Le matin"]["type"], habit["Le matin"]["value"]) == ("TIME", "XXXX-XX-XXTMO")


@pytest.mark.negative
def test_part_of_day_inside_a_sentence_is_not_an_adverbial(annotate):
    assert "le soir" not in timexes(annotate("Il préfère le soir, plus calme.", PUB))


def test_weekday_of_a_compared_figure_is_past(annotate):
    # "contre 12 000 lundi": the figure compared with was counted before, whatever the verb
    v = values(annotate("Selon un décompte qui se veut neutre, 9 000 grévistes sont recensés, "
                        "contre 12 000 lundi.", PUB))
    assert v == {"lundi": "2021-03-08"}


@pytest.mark.negative
def test_n_springs_is_an_age_not_a_season(annotate):
    assert "printemps" not in values(annotate("À 90 printemps, la peintre expose encore.", PUB))


def test_modified_amount_before_apres_stays_a_duration(annotate):
    t = timexes(annotate("En 1975, il chantait déjà. Plus de quarante ans après, il chante "
                         "encore.", PUB))
    assert (t["Plus de quarante ans"]["type"], t["Plus de quarante ans"]["value"]) == (
        "DURATION", "P40Y")


def test_day_after_an_undated_event_in_the_next_days_paper(annotate):
    v = values(annotate("Au lendemain des émeutes, le maire réunit les commerçants.", PUB))
    assert v == {"lendemain": "2021-03-12"}


def test_distal_day_without_hyphen(annotate):
    v = values(annotate("Le 2 mars, le ministre a parlé. Il était ce jour là à Lille.", PUB))
    assert v["ce jour là"] == "2021-03-02"


@pytest.mark.negative
def test_four_digit_number_coordinated_with_a_count_is_no_year(annotate):
    v = values(annotate("Il touche entre 1500 et 1800 euros, plus une aide de 2000 ou 3000 euros.",
                        PUB))
    assert "1500" not in v and "2000" not in v


def test_coordinated_years_stay_years(annotate):
    v = values(annotate("Entre 1990 et 2000, la commune a doublé.", PUB))
    assert v == {"1990": "1990", "2000": "2000"}


@pytest.mark.parametrize("sentence", [
    "La chanteuse, âgée aujourd'hui de 61 ans, a quitté la scène.",
    "Un ancien gardien de but aujourd'hui reconverti dans la pâtisserie a témoigné.",
    "L'ancien maire, aujourd'hui conseiller régional, a répondu aux questions.",
    "Personne ne comprend aujourd'hui pourquoi la digue a cédé.",
    "Il a affirmé que rien ne l'expliquait aujourd'hui.",
    "Deux des boulangers sont aujourd'hui au chômage.",
    "Le village vivait du charbon, mais aujourd'hui les jeunes partent en ville.",
    # after a past era of its sentence (a year, a century)
    "En 1995, le quartier comptait trois usines, aujourd'hui il accueille des bureaux.",
    "Ce pont remonte au XVIIe siècle et accueille aujourd'hui des cyclistes.",
])
def test_aujourdhui_of_a_state_is_the_present_era(annotate, sentence):
    assert typed_values(annotate(sentence, PUB))["aujourd'hui"] == ("TIME", "PRESENT_REF")


@pytest.mark.parametrize("sentence", [
    "Le ministre a inauguré aujourd'hui la nouvelle passerelle.",
    "La préfète doit visiter aujourd'hui les quartiers inondés.",
    "Les kinés défilent aujourd'hui devant la mairie.",
    "Il a récupéré ses nouveaux bureaux provisoires aujourd'hui.",
    "Un seul concert est au programme de la fanfare aujourd'hui.",
    # after an adjective and a comma
    "Le militant est libre aujourd'hui, après deux nuits de garde à vue.",
    # a day-precise date is no era: the day stays the day
    "Le 3 mars, le juge a ouvert le procès, aujourd'hui il rend son verdict.",
])
def test_aujourdhui_of_an_event_is_the_publication_day(annotate, sentence):
    assert typed_values(annotate(sentence, PUB))["aujourd'hui"] == ("DATE", "2021-03-12")


def test_agency_footer_copyright_year_is_a_date(annotate):
    text = ("Les pompiers ont maîtrisé le feu dans la nuit.\n"
            "\u00a0\u00a0\u00a0\u00a0Lyon (AFP)\u00a0-\u00a0\n"
            "\u00a0\u00a0\u00a0\u00a0©\u00a02021\u00a0AFP")
    assert typed_values(annotate(text, PUB))["2021"] == ("DATE", "2021")


@pytest.mark.negative
def test_other_dates_of_boilerplate_lines_stay_out(annotate):
    doc = annotate("Le conseil a voté le budget.\nLire aussi : le 3 mars, la crue de la Saône", PUB)
    assert "le 3 mars" not in values(doc)


def test_whole_week_and_weekend_are_the_current_ones(annotate):
    v = typed_values(annotate("Muette toute la semaine, la direction a répondu. Les bénévoles "
                              "avaient trié des colis tout le week-end.", "2021-03-15"))
    assert v["toute la semaine"] == ("DATE", "2021-W11")
    assert v["tout le week-end"] == ("DATE", "2021-W10-WE")


def test_whole_part_of_the_day_is_the_story_day(annotate):
    v = typed_values(annotate("Samedi, la boulangerie est restée ouverte toute la journée. "
                              "Les plongeurs ont fouillé l'étang toute la nuit.", PUB))
    assert v["toute la journée"] == ("DATE", "2021-03-06")
    assert v["toute la nuit"] == ("TIME", "2021-03-06TNI")


def test_whole_night_in_the_past_without_a_story_day_is_last_night(annotate):
    v = typed_values(annotate("Les pompiers ont lutté toute la nuit contre les flammes.", PUB))
    assert v["toute la nuit"] == ("TIME", "2021-03-11TNI")


def test_phrases_naming_a_moment_of_the_day(annotate):
    text = ("Mardi, les grévistes ont levé le piquet au petit matin, sont "
            "revenus à la mi-journée et sont repartis à la tombée de la nuit.")
    v = typed_values(annotate(text, PUB))
    assert v["petit matin"] == ("TIME", "2021-03-09TMO")
    assert v["la mi-journée"] == ("TIME", "2021-03-09TMI")
    assert v["la tombée de la nuit"] == ("TIME", "2021-03-09TEV")


@pytest.mark.negative
def test_dawn_of_something_is_no_time(annotate):
    assert "l'aube" not in values(annotate("Le secteur est à l'aube d'une révolution.", PUB))


def test_report_opening_on_bare_times_takes_the_day_it_names_later(annotate):
    v = typed_values(annotate("Au petit matin, les routiers ont bloqué le dépôt. Dès 7h15, la "
                              "file de camions s'allongeait. Jeudi, la préfecture a fait évacuer "
                              "le site.", PUB))
    assert v["petit matin"] == ("TIME", "2021-03-11TMO")
    assert v["7h15"] == ("TIME", "2021-03-11T07:15")
    assert v["Jeudi"] == ("DATE", "2021-03-11")


def test_future_bare_time_stays_on_the_publication_day(annotate):
    v = typed_values(annotate("La ministre s'exprimera à 20 heures. Jeudi, les syndicats "
                              "avaient quitté la réunion.", PUB))
    assert v["20 heures"] == ("TIME", "2021-03-12T20:00")



def test_past_night_on_the_publication_day_is_the_night_before(annotate):
    v = typed_values(annotate("Vendredi, la préfecture a compté douze interpellations, dont "
                              "cinq pendant la nuit.", PUB))
    assert v["la nuit"] == ("TIME", "2021-03-11TNI")


def test_whole_week_told_in_the_past_on_a_monday_is_the_week_gone(annotate):
    text = "Toute la semaine, les livreurs ont attendu une réponse."
    v = typed_values(annotate(text, "2021-03-15"))
    assert v["Toute la semaine"] == ("DATE", "2021-W10")


def test_past_night_in_an_undated_article_stays_undated(annotate):
    v = typed_values(annotate("Les pompiers sont intervenus dans la nuit près du port.", None))
    assert v["la nuit"] == ("TIME", "XXXX-XX-XXTNI")


# -- the story's time line across the article (second blind tuning set) -----------------------

def test_future_passive_read_as_a_copula_points_ahead(annotate):
    v = values(annotate("Le projet de budget sera finalement examiné mardi par les élus.", PUB))
    assert v["mardi"] == "2021-03-16"


def test_weekday_named_again_as_a_noun_complement_is_the_same_day(annotate):
    text = ("Le conseil municipal se réunira mardi. La séance de mardi a été "
            "annoncée par le maire.")
    doc = annotate(text, PUB)
    assert [span._.timex["value"] for span in doc.spans["dates"]] == ["2021-03-16", "2021-03-16"]


def test_same_day_told_in_the_past_is_not_an_announced_future_day(annotate):
    text = ("Jeudi, le syndicat a annoncé une grève qui aura lieu lundi. Il a écrit à la "
            "direction le même jour.")
    v = values(annotate(text, PUB))
    assert v["lundi"] == "2021-03-15"
    assert v["le même jour"] == "2021-03-11"


def test_future_clock_time_is_not_on_a_backstory_day(annotate):
    text = ("Le préfet recevra lundi les agents qui ont été blessés mercredi.\nIl les "
            "rencontrera à 10 h 30 dans son bureau.")
    v = values(annotate(text, PUB))
    assert v["mercredi"] == "2021-03-10"
    assert v["10 h 30"] == "2021-03-15T10:30"


def test_future_in_the_paragraph_of_a_past_day_stays_on_that_day(annotate):
    # a narrative future ("ils resteront") tells the past day's evening, not a coming one
    text = ("Mercredi soir, les parents ont occupé l'école. Les plus tenaces resteront "
            "jusqu'à 22 heures.")
    v = values(annotate(text, PUB))
    assert v["22 heures"] == "2021-03-10T22:00"


@pytest.mark.negative
def test_now_stressing_the_time_gone_by_is_no_present_reference(annotate):
    v = typed_values(annotate("Les grévistes occupent le dépôt depuis maintenant trois "
                              "semaines. Cela fait maintenant plus d'un an que le site perd "
                              "de l'argent.", PUB))
    assert v["trois semaines"] == ("DURATION", "P3W")
    assert "maintenant" not in v
    v = typed_values(annotate("Il y a maintenant deux ans, le site a fermé.", PUB))
    assert v["Il y a maintenant deux ans"] == ("DATE", "2019")
    # "maintenant" alone stays the present
    v = typed_values(annotate("Les grévistes veulent maintenant une réponse écrite.", PUB))
    assert v["maintenant"] == ("TIME", "PRESENT_REF")


def test_day_before_or_after_a_written_date_counts_from_it(annotate):
    text = ("Le 3 mars, le conseil a voté le budget. Les soldes ont repris dès le lendemain "
            "de Noël, et l'avant-veille du 1er janvier les rayons étaient vides.")
    v = values(annotate(text, PUB))
    assert v["le lendemain"] == "2020-12-26"
    assert v["Noël"] == "2020-12-25"
    assert v["l'avant-veille"] == "2020-12-30"


def test_the_verb_veiller_is_no_day_before(annotate):
    v = values(annotate("Mardi, la gardienne a fermé le parc. Elle veille à ce que personne "
                        "n'y entre, et la veille elle avait prévenu la mairie.", PUB))
    assert v == {"Mardi": "2021-03-09", "la veille": "2021-03-08"}


# -- third blind tuning set: the story's day across paragraphs, feasts, vague units ------------

def test_clock_in_a_paragraph_naming_no_day_is_not_on_a_recalled_day(annotate):
    # the day recalled with "dernier" is a landmark; the next paragraph tells the story's day
    text = ("Jeudi, les ambulanciers ont manifesté devant l'hôpital de Tours, deux fois plus "
            "nombreux que le 20 février dernier.\nVers 18 h 15, la direction a accepté de les "
            "recevoir.")
    v = values(annotate(text, PUB))
    assert v["le 20 février dernier"] == "2021-02-20"
    assert v["18 h 15"] == "2021-03-11T18:15"


def test_clock_in_a_paragraph_naming_no_day_is_on_the_most_dated_day(annotate):
    text = ("Mercredi, un incendie a ravagé un entrepôt de Lille, a-t-on appris mercredi de "
            "source policière.\nLe bâtiment avait déjà été touché par un sinistre le 2 février."
            "\nVers 23 heures, le feu a été maîtrisé.")
    v = values(annotate(text, PUB))
    assert v["le 2 février"] == "2021-02-02"
    assert v["23 heures"] == "2021-03-10T23:00"


def test_clock_in_a_new_paragraph_stays_on_a_later_day_named_as_often(annotate):
    # the story went on from Monday to Tuesday evening: the night's clock is Tuesday's
    text = ("Lundi, le ministre a présenté son plan. Mardi soir, les syndicats l'ont rejeté."
            "\nÀ 23 heures, la réunion a pris fin. À minuit et demie, les délégués sont partis.")
    v = values(annotate(text, PUB))
    assert v["23 heures"] == "2021-03-09T23:00"
    assert v["minuit et demie"] == "2021-03-10T00:30"  # half past midnight: the next day


def test_first_clock_of_a_range_takes_the_day_of_the_second(annotate):
    text = "Le ministre a parlé jeudi.\nLes vols ont été commis entre 1 h 30 et 4 h lundi."
    v = values(annotate(text, PUB))
    assert v["1 h 30"] == "2021-03-08T01:30"


def test_feast_a_past_verb_would_put_a_year_back_is_the_coming_one(annotate):
    v = values(annotate("Les bénévoles comptaient fêter Noël au foyer.", "2021-12-23"))
    assert v["Noël"] == "2021-12-25"


@pytest.mark.negative
def test_capitalised_midi_is_a_name_not_noon(annotate):
    v = values(annotate("Jeudi, le maire a confié à Midi Libre qu'il était arrivé à midi.", PUB))
    assert "Midi" not in v
    assert v["midi"] == "2021-03-11T12:00"


def test_last_quarter_of_a_written_year(annotate):
    v = values(annotate("Les ventes ont reculé au dernier trimestre 2020.", PUB))
    assert v["dernier trimestre 2020"] == "2020-Q4"


def test_vague_amount_of_time_as_a_verb_object(annotate):
    v = values(annotate("Il faudra des décennies pour reboiser la colline, et les routiers "
                        "attendent des heures à la frontière.", PUB))
    assert v["des décennies"] == "PXDE"
    assert v["des heures"] == "PTXH"


@pytest.mark.negative
def test_hours_qualified_by_an_adjective_are_no_duration(annotate):
    v = values(annotate("Le patron veut payer des heures supplémentaires depuis des années.",
                        PUB))
    assert "des heures" not in v
    assert v["des années"] == "PXY"


def test_dusk_after_avant_is_the_evening_of_the_story_day(annotate):
    v = typed_values(annotate("Samedi, les heurts ont commencé avant même la tombée de la "
                              "nuit.", PUB))
    assert v["la tombée de la nuit"] == ("TIME", "2021-03-06TEV")


def test_day_month_naming_an_event_under_a_future_or_present_verb_is_the_nearest(annotate):
    # the verb speaks of the trial or of today, not of the day that names the event
    v = values(annotate("Le prévenu sera jugé en avril pour des violences commises lors de la "
                        "manifestation du 12 décembre.", PUB))
    assert v["12 décembre"] == "2020-12-12"
    v = values(annotate("Les dégâts de la tempête du 2 février restent visibles.", PUB))
    assert v["2 février"] == "2021-02-02"
    # a span "du ... au ..." keeps the verb's direction
    v = values(annotate("Le salon se tiendra du 3 au 5 février.", PUB))
    assert v["5 février"] == "2022-02-05"


def test_part_of_the_day_followed_by_its_day_is_on_that_day(annotate):
    # the day written right after names the time, not the day the story last recalled
    text = ("Jeudi, les commerçants ont rouvert, moins nombreux que le 20 février dernier.\n"
            "Le magasin avait été pillé dans la soirée, mercredi.")
    v = values(annotate(text, PUB))
    assert v["la soirée"] == "2021-03-10TEV"



# one sentence of our own per construction -> (span, type, value) of the record it gives
RECORDS_OF_CONSTRUCTIONS = [
    # "même" stresses the phrase after "dès" as after "avant"; the span leaves both out
    ("focus_adverb", "Lundi, une file d'attente s'était formée dès même l'aube devant la "
     "mairie.", PUB, "l'aube", ("TIME", "2021-03-08TMO")),
    # "des" joins "la veille" to the dates it counts from, as "de" and "du" do
    ("day_before_a_pair", "Les salariés ont voté la grève la veille des 18 et 19 février.",
     PUB, "la veille", ("DATE", "2021-02-17")),
    ("voici_counts_back", "Le chantier de la halle a été lancé voici deux mois, sans "
     "concertation.", PUB, "voici deux mois", ("DATE", "2021-01")),
    ("voila_counts_back", "Voilà trois ans, la commune a signé une convention avec la région.",
     PUB, "Voilà trois ans", ("DATE", "2018")),
    # "voilà/voici N unités que …" says how long something has lasted, not when
    ("voila_que_is_a_duration", "Voilà cinq ans que le lavoir attend sa restauration.",
     PUB, "cinq ans", ("DURATION", "P5Y")),
    ("voici_qu_is_a_duration", "Voici six mois qu'aucun bus ne dessert le hameau.",
     PUB, "six mois", ("DURATION", "P6M")),
    # "de N heures" after "une grève", "quatre créneaux": the length of the noun
    ("hours_measure_a_noun", "Le syndicat organise mardi une grève de 24 heures dans les "
     "dépôts.", PUB, "24 heures", ("DURATION", "PT24H")),
    ("hours_measure_counted_nouns", "La consultation sera découpée en quatre créneaux de deux "
     "heures.", PUB, "deux heures", ("DURATION", "PT2H")),
    # a range keeps its clock times; a definite noun is the one held at that hour
    ("hours_of_a_range", "Mardi, un rassemblement de 14 heures à 18 heures a réuni les "
     "agents.", PUB, "14 heures", ("TIME", "2021-03-09T14:00")),
    # "du … au …" between two hours is a range of clock times, no news programme
    ("first_hour_of_a_du_au_range", "La médiathèque restera ouverte du 10 heures au "
     "19 heures.", PUB, "10 heures", ("TIME", "2021-03-12T10:00")),
    ("second_hour_of_a_du_au_range", "La médiathèque restera ouverte du 10 heures au "
     "19 heures.", PUB, "19 heures", ("TIME", "2021-03-12T19:00")),
    ("hour_of_a_definite_noun", "Jeudi, la réunion de 10 heures a été annulée.", PUB,
     "10 heures", ("TIME", "2021-03-11T10:00")),
    ("count_of_saturdays", "Après quatre samedis de défilés, le collectif marque une pause.",
     PUB, "quatre samedis", ("SET", "XXXX-WXX-6")),
    ("count_of_sundays", "Les commerçants ont perdu gros pendant les trois dimanches de "
     "fermeture.", PUB, "les trois dimanches", ("SET", "XXXX-WXX-7")),
    # Christmas's and the New Year's réveillon are the evenings of the 24th and the 31st
    ("christmas_eve", "Jeudi soir, les bénévoles ont passé le réveillon de Noël au refuge.",
     "2020-12-26", "le réveillon de Noël", ("TIME", "2020-12-24TEV")),
    ("new_year_night", "Un concert gratuit est prévu la nuit de la Saint-Sylvestre sur la "
     "grand-place.", "2020-12-20", "la nuit de la Saint-Sylvestre", ("TIME", "2020-12-31TNI")),
    ("new_year_eve", "Les pompiers seront mobilisés lors du réveillon du Nouvel An.",
     "2020-12-20", "réveillon du Nouvel An", ("TIME", "2020-12-31TEV")),
    ("first_of_entre_days", "Le sondage a été réalisé entre le 3 et le 5 mars auprès de mille "
     "personnes.", PUB, "le 3", ("DATE", "2021-03-03")),
    ("second_of_entre_days", "Le sondage a été réalisé entre le 3 et le 5 mars auprès de "
     "mille personnes.", PUB, "le 5 mars", ("DATE", "2021-03-05")),
    ("bare_decades", "Cette colère est le fruit de décennies de mépris, selon le sociologue.",
     PUB, "décennies", ("DURATION", "PXDE")),
]


@pytest.mark.parametrize("text, pub, span, record",
                         [case[1:] for case in RECORDS_OF_CONSTRUCTIONS],
                         ids=[case[0] for case in RECORDS_OF_CONSTRUCTIONS])
def test_record_of_a_construction(annotate, text, pub, span, record):
    assert typed_values(annotate(text, pub))[span] == record


def test_weekday_completing_a_newspaper_name_dates_nothing(annotate):
    # the entities layer found the organisation; "du Dimanche" completes its noun
    for text, day, value in (
            ("Samedi, la Gazette du Dimanche a publié un sondage sur le maire.", "Samedi",
             "2021-03-06"),
            ("Le maire a répondu jeudi aux questions de la Gazette du Dimanche.", "jeudi",
             "2021-03-11")):
        assert values(annotate(text, PUB)) == {day: value}


def test_hour_after_a_singular_determiner_names_a_news_programme(annotate):
    for text, day, value in (
            ("Le ministre était invité dimanche au 20h de la chaîne publique.", "dimanche",
             "2021-03-07"),
            ("Lundi, la députée est intervenue lors du 20 heures de la deuxième chaîne.",
             "Lundi", "2021-03-08")):
        assert values(annotate(text, PUB)) == {day: value}


def test_feast_after_a_period_noun_dates_it(annotate):
    # "les vacances de Noël" happen at Christmas; "le marché de Noël" is only qualified
    text = ("Le chantier reprendra après les vacances de Noël, puis le marché de Noël "
            "s'installera place Carnot.")
    doc = annotate(text, "2020-12-10")
    assert [(s.start_char, s._.timex["value"]) for s in doc.spans["dates"]] == [
        (text.index("Noël"), "2020-12-25")]


def test_weekday_named_again_after_a_recalled_day_of_that_weekday(annotate):
    # a Friday's paper: "samedi" is the coming Saturday the headline named, not the
    # Saturday "le 6 mars dernier" recalled in between
    doc = annotate("Ce samedi 13 mars, les commerçants du centre ouvriront tard. Le marché "
                   "nocturne, lancé le 6 mars dernier, avait attiré des centaines de curieux.\n"
                   "Les halles sont ouvertes samedi jusqu'à minuit.", PUB)
    assert values(doc)["samedi"] == "2021-03-13"
    assert values(doc)["le 6 mars dernier"] == "2021-03-06"


def test_numbered_day_of_action_is_the_story_day(annotate):
    doc = annotate("Les infirmiers défileront ce samedi 13 mars. La cinquième journée de "
                   "mobilisation du secteur doit partir de la gare.", PUB)
    t = typed_values(doc)
    assert t["La cinquième journée"] == ("DATE", "2021-03-13")


def test_numbered_day_of_action_takes_the_day_dated_after_it(annotate):
    doc = annotate("Les cheminots avaient réuni 5 000 personnes pour la première journée de "
                   "grève, le 20 février, puis 3 000 une semaine plus tard.", PUB)
    assert values(doc)["la première journée"] == "2021-02-20"


def test_first_or_relational_numbered_day_without_a_date_gets_no_record(annotate):
    doc = annotate("Les infirmiers défileront ce samedi 13 mars. Ils étaient déjà là lors de la "
                   "première journée de mobilisation. Au lendemain de la troisième journée "
                   "d'action, le ministre les recevra. La 25e journée de Ligue 1 est reportée.",
                   PUB)
    days = [span.text for span in doc.spans["dates"] if span._.timex["type"] == "DATE"]
    assert "ce samedi 13 mars" in days
    # no day for the first, the relational one, the league round
    assert not any("journée" in text for text in days)


def test_presentative_with_des_and_que_is_a_vague_duration(annotate):
    doc = annotate("Voilà des mois que les riverains réclament un feu rouge. Il y a des "
                   "années que la salle attend ses travaux. Il y a des jours où rien ne va.", PUB)
    assert typed_values(doc) == {"des mois": ("DURATION", "PXM"),
                                 "des années": ("DURATION", "PXY")}


def test_new_year_after_du_dates_a_period_or_ceremony_not_a_qualified_noun(annotate):
    doc = annotate("Le maire a annulé les festivités du Nouvel An. Les vœux du Nouvel An "
                   "seront lus en ligne. La cérémonie [du Nouvel An] n'aura pas lieu.",
                   "2021-12-20")
    assert typed_values(doc) == {"Nouvel An": ("DATE", "2022-01-01")}
    assert len(doc.spans["dates"]) == 2


def test_numbered_weekend_of_action_is_the_story_days_weekend(annotate):
    doc = annotate("Les stations seront fermées ce samedi. Pour ce cinquième week-end de "
                   "mobilisation des infirmiers, la police craint des heurts.", PUB)
    assert typed_values(doc)["ce cinquième week-end"] == ("DATE", "2021-W10-WE")


def test_round_of_a_championship_is_a_one_day_duration(annotate):
    doc = annotate("Trois matchs de la 12e journée de Ligue 2 sont reportés.", PUB)
    assert typed_values(doc) == {"la 12e journée": ("DURATION", "P1D")}


def test_numbered_day_of_action_ignores_a_day_it_is_compared_with(annotate):
    doc = annotate("Les infirmiers ont défilé mardi 9 mars. La cinquième journée de "
                   "mobilisation a réuni moins de monde que le 2 mars.\nLa première journée "
                   "de grève a été moins suivie que celle du 23 février.", PUB)
    t = typed_values(doc)
    assert t["La cinquième journée"] == ("DATE", "2021-03-09")
    assert "La première journée" not in t  # recalled, its day is not the compared one


def test_numbered_day_of_action_takes_no_day_of_another_clause(annotate):
    doc = annotate("Les infirmiers défileront ce samedi 13 mars. Deux élus, arrêtés lors de la "
                   "quatrième journée de mobilisation, seront jugés jeudi. Après la sixième "
                   "journée d'action, le préfet les recevra lundi. Au lendemain de la septième "
                   "journée de grève, les syndicats seront reçus mardi.", PUB)
    v = values(doc)
    assert (v["jeudi"], v["lundi"], v["mardi"]) == ("2021-03-18", "2021-03-15", "2021-03-16")
    assert v.get("la quatrième journée") != v["jeudi"]
    assert not {"la sixième journée", "la septième journée"} & set(v)


def test_numbered_day_of_action_is_dated_by_its_own_verb(annotate):
    doc = annotate("Les cheminots restent mobilisés et une quatrième journée d'action est "
                   "prévue le 18 mars dans toute la région.", PUB)
    assert values(doc)["une quatrième journée"] == "2021-03-18"


def test_feast_of_another_calendar_gets_no_date(annotate):
    doc = annotate("Les célébrations du Nouvel An chinois ont attiré la foule. Le réveillon "
                   "du Nouvel An lunaire sera fêté au restaurant. Les vacances de Noël "
                   "approchent.", "2021-12-10")
    assert typed_values(doc) == {"Noël": ("DATE", "2021-12-25")}


def test_day_of_action_after_a_relational_cue_keeps_its_bare_date(annotate):
    doc = annotate("Après une première journée de grève nationale le 4 mars, les agents "
                   "sont revenus lundi.", PUB)
    assert values(doc)["une première journée"] == "2021-03-04"


def spans(doc) -> list[tuple[int, str, str]]:
    return [(span.start_char, span._.timex["type"], span._.timex["value"])
            for span in doc.spans["dates"]]


def test_au_quotidien_is_daily_unless_it_names_a_newspaper(annotate):
    text = ("Les livreurs affrontent au quotidien la pluie et le froid. « Nous sommes "
            "épuisés », a confié une livreuse au quotidien Le Courrier. Le maire a "
            "répondu dans un entretien au quotidien régional.")
    doc = annotate(text, PUB)
    assert spans(doc) == [(text.index("quotidien"), "SET", "P1D")]


def test_au_quotidien_after_a_present_reporting_verb_with_an_object_is_daily(annotate):
    text = ("Les bénévoles assurent au quotidien l'accueil des sans-abri. Les syndicats "
            "dénoncent au quotidien des cadences intenables. Il a raconté au quotidien "
            "qu'il avait eu peur. « Je n'en peux plus », raconte une infirmière au quotidien.")
    doc = annotate(text, PUB)
    first = text.index("quotidien")
    second = text.index("quotidien", first + 1)
    assert spans(doc) == [(first, "SET", "P1D"), (second, "SET", "P1D")]


def test_au_quotidien_after_an_inversion_or_before_a_quoted_object_is_daily(annotate):
    text = ("Comment font-elles au quotidien pour nourrir leurs enfants ? Les bergers "
            "endurent au quotidien « une vraie galère ». « Tout va bien », assure-t-il au "
            "quotidien. Elle écrit au quotidien « La Gazette ».")
    doc = annotate(text, PUB)
    first = text.index("quotidien")
    second = text.index("quotidien", first + 1)
    assert spans(doc) == [(first, "SET", "P1D"), (second, "SET", "P1D")]


def test_au_quotidien_du_soir_is_the_newspaper(annotate):
    doc = annotate("Elle est pigiste au quotidien du soir depuis l'an dernier.", PUB)
    found = timexes(doc)
    assert found and all(t["type"] != "SET" for t in found.values())  # "l'an dernier" stays


def test_weekday_with_le_in_the_present_is_every_such_day(annotate):
    doc = annotate("Les boulangers refusent de travailler le dimanche. Beaucoup de lycéens "
                   "défilent le mercredi.", PUB)
    v = typed_values(doc)
    assert v["le dimanche"] == ("SET", "XXXX-WXX-7")
    assert v["le mercredi"] == ("SET", "XXXX-WXX-3")


def test_weekday_picked_out_by_a_relative_clause_or_scheduled_is_one_day(annotate):
    doc = annotate("Rien n'a changé depuis le mardi où l'usine a fermé. C'est le jeudi qui "
                   "compte. Une marche est prévue le dimanche.", PUB)
    v = typed_values(doc)
    assert [v[k][0] for k in ("le mardi", "le jeudi", "le dimanche")] == ["DATE"] * 3


def test_weekday_with_le_after_a_simple_imperfect_is_a_past_habit(annotate):
    doc = annotate("Autrefois, les commerçants fermaient le lundi.", PUB)
    assert typed_values(doc)["le lundi"] == ("SET", "XXXX-WXX-1")


def test_weekday_with_le_after_an_imperfect_in_a_dated_paragraph_stays_one_day(annotate):
    doc = annotate("La semaine dernière, les routiers bloquaient le port le mercredi.", PUB)
    assert typed_values(doc)["le mercredi"][0] == "DATE"


def test_weekday_with_le_in_the_past_or_future_stays_one_day(annotate):
    doc = annotate("Elle s'est présentée au commissariat le lundi. Les deux équipes se "
                   "retrouveront le dimanche.", PUB)
    assert typed_values(doc) == {"le lundi": ("DATE", "2021-03-08"),
                                 "le dimanche": ("DATE", "2021-03-14")}


def test_du_jour_au_lendemain_is_not_a_day(annotate):
    doc = annotate("Le magasin a fermé du jour au lendemain. Le lendemain, les salariés "
                   "ont manifesté.", PUB)
    assert list(values(doc)) == ["Le lendemain"]


def test_lendemain_of_an_event_dated_inside_its_phrase_counts_from_that_day(annotate):
    doc = annotate("Interrogés au lendemain du discours télévisé de mardi dernier, les élus "
                   "restent divisés.", PUB)
    assert values(doc)["lendemain"] == "2021-03-10"


def test_lendemain_event_phrase_stops_at_the_main_clause(annotate):
    doc = annotate("La veille de sa nomination la ministre a reçu mardi les syndicats. Au "
                   "lendemain du vote des députés de jeudi, le texte part au Sénat.", PUB)
    v = values(doc)
    assert v["mardi"] == "2021-03-09" and v["La veille"] != "2021-03-08"
    assert v["lendemain"] == "2021-03-12"
