"""Attack 1: a default install signs with no key anyone else can read, and runs without DEBUG.

The attack forged a status link with the key published in the source; each test here runs
the real settings module in a subprocess, as a new install would."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import signing
from django.urls import reverse

from sc_wagtail.forms.status_link import SALT

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED_KEY = "insecure-example-site-key-for-local-use-only"  # the key the source used to ship


def run(*args, **env):
    # The environment of a new install: none of the test process's own settings.
    dropped = {
        "SECRET_KEY", "DEBUG", "HTTPS", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL",
        "SITE_URL", "PORT", "WAGTAILADMIN_BASE_URL",
    }  # fmt: skip
    clean = {k: v for k, v in os.environ.items() if k not in dropped}
    clean.update(DJANGO_SETTINGS_MODULE="example_site.settings", **env)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, env=clean, timeout=120
    )


def test_without_a_secret_key_the_site_refuses_to_start(tmp_path):
    result = run("manage.py", "check", SC_VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    assert "Set SECRET_KEY (or SECRET_KEY_FILE)" in result.stderr


def test_debug_is_off_unless_asked_for(tmp_path):
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
    result = run("-c", code, SC_VAR_DIR=str(tmp_path), SECRET_KEY="k" * 60)
    assert result.stdout.strip() == "False", result.stderr


def test_the_readme_production_variables_pass_check_deploy(tmp_path):
    key = subprocess.run(
        [sys.executable, "-c", "import secrets; print(secrets.token_urlsafe(50))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    result = run(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SC_VAR_DIR=str(tmp_path),
        SECRET_KEY=key,
        ALLOWED_HOSTS="www.example.org",
        SECURE_HSTS_PRELOAD="1",
        SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_demo_key_is_random_private_and_kept(tmp_path):
    script = f'source "{ROOT}/scripts/lib.sh"; ensure_secret_key; echo "$SECRET_KEY_FILE"'
    env = {**os.environ, "SC_VAR_DIR": str(tmp_path)}
    first = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env)
    key_file = Path(first.stdout.strip())
    assert key_file == tmp_path / "secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = key_file.read_text().strip()
    assert len(key) >= 50 and key != PUBLISHED_KEY
    subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env, check=True)
    assert key_file.read_text().strip() == key  # generated once, kept across runs


@pytest.mark.django_db
def test_a_status_link_signed_with_the_published_key_is_refused(client, settings):
    assert settings.SECRET_KEY != PUBLISHED_KEY
    forged = signing.dumps({"a": 1, "v": 1}, key=PUBLISHED_KEY, salt=SALT)
    response = client.get(reverse("sc_forms_status", args=[forged]))
    assert response.status_code == 404


@pytest.mark.parametrize(
    "env, expected",
    [
        ({"SITE_URL": "https://cities.example.org/"}, "https://cities.example.org"),
        ({"PORT": "9123"}, "http://127.0.0.1:9123"),
        ({}, "http://127.0.0.1:8000"),
    ],
)
def test_links_in_emails_use_the_address_the_site_runs_on(tmp_path, env, expected):
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.WAGTAILADMIN_BASE_URL)"
    )
    result = run("-c", code, SC_VAR_DIR=str(tmp_path), SECRET_KEY="k" * 60, **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected
