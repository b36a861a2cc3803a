"""Run WeasyPrint in a forked child with a wall-clock limit and an address-space limit.

A report with a pathological table or a huge image must not take the worker (or the web
process) down with it: the child is killed when it runs out of time, and its allocations
fail once it has used the memory allowance on top of what it inherited. A plain fork is used
because django-q2 workers are daemonic and may not start multiprocessing children.
"""

import os
import pickle
import resource
import select
import signal
import time
import traceback

from .ligatures import ligatures_in_reading_order


class RenderError(Exception):
    """The render failed, ran out of time or memory; the message is kept on the PDF row."""


def _vm_size():
    """This process's current virtual memory size in bytes (Linux), or 0 if unknown."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except OSError:
        return 0


def _render(html, base_url, memory_bytes):
    from weasyprint import HTML  # loaded by the parent before the fork (write_pdf)

    from .fetcher import SiteFilesFetcher

    try:
        if memory_bytes:
            limit = _vm_size() + memory_bytes
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        fetcher = SiteFilesFetcher(base_url)
        # PDF/UA-1: tagged (structure tree, MarkInfo), XMP metadata, the title shown.
        pdf = HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf(
            pdf_variant="pdf/ua-1"
        )
        pdf = ligatures_in_reading_order(pdf)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        return ("ok", pdf, fetcher.refused, peak)
    except MemoryError:
        return ("error", "the render needed more memory than allowed", [], 0)
    except BaseException as error:
        # Out of memory often surfaces from C code as some other error: name the allowance.
        allowance = f"{memory_bytes // (1024 * 1024)} MiB" if memory_bytes else "no limit"
        return (
            "error",
            f"the render failed ({type(error).__name__}; memory allowance: {allowance})\n"
            + traceback.format_exc(limit=5),
            [],
            0,
        )


def _read_all(fd, deadline):
    """Everything the child writes, or None when the deadline passes first."""
    chunks = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            return None
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def write_pdf(html, base_url, timeout, memory_bytes):
    """Render ``html`` to PDF bytes in a capped child; return (pdf, refused_urls, peak_rss)."""
    # Loaded on first use, in the parent, so that each child finds it loaded: WeasyPrint and
    # pango take about 2 s to load, which every web and worker process paid at start.
    import weasyprint  # noqa: F401

    from . import fetcher  # noqa: F401

    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: render, hand the result over, leave without cleanup
        os.close(read_fd)
        try:
            data = pickle.dumps(_render(html, base_url, memory_bytes))
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(data)
        finally:
            os._exit(0)
    os.close(write_fd)
    try:
        data = _read_all(read_fd, time.monotonic() + timeout)
    finally:
        os.close(read_fd)
    if data is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise RenderError(f"the render took longer than {timeout} s and was stopped")
    _, status = os.waitpid(pid, 0)
    if not data:
        raise RenderError(
            f"the render process stopped without a result (exit status {status}); it may have "
            f"needed more than its memory allowance of {memory_bytes // (1024 * 1024)} MiB"
        )
    outcome, payload, refused, peak = pickle.loads(data)  # noqa: S301 (our own child's output)
    if outcome != "ok":
        raise RenderError(payload)
    return payload, refused, peak
