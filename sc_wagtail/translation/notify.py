"""Tell a locale's reviewers that a translation waits for them, in their language. Each
message is a row of the site's outbox, sent once by the worker."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation as translation_utils
from django.utils.translation import gettext as _
from wagtail_localize.models import Translation

from sc_wagtail.core import outbox
from sc_wagtail.core.formatting import language_name

from .permissions import reviewer_group_name
from .review import segment_states, summary


def admin_url(path):
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    return base.rstrip("/") + path


def reviewers(language_code):
    """The active reviewers of a language who have an email address."""
    return list(
        get_user_model()
        .objects.filter(groups__name=reviewer_group_name(language_code), is_active=True)
        .exclude(email="")
        .distinct()
    )


def notify_reviewers(translation_id, round_key=""):
    """Email every active reviewer of the target locale, through the outbox (background
    task). ``round_key`` names this round of drafts: a retried task, or the same round
    asked twice, writes each reviewer's message once."""
    translation = Translation.objects.select_related("source", "target_locale").get(
        pk=translation_id
    )
    code = translation.target_locale.language_code
    recipients = reviewers(code)
    if not recipients:
        return "no reviewers with an email address"
    approved, total = summary(segment_states(translation.source, translation.target_locale))
    title = str(translation.source.get_source_instance())
    with translation_utils.override(code):
        context = {
            "title": title,
            "language": language_name(code),
            "pending": total - approved,
            "total": total,
            "url": admin_url(reverse("sc_translation_admin:review", args=[translation.pk])),
        }
        subject = _("To review in %(language)s: %(title)s") % context
        body = render_to_string("sc_translation/email/review_opened.txt", context)
    for person in recipients:
        outbox.queue(
            to=person.email,
            subject=subject,
            body=body,
            language=code,
            kind="translation.review_opened",
            about=translation,
            key=f"review-opened:{translation.pk}:{round_key}:{person.pk}",
        )
    return f"{len(recipients)} reviewers told"


def notify_problem(problem_id):
    """Email the locale's reviewers a reader's report, through the outbox (background task)."""
    from .models import TranslationProblem

    problem = TranslationProblem.objects.select_related("page", "locale").get(pk=problem_id)
    code = problem.locale.language_code
    recipients = reviewers(code)
    if not recipients:
        return "no reviewers with an email address"
    translation = Translation.objects.filter(
        source__object_id=problem.page.translation_key, target_locale=problem.locale
    ).first()
    with translation_utils.override(code):
        context = {
            "title": problem.page.title,
            "quote": problem.quote,
            "comment": problem.comment,
            "found": problem.context_id is not None,
            "url": admin_url(reverse("sc_translation_admin:review", args=[translation.pk]))
            if translation
            else problem.page.full_url,
        }
        subject = _("A reader reports a translation problem: %(title)s") % context
        body = render_to_string("sc_translation/email/problem_reported.txt", context)
    for person in recipients:
        outbox.queue(
            to=person.email,
            subject=subject,
            body=body,
            language=code,
            kind="translation.problem_reported",
            about=problem,
            key=f"problem-reported:{problem.pk}:{person.pk}",
        )
    return f"{len(recipients)} reviewers told"
