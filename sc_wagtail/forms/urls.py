from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import public_views


def _patterns(application, draft):
    return [
        path(f"{application}<str:token>/", public_views.status, name="sc_forms_status"),
        path(
            f"{application}<str:token>/files/<int:file_id>/",
            public_views.applicant_file,
            name="sc_forms_applicant_file",
        ),
        path(f"{draft}<str:token>/", public_views.draft, name="sc_forms_draft"),
    ]


# Inside i18n_patterns: the status page speaks the language of its URL, and its path is in
# that language ("candidature/" in French). The English paths keep working in every language,
# for links sent before a translation existed; reverse() gives the last pattern of a name,
# the translated one.
urlpatterns = [
    *_patterns("application/", "application-draft/"),
    path(_("application/<str:token>/"), public_views.status, name="sc_forms_status"),
    path(
        _("application/<str:token>/files/<int:file_id>/"),
        public_views.applicant_file,
        name="sc_forms_applicant_file",
    ),
    path(_("application-draft/<str:token>/"), public_views.draft, name="sc_forms_draft"),
]
