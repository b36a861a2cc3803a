"""The fund's admin listing at 100 and 5,000 applications (SQL queries, median time), and
submissions of the embedded form by 20 concurrent clients (p50 and p95).

    .venv/bin/python benchmarks/fund.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sc_bench_fund .venv/bin/python benchmarks/fund.py

Submissions go through the whole stack (middleware, page, form, files, outbox, the email
task run inline), each client from its own address so the rate limit does not interfere.
"""

import statistics
import threading
import time
import uuid

from _setup import measure, setup_django

SIZES = (100, 5000)
CLIENTS = 20
SUBMISSIONS_PER_CLIENT = 5


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


def submissions(call, page_url):
    from django.db import connections
    from django.test import Client

    from tests.forms.helpers import answers, budget, question

    timings, failures = [], []
    lock = threading.Lock()
    start = threading.Barrier(CLIENTS)

    def client_run(number):
        client = Client(REMOTE_ADDR=f"10.0.0.{number + 1}")
        start.wait()
        for _ in range(SUBMISSIONS_PER_CLIENT):
            data = answers(call, uuid.uuid4())
            data[f"q_{question(call, 'file').id}"] = budget()
            began = time.perf_counter()
            response = client.post(page_url, data)
            elapsed = time.perf_counter() - began
            with lock:
                (timings if response.status_code == 302 else failures).append(elapsed)
        connections.close_all()

    threads = [threading.Thread(target=client_run, args=(n,)) for n in range(CLIENTS)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    timings.sort()
    return timings, failures, wall


def main():
    setup_django("fund")
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    from sc_wagtail.forms.models import Application
    from tests.forms.helpers import call, fund_page

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

    timings, failures, wall = submissions(the_call, fund_page("en").url)
    count = len(timings)
    p50 = statistics.median(timings) * 1000
    p95 = timings[max(0, round(count * 0.95) - 1)] * 1000
    print()
    print("| concurrent clients | submissions | failed | p50 ms | p95 ms | per second |")
    print("|---|---|---|---|---|---|")
    print(f"| {CLIENTS} | {count} | {len(failures)} | {p50:.0f} | {p95:.0f} | {count / wall:.1f} |")


if __name__ == "__main__":
    main()
