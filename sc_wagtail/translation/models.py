"""The site's glossary: terms in the source language with their rendering per locale."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Task

from .qa.glossary import Glossary, Term


class GlossaryTerm(ClusterableModel):
    """A term, with every language's approved and forbidden renderings side by side."""

    term = models.CharField(_("term"), max_length=200, unique=True)
    note = models.TextField(_("note"), blank=True)
    do_not_translate = models.BooleanField(
        _("do not translate"),
        default=False,
        help_text=_("A name that stays as it is in every language."),
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("note"),
        FieldPanel("do_not_translate"),
        InlinePanel("renderings", label=_("Renderings")),
    ]

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["term"]

    def __str__(self):
        return self.term


class GlossaryRendering(Orderable):
    entry = ParentalKey(GlossaryTerm, on_delete=models.CASCADE, related_name="renderings")
    language_code = models.CharField(_("language"), max_length=12)
    rendering = models.CharField(_("approved rendering"), max_length=200, blank=True)
    forbidden = models.TextField(
        _("forbidden renderings"), blank=True, help_text=_("One per line.")
    )

    panels = [FieldPanel("language_code"), FieldPanel("rendering"), FieldPanel("forbidden")]

    class Meta(Orderable.Meta):
        verbose_name = _("rendering")
        unique_together = [("entry", "language_code")]


def site_glossary():
    """The glossary as the QA checks use it: two queries, whatever its size."""
    terms = []
    for entry in GlossaryTerm.objects.prefetch_related("renderings"):
        renderings = {r.language_code: r.rendering for r in entry.renderings.all() if r.rendering}
        forbidden = {
            r.language_code: [v.strip() for v in r.forbidden.splitlines() if v.strip()]
            for r in entry.renderings.all()
        }
        terms.append(Term(entry.term, entry.note, entry.do_not_translate, renderings, forbidden))
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
    # The source string and target text the reviewer approved.
    string = models.ForeignKey(
        "wagtail_localize.String", on_delete=models.CASCADE, related_name="+"
    )
    approved_text = models.TextField()
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    approved_at = models.DateTimeField()

    class Meta:
        verbose_name = _("segment review")
        constraints = [
            models.UniqueConstraint(fields=["context", "locale"], name="one_review_per_segment")
        ]

    def __str__(self):
        return f"{self.context_id}/{self.locale_id}"


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
