"""Registration rules: capacity, double opt-in, expiry, waiting list, cancellation, check-in."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from engagiert.events import services
from engagiert.events.models import Registration
from engagiert.events.services import EventError
from engagiert.events.tokens import registration_token, ticket_code
from engagiert.testing import make_user

from .factories import make_event

Status = Registration.Status


@pytest.fixture
def gala(dessau, org):
    return make_event(dessau, organisation=org, registration_required=True, capacity=3, companions_allowed=2)


def guest(event, name="Erika Muster", email="erika@example.org", **kw):
    return services.register(event=event, name=name, email=email, **kw)


def test_guest_holds_a_seat_until_confirming(gala, mailoutbox):
    reg = guest(gala, companions=1)
    assert reg.status == Status.PENDING and reg.expires_at
    assert services.seats_taken(event=gala) == 2
    assert "bestätigen" in mailoutbox[0].subject
    token = registration_token(reg.pk)
    assert token in mailoutbox[0].body
    reg = services.confirm(token=token)
    assert reg.status == Status.CONFIRMED
    mail = mailoutbox[-1]
    assert "bestätigt" in mail.subject
    names = [a[0] for a in mail.attachments]
    assert names == ["termin.ics", "ticket.png"]
    assert ticket_code(reg.pk) in mail.body


def test_reused_and_forged_confirmation_links_are_refused(gala):
    reg = guest(gala)
    token = registration_token(reg.pk)
    services.confirm(token=token)
    with pytest.raises(EventError, match="bereits bestätigt"):
        services.confirm(token=token)
    with pytest.raises(EventError, match="ungültig"):
        services.confirm(token=f"{reg.pk}:forged-signature")
    with pytest.raises(EventError, match="ungültig"):
        services.confirm(token=registration_token(reg.pk + 1000))


def test_signed_in_user_is_confirmed_in_one_step(gala, outsider, mailoutbox):
    reg = services.register(event=gala, name="N", email=outsider.email, user=outsider)
    assert reg.status == Status.CONFIRMED
    assert "bestätigt" in mailoutbox[0].subject


def test_full_event_puts_people_on_the_waiting_list_and_cancel_moves_the_first_up(gala, mailoutbox):
    first = guest(gala, email="a@example.org", companions=2)
    services.confirm(token=registration_token(first.pk))
    w1 = guest(gala, email="b@example.org")
    w2 = guest(gala, email="c@example.org")
    assert w1.status == w2.status == Status.WAITING
    services.confirm(token=registration_token(w1.pk))
    services.confirm(token=registration_token(w2.pk))
    mailoutbox.clear()
    services.cancel_registration(registration=first)
    w1.refresh_from_db()
    w2.refresh_from_db()
    assert w1.status == Status.CONFIRMED and w2.status == Status.CONFIRMED  # three seats freed, two moved up
    subjects = sorted(m.subject for m in mailoutbox)
    assert any("nachgerückt" in m.body and m.to == ["b@example.org"] for m in mailoutbox), subjects


def test_waiting_list_is_first_come_first_served(gala):
    services.confirm(token=registration_token(guest(gala, email="a@example.org", companions=2).pk))
    w1 = guest(gala, email="b@example.org")
    w2 = guest(gala, email="c@example.org")
    for w in (w2, w1):
        services.confirm(token=registration_token(w.pk))
    gala.capacity = 4
    gala.save()
    services.cancel_registration(registration=guest(gala, email="d@example.org"))  # triggers promotion
    w1.refresh_from_db()
    w2.refresh_from_db()
    assert (w1.status, w2.status) == (Status.CONFIRMED, Status.WAITING)


def test_without_waiting_list_a_full_event_refuses(gala):
    gala.waiting_list = False
    gala.save()
    guest(gala, email="a@example.org", companions=2)
    with pytest.raises(EventError, match="ausgebucht"):
        guest(gala, email="b@example.org")
    assert gala.registrations.count() == 1


def test_companions_count_and_are_limited(gala):
    with pytest.raises(EventError, match="höchstens 2"):
        guest(gala, companions=3)
    assert not gala.registrations.exists()


def test_duplicate_email_is_refused_case_insensitively(gala):
    guest(gala, email="erika@example.org")
    with pytest.raises(EventError, match="bereits"):
        guest(gala, email="Erika@Example.org ")
    assert gala.registrations.count() == 1


def test_registration_window(gala):
    now = timezone.now()
    gala.registration_opens = now + dt.timedelta(days=1)
    gala.save()
    with pytest.raises(EventError, match="noch nicht"):
        guest(gala)
    gala.registration_opens = now - dt.timedelta(days=2)
    gala.registration_closes = now - dt.timedelta(days=1)
    gala.save()
    with pytest.raises(EventError, match="abgelaufen"):
        guest(gala)
    assert not gala.registrations.exists()


def test_unconfirmed_registrations_expire_and_free_their_seat(gala, mailoutbox):
    holder = guest(gala, email="a@example.org", companions=2)
    waiting = guest(gala, email="b@example.org")
    services.confirm(token=registration_token(waiting.pk))
    later = timezone.now() + services.CONFIRMATION_WINDOW + dt.timedelta(minutes=1)
    assert services.seats_taken(event=gala, now=later) == 0  # capacity ignores expired ones at once
    assert services.expire_unconfirmed(now=later) == 1
    holder.refresh_from_db()
    waiting.refresh_from_db()
    assert holder.status == Status.CANCELLED
    assert waiting.status == Status.CONFIRMED
    with pytest.raises(EventError, match="storniert oder ist abgelaufen"):
        services.confirm(token=registration_token(holder.pk))


def test_expired_link_is_refused_with_a_message(gala):
    reg = guest(gala)
    later = timezone.now() + services.CONFIRMATION_WINDOW + dt.timedelta(minutes=1)
    with pytest.raises(EventError, match="abgelaufen"):
        services.confirm(token=registration_token(reg.pk), now=later)
    reg.refresh_from_db()
    assert reg.status == Status.CANCELLED


def test_cancel_twice_is_refused(gala):
    reg = guest(gala)
    services.cancel_registration(registration=reg)
    with pytest.raises(EventError, match="bereits storniert"):
        services.cancel_registration(registration=reg)
    guest(gala)  # the address may register again


def test_check_in_by_ticket_code(gala, dessau):
    reg = guest(gala)
    with pytest.raises(EventError, match="nicht bestätigt"):
        services.check_in(event=gala, code=ticket_code(reg.pk))
    services.confirm(token=registration_token(reg.pk))
    services.check_in(event=gala, code=ticket_code(reg.pk).upper())
    with pytest.raises(EventError, match="bereits eingecheckt"):
        services.check_in(event=gala, code=ticket_code(reg.pk))
    with pytest.raises(EventError, match="ungültig"):
        services.check_in(event=gala, code=f"{reg.pk}-0000000000")
    other = make_event(dessau, "Vorlesetag", registration_required=True)
    with pytest.raises(EventError, match="ungültig"):
        services.check_in(event=other, code=ticket_code(reg.pk))


def test_reminders_are_queued_once(dessau, mailoutbox):
    tomorrow = make_event(dessau, "Dialogveranstaltung", days=1, registration_required=True)
    user = make_user("teilnahme@example.org")
    reg = services.register(event=tomorrow, name="T", email=user.email, user=user, language="ar")
    mailoutbox.clear()
    from django.core.management import call_command

    call_command("send_event_reminders")
    call_command("send_event_reminders")
    assert len(mailoutbox) == 1
    reg.refresh_from_db()
    assert reg.reminded_at
    assert mailoutbox[0].subject.startswith(("تذكير", "Erinnerung"))  # Arabic once translated


def test_event_change_and_cancellation_notify_everyone(gala, editor, coordinator, org, mailoutbox):
    services.confirm(token=registration_token(guest(gala, email="a@example.org").pk))
    guest(gala, email="b@example.org")
    mailoutbox.clear()
    data = {k: getattr(gala, k) for k in services.SCALAR_FIELDS}
    data["start"] = gala.start + dt.timedelta(hours=1)
    data["end"] = gala.end + dt.timedelta(hours=1)
    change = services.update_event(event=gala, author=editor, data=data, organisations=[org])
    assert mailoutbox == []  # the organisation is not trusted: the change waits
    services.decide_event_change(change=change, approve=True, by=coordinator)
    assert sorted(m.to[0] for m in mailoutbox) == ["a@example.org", "b@example.org"]
    mailoutbox.clear()
    services.cancel_event(event=gala, user=editor)
    assert len(mailoutbox) == 2 and all("Abgesagt" in m.subject for m in mailoutbox)


def test_capacity_cannot_fall_below_seats_taken(gala, editor, org):
    guest(gala, email="a@example.org", companions=2)
    data = {k: getattr(gala, k) for k in services.SCALAR_FIELDS}
    with pytest.raises(EventError, match="schon 3 Plätze"):
        services.update_event(event=gala, author=editor, data={**data, "capacity": 2}, organisations=[org])
    gala.refresh_from_db()
    assert gala.capacity == 3


def test_events_of_untrusted_organisations_wait_for_approval(dessau, org, editor, coordinator):
    start = timezone.now() + dt.timedelta(days=3)
    data = {"title_de": "Mitmachlokal", "format": "meeting", "start": start, "end": start + dt.timedelta(hours=2)}
    [event] = services.create_event(municipality=dessau, author=editor, data=data, organisations=[org])
    assert event.status == "pending"
    org.trusted = True
    org.save()
    [event] = services.create_event(municipality=dessau, author=editor, data=data, organisations=[org])
    assert event.status == "published"


def test_series_creates_dates_every_second_week(dessau, org, coordinator):
    start = timezone.make_aware(dt.datetime(2030, 3, 5, 18, 0))  # a Tuesday, before the DST change
    data = {"title_de": "Mitmachlokal", "format": "meeting", "start": start, "end": start + dt.timedelta(hours=2)}
    events = services.create_event(
        municipality=dessau,
        author=coordinator,
        data=data,
        organisations=[org],
        repeat_weeks=2,
        repeat_until=dt.date(2030, 4, 30),
    )
    local = [timezone.localtime(e.start) for e in events]
    assert [d.day for d in local] == [5, 19, 2, 16, 30]
    assert {(d.hour, d.weekday()) for d in local} == {(18, 1)}  # same wall-clock time across DST
    assert len({e.series_id for e in events}) == 1
    # One date can be cancelled on its own.
    services.cancel_event(event=events[1], user=coordinator)
    assert [e.status for e in events[0].series.events.order_by("start")][:3] == ["published", "cancelled", "published"]


def test_past_dates_and_end_before_start_are_refused(dessau, org, editor):
    start = timezone.now() - dt.timedelta(days=1)
    data = {"title_de": "Zu spät", "format": "meeting", "start": start, "end": start + dt.timedelta(hours=2)}
    with pytest.raises(EventError, match="Vergangenheit"):
        services.create_event(municipality=dessau, author=editor, data=data, organisations=[org])
    start = timezone.now() + dt.timedelta(days=1)
    with pytest.raises(EventError, match="nach dem Beginn"):
        services.create_event(
            municipality=dessau, author=editor, data={**data, "start": start, "end": start}, organisations=[org]
        )
    assert not dessau.events.exists()


def test_attendance_totals(dessau, gala):
    from engagiert.events.selectors import attendance_totals

    reg = guest(gala, companions=2)
    services.confirm(token=registration_token(reg.pk))
    services.check_in(event=gala, code=ticket_code(reg.pk))
    premiere = make_event(dessau, "Filmpremiere „Noch einmal Walzer“", format="film")
    services.record_head_count(event=premiere, head_count=312)
    totals = attendance_totals(municipality=dessau)
    assert totals["checked_in"] == 3 and totals["head_counts"] == 312 and totals["total"] == 315


def test_saving_unchanged_times_notifies_nobody(gala, coordinator, org, mailoutbox):
    guest(gala)
    mailoutbox.clear()
    data = {k: getattr(gala, k) for k in services.SCALAR_FIELDS}
    data["start"] = gala.start.replace(second=0, microsecond=0)  # as a form sends it back
    data["end"] = gala.end.replace(second=0, microsecond=0)
    assert services.update_event(event=gala, author=coordinator, data=data, organisations=[org]) == gala
    assert mailoutbox == []


def test_waiting_guest_is_asked_to_confirm_the_address(gala, mailoutbox):
    gala.capacity = 0
    gala.save()
    reg = guest(gala)
    assert reg.status == Status.WAITING
    assert "Warteliste" in mailoutbox[-1].body and registration_token(reg.pk) in mailoutbox[-1].body


def test_a_registration_rolled_back_with_its_transaction_sends_no_mail(gala, mailoutbox):
    """core.mail queues the e-mail only once the transaction commits."""
    from email.header import decode_header, make_header

    from django.db import transaction

    class Abort(Exception):
        pass

    with pytest.raises(Abort), transaction.atomic():
        guest(gala)
        assert mailoutbox == []  # not before the commit
        raise Abort
    assert mailoutbox == [] and not Registration.objects.exists()
    guest(gala)
    [sent] = mailoutbox
    assert sent.alternatives[0][1] == "text/html"
    assert "Dessau-Roßlau über Engagiert" in str(make_header(decode_header(sent.message()["From"])))
