"""The demo's outputs, opened by the tools people use, none of them written here:

- Mozilla's ical.js (Thunderbird) reads every locale's calendar feed and each event's .ics
  with the same start and end, in UTC, as Python's zoneinfo;
- the Nu Html Checker (vnu.jar) finds no error, and axe-core in Chromium no WCAG 2.1 A/AA
  violation, on every public page type in all five locales;
- feedparser reads the RSS and Atom feeds without a bozo flag, with RFC 4287's required
  elements and real publication times;
- the report PDFs are tagged, carry XMP metadata, their title and language, embed their
  fonts, and give back Arabic text in reading order (poppler's pdftotext);
- msgfmt -c accepts the agency PO file, counting machine drafts as fuzzy, and a PO or XLIFF
  file round-tripped through translate-toolkit's po2xliff and xliff2po imports back.

Run alone with ``scripts/test -m interop``; the test command installs the tools.
"""

import datetime
import itertools
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import feedparser
import pikepdf
import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from sc_wagtail.events.models import EventIndexPage, EventPage
from sc_wagtail.news.models import NewsIndexPage
from sc_wagtail.translation import exchange
from tests.conftest import demo_db

pytestmark = [*demo_db, pytest.mark.interop]
HERE = Path(__file__).resolve().parent
NODE = HERE / "node_modules"
LOCALES = ("en", "fr", "es", "ar", "sq")
PAGE_TYPES = (
    "home.HomePage",
    "sc_news.NewsIndexPage",
    "sc_news.NewsPage",
    "sc_events.EventIndexPage",
    "sc_events.EventPage",
    "sc_hubs.HubIndexPage",
    "sc_hubs.HubPage",
    "sc_impact.ImpactPage",
    "home.ContentPage",
)


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)


def live(model_label, code):
    from django.apps import apps

    model = apps.get_model(model_label)
    pages = list(model.objects.live().public().filter(locale__language_code=code).order_by("path"))
    # The richest page of its kind: an article with a report, the fund's page with its form.
    wanted = {"sc_news.NewsPage": "report", "home.ContentPage": "application_form"}.get(model_label)
    if wanted:
        pages = [p for p in pages if _has_block(p, wanted)] or pages
    return pages[0] if pages else None


def _has_block(page, name):
    if name == "report":
        return bool(page.report)
    return any(block.block_type == name for block in page.body)


def public_pages():
    for code in LOCALES:
        for label in PAGE_TYPES:
            page = live(label, code)
            if page is not None:
                yield code, label, page


# The search page with results (highlights, filters, pagination) in each language.
SEARCHES = {
    "en": "/search/?q=cities",
    "fr": "/fr/recherche/?q=villes",
    "es": "/es/buscar/?q=ciudades",
    "ar": "/ar/%D8%A8%D8%AD%D8%AB/?q=%D8%A7%D9%84%D9%85%D8%AF%D9%86",
    "sq": "/sq/kerko/?q=qytetet",
}


def public_urls():
    for code, label, page in public_pages():
        yield code, label, page.url
    for code, url in SEARCHES.items():
        yield code, "search", url


# --- calendars ---------------------------------------------------------------------------


