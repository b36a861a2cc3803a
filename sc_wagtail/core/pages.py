"""What page types of every app share: the page fields translators see, and parent page
types that belong to the host site."""

from django.utils.functional import classproperty
from wagtail_localize.fields import SynchronizedField, TranslatableField

from sc_wagtail.conf import sc_settings

from .privacy import public

# Title and search texts are translated. The slug is no text to translate: a translation's
# slug follows its approved title (sc_wagtail.translation.page_rows), so it is left out.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
]


def translated_page_fields(*names):
    """``translatable_fields`` of a simple page type: the shared page fields, the menu flag
    as in the source, and the fields ``names`` translated. Without it wagtail-localize
    derives the list itself, slug included."""
    return [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("show_in_menus"),
        *(TranslatableField(name) for name in names),
    ]


def under_home_pages(*page_types):
    """A ``parent_page_types`` value: the site root, the host site's home page types
    (``SC_WAGTAIL["HOME_PAGE_TYPES"]``, read when Wagtail first asks) and ``page_types``."""
    return classproperty(
        lambda cls: ["wagtailcore.Page", *sc_settings.HOME_PAGE_TYPES, *page_types]
    )


def live_in_locale(model, locale, within=None):
    """The live pages of ``model`` readers of ``locale`` may see (no view restriction),
    under ``within`` when given, with their StreamFields deferred: a listing's base."""
    pages = public(model.objects.live()).filter(locale=locale)
    if within is not None:
        pages = pages.descendant_of(within)
    return pages.defer_streamfields()
