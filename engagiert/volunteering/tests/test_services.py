"""Rules of Mach mit!: suggestions, interest, shifts, hours, certificate, staleness, privacy."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from pypdf import PdfReader

from engagiert.core.models import Role
from engagiert.testing import make_org, make_user
from engagiert.volunteering import matching, selectors, services
from engagiert.volunteering.models import Certificate, HourEntry, Interest, Opportunity
from engagiert.volunteering.services import VolunteeringError

from .factories import SATURDAY_MORNING, TUESDAY_AFTERNOON, accept, make_opportunity, make_profile, make_shift

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


@pytest.fixture
def volunteer(dessau):
    return make_user("lotte@example.org")


@pytest.fixture
def rosslau(dessau):
    return dessau.districts.get(slug="rosslau")


# --- Suggestions ------------------------------------------------------------------------


def test_suggestions_rank_by_fit_and_say_why(dessau, org, volunteer, rosslau):
    best = make_opportunity(
        org, "Begleitung im Seniorenheim", topics=("Seniorenarbeit",), availability=TUESDAY_AFTERNOON, district=rosslau
    )
    weaker = make_opportunity(org, "Spielenachmittag", topics=("Seniorenarbeit",))
    make_opportunity(org, "Klimaschutz-AG", topics=("Klimaschutz",), availability=SATURDAY_MORNING)
    profile = make_profile(
        volunteer, dessau, topics=("Seniorenarbeit",), availability=TUESDAY_AFTERNOON, district=rosslau
    )
    result = matching.suggestions_for(profile)
    assert [s.item for s in result] == [best, weaker]
    assert result[0].because == "Seniorenarbeit, dienstags nachmittags, in Roßlau"
    assert result[1].because == "Seniorenarbeit"


def test_age_limit_is_a_hard_filter(dessau, org, volunteer):
    make_opportunity(org, "Nachtcafé", topics=("Integration",), minimum_age=18)
    young = make_profile(volunteer, dessau, topics=("Integration",), birth_year=TODAY().year - 15)
    assert matching.suggestions_for(young) == []
    unknown = make_profile(make_user("x@example.org"), dessau, topics=("Integration",), birth_year=None)
    assert matching.suggestions_for(unknown) == []
    adult = make_profile(make_user("y@example.org"), dessau, topics=("Integration",), birth_year=1990)
    assert len(matching.suggestions_for(adult)) == 1


def test_suggestions_hide_stale_and_other_municipalities(dessau, wittenberg, org, other_org, volunteer):
    make_opportunity(other_org, "Tanz in Wittenberg", topics=("Kultur",))
    stale = make_opportunity(org, "Alt", topics=("Kultur",))
    Opportunity.objects.filter(pk=stale.pk).update(confirmed_current_at=timezone.now() - datetime.timedelta(days=130))
    profile = make_profile(volunteer, dessau, topics=("Kultur",))
    assert matching.suggestions_for(profile) == []


@pytest.mark.parametrize("count", [1, 30])
def test_suggestions_take_a_fixed_number_of_queries(dessau, org, volunteer, rosslau, count, django_assert_num_queries):
    for n in range(count):
        make_opportunity(org, f"Angebot {n}", topics=("Kultur", "Bildung"), skills=("Vorlesen",), district=rosslau)
    profile = make_profile(volunteer, dessau, topics=("Kultur",), skills=("Vorlesen",), availability=TUESDAY_AFTERNOON)
    profile = selectors.profile_for(user=volunteer, municipality=dessau)
    with django_assert_num_queries(3):  # candidates, their topics, their skills
        result = matching.suggestions_for(profile)
    assert len(result) == min(count, 20)
    profile = make_profile(volunteer, dessau, topics=("Kultur",), skills=("Vorlesen",), district=rosslau)
    profile = selectors.profile_for(user=volunteer, municipality=dessau)
    with django_assert_num_queries(4):  # and the districts, for distances
        result = matching.suggestions_for(profile)
    assert len(result) == min(count, 20) and result[0].reasons[-1] == "in Roßlau"


def test_ranking_in_the_database_equals_scoring_every_opportunity(dessau, org, volunteer):
    """The database ranks by the same points as matching.score: compared with scoring every
    visible opportunity in Python, on varied data (topics, skills, slots, places, remote,
    languages, age limits)."""
    import random

    from engagiert.core.models import District

    rng = random.Random(4)
    far = District.objects.create(
        municipality=dessau, name="Kochstedt", slug="kochstedt", latitude=51.80, longitude=12.2
    )
    near = District.objects.create(municipality=dessau, name="Ziebigk", slug="ziebigk", latitude=51.84, longitude=12.22)
    home = District.objects.create(municipality=dessau, name="Nord", slug="nord", latitude=51.85, longitude=12.23)
    topics, skills = ["Kultur", "Bildung", "Sport", "Integration"], ["Vorlesen", "Kochen", "Fahren"]
    for n in range(60):
        make_opportunity(
            org,
            f"Angebot {rng.choice('ABC')}{n:02d}",
            topics=rng.sample(topics, rng.randint(0, 2)),
            skills=rng.sample(skills, rng.randint(0, 2)),
            availability=rng.getrandbits(21) & rng.getrandbits(21) & rng.getrandbits(21),
            district=rng.choice([None, far, near, home]),
            remote=rng.random() < 0.2,
            languages=rng.choice(["", "de", "de, ar", "AR", "de,uk", "en"]),
            minimum_age=rng.choice([0, 0, 16, 18]),
        )
    for n, languages in enumerate(["de", "de, ar", "uk, en"]):
        profile = make_profile(
            make_user(f"p{n}@example.org"),
            dessau,
            topics=rng.sample(topics, 2),
            skills=rng.sample(skills, 1),
            availability=rng.getrandbits(21),
            district=home,
            travel_km=5,
            languages=languages,
            birth_year=rng.choice([1980, TODAY().year - 17]),
        )
        profile = selectors.profile_for(user=profile.user, municipality=dessau)
        everything = [matching.score(profile, opp) for opp in selectors.visible(municipality=dessau)]
        expected = sorted(
            (s for s in everything if s.score > 0 and s.item.minimum_age <= TODAY().year - profile.birth_year),
            key=lambda s: (-s.score, s.item.title),
        )[:10]
        got = matching.suggestions_for(profile, limit=10)
        assert [(s.item.pk, s.score, s.reasons) for s in got] == [(s.item.pk, s.score, s.reasons) for s in expected]
        assert len(got) == 10


def test_organisations_see_only_volunteers_who_allowed_contact(dessau, org, volunteer):
    opp = make_opportunity(org, "Sprachcafé", topics=("Integration",))
    make_profile(volunteer, dessau, topics=("Integration",), allow_contact=True)
    make_profile(make_user("still@example.org"), dessau, topics=("Integration",), allow_contact=False)
    found = matching.volunteers_for(opp)
    assert [s.item.user for s in found] == [volunteer]
    assert found[0].because == "Integration"


def test_invitation_reaches_only_those_who_allowed_contact(dessau, org, editor, volunteer):
    opp = make_opportunity(org, "Sprachcafé", topics=("Integration",))
    open_profile = make_profile(volunteer, dessau, topics=("Integration",), allow_contact=True)
    closed = make_profile(make_user("still@example.org"), dessau, topics=("Integration",), allow_contact=False)
    mail.outbox.clear()
    services.invite(opportunity=opp, profile=open_profile, by=editor)
    assert mail.outbox[-1].to == [volunteer.email] and "One Community Projekt" in mail.outbox[-1].body
    assert matching.volunteers_for(opp) == []  # invited once, not suggested again
    with pytest.raises(VolunteeringError, match="bereits eingeladen"):
        services.invite(opportunity=opp, profile=open_profile, by=editor)
    with pytest.raises(VolunteeringError, match="nicht angesprochen"):
        services.invite(opportunity=opp, profile=closed, by=editor)
    assert len(mail.outbox) == 1


def test_profile_makes_the_person_a_volunteer(dessau, volunteer):
    make_profile(volunteer, dessau)
    assert Role.objects.filter(user=volunteer, municipality=dessau, kind=Role.Kind.VOLUNTEER).exists()


# --- Interest -------------------------------------------------------------------------------


def test_interest_and_decision_inform_both_sides(dessau, org, editor, volunteer):
    opp = make_opportunity(org, "Lesepat*in zum Vorlesetag")
    interest = services.express_interest(user=volunteer, opportunity=opp, message="Ich lese gern vor.")
    assert mail.outbox[-1].to == [editor.email]
    assert interest.messages.get().body == "Ich lese gern vor."
    with pytest.raises(VolunteeringError, match="bereits Interesse"):
        services.express_interest(user=volunteer, opportunity=opp, message="")
    mail.outbox.clear()
    services.decide_interest(interest=interest, accept=True, by=editor)
    assert {m.to[0] for m in mail.outbox} == {volunteer.email, editor.email}
    with pytest.raises(VolunteeringError, match="bereits entschieden"):
        services.decide_interest(interest=interest, accept=False, by=editor)


def test_e_mails_go_out_in_the_language_of_their_recipient(dessau, org, editor, volunteer):
    """A volunteer who uses the site in Arabic gets Arabic e-mails; the organisation, whose
    language is not stored, German ones, whatever language the sender's request had."""
    from django.utils import translation

    opp = make_opportunity(org, "Sprachcafé", title_ar="مقهى اللغة")
    make_profile(volunteer, dessau, language="uk")
    mail.outbox.clear()
    with translation.override("ar"):
        interest = services.express_interest(user=volunteer, opportunity=opp, message="", language="ar")
    assert interest.language == "ar"
    assert volunteer.volunteer_profiles.get().language == "ar"  # the language last used
    with translation.override("de"):
        services.decide_interest(interest=interest, accept=True, by=editor)
        services.send_message(interest=interest, sender=editor, body="Willkommen!", from_organisation=True)
        services.send_message(interest=interest, sender=volunteer, body="شكرا", from_organisation=False)
    sent = [(m.to[0], m.extra_headers["Content-Language"], m.subject) for m in mail.outbox]
    assert [(to, lang) for to, lang, _subject in sent] == [
        (editor.email, "de"),  # new interest
        (volunteer.email, "ar"),  # accepted
        (editor.email, "de"),  # decision saved
        (volunteer.email, "ar"),  # message from the organisation
        (editor.email, "de"),  # message from the volunteer
    ]
    with translation.override("ar"):
        expected = translation.gettext("Sie sind dabei: „%(title)s“") % {"title": "مقهى اللغة"}
    assert sent[1][2] == expected
    assert sent[0][2] == "Neues Interesse an „Sprachcafé“"


