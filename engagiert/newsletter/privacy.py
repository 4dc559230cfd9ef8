"""What the newsletter stores about people, for the privacy statement (core.registry)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_personal_data


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
