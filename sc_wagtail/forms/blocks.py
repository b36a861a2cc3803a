"""The "Application form" block: a call's form, embedded in any page, in the page's locale."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

FORM_FIELD = "sc_apply"  # names the call a POST is for (see wagtail_hooks.handle_application)


class ApplicationFormBlock(blocks.StructBlock):
    call = SnippetChooserBlock("sc_forms.FundCall", label=_("fund call"))
    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=200)

    class Meta:
        icon = "form"
        label = _("Application form")
        template = "sc_forms/blocks/application_form.html"

    def get_context(self, value, parent_context=None):
        from .form import ApplicationForm

        context = super().get_context(value, parent_context)
        call = value["call"].localized if value["call"] else None
        request = (parent_context or {}).get("request")
        form = None
        if call is not None and call.state() == "open":
            bound = getattr(request, "sc_application_forms", {}).get(call.translation_key)
            form = bound or ApplicationForm(call)
        context.update(
            {
                "call": call,
                "call_state": call.state() if call else None,
                "opens": call.local(call.opens_at) if call else None,
                "closes": call.local(call.closes_at) if call else None,
                "form": form,
                "form_field": FORM_FIELD,
            }
        )
        return context
