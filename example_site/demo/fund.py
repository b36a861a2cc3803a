"""The demo fund: an open call with its form embedded in a page, staff, and applications in
several states, so the admin shows a working review from the first minute."""

import datetime
import json
import uuid
import zoneinfo
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from sc_wagtail.forms import roles, services, workflow
from sc_wagtail.forms.calls import FundCall
from sc_wagtail.forms.form import ApplicationForm
from sc_wagtail.forms.models import Application, HubStaff
from sc_wagtail.forms.submission import submit

from . import fund_text as ft
from .content import publish, upsert_child


def _id(name):
    """Stable block ids: translations and answers stay attached across re-seeding."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"sc-demo-fund/{name}"))


def _question(kind, name, label, help_text="", required=True, **extra):
    value = {"label": str(label), "help_text": str(help_text), "required": required, **extra}
    return {"type": kind, "value": value, "id": _id(name)}


QUESTIONS = [
    _question("long_text", "problem", ft.Q_PROBLEM, ft.Q_PROBLEM_HELP, word_limit=250),
    _question(
        "choice",
        "themes",
        ft.Q_THEMES,
        multiple=True,
        choices=[
            {"type": "item", "value": str(c), "id": _id(f"theme-{i}")}
            for i, c in enumerate(ft.CHOICES)
        ],
    ),
    _question("number", "people", ft.Q_PEOPLE),
    _question("file", "budget", ft.Q_BUDGET, ft.Q_BUDGET_HELP),
    _question("checkbox", "mayor", ft.Q_MAYOR, required=False),
]
RUBRIC = [
    {
        "type": "criterion",
        "value": {"name": str(name), "description": "", "weight": weight},
        "id": _id(f"criterion-{i}"),
    }
    for i, (name, weight) in enumerate(ft.CRITERIA)
]


def seed_call(locale):
    now = timezone.now()
    call = FundCall.objects.filter(locale=locale, reference_prefix="TSF").first() or FundCall(
        locale=locale
    )
    call.title = str(ft.CALL_TITLE)
    call.reference_prefix = "TSF"
    call.opens_at = now - datetime.timedelta(days=30)
    call.time_zone = "Europe/Brussels"
    # Closes at 17:00 in Brussels, 60 days from now.
    closing_day = (now + datetime.timedelta(days=60)).date()
    call.closes_at = datetime.datetime.combine(
        closing_day, datetime.time(17), tzinfo=zoneinfo.ZoneInfo(call.time_zone)
    )
    call.currency = "EUR"
    call.maximum_amount = Decimal("15000")
    call.eligibility = f"<p>{ft.ELIGIBILITY}</p>"
    call.privacy_notice = f"<p>{ft.PRIVACY}</p>"
    call.questions = json.dumps(QUESTIONS)
    call.rubric = json.dumps(RUBRIC)
    call.save()
    return call


def seed_fund_page(home, call):
    from example_site.home.models import ContentPage

    block = {
        "type": "application_form",
        "value": {"call": call.pk, "heading": ""},
        "id": _id("form-block"),
    }
    return publish(
        upsert_child(
            home,
            ContentPage,
            str(ft.PAGE_SLUG),
            title=str(ft.PAGE_TITLE),
            intro=str(ft.PAGE_INTRO),
            show_in_menus=True,
            body=json.dumps([block]),
        )
    )


def ensure_fund_staff(admin, records):
    """fund-manager, hub-staff (Middle East and North Africa) and two reviewers."""
    roles.ensure_fund_groups()
    User = get_user_model()
    users = {}
    for username, group in [
        ("fund-manager", roles.MANAGERS),
        ("hub-staff-mena", roles.HUB_STAFF),
        ("fund-reviewer", roles.REVIEWERS),
        ("fund-reviewer-2", roles.REVIEWERS),
    ]:
        user, _created = User.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@example.org", "password": admin.password},
        )
        user.groups.add(Group.objects.get(name=group))
        users[username] = user
    mena = records["hubs"].get("middle-east-north-africa")
    if mena is not None:
        HubStaff.objects.get_or_create(user=users["hub-staff-mena"], hub=mena)
    return users


# A minimal valid PDF: the demo's (and the tests') budget attachment.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
    b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


DEMO_APPLICATIONS = [
    # (language, city, country, contact, project, amount, how far it goes)
    (
        "fr",
        "Sousse",
        "TN",
        "Leïla Ben Salah",
        "Médiateurs de quartier pour les jeunes",
        "12000",
        "submitted",
    ),
    ("ar", "Irbid", "JO", "Omar Haddad", "مراكز حوار للشباب", "9500", "in_review"),
    (
        "en",
        "Kisumu",
        "KE",
        "Grace Achieng",
        "Early warning network for schools",
        "15000",
        "approved",
    ),
]


def seed_applications(call_by_language, users):
    """Three applications, submitted through the same code as the public form."""
    made = []
    for number, row in enumerate(DEMO_APPLICATIONS, start=1):
        language, city, country, contact, project, amount, stage = row
        key = uuid.uuid5(uuid.NAMESPACE_URL, f"sc-demo-application/{project}")
        existing = Application.objects.filter(submission_key=key).first()
        if existing is not None:
            made.append(existing)
            continue
        call = call_by_language[language]
        answers = {
            "city_other": city,
            "country": country,
            "contact_name": contact,
            "contact_role": "Deputy mayor",
            "email": f"{city.lower()}@example.org",
            "phone": f"+000 555 01{number:02d}",  # each applicant's own
            "project_title": project,
            "summary": str(ft.PAGE_INTRO[language]),
            "requested_amount": amount,
            "consent": "on",
            "submission_key": str(key),
        }
        for block in call.questions:
            name = f"q_{block.id}"
            if block.block_type == "long_text":
                answers[name] = str(ft.Q_PROBLEM_HELP[language])
            elif block.block_type == "choice":
                answers[name] = ["0", "2"]
            elif block.block_type == "number":
                answers[name] = "400"
            elif block.block_type == "checkbox":
                answers[name] = "on"
        files = {
            f"q_{b.id}": SimpleUploadedFile("budget.pdf", PDF, "application/pdf")
            for b in call.questions
            if b.block_type == "file"
        }
        form = ApplicationForm(call, as_querydict(answers), files)
        if not form.is_valid():
            raise ValueError(f"Demo application {project!r} is invalid: {form.errors.as_json()}")
        application = submit(call, form, language)
        _advance(application, stage, users)
        made.append(application)
    return made


def as_querydict(data):
    """Form data as a browser posts it (lists become repeated keys)."""
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    for key, value in data.items():
        if isinstance(value, list):
            query.setlist(key, value)
        else:
            query[key] = value
    return query


def _advance(application, stage, users):
    manager = users["fund-manager"]
    if stage == "submitted":
        return
    workflow.apply(application, "start_screening", manager)
    assignment, _created = services.assign_reviewer(application, users["fund-reviewer"], manager)
    workflow.apply(application, "send_to_review", manager)
    if stage == "in_review":
        return
    _score(assignment)
    workflow.apply(application, "close_review", manager)
    # Approved for less than asked: the amount is recorded with the approval.
    workflow.apply(
        application,
        "approve",
        manager,
        comment="Congratulations: the grant is confirmed.",
        amount="12000",
    )


def _score(assignment):
    """The reviewer declares no conflict and scores every criterion of the rubric."""
    from sc_wagtail.forms.scoring import ScoreForm

    services.declare_interests(assignment, conflict=False)
    criteria = assignment.application.call.criteria()
    data = {"recommendation": "fund", "comment": "Clear plan, realistic budget."}
    for number, (block_id, _name, _weight) in enumerate(criteria):
        data[f"score_{block_id}"] = str(4 + number % 2)
        data[f"comment_{block_id}"] = ""
    form = ScoreForm(criteria, data)
    if not form.is_valid():
        raise ValueError(f"Demo review is invalid: {form.errors.as_json()}")
    form.save(assignment)
