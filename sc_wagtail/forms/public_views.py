"""What applicants do outside any page: submit (from a page's embedded form), follow their
application through the private status link, answer a request, withdraw."""

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.forms.utils import ErrorDict
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.http import client_ip
from sc_wagtail.core.locales import direction
from sc_wagtail.core.ratelimit import allow

from . import drafts, services, workflow
from .answers import initial_answers, your_answers
from .blocks import FORM_FIELD
from .form import ApplicationForm
from .models import ApplicationFile
from .states import PLAIN_WORDS, Status
from .status_link import application_for_token, status_path
from .submission import AlreadyReceived, CallClosed, submit

logger = logging.getLogger(__name__)


def handle_application(request, page):
    """A POST of an embedded application form (``before_serve_page`` hook).

    Returns a redirect once saved; otherwise leaves the bound form on the request, so the
    page renders it again with the errors next to the fields and what was typed.
    """
    from .calls import FundCall

    if request.method != "POST" or FORM_FIELD not in request.POST:
        return None
    call = FundCall.objects.filter(
        pk=request.POST.get(FORM_FIELD), locale_id=page.locale_id
    ).first()
    if call is None:
        raise Http404
    form = ApplicationForm(call, request.POST, request.FILES)
    request.sc_application_forms = {call.translation_key: form}
    if request.POST.get("action") == "save-draft":
        return _save_draft(request, page, call, form)
    if not form.is_valid():
        _hold_files(request, form)
        return None
    if form.is_bot():
        logger.info("Application form honeypot filled from %s", client_ip(request))
        return HttpResponseRedirect(page.url)
    if not (
        allow("fund-address", client_ip(request), sc_settings.SUBMISSIONS_PER_IP_PER_HOUR)
        and allow(
            "fund-email",
            form.cleaned_data["email"].lower(),
            sc_settings.SUBMISSIONS_PER_EMAIL_PER_HOUR,
        )
    ):
        form.add_error(None, _("Too many applications from your network. Try again in an hour."))
        return None
    try:
        application = submit(call, form, translation.get_language() or "en")
    except CallClosed:
        form.add_error(None, _("This call is closed: applications are no longer accepted."))
        return None
    except AlreadyReceived:
        form.add_error(
            None,
            _(
                "This application was already received. We emailed you its reference and "
                "your private link: use that link to follow it."
            ),
        )
        return None
    return HttpResponseRedirect(status_path(application) + "?submitted=1")


def _hold_files(request, form):
    """The form comes back with errors: keep the files that passed their checks, so the
    applicant does not choose them again (bounded per address: files cost disk)."""
    if form.is_bot() or not form.uploads():
        return
    if allow("fund-held-files", client_ip(request), sc_settings.SUBMISSIONS_PER_IP_PER_HOUR):
        drafts.hold_uploads(form)
        form.held.update(
            {row.question_id: row for row in drafts.held_uploads(form._key()).values()}
        )
        form._mark_attached()


def _save_draft(request, page, call, form):
    """ "Save and continue later": only the email must be valid (the link goes there)."""
    form.is_valid()
    email = form.cleaned_data.get("email")
    typed = form.data.get("email", "").strip()
    # Only a mistyped email is an error: the rest may be unfinished, that is what a draft is.
    form._errors = ErrorDict({k: v for k, v in form.errors.items() if k == "email" and typed})
    if not typed:
        form.add_error("email", _("Give your email address: we send the link to continue there."))
    if form.errors or form.is_bot() or "submission_key" not in form.cleaned_data:
        return None
    if not (
        allow("fund-address", client_ip(request), sc_settings.SUBMISSIONS_PER_IP_PER_HOUR)
        and allow("fund-draft", email.lower(), sc_settings.SUBMISSIONS_PER_EMAIL_PER_HOUR)
    ):
        form.add_error(None, _("Too many applications from your network. Try again in an hour."))
        return None
    _draft, path = drafts.save_draft(call, page, form, translation.get_language() or "en")
    messages.success(
        request,
        _(
            "Your application is saved. We emailed %(email)s a private link to continue it; "
            "you can close this page."
        )
        % {"email": email},
    )
    return HttpResponseRedirect(path)


