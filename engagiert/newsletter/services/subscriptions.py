"""Sign-up with double opt-in, confirmation, the subscriber's own changes (topics, export,
deletion, one-click unsubscribe) and the deletion of unconfirmed sign-ups."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import audit, mail
from engagiert.core.models import Municipality
from engagiert.newsletter import selectors
from engagiert.newsletter.models import Newsletter, Subscriber, Topic
from engagiert.newsletter.tokens import confirm_pairs, confirm_token, subscription_pair, subscription_token

# Unconfirmed sign-ups are deleted this long after they were made (and their link stops working).
CONFIRMATION_RETENTION = dt.timedelta(days=7)
# A repeated sign-up of the same address within this window sends no further mail.
MAIL_WINDOW = dt.timedelta(hours=1)


class LinkError(Exception):
    """A link that cannot be used: `gone` when it was valid once (expired, already left)."""

    def __init__(self, message: str, *, gone: bool = False) -> None:
        super().__init__(message)
        self.gone = gone


def _normalise(email: str) -> str:
    return (email or "").strip().lower()


def subscribe(
    *,
    municipality: Municipality,
    email: str,
    name: str = "",
    selection: dict[int, list[int]],
    language: str = "de",
    now: dt.datetime | None = None,
) -> bool:
    """Sign `email` up for the newsletters in `selection` (newsletter id -> chosen topic ids;
    empty for a newsletter without topics) that `municipality` shows. New and pending
    subscriptions wait for the confirmation link, which is mailed at most once per MAIL_WINDOW;
    confirmed ones stay as they are (changes go through the link in every issue) and get a
    reminder of that link, also at most once per window. True if a mail was queued."""
    now = now or timezone.now()
    email = _normalise(email)
    with transaction.atomic():
        newsletters = list(
            selectors.of_town(municipality).filter(pk__in=list(selection), active=True).prefetch_related("topics")
        )
        pending, confirmed = [], []
        for newsletter in newsletters:
            allowed = {t.pk for t in newsletter.topics.all()}
            topics = [pk for pk in selection[newsletter.pk] if pk in allowed]
            if allowed and not topics:
                continue
            subscriber = _get_or_create(newsletter, email=email, name=name, language=language, town=municipality)
            if subscriber.status == Subscriber.Status.CONFIRMED:
                confirmed.append(subscriber)
                continue
            subscriber.name, subscriber.language = (name.strip() or subscriber.name), language
            subscriber.save(update_fields=["name", "language"])
            subscriber.topics.set(topics)
            pending.append(subscriber)
        recent = now - MAIL_WINDOW
        if pending and any(s.mailed_at is None or s.mailed_at <= recent for s in pending):
            _mark_mailed(pending, now)
            mail.send(
                template="newsletter/email/confirm",
                to=email,
                municipality=municipality,
                context={"subscribers": pending, "town": municipality},
                language=language,
                prepare="engagiert.newsletter.mails.confirm_links",
            )
            return True
        if confirmed and not pending and all(s.mailed_at is None or s.mailed_at <= recent for s in confirmed):
            _mark_mailed(confirmed, now)
            mail.send(
                template="newsletter/email/already",
                to=email,
                municipality=municipality,
                context={"subscribers": confirmed, "town": municipality},
                language=language,
                prepare="engagiert.newsletter.mails.manage_links",
            )
            return True
    return False


def _get_or_create(newsletter: Newsletter, *, email: str, name: str, language: str, town: Municipality) -> Subscriber:
    found = Subscriber.objects.filter(newsletter=newsletter, email=email).first()
    if found:
        return found
    try:
        with transaction.atomic():
            return Subscriber.objects.create(
                newsletter=newsletter, email=email, name=name.strip(), language=language, town=town
            )
    except IntegrityError:  # the same address signed up in parallel
        return Subscriber.objects.get(newsletter=newsletter, email=email)


def _mark_mailed(subscribers: list[Subscriber], now: dt.datetime) -> None:
    Subscriber.objects.filter(pk__in=[s.pk for s in subscribers]).update(mailed_at=now)


def _in_town(subscriber: Subscriber, municipality: Municipality) -> bool:
    newsletter = subscriber.newsletter
    if newsletter.municipality_id is not None:
        return newsletter.municipality_id == municipality.pk
    return newsletter.network.municipalities.filter(pk=municipality.pk).exists()


def confirm(*, token: str, municipality: Municipality, now: dt.datetime | None = None) -> list[Subscriber]:
    """Double opt-in: the address followed its confirmation link. Confirms the link's pending
    subscriptions; LinkError for a forged link or one of another town, or (gone) when the
    sign-up has expired and been deleted."""
    now = now or timezone.now()
    pairs = confirm_pairs(token)
    if not pairs:
        raise LinkError(_("Dieser Link ist ungültig."))
    nonces = dict(pairs)
    with transaction.atomic():
        found = [
            s
            for s in Subscriber.objects.select_for_update(of=("self",))
            .filter(pk__in=list(nonces))
            .select_related("newsletter__network")
            .order_by("pk")
            if nonces.get(s.pk) == s.nonce
        ]
        if not found:
            raise LinkError(
                _("Diese Anmeldung ist abgelaufen oder wurde gelöscht. Bitte melden Sie sich erneut an."), gone=True
            )
        if not all(_in_town(s, municipality) for s in found):
            raise LinkError(_("Dieser Link ist ungültig."))
        expired = now - CONFIRMATION_RETENTION
        if all(s.status == Subscriber.Status.PENDING and s.created_at <= expired for s in found):
            raise LinkError(
                _("Diese Anmeldung ist abgelaufen oder wurde gelöscht. Bitte melden Sie sich erneut an."), gone=True
            )
        for subscriber in found:
            if subscriber.status == Subscriber.Status.PENDING and subscriber.created_at > expired:
                subscriber.status, subscriber.confirmed_at = Subscriber.Status.CONFIRMED, now
                subscriber.save(update_fields=["status", "confirmed_at"])
                audit.record(
                    actor=None,
                    action="newsletter.confirm",
                    target=subscriber,
                    municipality=subscriber.newsletter.municipality_id,
                )
    return found


def subscription_from_token(token: str, *, municipality: Municipality) -> Subscriber:
    """The subscription of a link in an issue; LinkError for a forged link or one of another
    town, or (gone) when the subscription no longer exists."""
    pair = subscription_pair(token)
    if pair is None:
        raise LinkError(_("Dieser Link ist ungültig."))
    subscriber = (
        Subscriber.objects.filter(pk=pair[0], nonce=pair[1])
        .select_related("newsletter__municipality", "newsletter__network")
        .first()
    )
    if subscriber is None:
        raise LinkError(_("Dieses Abonnement gibt es nicht mehr – Sie sind bereits abgemeldet."), gone=True)
    if not _in_town(subscriber, municipality):
        raise LinkError(_("Dieser Link ist ungültig."))
    return subscriber


def unsubscribe(*, subscriber: Subscriber) -> None:
    """Leave one newsletter: the subscription is deleted at once (deliveries keep no address)."""
    audit.record(
        actor=None,
        action="newsletter.unsubscribe",
        target=subscriber,
        municipality=subscriber.newsletter.municipality_id,
    )
    Subscriber.objects.filter(pk=subscriber.pk).delete()


def update_topics(*, subscriber: Subscriber, topic_ids: list[int]) -> None:
    """The subscriber chose other topics of their newsletter (at least one where it has topics)."""
    allowed = set(Topic.objects.filter(newsletter=subscriber.newsletter_id).values_list("pk", flat=True))
    chosen = [pk for pk in topic_ids if pk in allowed]
    if allowed and not chosen:
        raise ValueError(_("Bitte wählen Sie mindestens ein Thema – oder melden Sie sich ab."))
    subscriber.topics.set(chosen)


def export_address(*, subscriber: Subscriber) -> dict[str, Any]:
    """Everything stored about the address of `subscriber` (Art. 15 and 20 DSGVO), as JSON."""
    subscriptions = selectors.subscriptions_of(subscriber.email)
    from engagiert.newsletter.models import Delivery

    deliveries = (
        Delivery.objects.filter(subscriber__in=[s.pk for s in subscriptions]).select_related("issue").order_by("pk")
    )
    by_subscriber: dict[int, list[dict]] = {}
    for d in deliveries:
        by_subscriber.setdefault(d.subscriber_id, []).append(
            {"issue": d.issue.subject, "status": d.status, "sent_at": d.sent_at.isoformat() if d.sent_at else None}
        )
    return {
        "email": subscriber.email,
        "subscriptions": [
            {
                "newsletter": s.newsletter.name,
                "of": s.newsletter.owner_name,
                "name": s.name,
                "language": s.language,
                "status": s.status,
                "signed_up_at": s.created_at.isoformat(),
                "confirmed_at": s.confirmed_at.isoformat() if s.confirmed_at else None,
                "topics": [t.name for t in s.topics.all()],
                "deliveries": by_subscriber.get(s.pk, []),
            }
            for s in subscriptions
        ],
    }


def delete_address(*, subscriber: Subscriber) -> int:
    """Delete every subscription of the address, on the whole platform, at once."""
    email = subscriber.email
    audit.record(
        actor=None,
        action="newsletter.delete_address",
        target=subscriber,
        municipality=subscriber.newsletter.municipality_id,
    )
    deleted, _per_model = Subscriber.objects.filter(email=email).delete()
    return deleted


def purge_unconfirmed(*, now: dt.datetime | None = None) -> int:
    """Delete the sign-ups that were not confirmed within CONFIRMATION_RETENTION."""
    now = now or timezone.now()
    stale = Subscriber.objects.filter(status=Subscriber.Status.PENDING, created_at__lte=now - CONFIRMATION_RETENTION)
    return stale.delete()[1].get("newsletter.Subscriber", 0)


def links(subscriber: Subscriber, *, site_url: str) -> dict[str, str]:
    """The absolute links of one subscription (in the town where it was made): manage, one-click unsubscribe."""
    token = subscription_token(subscriber)
    kwargs = {"municipality": subscriber.town.slug, "token": token}
    return {
        "manage_url": site_url + reverse("newsletter:manage", kwargs=kwargs),
        "unsubscribe_url": site_url + reverse("newsletter:unsubscribe", kwargs=kwargs),
    }


def confirm_link(subscribers: list[Subscriber], *, site_url: str, town_slug: str) -> str:
    return site_url + reverse(
        "newsletter:confirm", kwargs={"municipality": town_slug, "token": confirm_token(subscribers)}
    )
