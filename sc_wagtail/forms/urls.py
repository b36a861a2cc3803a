from django.urls import path

from . import public_views

# Inside i18n_patterns: the status page speaks the language of its URL.
urlpatterns = [
    path("application/<str:token>/", public_views.status, name="sc_forms_status"),
    path(
        "application/<str:token>/files/<int:file_id>/",
        public_views.applicant_file,
        name="sc_forms_applicant_file",
    ),
]
