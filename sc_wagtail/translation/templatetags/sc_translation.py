from django import template

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.locales import language_code_of

from ..problems import ProblemForm

register = template.Library()


@register.inclusion_tag("sc_translation/problem_form.html", takes_context=True)
def report_problem_form(context, page=None):
    """ "Report a translation problem" on every translated page (not on source pages)."""
    page = page or context.get("page")
    request = context.get("request")
    translated = bool(
        page is not None
        and getattr(page, "locale_id", None) is not None
        and language_code_of(page) != sc_settings.SOURCE_LOCALE
    )
    return {
        "show": translated,
        "page": page,
        "form": ProblemForm(auto_id="problem-%s"),
        "thanks": bool(request and request.GET.get("reported")),
    }


@register.inclusion_tag("sc_translation/missing_notice.html", takes_context=True)
def missing_translation_notice(context):
    """The notice on a source page shown in place of a translation not yet published."""
    request = context.get("request")
    missing = getattr(request, "sc_missing_translation", None)
    if not missing:
        return {"show": False}
    from sc_wagtail.core.formatting import language_name

    return {
        "show": True,
        "language": language_name(missing["language"]),
        "source_language": language_name(sc_settings.SOURCE_LOCALE),
    }


@register.filter
def get_item(mapping, key):
    return mapping.get(key)


@register.inclusion_tag("sc_translation/machine_notice.html", takes_context=True)
def machine_translation_notice(context, page=None):
    """A visible notice on a translated page that still holds unapproved machine text: on
    sites that publish machine drafts (MACHINE_TRANSLATION_POLICY "publish_with_notice"), and
    on pages a site published before review (notice.py, e.g. imported WPML copies)."""
    page = page or context.get("page")
    if page is None or getattr(page, "locale_id", None) is None:
        return {"show": False}
    if language_code_of(page) == sc_settings.SOURCE_LOCALE:
        return {"show": False}
    from ..gate import translation_for
    from ..notice import with_notice
    from ..review import MACHINE, segment_states

    translation = translation_for(page)
    if translation is None:
        return {"show": False}
    if sc_settings.MACHINE_TRANSLATION_POLICY != "publish_with_notice" and not with_notice(
        translation
    ):
        return {"show": False}
    states = segment_states(translation.source, translation.target_locale)
    return {"show": any(state.state == MACHINE for state in states)}
