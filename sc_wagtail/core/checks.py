"""System checks for ``SC_WAGTAIL``: ``manage.py check`` (and every management command,
``runserver`` and ``migrate`` included) reports every wrong setting at once, each naming
the setting, instead of the first exception at start-up.

Ids: E001 unknown keys · E002 locales · E003 source locale · E004 choices · E005 numbers ·
E006 retry delays · E007 dotted paths · E008 page types · E009 private files · E014 a value
of the wrong type (a string where a list belongs, a number where a flag belongs).
The apps check what their own settings name: E010, W011 and E013 are the translation app's
(the publish gate, QA checks), E012 and E015 the fund's (upload types, workflows and the
question builder), E016 the blocks' (participant categories), E017 and E018 the page
cache's (its cache alias, its place among the middleware).
"""

import os

from django.apps import apps
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from sc_wagtail.conf import DEFAULTS, MISSING_TRANSLATION_CHOICES, POLICIES, sc_settings

POSITIVE_INTEGERS = [
    "UPLOAD_MAX_FILE_BYTES",
    "UPLOAD_MAX_APPLICATION_BYTES",
    "STATUS_LINK_MAX_AGE_DAYS",
    "FUND_DRAFT_DAYS",
    "APPLICATION_RETENTION_MONTHS",
    "EXPORT_INLINE_ROWS",
    "SUBMISSIONS_PER_IP_PER_HOUR",
    "SUBMISSIONS_PER_EMAIL_PER_HOUR",
    "PROBLEM_REPORTS_PER_IP_PER_HOUR",
    "PROBLEM_REPORTS_PER_SESSION_PER_HOUR",
    "PDF_RENDER_MEMORY_BYTES",
    "READING_WORDS_PER_MINUTE",
    "PAGE_CACHE_SECONDS",
]
POSITIVE_NUMBERS = ["PDF_RENDER_TIMEOUT_SECONDS"]
NON_NEGATIVE_NUMBERS = ["PDF_REQUEST_WAIT_SECONDS", "TRUSTED_PROXIES"]


def _error(message, id, hint=None):
    return checks.Error(message, hint=hint, id=f"sc_wagtail.{id}")


def _user_settings():
    return getattr(settings, "SC_WAGTAIL", {}) or {}


def strings(key, what="dotted paths"):
    """(the setting's strings, errors): one error, not one per character, when a site gives a
    string or anything else where a list of strings belongs."""
    value = getattr(sc_settings, key)
    if isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
        return list(value), []
    return [], [
        _error(
            f"SC_WAGTAIL['{key}'] must be a list of {what}, not {value!r}.",
            "E014",
            hint=f"For example {DEFAULTS[key]!r}.",
        )
    ]


@checks.register()
def check_settings(app_configs=None, **kwargs):
    errors = []
    unknown = sorted(set(_user_settings()) - set(DEFAULTS))
    if unknown:
        errors.append(
            _error(
                f"SC_WAGTAIL has unknown key(s) {unknown}.",
                "E001",
                hint=f"Known keys: {', '.join(sorted(DEFAULTS))}.",
            )
        )
    errors += _locales()
    errors += _choices()
    errors += _numbers()
    errors += _retry_delays()
    errors += _session_languages()
    errors += _dotted_paths()
    errors += _page_types()
    errors += _private_files()
    if not isinstance(sc_settings.TASKS_ON_WORKER, bool):
        errors.append(_error("SC_WAGTAIL['TASKS_ON_WORKER'] must be True or False.", "E014"))
    return errors


def _session_languages():
    codes, errors = strings("SESSION_LANGUAGES", "language codes")
    return errors or [
        _error(
            f"SC_WAGTAIL['SESSION_LANGUAGES'] contains {code!r}, which is not a language code "
            "Django knows.",
            "E002",
        )
        for code in codes
        if code not in LANG_INFO
    ]