def test_invitation_is_written_in_the_profiles_language(dessau, org, editor, volunteer):
    opp = make_opportunity(org, "Sprachcafé")
    profile = make_profile(volunteer, dessau, allow_contact=True, language="ar")
    mail.outbox.clear()
    services.invite(opportunity=opp, profile=profile, by=editor)
    assert [m.extra_headers["Content-Language"] for m in mail.outbox] == ["ar"]


def test_under_age_interest_is_refused(dessau, org, volunteer):
    opp = make_opportunity(org, "Nachtcafé", minimum_age=18)
    make_profile(volunteer, dessau, birth_year=TODAY().year - 14)
    with pytest.raises(VolunteeringError, match="mindestens 18 Jahre"):
        services.express_interest(user=volunteer, opportunity=opp, message="")
    assert not Interest.objects.exists()


# --- Shifts -------------------------------------------------------------------------------


def test_overlapping_shifts_are_refused(dessau, org, volunteer):
    cafe = make_opportunity(org, "Sprachcafé")
    dance = make_opportunity(org, "Tanzprojekt-Helfer*in")
    make_profile(volunteer, dessau)
    services.sign_up_for_shift(user=volunteer, shift=make_shift(cafe, hour=10, hours=2))
    with pytest.raises(VolunteeringError, match="schon eine Schicht"):
        services.sign_up_for_shift(user=volunteer, shift=make_shift(dance, hour=11, hours=2))
    services.sign_up_for_shift(user=volunteer, shift=make_shift(dance, hour=12, hours=1))  # touching is fine


