"""The "Application form" block: a call's form, embedded in any page, in the page's locale."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

FORM_FIELD = "sc_apply"  # names the call a POST is for (see wagtail_hooks.handle_application)


class ApplicationFormBlock(blocks.StructBlock):
    call = SnippetChooserBlock("sc_forms.FundCall", label=capfirst(_("fund call")))
    heading = blocks.CharBlock(label=capfirst(_("heading")), required=False, max_length=200)

    class Meta:
        icon = "form"
        label = _("Application form")
        template = "sc_forms/blocks/application_form.html"

    def get_context(self, value, parent_context=None):
        from sc_wagtail.core.formatting import moment_phrase, money, zone_phrase

        from .form import ApplicationForm

        context = super().get_context(value, parent_context)
        call = value["call"].localized if value["call"] else None
        request = (parent_context or {}).get("request")
        form = draft = None
        if call is not None and call.state() == "open":
            bound = getattr(request, "sc_application_forms", {}).get(call.translation_key)
            form = bound or ApplicationForm(call)
            draft = None if bound else self._draft(request, call)
            if draft is not None:
                form.load_draft(draft)
        context.update(
            {
                "call": call,
                "call_state": call.state() if call else None,
                "form": form,
                "form_field": FORM_FIELD,
                "draft": draft,
                "draft_token": request.GET.get("draft") if draft else None,
            }
        )
        if call is not None:
            # Dates, times and amounts as the page's language writes them, in the call's
            # own time zone, named as people name it.
            context.update(
                {
                    "opens": moment_phrase(call.opens_at, call.time_zone),
                    "closes": moment_phrase(call.closes_at, call.time_zone),
                    "zone": zone_phrase(call.time_zone, call.closes_at),
                    "maximum": money(call.maximum_amount, call.currency),
                }
            )
        return context

    @staticmethod
    def _draft(request, call):
        """The saved draft the page was opened with (the emailed link), if it is this call's."""
        from .drafts import draft_for_token

        token = request.GET.get("draft") if request is not None else None
        draft = draft_for_token(token) if token else None
        if draft is None or draft.call.translation_key != call.translation_key:
            return None
        return draft
