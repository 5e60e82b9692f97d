"""Read .txt, .jsonl, .json and .html inputs into Documents.

Files are streamed (JSONL line by line) so memory is bounded by the largest record, not by
the corpus. Problems are reported on the document's row, never raised: an empty file, a
binary file, undecodable bytes, a malformed JSON line, a record without text, a text over
the size limit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsextract.inputs.documents import Document, ReadOptions, normalise_date

SUPPORTED_SUFFIXES = (".txt", ".jsonl", ".json", ".html", ".htm")
# Bytes per character at most in UTF-8: a file larger than this many bytes per allowed
# character is over the limit whatever its content, and is not read at all.
_MAX_BYTES_PER_CHAR = 4
_BINARY_SNIFF = 8192


def iter_documents(paths: Iterable[str | Path], options: ReadOptions) -> Iterator[Document]:
    """Documents of every supported file under `paths` (files or folders, recursive)."""
    for file_path, relative in _iter_files(paths, options.exclude):
        yield from read_file(file_path, relative, options)


def _iter_files(paths: Iterable[str | Path], exclude: Path | None = None
                ) -> Iterator[tuple[Path, str]]:
    """Files to read: those given, and the supported files under the folders given, except
    hidden ones (.git, editor backups) and those under `exclude` (the run's own output)."""
    excluded = exclude.resolve() if exclude is not None else None
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path, path.name
            continue
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            relative = child.relative_to(path)
            if child.suffix.lower() not in SUPPORTED_SUFFIXES \
                    or any(part.startswith(".") for part in relative.parts):
                continue
            if excluded is not None and excluded in child.resolve().parents:
                continue
            yield child, relative.as_posix()


def count_documents(paths: Iterable[str | Path], exclude: Path | None = None) -> int:
    """How many documents `paths` hold, cheaply (for a progress bar's total and ETA): a
    JSONL file counts its non-blank lines, a JSON list its records, any other file one."""
    total = 0
    for file_path, _ in _iter_files(paths, exclude):
        suffix = file_path.suffix.lower()
        try:
            if suffix == ".jsonl":
                with file_path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif suffix == ".json" and file_path.stat().st_size < 50_000_000:
                records = _records_of(json.loads(file_path.read_bytes()))
                total += len(records) if records else 1
            else:
                total += 1
        except (OSError, ValueError, RecursionError):
            total += 1
    return total


def read_file(path: Path, relative: str, options: ReadOptions) -> Iterator[Document]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, relative, options)
    elif suffix == ".json":
        yield from _read_json(path, relative, options)
    elif suffix in (".html", ".htm"):
        yield _read_html(path, relative, options)
    elif suffix == ".txt":
        yield _read_txt(path, relative, options)
    else:
        yield Document(relative, None, str(path)).fail(
            f"unsupported file type {suffix or '(none)'}: expected one of "
            + ", ".join(SUPPORTED_SUFFIXES))


# -- plain text ------------------------------------------------------------------------------

def decode_bytes(data: bytes) -> tuple[str | None, str | None]:
    """(text, warning) from raw bytes: UTF-8, else cp1252, else latin-1; (None, reason) if
    the bytes look binary."""
    head = data[:_BINARY_SNIFF]
    if b"\x00" in head or _control_ratio(head) > 0.1:
        return None, "binary file: not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        where = f"byte {err.start}"
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), f"not valid UTF-8 ({where}): decoded as {encoding}"
        except UnicodeDecodeError:
            continue
    return None, "undecodable bytes"  # unreachable: latin-1 decodes anything


def _control_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    controls = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(data)


def _too_big(path: Path, options: ReadOptions) -> str | None:
    size = path.stat().st_size
    if size > options.max_chars * _MAX_BYTES_PER_CHAR:
        return f"file of {size:,} bytes is over the size limit ({options.max_chars:,} characters)"
    return None


def _check_text(doc: Document, options: ReadOptions) -> Document:
    if doc.text is None:
        return doc
    if not doc.text.strip():
        return doc.fail("empty document: no text")
    if len(doc.text) > options.max_chars:
        return doc.fail(f"text of {len(doc.text):,} characters is over the size limit "
                        f"({options.max_chars:,}; see --max-chars)")
    return doc


def _read_whole_file(path: Path, doc: Document, options: ReadOptions) -> str | None:
    """The decoded content of a file read at once, or None after failing `doc` with the
    reason (too big, unreadable, binary); a decoding warning goes on the document's row."""
    try:
        if (reason := _too_big(path, options)):
            doc.fail(reason)
            return None
        data = path.read_bytes()
    except OSError as err:
        doc.fail(f"cannot read file: {err.strerror or err}")
        return None
    text, warning = decode_bytes(data)
    if text is None:
        doc.fail(warning or "unreadable")
        return None
    if warning:
        doc.messages.append(warning)
    return text


def _read_txt(path: Path, relative: str, options: ReadOptions) -> Document:
    doc = Document(relative, None, str(path), date=options.date, has_title=True)
    text = _read_whole_file(path, doc, options)
    if text is None:
        return doc
    doc.text = text
    return _check_text(doc, options)


# -- JSON records ----------------------------------------------------------------------------

