"""core.mail: queued after the commit, nothing on rollback, the recipient's language, the
municipality as sender, plain text and HTML, references fetched again in the task."""

from __future__ import annotations

import datetime
import pathlib
import re
from email.header import decode_header, make_header
from email.utils import parseaddr

import pytest
from django.core import mail as django_mail
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy

from engagiert.core import mail
from engagiert.core.tasks import deliver_mail
from engagiert.testing import make_user

TEMPLATES = pathlib.Path(__file__).parent / "templates"


@pytest.fixture(autouse=True)
def _test_templates(settings):
    settings.TEMPLATES = [{**engine, "DIRS": [*engine["DIRS"], TEMPLATES]} for engine in settings.TEMPLATES]


@pytest.fixture
def person(db):
    user = make_user("person@example.org")
    user.first_name = "Aylin"
    user.save()
    return user


def greet(to, municipality=None, **kwargs):
    mail.send(template="mailtest/greeting", to=to, municipality=municipality, context={"town": "Roßlau"}, **kwargs)


class Boom(Exception):
    pass


def test_the_mail_is_queued_only_when_the_transaction_commits(person):
    with transaction.atomic():
        mail.send(template="mailtest/greeting", to=person, municipality=None, context={"person": person})
        assert django_mail.outbox == []
    assert [m.to for m in django_mail.outbox] == [[person.email]]


def test_a_rolled_back_transaction_sends_nothing(person):
    with pytest.raises(Boom), transaction.atomic():
        mail.send(template="mailtest/greeting", to=person, municipality=None, context={"person": person})
        raise Boom
    assert django_mail.outbox == []


def test_the_rollback_of_an_inner_block_drops_only_its_mails(person):
    with transaction.atomic():
        greet("first@example.org")
        with pytest.raises(Boom), transaction.atomic():
            greet("second@example.org")
            raise Boom
    assert [m.to for m in django_mail.outbox] == [["first@example.org"]]


@pytest.fixture
def queue(monkeypatch):
    """The jobs that send() hands to the task queue, held back."""
    jobs = []
    monkeypatch.setattr(mail, "_enqueue", jobs.append)
    return jobs


def test_the_task_gets_references_and_renders_what_is_current_then(person, queue):
    mail.send(template="mailtest/greeting", to=person, municipality=None, context={"person": person, "n": [1]})
    [job] = queue
    assert job["recipient"] == {"user": person.pk}
    assert job["context"] == {"person": {"__model__": "core.user", "pk": person.pk}, "n": [1]}
    person.first_name = "Berk"
    person.save()
    assert deliver_mail.enqueue(**job).return_value is True
    assert "Guten Tag Berk" in django_mail.outbox[0].body


def test_nothing_is_sent_when_an_object_of_the_mail_is_gone(person, queue):
    other = make_user("other@example.org")
    mail.send(template="mailtest/greeting", to=person, municipality=None, context={"person": other})
    other.delete()
    assert deliver_mail.enqueue(**queue[0]).return_value is False
    assert django_mail.outbox == []


def test_only_model_instances_and_json_values_go_into_the_queue(person):
    ref = mail.references({"person": person, "lines": ("a", 1, None, True), "nested": {"x": 1.5}})
    assert ref == {
        "person": {"__model__": "core.user", "pk": person.pk},
        "lines": ["a", 1, None, True],
        "nested": {"x": 1.5},
    }
    assert mail.resolve(ref)["person"] == person
    for value in (gettext_lazy("Guten Tag,"), datetime.datetime(2026, 1, 1, 12, 0)):
        with pytest.raises(TypeError):
            mail.references({"value": value})


def test_a_text_travels_untranslated_and_is_translated_in_the_recipients_language(person):
    person.preferred_language = "en"
    person.save()
    text = mail.Text("Ihre Ehrenamtskarte Nr. %(number)s wurde gesperrt.", number="0042")
    assert mail.references({"t": text}) == {
        "t": {"__text__": "Ihre Ehrenamtskarte Nr. %(number)s wurde gesperrt.", "params": {"number": "0042"}}
    }
    with translation.override("de"):  # the sender works in German
        mail.send(template="mailtest/greeting", to=person, municipality=None, context={"person": person, "extra": text})
    assert "Your Ehrenamtskarte no. 0042 has been blocked." in django_mail.outbox[0].body


