"""import_wordpress: what becomes what, in every language; the WPML copies as machine drafts
the gate keeps off the public site; old URLs; re-runs; dry runs; bad files."""

import csv
import io
from pathlib import Path
from urllib.parse import unquote

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from example_site.home.models import ContentPage
from sc_wagtail.events.models import EventPage
from sc_wagtail.news.models import NewsPage
from sc_wagtail.translation.checking import segment_findings
from sc_wagtail.translation.review import save_translation, segment_states
from sc_wagtail.wordpress.models import FigureSuggestion, ImportedItem, ImportRun
from tests import factories
from tests.wordpress.conftest import write_export

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site")]


def run(paths, *extra):
    out = io.StringIO()
    args = [paths["export"], "--uploads", paths["uploads"]]
    if "translations" in paths:
        args += ["--translations", paths["translations"]]
    call_command("import_wordpress", *args, *extra, stdout=out)
    return out.getvalue()


def imported(wp_id, language="en", post_type=None):
    rows = ImportedItem.objects.filter(wp_id=wp_id, language=language)
    if post_type:
        rows = rows.filter(post_type=post_type)
    return Page.objects.get(pk=rows.get().page_id).specific


def french_source_and_locale(wp_id=101):
    english = imported(wp_id)
    return TranslationSource.objects.get_for_instance(english), factories.locale("fr")


def test_posts_become_news_pages_in_their_section_with_terms_author_and_image(export_files):
    run(export_files)
    page = imported(101)
    assert isinstance(page, NewsPage) and page.live
    assert page.get_parent().specific_class.__name__ == "NewsIndexPage"
    assert page.locale.language_code == "en" and page.slug == "mayors-meet-tirana"
    assert page.article_type.slug == "event-report"
    assert page.hub.slug == "western-balkans"
    assert [t.theme.slug for t in page.themes.all()] == ["youth"]
    assert [a.name for a in page.authors.all()] == ["Amina Farah"]
    assert page.publication_date.isoformat() == "2024-03-05"
    assert page.summary == "Sixty officials met in Tirana."
    assert page.listing_image is not None and page.listing_image.title == "Workshop photo"


def test_html_becomes_blocks_and_nothing_is_silently_dropped(export_files):
    output = run(export_files)
    body = list(imported(101).body.raw_data)
    kinds = [block["type"] for block in body]
    assert kinds[:2] == ["paragraph", "heading"]
    assert body[1]["value"] == {"text": "What the cities agreed", "level": "h2"}
    assert "share one reporting form.<br/>" in body[2]["value"]  # classic line breaks
    assert "<ul><li>One form</li>" in body[3]["value"]
    image = next(b["value"] for b in body if b["type"] == "image")
    assert image["caption"] == "The mayors at work" and image["alt_text"] == "Mayors around a table"
    assert get_image_model().objects.get(pk=image["image"]).title == "Workshop photo"
    assert next(b["value"] for b in body if b["type"] == "embed") == (
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    )
    quote = next(b["value"] for b in body if b["type"] == "quote")
    assert quote == {
        "quote": "Prevention starts in the neighbourhood.",
        "attribution": "Mayor of Tirana",
    }
    download = next(b["value"] for b in body if b["type"] == "download")
    assert get_document_model().objects.get(pk=download["document"]).title == "Tirana report"
    online_hate = imported(102)
    see_also = next(b["value"] for b in body if "See also" in str(b["value"]))
    assert f'id="{online_hate.pk}"' in see_also and 'linktype="page"' in see_also  # a post
    assert any('[contact-form-7 id="5"' in b["value"] for b in body if b["type"] == "paragraph")
    assert any("Broken <b>markup here</b>" in b["value"] for b in body if b["type"] == "paragraph")
    assert "shortcode" in output and "missing-image" in output
    gutenberg = [b["type"] for b in imported(102).body.raw_data]
    assert gutenberg == ["paragraph", "heading", "image", "embed", "download", "paragraph"]
    assert "unknown-block" in output


