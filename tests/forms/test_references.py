"""Reference numbers: unique and gapless per prefix and year, even when submissions race."""

import threading
import uuid

import pytest
from django.db import connections, transaction
from django.utils import timezone

from sc_wagtail.forms.form import ApplicationForm
from sc_wagtail.forms.models import Application
from sc_wagtail.forms.references import next_reference
from sc_wagtail.forms.submission import submit
from tests.conftest import committed_db
from tests.forms.conftest import build_fund
from tests.forms.helpers import answers, as_querydict, budget, call, question


@pytest.mark.django_db
def test_a_rolled_back_submission_gives_its_number_back():
    year = timezone.now().year
    with transaction.atomic():
        first = next_reference("TST", year)
    with pytest.raises(RuntimeError), transaction.atomic():
        taken = next_reference("TST", year)
        raise RuntimeError("the application could not be saved")
    with transaction.atomic():
        after = next_reference("TST", year)
    assert first == f"TST-{year}-0001"
    assert taken == after == f"TST-{year}-0002"


@pytest.mark.django_db
def test_numbering_starts_again_each_year():
    with transaction.atomic():
        assert next_reference("TST", 2030) == "TST-2030-0001"
        assert next_reference("TST", 2031) == "TST-2031-0001"
        assert next_reference("TST", 2030) == "TST-2030-0002"


def _submit_in_thread(the_call, results, errors):
    try:
        data = answers(the_call, uuid.uuid4())
        files = {f"q_{question(the_call, 'file').id}": budget()}
        form = ApplicationForm(the_call, as_querydict(data), files)
        assert form.is_valid(), form.errors
        application = submit(the_call, form, "en")
        results.append((application.reference, True))
    except Exception as error:  # reported by the test
        errors.append(repr(error))
    finally:
        connections.close_all()


@committed_db
def test_fifty_simultaneous_submissions_get_fifty_distinct_gapless_references():
    # On PostgreSQL the counter row's lock orders them; SQLite's IMMEDIATE transactions
    # take the write lock first. Either way: no duplicate, no gap.
    build_fund(codes=(), applications=False)
    the_call = call("en")
    year = timezone.now().year
    existing = Application.objects.filter(reference__startswith=f"TSF-{year}-").count()
    results, errors = [], []
    start = threading.Barrier(50)

    def run():
        start.wait()
        _submit_in_thread(the_call, results, errors)

    threads = [threading.Thread(target=run) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    references = sorted(reference for reference, _created in results)
    assert len(set(references)) == 50
    numbers = sorted(int(r.rsplit("-", 1)[1]) for r in references)
    assert numbers == list(range(existing + 1, existing + 51))
