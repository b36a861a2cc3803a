# Hub pages moved to sc_hubs (which takes their tables over, see sc_hubs 0001), and a news
# page's related event may be any page of SC_WAGTAIL["EVENT_PAGE_TYPES"].

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('sc_news', '0002_hubpage_body_alter_newspage_report'),
        ('sc_hubs', '0001_initial'),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name='HubIndexPage'),
                migrations.DeleteModel(name='HubPage'),
            ],
        ),
        migrations.AlterField(
            model_name='newspage',
            name='related_event',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='related event'),
        ),
    ]
