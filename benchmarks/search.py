"""The public search at 1,000 pages in each of the five locales: SQL queries and median time
of a one-word and a two-word query per language, beside a plain Wagtail page in the same run.

    .venv/bin/python benchmarks/search.py            # SQLite (the demo's database)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sc_bench_search \\
        .venv/bin/python benchmarks/search.py        # PostgreSQL full-text search

Pages are added to the demo's content with add_child and indexed with index_page (no
revisions: what is measured is the search, not publishing).
"""

import datetime
import time

from _setup import measure, setup_django

PAGES_PER_LOCALE = 1000
QUERIES = {
    "en": ("/search/", ["cities", "youth centres"]),
    "fr": ("/fr/recherche/", ["villes", "centre jeunes"]),
    "es": ("/es/buscar/", ["municipios", "centro jóvenes"]),
    "ar": ("/ar/بحث/", ["المدينة", "برنامج الشباب"]),
    "sq": ("/sq/kerko/", ["qyteti", "qendër rinore"]),
}
TEXT = {
    "en": "Cities open a youth centre with the regional hub; the city council funds it.",
    "fr": "Les villes ouvrent un centre pour les jeunes avec le pôle régional.",
    "es": "Los municipios abren un centro para jóvenes con el centro regional.",
    "ar": "المدينة تطلق برنامج الشباب مع المركز الإقليمي.",
    "sq": "Qyteti hap një qendër rinore me qendrën rajonale.",
}


def main():
    setup_django("search")
    from django.db import connection
    from django.test import Client
    from django.utils import timezone
    from wagtail.models import Page

    from example_site.home.models import ContentPage, HomePage
    from sc_wagtail.news.models import ArticleType, NewsIndexPage, NewsPage
    from sc_wagtail.search.indexing import index_page

    started = time.perf_counter()
    today = timezone.localdate()
    for code in QUERIES:
        home = HomePage.objects.get(locale__language_code=code)
        kind = ArticleType.objects.filter(slug="news").first()
        index = NewsIndexPage(title=f"Bench {code}", slug=f"bench-{code}", locale=home.locale)
        home.add_child(instance=index)
        for n in range(PAGES_PER_LOCALE):
            filler = " ".join(["Texte de remplissage sans rapport."] * (1 + n % 7))
            page = index.add_child(
                instance=NewsPage(
                    title=f"{code} {n}",
                    slug=f"b{n}",
                    summary=TEXT[code] if n % 10 == 0 else filler,
                    live=True,
                    locale=home.locale,
                    publication_date=today - datetime.timedelta(days=n),
                    article_type=kind,
                    body=[("paragraph", f"<p>{TEXT[code] if n % 3 == 0 else filler}</p>")],
                )
            )
            index_page(page.pk)
    print(
        f"# {Page.objects.live().count()} live pages on {connection.vendor}, indexed in "
        f"{time.perf_counter() - started:.0f} s"
    )
    client = Client()
    rows = []
    # A content page with one paragraph: the plainest page of the site's own templates (the
    # home page now lists news, events, the fund and impact figures).
    plain = ContentPage(
        title="Plain", slug="plain-search-bench", body=[("paragraph", f"<p>{TEXT['en']}</p>")]
    )
    plain.live = True
    HomePage.objects.get(locale__language_code="en").add_child(instance=plain)
    rows.append(("plain Wagtail page", *measure(client, plain.url)))
    for code, (path, words) in QUERIES.items():
        for query in words:
            rows.append((f"{code} «{query}»", *measure(client, f"{path}?q={query}")))
    print(f"{'search':<34}{'queries':>8}{'median ms':>11}")
    for name, queries_count, ms in rows:
        print(f"{name:<34}{queries_count:>8}{ms:>11.1f}")


if __name__ == "__main__":
    main()
