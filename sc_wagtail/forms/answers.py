"""The answers every application has, declared once: what the form asks, what the
Application row keeps as columns, what a revision snapshots and what the answer form starts
from. The call's own questions live in ``Application.answers``."""

from decimal import Decimal

# Core answers stored as Application columns (country and city are handled with them).
CORE_ANSWER_FIELDS = (
    "contact_name",
    "contact_role",
    "email",
    "phone",
    "project_title",
    "summary",
    "requested_amount",
)


def set_core_answers(application, data):
    """Copy a valid form's core answers onto ``application`` (not saved). A city chosen from
    the directory is linked (its source-locale record) and named; a typed one is named."""
    for field in CORE_ANSWER_FIELDS:
        setattr(application, field, data[field])
    application.country = data["country"]
    city = data.get("city")
    if city:
        application.city = city.get_translation_or_none(application.call.locale) or city
        application.city_name = str(city)
    else:
        application.city = None
        application.city_name = data["city_other"].strip()


def snapshot(application):
    """What a revision keeps: the core answers and the call's questions."""
    data = {field: getattr(application, field) for field in CORE_ANSWER_FIELDS}
    data["requested_amount"] = str(Decimal(application.requested_amount).quantize(Decimal("0.01")))
    return {
        "city": application.city_name,
        "country": str(application.country),
        **data,
        "answers": application.answers,
    }


def initial_answers(application, call):
    """The answer form's initial values: the application's answers as they stand, with the
    call's own questions matched by block id (choices by their position)."""
    initial = {field: getattr(application, field) for field in CORE_ANSWER_FIELDS}
    initial.update(country=application.country, consent=True)
    if application.city_id:
        initial["city"] = application.city.get_translation_or_none(call.locale) or application.city
    else:
        initial["city_other"] = application.city_name
    for block in call.questions:
        answer = application.answers.get(block.id)
        if not answer or answer["value"] in (None, "") or block.block_type == "file":
            continue
        if block.block_type == "choice":
            labels = [str(label) for label in block.value["choices"]]
            chosen = [str(labels.index(v)) for v in answer["value"] if v in labels]
            initial[f"q_{block.id}"] = chosen if block.value["multiple"] else next(iter(chosen), "")
        else:
            initial[f"q_{block.id}"] = answer["value"]
    return initial


def your_answers(application):
    """[(label, value)] of everything the applicant answered, in the active language for the
    form's own fields and as they saw them for the call's questions; figures as the language
    writes them. For the applicant's status page."""
    from django.utils.html import format_html
    from django.utils.translation import gettext as _
    from django.utils.translation import pgettext

    from sc_wagtail.core.formatting import money

    def left_to_right(text):  # "+216 555 0100" must not read "0100 555 216+" in Arabic
        return format_html('<span dir="ltr">{}</span>', text)

    rows = [
        (_("City"), application.city_name),
        (_("Country"), application.country.name),
        (_("Your name"), application.contact_name),
        (_("Your role"), application.contact_role),
        (_("Email"), left_to_right(application.email)),
        (_("Phone"), left_to_right(application.phone)),
        (_("Project title"), application.project_title),
        (_("Summary of the project"), application.summary),
        (
            _("Amount requested"),
            money(application.requested_amount, application.call.currency),
        ),
    ]
    for answer in application.answers.values():
        value = answer["value"]
        if isinstance(value, list):
            value = pgettext("list separator", ", ").join(value)  # "،" in Arabic
        elif isinstance(value, bool):
            value = _("Yes") if value else _("No")
        rows.append((answer["label"], value if value not in (None, "") else "—"))
    return rows


def staff_answers(application):
    """[(label, type, value)] of the call's own questions for staff: labels in the source
    language (the call staff wrote), the applicant's answers as they wrote them."""
    labels = {block.id: block.value["label"] for block in application.call.questions}
    return [
        (labels.get(key, answer["label"]), answer["type"], answer["value"])
        for key, answer in application.answers.items()
    ]


def revision_changes(before, after, question_labels):
    """[(label, old, new)] of the answers that changed between two revision snapshots."""
    from django.core.exceptions import FieldDoesNotExist
    from django.utils.text import capfirst

    from .models import Application

    def label(name):
        try:
            return capfirst(Application._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:  # a snapshot key that is not a column
            return name

    def shown(value):
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return "" if value is None else str(value)

    changes = []
    for name in ("city", "country", *CORE_ANSWER_FIELDS):
        if before.get(name) != after.get(name):
            changes.append((label(name), shown(before.get(name)), shown(after.get(name))))
    old_answers, new_answers = before.get("answers", {}), after.get("answers", {})
    for key in dict.fromkeys([*old_answers, *new_answers]):
        old = (old_answers.get(key) or {}).get("value")
        new = (new_answers.get(key) or {}).get("value")
        if old != new:
            fallback = (new_answers.get(key) or old_answers.get(key))["label"]
            changes.append((question_labels.get(key, fallback), shown(old), shown(new)))
    return changes
