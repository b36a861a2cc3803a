"""System checks of the fund app."""

from django.core import checks

from sc_wagtail.conf import sc_settings

from .uploads import KINDS


@checks.register()
def upload_types_are_known(app_configs=None, **kwargs):
    unknown = [kind for kind in sc_settings.UPLOAD_ALLOWED_TYPES if kind not in KINDS]
    if not unknown:
        return []
    return [
        checks.Error(
            f"SC_WAGTAIL['UPLOAD_ALLOWED_TYPES'] names {unknown}, which the fund cannot "
            "recognise by their content.",
            hint=f"Choose among {', '.join(KINDS)}.",
            id="sc_wagtail.E012",
        )
    ]
