"""Reusable Wagtail apps for a network of cities: hubs, news, events, event reports,
a grants fund and reviewed translations. Settings live in :mod:`sc_wagtail.conf`."""

__version__ = "0.1.0"
