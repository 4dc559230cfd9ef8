"""The privacy centre: one person's data across every app (core.registry's privacy handlers,
consent providers and retention rules, filled by the apps in their AppConfig.ready()).

- `holdings(user)`: what every app holds about the person, with why and until when;
- `request_export(...)` / `build_export(...)` (in the task worker): everything as JSON plus
  the person's files in a ZIP, e-mailed as a link valid for EXPORT_VALID_FOR;
- `consents(user)` / `withdraw_consent(...)`: every consent in one list;
- `delete_account(user)`: every app deletes or anonymises in a transaction of its own, then
  the account goes;
- `apply_retention(now)`: every retention rule (manage.py apply_retention, daily);
- `processing_activities()`: the record of processing activities (Art. 30 DSGVO)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from engagiert.core import audit, mail, tokens
from engagiert.core.models import DataExport, Municipality, User
from engagiert.core.ratelimit import limit_reached
from engagiert.core.registry import (
    Consent,
    ConsentProvider,
    Holding,
    PersonalData,
    PrivacyHandler,
    RetentionRule,
    consent_providers,
    personal_data,
    privacy_handlers,
    retention_rules,
)

logger = logging.getLogger(__name__)

EXPORT_VALID_FOR = dt.timedelta(days=7)
EXPORT_LIMIT = 3  # export requests per person and day
EXPORT_LIMIT_PERIOD = 24 * 3600
EXPORT_FORMAT = 1  # version of the JSON layout in the ZIP
EXPORT_STALE_AFTER = dt.timedelta(hours=1)  # a worker that died left it running: it may be asked for again


class PrivacyError(Exception):
    """A request the privacy centre refuses, with the message for the person."""


# --- what the platform holds ------------------------------------------------------------------


@dataclass(frozen=True)
class ShownHolding:
    """A Holding with the texts of its register_personal_data entry (why, until when)."""

    holding: Holding
    entry: PersonalData | None

    @property
    def label(self) -> str:
        return self.holding.label

    @property
    def details(self) -> tuple[str, ...]:
        return self.holding.details

    @property
    def purpose(self) -> str:
        return self.entry.purpose if self.entry else ""

    @property
    def until(self) -> str:
        return self.holding.until or (self.entry.retention if self.entry else "")


@dataclass(frozen=True)
class AppHoldings:
    handler: PrivacyHandler
    holdings: list[ShownHolding]


def holdings(user) -> list[AppHoldings]:
    """Per app (in the handlers' order), what it holds about `user`; apps without data left out."""
    entries = {entry.key: entry for entry in personal_data.all()}
    found = []
    for handler in privacy_handlers.all():
        shown = [ShownHolding(h, entries.get(h.personal_data)) for h in handler.collect(user)]
        if shown:
            found.append(AppHoldings(handler, shown))
    return found


# --- export -----------------------------------------------------------------------------------


def export_root() -> Path:
    return Path(settings.DATA_EXPORT_ROOT)


def running_export(user) -> DataExport | None:
    return DataExport.objects.filter(user=user, status__in=DataExport.RUNNING_STATES).first()


def fail_stale_exports(user, *, now: dt.datetime | None = None) -> int:
    """Mark `user`'s exports that have waited or run for longer than EXPORT_STALE_AFTER as failed
    (the worker died or was stopped), so that the person can ask again."""
    now = now or timezone.now()
    return DataExport.objects.filter(
        user=user, status__in=DataExport.RUNNING_STATES, created_at__lt=now - EXPORT_STALE_AFTER
    ).update(status=DataExport.Status.FAILED, finished_at=now)


def latest_export(user) -> DataExport | None:
    return DataExport.objects.filter(user=user).first()


def request_export(*, user, municipality: Municipality | None, request) -> DataExport:
    """Queue the export of all of `user`'s data; PrivacyError while one is running or when
    the person asked too often (EXPORT_LIMIT a day)."""
    fail_stale_exports(user)
    if running_export(user) is not None:
        raise PrivacyError(
            _("Ihr Export wird gerade erstellt. Sie erhalten eine E-Mail mit dem Link, sobald er fertig ist.")
        )
    if limit_reached(
        request, action="core:data-export", limit=EXPORT_LIMIT, period=EXPORT_LIMIT_PERIOD, who=f"user{user.pk}"
    ):
        raise PrivacyError(
            _("Sie haben heute schon %(count)s Exporte angefordert. Bitte versuchen Sie es morgen wieder.")
            % {"count": EXPORT_LIMIT}
        )
    try:
        with transaction.atomic():
            export = DataExport.objects.create(user=user, municipality=municipality)
            audit.record(actor=user, action="core.request_data_export", target=export, municipality=municipality)
            transaction.on_commit(lambda: _enqueue_export(export.pk))
    except IntegrityError:  # a parallel request created one (data_export_one_running)
        raise PrivacyError(
            _("Ihr Export wird gerade erstellt. Sie erhalten eine E-Mail mit dem Link, sobald er fertig ist.")
        ) from None
    return export


def _enqueue_export(export_id: int) -> None:
    from engagiert.core.tasks import export_task

    export_task().enqueue(export_id=export_id)


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)  # Decimal, lazy translations, UUIDs


