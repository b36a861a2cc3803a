from django.contrib.auth import get_user_model
from wagtail.models import Locale

from example_site.demo import fund as demo_fund
from tests import factories
from tests.conftest import shared_data


def build_fund(codes=factories.TARGETS, applications=True):
    """The demo's fund, as an applicant and the staff meet it: the call and its page in
    English and ``codes``, the fund staff (fund-manager, hub-staff-mena, fund-reviewer,
    fund-reviewer-2) and three applications (French submitted, Arabic in review, English
    approved)."""
    from sc_wagtail.translation.pipeline import paused

    admin = get_user_model().objects.get(username="admin")
    with paused():
        records = factories.directory(codes)
        call = demo_fund.seed_call(factories.locale("en"))
        page = demo_fund.seed_fund_page(factories.english_home(), call)
        for code in codes:
            factories.translate_page(call, code, user=admin)
            factories.translate_page(page, code, user=admin)
        staff = demo_fund.ensure_fund_staff(admin, records)
        if applications:
            calls = {
                locale.language_code: call.get_translation(locale)
                for locale in Locale.objects.filter(language_code__in=["en", *codes])
            }
            demo_fund.seed_applications(calls, staff)
    return {"records": records}


fund = shared_data(build_fund, scope="package")
