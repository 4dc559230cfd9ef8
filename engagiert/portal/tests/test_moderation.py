"""The moderation step end to end through Wagtail's own admin views: the town's editor (Redaktion)
submits a news item from the editor, the coordination gets the notice through core.mail,
approves it from the dashboard's list, and the editor hears back; nobody in another town is
told anything. The editor's form is posted back as a browser would (every field as the page
rendered it), so the test follows whatever fields the page type has."""

from __future__ import annotations

from email.header import decode_header, make_header

import pytest
from django.test import Client
from wagtail.models import WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from engagiert.core.models import Municipality, Role
from engagiert.core.roles import grant_role
from engagiert.portal import moderation
from engagiert.portal.models import NewsIndexPage, NewsPage
from engagiert.portal.services import ensure_site
from engagiert.portal.tests.adminform import edit_form
from engagiert.testing import make_user


def _errors(response) -> str:
    """The editor's error messages (Wagtail answers an invalid form with 400 and the form)."""
    import re

    text = response.content.decode()
    return (
        f"{response.status_code}: " + " | ".join(re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]{1,200})', text))[:3000]
    )


@pytest.fixture
def team(dessau, coordinator):
    site = ensure_site(municipality=dessau)
    editor = make_user("redaktion@dessau.example")
    grant_role(user=editor, municipality=dessau, kind=Role.Kind.EDITOR)
    bitterfeld = Municipality.objects.create(name="Bitterfeld-Wolfen", slug="bitterfeld-wolfen", ags="15082015")
    ensure_site(municipality=bitterfeld)
    other = make_user("koordination@bitterfeld-wolfen.example")
    grant_role(user=other, municipality=bitterfeld, kind=Role.Kind.COORDINATOR)
    index = NewsIndexPage.objects.child_of(site.home).get()
    page = NewsPage(title="Mitmachlokal öffnet", teaser="Ab Montag im Rathaus.", live=False)
    index.add_child(instance=page)
    page.save_revision(user=editor)
    return {"editor": editor, "coordinator": coordinator, "other": other, "page": page}


def test_wagtails_own_notifiers_are_replaced_by_the_portals():
    for signal, sender, receiver, _uid in moderation.RECEIVERS:
        connected = [ref() for key, ref, *_rest in signal.receivers if key[1] == id(sender)]
        assert receiver in connected, signal
        assert all(r is None or r.__module__ == "engagiert.portal.moderation" for r in connected), connected
    assert task_submitted and workflow_submitted and workflow_approved and workflow_rejected


def test_editor_submits_in_the_editor_and_the_coordination_approves(client, team, mailoutbox):
    editor, coordinator, page = team["editor"], team["coordinator"], team["page"]
    client.force_login(editor)
    edit_url = f"/redaktion/pages/{page.pk}/edit/"
    html = client.get(edit_url).content.decode()
    assert "action-submit" in html  # "Zur Freigabe einreichen"
    assert "action-publish" not in html  # editors do not publish
    data = edit_form(html)
    data["title_de"] = ["Mitmachlokal öffnet am Montag"]
    data["action-submit"] = ["Zur Freigabe einreichen"]  # a button sends its label; Wagtail wants it non-empty
    response = client.post(edit_url, data)
    assert response.status_code == 302, _errors(response)
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == editor
    page.refresh_from_db()
    assert not page.live

    # The coordination's notice went through core.mail (sender named after the town); nobody else's.
    assert [m.to for m in mailoutbox] == [[coordinator.email]]
    notice = mailoutbox[0]
    assert "Mitmachlokal öffnet am Montag" in notice.subject
    assert "Dessau-Roßlau über Engagiert" in str(make_header(decode_header(notice.from_email)))
    assert edit_url in notice.body

    other = Client()  # a browser of its own: the editor's pending "submitted" message is not the other town's
    other.force_login(team["other"])
    assert "Mitmachlokal" not in other.get("/redaktion/").content.decode()

    client.force_login(coordinator)
    dashboard = client.get("/redaktion/").content.decode()
    assert "Mitmachlokal öffnet am Montag" in dashboard  # "awaiting your review"
    task_state = state.current_task_state
    approve = f"/redaktion/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"
    response = client.post(approve, {"comment": ""})
    assert response.status_code in (200, 302), response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.live and page.title == "Mitmachlokal öffnet am Montag"
    assert mailoutbox[-1].to == [editor.email]
    assert "Freigegeben" in mailoutbox[-1].subject
    assert len(mailoutbox) == 2


def test_a_page_sent_back_tells_the_editor_with_the_comment(client, team, mailoutbox):
    editor, coordinator, page = team["editor"], team["coordinator"], team["page"]
    state = page.get_workflow().start(page, editor)
    client.force_login(coordinator)
    reject = f"/redaktion/pages/workflow/action/{page.pk}/reject/{state.current_task_state.pk}/"
    response = client.post(reject, {"comment": "Bitte das Datum ergänzen."})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert not page.live
    assert mailoutbox[-1].to == [editor.email]
    assert "Zurückgegeben" in mailoutbox[-1].subject
    assert "Bitte das Datum ergänzen." in mailoutbox[-1].body


def test_another_towns_coordinator_cannot_approve(client, team):
    page = team["page"]
    state = page.get_workflow().start(page, team["editor"])
    client.force_login(team["other"])
    approve = f"/redaktion/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/"
    assert client.post(approve, {"comment": ""}).status_code in (302, 403, 404)
    page.refresh_from_db()
    assert not page.live


def test_the_accessibility_checker_runs_in_the_editors_preview(client, team):
    """Wagtail's accessibility checker (Axe, in the preview panel's "Checks") needs the userbar
    in the previewed page: the portal's templates render it in previews, not on the live site
    (whose Content-Security-Policy has no room for it)."""
    page, coordinator = team["page"], team["coordinator"]
    client.force_login(coordinator)
    edit_url = f"/redaktion/pages/{page.pk}/edit/"
    data = edit_form(client.get(edit_url).content.decode())
    response = client.post(f"{edit_url}preview/", data)
    assert response.json()["is_valid"], _errors(client.post(edit_url, {**data, "action-save": [""]}))
    answer = client.get(f"{edit_url}preview/", {"in_preview_panel": "true", "mode": ""})
    # The preview panel frames it: the admin's policy, not the public page's frame-ancestors 'none'.
    assert "frame-ancestors 'self'" in answer["Content-Security-Policy"], answer["Content-Security-Policy"]
    assert "'none'" not in answer["Content-Security-Policy"].split("frame-ancestors")[1].split(";")[0]
    assert answer["X-Frame-Options"] == "SAMEORIGIN"
    preview = answer.content.decode()
    assert 'id="wagtail-userbar-template"' in preview
    assert 'id="checker-axe-configuration"' in preview
    assert "Mitmachlokal öffnet" in preview
    page.save_revision(user=coordinator).publish(user=coordinator)
    public = client.get(page.url)
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
    live = public.content.decode()
    assert "Mitmachlokal öffnet" in live and "wagtail-userbar" not in live