def ical_js(ics):
    result = run(["node", str(HERE / "ical_times.mjs")], input=ics)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def utc(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def test_ical_js_reads_every_event_at_the_time_zoneinfo_gives(client):
    checked = 0
    for code in LOCALES:
        index = EventIndexPage.objects.live().get(locale__language_code=code)
        feed = client.get(index.url + "calendar/").content.decode()
        events = EventPage.objects.live().filter(locale__language_code=code)
        by_uid = {f"event-{event.translation_key}@sc-wagtail": event for event in events}
        read = ical_js(feed)
        assert read, code
        for entry in read:
            event = by_uid[entry["uid"]]
            if event.all_day:
                assert entry["start"] == event.start_date.isoformat()
            else:
                assert (entry["start"], entry["end"]) == (utc(event.starts_at), utc(event.ends_at))
            checked += 1
        for event in events[:3]:  # each event's own .ics too
            (entry,) = ical_js(client.get(event.url + "calendar/").content.decode())
            if not event.all_day:
                assert entry["start"] == utc(event.starts_at), (code, event.slug)
    assert checked > 10


def test_one_event_keeps_one_uid_in_every_language(client):
    uids = set()
    for code in LOCALES:
        index = EventIndexPage.objects.live().get(locale__language_code=code)
        uids.add(
            frozenset(
                e["uid"] for e in ical_js(client.get(index.url + "calendar/").content.decode())
            )
        )
    assert len(uids) == 1  # the same events, the same UIDs, in five feeds


# --- HTML -------------------------------------------------------------------------------


def test_the_nu_html_checker_finds_no_error_on_any_page_type(client):
    folder = Path(tempfile.mkdtemp())
    names = {}
    for code, label, url in public_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        path = folder / f"{code}-{label.replace('.', '-')}.html"
        path.write_bytes(response.content)
        names[str(path)] = url
    assert len(names) >= 40
    vnu = NODE / "vnu-jar" / "build" / "dist" / "vnu.jar"
    result = run(["java", "-jar", str(vnu), "--errors-only", "--format", "json", *names])
    messages = json.loads(result.stderr or "{}").get("messages", [])
    errors = [
        f"{names.get(m.get('url', '').removeprefix('file:'), '?')}: {m['message']}"
        for m in messages
    ]
    shutil.rmtree(folder)
    assert not errors, "\n".join(errors[:30])


def test_axe_core_finds_no_wcag_violation_on_any_page_type(live_server, page):
    axe = (NODE / "axe-core" / "axe.min.js").read_text()
    problems = []
    for code, label, url in public_urls():
        page.goto(live_server.url + url)
        result = page.evaluate(
            axe + ";axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            ".then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target).join(' ')))"
        )
        problems += [f"{code} {label}: {violation}" for violation in result]
    assert not problems, "\n".join(problems)


def test_headings_never_skip_a_level_on_listings(client):
    import re

    for code in LOCALES:
        index = NewsIndexPage.objects.live().get(locale__language_code=code)
        html = client.get(index.url).content.decode()
        main = html.split("<main", 1)[1]
        levels = [int(level) for level in re.findall(r"<h([1-6])\b", main)]
        assert levels[0] == 1
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), (code, levels)


# --- feeds ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feedparser_reads_every_feed_cleanly_with_real_times(client, kind):
    for code in LOCALES:
        index = NewsIndexPage.objects.live().get(locale__language_code=code)
        parsed = feedparser.parse(client.get(f"{index.url}feed/{kind}/").content)
        assert not parsed.bozo, (code, parsed.get("bozo_exception"))
        assert parsed.entries, code
        for entry in parsed.entries:
            assert entry.get("title") and entry.get("link") and entry.get("id")
            assert entry.get("published_parsed")
            if kind == "atom":  # RSS items have no updated date; Atom entries must
                assert "updated" in entry
            # A real time: not every article published at midnight UTC.
        times = {(e.published_parsed.tm_hour, e.published_parsed.tm_min) for e in parsed.entries}
        assert times != {(0, 0)}, code
        if kind == "atom":  # RFC 4287: an author for the feed or every entry
            assert parsed.feed.get("author") or all(e.get("author") for e in parsed.entries)


# --- PDFs -------------------------------------------------------------------------------


def report_pdf(client, code):
    page = next(
        event
        for event in EventPage.objects.live().filter(locale__language_code=code).order_by("path")
        if event.report
    )
    response = client.get(f"/pdf/report/{page.pk}/")
    if response.status_code == 503:
        response = client.get(f"/pdf/report/{page.pk}/")
    assert response.status_code == 200, (code, response.status_code)
    return page, b"".join(response.streaming_content)


