"""What Glücksbringer stores about people, for the privacy statement (core.registry), and its
part of the privacy centre: nominations about the person (matched by a verified address of
theirs) with their portrait and photo, and what they proposed as nominator; withdrawing a
consent or deleting the account erases through the app's services (photos included)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import (
    Consent,
    ExportFile,
    Holding,
    register_consent_provider,
    register_personal_data,
    register_privacy_handler,
    register_retention_rule,
)


def register() -> None:
    register_personal_data(
        key="nominations.nominees",
        title=_("Glücksbringer – vorgeschlagene Personen und Porträts"),
        data=_(
            "Name, E-Mail-Adresse, Telefonnummer oder Anschrift der vorgeschlagenen Person (von der Person, die sie "
            "vorschlägt), was sie tut, Themenfeld und Organisation; wie und wann sie eingewilligt hat (bei Papier "
            "das unterschriebene Formular); ihr Porträt mit den Antworten auf die Fragen der Kampagne und, mit "
            "eigener Einwilligung, ihr Foto (ohne Metadaten wie Ort und Kamera)."
        ),
        purpose=_(
            "Engagement sichtbar machen: die Person fragen, ob sie vorgestellt werden möchte, und ihr "
            "Porträt mit ihrer Einwilligung veröffentlichen, auch als Plakat und Bild für soziale Medien."
        ),
        legal_basis=_(
            "Bis zur Antwort Art. 6 Abs. 1 lit. e DSGVO (Information nach Art. 14 DSGVO mit der Einladung); danach "
            "Art. 6 Abs. 1 lit. a DSGVO und für das Foto § 22 KUG: Sie können Ihre Einwilligung jederzeit über den "
            "Link in jeder E-Mail oder unter „Mein Bereich“ widerrufen."
        ),
        retention=_(
            "Lehnt die Person ab, widerruft sie oder lehnt die Koordinierungsstelle ab, wird alles zu ihr sofort "
            "gelöscht, Fotos eingeschlossen. Ohne Antwort auf die Einladung nach 30 Tagen (Erinnerungen nach 7 und "
            "21 Tagen). Nicht veröffentlichte Vorschläge sechs Monate nach dem Ende der Kampagne. Veröffentlichte "
            "Porträts bleiben, bis die Person widerruft. Ein täglicher Lauf (run_nominations_daily) setzt das um; "
            "für die Kennzahlen bleibt nur eine Zeile ohne Personenbezug (Kommune, Stand, Datum)."
        ),
        recipients=_(
            "Die Koordinierungsstelle der Kommune der vorgeschlagenen Person; veröffentlichte Porträts sieht "
            "jede*r. Den Namen der vorschlagenden Person erfährt die vorgeschlagene Person nur, wenn sie es erlaubt."
        ),
        models=("nominations.nomination", "nominations.portrait"),
        order=70,
    )
    register_personal_data(
        key="nominations.nominators",
        title=_("Glücksbringer – wer jemanden vorschlägt"),
        data=_(
            "Ihr Name, Ihre E-Mail-Adresse, woher Sie die Person kennen, Ihre Begründung und ob die Person "
            "Ihren Namen erfahren darf."
        ),
        purpose=_("Ihren Vorschlag bestätigen lassen, bearbeiten und Ihnen sagen, was daraus wird."),
        legal_basis=_("Art. 6 Abs. 1 lit. a DSGVO: Sie schlagen freiwillig vor."),
        retention=_(
            "Ohne Bestätigung nach 48 Stunden gelöscht; sonst zusammen mit dem Vorschlag (siehe oben), spätestens "
            "sechs Monate nach Ende der Kampagne, wenn die Person nicht vorgestellt wird."
        ),
        recipients=_("Die Koordinierungsstelle; die vorgeschlagene Person nur, wenn Sie es erlauben."),
        models=("nominations.nominator", "nominations.blockedaddress", "nominations.imagehandout"),
        order=71,
    )

    register_privacy_handler(
        key="nominations",
        title=_("Glücksbringer"),
        collect=collect,
        export=export,
        files=files,
        delete=delete,
        kept=_("Nichts: Vorschläge über Sie und Ihr Porträt werden mit Fotos gelöscht."),
        order=70,
    )
    register_consent_provider(key="nominations", list=consents, withdraw=withdraw, order=70)
    register_retention_rule(
        key="nominations.unanswered",
        personal_data="nominations.nominees",
        data=_("Glücksbringer-Vorschläge ohne Bestätigung, ohne Antwort, abgelehnt oder nach Kampagnenende"),
        legal_basis=_("Art. 5 Abs. 1 lit. e DSGVO (Speicherbegrenzung)"),
        period=_("48 Stunden ohne Bestätigung; 30 Tage ohne Antwort; 6 Monate nach Ende der Kampagne"),
        action=_("werden mit Fotos gelöscht"),
        apply=apply_retention,
        order=70,
    )


def apply_retention(now) -> dict[str, int]:
    """Glücksbringer's daily run (the same as run_nominations_daily; idempotent, so both may run)."""
    from engagiert.nominations import services

    counts = services.run_daily(now=now)
    return {key: value for key, value in counts.items() if key != "reminded"}


