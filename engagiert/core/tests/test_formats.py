"""{{ title|hyphenate }}: soft hyphens in long words, so that a narrow card breaks a German
compound at a syllable, with the markup escaped as before."""

from django.template import Context, Template
from django.utils.safestring import mark_safe

from engagiert.core.templatetags.formats import SOFT_HYPHEN, hyphenate


def test_long_words_get_soft_hyphens_at_their_syllables_and_short_ones_none():
    text = hyphenate("Workshop: Stadtteilspaziergang mit Geschichte")
    assert text.replace(SOFT_HYPHEN, "") == "Workshop: Stadtteilspaziergang mit Geschichte"
    assert "Stadt\u00adteil\u00adspa\u00adzier\u00adgang" in text
    assert "Workshop:" in text and " mit Geschichte" in text  # under 12 letters: unchanged


def test_the_title_is_escaped_as_before_and_markup_left_alone():
    html = Template("{% load formats %}{{ title|hyphenate }}").render(
        Context({"title": "<b>Dialogveranstaltung</b> & Co"})
    )
    assert html.startswith("&lt;b&gt;Di") and html.endswith("&lt;/b&gt; &amp; Co")
    assert hyphenate(mark_safe("<a href='/x'>Dialogveranstaltung</a>")) == "<a href='/x'>Dialogveranstaltung</a>"
    assert hyphenate(None) is None and hyphenate("") == ""


def test_words_of_other_scripts_and_numbers_are_kept():
    assert hyphenate("ورشة عمل للمتطوعين 2026") == "ورشة عمل للمتطوعين 2026"
    assert hyphenate("Telefon 03402042901123") == "Telefon 03402042901123"
