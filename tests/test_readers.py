"""Readers: every input form, and every bad input gives exactly one error row, not a crash."""

from __future__ import annotations

import json
from pathlib import Path

from newsextract.inputs import ReadOptions, iter_documents

OPTIONS = ReadOptions()


def read_all(*paths: Path, options: ReadOptions = OPTIONS):
    return list(iter_documents(list(paths), options))


def test_txt_utf8_keeps_text_and_relative_id(tmp_path: Path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    text = "Monde\n\nUn titre court\n\nLe maire a déclaré : « Nous reconstruirons. »\n"
    (folder / "sub" / "a.txt").write_text(text, encoding="utf-8")
    (doc,) = read_all(folder)
    assert doc.status == "ok"
    assert doc.text == text
    assert doc.doc_id == "sub/a.txt"
    assert doc.has_title


def test_txt_in_cp1252_is_decoded_with_a_warning(tmp_path: Path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("L’armée a évacué les élèves à Orléans.".encode("cp1252"))
    (doc,) = read_all(path)
    assert doc.status == "ok"
    assert doc.text == "L’armée a évacué les élèves à Orléans."
    assert "cp1252" in doc.message


def test_empty_and_blank_files_are_errors(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("  \n\n \t\n")
    docs = read_all(tmp_path)
    assert [d.status for d in docs] == ["error", "error"]
    assert all("empty" in d.message for d in docs)


def test_binary_file_is_an_error(tmp_path: Path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (doc,) = read_all(tmp_path)
    assert doc.status == "error" and "binary" in doc.message


def test_jsonl_records_malformed_lines_and_missing_text(tmp_path: Path):
    path = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"id": "a-1", "text": "Premier texte.", "date": "2020-01-02", "title": "T1",
                    "url": "https://example.org/1", "source": "AFP"}),
        "{not json",
        json.dumps({"id": 42, "title": "sans texte"}),
        "",
        json.dumps({"text": "Sans identifiant."}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a-5", "text": 12}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_all(path)
    assert [d.doc_id for d in docs] == ["a-1", "wire.jsonl:2", "42", "wire.jsonl:5",
                                        "wire.jsonl:6", "a-5"]
    assert [d.status for d in docs] == ["ok", "error", "error", "ok", "error", "error"]
    first = docs[0]
    assert (first.date, first.title, first.url, first.source) == (
        "2020-01-02", "T1", "https://example.org/1", "AFP")
    assert "malformed JSON on line 2" in docs[1].message
    assert "no 'text'" in docs[2].message
    assert "not an object" in docs[4].message
    assert "not a string" in docs[5].message


def test_date_option_fills_only_missing_dates(tmp_path: Path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "a", "date": "2019-05-01T10:00:00"}) + "\n"
                    + json.dumps({"id": "y", "text": "b"}) + "\n", encoding="utf-8")
    x, y = read_all(path, options=ReadOptions(date="2021-03-04"))
    assert x.date == "2019-05-01"
    assert y.date == "2021-03-04"


def test_json_file_with_a_list_of_records(tmp_path: Path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "r1", "text": "Un."}, {"text": "Deux."}]), encoding="utf-8")
    docs = read_all(path)
    assert [(d.doc_id, d.text) for d in docs] == [("r1", "Un."), ("batch.json#2", "Deux.")]


def test_deeply_nested_json_is_an_error_not_a_crash(tmp_path: Path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (doc,) = read_all(path)
    assert doc.status == "error"


def test_lone_surrogate_in_json_is_replaced_keeping_offsets(tmp_path: Path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s", "text": "avant \\ud800 apr\\u00e8s"}\n', encoding="utf-8")
    (doc,) = read_all(path)
    assert doc.status == "ok"
    assert doc.text == "avant \ufffd après"
    assert "surrogate" in doc.message


def test_size_limit_on_text_and_on_file(tmp_path: Path):
    (tmp_path / "big.txt").write_text("mot " * 200, encoding="utf-8")
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"id": "big", "text": "mot " * 200}) + "\n"
                    + json.dumps({"id": "small", "text": "court"}) + "\n", encoding="utf-8")
    docs = read_all(tmp_path, options=ReadOptions(max_chars=100))
    by_id = {d.doc_id: d for d in docs}
    assert by_id["big.txt"].status == "error" and "size limit" in by_id["big.txt"].message
    assert by_id["big"].status == "error" and "size limit" in by_id["big"].message
    assert by_id["small"].status == "ok"


def test_html_main_text_is_extracted(tmp_path: Path):
    body = " ".join(["Les secours ont dégagé plusieurs personnes des décombres de l'immeuble."] * 8)
    html = f"""<html lang="fr"><head><title>Effondrement à Lyon</title></head><body>
    <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
    <article><h1>Effondrement à Lyon</h1><p>{body}</p>
    <p>« Nous poursuivons les recherches », a déclaré le commandant des pompiers.</p></article>
    <footer>Tous droits réservés. Politique de cookies.</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (doc,) = read_all(tmp_path)
    assert doc.status == "ok"
    assert "décombres" in doc.text and "Nous poursuivons" in doc.text
    assert "cookies" not in doc.text and "Accueil" not in doc.text


def test_unsupported_file_given_explicitly_is_an_error(tmp_path: Path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04")
    (doc,) = read_all(path)
    assert doc.status == "error" and "unsupported" in doc.message


def test_count_documents_for_the_progress_bar(tmp_path: Path):
    from newsextract.inputs import count_documents

    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{oops\n', encoding="utf-8")
    (tmp_path / "b.json").write_text('[{"text": "a"}, {"text": "b"}]', encoding="utf-8")
    (tmp_path / "c.txt").write_text("texte", encoding="utf-8")
    assert count_documents([tmp_path]) == 3 + 2 + 1
    assert count_documents([tmp_path]) == len(read_all(tmp_path))


def test_hidden_folders_and_the_output_folder_are_not_read(tmp_path: Path):
    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "objects" / "x.json").write_text('{"text": "git"}', encoding="utf-8")
    (tmp_path / "processed").mkdir()
    (tmp_path / "processed" / "manifest.json").write_text('{"rows": 1}', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Un texte.", encoding="utf-8")
    docs = read_all(tmp_path, options=ReadOptions(exclude=tmp_path / "processed"))
    assert [d.doc_id for d in docs] == ["a.txt"]


def test_empty_metadata_is_missing(tmp_path: Path):
    path = tmp_path / "e.jsonl"
    path.write_text(json.dumps({"id": "e", "text": "Texte.", "title": "", "url": ""}) + "\n",
                    encoding="utf-8")
    (doc,) = read_all(path)
    assert (doc.title, doc.url) == (None, None)
