"""Reference numbers like TSF-2026-0042: unique, and without gaps per prefix and year."""

from django.db import transaction

from .models import ReferenceCounter


def next_reference(prefix, year):
    """Take the next number. Must run inside the transaction that saves the application:
    the counter row stays locked until it commits, and a rollback gives the number back."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_reference() must run inside the application's transaction.")
    # The first submission of a year creates the row; a concurrent one finds it created.
    ReferenceCounter.objects.bulk_create(
        [ReferenceCounter(prefix=prefix, year=year)], ignore_conflicts=True
    )
    counter = ReferenceCounter.objects.select_for_update().get(prefix=prefix, year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return f"{prefix}-{year}-{counter.last:04d}"
