"""One row per live page: what the public search matches, in the page's own language."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchEntry(models.Model):
    """Written by the worker when a page is published, deleted when it is unpublished.

    Whether a reader may see the page (live, public) is checked again at query time, so a
    row left behind by a queued task never shows a private or withdrawn page.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    # news, event, hub or page: the reader's "type" filter.
    kind = models.CharField(max_length=16, db_index=True)
    hub_key = models.UUIDField(null=True, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    date = models.DateField(null=True, blank=True)
    title = models.CharField(max_length=255)
    text = models.TextField(blank=True)
    # " stem stem ... ": the language's stems, for databases without full-text search.
    title_stems = models.TextField(blank=True)
    stems = models.TextField(blank=True)
    # PostgreSQL only: title (weight A) and text (B) in the language's configuration.
    vector = SearchVectorField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["locale", "kind", "year"])]

    def __str__(self):
        return self.title
