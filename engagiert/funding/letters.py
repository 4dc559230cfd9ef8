"""The letters of the lead office: Zuwendungsbescheid or Ablehnung, as a PDF (core.pdf),
downloaded by the applicant and the offices and attached to the decision's e-mail."""

from __future__ import annotations

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from engagiert.core.pdf import render_pdf
from engagiert.funding.models import Application


def filename(application: Application) -> str:
    kind = "zuwendungsbescheid" if application.grant.approved else "ablehnung"
    return f"{kind}-{application.pk}.pdf"


def letter_pdf(application: Application, *, language: str = "de") -> bytes:
    """The letter is the authority's document: written in German, whatever the reader's language."""
    grant = application.grant
    with translation.override(language):
        title = _("Zuwendungsbescheid") if grant.approved else _("Ablehnung Ihres Antrags")
        return render_pdf(
            template="funding/letter_pdf.html",
            context={
                "application": application,
                "grant": grant,
                "partnership": application.fund.partnership,
                "municipality": application.municipality,
                "today": timezone.localdate(grant.decided_at),
            },
            title=f"{title}: {application.title}",
            language=language,
        )


def mail_attachment(*, application: Application, **_context) -> list[tuple[str, bytes, str]]:
    """core.mail's attachments hook of the decision mail."""
    return [(filename(application), letter_pdf(application), "application/pdf")]
