"""What the portal stores about people, for the privacy statement (core.registry)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_personal_data


def register() -> None:
    register_personal_data(
        key="portal.editors",
        title=_("Redaktion des Portals"),
        data=_(
            "Welches Konto eine Seite, eine Nachricht, ein Bild oder ein Dokument angelegt, bearbeitet, gesperrt, "
            "zur Freigabe eingereicht oder veröffentlicht hat, mit Datum (Versionen und Verlauf)."
        ),
        purpose=_("Nachvollziehen, wer welche Inhalte der Website der Kommune geändert und freigegeben hat."),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO (Öffentlichkeitsarbeit der Kommune)."),
        retention=_("Solange der Inhalt besteht; Versionen löscht die Koordinierungsstelle auf Wunsch."),
        recipients=_("Die Koordinierungsstelle und die Redaktion der Kommune."),
        models=(
            "portal.portalimage",
            "portal.portaldocument",
            "portal.portalrootpage",
            "portal.townhomepage",
            "portal.networkhomepage",
            "portal.contentpage",
            "portal.newsindexpage",
            "portal.newspage",
        ),
        order=90,
    )
