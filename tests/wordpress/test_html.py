"""Turning WordPress HTML into blocks, and reading exports: pure tests, no database."""

import pytest

from sc_wagtail.wordpress import wxr
from sc_wagtail.wordpress.html import Converter, autop, embed_url
from sc_wagtail.wordpress.languages import Language, TranslationTable, language_of, locale_code
from tests.wordpress.wxr_builder import Post, export


def test_classic_posts_get_wordpress_paragraphs():
    assert autop("One\nline.\n\nTwo.") == "<p>One<br>\nline.</p>\n<p>Two.</p>"
    assert autop("<h2>Title</h2>\n\nText.") == "<h2>Title</h2>\n<p>Text.</p>"


@pytest.mark.parametrize(
    "src, page",
    [
        ("https://www.youtube.com/embed/abc123", "https://www.youtube.com/watch?v=abc123"),
        ("//www.youtube-nocookie.com/embed/abc123", "https://www.youtube.com/watch?v=abc123"),
        ("https://youtu.be/abc123", "https://www.youtube.com/watch?v=abc123"),
        ("https://player.vimeo.com/video/76979871", "https://vimeo.com/76979871"),
        ("https://example.org/widget", None),
    ],
)
def test_video_players_become_embeds(src, page):
    assert embed_url(src) == page


def test_unknown_things_are_kept_as_text_and_reported():
    converter = Converter()
    blocks = converter.blocks(
        '<table><tr><td>Tirana</td><td>60</td></tr></table>\n\n[gallery ids="1,2"]\n\n'
        "<script>alert(1)</script><marquee>Old news</marquee>"
    )
    texts = " ".join(value for kind, value in blocks if kind == "paragraph")
    assert "Tirana · 60" in texts and '[gallery ids="1,2"]' in texts and "Old news" in texts
    assert "alert" not in texts
    kinds = {kind for kind, _message in converter.warnings}
    assert {"table", "shortcode", "removed", "unknown-html"} <= kinds


def test_rich_text_is_sanitised_into_wagtails_format():
    ((kind, value),) = Converter().blocks(
        '<p onclick="x()">A <strong>bold</strong> <em>claim</em> <a href="https://example.org" '
        'style="color:red">here</a><span>!</span></p>'
    )
    assert kind == "paragraph"
    assert value == '<p>A <b>bold</b> <i>claim</i> <a href="https://example.org">here</a>!</p>'


def test_the_export_is_read_as_a_stream(tmp_path):
    path = tmp_path / "export.xml"
    path.write_text(export([Post(n, f"Post {n}") for n in range(1, 4)]))
    reader = wxr.items(path)
    first = next(reader)  # a generator: one item at a time
    assert (first.wp_id, first.title) == (1, "Post 1")
    assert [item.wp_id for item in reader] == [2, 3]
    assert wxr.authors(path) == [("amina", "Amina Farah")]


def test_a_file_that_is_no_export_says_so(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text("<html><body>nope</body></html>")
    with pytest.raises(wxr.ExportError, match="no WordPress export"):
        list(wxr.items(path))


def test_languages_from_each_wpml_form(tmp_path):
    post = Post(5, "Titre", lang="fr", group="7", source_lang="en")
    path = tmp_path / "e.xml"
    for form, group in (("import", "group:7"), ("fields", "trid:7")):
        path.write_text(export([post], form=form))
        (item,) = wxr.items(path)
        assert language_of(item, "en") == Language("fr", group, "en" if form == "import" else "")
    table = TranslationTable(
        [{"element_type": "post_post", "element_id": "5", "trid": "7", "language_code": "fr",
          "source_language_code": "en"}]
    )  # fmt: skip
    path.write_text(export([post], form="table"))
    (item,) = wxr.items(path)
    assert language_of(item, "en", table) == Language("fr", "trid:7", "en")
    assert language_of(item, "en") == Language("en", "post:5")  # no language data: source
    assert locale_code("pt_BR", {"pt", "en"}) == "pt" and locale_code("de", {"en"}) is None
