"""Machine drafts on publish: drafted in every locale, reviewed before going live, and only
what changed is drafted again."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from sc_wagtail.news.models import NewsPage
from sc_wagtail.translation.review import APPROVED, MACHINE, STALE, segment_states
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]
STORY = "shared-approach-hate-speech"


def story(code):
    english = NewsPage.objects.get(slug=STORY, locale__language_code="en")
    return NewsPage.objects.filter(
        translation_key=english.translation_key, locale__language_code=code
    ).first()


def states(page, code):
    source = TranslationSource.objects.get_for_instance(page)
    return segment_states(source, factories.locale(code))


def test_a_published_story_is_drafted_by_machine_in_every_locale_and_not_public(client):
    english = story("en")
    assert english.live
    for code in ("fr", "es", "ar", "sq"):
        draft = story(code)
        assert draft is not None and not draft.live, code
        assert {s.state for s in states(english, code)} == {MACHINE}
        assert {s.translation.tool_name for s in states(english, code)} == {"Dummy translator"}
    # The admin lists the drafts under the source title, never under machine text.
    machine_title = next(
        s.translation.data for s in states(english, "fr") if s.segment.context.path == "title"
    )
    assert machine_title != english.title and story("fr").title == english.title
    assert story("fr").draft_title == english.title
    # A French reader gets the English page with a notice, never the machine draft.
    html = client.get(f"/fr/{story('fr').url_path.split('/', 2)[2]}").content.decode()
    assert "pas encore disponible en français" in html
    assert machine_title not in html


class EngineDown(Exception):
    pass


class FailingTranslator:
    display_name = "Down"

    def __init__(self, options):
        pass

    def can_translate(self, source_locale, target_locale):
        return True

    def translate(self, source_locale, target_locale, strings):
        raise EngineDown("the engine timed out")


def test_only_the_changed_paragraph_is_drafted_again_and_the_live_copy_keeps_its_text(
    django_capture_on_commit_callbacks,
):
    reviewer = get_user_model().objects.create_user("fr-reviewer")
    english = story("en")
    source = TranslationSource.objects.get_for_instance(english)
    fr = factories.locale("fr")
    factories.read_and_approve(source, fr, reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(source=source, target_locale=fr).save_target(publish=True)
    french = story("fr")
    assert french.live
    live_body = french.body.raw_data[1]["value"]

    data = list(english.body.raw_data)
    data[1]["value"] = "<p>They also agreed to train one officer per city.</p>"
    english.body = data
    english.save_revision().publish()  # the pipeline runs inline in tests

    by_state = {}
    for state in states(english, "fr"):
        by_state.setdefault(state.state, []).append(state.segment.string.data)
    assert by_state[STALE] == ["They also agreed to train one officer per city."]
    assert STALE not in {s.state for s in states(english, "fr") if s.state == APPROVED}
    assert len(by_state[APPROVED]) == len(states(english, "fr")) - 1
    french = Page.objects.get(pk=french.pk).specific
    assert french.live and french.body.raw_data[1]["value"] == live_body


def test_an_engine_failure_writes_nothing_and_raises_for_a_retry():
    english = story("en")
    before = StringTranslation.objects.count()
    data = list(english.body.raw_data)
    data[0]["value"] = "<p>A new first paragraph.</p>"
    english.body = data
    failing = {"CLASS": "tests.translation.test_pipeline.FailingTranslator"}
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=failing), pytest.raises(EngineDown):
        english.save_revision().publish()
    assert StringTranslation.objects.count() == before
    assert not story("fr").live


class SloppyTranslator:
    """An engine with typographic habits reviewers should never have to fix by hand."""

    display_name = "Sloppy"

    def __init__(self, options):
        pass

    def can_translate(self, source_locale, target_locale):
        return True

    def translate(self, source_locale, target_locale, strings):
        from wagtail_localize.strings import StringValue

        return {string: StringValue("Pourquoi ? Parce que  « oui » .") for string in strings}


def test_machine_drafts_get_their_typography_fixed_before_anyone_reads_them():
    english = story("en")
    data = list(english.body.raw_data)
    data[0]["value"] = "<p>Why? Because of the reports.</p>"
    english.body = data
    sloppy = {"CLASS": "tests.translation.test_pipeline.SloppyTranslator"}
    with override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=sloppy):
        english.save_revision().publish()
    drafted = next(s for s in states(english, "fr") if s.segment.string.data.startswith("Why?"))
    assert drafted.translation.data == "Pourquoi\u202f? Parce que «\u202foui\u202f»."
    assert drafted.origin == "machine"  # still machine text, to be read and approved


def test_an_exact_memory_match_is_drafted_from_the_approved_text_and_approvable_at_once():
    """The same English paragraph on a second page: its French draft is the approved
    translation (marked as memory), which "approve all" may approve."""
    from sc_wagtail.translation.review import MEMORY_TOOL, approve_all, save_translation

    english = story("en")
    reviewer = factories.reviewer("fr")
    fr = factories.locale("fr")
    paragraph = next(s for s in states(english, "fr") if s.segment.context.path.startswith("body"))
    french_text = (
        "Neuf maires et deux gouverneurs se sont réunis à Irbid pour comparer la façon dont "
        "leurs villes répondent aux discours de haine en ligne et dans la rue."
    )
    save_translation(paragraph, fr, french_text, reviewer)
    factories.read_and_approve(TranslationSource.objects.get_for_instance(english), fr, reviewer)
    twin = factories.news_page(
        english.get_parent().specific,
        77,
        live=False,
        body=[("paragraph", f"<p>{paragraph.segment.string.data}</p>")],
    )
    twin.save_revision().publish()  # the pipeline drafts inline
    memory = next(s for s in states(twin, "fr") if s.segment.context.path.startswith("body"))
    assert memory.translation.data == french_text
    assert memory.origin == "memory" and memory.translation.tool_name == MEMORY_TOOL
    source = TranslationSource.objects.get_for_instance(twin)
    assert approve_all(source, fr, reviewer) >= 1
    approved = next(s for s in states(twin, "fr") if s.segment.context.path.startswith("body"))
    assert approved.state == APPROVED
    assert {s.state for s in states(twin, "fr") if s.origin == "machine"} == {MACHINE}
