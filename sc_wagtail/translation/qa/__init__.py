"""Translation QA checks, usable with or without the CMS."""

from .engine import Context, Segment, run_checks
from .findings import Finding, Severity
from .glossary import Glossary, GlossaryError, Term
from .registry import Check, all_checks, register

__all__ = [
    "Check",
    "Context",
    "Finding",
    "Glossary",
    "GlossaryError",
    "Segment",
    "Severity",
    "Term",
    "all_checks",
    "register",
    "run_checks",
]
