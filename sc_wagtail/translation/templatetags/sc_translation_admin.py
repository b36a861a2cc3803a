"""Translation status in Wagtail's own admin screens: the page editor's status panel and the
page tree's status column (templates overridden in templates/wagtailadmin/)."""

from django import template

from sc_wagtail.conf import sc_settings

from ..progress_labels import statuses

register = template.Library()


def _for_page(page, user, cache_holder=None):
    """[LocaleStatus] of the page's source: every target locale for a source page, its own
    locale for a translation. ``cache_holder`` (the listing's table) keeps one read for all
    its rows."""
    if page is None or not getattr(page, "translation_key", None):
        return []
    if getattr(page, "depth", 2) <= 1:  # the tree's root, no content
        return []
    if cache_holder is not None:
        found = getattr(cache_holder, "_sc_translation_statuses", None)
        if found is None:
            keys = [getattr(row, "translation_key", None) for row in cache_holder.data]
            found = statuses(keys, user)
            cache_holder._sc_translation_statuses = found
    else:
        found = statuses([page.translation_key], user)
    rows = found.get(page.translation_key, [])
    code = page.locale.language_code if page.locale_id else None
    if code == sc_settings.SOURCE_LOCALE:
        return rows
    return [row for row in rows if row.code == code]


@register.inclusion_tag("sc_translation/admin/locale_statuses.html", takes_context=True)
def translation_statuses(context, page, compact=False):
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "rows": _for_page(page, user, context.get("table")),
        "compact": compact,
        "is_source": getattr(page, "locale_id", None)
        and page.locale.language_code == sc_settings.SOURCE_LOCALE,
    }
