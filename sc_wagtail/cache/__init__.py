"""Whole pages cached for anonymous readers, purged exactly when what they show changes.

- ``middleware.PageCacheMiddleware`` serves and stores pages (store.py holds the keys, the
  form-token placeholder and what may be stored).
- ``dependents.py`` says which URLs a change touches: the page in every language, the
  listings above it, the pages it links to or that link to it, the pages a hook names (a
  hub's page, impact figures), the sitemap; a snippet's change touches the pages showing it.
- ``signals.py`` purges on publish, unpublish, move, slug change and snippet saves: this
  site's cache at once, a CDN through ``wagtail.contrib.frontend_cache`` on the worker.
"""
