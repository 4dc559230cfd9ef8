"""What the Partnerschaft für Demokratie stores about people, for the privacy statement
(core.registry), and its part of the privacy centre. Retention as in services.purge
(purge_funding_applications), also run by apply_retention. On account deletion drafts go;
submitted applications belong to the applying organisation and stay within the funding law's
periods without the account; a committee seat keeps the member's name for the minutes."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import (
    Holding,
    register_personal_data,
    register_privacy_handler,
    register_retention_rule,
)


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
    register_privacy_handler(
        key="funding",
        title=_("Partnerschaft für Demokratie"),
        collect=collect,
        export=export,
        delete=delete,
        kept=_(
            "Eingereichte Förderanträge gehören der antragstellenden Organisation und bleiben nach den Fristen des "
            "Förderrechts (abgelehnte 1 Jahr, bewilligte mit Belegen 10 Jahre), ohne Verbindung zu Ihrem Konto. "
            "Als Mitglied eines Gremiums bleibt Ihr Name in den Abstimmungen und im Protokoll."
        ),
        order=80,
    )
    register_retention_rule(
        key="funding.applications",
        personal_data="funding.applications",
        data=_("Förderanträge der Partnerschaft für Demokratie"),
        legal_basis=_("Art. 6 Abs. 1 lit. c DSGVO mit den Aufbewahrungsfristen des Zuwendungsrechts"),
        period=_("abgelehnte und zurückgezogene nach 1 Jahr, bewilligte mit Belegen nach 10 Jahren"),
        action=_("werden mit ihren Dateien gelöscht"),
        apply=_purge,
        order=80,
    )


def _purge(now) -> dict[str, int]:
    from engagiert.funding.services import purge

    return purge(today=now.date())


def _applications(user):
    from engagiert.funding.models import Application

    return Application.objects.filter(applicant=user).select_related("fund").order_by("created_at")


def _memberships(user):
    from engagiert.funding.models import Membership

    return Membership.objects.filter(user=user).select_related("committee__partnership__municipality")


def collect(user) -> list[Holding]:
    found = []
    applications = list(_applications(user))
    if applications:
        found.append(
            Holding(
                label=_("Ihre Förderanträge"),
                details=tuple(f"{a.title} ({a.get_status_display()})" for a in applications),
                until=_("Entwürfe bis zur Löschung Ihres Kontos; eingereichte nach den Fristen des Förderrechts"),
            )
        )
    memberships = list(_memberships(user))
    if memberships:
        found.append(
            Holding(
                label=_("Ihre Sitze in Gremien der Partnerschaft für Demokratie"),
                details=tuple(f"{m.committee} – {m.get_sector_display()}" for m in memberships),
            )
        )
    return found


def export(user) -> dict:
    from engagiert.funding.models import Assessment, ConflictDeclaration, Vote

    memberships = list(_memberships(user))
    return {
        "applications": [
            {
                "title": a.title,
                "fund": str(a.fund),
                "status": a.status,
                "contact_name": a.contact_name,
                "contact_email": a.contact_email,
                "summary": a.summary,
                "created_at": a.created_at,
            }
            for a in _applications(user)
        ],
        "committee_seats": [
            {"committee": str(m.committee), "name": m.name, "sector": m.sector, "voting": m.voting} for m in memberships
        ],
        "votes": [
            {"application": v.application.title, "choice": v.choice}
            for v in Vote.objects.filter(member__in=memberships).select_related("application")
        ],
        "assessments": Assessment.objects.filter(member__in=memberships).count(),
        "conflicts_declared": [
            c.application.title
            for c in ConflictDeclaration.objects.filter(member__in=memberships).select_related("application")
        ],
    }


def delete(user) -> dict[str, int]:
    from engagiert.funding.models import Application, Office
    from engagiert.funding.services import delete_application_files

    drafts = list(_applications(user).filter(status=Application.Status.DRAFT))
    for draft in drafts:
        delete_application_files(draft)
        draft.delete()
    detached = _applications(user).update(applicant=None)
    seats = _memberships(user).update(user=None)  # the seat, votes and minutes keep the name
    offices, _details = Office.objects.filter(user=user).delete()
    return {"drafts_deleted": len(drafts), "applications_detached": detached, "seats_detached": seats,
            "office_roles_deleted": offices}  # fmt: skip
