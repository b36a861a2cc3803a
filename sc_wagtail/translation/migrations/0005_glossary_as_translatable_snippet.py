"""The glossary becomes a translatable snippet: one row per locale instead of renderings.

Existing terms move to the source locale, and each rendering becomes that language's row
(sharing the term's translation key), so no approved rendering or forbidden variant is lost.
"""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def _source_code():
    return getattr(settings, "SC_WAGTAIL", {}).get("SOURCE_LOCALE", "en")


def renderings_to_rows(apps, schema_editor):
    GlossaryTerm = apps.get_model("sc_translation", "GlossaryTerm")
    GlossaryRendering = apps.get_model("sc_translation", "GlossaryRendering")
    Locale = apps.get_model("wagtailcore", "Locale")
    terms = list(GlossaryTerm.objects.all())
    if not terms:
        return
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source = locales.get(_source_code()) or Locale.objects.order_by("pk").first()
    for term in terms:
        term.locale = source
        term.translation_key = uuid.uuid4()
        term.save(update_fields=["locale", "translation_key"])
        for rendering in GlossaryRendering.objects.filter(entry=term):
            locale = locales.get(rendering.language_code)
            text = term.term if term.do_not_translate else rendering.rendering
            if locale is None or locale.pk == source.pk or not text:
                continue
            GlossaryTerm.objects.create(
                term=text,
                note=term.note,
                do_not_translate=term.do_not_translate,
                forbidden=rendering.forbidden,
                locale=locale,
                translation_key=term.translation_key,
            )


class Migration(migrations.Migration):
    dependencies = [
        ("sc_translation", "0004_translationreviewtask"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="segmentreview",
            name="acknowledged",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AlterField(
            model_name="glossaryterm",
            name="term",
            field=models.CharField(max_length=200, verbose_name="term"),
        ),
        migrations.AddField(
            model_name="glossaryterm",
            name="forbidden",
            field=models.TextField(
                blank=True,
                help_text="Renderings that must not be used in this language, one per line.",
                verbose_name="forbidden renderings",
            ),
        ),
        migrations.AddField(
            model_name="glossaryterm",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="glossaryterm",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(renderings_to_rows, migrations.RunPython.noop),
    ]
