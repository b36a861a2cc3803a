import shutil

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections

# Tests that share data with another process (a worker, a live server) commit for real.
# The database is flushed after each of them, and _restore_demo puts the demo back first.
committed_db = pytest.mark.django_db(transaction=True)
_demo_snapshot = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the demo content in all five locales, seeded once."""
    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
        for connection in connections.all():
            _demo_snapshot[connection.alias] = _content_types_first(
                connection.creation.serialize_db_to_string()
            )


def _content_types_first(snapshot):
    """Django serialises apps in INSTALLED_APPS order, contenttypes late. Restored first,
    content type rows keep their ids even if code looks one up while pages are loading."""
    import json

    rows = json.loads(snapshot)
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    return json.dumps(rows)


@pytest.fixture(autouse=True)
def _restore_demo(request):
    """Reload the demo into the database before a committed test.

    Django's serialized_rollback would do this, but it keeps the snapshot on the connection
    object, and once Playwright runs an event loop in the test thread Django hands out new
    connection objects, which hold none: the restore was silently skipped.
    """
    marker = request.node.get_closest_marker("django_db")
    if not marker or not marker.kwargs.get("transaction"):
        return
    request.getfixturevalue("_django_db_helper")
    for alias, snapshot in _demo_snapshot.items():
        # Without post_migrate, which would recreate content types under new ids.
        call_command(
            "flush", database=alias, interactive=False, inhibit_post_migrate=True, verbosity=0
        )
        connection = connections[alias]
        connection.creation.deserialize_db_from_string(snapshot)
        # Rows came back with their ids: move PostgreSQL's sequences past them.
        statements = connection.ops.sequence_reset_sql(
            no_style(), apps.get_models(include_auto_created=True)
        )
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


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
