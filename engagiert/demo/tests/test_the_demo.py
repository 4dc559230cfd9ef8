"""The demo as a whole: complete, searchable, in every language, every state of every app,
and a second load changes nothing.

Loading the demo takes about 20 seconds, so this module loads it once (twice: the second load
must add nothing) and every test reads it in its own savepoint, rolled back after it. The
module is one xdist group: one worker runs all of it (Makefile: --dist loadgroup). Tests that
need a demo of their own (another day, the images' files) live beside this one."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from engagiert.card import services as card_services
from engagiert.card.models import AcceptancePartner, Card, CardApplication, CardRules, SigningKey
from engagiert.card.selectors import verify_text
from engagiert.core import privacy_centre
from engagiert.core.models import Municipality, Role, User
from engagiert.core.sitesearch import search_everything
from engagiert.demo import images
from engagiert.demo.data import translations as data
from engagiert.demo.loader import DEMO_LOGINS, DEMO_PASSWORD
from engagiert.directory.models import Organisation
from engagiert.directory.selectors import DirectoryFilters, search_organisations
from engagiert.events.models import Event, Registration, Venue
from engagiert.events.selectors import EventFilters, search_events
from engagiert.funding import selectors as funding_selectors
from engagiert.funding import services as funding_services
from engagiert.funding.models import Application, Membership, Report
from engagiert.funding.tests.factories import pdf
from engagiert.newsletter.models import Delivery, Issue, Newsletter, Subscriber
from engagiert.nominations import selectors as nomination_selectors
from engagiert.nominations.models import Campaign, Nomination, Portrait
from engagiert.portal.models import NetworkHomePage, NewsPage, PortalImage, TownHomePage
from engagiert.selfcheck.models import Answer, Measure, Respondent, Round
from engagiert.selfcheck.selectors import evaluate
from engagiert.volunteering.models import HourEntry, Opportunity
from engagiert.volunteering.selectors import OpportunityFilters, search_opportunities, volunteer_totals

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]

# The models whose rows a second load must not add to.
COUNTED = (
    Organisation, User, Role, Event, Venue, Registration, HourEntry, Opportunity, Subscriber, Issue, Delivery,
    Nomination, Portrait, Round, Respondent, Answer, Measure, Application, Card, CardApplication, PortalImage,
)  # fmt: skip


class LoadedDemo:
    def __init__(self, *, out: str, err: str) -> None:
        self.out, self.err = out, err  # what the first load printed
        self.counts = {model: model.objects.count() for model in COUNTED}
        self.images = sorted(PortalImage.objects.values_list("pk", "file"))


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo, loaded twice for the whole module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        out, err = io.StringIO(), io.StringIO()
        call_command("load_demo", stdout=out, stderr=err)
        first = LoadedDemo(out=out.getvalue(), err=err.getvalue())
        call_command("load_demo", stdout=io.StringIO())
        yield first
        transaction.set_rollback(True)


def assert_unchanged(demo: LoadedDemo, *models) -> None:
    """The second load added no rows of these models."""
    assert {m.__name__: m.objects.count() for m in models} == {m.__name__: demo.counts[m] for m in models}


def found(slug: str, query: str) -> list[str]:
    muni = Municipality.objects.get(slug=slug)
    return [o.name for o in search_organisations(municipality=muni, filters=DirectoryFilters(query=query))]


def counts(groups) -> dict[str, int]:
    return {group.key: group.count for group in groups if group.count}


def page(client, url: str, language: str) -> str:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def _header(home) -> PortalImage:
    intro = next(block for block in home.body if block.block_type == "intro")
    return intro.value["image"]


# --- Durchblick, people and pages --------------------------------------------------------------


def test_demo_data_is_complete_and_searchable(demo, client):
    counts = {m.slug: m.organisations.count() for m in Municipality.objects.all()}
    assert set(counts) == {"dessau-rosslau", "bitterfeld-wolfen", "graefenhainichen", "lutherstadt-wittenberg"}
    assert all(m.dpo_email for m in Municipality.objects.all())  # named in each privacy statement
    assert sum(counts.values()) >= 100 and all(n > 0 for n in counts.values())
    assert "One Community Projekt" in found("dessau-rosslau", "Tanz")
    assert found("dessau-rosslau", "Rosslau")
    assert found("dessau-rosslau", "Senioren")
    # The same ranked results on SQLite and PostgreSQL (CI runs this on both).
    assert found("dessau-rosslau", "Tanz")[:4] == [
        "Tanzsportclub Rot-Weiß Dessau e.V.",
        "Tanzwerkstatt Anhalt e.V.",
        "Afrika-Forum Anhalt e.V.",
        "One Community Projekt",
    ]
    assert found("dessau-rosslau", "Übersetzung Arabisch")[:2] == [
        "Deutsch-Arabischer Kulturverein Brücke e.V.",
        "AWO Kreisverband Dessau e.V.",
    ]
    assert "Bürgerbüro Roßlau" in found("dessau-rosslau", "Rosslau")[:5]
    # "Jugend" has the stem of the default synonym entry "Jugendliche: Auszubildende, Schüler" (core.synonyms)
    assert len(found("dessau-rosslau", "Vereine Jugend")) == 22
    assert found("lutherstadt-wittenberg", "Kirche")[0] == "Evangelische Stadtkirchengemeinde Wittenberg"
    names = Organisation.objects.values_list("name", flat=True)
    assert not any(name.lower().startswith("organisation ") for name in names)
    for login in DEMO_LOGINS:
        assert client.login(username=login.email, password=DEMO_PASSWORD), login.email
    start = client.get("/dessau-rosslau/").content.decode()  # the start page's contact block
    assert "Zimmer 489" in start and 'href="mailto:integrationsbuero@dessau-rosslau.example"' in start
    contact_page = client.get("/dessau-rosslau/kontakt/").content.decode()
    assert "Koordinierungsstelle Engagierte Stadt" in contact_page and 'name="message"' in contact_page
    coordinator = User.objects.get(email="koordination@dessau-rosslau.example")
    assert coordinator.roles.filter(kind=Role.Kind.COORDINATOR, municipality__slug="dessau-rosslau").exists()
    # Every town's pages in Leichte Sprache, the card's page with the town's rules.
    for slug in counts:
        assert client.get(f"/{slug}/leichte-sprache/barrierefreiheit/").status_code == 200
    card = client.get("/dessau-rosslau/leichte-sprache/ehrenamtskarte/").content.decode()
    assert "Sie sind mindestens 16 Jahre alt." in card
    assert "mindestens 200 Stunden" in card


def test_load_demo_prints_the_site_url_and_rejects_a_bad_day(demo):
    assert demo.out.rstrip().endswith(f"{settings.SITE_URL}/dessau-rosslau/ once the server runs.")
    assert demo.err == "" and "warning" not in demo.out.lower()
    with pytest.raises(Exception, match="--today"):
        call_command("load_demo", today="15.01.2026", stdout=io.StringIO())


def test_loading_twice_changes_nothing(demo):
    assert_unchanged(demo, Organisation, User, Role)


# --- One search --------------------------------------------------------------------------------


def test_the_demo_finds_dance_everywhere(demo):
    groups = counts(search_everything(Municipality.objects.get(slug="dessau-rosslau"), "Tanz"))
    assert groups["organisations"] >= 2 and groups["events"] >= 1 and groups["offers"] >= 1, groups
    assert counts(search_everything(Municipality.objects.get(slug="dessau-rosslau"), "Flüchtlinge"))["organisations"]


# --- Languages ---------------------------------------------------------------------------------


def test_every_translated_demo_text_names_something_the_demo_creates_and_every_language(demo):
    for name, texts in data.ORGANISATIONS.items():
        assert set(texts) == {"ar", "uk"}, name
        org = Organisation.objects.get(municipality__slug="dessau-rosslau", name=name)
        assert org.description_ar == texts["ar"] and org.description_en
    for title, texts in data.EVENTS.items():
        assert all(set(by_lang) == {"en", "ar", "uk"} for by_lang in texts.values()), title
        assert Event.objects.filter(title_de=title).exclude(title_uk="").exists(), title
    assert not Event.objects.filter(title_de__in=data.GENERATED_EVENT_TITLES, description_ar="").exists()
    for title, texts in data.OPPORTUNITIES.items():
        assert set(texts["title"]) == {"ar", "uk"}
        assert set(texts["description"]) == set(texts["tasks"]) == {"en", "ar", "uk"}
        opp = Opportunity.objects.get(title_de=title)
        assert opp.title_en and opp.title_uk == texts["title"]["uk"] and opp.tasks_ar == texts["tasks"]["ar"]


def test_the_arabic_demo_shows_arabic_texts_and_marks_what_is_still_german(demo, client):
    base = "/dessau-rosslau"
    one = Organisation.objects.get(name="One Community Projekt")
    html = page(client, one.get_absolute_url(), "ar")
    assert data.ORGANISATIONS["One Community Projekt"]["ar"] in html
    assert '<div lang="de"' not in html
    federal = Organisation.objects.get(name="Umweltbundesamt")
    assert '<div lang="de" dir="ltr">' in page(client, federal.get_absolute_url(), "ar")

    # Most of the first page of the calendar and of Mach mit! is in the reader's language.
    calendar = page(client, f"{base}/begegnungen/", "ar")
    events = calendar.count('class="result event')
    assert events >= 10 and calendar.count('<span lang="de" dir="ltr">') < events / 2
    offers = page(client, f"{base}/mach-mit/", "uk")
    shown = offers.count('<li class="result">')
    assert shown >= 10 and offers.count('<span lang="de">') < shown / 2


# --- Portal pictures and names -----------------------------------------------------------------


def test_demo_portal_has_pictures_in_each_sites_collection_and_loads_them_once(demo, client):
    homes = [*TownHomePage.objects.all(), *NetworkHomePage.objects.all()]
    assert len(homes) == Municipality.objects.count() + 1
    for home in homes:
        header = _header(home)
        assert header is not None, home.title
        assert header.collection_id == home.collection_id
        assert header.alt.startswith("Illustration: ") and home.title in header.alt
        assert header.has_focal_point() and images.is_demo(header.file.name)
        assert (header.width, header.height) == images.HEADER_SIZE
    dessau = TownHomePage.objects.get(town__slug="dessau-rosslau")
    news = NewsPage.objects.descendant_of(dessau).select_related("image")
    illustrated = [page for page in news if page.image]
    assert len(illustrated) >= 8 and len(illustrated) < len(news)  # a good share, not every item
    assert {page.image.collection_id for page in illustrated} == {dessau.collection_id}
    decorative = [page.image for page in illustrated if page.image.marked_decorative]
    assert len(decorative) == 1 and decorative[0].alt == ""  # marked decorative, as an editor may
    described = [page for page in illustrated if not page.image.marked_decorative]
    assert all(page.image.alt.startswith(f"Illustration zum Beitrag „{page.title}“: ") for page in described)
    # Other towns' editors see none of it: every image lies in one site's collection.
    collections = {home.collection_id for home in homes}
    assert set(PortalImage.objects.values_list("collection_id", flat=True)) <= collections

    # The public pages show responsive renditions with the alternative text.
    start = client.get("/dessau-rosslau/").content.decode()
    header = _header(dessau)
    assert "<picture" in start and f'alt="{header.alt}"' in start
    assert re.search(r'srcset="[^"]*images/[^"]*\.webp', start)
    page = max(described, key=lambda page: page.date)
    html = client.get(page.url).content.decode()
    assert f'alt="{page.image.alt}"' in html and "width-800" in html
    assert f'alt="{page.image.alt}"' in client.get(page.get_parent().url).content.decode()

    # The people who edit and coordinate have names (Wagtail's admin shows them).
    coordinator = User.objects.get(email="koordination@dessau-rosslau.example")
    assert coordinator.get_full_name() == "Sabine Hellwig"
    assert User.objects.get(email="redaktion@dessau-rosslau.example").get_full_name() == "Lea Sommerfeld"
    assert User.objects.get(email="koordination@bitterfeld-wolfen.example").first_name == "Anett"

    assert sorted(PortalImage.objects.values_list("pk", "file")) == demo.images
    assert _header(TownHomePage.objects.get(pk=dessau.pk)).pk == header.pk


# --- Ehrenamtskarte ----------------------------------------------------------------------------


def test_demo_data_of_the_card_is_complete_and_idempotent(demo):
    dessau = Municipality.objects.get(slug="dessau-rosslau")
    assert set(CardRules.objects.values_list("municipality__slug", flat=True)) == {
        "dessau-rosslau",
        "bitterfeld-wolfen",
    }
    assert SigningKey.objects.filter(active=True).count() == 2
    assert AcceptancePartner.objects.filter(municipality=dessau, status="approved").count() == 6
    card = Card.objects.get(status="active")
    revoked = Card.objects.get(status="revoked")  # the holder moved away
    assert revoked.revoked_reason and not revoked.holder.cards.filter(status="active").exists()
    assert CardApplication.objects.get(status="rejected").decision_reason
    assert card.holder.email == "freiwillige@dessau-rosslau.example" and card.short_name == "Marie S."
    assert verify_text(municipality=dessau, text=card_services.qr_text(card)).status == "valid"
    pending = CardApplication.objects.get(status="submitted")
    assert pending.applicant.email == "antrag@dessau-rosslau.example"
    museum = AcceptancePartner.objects.get(name="Museum für Naturkunde und Vorgeschichte")
    assert museum.users.filter(email="partner@dessau-rosslau.example").exists()


# --- Begegnungen -------------------------------------------------------------------------------


def test_demo_events_load_twice_without_duplicates(demo):
    assert_unchanged(demo, Event, Venue, Registration)
    munis = {m.slug: m for m in Municipality.objects.all()}
    assert all(Event.objects.filter(municipality=m).count() > 10 for m in munis.values())
    gala = Event.objects.get(title_de="Inklusive Tanzgala für drei Seniorenheime")
    assert gala.venue.name == "Aula des Liborius-Gymnasiums" and gala.venue.wheelchair
    assert gala.organisations.count() == 4
    assert Registration.objects.filter(status="waiting").exists()
    dessau = munis["dessau-rosslau"]
    found = search_events(
        municipalities=[dessau],
        filters=EventFilters(query="Walzer", date_from=timezone.localdate() - dt.timedelta(days=60)),
    )
    assert {e.title for e in found} >= {
        "Filmpremiere „Noch einmal Walzer“",
        "„Noch einmal Walzer“ – Filmvorführung mit Gespräch",
    }


# --- Mach mit! ---------------------------------------------------------------------------------


def test_demo_volunteering_is_plausible_and_idempotent(demo):
    dessau = Municipality.objects.get(slug="dessau-rosslau")
    titles = set(Opportunity.objects.filter(municipality=dessau).values_list("title_de", flat=True))
    assert {"Lesepat*in zum Vorlesetag", "Begleitung im Seniorenheim", "Tanzprojekt-Helfer*in"} <= titles
    found = search_opportunities(municipality=dessau, filters=OpportunityFilters(query="Senioren"))
    assert "Begleitung im Seniorenheim" in [o.title_de for o in found]
    assert_unchanged(demo, HourEntry, Opportunity)

    # The demo volunteer: 200 h or more in each of the last two full years, engaged for over three years.
    user = User.objects.get(email="freiwillige@dessau-rosslau.example")
    totals = volunteer_totals(user=user, municipality=dessau)
    year = timezone.localdate().year
    assert all(totals.by_year[y] >= Decimal("200") for y in (year - 1, year - 2))
    assert min(totals.by_year) <= year - 3
    assert HourEntry.objects.filter(volunteer=user, status="logged").exists()  # for the organisation to confirm


# --- Newsletter --------------------------------------------------------------------------------


def test_the_demo_has_both_newsletters_every_state_and_loads_twice_unchanged(demo, client):
    town = Newsletter.objects.get(municipality__slug="dessau-rosslau")
    network = Newsletter.objects.get(network__slug="anhalt")
    assert list(town.topics.values_list("name", flat=True)) == [
        "Engagement & Ehrenamt",
        "Integration",
        "Veranstaltungen",
    ]
    assert {s.status for s in town.subscribers.all()} == {"confirmed", "pending"}
    assert network.subscribers.filter(status="confirmed").values("town").distinct().count() == 4
    assert set(Issue.objects.values_list("status", flat=True)) == {"draft", "sent"}
    sent = Issue.objects.get(status="sent")
    assert set(sent.deliveries.values_list("status", flat=True)) == {"sent", "failed"}
    assert sent.deliveries.filter(subscriber=None).exists()
    assert Issue.objects.get(status="draft").items.filter(source="events").count() == 2
    assert_unchanged(demo, Subscriber, Issue, Delivery)
    # The pages show it: the sign-up page, and the coordinator's overview.
    page = client.get("/dessau-rosslau/newsletter/").content.decode()
    assert "Engagiert in Dessau-Roßlau" in page and "Netzwerkbrief (Regionalnetzwerk Anhalt)" in page
    assert client.login(username="koordination@dessau-rosslau.example", password="engagiert-demo")
    page = client.get("/dessau-rosslau/newsletter/verwalten/").content.decode()
    assert "10 bestätigte Abonnent*innen" in page and "Advent im Quartier Am Leipziger Tor" in page


# --- Glücksbringer -----------------------------------------------------------------------------


def test_demo_campaigns_and_every_state(demo, client):
    archive = Campaign.objects.get(slug="gluecksbringer-2023")
    assert archive.starts_on.isoformat() == "2023-06-19" and archive.network.name == "Regionalnetzwerk Anhalt"
    towns = set(nomination_selectors.gallery(campaign=archive).values_list("municipality__slug", flat=True))
    assert towns == {"dessau-rosslau", "bitterfeld-wolfen", "graefenhainichen", "lutherstadt-wittenberg"}
    current = Campaign.objects.get(slug="gluecksbringer-aktuell")
    assert current.is_open(timezone.localdate())
    assert set(Nomination.objects.values_list("status", flat=True)) == set(Nomination.Status.values)
    ended = Nomination.objects.filter(status__in=Nomination.ENDED)
    assert not ended.exclude(nominee_name="").exists() and not ended.filter(nominators__isnull=False).exists()
    assert all(p.photo_alt for p in Portrait.objects.all())
    assert (
        client.get("/bitterfeld-wolfen/gluecksbringer/kampagnen/gluecksbringer-aktuell/vorschlagen/").status_code == 200
    )
    assert client.get("/dessau-rosslau/gluecksbringer/netzwerk/").status_code == 302
    # The daily run leaves the demo as it is (nothing due, retention does not apply).
    before = sorted(Nomination.objects.values_list("status", flat=True))
    call_command("run_nominations_daily", "--now", stdout=io.StringIO())
    assert sorted(Nomination.objects.values_list("status", flat=True)) == before
    assert_unchanged(demo, Nomination, Portrait)


# --- Selbstcheck -------------------------------------------------------------------------------


def test_demo_has_a_round_published_last_year_a_half_answered_current_round_and_milestones(demo):
    year = timezone.localdate().year
    assert_unchanged(demo, Round, Respondent, Answer, Measure)
    r2024 = Round.objects.get(title=f"Selbstcheck {year - 1}")
    assert r2024.status == "published" and r2024.respondents.filter(submitted_at__isnull=False).count() == 25
    report = evaluate(r2024)
    scores = [r.score for r in report.fields]
    assert all(s is not None and 10 < s < 90 for s in scores)
    assert len(set(r.light for r in report.fields)) >= 2  # a plausible mix, not all alike
    assert len(report.departments) >= 4
    r2026 = Round.objects.get(title=f"Selbstcheck {year}")
    submitted = r2026.respondents.filter(submitted_at__isnull=False).count()
    assert r2026.status == "open" and 0.4 <= submitted / r2026.respondents.count() <= 0.6
    assert [s.round.title for s in evaluate(r2026).history] == [f"Selbstcheck {year - 1}", f"Selbstcheck {year}"]
    assert Measure.objects.filter(public=True, title__startswith="Auftaktveranstaltung").exists()


# --- Partnerschaft für Demokratie --------------------------------------------------------------


def test_demo_states_and_the_newcomers_walk(demo):
    applications = Application.objects.filter(municipality__slug="dessau-rosslau")
    states = set(applications.values_list("status", flat=True))
    assert states == set(Application.Status.values)
    assert len({a.fund.year for a in applications.select_related("fund")}) == 2
    assert Report.objects.filter(status="submitted").exists() and Report.objects.filter(status="accepted").exists()
    committee = applications.first().fund.partnership.committees.get(kind="committee")
    civil, total, majority = funding_selectors.civil_society_majority(committee)
    assert majority and civil == 6 and total == 10

    dance = applications.get(title__startswith="Tanzworkshop-Reihe")
    assert dance.total_cost == Decimal("4800.00") and dance.status == "submitted"
    assert funding_services.plan_problems(dance) == []
    applicant = User.objects.get(email="redaktion@one-community.example")
    coordination = User.objects.get(email="fachstelle-pfd@dessau-rosslau.example")
    lead = User.objects.get(email="amt-pfd@dessau-rosslau.example")
    funding_services.request_changes(
        application=dance, by=coordination, text="Bitte laden Sie ein Angebot für die Musikanlage hoch."
    )
    funding_services.answer_change(change=dance.change_requests.get(), by=applicant, answer="Angebot ist hochgeladen.")
    funding_services.submit(application=dance, by=applicant)
    meeting = committee.meetings.filter(closed=False).get()
    funding_services.put_on_agenda(application=dance, meeting=meeting, by=coordination)
    lange = Membership.objects.get(committee=committee, name="Miriam Lange")
    assert dance.conflicts.get().member == lange  # she edits One Community Projekt's entry
    voting = committee.members.filter(voting=True).exclude(pk=lange.pk)
    funding_services.record_votes(application=dance, votes={m.pk: "yes" for m in voting}, by=coordination)
    funding_services.conclude(application=dance, by=coordination, amount=Decimal("4500"))
    funding_services.decide_grant(application=dance, by=lead, approve=True, amount=Decimal("4500"))
    dance.refresh_from_db()
    payment = funding_services.request_payment(grant=dance.grant, by=applicant, amount=Decimal("4500"))
    funding_services.mark_paid(payment=payment, by=lead, paid_on=timezone.localdate())
    report = funding_services.report_for(dance)
    funding_services.save_report(
        report=report,
        by=applicant,
        data={"narrative": "Sechs Workshops, 38 Tänzerinnen und Tänzer.", "participants_18_27": 38},
        actuals={line.pk: line.total for line in dance.cost_lines.all()},
    )
    funding_services.add_receipt(
        report=report,
        by=applicant,
        data={
            "date": timezone.localdate(),
            "payee": "Tanzpädagogin",
            "purpose": "Honorar",
            "amount": Decimal("4500"),
            "file": pdf(),
        },
    )
    funding_services.submit_report(report=report, by=applicant)
    funding_services.accept_report(report=report, by=coordination)
    dance.refresh_from_db()
    assert dance.status == "closed"
    assert dance in funding_selectors.funded_projects(dance.municipality)


# --- Privacy centre ----------------------------------------------------------------------------


def test_the_demo_volunteer_has_data_in_every_app_and_consents_to_withdraw(demo, client):
    user = User.objects.get(email="freiwillige@dessau-rosslau.example")
    apps = {found.handler.key for found in privacy_centre.holdings(user)}
    assert {"core", "directory", "events", "volunteering", "card"} <= apps
    consents = {c.provider.key for c in privacy_centre.consents(user)}
    assert {"events.needs", "volunteering.contact", "directory.contact"} <= consents
    assert user.event_registrations.count() == 2
    client.force_login(user)
    html = client.get("/dessau-rosslau/mein-bereich/datenschutz/").content.decode()
    assert "Einwilligung widerrufen" in html and "freiwillige@dessau-rosslau.example" in html