def test_full_shifts_are_not_offered_nor_taken(dessau, org, volunteer):
    cafe = make_opportunity(org, "Sprachcafé")
    shift = make_shift(cafe, slots=1)
    services.sign_up_for_shift(user=make_user("erste@example.org"), shift=shift)
    assert selectors.open_shifts(opportunity=cafe) == []
    with pytest.raises(VolunteeringError, match="voll"):
        services.sign_up_for_shift(user=volunteer, shift=shift)


def test_under_age_shift_signup_is_refused(dessau, org, volunteer):
    cafe = make_opportunity(org, "Nachtcafé", minimum_age=16)
    make_profile(volunteer, dessau, birth_year=TODAY().year - 12)
    with pytest.raises(VolunteeringError, match="mindestens 16"):
        services.sign_up_for_shift(user=volunteer, shift=make_shift(cafe))


# --- Hours --------------------------------------------------------------------------------


@pytest.fixture
def joined(dessau, org, volunteer):
    opp = make_opportunity(org, "Begleitung im Seniorenheim")
    accept(volunteer, opp, days_ago=10)
    return opp


@pytest.mark.parametrize(
    ("hours", "message"),
    [(Decimal("-2"), "positive"), (Decimal("0"), "positive"), (Decimal("25"), "höchstens 24")],
)
def test_absurd_hours_are_refused(joined, volunteer, hours, message):
    with pytest.raises(VolunteeringError, match=message):
        services.log_hours(volunteer=volunteer, opportunity=joined, date=TODAY(), hours=hours)
    assert not HourEntry.objects.exists()


