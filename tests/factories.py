"""Builders for what tests need on top of the base site (tests/site.py).

Small and fast: pages are live without revisions where that is enough, directory records are
translated by copying (no translation source), and the demo's texts are reused where a test
wants real words in five languages. Pages translated through wagtail-localize (and approved)
come from ``translate_page``.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.fields import TranslatableField

from example_site.demo import content as demo_content
from example_site.demo import directory as demo_directory
from example_site.demo.text import catalogue
from example_site.demo.translate import translate_into
from sc_wagtail.conf import sc_settings
from sc_wagtail.core.models import Hub
from sc_wagtail.events.models import EventIndexPage, EventPage
from sc_wagtail.news.models import ArticleType, NewsIndexPage, NewsPage
from sc_wagtail.translation.permissions import reviewer_group_name
from sc_wagtail.translation.pipeline import paused

TARGETS = tuple(code for code in sc_settings.LOCALES if code != sc_settings.SOURCE_LOCALE)


def english_home():
    return Page.objects.get(depth=2, locale__language_code="en").specific


def home(code):
    return Page.objects.get(depth=2, locale__language_code=code).specific


def locale(code):
    return Locale.objects.get(language_code=code)


# --- people ---------------------------------------------------------------------------
def user(username, *groups, **fields):
    """A user in the named groups (created if missing), password "pw"."""
    person, created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.org", **fields}
    )
    if created:
        person.set_password("pw")
        person.save()
    for name in groups:
        person.groups.add(Group.objects.get_or_create(name=name)[0])
    return person


def reviewer(code, username=None, admin_language="en"):
    """A translation reviewer of one locale. Joining a reviewer group sets the admin to the
    locale's language; tests that read the admin's English words keep it in English, as a
    reviewer may choose in their account."""
    from wagtail.users.models import UserProfile

    person = user(username or f"reviewer-{code}", reviewer_group_name(code))
    if admin_language:
        profile = UserProfile.get_for_user(person)
        profile.preferred_language = admin_language
        profile.save(update_fields=["preferred_language"])
    return person


# --- translations ---------------------------------------------------------------------
class _Words(dict):
    """The demo's words for a language, and "[fr] text" for anything they do not cover."""

    def __init__(self, code, extra=None):
        super().__init__(catalogue(code))
        self.update(extra or {})
        self.code = code

    def get(self, key, default=None):
        return super().get(key) or f"[{self.code}] {key}"


def read_and_approve(source, locale, user, acknowledge=True):
    """A reviewer reads every translated segment and approves it, one by one (approve_all
    approves only what people wrote): the QA rules still apply, so a segment with an error
    stays unapproved. Returns the number approved."""
    from sc_wagtail.translation.checking import ApprovalRefused, approve_checked, segment_findings
    from sc_wagtail.translation.review import segment_states

    states = [s for s in segment_states(source, locale) if s.needs_review and s.translation]
    found = segment_findings(states, locale.language_code)
    approved = 0
    for state in states:
        try:
            approve_checked(
                source, locale, state, user, found.get(str(state.segment.pk), []), acknowledge
            )
        except ApprovalRefused:
            continue
        approved += 1
    return approved


def translate_page(page, code, words=None, user=None):
    """``page`` (or a snippet) translated into ``code`` through wagtail-localize, approved and
    published: the demo's words where it has them, ``words`` on top, "[code] text" for the
    rest."""
    with paused():
        return translate_into(page, locale(code), _Words(code, words), user=user)


def translate_snippet(instance, code, **fields):
    """A copy of a directory record in another locale (no translation source): its text
    fields in the demo's words for that language, or ``fields``."""
    words = catalogue(code)
    existing = instance.get_translation_or_none(locale(code))
    if existing is not None and not fields:
        return existing
    copy = existing or instance.copy_for_translation(locale(code))
    for field in getattr(type(instance), "translatable_fields", []):
        if isinstance(field, TranslatableField):
            value = getattr(copy, field.field_name, None)
            if isinstance(value, str) and value:
                setattr(copy, field.field_name, words.get(value, value))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


# --- directory ------------------------------------------------------------------------
def directory(codes=TARGETS):
    """The demo's hubs, themes, organisations and cities in English and in ``codes``."""
    records = demo_directory.seed_directory(locale("en"))
    for group in records.values():
        for record in group.values():
            for code in codes:
                translate_snippet(record, code)
    return records


def article_types(codes=TARGETS):
    types = demo_content.seed_article_types(locale("en"))
    for article_type in types.values():
        for code in codes:
            translate_snippet(article_type, code)
    return types


def hub(slug, code="en"):
    return Hub.objects.get(slug=slug, locale__language_code=code)


def article_type(slug, code="en"):
    found = ArticleType.objects.filter(slug=slug, locale__language_code=code).first()
    if found is None and code == "en":
        found = ArticleType.objects.create(
            slug=slug, name=slug.replace("-", " ").capitalize(), locale=locale("en")
        )
    return found


# --- pages ----------------------------------------------------------------------------
def news_index(slug="test-news", parent=None):
    index = NewsIndexPage(title="Test news", slug=slug)
    (parent or english_home()).add_child(instance=index)
    return index


def news_page(index, number, **fields):
    defaults = {
        "title": f"Story {number}",
        "slug": f"story-{number}",
        "summary": f"Summary {number}.",
        "publication_date": timezone.localdate() - datetime.timedelta(days=number),
        "article_type": article_type("news", index.locale.language_code),
        "live": True,
        "body": [("paragraph", f"<p>Paragraph of story {number}.</p>")],
    }
    defaults.update(fields)
    page = NewsPage(**defaults)
    index.add_child(instance=page)
    return page


def event_index(slug="test-events", parent=None):
    index = EventIndexPage(title="Test events", slug=slug)
    (parent or english_home()).add_child(instance=index)
    return index


def event_page(parent, number, days_from_now=10, **fields):
    start = timezone.localdate() + datetime.timedelta(days=days_from_now)
    defaults = {
        "title": f"Event {number}",
        "slug": f"event-{number}",
        "event_type": "workshop",
        "start_date": start,
        "start_time": datetime.time(9),
        "end_date": start,
        "end_time": datetime.time(17),
        "time_zone": "Europe/Tirane",
        "live": True,
    }
    defaults.update(fields)
    page = EventPage(**defaults)
    parent.add_child(instance=page)
    return page


def publish(page):
    """Publish ``page`` through a revision (signals, translations, indexes) and reload it."""
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)
