"""Fund calls in the admin: times are typed in the call's own time zone."""

import datetime
import zoneinfo

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from sc_wagtail.forms.call_form import FundCallForm
from sc_wagtail.forms.calls import FundCall
from tests.forms.helpers import call

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]


def edit_url(the_call):
    return reverse("wagtailsnippets_sc_forms_fundcall:edit", args=[the_call.pk])


def test_the_editor_shows_and_reads_times_in_the_calls_time_zone(client):
    client.force_login(get_user_model().objects.get(username="fund-manager"))
    the_call = call("en")
    brussels = zoneinfo.ZoneInfo("Europe/Brussels")
    html = client.get(edit_url(the_call)).content.decode()
    shown = the_call.closes_at.astimezone(brussels).strftime("%Y-%m-%d %H:%M")
    assert shown in html and shown.endswith("17:00")  # the demo closes at 17:00 in Brussels


class TimesForm(FundCallForm):
    """The call's admin form, reduced to the fields under test."""

    class Meta:
        model = FundCall
        fields = ["time_zone", "opens_at", "closes_at"]


def test_typed_times_are_read_in_the_calls_time_zone():
    the_call = call("en")
    data = {
        "time_zone": "America/Bogota",
        "opens_at": "2026-01-10 09:00",
        "closes_at": "2026-03-31 17:00",
    }
    form = TimesForm(data=data, instance=the_call)
    assert form.is_valid(), form.errors
    closes = form.cleaned_data["closes_at"]
    assert closes == datetime.datetime(
        2026, 3, 31, 17, 0, tzinfo=zoneinfo.ZoneInfo("America/Bogota")
    )
    assert closes.astimezone(datetime.UTC).hour == 22


def test_a_call_that_closes_before_it_opens_is_refused():
    data = {"time_zone": "UTC", "opens_at": "2026-03-31 17:00", "closes_at": "2026-03-31 09:00"}
    form = TimesForm(data=data, instance=call("en"))
    assert not form.is_valid()
    assert form.errors["closes_at"] == ["A call must close after it opens."]
