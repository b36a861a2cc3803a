"""WordPress exports written for the tests: WXR 1.2 as WordPress writes it, with WPML's
language data in any of its three forms ("import": WPML Export and Import's postmeta,
"fields": WPML's custom fields, "table": none in the file, an icl_translations CSV beside)."""

import csv
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

SITE = "https://strongcities.example"


@dataclass
class Post:
    wp_id: int
    title: str
    content: str = ""
    post_type: str = "post"
    slug: str = ""
    status: str = "publish"
    date: str = "2024-03-05 10:30:00"
    lang: str = "en"
    group: str = ""
    source_lang: str = ""
    terms: list = field(default_factory=list)  # (domain, slug, name)
    meta: dict = field(default_factory=dict)
    excerpt: str = ""
    author: str = "amina"
    attachment_url: str = ""
    link: str = ""

    def url(self):
        if self.link:
            return self.link
        prefix = "" if self.lang == "en" else f"/{self.lang}"
        if self.post_type == "attachment":
            return f"{SITE}{prefix}/?attachment_id={self.wp_id}"
        return f"{SITE}{prefix}/{self.date[:4]}/{self.date[5:7]}/{self.slug or self.wp_id}/"


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _meta(post, form):
    meta = dict(post.meta)
    if post.post_type not in ("attachment", "tribe_venue", "tribe_organizer") and post.group:
        if form == "import":
            meta["_wpml_import_language_code"] = post.lang
            meta["_wpml_import_translation_group"] = post.group
            if post.source_lang:
                meta["_wpml_import_source_language_code"] = post.source_lang
        elif form == "fields":
            meta["_wpml_language"] = post.lang
            meta["_wpml_trid"] = post.group
    return "".join(
        f"<wp:postmeta><wp:meta_key>{cdata(k)}</wp:meta_key>"
        f"<wp:meta_value>{cdata(str(v))}</wp:meta_value></wp:postmeta>"
        for k, v in meta.items()
    )


def export(posts, form="import"):
    items = []
    for post in posts:
        terms = "".join(
            f'<category domain="{domain}" nicename="{slug}">{cdata(name)}</category>'
            for domain, slug, name in post.terms
        )
        attachment = (
            f"<wp:attachment_url>{cdata(post.attachment_url)}</wp:attachment_url>"
            if post.attachment_url
            else ""
        )
        items.append(
            f"""<item>
<title>{cdata(post.title)}</title>
<link>{escape(post.url())}</link>
<dc:creator>{cdata(post.author)}</dc:creator>
<guid isPermaLink="false">{SITE}/?p={post.wp_id}</guid>
<content:encoded>{cdata(post.content)}</content:encoded>
<excerpt:encoded>{cdata(post.excerpt)}</excerpt:encoded>
<wp:post_id>{post.wp_id}</wp:post_id>
<wp:post_date>{cdata(post.date)}</wp:post_date>
<wp:post_date_gmt>{cdata(post.date)}</wp:post_date_gmt>
<wp:post_name>{cdata(post.slug)}</wp:post_name>
<wp:status>{cdata(post.status)}</wp:status>
<wp:post_parent>0</wp:post_parent>
<wp:post_type>{cdata(post.post_type)}</wp:post_type>
{attachment}{terms}{_meta(post, form)}
</item>"""
        )
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Strong Cities Network</title>
<link>{SITE}</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>{SITE}</wp:base_site_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login>{cdata("amina")}</wp:author_login><wp:author_display_name>{cdata("Amina Farah")}</wp:author_display_name></wp:author>
{"".join(items)}
</channel>
</rss>
"""


def translations_csv(posts, path):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["translation_id", "element_type", "element_id", "trid", "language_code",
             "source_language_code"]
        )  # fmt: skip
        for number, post in enumerate(posts, start=1):
            if post.group and post.post_type not in ("attachment",):
                writer.writerow(
                    [number, f"post_{post.post_type}", post.wp_id, post.group, post.lang,
                     post.source_lang or "NULL"]
                )  # fmt: skip
