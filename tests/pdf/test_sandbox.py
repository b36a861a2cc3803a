"""The renderer's limits and its URL fetcher, without a database."""

import pytest

from sc_wagtail.conf import DEFAULTS
from sc_wagtail.pdf.fetcher import SiteFilesFetcher
from sc_wagtail.pdf.sandbox import RenderError, write_pdf

BASE = "http://127.0.0.1:8000/"


def test_a_render_over_its_memory_limit_fails_cleanly():
    long_report = "<p>" + "Many words in a very long report. " * 20 + "</p>"
    # Depending on where the allocation fails: a MemoryError, an error from C, or a crash.
    with pytest.raises(RenderError, match="memory"):
        write_pdf(long_report * 5000, BASE, timeout=60, memory_bytes=1)
    # The same document renders within a sensible allowance.
    pdf, _refused, _peak = write_pdf(long_report * 50, BASE, timeout=60, memory_bytes=512 << 20)
    assert pdf.startswith(b"%PDF")


def test_the_fetcher_serves_only_the_sites_static_and_media_files():
    fetcher = SiteFilesFetcher(BASE)
    font = fetcher.fetch(BASE + "static/sc_pdf/fonts/NotoSans-Regular.ttf")
    assert font.read(4) == b"\x00\x01\x00\x00"  # a TrueType font, from the package
    for url in (
        "file:///etc/passwd",
        "https://example.com/static/sc_pdf/print.css",
        BASE + "static/../settings.py",
        BASE + "media/../../etc/passwd",
        BASE + "admin/",
        "http://127.0.0.1:8000@evil.example/static/sc_pdf/print.css",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    assert len(fetcher.refused) == 6


def test_the_pdf_defaults_are_documented():
    assert DEFAULTS["PDF_RENDER_TIMEOUT_SECONDS"] > 0 and DEFAULTS["PDF_REQUEST_WAIT_SECONDS"] >= 0
