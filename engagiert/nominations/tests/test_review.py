"""Found by walking the pages in Arabic: the campaign's German questions keep their "?" at the
end inside a right-to-left page, and a question cannot smuggle markup into its label."""

from __future__ import annotations

from django.utils import translation

from engagiert.nominations.forms import PortraitForm


def test_the_questions_are_isolated_and_escaped_in_the_portrait_form():
    with translation.override("ar"):
        form = PortraitForm(questions=["Was machen Sie?", "<b>Warum?</b>"])
        html = str(form["answer_0"].label_tag()) + str(form["answer_1"].label_tag())
    assert "<bdi>Was machen Sie?</bdi>" in html
    assert "<bdi>&lt;b&gt;Warum?&lt;/b&gt;</bdi>" in html
    assert 'dir="auto"' in str(form["answer_0"])  # a German answer reads left to right
