"""The site a WordPress import lands in (the news and event indexes in English, French and
Arabic, the directory and article types), and the export the tests import: written for the
tests in WXR 1.2, in each of WPML's three forms, with uploads beside it."""

import io

import pytest
from PIL import Image

from tests.conftest import shared_data
from tests.scenarios import sections
from tests.wordpress.wxr_builder import SITE, Post, export, translations_csv

site = shared_data(lambda: sections(few=("fr", "ar")), scope="package")

UPLOADS = f"{SITE}/wp-content/uploads/2024/03"

ENGLISH_REPORT = f"""<p>More than 60 municipal officials, including 15 mayors and deputy mayors, met in Tirana for two days.</p>

<h2>What the cities agreed</h2>

Cities will share one reporting form.
They will answer every report within ten days.

<ul><li>One form</li><li>Ten days</li></ul>

[caption id="attachment_501" align="alignnone" width="300"]<img src="{UPLOADS}/workshop-300x200.jpg" alt="Mayors around a table" /> The mayors at work[/caption]

<p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" height="315"></iframe></p>

<blockquote>Prevention starts in the neighbourhood.<cite>Mayor of Tirana</cite></blockquote>

<p><a href="{UPLOADS}/report.pdf">Read the full report</a></p>

<p>See also <a href="{SITE}/2024/03/online-hate/">our note on online hate</a>.</p>

[contact-form-7 id="5" title="Contact"]

<p>Broken <b>markup here</p>

<p><img src="{UPLOADS}/lost-photo.jpg" alt="gone" /></p>"""

FRENCH_REPORT = """<p>Plus de 50 fonctionnaires municipaux, dont 15 maires et maires adjoints, se sont réunis à Tirana pendant deux jours.</p>

<h2>Ce que les villes ont convenu</h2>

<ul><li>Un formulaire</li><li>Dix jours</li></ul>

<blockquote>La prévention commence dans le quartier.<cite>Maire de Tirana</cite></blockquote>

<p><a href="https://strongcities.example/wp-content/uploads/2024/03/report.pdf">Lire le rapport complet</a></p>

<p>Voir aussi <a href="https://strongcities.example/fr/2024/03/online-hate/">notre note</a>.</p>

[contact-form-7 id="5" title="Contact"]

<p>Balisage <b>cassé ici</p>"""

GUTENBERG = f"""<!-- wp:paragraph -->
<p>Hate online follows people home.</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading">What cities can do</h2>
<!-- /wp:heading -->

<!-- wp:image {{"id":501,"sizeSlug":"large"}} -->
<figure class="wp-block-image size-large"><img src="{UPLOADS}/workshop.jpg" alt="A workshop" class="wp-image-501"/><figcaption class="wp-element-caption">Youth workers in Tirana</figcaption></figure>
<!-- /wp:image -->

<!-- wp:embed {{"url":"https://vimeo.com/76979871","type":"video","providerNameSlug":"vimeo"}} -->
<figure class="wp-block-embed is-type-video is-provider-vimeo"><div class="wp-block-embed__wrapper">
https://vimeo.com/76979871
</div></figure>
<!-- /wp:embed -->

<!-- wp:file {{"id":502,"href":"{UPLOADS}/report.pdf"}} -->
<div class="wp-block-file"><a href="{UPLOADS}/report.pdf">Our report</a></div>
<!-- /wp:file -->

<!-- wp:acme/newsletter-signup {{"list":3}} -->
<div class="acme-signup">Sign up for the newsletter</div>
<!-- /wp:acme/newsletter-signup -->"""


