"""Which module may import which, checked on the source (ast):

- core imports no capability app (directory, events, ...), not even in its tests: the apps
  build on core and contribute to core's pages through core.registry.
- An app's tasks import its services, never the reverse: services queue work through core.
"""

from __future__ import annotations

import ast
from pathlib import Path

from django.apps import apps

PACKAGE = Path(__file__).resolve().parents[1] / "engagiert"
CORE = PACKAGE / "core"

# Imports that another part of issue 12 removes; delete an entry once it is gone.
PENDING: dict[str, set[str]] = {}  # exemptions while a refactoring is under way: none now


def capability_apps() -> set[str]:
    return {c.name for c in apps.get_app_configs() if c.name.startswith("engagiert.") and c.name != "engagiert.core"}


def package_of(path: Path) -> str:
    return ".".join(("engagiert", *path.relative_to(PACKAGE).parts[:-1]))


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


def forbidden_imports(paths, forbidden: set[str]) -> dict[str, list[str]]:
    """Per file (relative to engagiert/), the imports of `forbidden` packages not PENDING."""
    offending = {}
    for path in sorted(paths):
        relative = path.relative_to(PACKAGE).as_posix()
        imports = imported_modules(path.read_text(encoding="utf-8"), package=package_of(path))
        imports = {m for m in imports if within(m, forbidden) and not within(m, PENDING.get(relative, set()))}
        if imports:
            offending[relative] = sorted(imports)
    return offending


def test_core_imports_no_capability_app():
    assert forbidden_imports(CORE.rglob("*.py"), capability_apps()) == {}


def test_services_do_not_import_tasks():
    for app in capability_apps():
        folder = PACKAGE / app.removeprefix("engagiert.")
        services = [*folder.glob("services.py"), *folder.glob("services/*.py")]
        assert forbidden_imports(services, {f"{app}.tasks"}) == {}, app


def test_the_check_finds_every_form_of_import():
    source = (
        "import engagiert.events.models\n"
        "from engagiert import directory\n"
        "from engagiert.card.models import Card\n"
        "from ...volunteering import services\n"  # engagiert.core.tests -> engagiert.volunteering
        "from . import factories\n"  # engagiert.core.tests.factories: fine
        "def f():\n    from engagiert.selfcheck import tasks\n"
    )
    found = imported_modules(source, package=package_of(CORE / "tests" / "test_probe.py"))
    assert {
        "engagiert.events.models",
        "engagiert.directory",
        "engagiert.card.models",
        "engagiert.volunteering",
        "engagiert.selfcheck.tasks",
    } <= found
    assert {m for m in found if within(m, capability_apps())} == found - {
        "engagiert",
        "engagiert.core.tests",
        "engagiert.core.tests.factories",
    }
