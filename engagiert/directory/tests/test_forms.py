"""The directory's forms are bound on every POST, an empty one too."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("path", ["eintragen/", "one-community-projekt/verwalten/"])
def test_an_empty_post_shows_the_errors(client, dessau, org, outsider, path):
    client.force_login(outsider)
    response = client.post(f"/dessau-rosslau/durchblick/{path}", {})
    assert response.status_code == 200 and 'class="error-summary"' in response.content.decode()
