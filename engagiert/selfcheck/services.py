"""Writes of the Selbstcheck: catalogue loading, rounds, invitations, answers, follow-up.
Each function runs in one transaction; rule violations raise SelfcheckError with a message
for the user."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import figures, mail, pagecache, tokens
from engagiert.core.models import Municipality, User
from engagiert.selfcheck import catalogue_ar, catalogue_data, catalogue_uk
from engagiert.selfcheck.models import (
    Answer,
    Catalogue,
    Field,
    FieldSuggestion,
    Measure,
    Question,
    Respondent,
    Round,
    WorkshopNote,
)

LANGS = ("de", "en", "ar", "uk")
# Arabic and Ukrainian are kept beside catalogue_data, keyed by the German text.
KEYED_BY_GERMAN = {"ar": catalogue_ar.TEXTS, "uk": catalogue_uk.TEXTS}


class SelfcheckError(Exception):
    """A rule of the Selbstcheck was broken; the message is shown to the user."""


def _texts(de: str, en: str = "") -> dict[str, str]:
    """One catalogue text in every language: German and English from catalogue_data, the
    others looked up by the German text ("" when missing: the page falls back to German)."""
    return {"de": de, "en": en, **{lang: texts.get(de, "") if de else "" for lang, texts in KEYED_BY_GERMAN.items()}}


def _translated(values: Mapping[str, str], name: str) -> dict[str, str]:
    """The per-language columns of `name`. Every language is written, so loading again
    replaces a translation that was changed or removed."""
    texts = _texts(values["de"], values.get("en", ""))
    return {f"{name}_{lang}": texts[lang] for lang in LANGS}


# --- Catalogue -----------------------------------------------------------------------------


@transaction.atomic
def load_default_catalogue(*, publish: bool = True) -> Catalogue:
    """Create or update the default catalogue of catalogue_data (idempotent, matched by
    version, field slug and question order)."""
    catalogue, _created = Catalogue.objects.update_or_create(
        version=catalogue_data.VERSION,
        defaults={
            "title": catalogue_data.TITLE["de"],
            "description": catalogue_data.DESCRIPTION["de"],
            "published": publish,
            **_translated(catalogue_data.TITLE, "title"),
            **_translated(catalogue_data.DESCRIPTION, "description"),
        },
    )
    for order, row in enumerate(catalogue_data.FIELDS, start=1):
        field, _created = Field.objects.update_or_create(
            catalogue=catalogue,
            slug=row["slug"],
            defaults={
                "order": order,
                "name": row["name"]["de"],
                "short_name": row["short"]["de"],
                "description": row["description"]["de"],
                **_translated(row["name"], "name"),
                **_translated(row["short"], "short_name"),
                **_translated(row["description"], "description"),
            },
        )
        for band, texts in row["suggestions"].items():
            FieldSuggestion.objects.update_or_create(
                field=field, band=band, defaults={"text": texts["de"], **_translated(texts, "text")}
            )
        for q_order, q in enumerate(row["questions"], start=1):
            sub_de, sub_en, text_de, text_en, *explanation = q
            expl_de, expl_en = explanation or ("", "")
            Question.objects.update_or_create(
                field=field,
                order=q_order,
                defaults={
                    "subtopic": sub_de,
                    "text": text_de,
                    "explanation": expl_de,
                    **_translated({"de": sub_de, "en": sub_en}, "subtopic"),
                    **_translated({"de": text_de, "en": text_en}, "text"),
                    **_translated({"de": expl_de, "en": expl_en}, "explanation"),
                },
            )
    return catalogue


# --- Rounds ----------------------------------------------------------------------------------


def _check_thresholds(red_below: int, green_from: int) -> None:
    if not 0 <= red_below <= green_from <= 100:
        raise SelfcheckError(
            _("Die Schwelle für Rot muss zwischen 0 und der Schwelle für Grün liegen (höchstens 100).")
        )


@transaction.atomic
def create_round(
    *,
    municipality: Municipality,
    catalogue: Catalogue,
    title: str,
    red_below: int = 40,
    green_from: int = 70,
    by: User | None = None,
) -> Round:
    if not catalogue.published:
        raise SelfcheckError(_("Dieser Fragenkatalog ist nicht freigegeben."))
    _check_thresholds(red_below, green_from)
    return Round.objects.create(
        municipality=municipality,
        catalogue=catalogue,
        title=title,
        red_below=red_below,
        green_from=green_from,
        created_by=by,
    )


def _locked(round: Round) -> Round:
    return Round.objects.select_for_update().get(pk=round.pk)


@transaction.atomic
def open_round(*, round: Round) -> Round:
    """Open a draft round and send the invitations not sent yet."""
    locked = _locked(round)
    if locked.status != Round.Status.DRAFT:
        raise SelfcheckError(_("Nur eine Runde in Vorbereitung kann geöffnet werden."))
    locked.status = Round.Status.OPEN
    locked.opened_at = timezone.now()
    locked.save(update_fields=["status", "opened_at"])
    for respondent in locked.respondents.filter(invited_at__isnull=True):
        _send_link(respondent, municipality=locked.municipality, reminder=False)
    return locked


@transaction.atomic
def close_round(*, round: Round) -> Round:
    locked = _locked(round)
    if locked.status != Round.Status.OPEN:
        raise SelfcheckError(_("Nur eine laufende Runde kann abgeschlossen werden."))
    locked.status = Round.Status.CLOSED
    locked.closed_at = timezone.now()
    locked.save(update_fields=["status", "closed_at"])
    return locked


@transaction.atomic
def publish_round(*, round: Round, publish: bool = True) -> Round:
    """Publish a closed round's results on the public page (or take them back)."""
    locked = _locked(round)
    if publish and locked.status != Round.Status.CLOSED:
        raise SelfcheckError(_("Nur eine abgeschlossene Runde kann veröffentlicht werden."))
    if not publish and locked.status != Round.Status.PUBLISHED:
        raise SelfcheckError(_("Diese Runde ist nicht veröffentlicht."))
    before = locked.published_at
    locked.status = Round.Status.PUBLISHED if publish else Round.Status.CLOSED
    locked.published_at = timezone.now() if publish else None
    locked.save(update_fields=["status", "published_at"])
    # The scores count from the day of publication: taking a round back changes that day's.
    figures.changed(
        municipality_id=locked.municipality_id,
        days=[timezone.localtime(d).date() for d in (before, locked.published_at) if d is not None],
    )
    pagecache.content_changed(locked.municipality_id)
    return locked


