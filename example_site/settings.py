"""Settings of the example site. Everything a deployment changes comes from the environment:

DATABASE_URL   default: a SQLite file in var/ (WAL, IMMEDIATE transactions)
REDIS_URL      when set: django-q2 uses Redis as its broker and the cache lives in Redis
SITE_URL       the address the site answers on (https://cities.example.org): links in emails
REDIS_CACHE_URL  the cache's own Redis database (recommended: a cache clear flushes its database)
SECRET_KEY     required (or SECRET_KEY_FILE, a file holding it): there is no fallback key
DEBUG          "1"/"true" to turn on; off by default (scripts/demo turns it on)
HTTPS          on by default when DEBUG is off: HTTPS redirect, secure cookies, HSTS
ALLOWED_HOSTS  comma separated
EMAIL_URL      smtp://user:pass@host:port (default: print emails to the console)
Q_WORKERS      number of django-q2 worker processes (default 2)
Q_SYNC         "1" runs background tasks inline (used by seed_demo and tests)
PAGE_CACHE     "0" turns the page cache off (on by default)
CDN_PURGE_URL  a cache in front of the site that takes HTTP PURGE requests (Varnish, nginx):
               the worker purges it of the pages a change touches
"""

import datetime
import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured

from sc_wagtail.conf import language_choices

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("SC_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG", False)


def secret_key_from_env():
    """SECRET_KEY, or the contents of SECRET_KEY_FILE. There is deliberately no fallback: a
    key published with the source would let anyone sign status links and sessions."""
    key = os.environ.get("SECRET_KEY", "").strip()
    path = os.environ.get("SECRET_KEY_FILE", "").strip()
    if not key and path:
        try:
            key = Path(path).read_text().strip()
        except OSError as error:
            raise ImproperlyConfigured(
                f"SECRET_KEY_FILE {path!r} cannot be read: {error}"
            ) from error
    if not key:
        raise ImproperlyConfigured(
            "Set SECRET_KEY (or SECRET_KEY_FILE) in the environment. scripts/demo generates one "
            "in var/secret_key for the demo; a production site keeps its own secret."
        )
    return key


SECRET_KEY = secret_key_from_env()
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# --- HTTPS -----------------------------------------------------------------------------
# Served over HTTPS unless told otherwise (or in DEBUG): redirect, secure cookies, HSTS.
HTTPS = env_bool("HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000 if HTTPS else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", HTTPS)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Behind a proxy that terminates TLS: the header it sets, e.g. SECURE_PROXY_SSL_HEADER=X-Forwarded-Proto
if os.environ.get("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = (
        "HTTP_" + os.environ["SECURE_PROXY_SSL_HEADER"].strip().upper().replace("-", "_"),
        "https",
    )
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Content-Security-Policy (django-csp): only this site's scripts (inline ones carry the
# request's nonce), styles, images and fonts; video embeds from YouTube and Vimeo.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

INSTALLED_APPS = [
    "example_site.home",
    "sc_wagtail.core",
    "sc_wagtail.blocks",
    "sc_wagtail.news",
    "sc_wagtail.events",
    "sc_wagtail.translation",
    "sc_wagtail.impact",
    "sc_wagtail.pdf",
    "sc_wagtail.forms",
    "sc_wagtail.hubs",
    "sc_wagtail.search",
    "sc_wagtail.wordpress",
    "sc_wagtail.cache",
    "wagtail.contrib.routable_page",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django_q",
    "django_tasks",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files straight from the web process, compressed and cached (no separate server).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # View restrictions read once per request by every menu, listing and language link.
    "sc_wagtail.core.privacy.RequestPrivacyMiddleware",
    # The request's Wagtail site from cached rows (Wagtail compiles a query per request).
    "sc_wagtail.core.sites.SiteMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Content-Security-Policy on every response (the admin's own policy is a little wider).
    "sc_wagtail.core.csp.SitePolicyMiddleware",
    # Whole pages for anonymous readers, purged when what they show changes (PAGE_CACHE=0
    # turns it off, to measure pages uncached).
    *(["sc_wagtail.cache.middleware.PageCacheMiddleware"] if env_bool("PAGE_CACHE", True) else []),
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A page not yet published in the requested language: the source page with a notice.
    "sc_wagtail.translation.middleware.MissingTranslationMiddleware",
    # The publish gate's refusals come back to the admin page with the reason.
    "sc_wagtail.translation.middleware.GateRefusalMiddleware",
    # Login throttling: last, as django-axes asks.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "example_site.urls"
WSGI_APPLICATION = "example_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "example_site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]


