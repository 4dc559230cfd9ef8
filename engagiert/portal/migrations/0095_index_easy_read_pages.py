from django.db import migrations


def index_easy_read_pages(apps, schema_editor):
    """Index the live pages in Leichte Sprache (found by the site search since this migration;
    later ones are indexed when saved: portal.search)."""
    from engagiert.portal.search import HOME_PATH_LENGTH, page_terms

    page_model = apps.get_model("wagtailcore", "Page")
    term_model = apps.get_model("portal", "PageSearchTerm")
    homes = dict(page_model.objects.filter(depth=3).values_list("path", "pk"))
    for name in ("EasyReadIndexPage", "EasyReadPage"):
        rows = []
        for page in apps.get_model("portal", name).objects.filter(live=True, depth__gt=3).iterator():
            home_id = homes.get(page.path[:HOME_PATH_LENGTH])
            if home_id is not None:
                terms = page_terms(page, easy_read=True)
                rows += [term_model(page_id=page.pk, home_id=home_id, term=term) for term in terms]
        term_model.objects.filter(page_id__in={row.page_id for row in rows}).delete()
        term_model.objects.bulk_create(rows, batch_size=2000)


class Migration(migrations.Migration):
    dependencies = [("portal", "0094_programme_etappenplan_structure")]

    operations = [migrations.RunPython(index_easy_read_pages, migrations.RunPython.noop)]
