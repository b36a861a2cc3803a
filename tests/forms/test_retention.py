"""The retention period: old closed applications lose personal data and files, not figures."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from sc_wagtail.core.storage import private_storage
from sc_wagtail.forms.models import Application
from sc_wagtail.forms.status_link import make_token
from tests.forms.test_status_link import demo

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]


def test_old_closed_applications_are_anonymised_and_their_figures_kept(
    client, django_capture_on_commit_callbacks
):
    approved, submitted = demo("en"), demo("fr")
    old = timezone.now() - datetime.timedelta(days=40 * 31)
    Application.objects.filter(pk__in=[approved.pk, submitted.pk]).update(updated_at=old)
    token = make_token(approved)
    file_name = approved.files.get().file.name
    assert private_storage().exists(file_name)
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("anonymise_applications", "--months", "36", stdout=out)
    assert f"Anonymised {approved.reference}" in out.getvalue()
    assert submitted.reference not in out.getvalue()  # still open: kept whatever its age
    approved.refresh_from_db()
    assert approved.contact_name == "" and approved.email == "anonymised@invalid"
    assert approved.summary == "" and approved.anonymised_at is not None
    assert str(approved.requested_amount) == "15000.00" and approved.country.code == "KE"
    people = next(a for a in approved.answers.values() if a["type"] == "number")
    problem = next(a for a in approved.answers.values() if a["type"] == "long_text")
    assert people["value"] == "400" and problem["value"] is None
    assert not approved.files.exists() and not private_storage().exists(file_name)
    assert not approved.revisions.exists() and not approved.emails.exists()
    assert client.get(f"/fund/application/{token}/").status_code == 404
    assert approved.events.filter(transition="anonymise").exists()
    # Run again: nothing left to do.
    out = io.StringIO()
    call_command("anonymise_applications", "--months", "36", stdout=out)
    assert "0 closed applications" in out.getvalue()


def test_a_dry_run_changes_nothing():
    approved = demo("en")
    Application.objects.filter(pk=approved.pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=800)
    )
    out = io.StringIO()
    call_command("anonymise_applications", "--months", "24", "--dry-run", stdout=out)
    assert f"Would anonymise {approved.reference}" in out.getvalue()
    assert Application.objects.get(pk=approved.pk).contact_name == "Grace Achieng"
