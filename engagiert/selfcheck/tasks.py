"""Background work of the Selbstcheck (django-tasks): invitation and reminder e-mails."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from engagiert.selfcheck import services


@task()
def send_respondent_link(respondent_id: int, reminder: bool) -> bool:
    """E-mail a respondent a personal link (a new token each time). False when nothing was sent."""
    issued = services.issue_link(respondent_id=respondent_id, reminder=reminder)
    if issued is None:
        return False
    respondent, token = issued
    muni = respondent.round.municipality
    path = reverse("selfcheck:respond", kwargs={"municipality": muni.slug, "token": token})
    context = {
        "respondent": respondent,
        "round": respondent.round,
        "municipality": muni,
        "link": settings.SITE_URL + path,
        "reminder": reminder,
    }
    with translation.override(respondent.language or "de"):
        subject = render_to_string("selfcheck/email/link_subject.txt", context).strip()
        body = render_to_string("selfcheck/email/link_body.txt", context)
    send_mail(subject, body, None, [respondent.email])
    return True
