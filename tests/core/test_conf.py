import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.checks import run_checks
from django.test import override_settings

from sc_wagtail.conf import sc_settings

ROOT = Path(__file__).resolve().parents[2]


def test_defaults_and_overrides_are_read_at_access():
    assert sc_settings.READING_WORDS_PER_MINUTE == 200
    with override_settings(SC_WAGTAIL={"READING_WORDS_PER_MINUTE": 150}):
        assert sc_settings.READING_WORDS_PER_MINUTE == 150


def problems(**values):
    with override_settings(SC_WAGTAIL={**settings.SC_WAGTAIL, **values}):
        return {(message.id, message.msg) for message in run_checks()}


@pytest.mark.parametrize(
    "value, check_id, message",
    [
        ({"LOCALES": ["en", "xx"]}, "E002", "SC_WAGTAIL['LOCALES'] contains 'xx'"),
        ({"SOURCE_LOCALE": "de"}, "E003", "SC_WAGTAIL['SOURCE_LOCALE'] is 'de'"),
        ({"MACHINE_TRANSLATION_POLICY": "yolo"}, "E004", "['MACHINE_TRANSLATION_POLICY']"),
        ({"UPLOAD_MAX_FILE_BYTES": -1}, "E005", "SC_WAGTAIL['UPLOAD_MAX_FILE_BYTES']"),
        ({"PDF_RENDER_TIMEOUT_SECONDS": 0}, "E005", "['PDF_RENDER_TIMEOUT_SECONDS']"),
        ({"PDF_REQUEST_WAIT_SECONDS": "soon"}, "E005", "['PDF_REQUEST_WAIT_SECONDS']"),
        ({"TASK_RETRY_DELAYS": [60, -5]}, "E006", "['TASK_RETRY_DELAYS']"),
        ({"QA_EXTRA_CHECKS": ["no.such.Check"]}, "E007", "names 'no.such.Check'"),
        ({"QA_EXTRA_CHECKS": ["sc_wagtail.conf.Conf"]}, "E013", "not a named subclass"),
        ({"HOME_PAGE_TYPES": ["home.NoSuchPage"]}, "E008", "'home.NoSuchPage'"),
        ({"UPLOAD_ALLOWED_TYPES": ["pdf", "exe"]}, "E012", "['exe']"),
        ({"LOCALE": ["en"]}, "E001", "unknown key(s) ['LOCALE']"),
        ({"LOCALES": "en"}, "E014", "['LOCALES'] must be a list of language codes"),
        ({"QA_EXTRA_CHECKS": "my.checks.Check"}, "E014", "['QA_EXTRA_CHECKS'] must be a list"),
        ({"UPLOAD_ALLOWED_TYPES": "pdf"}, "E014", "['UPLOAD_ALLOWED_TYPES'] must be a list"),
        ({"TASKS_ON_WORKER": "yes"}, "E014", "['TASKS_ON_WORKER'] must be True or False"),
        ({"FUND_QUESTION_BUILDER": None}, "E014", "['FUND_QUESTION_BUILDER'] must be a dotted"),
        ({"FUND_WORKFLOWS": "sc_wagtail.forms.workflow.STANDARD"}, "E014", "['FUND_WORKFLOWS']"),
        ({"FUND_WORKFLOWS": ["sc_wagtail.conf.DEFAULTS"]}, "E015", "is not a sc_wagtail.forms"),
        ({"FUND_WORKFLOWS": []}, "E015", "must name at least one"),
        ({"FUND_QUESTION_BUILDER": "sc_wagtail.conf.Conf"}, "E015", "QuestionFieldBuilder"),
        ({"PARTICIPANT_CATEGORIES": ["mayors"]}, "E016", "['PARTICIPANT_CATEGORIES']"),
        ({"PARTICIPANT_CATEGORIES": "sc_wagtail.conf.POLICIES"}, "E016", "Category"),
        ({"EVENT_PAGE_TYPES": ["sc_core.Hub"]}, "E008", "'sc_core.Hub'"),
        ({"PRIVATE_STORAGE_ROOT": 42}, "E009", "must be a directory path"),
    ],
)
def test_bad_settings_are_system_check_errors_naming_the_setting(value, check_id, message):
    found = problems(**value)
    assert any(
        found_id == f"sc_wagtail.{check_id}" and message in text for found_id, text in found
    ), found


def test_every_wrong_setting_is_reported_at_once():
    found = problems(SOURCE_LOCALE="de", TASK_RETRY_DELAYS="often", PDF_RENDER_TIMEOUT_SECONDS=-1)
    assert {"sc_wagtail.E003", "sc_wagtail.E006", "sc_wagtail.E005"} <= {i for i, _m in found}


def test_a_string_for_a_list_is_one_error_not_one_per_character():
    found = [text for i, text in problems(UPLOAD_ALLOWED_TYPES="pdf,docx") if "UPLOAD" in text]
    assert len(found) == 1


def test_an_upgrade_that_unwraps_a_gated_call_fails_start_up(monkeypatch):
    """sc_wagtail.E010: Wagtail or wagtail-localize moved a call the publish gate wraps."""
    from wagtail.actions.publish_revision import PublishRevisionAction

    original = PublishRevisionAction.execute.__wrapped__
    monkeypatch.setattr(PublishRevisionAction, "execute", original)  # as after an upgrade
    found = problems()
    assert any(
        i == "sc_wagtail.E010" and "PublishRevisionAction.execute" in text for i, text in found
    ), found


def test_the_default_settings_pass():
    assert not {i for i, _m in problems() if i.startswith("sc_wagtail.")}


def run_check(**env):
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def test_unknown_locale_fails_at_start_up():
    result = run_check(DJANGO_SETTINGS_MODULE="tests.bad_settings.unknown_locale")
    assert result.returncode != 0
    assert "SC_WAGTAIL['LOCALES'] contains 'xx'" in result.stderr


@pytest.mark.parametrize(
    "url", ["postgres//no-scheme-separator", "mysqlx://host/db", "postgres://127.0.0.1:5432"]
)
def test_malformed_database_url_fails_at_start_up(url):
    result = run_check(DJANGO_SETTINGS_MODULE="example_site.settings", DATABASE_URL=url)
    assert result.returncode != 0
    assert "DATABASE_URL" in result.stderr


def test_application_files_under_media_root_fail_at_start_up():
    result = run_check(DJANGO_SETTINGS_MODULE="tests.bad_settings.public_private_files")
    assert result.returncode != 0
    assert "PRIVATE_STORAGE_ROOT'] must not be inside MEDIA_ROOT" in result.stderr


@pytest.mark.django_db
def test_every_model_change_has_its_migration():
    # A block's bounds or choices are part of a StreamField's migration state too.
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as missing:
        raise AssertionError(f"Missing migrations:\n{out.getvalue()}") from missing
