"""Check translation files from the command line, with or without a Django site.

    python -m sc_wagtail.translation.qa --target-locale fr --glossary g.csv article.txt

Exit status: 0 no error-severity finding, 1 at least one, 2 bad input.
"""

import argparse
import json
import sys

from .engine import Context, run_checks
from .findings import Severity
from .glossary import Glossary, GlossaryError
from .readers import ReadError, read_file


class BadInput(Exception):
    """Input the checker cannot work with; the message tells the user what to change."""


def build_parser(prog=None):
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Check translations against the glossary and the typography "
        "rules of the target language.",
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=".txt, .html (target text only), .po or .xlf (source and target)",
    )
    parser.add_argument(
        "--target-locale",
        help="language code of the text, e.g. fr, ar (PO and XLIFF files may declare it)",
    )
    parser.add_argument(
        "--source-locale",
        default=None,
        help="language code of the source (default: the site's source, en)",
    )
    parser.add_argument("--glossary", metavar="FILE.csv", help="glossary in its CSV export format")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument(
        "--min-severity", default="info", help="info, warning or error (default: info)"
    )
    return parser


def known_language(code, option):
    from django.conf.locale import LANG_INFO

    if code not in LANG_INFO:
        raise BadInput(f"{option} {code!r} is not a language code (for example fr, es, ar, sq).")
    return code


def load_glossary(path):
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            return Glossary.from_csv(stream)
    except OSError as exc:
        raise BadInput(f"--glossary {path}: cannot be read ({exc}).") from exc
    except GlossaryError as exc:
        raise BadInput(f"--glossary {path}: {exc}") from exc


def check_files(options, glossary=None, default_source="en"):
    min_severity = Severity.parse(options.min_severity)
    source_language = known_language(options.source_locale or default_source, "--source-locale")
    if options.target_locale:
        known_language(options.target_locale, "--target-locale")
    findings = []
    for path in options.files:
        segments, declared = read_file(path)
        language = options.target_locale or declared
        if not language:
            raise BadInput(
                f"{path}: give --target-locale (the file does not declare its language)."
            )
        context = Context(
            target_language=known_language(language.split("-")[0].split("_")[0], "--target-locale"),
            source_language=source_language,
            glossary=glossary,
        )
        for finding in run_checks(segments, context, min_severity=min_severity):
            finding.file = str(path)
            findings.append(finding)
    return findings


def render(findings, output_format):
    if output_format == "json":
        return json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2)
    lines = []
    for f in findings:
        where = f"{f.file}:{f.line or '?'}" + (f" [{f.segment}]" if f.segment else "")
        lines.append(f"{where}: {f.severity}: {f.check}: “{f.fragment.strip()}” — {f.hint}")
    return "\n".join(lines)


def main(argv=None, prog=None, glossary_loader=None, default_source="en", stdout=None, stderr=None):
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    options = build_parser(prog).parse_args(argv)
    try:
        if options.glossary:
            glossary = load_glossary(options.glossary)
        else:
            glossary = glossary_loader() if glossary_loader else None
        findings = check_files(options, glossary, default_source)
    except (BadInput, ReadError, ValueError) as exc:
        print(f"error: {exc}", file=stderr)
        return 2
    output = render(findings, options.format)
    if output:
        print(output, file=stdout)
    return 1 if any(f.severity >= Severity.ERROR for f in findings) else 0
