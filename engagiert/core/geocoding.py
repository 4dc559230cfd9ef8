"""Where a German postcode lies: the centre of its area, from a table shipped with the code
(`core/data/plz_centroids.csv.gz`, see the README there). No network, no service: the
table is read once, on the first look-up, and kept in memory (about 8,200 entries).

Used where a place gets no pin on the map (no JavaScript, or nobody set one): its postcode
puts it on the map roughly, which is better than not at all."""

from __future__ import annotations

import csv
import functools
import gzip
import io
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "data" / "plz_centroids.csv.gz"


@functools.cache
def _table() -> dict[str, tuple[float, float]]:
    with gzip.open(TABLE, "rt", encoding="ascii", newline="") as raw:
        rows = csv.DictReader(io.StringIO(raw.read()))
        return {row["plz"]: (float(row["lat"]), float(row["lon"])) for row in rows}


def centroid(postcode: str | None) -> tuple[float, float] | None:
    """(latitude, longitude) of the middle of the postcode's area, or None when the postcode is
    not a German one we know (blank, malformed or not in the table)."""
    code = (postcode or "").strip()
    if len(code) != 5 or not code.isascii() or not code.isdigit():
        return None
    return _table().get(code)