# --- Database -------------------------------------------------------------------------
def database_from_env():
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "db.sqlite3",
        }
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except (ValueError, KeyError) as exc:
        scheme = urlsplit(url).scheme or "(none)"
        raise ImproperlyConfigured(
            f"DATABASE_URL could not be read (scheme {scheme!r}): {exc}. "
            "Use for example sqlite:////abs/path/db.sqlite3 or "
            "postgres://user@127.0.0.1:5432/dbname."
        ) from exc
    if not config.get("ENGINE") or not config.get("NAME"):
        raise ImproperlyConfigured(
            "DATABASE_URL names no database: use for example postgres://user@127.0.0.1:5432/dbname."
        )
    return config


DATABASES = {"default": database_from_env()}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A worker and the web process write to the same file: WAL lets readers go on while one
    # writes, and IMMEDIATE transactions wait for the lock instead of failing half-way.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # A file, not memory, so a worker process started by a test sees the test database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test_db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Background work: django-q2 (and Wagtail's django-tasks through it) ----------------
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
Q_CLUSTER = {
    "name": os.environ.get("Q_CLUSTER_NAME", "sc_wagtail"),
    "workers": int(os.environ.get("Q_WORKERS", "2")),
    # A task that raises is retried by sc_wagtail's result hook (SC_WAGTAIL
    # TASK_RETRY_DELAYS), whatever the broker; ack_failures stops the ORM broker from also
    # redelivering it. A task whose worker died is never acknowledged: the ORM broker
    # delivers it again after `retry` seconds, up to `max_attempts` times.
    "ack_failures": True,
    "timeout": int(os.environ.get("Q_TIMEOUT", "120")),
    "retry": int(os.environ.get("Q_RETRY", "150")),  # must exceed timeout
    "max_attempts": 5,
    # 0 keeps every result: django-q2's pruning (a positive limit) reads all stored results
    # on each save, which made seeding 40 times slower.
    "save_limit": 0,
    "catch_up": False,
    "sync": env_bool("Q_SYNC", False),
    "label": "Background tasks",
    # Inline runs (seed_demo, tests) would otherwise log every task.
    "log_level": "WARNING" if env_bool("Q_SYNC", False) else "INFO",
}
if REDIS_URL:
    Q_CLUSTER["redis"] = REDIS_URL
    # A cache clear is Redis's FLUSHDB: give the cache a database of its own
    # (REDIS_CACHE_URL, e.g. redis://host:6379/1) so a clear never drops queued tasks.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ.get("REDIS_CACHE_URL", "").strip() or REDIS_URL,
        }
    }
else:
    Q_CLUSTER["orm"] = "default"
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "sc_cache",
        }
    }
TASKS = {"default": {"BACKEND": "sc_wagtail.core.task_backend.DjangoQBackend"}}

