"""Agency exchange: pending segments out as PO and XLIFF 1.2, edited files back in."""

import polib
import pytest
from defusedxml import ElementTree
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import TranslationSource

from sc_wagtail.translation.exchange import XLIFF_NS
from sc_wagtail.translation.review import EDITED, MACHINE, segment_states
from tests import factories
from tests.translation.test_pipeline import story
from tests.translation.test_review_screen import reviewer_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]
NS = {"x": XLIFF_NS}


def story_states(code="fr"):
    source = TranslationSource.objects.get_for_instance(story("en"))
    return segment_states(source, factories.locale(code))


def export(client, code, file_format):
    response = client.get(reverse("sc_translation_admin:export", args=[code, file_format]))
    assert response.status_code == 200
    return response.content


def upload(client, code, name, data):
    return client.post(
        reverse("sc_translation_admin:import", args=[code]),
        {"file": SimpleUploadedFile(name, data)},
        follow=True,
    )


def test_po_round_trip_records_edits_that_still_need_approval(client):
    user = reviewer_for("fr")
    client.force_login(user)
    catalog = polib.pofile(export(client, "fr", "po").decode())
    units = {entry.msgid: entry for entry in catalog}
    title = units["Mayors agree a shared approach to hate speech online"]
    assert title.msgstr  # the machine draft travels with it
    title.msgstr = "Les maires s'accordent sur une approche commune"
    response = upload(client, "fr", "agency.po", str(catalog).encode())
    assert "1 translations imported" in response.content.decode()
    edited = next(s for s in story_states() if s.segment.pk == int(title.msgctxt.split(":")[1]))
    assert edited.state == EDITED
    assert edited.translation.data == "Les maires s'accordent sur une approche commune"
    assert edited.translation.last_translated_by == user
    assert {s.state for s in story_states() if s.segment.pk != edited.segment.pk} == {MACHINE}


def test_xliff_round_trip(client):
    client.force_login(reviewer_for("ar"))
    root = ElementTree.fromstring(export(client, "ar", "xlf"))
    assert root.get("version") == "1.2"
    assert root.find("x:file", NS).get("target-language") == "ar"
    unit = next(
        u
        for u in root.iterfind(".//x:trans-unit", NS)
        if u.find("x:source", NS).text == "Mayors agree a shared approach to hate speech online"
    )
    unit.find("x:target", NS).text = "رؤساء البلديات يتفقون على نهج مشترك"
    from xml.etree.ElementTree import tostring

    upload(client, "ar", "agency.xlf", tostring(root))
    edited = next(s for s in story_states("ar") if s.segment.string.data.startswith("Mayors agree"))
    assert (
        edited.state == EDITED and edited.translation.data == "رؤساء البلديات يتفقون على نهج مشترك"
    )


def test_a_unit_whose_source_changed_is_skipped(client):
    client.force_login(reviewer_for("fr"))
    catalog = polib.pofile(export(client, "fr", "po").decode())
    entry = catalog[0]
    entry.msgid = "An older source text"
    entry.msgstr = "Un ancien texte"
    response = upload(client, "fr", "agency.po", str(catalog).encode())
    assert "0 translations imported" in response.content.decode()


def test_bad_files_are_refused_with_a_message(client):
    client.force_login(reviewer_for("fr"))
    assert (
        "Upload a .po, .xlf or .xliff file."
        in upload(client, "fr", "virus.exe", b"MZ...").content.decode()
    )
    assert (
        "Not an XLIFF file" in upload(client, "fr", "x.xlf", b"<xliff><unclosed>").content.decode()
    )


def test_a_french_reviewer_cannot_export_or_import_arabic(client):
    client.force_login(reviewer_for("fr"))
    response = client.get(reverse("sc_translation_admin:export", args=["ar", "po"]))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    response = client.post(
        reverse("sc_translation_admin:import", args=["ar"]),
        {"file": SimpleUploadedFile("a.po", b'msgid ""\nmsgstr ""\n')},
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
