"""Layout: blocks, section/title detection and boilerplate lines."""

from __future__ import annotations

from newsextract.layout import (
    BOILERPLATE,
    LINK,
    PARAGRAPH,
    SECTION,
    TITLE,
    is_boilerplate,
    split_blocks,
)

ARTICLE = (
    "Monde\n\n"
    "Inondations meurtrières dans le Var\n\n"
    "Deux personnes sont mortes lundi à Draguignan, selon la préfecture.\n\n"
    "Lire aussi : Tempête en Bretagne : 3 morts et 10 blessés\n\n"
    "« Nous n'avions jamais vu cela », a déclaré le maire.\n"
)


def test_blocks_cover_each_non_blank_line_with_true_offsets():
    blocks = split_blocks(ARTICLE, has_title=True)
    assert [b.kind for b in blocks] == [SECTION, TITLE, PARAGRAPH, BOILERPLATE, PARAGRAPH]
    assert ARTICLE[blocks[0].start:blocks[0].end] == "Monde"
    assert ARTICLE[blocks[3].start:blocks[3].end].startswith("Lire aussi")
    assert all("\n" not in ARTICLE[b.start:b.end] for b in blocks)


def test_without_title_flag_every_line_is_a_paragraph_or_boilerplate():
    kinds = {b.kind for b in split_blocks(ARTICLE)}
    assert kinds == {PARAGRAPH, BOILERPLATE}


def test_single_newlines_separate_blocks_too():
    text = "Premier paragraphe.\nDeuxième paragraphe.\n   \nTroisième."
    assert [text[b.start:b.end] for b in split_blocks(text)] == [
        "Premier paragraphe.", "Deuxième paragraphe.", "Troisième."]


def test_boilerplate_markers_from_the_data_file():
    for line in ["Lire aussi : Frappes à Gaza", "À lire aussi - Le procès reporté",
                 "A LIRE AUSSI : notre dossier", "Voir aussi : la vidéo", "Publicité",
                 "Crédit photo : AFP", "© Reuters 2024", "Partager sur Facebook",
                 "Suivez-nous sur X"]:
        assert is_boilerplate(line), line
    for line in ["Il faut lire aussi le rapport de l'ONU, a-t-il dit.",
                 "La publicité a été interdite dans le métro.",
                 "Les secours ont voulu voir aussi les blessés."]:
        assert not is_boilerplate(line), line


def test_marked_link_to_another_story_is_a_link_block():
    text = ("Un incendie a détruit un entrepôt à Rouen.\n"
            "» LIRE AUSSI - Trois blessés dans un accident à Caen\n"
            "► À lire aussi : le bilan de la saison\n"
            "» Ce n'était pas un lien, mais un guillemet fermant.\n")
    assert [b.kind for b in split_blocks(text)] == [PARAGRAPH, LINK, LINK, PARAGRAPH]


def test_run_on_teaser_is_boilerplate_only_up_to_the_glued_sentence():
    body = ("Les pompiers de Quimper ont maîtrisé samedi l'incendie d'un hangar agricole, "
            "a indiqué la préfecture du Finistère. Aucun blessé n'est à déplorer, mais "
            "quarante bottes de foin ont brûlé avant l'arrivée des secours venus de Brest.")
    text = "À LIRE AUSSI Un été sans pluie en «Cornouaille»" + body
    blocks = split_blocks(text)
    assert [(b.kind, text[b.start:b.end]) for b in blocks] == [
        (BOILERPLATE, "À LIRE AUSSI Un été sans pluie en «Cornouaille»"), (PARAGRAPH, body)]


def test_run_on_teaser_ends_at_a_spaced_sentence_after_its_closing_mark():
    body = ("Dans la nuit, les gendarmes de Vannes ont arrêté deux hommes soupçonnés d'avoir "
            "volé du matériel agricole dans plusieurs exploitations du Morbihan, selon le "
            "parquet, qui a ouvert une enquête pour vols en bande organisée.")
    text = "» LIRE AUSSI - «Le prix du lait ne remonte pas» " + body
    blocks = split_blocks(text)
    assert [b.kind for b in blocks] == [LINK, PARAGRAPH]
    assert text[blocks[1].start:blocks[1].end] == body


def test_short_teaser_with_a_capital_inside_stays_one_block():
    text = "Lire aussi : À Lorient, les dockers votent la grève. Le port est bloqué"
    assert [b.kind for b in split_blocks(text)] == [BOILERPLATE]


def test_blocks_read_from_the_doc_are_the_stored_ones_and_index_characters():
    import spacy

    from newsextract.nlp.extensions import _BLOCKS_KEY, block_index, blocks

    doc = spacy.blank("fr")(ARTICLE)
    stored = [b.as_list() for b in split_blocks(ARTICLE, has_title=True)]
    doc._.ne_blocks = stored
    # the fast path reads spaCy's own slot of the extension (else it is slower, not wrong)
    assert doc.user_data.get(_BLOCKS_KEY) is stored
    assert blocks(doc) is stored
    maire = ARTICLE.index("a déclaré")
    assert block_index(doc, maire) == len(stored) - 1
    assert block_index(doc, ARTICLE.index("Draguignan")) == 2
    # a Doc with other blocks answers with its own
    other = spacy.blank("fr")("Brest\n\nUn texte.")
    assert blocks(other) == [[0, 5, PARAGRAPH], [7, 16, PARAGRAPH]]
    assert block_index(other, 8) == 1
