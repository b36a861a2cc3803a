"""StreamField blocks for page bodies. Templates under templates/sc_blocks/."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=capfirst(_("text")), max_length=200)
    level = blocks.ChoiceBlock(
        label=capfirst(_("level")),
        choices=[("h2", "H2"), ("h3", "H3")],
        default="h2",
        translatable=False,
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "sc_blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=capfirst(_("image")))
    caption = blocks.CharBlock(label=capfirst(_("caption")), required=False, max_length=300)
    alt_text = blocks.CharBlock(
        label=capfirst(_("alternative text")),
        required=False,
        max_length=300,
        help_text=_(
            "Describe the image for people who cannot see it. Leave empty for "
            "the image's own description."
        ),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "sc_blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=capfirst(_("quote")))
    attribution = blocks.CharBlock(label=capfirst(_("attribution")), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "sc_blocks/quote.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=capfirst(_("document")))
    title = blocks.CharBlock(label=capfirst(_("link text")), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "sc_blocks/download.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, template="sc_blocks/paragraph.html"
    )
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(label=_("Video or other embed"), icon="media")
    download = DownloadBlock()

    class Meta:
        label = _("Body")


class DownloadsBlock(blocks.StreamBlock):
    download = DownloadBlock()
