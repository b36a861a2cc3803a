"""Test database and isolation.

- The session starts from ``tests.site.build_base_site()``: five locales and the home pages.
- Tests build what else they need: ``tests.factories`` per test, or data a whole module shares
  through ``shared_data(builder)`` (committed once for the module, removed after it).
- Tests that commit (worker, browser) put the base site back when they end.
- Tests about the demo (``pytestmark = demo_db``) run against the full ``seed_demo`` content,
  seeded once for their module; nothing else sees it.
- Each pytest-xdist worker has its own database, files and queue (tests/settings.py).
- Tests without a database marker get none (pure functions).
"""

import json
import shutil

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections
from django.utils import translation

# Tests that share data with another process (a worker, a live server) commit for real.
committed_db = pytest.mark.django_db(transaction=True)
# Tests about the demo content. The module fixture is named, not fetched from an autouse
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


def _commits(request):
    marker = request.node.get_closest_marker("django_db")
    fixtures = request.fixturenames
    return bool(
        (marker and marker.kwargs.get("transaction"))
        or "transactional_db" in fixtures
        or "live_server" in fixtures
    )


@pytest.fixture
def _base_site_after_commit(request, django_db_blocker):
    """After a test that committed, the base site again: Django's TransactionTestCase empties
    every table when it ends, and the next test (in any order, on any xdist worker) expects
    the base site. (Django's serialized_rollback keeps its snapshot on the connection object,
    and once Playwright runs an event loop in the test thread Django hands out new
    connection objects, which hold none: the restore was silently skipped.)"""
    if not _commits(request):
        yield
        return
    # Within a module's (or package's) shared data, that data comes back too.
    with django_db_blocker.unblock():
        before = take_snapshot() if _shared_stack else None
    yield
    with django_db_blocker.unblock():
        restore_base_site(before)


@pytest.fixture
def _django_db_helper(_base_site_after_commit, _django_db_helper):
    """pytest-django's helper, set up after ours so that ours is torn down after its flush."""
    yield


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
        # Built like the demo: no machine drafts from the pipeline while pages are published,
        # in the site's language (a test's request may have left another one active).
        with django_db_blocker.unblock(), paused(), translation.override(settings.LANGUAGE_CODE):
            value = builder()
        yield value
        _shared_stack.pop()
        with django_db_blocker.unblock():
            restore_base_site(outer)

    fixture.__doc__ = builder.__doc__
    return fixture


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The whole demo, seeded once for a module of tests about the demo, removed after it."""
    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    yield
    with django_db_blocker.unblock():
        restore_base_site()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    for item in items:
        marker = item.get_closest_marker("django_db")
        if item.get_closest_marker("demo") and (
            "demo_content" not in item.fixturenames or (marker and marker.kwargs.get("transaction"))
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
    """The cache outlives rollbacks and flushes (Wagtail keeps site root paths in it); the
    active language outlives requests (LocaleMiddleware leaves the last one active)."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    if request.node.get_closest_marker("django_db"):
        from django.core.cache import cache

        cache.clear()
