"""Content stored per language (issue 13): a text that falls back to German is marked with
lang="de" (and dir="ltr" on an Arabic page) by core's {% translated %} tag, on every page that
shows translated model fields; a text of the reader's language is not."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

from engagiert.directory.models import Organisation, Topic
from engagiert.events.tests.factories import make_event
from engagiert.volunteering.tests.factories import make_opportunity

GERMAN = "Konzerte, ein Musikvideo und eine inklusive Tanzgala."
ARABIC = "حفلات موسيقية وفيديو موسيقي وحفل رقص دامج."


def page(client, url: str, language: str) -> str:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def main(html: str) -> str:
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def render(template: str, language: str, **context) -> str:
    with translation.override(language):
        return Template("{% load formats translated %}" + template).render(Context(context))


def test_arabic_page_of_an_organisation_with_only_a_german_description_marks_it_german(client, org):
    html = page(client, org.get_absolute_url(), "ar")
    assert f'<div lang="de" dir="ltr"><p>{GERMAN}</p></div>' in html


def test_arabic_page_of_an_organisation_with_an_arabic_description_has_no_german_mark(client, org):
    Organisation.objects.filter(pk=org.pk).update(description_ar=f"<p>{ARABIC}</p>")
    html = page(client, org.get_absolute_url(), "ar")
    assert f"<p>{ARABIC}</p>" in html and GERMAN not in html
    assert 'lang="de" dir="ltr"><p>' not in html


def test_german_page_marks_nothing_and_ukrainian_page_marks_without_direction(client, org):
    assert 'lang="de"><p>' not in page(client, org.get_absolute_url(), "de")
    assert f'<div lang="de"><p>{GERMAN}</p></div>' in page(client, org.get_absolute_url(), "uk")


def test_topic_names_fall_back_marked_on_the_organisation_page(client, org):
    Topic.objects.filter(slug="kultur").update(name_ar="ثقافة")
    html = page(client, org.get_absolute_url(), "ar")
    assert "<bdi>ثقافة</bdi>" in html
    assert '<bdi><span lang="de" dir="ltr">Integration</span></bdi>' in html


def test_event_title_and_description_fall_back_marked_on_list_and_detail(client, dessau, org):
    event = make_event(dessau, "Inklusive Tanzgala", organisation=org, description="<p>Für alle.</p>")
    detail = page(client, event.get_absolute_url(), "ar")
    assert '<h1><span lang="de" dir="ltr">Inklusive Tanzgala</span></h1>' in detail
    assert '<div lang="de" dir="ltr"><p>Für alle.</p></div>' in detail
    assert '<span lang="de" dir="ltr">Inklusive Tanzgala</span>' in page(client, f"/{dessau.slug}/begegnungen/", "ar")

    event.title_ar = "حفل رقص دامج"
    event.save()
    detail = page(client, event.get_absolute_url(), "ar")
    assert "<h1>حفل رقص دامج</h1>" in detail


def test_opportunity_title_description_and_tasks_fall_back_marked(client, org):
    opp = make_opportunity(org, "Vorlesen im Seniorenheim", description_de="<p>Einmal pro Woche.</p>")
    opp.tasks_de = "Vorlesen\nGespräche"
    opp.title_uk = "Читання вголос у будинку для людей похилого віку"
    opp.save()
    html = page(client, opp.get_absolute_url(), "uk")
    assert "<bdi>Читання вголос у будинку для людей похилого віку</bdi>" in html
    assert '<div lang="de"><p>Einmal pro Woche.</p></div>' in html
    assert '<span lang="de">Vorlesen<br>Gespräche</span>' in html


def test_the_tag_escapes_plain_text_and_keeps_sanitised_rich_text(org):
    Organisation.objects.filter(pk=org.pk).update(description_de="<p>a &amp; <b>b</b></p>")
    org.refresh_from_db()
    topic = org.topics.get(slug="kultur")
    topic.name_de = "Kunst & <Kultur>"
    assert render('{% translated org "description" %}', "de", org=org) == "<p>a &amp; <b>b</b></p>"
    assert render('{% translated t "name" %}', "en", t=topic) == '<span lang="de">Kunst &amp; &lt;Kultur&gt;</span>'
    assert render('{{ t|translated:"name"|bdi }}', "ar", t=topic) == (
        '<bdi><span lang="de" dir="ltr">Kunst &amp; &lt;Kultur&gt;</span></bdi>'
    )


@pytest.mark.parametrize("value", [None, ""])
def test_the_tag_shows_nothing_for_an_empty_field_or_a_missing_object(org, value):
    Organisation.objects.filter(pk=org.pk).update(description_de="")
    org.refresh_from_db()
    assert render('{% translated org "description" %}', "ar", org=org) == ""
    assert render('{% translated missing "description" %}', "ar", missing=value) == ""


def test_portal_news_in_arabic_marks_the_german_title_teaser_and_blocks_it_falls_back_to(client, dessau):
    from engagiert.portal.tests import factories

    item = factories.news(
        dessau,
        title="Vorlesetag",
        teaser="Freiwillige lasen vor.",
        body=[("heading", "Wer las vor?"), ("text", "<p>Die Lesepaten.</p>")],
    )
    html = page(client, item.url, "ar")
    assert '<h1><span lang="de" dir="ltr">Vorlesetag</span></h1>' in html
    assert '<p class="lead"><span lang="de" dir="ltr">Freiwillige lasen vor.</span></p>' in html
    assert '<h2 lang="de" dir="ltr">Wer las vor?</h2>' in html
    assert '<div class="portal-text" lang="de" dir="ltr">' in html
    assert f">{item.date.day} " in html and "،" in html.split('<p class="meta">', 1)[1].split("</time>", 1)[0]
    index = page(client, item.get_parent().url, "ar")
    assert '<span lang="de" dir="ltr">Vorlesetag</span></a>' in index
    assert '<p><span lang="de" dir="ltr">Freiwillige lasen vor.</span></p>' in index
    german = page(client, item.url, "de")
    assert "<h1>Vorlesetag</h1>" in german and 'lang="de"' not in main(german)


def test_portal_news_with_its_own_arabic_text_marks_nothing(client, dessau):
    from engagiert.portal.tests import factories

    item = factories.news(dessau, title="Vorlesetag", body=[("text", "<p>Die Lesepaten.</p>")])
    item.title_ar, item.teaser_ar = "يوم القراءة", "قرأ المتطوعون."
    item.body_ar = [("text", "<p>قرأ المتطوعون بصوت عالٍ.</p>")]
    item.save_revision().publish()
    html = page(client, item.url, "ar")
    assert "<h1>يوم القراءة</h1>" in html and '<p class="lead">قرأ المتطوعون.</p>' in html
    assert '<div class="portal-text"><p>قرأ المتطوعون بصوت عالٍ.</p></div>' in html
    assert 'lang="de"' not in main(html)


def test_portal_start_page_marks_an_event_title_that_falls_back(client, dessau):
    from engagiert.portal.services import ensure_site

    ensure_site(municipality=dessau)
    make_event(dessau, "Inklusive Tanzgala")
    html = page(client, f"/{dessau.slug}/", "ar")
    assert '<a href="' in html and '" lang="de" dir="ltr">Inklusive Tanzgala</a></h3>' in html


def test_a_contact_box_marks_its_german_name_hours_and_note_in_arabic(dessau):
    from django.template.loader import render_to_string

    from engagiert.portal.models import Contact

    contact = Contact.objects.create(
        municipality=dessau,
        name="Integrationsbüro",
        email="ib@dessau.example",
        opening_hours="Di 9–12 Uhr",
        note="Beratung zum Fonds.",
    )
    with translation.override("ar"):
        html = render_to_string("portal/_contact.html", {"contact": contact, "level": 2})
    assert '<span lang="de" dir="ltr">Integrationsbüro</span></h2>' in html
    assert '<ul lang="de" dir="ltr"><li>Di 9–12 Uhr</li>' in html
    assert '<p class="contact-note"><span lang="de" dir="ltr">Beratung zum Fonds.</span></p>' in html
