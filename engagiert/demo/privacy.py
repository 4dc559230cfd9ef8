"""Demo data of the privacy centre: the demo volunteer (Kerstin Lehmann,
freiwillige@dessau-rosslau.example) has something in every app where a volunteer can have
something, and consents to withdraw. Mach mit! (profile that allows contact, hours,
certificate) and the Ehrenamtskarte (a card) come from their own demo modules; here:

- Begegnungen: a past event she attended and an upcoming one with support needs given with
  consent (Art. 9 DSGVO) – a consent she can withdraw;
- Durchblick: she is the public contact person of the reading afternoons at the Seniorenzentrum
  Am Georgengarten (consent to show her address) – another consent to withdraw.

The Selbstcheck asks staff of the administration only: a volunteer has nothing there.
Idempotent: her registrations are made afresh on every load (events move with the load day)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from engagiert.core.models import Municipality, User
from engagiert.directory.models import ContactPerson, Organisation
from engagiert.events.models import Event, Registration

EMAIL = "freiwillige@dessau-rosslau.example"
NAME = "Kerstin Lehmann"


def _registration_events(muni: Municipality, now: dt.datetime) -> tuple[Event | None, Event | None]:
    events = Event.objects.filter(municipality=muni, status=Event.Status.PUBLISHED, registration_required=True)
    past = events.filter(end__lt=now - dt.timedelta(days=10)).order_by("-start").first()
    coming = None
    for event in events.filter(start__gt=now + dt.timedelta(days=2)).order_by("start")[:20]:
        taken = sum(1 + r.companions for r in event.registrations.exclude(status=Registration.Status.CANCELLED))
        if event.capacity is None or taken + 1 < event.capacity:
            coming = event
            break
    return past, coming


def load(munis: dict[str, Municipality], *, today: dt.date) -> dict[str, int]:
    user = User.objects.filter(email=EMAIL).first()
    muni = munis.get("dessau-rosslau")
    if user is None or muni is None:
        return {}
    now = timezone.now().replace(year=today.year, month=today.month, day=today.day)
    Registration.objects.filter(user=user).delete()
    past, coming = _registration_events(muni, now)
    made = 0
    for event, needs in ((past, ""), (coming, "Ich höre schlecht: bitte einen Platz in den vorderen Reihen.")):
        if event is None:
            continue
        Registration.objects.filter(event=event, email=EMAIL).delete()
        Registration.objects.create(
            event=event,
            user=user,
            name=NAME,
            email=EMAIL,
            needs=needs,
            status=Registration.Status.CONFIRMED,
            confirmed_at=event.start - dt.timedelta(days=14),
            checked_in_at=event.start + dt.timedelta(minutes=3) if event is past else None,
            language="de",
        )
        made += 1
    org = Organisation.objects.filter(municipality=muni, name="Seniorenzentrum Am Georgengarten").first()
    if org is not None:
        ContactPerson.objects.update_or_create(
            organisation=org,
            email=EMAIL,
            defaults={"name": NAME, "role": "Ehrenamtliche Vorleserin", "contact_public": True, "languages": "de, en"},
        )
    return {"privacy_demo_registrations": made}
