from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail import hooks


@hooks.register("insert_editor_js")
def searchable_selects():
    """Search boxes above long lists in the editor (the country of a report)."""
    return format_html('<script src="{}" defer></script>', static("sc_blocks/searchable_select.js"))


@hooks.register("insert_global_admin_css")
def searchable_select_css():
    return mark_safe(
        "<style>.sc-select-search{display:block;margin-block-end:.4rem;max-width:30rem}</style>"
    )
