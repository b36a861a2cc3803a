"""Attack 12: a newline in an event title crashed its .ics (X-WR-CALNAME), and a carriage
return in a project title silently stopped the staff notification (a newline in an email
subject is refused by the mail library)."""

import uuid

import pytest
from django.core import mail
from icalendar import Calendar

from sc_wagtail.core.outbox import OutgoingEmail
from sc_wagtail.core.text import single_line
from tests import factories
from tests.conftest import shared_data
from tests.forms.conftest import build_fund
from tests.forms.helpers import answers, budget, call, fund_page, question

HOSTILE_TITLE = "Workshop\nX-INJECTED:1\r\nBEGIN:VEVENT\x0b\x1f\u2028end"


def test_single_line_removes_every_control_character():
    assert single_line(HOSTILE_TITLE) == "Workshop X-INJECTED:1 BEGIN:VEVENT end"


@pytest.mark.django_db
def test_an_event_title_with_line_breaks_gives_a_valid_calendar(client):
    index = factories.event_index()
    event = factories.event_page(index, 1, title=HOSTILE_TITLE, summary="Line one\r\nLine two")
    for url in (event.url + "calendar/", index.url + "calendar/"):
        response = client.get(url)
        assert response.status_code == 200
        calendar = Calendar.from_ical(response.content)
        (vevent,) = calendar.walk("VEVENT")
        assert str(vevent["summary"]) == single_line(HOSTILE_TITLE)
        assert "Line one\nLine two" in str(vevent["description"])
        assert b"X-INJECTED:1\r\n" not in response.content  # no property smuggled in


fund = shared_data(lambda: build_fund(codes=(), applications=False))


@pytest.mark.django_db
@pytest.mark.usefixtures("fund")
def test_a_carriage_return_in_a_project_title_still_notifies_staff(
    client, django_capture_on_commit_callbacks
):
    the_call = call("en")
    data = answers(the_call, uuid.uuid4(), project_title="Mediators\rBcc: everyone@example.org")
    data[f"q_{question(the_call, 'file').id}"] = budget()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(fund_page("en").url, data).status_code == 302
    staff = OutgoingEmail.objects.filter(kind="staff_new")
    assert staff.exists() and all(email.sent_at for email in staff)
    subjects = [m.subject for m in mail.outbox]
    assert any("Mediators Bcc: everyone@example.org" in subject for subject in subjects)
    assert all("\r" not in subject and "\n" not in subject for subject in subjects)
