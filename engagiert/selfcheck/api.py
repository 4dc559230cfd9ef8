"""Public JSON API of Selbstcheck Weltoffene Kommune (django-ninja)."""

from ninja import Router

router = Router(tags=["Selbstcheck Weltoffene Kommune"])
