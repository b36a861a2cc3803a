"""The QA checker as a command: files in, findings out, exit status for scripts."""

import json
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from sc_wagtail.translation.qa.cli import main

ROOT = Path(__file__).resolve().parents[2]
NNBSP = "\u202f"
GLOSSARY_CSV = (
    "term,note,do_not_translate,fr,fr_forbidden,es,es_forbidden\n"
    "Strong Cities Network,Our name,yes,,Réseau des villes fortes,,Red de Ciudades Fuertes\n"
    "Technical Support Fund,,no,Fonds d'appui technique,Fonds de soutien technique,"
    "Fondo de Apoyo Técnico,\n"
)


@pytest.fixture
def glossary(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text(GLOSSARY_CSV, encoding="utf-8")
    return path


def run(*args):
    """Run `python -m sc_wagtail.translation.qa` as a reviewer would."""
    return subprocess.run(
        [sys.executable, "-m", "sc_wagtail.translation.qa", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_reviewer_gets_the_lines_that_need_attention(tmp_path, glossary):
    article = tmp_path / "article.txt"
    article.write_text(
        f"Le Strong Cities Network réunit des villes{NNBSP}; il aide les maires.\n\n"
        "Le Réseau des villes fortes a publié un rapport12 sur la violence.\n",
        encoding="utf-8",
    )
    result = run("--target-locale", "fr", "--glossary", glossary, article)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert all(f"{article}:3" in line for line in lines), lines
    assert any("error: glossary-forbidden" in line for line in lines)
    assert any("warning: glued-footnote" in line and "rapport12" in line for line in lines)


def test_correct_text_exits_zero_with_no_output(tmp_path, glossary):
    article = tmp_path / "ok.txt"
    article.write_text(
        f"Le Strong Cities Network réunit des villes{NNBSP}: Tirana, Sarajevo.\n", encoding="utf-8"
    )
    result = run("--target-locale", "fr", "--glossary", glossary, article)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_warnings_only_exit_zero(tmp_path):
    article = tmp_path / "w.txt"
    article.write_text("Deux  espaces.\n", encoding="utf-8")
    result = run("--target-locale", "fr", article)
    assert result.returncode == 0 and "double-space" in result.stdout
    quiet = run("--target-locale", "fr", "--min-severity", "error", article)
    assert (quiet.returncode, quiet.stdout) == (0, "")


@pytest.mark.parametrize(
    "args, message",
    [
        (["--target-locale", "xx", "{file}"], "--target-locale 'xx' is not a language code"),
        (["--target-locale", "fr", "{missing}"], "no such file"),
        (
            ["--target-locale", "fr", "--glossary", "{bad_csv}", "{file}"],
            "line 2: do_not_translate",
        ),
        (["--target-locale", "fr", "--glossary", "{no_term_csv}", "{file}"], "'term' column"),
        (["--target-locale", "fr", "{doc}"], "unknown file type '.doc'"),
        (["--target-locale", "fr", "{bad_xliff}"], "not well-formed XML"),
        (["--target-locale", "fr", "--min-severity", "loud", "{file}"], "Unknown severity"),
    ],
)
def test_bad_input_exits_two_with_a_clear_message(tmp_path, args, message):
    files = {
        "file": tmp_path / "a.txt",
        "missing": tmp_path / "nope.txt",
        "bad_csv": tmp_path / "bad.csv",
        "no_term_csv": tmp_path / "noterm.csv",
        "doc": tmp_path / "a.doc",
        "bad_xliff": tmp_path / "a.xlf",
    }
    files["file"].write_text("Bonjour.\n", encoding="utf-8")
    files["bad_csv"].write_text("term,do_not_translate\nSCN,maybe\n", encoding="utf-8")
    files["no_term_csv"].write_text("word,note\nx,y\n", encoding="utf-8")
    files["doc"].write_text("x", encoding="utf-8")
    files["bad_xliff"].write_text("<xliff><file>", encoding="utf-8")
    result = run(*[a.format(**files) for a in args])
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_json_output_is_a_list_of_findings(tmp_path, capsys):
    article = tmp_path / "a.html"
    article.write_text(
        "<html lang='es'><body><h1>Título</h1>\n<p>Las  ciudades , todas.</p></body></html>",
        encoding="utf-8",
    )
    assert main([str(article), "--format", "json"]) == 0  # language from <html lang>
    findings = json.loads(capsys.readouterr().out)
    # Runs of spaces collapse in HTML, so only the space before the comma shows.
    assert {f["check"] for f in findings} == {"space-before-punctuation"}
    for finding in findings:
        assert set(finding) == {"check", "severity", "fragment", "hint", "file", "line", "segment"}
        assert finding["severity"] in {"info", "warning", "error"}
        assert finding["line"] == 2 and finding["file"] == str(article)
        assert isinstance(finding["hint"], str) and finding["hint"]


SOURCES = [f"Session {n}: {n * 10} mayors from the network met." for n in range(1, 31)]


def french(n):
    return f"Session {n}{NNBSP}: {n * 10} maires du réseau se sont réunis."


def test_po_round_trip_with_dozens_of_segments(tmp_path, capsys):
    catalogue = polib.POFile()
    catalogue.metadata = {"Language": "fr", "Content-Type": "text/plain; charset=UTF-8"}
    for n, source in enumerate(SOURCES, start=1):
        catalogue.append(polib.POEntry(msgctxt=f"seg-{n}", msgid=source, msgstr=french(n)))
    catalogue[6].msgstr = "Session 7 : 80 maires du réseau se sont réunis."  # wrong figure
    catalogue[19].msgstr = f"Session 20{NNBSP}: 200 maires du du réseau se sont réunis."
    path = tmp_path / "fr.po"
    catalogue.save(str(path))
    assert main([str(path), "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)
    by_segment = {(f["segment"], f["check"]) for f in findings}
    assert by_segment == {
        ("seg-7", "numbers-preserved"),
        ("seg-7", "french-punctuation-spacing"),
        ("seg-20", "repeated-word"),
    }
    seven = next(f for f in findings if f["check"] == "numbers-preserved")
    assert seven["line"] == polib.pofile(str(path))[6].linenum and seven["fragment"] == "70"


def xliff(units):
    body = "\n".join(
        f'      <trans-unit id="{uid}">\n        <source>{source}</source>\n'
        f"        <target>{target}</target>\n      </trans-unit>"
        for uid, source, target in units
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        '  <file original="page" source-language="en" target-language="es" datatype="html">\n'
        f"    <body>\n{body}\n    </body>\n  </file>\n</xliff>\n"
    )


def test_xliff_round_trip_with_dozens_of_segments(tmp_path, capsys):
    units = [
        (
            f"u{n}",
            f'{n * 10} mayors <g id="1">met</g>.',
            f'{n * 10} alcaldes <g id="1">se reunieron</g>.',
        )
        for n in range(1, 31)
    ]
    units[4] = ("u5", '50 mayors <g id="1">met</g>.', "50 alcaldes se reunieron.")
    units[11] = ("u12", "120 mayors met.", "120 mayors met.")
    path = tmp_path / "es.xlf"
    path.write_text(xliff(units), encoding="utf-8")
    assert main([str(path), "--format", "json"]) == 1  # target-language from the file
    findings = json.loads(capsys.readouterr().out)
    assert {(f["segment"], f["check"]) for f in findings} == {
        ("u5", "markup-preserved"),
        ("u12", "untranslated"),
    }
    u5 = next(f for f in findings if f["segment"] == "u5")
    assert path.read_text().splitlines()[u5["line"] - 1].strip() == '<trans-unit id="u5">'


@pytest.mark.django_db
@pytest.mark.usefixtures("translation_content")
def test_manage_py_command_uses_the_site_glossary(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("La Red de Ciudades Fuertes publicó un informe.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        from django.core.management import ManagementUtility

        ManagementUtility(
            ["manage.py", "qa_check", "--target-locale", "es", str(article)]
        ).execute()
    assert exit_info.value.code == 1
