"""The site's glossary: terms in the source language with their rendering per locale."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

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