def posts():
    categories = [("category", "event-report", "Event reports"), ("post_tag", "western-balkans", "Balkans"), ("post_tag", "youth", "Youth"), ("post_tag", "mystery", "Mystery")]  # fmt: skip
    return [
        Post(501, "Workshop photo", post_type="attachment", attachment_url=f"{UPLOADS}/workshop.jpg", meta={"_wp_attachment_image_alt": "A workshop"}),
        Post(502, "Tirana report", post_type="attachment", attachment_url=f"{UPLOADS}/report.pdf"),
        Post(503, "Lost photo", post_type="attachment", attachment_url=f"{UPLOADS}/lost-photo.jpg"),
        Post(101, "Mayors meet in Tirana", ENGLISH_REPORT, slug="mayors-meet-tirana", group="g1", terms=categories, meta={"_thumbnail_id": "501"}, excerpt="Sixty officials met in Tirana."),
        Post(111, "Les maires se réunissent à Tirana", FRENCH_REPORT, slug="maires-tirana", lang="fr", group="g1", source_lang="en", terms=categories),
        Post(121, "رؤساء البلديات يجتمعون في تيرانا", "<p>اجتمع أكثر من 60 موظفًا بلديًا في تيرانا.</p>", slug="mayors-ar", lang="ar", group="g1", source_lang="en"),
        Post(131, "Bürgermeister treffen sich", "<p>Mehr als 60 Beamte.</p>", slug="buergermeister", lang="de", group="g1", source_lang="en"),
        Post(102, "Online hate", GUTENBERG, slug="online-hate", group="g2", terms=[("category", "news", "News")]),
        Post(112, "La haine en ligne", "<!-- wp:paragraph --><p>La haine en ligne suit les gens chez eux.</p><!-- /wp:paragraph -->", slug="online-hate", lang="fr", group="g2", source_lang="en"),
        Post(301, "Tirana City Hall", post_type="tribe_venue", meta={"_VenueCity": "Tirana", "_VenueCountry": "Albania", "_VenueAddress": "Sheshi Skënderbej 1"}),
        Post(302, "Strong Cities Network", post_type="tribe_organizer"),
        Post(201, "Balkans prevention workshop", "<p>Two days on prevention.</p>", post_type="tribe_events", slug="balkans-workshop-2024", group="g3", meta={"_EventStartDate": "2024-11-03 09:00:00", "_EventEndDate": "2024-11-04 17:30:00", "_EventTimezone": "Europe/Tirane", "_EventAllDay": "no", "_EventVenueID": "301", "_EventOrganizerID": "302"}),
        Post(211, "Atelier de prévention des Balkans", "<p>Deux jours sur la prévention.</p>", post_type="tribe_events", slug="atelier-balkans", lang="fr", group="g3", source_lang="en"),
        Post(401, "About the network", "<p>Cities that prevent hate.</p>", post_type="page", slug="about", group="g4", excerpt="Who we are."),
        Post(402, "Draft page", "<p>Not ready.</p>", post_type="page", slug="draft-page", status="draft", group="g5"),
        Post(103, "Members only", "<p>For members.</p>", slug="members-only", status="private", group="g6"),
        Post(601, "Menu", post_type="nav_menu_item"),
    ]  # fmt: skip


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 80, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def write_export(folder, form="import", changes=None):
    """The export (and uploads, and for the "table" form the icl_translations CSV) in
    ``folder``; ``changes`` edits posts by id first. Returns the paths as a dict."""
    items = posts()
    for post in items:
        for key, value in (changes or {}).get(post.wp_id, {}).items():
            setattr(post, key, value)
    path = folder / f"export-{form}.xml"
    path.write_text(export(items, form=form), encoding="utf-8")
    uploads = folder / "uploads"
    (uploads / "2024" / "03").mkdir(parents=True, exist_ok=True)
    (uploads / "2024" / "03" / "workshop.jpg").write_bytes(png_bytes())
    (uploads / "2024" / "03" / "report.pdf").write_bytes(PDF)
    paths = {"export": str(path), "uploads": str(uploads)}
    if form == "table":
        table = folder / "icl_translations.csv"
        translations_csv(items, table)
        paths["translations"] = str(table)
    return paths


@pytest.fixture
def export_files(tmp_path):
    return write_export(tmp_path)
