"""The news index and news pages (news, event reports, articles, statements)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from sc_wagtail.blocks.content import BodyBlock, DownloadsBlock
from sc_wagtail.blocks.report import ReportBlock, ReportPageMixin
from sc_wagtail.conf import sc_settings
from sc_wagtail.core.models import Hub, Theme
from sc_wagtail.core.pages import PAGE_TRANSLATABLE_FIELDS, translated_page_fields

from .reading import count_words, reading_minutes, stream_text

EARLIEST_PUBLICATION_DATE = datetime.date(2015, 1, 1)


def event_page_types():
    return list(sc_settings.EVENT_PAGE_TYPES)


class ArticleType(TranslatableMixin, models.Model):
    """What a news page is: news, event report, article, announcement, statement...

    A snippet, so editors can add kinds without a code change."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)
    is_event_report = models.BooleanField(
        _("is an event report"),
        default=False,
        help_text=_("Pages of this type describe an event that took place."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("is_event_report")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("is_event_report"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("article type")
        verbose_name_plural = _("article types")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_articletype_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class NewsIndexPage(RoutablePageMixin, Page):
    """The "News and reports" section: its news pages (articles, statements, event reports),
    filterable, and its feeds."""

    intro = models.TextField(_("intro"), blank=True)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    translatable_fields = translated_page_fields("intro")
    subpage_types = ["sc_news.NewsPage"]
    template = "sc_news/news_index_page.html"
    page_size = 10

    class Meta:
        verbose_name = _("news index page")

    def get_cached_paths(self):
        # The page cache and a CDN purge these with the listing.
        return ["/", "/feed/rss/", "/feed/atom/"]

    @path("")
    def listing(self, request):
        from .views import news_listing

        return news_listing(self, request)

    @path("feed/rss/", name="rss")
    def rss(self, request):
        from .feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        from .feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPage(ReportPageMixin, Page):
    publication_date = models.DateField(_("publication date"), default=datetime.date.today)
    article_type = models.ForeignKey(
        ArticleType, verbose_name=_("type"), on_delete=models.PROTECT, related_name="+"
    )
    hub = models.ForeignKey(
        Hub,
        verbose_name=_("hub"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), max_length=600)
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    show_disclaimer = models.BooleanField(
        _("show disclaimer"),
        default=False,
        help_text=_(
            "Adds: this summarises discussions and does not necessarily reflect the "
            "views of sponsors or participants."
        ),
    )
    # Any page type of SC_WAGTAIL["EVENT_PAGE_TYPES"]: news does not depend on the events app.
    related_event = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("related event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    report = StreamField(ReportBlock(), verbose_name=_("event report"), blank=True)
    downloads = StreamField(DownloadsBlock(), verbose_name=_("downloads"), blank=True)
    # Computed on save from this locale's own text; never synchronised.
    word_count = models.PositiveIntegerField(default=0, editable=False)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("publication_date"),
                FieldPanel("article_type"),
                FieldPanel("hub"),
                InlinePanel("themes", label=_("Themes")),
                InlinePanel("authors", label=_("Authors")),
            ],
            heading=_("About"),
        ),
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
        FieldPanel("report"),
        PageChooserPanel("related_event", page_type=event_page_types()),
        FieldPanel("downloads"),
        FieldPanel("show_disclaimer"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        SynchronizedField("publication_date"),
        TranslatableField("article_type"),
        TranslatableField("hub"),
        TranslatableField("summary"),
        SynchronizedField("listing_image"),
        TranslatableField("body"),
        SynchronizedField("show_disclaimer"),
        SynchronizedField("related_event"),
        TranslatableField("report"),
        TranslatableField("downloads"),
        TranslatableField("themes"),
        TranslatableField("authors"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
        index.FilterField("hub_id"),
    ]
    parent_page_types = ["sc_news.NewsIndexPage"]
    subpage_types = []
    template = "sc_news/news_page.html"

    class Meta:
        verbose_name = _("news page")
        indexes = [models.Index(fields=["publication_date"])]

    @property
    def reading_minutes(self):
        return reading_minutes(self.word_count)

    def clean(self):
        super().clean()
        if self.publication_date and self.publication_date < EARLIEST_PUBLICATION_DATE:
            raise ValidationError(
                {
                    "publication_date": _(
                        "The publication date cannot be before 1 January 2015: check the year."
                    )
                }
            )
        if self.related_event_id and self.related_event.specific_class._meta.label not in (
            event_page_types()
        ):
            raise ValidationError({"related_event": _("Choose an event page.")})
        today = timezone.localdate()
        if self.publication_date and self.publication_date > today:
            scheduled_for = self.go_live_at and timezone.localdate(self.go_live_at)
            if not scheduled_for or scheduled_for < self.publication_date:
                raise ValidationError(
                    {
                        "publication_date": _(
                            "The publication date is in the future: schedule the page to go live on "
                            "that date (Settings → Go-live date) or correct the date."
                        )
                    }
                )

    def save(self, *args, **kwargs):
        self.word_count = count_words(
            self.title, self.summary, stream_text(self.body), stream_text(self.report)
        )
        return super().save(*args, **kwargs)

    @property
    def published_at(self):
        """When it was published, with its time: the moment it first went live if that was on
        its publication date, else noon of that date in the site's time zone (an imported or
        back-dated article has no known time; noon keeps the date in every time zone)."""
        moment = self.first_published_at
        if moment and timezone.localdate(moment) == self.publication_date:
            return moment
        return timezone.make_aware(
            datetime.datetime.combine(self.publication_date, datetime.time(12, 0))
        )

    def get_context(self, request, *args, **kwargs):
        from sc_wagtail.core.structured_data import default_image_url, json_ld

        from .jsonld import news_json_ld

        context = super().get_context(request, *args, **kwargs)
        image_url = default_image_url(request)
        if self.listing_image_id:
            rendition = self.listing_image.get_rendition("fill-1200x630")
            image_url = request.build_absolute_uri(rendition.url)
        context["structured_data"] = json_ld(news_json_ld(self, request, image_url))
        context["related_event"] = self.public_related_event
        return context

    @cached_property
    def public_related_event(self):
        """The related event in this page's locale, if readers may see it."""
        if not self.related_event_id:
            return None
        event = self.related_event.localized
        if not event.live or event.get_view_restrictions().exists():
            return None
        return event

    @cached_property
    def theme_list(self):
        return [link.theme for link in self.themes.all()]

    @cached_property
    def author_list(self):
        """The byline and the JSON-LD read the authors once."""
        return list(self.authors.all())


class NewsPageTheme(TranslatableMixin, Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="themes")
    theme = models.ForeignKey(
        Theme, verbose_name=_("theme"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("theme")]
    translatable_fields = [TranslatableField("theme")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("theme")


class NewsPageAuthor(TranslatableMixin, Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="authors")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=200, blank=True)
    panels = [FieldPanel("name"), FieldPanel("role")]
    translatable_fields = [SynchronizedField("name"), TranslatableField("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("author")

    def __str__(self):
        return self.name
