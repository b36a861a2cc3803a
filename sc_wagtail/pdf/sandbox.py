"""Run WeasyPrint in a forked child with a wall-clock limit and an address-space limit.

A report with a pathological table or a huge image must not take the worker (or the web
process) down with it: the child is killed when it runs out of time, and its allocations
fail once it has used the memory allowance on top of what it inherited.
"""

import multiprocessing
import os
import resource
import traceback

from weasyprint import HTML

from .fetcher import SiteFilesFetcher


class RenderError(Exception):
    pass


def _vm_size():
    """This process's current virtual memory size in bytes (Linux), or 0 if unknown."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except OSError:
        return 0


def _child(connection, html, base_url, memory_bytes):
    try:
        if memory_bytes:
            limit = _vm_size() + memory_bytes
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        fetcher = SiteFilesFetcher(base_url)
        pdf = HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        connection.send(("ok", pdf, fetcher.refused, peak))
    except MemoryError:
        connection.send(("error", "the render needed more memory than allowed", [], 0))
    except BaseException:
        connection.send(("error", traceback.format_exc(limit=5), [], 0))
    finally:
        connection.close()
        # Skip the parent's atexit handlers and open connections: this is a fork.
        os._exit(0)


def write_pdf(html, base_url, timeout, memory_bytes):
    """Render ``html`` to PDF bytes in a capped child; return (pdf, refused_urls, peak_rss)."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, html, base_url, memory_bytes))
    process.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise RenderError(f"the render took longer than {timeout} s and was stopped")
        try:
            status, payload, refused, peak = receiver.recv()
        except EOFError as error:
            process.join(5)
            raise RenderError(
                f"the render process stopped without a result (exit code {process.exitcode}); "
                "it may have needed more than its memory allowance of "
                f"{memory_bytes // (1024 * 1024)} MiB"
            ) from error
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        receiver.close()
    if status != "ok":
        raise RenderError(payload)
    return payload, refused, peak