def _send_link(respondent: Respondent, *, municipality: Municipality, reminder: bool) -> None:
    """Queue the respondent's invitation or reminder (core.mail, once the transaction commits);
    its personal link is made when the mail is rendered (link_context), so no token is queued."""
    mail.send(
        template="selfcheck/email/link",
        to=respondent.email,
        municipality=municipality,
        context={"respondent": respondent, "reminder": reminder},
        language=respondent.language or "de",
        prepare="engagiert.selfcheck.services.link_context",
    )


def link_context(*, respondent: Respondent, reminder: bool, site_url: str, **context: Any) -> dict[str, Any] | None:
    """core.mail's prepare step: a new personal link for the mail; None when nothing is to be sent."""
    issued = issue_link(respondent_id=respondent.pk, reminder=reminder)
    if issued is None:
        return None
    respondent, token = issued
    path = reverse("selfcheck:respond", kwargs={"municipality": respondent.round.municipality.slug, "token": token})
    return {"respondent": respondent, "round": respondent.round, "link": site_url + path}


@transaction.atomic
def invite_respondent(*, round: Round, email: str, department: str, role: str = "", language: str = "de") -> Respondent:
    """Add a respondent; while the round runs, the invitation goes out at once."""
    locked = _locked(round)
    if locked.status not in (Round.Status.DRAFT, Round.Status.OPEN):
        raise SelfcheckError(_("Zu einer abgeschlossenen Runde kann niemand mehr eingeladen werden."))
    email = email.strip().lower()
    if locked.respondents.filter(email=email).exists():
        raise SelfcheckError(_("Diese E-Mail-Adresse ist in dieser Runde schon eingeladen."))
    _token, token_hash = tokens.issue()  # replaced by the token of the e-mail
    respondent = Respondent.objects.create(
        round=locked,
        email=email,
        department=department.strip(),
        role=role.strip(),
        language=language,
        token_hash=token_hash,
    )
    if locked.status == Round.Status.OPEN:
        _send_link(respondent, municipality=locked.municipality, reminder=False)
    return respondent


@transaction.atomic
def remove_respondent(*, respondent: Respondent) -> None:
    """Withdraw an invitation (e.g. a mistyped address); the link stops working at once.
    Whoever has submitted stays: their answers are part of the result."""
    locked = Respondent.objects.select_for_update(of=("self",)).select_related("round").get(pk=respondent.pk)
    if locked.submitted_at:
        raise SelfcheckError(_("Wer schon abgeschickt hat, kann nicht mehr entfernt werden."))
    if locked.round.is_finished:
        raise SelfcheckError(_("Die Runde ist abgeschlossen."))
    locked.delete()


@transaction.atomic
def send_reminders(*, round: Round) -> int:
    """Remind everyone who has not submitted yet. Returns how many reminders go out."""
    locked = _locked(round)
    if locked.status != Round.Status.OPEN:
        raise SelfcheckError(_("Erinnerungen gibt es nur, solange die Runde läuft."))
    pending = list(locked.respondents.filter(submitted_at__isnull=True))
    for respondent in pending:
        _send_link(respondent, municipality=locked.municipality, reminder=True)
    return len(pending)


