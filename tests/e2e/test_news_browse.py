"""A reader browses the news in English and Arabic in headless Chromium."""

import re

import pytest

from sc_wagtail.news.models import NewsIndexPage
from sc_wagtail.translation.pipeline import paused
from tests.conftest import committed_db
from tests.scenarios import sections

pytestmark = [pytest.mark.browser, committed_db]


@pytest.mark.parametrize("code", ["en", "ar"])
def test_reader_filters_the_news_and_opens_an_article(live_server, page, output_path, code):
    with paused():
        sections(news=("ar",), directory=("ar",))
    index = NewsIndexPage.objects.get(locale__language_code=code)
    page.goto(live_server.url + index.url)
    page.screenshot(path=str(output_path / f"news-index-{code}.png"), full_page=True)
    cards = page.locator(".news-card")
    assert cards.count() == 10

    # The hub filter is a plain form: choose a hub, submit, get a shareable URL.
    page.select_option("select[name=hub]", "south-asia")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"hub=south-asia"))
    assert cards.count() == 2
    page.screenshot(path=str(output_path / f"news-filtered-{code}.png"), full_page=True)

    cards.first.locator("h2 a").click()
    page.wait_for_load_state()
    assert page.locator("article.news-page h1").is_visible()
    assert page.locator(".reading-time").is_visible()
    page.screenshot(path=str(output_path / f"article-{code}.png"), full_page=True)

    direction = page.evaluate("getComputedStyle(document.body).direction")
    assert direction == ("rtl" if code == "ar" else "ltr")
    heading = page.locator("article.news-page h1").bounding_box()
    width = page.viewport_size["width"]
    if code == "ar":  # the heading hugs the right edge
        assert heading["x"] + heading["width"] > width * 0.8
    else:
        assert heading["x"] < width * 0.2
