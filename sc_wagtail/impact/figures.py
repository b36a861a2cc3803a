"""Read a report's figures and keep its ReportFigures row in step with its live copies."""

from wagtail.models import Page

from sc_wagtail.blocks.participation import category
from sc_wagtail.blocks.report import has_report, report_section
from sc_wagtail.conf import sc_settings


def _parent_is(rows_by_category, row, attribute):
    parent = rows_by_category.get(row["part_of"]) if row["part_of"] else None
    return bool(parent) and getattr(category(parent["category"]), attribute)


def participation_figures(participation):
    """(leaders, officials, participants) of a participation block, each person counted once.

    A row that is part of another row of the same kind is already inside its parent's number
    ("60 officials, including 15 mayors" is 60 officials, not 75).
    """
    rows = [row for row in participation["rows"] if row["category"] and row["number"]]
    by_category = {row["category"]: row for row in rows}
    leaders = officials = 0
    for row in rows:
        kind = category(row["category"])
        if kind.leader and not _parent_is(by_category, row, "leader"):
            leaders += row["number"]
        if kind.local_government and not _parent_is(by_category, row, "local_government"):
            officials += row["number"]
    top_level = [row for row in rows if not row["part_of"]]
    everyone = sum(row["number"] for row in top_level if row["category"] == "participants")
    others = sum(row["number"] for row in top_level if row["category"] != "participants")
    return leaders, officials, max(everyone, others)


def _report_year(page, when):
    if when and when["start_date"]:
        return when["start_date"].year
    for name in ("start_date", "publication_date"):
        value = getattr(page, name, None)
        if value:
            return value.year
    return page.first_published_at.year if page.first_published_at else None


def read_figures(page):
    """The figures of ``page``'s report as ReportFigures field values, or None without one."""
    if not has_report(page):
        return None
    report = page.report
    participation = report_section(report, "participation")
    where = report_section(report, "where")
    leaders = officials = participants = 0
    cities, countries = set(), set()
    if participation:
        leaders, officials, participants = participation_figures(participation)
        for city in participation["represented_cities"]:
            if city:
                cities.add(str(city.translation_key))
                if city.country:
                    countries.add(str(city.country))
        countries.update(participation["country_list"] or [])
    if where:
        if where["city"]:
            cities.add(str(where["city"].translation_key))
            countries.add(str(where["city"].country or ""))
        if where["country"]:
            countries.add(where["country"])
    hub = getattr(page, "hub", None)
    return {
        "page": page,
        "hub_key": hub.translation_key if hub else None,
        "year": _report_year(page, report_section(report, "when")),
        "leaders": leaders,
        "officials": officials,
        "participants": participants,
        "city_keys": sorted(cities),
        "country_codes": sorted(code for code in countries if code),
    }


def refresh(translation_key, deleted=None):
    """Recompute the row of the report with this translation key from its live, public
    copies (leaving out ``deleted``, the pk of a copy being deleted)."""
    from .models import ReportFigures

    copies = list(
        Page.objects.filter(translation_key=translation_key)
        .live()
        .public()
        .exclude(pk=deleted)
        .select_related("locale")
        .order_by("pk")
        .specific()
    )
    source = next(
        (page for page in copies if page.locale.language_code == sc_settings.SOURCE_LOCALE),
        copies[0] if copies else None,
    )
    figures = read_figures(source) if source is not None else None
    if figures is None:
        ReportFigures.objects.filter(translation_key=translation_key).delete()
        return None
    row, _created = ReportFigures.objects.update_or_create(
        translation_key=translation_key, defaults=figures
    )
    return row
