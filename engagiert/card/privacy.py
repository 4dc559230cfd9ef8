"""What the Ehrenamtskarte stores about people, for the privacy statement (core.registry).
Retention as in services/renewal.py (CardRules.retention_months, purge_card_applications, also
registered as the retention rule "card.applications"). Its part of the privacy centre: the
person's applications and cards, the deletion (applications go, cards stay in the register
without the account), and the consent of an open application."""

from __future__ import annotations

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from engagiert.core.registry import (
    Consent,
    Holding,
    register_consent_provider,
    register_personal_data,
    register_privacy_handler,
    register_retention_rule,
)


def register() -> None:
    register_personal_data(
        key="card.applications",
        title=_("Ehrenamtskarte – Anträge"),
        data=_(
            "Name, Geburtsdatum, Anschrift und Bundesland des Wohnsitzes; Ihre Tätigkeiten (Organisation, seit "
            "wann, Stunden, Aufwandsentschädigung, Beschreibung) mit der E-Mail-Adresse der Organisation für die "
            "Bestätigung; Ihre bestätigten Stunden aus „Mach mit!“; Nachweise, die Entscheidung mit Begründung und "
            "der Verlauf des Antrags."
        ),
        purpose=_("Prüfen, ob Sie die Voraussetzungen für die Karte erfüllen, und die Karte ausstellen."),
        legal_basis=_(
            "Art. 6 Abs. 1 lit. a DSGVO: Ihre Einwilligung beim Absenden des Antrags; Art. 6 Abs. 1 lit. e DSGVO "
            "für die Entscheidung der Kommune."
        ),
        retention=_(
            "Nach der Entscheidung bleiben die Angaben so lange gespeichert, wie es die Kommune festlegt "
            "(üblich: sechs Monate); dann werden Begründungen, Beschreibungen, Nachweise und Kontaktadressen "
            "gelöscht. Geburtsdatum, Anschrift und Tätigkeiten werden zugleich gelöscht, bei einer gültigen Karte "
            "erst nach deren Ablauf plus dieser Frist, weil ein Verlängerungsantrag sie wiederverwendet. Der Name "
            "bleibt. Entwürfe, die so lange nicht geändert wurden, werden gelöscht."
        ),
        recipients=_(
            "Die Koordinierungsstelle der Kommune; die genannten Organisationen erhalten einen Link, um Ihre "
            "Tätigkeit zu bestätigen."
        ),
        models=(
            "card.cardapplication",
            "card.applicationevent",
            "card.activity",
            "card.activityconfirmation",
        ),
        order=50,
    )
    register_personal_data(
        key="card.cards",
        title=_("Ehrenamtskarte – ausgestellte Karten"),
        data=_(
            "Kartennummer, Name, Kurzname (z. B. „Anna M.“), Geburtsjahr, Art der Organisationen, Gültigkeit, ob "
            "die Karte gesperrt ist (mit Grund) und wer Ihren Ausweis bei der Übergabe geprüft hat. Der QR-Code "
            "der Karte enthält nur Kartennummer, Kurzname und Gültigkeit."
        ),
        purpose=_("Die Karte ausstellen, verlängern, sperren und ihre Echtheit prüfbar machen."),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO."),
        retention=_(
            "Solange Ihr Konto besteht. Wird Ihr Konto gelöscht, bleibt die Karte ohne Bezug zu Ihrem Konto im "
            "Register, solange sie gilt; nach ihrem Ablauf plus der Frist der Kommune werden Name, Kurzname und "
            "Geburtsjahr entfernt."
        ),
        recipients=_(
            "Die Koordinierungsstelle der Kommune. Akzeptanzpartner sehen beim Prüfen nur Kurzname und Gültigkeit."
        ),
        models=("card.card",),
        order=51,
    )
    register_personal_data(
        key="card.verifications",
        title=_("Ehrenamtskarte – Prüfen bei Akzeptanzpartnern"),
        data=_(
            "Wenn ein Akzeptanzpartner eine Karte prüft, wird nur gezählt: wie viele Karten dieser Partner in einem "
            "Monat geprüft hat, davon wie viele per Kartennummer und wie viele Abfragen über dem Limit abgewiesen "
            "wurden. Es wird nicht gespeichert, welche Karte, welche Person oder wann genau geprüft wurde. Für das "
            "Limit zählt die Plattform die Abfragen per Kartennummer eines Partners eine Stunde lang. Bei "
            "Akzeptanzpartnern: die Konten, die für den Partner prüfen dürfen."
        ),
        purpose=_("Die Wirkung der Karte auswerten und das Erraten von Kartennummern verhindern."),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO."),
        retention=_(
            "Die Monatszahlen werden nicht automatisch gelöscht; sie enthalten keine Angaben zu Karteninhabern."
        ),
        recipients=_("Der Akzeptanzpartner selbst und die Koordinierungsstelle der Kommune."),
        models=("card.verificationcount", "card.acceptancepartner"),
        order=52,
    )
    register_privacy_handler(
        key="card",
        title=_("Ehrenamtskarte"),
        collect=collect,
        export=export,
        delete=delete,
        kept=_(
            "Eine ausgestellte Karte bleibt im Kartenregister der Kommune (Kartennummer, Name, Geburtsjahr, "
            "Gültigkeit), ohne Bezug zu Ihrem Konto, solange sie gilt: Akzeptanzpartner müssen prüfen können, ob "
            "eine vorgezeigte Karte gültig oder gesperrt ist. Danach werden Name und Geburtsjahr entfernt. Ihre "
            "Anträge werden gelöscht."
        ),
        order=50,
    )
    register_consent_provider(key="card.application", list=consents, withdraw=withdraw, order=50)
    register_retention_rule(
        key="card.applications",
        personal_data="card.applications",
        data=_(
            "Anträge auf die Ehrenamtskarte: Begründungen, Beschreibungen, Nachweise, Kontaktadressen, dann "
            "Geburtsdatum, Anschrift und Tätigkeiten; Entwürfe"
        ),
        legal_basis=_("Art. 6 Abs. 1 lit. a und e DSGVO"),
        period=_("Frist der Kommune nach der Entscheidung (üblich: 6 Monate); bei gültiger Karte ab deren Ablauf"),
        action=_("Die Angaben werden gelöscht, der Name bleibt; alte Entwürfe werden ganz gelöscht."),
        apply=purge_applications,
        order=50,
    )
    register_retention_rule(
        key="card.register",
        personal_data="card.cards",
        data=_("Karten im Kartenregister, deren Inhaber*in das Konto gelöscht hat"),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO"),
        period=_("Solange die Karte gilt, danach die Frist der Kommune (üblich: 6 Monate)"),
        action=_("Name, Kurzname und Geburtsjahr werden entfernt; Kartennummer und Gültigkeit bleiben."),
        apply=anonymise_expired_cards,
        order=51,
    )


