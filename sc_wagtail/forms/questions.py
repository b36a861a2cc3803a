"""A fund call's questions: the core ones every application has, and the editor's own.

Editor questions are StreamField blocks, so they are translated like any content, and
each has a stable block id that its answers are stored under. An answer also keeps the
question's text as the applicant saw it, so editing or deleting a question later never
changes what an old application says.
"""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class QuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=capfirst(_("question")), max_length=300)
    help_text = blocks.CharBlock(label=capfirst(_("help text")), required=False, max_length=500)
    required = blocks.BooleanBlock(label=capfirst(_("required")), required=False, default=True)

    class Meta:
        icon = "help"


class ShortTextQuestion(QuestionBlock):
    class Meta:
        label = _("Short text")


class LongTextQuestion(QuestionBlock):
    word_limit = blocks.IntegerBlock(label=capfirst(_("word limit")), required=False, min_value=1)

    class Meta:
        label = _("Long text")


class NumberQuestion(QuestionBlock):
    class Meta:
        label = _("Number")


class DateQuestion(QuestionBlock):
    class Meta:
        label = _("Date")


class ChoiceQuestion(QuestionBlock):
    choices = blocks.ListBlock(
        blocks.CharBlock(max_length=200), label=capfirst(_("choices")), min_num=2
    )
    multiple = blocks.BooleanBlock(
        label=capfirst(_("several answers allowed")), required=False, default=False
    )

    class Meta:
        label = _("Choice")


class FileQuestion(QuestionBlock):
    class Meta:
        label = _("File upload")
        icon = "doc-full"


class CheckboxQuestion(QuestionBlock):
    class Meta:
        label = _("Checkbox")


class QuestionsBlock(blocks.StreamBlock):
    short_text = ShortTextQuestion()
    long_text = LongTextQuestion()
    number = NumberQuestion()
    date = DateQuestion()
    choice = ChoiceQuestion()
    file = FileQuestion()
    checkbox = CheckboxQuestion()


class CriterionBlock(blocks.StructBlock):
    """A rubric criterion: reviewers score it 0-5; staff see the weighted average."""

    name = blocks.CharBlock(label=capfirst(_("criterion")), max_length=200)
    description = blocks.TextBlock(label=capfirst(_("what reviewers look for")), required=False)
    weight = blocks.DecimalBlock(
        label=capfirst(_("weight")), min_value=0, default=1, decimal_places=2
    )

    class Meta:
        icon = "tick"
