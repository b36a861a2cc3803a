"""Shared helpers for the fund tests: the demo call, a valid answer set, test files."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale, Page

from example_site.demo.fund import PDF, as_querydict  # noqa: F401  (shared with the demo)
from sc_wagtail.forms.calls import FundCall


def call(code="en"):
    return FundCall.objects.get(
        reference_prefix="TSF", locale=Locale.objects.get(language_code=code)
    )


def fund_page(code="en"):
    english = Page.objects.get(slug="fund", locale__language_code="en")
    return english.get_translation(Locale.objects.get(language_code=code))


def question(the_call, kind):
    return next(b for b in the_call.questions if b.block_type == kind)


def docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


def answers(the_call, key, **overrides):
    """A complete, valid POST for ``the_call``'s form."""
    from sc_wagtail.forms.blocks import FORM_FIELD

    data = {
        FORM_FIELD: str(the_call.pk),
        "city_other": "Sousse",
        "country": "TN",
        "contact_name": "Leïla Ben Salah",
        "contact_role": "Adjointe au maire",
        "email": "leila@example.org",
        "phone": "+216 555 0100",
        "project_title": "Médiateurs de quartier",
        "summary": "Des médiateurs formés dans trois quartiers.",
        "requested_amount": "12000",
        "consent": "on",
        "submission_key": str(key),
        f"q_{question(the_call, 'long_text').id}": "Les tensions entre jeunes de quartiers voisins.",
        f"q_{question(the_call, 'choice').id}": ["0", "2"],
        f"q_{question(the_call, 'number').id}": "400",
        f"q_{question(the_call, 'checkbox').id}": "on",
    }
    data.update(overrides)
    return data


def budget(name="budget.pdf", content=PDF, content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type)
