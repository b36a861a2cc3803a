"""Every way into translating a page or snippet leads to the review screen.

wagtail-localize replaces the edit view of a synced translation with its own editor (its
``before_edit_page`` and ``before_edit_snippet`` hooks), which has a Publish button of its
own. With the gate on, our hooks run first (order -10) and send the user to the review
screen instead: from the page tree, the page editor, after wagtail-localize's "Translate"
and "Sync" (they redirect to the edit view), and from links in emails.
"""

from django.shortcuts import redirect
from django.urls import reverse
from wagtail.models import TranslatableMixin

from sc_wagtail.conf import sc_settings

from .gate import gate_applies


def synced_translation(instance):
    """The enabled wagtail-localize Translation whose target is ``instance``, or None."""
    from wagtail_localize.models import Translation

    if not isinstance(instance, TranslatableMixin) or instance.locale_id is None:
        return None
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .exclude(source__locale_id=instance.locale_id)
        .first()
    )


def review_instead(request, instance):
    """A redirect to the review screen of ``instance``'s translation, or None (Wagtail's own
    editor then opens: source content, or translations the site does not review)."""
    if not gate_applies():
        return None
    if getattr(instance, "locale", None) is None:
        return None
    if instance.locale.language_code == sc_settings.SOURCE_LOCALE:
        return None
    translation = synced_translation(instance)
    if translation is None:
        return None
    return redirect(reverse("sc_translation_admin:review", args=[translation.pk]))
