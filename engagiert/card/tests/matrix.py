"""This app's URLs in the permission matrix (tests/test_permission_matrix.py)."""

from __future__ import annotations

from engagiert.testing import MatrixWorld

MATRIX: dict[str, dict[str, int]] = {}


def url_kwargs(world: MatrixWorld) -> dict[str, dict]:
    """Create the objects this app's URLs need; return the kwargs to reverse each URL name."""
    return {}
