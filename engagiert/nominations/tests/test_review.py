"""Found by walking the pages in Arabic: the campaign's German questions keep their "?" at the
end inside a right-to-left page, and a question cannot smuggle markup into its label."""

from __future__ import annotations

import pytest
from django.utils import translation

from engagiert.nominations.forms import PortraitForm
from engagiert.nominations.tests.factories import confirm_latest, make_campaign, nominate


def test_the_questions_are_isolated_and_escaped_in_the_portrait_form():
    with translation.override("ar"):
        form = PortraitForm(questions=["Was machen Sie?", "<b>Warum?</b>"])
        html = str(form["answer_0"].label_tag()) + str(form["answer_1"].label_tag())
    assert "<bdi>Was machen Sie?</bdi>" in html
    assert "<bdi>&lt;b&gt;Warum?&lt;/b&gt;</bdi>" in html
    assert 'dir="auto"' in str(form["answer_0"])  # a German answer reads left to right


@pytest.mark.django_db
def test_the_queue_stacks_on_a_phone_with_each_column_named(client, coordinator, dessau):
    """At 390 px the status column was cut off; each row is now a card whose cells say what they are."""
    campaign = make_campaign(dessau)
    confirm_latest(nominate(campaign, dessau))
    client.force_login(coordinator)
    page = client.get("/dessau-rosslau/gluecksbringer/koordination/").content.decode()
    assert 'class="kern-table stack-on-phone"' in page
    assert 'data-label="Stand"' in page and 'data-label="Eingegangen"' in page
