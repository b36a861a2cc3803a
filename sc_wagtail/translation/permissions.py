"""Who may review which locale: one Wagtail group per locale ("Translation reviewers (fr)")."""

from django.contrib.auth.models import Group, Permission

from sc_wagtail.conf import sc_settings


def reviewer_group_name(language_code):
    return f"Translation reviewers ({language_code})"


def reviewer_language(group_name):
    """The language code of a reviewer group's name, or None for other groups."""
    names = {reviewer_group_name(code): code for code in sc_settings.LOCALES}
    return names.get(group_name)


def can_review(user, locale):
    """A French reviewer approves French, never Arabic; superusers review everything."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=reviewer_group_name(locale.language_code)).exists()


def can_comment(user, source):
    """The source's editors follow a translation's review and join its comment threads:
    whoever may edit the source page (or change the snippet) it was made from."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    from wagtail.models import Page

    instance = source.get_source_instance()
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    meta = instance._meta
    return user.has_perm(f"{meta.app_label}.change_{meta.model_name}")


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
