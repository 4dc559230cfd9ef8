"""The API's error answers in the caller's language (Accept-Language, as on the pages):
422 lists each bad parameter with a translated message, 404 says "not found" plainly.
pydantic's own English message stays in each item as `detail` for developers."""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import ValidationError


def _message(error: dict) -> str:
    ctx = error.get("ctx") or {}
    kind = error.get("type", "")
    if kind == "missing":
        return _("Diese Angabe fehlt.")
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return _("Bitte eine ganze Zahl angeben.")
    if kind in ("float_parsing", "float_type", "decimal_parsing"):
        return _("Bitte eine Zahl angeben.")
    if kind in ("greater_than_equal", "greater_than"):
        return _("Der Wert muss mindestens %(limit)s sein.") % {"limit": ctx.get("ge", ctx.get("gt"))}
    if kind in ("less_than_equal", "less_than"):
        return _("Der Wert darf höchstens %(limit)s sein.") % {"limit": ctx.get("le", ctx.get("lt"))}
    if kind == "string_too_long":
        return _("Höchstens %(n)s Zeichen.") % {"n": ctx.get("max_length")}
    if kind == "string_too_short":
        return _("Mindestens %(n)s Zeichen.") % {"n": ctx.get("min_length")}
    if kind == "string_pattern_mismatch":
        return _("Das Format stimmt nicht.")
    if kind in ("enum", "literal_error"):
        return _("Erlaubt sind: %(values)s.") % {"values": ctx.get("expected", "")}
    if kind.startswith(("date_", "datetime_")):
        return _("Bitte ein Datum im Format JJJJ-MM-TT angeben.")
    if kind.startswith("bool_"):
        return _("Bitte true oder false angeben.")
    return _("Dieser Wert ist ungültig.")


def _validation_error(api: NinjaAPI):
    def handler(request, exc: ValidationError):
        items = [
            {"loc": e.get("loc", []), "type": e.get("type", ""), "msg": _message(e), "detail": e.get("msg", "")}
            for e in exc.errors
        ]
        fields = ", ".join(str(item["loc"][-1]) for item in items if item["loc"])
        body = {"message": _("Bitte prüfen Sie diese Angaben: %(fields)s") % {"fields": fields}, "detail": items}
        return api.create_response(request, body, status=422)

    return handler


def _not_found(api: NinjaAPI):
    def handler(request, exc: Http404):
        return api.create_response(request, {"detail": _("Nicht gefunden.")}, status=404)

    return handler


def install(api: NinjaAPI) -> None:
    api.add_exception_handler(ValidationError, _validation_error(api))
    api.add_exception_handler(Http404, _not_found(api))
