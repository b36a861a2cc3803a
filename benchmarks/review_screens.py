"""The reviewers' translation status dashboard and review queue at 100 and at 5,000 English
pages, each with drafts in the four other locales: SQL queries and median time of the first
page, the last page and a filtered list, as a superuser (every language).

    .venv/bin/python benchmarks/review_screens.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sc_bench_review \\
        .venv/bin/python benchmarks/review_screens.py

Pages are added with add_child and given their wagtail-localize source and translations
directly, with machine drafts of every segment (bulk inserts: what is measured is the
screens, not drafting), then their progress rows are computed by status.refresh().
"""

import time

from _setup import measure, setup_django

SIZES = (100, 5000)


def add_pages(index, start, stop):
    from wagtail.models import Locale
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    from sc_wagtail.news.models import NewsPage
    from sc_wagtail.translation.pipeline import paused
    from sc_wagtail.translation.status import refresh

    targets = list(Locale.objects.exclude(language_code="en"))
    kind = index.get_children().specific().first()
    sources = []
    with paused():
        for n in range(start, stop):
            page = index.add_child(
                instance=NewsPage(
                    title=f"Cities report {n}",
                    slug=f"review-bench-{n}",
                    summary="What the city did.",
                    live=True,
                    article_type=getattr(kind, "article_type", None),
                    body=[("paragraph", f"<p>Paragraph {n} about local prevention.</p>")],
                )
            )
            source, _created = TranslationSource.get_or_create_from_instance(page)
            sources.append(source)
    Translation.objects.bulk_create(
        [Translation(source=s, target_locale=locale) for s in sources for locale in targets]
    )
    drafts = [
        StringTranslation(
            translation_of_id=segment.string_id,
            locale=locale,
            context_id=segment.context_id,
            data=f"[{locale.language_code}] draft",
            translation_type="machine",
            tool_name="benchmark",
        )
        for segment in StringSegment.objects.filter(source__in=sources)
        for locale in targets
    ]
    StringTranslation.objects.bulk_create(drafts, ignore_conflicts=True, batch_size=2000)
    ids = [s.pk for s in sources]
    for at in range(0, len(ids), 500):
        refresh(ids[at : at + 500])


def main():
    setup_django("review_screens")
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from sc_wagtail.news.models import NewsIndexPage
    from sc_wagtail.translation.status import TranslationProgress

    index = NewsIndexPage.objects.filter(locale__language_code="en").first()
    admin = get_user_model().objects.create_superuser("bench", "bench@example.org", "pw")
    client = Client()
    client.force_login(admin)
    queue, status = reverse("sc_translation_admin:queue"), reverse("sc_translation_admin:status")
    rows, done = [], 0
    for size in SIZES:
        started = time.perf_counter()
        add_pages(index, done, size)
        done = size
        progress = TranslationProgress.objects.count()
        print(
            f"# {size} pages added ({progress} progress rows) in "
            f"{time.perf_counter() - started:.0f} s on {connection.vendor}"
        )
        last = max(1, (progress // 4) // 50)
        for name, url in (
            ("review queue, first page", queue),
            ("review queue, French only", queue + "?language=fr"),
            ("status dashboard, first page", status),
            (f"status dashboard, page {last}", f"{status}?p={last}"),
            ("status dashboard, machine drafts in Arabic", status + "?status=machine&locale=ar"),
        ):
            rows.append((size, name, *measure(client, url, repeat=7)))
    print(f"{'pages':>6}  {'screen':<44}{'queries':>8}{'median ms':>11}")
    for size, name, queries, ms in rows:
        print(f"{size:>6}  {name:<44}{queries:>8}{ms:>11.1f}")


if __name__ == "__main__":
    main()