@transaction.atomic
def issue_link(*, respondent_id: int, reminder: bool) -> tuple[Respondent, str] | None:
    """Give a respondent a new token (the old link stops working) and mark the invitation or
    reminder as sent. None when nothing is to be sent (submitted, or round not running)."""
    respondent = Respondent.objects.select_for_update().select_related("round__municipality").get(pk=respondent_id)
    if respondent.submitted_at or respondent.round.status != Round.Status.OPEN:
        return None
    token, respondent.token_hash = tokens.issue()
    now = timezone.now()
    if reminder:
        respondent.reminded_at = now
    else:
        respondent.invited_at = now
    respondent.save(update_fields=["token_hash", "invited_at", "reminded_at"])
    return respondent, token


# --- Answers ---------------------------------------------------------------------------------


def _writable(respondent: Respondent) -> Respondent:
    """The respondent, row-locked until the transaction ends, so that answers and submission
    never interleave."""
    locked = Respondent.objects.select_related("round").select_for_update(of=("self",)).get(pk=respondent.pk)
    if locked.submitted_at:
        raise SelfcheckError(_("Sie haben Ihre Antworten bereits abgeschickt. Änderungen sind nicht mehr möglich."))
    if locked.round.status != Round.Status.OPEN:
        raise SelfcheckError(_("Diese Befragung ist abgeschlossen. Antworten sind nicht mehr möglich."))
    return locked


@transaction.atomic
def save_answers(*, respondent: Respondent, answers: Mapping[int, int | None]) -> int:
    """Store answers {question id: 1..5, or None for "weiß nicht"}; questions left out are
    skipped (earlier answers stay). All or nothing. Returns the number stored."""
    locked = _writable(respondent)
    valid_ids = set(Question.objects.filter(field__catalogue_id=locked.round.catalogue_id).values_list("pk", flat=True))
    for question_id, value in answers.items():
        if question_id not in valid_ids:
            raise SelfcheckError(_("Diese Frage gehört nicht zu dieser Befragung."))
        if value is not None and (isinstance(value, bool) or value not in range(1, 6)):
            raise SelfcheckError(_("Bitte wählen Sie eine Antwort auf der Skala von 1 bis 5 oder „weiß nicht“."))
    for question_id, value in answers.items():
        Answer.objects.update_or_create(respondent=locked, question_id=question_id, defaults={"value": value})
    return len(answers)


@transaction.atomic
def submit(*, respondent: Respondent) -> Respondent:
    locked = _writable(respondent)
    if not locked.answers.exists():
        raise SelfcheckError(_("Bitte beantworten Sie mindestens eine Frage, bevor Sie abschicken."))
    locked.submitted_at = timezone.now()
    locked.save(update_fields=["submitted_at"])
    return locked


# --- Follow-up -------------------------------------------------------------------------------


@transaction.atomic
def add_workshop_note(*, round: Round, date: date, title: str, body: str, participants: str = "") -> WorkshopNote:
    return WorkshopNote.objects.create(round=round, date=date, title=title, body=body, participants=participants)


MEASURE_FIELDS = (
    "round",
    "field",
    "date",
    "title",
    "goal",
    "responsible_organisation",
    "responsible_office",
    "partners",
    "due_date",
    "status",
    "progress",
    "event_title",
    "event_url",
    "public",
)


def _check_measure(municipality: Municipality, data: Mapping) -> None:
    if data.get("round") and data["round"].municipality_id != municipality.pk:
        raise SelfcheckError(_("Diese Runde gehört zu einer anderen Kommune."))
    org = data.get("responsible_organisation")
    if org and org.municipality_id != municipality.pk:
        raise SelfcheckError(_("Diese Organisation gehört zu einer anderen Kommune."))
    if not 0 <= int(data.get("progress") or 0) <= 100:
        raise SelfcheckError(_("Der Fortschritt liegt zwischen 0 und 100 Prozent."))


@transaction.atomic
def save_measure(*, municipality: Municipality, data: Mapping, measure: Measure | None = None) -> Measure:
    """Create a measure (measure=None) or update it with the values of MEASURE_FIELDS in data."""
    _check_measure(municipality, data)
    if measure is None:
        measure = Measure(municipality=municipality)
    elif measure.municipality_id != municipality.pk:
        raise SelfcheckError(_("Diese Maßnahme gehört zu einer anderen Kommune."))
    before = measure.date
    for name in MEASURE_FIELDS:
        if name in data:
            setattr(measure, name, data[name])
    try:
        with transaction.atomic():
            measure.save()
    except IntegrityError as error:
        raise SelfcheckError(
            _("Die Maßnahme konnte so nicht gespeichert werden. Bitte prüfen Sie die Angaben.")
        ) from error
    figures.changed(municipality_id=municipality.pk, days=[before, measure.date])  # done measures count on their day
    return measure


@transaction.atomic
def delete_measure(*, measure: Measure) -> None:
    figures.changed(municipality_id=measure.municipality_id, days=[measure.date])
    measure.delete()
