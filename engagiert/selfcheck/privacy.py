"""What the Selbstcheck stores about people, for the privacy statement (core.registry)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from engagiert.core.registry import register_personal_data


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
