from wagtail import hooks

from .models import HubPage


@hooks.register("sc_cache_dependents")
def hub_pages_listing(page):
    """A hub's page lists its hub's news and events: it changes with them."""
    hub_id = getattr(page, "hub_id", None)
    if hub_id is None or isinstance(page, HubPage):
        return []
    return HubPage.objects.filter(hub_id=hub_id).live()
