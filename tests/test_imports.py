"""The import graph of src/newsextract: no circle, even behind a function, and no module
imports one of a later pipeline stage (docs/architecture.md).

Every ``import`` and ``from ... import`` counts, at module level or inside a function; only
``if TYPE_CHECKING:`` blocks are left out (they never run). The implicit import of a parent
package (``newsextract.nlp`` before ``newsextract.nlp.pipeline``) is not an edge: Python
completes a package's ``__init__`` before its submodules, and ``__init__`` files import no
sibling except the package facade's lazy reach for the API.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = "newsextract"
SOURCE = Path(__file__).resolve().parents[1] / "src" / PACKAGE

# The stages of an article, then of a run, in order (docs/architecture.md). A module may
# import its own stage or an earlier one. Each entry: stage name, module-name prefixes.
STAGES: list[tuple[str, tuple[str, ...]]] = [
    ("foundation", ("newsextract.version", "newsextract.resources", "newsextract.schema")),
    ("read", ("newsextract.inputs", "newsextract.language")),
    # the blocks of an article, and the Doc/Span extensions (they hold the blocks)
    ("layout", ("newsextract.layout", "newsextract.nlp.layout", "newsextract.nlp.extensions")),
    # what every layer may read: one segmentation, shared vocabularies, and any nlp module
    # not named after a layer
    ("segment", ("newsextract.nlp", "newsextract.nlp.segment", "newsextract.nlp.number_words")),
    ("entities", ("newsextract.nlp.entities",)),
    ("participants", ("newsextract.nlp.participants",)),
    ("dates", ("newsextract.nlp.dates",)),
    ("quotes", ("newsextract.nlp.quotes",)),
    ("casualties", ("newsextract.nlp.casualties",)),
    ("loader", ("newsextract.nlp.pipeline",)),
    ("tables", ("newsextract.tables", "newsextract.frames")),
    ("corpus views", ("newsextract.corpus",)),
    ("write", ("newsextract.write",)),
    ("report", ("newsextract.reporting",)),
    ("cache", ("newsextract.cache",)),
    ("engines", ("newsextract.engines",)),
    ("run", ("newsextract.run",)),
    ("api", ("newsextract.api",)),
    ("show", ("newsextract.show",)),
    ("cli", ("newsextract.cli", "newsextract.__main__")),
    ("facade", ("newsextract",)),  # the package __init__: reaches the API on first use
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(SOURCE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(tree: ast.AST):
    """Import statements anywhere in `tree` (functions included), not under TYPE_CHECKING."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def imported_modules(name: str, path: Path, known: set[str]) -> set[str]:
    """The package modules `name` imports (a `from pkg import x` names module pkg.x when it
    exists, else pkg itself)."""
    is_package = path.name == "__init__.py"
    out = set()
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            base = node.module or ""
            if node.level:
                anchor = name.split(".")
                anchor = anchor if is_package else anchor[:-1]
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                       for alias in node.names]
        out.update(t for t in targets if t in known and t != name)
    return out


def import_graph() -> dict[str, set[str]]:
    found = modules()
    return {name: imported_modules(name, path, set(found)) for name, path in found.items()}


def stage_of(module: str) -> int:
    """Index in STAGES of the longest prefix matching `module`."""
    best, best_length = None, -1
    for index, (_, prefixes) in enumerate(STAGES):
        for prefix in prefixes:
            matches = module == prefix or module.startswith(prefix if prefix.endswith(".")
                                                             else prefix + ".") \
                or (prefix.endswith("_") and module.startswith(prefix))
            if matches and len(prefix) > best_length:
                best, best_length = index, len(prefix)
    assert best is not None, f"{module}: add it to a stage of STAGES in {__file__}"
    return best


def import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every group of modules that reach each other through imports (the strongly connected
    components of more than one module, or a module importing itself), sorted."""
    reach = {node: _reachable(graph, node) for node in graph}
    circles = {tuple(sorted(n for n in reach[node] if node in reach[n]))
               for node in graph if node in reach[node]}
    return sorted(list(c) for c in circles)


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    stack = list(graph[start])
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(graph.get(node, ()))
    return seen


def test_the_graph_sees_imports_inside_functions():
    graph = import_graph()
    assert "newsextract.api" in graph["newsextract"]  # the facade's lazy __getattr__
    assert "newsextract.show" in graph["newsextract.cli"]  # inside the show command


def test_the_circle_finder_finds_every_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a", "e"}, "e": {"d"}, "f": {"a"}}
    assert import_circles(graph) == [["a", "b", "c"], ["d", "e"]]
    assert import_circles({"a": {"b"}, "b": set()}) == []


def test_no_import_circle():
    circles = import_circles(import_graph())
    assert not circles, "modules importing each other: " + "; ".join(
        " <-> ".join(c) for c in circles)


def test_no_module_imports_a_later_stage():
    later = []
    for module, targets in sorted(import_graph().items()):
        for target in sorted(targets):
            if stage_of(target) > stage_of(module):
                later.append(f"{module} ({STAGES[stage_of(module)][0]}) imports {target} "
                             f"({STAGES[stage_of(target)][0]})")
    assert not later, "\n".join(later)
