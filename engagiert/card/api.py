"""Public JSON API of Ehrenamtskarte (django-ninja)."""

from ninja import Router

router = Router(tags=["Ehrenamtskarte"])
