"""Reference numbers like TSF-2026-0042: unique, and without gaps per prefix and year."""

from django.db import connection, transaction

from .models import ReferenceCounter


def next_reference(prefix, year):
    """Take the next number. Must run inside the transaction that saves the application:
    the counter row stays locked until it commits, and a rollback gives the number back."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_reference() must run inside the application's transaction.")
    # One statement: the year's first submission creates the row, later ones (and one that
    # raced it) add one to it, under the row lock a concurrent submission waits for.
    quote = connection.ops.quote_name
    table, last = quote(ReferenceCounter._meta.db_table), quote("last")
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({quote('prefix')}, {quote('year')}, {last}) "  # noqa: S608
            f"VALUES (%s, %s, 1) ON CONFLICT ({quote('prefix')}, {quote('year')}) "
            f"DO UPDATE SET {last} = {table}.{last} + 1 RETURNING {last}",
            [prefix, year],
        )
        (number,) = cursor.fetchone()
    return f"{prefix}-{year}-{number:04d}"