# --- Languages --------------------------------------------------------------------------
SC_WAGTAIL = {
    "LOCALES": ["en", "fr", "es", "ar", "sq"],
    "SOURCE_LOCALE": "en",
    # Fund application files: outside MEDIA_ROOT, served only by permission-checked views.
    "PRIVATE_STORAGE_ROOT": VAR_DIR / "private",
    "HOME_PAGE_TYPES": ["home.HomePage"],
    "WORDPRESS_PAGE_TYPE": "home.ContentPage",
    "DEFAULT_SHARE_IMAGE": "home/share.png",
    # Behind a reverse proxy that appends the client's address to X-Forwarded-For: 1.
    "TRUSTED_PROXIES": int(os.environ.get("TRUSTED_PROXIES", "0")),
}
if os.environ.get("TASK_RETRY_DELAYS"):  # seconds, comma separated
    SC_WAGTAIL["TASK_RETRY_DELAYS"] = [int(d) for d in os.environ["TASK_RETRY_DELAYS"].split(",")]
LANGUAGE_CODE = "en"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = language_choices(SC_WAGTAIL["LOCALES"])
WAGTAIL_I18N_ENABLED = True
# Machine translation only drafts (sc_wagtail.translation): people approve every segment.
# The dummy engine needs no network; a real site names DeepL, Google or LibreTranslate here.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": os.environ.get(
        "MACHINE_TRANSLATOR", "wagtail_localize.machine_translators.dummy.DummyTranslator"
    ),
    "OPTIONS": {},
}
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
LOCALE_PATHS = [BASE_DIR / "example_site" / "locale"]

# --- Files -------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
# collectstatic also writes gzip and Brotli copies, which WhiteNoise serves to browsers that
# ask. (Uploaded media are not static files: in production a web server or object storage
# serves MEDIA_ROOT.)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"

# --- Email ---------------------------------------------------------------------------------
EMAIL_URL = os.environ.get("EMAIL_URL", "").strip()
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "fund@example.org")
if EMAIL_URL:
    parts = urlsplit(EMAIL_URL)
    if parts.scheme not in {"smtp", "smtps"} or not parts.hostname:
        raise ImproperlyConfigured("EMAIL_URL must look like smtp://user:password@host:port.")
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = parts.hostname
    EMAIL_PORT = parts.port or (465 if parts.scheme == "smtps" else 25)
    EMAIL_HOST_USER = unquote(parts.username or "")
    EMAIL_HOST_PASSWORD = unquote(parts.password or "")
    EMAIL_USE_SSL = parts.scheme == "smtps"
    EMAIL_TIMEOUT = 10
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# --- Wagtail -------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Strong Cities Network (example)"
# The address the site answers on: every link in an email (status links, reviewers' and
# staff's admin links) starts with it. SITE_URL in production; the demo runs on $PORT.
WAGTAILADMIN_BASE_URL = (
    os.environ.get("SITE_URL")
    or os.environ.get("WAGTAILADMIN_BASE_URL")
    or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
).rstrip("/")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "csv", "txt"]
# No Gravatar: the admin would send a hash of every user's email to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the admin ask releases.wagtail.org for new versions: nothing loads from elsewhere.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# A CDN or proxy cache in front of the site is purged of the same URLs as the page cache
# (sc_wagtail.cache), by the worker. The URLs are exact per language already: no copies
# per language prefix.
if os.environ.get("CDN_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["CDN_PURGE_URL"],
        }
    }
WAGTAILFRONTENDCACHE_LANGUAGES = []
# Video players written from the address: rendering a page never calls a provider's oEmbed.
WAGTAILEMBEDS_FINDERS = [{"class": "sc_wagtail.blocks.embeds.LocalVideoFinder"}]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"

# --- Login throttling (django-axes) -----------------------------------------------------
# Five wrong passwords for one account from one address lock that pair for 30 minutes; the
# account still opens from elsewhere, so nobody can lock a colleague out. Logged by "axes".
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "sc_wagtail.core.http.client_ip"
AXES_LOCKOUT_TEMPLATE = "sc_core/login_locked.html"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "sc_wagtail": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
        "django_q": {"handlers": ["console"], "level": "WARNING"},
        "axes": {"handlers": ["console"], "level": "WARNING"},
    },
}
