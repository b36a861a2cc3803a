"""Every string users see is translated: no empty or fuzzy entry in any shipped catalog."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
CATALOGS = sorted(
    [
        *ROOT.glob("sc_wagtail/*/locale/*/LC_MESSAGES/django.po"),
        *ROOT.glob("example_site/locale/*/LC_MESSAGES/django.po"),
    ]
)


def test_every_app_with_strings_ships_all_four_translations():
    apps = {path.parents[3].name for path in CATALOGS}
    assert {"core", "blocks", "news", "events", "impact", "pdf", "translation"} <= apps
    for app in apps:
        languages = {p.parents[1].name for p in CATALOGS if p.parents[3].name == app}
        assert languages == {"fr", "es", "ar", "sq"}, app


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalog_is_complete(path):
    catalog = polib.pofile(str(path))
    assert not catalog.untranslated_entries()
    assert not catalog.fuzzy_entries()
    plurals = int(catalog.metadata["Plural-Forms"].split("nplurals=")[1].split(";")[0])
    for entry in catalog:
        if entry.msgid_plural:
            assert len([form for form in entry.msgstr_plural.values() if form]) == plurals, (
                entry.msgid
            )
    # The compiled catalog Django reads holds the same translations.
    compiled = polib.mofile(str(path.with_suffix(".mo")))
    shipped = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural.get(0) for e in compiled}
    for entry in catalog:
        assert shipped.get((entry.msgctxt, entry.msgid)) == (
            entry.msgstr or entry.msgstr_plural.get(0)
        ), f"{entry.msgid!r}: run compilemessages"
