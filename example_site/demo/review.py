"""The review queue as a reviewer first meets it: the story in review carries an editor's
comment on its French title and a French reviewer's own summary (so "approve all" has
something a person wrote, while every machine segment waits to be read)."""

from django.contrib.auth import get_user_model
from wagtail_localize.models import TranslationSource

from sc_wagtail.translation.history import SegmentComment, add_comment
from sc_wagtail.translation.review import save_translation, segment_states

FRENCH_SUMMARY = (
    "Les villes du hub Moyen-Orient et Afrique du Nord signaleront les discours de haine et y "
    "répondront de la même manière, et publieront ce qu’elles font de chaque signalement."
)


def seed_review_conversation(story, locales):
    source = TranslationSource.objects.get_for_instance_or_none(story)
    if source is None:  # the pipeline has not drafted it (no machine translator configured)
        return
    french = locales["fr"]
    users = get_user_model().objects
    admin, reviewer = users.get(username="admin"), users.get(username="reviewer-fr")
    by_path = {state.segment.context.path: state for state in segment_states(source, french)}
    title, summary = by_path.get("title"), by_path.get("summary")
    if title and not SegmentComment.objects.filter(context_id=title.segment.context_id).exists():
        add_comment(
            title,
            french,
            admin,
            "Keep “hate speech online” close to the English: it is the campaign's name.",
        )
    if summary and summary.origin == "machine":
        save_translation(summary, french, FRENCH_SUMMARY, reviewer)
