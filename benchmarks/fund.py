"""The fund's admin listing at 100 and 5,000 applications (SQL queries, median time).

    .venv/bin/python benchmarks/fund.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sc_bench_fund .venv/bin/python benchmarks/fund.py

Submissions under load (20 clients in their own process against gunicorn) are measured by
benchmarks/load.py.
"""

import uuid

from _setup import measure, setup_django

SIZES = (100, 5000)


def add_applications(call, count, start):
    from django.utils import timezone

    from sc_wagtail.core.models import Hub
    from sc_wagtail.forms.models import Application
    from sc_wagtail.forms.states import Status

    hubs = [*list(Hub.objects.filter(locale=call.locale)), None]
    statuses = [s for s, _label in Status.choices]
    year = timezone.now().year
    Application.objects.bulk_create(
        [
            Application(
                reference=f"BEN-{year}-{start + n:05d}",
                call=call,
                hub=hubs[n % len(hubs)],
                status=statuses[n % len(statuses)],
                language="en",
                city_name=f"City {n}",
                country="KE",
                contact_name="Contact",
                contact_role="Officer",
                email=f"c{n}@example.org",
                phone="+1",
                project_title=f"Project {n}",
                summary="Summary.",
                requested_amount=1000 + n,
                consent_at=timezone.now(),
                answers={},
                submission_key=uuid.uuid4(),
            )
            for n in range(count)
        ],
        batch_size=500,
    )


def main():
    setup_django("fund")
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    from sc_wagtail.forms.models import Application
    from tests.forms.helpers import call

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    the_call = call("en")
    manager = get_user_model().objects.get(username="fund-manager")
    client = Client()
    client.force_login(manager)
    print(f"# database: {connection.vendor}")
    print(
        "| applications | listing: SQL queries | median ms | filtered by status: queries | median ms |"
    )
    print("|---|---|---|---|---|")
    made = Application.objects.count()
    for size in SIZES:
        add_applications(the_call, size - made, made)
        made = size
        queries, ms = measure(client, "/admin/fund/applications/")
        f_queries, f_ms = measure(client, "/admin/fund/applications/?status=in_review")
        print(
            f"| {Application.objects.count()} | {queries} | {ms:.0f} | {f_queries} | {f_ms:.0f} |"
        )


if __name__ == "__main__":
    main()
