"""Building a page's search entry: its text as Wagtail's own search would read it (the page
model's text fields, StreamField and rich text through ``get_searchable_content``)."""

from django.contrib.postgres.search import SearchVector
from django.db import connection, models
from django.db.models import Value
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .languages import config_for, stems
from .models import SearchEntry

# Text fields of a page model that hold what readers read, and those that never do.
PROSE = (models.CharField, models.TextField)
NOT_PROSE = (models.URLField, models.EmailField, models.SlugField)
SKIPPED = {"time_zone"}


# The reader's "type" filter, by page model (labels: search sits beside hubs, not above it).
KINDS = {"sc_news.NewsPage": "news", "sc_events.EventPage": "event", "sc_hubs.HubPage": "hub"}


def kind_of(page):
    return KINDS.get(page._meta.label, "page")


def _date(page):
    for name in ("publication_date", "start_date"):
        value = getattr(page, name, None)
        if value:
            return value
    moment = page.first_published_at or page.last_published_at
    return moment.date() if moment else None


def page_text(page):
    """The page's readable text, one string: intro, summary, body, report... (not the title)."""
    parts = [page.search_description]
    for field in type(page)._meta.concrete_fields:
        if field.model is Page or field.name in SKIPPED or field.choices:
            continue  # Page's own fields are addresses and dates, besides the title
        if isinstance(field, (StreamField, RichTextField)):
            parts.extend(field.get_searchable_content(getattr(page, field.name)))
        elif isinstance(field, PROSE) and not isinstance(field, NOT_PROSE):
            parts.append(getattr(page, field.attname, None))
    return "\n".join(str(part).strip() for part in parts if part and str(part).strip())


def index_page(page_id):
    """Write (or remove) the entry of one page, as it is live now. Run on the worker."""
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    if page is None or not page.live:
        SearchEntry.objects.filter(page_id=page_id).delete()
        return "removed"
    page = page.specific
    language = page.locale.language_code
    text = page_text(page)
    day = _date(page)
    hub = getattr(page, "hub", None)
    SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "locale_id": page.locale_id,
            "kind": kind_of(page),
            "hub_key": getattr(hub, "translation_key", None),
            "year": day.year if day else None,
            "date": day,
            "title": page.title[:255],
            "text": text,
            "title_stems": " " + " ".join(stems(page.title, language)) + " ",
            "stems": " " + " ".join(stems(f"{page.title} {text}", language)) + " ",
        },
    )
    if connection.vendor == "postgresql":
        config = Value(config_for(language))
        SearchEntry.objects.filter(page_id=page.pk).update(
            vector=SearchVector("title", weight="A", config=config)
            + SearchVector("text", weight="B", config=config)
        )
    return "indexed"


def rebuild(stdout=None):
    """Index every live page now and drop entries of pages no longer live."""
    live = list(Page.objects.live().filter(depth__gt=1).values_list("pk", flat=True))
    SearchEntry.objects.exclude(page_id__in=live).delete()
    for pk in live:
        index_page(pk)
    return len(live)
