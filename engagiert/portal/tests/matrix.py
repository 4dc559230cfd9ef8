"""The portal's public URLs in the permission matrix (tests/test_permission_matrix.py). The
editors' admin (/redaktion/) has its own cross-tenant test (test_admin_tenancy.py)."""

from __future__ import annotations

from engagiert.portal.services import ensure_site
from engagiert.portal.tests import factories
from engagiert.testing import MatrixWorld, everyone

MATRIX: dict[str, dict[str, int]] = {
    "wagtail_serve": everyone(200),
    "wagtaildocs_serve": everyone(200),
    "wagtailcore_authenticate_with_password": everyone(200),  # the form of a page with a password
    "wagtailcore_login": everyone(302),  # to allauth's login
}


def url_kwargs(world: MatrixWorld) -> dict[str, dict]:
    parts = ensure_site(municipality=world.dessau)
    ensure_site(municipality=world.wittenberg)
    news = factories.news(world.dessau)
    doc = factories.document(parts.collection)
    from wagtail.models import PageViewRestriction

    from engagiert.portal.models import ContentPage

    private = parts.home.add_child(instance=ContentPage(title="Intern", slug="intern"))
    restriction = PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    return {
        "wagtailcore_authenticate_with_password": {"page_view_restriction_id": restriction.pk, "page_id": private.pk},
        "wagtailcore_login": {},
        "wagtail_serve": {"path": news.url.lstrip("/")},
        "wagtaildocs_serve": {"document_id": doc.pk, "document_filename": doc.filename},
    }