def _verified(user):
    from allauth.account.models import EmailAddress

    return EmailAddress.objects.filter(user=user, verified=True).values("email")


def _about_me(user):
    from engagiert.nominations.models import Nomination

    return (
        Nomination.objects.filter(nominee_email__in=_verified(user), status__in=Nomination.ACTIVE)
        .select_related("campaign", "portrait", "municipality")
        .order_by("created_at")
    )


def _proposed_by_me(user):
    from engagiert.nominations.models import Nominator

    return Nominator.objects.filter(email__in=_verified(user)).select_related("nomination").order_by("created_at")


def collect(user) -> list[Holding]:
    found = []
    about = list(_about_me(user))
    if about:
        found.append(
            Holding(
                label=_("Vorschläge über Sie und Ihr Porträt"),
                personal_data="nominations.nominees",
                details=tuple(f"{n.campaign.title}: {n.get_status_display()}" for n in about),
            )
        )
    proposed = list(_proposed_by_me(user))
    if proposed:
        found.append(
            Holding(
                label=_("Ihre Vorschläge"),
                personal_data="nominations.nominators",
                details=tuple(p.nomination.nominee_name or _("Eine Person") for p in proposed),
            )
        )
    return found


def export(user) -> dict:
    about = []
    for n in _about_me(user):
        portrait = getattr(n, "portrait", None)
        about.append(
            {
                "campaign": n.campaign.title,
                "municipality": n.municipality.name,
                "name": n.nominee_name,
                "email": n.nominee_email,
                "phone": n.nominee_phone,
                "address": n.nominee_address,
                "activity": n.activity,
                "status": n.status,
                "created_at": n.created_at,
                "portrait": None
                if portrait is None
                else {
                    "display_name": portrait.display_name,
                    "answers": portrait.answers,
                    "photo": portrait.photo.name or None,
                    "photo_consent_at": portrait.photo_consent_at,
                },
            }
        )
    proposed = [
        {
            "nominee": p.nomination.nominee_name,
            "name": p.name,
            "email": p.email,
            "relation": p.relation,
            "reason": p.reason,
            "reveal_name": p.reveal,
            "created_at": p.created_at,
        }
        for p in _proposed_by_me(user)
    ]
    return {"nominations_about_me": about, "my_nominations": proposed}


def files(user) -> list[ExportFile]:
    return [
        ExportFile(n.portrait.photo.name, n.portrait.photo)
        for n in _about_me(user)
        if getattr(n, "portrait", None) is not None and n.portrait.photo
    ]


def delete(user) -> dict[str, int]:
    from engagiert.nominations import services

    withdrawn = 0
    for nomination in _about_me(user):
        services.withdraw(nomination=nomination, by=user)
        withdrawn += 1
    removed, _details = _proposed_by_me(user).delete()
    return {"nominations_withdrawn": withdrawn, "nominators_deleted": removed}


def consents(user) -> list[Consent]:
    from engagiert.nominations.models import Nomination

    found = []
    for n in _about_me(user):
        if n.status not in Nomination.CONSENTING:
            continue
        found.append(
            Consent(
                id=f"portrait-{n.pk}",
                title=_("Veröffentlichung Ihres Glücksbringer-Porträts"),
                given_at=n.consent_at,
                detail=n.campaign.title,
                effect=_("Ihr Porträt wird sofort entfernt und mit Fotos gelöscht."),
            )
        )
        portrait = getattr(n, "portrait", None)
        if portrait is not None and portrait.photo:
            found.append(
                Consent(
                    id=f"photo-{n.pk}",
                    title=_("Veröffentlichung Ihres Fotos (§ 22 KUG)"),
                    given_at=portrait.photo_consent_at,
                    detail=n.campaign.title,
                    effect=_("Das Foto wird sofort gelöscht; das Porträt bleibt."),
                )
            )
    return found


def withdraw(user, consent_id: str) -> bool:
    from engagiert.nominations import services

    kind, _sep, pk = consent_id.partition("-")
    if not pk.isdigit() or kind not in ("portrait", "photo"):
        return False
    nomination = _about_me(user).filter(pk=int(pk)).first()
    if nomination is None:
        return False
    if kind == "portrait":
        services.withdraw(nomination=nomination, by=user)
    else:
        services.withdraw_photo(nomination=nomination, by=user)
    return True
