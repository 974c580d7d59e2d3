"""The engine's packages are layers: a module imports only from its own
layer or those below it, and no two modules import each other, directly or
round a loop. Imports made inside functions count as much as those at the
top. Those under ``if TYPE_CHECKING:`` are left out: they name types for
annotations and never run."""

from __future__ import annotations

import ast
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Lowest first. A module's layer is that of its longest listed prefix.
LAYERS = (
    ("support", ("lint.support",)),
    ("model", ("lint.model",)),
    ("article", ("lint.article",)),
    ("analysis", ("lint.analysis",)),
    ("engine", ("lint.engine",)),
    ("plugins", ("lint.rules", "lint.formats")),
    ("front ends", ("lint.cli", "lint.commands", "lint.reporters", "lint.server", "lint.table", "lint.dask",
                    "lint.spark", "lint.api", "lint.__main__", "lint")),
)


def layer_of(module: str) -> int:
    if module == "lint":  # the package itself holds only its version
        return 0
    best, rank = -1, None
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), index
    assert rank is not None, module
    return rank


def modules() -> dict[str, str]:
    found = {}
    for top, package in (("lint", "lint"), ("rules", "lint.rules")):
        for folder, _, files in os.walk(os.path.join(ROOT, top)):
            for name in files:
                if name.endswith(".py"):
                    path = os.path.join(folder, name)
                    parts = os.path.relpath(path, os.path.join(ROOT, top))[:-3].split(os.sep)
                    if parts[-1] == "__init__":
                        parts = parts[:-1]
                    found[".".join([package, *parts])] = path
    return found


def imports(path: str, module: str, known: dict[str, str]) -> set[str]:
    """The project modules ``path`` imports (a package's ``__init__`` counts
    only when it is what is imported)."""
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    package = module if path.endswith("__init__.py") else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", getattr(node.test, "attr", "")) == "TYPE_CHECKING":
            node.body = []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package
                for _ in range(node.level - 1):
                    anchor = anchor.rpartition(".")[0]
                base = f"{anchor}.{base}" if base else anchor
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        found.update(name for name in names if name in known and name != module)
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    return {module: imports(path, module, known) for module, path in known.items()}


def test_no_import_runs_upward():
    upward = [f"{module} ({LAYERS[layer_of(module)][0]}) imports {target} ({LAYERS[layer_of(target)][0]})"
              for module, targets in sorted(graph().items()) for target in sorted(targets)
              if layer_of(target) > layer_of(module)]
    assert upward == []


def test_no_import_cycles():
    edges = graph()
    cycles, state = [], {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for target in sorted(edges[module]):
            if state.get(target) == "open":
                cycles.append(" -> ".join(trail[trail.index(target):] + [target]))
            elif target not in state:
                visit(target, trail + [target])
        state[module] = "done"

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_every_module_has_a_layer():
    for module in modules():
        layer_of(module)
