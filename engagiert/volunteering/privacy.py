"""What Mach mit! stores about people, for the privacy statement (core.registry), and its part of
the privacy centre: profile, interests, shifts, hours and certificates (export:
selectors.personal_data), the deletion (services/privacy.py: confirmed hours stay anonymous)
and the consent to be contacted by organisations."""

from __future__ import annotations

from django.db.models import Count, Sum
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from engagiert.core.formatting import number
from engagiert.core.registry import (
    Consent,
    Holding,
    register_consent_provider,
    register_personal_data,
    register_privacy_handler,
)


def register() -> None:
    register_personal_data(
        key="volunteering.profile",
        title=_("Mach mit! – Ihr Profil als Freiwillige*r"),
        data=_(
            "Themen, die Sie interessieren, was Sie können, wann Sie Zeit haben, Ihr Stadtteil, wie weit Sie fahren "
            "würden, Ihre Sprachen, freiwillig Ihr Geburtsjahr und ob Organisationen Sie ansprechen dürfen; "
            "Einladungen, die Sie von Organisationen bekommen."
        ),
        purpose=_("Ihnen passende Angebote vorschlagen und, wenn Sie es erlauben, Einladungen von Organisationen."),
        legal_basis=_(
            "Art. 6 Abs. 1 lit. a DSGVO: Das Profil ist freiwillig. Sie können es jederzeit ändern und die "
            "Erlaubnis zur Ansprache zurücknehmen."
        ),
        retention=_("Solange Ihr Konto besteht; mit dem Konto wird das Profil gelöscht."),
        recipients=_(
            "Organisationen sehen Ihr Profil nur, wenn Sie die Ansprache erlauben, und dann ohne Namen und "
            "Kontaktdaten."
        ),
        models=("volunteering.volunteerprofile", "volunteering.invitation"),
        order=40,
    )
    register_personal_data(
        key="volunteering.engagement",
        title=_("Mach mit! – Interesse, Schichten und Stunden"),
        data=_(
            "Für welche Angebote Sie sich interessieren, Ihre Nachrichten mit der Organisation, die Schichten, für "
            "die Sie sich eintragen, und Ihre Engagementstunden (Datum, Tätigkeit, Organisation, Dauer, Notiz, wer "
            "sie eingetragen, bestätigt oder korrigiert hat)."
        ),
        purpose=_(
            "Sie mit der Organisation zusammenbringen, Einsätze planen und Ihr Engagement nachweisen "
            "(Ehrenamtsnachweis, Ehrenamtskarte)."
        ),
        legal_basis=_("Art. 6 Abs. 1 lit. b DSGVO: Sie nutzen „Mach mit!“ auf eigenen Wunsch."),
        retention=_(
            "Solange Ihr Konto besteht; es gibt keine Löschung nach einer Frist. Wenn Sie Ihr Konto löschen "
            "(unter „Mein Bereich“ → „Meine Daten“, wo Sie Ihre Daten auch herunterladen können), werden "
            "Interessen, Schichten und nicht bestätigte Stunden gelöscht; bestätigte Stunden bleiben ohne Bezug "
            "zu Ihnen als Summen erhalten."
        ),
        recipients=_(
            "Die Organisation des Angebots sieht Ihren Namen (oder Ihre E-Mail-Adresse), Ihre Nachricht und Ihre "
            "Stunden, nach einer Zusage auch Ihre E-Mail-Adresse; die Koordinierungsstelle der Kommune."
        ),
        models=(
            "volunteering.interest",
            "volunteering.message",
            "volunteering.shiftsignup",
            "volunteering.hourentry",
            "volunteering.hourcorrection",
        ),
        order=41,
    )
    register_personal_data(
        key="volunteering.certificates",
        title=_("Mach mit! – Ehrenamtsnachweise"),
        data=_("Der Inhalt jedes ausgestellten Nachweises (Name, Stunden, Tätigkeiten, Zeitraum) und sein Prüfcode."),
        purpose=_("Damit Dritte prüfen können, dass ein Nachweis echt ist."),
        legal_basis=_("Art. 6 Abs. 1 lit. b DSGVO: Sie lassen sich den Nachweis ausstellen."),
        retention=_("Solange Ihr Konto besteht; mit dem Konto werden Ihre Nachweise gelöscht."),
        recipients=_(
            "Wer den Prüfcode Ihres Nachweises kennt, sieht, ob er gültig ist, und seinen Inhalt. Den Code geben "
            "nur Sie weiter."
        ),
        models=("volunteering.certificate",),
        order=42,
    )
    register_privacy_handler(
        key="volunteering",
        title=_("Mach mit!"),
        collect=collect,
        export=export,
        delete=delete,
        kept=_(
            "Bestätigte Engagementstunden bleiben ohne Ihren Namen und ohne Notiz erhalten: Sie zählen anonym in "
            "der Statistik der Organisation. Profil, Interessen, Nachrichten, Schichten, nicht bestätigte Stunden "
            "und Nachweise werden gelöscht."
        ),
        order=40,
    )
    register_consent_provider(key="volunteering.contact", list=consents, withdraw=withdraw, order=40)


