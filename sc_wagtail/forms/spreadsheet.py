"""The application spreadsheet a manager can hand on: one named sheet, a heading per column in
the reader's language, readable statuses and country names, amounts with their currency,
every question of the calls as a column (headed as the call's source language asks it), and,
for fund staff, each reviewer's scores and the weighted average.

Used by the listing's own export (small lists) and by the worker (``exports.build_export``).
Cells that a spreadsheet would read as a formula are written as text (core.spreadsheets).
"""

import csv
import datetime
import io
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from sc_wagtail.core.spreadsheets import as_text

from . import roles
from .scoring import score_summary
from .states import Status


class ApplicationSheet:
    def __init__(self, user):
        self.user = user
        # Reviewers' names and scores are for fund staff (reviewers never see each other).
        self.with_reviews = roles.is_manager(user) or bool(roles.staff_hub_ids(user))

    def _prepared(self, queryset):
        prefetch = ["assignments__reviewer", "assignments__review"] if self.with_reviews else []
        return list(queryset.select_related("call", "hub").prefetch_related(*prefetch))

    def columns(self, applications):
        """[(heading, function of an application)] for these applications."""
        columns = [
            (_("Reference"), lambda a: a.reference),
            (_("Status"), lambda a: Status(a.status).label),
            (_("Call"), lambda a: a.call.title),
            (_("Hub"), lambda a: str(a.hub) if a.hub else _("Network-wide")),
            (_("City"), lambda a: a.city_name),
            (_("Country"), lambda a: a.country.name),
            (_("Contact name"), lambda a: a.contact_name),
            (_("Role"), lambda a: a.contact_role),
            (_("Email"), lambda a: a.email),
            (_("Phone"), lambda a: a.phone),
            (_("Project title"), lambda a: a.project_title),
            (_("Summary"), lambda a: a.summary),
            (_("Currency"), lambda a: a.call.currency),
            (_("Amount requested"), lambda a: a.requested_amount),
            (_("Approved amount"), lambda a: a.approved_amount),
            (_("Language"), lambda a: a.language),
            (_("Submitted on"), lambda a: a.submitted_at),
        ]
        questions = {}
        for application in applications:
            for block in application.call.questions:
                questions.setdefault(block.id, block.value["label"])
        for block_id, label in questions.items():
            columns.append((label, _answer(block_id)))
        if self.with_reviews:
            columns += self._review_columns(applications)
        return columns

    def _review_columns(self, applications):
        reviewers, criteria = {}, {}
        for application in applications:
            for assignment in application.assignments.all():
                reviewers.setdefault(assignment.reviewer_id, assignment.reviewer)
            for block in application.call.rubric:
                criteria.setdefault(block.id, block.value["name"])
        columns = [
            (
                _("Weighted average"),
                lambda a: score_summary(a, list(a.assignments.all()))["average"],
            )
        ]
        for reviewer_id, reviewer in reviewers.items():
            name = reviewer.get_full_name() or reviewer.get_username()
            columns.append(
                (
                    _("%(reviewer)s: weighted score") % {"reviewer": name},
                    _review_value(reviewer_id, lambda review: review.weighted_score),
                )
            )
            for criterion_id, criterion in criteria.items():
                columns.append(
                    (
                        f"{name}: {criterion}",
                        _review_value(
                            reviewer_id,
                            lambda review, c=criterion_id: (review.scores.get(c) or {}).get(
                                "score"
                            ),
                        ),
                    )
                )
        return columns

    def table(self, queryset):
        applications = self._prepared(queryset)
        columns = self.columns(applications)
        rows = [[value(application) for _heading, value in columns] for application in applications]
        return [heading for heading, _value in columns], rows

    def xlsx(self, queryset):
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        headings, rows = self.table(queryset)
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title=_("Applications")[:31])
        sheet.freeze_panes = "B2"
        bold = Font(bold=True)
        header = []
        for heading in headings:
            cell = WriteOnlyCell(sheet, value=str(heading))
            cell.font = bold
            header.append(cell)
        sheet.append(header)
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=_xlsx_value(value))
                if cell.data_type == "f":  # text typed by an applicant is never a formula
                    cell.data_type = "s"
                if isinstance(value, datetime.datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(value, Decimal):
                    cell.number_format = "#,##0.00"
                cells.append(cell)
            sheet.append(cells)
        output = io.BytesIO()
        workbook.save(output)
        return output.getvalue()

    def csv(self, queryset):
        headings, rows = self.table(queryset)
        output = io.StringIO()
        writer = csv.writer(output)
        writer.writerow([str(h) for h in headings])
        for row in rows:
            writer.writerow([as_text(_csv_value(value)) for value in row])
        # A byte order mark: spreadsheets then read the file as UTF-8 (names with accents,
        # Arabic answers) instead of guessing a local code page.
        return ("\ufeff" + output.getvalue()).encode("utf-8")


def _answer(block_id):
    def value(application):
        answer = application.answers.get(block_id)
        if not answer or answer["value"] in (None, ""):
            return None
        found = answer["value"]
        if isinstance(found, list):
            return ", ".join(str(v) for v in found)
        if isinstance(found, bool):
            return _("Yes") if found else _("No")
        if answer["type"] == "number":
            try:
                return Decimal(str(found))
            except ArithmeticError:
                return found
        return found

    return value


def _review_value(reviewer_id, read):
    def value(application):
        for assignment in application.assignments.all():
            if assignment.reviewer_id == reviewer_id and hasattr(assignment, "review"):
                return read(assignment.review)
        return None

    return value


def _xlsx_value(value):
    if isinstance(value, datetime.datetime):
        return timezone.make_naive(value, datetime.UTC) if timezone.is_aware(value) else value
    if value is None:
        return None
    if isinstance(value, Decimal | int | float):
        return value
    return str(value)


def _csv_value(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)
