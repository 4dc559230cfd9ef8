# Fixtures and factories shared by every test live in engagiert/testing.py.
pytest_plugins = ["engagiert.testing"]
