from django.core.management import call_command
from django.utils import translation

from engagiert.selfcheck.models import Catalogue, Field, FieldSuggestion, Question


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
    with translation.override("ar"):  # falls back to German
        assert fields[0].name == "Management und Steuerung"


def test_loading_the_catalogue_twice_changes_nothing(catalogue):
    call_command("load_selfcheck_catalogue", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Catalogue.objects.count() == 1
    assert Field.objects.count() == 7
    assert Question.objects.count() == 100
    assert FieldSuggestion.objects.count() == 21
