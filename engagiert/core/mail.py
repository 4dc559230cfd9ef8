"""The one way the platform sends e-mail. `send()` queues a task (core.tasks.deliver_mail)
once the surrounding transaction has committed: a rolled-back change sends nothing. The task
gets references, not texts: model instances in the context travel as (app_label.model_name,
pk) and are fetched again, and the mail is rendered there, in the recipient's language, as
plain text and HTML from `<template>_subject.txt`, `<template>_message.txt` and
`<template>_message.html` (django-allauth's naming; without the HTML template the text goes
into core/email/base.html). The sender is named after the municipality."""

from __future__ import annotations

import datetime
import uuid
from email.utils import formataddr, parseaddr
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, models, transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from engagiert.core.languages import language_codes

if TYPE_CHECKING:
    from engagiert.core.models import Municipality, User

_MODEL = "__model__"
_TEXT = "__text__"
_DATE = "__date__"


class Text:
    """A text put into a mail's context untranslated and translated when the mail is rendered,
    in the recipient's language: `msgid` marked with gettext_noop (so makemessages finds it),
    `params` JSON values (or model instances, dates, or Text) filled in with %-formatting; a
    date is written in the recipient's locale (SHORT_DATE_FORMAT)."""

    def __init__(self, msgid: str, **params: Any) -> None:
        self.msgid, self.params = msgid, params


class Missing(Exception):
    """An object the mail is about is gone (deleted before the task ran): nothing is sent."""


def send(
    *,
    template: str,
    to: User | str | list[str],
    municipality: Municipality | None,
    context: dict[str, Any] | None = None,
    language: str | None = None,
    prepare: str = "",
    attachments: str = "",
    headers: dict[str, str] | None = None,
) -> None:
    """Queue the e-mail `template` to `to` after the transaction commits: a User, an address,
    or addresses that share one e-mail (e.g. a coordination office's team).

    `language`: the recipient's language; default a user's preferred_language, for a bare
    address the language active now. `prepare` / `attachments`: dotted paths of functions
    that the task calls with the fetched context, returning more context (None: send
    nothing) / a list of (filename, content, mimetype). `headers`: further header fields of
    the message (e.g. List-Unsubscribe)."""
    if isinstance(to, str | list | tuple):
        addresses = [to] if isinstance(to, str) else list(dict.fromkeys(a for a in to if a))
        if not addresses or not all(addresses):
            return
        recipient: dict[str, Any] = {"emails": addresses}
        language = language or translation.get_language()
    else:
        recipient = {"user": to.pk}
    job = {
        "key": uuid.uuid4().hex,  # one e-mail, however often its task runs (deliver)
        "template": template,
        "recipient": recipient,
        "municipality_id": municipality.pk if municipality is not None else None,
        "context": references(context or {}),
        "language": language,
        "prepare": prepare,
        "attachments": attachments,
    }
    if headers:
        job["headers"] = dict(headers)
    transaction.on_commit(lambda: _enqueue(job))


def _enqueue(job: dict[str, Any]) -> None:
    from engagiert.core.tasks import mail_task

    mail_task().enqueue(**job)


