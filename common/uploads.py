"""What the validated upload fields share: the byte limit check and how a limit reads."""

import posixpath
import secrets
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.deconstruct import deconstructible

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


@deconstructible
class UnguessablePath:
    """``upload_to`` for files that may be seen before their page is public (a draft's photos,
    an unpublished plan edition): a random folder in the path, so that nobody finds a file at
    its media address before the page that links it is published. ``prefix`` is formatted by
    ``strftime`` like a string ``upload_to``.
    """

    def __init__(self, prefix):
        self.prefix = prefix

    def __call__(self, instance, filename):
        folder = timezone.now().strftime(self.prefix)
        return posixpath.join(folder, secrets.token_urlsafe(12), posixpath.basename(filename))

    def __eq__(self, other):
        return isinstance(other, UnguessablePath) and self.prefix == other.prefix
