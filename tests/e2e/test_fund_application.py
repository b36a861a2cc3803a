"""A city applies in French and follows its application to a decision, in headless Chromium;
then the submission again in Arabic."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from sc_wagtail.forms.models import Application
from sc_wagtail.forms.states import Status
from tests.conftest import committed_db
from tests.forms.conftest import build_fund
from tests.forms.helpers import PDF, call, fund_page, question

pytestmark = [pytest.mark.browser, committed_db]


def log_in(page, live_server, username):
    user = get_user_model().objects.get(username=username)
    user.set_password("pw")
    user.save()
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "pw")
    page.locator("button[type=submit]").click()
    page.wait_for_url(live_server.url + "/admin/")


def take(page, label, status):
    """Click a transition button and wait for the admin's confirmation of the new status."""
    page.get_by_role("button", name=label, exact=True).click()
    page.get_by_text(f"is now “{status}”.", exact=False).first.wait_for()


def log_out(page, live_server):
    page.context.clear_cookies()


def fill_application(page, code, tmp_path, title):
    the_call = call(code)
    budget = tmp_path / "budget.pdf"
    budget.write_bytes(PDF)
    form = page.locator("form.fund-form")
    form.locator("[name=city_other]").fill("Sousse" if code == "fr" else "إربد")
    form.locator("[name=country]").select_option("TN" if code == "fr" else "JO")
    form.locator("[name=contact_name]").fill("Leïla Ben Salah" if code == "fr" else "ليلى حداد")
    form.locator("[name=contact_role]").fill(
        "Adjointe au maire" if code == "fr" else "نائبة رئيس البلدية"
    )
    form.locator("[name=email]").fill(f"mairie-{code}@example.org")
    form.locator("[name=phone]").fill("+216 555 0100")
    form.locator("[name=project_title]").fill(title)
    form.locator("[name=summary]").fill(
        "Des médiateurs formés dans trois quartiers."
        if code == "fr"
        else "وسطاء مدرَّبون في ثلاثة أحياء."
    )
    form.locator("[name=requested_amount]").fill("12000")
    form.locator(f"[name=q_{question(the_call, 'long_text').id}]").fill(
        "Les tensions entre jeunes." if code == "fr" else "التوتر بين الشباب."
    )
    form.locator(f"[name=q_{question(the_call, 'choice').id}][value='0']").check()
    form.locator(f"[name=q_{question(the_call, 'number').id}]").fill("400")
    form.locator(f"[name=q_{question(the_call, 'file').id}]").set_input_files(str(budget))
    form.locator("[name=consent]").check()
    form.locator("button[type=submit]").click()


