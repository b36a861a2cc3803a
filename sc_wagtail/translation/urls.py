from django.urls import path

from . import reader_views

app_name = "sc_translation"
urlpatterns = [
    path(
        "translation-problem/<int:page_id>/",
        reader_views.report_problem,
        name="report_problem",
    )
]
