"""Network-wide sums of live reports, with the reports behind them, in a fixed number of queries."""

from dataclasses import dataclass, field

from wagtail.models import Page

from sc_wagtail.core.privacy import public

from .models import ReportFigures


@dataclass
class Totals:
    events: int = 0
    leaders: int = 0
    officials: int = 0
    participants: int = 0
    cities: set = field(default_factory=set)
    countries: set = field(default_factory=set)

    def add(self, row):
        self.events += 1
        self.leaders += row["leaders"]
        self.officials += row["officials"]
        self.participants += row["participants"]
        self.cities.update(row["city_keys"])
        self.countries.update(row["country_codes"])

    @property
    def city_count(self):
        return len(self.cities)

    @property
    def country_count(self):
        return len(self.countries)


@dataclass
class Impact:
    totals: Totals
    # (hub_key, year) -> Totals, newest year first.
    breakdown: dict
    # One entry per report: its figures and the page to link to.
    reports: list
    years: list


def impact(locale, hub_key=None, year=None):
    """Totals of the live reports (optionally one hub's, one year's) for readers of ``locale``.

    A fixed number of queries whatever the number of reports: the figures, the years on
    offer, the reader's-locale copies and the fallback source copies for links (each with the
    view restrictions that keep private reports out).
    """
    rows = ReportFigures.objects.filter(page__in=public(Page.objects.live()).values("pk"))
    years = sorted(
        {y for y in rows.values_list("year", flat=True).distinct() if y is not None}, reverse=True
    )
    if hub_key:
        rows = rows.filter(hub_key=hub_key)
    if year:
        rows = rows.filter(year=year)
    rows = list(
        rows.order_by("-year", "page_id").values(
            "translation_key",
            "page_id",
            "hub_key",
            "year",
            "leaders",
            "officials",
            "participants",
            "city_keys",
            "country_codes",
        )
    )
    totals, breakdown = Totals(), {}
    for row in rows:
        totals.add(row)
        breakdown.setdefault((row["hub_key"], row["year"]), Totals()).add(row)
    pages = _link_pages(rows, locale)
    reports = [{**row, "link": pages.get(row["translation_key"])} for row in rows]
    return Impact(totals=totals, breakdown=breakdown, reports=reports, years=years)


def _link_pages(rows, locale):
    """translation key -> the live page to link: the reader's locale, else the counted copy."""
    if not rows:
        return {}
    columns = ("id", "title", "url_path", "path", "depth", "translation_key", "locale_id")
    local = public(Page.objects.live()).filter(
        translation_key__in=[row["translation_key"] for row in rows], locale=locale
    )
    found = {page.translation_key: page for page in local.only(*columns)}
    missing = [row["page_id"] for row in rows if row["translation_key"] not in found]
    if missing:
        for page in Page.objects.filter(pk__in=missing).only(*columns):
            found[page.translation_key] = page
    return found
