"""A French reviewer reviews a machine-drafted story in headless Chromium with the keyboard
alone, from the admin home to the published page; then a source edit reopens one paragraph,
shown with what changed and the translation approved before."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from sc_wagtail.news.models import NewsPage
from sc_wagtail.translation.pipeline import paused
from sc_wagtail.translation.review import APPROVED, STALE, segment_states
from tests import factories
from tests.conftest import committed_db
from tests.scenarios import build_translations
from tests.translation.test_pipeline import story

pytestmark = [pytest.mark.browser, committed_db]


class Keyboard:
    """The reviewer's keystrokes, counted: the closing note reports them."""

    def __init__(self, page):
        self.page, self.count, self.typed = page, 0, 0

    def press(self, keys, navigates=False):
        self.count += 1
        if navigates:
            with self.page.expect_navigation():
                self.page.keyboard.press(keys)
        else:
            self.page.keyboard.press(keys)

    def type(self, text):
        self.typed += len(text)
        self.page.keyboard.type(text)

    def tab_to(self, matches, limit=150):
        """Tab until the focused element satisfies ``matches`` (a JS predicate on el)."""
        for _ in range(limit):
            self.press("Tab")
            if self.page.evaluate(f"(el => {matches})(document.activeElement)"):
                return
        raise AssertionError(f"Tab never reached {matches}")


def focused_segment(page):
    return page.evaluate("(document.activeElement.closest('[data-sc-segment-box]') || {}).id || ''")


def test_reviewer_reviews_a_page_with_the_keyboard_alone(live_server, page, output_path):
    with paused():
        build_translations()
    factories.reviewer("fr", "camille")
    english = story("en")
    source = TranslationSource.objects.get_for_instance(english)
    fr = factories.locale("fr")
    segments = len(segment_states(source, fr))
    keys = Keyboard(page)

    # Log in and find the work on the admin home.
    page.goto(live_server.url + "/admin/login/")
    page.locator("input[name=username]").focus()  # the login page's own autofocus
    keys.type("camille")
    keys.press("Tab")
    keys.type("pw")
    keys.press("Enter", navigates=True)
    panel = page.get_by_role("region", name="Waiting for your review")
    assert english.title in panel.inner_text()
    keys.tab_to(f"el.textContent.includes({english.title!r})")
    keys.press("Enter", navigates=True)
    page.screenshot(path=str(output_path / "review-fr-start.png"), full_page=True)

    # Nothing a person wrote yet: no "approve all", each machine draft is read and approved.
    assert not page.locator('button[value="approve_all"]').count()
    assert page.get_by_text("machine drafts are approved one by one").is_visible()

    # The first segment that needs review has the focus: the title, named as people name it.
    assert page.locator(f"#{focused_segment(page)} .sc-label").inner_text().endswith("Title")
    # A person's title, typed with an ordinary space before the colon (French typography).
    keys.press("Control+a")
    keys.type("Haine en ligne : les maires adoptent une approche commune")
    keys.press("Control+Enter", navigates=True)
    assert page.get_by_text("confirm you have checked them").is_visible()
    finding = page.locator(".sc-finding--warning", has_text="no-break space")
    assert finding.is_visible()
    keys.press("Alt+f", navigates=True)  # the mechanical fix, one keystroke
    title = page.locator("textarea[data-sc-segment]").first.input_value()
    assert "en ligne\u202f: les maires" in title
    keys.press("Control+Enter", navigates=True)  # read again, approve, go on

    # Each untouched machine segment: read, one keystroke to approve it and go to the next.
    approvals = 0
    while page.locator(".sc-segment--open").count():
        box = focused_segment(page)
        assert box, "the next segment to review has the focus"
        if page.locator(f"#{box} .sc-finding--error").count():
            keys.press("Control+a")  # a QA error must be corrected before approval
            keys.type("Le Strong Cities Network coordonne la réponse des villes.")
        if page.locator(f"#{box} input[name=acknowledge]").count():
            keys.tab_to("el.name === 'acknowledge'")
            keys.press("Space")
        keys.press("Control+Enter", navigates=True)
        approvals += 1
        assert approvals <= segments, "a segment could not be approved"
    states = segment_states(source, fr)
    assert {s.state for s in states} == {APPROVED}
    assert {s.review.approved_by.username for s in states} == {"camille"}

    # The last approval lands on Publish.
    assert page.evaluate("document.activeElement.value") == "publish"
    keys.press("Enter", navigates=True)
    assert page.get_by_text("Published in French.").is_visible()
    french = Page.objects.get(translation_key=english.translation_key, locale=fr)
    assert french.live and french.slug.startswith("haine-en-ligne")
    (output_path / "keystrokes.txt").write_text(
        f"{segments} segments: {keys.count} keystrokes and {keys.typed} typed characters "
        f"from the login page to the published page, no mouse\n"
    )

    # The editor rewrites the second paragraph: only it reopens, shown with what changed.
    english = NewsPage.objects.get(pk=english.pk)
    data = list(english.body.raw_data)
    old_text = data[1]["value"]
    data[1]["value"] = old_text.replace("</p>", " From March, every city reports monthly.</p>")
    english.body = data
    english.save_revision().publish()  # drafts inline (tests run tasks synchronously)
    assert [s.state for s in segment_states(source, fr)].count(STALE) == 1
    page.goto(page.url.split("#")[0])
    stale = page.locator(".sc-segment", has=page.locator(".sc-diff"))
    assert stale.count() == 1
    assert "monthly." in " ".join(stale.locator(".sc-diff ins").all_inner_texts())
    assert stale.locator(".sc-old-approved").is_visible()
    stale.screenshot(path=str(output_path / "review-fr-stale.png"))


def test_the_arabic_review_screen_runs_right_to_left(live_server, page):
    with paused():
        build_translations()
    get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "root")
    page.fill("input[name=password]", "pw")
    page.locator("button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")
    page.goto(live_server.url + "/admin/translations/review/")
    page.get_by_role("row", name="Arabic").get_by_role("link").first.click()
    area = page.locator("textarea[data-sc-segment]").first
    assert area.evaluate("el => getComputedStyle(el).direction") == "rtl"
    assert page.locator("#sc-slug").evaluate("el => getComputedStyle(el).direction") == "ltr"
