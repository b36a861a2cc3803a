"""Regenerate every app's message catalogs and compile them.

    .venv/bin/python scripts/update_catalogs.py            # every app
    .venv/bin/python scripts/update_catalogs.py --report   # also list what is untranslated

Runs ``makemessages`` in each app (and the example site) for the site's target languages,
then fills each new, untranslated entry from any other catalog that already translates the
same message (a string moved from one app to another keeps its translation), drops obsolete
entries and compiles. Entries still untranslated are printed: translate them before committing
(tests/core/test_catalogs.py fails on any).
"""

import os
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["fr", "es", "ar", "sq"]
PACKAGES = [
    *(path.parent for path in sorted(ROOT.glob("sc_wagtail/*/apps.py"))),
    ROOT / "example_site",
]


def catalogs():
    for package in PACKAGES:
        for language in LANGUAGES:
            path = package / "locale" / language / "LC_MESSAGES" / "django.po"
            if path.exists():
                yield language, path


def memory():
    """(language, context, msgid, plural) -> the entry that translates it, from every catalog
    (a plural message and a singular one with the same msgid are different messages)."""
    found = {}
    for language, path in catalogs():
        for entry in polib.pofile(str(path)):
            if entry.translated() and not entry.obsolete:
                found.setdefault((language, entry.msgctxt, entry.msgid, entry.msgid_plural), entry)
    return found


def has_messages(package):
    extensions = {".py", ".html", ".txt"}
    for path in package.rglob("*"):
        if path.suffix in extensions and "migrations" not in path.parts:
            text = path.read_text(errors="ignore")
            if "gettext" in text or "translate" in text:
                return True
    return False


def main():
    known = memory()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "example_site.settings"}
    env.setdefault("SECRET_KEY", "catalogs-only")  # makemessages signs nothing
    untranslated = []
    for package in PACKAGES:
        if not has_messages(package):
            continue
        (package / "locale").mkdir(exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "manage.py"),
                "makemessages",
                "--no-obsolete",
                "--no-location",
                # Overrides of Wagtail's admin templates keep Wagtail's own strings, which
                # Wagtail's catalogs translate.
                "--ignore=templates/wagtailadmin/*",
                "-e",
                "html,txt,py",
                *(f"-l{language}" for language in LANGUAGES),
            ],
            cwd=package,
            env=env,
            check=True,
            capture_output=True,
        )
        for language in LANGUAGES:
            path = package / "locale" / language / "LC_MESSAGES" / "django.po"
            catalog = polib.pofile(str(path), wrapwidth=0)
            for entry in catalog:
                if entry.translated() and "fuzzy" not in entry.flags:
                    continue
                source = known.get((language, entry.msgctxt, entry.msgid, entry.msgid_plural))
                if source is not None:
                    entry.msgstr = source.msgstr
                    entry.msgstr_plural = dict(source.msgstr_plural)
                    if "fuzzy" in entry.flags:
                        entry.flags.remove("fuzzy")
                elif "fuzzy" in entry.flags or not entry.translated():
                    untranslated.append(f"{path.relative_to(ROOT)}: {entry.msgid!r}")
            catalog.save()
            catalog.save_as_mofile(str(path.with_suffix(".mo")))
    if untranslated:
        print("Untranslated:\n  " + "\n  ".join(untranslated))
    if "--report" in sys.argv:
        print(f"{len(untranslated)} untranslated entries")


if __name__ == "__main__":
    main()
