import re

import pytest
from django.core.management import call_command
from django.utils import translation

from engagiert.core.languages import language_codes
from engagiert.selfcheck import catalogue_ar, catalogue_data, catalogue_uk, services
from engagiert.selfcheck.models import Answer, Catalogue, Field, FieldSuggestion, Question
from engagiert.selfcheck.tests.factories import make_respondent, make_round

SCRIPTS = {"ar": re.compile("[\u0600-\u06ff]"), "uk": re.compile("[\u0400-\u04ff]")}


def test_default_catalogue_has_seven_fields_and_about_100_questions_in_german_and_english(catalogue):
    fields = list(catalogue.fields.order_by("order"))
    assert [f.name_de for f in fields] == [
        "Management und Steuerung",
        "Interkulturelle Öffnung und Antirassismus",
        "Fairer Zugang und Teilhabechancen",
        "Arbeit und wirtschaftliche Entwicklung",
        "Engagement und Beteiligung",
        "Zusammenhalt und Begegnung",
        "Kommunikation und Konfliktmanagement",
    ]
    questions = Question.objects.filter(field__catalogue=catalogue)
    assert questions.count() == 100
    assert all(12 <= f.questions.count() <= 16 for f in fields)
    assert not questions.filter(text_en="").exists()
    assert not questions.filter(subtopic_de="").exists()
    assert FieldSuggestion.objects.filter(field__catalogue=catalogue).count() == 21
    assert questions.filter(
        text_de="Die Verwaltung erhebt regelmäßig, wie vielfältig ihr Personal zusammengesetzt ist."
    ).exists()
    with translation.override("en"):
        assert fields[0].name == "Management and steering"
    with translation.override("ar"):
        assert fields[0].name == "الإدارة والتوجيه"
    with translation.override("uk"):
        assert fields[0].name == "Управління та координація"


def test_loading_the_catalogue_twice_changes_nothing(catalogue):
    call_command("load_selfcheck_catalogue", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Catalogue.objects.count() == 1
    assert Field.objects.count() == 7
    assert Question.objects.count() == 100
    assert FieldSuggestion.objects.count() == 21


@pytest.mark.parametrize("module", [catalogue_ar, catalogue_uk], ids=["ar", "uk"])
def test_every_german_text_of_the_catalogue_has_an_arabic_and_a_ukrainian_translation(module):
    german = catalogue_data.german_texts()
    assert len(german) > 200
    missing = [text for text in german if not module.TEXTS.get(text, "").strip()]
    assert not missing, f"{len(missing)} texts without translation, first: {missing[:3]}"
    stale = [text for text in module.TEXTS if text not in german]
    assert not stale, f"translations of texts no longer in the catalogue: {stale[:3]}"
    lang = module.__name__.rsplit("_", 1)[1]
    assert all(SCRIPTS[lang].search(module.TEXTS[text]) for text in german)


def test_the_loader_writes_every_language_of_the_platform(catalogue):
    assert set(services.LANGS) == set(language_codes())
    questions = Question.objects.filter(field__catalogue=catalogue)
    for lang in ("en", "ar", "uk"):
        assert not questions.filter(**{f"text_{lang}": ""}).exists()
        assert not questions.filter(**{f"subtopic_{lang}": ""}).exists()
        assert not Field.objects.filter(**{f"description_{lang}": ""}).exists()
        assert not FieldSuggestion.objects.filter(**{f"text_{lang}": ""}).exists()
    explained = questions.exclude(explanation_de="")
    assert explained.count() >= 5
    assert not explained.filter(explanation_ar="").exists() and not explained.filter(explanation_uk="").exists()
    assert not questions.filter(explanation_de="").exclude(explanation_uk="").exists()
    assert catalogue.title_uk == catalogue_uk.TEXTS[catalogue_data.TITLE["de"]]


def test_reloading_fills_translations_of_an_older_installation_and_keeps_the_answers(dessau, catalogue):
    # An installation loaded before Arabic and Ukrainian existed: their columns are empty.
    Question.objects.update(text_ar="", text_uk="", subtopic_ar=None, subtopic_uk=None)
    Field.objects.update(name_ar=None, name_uk=None)
    respondent, _token = make_respondent(make_round(dessau, cat=catalogue), "a@x.example")
    first = Question.objects.get(field__order=1, order=1)
    Answer.objects.create(respondent=respondent, question=first, value=4)
    call_command("load_selfcheck_catalogue", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first.refresh_from_db()
    assert first.text_uk.startswith("Муніципалітет має затверджену міською радою концепцію")
    assert Field.objects.get(slug="steuerung").name_ar == "الإدارة والتوجيه"
    assert Question.objects.count() == 100
    assert list(Answer.objects.values_list("question_id", "value")) == [(first.pk, 4)]
