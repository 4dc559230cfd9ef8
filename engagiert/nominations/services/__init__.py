"""Writes of Glücksbringer: the life of a nomination, from the nominator's confirmation
through the nominee's consent and the moderation to publication, withdrawal and deletion.

The state machine (Nomination.Status):

    unconfirmed ──confirm──▶ invited (e-mail)      ──agree──▶ consented ──submit──▶ review ──publish──▶ published
                         └─▶ contact (no e-mail)   ──record_consent──▶ consented ──────────publish──────▶ published
                         └─▶ consented (self-nomination)
    invited ──decline──▶ declined · invited ──30 days──▶ expired · any active ──reject──▶ rejected
    any active ──withdraw──▶ withdrawn

Every move is checked against TRANSITIONS under a row lock, recorded in core.audit (the
nomination's history) and e-mailed to whom it concerns (core.mail, after commit). The ended
states keep no personal data (erase()).

By topic: common (states, errors, links, mails), nominating, consent, portraits, moderation,
deletion (and the daily run). Callers use `from engagiert.nominations import services`."""

from engagiert.nominations.services.common import (
    NOMINEE_SALT,
    PHOTO_MAX_BYTES,
    PHOTO_SIDE,
    SCAN_MAX_BYTES,
    THUMB_SIDE,
    TRANSITIONS,
    LinkError,
    NominationError,
    S,
    coordinator_emails,
    nomination_from_token,
    nominee_token,
    nominee_url,
)
from engagiert.nominations.services.consent import (
    AGREE_COORDINATOR,
    AGREE_WRITE,
    DECLINE,
    RecordedConsent,
    answer_invitation,
    record_consent,
)
from engagiert.nominations.services.deletion import (
    erase,
    run_daily,
)
from engagiert.nominations.services.moderation import (
    block_address,
    merge,
    publish,
    record_handout,
    reject,
    withdraw,
)
from engagiert.nominations.services.nominating import (
    confirm_nominator,
    email_digest,
    nominate,
)
from engagiert.nominations.services.portraits import (
    PortraitData,
    process_photo,
    save_portrait,
    withdraw_photo,
)

__all__ = [
    "AGREE_COORDINATOR",
    "AGREE_WRITE",
    "DECLINE",
    "LinkError",
    "NOMINEE_SALT",
    "NominationError",
    "PHOTO_MAX_BYTES",
    "PHOTO_SIDE",
    "PortraitData",
    "RecordedConsent",
    "S",
    "SCAN_MAX_BYTES",
    "THUMB_SIDE",
    "TRANSITIONS",
    "answer_invitation",
    "block_address",
    "confirm_nominator",
    "coordinator_emails",
    "email_digest",
    "erase",
    "merge",
    "nominate",
    "nomination_from_token",
    "nominee_token",
    "nominee_url",
    "process_photo",
    "publish",
    "record_consent",
    "record_handout",
    "reject",
    "run_daily",
    "save_portrait",
    "withdraw",
    "withdraw_photo",
]
