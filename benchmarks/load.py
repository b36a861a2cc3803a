"""Public pages and fund submissions under load, served by gunicorn (2 workers) on
PostgreSQL, beside a plain Wagtail site made by ``wagtail start`` serving one page of the
same text, in one run:

- requests per second (wrk, 2 threads, 8 connections, 10 s per URL) of the plain page and of
  our home page, a news article, an event with its report, the news index and the fund page,
  with the page cache off (PAGE_CACHE=0) and on;
- 20 clients in a separate process (benchmarks/_clients.py) each submitting a form five
  times, first Wagtail's own form page on the plain site (the same typed fields, no file),
  then our fund form with a PDF: p50 and p95 latency, and whether the references have no gap.

    .venv/bin/python benchmarks/load.py

Needs wrk (Debian's package) and the PostgreSQL server on 127.0.0.1:5432; the databases
sc_bench_load and sc_bench_plain are dropped and made again. Background tasks are queued,
not run (no worker competes for the two cores).
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from _setup import ROOT

PG = "postgres://postgres@127.0.0.1:5432/"
BIN = Path(sys.executable).parent
DURATION = os.environ.get("LOAD_SECONDS", "10")
WORKERS = os.environ.get("LOAD_WORKERS", "2")  # gunicorn worker processes
ONLY = os.environ.get("LOAD_ONLY", "")  # "pages" or "submissions" to run one part
CLIENTS, SUBMISSIONS = 20, 5
VAR = ROOT / "var" / "bench" / "load"


def fresh_database(name):
    for sql in (f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}"):
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True)
    return PG + name


def serve(args, env, port, cwd=ROOT):
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            *args,
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=cwd,
        start_new_session=True,
    )
    for _ in range(100):
        try:
            import requests

            requests.get(f"http://127.0.0.1:{port}/", timeout=2)
            return process
        except Exception:
            time.sleep(0.3)
    raise RuntimeError(f"gunicorn on port {port} did not start")


def stop(process):
    os.killpg(process.pid, 15)
    process.wait()


def wrk(url):
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{DURATION}s", url], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rate, int(bad.group(1)) if bad else 0


def plain_site(text, env):
    """`wagtail start` with a rich-text body on its home page, holding ``text``."""
    where = VAR / "plain"
    shutil.rmtree(where, ignore_errors=True)
    where.mkdir(parents=True)
    subprocess.run([str(BIN / "wagtail"), "start", "plain", str(where)], check=True, env=env)
    models = where / "home" / "models.py"
    models.write_text(PLAIN_MODELS)
    templates = where / "home" / "templates" / "home"
    (templates / "home_page.html").write_text(
        '{% extends "base.html" %}{% load wagtailcore_tags %}{% block content %}'
        "<h1>{{ page.title }}</h1>{{ page.body|richtext }}{% endblock %}"
    )
    # Wagtail's form page (wagtail.contrib.forms), for the submissions' anchor.
    (templates / "form_page.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>{{ page.title }}</h1>'
        '<form action="{{ page.url }}" method="post">{% csrf_token %}{{ form.as_p }}'
        '<button type="submit">Send</button></form>{% endblock %}'
    )
    (templates / "form_page_landing.html").write_text(
        '{% extends "base.html" %}{% block content %}<p>Thank you.</p>{% endblock %}'
    )
    (where / "plain" / "settings" / "bench.py").write_text(
        "import dj_database_url\nfrom .base import *  # noqa\n"
        "DEBUG = False\nSECRET_KEY = 'bench'\nALLOWED_HOSTS = ['*']\n"
        f"DATABASES = {{'default': dj_database_url.parse({fresh_database('sc_bench_plain')!r})}}\n"
    )
    plain_env = {**env, "DJANGO_SETTINGS_MODULE": "plain.settings.bench", "PYTHONPATH": str(where)}
    manage = [str(BIN / "python"), "manage.py"]
    subprocess.run([*manage, "makemigrations", "home", "-v0"], cwd=where, env=plain_env, check=True)
    subprocess.run([*manage, "migrate", "-v0"], cwd=where, env=plain_env, check=True)
    script = (
        "from home.models import HomePage, FormPage, FormField\n"
        "page = HomePage.objects.first()\n"
        f"page.body = {text!r}\n"
        "page.save_revision().publish()\n"
        "form = FormPage(title='Apply', slug='apply')\n"
        f"for label, kind in {PLAIN_FORM_FIELDS!r}:\n"
        "    form.form_fields.add(FormField(label=label, field_type=kind, required=True))\n"
        "page.add_child(instance=form)\n"
    )
    subprocess.run([*manage, "shell", "-c", script], cwd=where, env=plain_env, check=True)
    return where, plain_env


PLAIN_MODELS = """
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    body = RichTextField(blank=True)


class FormField(AbstractFormField):
    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(AbstractForm):
    pass
