from engagiert.newsletter.tests.factories import fake_source  # noqa: F401 - a fixture
