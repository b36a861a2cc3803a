"""What the review screen's buttons do. Each action calls a domain function (review.py,
checking.py, history.py, page_rows.py) and returns to the screen, at the segment acted on or,
after an approval, at the next one that needs a person."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sc_wagtail.core.formatting import language_name

from .. import history, page_rows
from ..checking import ApprovalRefused, approve_checked, segment_findings, unacknowledged
from ..models import TranslationProblem
from ..qa.engine import Context, fix
from ..review import (
    APPROVED,
    apply_fix,
    approve_all,
    dismiss_problem,
    reopen,
    save_translation,
    segment_states,
)

# Actions a locale's reviewers take; the source's editors may only comment.
REVIEWER_ACTIONS = {
    "publish",
    "approve_all",
    "dismiss_problem",
    "slug",
    "reopen",
    "save",
    "approve",
    "save_approve",
    "fix",
}


def act(request, translation, reviewer):
    action = request.POST.get("action", "")
    if action in REVIEWER_ACTIONS and not reviewer:
        raise PermissionDenied
    locale = translation.target_locale
    back = reverse("sc_translation_admin:review", args=[translation.pk])
    if request.POST.get("filter"):
        back += "?filter=needs_review"
    whole = {
        "publish": _publish,
        "approve_all": _approve_all,
        "dismiss_problem": _dismiss_problem,
        "slug": _slug,
    }
    if action in whole:
        whole[action](request, translation)
        return redirect(back)
    states = segment_states(translation.source, locale)
    pk = request.POST.get("segment", "")
    state = next((s for s in states if str(s.segment.pk) == pk), None)
    if state is None:
        raise PermissionDenied  # a segment of another source, or none
    here = f"{back}#segment-{state.segment.pk}"
    if action == "comment":
        try:
            history.add_comment(state, locale, request.user, request.POST.get("comment", ""))
        except ValueError:
            messages.error(request, _("Write a comment before sending it."))
        return redirect(here)
    if action == "reopen":
        reopen(translation.source, locale, state, request.user)
        messages.success(request, _("The segment needs review again."))
        return redirect(here)
    if action == "fix":
        _fix(request, state, locale)
        return redirect(here)
    if action in ("save", "save_approve"):
        text = request.POST.get("text", "").strip()
        if not text:
            messages.error(request, _("A translation cannot be empty."))
            return redirect(here)
        save_translation(state, locale, text, request.user)
        state = next(s for s in segment_states(translation.source, locale) if s.key == state.key)
    if action in ("approve", "save_approve") and _approve(request, translation, state):
        return redirect(_next_open(back, translation, state))
    return redirect(here)


def _approve(request, translation, state):
    """Approve the segment's current text if its findings allow; True when approved."""
    locale = translation.target_locale
    found = segment_findings([state], locale.language_code).get(str(state.segment.pk), [])
    if state.state == APPROVED and not unacknowledged(found, state.review):
        return True  # nothing to do: approved already
    try:
        approve_checked(
            translation.source,
            locale,
            state,
            request.user,
            found,
            acknowledge=bool(request.POST.get("acknowledge")),
        )
    except ApprovalRefused as refusal:
        messages.error(request, str(refusal))
        return False
    return True


def _next_open(back, translation, current):
    """The screen at the next segment that needs a person after ``current`` (wrapping round),
    or at the top when none is left (the publish button)."""
    states = segment_states(translation.source, translation.target_locale)
    keys = [s.segment.pk for s in states]
    start = keys.index(current.segment.pk) + 1 if current.segment.pk in keys else 0
    for state in states[start:] + states[:start]:
        if state.needs_review:
            return f"{back}#segment-{state.segment.pk}"
    return f"{back}#publish"


def _fix(request, state, locale):
    """Apply the mechanical fixes of the checks named (or every one) to the segment's text."""
    if state.translation is None:
        return
    names = request.POST.getlist("check") or None
    context = Context(target_language=locale.language_code)
    fixed = fix(state.translation.data, context, names)
    if fixed != state.translation.data:
        apply_fix(state, locale, fixed, request.user)
        messages.success(request, _("Fixed. Read the segment again, then approve it."))


def _publish(request, translation):
    language = language_name(translation.target_locale.language_code)
    try:
        translation.save_target(user=request.user, publish=True)
    except ValidationError as refusal:
        messages.error(request, " ".join(refusal.messages))
    else:
        messages.success(request, _("Published in %(language)s.") % {"language": language})


def _approve_all(request, translation):
    """Segments a person wrote or vouched for, without findings; never unread machine text."""
    count = approve_all(translation.source, translation.target_locale, request.user)
    messages.success(
        request,
        ngettext(
            "%(count)s segment written by a person approved.",
            "%(count)s segments written by people approved.",
            count,
        )
        % {"count": count},
    )


def _dismiss_problem(request, translation):
    problem = get_object_or_404(
        TranslationProblem,
        pk=request.POST.get("problem"),
        locale=translation.target_locale,
        page__translation_key=translation.source.object_id,
    )
    dismiss_problem(problem)
    messages.success(request, _("The report is closed; the translation stays as it is."))


def _slug(request, translation):
    try:
        slug = page_rows.set_slug(translation, request.POST.get("slug", ""), request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The address is now “%(slug)s”.") % {"slug": slug})
