"""The application layer's shape, as a test (with the import-linter contracts in pyproject.toml).

Imports under ``TYPE_CHECKING`` and inside functions count: grimp reads them all.
"""

from __future__ import annotations

from pathlib import Path

import grimp
import networkx as nx

REPO = Path(__file__).resolve().parents[1]
TOP_LEVEL_LIMIT = 8  # the shell: entry points, the app, the window's layout


def test_console_has_no_import_cycle() -> None:
    graph = grimp.build_graph("console")
    imports = nx.DiGraph()
    for module in graph.modules:
        imports.add_node(module)
        for imported in graph.find_modules_directly_imported_by(module):
            imports.add_edge(module, imported)
    cycles = [cycle for cycle in nx.simple_cycles(imports) if len(cycle) > 1]
    assert cycles == []


def test_console_top_level_holds_only_the_shell() -> None:
    modules = [p.name for p in (REPO / "console").glob("*.py") if p.name != "__init__.py"]
    assert len(modules) <= TOP_LEVEL_LIMIT, sorted(modules)
    rooms = {p.name for p in (REPO / "console").iterdir() if (p / "__init__.py").is_file()}
    expected = {"commands", "config", "controllers", "drills", "reports", "services", "session"}
    assert expected <= rooms
