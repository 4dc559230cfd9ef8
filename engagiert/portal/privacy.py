"""What the portal stores about people, for the privacy statement (core.registry), and its part
of the privacy centre: the pages an editor owns. On account deletion the pages stay (they are the
town's) without the account; Wagtail's revisions and log keep no more than the account link."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import Holding, register_personal_data, register_privacy_handler


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
            "portal.programmepage",
            "portal.contactpage",
            "portal.easyreadindexpage",
            "portal.easyreadpage",
        ),
        order=90,
    )
    register_personal_data(
        key="portal.contacts",
        title=_("Kontakte der Stellen"),
        data=_(
            "Name der Stelle, auf Wunsch eine Ansprechperson, Raum, Anschrift, dienstliche Telefonnummer und "
            "E-Mail-Adresse, Sprechzeiten."
        ),
        purpose=_("Zeigen, wie Menschen die Stellen der Kommune erreichen (Kontaktkästen und Kontaktseite)."),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO (Öffentlichkeitsarbeit der Kommune)."),
        retention=_("Bis die Redaktion den Kontakt löscht oder ändert."),
        recipients=_("Öffentlich auf den Seiten der Kommune."),
        models=("portal.contact",),
        subjects=_("Beschäftigte der Kommune und ihrer Partner"),
        order=91,
    )
    register_personal_data(
        key="portal.contact-form",
        title=_("Kontaktformular"),
        data=_("Ihr Name, Ihre E-Mail-Adresse, Betreff und Nachricht."),
        purpose=_("Ihre Nachricht an die gewählte Stelle weitergeben, damit sie Ihnen antworten kann."),
        legal_basis=_("Art. 6 Abs. 1 lit. a DSGVO (Ihre Einwilligung im Formular)."),
        retention=_(
            "Die Website speichert die Nachricht nicht: Sie geht per E-Mail an die Stelle und als Kopie an Sie. "
            "Nur bis zum Versand liegt sie in der Warteschlange der E-Mails. Zum Schutz vor Missbrauch zählen wir "
            "eine Stunde lang, wie viele Nachrichten von Ihrem Anschluss und Ihrer Adresse (nur als Prüfsumme) kamen."
        ),
        recipients=_("Die Stelle, an die Sie schreiben."),
        subjects=_("Besucherinnen und Besucher der Website"),
        order=92,
    )
    register_privacy_handler(
        key="portal",
        title=_("Portal"),
        collect=collect,
        export=export,
        delete=delete,
        kept=_("Die Seiten und Nachrichten gehören der Kommune und bleiben, ohne Verbindung zu Ihrem Konto."),
        order=90,
    )


def _owned(user):
    from wagtail.models import Page

    return Page.objects.filter(owner=user).order_by("path")


def collect(user) -> list[Holding]:
    pages = list(_owned(user).only("title")[:5])
    if not pages:
        return []
    return [
        Holding(
            label=_("Seiten des Portals, die Sie angelegt haben"),
            personal_data="portal.editors",
            details=tuple(p.title for p in pages),
        )
    ]


def export(user) -> dict:
    return {"pages_created": [{"title": p.title, "url_path": p.url_path} for p in _owned(user)]}


def delete(user) -> dict[str, int]:
    from wagtail.models import Page

    owned = _owned(user).update(owner=None)
    unlocked = Page.objects.filter(locked_by=user).update(locked_by=None, locked=False)
    return {"pages_without_owner": owned, "pages_unlocked": unlocked}
