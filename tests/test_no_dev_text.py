"""No test restates the dev gold: tests are French written for them, not dev sentences
(with or without other names), so that the dev scores stay a measure of unseen text.

Every string literal of tests/*.py (implicitly or ``+``-concatenated pieces joined, f-string
pieces apart) is cut into words; none may share a run of RUN_WORDS consecutive words with a
text of ../shared/gold/dev. The same holds for the comments and docstrings of the package,
its docs and its data files: rules are explained with invented examples. Skipped when
../shared is absent (a fresh clone).
"""

from __future__ import annotations

import ast
import io
import json
import re
import tokenize
from pathlib import Path

TESTS = Path(__file__).resolve().parent
# Six words in a row: shorter runs are common French ("a indiqué le ministère de l'"), longer
# ones would let a dev sentence through with one word changed every six.
RUN_WORDS = 6
# A word as a reader counts it: elided and hyphenated forms are one ("l'ordre", "a-t-il").
_WORD = re.compile(r"\w+(?:['-]\w+)*")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def runs(text: str) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i:i + RUN_WORDS]) for i in range(len(found) - RUN_WORDS + 1)}


def _folded(node: ast.AST) -> str | None:
    """The text of a string literal, of ``+`` between literals, or of an f-string's fixed
    pieces (a placeholder word in between stops a run from crossing the hole)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _folded(node.left), _folded(node.right)
        if left is not None and right is not None:
            return left + right
    if isinstance(node, ast.JoinedStr):
        return " ⁂ ".join(v.value for v in node.values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def string_literals(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every outermost string literal of a Python file."""
    out = []
    stack = [ast.parse(path.read_text(encoding="utf-8"))]
    while stack:
        node = stack.pop()
        text = _folded(node)
        if text is not None:
            out.append((getattr(node, "lineno", 0), text))
            continue
        stack.extend(ast.iter_child_nodes(node))
    return sorted(out)


def dev_runs(shared: Path) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for path in sorted((shared / "gold" / "dev").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out |= runs(json.loads(line).get("text") or "")
    return out


def test_runs_cross_concatenations_but_not_f_string_holes():
    tree = ast.parse('a = "un deux trois " + "quatre cinq six"\nb = f"un deux {x} trois"')
    texts = [_folded(node.value) for node in tree.body]
    assert texts[0] == "un deux trois quatre cinq six"
    assert runs(texts[0]) == {("un", "deux", "trois", "quatre", "cinq", "six")}
    assert "⁂" in texts[1] and len(runs(texts[1])) == 0
    assert words("Qu’il parte, a-t-il dit de l'ordre") == ["qu'il", "parte", "a-t-il", "dit",
                                                          "de", "l'ordre"]


def test_no_test_string_shares_a_run_of_words_with_a_dev_text(shared_dir):
    gold = dev_runs(shared_dir)
    assert gold, "no dev text found"
    found = []
    for path in sorted(TESTS.glob("*.py")):
        for line, text in string_literals(path):
            shared = sorted(runs(text) & gold)
            if shared:
                found.append(f"{path.name}:{line}: " + " | ".join(" ".join(r) for r in shared[:2]))
    assert not found, (f"test strings sharing {RUN_WORDS}+ consecutive words with a dev text "
                       "(write your own French):\n  " + "\n  ".join(found))


REPO = TESTS.parent


def comments_and_strings(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every comment and string (docstrings included) of a Python file."""
    source = path.read_text(encoding="utf-8")
    return [(tok.start[0], tok.string)
            for tok in tokenize.generate_tokens(io.StringIO(source).readline)
            if tok.type in (tokenize.COMMENT, tokenize.STRING)]


def test_no_code_comment_or_doc_restates_a_dev_text(shared_dir):
    """Comments and docs explain rules with invented examples, not dev sentences."""
    gold = dev_runs(shared_dir)
    found = []
    for path in sorted((REPO / "src" / "newsextract").rglob("*.py")):
        for line, text in comments_and_strings(path):
            if runs(text) & gold:
                found.append(f"{path.relative_to(REPO)}:{line}")
    for path in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md")),
                 *sorted(p for p in (REPO / "src" / "newsextract" / "data").iterdir()
                         if p.is_file())]:
        for line, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if runs(text) & gold:
                found.append(f"{path.relative_to(REPO)}:{line}")
    assert not found, (f"comments or docs sharing {RUN_WORDS}+ consecutive words with a dev "
                       "text (use an invented example):\n  " + "\n  ".join(found))
