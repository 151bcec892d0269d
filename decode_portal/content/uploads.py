"""What the validated upload fields share: the byte limit check and how a limit reads."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import formats

MB = 1024 * 1024


def format_limit(value):
    """``value`` with at most two decimals and no trailing zeros, in the active language."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return formats.number_format(Decimal(text))


def check_size(file, max_bytes, message):
    """Raise ``message`` (which reads ``%(limit)s`` megabytes) if ``file`` exceeds ``max_bytes``."""
    if file.size > max_bytes:
        raise ValidationError(
            message, code="too_large", params={"limit": format_limit(max_bytes / MB)}
        )
