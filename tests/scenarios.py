"""Slices of the demo that several test packages build for themselves (with tests.conftest's
``shared_data``): the directory, hub pages, events with their reports, news."""

from django.contrib.auth import get_user_model

from example_site.demo import content as demo_content
from example_site.demo.glossary import seed_glossary
from sc_wagtail.news.models import NewsIndexPage
from sc_wagtail.translation.pipeline import draft_translations
from tests import factories


def sections(hubs=(), events=(), news=(), few=(), impact=(), directory=factories.TARGETS):
    """The demo's directory and article types (in ``directory`` locales too), then its hub
    pages, events and news in English, each translated into the locales given for it; ``few``
    locales get the indexes, story 1 and the Balkans workshop only; ``impact`` locales the
    impact page. Returns the records and the pages by key."""
    records = factories.directory(directory)
    types = factories.article_types(directory)
    home = factories.english_home()
    hub_pages = demo_content.seed_hubs(home, records)
    event_pages, events_by_key = demo_content.seed_events(home, records)
    news_pages = demo_content.seed_news(home, records, types, events_by_key, author="Amina Farah")
    demo_content.seed_story_in_review(news_pages[0], types, records)  # English only
    # Parents come before children in each list.
    for pages, codes in ((hub_pages, hubs), (event_pages, events), (news_pages, news)):
        for page in pages:
            for code in codes:
                factories.translate_page(page, code)
    workshop = events_by_key["balkans-workshop"]
    for page in (event_pages[0], workshop, news_pages[0], news_pages[1]):
        for code in few:
            factories.translate_page(page, code)
    impact_page = demo_content.seed_impact(home)
    for code in impact:
        factories.translate_page(impact_page, code)
    return {
        "records": records,
        "types": types,
        "events": events_by_key,
        "news_index": news_pages[0],
    }


def news_index_everywhere():
    """The demo's news index (and the records its stories use) in every locale, no stories."""
    from example_site.demo import news_text

    factories.directory()
    factories.article_types()
    index = demo_content.publish(
        demo_content.upsert_child(
            factories.english_home(),
            NewsIndexPage,
            str(news_text.NEWS_SLUG),
            title=str(news_text.NEWS_TITLE),
            intro=str(news_text.NEWS_INTRO),
            show_in_menus=True,
        )
    )
    for code in factories.TARGETS:
        factories.translate_page(index, code)
    return index


def build_translations():
    """What the pipeline tests work on, as the demo has it: the directory and glossary in every
    locale, the news index and story 1 translated and approved, and the story in review,
    drafted by machine in every target locale; a reviewer per locale (reviewer-fr ...)."""
    admin = get_user_model().objects.get(username="admin")
    records = factories.directory()
    types = factories.article_types()
    seed_glossary(admin)
    # Irbid and its hub as the demo has them: translated through wagtail-localize.
    for record in (records["hubs"]["middle-east-north-africa"], records["cities"]["Irbid"]):
        for code in factories.TARGETS:
            factories.translate_page(record, code, user=admin)
    news = demo_content.seed_news(
        factories.english_home(), records, types, {}, author="Amina Farah"
    )
    for page in news[:2]:
        for code in factories.TARGETS:
            factories.translate_page(page, code, user=admin)
    in_review = demo_content.seed_story_in_review(news[0], types, records)
    draft_translations(in_review.pk)
    for code in factories.TARGETS:
        factories.reviewer(code)
    return {"records": records}
