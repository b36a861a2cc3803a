"""Slugs left the page segments (a translation's slug follows its approved title): drop the
slug strings, translations and approvals of page sources, and the progress rows that
counted them (the listings compute missing rows again)."""

from django.db import migrations


def drop_slug_segments(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    StringSegment = apps.get_model("wagtail_localize", "StringSegment")
    StringTranslation = apps.get_model("wagtail_localize", "StringTranslation")
    SegmentReview = apps.get_model("sc_translation", "SegmentReview")
    TranslationProgress = apps.get_model("sc_translation", "TranslationProgress")
    page_keys = Page.objects.values("translation_key")
    segments = StringSegment.objects.filter(context__path="slug", source__object_id__in=page_keys)
    sources = set(segments.values_list("source_id", flat=True))
    if not sources:
        return
    StringTranslation.objects.filter(
        context__path="slug", context__object_id__in=page_keys
    ).delete()
    SegmentReview.objects.filter(source_id__in=sources, context__path="slug").delete()
    segments.delete()
    TranslationProgress.objects.filter(source_id__in=sources).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("sc_translation", "0008_segment_history_slugs_drafting"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(drop_slug_segments, migrations.RunPython.noop)]
