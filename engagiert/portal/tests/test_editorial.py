"""Editorial rules: moderation for editors, scheduled publishing, rich text sanitised on save,
images with alt text and without metadata, documents PDF only, roles from the Django admin."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from PIL import Image
from wagtail.documents.forms import get_document_form
from wagtail.images.forms import get_image_form

from engagiert.core.models import Role
from engagiert.core.roles import grant_role
from engagiert.portal.models import NewsIndexPage, NewsPage, PortalDocument, PortalImage
from engagiert.portal.services import ensure_site, group_name
from engagiert.portal.tests import factories
from engagiert.testing import make_user


@pytest.fixture
def site(dessau):
    return ensure_site(municipality=dessau)


def _draft_news(site, **fields) -> NewsPage:
    index = NewsIndexPage.objects.child_of(site.home).get()
    page = NewsPage(title="Entwurf", teaser="Noch nicht öffentlich.", live=False, **fields)
    index.add_child(instance=page)
    return page


def test_editor_submits_and_the_coordination_approves(site, dessau, coordinator, other_coordinator):
    editor = make_user("redaktion@dessau.example")
    grant_role(user=editor, municipality=dessau, kind=Role.Kind.EDITOR)
    page = _draft_news(site)
    assert page.permissions_for_user(editor).can_edit()
    assert not page.permissions_for_user(editor).can_publish()
    assert page.permissions_for_user(coordinator).can_publish()
    assert not page.permissions_for_user(other_coordinator).can_edit()

    workflow = page.get_workflow()
    assert workflow is not None and workflow.name == "Freigabe Dessau-Roßlau"
    page.save_revision(user=editor)
    state = workflow.start(page, editor)
    task = state.current_task_state.task.specific
    assert [name for name, *_ in task.get_actions(page, editor)] == []
    assert "approve" in [name for name, *_ in task.get_actions(page, coordinator)]
    assert [name for name, *_ in task.get_actions(page, other_coordinator)] == []
    task.on_action(state.current_task_state, coordinator, "approve")
    page.refresh_from_db()
    assert page.live


def test_scheduled_news_goes_live_with_publish_scheduled(site):
    page = _draft_news(site)
    page.go_live_at = timezone.now() + dt.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None
    # An hour later (the revision's time moved back instead of the clock forward):
    past = timezone.now() - dt.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live


def test_rich_text_is_sanitised_on_save_drafts_included(site):
    evil = (
        '<p onclick="steal()">Hallo</p><script>alert(1)</script>'
        '<a href="javascript:alert(1)">Link</a><img src=x onerror=alert(1)><h2 style="color:red">Titel</h2>'
    )
    page = _draft_news(site)
    page.body = [{"type": "text", "value": evil}]
    revision = page.save_revision()
    page.save()
    stored = NewsPage.objects.get(pk=page.pk).body.raw_data[0]["value"]
    draft = revision.content["body"]
    for html in (stored, str(draft)):
        assert "script" not in html and "onclick" not in html and "javascript:" not in html
        assert "onerror" not in html and "style=" not in html
    assert "Hallo" in stored and "<h2>Titel</h2>" in stored


def _jpeg_with_exif() -> SimpleUploadedFile:
    image = Image.new("RGB", (60, 40), (10, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "Geheime Kamera GmbH"  # Make
    exif[0x010E] = "Aufgenommen bei 51.83 N, 12.24 E"  # ImageDescription
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return SimpleUploadedFile("foto.jpg", out.getvalue(), content_type="image/jpeg")


def _image_form(site, *, description="", decorative=False, upload=None):
    form_class = get_image_form(PortalImage)
    data = {"title": "Foto", "description": description, "collection": site.collection.pk}
    if decorative:
        data["marked_decorative"] = "on"
    return form_class(data=data, files={"file": upload or _jpeg_with_exif()})


def test_image_needs_alt_text_unless_decorative(site):
    form = _image_form(site)
    assert not form.is_valid()
    assert "description" in form.errors
    assert _image_form(site, decorative=True).is_valid()


def test_uploaded_image_is_re_encoded_without_exif(site):
    form = _image_form(site, description="Ein blaues Rechteck")
    assert form.is_valid(), form.errors
    image = form.save()
    with Image.open(image.file.path) as stored:
        assert not stored.getexif()
    assert b"Geheime Kamera" not in image.file.open("rb").read()


def test_a_file_that_is_no_image_is_refused(site):
    upload = SimpleUploadedFile("bild.png", b"<svg onload=alert(1)>", content_type="image/png")
    assert not _image_form(site, description="x", upload=upload).is_valid()


def test_database_refuses_an_image_without_alt_text(site):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        factories.image(site.collection, alt="")


def test_an_image_marked_decorative_stays_decorative_when_read_back(site):
    # Wagtail's AbstractImage.__init__ sets its own `decorative` attribute: the field has another name.
    image = factories.image(site.collection, alt="", decorative=True)
    assert PortalImage.objects.get(pk=image.pk).marked_decorative is True
    assert PortalImage.objects.get(pk=image.pk).alt == ""
    assert PortalImage.objects.only("title").get(pk=image.pk).marked_decorative is True  # deferred, then read
    assert PortalImage.objects.get(pk=factories.image(site.collection).pk).marked_decorative is False
    assert image.get_rendition("width-100").alt == ""  # what Wagtail's renditions and rich text say
    assert factories.image(site.collection).get_rendition("width-100").alt == "Menschen tanzen in der Aula"


def test_documents_are_pdf_only(site):
    form_class = get_document_form(PortalDocument)
    fake = SimpleUploadedFile("bericht.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    form = form_class(data={"title": "Bericht", "collection": site.collection.pk}, files={"file": fake})
    assert not form.is_valid()
    word = SimpleUploadedFile("bericht.docx", factories.MINIMAL_PDF, content_type="application/msword")
    form = form_class(data={"title": "Bericht", "collection": site.collection.pk}, files={"file": word})
    assert not form.is_valid()
    pdf = SimpleUploadedFile("bericht.pdf", factories.MINIMAL_PDF, content_type="application/pdf")
    form = form_class(data={"title": "Bericht", "collection": site.collection.pk}, files={"file": pdf})
    assert form.is_valid(), form.errors


def test_role_added_and_deleted_in_the_django_admin_moves_the_group(admin_client, site, dessau):
    person = make_user("neu-im-amt@dessau.example")
    response = admin_client.post(
        "/admin/core/role/add/", {"user": person.pk, "municipality": dessau.pk, "kind": Role.Kind.COORDINATOR}
    )
    assert response.status_code == 302
    group = Group.objects.get(name=group_name(dessau.slug, Role.Kind.COORDINATOR))
    assert person.groups.filter(pk=group.pk).exists()
    role = Role.objects.get(user=person)
    assert admin_client.post(f"/admin/core/role/{role.pk}/delete/", {"post": "yes"}).status_code == 302
    assert not person.groups.filter(pk=group.pk).exists()


def test_municipality_created_in_the_django_admin_gets_its_site(admin_client, db):
    from engagiert.portal.models import TownHomePage

    response = admin_client.post(
        "/admin/core/municipality/add/",
        {"name": "Gräfenhainichen", "slug": "graefenhainichen", "ags": "15091110", "state": "ST", "languages": "de"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert TownHomePage.objects.get(town__slug="graefenhainichen").url == "/graefenhainichen/"
