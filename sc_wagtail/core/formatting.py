"""Locale-aware formatting shared by every app: numbers, dates, language names (CLDR via Babel).

Each function formats for the active language, so a template rendered under
``translation.override("fr")`` writes French numbers, dates and names.
"""

import re

from babel import Locale as BabelLocale
from babel.dates import format_date, format_interval, format_skeleton
from babel.numbers import format_decimal
from django.conf import settings
from django.utils.translation import get_language, get_language_info, pgettext, to_locale

from .choices import DatePrecision


def babel_locale():
    """The active language as a Babel (CLDR) locale name."""
    return to_locale(get_language() or settings.LANGUAGE_CODE)


def figure(number):
    """A number written the way the active locale writes it (CLDR: 1 500, 1.500, 1,500),
    always in Latin digits (Babel's default numbering system)."""
    return format_decimal(number, locale=babel_locale())


def money(amount, currency):
    """An amount in the active locale's way (CLDR): "15 000,00 €", "€15,000.00", "‏15,000.00 €"."""
    from babel.numbers import format_currency

    return format_currency(amount, currency, locale=babel_locale())


def moment_phrase(moment, zone=None):
    """A date and time in the active locale (CLDR, the locale's own 12- or 24-hour clock), in
    ``zone`` (a zoneinfo name) when given: "1 novembre 2026, 17:00", "November 1, 2026, 5:00 PM"."""
    if zone:
        import zoneinfo

        moment = moment.astimezone(zoneinfo.ZoneInfo(zone))
    from babel.dates import format_time

    locale = BabelLocale.parse(babel_locale())
    pattern = str(locale.datetime_formats.get("long", "{1} {0}")).replace("'", "")
    day = format_date(moment, "long", locale=locale)
    time = format_time(moment, "short", tzinfo=moment.tzinfo, locale=locale)
    return pattern.format(time, day)


def zone_phrase(zone, moment=None):
    """A time zone as people say it, in the active language: "Nairobi time, UTC+3",
    "heure de Bruxelles, UTC+1" (the city CLDR names for the zone, the offset at ``moment``)."""
    import datetime
    import zoneinfo

    from babel.dates import get_timezone_location

    tzinfo = zoneinfo.ZoneInfo(zone)
    moment = (moment or datetime.datetime.now(datetime.UTC)).astimezone(tzinfo)
    try:
        city = get_timezone_location(tzinfo, locale=babel_locale(), return_city=True)
    except (LookupError, ValueError):
        city = zone.rsplit("/", 1)[-1].replace("_", " ")
    total = int(moment.utcoffset().total_seconds() // 60)
    hours, minutes = divmod(abs(total), 60)
    offset = f"UTC{'-' if total < 0 else '+'}{hours}" + (f":{minutes:02d}" if minutes else "")
    if total == 0:
        offset = "UTC"
    return pgettext("time zone", "%(city)s time, %(offset)s") % {"city": city, "offset": offset}


def language_name(code):
    """The language's name as the active language writes it (CLDR: "français" in French,
    "French" in English)."""
    try:
        return BabelLocale.parse(to_locale(code)).get_display_name(babel_locale())
    except (ValueError, LookupError):
        return get_language_info(code)["name_translated"]


def date_phrase(start, end=None, precision=DatePrecision.DAY):
    """The dates as the active locale writes them (CLDR via Babel): "3–5 novembre 2026",
    "early November 2026"."""
    if start is None:
        return ""
    locale = babel_locale()
    if precision != DatePrecision.DAY:
        month = format_skeleton("yMMMM", start, locale=locale)
        templates = {
            DatePrecision.EARLY: pgettext("date precision", "early %(month)s"),
            DatePrecision.MID: pgettext("date precision", "mid-%(month)s"),
            DatePrecision.LATE: pgettext("date precision", "late %(month)s"),
        }
        template = templates.get(precision)
        return template % {"month": month} if template else month
    if not end or end == start:
        return format_date(start, "long", locale=locale)
    return _numbers_in_order(format_interval(start, end, "yMMMMd", locale=locale))


NUMBER_RANGE = re.compile(r"(\d+)(\s*[\u2013\u2010-]\s*)(\d+)")


def _numbers_in_order(text):
    """In right-to-left text a range of numbers ("3–5") is laid out, and read back by PDF
    tools, as "5–3": an isolate keeps the range left to right, as numbers are read."""
    from .locales import direction

    if direction(get_language() or settings.LANGUAGE_CODE) != "rtl":
        return text
    return NUMBER_RANGE.sub("\u2066\\1\\2\\3\u2069", text)


def list_phrase(items):
    """Items joined as the active language joins a list (CLDR: "French, Spanish and Arabic",
    "français, espagnol et arabe", with "،" and "و" in Arabic)."""
    from babel.lists import format_list

    return format_list([str(item) for item in items], locale=babel_locale())