def test_a_date_in_a_text_is_written_in_the_recipients_locale(person):
    person.preferred_language = "en"
    person.save()
    text = mail.Text(
        "Ihre Ehrenamtskarte Nr. %(number)s ist gültig bis %(until)s.", number="7", until=datetime.date(2027, 7, 18)
    )
    assert mail.references(text)["params"]["until"] == {"__date__": "2027-07-18"}
    with translation.override("de"):  # the sender works in German
        mail.send(template="mailtest/greeting", to=person, municipality=None, context={"person": person, "extra": text})
    assert "07/18/2027" in django_mail.outbox[0].body and "18.07.2027" not in django_mail.outbox[0].body


def test_a_user_gets_the_mail_in_their_preferred_language(person):
    person.preferred_language = "ar"
    person.save()
    with translation.override("en"):
        greet(person)
    message = django_mail.outbox[0]
    assert "[ar]" in message.body
    assert message.extra_headers["Content-Language"] == "ar"
    html = message.alternatives[0][0]
    assert 'lang="ar" dir="rtl"' in html


def test_a_bare_address_gets_the_language_passed_or_the_one_active_when_sending(db):
    with transaction.atomic():
        with translation.override("en"):
            greet("guest@example.org")
        greet("gast@example.org", language="uk")
        greet("ohne@example.org")
    assert [(m.to[0], m.extra_headers["Content-Language"]) for m in django_mail.outbox] == [
        ("guest@example.org", "en"),
        ("gast@example.org", "uk"),
        ("ohne@example.org", "de"),
    ]
    assert "[en]" in django_mail.outbox[0].body


def test_several_addresses_share_one_mail_and_empty_ones_get_none(db):
    greet(["a@example.org", "b@example.org", "a@example.org", ""])
    greet([])
    greet("")
    assert [m.to for m in django_mail.outbox] == [["a@example.org", "b@example.org"]]


def test_the_sender_is_named_after_the_municipality(dessau, settings):
    settings.DEFAULT_FROM_EMAIL = "Engagiert <noreply@engagiert.example>"
    greet("gast@example.org", municipality=dessau)
    greet("gast@example.org")
    with_town, without = django_mail.outbox
    named = str(make_header(decode_header(with_town.message()["From"])))
    assert parseaddr(named) == ("Dessau-Roßlau über Engagiert", "noreply@engagiert.example")
    assert without.from_email == "Engagiert <noreply@engagiert.example>"


def test_every_mail_has_a_plain_text_and_an_html_part(person, dessau):
    mail.send(template="mailtest/greeting", to=person, municipality=dessau, context={"person": person, "town": "<b>"})
    message = django_mail.outbox[0]
    assert message.subject == "Hallo Aylin"  # one line
    assert "Guten Tag Aylin <<b>>" in message.body
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert "Guten Tag Aylin &lt;&lt;b&gt;&gt;" in html  # escaped
    assert '<a href="http://127.0.0.1:8000/x"' in html  # links are clickable
    assert "<title>Hallo Aylin</title>" in html and "Dessau-Roßlau" in html


def test_a_template_may_bring_its_own_html(person):
    mail.send(template="mailtest/custom", to=person, municipality=None, context={"person": person})
    message = django_mail.outbox[0]
    assert message.body == "Text: Aylin\n"
    assert message.alternatives[0][0] == "<p>Eigenes HTML: Aylin</p>\n"


def add_extra(*, person, **context):
    return None if person.first_name == "Niemand" else {"extra": f"Extra für {person.first_name}"}


def build_attachments(*, person, **context):
    return [("gruss.txt", f"Hallo {person.first_name}".encode(), "text/plain")]


def test_prepare_and_attachments_run_in_the_task(person):
    hooks = {"prepare": f"{__name__}.add_extra", "attachments": f"{__name__}.build_attachments"}
    mail.send(template="mailtest/greeting", to=person, municipality=None, context={"person": person}, **hooks)
    message = django_mail.outbox[0]
    assert "Extra für Aylin" in message.body
    assert [tuple(a) for a in message.attachments] == [("gruss.txt", "Hallo Aylin", "text/plain")]
    person.first_name = "Niemand"
    person.save()
    mail.send(template="mailtest/greeting", to=person, municipality=None, context={"person": person}, **hooks)
    assert len(django_mail.outbox) == 1  # prepare said: nothing to send


def test_no_module_sends_mail_past_core_mail():
    """Every e-mail goes through core.mail.send(): no other module uses Django's mail API."""
    root = pathlib.Path(__file__).resolve().parents[2]
    direct = re.compile(
        r"from django\.core\.mail import|import django\.core\.mail|(?<!def )send_mail\("
        r"|EmailMessage|EmailMultiAlternatives|mail_admins"
    )
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "tests" not in path.parts
        and path != root / "core" / "mail.py"
        and direct.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
