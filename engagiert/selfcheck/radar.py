"""Geometry of the server-rendered SVG radar chart (seven axes, one polygon per round).
The template selfcheck/_radar.html draws it; no JavaScript, printable, WeasyPrint-safe."""

from __future__ import annotations

import math
from dataclasses import dataclass

WIDTH = 600
HEIGHT = 500
CX = WIDTH / 2
CY = HEIGHT / 2
RADIUS = 170
RINGS = (20, 40, 60, 80, 100)
# Line styles per series, oldest first; the current round is drawn last, solid and thick.
STYLES = (
    {"dash": "6 4", "colour": "#6b6b6b"},
    {"dash": "2 3", "colour": "#8a4b00"},
    {"dash": "10 3 2 3", "colour": "#3d5a80"},
)
CURRENT = {"dash": "", "colour": "#0b5cad"}


@dataclass
class Axis:
    label: str
    x: float
    y: float
    label_x: float
    label_y: float
    anchor: str


@dataclass
class Polygon:
    name: str
    scores: list[float | None]
    points: str
    dash: str
    colour: str
    dots: list[tuple[float, float]]
    current: bool


def _point(index: int, count: int, value: float) -> tuple[float, float]:
    angle = -math.pi / 2 + 2 * math.pi * index / count
    r = RADIUS * value / 100
    return round(CX + r * math.cos(angle), 1), round(CY + r * math.sin(angle), 1)


def radar(labels: list[str], series: list[tuple[str, list[float | None], bool]]) -> dict:
    """labels: axis names; series: (name, scores 0..100 or None, is_current)."""
    n = len(labels)
    axes = []
    for i, label in enumerate(labels):
        x, y = _point(i, n, 100)
        lx, ly = _point(i, n, 114)
        anchor = "middle" if abs(lx - CX) < 10 else ("start" if lx > CX else "end")
        axes.append(Axis(label, x, y, lx, ly + 4, anchor))
    rings = [
        {"value": v, "points": " ".join(f"{x},{y}" for x, y in (_point(i, n, v) for i in range(n)))} for v in RINGS
    ]
    polygons = []
    older = 0
    for name, scores, current in series:
        style = CURRENT if current else STYLES[older % len(STYLES)]
        older += 0 if current else 1
        pts = [_point(i, n, s or 0) for i, s in enumerate(scores)]
        polygons.append(
            Polygon(
                name=name,
                scores=scores,
                points=" ".join(f"{x},{y}" for x, y in pts),
                dash=style["dash"],
                colour=style["colour"],
                dots=[p for p, s in zip(pts, scores, strict=True) if s is not None],
                current=current,
            )
        )
    return {"width": WIDTH, "height": HEIGHT, "cx": CX, "cy": CY, "axes": axes, "rings": rings, "polygons": polygons}
