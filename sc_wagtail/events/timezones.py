"""VTIMEZONE components every calendar reads the same way.

icalendar's own generator lists a zone's changes as many dates on one RDATE line, which
Mozilla's ical.js (Thunderbird) reads only the first of, and writes the onset of daylight
time in the local time after the change; both put events an hour off. Here each change in
the years the calendar covers is its own STANDARD or DAYLIGHT component whose DTSTART is the
onset in the local time in force before it (RFC 5545, 3.6.5), read from the zoneinfo
database.
"""

import datetime
import zoneinfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

UTC = datetime.UTC


def transitions(zone, start, end):
    """(moment in UTC, offset before, offset after, abbreviation, is daylight) of each change
    of ``zone`` between the UTC datetimes ``start`` and ``end``."""
    found = []
    step = datetime.timedelta(days=1)
    moment = start
    before = moment.astimezone(zone).utcoffset()
    while moment < end:
        following = moment + step
        after = following.astimezone(zone).utcoffset()
        if after != before:
            low, high = moment, following
            while high - low > datetime.timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == before:
                    low = middle
                else:
                    high = middle
            onset = high.replace(second=0, microsecond=0)
            local = onset.astimezone(zone)
            found.append((onset, before, after, local.tzname(), bool(local.dst())))
            before = after
        moment = following
    return found


def vtimezone(tzid, first, last):
    """The VTIMEZONE of ``tzid`` for events between the dates ``first`` and ``last``."""
    zone = zoneinfo.ZoneInfo(tzid)
    start = datetime.datetime(first.year - 1, 1, 1, tzinfo=UTC)
    end = datetime.datetime(last.year + 2, 1, 1, tzinfo=UTC)
    component = Timezone()
    component.add("tzid", tzid)
    # The offset in force at the start of the range, then each change after it.
    local = start.astimezone(zone)
    first_observance = TimezoneDaylight() if local.dst() else TimezoneStandard()
    first_observance.add("dtstart", local.replace(tzinfo=None))
    first_observance.add("tzoffsetfrom", local.utcoffset())
    first_observance.add("tzoffsetto", local.utcoffset())
    first_observance.add("tzname", local.tzname() or tzid)
    component.add_component(first_observance)
    for onset, before, after, name, daylight in transitions(zone, start, end):
        observance = TimezoneDaylight() if daylight else TimezoneStandard()
        # The onset in the local time in force before it (02:00, not 03:00, in spring).
        observance.add("dtstart", (onset + before).replace(tzinfo=None))
        observance.add("tzoffsetfrom", before)
        observance.add("tzoffsetto", after)
        observance.add("tzname", name or tzid)
        component.add_component(observance)
    return component
