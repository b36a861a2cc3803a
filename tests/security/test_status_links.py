"""Attack 5: re-posting an old form's submission key returned a fresh status link after staff
had revoked the old one. A repeated key says "already received", never links, and the key is
not on the status page."""

import re
import uuid

import pytest
from django.contrib.auth import get_user_model

from sc_wagtail.forms import services
from sc_wagtail.forms.models import Application
from sc_wagtail.forms.status_link import status_path
from tests.conftest import shared_data
from tests.forms.conftest import build_fund
from tests.forms.helpers import answers, budget, call, fund_page, question

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]
fund = shared_data(lambda: build_fund(codes=("fr",), applications=False))


def submit(client, key):
    the_call = call("fr")
    data = answers(the_call, key, email="mairie@example.org")
    data[f"q_{question(the_call, 'file').id}"] = budget()
    return client.post(fund_page("fr").url, data)


def test_replaying_the_form_after_a_revocation_gives_no_link(client):
    key = uuid.uuid4()
    first = submit(client, key)
    old_link = first["Location"].split("?")[0]
    application = Application.objects.get(submission_key=key)
    services.replace_status_link(application, get_user_model().objects.get(username="admin"))
    assert client.get(old_link).status_code == 404  # revoked

    replay = submit(client, key)
    assert replay.status_code == 200
    html = replay.content.decode()
    assert "Cette candidature a déjà été reçue" in html  # the French page says so
    assert "/fund/application/" not in html and "Location" not in replay
    assert client.get(old_link).status_code == 404
    assert Application.objects.filter(submission_key=key).count() == 1


def test_the_status_page_does_not_show_the_submission_key(client):
    key = uuid.uuid4()
    submit(client, key)
    application = Application.objects.get(submission_key=key)
    application.status = "more_information"
    application.save()
    html = client.get(status_path(application)).content.decode()
    assert "answer-" in html  # the answer form is there
    assert str(key) not in html and not re.search(r'name="[^"]*submission_key"', html)
