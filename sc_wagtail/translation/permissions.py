"""Who may review which locale: one Wagtail group per locale ("Translation reviewers (fr)")."""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import get_language_info, to_locale

from sc_wagtail.conf import sc_settings


def reviewer_group_name(language_code):
    return f"Translation reviewers ({language_code})"


def can_review(user, locale):
    """A French reviewer approves French, never Arabic; superusers review everything."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=reviewer_group_name(locale.language_code)).exists()


def reviewable_language_codes(user):
    if user.is_superuser:
        return list(sc_settings.LOCALES)
    names = {reviewer_group_name(code): code for code in sc_settings.LOCALES}
    return [
        names[name] for name in user.groups.filter(name__in=names).values_list("name", flat=True)
    ]


def ensure_reviewer_groups(**kwargs):
    """post_migrate: a reviewer group per target locale, able to open the Wagtail admin."""
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    for code in sc_settings.LOCALES:
        if code == sc_settings.SOURCE_LOCALE:
            continue
        group, _ = Group.objects.get_or_create(name=reviewer_group_name(code))
        if access_admin:
            group.permissions.add(access_admin)


def language_name(code):
    """The language's name as the active language writes it (CLDR: "français" in French,
    "French" in English)."""
    from babel import Locale

    from sc_wagtail.blocks.participation import babel_locale

    try:
        return Locale.parse(to_locale(code)).get_display_name(babel_locale())
    except (ValueError, LookupError):
        return get_language_info(code)["name_translated"]
