"""SQL queries and median render time of the news index, the event index and an article,
at two sizes, beside a plain Wagtail page holding the same text.

    .venv/bin/python benchmarks/listings.py
"""

import datetime

from _setup import measure, setup_django

SIZES = (10, 100)


def main():
    setup_django("listings")
    from django.test import Client
    from django.utils import timezone

    from example_site.home.models import ContentPage, HomePage
    from sc_wagtail.events.models import EventIndexPage, EventPage
    from sc_wagtail.news.models import ArticleType, NewsIndexPage, NewsPage

    home = HomePage.objects.get(locale__language_code="en")
    kind = ArticleType.objects.get(slug="news", locale=home.locale)
    text = "<p>" + " ".join(["Cities share practice across the network."] * 60) + "</p>"
    client = Client()
    rows = []
    for size in SIZES:
        news_index = NewsIndexPage(title=f"News {size}", slug=f"news-{size}")
        home.add_child(instance=news_index)
        event_index = EventIndexPage(title=f"Events {size}", slug=f"events-{size}")
        home.add_child(instance=event_index)
        today = timezone.localdate()
        for n in range(size):
            news_index.add_child(
                instance=NewsPage(
                    title=f"Story {n}",
                    slug=f"s{n}",
                    summary="Summary.",
                    live=True,
                    publication_date=today - datetime.timedelta(days=n),
                    article_type=kind,
                    body=[("paragraph", text)],
                )
            )
            event_index.add_child(
                instance=EventPage(
                    title=f"Event {n}",
                    slug=f"e{n}",
                    event_type="workshop",
                    live=True,
                    start_date=today + datetime.timedelta(days=n + 1),
                    start_time=datetime.time(9),
                    end_date=today + datetime.timedelta(days=n + 1),
                    end_time=datetime.time(17),
                    time_zone="Europe/Tirane",
                )
            )
        NewsIndexPage.page_size = EventIndexPage.page_size = size
        rows.append((f"news index, {size} items", *measure(client, news_index.url)))
        rows.append((f"event index, {size} items", *measure(client, event_index.url)))
    article = NewsPage.objects.filter(slug="s0").first()
    rows.append(("news article", *measure(client, article.url)))
    # The plainest page with the same text: a content page holding one paragraph (the home
    # page lists news, events, the fund and impact figures).
    plain = ContentPage(title=article.title, slug="plain", body=[("paragraph", text)], live=True)
    home.add_child(instance=plain)
    rows.append(("plain Wagtail page, same text", *measure(client, plain.url)))

    print(f"{'page':<34}{'queries':>8}{'median ms':>11}")
    for name, queries_count, ms in rows:
        print(f"{name:<34}{queries_count:>8}{ms:>11.1f}")


if __name__ == "__main__":
    main()
