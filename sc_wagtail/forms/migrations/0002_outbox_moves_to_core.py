# The fund's outbox becomes the site's (sc_core.OutgoingEmail), shared with the reviewers'
# notifications. Every message is copied over, tied to its application.

from django.db import migrations


def copy_to_core(apps, schema_editor):
    Old = apps.get_model("sc_forms", "OutgoingEmail")
    New = apps.get_model("sc_core", "OutgoingEmail")
    ContentType = apps.get_model("contenttypes", "ContentType")
    application_type, _ = ContentType.objects.get_or_create(
        app_label="sc_forms", model="application"
    )
    New.objects.bulk_create(
        New(
            kind=old.kind,
            to=old.to,
            language=old.language,
            subject=old.subject,
            body=old.body,
            about_type=application_type,
            about_id=str(old.application_id),
            attempts=old.attempts,
            last_error=old.last_error,
            sent_at=old.sent_at,
            created_at=old.created_at,
        )
        for old in Old.objects.all()
    )


class Migration(migrations.Migration):

    dependencies = [
        ('sc_forms', '0001_initial'),
        ('sc_core', '0003_outbox'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.RunPython(copy_to_core, migrations.RunPython.noop),
        migrations.DeleteModel(name='OutgoingEmail'),
    ]
