"""Errors shown on a block's own fields in the editor."""

from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError


def field_errors(**errors):
    """A StructBlock error with a message on each named child field."""
    return StructBlockValidationError(
        block_errors={name: ValidationError(message) for name, message in errors.items()}
    )
