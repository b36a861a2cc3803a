"""schema.org NewsArticle for news pages."""

from sc_wagtail.core.locales import language_code_of


def news_json_ld(page, request, image_url=None):
    published = page.published_at
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.summary,
        "datePublished": published.isoformat(),
        "dateModified": max(page.last_published_at or published, published).isoformat(),
        "inLanguage": language_code_of(page),
        "url": page.get_full_url(request),
        "timeRequired": f"PT{page.reading_minutes}M",
        "author": [{"@type": "Person", "name": a.name} for a in page.author_list]
        or [{"@type": "Organization", "name": page.get_site().site_name}],
        "articleSection": page.article_type.name,
    }
    if image_url:
        data["image"] = [image_url]
    event = page.public_related_event
    if event is not None and hasattr(event.specific, "schema_reference"):
        # The event page says how it is referred to; news knows no event model.
        data["about"] = event.specific.schema_reference(request)
    return data
