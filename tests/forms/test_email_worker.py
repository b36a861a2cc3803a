"""The mail server is down when a city applies: the application is saved and the applicant
sees the reference; the worker writes the receipt, retries it and sends it, once, when the
server is back (a local SMTP server started by the test)."""

import socket
import uuid

import pytest
from aiosmtpd.controller import Controller
from django.test import override_settings

from sc_wagtail.core.outbox import OutgoingEmail
from sc_wagtail.core.outbox import send as send_email
from sc_wagtail.core.tasks import enqueue
from sc_wagtail.forms.models import Application
from tests.conftest import committed_db
from tests.forms.conftest import build_fund
from tests.forms.helpers import answers, budget, call, fund_page, question
from tests.worker import running_worker, wait_for


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.worker
@committed_db
def test_an_email_that_failed_is_retried_by_the_worker_and_sent_once(client, settings):
    build_fund(codes=("fr",), applications=False)
    port = free_port()
    the_call = call("fr")
    data = answers(the_call, uuid.uuid4(), email="mairie@example.org")
    data[f"q_{question(the_call, 'file').id}"] = budget()
    with override_settings(Q_CLUSTER={**settings.Q_CLUSTER, "sync": False}):
        response = client.post(fund_page("fr").url, data)
        assert response.status_code == 302
        application = Application.objects.get(email="mairie@example.org")
        page = client.get(response["Location"]).content.decode()
        assert application.reference in page  # the applicant has their reference
        worker_env = {"EMAIL_URL": f"smtp://127.0.0.1:{port}"}
        with running_worker(retry_seconds=2, extra_env=worker_env):
            # The worker writes the receipt to the outbox, then tries to send it.
            email = wait_for(
                lambda: application.emails.filter(kind="submitted").first(),
                timeout=60,
                message="the receipt written by the worker",
            )
            failed = wait_for(
                lambda: OutgoingEmail.objects.filter(pk=email.pk, attempts__gte=1).first(),
                timeout=60,
                message="the first attempt, with the mail server down",
            )
            assert failed.sent_at is None and "Connection refused" in failed.last_error
            inbox = Inbox()
            server = Controller(inbox, hostname="127.0.0.1", port=port)
            server.start()
            try:
                sent = wait_for(
                    lambda: OutgoingEmail.objects.filter(
                        pk=email.pk, sent_at__isnull=False
                    ).first(),
                    timeout=60,
                    message="the retried email",
                    schedules=True,
                )
                assert sent.attempts >= 2
                # A task delivered again (a worker killed after sending, a double enqueue)
                # finds the email sent and sends nothing.
                enqueue(send_email, email.pk, task_name=f"fund-email-again:{email.pk}")
                from django_q.models import Task

                wait_for(
                    lambda: Task.objects.filter(
                        name__startswith=f"fund-email-again:{email.pk}"
                    ).first(),
                    timeout=60,
                    message="the repeated task",
                )
            finally:
                server.stop()
    to_applicant = [m for m in inbox.messages if m.rcpt_tos == ["mairie@example.org"]]
    assert len(to_applicant) == 1
    assert application.reference in to_applicant[0].content.decode("utf-8", "replace")