@pytest.mark.parametrize("code", LOCALES)
def test_report_pdfs_are_tagged_titled_and_embed_their_fonts(client, code, tmp_path):
    page, data = report_pdf(client, code)
    path = tmp_path / f"{code}.pdf"
    path.write_bytes(data)
    with pikepdf.open(path) as pdf:
        assert "/StructTreeRoot" in pdf.Root and pdf.Root.MarkInfo.Marked
        assert str(pdf.Root.Lang).startswith(code)
        assert pdf.Root.ViewerPreferences.DisplayDocTitle
        with pdf.open_metadata() as xmp:
            assert xmp.get("dc:title") == page.title
        for pdf_page in pdf.pages:
            for font in pdf_page.Resources.Font.values():
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                descriptor = descendant.FontDescriptor
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    info = run(["pdfinfo", str(path)]).stdout
    assert "Tagged:          yes" in info and "Metadata Stream: yes" in info


def test_arabic_pdf_text_comes_back_in_reading_order(client, tmp_path):
    page, data = report_pdf(client, "ar")
    path = tmp_path / "ar.pdf"
    path.write_bytes(data)
    text = run(["pdftotext", str(path), "-"]).stdout
    assert "الإقليمي" in text or "الإقليمية" in text  # lam-alef ligatures, letters in order
    assert "اإلقليمي" not in text
    # A date range, first date first (the demo's dates move with the day it is seeded).
    first, last = page.start_date.day, page.end_date.day
    assert first != last and re.search(rf"\b{first}\b\D{{0,12}}–\D{{0,12}}\b{last}\b", text)


# --- agency files -----------------------------------------------------------------------


def test_msgfmt_counts_machine_drafts_as_unfinished(tmp_path):
    fr = Locale.objects.get(language_code="fr")
    po = tmp_path / "fr.po"
    po.write_bytes(exchange.export_po(fr))
    result = run(["msgfmt", "-c", "--statistics", "-o", "/dev/null", str(po)])
    assert result.returncode == 0, result.stderr
    machine = sum(
        1 for _id, _translation, state in exchange.pending_units(fr) if exchange._unfinished(state)
    )
    assert machine and f"{machine} fuzzy translation" in result.stderr


@pytest.mark.parametrize("fmt", ["po", "xliff"])
def test_a_file_round_tripped_through_translate_toolkit_imports_back(fmt, tmp_path):
    fr = Locale.objects.get(language_code="fr")
    person = get_user_model().objects.get(username="reviewer-fr")
    bin_dir = Path(sys.executable).parent  # translate-toolkit's commands, in the virtualenv
    if fmt == "po":
        original = tmp_path / "fr.po"
        original.write_bytes(exchange.export_po(fr))
        middle, back = tmp_path / "fr.xlf", tmp_path / "back.po"
        assert run([str(bin_dir / "po2xliff"), str(original), str(middle)]).returncode == 0
        text = middle.read_text()  # the agency edits the first unit's translation
        first = text.index("</target>", text.rindex("<trans-unit", 0, text.index("sc-wagtail:")))
        middle.write_text(text[:first] + " (relu)" + text[first:])
        assert run([str(bin_dir / "xliff2po"), str(middle), str(back)]).returncode == 0
        name = "back.po"
    else:
        original = tmp_path / "fr.xlf"
        original.write_bytes(exchange.export_xliff(fr))
        middle, back = tmp_path / "fr.po", tmp_path / "back.xlf"
        assert run([str(bin_dir / "xliff2po"), str(original), str(middle)]).returncode == 0
        text = middle.read_text()
        first = text.index('msgstr "', text.index("#: sc-wagtail"))
        middle.write_text(text[:first] + 'msgstr "(relu) ' + text[first + len('msgstr "') :])
        assert run([str(bin_dir / "po2xliff"), str(middle), str(back)]).returncode == 0
        name = "back.xlf"
    result = exchange.import_units(fr, name, back.read_bytes(), person)
    assert result.imported == 1, result
    assert not [s for s in result.skipped if s[1] == "unknown unit"], result.skipped
