"""django-allauth's account adapter: a new user's e-mail language is the page language at
sign-up, allauth's own e-mails (confirmation, password reset, ...) go through core.mail, and
a login (also the one after confirming the sign-up) ends on "Mein Bereich" of the town the
person came from (core.towns; a safe `next` still wins: allauth asks the adapter only
without one)."""

from __future__ import annotations

import datetime
from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.db import models
from django.urls import reverse
from django.utils import translation

from engagiert.core import mail
from engagiert.core.languages import language_codes
from engagiert.core.towns import remembered_town


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """The new account's preferred_language is the language the person signed up in; how
        organisations see its name is what the person chose (core.forms.SignupForm); allauth
        stores first and last name."""
        language = translation.get_language()
        if language in language_codes():
            user.preferred_language = language
        name_shown = form.cleaned_data.get("name_shown")
        if name_shown in user.NameShown.values:
            user.name_shown = name_shown
        return super().save_user(request, user, form, commit=commit)

    def get_login_redirect_url(self, request) -> str:
        """ "Mein Bereich" of the town the person came from, else "Mein Konto"."""
        town = remembered_town(request)
        if town is not None:
            return reverse("core:my_area", kwargs={"municipality": town.slug})
        return super().get_login_redirect_url(request)

    def get_logout_redirect_url(self, request) -> str:
        """The start page of the town the person came from, else the platform's."""
        town = remembered_town(request)
        if town is not None:
            return reverse("core:municipality", kwargs={"municipality": town.slug})
        return super().get_logout_redirect_url(request)

    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        """allauth's mails through core.mail: after the commit, text and HTML, in the user's
        language (the page language for an address without an account)."""
        user = context.get("user")
        language = getattr(user, "preferred_language", None) or translation.get_language()
        mail.send(
            template=template_prefix,
            to=email,
            municipality=None,
            context=mail_context({"email": email, **context}),
            language=language,
        )


def mail_context(context: dict[str, Any]) -> dict[str, Any]:
    """What of allauth's context can be queued: JSON values, model instances (not the request
    or the site), times as text."""
    kept: dict[str, Any] = {}
    for key, value in context.items():
        if key in ("request", "current_site"):
            continue
        if isinstance(value, datetime.datetime):
            kept[key] = value.isoformat(sep=" ", timespec="minutes")
        elif value is None or isinstance(value, bool | int | float | str | models.Model):
            kept[key] = value
    return kept
