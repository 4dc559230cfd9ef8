"""The privacy centre in "Mein Bereich" (core.privacy_centre): what the platform holds about me,
the export of all of it, my consents, the deletion of my account; the download of an export;
the record of processing activities (Art. 30 DSGVO) as a PDF for coordinators."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from engagiert.core import privacy_centre
from engagiert.core.models import Role
from engagiert.core.pdf import pdf_response
from engagiert.core.permissions import municipality_view
from engagiert.core.registry import retention_rules
from engagiert.core.views_helpers import form_for, link_invalid


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy("Ja, ich möchte mein Konto und meine Daten in allen Bereichen löschen."),
        error_messages={"required": gettext_lazy("Bitte bestätigen Sie die Löschung.")},
    )


def _centre_url(request) -> str:
    from django.urls import reverse

    return reverse("core:privacy_centre", kwargs={"municipality": request.municipality.slug})


@never_cache
@municipality_view(login=True)
def centre(request):
    """Everything the platform holds about me, per app, with why and until when; the export;
    my consents; the way to delete my account."""
    user = request.user
    context = {
        "apps": privacy_centre.holdings(user),
        "consents": privacy_centre.consents(user),
        "running": privacy_centre.running_export(user),
        "latest": privacy_centre.latest_export(user),
        "now": timezone.now(),
        "valid_days": privacy_centre.EXPORT_VALID_FOR.days,
    }
    return render(request, "core/privacy_centre.html", context)


@require_POST
@municipality_view(login=True)
def request_export(request):
    try:
        privacy_centre.request_export(user=request.user, municipality=request.municipality, request=request)
    except privacy_centre.PrivacyError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _(
                "Ihr Export wird erstellt. Sie erhalten in wenigen Minuten eine E-Mail an %(email)s mit dem Link "
                "zum Herunterladen."
            )
            % {"email": request.user.email},
        )
    return redirect(_centre_url(request) + "#export")


@require_POST
@municipality_view(login=True)
def withdraw_consent(request):
    if privacy_centre.withdraw_consent(user=request.user, consent_id=request.POST.get("consent", "")):
        messages.success(request, _("Ihre Einwilligung ist widerrufen."))
    else:
        messages.error(
            request,
            _("Diese Einwilligung gibt es nicht mehr oder sie ist schon widerrufen. Bitte prüfen Sie die Liste."),
        )
    return redirect(_centre_url(request) + "#einwilligungen")


@municipality_view(login=True)
def delete_account(request):
    """Tells per app what stays and why, then deletes on confirmation."""
    form = form_for(request, DeleteAccountForm)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        privacy_centre.delete_account(user=user)
        messages.success(
            request, _("Ihr Konto ist gelöscht. Was aus gesetzlichen Gründen bleibt, ist ohne Bezug zu Ihnen.")
        )
        return redirect("core:municipality", request.municipality.slug)
    context = {
        "form": form,
        "kept": privacy_centre.kept_after_deletion(),
        "apps": privacy_centre.holdings(request.user),
    }
    return render(request, "core/privacy_delete.html", context)


@never_cache
@login_required
def download_export(request, token: str):
    """The ZIP of an export, for its owner while the link is valid."""
    try:
        export = privacy_centre.download(user=request.user, raw_token=token)
    except privacy_centre.LinkError as error:
        reason = (
            _(
                "Der Link zu Ihrem Export ist abgelaufen und die Datei gelöscht. "
                "Sie können einen neuen Export anfordern."
            )
            if error.expired
            else _(
                "Der Link ist ungültig oder gehört zu einem anderen Konto. "
                "Bitte melden Sie sich mit dem Konto an, das den Export angefordert hat."
            )
        )
        return link_invalid(request, expired=error.expired, reason=reason)
    path = privacy_centre.export_root() / export.path
    filename = f"engagiert-meine-daten-{export.created_at:%Y-%m-%d}.zip"
    return FileResponse(path.open("rb"), as_attachment=True, filename=filename, content_type="application/zip")


@municipality_view(roles=(Role.Kind.COORDINATOR,))
def processing_record(request):
    """The record of processing activities (Art. 30 DSGVO) of the town, as a PDF."""
    municipality = request.municipality
    title = _("Verzeichnis von Verarbeitungstätigkeiten – %(name)s") % {"name": municipality.name}
    return pdf_response(
        filename=f"verarbeitungsverzeichnis-{municipality.slug}.pdf",
        template="core/processing_record_pdf.html",
        context={
            "municipality": municipality,
            "activities": privacy_centre.processing_activities(),
            "rules": retention_rules.all(),
            "today": timezone.localdate(),
        },
        title=title,
        language=get_language(),
        request=request,
    )