def collect(user) -> list[Holding]:
    from engagiert.volunteering.models import Certificate, HourEntry, Interest, ShiftSignup, VolunteerProfile

    found = []
    profiles = list(VolunteerProfile.objects.filter(user=user).select_related("municipality"))
    if profiles:
        found.append(
            Holding(
                label=ngettext(
                    "%(count)s Profil als Freiwillige*r", "%(count)s Profile als Freiwillige*r", len(profiles)
                )
                % {"count": len(profiles)},
                personal_data="volunteering.profile",
                details=tuple(p.municipality.name for p in profiles),
            )
        )
    hours = HourEntry.objects.filter(volunteer=user).aggregate(n=Count("pk"), total=Sum("hours"))
    interests = Interest.objects.filter(volunteer=user).count()
    shifts = ShiftSignup.objects.filter(volunteer=user).count()
    if hours["n"] or interests or shifts:
        details = []
        if interests:
            details.append(
                ngettext("%(count)s Interesse an Angeboten", "%(count)s Interessen an Angeboten", interests)
                % {"count": interests}
            )
        if shifts:
            details.append(ngettext("%(count)s Schicht", "%(count)s Schichten", shifts) % {"count": shifts})
        if hours["n"]:
            details.append(
                ngettext(
                    "%(count)s Stundeneintrag (%(hours)s Stunden)",
                    "%(count)s Stundeneinträge (%(hours)s Stunden)",
                    hours["n"],
                )
                % {"count": hours["n"], "hours": number(hours["total"])}
            )
        found.append(
            Holding(
                label=_("Engagement: Interessen, Schichten und Stunden"),
                personal_data="volunteering.engagement",
                details=tuple(details),
            )
        )
    certificates = Certificate.objects.filter(user=user).count()
    if certificates:
        found.append(
            Holding(
                label=ngettext("%(count)s Ehrenamtsnachweis", "%(count)s Ehrenamtsnachweise", certificates)
                % {"count": certificates},
                personal_data="volunteering.certificates",
            )
        )
    return found


def export(user) -> dict:
    from engagiert.volunteering.selectors import personal_data

    return personal_data(user=user)


def delete(user) -> dict[str, int]:
    from engagiert.volunteering.services.privacy import delete_personal_data

    return delete_personal_data(user=user)


def consents(user) -> list[Consent]:
    from engagiert.volunteering.models import VolunteerProfile

    return [
        Consent(
            id=str(p.pk),
            title=_("Organisationen dürfen mich ansprechen (Mach mit!)"),
            given_at=None,
            detail=p.municipality.name,
            effect=_("Organisationen sehen Ihr Profil nicht mehr und können Sie nicht mehr einladen."),
        )
        for p in VolunteerProfile.objects.filter(user=user, allow_contact=True).select_related("municipality")
    ]


def withdraw(user, consent_id: str) -> bool:
    from engagiert.volunteering.services.privacy import withdraw_contact_consent

    return consent_id.isdigit() and withdraw_contact_consent(user=user, profile_id=int(consent_id))
