"""Attack 4: a 306 KB "document" made the server take 600 MB while checking it. Every read from
an uploaded archive is bounded, and such a file is refused with a clear error."""

import io
import tracemalloc
import uuid
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from sc_wagtail.forms.models import Application
from sc_wagtail.forms.uploads import check_upload
from tests.conftest import shared_data
from tests.forms.conftest import build_fund
from tests.forms.helpers import answers, call, fund_page, question

ODT_MIME = b"application/vnd.oasis.opendocument.text"


def zip_bomb(megabytes=600):
    """An ODT-looking archive whose "mimetype" member inflates to ``megabytes`` of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("mimetype", "w", force_zip64=False) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(megabytes):
                member.write(chunk)
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def odt(members=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", ODT_MIME)
        archive.writestr("content.xml", "<office:document-content/>")
        for name in members:
            archive.writestr(name, "")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bomb():
    return zip_bomb()


def test_a_zip_bomb_is_refused_without_inflating_it(bomb):
    assert len(bomb) < 1_000_000  # well under the upload limit
    upload = SimpleUploadedFile("budget.odt", bomb, "application/vnd.oasis.opendocument.text")
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError, match="compression bomb"):
            check_upload(upload)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024  # the bomb inflates to 600 MB


def test_an_archive_with_thousands_of_members_is_refused():
    upload = SimpleUploadedFile("many.odt", odt(f"f{n}" for n in range(6000)))
    with pytest.raises(ValidationError, match="compression bomb"):
        check_upload(upload)


def test_a_real_odt_is_still_accepted():
    assert check_upload(SimpleUploadedFile("plan.odt", odt()))[0] == "odt"


fund = shared_data(lambda: build_fund(codes=("fr",), applications=False))


@pytest.mark.django_db
def test_the_form_refuses_the_bomb_with_a_message_and_saves_nothing(client, fund, bomb):
    the_call = call("fr")
    data = answers(the_call, uuid.uuid4())
    data[f"q_{question(the_call, 'file').id}"] = SimpleUploadedFile("budget.odt", bomb)
    response = client.post(fund_page("fr").url, data)
    assert response.status_code == 200
    assert "budget.odt" in response.content.decode()
    assert not Application.objects.filter(submission_key=data["submission_key"]).exists()
