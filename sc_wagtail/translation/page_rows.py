"""What the page row of a translation holds besides its reviewed text: its address and, while
its text waits for review, the title the admin lists it under.

The slug is not a segment to translate. A translated page's slug comes from its approved
title (Unicode letters kept, so Arabic addresses read as Arabic), made unique among its
siblings; a reviewer may choose another (``set_slug``). Once a page has an address it keeps
it when its title changes later, as Wagtail does for a page edited by hand. The rule is
stored per translation (``TranslatedSlug``) and applied after every save of the target
(``apply``, called by the gate's wrapper of ``Translation.save_target``), because
wagtail-localize copies the source's slug and strips non-ASCII letters on every sync.

A machine draft never lends its title to the admin: until the title is approved, the page
tree, search and choosers list it under the source title (with its locale beside it).
"""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.coreutils import find_available_slug
from wagtail.models import Page

from .states import SegmentState


class TranslatedSlug(models.Model):
    translation = models.OneToOneField(
        "wagtail_localize.Translation", on_delete=models.CASCADE, related_name="+"
    )
    slug = models.SlugField(gettext_lazy("slug"), max_length=255, allow_unicode=True)
    # Who chose it; empty when it was taken from the approved title.
    chosen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("translated slug")

    def __str__(self):
        return self.slug


def approved_title(states):
    """The approved text of the title segment, or None."""
    for state in states:
        if state.segment.context.path == "title" and state.state == SegmentState.APPROVED:
            return state.review.approved_text
    return None


def target_page(translation):
    if not issubclass(translation.source.specific_content_type.model_class(), Page):
        return None
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist:
        return None


def _parent(translation, page):
    if page is not None:
        return page.get_parent()
    source_page = translation.source.get_source_instance()
    return source_page.get_parent().get_translation_or_none(translation.target_locale)


def proposed_slug(translation, states, page=None):
    """The slug the translation has or will have once its title is approved, or None."""
    chosen = TranslatedSlug.objects.filter(translation=translation).first()
    if chosen is not None:
        return chosen.slug
    title = approved_title(states)
    if title is None:
        return None
    slug = slugify(title, allow_unicode=True)[:255] or None
    parent = _parent(translation, page)
    if slug and parent is not None:
        slug = find_available_slug(parent, slug, ignore_page_id=page.pk if page else None)
    return slug


def set_slug(translation, value, user, page=None):
    """A reviewer chooses the translation's slug. Raises ValidationError with a message a
    reviewer can act on; applies it at once when the page exists."""
    slug = slugify(value, allow_unicode=True)[:255]
    if not slug:
        raise ValidationError(_("Write the address with letters, digits and hyphens."))
    page = page if page is not None else target_page(translation)
    parent = _parent(translation, page)
    if parent is not None:
        siblings = parent.get_children().filter(slug=slug)
        if page is not None:
            siblings = siblings.exclude(pk=page.pk)
        if siblings.exists():
            raise ValidationError(
                _("Another page in this section already has the address “%(slug)s”.")
                % {"slug": slug}
            )
    TranslatedSlug.objects.update_or_create(
        translation=translation, defaults={"slug": slug, "chosen_by": user}
    )
    if page is not None:
        _set_page_slug(page, slug)
    return slug


def apply(translation, states, reviewed=True):
    """After wagtail-localize saved ``translation``'s target: give the page its slug and,
    where translations are reviewed, an admin title that is not unreviewed machine text."""
    page = target_page(translation)
    if page is None:
        return
    chosen = TranslatedSlug.objects.filter(translation=translation).first()
    if chosen is None:
        live = page.live_revision.content.get("slug") if page.live_revision else None
        if live and live != translation.source.get_source_instance().slug:
            slug = live  # an address readers already have
        else:
            slug = proposed_slug(translation, states, page)
        if slug:
            chosen = TranslatedSlug.objects.create(translation=translation, slug=slug)
    if chosen is not None and chosen.slug != page.slug:
        _set_page_slug(page, find_available_slug(page.get_parent(), chosen.slug, page.pk))
    if reviewed:
        _set_admin_title(page, translation, states)


def slug_on_publish(translation, revision, page):
    """Before a translation's revision is published: give it, and ``page`` (the object
    Wagtail is about to publish from it), the translation's slug. wagtail-localize publishes
    a revision object it built before ``apply`` ran (on commit), whose content still holds
    the source's slug."""
    chosen = TranslatedSlug.objects.filter(translation=translation).first()
    if chosen is None or (revision.content.get("slug") == chosen.slug == page.slug):
        return
    parent = page.get_parent() if page is not None else None
    slug = chosen.slug
    if parent is not None:
        slug = find_available_slug(parent, slug, ignore_page_id=page.pk)
    page.slug = revision.content["slug"] = slug
    if parent is not None:
        page.set_url_path(parent)
    revision.save(update_fields=["content"])


def _set_page_slug(page, slug):
    """The row and its latest and live revisions: a later publish of either keeps it."""
    page.slug = slug
    page.save(clean=False, update_fields=["slug", "url_path"])
    for revision in {page.latest_revision, page.live_revision} - {None}:
        if revision.content.get("slug") != slug:
            revision.content["slug"] = slug
            revision.save(update_fields=["content"])


def _set_admin_title(page, translation, states):
    approved = approved_title(states)
    title = approved if approved is not None else str(translation.source.object_repr)
    if page.live and approved is None:
        title = page.title  # the live, approved title
    fields = {"draft_title": title}
    if not page.live and not page.first_published_at:
        fields["title"] = title  # never published: no approved title to keep
    changed = {name: value for name, value in fields.items() if getattr(page, name) != value}
    if changed:
        Page.objects.filter(pk=page.pk).update(**changed)
