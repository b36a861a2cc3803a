from django import template

from sc_wagtail.conf import sc_settings

from ..problems import ProblemForm

register = template.Library()


@register.inclusion_tag("sc_translation/problem_form.html", takes_context=True)
def report_problem_form(context, page=None):
    """ "Report a translation problem" on every translated page (not on source pages)."""
    page = page or context.get("page")
    request = context.get("request")
    translated = bool(
        page is not None
        and getattr(page, "locale", None) is not None
        and page.locale.language_code != sc_settings.SOURCE_LOCALE
    )
    return {
        "show": translated,
        "page": page,
        "form": ProblemForm(),
        "thanks": bool(request and request.GET.get("reported")),
    }
