"""The house's floor plan (docs/architecture.md): which top-level package may import which.

Every ``import`` and ``from … import`` outside tests and migrations counts, those inside
functions too.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = [
    "decode_portal",
    "common",
    "editorial",
    "search",
    "operations",
    "pages",
    "partners",
    "events",
    "funding",
    "news",
    "actionplan",
]
# What each package may import; the project package composes everything and nothing imports it.
ALLOWED = {
    "common": set(),
    "editorial": {"common"},
    "search": {"common"},
    "operations": {"common"},
    "pages": {"common", "editorial", "search"},
    "partners": {"common", "editorial", "search"},
    "funding": {"common", "editorial", "search"},
    "events": {"common", "editorial", "search", "partners"},
    "actionplan": {"common", "editorial", "search", "partners", "events"},
    "news": {"common", "editorial", "search", "partners", "events"},
    "decode_portal": set(PACKAGES) - {"decode_portal"},
}


def imported_packages(package):
    """{imported top-level package: first place it is imported} for one package."""
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in PACKAGES and top != package:
                    found.setdefault(top, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


GRAPH = {package: imported_packages(package) for package in PACKAGES}


@pytest.mark.parametrize("package", PACKAGES)
def test_a_package_imports_only_what_the_floor_plan_allows(package):
    unexpected = {
        name: where for name, where in GRAPH[package].items() if name not in ALLOWED[package]
    }
    assert unexpected == {}


def test_no_package_imports_the_project_package():
    importers = {
        package: imports["decode_portal"]
        for package, imports in GRAPH.items()
        if "decode_portal" in imports
    }
    assert importers == {}


def test_the_packages_form_no_cycle():
    visiting, done = [], set()

    def visit(package):
        if package in visiting:
            return [*visiting[visiting.index(package) :], package]
        if package in done:
            return None
        visiting.append(package)
        for imported in GRAPH[package]:
            if cycle := visit(imported):
                return cycle
        visiting.pop()
        done.add(package)
        return None

    cycles = [cycle for package in PACKAGES if (cycle := visit(package))]
    assert cycles == []
