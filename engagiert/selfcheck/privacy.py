"""What the Selbstcheck stores about people, for the privacy statement (core.registry), and its
part of the privacy centre: the survey invitations sent to one of a person's verified
addresses. On deletion the address is removed; the answers stay without it in the
summarised results."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from engagiert.core.registry import Holding, register_personal_data, register_privacy_handler


def register() -> None:
    register_personal_data(
        key="selfcheck.responses",
        title=_("Selbstcheck Weltoffene Kommune – Befragung der Verwaltung"),
        data=_(
            "Von den eingeladenen Beschäftigten der Verwaltung: E-Mail-Adresse, Fachbereich, Funktion, Sprache, "
            "wann sie eingeladen und erinnert wurden und wann sie abgeschickt haben, und ihre Antworten. In "
            "Workshop-Notizen: die Teilnehmenden. Wer eine Befragungsrunde angelegt hat."
        ),
        purpose=_("Einschätzen, wie weltoffen die Verwaltung arbeitet, und Maßnahmen planen."),
        legal_basis=_("Art. 6 Abs. 1 lit. e DSGVO; die Teilnahme an der Befragung ist freiwillig."),
        retention=_(
            "Es gibt keine automatische Löschung. Ergebnisse werden nur zusammengefasst gezeigt, nach Fachbereich "
            "nur, wenn mindestens drei Personen eines Fachbereichs geantwortet haben; der Export nennt keine "
            "Namen oder E-Mail-Adressen."
        ),
        recipients=_(
            "Die Koordinierungsstelle der Kommune; veröffentlicht werden nur die zusammengefassten Ergebnisse."
        ),
        models=("selfcheck.respondent", "selfcheck.answer", "selfcheck.round", "selfcheck.workshopnote"),
        order=60,
    )
    register_privacy_handler(
        key="selfcheck",
        title=_("Selbstcheck Weltoffene Kommune"),
        collect=collect,
        export=export,
        delete=delete,
        kept=_(
            "Ihre Antworten in einer Befragung bleiben ohne Ihre E-Mail-Adresse in den zusammengefassten Ergebnissen "
            "der Kommune erhalten."
        ),
        order=60,
    )


def _respondents(user):
    from allauth.account.models import EmailAddress

    from engagiert.selfcheck.models import Respondent

    verified = EmailAddress.objects.filter(user=user, verified=True).values("email")
    return Respondent.objects.filter(email__in=verified).select_related("round__municipality")


def collect(user) -> list[Holding]:
    respondents = list(_respondents(user))
    if not respondents:
        return []
    return [
        Holding(
            label=ngettext("%(count)s Einladung zur Befragung", "%(count)s Einladungen zur Befragung", len(respondents))
            % {"count": len(respondents)},
            personal_data="selfcheck.responses",
            details=tuple(f"{r.round} ({r.department})" for r in respondents[:5]),
        )
    ]


def export(user) -> dict:
    return {
        "survey_invitations": [
            {
                "round": str(r.round),
                "municipality": r.round.municipality.name,
                "department": r.department,
                "role": r.role,
                "email": r.email,
                "language": r.language,
                "invited_at": r.invited_at,
                "submitted_at": r.submitted_at,
                "answers": [{"question": a.question.text, "value": a.value} for a in r.answers.all()],
            }
            for r in _respondents(user).prefetch_related("answers__question")
        ]
    }


def delete(user) -> dict[str, int]:
    from engagiert.selfcheck.models import Respondent

    anonymised = 0
    for pk in _respondents(user).values_list("pk", flat=True):
        anonymised += Respondent.objects.filter(pk=pk).update(email=f"geloescht-{pk}@anonym.invalid", role="")
    return {"respondents_anonymised": anonymised}
