"""A reader asking for a page in a language it is not published in yet."""

import pytest
from django.test import override_settings

from tests.translation.test_pipeline import story

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


def french_url():
    french = story("fr")
    # The French home is the site root in French, served under /fr/.
    return "/fr/" + french.url_path.split("/", 2)[2]


def test_the_source_page_is_shown_with_a_notice_in_the_readers_language(client):
    response = client.get(french_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cette page n’est pas encore disponible en français" in html
    assert "Mayors agree a shared approach to hate speech online" in html  # the English text
    assert '<div lang="en" dir="ltr">' in html
    assert response["X-Robots-Tag"] == "noindex"
    # The translation is still unpublished, and is not what the reader got.
    assert not story("fr").live
    assert machine_title("fr") not in html


def machine_title(code):
    from wagtail_localize.models import StringTranslation

    english = story("en")
    return StringTranslation.objects.get(
        context__object_id=english.translation_key,
        context__path="title",
        locale__language_code=code,
    ).data


@override_settings(SC_WAGTAIL={"MISSING_TRANSLATION": "404"})
def test_a_site_can_prefer_a_404(client):
    assert client.get(french_url()).status_code == 404


def test_a_path_that_is_no_page_stays_404(client):
    assert client.get("/fr/no-such-page/").status_code == 404
