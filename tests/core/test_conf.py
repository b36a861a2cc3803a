import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from sc_wagtail.conf import sc_settings

ROOT = Path(__file__).resolve().parents[2]


def test_defaults_and_overrides_are_read_at_access():
    assert sc_settings.READING_WORDS_PER_MINUTE == 200
    with override_settings(SC_WAGTAIL={"READING_WORDS_PER_MINUTE": 150}):
        assert sc_settings.READING_WORDS_PER_MINUTE == 150


@pytest.mark.parametrize(
    "value, message",
    [
        ({"LOCALES": ["en", "xx"]}, "SC_WAGTAIL['LOCALES'] contains 'xx'"),
        ({"SOURCE_LOCALE": "de"}, "SC_WAGTAIL['SOURCE_LOCALE'] is 'de'"),
        ({"MACHINE_TRANSLATION_POLICY": "yolo"}, "SC_WAGTAIL['MACHINE_TRANSLATION_POLICY']"),
        ({"UPLOAD_MAX_FILE_BYTES": -1}, "SC_WAGTAIL['UPLOAD_MAX_FILE_BYTES']"),
        ({"LOCALE": ["en"]}, "unknown key(s) ['LOCALE']"),
    ],
)
def test_bad_settings_name_the_setting(value, message):
    with override_settings(SC_WAGTAIL=value), pytest.raises(ImproperlyConfigured) as error:
        sc_settings.validate()
    assert message in str(error.value)


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
