import pytest

from engagiert.funding.tests.factories import PfD


@pytest.fixture
def pfd(dessau) -> PfD:
    return PfD(dessau)


@pytest.fixture
def other_pfd(wittenberg) -> PfD:
    return PfD(wittenberg)
