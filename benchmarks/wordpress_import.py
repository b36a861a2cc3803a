"""Time, peak memory and SQL queries to import a WordPress + WPML export of N posts (default
1,000), each with French, Spanish and Arabic copies, then to import it again unchanged.

    .venv/bin/python benchmarks/wordpress_import.py [--posts 1000]

The export is written by the tests' WXR builder (WPML Export and Import's postmeta form); each
post has five paragraphs, a heading and a list, as the network's posts do.
"""

import argparse
import resource
import sys
import time
import tracemalloc

from _setup import ROOT, setup_django


def build_export(path, posts):
    sys.path.insert(0, str(ROOT))
    from tests.wordpress.wxr_builder import Post, export

    body = (
        "<h2>What the cities agreed</h2>\n\n"
        + "\n\n".join(
            f"Paragraph {n}: more than 60 municipal officials from the hub compared how their "
            f"cities answer hate speech, and agreed on step {n}."
            for n in range(5)
        )
        + "\n\n<ul><li>One reporting form</li><li>An answer within ten days</li></ul>"
    )
    items = []
    for number in range(1, posts + 1):
        group = f"g{number}"
        items.append(Post(number, f"Story {number}", body, slug=f"story-{number}", group=group))
        for offset, code in enumerate(("fr", "es", "ar"), start=1):
            items.append(
                Post(
                    number * 10 + offset + 1_000_000,
                    f"({code}) Story {number}",
                    body.replace("Paragraph", f"({code}) Paragraphe"),
                    slug=f"story-{number}-{code}",
                    lang=code,
                    group=group,
                    source_lang="en",
                )
            )
    path.write_text(export(items), encoding="utf-8")
    return path


def measured(label, run):
    from django.db import connection

    queries = [0]

    def count(execute, sql, params, many, context):
        queries[0] += 1
        return execute(sql, params, many, context)

    tracemalloc.start()
    started = time.perf_counter()
    with connection.execute_wrapper(count):
        report = run()
    seconds = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"| {label} | {seconds:.1f} s | {peak / 1024 / 1024:.1f} MiB traced, {rss:.0f} MiB RSS "
        f"(process peak) | {queries[0]:,} queries |"
    )
    for line in report.lines():
        print(f"|   | {line} | | |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=1000)
    posts = parser.parse_args().posts
    setup_django("wordpress")
    from sc_wagtail.wordpress.importer import WordPressImport

    path = build_export(ROOT / "var" / "bench" / "wordpress" / "export.xml", posts)
    size = path.stat().st_size / 1024 / 1024
    print(f"# export: {posts} posts x 4 languages, {size:.1f} MiB")
    print("| run | time | memory | SQL |")
    print("|---|---|---|---|")
    measured("first import", lambda: WordPressImport(path).run())
    measured("again, nothing changed", lambda: WordPressImport(path).run())


if __name__ == "__main__":
    main()
