"""Move the class attributes of every template onto KERN UX-Standard classes (buttons, tables,
alerts, cards). Touches class attributes only (and adds one to a bare <table>), so it can be
run again after merging templates written with the old names: it is idempotent.

    python tools/kern_classes.py            # rewrite engagiert/**/templates/**/*.html
    python tools/kern_classes.py --check    # list what would change, exit 1 if anything
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASS = re.compile(r'(<(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?\bclass=")(?P<value>[^"]*)(")')
BARE_TABLE = re.compile(r"<table(?=[\s>])(?![^>]*\bclass=)")
ALERT = {
    "status-ok": "kern-alert--success",
    "status-warning": "kern-alert--warning",
    "status-error": "kern-alert--danger",
}
# Class attributes with template logic, rewritten as a whole.
LITERAL = {
    "class=\"status status-block{% if mine.status == 'confirmed' %} status-ok{% else %} status-warning{% endif %}\"": (
        "class=\"kern-alert status-block{% if mine.status == 'confirmed' %} kern-alert--success status-ok"
        '{% else %} kern-alert--warning status-warning{% endif %}"'
    ),
    "class=\"{% if 'prominent' in attrs.tags or attrs.type == 'submit' %}primary{% else %}secondary{% endif %}\"": (
        "class=\"kern-btn {% if 'prominent' in attrs.tags or attrs.type == 'submit' %}kern-btn--primary"
        '{% else %}kern-btn--secondary{% endif %}"'
    ),
    "class=\"{{ css|default:'secondary' }}\"": "class=\"kern-btn kern-btn--{{ css|default:'secondary' }}\"",
}


def classes(tag: str, value: str) -> str:
    if "{" in value:  # template logic: only the literal rewrites above
        return value
    tokens = value.split()
    out: list[str] = []

    def add(*names: str) -> None:
        out.extend(n for n in names if n not in out)

    is_button = tag in ("button", "a", "input", "summary")
    button_kind = ""
    if is_button and "kern-btn" not in tokens:
        if "primary" in tokens:
            button_kind = "primary"
        elif "secondary" in tokens:
            button_kind = "secondary"
        elif "button" in tokens:
            button_kind = "primary"
    if button_kind:
        add("kern-btn", f"kern-btn--{button_kind}")
    if tag == "table" and "kern-table" not in tokens:
        add("kern-table")
    alert = "status-block" in tokens and "kern-alert" not in tokens
    if alert:
        add("kern-alert", next((ALERT[t] for t in tokens if t in ALERT), "kern-alert--info"))
    if tag != "li" and tokens == ["notice"]:
        add("kern-alert", "kern-alert--info")
    if "card" in tokens and "kern-card" not in tokens:
        add("kern-card")
    dropped = {"primary", "secondary", "button"} if button_kind else set()
    if alert:
        dropped.add("status")  # the old badge class; the alert replaces it
    add(*(name for name in tokens if name not in dropped))
    return " ".join(out)


def rewrite(text: str) -> str:
    for old, new in LITERAL.items():
        text = text.replace(old, new)
    text = BARE_TABLE.sub('<table class="kern-table"', text)
    return CLASS.sub(lambda m: m.group(1) + classes(m.group("tag").lower(), m.group("value")) + m.group(4), text)


def templates() -> list[Path]:
    return sorted(p for p in (ROOT / "engagiert").glob("**/templates/**/*.html") if p.is_file())


def main(argv: list[str]) -> int:
    check = "--check" in argv
    changed = []
    for path in templates():
        text = path.read_text(encoding="utf-8")
        new = rewrite(text)
        if new != text:
            changed.append(path.relative_to(ROOT))
            if not check:
                path.write_text(new, encoding="utf-8")
    for path in changed:
        print(path)
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
