"""The glossary is a translatable snippet: one row per language, approved like any content."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from sc_wagtail.translation.models import GlossaryTerm, site_glossary
from sc_wagtail.translation.review import APPROVED, MACHINE, segment_states
from tests.translation.test_review_screen import reviewer_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("translation_content")]


def rows(term):
    source = GlossaryTerm.objects.get(term=term, locale__language_code="en")
    return {
        row.locale.language_code: row
        for row in GlossaryTerm.objects.filter(translation_key=source.translation_key)
    }


def test_each_language_has_its_own_approved_row_of_the_seeded_terms():
    fund = rows("Technical Support Fund")
    assert fund["fr"].term == "Fonds d'appui technique"
    assert fund["ar"].term == "صندوق الدعم الفني"
    assert fund["fr"].forbidden_list() == ["Fonds de soutien technique"]
    source = TranslationSource.objects.get_for_instance(fund["en"])
    states = segment_states(source, Locale.objects.get(language_code="fr"))
    assert [s.state for s in states] == [APPROVED]
    assert states[0].review.approved_by.username == "admin"


def test_the_checks_use_every_languages_rows():
    glossary = site_glossary()
    fund = next(t for t in glossary.terms if t.term == "Technical Support Fund")
    assert fund.renderings["es"] == "Fondo de Apoyo Técnico"
    assert fund.forbidden["es"] == ["Fondo de Soporte Técnico"]
    network = next(t for t in glossary.terms if t.term == "Strong Cities Network")
    assert network.do_not_translate and network.rendering("fr") == "Strong Cities Network"
    assert "Réseau des villes fortes" in network.forbidden["fr"]


def test_a_new_term_is_drafted_by_machine_and_unused_until_approved(client):
    english = GlossaryTerm.objects.create(
        term="city action plan", locale=Locale.objects.get(language_code="en")
    )
    source = TranslationSource.objects.get_for_instance(english)
    french = Locale.objects.get(language_code="fr")
    assert [s.state for s in segment_states(source, french)] == [MACHINE]
    # The draft is not written for readers, nor used by the checks, before a person approves.
    assert not GlossaryTerm.objects.filter(translation_key=english.translation_key, locale=french)
    term = next(t for t in site_glossary().terms if t.term == "city action plan")
    assert "fr" not in term.renderings
    reviewer = reviewer_for("fr")
    client.force_login(reviewer)
    translation = Translation.objects.get(source=source, target_locale=french)
    segment = segment_states(source, french)[0].segment
    client.post(
        reverse("sc_translation_admin:review", args=[translation.pk]),
        {"action": "save_approve", "segment": segment.pk, "text": "plan d'action municipal"},
    )
    client.post(
        reverse("sc_translation_admin:review", args=[translation.pk]), {"action": "publish"}
    )
    term = next(t for t in site_glossary().terms if t.term == "city action plan")
    assert term.renderings["fr"] == "plan d'action municipal"


def test_a_sync_from_english_keeps_each_languages_forbidden_renderings():
    english = rows("regional hub")["en"]
    english.note = "A hub of the network (never an airport)."
    english.save()
    french = rows("regional hub")["fr"]
    assert french.note == english.note  # the note follows the source
    assert french.forbidden_list() == ["plateforme régionale"]


def test_csv_export_and_import_round_trip(tmp_path, capsys):
    call_command("glossary_export")
    exported = capsys.readouterr().out
    assert exported.startswith("term,note,do_not_translate,fr,fr_forbidden,es,")
    assert "Strong Cities Network" in exported and "Réseau des villes fortes" in exported
    path = tmp_path / "g.csv"
    path.write_text(
        exported.replace("Fonds d'appui technique", "Fonds d’appui technique"), encoding="utf-8"
    )
    GlossaryTerm.objects.all().delete()
    get_user_model().objects.create_user("terminologist")
    call_command("glossary_import", str(path), "--user", "terminologist", stdout=io.StringIO())
    fund = rows("Technical Support Fund")
    assert fund["fr"].term == "Fonds d’appui technique"
    assert fund["es"].forbidden_list() == ["Fondo de Soporte Técnico"]
    assert rows("Strong Cities Network")["en"].do_not_translate
    source = TranslationSource.objects.get_for_instance(fund["en"])
    (state,) = segment_states(source, Locale.objects.get(language_code="fr"))
    assert state.state == APPROVED and state.review.approved_by.username == "terminologist"


def test_an_unreadable_csv_is_refused_with_its_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("term,note,do_not_translate\nFund,,perhaps\n", encoding="utf-8")
    with pytest.raises(Exception, match="line 2"):
        call_command("glossary_import", str(path))
