"""The translation app's records: glossary terms, segment reviews, readers' reports, the
workflow task (segment history and comments, slugs and progress live in their modules)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Task, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from sc_wagtail.conf import sc_settings

from .history import SegmentComment, SegmentEvent  # noqa: F401  (models of this app)
from .notice import NoticePublication  # noqa: F401
from .page_rows import TranslatedSlug  # noqa: F401
from .qa.glossary import Glossary, Term
from .status import DraftingRequest, TranslationProgress  # noqa: F401


class GlossaryTerm(TranslatableMixin, models.Model):
    """A glossary term, translated like any snippet.

    The source-locale row holds the term; each locale's row is that language's approved
    rendering, drafted by machine and approved by the locale's reviewers like any other
    content, plus the renderings that must not be used in that language.
    """

    term = models.CharField(_("term"), max_length=200)
    note = models.TextField(_("note"), blank=True)
    do_not_translate = models.BooleanField(
        _("do not translate"),
        default=False,
        help_text=_("A name that stays as it is in every language."),
    )
    forbidden = models.TextField(
        _("forbidden renderings"),
        blank=True,
        help_text=_("Renderings that must not be used in this language, one per line."),
    )

    # The term is translated, note and flag follow the source. ``forbidden`` is left out on
    # purpose: each language keeps its own list, which a sync must never overwrite (it is
    # set by the CSV import, or in the snippet editor once a translation is made manual).
    translatable_fields = [
        TranslatableField("term"),
        SynchronizedField("note"),
        SynchronizedField("do_not_translate", overridable=False),
    ]

    panels = [
        FieldPanel("term"),
        FieldPanel("note"),
        FieldPanel("do_not_translate"),
        FieldPanel("forbidden"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "term"], name="one_glossary_term_per_locale")
        ]

    def __str__(self):
        return self.term

    def forbidden_list(self):
        return [line.strip() for line in self.forbidden.splitlines() if line.strip()]


def site_glossary():
    """The glossary as the QA checks use it, from every locale's rows in one query."""
    rows = GlossaryTerm.objects.select_related("locale").order_by("pk")
    by_key = {}
    for row in rows:
        by_key.setdefault(row.translation_key, {})[row.locale.language_code] = row
    terms = []
    for rows_by_language in by_key.values():
        source = rows_by_language.get(sc_settings.SOURCE_LOCALE)
        if source is None:
            continue
        renderings, forbidden = {}, {}
        for code, row in rows_by_language.items():
            if code == sc_settings.SOURCE_LOCALE:
                continue
            if not source.do_not_translate:
                renderings[code] = row.term
            if row.forbidden_list():
                forbidden[code] = row.forbidden_list()
        terms.append(Term(source.term, source.note, source.do_not_translate, renderings, forbidden))
    terms.sort(key=lambda term: term.term.lower())
    return Glossary(terms)


class SegmentReview(models.Model):
    """A person's approval of one translated segment in one locale.

    wagtail-localize records where a translation came from (machine or manual) but not who
    checked it. A review pins the source string and the target text that were approved: the
    approval holds while both stay the same, so a re-sync that leaves a paragraph alone keeps
    it, and a changed paragraph (a new source String) shows as stale.
    """

    source = models.ForeignKey(
        "wagtail_localize.TranslationSource", on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    context = models.ForeignKey(
        "wagtail_localize.TranslationContext", on_delete=models.CASCADE, related_name="+"
    )
    # Which of the context's segments (rich text has one per paragraph), from 0.
    position = models.PositiveIntegerField(default=0)
    # The source string and target text the reviewer approved.
    string = models.ForeignKey(
        "wagtail_localize.String", on_delete=models.CASCADE, related_name="+"
    )
    approved_text = models.TextField()
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    approved_at = models.DateTimeField()
    # The QA warnings (check names) the reviewer saw and accepted when approving.
    acknowledged = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("segment review")
        constraints = [
            models.UniqueConstraint(
                fields=["context", "locale", "position"], name="one_review_per_segment"
            )
        ]

    def __str__(self):
        return f"{self.context_id}/{self.locale_id}/{self.position}"


class TranslationProblem(models.Model):
    """A reader's report of a problem in a translated page (instead of "email us")."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        RESOLVED = "resolved", _("Resolved")

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    quote = models.TextField(_("the words that are wrong"), max_length=500)
    comment = models.TextField(_("what is wrong"), max_length=2000, blank=True)
    # The segment the quote was found in, re-opened for review; empty when not found.
    context = models.ForeignKey(
        "wagtail_localize.TranslationContext",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("translation problem")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page_id}/{self.locale_id}: {self.quote[:40]}"


class TranslationReviewTask(Task):
    """A workflow step for translated pages: the reviewers of the page's language approve it,
    and only once every segment is approved (the publish gate would refuse otherwise)."""

    def _progress(self, obj):
        from .gate import translation_for
        from .review import segment_states, summary

        translation = translation_for(obj)
        if translation is None:
            return None
        return summary(segment_states(translation.source, translation.target_locale))

    def _reviews(self, obj, user):
        from .permissions import can_review

        return can_review(user, obj.locale)

    def user_can_access_editor(self, obj, user):
        return self._reviews(obj, user)

    def locked_for_user(self, obj, user):
        return not self._reviews(obj, user)

    def get_actions(self, obj, user):
        if not self._reviews(obj, user):
            return []
        actions = [("reject", _("Request changes"), True)]
        progress = self._progress(obj)
        if progress is None or progress[0] == progress[1]:
            actions.append(("approve", _("Approve and publish"), False))
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        obj = task_state.workflow_state.content_object
        if not self._reviews(obj, user):
            raise PermissionDenied(_("Only reviewers of this language can act on this task."))
        progress = self._progress(obj)
        if action_name == "approve" and progress is not None and progress[0] != progress[1]:
            raise PermissionDenied(
                _("%(approved)s of %(total)s segments are approved: approve them all first.")
                % {"approved": progress[0], "total": progress[1]}
            )
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from wagtail.models import Page, TaskState

        from .permissions import reviewable_language_codes

        codes = reviewable_language_codes(user)
        if not codes:
            return TaskState.objects.none()
        pages = Page.objects.filter(locale__language_code__in=codes).values_list("pk", flat=True)
        return self.task_states.filter(
            status=TaskState.STATUS_IN_PROGRESS,
            workflow_state__object_id__in=[str(pk) for pk in pages],
        )

    @classmethod
    def get_description(cls):
        return _(
            "Reviewers of the page's language approve it once every segment of its "
            "translation is approved."
        )

    class Meta:
        verbose_name = _("translation review task")
        verbose_name_plural = _("translation review tasks")