def test_more_than_24_hours_a_day_are_refused(dessau, org, joined, volunteer):
    other = make_opportunity(org, "Sprachcafé")
    accept(volunteer, other, days_ago=10)
    services.log_hours(volunteer=volunteer, opportunity=joined, date=TODAY(), hours=Decimal("20"))
    with pytest.raises(VolunteeringError, match="schon 20 Stunden"):
        services.log_hours(volunteer=volunteer, opportunity=other, date=TODAY(), hours=Decimal("5"))
    services.log_hours(volunteer=volunteer, opportunity=other, date=TODAY(), hours=Decimal("4"))


def test_hours_before_joining_or_without_joining_are_refused(dessau, org, joined, volunteer):
    with pytest.raises(VolunteeringError, match="vor dem Beginn"):
        services.log_hours(
            volunteer=volunteer, opportunity=joined, date=TODAY() - datetime.timedelta(days=30), hours=Decimal("2")
        )
    stranger = make_opportunity(org, "Klimaschutz-AG")
    with pytest.raises(VolunteeringError, match="noch nicht dabei"):
        services.log_hours(volunteer=volunteer, opportunity=stranger, date=TODAY(), hours=Decimal("2"))
    with pytest.raises(VolunteeringError, match="Zukunft"):
        services.log_hours(
            volunteer=volunteer, opportunity=joined, date=TODAY() + datetime.timedelta(days=1), hours=Decimal("2")
        )


def test_confirmed_hours_cannot_be_deleted_only_corrected(joined, volunteer, editor):
    entry = services.log_hours(volunteer=volunteer, opportunity=joined, date=TODAY(), hours=Decimal("3"))
    services.decide_hours(entry=entry, confirm=True, by=editor)
    with pytest.raises(VolunteeringError, match="nicht gelöscht"):
        services.withdraw_hours(entry=entry, user=volunteer)
    with pytest.raises(VolunteeringError, match="begründen"):
        services.correct_hours(entry=entry, date=entry.date, hours=Decimal("2"), reason=" ", by=editor)
    services.correct_hours(entry=entry, date=entry.date, hours=Decimal("2.5"), reason="Pause abgezogen", by=editor)
    entry.refresh_from_db()
    assert entry.hours == Decimal("2.5") and entry.status == HourEntry.Status.CONFIRMED
    history = list(entry.corrections.values_list("old_hours", "new_hours", "reason"))
    assert history == [(Decimal("3"), Decimal("2.5"), "Pause abgezogen")]