def _locales():
    locales, errors = strings("LOCALES", "language codes")
    if errors:
        return errors
    if not locales:
        return [_error("SC_WAGTAIL['LOCALES'] must list at least one locale.", "E002")]
    errors = [
        _error(
            f"SC_WAGTAIL['LOCALES'] contains {code!r}, which is not a language code Django "
            "knows (for example 'en', 'fr', 'ar').",
            "E002",
        )
        for code in locales
        if code not in LANG_INFO
    ]
    content = [code for code, _name in getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", [])]
    missing = [code for code in locales if content and code not in content]
    if missing:
        errors.append(
            _error(
                f"SC_WAGTAIL['LOCALES'] contains {missing}, which WAGTAIL_CONTENT_LANGUAGES "
                "does not list.",
                "E002",
                hint="Build both from sc_wagtail.conf.language_choices().",
            )
        )
    if sc_settings.SOURCE_LOCALE not in locales:
        errors.append(
            _error(
                f"SC_WAGTAIL['SOURCE_LOCALE'] is {sc_settings.SOURCE_LOCALE!r}, which is not one "
                f"of SC_WAGTAIL['LOCALES'] {locales}.",
                "E003",
            )
        )
    return errors


def _choices():
    errors = []
    for key, allowed in (
        ("MACHINE_TRANSLATION_POLICY", POLICIES),
        ("MISSING_TRANSLATION", MISSING_TRANSLATION_CHOICES),
    ):
        if getattr(sc_settings, key) not in allowed:
            errors.append(_error(f"SC_WAGTAIL['{key}'] must be one of {allowed}.", "E004"))
    return errors


def _is_number(value):
    return isinstance(value, int | float) and not isinstance(value, bool)


def _numbers():
    errors = []
    for key in POSITIVE_INTEGERS:
        value = getattr(sc_settings, key)
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            errors.append(_error(f"SC_WAGTAIL['{key}'] must be a positive integer.", "E005"))
    for key in POSITIVE_NUMBERS:
        value = getattr(sc_settings, key)
        if not _is_number(value) or value <= 0:
            errors.append(_error(f"SC_WAGTAIL['{key}'] must be a positive number.", "E005"))
    for key in NON_NEGATIVE_NUMBERS:
        value = getattr(sc_settings, key)
        if not _is_number(value) or value < 0:
            errors.append(_error(f"SC_WAGTAIL['{key}'] must be zero or more.", "E005"))
    return errors


def _retry_delays():
    delays = sc_settings.TASK_RETRY_DELAYS
    if isinstance(delays, list | tuple) and all(
        _is_number(delay) and delay > 0 for delay in delays
    ):
        return []
    return [
        _error(
            "SC_WAGTAIL['TASK_RETRY_DELAYS'] must be a list of positive numbers of seconds.",
            "E006",
            hint="For example [60, 300, 900, 3600]; an empty list means no retries.",
        )
    ]


def _dotted_paths():
    """Every dotted path imports (what it must be is checked by the app that uses it)."""
    qa_checks, errors = strings("QA_EXTRA_CHECKS")
    workflows, workflow_errors = strings("FUND_WORKFLOWS")
    errors += workflow_errors
    named = [("QA_EXTRA_CHECKS", path) for path in qa_checks]
    named += [("FUND_WORKFLOWS", path) for path in workflows]
    for key in ("PARTICIPANT_CATEGORIES", "FUND_QUESTION_BUILDER"):
        value = getattr(sc_settings, key)
        if isinstance(value, str):
            named.append((key, value))
        elif key == "FUND_QUESTION_BUILDER":
            errors.append(_error(f"SC_WAGTAIL['{key}'] must be a dotted path.", "E014"))
    for key, path in named:
        try:
            import_string(path)
        except ImportError as error:
            errors.append(
                _error(
                    f"SC_WAGTAIL['{key}'] names {path!r}, which cannot be imported: {error}", "E007"
                )
            )
    return errors


def _page_types():
    from wagtail.models import Page

    errors = []
    for key in ("HOME_PAGE_TYPES", "EVENT_PAGE_TYPES", "WORDPRESS_PAGE_TYPE"):
        if key == "WORDPRESS_PAGE_TYPE":
            value = sc_settings.WORDPRESS_PAGE_TYPE
            labels, wrong = ([value], []) if value else ([], [])
            if value is not None and not isinstance(value, str):
                labels, wrong = [], [_error(f"SC_WAGTAIL['{key}'] must be a page type.", "E014")]
        else:
            labels, wrong = strings(key, "page types ('app_label.ModelName')")
        errors += wrong
        for label in labels:
            try:
                model = apps.get_model(label)
            except (LookupError, ValueError):
                model = None
            if model is None or not issubclass(model, Page):
                errors.append(
                    _error(
                        f"SC_WAGTAIL['{key}'] names {label!r}, which is not an installed page "
                        "type ('app_label.ModelName' of a Page model).",
                        "E008",
                    )
                )
    return errors


def _private_files():
    if not (apps.is_installed("sc_wagtail.forms") or apps.is_installed("sc_wagtail.pdf")):
        return []
    from .storage import private_root

    root = sc_settings.PRIVATE_STORAGE_ROOT
    if root is not None and not isinstance(root, str | os.PathLike):
        return [_error("SC_WAGTAIL['PRIVATE_STORAGE_ROOT'] must be a directory path.", "E009")]
    try:
        private_root()
    except ImproperlyConfigured as error:
        return [_error(str(error), "E009")]
    return []
