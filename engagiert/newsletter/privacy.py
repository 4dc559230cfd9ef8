"""What the newsletter stores about people, for the privacy statement (core.registry), and its
part of the privacy centre: the subscriptions of the person's verified addresses, each a consent
to withdraw (unsubscribing), exported and deleted with the account; unconfirmed sign-ups are
deleted after 7 days (retention rule)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

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
        key="newsletter.subscriptions",
        title=_("Newsletter"),
        data=_(
            "Ihre E-Mail-Adresse, freiwillig Ihr Name, Ihre Sprache, die gewählten Newsletter und Themen, wann Sie "
            "sich angemeldet und bestätigt haben, und welche Ausgaben wir Ihnen wann zugestellt haben."
        ),
        purpose=_("Ihnen die Newsletter zu schicken, die Sie bestellt haben."),
        legal_basis=_(
            "Art. 6 Abs. 1 lit. a DSGVO (Ihre Einwilligung, bestätigt über den Link in unserer E-Mail). Sie können "
            "sie jederzeit widerrufen: mit dem Abmeldelink in jeder Ausgabe."
        ),
        retention=_(
            "Nicht bestätigte Anmeldungen löschen wir nach 7 Tagen. Wenn Sie sich abmelden oder Ihre Daten löschen, "
            "löschen wir Ihre Adresse sofort; von den Zustellungen bleibt nur die Zahl ohne Bezug zu Ihnen."
        ),
        recipients=_("Die Redaktion des Newsletters in der Kommune oder im Regionalnetzwerk sieht nur Zahlen."),
        models=("newsletter.subscriber", "newsletter.delivery", "newsletter.issue"),
        order=60,
    )
    register_privacy_handler(
        key="newsletter",
        title=_("Newsletter"),
        collect=collect,
        export=export,
        delete=delete,
        kept=_("Nichts: Ihre Anmeldungen werden gelöscht; von den Zustellungen bleibt nur die Zahl."),
        order=60,
    )
    register_consent_provider(key="newsletter", list=consents, withdraw=withdraw, order=60)
    register_retention_rule(
        key="newsletter.unconfirmed",
        personal_data="newsletter.subscriptions",
        data=_("Nicht bestätigte Newsletter-Anmeldungen"),
        legal_basis=_("Art. 5 Abs. 1 lit. e DSGVO (Speicherbegrenzung)"),
        period=_("7 Tage nach der Anmeldung"),
        action=_("werden gelöscht"),
        apply=lambda now: _purge(now),
        order=60,
    )


def _purge(now) -> int:
    from engagiert.newsletter.services.subscriptions import purge_unconfirmed

    return purge_unconfirmed(now=now)


def _mine(user):
    from allauth.account.models import EmailAddress

    from engagiert.newsletter.models import Subscriber

    verified = EmailAddress.objects.filter(user=user, verified=True).values("email")
    return (
        Subscriber.objects.filter(email__in=verified)
        .select_related("newsletter__municipality", "newsletter__network")
        .order_by("newsletter__name", "pk")
    )


def collect(user) -> list[Holding]:
    subscriptions = list(_mine(user))
    if not subscriptions:
        return []
    return [
        Holding(
            label=_("Ihre Newsletter-Anmeldungen"),
            personal_data="newsletter.subscriptions",
            details=tuple(f"{s.newsletter.name} ({s.get_status_display()})" for s in subscriptions),
        )
    ]


def export(user) -> dict:
    from engagiert.newsletter.services.subscriptions import export_address

    first = _mine(user).first()
    if first is None:
        return {}
    addresses = sorted({s.email for s in _mine(user)})
    return {"addresses": [export_address(subscriber=_mine(user).filter(email=a).first()) for a in addresses]}


def delete(user) -> dict[str, int]:
    from engagiert.newsletter.services.subscriptions import delete_address

    deleted = 0
    for email in sorted({s.email for s in _mine(user)}):
        deleted += delete_address(subscriber=_mine(user).filter(email=email).first())
    return {"subscriptions_deleted": deleted}


def consents(user) -> list[Consent]:
    return [
        Consent(
            id=str(s.pk),
            title=_("Newsletter erhalten"),
            given_at=s.confirmed_at or s.created_at,
            detail=s.newsletter.name,
            effect=_("Sie werden sofort abgemeldet; Ihre Adresse wird für diesen Newsletter gelöscht."),
        )
        for s in _mine(user)
    ]


def withdraw(user, consent_id: str) -> bool:
    from engagiert.newsletter.services.subscriptions import unsubscribe

    if not consent_id.isdigit():
        return False
    subscriber = _mine(user).filter(pk=int(consent_id)).first()
    if subscriber is None:
        return False
    unsubscribe(subscriber=subscriber)
    return True
