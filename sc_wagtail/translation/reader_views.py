"""The public "Report a translation problem" form handler."""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation as translation_utils
from django.views.decorators.http import require_POST
from wagtail.models import Page

from sc_wagtail.core.privacy import public
from sc_wagtail.core.tasks import enqueue

from .notify import notify_problem
from .problems import ProblemForm, allow_report, record_problem


@require_POST
def report_problem(request, page_id):
    page = public(Page.objects.live()).filter(pk=page_id).select_related("locale").first()
    if page is None:
        raise Http404
    with translation_utils.override(page.locale.language_code):
        form = ProblemForm(request.POST)
        if not form.is_valid():
            return render(
                request,
                "sc_translation/problem_form_page.html",
                {"page": page, "form": form, "hide_problem_form": True},
                status=400,
            )
        if form.is_bot():
            # Look like success, keep nothing.
            return HttpResponseRedirect(page.url + "?reported=1#translation-problem")
        if not allow_report(request):
            return render(
                request,
                "sc_translation/problem_form_page.html",
                {"page": page, "form": form, "limited": True, "hide_problem_form": True},
                status=429,
            )
        problem, _translation = record_problem(
            page, form.cleaned_data["quote"], form.cleaned_data["comment"]
        )
    enqueue(notify_problem, problem.pk, task_name=f"problem:{problem.pk}")
    return HttpResponseRedirect(page.url + "?reported=1#translation-problem")
