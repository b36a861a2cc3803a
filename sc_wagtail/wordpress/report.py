"""What an import did: counts by kind (created, updated, unchanged, skipped) and every
warning with the WordPress id and URL, printed at the end, written as CSV and kept in an
``ImportRun`` row for the admin's report page."""

import csv
import sys
from collections import Counter, defaultdict


class Report:
    def __init__(self):
        self.counts = defaultdict(Counter)  # outcome -> {what: n}
        self.warnings = []  # [kind, wp_id, url, message]

    def count(self, outcome, what, n=1):
        self.counts[outcome][what] += n

    def warn(self, kind, wp_id, url, message):
        self.warnings.append([kind, wp_id or "", url or "", str(message)])

    def warning_counts(self):
        return Counter(kind for kind, *_rest in self.warnings)

    def summary(self):
        return {
            **{outcome: dict(counts) for outcome, counts in self.counts.items()},
            "warnings": dict(self.warning_counts()),
        }

    def lines(self):
        out = []
        for outcome in ("created", "updated", "unchanged", "skipped"):
            counts = self.counts.get(outcome)
            if counts:
                parts = ", ".join(f"{n} {what}" for what, n in sorted(counts.items()))
                out.append(f"{outcome}: {parts}")
        warnings = self.warning_counts()
        if warnings:
            parts = ", ".join(f"{n} {kind}" for kind, n in warnings.most_common())
            out.append(f"warnings: {parts}")
        else:
            out.append("warnings: none")
        return out

    def write_csv(self, path):
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["kind", "wordpress_id", "url", "message"])
            writer.writerows(self.warnings)


class Progress:
    """A progress bar on a terminal (stderr), nothing elsewhere."""

    def __init__(self, total, stream=None):
        self.total, self.done = max(total, 1), 0
        self.stream = stream or sys.stderr
        self.shown = self.stream.isatty()

    def step(self, n=1):
        self.done += n
        if self.shown:
            width = 30
            filled = int(width * self.done / self.total)
            self.stream.write(
                f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}"
            )
            self.stream.flush()

    def close(self):
        if self.shown:
            self.stream.write("\n")
