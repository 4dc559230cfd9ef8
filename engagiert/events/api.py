"""Public JSON API of Begegnungen (django-ninja)."""

from ninja import Router

router = Router(tags=["Begegnungen"])
