"""The one moderation decision: approve or reject, with a reason. Any other value of
`decision` is a form error (never a silent rejection); the service that carries the decision
out writes the audit record (core.audit.record)."""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.contrib import messages
from django.core.validators import MaxLengthValidator
from django.http import HttpRequest
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

APPROVE, REJECT = "approve", "reject"
CHOOSE = _("Bitte wählen Sie „Freigeben“ oder „Ablehnen“.")


class DecisionForm(forms.Form):
    """Approve or reject with a reason; the reason is required for a rejection unless `reason_required=False`."""

    decision = forms.ChoiceField(
        label=_("Entscheidung"),
        choices=[(APPROVE, _("Freigeben")), (REJECT, _("Ablehnen"))],
        widget=forms.RadioSelect,
        error_messages={"required": CHOOSE, "invalid_choice": CHOOSE},
    )
    reason = forms.CharField(
        label=_("Begründung (bei Ablehnung Pflicht)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )

    def __init__(
        self,
        *args,
        reason_required: bool = True,
        reason_max_length: int | None = None,
        approve_label: str | Promise | None = None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.reason_required = reason_required
        reason = self.fields["reason"]
        if not reason_required:
            reason.label = _("Begründung (freiwillig)")
        if reason_max_length is not None:
            reason.max_length = reason_max_length
            reason.validators = [v for v in reason.validators if not isinstance(v, MaxLengthValidator)]
            reason.validators.append(MaxLengthValidator(reason_max_length))
            reason.widget.attrs["maxlength"] = str(reason_max_length)
        if approve_label is not None:
            self.fields["decision"].choices = [(APPROVE, approve_label), (REJECT, _("Ablehnen"))]

    def clean(self):
        data = super().clean()
        if self.reason_required and data.get("decision") == REJECT and not data.get("reason", "").strip():
            self.add_error("reason", _("Bitte begründen Sie die Ablehnung."))
        return data

    @property
    def approve(self) -> bool:
        """True for an approval (only after is_valid())."""
        return self.cleaned_data["decision"] == APPROVE


def decide_from_queue(
    request: HttpRequest,
    action: Callable[[DecisionForm], object],
    *,
    errors: tuple[type[Exception], ...],
    **form_kwargs,
) -> bool:
    """Bind a queue's DecisionForm to the POST, carry it out with `action(form)`, tell the outcome as a message."""
    form = DecisionForm(request.POST, **form_kwargs)
    if not form.is_valid():
        messages.error(request, next(iter(form.errors.values()))[0])
        return False
    try:
        action(form)
    except errors as error:
        messages.error(request, str(error))
        return False
    messages.success(request, _("Entscheidung gespeichert."))
    return True
