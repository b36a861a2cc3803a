"""Second step of the glossary change (0005): constraints once the rows have their locale.

A separate migration, so PostgreSQL does not alter a table with pending trigger events.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("sc_translation", "0005_glossary_as_translatable_snippet"),
    ]

    operations = [
        migrations.AlterField(
            model_name="glossaryterm",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="glossaryterm",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="glossaryterm",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AddConstraint(
            model_name="glossaryterm",
            constraint=models.UniqueConstraint(
                fields=("locale", "term"), name="one_glossary_term_per_locale"
            ),
        ),
        migrations.DeleteModel(name="GlossaryRendering"),
    ]
