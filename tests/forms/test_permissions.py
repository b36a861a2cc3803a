"""Who sees and does what: each role against each view, download and transition, checked on
the object (not just the URL)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from sc_wagtail.core.models import Hub
from sc_wagtail.forms import services, workflow
from sc_wagtail.forms.models import Application, ReviewerAssignment
from sc_wagtail.forms.states import Status
from tests.forms.test_status_link import demo

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]


def user(name):
    return get_user_model().objects.get(username=name)


def inspect_url(application):
    return reverse("sc_forms_application:inspect", args=[application.pk])


def file_url(application):
    return reverse("sc_forms_application:file", args=[application.pk, application.files.get().pk])


def transition(client, application, name, comment="A comment."):
    return client.post(
        reverse("sc_forms_application:transition", args=[application.pk]),
        {"transition": name, "comment": comment},
    )


@pytest.fixture
def hubs():
    """Irbid's application belongs to the Middle East and North Africa hub, Sousse's to
    another hub."""
    mena = Hub.objects.get(slug="middle-east-north-africa", locale__language_code="en")
    other = Hub.objects.filter(locale__language_code="en").exclude(pk=mena.pk).first()
    Application.objects.filter(pk=demo("ar").pk).update(hub=mena)
    Application.objects.filter(pk=demo("fr").pk).update(hub=other)
    return mena, other


def test_anonymous_visitors_get_the_login_page_not_the_file(client):
    application = demo("en")
    for url in (
        reverse("sc_forms_application:index"),
        inspect_url(application),
        file_url(application),
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_manager_sees_everything_and_decides(client):
    client.force_login(user("fund-manager"))
    listing = client.get(reverse("sc_forms_application:index")).content.decode()
    for language in ("fr", "ar", "en"):
        assert demo(language).reference in listing
    assert client.get(inspect_url(demo("fr"))).status_code == 200
    assert client.get(file_url(demo("fr"))).status_code == 200


def test_hub_staff_see_their_hubs_applications_only(client, hubs):
    client.force_login(user("hub-staff-mena"))
    listing = client.get(reverse("sc_forms_application:index")).content.decode()
    assert demo("ar").reference in listing and demo("fr").reference not in listing
    assert client.get(inspect_url(demo("ar"))).status_code == 200
    assert client.get(inspect_url(demo("fr"))).status_code == 404
    assert client.get(file_url(demo("fr"))).status_code == 404
    # They move their hub's applications on, but decisions are the managers'.
    application = demo("ar")
    Application.objects.filter(pk=application.pk).update(status=Status.DECISION_PENDING)
    response = transition(client, application, "approve")
    assert response.status_code == 403
    assert "Only fund managers take decisions." in response.content.decode()
    assert Application.objects.get(pk=application.pk).status == Status.DECISION_PENDING
    assert transition(client, demo("fr"), "start_screening").status_code == 404


def test_a_reviewer_sees_an_assigned_application_only_after_declaring_no_conflict(client):
    client.force_login(user("fund-reviewer"))
    application = demo("ar")  # assigned to fund-reviewer by the demo
    first = client.get(inspect_url(application)).content.decode()
    assert "I have no conflict of interest" in first
    assert application.summary not in first and application.email not in first
    assert client.get(file_url(application)).status_code == 404
    client.post(
        reverse("sc_forms_application:declare", args=[application.pk]),
        {"declaration": "no_conflict"},
    )
    page = client.get(inspect_url(application)).content.decode()
    assert application.contact_name in page
    assert client.get(file_url(application)).status_code == 200
    # Reviewers take no transitions.
    assert transition(client, application, "close_review").status_code == 403
    assert Application.objects.get(pk=application.pk).status == Status.IN_REVIEW


def test_a_reviewer_who_declares_a_conflict_never_sees_it(client):
    client.force_login(user("fund-reviewer"))
    application = demo("ar")
    client.post(
        reverse("sc_forms_application:declare", args=[application.pk]), {"declaration": "conflict"}
    )
    response = client.get(inspect_url(application))
    assert response.status_code == 404
    assert application.contact_name not in response.content.decode()


def test_an_unassigned_reviewer_gets_404_everywhere(client):
    client.force_login(user("fund-reviewer-2"))
    application = demo("ar")
    assert (
        application.reference
        not in client.get(reverse("sc_forms_application:index")).content.decode()
    )
    assert client.get(inspect_url(application)).status_code == 404
    assert client.get(file_url(application)).status_code == 404
    assert (
        client.get(reverse("sc_forms_application:review", args=[application.pk])).status_code == 404
    )


def test_reviewers_see_others_scores_only_after_their_own(client):
    application = demo("ar")
    first, second = user("fund-reviewer"), user("fund-reviewer-2")
    ReviewerAssignment.objects.create(application=application, reviewer=second)
    ReviewerAssignment.objects.filter(application=application).update(
        no_conflict_declared_at="2026-01-01T00:00:00Z"
    )
    criteria = application.call.criteria()

    def score(client, values, comment):
        data = {"recommendation": "fund", "comment": comment}
        for (block_id, _name, _weight), value in zip(criteria, values, strict=True):
            data[f"score_{block_id}"] = str(value)
        return client.post(reverse("sc_forms_application:review", args=[application.pk]), data)

    client.force_login(first)
    assert score(client, [5, 3, 1], "Strong local ownership.").status_code == 302
    client.force_login(second)
    before = client.get(inspect_url(application)).content.decode()
    assert "Strong local ownership." not in before
    assert score(client, [4, 4, 4], "Solid plan.").status_code == 302
    after = client.get(inspect_url(application)).content.decode()
    assert "Strong local ownership." in after
    # A second review by the same person is refused.
    assert score(client, [0, 0, 0], "Again.").status_code == 403
    client.force_login(user("fund-manager"))
    page = client.get(inspect_url(application)).content.decode()
    # (5×2 + 3 + 1) / 4 = 3.50 and 4.00: the average of the weighted scores is 3.75.
    assert "3.75 / 5" in page and "3.50 / 5" in page


def test_transitions_follow_the_declared_edges():
    manager = user("fund-manager")
    application = demo("fr")  # submitted
    names = [t.name for t in workflow.available(manager, application)]
    assert names == ["start_screening"]
    with pytest.raises(Exception, match="cannot be done"):
        workflow.apply(application, "approve", manager)
    workflow.apply(application, "start_screening", manager)
    names = {
        t.name for t in workflow.available(manager, Application.objects.get(pk=application.pk))
    }
    # "Send to reviewers" needs a reviewer first; the inspect view says so.
    assert names == {"request_information", "decline"}
    event = application.events.last()
    assert (event.actor, event.from_status, event.to_status) == (manager, "submitted", "screening")
    with pytest.raises(Exception, match="Assign at least one reviewer first"):
        workflow.apply(application, "send_to_review", manager)
    services.assign_reviewer(application, user("fund-reviewer"), manager)
    names = {
        t.name for t in workflow.available(manager, Application.objects.get(pk=application.pk))
    }
    assert names == {"send_to_review", "request_information", "decline"}


def test_requesting_information_needs_a_message(client):
    client.force_login(user("fund-manager"))
    application = demo("ar")
    response = transition(client, application, "request_information", comment="")
    assert response.status_code == 302
    assert Application.objects.get(pk=application.pk).status == Status.IN_REVIEW


def test_bulk_actions_check_each_application(client, hubs):
    client.force_login(user("hub-staff-mena"))
    listing = client.get(reverse("sc_forms_application:index")).content.decode()
    assert 'form="sc-bulk-form"' in listing and "With the ticked applications" in listing
    ar, fr = demo("ar"), demo("fr")
    Application.objects.filter(pk=ar.pk).update(status=Status.SUBMITTED)
    # fr belongs to another hub: not visible, so not touched.
    response = client.post(
        reverse("sc_forms_application:bulk"),
        {"ids": [ar.pk, fr.pk], "bulk_action": "start_screening"},
        follow=True,
    )
    assert Application.objects.get(pk=ar.pk).status == Status.SCREENING
    assert Application.objects.get(pk=fr.pk).status == Status.SUBMITTED
    assert f"Done: {ar.reference}." in response.content.decode()
    # A decision is refused for hub staff, and the refusal names the application.
    Application.objects.filter(pk=ar.pk).update(status=Status.DECISION_PENDING)
    response = client.post(
        reverse("sc_forms_application:bulk"),
        {"ids": [ar.pk], "bulk_action": "approve"},
        follow=True,
    )
    assert Application.objects.get(pk=ar.pk).status == Status.DECISION_PENDING
    assert (
        f"Refused: {ar.reference} (Only fund managers take decisions.)" in response.content.decode()
    )
    # Bulk assignment.
    Application.objects.filter(pk=ar.pk).update(status=Status.IN_REVIEW)
    reviewer = user("fund-reviewer-2")
    client.post(
        reverse("sc_forms_application:bulk"),
        {"ids": [ar.pk], "bulk_action": "assign", "reviewer": reviewer.pk},
    )
    assert ReviewerAssignment.objects.filter(application=ar, reviewer=reviewer).exists()


def test_reviewers_get_no_bulk_form(client):
    client.force_login(user("fund-reviewer"))
    listing = client.get(reverse("sc_forms_application:index")).content.decode()
    assert "sc-bulk-form" not in listing


def test_managers_say_who_staffs_which_hub_in_the_admin(client):
    from sc_wagtail.forms.models import HubStaff

    client.force_login(user("fund-manager"))
    listing = client.get(reverse("wagtailsnippets_sc_forms_hubstaff:list"))
    assert listing.status_code == 200 and "hub-staff-mena" in listing.content.decode()
    other = (
        Hub.objects.filter(locale__language_code="en")
        .exclude(slug="middle-east-north-africa")
        .first()
    )
    response = client.post(
        reverse("wagtailsnippets_sc_forms_hubstaff:add"),
        {"user": user("hub-staff-mena").pk, "hub": other.pk},
    )
    assert response.status_code == 302
    assert HubStaff.objects.filter(user=user("hub-staff-mena"), hub=other).exists()
    # Hub staff cannot change their own hubs.
    client.force_login(user("hub-staff-mena"))
    assert client.get(reverse("wagtailsnippets_sc_forms_hubstaff:add")).status_code in (302, 403)
