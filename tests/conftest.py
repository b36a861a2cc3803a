"""Test database and isolation.

- The session starts from ``tests.site.build_base_site()``: five locales and the home pages.
- Tests build what else they need: ``tests.factories`` per test, or data a whole module shares
  through ``shared_data(builder)`` (committed once for the module, removed after it).
- Tests that commit (worker, browser) get the base site put back before they run.
- Tests about the demo (``pytestmark = demo_db``) run against the full ``seed_demo`` content,
  seeded once, after every other rolled-back test; nothing else sees it.
- Tests without a database marker get none (pure functions).
"""

import json
import shutil

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections

# Tests that share data with another process (a worker, a live server) commit for real.
committed_db = pytest.mark.django_db(transaction=True)
# Tests about the demo content. The session fixture is named, not fetched from an autouse
# fixture, so that it runs before the test's transaction opens (higher scopes run first).
demo_db = [pytest.mark.demo, pytest.mark.usefixtures("demo_content"), pytest.mark.django_db]
_base_snapshot = {}
_shared_stack = []  # the shared_data fixtures set up now, outermost first


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from tests.site import build_base_site

        build_base_site()
        for connection in connections.all():
            _base_snapshot[connection.alias] = _content_types_first(
                connection.creation.serialize_db_to_string()
            )


def _content_types_first(snapshot):
    """Django serialises apps in INSTALLED_APPS order, contenttypes late. Restored first,
    content type rows keep their ids even if code looks one up while pages are loading."""
    rows = json.loads(snapshot)
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    return json.dumps(rows)


def take_snapshot():
    return {
        connection.alias: _content_types_first(connection.creation.serialize_db_to_string())
        for connection in connections.all()
    }


def restore_base_site(snapshots=None):
    """Empty every table and load the base site (or ``snapshots``) back, ids and sequences
    included."""
    for alias, snapshot in (snapshots or _base_snapshot).items():
        # Without post_migrate, which would recreate content types under new ids.
        call_command(
            "flush", database=alias, interactive=False, inhibit_post_migrate=True, verbosity=0
        )
        connection = connections[alias]
        connection.creation.deserialize_db_from_string(snapshot)
        statements = connection.ops.sequence_reset_sql(
            no_style(), apps.get_models(include_auto_created=True)
        )
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache

    ContentType.objects.clear_cache()
    cache.clear()


@pytest.fixture(autouse=True)
def _restore_base(request):
    """Before a committed test, the base site (a committed test before it flushed everything).

    Django's serialized_rollback would do this, but it keeps the snapshot on the connection
    object, and once Playwright runs an event loop in the test thread Django hands out new
    connection objects, which hold none: the restore was silently skipped.
    """
    marker = request.node.get_closest_marker("django_db")
    if not marker or not marker.kwargs.get("transaction"):
        return
    request.getfixturevalue("_django_db_helper")
    restore_base_site()


def shared_data(builder, scope="module"):
    """A module- (or package-) scoped fixture: ``builder()`` runs once, committed, before the
    first test that asks for it; its result is the fixture's value; the base site is put back
    after the module. Tests using it run in transactions rolled back after each, so they share
    the data without seeing each other's changes (fetch rows again rather than keeping
    objects)."""

    @pytest.fixture(scope=scope)
    def fixture(django_db_setup, django_db_blocker):
        from sc_wagtail.translation.pipeline import paused

        # Inside another shared fixture (a module's data within a package's), its data is
        # put back afterwards rather than the bare base site.
        with django_db_blocker.unblock():
            outer = take_snapshot() if _shared_stack else None
        _shared_stack.append(builder)
        # Built like the demo: no machine drafts from the pipeline while pages are published.
        with django_db_blocker.unblock(), paused():
            value = builder()
        yield value
        _shared_stack.pop()
        with django_db_blocker.unblock():
            restore_base_site(outer)

    fixture.__doc__ = builder.__doc__
    return fixture


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The whole demo, seeded once for the tests marked ``demo`` (they run after the other
    database tests; the first committed test after them puts the base site back)."""
    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """After pytest-django's order (rolled-back tests, committed tests, tests without a
    database), put the demo tests last among the rolled-back ones."""

    def group(item):
        marker = item.get_closest_marker("django_db")
        fixtures = getattr(item, "fixturenames", ())
        if marker is None and "transactional_db" not in fixtures and "db" not in fixtures:
            return 3
        if (marker and marker.kwargs.get("transaction")) or "transactional_db" in fixtures:
            return 2
        return 1 if item.get_closest_marker("demo") else 0

    items.sort(key=group)
    for item in items:
        if item.get_closest_marker("demo") and (
            group(item) != 1 or "demo_content" not in item.fixturenames
        ):
            raise pytest.UsageError(
                f"{item.nodeid}: demo tests use `pytestmark = demo_db` and do not commit"
            )


@pytest.fixture
def editor(django_user_model):
    """A Wagtail editor: member of the Editors group, not a superuser."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.get(username="admin")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, offline: the test command installs it; Playwright downloads none."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Chromium is not installed: run the README's test command, which installs it.")
    return {
        **browser_type_launch_args,
        "executable_path": executable,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
        ],
    }


@pytest.fixture(autouse=True)
def _clear_cache(request):
    """The cache outlives rollbacks and flushes (Wagtail keeps site root paths in it)."""
    yield
    if request.node.get_closest_marker("django_db"):
        from django.core.cache import cache

        cache.clear()