"""
# The fields an applicant types on our form, without the file (Wagtail's form page has none).
PLAIN_FORM_FIELDS = [
    ("City", "singleline"),
    ("Contact name", "singleline"),
    ("Email", "email"),
    ("Project title", "singleline"),
    ("Summary", "multiline"),
    ("Amount requested", "number"),
]


def main():
    VAR.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DATABASE_URL": fresh_database("sc_bench_load"),
        "DJANGO_SETTINGS_MODULE": "example_site.settings",
        "SC_VAR_DIR": str(VAR),
        "SECRET_KEY": "benchmark",
        "DEBUG": "0",
        "HTTPS": "0",
        "ALLOWED_HOSTS": "*",
        "TRUSTED_PROXIES": "1",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("REDIS_URL", None)
    manage = [str(BIN / "python"), "manage.py"]
    seed = {**env, "Q_SYNC": "1"}
    for command in (
        ["migrate", "-v0"],
        ["createcachetable"],
        ["collectstatic", "--noinput", "-v0"],  # WhiteNoise serves them, as in production
        ["seed_demo"],
    ):
        subprocess.run(
            [*manage, *command], cwd=ROOT, env=seed, check=True, stdout=subprocess.DEVNULL
        )
    os.environ.update(env)
    import django

    django.setup()
    from sc_wagtail.blocks.report import has_report
    from sc_wagtail.events.models import EventPage
    from sc_wagtail.news.models import NewsPage

    article = NewsPage.objects.live().filter(locale__language_code="en").order_by("-pk").first()
    event = next(
        e for e in EventPage.objects.live().filter(locale__language_code="en") if has_report(e)
    )
    text = "".join(str(block.render()) for block in article.body)
    plain = plain_site(text, env)
    if ONLY != "submissions":
        pages_under_load(article, event, env, plain)
    if ONLY != "pages":
        submissions_under_load(env, plain)


def pages_under_load(article, event, env, plain):
    from sc_wagtail.news.models import NewsIndexPage
    from tests.forms.helpers import fund_page

    where, plain_env = plain

    pages = {
        "home page": "/",
        "news article": article.url,
        "event with a report": event.url,
        "news index": NewsIndexPage.objects.get(locale__language_code="en").url,
        "fund page": fund_page("en").url,
    }
    rows = []
    server = serve(["plain.wsgi"], plain_env, 8101, cwd=where)
    try:
        rows.append(("plain Wagtail page (wagtail start)", "", *wrk("http://127.0.0.1:8101/")))
    finally:
        stop(server)
    for cache in ("0", "1"):
        ours = serve(["example_site.wsgi"], {**env, "PAGE_CACHE": cache}, 8102)
        try:
            for name, url in pages.items():
                rows.append(
                    (name, "on" if cache == "1" else "off", *wrk(f"http://127.0.0.1:8102{url}"))
                )
        finally:
            stop(ours)

    print("| page | page cache | requests/s | non-2xx |")
    print("|---|---|---|---|")
    for name, cache, rate, bad in rows:
        print(f"| {name} | {cache} | {rate:.0f} | {bad} |")


def submissions_under_load(env, plain):
    """20 clients in their own process against gunicorn with the page cache on: Wagtail's
    own form page on the plain site (the anchor: the same typed fields, no file), then our
    fund form with a PDF."""
    from sc_wagtail.forms.models import Application
    from tests.forms.helpers import PDF, answers, call, fund_page, question

    where, plain_env = plain
    typed = {
        "city": "Sousse",
        "contact_name": "Leila Ben Salah",
        "project_title": "Youth dialogue centres",
        "summary": "Neighbourhood centres where young people meet. " * 8,
        "amount_requested": "15000",
    }
    anchor_forms = [
        [{**typed, "email": f"client{n}-{i}@example.org"} for i in range(SUBMISSIONS)]
        for n in range(CLIENTS)
    ]
    server = serve(["plain.wsgi"], plain_env, 8101, cwd=where)
    try:
        anchor = run_clients({"url": "http://127.0.0.1:8101/apply/", "forms": anchor_forms})
    finally:
        stop(server)

    the_call = call("en")
    before = Application.objects.count()
    forms = [
        [
            answers(the_call, uuid.uuid4(), email=f"client{n}-{i}@example.org")
            for i in range(SUBMISSIONS)
        ]
        for n in range(CLIENTS)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "budget.pdf"
        pdf.write_bytes(PDF)
        ours = serve(["example_site.wsgi"], {**env, "PAGE_CACHE": "1"}, 8102)
        try:
            report = run_clients(
                {
                    "url": "http://127.0.0.1:8102" + fund_page("en").url,
                    "forms": forms,
                    "file": str(pdf),
                    "file_field": f"q_{question(the_call, 'file').id}",
                }
            )
        finally:
            stop(ours)
    numbers = sorted(
        int(ref.rsplit("-", 1)[1])
        for ref in Application.objects.filter(call=the_call).values_list("reference", flat=True)
    )
    gapless = numbers == list(range(1, len(numbers) + 1))
    print()
    print(
        "| form | clients | submissions | failed | p50 ms | p95 ms | per second | "
        "client CPU ms per submission | references gapless |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, result, ok, remark in (
        ("Wagtail form page (plain site, no file)", anchor, 200, ""),
        (
            "our fund form with a PDF",
            report,
            302,
            f"{'yes' if gapless else 'NO'} ({Application.objects.count() - before} new)",
        ),
    ):
        done = sorted(r["ms"] for r in result["results"] if r["status"] == ok)
        failed = [r["status"] for r in result["results"] if r["status"] != ok]
        p50 = statistics.median(done)
        p95 = done[max(0, round(len(done) * 0.95) - 1)]
        print(
            f"| {name} | {CLIENTS} | {len(done)} | {len(failed)} {sorted(set(failed))} | "
            f"{p50:.0f} | {p95:.0f} | {len(done) / result['wall']:.1f} | "
            f"{1000 * result['cpu'] / len(result['results']):.1f} | {remark} |"
        )


def run_clients(spec):
    """benchmarks/_clients.py in a process of its own; returns its report."""
    with tempfile.NamedTemporaryFile("w", suffix=".json") as handle:
        json.dump(spec, handle)
        handle.flush()
        out = subprocess.run(
            [str(BIN / "python"), str(ROOT / "benchmarks" / "_clients.py"), handle.name],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return json.loads(out)


if __name__ == "__main__":
    main()