def test_group_hours_are_all_or_nothing(dessau, org, joined, volunteer, editor):
    newcomer = make_user("neu@example.org")
    accept(newcomer, joined, days_ago=1)
    with pytest.raises(VolunteeringError, match="vor dem Beginn"):
        services.log_group_hours(
            opportunity=joined,
            volunteers=[volunteer, newcomer],
            date=TODAY() - datetime.timedelta(days=5),
            hours=Decimal("2"),
            note="Sommerfest",
            by=editor,
        )
    assert not HourEntry.objects.exists()
    entries = services.log_group_hours(
        opportunity=joined,
        volunteers=[volunteer, newcomer],
        date=TODAY(),
        hours=Decimal("2"),
        note="Sommerfest",
        by=editor,
    )
    assert {e.status for e in entries} == {HourEntry.Status.CONFIRMED}


def test_yearly_totals_and_card_contract(dessau, org, volunteer, django_assert_num_queries):
    opp = make_opportunity(org, "Begleitung im Seniorenheim")
    accept(volunteer, opp, days_ago=800)
    other_org = make_org(dessau, "AWO Kreisverband Dessau e.V.")
    other = make_opportunity(other_org, "Sprachcafé")
    accept(volunteer, other, days_ago=800)
    today = TODAY()
    for days, hours, target in [(700, "4", opp), (400, "3.5", opp), (10, "2", opp), (5, "1", other)]:
        entry = services.log_hours(
            volunteer=volunteer, opportunity=target, date=today - datetime.timedelta(days=days), hours=Decimal(hours)
        )
        services.decide_hours(entry=entry, confirm=True, by=None)
    services.log_hours(volunteer=volunteer, opportunity=opp, date=today, hours=Decimal("9"))  # not confirmed
    with django_assert_num_queries(1):
        activities = selectors.confirmed_hours_for_card(user=volunteer, municipality=dessau)
    by_org = {a.organisation_name: a for a in activities}
    assert set(by_org) == {"One Community Projekt", "AWO Kreisverband Dessau e.V."}
    one = by_org["One Community Projekt"]
    assert one.organisation_id == org.pk
    assert one.first_date == today - datetime.timedelta(days=700)
    assert one.last_date == today - datetime.timedelta(days=10)
    assert sum(one.hours_by_year.values()) == Decimal("9.5")
    assert all(isinstance(y, int) and isinstance(h, Decimal) for y, h in one.hours_by_year.items())
    totals = selectors.volunteer_totals(user=volunteer, municipality=dessau)
    assert totals.total == Decimal("10.5")
    org_totals, people = selectors.organisation_totals(organisation=org)
    assert org_totals.total == Decimal("9.5") and people[0]["total"] == Decimal("9.5")
    with pytest.raises(AttributeError):
        one.organisation_name = "x"  # frozen


# --- Certificate ----------------------------------------------------------------------------


def test_certificate_lists_confirmed_hours_and_verifies(client, dessau, joined, volunteer):
    entry = services.log_hours(volunteer=volunteer, opportunity=joined, date=TODAY(), hours=Decimal("3"))
    with pytest.raises(VolunteeringError, match="bestätigte Stunden"):
        services.issue_certificate(user=volunteer, municipality=dessau)
    services.decide_hours(entry=entry, confirm=True, by=None)
    cert = services.issue_certificate(user=volunteer, municipality=dessau)
    assert cert.content["total_hours"] == "3.00"
    assert cert.content["rows"][0]["activity"] == "Begleitung im Seniorenheim"
    page = client.get(f"/dessau-rosslau/mach-mit/nachweis/{cert.code}/")
    assert page.status_code == 200 and "Echt:" in page.content.decode()
    forged = client.get("/dessau-rosslau/mach-mit/nachweis/DEADBEEF00000000/")
    assert forged.status_code == 404 and "Nicht gefunden oder ungültig" in forged.content.decode()
    Certificate.objects.filter(pk=cert.pk).update(content={**cert.content, "total_hours": "300.00"})
    tampered = client.get(f"/dessau-rosslau/mach-mit/nachweis/{cert.code}/")
    assert tampered.status_code == 404


