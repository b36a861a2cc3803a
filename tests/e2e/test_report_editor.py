"""An editor works on an event's report in the Wagtail editor, in headless Chromium: an
empty number is a message on the field, never a server error; labels read as labels; the
country list can be searched."""

import pytest

from sc_wagtail.events.models import EventPage
from sc_wagtail.translation.pipeline import paused
from tests.conftest import committed_db
from tests.scenarios import sections
from tests.site import ADMIN_PASSWORD

pytestmark = [pytest.mark.browser, committed_db]


def log_in(page, live_server):
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", ADMIN_PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")


def test_a_report_with_an_empty_number_gets_a_field_error_not_a_500(live_server, page, output_path):
    with paused():
        found = sections()
    event = found["events"]["balkans-workshop"]
    errors = []
    page.on("response", lambda r: errors.append(r.url) if r.status >= 500 else None)
    log_in(page, live_server)
    page.goto(live_server.url + f"/admin/pages/{event.pk}/edit/")
    # Labels are capitalised like every other label of the editor.
    page.locator("input[name$='-value-number']").first.wait_for()
    labels = page.locator("label").all_inner_texts()
    assert any(label.startswith("Series or initiative") for label in labels)
    assert not any(label.startswith("series or initiative") for label in labels)
    # The first participation row: "more than 60 municipal officials"; empty its number.
    number = page.locator("input[name$='-value-number']").first
    assert number.input_value() == "60"
    number.fill("")
    # A draft may be half-filled (Wagtail defers required answers to publishing): it saves,
    # and the empty number is compared with nothing.
    page.get_by_role("button", name="Save draft").click()
    page.get_by_text("has been updated", exact=False).first.wait_for()
    assert not errors
    latest = EventPage.objects.get(pk=event.pk).get_latest_revision_as_object()
    participation = next(b for b in latest.report if b.block_type == "participation")
    assert participation.value["rows"][0]["number"] is None
    # Publishing asks for the number, on the field.
    page.locator("footer").get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_load_state()
    page.screenshot(path=str(output_path / "report-error.png"), full_page=True)
    assert not errors
    assert "The page could not be saved due to validation errors" in page.content()
    page.get_by_role("button", name="Go to the first error").click()
    messages = page.locator(".error-message").all_inner_texts()
    assert any("This field is required." in message for message in messages)
    assert EventPage.objects.get(pk=event.pk).report == event.report  # the live page is intact


def test_the_country_list_of_a_report_can_be_searched(live_server, page):
    with paused():
        found = sections()
    event = found["events"]["balkans-workshop"]
    log_in(page, live_server)
    page.goto(live_server.url + f"/admin/pages/{event.pk}/edit/")
    search = page.locator("input.sc-select-search").first
    search.wait_for()
    select = page.locator("select[data-sc-searchable]").first
    search.fill("cote")  # no accent, no capital
    shown = select.evaluate(
        "s => [...s.options].filter(o => !o.hidden && o.value).map(o => o.value)"
    )
    assert shown == ["CI"]  # Côte d’Ivoire
