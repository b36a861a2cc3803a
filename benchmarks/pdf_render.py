"""Seconds per page and peak memory to render a 10-page event report to PDF, in English and
Arabic: through sc_wagtail.pdf (locked-down fetcher, forked and capped render) and through
bare WeasyPrint given the same HTML (default fetcher, file:// fonts, in a plain fork).
Writes the first page of each PDF as a PNG under var/bench/pdf/ for a look by eye.

    .venv/bin/python benchmarks/pdf_render.py
"""

import os
import pickle
import resource
import subprocess
import time

from _setup import ROOT, setup_django

REPEAT = 3


def forked(func, *args):
    """Run func in a fork; return (result, child's peak RSS in MiB)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(pickle.dumps(func(*args)))
        os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        data = pipe.read()
    _, _, usage = os.wait4(pid, 0)
    return pickle.loads(data), usage.ru_maxrss / 1024  # noqa: S301


def bare_weasyprint(html, base_url):
    from weasyprint import HTML

    return HTML(string=html, base_url=base_url).write_pdf()


def ten_page_report(page):
    """The demo report with its narrative repeated until the PDF runs to about ten pages."""
    data = list(page.report.raw_data)
    narrative = [block for block in data if block["type"] in ("summary", "themes", "quote")]
    page.report = data + narrative * 24
    return page


def pages_of(pdf):
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
    line = next(x for x in info.stdout.decode().splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def main():
    setup_django("pdf")
    from django.conf import settings
    from django.contrib.staticfiles import finders

    from sc_wagtail.conf import sc_settings
    from sc_wagtail.events.models import EventPage
    from sc_wagtail.pdf.render import report_html, site_root_url
    from sc_wagtail.pdf.sandbox import write_pdf

    out = ROOT / "var" / "bench" / "pdf"
    english = EventPage.objects.get(slug="balkans-workshop", locale__language_code="en")
    print("| locale | renderer | pages | s per page (median of 3) | peak RSS of the render (MiB) |")
    print("|---|---|---|---|---|")
    for code in ("en", "ar"):
        page = ten_page_report(
            EventPage.objects.get(
                translation_key=english.translation_key, locale__language_code=code
            )
        )
        base = site_root_url(page)
        html = report_html(page, base)
        # Bare WeasyPrint cannot reach our static files over HTTP (no server): give it the
        # file:// paths a naive integration would use.
        static_dir = os.path.dirname(os.path.dirname(finders.find("sc_pdf/print.css")))
        bare_html = html.replace(base.rstrip("/") + settings.STATIC_URL, f"file://{static_dir}/")
        bare_html = bare_html.replace(settings.STATIC_URL, f"file://{static_dir}/")
        for label, run in (
            (
                "sc_wagtail.pdf",
                lambda html=html, base=base: write_pdf(
                    html,
                    base,
                    sc_settings.PDF_RENDER_TIMEOUT_SECONDS,
                    sc_settings.PDF_RENDER_MEMORY_BYTES,
                ),
            ),
            ("bare WeasyPrint", lambda html=bare_html: forked(bare_weasyprint, html, "file:///")),
        ):
            timings, peaks, pdf = [], [], b""
            for _ in range(REPEAT):
                started = time.perf_counter()
                result = run()
                timings.append(time.perf_counter() - started)
                if label == "sc_wagtail.pdf":
                    pdf, _refused, peak = result
                    peaks.append(peak / (1024 * 1024))
                else:
                    pdf, peak = result
                    peaks.append(peak)
            pages = pages_of(pdf)
            timings.sort()
            print(f"| {code} | {label} | {pages} | {timings[1] / pages:.3f} | {max(peaks):.0f} |")
            name = out / f"{code}-{label.split()[0].replace('.', '-')}"
            name.with_suffix(".pdf").write_bytes(pdf)
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(name.with_suffix(".pdf")),
                    str(name),
                ],
                check=True,
            )
    print(
        f"# first pages: {out}/*.png; process peak RSS: "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
    )


if __name__ == "__main__":
    main()
