"""Readers report translation problems; the locale's reviewers hear of it, the segment reopens."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client, override_settings
from wagtail_localize.models import TranslationSource

from sc_wagtail.news.models import NewsPage
from sc_wagtail.translation.models import TranslationProblem
from sc_wagtail.translation.permissions import reviewer_group_name
from sc_wagtail.translation.review import APPROVED, segment_states
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


@pytest.fixture
def french_reviewer():
    user = get_user_model().objects.create_user("lea", email="lea@example.org")
    user.groups.add(Group.objects.get(name=reviewer_group_name("fr")))
    arabic = get_user_model().objects.create_user("omar", email="omar@example.org")
    arabic.groups.add(Group.objects.get(name=reviewer_group_name("ar")))
    return user


def french_story():
    english = NewsPage.objects.get(slug="story-1", locale__language_code="en")
    return english, NewsPage.objects.get(
        translation_key=english.translation_key, locale__language_code="fr"
    )


def report(client, page, **data):
    return client.post(f"/translation-problem/{page.pk}/", {"website": "", **data})


def test_every_translated_page_offers_the_form_and_the_source_does_not(client):
    english, french = french_story()
    assert "Signaler un problème de traduction" in client.get(french.url).content.decode()
    assert "Report a translation problem" not in client.get(english.url).content.decode()


def test_a_report_marks_the_quoted_segment_and_reaches_the_locales_reviewers(
    client, french_reviewer, django_capture_on_commit_callbacks
):
    english, french = french_story()
    source = TranslationSource.objects.get_for_instance(english)
    fr = factories.locale("fr")
    assert {s.state for s in segment_states(source, fr)} == {APPROVED}
    quoted = french.summary.split(".")[0]

    with django_capture_on_commit_callbacks(execute=True):
        response = report(client, french, quote=quoted, comment="Le sens est inversé.")
    assert response.status_code == 302 and "reported=1" in response["Location"]

    problem = TranslationProblem.objects.get()
    assert problem.context is not None and problem.locale == fr
    # Anyone can write a report: the reviewer's approval stands until a reviewer decides.
    assert {s.state for s in segment_states(source, fr)} == {APPROVED}
    # Every French reviewer (Léa and the demo's reviewer-fr), no Arabic one, each their own
    # message (nobody sees the other reviewers' addresses).
    assert sorted(m.to[0] for m in mail.outbox) == ["lea@example.org", "reviewer-fr@example.org"]
    assert all(len(m.to) == 1 for m in mail.outbox)
    assert "Un lecteur signale un problème de traduction" in mail.outbox[0].subject
    assert quoted in mail.outbox[0].body
    thanks = client.get(response["Location"]).content.decode()
    assert "Merci. Une personne chargée de relire cette langue va s" in thanks


def test_the_honeypot_keeps_nothing(client, french_reviewer):
    _english, french = french_story()
    response = report(client, french, quote="mot", website="http://spam.example")
    assert response.status_code == 302
    assert not TranslationProblem.objects.exists() and not mail.outbox


def test_an_empty_quote_is_refused_with_a_message_in_the_pages_language(client):
    _english, french = french_story()
    response = report(client, french, quote="")
    assert response.status_code == 400
    assert "Champ requis." in response.content.decode()


@override_settings(SC_WAGTAIL={"PROBLEM_REPORTS_PER_IP_PER_HOUR": 2})
def test_reports_are_rate_limited_per_client(client):
    _english, french = french_story()
    assert report(client, french, quote="un").status_code == 302
    assert report(client, french, quote="deux").status_code == 302
    assert report(client, french, quote="trois").status_code == 429
    assert TranslationProblem.objects.count() == 2


def test_one_reader_is_limited_and_another_reader_of_the_same_office_still_reports(client):
    _english, french = french_story()
    limits = {"PROBLEM_REPORTS_PER_SESSION_PER_HOUR": 2, "PROBLEM_REPORTS_PER_IP_PER_HOUR": 50}
    with override_settings(SC_WAGTAIL=limits):
        assert report(client, french, quote="un").status_code == 302
        assert report(client, french, quote="deux").status_code == 302
        assert report(client, french, quote="trois").status_code == 429
        colleague = Client()  # another browser, the same office address
        assert report(colleague, french, quote="quatre").status_code == 302
    assert TranslationProblem.objects.count() == 3


def test_approving_the_segment_resolves_the_report(client, french_reviewer):
    from sc_wagtail.translation.review import approve

    english, french = french_story()
    report(client, french, quote=french.summary.split(".")[0])
    problem = TranslationProblem.objects.get()
    source = TranslationSource.objects.get_for_instance(english)
    state = next(
        s
        for s in segment_states(source, french.locale)
        if s.segment.context_id == problem.context_id
    )
    approve(source, french.locale, state, french_reviewer)
    problem.refresh_from_db()
    assert problem.status == "resolved"


def test_reviewers_are_told_in_their_language_when_a_review_opens(
    french_reviewer, django_capture_on_commit_callbacks
):
    english = NewsPage.objects.get(slug="shared-approach-hate-speech", locale__language_code="en")
    data = list(english.body.raw_data)
    data[0]["value"] = "<p>Eleven mayors met in Irbid.</p>"
    english.body = data
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision().publish()  # the pipeline drafts and notifies inline in tests
    french_mail = [m for m in mail.outbox if "lea@example.org" in m.to]
    assert french_mail and "À relire en français" in french_mail[0].subject
    assert "/admin/translations/review/" in french_mail[0].body