def test_certificate_pdf_is_for_its_holder_only(client, dessau, joined, volunteer):
    entry = services.log_hours(volunteer=volunteer, opportunity=joined, date=TODAY(), hours=Decimal("3"))
    services.decide_hours(entry=entry, confirm=True, by=None)
    cert = services.issue_certificate(user=volunteer, municipality=dessau)
    url = f"/dessau-rosslau/mach-mit/mein-engagement/nachweis/{cert.code}.pdf"
    client.force_login(volunteer)
    response = client.get(url)
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
    document = PdfReader(io.BytesIO(response.content))  # tagged PDF/UA-1 through core.pdf
    assert (
        "/StructTreeRoot" in document.trailer["/Root"] and document.metadata.title == f"Ehrenamtsnachweis {cert.code}"
    )
    client.force_login(make_user("fremd@example.org"))
    assert client.get(url).status_code == 404


# --- Staleness ------------------------------------------------------------------------------


def test_stale_opportunities_are_flagged_once_and_hidden_later(dessau, org, editor):
    opp = make_opportunity(org, "Klimaschutz-AG")
    fresh = make_opportunity(org, "Sprachcafé")
    Opportunity.objects.filter(pk=opp.pk).update(confirmed_current_at=timezone.now() - datetime.timedelta(days=95))
    mail.outbox.clear()
    call_command("flag_stale_opportunities")
    assert [m.to for m in mail.outbox] == [[editor.email]]
    assert "Klimaschutz-AG" in mail.outbox[0].subject
    call_command("flag_stale_opportunities", "--now")
    assert len(mail.outbox) == 1  # idempotent
    assert set(selectors.visible(municipality=dessau)) == {opp, fresh}
    Opportunity.objects.filter(pk=opp.pk).update(confirmed_current_at=timezone.now() - datetime.timedelta(days=125))
    assert set(selectors.visible(municipality=dessau)) == {fresh}
    opp.refresh_from_db()
    services.confirm_current(opportunity=opp)
    assert set(selectors.visible(municipality=dessau)) == {opp, fresh}
    assert services.flag_stale_opportunities() == 0


# --- Privacy ------------------------------------------------------------------------------


def test_export_and_deletion_keep_only_anonymous_totals(dessau, org, joined, volunteer, editor):
    make_profile(volunteer, dessau, topics=("Seniorenarbeit",))
    confirmed = services.log_hours(
        volunteer=volunteer, opportunity=joined, date=TODAY(), hours=Decimal("3"), note="mit Frau M."
    )
    services.decide_hours(entry=confirmed, confirm=True, by=editor)
    services.log_hours(
        volunteer=volunteer, opportunity=joined, date=TODAY() - datetime.timedelta(days=1), hours=Decimal("1")
    )
    services.issue_certificate(user=volunteer, municipality=dessau)
    data = selectors.personal_data(user=volunteer)
    assert data["account"]["email"] == volunteer.email
    assert data["profiles"][0]["topics"] == ["Seniorenarbeit"]
    assert len(data["hours"]) == 2 and len(data["certificates"]) == 1
    services.delete_account(user=volunteer)
    remaining = HourEntry.objects.get()
    assert remaining.volunteer is None and remaining.note == "" and remaining.hours == Decimal("3")
    totals, people = selectors.organisation_totals(organisation=org)
    assert totals.total == Decimal("3") and people == []
    assert not Certificate.objects.exists()


def test_export_view_downloads_json(client, dessau, volunteer):
    make_profile(volunteer, dessau)
    client.force_login(volunteer)
    response = client.get("/dessau-rosslau/mach-mit/mein-engagement/meine-daten.json")
    assert response.status_code == 200 and response.json()["account"]["email"] == volunteer.email


def test_delete_account_view_needs_confirmation(client, dessau, volunteer):
    client.force_login(volunteer)
    assert client.get("/dessau-rosslau/mach-mit/mein-engagement/konto-loeschen/").url == (
        "/dessau-rosslau/mein-bereich/datenschutz/konto-loeschen/"
    )
    url = "/dessau-rosslau/mein-bereich/datenschutz/konto-loeschen/"
    response = client.post(url, {})
    assert "Bitte bestätigen Sie die Löschung" in response.content.decode()
    response = client.post(url, {"confirm": "on"})
    assert response.status_code == 302
    from engagiert.core.models import User

    assert not User.objects.filter(pk=volunteer.pk).exists()