@require_http_methods(["GET", "POST"])
def draft(request, token):
    """The link emailed with a saved draft: opens the form again, filled in (GET), or deletes
    the draft (POST)."""
    saved = drafts.draft_for_token(token)
    if saved is None:
        raise Http404(_("This link is not valid any more."))
    page = saved.page.specific
    if request.method == "POST":
        drafts.delete_draft(saved)
        messages.success(request, _("Your draft is deleted."))
        return HttpResponseRedirect(page.url)
    translation.activate(saved.language)
    return HttpResponseRedirect(f"{page.url}?draft={token}#application-form")


def _application_or_404(token):
    application = application_for_token(token)
    if application is None:
        raise Http404(_("This link is not valid any more."))
    return application


@require_http_methods(["GET", "POST"])
def status(request, token):
    application = _application_or_404(token)
    if request.method == "POST":
        return _applicant_action(request, token, application)
    return _status_page(request, token, application)


def _status_page(request, token, application, form=None):
    # The conversation: staff's requests and letters, and the applicant's own replies.
    events = application.events.filter(
        Q(to_applicant=True) | Q(by_applicant=True, transition="answer")
    ).exclude(comment="")
    return TemplateResponse(
        request,
        "sc_forms/status.html",
        {
            "application": application,
            "call": application.call.localized,
            "plain_words": PLAIN_WORDS[application.status],
            "messages_from_staff": events,
            "can_answer": application.status == Status.MORE_INFORMATION,
            "can_withdraw": any(
                t.name == "withdraw" for t in workflow.available(workflow.BY_APPLICANT, application)
            ),
            "form": form
            or (
                ApplicationForm(
                    application.call.localized,
                    initial=initial_answers(application, application.call.localized),
                    prefix="answer",
                    previous_answers=application.answers,
                )
                if application.status == Status.MORE_INFORMATION
                else None
            ),
            "files": application.files.all(),
            "answers": your_answers(application),
            "token": token,
            "submitted": "submitted" in request.GET,
            "direction": direction(translation.get_language() or "en"),
        },
    )


def _applicant_action(request, token, application):
    action = request.POST.get("action")
    back = status_path(application)
    if action == "withdraw":
        if request.POST.get("confirm") != "yes":
            # One click does not withdraw: the applicant confirms on a page that says what
            # it means.
            return TemplateResponse(
                request,
                "sc_forms/withdraw_confirm.html",
                {"application": application, "call": application.call.localized},
            )
        try:
            workflow.apply(application, "withdraw", workflow.BY_APPLICANT)
        except PermissionDenied as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("Your application is withdrawn."))
        return HttpResponseRedirect(back)
    if action == "answer":
        return _answer(request, token, application)
    raise Http404


def _answer(request, token, application):
    """A new revision of the answers, with any new files, then back to staff."""
    form = ApplicationForm(
        application.call.localized,
        request.POST,
        request.FILES,
        prefix="answer",
        previous_answers=application.answers,
    )
    if not form.is_valid():
        return _status_page(request, token, application, form=form)
    services.answer_request(application, form, message=request.POST.get("message", "").strip())
    messages.success(request, _("Thank you: your answer has been sent to fund staff."))
    return HttpResponseRedirect(status_path(application))


def applicant_file(request, token, file_id):
    """One of the application's files, for the applicant who holds the link."""
    application = _application_or_404(token)
    record = get_object_or_404(ApplicationFile, pk=file_id, application=application)
    return _file_response(record)


def _file_response(record):
    response = FileResponse(record.file.open("rb"), as_attachment=True, filename=record.name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
