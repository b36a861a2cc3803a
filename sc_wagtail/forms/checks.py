"""System checks of the fund app: what its settings name is what the fund can use."""

from django.core import checks
from django.utils.module_loading import import_string

from sc_wagtail.conf import sc_settings
from sc_wagtail.core.checks import strings

from .uploads import KINDS


def _error(message, id, hint=None):
    return checks.Error(message, hint=hint, id=f"sc_wagtail.{id}")


@checks.register()
def upload_types_are_known(app_configs=None, **kwargs):
    kinds, errors = strings("UPLOAD_ALLOWED_TYPES", "file kinds")
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        errors.append(
            _error(
                f"SC_WAGTAIL['UPLOAD_ALLOWED_TYPES'] names {unknown}, which the fund cannot "
                "recognise by their content.",
                "E012",
                hint=f"Choose among {', '.join(KINDS)}.",
            )
        )
    return errors


def _imported(path):
    try:
        return import_string(path)
    except ImportError:
        return None  # reported by sc_wagtail.E007


@checks.register()
def workflows_and_question_builder(app_configs=None, **kwargs):
    from .question_fields import QuestionFieldBuilder
    from .workflow import Workflow

    errors = []
    paths, _wrong = strings("FUND_WORKFLOWS")  # a wrong type is sc_wagtail.E014
    found = [(path, _imported(path)) for path in paths]
    for path, workflow in found:
        if workflow is not None and not isinstance(workflow, Workflow):
            errors.append(
                _error(
                    f"SC_WAGTAIL['FUND_WORKFLOWS'] names {path!r}, which is not a "
                    "sc_wagtail.forms.workflow.Workflow.",
                    "E015",
                )
            )
    if isinstance(sc_settings.FUND_WORKFLOWS, list | tuple) and not paths:
        errors.append(_error("SC_WAGTAIL['FUND_WORKFLOWS'] must name at least one.", "E015"))
    path = sc_settings.FUND_QUESTION_BUILDER
    builder = _imported(path) if isinstance(path, str) else None
    if builder is not None and not (
        isinstance(builder, type) and issubclass(builder, QuestionFieldBuilder)
    ):
        errors.append(
            _error(
                f"SC_WAGTAIL['FUND_QUESTION_BUILDER'] names {path!r}, which is not a subclass "
                "of sc_wagtail.forms.question_fields.QuestionFieldBuilder.",
                "E015",
                hint="Subclass it and add a create_<kind>_field method per question kind.",
            )
        )
    return errors