def test_events_pages_drafts_and_private_posts(export_files):
    run(export_files)
    event = imported(201)
    assert isinstance(event, EventPage) and event.live
    assert event.time_zone == "Europe/Tirane"
    assert (event.start_date.isoformat(), event.start_time.isoformat()) == (
        "2024-11-03",
        "09:00:00",
    )
    assert (event.end_date.isoformat(), event.end_time.isoformat()) == ("2024-11-04", "17:30:00")
    assert event.starts_at.isoformat() == "2024-11-03T08:00:00+00:00"  # Tirana is UTC+1
    assert event.venue == "Tirana City Hall" and event.country == "AL"
    assert [o.organisation.name for o in event.organisations.all()] == ["Strong Cities Network"]
    about = imported(401)
    assert isinstance(about, ContentPage) and about.live and about.intro == "Who we are."
    assert not imported(402).live  # drafts stay drafts
    members = imported(103)
    assert members.live and PageViewRestriction.objects.filter(page=members).exists()


@pytest.mark.parametrize("form", ["import", "fields", "table"])
def test_each_wpml_form_gives_the_copies_as_machine_drafts(tmp_path, form):
    output = run(write_export(tmp_path, form=form))
    source, fr = french_source_and_locale()
    drafts = StringTranslation.objects.filter(
        translation_of__segments__source=source, locale=fr
    ).distinct()
    assert drafts.exists()
    assert set(drafts.values_list("translation_type", "tool_name")) == {("machine", "WPML import")}
    assert "Les maires se réunissent à Tirana" in drafts.values_list("data", flat=True)
    french = imported(111, "fr")
    assert french.locale.language_code == "fr" and not french.live
    assert imported(121, "ar").locale.language_code == "ar"
    assert "1 post (de)" in output  # German is no locale of this site


def test_imported_copies_wait_for_review_with_their_findings(client, export_files):
    run(export_files)
    source, fr = french_source_and_locale()
    states = segment_states(source, fr)
    assert {s.state for s in states} <= {"machine", "missing"}
    findings = segment_findings(states, "fr")
    first = next(
        s for s in states if "50 fonctionnaires" in (s.translation.data if s.translation else "")
    )
    assert "numbers-preserved" in {f.check for f in findings[str(first.segment.pk)]}  # 50, 60
    french = imported(111, "fr")
    html = client.get("/fr/" + french.url_path.split("/", 2)[2]).content.decode()
    assert "Les maires se réunissent" not in html  # the gate holds the copy back
    reviewer = factories.reviewer("fr")
    client.force_login(reviewer)
    queue = client.get(reverse("sc_translation_admin:queue")).content.decode()
    assert imported(101).title in queue


def test_a_copy_with_fewer_paragraphs_loses_no_text(export_files):
    output = run(export_files)
    source, fr = french_source_and_locale()
    drafts = " ".join(
        s.translation.data for s in segment_states(source, fr) if s.translation is not None
    )
    for words in ("Plus de 50 fonctionnaires", "Ce que les villes ont convenu", "Dix jours",
                  "La prévention commence", "Balisage", "contact-form-7"):  # fmt: skip
        assert words in drafts, words
    assert "structure" in output


def test_old_urls_redirect_to_the_new_pages_and_files(client, export_files):
    run(export_files)
    english, french = imported(101), imported(111, "fr")
    for old, target in (
        ("/2024/03/mayors-meet-tirana/", english),
        ("/?p=101", english),
        ("/fr/2024/03/maires-tirana/", french),
        ("/?page_id=401", imported(401)),
    ):
        response = client.get(old)
        assert response.status_code == 301, old
        assert unquote(response["Location"]).endswith(target.url_path.split("/", 2)[2]), old
    document = get_document_model().objects.get(title="Tirana report")
    response = client.get("/?attachment_id=502")
    assert response.status_code == 301 and response["Location"].endswith(document.url)


def test_a_second_run_changes_nothing_and_never_overwrites_an_approved_translation(tmp_path):
    paths = write_export(tmp_path)
    run(paths)
    counts = (Page.objects.count(), Redirect.objects.count(), get_image_model().objects.count())
    output = run(paths)
    assert (
        Page.objects.count(),
        Redirect.objects.count(),
        get_image_model().objects.count(),
    ) == counts
    assert "unchanged:" in output and "created: " not in output.replace("created: 0", "")

    source, fr = french_source_and_locale()
    title = next(s for s in segment_states(source, fr) if s.segment.context.path == "title")
    factories.read_and_approve(source, fr, factories.reviewer("fr"))
    changed = write_export(
        tmp_path, changes={111: {"title": "Un autre titre", "content": "<p>Neuf.</p>"}}
    )
    run(changed)
    after = next(s for s in segment_states(source, fr) if s.segment.pk == title.segment.pk)
    assert (
        after.state == "approved" and after.translation.data == "Les maires se réunissent à Tirana"
    )


