"""The site every test starts from: five locales, the home page translated into each (through
wagtail-localize, approved, as the demo does it), the default Site, an admin and the Editors'
snippet permissions. Built once per test session after migrate, and put back after each test
that commits; everything else a test needs it builds itself (tests.factories, per-app fixtures).
"""

from django.contrib.auth import get_user_model
from wagtail.models import Locale

from example_site.demo.accounts import grant_editors
from example_site.demo.home import seed_home
from example_site.demo.text import catalogue
from example_site.demo.translate import translate_into
from sc_wagtail.conf import sc_settings
from sc_wagtail.translation.pipeline import paused

ADMIN_PASSWORD = "admin-password"  # tests only: the test database is thrown away


def build_base_site():
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in sc_settings.LOCALES
    }
    with paused():
        home = seed_home(locales[sc_settings.SOURCE_LOCALE])
        for code, locale in locales.items():
            if code != sc_settings.SOURCE_LOCALE:
                translate_into(home, locale, catalogue(code))
    User = get_user_model()
    if not User.objects.filter(username="admin").exists():
        User.objects.create_superuser("admin", "admin@example.org", ADMIN_PASSWORD)
    grant_editors()
