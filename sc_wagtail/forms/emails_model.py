"""Emails to applicants and fund staff: the kinds, and the templates staff edit and translate.
They are sent through the site's outbox (sc_wagtail.core.outbox)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import PreviewableMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class EmailKind(models.TextChoices):
    SUBMITTED = "submitted", _("Application received")
    MORE_INFORMATION = "more_information", _("More information requested")
    APPROVED = "approved", _("Decision: approved")
    DECLINED = "declined", _("Decision: declined")
    WITHDRAWN = "withdrawn", _("Application withdrawn")
    STATUS_CHANGED = "status_changed", _("Status update")
    NEW_LINK = "new_link", _("A new status link")
    STAFF_NEW = "staff_new", _("To fund staff: new application")
    STAFF_ANSWER = "staff_answer", _("To fund staff: the applicant answered")


class EmailTemplate(PreviewableMixin, TranslatableMixin, models.Model):
    """The words of one email, per language. Placeholders in braces are filled in:
    {reference}, {contact_name}, {city}, {call}, {project_title}, {status}, {status_link}
    (the applicant's private link: never in emails to staff), {admin_link}, {message},
    {amount} (requested), {approved_amount}."""

    kind = models.CharField(_("email"), max_length=24, choices=EmailKind.choices)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(
        _("body"),
        help_text=_(
            "Plain text. Placeholders: {reference}, {contact_name}, {city}, {call}, "
            "{project_title}, {status}, {status_link} (applicants only), {admin_link} (staff "
            "only), {message}, {amount} (requested), {approved_amount}."
        ),
    )

    translatable_fields = [
        TranslatableField("subject"),
        TranslatableField("body"),
        SynchronizedField("kind", overridable=False),
    ]
    panels = [FieldPanel("kind"), FieldPanel("subject"), FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("application email")
        verbose_name_plural = _("application emails")
        constraints = [
            models.UniqueConstraint(fields=["locale", "kind"], name="one_email_per_kind")
        ]

    def __str__(self):
        return self.get_kind_display()

    def get_preview_template(self, request, mode_name):
        return "sc_forms/email_preview.html"

    def get_preview_context(self, request, mode_name):
        from django.utils import translation

        from .emails import sample_values

        language = self.locale.language_code if self.locale_id else "en"
        with translation.override(language):
            values = sample_values()
            return {
                "language": language,
                "subject": self.subject.format_map(values),
                "body": self.body.format_map(values),
            }
