"""Every sc-wagtail setting, with its default, in one place.

A site overrides any of them in its Django settings::

    SC_WAGTAIL = {"LOCALES": ["en", "fr"], "UPLOAD_MAX_FILE_BYTES": 5 * 1024 * 1024}

and code reads them through ``sc_settings.NAME``. Values are read on each access, so
``override_settings(SC_WAGTAIL=...)`` works in tests. Wrong values are reported by the system
checks in ``sc_wagtail/core/checks.py`` (``manage.py check``).
"""

from django.conf import settings
from django.conf.locale import LANG_INFO

MiB = 1024 * 1024

DEFAULTS = {
    # Content locales, by language code. The first is not special: SOURCE_LOCALE is.
    "LOCALES": ["en", "fr", "es", "ar", "sq"],
    # The locale editors write in; every other locale is a translation of it.
    "SOURCE_LOCALE": "en",
    # "review": machine translations are drafts until a reviewer approves every segment.
    # "publish_with_notice": machine drafts may go live, with a visible notice.
    "MACHINE_TRANSLATION_POLICY": "review",
    # What a reader gets when a page has no live copy in the requested locale:
    # "fallback" (the source page with a notice) or "404".
    "MISSING_TRANSLATION": "fallback",
    # Run Wagtail's own background tasks (reference index, search index, file deletion)
    # on the django-q2 worker. The site must also point TASKS at our backend.
    "TASKS_ON_WORKER": True,
    # Fund application uploads.
    "UPLOAD_MAX_FILE_BYTES": 10 * MiB,
    "UPLOAD_MAX_APPLICATION_BYTES": 30 * MiB,
    "UPLOAD_ALLOWED_TYPES": ["pdf", "docx", "xlsx", "odt", "jpeg", "png"],
    # Where private files (application attachments, exports) are stored: never under MEDIA_ROOT.
    "PRIVATE_STORAGE_ROOT": None,
    # Applicant status links expire after this many days.
    "STATUS_LINK_MAX_AGE_DAYS": 365,
    # Applications saved to continue later are deleted after this many days without a change
    # (their link expires with them).
    "FUND_DRAFT_DAYS": 30,
    # Closed applications older than this are anonymised by `anonymise_applications`.
    "APPLICATION_RETENTION_MONTHS": 36,
    # A filtered application list longer than this is exported by the worker, not the request.
    "EXPORT_INLINE_ROWS": 1000,
    # The review workflows a fund call can follow (dotted paths of forms.workflow.Workflow).
    "FUND_WORKFLOWS": [
        "sc_wagtail.forms.workflow.STANDARD",
        "sc_wagtail.forms.workflow.WITHOUT_REVIEWERS",
    ],
    # Builds the form field of each kind of call question (create_<kind>_field methods).
    "FUND_QUESTION_BUILDER": "sc_wagtail.forms.question_fields.QuestionFieldBuilder",
    # Fund applications allowed per hour, per client address (a city hall's offices may share
    # one) and per applicant email.
    "SUBMISSIONS_PER_IP_PER_HOUR": 60,
    "SUBMISSIONS_PER_EMAIL_PER_HOUR": 5,
    # Reader reports of translation problems allowed per hour, per address and per session.
    "PROBLEM_REPORTS_PER_IP_PER_HOUR": 60,
    "PROBLEM_REPORTS_PER_SESSION_PER_HOUR": 10,
    # How many proxies in front of the site append to X-Forwarded-For (0: use REMOTE_ADDR).
    "TRUSTED_PROXIES": 0,
    # PDF rendering limits: a render that takes longer, or needs more memory on top of
    # the process it forks from, is stopped and recorded as failed.
    "PDF_RENDER_TIMEOUT_SECONDS": 60,
    "PDF_RENDER_MEMORY_BYTES": 1024 * MiB,
    # How long a reader's request for a PDF that is not ready waits for the render before
    # getting a "being prepared" page that retries by itself.
    "PDF_REQUEST_WAIT_SECONDS": 8,
    # Participant categories of event reports: a list, or the dotted path of one
    # (see sc_wagtail.blocks.participation).
    "PARTICIPANT_CATEGORIES": "sc_wagtail.blocks.participation.DEFAULT_CATEGORIES",
    # Dotted paths of extra translation QA checks (sc_wagtail.translation.qa.Check subclasses).
    "QA_EXTRA_CHECKS": [],
    # A background task that raises is run again after these delays (seconds), then given
    # up on; each failed attempt stays visible as a failed task row.
    "TASK_RETRY_DELAYS": [60, 300, 900, 3600],
    # Languages an event's sessions may be held in besides the site's own (language codes).
    "SESSION_LANGUAGES": ["de", "pt", "ru", "tr", "sw", "ur"],
    # Reading speed used for "N minutes reading time", in words per minute.
    "READING_WORDS_PER_MINUTE": 200,
    # The host site's home page types ("app_label.Model"): hub pages may be created under
    # them (and under the site root), as well as under a hub index.
    "HOME_PAGE_TYPES": [],
    # Page types ("app_label.Model") a news page's "related event" may point to.
    "EVENT_PAGE_TYPES": ["sc_events.EventPage"],
    # A static file (path under STATIC_URL) shared as the image of pages that have none of
    # their own: schema.org's image of news and events, for search engines and link previews.
    "DEFAULT_SHARE_IMAGE": None,
    # The host site's plain content page type ("app_label.Model"): WordPress pages become
    # these (import_wordpress; a mapping file may choose another).
    "WORDPRESS_PAGE_TYPE": None,
    # The page cache (sc_wagtail.cache): the CACHES alias it stores pages in, and how long a
    # page is kept at most. Edits purge at once; the time limit is for what changes with
    # time alone (an event starting, a call closing).
    "PAGE_CACHE_ALIAS": "default",
    "PAGE_CACHE_SECONDS": 300,
}

POLICIES = ("review", "publish_with_notice")
MISSING_TRANSLATION_CHOICES = ("fallback", "404")


class Conf:
    """Reads ``settings.SC_WAGTAIL`` lazily, falling back to :data:`DEFAULTS`."""

    def __getattr__(self, name):
        if name not in DEFAULTS:
            raise AttributeError(f"Unknown sc-wagtail setting {name!r}")
        user = getattr(settings, "SC_WAGTAIL", {}) or {}
        return user.get(name, DEFAULTS[name])


def language_choices(codes):
    """``[(code, native name)]`` for Django's LANGUAGES and WAGTAIL_CONTENT_LANGUAGES.

    Unknown codes are kept (with the code as name) so that the system checks can report
    them by setting name (sc_wagtail.E002) rather than failing here with a KeyError.
    """
    return [(code, LANG_INFO.get(code, {}).get("name_local", code)) for code in codes]


sc_settings = Conf()
