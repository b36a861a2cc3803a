"""The check registry. A check is a small class; registering it makes every caller (the
review screen, the publish gate, the command line) run it.

A site adds its own with ``@register`` in an imported module, or lists dotted paths in
``SC_WAGTAIL["QA_EXTRA_CHECKS"]`` when Django is configured.
"""

from importlib import import_module

from .findings import Finding, Severity

_CHECKS = {}


class Check:
    """Base class. Override ``check_segment`` (one segment) and/or ``check_document``
    (all segments of a document, for consistency rules)."""

    name = ""
    severity = Severity.WARNING
    #: True when the check needs the source text (PO, XLIFF, CMS segments).
    bilingual = False
    #: Language codes the check applies to; None means every language.
    locales = None

    def applies(self, context):
        if self.bilingual and not context.bilingual:
            return False
        return self.locales is None or context.target_language in self.locales

    def check_segment(self, segment, context):
        return ()

    def check_document(self, segments, context):
        return ()

    def finding(self, fragment, hint, start=None, severity=None):
        return Finding(
            self.name,
            severity or self.severity,
            fragment,
            hint,
            start=start,
            fixable=callable(getattr(self, "fix", None)),
        )


def register(check_class):
    if not check_class.name:
        raise ValueError(f"{check_class.__name__} needs a name")
    _CHECKS[check_class.name] = check_class
    return check_class


def all_checks():
    _load_builtin_checks()
    _load_site_checks()
    return [cls() for cls in _CHECKS.values()]


def _load_builtin_checks():
    from .checks import fidelity, glossary, spacing, typography  # noqa: F401  (they register)


def _load_site_checks():
    try:
        from django.conf import settings

        extra = settings.SC_WAGTAIL.get("QA_EXTRA_CHECKS", []) if settings.configured else []
    except (ImportError, AttributeError):
        extra = []
    for path in extra:
        module_path, _, attr = path.rpartition(".")
        register(getattr(import_module(module_path), attr))
