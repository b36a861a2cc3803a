"""Attack 13: no Content-Security-Policy. Every response carries one, public pages allow no
foreign or inline script, and the admin keeps working under its policy: Chromium reports no
violation on the screens people use."""

import pytest
from django.urls import reverse

from tests import factories
from tests.conftest import committed_db
from tests.forms.conftest import build_fund

pytestmark = [pytest.mark.browser, committed_db]

VIOLATIONS = """() => window.__violations || []"""
LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def log_in(page, live_server):
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "admin-password")
    page.locator("button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")


def test_public_pages_and_the_admin_run_under_the_policy(live_server, page):
    build_fund(codes=("ar",), applications=False)
    page.add_init_script(LISTEN)
    public = ["/", "/ar/", factories.english_home().get_children().live().first().url]
    for path in public:
        response = page.goto(live_server.url + path)
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "same-origin"
        page.wait_for_load_state("networkidle")
        assert page.evaluate(VIOLATIONS) == [], path
    log_in(page, live_server)
    home = factories.english_home()
    admin = [
        "/admin/",
        reverse("wagtailadmin_explore", args=[home.pk]),
        reverse("wagtailadmin_pages:edit", args=[home.pk]),
        reverse("wagtailsnippets_sc_core_city:list"),
        reverse("sc_translation_admin:status"),
        reverse("sc_translation_admin:queue"),
        reverse("sc_forms_application:index"),
    ]
    for path in admin:
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate(VIOLATIONS) == [], path
    # The page editor still works: its panels are drawn by script.
    page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[home.pk]))
    page.get_by_role("button", name="Save draft").wait_for()