def export_data(user) -> dict[str, Any]:
    """Everything the platform stores about `user`: {"format", "created_at", "apps": {key: data}}."""
    return {
        "format": EXPORT_FORMAT,
        "created_at": timezone.now(),
        "apps": {handler.key: handler.export(user) for handler in privacy_handlers.all()},
    }


def write_zip(user, target: Path) -> int:
    """Write the ZIP of `user`'s data (meine-daten.json and the files under dateien/<app>/) to
    `target`; returns its size in bytes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        text = json.dumps(export_data(user), ensure_ascii=False, indent=1, default=_json_default)
        archive.writestr("meine-daten.json", text)
        names: set[str] = set()
        for handler in privacy_handlers.all():
            for item in handler.files(user) if handler.files else []:
                name = f"dateien/{handler.key}/{Path(item.name).name}"
                stem, n = name, 1
                while name in names:  # two files of the same name
                    n += 1
                    name = f"{Path(stem).with_suffix('')}-{n}{Path(stem).suffix}"
                names.add(name)
                try:
                    with item.file.open("rb") as source, archive.open(name, "w") as sink:
                        while chunk := source.read(1 << 20):
                            sink.write(chunk)
                except (FileNotFoundError, ValueError):  # the row names a file that is gone
                    names.discard(name)
                    logger.warning("data export: file missing: %s", item.name)
    return target.stat().st_size


def build_export(*, export_id: int, now: dt.datetime | None = None) -> bool:
    """The task's work: build the ZIP, give it a link valid for EXPORT_VALID_FOR and e-mail
    the link. False when the export is gone or not waiting."""
    now = now or timezone.now()
    claimed = DataExport.objects.filter(pk=export_id, status=DataExport.Status.PENDING).update(
        status=DataExport.Status.RUNNING
    )
    if not claimed:
        return False
    export = DataExport.objects.select_related("user", "municipality").get(pk=export_id)
    relative = f"{export.user_id}/export-{export.pk}-{now:%Y%m%d%H%M%S}.zip"
    target = export_root() / relative
    try:
        size = write_zip(export.user, target)
    except Exception:
        target.unlink(missing_ok=True)
        DataExport.objects.filter(pk=export.pk).update(status=DataExport.Status.FAILED, finished_at=timezone.now())
        raise
    raw, digest = tokens.issue()
    finished = timezone.now()
    with transaction.atomic():
        DataExport.objects.filter(pk=export.pk).update(
            status=DataExport.Status.READY,
            path=relative,
            size=size,
            token_hash=digest,
            finished_at=finished,
            expires_at=finished + EXPORT_VALID_FOR,
        )
        mail.send(
            template="core/email/data_export",
            to=export.user,
            municipality=export.municipality,
            context={"path": f"/mein-konto/daten/{raw}/", "expires_at": (finished + EXPORT_VALID_FOR).date()},
        )
    return True


def download(*, user, raw_token: str, now: dt.datetime | None = None) -> DataExport:
    """The export behind a link, for its owner: PrivacyError (with `expired`) otherwise."""
    now = now or timezone.now()
    export = tokens.find(DataExport.objects.all(), raw_token)
    if export is None or export.user_id != user.pk:
        raise LinkError(expired=False)
    if export.expires_at is None or export.expires_at <= now or not (export_root() / export.path).is_file():
        raise LinkError(expired=True)
    return export


class LinkError(PrivacyError):
    def __init__(self, *, expired: bool) -> None:
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


def delete_export_file(export: DataExport) -> None:
    if export.path:
        (export_root() / export.path).unlink(missing_ok=True)


def purge_exports(now: dt.datetime | None = None) -> int:
    """Delete the exports whose link expired, and finished or failed ones older than that
    (retention rule core.data_exports). Returns how many were deleted."""
    now = now or timezone.now()
    old = DataExport.objects.filter(expires_at__lte=now) | DataExport.objects.filter(
        status=DataExport.Status.FAILED, created_at__lte=now - EXPORT_VALID_FOR
    )
    count = 0
    for export in old:
        delete_export_file(export)
        export.delete()
        count += 1
    return count


# --- consents ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class GivenConsent:
    provider: ConsentProvider
    consent: Consent

    @property
    def form_id(self) -> str:
        return f"{self.provider.key}:{self.consent.id}"


def consents(user) -> list[GivenConsent]:
    """Every consent `user` gave, of every provider, oldest provider order first."""
    return [GivenConsent(provider, consent) for provider in consent_providers.all() for consent in provider.list(user)]


def withdraw_consent(*, user, consent_id: str) -> bool:
    """Withdraw the consent "<provider key>:<id>" of `user`; False when it is unknown or not theirs."""
    provider_key, _sep, local_id = (consent_id or "").rpartition(":")
    provider = next((p for p in consent_providers.all() if p.key == provider_key), None)
    if provider is None or not local_id:
        return False
    with transaction.atomic():
        withdrawn = provider.withdraw(user, local_id)
        if withdrawn:
            audit.record(
                actor=user,
                action="core.withdraw_consent",
                target=user,
                municipality=None,
                data={"consent": provider_key},
                label=provider_key,
            )
    return withdrawn


# --- deletion ---------------------------------------------------------------------------------


@dataclass
class DeletionReport:
    """What each app deleted or anonymised ({app key: {kind: count}})."""

    counts: dict[str, Mapping[str, int]] = field(default_factory=dict)


def kept_after_deletion() -> list[PrivacyHandler]:
    """The apps that keep something after an account is deleted, with what and why (`kept`)."""
    return [handler for handler in privacy_handlers.all() if handler.kept]


def delete_account(*, user) -> DeletionReport:
    """Delete `user`'s account: each app deletes or anonymises its data in a transaction of its
    own (in the handlers' order), then the account itself goes with what cascades from it
    (roles, exports). An app that fails leaves the account in place (the person can try again;
    what earlier apps deleted stays deleted)."""
    report = DeletionReport()
    for handler in privacy_handlers.all():
        with transaction.atomic():
            report.counts[handler.key] = dict(handler.delete(user))
    with transaction.atomic():
        for export in DataExport.objects.filter(user=user):
            path = export.path
            transaction.on_commit(lambda path=path: (export_root() / path).unlink(missing_ok=True) if path else None)
        audit.record(
            actor=None,
            action="core.delete_account",
            target=user,
            municipality=None,
            data={"counts": report.counts},
        )
        User.objects.filter(pk=user.pk).delete()
    return report


# --- retention --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionResult:
    rule: RetentionRule
    counts: Mapping[str, int]
    error: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def apply_retention(*, now: dt.datetime | None = None, only: list[str] | None = None) -> list[RetentionResult]:
    """Apply every retention rule (or those named in `only`), each in a transaction of its own;
    a failing rule is reported and does not stop the others."""
    now = now or timezone.now()
    results = []
    for rule in retention_rules.all():
        if only and rule.key not in only:
            continue
        try:
            with transaction.atomic():
                counts = rule.apply(now)
        except Exception as error:  # noqa: BLE001 - reported per rule, the other rules still run
            logger.exception("retention rule %s failed", rule.key)
            results.append(RetentionResult(rule, {}, error=f"{type(error).__name__}: {error}"))
            continue
        results.append(RetentionResult(rule, counts if isinstance(counts, Mapping) else {"deleted": counts}))
    return results


# --- record of processing activities (Art. 30 DSGVO) ----------------------------------------


@dataclass(frozen=True)
class ProcessingActivity:
    entry: PersonalData
    rules: list[RetentionRule]


def processing_activities() -> list[ProcessingActivity]:
    """Every register_personal_data entry with the retention rules that belong to it."""
    rules = retention_rules.all()
    return [
        ProcessingActivity(entry, [r for r in rules if r.personal_data == entry.key]) for entry in personal_data.all()
    ]
