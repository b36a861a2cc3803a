"""Render a page's PDF in the background as soon as it is published."""

from django.dispatch import receiver
from wagtail.signals import page_published

from .render import has_report
from .tasks import request_render


@receiver(page_published)
def render_on_publish(sender, instance, **kwargs):
    if has_report(instance):
        request_render(instance)