def test_a_dry_run_writes_nothing_and_reports_the_same(export_files):
    before = (Page.objects.count(), Redirect.objects.count(), get_image_model().objects.count(),
              ImportRun.objects.count(), StringTranslation.objects.count())  # fmt: skip
    output = run(export_files, "--dry-run")
    assert "Dry run: nothing was written" in output
    assert "3 post" in output and "redirect" in output
    after = (Page.objects.count(), Redirect.objects.count(), get_image_model().objects.count(),
             ImportRun.objects.count(), StringTranslation.objects.count())  # fmt: skip
    assert after == before


def test_a_malformed_export_fails_with_the_line(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text('<?xml version="1.0"?>\n<rss>\n<channel>\n<item><title>x</titl></item>\n')
    with pytest.raises(CommandError, match="line 4"):
        call_command("import_wordpress", str(broken), stdout=io.StringIO())
    assert not ImportRun.objects.exists()


def test_a_missing_upload_is_reported_with_its_id_and_url(export_files):
    run(export_files)
    with open(Path(export_files["export"]).with_suffix(".warnings.csv")) as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["kind", "wordpress_id", "url", "message"]
    missing = [row for row in rows if row[0] == "missing-file"]
    assert missing and missing[0][1] == "503"
    run_row = ImportRun.objects.get()
    assert run_row.summary["created"]["post"] == 3
    assert any(w[0] == "missing-image" and w[1] == 101 for w in run_row.warnings)


def test_copies_can_go_live_behind_the_notice_until_reviewed(
    client, export_files, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        run(export_files, "--publish-machine-translations-with-notice")
    french = imported(111, "fr")
    assert french.live
    url = "/fr/" + Page.objects.get(pk=french.pk).url_path.split("/", 2)[2]
    html = client.get(url).content.decode()
    assert "Les maires se réunissent à Tirana" in html
    assert 'class="notice machine-translated"' in html
    source, fr = french_source_and_locale()
    reviewer = factories.reviewer("fr")
    factories.read_and_approve(source, fr, reviewer)
    for state in segment_states(source, fr):  # what the checks refuse, a person rewrites
        if state.state != "approved":
            save_translation(state, fr, f"[relu] {state.segment.string.data}", reviewer)
    factories.read_and_approve(source, fr, reviewer)
    translation = Translation.objects.get(source=source, target_locale=fr)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=reviewer, publish=True)
    url = "/fr/" + Page.objects.get(pk=french.pk).url_path.split("/", 2)[2]
    assert "machine-translated" not in client.get(url).content.decode()


def test_figures_from_the_old_text_are_offered_and_applied_only_when_accepted(
    client, admin_user, export_files
):
    run(export_files)
    page = imported(101)
    suggestion = FigureSuggestion.objects.get(page=page, sentence__startswith="More than 60")
    assert suggestion.figures["rows"] == [
        {"qualifier": "more_than", "number": 60, "category": "municipal_officials", "part_of": ""},
        {"qualifier": "exactly", "number": 15, "category": "mayors_and_deputies",
         "part_of": "municipal_officials"},
    ]  # fmt: skip
    assert not list(page.report.raw_data)  # nothing written by itself
    client.force_login(admin_user)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Figures suggested from the imported text (1)" in edit
    url = reverse("sc_wordpress:suggestions", args=[page.pk])
    assert "More than 60 municipal officials" in client.get(url).content.decode()
    client.post(
        reverse("sc_wordpress:decide", args=[page.pk, suggestion.pk]), {"decision": "accept"}
    )
    draft = Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()
    rows = draft.report.raw_data[0]["value"]["rows"]
    assert [row["value"]["number"] for row in rows] == [60, 15]
    assert not list(NewsPage.objects.get(pk=page.pk).report.raw_data)  # the live page waits


def test_the_admin_report_page_shows_the_run(client, admin_user, export_files):
    run(export_files)
    client.force_login(admin_user)
    html = client.get(reverse("sc_wordpress:report")).content.decode()
    assert "export-import.xml" in html and "missing-file" in html
    assert reverse("wagtailadmin_pages:edit", args=[imported(101).pk]) in html
