"""What the load test needs from the loaded demo data, as JSON on stdout (run by deploy/cluster.py
through `manage.py shell`): towns, events, volunteer and partner accounts, card QR texts."""

import json

from django.utils import timezone

from engagiert.card.models import AcceptancePartner, Card
from engagiert.card.services.cards import qr_text
from engagiert.core.models import Municipality, User
from engagiert.events.models import Event

now = timezone.now()
towns = list(Municipality.objects.order_by("pk").values_list("slug", flat=True))
events = [
    {"town": e.municipality.slug, "pk": e.pk}
    for e in Event.objects.filter(status=Event.Status.PUBLISHED, start__gte=now).select_related("municipality")[:200]
]
volunteers = list(
    User.objects.filter(volunteer_profiles__isnull=False).distinct().order_by("pk").values_list("email", flat=True)[:20]
) or ["freiwillige@dessau-rosslau.example"]
partners = [
    {"email": user.email, "town": partner.municipality.slug}
    for partner in AcceptancePartner.objects.filter(users__isnull=False).select_related("municipality")
    for user in partner.users.all()
]
cards = [
    {"town": c.municipality.slug, "qr": qr_text(c)}
    for c in Card.objects.filter(status=Card.Status.ACTIVE).select_related("municipality")[:50]
]
print(json.dumps({"towns": towns, "events": events, "volunteers": volunteers, "partners": partners, "cards": cards}))
