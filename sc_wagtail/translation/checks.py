"""System checks of the translation app (``manage.py check`` lists them all)."""

from django.conf import settings
from django.core import checks

from .guards import is_gated, wrapped_calls

GATE_MIDDLEWARE = "sc_wagtail.translation.middleware.GateRefusalMiddleware"


@checks.register(checks.Tags.security)
def gate_is_installed(app_configs=None, **kwargs):
    """The publish gate wraps Wagtail's and wagtail-localize's publishing calls: an upgrade that
    renames or overrides one would silently open a way around it, so start-up fails."""
    errors = []
    for name, method in wrapped_calls():
        if not is_gated(method):
            errors.append(
                checks.Error(
                    f"The translation publish gate does not wrap {name}: an upgrade of Wagtail or "
                    "wagtail-localize has moved or overridden it, and unreviewed translations "
                    "could be published through it.",
                    hint="Pin the versions sc-wagtail was tested with (pyproject.toml), or "
                    "update sc_wagtail/translation/guards.py for the new release.",
                    id="sc_wagtail.E010",
                )
            )
    return errors


@checks.register()
def gate_refusals_are_explained(app_configs=None, **kwargs):
    if GATE_MIDDLEWARE in getattr(settings, "MIDDLEWARE", []):
        return []
    return [
        checks.Warning(
            "The publish gate's refusals reach editors as a bare 403 page.",
            hint=f"Add {GATE_MIDDLEWARE!r} to MIDDLEWARE, after MessageMiddleware, so the "
            "admin says why a translation was not published.",
            id="sc_wagtail.W011",
        )
    ]


@checks.register()
def extra_qa_checks_are_checks(app_configs=None, **kwargs):
    from django.utils.module_loading import import_string

    from sc_wagtail.conf import sc_settings

    from .qa.registry import Check

    errors = []
    paths = sc_settings.QA_EXTRA_CHECKS
    for path in paths if isinstance(paths, list | tuple) else []:
        try:
            found = import_string(path)
        except ImportError:
            continue  # reported by sc_wagtail.E007
        if not (isinstance(found, type) and issubclass(found, Check) and found.name):
            errors.append(
                checks.Error(
                    f"SC_WAGTAIL['QA_EXTRA_CHECKS'] names {path!r}, which is not a named "
                    "subclass of sc_wagtail.translation.qa.Check.",
                    id="sc_wagtail.E013",
                )
            )
    return errors
