# Report PDFs move out of public media into private storage. The files rendered so far sit
# at guessable /media/sc_pdf/ addresses: they are deleted, and rendered again on request.

import sc_wagtail.core.storage
import sc_wagtail.pdf.models
from django.core.files.storage import default_storage
from django.db import migrations, models


def forget_public_files(apps, schema_editor):
    PdfArtefact = apps.get_model("sc_pdf", "PdfArtefact")
    for artefact in PdfArtefact.objects.exclude(file=""):
        if artefact.file.name.startswith("sc_pdf/"):
            default_storage.delete(artefact.file.name)
    PdfArtefact.objects.all().delete()


class Migration(migrations.Migration):

    dependencies = [
        ('sc_pdf', '0001_initial'),
    ]

    operations = [
        migrations.RunPython(forget_public_files, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='pdfartefact',
            name='file',
            field=models.FileField(blank=True, storage=sc_wagtail.core.storage.private_storage, upload_to=sc_wagtail.pdf.models._pdf_name),
        ),
    ]