def test_a_city_applies_in_french_and_staff_take_it_to_a_decision(
    live_server, page, tmp_path, output_path
):
    build_fund(codes=("fr",), applications=False)
    mail.outbox.clear()
    # The city fills the embedded form in French, with a file, and gets a reference.
    page.goto(live_server.url + fund_page("fr").url)
    assert "Quel problème le projet va-t-il traiter ?" in page.content()
    # A first try with a word too many is sent back with the answers kept.
    fill_application(page, "fr", tmp_path, "Médiateurs de quartier")
    page.wait_for_url(re.compile(r"/fr/fund/application/"))
    page.screenshot(path=str(output_path / "submitted-fr.png"), full_page=True)
    application = Application.objects.get(email="mairie-fr@example.org")
    assert application.reference in page.locator("h1").inner_text()
    assert application.language == "fr"
    confirmation = next(m for m in mail.outbox if m.to == ["mairie-fr@example.org"])
    assert "Nous avons bien reçu votre candidature" in confirmation.subject
    status_path = re.search(r"/fr/fund/application/\S+/", confirmation.body).group(0)

    # A manager moves it to review and assigns a reviewer.
    log_in(page, live_server, "fund-manager")
    page.goto(live_server.url + f"/admin/fund/applications/inspect/{application.pk}/")
    take(page, "Start screening", "Screening")
    take(page, "Send to reviewers", "In review")
    page.locator("#sc-reviewer").select_option(label="fund-reviewer")
    page.get_by_role("button", name="Assign", exact=True).click()
    page.get_by_text("fund-reviewer is assigned.").wait_for()

    # The reviewer declares no conflict of interest and scores it.
    log_out(page, live_server)
    log_in(page, live_server, "fund-reviewer")
    page.get_by_role("link", name=re.compile(application.reference)).first.click()
    page.get_by_role("button", name="I have no conflict of interest").click()
    page.get_by_role("link", name="Score this application").click()
    page.wait_for_selector("input[name^='score_']")
    names = page.eval_on_selector_all(
        "input[name^=score_]", "inputs => [...new Set(inputs.map(i => i.name))]"
    )
    assert len(names) == 3  # one per rubric criterion
    for name in names:
        page.locator(f"input[name='{name}'][value='4']").check()
    page.locator("input[name=recommendation][value=fund]").check()
    page.locator("textarea[name=comment]").fill("A clear, local plan.")
    page.get_by_role("button", name="Submit my review").click()
    page.get_by_text("Your review is saved.").wait_for()

    # The manager asks for more information.
    log_out(page, live_server)
    log_in(page, live_server, "fund-manager")
    page.goto(live_server.url + f"/admin/fund/applications/inspect/{application.pk}/")
    assert "4.00 / 5" in page.content()
    page.locator("#sc-comment").fill("Merci d'envoyer un budget détaillé par poste.")
    take(page, "Request more information", "More information requested")
    assert Application.objects.get(pk=application.pk).status == Status.MORE_INFORMATION
    request_email = mail.outbox[-1]
    assert request_email.to == ["mairie-fr@example.org"]
    assert "budget détaillé par poste" in request_email.body

    # The applicant answers through the status link, with a new amount.
    log_out(page, live_server)
    page.goto(live_server.url + status_path)
    assert "Merci d'envoyer un budget détaillé par poste." in page.content()
    page.locator("#answer-message").fill("Voici le budget détaillé.")
    page.locator("[name=answer-requested_amount]").fill("11000")
    page.locator("form.fund-form button[type=submit]").click()
    page.wait_for_load_state()
    application.refresh_from_db()
    assert application.status == Status.IN_REVIEW and application.revisions.count() == 2

    # The manager closes the review and approves; the decision email is in French.
    log_in(page, live_server, "fund-manager")
    page.goto(live_server.url + f"/admin/fund/applications/inspect/{application.pk}/")
    assert "11000" in page.locator("section[aria-labelledby=sc-revisions]").inner_text()
    take(page, "Close the review", "Decision pending")
    page.locator("#sc-comment").fill("Félicitations : la subvention est confirmée.")
    take(page, "Approve", "Approved")
    page.screenshot(path=str(output_path / "approved-admin.png"), full_page=True)
    assert Application.objects.get(pk=application.pk).status == Status.APPROVED
    decision = mail.outbox[-1]
    assert decision.to == ["mairie-fr@example.org"]
    assert "approuvée" in decision.subject.lower() or "approuvée" in decision.body.lower()
    assert "Félicitations : la subvention est confirmée." in decision.body


def test_a_city_applies_in_arabic_right_to_left(live_server, page, tmp_path, output_path):
    build_fund(codes=("ar",), applications=False)
    mail.outbox.clear()
    page.goto(live_server.url + fund_page("ar").url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    fill_application(page, "ar", tmp_path, "مراكز حوار للشباب")
    page.wait_for_url(re.compile(r"/ar/fund/application/"))
    page.screenshot(path=str(output_path / "submitted-ar.png"), full_page=True)
    application = Application.objects.get(email="mairie-ar@example.org")
    assert application.language == "ar"
    assert application.reference in page.content()
    assert page.locator("html").get_attribute("dir") == "rtl"
    confirmation = next(m for m in mail.outbox if m.to == ["mairie-ar@example.org"])
    assert application.reference in confirmation.subject
    assert re.search(r"[\u0600-\u06FF]", confirmation.subject)  # written in Arabic
