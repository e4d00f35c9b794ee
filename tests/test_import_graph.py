"""The parts of reject depend on each other one way only.

A part is a subpackage of ``reject`` (``cli``, ``insights``, ``model``,
``reflection``, ...) or a top-level module (``journal``, ``store``, ...). The
graph is read from the source with ``ast``, not by importing, and it counts
every import: at the top of a module, inside a function (the CLI defers
imports for start-up time, but the dependency is just as real), and under
``TYPE_CHECKING`` (an annotation still ties the two parts together). A circle
between parts means neither can be understood, tested or moved without the
other, so any circle fails, with the imports that close it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
ROOT = "reject"

# (importing module, imported module, line) for one import statement.
Edge = tuple[str, str, int]


def _module_name(path: Path, src: Path) -> str:
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules(src: Path) -> dict[str, Path]:
    return {_module_name(p, src): p for p in sorted((src / ROOT).rglob("*.py"))}


def _imports(name: str, path: Path, known: set[str]) -> Iterator[Edge]:
    """Every reject module that ``name`` imports, wherever the import sits."""
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == ROOT or alias.name.startswith(ROOT + "."):
                    yield name, alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = name.split(".") if is_package else name.split(".")[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join([*package, base] if base else package)
            if base != ROOT and not base.startswith(ROOT + "."):
                continue
            for alias in node.names:
                # `from reject import render` imports the module reject.render.
                sub = f"{base}.{alias.name}"
                yield name, sub if sub in known else base, node.lineno


def _part(module: str) -> str:
    """``reject.cli.main`` -> ``cli``; ``reject.store`` -> ``store``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ROOT


@cache  # two tests walk the real source; parsing it once is enough
def part_graph(src: Path = SRC) -> dict[tuple[str, str], list[Edge]]:
    """(part, part it imports) -> the imports behind that arrow."""
    modules = _modules(src)
    known = set(modules)
    arrows: dict[tuple[str, str], list[Edge]] = {}
    for name, path in modules.items():
        for edge in _imports(name, path, known):
            a, b = _part(edge[0]), _part(edge[1])
            if a == b:
                continue
            edges = arrows.setdefault((a, b), [])
            if edge not in edges:  # `from x import a, b` is one import
                edges.append(edge)
    return arrows


def find_cycle(arrows: dict[tuple[str, str], list[Edge]]) -> list[str] | None:
    """One circle of parts (first part repeated at the end), or None."""
    following: dict[str, list[str]] = {}
    for a, b in sorted(arrows):
        following.setdefault(a, []).append(b)
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> list[str] | None:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return None
        for nxt in following.get(node, []):
            found = visit(nxt, [*path, node])
            if found:
                return found
        done.add(node)
        return None

    for start in sorted(following):
        found = visit(start, [])
        if found:
            return found
    return None


def _describe(cycle: list[str], arrows: dict[tuple[str, str], list[Edge]]) -> str:
    lines = [" -> ".join(cycle)]
    for a, b in zip(cycle, cycle[1:], strict=False):
        for importer, imported, line in arrows[(a, b)]:
            lines.append(f"  {importer}:{line} imports {imported}")
    return "\n".join(lines)


def test_no_circle_between_parts() -> None:
    arrows = part_graph()
    cycle = find_cycle(arrows)
    if cycle is not None:
        pytest.fail("parts of reject import each other:\n" + _describe(cycle, arrows))


def test_the_graph_sees_every_kind_of_import() -> None:
    # The real graph must include imports made inside functions and under
    # TYPE_CHECKING; if it did not, the test above could pass on a circle.
    arrows = part_graph()
    importers = {part: {e[0] for e in edges} for part, edges in arrows.items()}
    assert "reject.cli.context" in importers[("cli", "store")]  # TYPE_CHECKING, in a function
    assert "reject.cli.records" in importers[("cli", "render")]  # `from reject import render`


def _write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        target = root / ROOT / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "import_line",
    [
        "from reject.a import x",
        "import reject.a.x",
        "from reject import a",
        "from .. import a",
        "def f():\n    from reject.a.x import y\n",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from reject.a import x\n",
    ],
)
def test_a_circle_is_found_however_it_is_imported(tmp_path: Path, import_line: str) -> None:
    src = _write(
        tmp_path,
        {
            "__init__.py": "",
            "a/__init__.py": "",
            "a/x.py": "from reject.b import y\n",
            "b/__init__.py": "",
            "b/y.py": import_line + "\n",
        },
    )
    assert find_cycle(part_graph(src)) in (["a", "b", "a"], ["b", "a", "b"])


def test_one_way_arrows_are_no_circle(tmp_path: Path) -> None:
    src = _write(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "from reject import b\n",
            "b.py": "from reject.c import z\n",
            "c/__init__.py": "",
            "c/z.py": "from reject.c import w\n",
            "c/w.py": "",
        },
    )
    assert find_cycle(part_graph(src)) is None
