"""SQL queries and seconds to draft a 200-segment page into four locales (sync, machine
translate with the local dummy engine, QA check), the same after a 1-segment change, and
queries per segment to open the review screen; beside the same flows in bare wagtail-localize
(its own machine translation of missing strings, and its translation editor).

    .venv/bin/python benchmarks/translation_pipeline.py
"""

import time

from _setup import setup_django

SEGMENTS = 200  # title, slug and summary + paragraphs
LOCALES = ("fr", "es", "ar", "sq")


def counted(func, *args):
    """(result, SQL queries, seconds) of func(*args)."""
    from django.db import connection

    queries = [0]

    def count(execute, sql, params, many, context):
        queries[0] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        started = time.perf_counter()
        result = func(*args)
        seconds = time.perf_counter() - started
    return result, queries[0], seconds


def make_page(index, slug, paragraphs):
    from sc_wagtail.news.models import NewsPage
    from sc_wagtail.translation.pipeline import paused

    body = [
        ("paragraph", f"<p>Paragraph {n}: cities share what works in local prevention.</p>")
        for n in range(paragraphs)
    ]
    page = NewsPage(
        title=f"Benchmark {slug}",
        slug=slug,
        summary="A long report.",
        body=body,
        article_type=index.get_children().specific().first().article_type,
    )
    index.add_child(instance=page)
    with paused():
        page.save_revision().publish()
    return NewsPage.objects.get(pk=page.pk)


def qa_all(page):
    from wagtail.models import Locale
    from wagtail_localize.models import TranslationSource

    from sc_wagtail.translation.models import site_glossary
    from sc_wagtail.translation.qa.engine import Context, Segment, run_checks
    from sc_wagtail.translation.review import segment_states

    source = TranslationSource.objects.get_for_instance(page)
    glossary = site_glossary()
    findings = 0
    for code in LOCALES:
        states = segment_states(source, Locale.objects.get(language_code=code))
        segments = [
            Segment(target=s.translation.data, source=s.segment.string.data, id=str(s.segment.pk))
            for s in states
            if s.translation
        ]
        findings += len(run_checks(segments, Context(target_language=code, glossary=glossary)))
    return findings


def ours(page):
    from sc_wagtail.translation.pipeline import draft_translations

    return draft_translations(page.pk)


def bare(page):
    """wagtail-localize alone: sync the source, machine translate the missing strings the way
    its editor's "Translate with machine" does, save every locale's page."""
    from wagtail.models import Locale
    from wagtail_localize.machine_translators import get_machine_translator
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )
    from wagtail_localize.strings import StringValue

    translator = get_machine_translator()
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    for code in LOCALES:
        locale = Locale.objects.get(language_code=code)
        translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
        segments = StringSegment.objects.filter(source=source).select_related("string")
        missing = [
            s
            for s in segments
            if not StringTranslation.objects.filter(
                translation_of=s.string, locale=locale, context=s.context
            ).exists()
        ]
        values = {s.string: StringValue(s.string.data) for s in missing}
        translated = translator.translate(source.locale, locale, list(values.values()))
        for segment in missing:
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": translated[values[segment.string]].data,
                    "translation_type": "machine",
                    "tool_name": "Dummy",
                },
            )
        translation.save_target(publish=True)


def change_one_paragraph(page):
    from sc_wagtail.news.models import NewsPage
    from sc_wagtail.translation.pipeline import paused

    data = list(page.body.raw_data)
    data[50]["value"] = "<p>This paragraph was rewritten by the editor.</p>"
    page.body = data
    with paused():
        page.save_revision().publish()
    return NewsPage.objects.get(pk=page.pk)


def review_queries(client, page, code="fr"):
    from django.urls import reverse
    from wagtail_localize.models import Translation

    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code=code
    )
    url = reverse("sc_translation_admin:review", args=[translation.pk])
    client.get(url)
    _, queries, _seconds = counted(client.get, url)
    return queries


def localize_editor_queries(client, page, code="fr"):
    from django.urls import reverse

    target = page.get_translation(page.locale.__class__.objects.get(language_code=code))
    url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    client.get(url)
    _, queries, _seconds = counted(client.get, url)
    return queries


def main():
    setup_django("translation")
    from django.contrib.auth import get_user_model
    from django.test import Client, override_settings

    from sc_wagtail.news.models import NewsIndexPage

    index = NewsIndexPage.objects.get(locale__language_code="en")
    admin = get_user_model().objects.get(username="admin")
    client = Client()
    client.force_login(admin)
    paragraphs = SEGMENTS - 3
    rows = []

    page = make_page(index, "bench-ours", paragraphs)
    _, queries, seconds = counted(ours, page)
    findings, _, qa_seconds = counted(qa_all, page)
    rows.append(("sc-wagtail: draft 200 segments × 4 locales", queries, seconds))
    rows.append((f"sc-wagtail: QA check the drafts ({findings} findings)", None, qa_seconds))
    page = change_one_paragraph(page)
    _, queries, seconds = counted(ours, page)
    rows.append(("sc-wagtail: 1-segment change × 4 locales", queries, seconds))

    with override_settings(SC_WAGTAIL={"MACHINE_TRANSLATION_POLICY": "publish_with_notice"}):
        bare_page = make_page(index, "bench-bare", paragraphs)
        _, queries, seconds = counted(bare, bare_page)
        rows.append(("bare wagtail-localize: 200 segments × 4", queries, seconds))
        bare_page = change_one_paragraph(bare_page)
        _, queries, seconds = counted(bare, bare_page)
        rows.append(("bare wagtail-localize: 1-segment change × 4", queries, seconds))
        small = make_page(index, "bench-small", 17)
        bare(small)
        editor_small = localize_editor_queries(client, small)
        editor_big = localize_editor_queries(client, bare_page)

    small_ours = make_page(index, "bench-small-ours", 17)
    ours(small_ours)
    review_small = review_queries(client, small_ours)
    review_big = review_queries(client, page)

    print(f"{'flow':<52}{'queries':>9}{'seconds':>9}")
    for name, queries, seconds in rows:
        print(f"{name:<52}{queries if queries is not None else '-':>9}{seconds:>9.2f}")
    print()
    print(f"{'screen (queries to open)':<52}{'20 seg.':>9}{'200 seg.':>9}")
    print(f"{'sc-wagtail review screen':<52}{review_small:>9}{review_big:>9}")
    print(f"{'wagtail-localize translation editor':<52}{editor_small:>9}{editor_big:>9}")


if __name__ == "__main__":
    main()
