"""The fund's domain operations and extension points: services the views and the demo call,
a call's own workflow, a site's own question types."""

import uuid

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.test import override_settings
from django.utils import translation

from sc_wagtail.core.models import City
from sc_wagtail.forms import services, workflow
from sc_wagtail.forms.answers import initial_answers
from sc_wagtail.forms.calls import FundCall
from sc_wagtail.forms.form import ApplicationForm
from sc_wagtail.forms.models import Application, ReviewerAssignment
from sc_wagtail.forms.question_fields import QuestionFieldBuilder
from sc_wagtail.forms.states import Status
from sc_wagtail.forms.submission import submit
from tests.forms.helpers import answers, as_querydict, budget, call, question

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fund")]


def person(name):
    return get_user_model().objects.get(username=name)


def submitted_with_a_directory_city():
    the_call = call("fr")
    irbid = City.objects.get(name="Irbid", locale__language_code="fr")
    data = answers(the_call, uuid.uuid4(), city=str(irbid.pk), city_other="")
    form = ApplicationForm(
        the_call, as_querydict(data), {f"q_{question(the_call, 'file').id}": budget()}
    )
    assert form.is_valid(), form.errors
    return submit(the_call, form, "fr"), irbid


def test_the_answer_to_a_request_keeps_the_city_chosen_from_the_directory():
    application, irbid = submitted_with_a_directory_city()
    assert application.city.translation_key == irbid.translation_key
    manager = person("fund-manager")
    workflow.apply(application, "start_screening", manager)
    workflow.apply(application, "request_information", manager, comment="Le budget ?")
    application = Application.objects.get(pk=application.pk)
    with translation.override("fr"):  # the status page speaks the applicant's language
        the_call = application.call.localized
    initial = initial_answers(application, the_call)
    data = {f"answer-{key}": value for key, value in initial.items() if value not in (None, "")}
    data["answer-city"] = str(initial["city"].pk)
    data["answer-requested_amount"] = "9000"
    data["answer-consent"] = "on"
    form = ApplicationForm(
        the_call, as_querydict(data), prefix="answer", previous_answers=application.answers
    )
    assert form.is_valid(), form.errors
    services.answer_request(application, form, "Voici le budget.")
    application = Application.objects.get(pk=application.pk)
    assert application.city is not None  # the bug: the answer kept the name, lost the link
    assert application.city.translation_key == irbid.translation_key
    assert application.revisions.count() == 2
    # The next answer form shows the city chosen, not typed text.
    again = initial_answers(application, the_call)
    assert again["city"].translation_key == irbid.translation_key and "city_other" not in again


def test_assigning_and_declaring_are_services_with_their_own_rules():
    application = Application.objects.get(language="en")  # approved by the demo
    with pytest.raises(services.Refused, match="once a decision is taken"):
        services.assign_reviewer(application, person("fund-reviewer-2"), person("fund-manager"))
    open_one = Application.objects.get(language="fr")
    assignment, created = services.assign_reviewer(
        open_one, person("fund-reviewer-2"), person("fund-manager")
    )
    assert (
        created
        and not services.assign_reviewer(
            open_one, person("fund-reviewer-2"), person("fund-manager")
        )[1]
    )
    services.declare_interests(assignment, conflict=False)
    with pytest.raises(services.Refused, match="already made your declaration"):
        services.declare_interests(ReviewerAssignment.objects.get(pk=assignment.pk), True)


def test_only_staff_of_the_application_assign_and_only_reviewers_are_assigned():
    open_one = Application.objects.get(language="fr")
    with pytest.raises(services.Refused):
        services.assign_reviewer(open_one, person("fund-reviewer-2"), person("fund-reviewer"))
    with pytest.raises(services.Refused, match="Only members of the fund's reviewers"):
        services.assign_reviewer(open_one, person("hub-staff-mena"), person("fund-manager"))
    assert not ReviewerAssignment.objects.filter(
        application=open_one, reviewer__username__in=["fund-reviewer-2", "hub-staff-mena"]
    ).exists()


def test_a_call_can_follow_the_workflow_without_reviewers():
    application = Application.objects.get(language="fr")
    FundCall.objects.filter(pk=application.call_id).update(workflow="without_reviewers")
    application = Application.objects.get(pk=application.pk)
    manager = person("fund-manager")
    workflow.apply(application, "start_screening", manager)
    names = [
        t.name for t in workflow.available(manager, Application.objects.get(pk=application.pk))
    ]
    assert "to_decision" in names and "send_to_review" not in names
    with pytest.raises(PermissionDenied, match="not part of this call's workflow"):
        workflow.apply(application, "send_to_review", manager)
    workflow.apply(application, "to_decision", manager)
    assert Application.objects.get(pk=application.pk).status == Status.DECISION_PENDING


class ShortAnswersBuilder(QuestionFieldBuilder):
    """A site's builder: short answers of at most 40 characters."""

    def create_short_text_field(self, value, **options):
        return forms.CharField(max_length=40, **options)


def test_a_site_builds_its_own_question_fields(settings):
    path = f"{__name__}.ShortAnswersBuilder"
    with override_settings(SC_WAGTAIL={**settings.SC_WAGTAIL, "FUND_QUESTION_BUILDER": path}):
        the_call = call("en")
        form = ApplicationForm(the_call)
        short = [b for b in the_call.questions if b.block_type == "short_text"]
        for block in short:
            assert form.fields[f"q_{block.id}"].max_length == 40


def test_an_unknown_question_type_says_so():
    class Block:
        block_type = "signature"
        value = {"label": "Sign", "help_text": "", "required": True}

    with pytest.raises(ValueError, match="No form field for the question type 'signature'"):
        QuestionFieldBuilder().field_for(Block())
