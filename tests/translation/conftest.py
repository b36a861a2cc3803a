from django.contrib.auth import get_user_model

from example_site.demo import content as demo_content
from example_site.demo.glossary import seed_glossary
from sc_wagtail.translation.pipeline import draft_translations
from tests import factories
from tests.conftest import shared_data


def build_translations():
    """What the pipeline tests work on, as the demo has it: the directory and glossary in every
    locale, the news index and story 1 translated and approved, and the story in review,
    drafted by machine in every target locale; a reviewer per locale (reviewer-fr ...)."""
    admin = get_user_model().objects.get(username="admin")
    records = factories.directory()
    types = factories.article_types()
    seed_glossary(admin)
    # Irbid and its hub as the demo has them: translated through wagtail-localize.
    for record in (records["hubs"]["middle-east-north-africa"], records["cities"]["Irbid"]):
        for code in factories.TARGETS:
            factories.translate_page(record, code, user=admin)
    news = demo_content.seed_news(
        factories.english_home(), records, types, {}, author="Amina Farah"
    )
    for page in news[:2]:
        for code in factories.TARGETS:
            factories.translate_page(page, code, user=admin)
    in_review = demo_content.seed_story_in_review(news[0], types, records)
    draft_translations(in_review.pk)
    for code in factories.TARGETS:
        factories.reviewer(code)
    return {"records": records}


translation_content = shared_data(build_translations, scope="package")
