"""A French reviewer approves the machine-drafted story in headless Chromium and publishes it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from sc_wagtail.translation.permissions import reviewer_group_name
from sc_wagtail.translation.pipeline import paused
from tests.conftest import committed_db
from tests.scenarios import build_translations
from tests.translation.test_pipeline import story

pytestmark = [pytest.mark.browser, committed_db]


def log_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw")
    page.locator("button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")


def test_reviewer_fixes_approves_and_publishes_french(live_server, page, output_path):
    with paused():
        build_translations()
    reviewer = get_user_model().objects.create_user("camille", password="pw")
    reviewer.groups.add(Group.objects.get(name=reviewer_group_name("fr")))
    french_url = live_server.url + story("fr").url_path.replace(
        story("fr").url_path.split("/")[1], "fr", 1
    )
    # Machine drafts are not public: a French reader gets the English page and a notice.
    page.goto(french_url)
    assert page.get_by_text("pas encore disponible en français").is_visible()
    assert story("fr").title not in page.content()

    log_in(page, live_server, "camille")
    page.goto(live_server.url + "/admin/translations/review/")
    page.get_by_role("link", name="Mayors agree a shared approach to hate speech online").click()
    page.get_by_text("Machine draft").first.wait_for()
    page.screenshot(path=str(output_path / "review-fr.png"), full_page=True)

    # Fix the title with the keyboard: type, then Ctrl+Enter saves and approves it.
    title = page.locator("textarea[data-sc-segment]").first
    title.fill("Les maires adoptent une approche commune face à la haine en ligne")
    title.press("Control+Enter")
    page.get_by_text("Approved").first.wait_for()
    page.get_by_role("button", name="Approve all clean segments").click()
    page.get_by_role("button", name="Publish this translation").click()
    page.get_by_text("Published in French.").wait_for()

    response = page.goto(french_url)
    assert response.status == 200
    assert "Les maires adoptent une approche commune" in page.locator("h1").inner_text()
    arabic = story("ar")
    assert not arabic.live


def test_the_arabic_review_screen_runs_right_to_left(live_server, page):
    with paused():
        build_translations()
    get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    log_in(page, live_server, "root")
    page.goto(live_server.url + "/admin/translations/review/")
    page.get_by_role("row", name="Arabic").get_by_role("link").first.click()
    area = page.locator("textarea[data-sc-segment]").first
    assert area.evaluate("el => getComputedStyle(el).direction") == "rtl"
