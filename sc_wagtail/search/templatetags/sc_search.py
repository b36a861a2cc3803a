from django import template

register = template.Library()


@register.inclusion_tag("sc_search/search_form.html", takes_context=True)
def search_form(context):
    """The header's search box, in the page's language, keeping the query on the results."""
    request = context.get("request")
    return {"query": request.GET.get("q", "") if request is not None else ""}
