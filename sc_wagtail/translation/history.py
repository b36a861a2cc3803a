"""What happened to each segment, and what people said about it.

A segment is a source string in its place (context and position, as in SegmentReview) in
one target locale. ``SegmentEvent`` rows record who or what wrote its text and who approved
or reopened it; ``SegmentComment`` rows are the thread the locale's reviewers and the
editors keep about it. Both are read for every segment of a screen in one query each.
"""

from collections import defaultdict

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SegmentEvent(models.Model):
    class Kind(models.TextChoices):
        MACHINE = "machine", _("Drafted by machine")
        MEMORY = "memory", _("Taken from translation memory")
        IMPORT = "import", _("Imported from a translation file")
        PERSON = "person", _("Written by a person")
        FIX = "fix", _("Typography fixed")
        APPROVED = "approved", _("Approved")
        REOPENED = "reopened", _("Reopened for review")

    source = models.ForeignKey(
        "wagtail_localize.TranslationSource", on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    context = models.ForeignKey(
        "wagtail_localize.TranslationContext", on_delete=models.CASCADE, related_name="+"
    )
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    # The segment's text after the event (for an approval, the text approved).
    text = models.TextField(blank=True)
    # The engine or file behind a machine draft or an import.
    tool = models.CharField(max_length=255, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("segment event")
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["context", "locale"])]

    def __str__(self):
        return f"{self.context_id}/{self.locale_id}/{self.position}: {self.kind}"


class SegmentComment(models.Model):
    source = models.ForeignKey(
        "wagtail_localize.TranslationSource", on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    context = models.ForeignKey(
        "wagtail_localize.TranslationContext", on_delete=models.CASCADE, related_name="+"
    )
    position = models.PositiveIntegerField(default=0)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    text = models.TextField(_("comment"), max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("segment comment")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["context", "locale"])]

    def __str__(self):
        return f"{self.context_id}/{self.locale_id}/{self.position}: {self.text[:40]}"


def event(state, locale, kind, user=None, text=None, tool=""):
    """An unsaved event for the segment of ``state`` (a review.LocaleSegment)."""
    if text is None:
        text = state.translation.data if state.translation is not None else ""
    return SegmentEvent(
        source_id=state.segment.source_id,
        locale=locale,
        context_id=state.segment.context_id,
        position=state.position,
        kind=kind,
        text=text,
        tool=tool[:255],
        user=user,
    )


def record(state, locale, kind, user=None, text=None, tool=""):
    return SegmentEvent.objects.bulk_create([event(state, locale, kind, user, text, tool)])[0]


def by_segment(model, states, locale):
    """(context id, position) -> the ``model`` rows (events or comments) of ``states``."""
    rows = defaultdict(list)
    if not states:
        return rows
    queryset = model.objects.filter(
        locale=locale, context_id__in={s.segment.context_id for s in states}
    ).select_related("author" if model is SegmentComment else "user")
    for row in queryset:
        rows[(row.context_id, row.position)].append(row)
    return rows


def add_comment(state, locale, author, text):
    text = text.strip()
    if not text:
        raise ValueError("empty comment")
    return SegmentComment.objects.create(
        source_id=state.segment.source_id,
        locale=locale,
        context_id=state.segment.context_id,
        position=state.position,
        author=author,
        text=text[:2000],
    )
