from pathlib import Path

import pytest


@pytest.fixture
def page(_django_db_helper, page):
    """Playwright's page, set up after the test database.

    Playwright's sync API runs an event loop in the test thread, and Django keeps database
    connections per context: set up first, it would make the serialized-rollback restore
    look at a fresh connection that holds no snapshot, and the demo data would be missing.
    """
    return page


@pytest.fixture
def output_path(request):
    """A folder for this test's screenshots, under test-results/."""
    path = Path(__file__).resolve().parents[2] / "test-results" / request.node.name
    path.mkdir(parents=True, exist_ok=True)
    return path