def record_to_document(record: object, default_id: str, source_path: str, line: int | None,
                       options: ReadOptions) -> Document:
    """A Document from one JSON record ({"text", "id"?, "title"?, "date"?, "url"?, "source"?})."""
    if not isinstance(record, dict):
        return Document(default_id, None, source_path, line).fail(
            f"record is a JSON {type(record).__name__}, not an object")
    raw_id = record.get("id")
    doc_id = default_id if raw_id is None or raw_id == "" else str(raw_id)
    doc = Document(doc_id, None, source_path, line,
                   title=_opt_str(record.get("title")), url=_opt_str(record.get("url")),
                   source=_opt_str(record.get("source") or record.get("outlet")))
    raw_date = record.get("date")
    doc.date = normalise_date(raw_date) or options.date
    if raw_date not in (None, "") and normalise_date(raw_date) is None:
        doc.messages.append(f"unparsable date {str(raw_date)[:40]!r} ignored")
    text = record.get("text")
    if text is None:
        return doc.fail("record has no 'text' field")
    if not isinstance(text, str):
        return doc.fail(f"'text' is a JSON {type(text).__name__}, not a string")
    doc.text = _clean_surrogates(text, doc)
    return _check_text(doc, options)


def _clean_surrogates(text: str, doc: Document) -> str:
    """JSON may carry lone surrogates (\\ud800) that no encoder accepts: replace them,
    keeping the length (so offsets of everything else hold)."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        doc.messages.append("lone surrogate code points replaced by U+FFFD")
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


def _opt_str(value: object) -> str | None:
    """A metadata field as text; empty means missing (so CSV and Parquet agree)."""
    if value is None or value == "":
        return None
    return str(value)


def _read_jsonl(path: Path, relative: str, options: ReadOptions) -> Iterator[Document]:
    max_line = options.max_chars * _MAX_BYTES_PER_CHAR + 4096
    try:
        handle = path.open("rb")
    except OSError as err:
        yield Document(relative, None, str(path)).fail(f"cannot read file: {err.strerror or err}")
        return
    with handle:
        n_records = 0
        for number, raw in enumerate(_iter_lines(handle, max_line), start=1):
            default_id = f"{relative}:{number}"
            if raw is None:
                n_records += 1
                yield Document(default_id, None, str(path), number).fail(
                    f"line over the size limit ({options.max_chars:,} characters)")
                continue
            if not raw.strip():
                continue
            n_records += 1
            text, warning = decode_bytes(raw)
            if text is None:
                yield Document(default_id, None, str(path), number).fail(warning or "unreadable")
                continue
            try:
                record = json.loads(text)
            except (json.JSONDecodeError, RecursionError) as err:
                yield Document(default_id, None, str(path), number).fail(
                    f"malformed JSON on line {number}: {_json_error(err)}")
                continue
            doc = record_to_document(record, default_id, str(path), number, options)
            if warning:
                doc.messages.insert(0, warning)
            yield doc
        if n_records == 0:
            yield Document(relative, None, str(path)).fail("empty file: no JSON records")


def _iter_lines(handle, max_line: int) -> Iterator[bytes | None]:
    """Lines of a binary file; None for a line longer than `max_line` (skipped unread)."""
    while True:
        line = handle.readline(max_line + 1)
        if not line:
            return
        if len(line) > max_line and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _json_error(err: Exception) -> str:
    if isinstance(err, RecursionError):
        return "nested too deeply"
    return str(err)


def _read_json(path: Path, relative: str, options: ReadOptions) -> Iterator[Document]:
    file_doc = Document(relative, None, str(path))
    text = _read_whole_file(path, file_doc, options)
    if text is None:
        yield file_doc
        return
    warning = file_doc.message or None
    if not text.strip():
        yield Document(relative, None, str(path)).fail("empty file: no JSON")
        return
    try:
        payload = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as err:
        yield Document(relative, None, str(path)).fail(f"malformed JSON: {_json_error(err)}")
        return
    records = _records_of(payload)
    if records is None:
        yield record_to_document(payload, relative, str(path), None, options)
        return
    if not records:
        yield Document(relative, None, str(path)).fail("empty file: no JSON records")
    for index, record in enumerate(records, start=1):
        doc = record_to_document(record, f"{relative}#{index}", str(path), index, options)
        if warning:
            doc.messages.insert(0, warning)
        yield doc


def _records_of(payload: object) -> list | None:
    """The record list of a JSON file: a top-level list, or a list under a usual key."""
    if isinstance(payload, list):
        return payload
    if isinstance(payload, dict) and "text" not in payload:
        for key in ("records", "articles", "documents", "data", "items"):
            if isinstance(payload.get(key), list):
                return payload[key]
    return None


# -- HTML ------------------------------------------------------------------------------------

def _read_html(path: Path, relative: str, options: ReadOptions) -> Document:
    doc = Document(relative, None, str(path), date=options.date)
    html = _read_whole_file(path, doc, options)
    if html is None:
        return doc
    try:
        import trafilatura  # imported here: it is only needed for HTML inputs
    except ImportError as err:  # pragma: no cover - trafilatura is a dependency
        return doc.fail(f"HTML input needs trafilatura, which failed to import: {err}")
    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=False)
    metadata = trafilatura.extract_metadata(html)
    if metadata is not None:
        doc.title = metadata.title
        doc.url = metadata.url
        doc.source = metadata.sitename
        doc.date = normalise_date(metadata.date) or options.date
    if not text or not text.strip():
        return doc.fail("no article text found in the HTML")
    doc.text = text
    return _check_text(doc, options)

