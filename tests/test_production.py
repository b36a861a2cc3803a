"""The README's production commands, run as written: migrate, createcachetable, collectstatic,
gunicorn with DEBUG off behind a TLS-terminating proxy. Static files come from the web process (WhiteNoise),
compressed; plain HTTP is sent to HTTPS; an error page tells a visitor nothing about the code."""

import http.client
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def production(tmp_path):
    # A new install's environment: none of the test process's settings, the README's variables.
    kept = {"PATH", "HOME", "LANG", "LC_ALL", "VIRTUAL_ENV", "TMPDIR"}
    env = {key: value for key, value in os.environ.items() if key in kept}
    env.update(
        DJANGO_SETTINGS_MODULE="example_site.settings",
        SC_VAR_DIR=str(tmp_path),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
        SITE_URL="https://127.0.0.1",
    )

    def manage(*args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    manage("migrate", "--noinput")
    manage("createcachetable")
    manage("collectstatic", "--noinput")
    port = free_port()
    log = open(tmp_path / "gunicorn.log", "w+")  # noqa: SIM115
    server = subprocess.Popen(
        [str(GUNICORN), "example_site.wsgi", "-b", f"127.0.0.1:{port}", "-w", "2"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None, (tmp_path / "gunicorn.log").read_text()
                time.sleep(0.2)
        yield port, tmp_path
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def get(port, path, **headers):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": "127.0.0.1", **headers})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_the_readme_production_commands_serve_the_site(production):
    port, var = production
    assert (var / "static" / "home" / "site.css").exists()
    assert (var / "static" / "home" / "site.css.gz").exists()  # compressed by collectstatic
    behind_tls = {"X-Forwarded-Proto": "https"}

    css, body = get(port, "/static/home/site.css", **behind_tls, **{"Accept-Encoding": "gzip"})
    assert css.status == 200 and css.getheader("Content-Encoding") == "gzip"
    assert "max-age" in (css.getheader("Cache-Control") or "")

    login, body = get(port, "/admin/login/", **behind_tls)
    assert login.status == 200 and b"password" in body
    assert "max-age" in (login.getheader("Strict-Transport-Security") or "")

    missing, body = get(port, "/no-such-page/", **behind_tls)
    assert missing.status == 404
    assert b"Traceback" not in body and b"DEBUG = True" not in body and b"urlpatterns" not in body

    plain, _body = get(port, "/admin/login/")
    assert plain.status == 301 and plain.getheader("Location").startswith("https://")
