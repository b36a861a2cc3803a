"""The applicant's private status link: signed, unguessable, revocable, expiring."""

from django.core import signing
from django.urls import reverse

from sc_wagtail.conf import sc_settings

SALT = "sc_wagtail.forms.status-link"


def make_token(application):
    return signing.dumps({"a": application.pk, "v": application.link_version}, salt=SALT)


def status_path(application):
    return reverse("sc_forms_status", args=[make_token(application)])


def application_for_token(token):
    """The application the token was made for, or None if forged, expired or revoked."""
    from .models import Application

    try:
        data = signing.loads(token, salt=SALT, max_age=sc_settings.STATUS_LINK_MAX_AGE_DAYS * 86400)
    except signing.BadSignature:  # includes SignatureExpired
        return None
    application = Application.objects.filter(pk=data.get("a")).first()
    if application is None or application.link_version != data.get("v"):
        return None
    return application
