"""Demo sections: hubs, news and events under the English home page."""

import datetime
import json

from django.utils import timezone

from sc_wagtail.events.models import EventIndexPage, EventOrganisation, EventPage
from sc_wagtail.hubs.models import HubIndexPage, HubPage
from sc_wagtail.news.models import (
    ArticleType,
    NewsIndexPage,
    NewsPage,
    NewsPageAuthor,
    NewsPageTheme,
)

from . import events_text as ev
from . import news_text as nt
from . import reports_text as rt
from .directory import HUB_SUMMARY, HUBS
from .reports import event_reports


def upsert_child(parent, model, slug, **fields):
    """The child of ``parent`` with this slug, created or updated, then published."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, locale=parent.locale, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    return page


def publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def seed_article_types(locale):
    return {
        slug: ArticleType.objects.update_or_create(
            locale=locale, slug=slug, defaults={"name": str(name), "is_event_report": is_report}
        )[0]
        for slug, is_report, name in nt.ARTICLE_TYPES
    }


def seed_hubs(home, records):
    index = publish(
        upsert_child(
            home,
            HubIndexPage,
            "hubs",
            title=str(nt.HUBS_TITLE),
            intro=str(nt.HUBS_INTRO),
            show_in_menus=True,
        )
    )
    pages = [index]
    for slug, _order, _status, name in HUBS:
        pages.append(
            publish(
                upsert_child(
                    index,
                    HubPage,
                    slug,
                    title=str(name),
                    hub=records["hubs"][slug],
                    intro=str(HUB_SUMMARY),
                    needs_and_priorities=f"<p>{nt.HUB_NEEDS}</p>",
                    contact_text=str(nt.HUB_CONTACT),
                    contact_email=f"{slug}@example.org",
                    body=json.dumps(
                        [
                            {
                                "type": "impact_figures",
                                "value": {
                                    "heading": str(rt.HUB_IMPACT_HEADING),
                                    "hub": records["hubs"][slug].pk,
                                    "year": None,
                                    "show_filters": True,
                                    "show_breakdown": False,
                                },
                            }
                        ]
                    ),
                )
            )
        )
    return pages


def seed_events(home, records):
    today = timezone.localdate()
    index = publish(
        upsert_child(
            home,
            EventIndexPage,
            "events",
            title=str(ev.EVENTS_TITLE),
            intro=str(ev.EVENTS_INTRO),
            show_in_menus=True,
        )
    )
    pages, by_key = [index], {}
    reports = event_reports(records, today)
    for (
        key,
        parent_key,
        kind,
        status,
        mode,
        offset,
        days,
        start,
        zone,
        city,
        hub,
        languages,
        organisations,
        title,
        summary,
    ) in ev.EVENTS:
        start_date = today + datetime.timedelta(days=offset)
        hours, minutes = map(int, start.split(":"))
        page = upsert_child(
            by_key[parent_key] if parent_key else index,
            EventPage,
            key,
            title=str(title),
            summary=str(summary),
            event_type=kind,
            status=status,
            attendance_mode=mode,
            start_date=start_date,
            start_time=datetime.time(hours, minutes),
            end_date=start_date + datetime.timedelta(days=days - 1),
            end_time=datetime.time(min(hours + 7, 23), minutes),
            time_zone=zone,
            city=records["cities"][city] if city else None,
            hub=records["hubs"].get(hub),
            venue=str(ev.VENUE_CONGRESS if kind.startswith("summit") else ev.VENUE_CITY_HALL)
            if mode != "online"
            else "",
            online_url=f"https://meet.example.org/{key}" if mode != "in_person" else "",
            registration_url=f"https://example.org/register/{key}" if offset > 0 else "",
            session_languages=languages,
        )
        page.organisations = [
            EventOrganisation(organisation=records["organisations"][acronym], role=role)
            for acronym, role in organisations
        ]
        if key in reports:
            page.report = reports[key]
        by_key[key] = publish(page)
        pages.append(by_key[key])
    return pages, by_key


def seed_news(home, records, article_types, events_by_key, author):
    today = timezone.localdate()
    index = publish(
        upsert_child(
            home,
            NewsIndexPage,
            str(nt.NEWS_SLUG),
            title=str(nt.NEWS_TITLE),
            intro=str(nt.NEWS_INTRO),
            show_in_menus=True,
        )
    )
    pages = [index]
    for number, (kind, hub, days_ago, themes, event_key, title, summary, paragraphs) in enumerate(
        nt.NEWS
    ):
        page = upsert_child(
            index,
            NewsPage,
            f"story-{number + 1}",
            title=str(title),
            summary=str(summary),
            publication_date=today - datetime.timedelta(days=days_ago),
            article_type=article_types[kind],
            hub=records["hubs"].get(hub),
            related_event=events_by_key.get(event_key),
            show_disclaimer=kind == "event-report",
            body=[("paragraph", f"<p>{paragraph}</p>") for paragraph in paragraphs],
        )
        page.themes = [NewsPageTheme(theme=records["themes"][slug]) for slug in themes]
        page.authors = [
            NewsPageAuthor(name=author, role=str(nt.ROLE_HUB if hub else nt.ROLE_COMMS))
        ]
        pages.append(publish(page))
    return pages


def seed_impact(home):
    """An "Our impact" page summing every published report, filterable by hub and year."""
    from sc_wagtail.impact.models import ImpactPage

    block = {
        "type": "impact_figures",
        "value": {
            "heading": "",
            "hub": None,
            "year": None,
            "show_filters": True,
            "show_breakdown": True,
        },
    }
    return publish(
        upsert_child(
            home,
            ImpactPage,
            str(rt.IMPACT_SLUG),
            title=str(rt.IMPACT_TITLE),
            intro=str(rt.IMPACT_INTRO),
            show_in_menus=True,
            body=json.dumps([block]),
        )
    )


IN_REVIEW = {
    "title": "Mayors agree a shared approach to hate speech online",
    "summary": "Cities of the Middle East and North Africa hub will report and answer hate "
    "speech the same way, and publish what they do with each report.",
    "paragraphs": [
        "Nine mayors and two governors met in Irbid to compare how their cities answer hate "
        "speech online and in the street.",
        "They agreed to use one reporting form, to answer every report within ten days, and "
        "to publish each quarter what was done with the reports they received.",
    ],
}


def seed_story_in_review(news_index, article_types, records):
    """An English story published after the demo's own translations: the translation
    pipeline drafts it by machine in every locale, where it waits for reviewers."""
    return publish(
        upsert_child(
            news_index,
            NewsPage,
            "shared-approach-hate-speech",
            title=IN_REVIEW["title"],
            summary=IN_REVIEW["summary"],
            publication_date=timezone.localdate() - datetime.timedelta(days=113),
            article_type=article_types["news"],
            hub=records["hubs"].get("middle-east-north-africa"),
            body=[("paragraph", f"<p>{text}</p>") for text in IN_REVIEW["paragraphs"]],
        )
    )
