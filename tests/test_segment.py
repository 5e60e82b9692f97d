"""One quote-aware segmentation (nlp/segment.py): quotation marks paired per block and
sentences cut outside them, on text written for these tests (pure text, no model)."""

from __future__ import annotations

from newsextract.nlp.segment import pair_quote_marks


def _blocks(text: str) -> list[list]:
    from newsextract.layout import split_blocks

    return [b.as_list() for b in split_blocks(text)]


def _contents(text: str) -> list[str]:
    return [text[p.start:p.end] for p in pair_quote_marks(text, _blocks(text))]


def test_pairs_guillemets_curly_and_straight_marks():
    text = "«Nous partons demain», dit-il. “C’est fini”, dit-elle. \"On verra\", dit Paul."
    assert _contents(text) == ["Nous partons demain", "C’est fini", "On verra"]


def test_nested_marks_stay_inside():
    text = "«Il m’a dit “jamais” hier soir», raconte Anne."
    assert _contents(text) == ["Il m’a dit “jamais” hier soir"]


def test_unclosed_mark_runs_to_paragraph_end_only():
    text = "Il a dit «nous reviendrons bientôt.\nLe lendemain, rien ne bougeait."
    assert _contents(text) == ["nous reviendrons bientôt"]


def test_stray_and_unbalanced_marks_never_crash():
    for text in ["»", "«", "\"", "a » b « c", "«««", "» «\n» «", "\"a\" \"b", "“x»"]:
        for piece in pair_quote_marks(text, _blocks(text)):
            assert 0 <= piece.start <= piece.end <= len(text)


def test_quote_reopened_at_each_paragraph_is_one_group():
    text = "«Premier paragraphe du discours.\n«Second paragraphe du discours.»\nFin."
    pieces = pair_quote_marks(text, _blocks(text))
    assert len(pieces) == 2 and pieces[0].group == pieces[1].group

def test_acronym_ends_a_sentence():
    from newsextract.layout import split_blocks
    from newsextract.nlp.segment import quote_aware_sentences

    text = "Il a parlé au nom du PS. «Nous voterons contre», a dit M. Paul Girard."
    blocks = [b.as_list() for b in split_blocks(text)]
    sentences = quote_aware_sentences(text, blocks, [])
    assert [text[a:b] for a, b in sentences][0] == "Il a parlé au nom du PS."
    assert len(sentences) == 2


def test_opening_mark_typed_for_a_closing_one_closes_the_quote():
    text = "Les «bonnets rouges« arrivent sur la place. «Nous resterons», dit Paul."
    assert _contents(text) == ["bonnets rouges", "Nous resterons"]


def test_lookups_on_a_blank_doc_answer_by_character():
    """token_at, pieces_opening_in and in_quote read characters off the Doc's arrays."""
    import spacy

    from newsextract.nlp.extensions import register_extensions
    from newsextract.nlp.segment import segmentation

    register_extensions()
    text = "«On part», dit Léa. Puis «rien» et «tout» ensuite."
    doc = spacy.blank("fr")(text)
    qt = segmentation(doc)
    dit = text.index("dit")
    assert doc[qt.token_at(dit)].text == "dit"
    assert doc[qt.token_at(dit + 1)].text == "dit"  # inside the token
    assert doc[qt.token_at(dit - 1)].text == "dit"  # the space before: the next token
    assert qt.token_at(len(text)) == len(doc)
    second = text.index("«rien")
    assert [text[p.start:p.end] for p in qt.pieces_opening_in(second, len(text))] == [
        "rien", "tout"]
    assert [text[p.start:p.end] for p in qt.pieces_opening_in(0, second)] == ["On part"]
    assert qt.pieces_opening_in(second + 1, text.index("«tout")) == []
    assert qt.in_quote(second + 2) and not qt.in_quote(dit)


def test_straight_marks_of_scraped_html_pair_nothing():
    text = ('Le sondage est paru.\n <div class="chart" width="600"> Ainsi, 40% des sondés '
            'doutent. Le maire a dit "nous verrons".')
    assert _contents(text) == ["nous verrons"]


def test_reversed_guillemets_pair_as_one_quote():
    # Wire copy that types »…« for «…»: each reversed pair is one quote, and the closer
    # with nothing open is no quote with a lost opening mark.
    text = ("La chanteuse sourit. »Nous irons jusqu'au bout«, dit-elle. "
            "Il a repris »Le temps des cerises« sur la place.")
    assert _contents(text) == ["Nous irons jusqu'au bout", "Le temps des cerises"]
