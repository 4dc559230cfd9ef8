"""Public JSON API of Mach mit! (django-ninja)."""

from ninja import Router

router = Router(tags=["Mach mit!"])
