"""Locale helpers shared by every app: text direction, live copies of a page."""

from django.utils.translation import get_language_info

from sc_wagtail.conf import sc_settings

from .privacy import public

_codes = {}  # locale id -> language code, read once per process (forget_locales() resets)


def _load():
    from wagtail.models import Locale

    _codes.clear()
    _codes.update(Locale.objects.values_list("id", "language_code"))


def forget_locales(**kwargs):
    """Locale saved or deleted: read the table again next time."""
    _codes.clear()


def language_code_of(obj):
    """The language code of a translatable object's locale, without a query per object."""
    if obj.locale_id not in _codes:
        _load()
    return _codes[obj.locale_id]


def locale_id_for(language_code):
    """The id of the locale for ``language_code``, or None, without a query per call."""
    for _attempt in range(2):
        for locale_id, code in _codes.items():
            if code == language_code:
                return locale_id
        _load()
    return None


def direction(language_code):
    """``rtl`` or ``ltr``, from Django's language info."""
    return "rtl" if get_language_info(language_code).get("bidi") else "ltr"


def live_translations(page):
    """``[(locale, page)]`` for each locale where ``page`` has a live copy, in setting order.

    One query, whatever the number of locales, and none the second time for the same page
    object (the hreflang links and the language switcher both ask).
    """
    from wagtail.models import Page

    cached = getattr(page, "_sc_live_translations", None)
    if cached is not None:
        return cached

    order = {code: i for i, code in enumerate(sc_settings.LOCALES)}
    copies = (
        public(Page.objects.filter(translation_key=page.translation_key, live=True))
        .select_related("locale")
        .only("id", "path", "url_path", "depth", "slug", "locale", "translation_key")
    )
    pairs = [(p.locale, p) for p in copies if p.locale.language_code in order]
    page._sc_live_translations = sorted(pairs, key=lambda pair: order[pair[0].language_code])
    return page._sc_live_translations
