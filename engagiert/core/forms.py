from django import forms
from django.utils.translation import gettext_lazy as _

from engagiert.core.models import AccessibilityFeedback


class AccessibilityFeedbackForm(forms.ModelForm):
    class Meta:
        model = AccessibilityFeedback
        fields = ["name", "email", "page_url", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}
        help_texts = {"email": _("Freiwillig. Nur, wenn Sie eine Antwort wünschen.")}


class FontSizeForm(forms.Form):
    change = forms.ChoiceField(choices=[("up", "A+"), ("down", "A-"), ("reset", "A")])
    next = forms.CharField(required=False, max_length=500)
