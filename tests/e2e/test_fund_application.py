"""A city applies in French and follows its application to a decision, in headless Chromium;
then the submission again in Arabic."""

import re

import openpyxl
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


def fill_application(page, code, tmp_path, title, email=None, submit=True):
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
    form.locator("[name=email]").fill(email or f"mairie-{code}@example.org")
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
    if submit:
        form.locator("button[type=submit][data-once]").click()


WORDS = {
    "fr": {
        "attached": "Joint : budget.pdf",
        "save": "Enregistrer et continuer plus tard",
        "resumed": "Vous reprenez la candidature enregistrée",
        "answers": "Vos réponses",
        "counter": "mots sur 300",
    },
    "ar": {
        "attached": "مرفق: budget.pdf",
        "save": "احفظ وتابع لاحقًا",
        "resumed": "أنت تتابع الطلب الذي حفظته",
        "answers": "إجاباتك",
        "counter": "من 300 كلمة",
    },
}


def apply_with_an_error_then_save_and_resume(page, live_server, code, tmp_path, output_path):
    """The applicant's journey up to submitting: a live word count in their language, one
    mistake (the file sent with it is kept), saving to continue later, the emailed link, the
    submission and the status page with their answers. Returns the application."""
    words = WORDS[code]
    email = f"mairie-{code}@example.org"
    page.goto(live_server.url + fund_page(code).url)
    page.locator("[name=summary]").fill("un deux trois")
    assert words["counter"] in page.locator("p.word-count").first.inner_text()
    # A mistyped email: the page comes back with a summary linking to the field.
    fill_application(page, code, tmp_path, "Médiateurs" if code == "fr" else "وسطاء", "mairie@")
    page.locator("#error-summary").wait_for()
    page.screenshot(path=str(output_path / f"error-{code}.png"), full_page=True)
    assert page.evaluate("document.activeElement.id") == "error-summary"
    page.locator("#error-summary a[href='#id_email']").click()
    assert page.evaluate("document.activeElement.name") == "email"
    assert words["attached"] in page.content()  # the file is kept
    # Save and continue later: nothing is submitted; an email carries the link.
    page.locator("[name=email]").fill(email)
    page.get_by_role("button", name=words["save"]).click()
    page.locator(".notice").first.wait_for()
    assert not Application.objects.filter(email=email).exists()
    saved = next(m for m in mail.outbox if m.to == [email])
    link = re.search(r"https?://\S+", saved.body).group(0)
    # Later, from the email: the form is filled in again, the file still attached.
    page.context.clear_cookies()
    page.goto(live_server.url + link.split("8000", 1)[-1])
    assert words["resumed"] in page.content()
    assert page.locator("[name=contact_name]").input_value() in ("Leïla Ben Salah", "ليلى حداد")
    assert words["attached"] in page.content()
    page.locator("[name=consent]").check()
    page.locator("form.fund-form button[type=submit][data-once]").click()
    page.locator("article.application-status").wait_for()
    application = Application.objects.get(email=email)
    assert application.files.get().name == "budget.pdf"
    content = page.content()
    assert words["answers"] in content and application.project_title in content
    assert "budget.pdf" in content
    page.screenshot(path=str(output_path / f"status-{code}.png"), full_page=True)
    return application


def test_a_city_applies_in_french_and_staff_take_it_to_a_decision(
    live_server, page, tmp_path, output_path
):
    build_fund(codes=("fr",), applications=False)
    mail.outbox.clear()
    page.goto(live_server.url + fund_page("fr").url)
    assert "Quel problème le projet va-t-il traiter ?" in page.content()
    application = apply_with_an_error_then_save_and_resume(
        page, live_server, "fr", tmp_path, output_path
    )
    assert application.language == "fr"
    confirmation = next(
        m
        for m in mail.outbox
        if m.to == ["mairie-fr@example.org"] and "Nous avons bien reçu" in m.subject
    )
    status_path = re.search(r"/fr/fonds/candidature/\S+/", confirmation.body).group(0)

    # A manager screens it, assigns a reviewer, then sends it to review.
    log_in(page, live_server, "fund-manager")
    page.goto(live_server.url + f"/admin/fund/applications/inspect/{application.pk}/")
    take(page, "Start screening", "Screening")
    assert "Assign at least one reviewer first." in page.content()
    page.locator("#sc-reviewer").select_option(label="fund-reviewer")
    page.get_by_role("button", name="Assign", exact=True).click()
    page.get_by_text("fund-reviewer is assigned.").wait_for()
    take(page, "Send to reviewers", "In review")

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
    page.locator("#sc-approved-amount").fill("10000")
    take(page, "Approve", "Approved")
    page.screenshot(path=str(output_path / "approved-admin.png"), full_page=True)
    assert Application.objects.get(pk=application.pk).status == Status.APPROVED
    decision = mail.outbox[-1]
    assert decision.to == ["mairie-fr@example.org"]
    assert "approuvée" in decision.subject.lower() or "approuvée" in decision.body.lower()
    assert "Félicitations : la subvention est confirmée." in decision.body
    assert "10\u202f000,00\xa0€" in decision.body

    # The spreadsheet the manager hands on: a named sheet, readable cells, the decision.
    page.goto(live_server.url + "/admin/fund/applications/")
    with page.expect_download() as download:
        page.locator(".sc-export-buttons a", has_text="Download XLSX").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    with open(download.value.path(), "rb") as sheet:
        workbook = openpyxl.load_workbook(sheet)
    assert workbook.sheetnames == ["Applications"]
    header, *rows = [[c.value for c in row] for row in workbook.active.iter_rows()]
    row = dict(zip(header, next(r for r in rows if r[0] == application.reference), strict=True))
    assert row["Status"] == "Approved" and row["Country"] == "Tunisia"
    assert row["Currency"] == "EUR" and row["Approved amount"] == 10000
    assert row["Amount requested"] == 11000
    assert row["What problem will the project address?"] == "Les tensions entre jeunes."
    assert row["Weighted average"] == 4 and row["fund-reviewer: weighted score"] == 4


def test_a_city_applies_in_arabic_right_to_left(live_server, page, tmp_path, output_path):
    build_fund(codes=("ar",), applications=False)
    mail.outbox.clear()
    page.goto(live_server.url + fund_page("ar").url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    # Addresses and phone numbers stay left to right inside the right-to-left page.
    assert page.locator("[name=email]").get_attribute("dir") == "ltr"
    assert page.locator("[name=phone]").get_attribute("dir") == "ltr"
    application = apply_with_an_error_then_save_and_resume(
        page, live_server, "ar", tmp_path, output_path
    )
    assert application.language == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    confirmation = next(
        m
        for m in mail.outbox
        if m.to == ["mairie-ar@example.org"] and application.reference in m.subject
    )
    assert re.search(r"[\u0600-\u06FF]", confirmation.subject)  # written in Arabic
    assert "\u0637\u0644\u0628" in confirmation.body or "%D8%B7%D9%84%D8%A8" in confirmation.body
