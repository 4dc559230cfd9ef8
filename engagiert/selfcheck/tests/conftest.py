import pytest

from engagiert.selfcheck.tests.factories import catalogue as load_catalogue


@pytest.fixture
def catalogue(db):
    return load_catalogue()
