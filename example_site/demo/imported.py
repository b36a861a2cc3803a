"""The demo's WordPress past: a small WXR export (in wordpress_export/, with its uploads) of
two posts and an event in English, with the French and Arabic copies WPML machine translated,
imported like a real site's. Their copies open the review queue as machine drafts, with the QA
findings WPML's text earns (a forbidden rendering of the network's name), and the report's
old prose gives participation figures to accept."""

from pathlib import Path

from sc_wagtail.wordpress.importer import WordPressImport

FOLDER = Path(__file__).resolve().parent / "wordpress_export"


def seed_wordpress(user):
    return WordPressImport(FOLDER / "export.xml", uploads=FOLDER / "uploads", user=user).run()
