"""The two structured event reports of the demo (the Balkans workshop and the Irbid round
table), as StreamField JSON built from the English texts in reports_text."""

import datetime
import json
import uuid

from . import events_text as ev
from . import reports_text as rt


def items(name, values):
    """ListBlock JSON with stable item ids, so wagtail-localize finds each item's strings
    again on every sync (ids generated on load would differ each time)."""
    return [
        {"type": "item", "value": value, "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{name}/{i}"))}
        for i, value in enumerate(values)
    ]


def event_reports(records, today):
    """Structured reports by event key, as StreamField JSON (snippets by primary key)."""
    cities, orgs, themes = records["cities"], records["organisations"], records["themes"]

    def rows(name, *values):
        keys = ("qualifier", "number", "category", "part_of")
        return items(name, [dict(zip(keys, value, strict=True)) for value in values])

    balkans = [
        ("identity", {"event_type": "workshop", "series": str(rt.SERIES_BALKANS), "ordinal": 3}),
        (
            "when",
            {
                "start_date": (today - datetime.timedelta(days=60)).isoformat(),
                "end_date": (today - datetime.timedelta(days=59)).isoformat(),
                "precision": "day",
            },
        ),
        (
            "where",
            {
                "attendance_mode": "in_person",
                "venue": str(ev.VENUE_CITY_HALL),
                "city": cities["Tirana"].pk,
                "city_name": "",
                "country": "AL",
                "sessions": items(
                    "balkans/sessions",
                    [
                        {"title": str(rt.SESSION_PLENARY), "languages": ["sq", "en"]},
                        {"title": str(rt.SESSION_PRACTICE), "languages": ["sq", "sr", "mk"]},
                    ],
                ),
            },
        ),
        (
            "organisations",
            items(
                "balkans/organisations",
                [
                    {"organisation": orgs[acronym].pk, "role": role}
                    for acronym, role in (("SCN", "organiser"), ("ALA", "host"), ("UNDP", "funder"))
                ],
            ),
        ),
        (
            "participation",
            {
                "rows": rows(
                    "balkans/rows",
                    ("more_than", 60, "municipal_officials", ""),
                    ("exactly", 15, "mayors_and_deputies", "municipal_officials"),
                    ("about", 20, "youth", ""),
                    ("some", 1500, "participants", ""),
                ),
                "cities": 12,
                "countries": 4,
                "country_list": ["AL", "RS", "MK", "ME"],
                "represented_cities": items(
                    "balkans/cities", [cities[name].pk for name in ("Tirana", "Kumanovo")]
                ),
                "represented_organisations": items("balkans/partners", [orgs["ALA"].pk]),
            },
        ),
        (
            "speakers",
            items(
                "balkans/speakers",
                [
                    {
                        "name": str(rt.SPEAKER_MAYOR),
                        "title": str(rt.SPEAKER_MAYOR_TITLE),
                        "city": "Tirana",
                    },
                    {
                        "name": str(rt.SPEAKER_COORDINATOR),
                        "title": str(rt.SPEAKER_COORDINATOR_TITLE),
                        "city": "",
                    },
                ],
            ),
        ),
        ("summary", f"<p>{rt.SUMMARY_BALKANS}</p>"),
        (
            "themes",
            items(
                "balkans/themes",
                [
                    {
                        "theme": themes["youth"].pk,
                        "heading": "",
                        "findings": f"<p>{rt.THEME_FINDING_BALKANS}</p>",
                    }
                ],
            ),
        ),
        (
            "recommendations",
            items(
                "balkans/recommendations",
                [
                    {
                        "audience": "cities",
                        "items": items("balkans/r1", [str(rt.RECOMMENDATION_CITIES)]),
                    },
                    {
                        "audience": "national",
                        "items": items("balkans/r2", [str(rt.RECOMMENDATION_NATIONAL)]),
                    },
                ],
            ),
        ),
        (
            "next_steps",
            items(
                "balkans/next",
                [{"text": str(rt.NEXT_STEP_BALKANS), "page": None, "url": ""}],
            ),
        ),
        ("quote", {"quote": str(rt.QUOTE_BALKANS), "attribution": str(rt.SPEAKER_MAYOR)}),
        ("disclaimer", None),
    ]
    irbid = [
        ("identity", {"event_type": "roundtable", "series": "", "ordinal": None}),
        (
            "when",
            {
                "start_date": (today - datetime.timedelta(days=120)).isoformat(),
                "end_date": None,
                "precision": "early",
            },
        ),
        (
            "participation",
            {
                "rows": rows(
                    "irbid/rows",
                    ("nearly", 40, "municipal_officials", ""),
                    ("exactly", 9, "mayors", "municipal_officials"),
                    ("exactly", 2, "governors", "municipal_officials"),
                    ("over", 10, "civil_society", ""),
                ),
                "cities": 11,
                "countries": 3,
                "country_list": ["JO", "LB", "TN"],
                "represented_cities": items(
                    "irbid/cities", [cities[name].pk for name in ("Irbid", "Tripoli", "Sousse")]
                ),
                "represented_organisations": [],
            },
        ),
        ("summary", f"<p>{rt.SUMMARY_IRBID}</p>"),
        (
            "themes",
            items(
                "irbid/themes",
                [
                    {
                        "theme": themes["hate"].pk,
                        "heading": "",
                        "findings": f"<p>{rt.THEME_FINDING_IRBID}</p>",
                    }
                ],
            ),
        ),
        (
            "recommendations",
            items(
                "irbid/recommendations",
                [
                    {
                        "audience": "network",
                        "items": items("irbid/r1", [str(rt.RECOMMENDATION_NETWORK)]),
                    }
                ],
            ),
        ),
    ]

    def stream(name, blocks):
        return json.dumps(
            [
                {
                    "type": kind,
                    "value": value,
                    "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{name}/block/{i}")),
                }
                for i, (kind, value) in enumerate(blocks)
            ]
        )

    return {
        "balkans-workshop": stream("balkans", balkans),
        "irbid-roundtable": stream("irbid", irbid),
    }
