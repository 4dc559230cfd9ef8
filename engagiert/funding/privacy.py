"""What the Partnerschaft für Demokratie stores about people, for the privacy statement
(core.registry). Retention as in services.purge (purge_funding_applications)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_personal_data


def register() -> None:
    register_personal_data(
        key="funding.applications",
        title=_("Partnerschaft für Demokratie – Förderanträge"),
        data=_(
            "Name und E-Mail-Adresse der Ansprechperson, die Angaben zum Projekt, der Kosten- und Finanzierungsplan "
            "mit Angeboten, Rückfragen und Antworten, die Bewertungen, Befangenheitserklärungen und Stimmen der "
            "Mitglieder des Begleitausschusses oder Jugendforums, Empfehlung, Bescheid, Mittelabrufe und der "
            "Verwendungsnachweis mit Belegen und Fotos."
        ),
        purpose=_(
            "Über Ihren Antrag entscheiden, die Förderung auszahlen und ihre Verwendung prüfen, wie es das "
            "Bundesprogramm „Demokratie leben!“ verlangt."
        ),
        legal_basis=_(
            "Art. 6 Abs. 1 lit. b und e DSGVO: Sie stellen den Antrag; die Kommune entscheidet als Behörde über "
            "die Zuwendung und muss die Unterlagen nach dem Zuwendungsrecht aufbewahren."
        ),
        retention=_(
            "Abgelehnte, nicht empfohlene und zurückgezogene Anträge sowie liegengebliebene Entwürfe werden nach der "
            "Frist der Partnerschaft gelöscht (üblich: ein Jahr). Geförderte Projekte mit ihren Belegen werden so "
            "lange aufbewahrt, wie es das Zuwendungsrecht verlangt (üblich: zehn Jahre nach dem Jahr der "
            "Bewilligung), dann gelöscht."
        ),
        recipients=_(
            "Die Koordinierungs- und Fachstelle, die Mitglieder des entscheidenden Gremiums (ohne Ihre Belege), das "
            "federführende Amt. Öffentlich sind bei geförderten Projekten nur Titel, Träger, Betrag, Zeitraum, "
            "Kurzbeschreibung und was daraus geworden ist, dazu Fotos, deren Veröffentlichung zugestimmt wurde."
        ),
        models=(
            "funding.application",
            "funding.costline",
            "funding.quote",
            "funding.financingline",
            "funding.changerequest",
            "funding.conflictdeclaration",
            "funding.assessment",
            "funding.vote",
            "funding.recommendation",
            "funding.grant",
            "funding.paymentrequest",
            "funding.report",
            "funding.receipt",
            "funding.photo",
        ),
        order=60,
    )
    register_personal_data(
        key="funding.bodies",
        title=_("Partnerschaft für Demokratie – Gremien und Stellen"),
        data=_(
            "Name, vertretene Organisation und Bereich der Mitglieder der Gremien; wer in den Stellen arbeitet und "
            "ihre E-Mail-Adressen."
        ),
        purpose=_("Zeigen, wer entscheidet, und die Mehrheit der Zivilgesellschaft prüfen."),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO: Die Gremien sind Teil des Bundesprogramms."),
        retention=_("Solange die Person dem Gremium oder der Stelle angehört."),
        recipients=_("Öffentlich: die Namen und Bereiche der Mitglieder der Gremien."),
        models=("funding.membership", "funding.office", "funding.partnership"),
        order=61,
    )
