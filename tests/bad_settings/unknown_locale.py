from tests.settings import *  # noqa: F403

SC_WAGTAIL = {"LOCALES": ["en", "fr", "xx"], "SOURCE_LOCALE": "en"}