def _applications(user):
    from engagiert.card.models import CardApplication

    return CardApplication.objects.filter(applicant=user).select_related("municipality")


def _cards(user):
    from engagiert.card.models import Card

    return Card.objects.filter(holder=user).select_related("municipality")


def collect(user) -> list[Holding]:
    found = []
    applications = list(_applications(user).only("status", "created_at", "municipality__name"))
    if applications:
        found.append(
            Holding(
                label=ngettext(
                    "%(count)s Antrag auf die Ehrenamtskarte",
                    "%(count)s Anträge auf die Ehrenamtskarte",
                    len(applications),
                )
                % {"count": len(applications)},
                personal_data="card.applications",
                details=tuple(f"{a.municipality.name}: {a.get_status_display()}" for a in applications[:5]),
            )
        )
    cards = list(_cards(user))
    for card in cards:
        found.append(
            Holding(
                label=_("Ehrenamtskarte Nr. %(number)s, gültig bis %(date)s")
                % {"number": card.display_number, "date": date_format(card.valid_until, "SHORT_DATE_FORMAT")},
                personal_data="card.cards",
                details=(card.municipality.name, card.get_status_display()),
            )
        )
    return found


def export(user) -> dict:
    return {
        "applications": [
            {
                "municipality": a.municipality.name,
                "status": a.status,
                "first_name": a.first_name,
                "last_name": a.last_name,
                "birth_date": a.birth_date,
                "street": a.street,
                "postcode": a.postcode,
                "city": a.city,
                "residence_state": a.residence_state,
                "consent": a.consent,
                "decision_reason": a.decision_reason,
                "submitted_at": a.submitted_at,
                "decided_at": a.decided_at,
                "activities": [
                    {
                        "organisation": act.display_name,
                        "description": act.description,
                        "contact_email": act.contact_email,
                        "since": act.since,
                        "hours": act.hours,
                        "period": act.period,
                        "paid_allowance": act.paid_allowance,
                        "allowance_per_year": act.allowance_per_year,
                        "evidence": act.evidence,
                        "evidence_note": act.evidence_note,
                    }
                    for act in a.activities.all()
                ],
                "history": [{"step": e.kind, "text": e.text, "at": e.created_at} for e in a.events.all()],
            }
            for a in _applications(user).prefetch_related("activities__organisation", "events")
        ],
        "cards": [
            {
                "municipality": c.municipality.name,
                "number": c.display_number,
                "holder_name": c.holder_name,
                "short_name": c.short_name,
                "birth_year": c.birth_year,
                "valid_from": c.valid_from,
                "valid_until": c.valid_until,
                "status": c.status,
                "revoked_reason": c.revoked_reason,
                "handed_over_at": c.handed_over_at,
            }
            for c in _cards(user)
        ],
    }


def delete(user) -> dict[str, int]:
    from engagiert.card.models import Card

    cards = Card.objects.filter(holder=user).update(holder=None)
    deleted = _applications(user).count()
    _applications(user).delete()
    return {"applications_deleted": deleted, "cards_kept_without_account": cards}


def consents(user) -> list[Consent]:
    from engagiert.card.models import CardApplication

    return [
        Consent(
            id=str(a.pk),
            title=_("Verarbeitung meiner Angaben im Antrag auf die Ehrenamtskarte"),
            given_at=a.submitted_at,
            detail=a.municipality.name,
            effect=_("Der Antrag wird zurückgezogen und nicht weiter bearbeitet."),
        )
        for a in _applications(user).filter(status__in=CardApplication.OPEN, consent=True)
    ]


def withdraw(user, consent_id: str) -> bool:
    from engagiert.card.models import CardApplication
    from engagiert.card.services import withdraw as withdraw_application

    application = (
        _applications(user).filter(status__in=CardApplication.OPEN, consent=True, pk=consent_id).first()
        if consent_id.isdigit()
        else None
    )
    if application is None:
        return False
    withdraw_application(application=application, by=user)
    return True


def purge_applications(now) -> dict[str, int]:
    from engagiert.card.services import purge_applications as purge

    purged = purge(now=now)
    return {"free_text_deleted": purged.free_text, "purged": purged.full, "drafts_deleted": purged.drafts}


def anonymise_expired_cards(now) -> int:
    from engagiert.card.services import anonymise_expired_cards as anonymise

    return anonymise(now=now)
