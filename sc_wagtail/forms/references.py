"""Reference numbers like TSF-2026-0042: unique, and without gaps per prefix and year."""

from django.db import IntegrityError, transaction

from .models import ReferenceCounter


def next_reference(prefix, year):
    """Take the next number. Must run inside the transaction that saves the application:
    the counter row stays locked until it commits, and a rollback gives the number back."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_reference() must run inside the application's transaction.")
    counter = ReferenceCounter.objects.select_for_update().filter(prefix=prefix, year=year).first()
    if counter is None:
        try:
            with transaction.atomic():  # a savepoint: another submission may create it first
                ReferenceCounter.objects.create(prefix=prefix, year=year)
        except IntegrityError:
            pass
        counter = ReferenceCounter.objects.select_for_update().get(prefix=prefix, year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return f"{prefix}-{year}-{counter.last:04d}"
