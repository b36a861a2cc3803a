"""Snippets go through the same pipeline: machine drafts, review, nothing live before approval."""

import pytest
from django.contrib.auth import get_user_model
from wagtail_localize.models import Translation, TranslationSource

from sc_wagtail.core.models import City, Hub
from sc_wagtail.translation.review import MACHINE, STALE, segment_states
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


def french_copy(city):
    return City.objects.filter(
        translation_key=city.translation_key, locale__language_code="fr"
    ).first()


def test_a_new_city_is_drafted_and_reaches_french_only_once_approved():
    hub = Hub.objects.get(slug="middle-east-north-africa", locale__language_code="en")
    city = City.objects.create(
        name="Zarqa", country="JO", hub=hub, locale=factories.locale("en"), is_member=True
    )
    source = TranslationSource.objects.get_for_instance(city)
    fr = factories.locale("fr")
    assert {s.state for s in segment_states(source, fr)} == {MACHINE}
    assert french_copy(city) is None  # nothing written for readers yet

    factories.read_and_approve(source, fr, get_user_model().objects.get(username="admin"))
    Translation.objects.get(source=source, target_locale=fr).save_target(publish=True)
    french = french_copy(city)
    assert french is not None and french.country == "JO"


def test_a_changed_name_reopens_only_the_name_and_the_copy_keeps_its_text():
    city = City.objects.get(name="Irbid", locale__language_code="en")
    french = french_copy(city)
    city.name = "Irbid Greater Municipality"
    city.country = "JO"
    city.save()
    source = TranslationSource.objects.get_for_instance(city)
    states = segment_states(source, factories.locale("fr"))
    assert [s.segment.string.data for s in states if s.state == STALE] == [
        "Irbid Greater Municipality"
    ]
    french.refresh_from_db()
    assert french.name == "Irbid"
