"""The links of the newsletter's mails, made when a mail is rendered (core.mail `prepare`):
nothing secret waits in the task queue."""

from __future__ import annotations

from typing import Any

from engagiert.newsletter.services.subscriptions import confirm_link, links


def confirm_links(*, subscribers: list, town, site_url: str, **context: Any) -> dict[str, Any]:
    return {"confirm_url": confirm_link(subscribers, site_url=site_url, town_slug=town.slug)}


def manage_links(*, subscribers: list, site_url: str, **context: Any) -> dict[str, Any]:
    return {"entries": [(s, links(s, site_url=site_url)["manage_url"]) for s in subscribers]}
