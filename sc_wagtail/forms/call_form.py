"""The fund call's admin form: opening and closing times are typed and shown in the call's
own time zone (a call closing "17:00 Europe/Brussels" closes then, whatever the editor's or
the server's time zone)."""

import zoneinfo

from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm

TIME_FIELDS = ("opens_at", "closes_at")


class FundCallForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = zoneinfo.ZoneInfo(self.instance.time_zone or "UTC")
        for name in TIME_FIELDS:
            value = getattr(self.instance, name, None) if self.instance.pk else None
            if value is not None and name in self.fields:
                # Naive wall-clock time in the call's zone: the widget shows it as it is.
                self.initial[name] = timezone.localtime(value, zone).replace(tzinfo=None)

    def clean(self):
        data = super().clean()
        name = data.get("time_zone") or "UTC"
        try:
            zone = zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return data
        current = timezone.get_current_timezone()
        for field in TIME_FIELDS:
            value = data.get(field)
            if value is not None:
                # The field read the typed time in the admin's zone; read it in the call's.
                wall_clock = timezone.make_naive(value, current)
                data[field] = timezone.make_aware(wall_clock, zone)
        return data  # FundCall.clean then checks that it closes after it opens
