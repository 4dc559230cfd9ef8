"""core imports no capability app (directory, events, ...), not even in its tests: the apps build
on core, and contribute to core's pages through core.registry."""

from __future__ import annotations

import ast
from pathlib import Path

from django.apps import apps

CORE = Path(__file__).resolve().parents[1]

# Imports that another part of issue 12 removes: core/admin.py's ReindexesOrganisations moves
# into core's search registry (the search slice). Delete the entry once it is gone.
PENDING = {"admin.py": {"engagiert.directory.admin"}}


def capability_apps() -> set[str]:
    return {c.name for c in apps.get_app_configs() if c.name.startswith("engagiert.") and c.name != "engagiert.core"}


def package_of(path: Path) -> str:
    return ".".join(("engagiert", *path.relative_to(CORE.parent).parts[:-1]))


def imported_modules(source: str, *, package: str) -> set[str]:
    """Every module `source` imports, relative imports resolved, "from x import y" as x and x.y."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def within(module: str, packages: set[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def capability_imports(source: str, *, package: str) -> set[str]:
    capabilities = capability_apps()
    return {m for m in imported_modules(source, package=package) if within(m, capabilities)}


def test_core_imports_no_capability_app():
    offending = {}
    for path in sorted(CORE.rglob("*.py")):
        relative = path.relative_to(CORE).as_posix()
        imports = capability_imports(path.read_text(encoding="utf-8"), package=package_of(path))
        imports = {m for m in imports if not within(m, PENDING.get(relative, set()))}
        if imports:
            offending[relative] = sorted(imports)
    assert offending == {}


def test_the_check_finds_every_form_of_import():
    source = (
        "import engagiert.events.models\n"
        "from engagiert import directory\n"
        "from engagiert.card.models import Card\n"
        "from ...volunteering import services\n"  # engagiert.core.tests -> engagiert.volunteering
        "from . import factories\n"  # engagiert.core.tests.factories: fine
        "def f():\n    from engagiert.selfcheck import tasks\n"
    )
    found = capability_imports(source, package=package_of(CORE / "tests" / "test_probe.py"))
    assert {
        "engagiert.events.models",
        "engagiert.directory",
        "engagiert.card.models",
        "engagiert.volunteering",
        "engagiert.selfcheck",
    } <= found
    assert not any(m.startswith("engagiert.core") for m in found)