def references(value: Any) -> Any:
    """`value` as JSON for the task queue: model instances become references, JSON passes."""
    if isinstance(value, models.Model):
        return {_MODEL: value._meta.label_lower, "pk": value.pk}
    if isinstance(value, Text):
        return {_TEXT: value.msgid, "params": references(value.params)}
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return {_DATE: value.isoformat()}
    if isinstance(value, dict):
        return {str(key): references(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [references(item) for item in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"core.mail: pass {type(value).__name__} as a model instance or a JSON value")


def resolve(value: Any) -> Any:
    """The inverse of references(): model references fetched again (Missing if one is gone),
    texts translated into the active language."""
    if isinstance(value, dict) and _TEXT in value:
        params = {
            key: date_format(item, "SHORT_DATE_FORMAT") if isinstance(item, datetime.date) else item
            for key, item in resolve(value["params"]).items()
        }
        return translation.gettext(value[_TEXT]) % params if params else translation.gettext(value[_TEXT])
    if isinstance(value, dict) and _DATE in value:
        return datetime.date.fromisoformat(value[_DATE])
    if isinstance(value, dict) and _MODEL in value:
        obj = apps.get_model(value[_MODEL])._default_manager.filter(pk=value["pk"]).first()
        if obj is None:
            raise Missing(value[_MODEL])
        return obj
    if isinstance(value, dict):
        return {key: resolve(item) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve(item) for item in value]
    return value


def deliver(
    *,
    template: str,
    recipient: dict[str, Any],
    municipality_id: int | None,
    context: dict[str, Any],
    language: str | None,
    prepare: str = "",
    attachments: str = "",
    headers: dict[str, str] | None = None,
    connection=None,
    key: str = "",
) -> bool:
    """The task's work: fetch, render in the recipient's language, send. False if nothing was sent.

    Also called directly by a worker that sends many mails in turn (newsletter batches), with
    its own open `connection` (open_connection()) and `headers`.

    Idempotent by `key`: the marker row (core.MailDelivery) is inserted in the transaction that
    hands the mail to the server, before it does. A second run of the same job (a retry, a
    worker killed after the send) finds the marker, or waits on the unique index until the
    first run commits, and sends nothing; a send that fails or is killed rolls the marker
    back, so the job runs again and nothing is lost. The one window left, between the mail
    server's answer and the commit, gives the copies one Message-ID, by which mail programs
    recognise a duplicate."""
    from engagiert.core.models import MailDelivery, Municipality, User

    if key and MailDelivery.objects.using("default").filter(key=key).exists():
        return False

    user = User.objects.filter(pk=recipient["user"]).first() if "user" in recipient else None
    addresses = [user.email] if user else recipient.get("emails", [])
    if not addresses or not all(addresses):
        return False
    language = language or (user.preferred_language if user else None)
    if language not in language_codes():
        language = settings.LANGUAGE_CODE
    municipality = Municipality.objects.filter(pk=municipality_id).first() if municipality_id else None
    with translation.override(language):
        try:
            values = resolve(context)
        except Missing:
            return False
        values.update(
            municipality=municipality, recipient=user, site_url=settings.SITE_URL.rstrip("/"), language=language
        )
        if prepare:
            extra = import_string(prepare)(**values)
            if extra is None:
                return False
            values.update(extra)
        message = EmailMultiAlternatives(
            subject=" ".join(render_to_string(f"{template}_subject.txt", values).split()),
            body=render_to_string(f"{template}_message.txt", values),
            from_email=sender(municipality),
            to=addresses,
            headers={**(headers or {}), "Content-Language": language, **_message_id(key)},
            connection=connection,
        )
        message.attach_alternative(_html(template, values, message), "text/html")
        if attachments:
            for filename, content, mimetype in import_string(attachments)(**values):
                message.attach(filename, content, mimetype)
    if not key:
        message.send()
        return True
    with transaction.atomic(using="default"):
        try:
            with transaction.atomic(using="default"):
                MailDelivery.objects.create(key=key, sent_at=timezone.now())
        except IntegrityError:
            return False  # another run sent it
        message.send()
    return True


def open_connection():
    """An open connection of the mail backend for a worker that sends many mails in turn
    (pass it to deliver(connection=...)); the caller closes it."""
    connection = get_connection()
    connection.open()
    return connection


def _message_id(key: str) -> dict[str, str]:
    if not key:
        return {}
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "engagiert.invalid"
    return {"Message-ID": f"<{key}@{domain}>"}


def sender(municipality: Municipality | None) -> str:
    """From: DEFAULT_FROM_EMAIL's address, named after the municipality when there is one."""
    if municipality is None:
        return settings.DEFAULT_FROM_EMAIL
    address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    return formataddr((_("%(municipality)s über Engagiert") % {"municipality": municipality.name}, address))


def _html(template: str, values: dict[str, Any], message: EmailMultiAlternatives) -> str:
    try:
        return render_to_string(f"{template}_message.html", values)
    except TemplateDoesNotExist:
        text = message.body.strip()  # a plain str (render_to_string marks it safe): escaped in the HTML
        return render_to_string("core/email/base.html", {**values, "subject": message.subject, "text": text})
