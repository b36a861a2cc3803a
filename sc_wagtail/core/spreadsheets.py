"""Spreadsheet exports people can open safely.

A CSV cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as
a formula by Excel, LibreOffice and Google Sheets: text typed by an applicant could run a
formula on a manager's machine. Such cells are written with a leading apostrophe, which
spreadsheets show as text. (Wagtail's XLSX writer already stores them as text cells.)
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class TextCellsMixin:
    """For Wagtail's SpreadsheetExportMixin (index views, and exports built elsewhere)."""

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: as_text(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )
