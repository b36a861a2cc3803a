"""The fields of the page a WordPress post becomes, by page type.

``fields(model, item, context)`` returns ``(values, children)``: attribute values for the page
and its child rows (themes, authors, organisations) to set on it. What every page type has
(title, slug, search description, a body when the type has one) comes first; news pages add
their date, type, hub, themes, authors, summary and listing image from the post's terms, meta
and featured image; event pages read The Events Calendar's meta (dates with their time zone,
all-day, venue and organiser posts).
"""

import datetime
import uuid
import zoneinfo

from bs4 import BeautifulSoup
from django.utils.text import slugify

from sc_wagtail.core.models import City, Hub, Organisation, Theme
from sc_wagtail.events.models import EventOrganisation, EventPage
from sc_wagtail.news.models import ArticleType, NewsPage, NewsPageAuthor, NewsPageTheme

BLOCK_NAMESPACE = uuid.UUID("7b7f6a39-7c1e-4d62-9f62-0a8e5b8b9a11")


def block_id(wp_id, language, index):
    """A stable id per block: a re-import keeps wagtail-localize's contexts (and approvals)."""
    return str(uuid.uuid5(BLOCK_NAMESPACE, f"{wp_id}:{language}:{index}"))


def stream(blocks, wp_id, language):
    return [
        {"type": kind, "value": value, "id": block_id(wp_id, language, index)}
        for index, (kind, value) in enumerate(blocks)
    ]


def plain(html):
    return " ".join(BeautifulSoup(html or "", "html.parser").get_text(" ").split())


def summary_of(item, blocks, limit=600):
    text = plain(item.excerpt)
    if not text:
        text = next((plain(value) for kind, value in blocks if kind == "paragraph"), "")
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text


def local_date(item):
    for value in (item.date, item.date_gmt):
        try:
            return datetime.datetime.strptime(value[:19], "%Y-%m-%d %H:%M:%S")
        except (TypeError, ValueError):
            continue
    return None


class Context:
    """What building a page needs besides the post: the locale, the body converter's
    output, term lookups, attachments and the report."""

    def __init__(
        self, locale, blocks, mapping, uploads, report, venues, attachments_by_id, authors
    ):
        self.locale = locale
        self.authors = authors  # login -> display name
        self.blocks = blocks
        self.mapping = mapping
        self.uploads = uploads
        self.report = report
        self.venues = venues  # wp id -> Item (tribe_venue, tribe_organizer)
        self.attachments_by_id = attachments_by_id  # wp id -> url


def fields(model, item, context):
    date = local_date(item)
    values = {
        "title": (item.title or item.slug or f"WordPress {item.wp_id}")[:255],
        "slug": slugify(item.slug or item.title, allow_unicode=True)[:255] or f"wp-{item.wp_id}",
        "search_description": plain(item.excerpt)[:255],
    }
    if _has(model, "body"):
        values["body"] = stream(context.blocks, item.wp_id, context.locale.language_code)
    children = {}
    if issubclass(model, NewsPage):
        _news(values, children, item, context, date)
    elif issubclass(model, EventPage):
        _event(values, children, item, context)
    elif _has(model, "intro"):
        values["intro"] = plain(item.excerpt)[:300]
    return values, children


def _has(model, name):
    return any(field.name == name for field in model._meta.get_fields())


def terms(item, context):
    """(article type, hub, themes) the post's categories and tags name, unknown ones reported."""
    article_type = hub = None
    themes = []
    locale = context.locale
    for term in item.terms:
        rule = context.mapping.terms.get(term.slug)
        if rule is None:
            rule = _guess(term.slug, locale)
        if rule is None:
            if term.domain in ("category", "post_tag"):
                context.report.warn(
                    "unknown-term", item.wp_id, item.link, f"{term.domain} “{term.slug}”"
                )
            continue
        if "article_type" in rule and article_type is None:
            article_type = ArticleType.objects.filter(
                slug=rule["article_type"], locale=locale
            ).first()
        if "hub" in rule and hub is None:
            hub = Hub.objects.filter(slug=rule["hub"], locale=locale).first()
        if "theme" in rule:
            theme = Theme.objects.filter(slug=rule["theme"], locale=locale).first()
            if theme is not None and theme not in themes:
                themes.append(theme)
    return article_type, hub, themes


def _guess(slug, locale):
    if ArticleType.objects.filter(slug=slug, locale=locale).exists():
        return {"article_type": slug}
    if Hub.objects.filter(slug=slug, locale=locale).exists():
        return {"hub": slug}
    if Theme.objects.filter(slug=slug, locale=locale).exists():
        return {"theme": slug}
    return None


def _news(values, children, item, context, date):
    article_type, hub, themes = terms(item, context)
    if article_type is None:
        article_type = (
            ArticleType.objects.filter(
                slug=context.mapping.default_article_type, locale=context.locale
            ).first()
            or ArticleType.objects.filter(locale=context.locale).first()
        )
    values.update(
        publication_date=(date or datetime.datetime.now()).date(),
        article_type=article_type,
        hub=hub,
        summary=summary_of(item, context.blocks) or values["title"],
        listing_image=_featured(item, context),
    )
    children["themes"] = [NewsPageTheme(theme=theme) for theme in themes]
    name = context.authors.get(item.author, item.author)
    children["authors"] = [NewsPageAuthor(name=name[:120])] if name else []


def _featured(item, context):
    thumbnail = item.meta.get("_thumbnail_id", "")
    url = context.attachments_by_id.get(int(thumbnail)) if thumbnail.isdigit() else None
    if not url or context.uploads is None:
        return None
    image = context.uploads.image_for(url)
    return image if getattr(image, "pk", 0) else None


def _event(values, children, item, context):
    meta = item.meta
    zone = meta.get("_EventTimezone") or "UTC"
    if zone not in zoneinfo.available_timezones():
        context.report.warn("time-zone", item.wp_id, item.link, f"unknown time zone {zone}; UTC")
        zone = "UTC"
    start = _tec_datetime(meta.get("_EventStartDate")) or local_date(item)
    end = _tec_datetime(meta.get("_EventEndDate")) or start
    all_day = meta.get("_EventAllDay", "").lower() in ("yes", "1", "true")
    _article_type, hub, _themes = terms(item, context)
    values.update(
        event_type=meta.get("_sc_event_type") or "workshop",
        start_date=start.date(),
        start_time=None if all_day else start.time(),
        end_date=end.date(),
        end_time=None if all_day else end.time(),
        all_day=all_day,
        time_zone=zone,
        hub=hub,
        summary=summary_of(item, context.blocks),
    )
    venue = context.venues.get(int(meta.get("_EventVenueID") or 0))
    if venue is not None:
        city_name = venue.meta.get("_VenueCity", "")
        city = City.objects.filter(name__iexact=city_name, locale=context.locale).first()
        values.update(
            venue=venue.title[:200],
            address=venue.meta.get("_VenueAddress", "")[:300],
            city=city,
            city_name="" if city else city_name[:120],
            country=(city.country if city else _country(venue.meta.get("_VenueCountry", ""))),
        )
    organisers = []
    for organiser_id in _ids(meta.get("_EventOrganizerID", "")):
        organiser = context.venues.get(organiser_id)
        if organiser is None:
            continue
        organisation = Organisation.objects.filter(
            name__iexact=organiser.title, locale=context.locale
        ).first()
        if organisation is None:
            context.report.warn(
                "unknown-organiser", item.wp_id, item.link, f"organiser “{organiser.title}”"
            )
            continue
        organisers.append(EventOrganisation(organisation=organisation, role="organiser"))
    children["organisations"] = organisers


def _tec_datetime(value):
    try:
        return datetime.datetime.strptime((value or "")[:19], "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None


def _ids(value):
    return [int(part) for part in str(value).replace(",", " ").split() if part.isdigit()]


def _country(name):
    from django_countries import countries

    if not name:
        return ""
    if len(name) == 2 and name.upper() in dict(countries):
        return name.upper()
    return countries.by_name(name) or ""
