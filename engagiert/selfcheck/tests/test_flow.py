"""The coordinator's and respondents' flow through the site, with the bad input of the issue."""

from __future__ import annotations

import io
import re

import pytest
from django.core import mail
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from engagiert.selfcheck import services
from engagiert.selfcheck.models import Answer, Question, Respondent, Round
from engagiert.selfcheck.tests.factories import answer_all, make_respondent, make_round

BASE = "/dessau-rosslau/selbstcheck"


def link_path(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


def field_questions(round: Round, order: int) -> list[Question]:
    return list(Question.objects.filter(field__catalogue=round.catalogue, field__order=order).order_by("order"))


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def test_coordinator_runs_a_round_from_invitation_to_report(coordinator_client, client, dessau, catalogue):
    c = coordinator_client
    response = c.post(
        f"{BASE}/koordination/",
        {"title": "Selbstcheck 2026", "catalogue": catalogue.pk, "red_below": 40, "green_from": 70},
    )
    round = Round.objects.get(municipality=dessau)
    assert response.status_code == 302 and round.status == "draft"
    people = [
        ("amt50@dessau.example", "Amt für Soziales und Integration"),
        ("personal@dessau.example", "Personalamt"),
        ("jugend@dessau.example", "Jugendamt"),
    ]
    for email, dept in people:
        assert (
            c.post(
                f"{BASE}/koordination/runde/{round.pk}/",
                {"email": email, "department": dept, "role": "Amtsleitung", "language": "de"},
            ).status_code
            == 302
        )
    assert mail.outbox == []  # invitations go out when the round opens
    c.post(f"{BASE}/koordination/runde/{round.pk}/aktion/oeffnen/")
    round.refresh_from_db()
    assert round.status == "open"
    assert sorted(m.to[0] for m in mail.outbox) == sorted(e for e, _d in people)
    links = {m.to[0]: link_path(m) for m in mail.outbox}
    assert all("/dessau-rosslau/selbstcheck/antworten/" in path for path in links.values())

    c.logout()
    for i, (email, _dept) in enumerate(people):
        path = links[email]
        page = client.get(path)
        assert page.status_code == 200 and "0 von 100" in page.content.decode()
        for order in range(1, 8):
            qs = field_questions(round, order)
            data = {f"q{q.pk}": str(2 + i) for q in qs}
            data[f"q{qs[0].pk}"] = "0"  # weiß nicht
            response = client.post(f"{path}feld/{order}/", {**data, "next": "1"})
            assert response.status_code == 302
        assert "100 von 100" in client.get(path).content.decode()
        assert client.post(f"{path}abschicken/").status_code == 302
    assert Respondent.objects.filter(round=round, submitted_at__isnull=False).count() == 3

    c.force_login(round.created_by)
    rates = c.get(f"{BASE}/koordination/runde/{round.pk}/").content.decode()
    assert "3 eingeladen, 3 begonnen, 3 abgeschickt" in rates
    c.post(f"{BASE}/koordination/runde/{round.pk}/aktion/schliessen/")
    round.refresh_from_db()
    assert round.status == "closed"
    report = c.get(f"{BASE}/koordination/runde/{round.pk}/bericht/").content.decode()
    assert 'role="img"' in report and '<title id="radar-title">' in report and "<desc" in report
    assert "Management und Steuerung" in report
    # mean of 2, 3, 4 on the scale = 3 -> 50 points in every field
    assert "50,0" in report or "50.0" in report
    pdf = c.get(f"{BASE}/koordination/runde/{round.pk}/bericht.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    document = PdfReader(io.BytesIO(pdf.content))  # tagged PDF/UA-1 through core.pdf
    assert "/StructTreeRoot" in document.trailer["/Root"] and document.metadata.title.startswith(round.title)
    c.post(f"{BASE}/koordination/runde/{round.pk}/aktion/veroeffentlichen/")
    round.refresh_from_db()
    assert round.status == "published"


def test_csv_export_is_anonymised(coordinator_client, dessau, catalogue):
    round = make_round(dessau, status="closed")
    for i in range(3):
        answer_all(make_respondent(round, f"p{i}@x.example", "Jugendamt")[0], lambda q: 4)
    answer_all(make_respondent(round, "einzeln@x.example", "Pressestelle")[0], lambda q: None)
    for i in range(3):  # a department name that a spreadsheet would run as a formula
        answer_all(make_respondent(round, f"f{i}@x.example", "=HYPERLINK(1)")[0], lambda q: 2, submit=False)
    body = coordinator_client.get(f"{BASE}/koordination/runde/{round.pk}/antworten.csv").content.decode()
    lines = body.strip().splitlines()
    assert len(lines) == 1 + 400
    departments = [line.split(";")[1] for line in lines[1:]]
    assert departments.count("Jugendamt") == 300
    assert departments.count("") == 100  # a department of fewer than three people is left out
    assert "@" not in body
    numbers = {line.split(";")[0] for line in lines[1:]}
    assert len(numbers) == 4 and not numbers & {str(r.pk) for r in Respondent.objects.all()} - {"1000"}
    assert "weiß nicht" in body
    assert "=HYPERLINK" not in body  # not submitted; and would be defused as '=HYPERLINK


def test_answers_outside_the_scale_are_rejected_and_nothing_is_saved(client, dessau, catalogue):
    round = make_round(dessau)
    respondent, token = make_respondent(round, "a@x.example")
    qs = field_questions(round, 1)
    response = client.post(f"{BASE}/antworten/{token}/feld/1/", {f"q{qs[0].pk}": "4", f"q{qs[1].pk}": "7"})
    assert response.status_code == 200
    assert "Bitte wählen Sie eine Antwort auf der Skala" in response.content.decode()
    assert (
        'value="4" checked' in response.content.decode().replace('checked value="4"', 'value="4" checked')
        or "checked" in response.content.decode()
    )
    assert not Answer.objects.exists()
    with pytest.raises(services.SelfcheckError):
        services.save_answers(respondent=respondent, answers={qs[0].pk: 3, qs[1].pk: 6})
    with pytest.raises(services.SelfcheckError):
        services.save_answers(respondent=respondent, answers={qs[0].pk: 0})
    assert not Answer.objects.exists()


def test_a_question_of_another_catalogue_is_rejected(dessau, catalogue):
    from engagiert.selfcheck.models import Catalogue, Field

    other = Catalogue.objects.create(version="alt", title="Alt", published=True)
    foreign_q = Question.objects.create(
        field=Field.objects.create(catalogue=other, order=1, slug="x", name="X", short_name="X"),
        order=1,
        subtopic="s",
        text="t",
    )
    respondent, _token = make_respondent(make_round(dessau, cat=catalogue), "a@x.example")
    with pytest.raises(services.SelfcheckError):
        services.save_answers(respondent=respondent, answers={foreign_q.pk: 3})
    assert not Answer.objects.exists()


def test_skipped_questions_stay_unanswered_and_dont_know_is_stored_as_null(client, dessau, catalogue):
    round = make_round(dessau)
    respondent, token = make_respondent(round, "a@x.example")
    qs = field_questions(round, 2)
    client.post(f"{BASE}/antworten/{token}/feld/2/", {f"q{qs[0].pk}": "5", f"q{qs[1].pk}": "0"})
    assert dict(respondent.answers.values_list("question_id", "value")) == {qs[0].pk: 5, qs[1].pk: None}
    page = client.get(f"{BASE}/antworten/{token}/").content.decode()
    assert "2 von 100" in page and "2 von 14" in page


def test_a_submitted_response_cannot_be_changed(client, dessau, catalogue):
    round = make_round(dessau)
    respondent, token = make_respondent(round, "a@x.example")
    qs = field_questions(round, 1)
    client.post(f"{BASE}/antworten/{token}/feld/1/", {f"q{qs[0].pk}": "2"})
    client.post(f"{BASE}/antworten/{token}/abschicken/")
    response = client.post(f"{BASE}/antworten/{token}/feld/1/", {f"q{qs[0].pk}": "5", f"q{qs[1].pk}": "5"}, follow=True)
    assert "bereits abgeschickt" in response.content.decode()
    assert dict(respondent.answers.values_list("question_id", "value")) == {qs[0].pk: 2}
    again = client.post(f"{BASE}/antworten/{token}/abschicken/", follow=True)
    assert "bereits abgeschickt" in again.content.decode()
    page = client.get(f"{BASE}/antworten/{token}/feld/1/").content.decode()
    assert "bereits abgeschickt" in page and '<form method="post" class="answers"' not in page


def test_submitting_without_any_answer_is_refused(client, dessau, catalogue):
    respondent, token = make_respondent(make_round(dessau), "a@x.example")
    response = client.post(f"{BASE}/antworten/{token}/abschicken/", follow=True)
    assert "mindestens eine Frage" in response.content.decode()
    respondent.refresh_from_db()
    assert respondent.submitted_at is None


def test_a_closed_round_takes_no_answers(client, dessau, catalogue):
    round = make_round(dessau)
    respondent, token = make_respondent(round, "a@x.example")
    services.close_round(round=round)
    qs = field_questions(round, 1)
    response = client.post(f"{BASE}/antworten/{token}/feld/1/", {f"q{qs[0].pk}": "5"}, follow=True)
    assert response.status_code == 200 and "Diese Befragung ist abgeschlossen" in response.content.decode()
    assert not Answer.objects.exists()
    assert "abgeschlossen" in client.post(f"{BASE}/antworten/{token}/abschicken/", follow=True).content.decode()
    respondent.refresh_from_db()
    assert respondent.submitted_at is None


@pytest.mark.parametrize("token", ["erfunden", "x" * 32, "a" * 300])
def test_a_forged_link_answers_404_with_a_clear_message(client, dessau, catalogue, token):
    make_respondent(make_round(dessau), "a@x.example")
    for path in (f"{BASE}/antworten/{token}/", f"{BASE}/antworten/{token}/feld/1/"):
        response = client.get(path)
        assert response.status_code == 404
        assert "Dieser Link ist ungültig" in response.content.decode()
    assert client.post(f"{BASE}/antworten/{token}/abschicken/").status_code == 404


def test_a_link_replaced_by_a_reminder_stops_working(client, coordinator_client, dessau, catalogue, coordinator):
    round = make_round(dessau, status="draft")
    services.invite_respondent(round=round, email="a@x.example", department="Ordnungsamt")
    services.open_round(round=round)
    first = link_path(mail.outbox[0])
    assert client.get(first).status_code == 200
    coordinator_client.post(f"{BASE}/koordination/runde/{round.pk}/aktion/erinnern/")
    assert len(mail.outbox) == 2 and mail.outbox[1].subject.startswith("Erinnerung")
    second = link_path(mail.outbox[1])
    assert first != second
    assert client.get(second).status_code == 200
    assert client.get(first).status_code == 404


def test_reminders_skip_those_who_submitted(dessau, catalogue):
    round = make_round(dessau)
    done, _t = make_respondent(round, "fertig@x.example")
    answer_all(done, lambda q: 3)
    make_respondent(round, "offen@x.example")
    assert services.send_reminders(round=round) == 1
    assert [m.to for m in mail.outbox] == [["offen@x.example"]]


def test_the_same_address_cannot_be_invited_twice(coordinator_client, dessau, catalogue):
    round = make_round(dessau)
    data = {"email": "a@x.example", "department": "Bürgerbüro", "language": "de"}
    coordinator_client.post(f"{BASE}/koordination/runde/{round.pk}/", data)
    response = coordinator_client.post(f"{BASE}/koordination/runde/{round.pk}/", {**data, "email": "A@x.example"})
    assert response.status_code == 200 and "schon eingeladen" in response.content.decode()
    assert 'value="Bürgerbüro"' in response.content.decode()  # what was typed is kept
    assert round.respondents.count() == 1


def test_bad_round_input_keeps_what_was_typed(coordinator_client, dessau, catalogue):
    response = coordinator_client.post(
        f"{BASE}/koordination/",
        {"title": "Selbstcheck 2027", "catalogue": catalogue.pk, "red_below": 80, "green_from": 60},
    )
    assert response.status_code == 200
    assert "Schwelle für Rot" in response.content.decode() and 'value="Selbstcheck 2027"' in response.content.decode()
    assert not Round.objects.exists()


def test_status_changes_in_the_wrong_order_are_refused(coordinator_client, dessau, catalogue):
    round = make_round(dessau, status="draft")
    response = coordinator_client.post(f"{BASE}/koordination/runde/{round.pk}/aktion/veroeffentlichen/", follow=True)
    assert "Nur eine abgeschlossene Runde" in response.content.decode()
    response = coordinator_client.post(f"{BASE}/koordination/runde/{round.pk}/aktion/schliessen/", follow=True)
    assert "Nur eine laufende Runde" in response.content.decode()
    assert coordinator_client.post(f"{BASE}/koordination/runde/{round.pk}/aktion/sprengen/").status_code == 404
    round.refresh_from_db()
    assert round.status == "draft"
    services.close_round(round=services.open_round(round=round))
    response = coordinator_client.post(
        f"{BASE}/koordination/runde/{round.pk}/", {"email": "n@x.example", "department": "A", "language": "de"}
    )
    assert "abgeschlossenen Runde" in response.content.decode()


def test_another_municipalitys_selfcheck_answers_404(
    client, dessau, wittenberg, coordinator, other_coordinator, catalogue
):
    foreign = make_round(wittenberg, title="Selbstcheck Wittenberg")
    foreign_respondent, token = make_respondent(foreign, "w@x.example")
    from engagiert.selfcheck.models import Measure

    measure = Measure.objects.create(municipality=wittenberg, date="2021-05-01", title="Fremd")
    client.force_login(coordinator)
    for path in (
        f"{BASE}/koordination/runde/{foreign.pk}/",
        f"{BASE}/koordination/runde/{foreign.pk}/bericht/",
        f"{BASE}/koordination/runde/{foreign.pk}/bericht.pdf",
        f"{BASE}/koordination/runde/{foreign.pk}/antworten.csv",
        f"{BASE}/koordination/runde/{foreign.pk}/antworten.xlsx",
        f"{BASE}/koordination/runde/{foreign.pk}/workshop/",
        f"{BASE}/koordination/massnahmen/{measure.pk}/",
        f"{BASE}/antworten/{token}/",
        "/lutherstadt-wittenberg/selbstcheck/koordination/",
    ):
        assert client.get(path).status_code == 404, path
    assert client.post(f"{BASE}/koordination/runde/{foreign.pk}/aktion/schliessen/").status_code == 404
    assert client.post(f"{BASE}/koordination/massnahmen/{measure.pk}/loeschen/").status_code == 404
    remove = f"{BASE}/koordination/runde/{foreign.pk}/person/{foreign_respondent.pk}/entfernen/"
    assert client.post(remove).status_code == 404
    assert Respondent.objects.filter(pk=foreign_respondent.pk).exists()
    foreign.refresh_from_db()
    assert foreign.status == "open" and Measure.objects.filter(pk=measure.pk).exists()


def test_workshop_notes(coordinator_client, dessau, catalogue):
    round = make_round(dessau, status="closed")
    url = reverse("selfcheck:workshop", kwargs={"municipality": dessau.slug, "pk": round.pk})
    bad = coordinator_client.post(url, {"title": "Workshop", "date": "gestern", "body": "x"})
    assert bad.status_code == 200 and not round.workshop_notes.exists()
    coordinator_client.post(
        url, {"title": "Workshop mit Partnern", "date": "2024-11-12", "body": "<p>Ergebnisse</p><script>x</script>"}
    )
    note = round.workshop_notes.get()
    assert note.body == "<p>Ergebnisse</p>"
    assert "Workshop mit Partnern" in coordinator_client.get(url).content.decode()


def test_csv_cells_that_look_like_formulas_are_defused(coordinator_client, dessau, catalogue):
    round = make_round(dessau, status="closed")
    for i in range(3):
        answer_all(make_respondent(round, f"f{i}@x.example", "=HYPERLINK(1)")[0], lambda q: 2)
    body = coordinator_client.get(f"{BASE}/koordination/runde/{round.pk}/antworten.csv").content.decode()
    departments = {line.split(";")[1] for line in body.strip().splitlines()[1:]}
    assert departments == {"'=HYPERLINK(1)"}
    xlsx = coordinator_client.get(f"{BASE}/koordination/runde/{round.pk}/antworten.xlsx").content
    rows = list(load_workbook(io.BytesIO(xlsx)).active.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(body.strip().splitlines()) - 1 and {row[1] for row in rows} == {"'=HYPERLINK(1)"}


def test_the_pdf_draws_the_radar_chart(coordinator_client, dessau, catalogue):
    """WeasyPrint renders the inline SVG as vector paths: the PDF strokes in the chart's colours."""
    import re
    import zlib

    round = make_round(dessau, status="closed")
    answer_all(make_respondent(round, "a@x.example")[0], lambda q: 4)
    pdf = coordinator_client.get(f"{BASE}/koordination/runde/{round.pk}/bericht.pdf").content
    strokes = set()
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            strokes |= set(re.findall(rb"([\d.]+ [\d.]+ [\d.]+) RG", zlib.decompress(stream)))
        except zlib.error:
            continue
    assert b"0.784314 0.784314 0.784314" in strokes  # the grey rings and axes (#c8c8c8)
    assert b"0.043137 0.360784 0.678431" in strokes  # this round's polygon (#0b5cad)


def test_the_questionnaire_opens_in_the_language_of_the_invitation(client, dessau, catalogue):
    respondent, token = make_respondent(make_round(dessau, cat=catalogue), "a@x.example")
    respondent.language = "en"
    respondent.save()
    page = client.get(f"{BASE}/antworten/{token}/feld/1/").content.decode()
    assert '<html lang="en"' in page and "Management and steering" in page
    assert "The municipality has a mission statement adopted by the council" in page
    from django.conf import settings

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    page = client.get(f"{BASE}/antworten/{token}/feld/1/").content.decode()
    assert '<html lang="de"' in page and "Management und Steuerung" in page


@pytest.mark.parametrize(
    ("language", "field", "statement"),
    [
        ("uk", "Управління та координація", "Муніципалітет має затверджену міською радою концепцію"),
        ("ar", "الإدارة والتوجيه", "لدى البلدية رؤية توجيهية اعتمدها مجلس المدينة"),
    ],
)
def test_a_respondent_invited_in_ukrainian_or_arabic_reads_the_statements_in_that_language(
    client, dessau, catalogue, language, field, statement
):
    respondent, token = make_respondent(make_round(dessau, cat=catalogue), "a@x.example")
    respondent.language = language
    respondent.save()
    page = client.get(f"{BASE}/antworten/{token}/feld/1/").content.decode()
    assert f'<html lang="{language}"' in page
    assert field in page and statement in page
    assert "Die Kommune hat ein vom Stadtrat beschlossenes Leitbild" not in page
    assert 'lang="de"' not in page.split("<main", 1)[1]  # nothing fell back to German
    overview = client.get(f"{BASE}/antworten/{token}/").content.decode()
    assert field in overview


def test_coordinator_withdraws_an_invitation_but_not_a_submission(coordinator_client, client, dessau, catalogue):
    round = make_round(dessau)
    typo, token = make_respondent(round, "tippfehler@x.exampel")
    done, _t = make_respondent(round, "fertig@x.example")
    answer_all(done, lambda q: 3)
    url = f"{BASE}/koordination/runde/{round.pk}/person/{{}}/entfernen/"
    page = coordinator_client.post(url.format(typo.pk), follow=True).content.decode()
    assert "zurückgezogen" in page and not Respondent.objects.filter(pk=typo.pk).exists()
    assert client.get(f"{BASE}/antworten/{token}/").status_code == 404
    page = coordinator_client.post(url.format(done.pk), follow=True).content.decode()
    assert "nicht mehr entfernt" in page and Respondent.objects.filter(pk=done.pk).exists()
    other = make_round(dessau, title="Andere Runde")
    assert (
        coordinator_client.post(f"{BASE}/koordination/runde/{other.pk}/person/{done.pk}/entfernen/").status_code == 404
    )


def test_respondent_pages_have_a_fixed_number_of_queries(client, dessau, catalogue, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    round = make_round(dessau, cat=catalogue)
    respondent, token = make_respondent(round, "a@x.example")
    answer_all(make_respondent(round, "b@x.example")[0], lambda q: 3)
    pages = [f"{BASE}/antworten/{token}/", f"{BASE}/antworten/{token}/feld/3/"]
    counts = []
    for url in pages:
        with CaptureQueriesContext(connection) as few:
            assert client.get(url).status_code == 200
        counts.append(len(few))
    for i in range(8):
        answer_all(make_respondent(round, f"p{i}@x.example")[0], lambda q: 4)
    answer_all(respondent, lambda q: 2, submit=False)
    for url, count in zip(pages, counts, strict=True):
        with django_assert_max_num_queries(count):
            assert client.get(url).status_code == 200
