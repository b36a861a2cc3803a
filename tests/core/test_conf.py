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
