"""Headless Chromium: the Arabic site lays out right to left."""

import pytest

from tests.conftest import committed_db

pytestmark = [pytest.mark.browser, committed_db]


def test_arabic_home_page_lays_out_right_to_left(live_server, page, output_path):
    page.goto(f"{live_server.url}/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # The site name starts the header: on the right of the page in Arabic.
    name = page.locator(".site-name").bounding_box()
    width = page.viewport_size["width"]
    assert name["x"] + name["width"] > width / 2
    assert page.locator("h1").inner_text() == "مدن تمنع الكراهية والتطرف والاستقطاب"
    page.screenshot(path=str(output_path / "home-ar.png"), full_page=True)


def test_english_home_page_lays_out_left_to_right(live_server, page):
    page.goto(f"{live_server.url}/")
    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"
    name = page.locator(".site-name").bounding_box()
    assert name["x"] < page.viewport_size["width"] / 2
