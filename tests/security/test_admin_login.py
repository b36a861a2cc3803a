"""Attack 11: the admin login could be guessed at without limit. Five wrong passwords for an
account from one address lock that pair out (logged); the account still works elsewhere."""

import logging

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


def log_in(client, password, address="203.0.113.7"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": "fund-admin", "password": password},
        REMOTE_ADDR=address,
    )


@pytest.fixture
def account():
    person = factories.user("fund-admin", "Editors")
    person.set_password("the-right-password")
    person.save()
    return person


def test_five_wrong_passwords_lock_the_account_from_that_address(client, account, caplog):
    with caplog.at_level(logging.WARNING, logger="axes"):
        for _ in range(4):
            assert log_in(client, "guess").status_code == 200  # the form again, with an error
        assert log_in(client, "guess").status_code == 429  # the fifth locks
    locked = log_in(client, "the-right-password")
    assert locked.status_code == 429
    assert "Sign-in paused" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    attempt = AccessAttempt.objects.get(username="fund-admin", ip_address="203.0.113.7")
    assert attempt.failures_since_start >= 5
    assert "after repeated login failures" in caplog.text  # axes logs the lockout


def test_the_account_still_opens_from_another_address(client, account):
    for _ in range(5):
        log_in(client, "guess")
    response = log_in(client, "the-right-password", address="198.51.100.20")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(account.pk)


def test_a_successful_sign_in_resets_the_count(client, account):
    for _ in range(4):
        log_in(client, "guess")
    assert log_in(client, "the-right-password").status_code == 302
    client.logout()
    for _ in range(4):
        log_in(client, "guess")
    assert log_in(client, "the-right-password").status_code == 302
