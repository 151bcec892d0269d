"""Uploaded documents: real, readable PDF files of bounded size, and the facts shown beside them.

A PDF is accepted when it starts with ``%PDF-`` and pypdf can read its pages. One encrypted
only against changes (no password needed to open it) is accepted; one that needs a password
to open is not, since visitors could not read it.
"""

import hashlib
from pathlib import PurePath
from typing import NamedTuple

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader

from decode_portal.content.uploads import MB, check_size

MAX_PDF_BYTES = 20 * MB

ERRORS = {
    "invalid": _("The file is not a PDF document."),
    "encrypted": _("The PDF is protected by a password. Upload a copy that opens without one."),
    "too_large": _("The PDF is larger than %(limit)s MB."),
}


class PdfInfo(NamedTuple):
    """What a download link tells a visitor about a PDF, and a checksum to verify it."""

    page_count: int
    size_bytes: int
    sha256: str


def _page_count(file):
    """Number of pages of the PDF ``file``; ``ValidationError`` if it is not a readable PDF."""
    file.seek(0)
    if file.read(5) != b"%PDF-":
        raise ValidationError(ERRORS["invalid"], code="invalid_pdf")
    file.seek(0)
    try:
        reader = PdfReader(file)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise ValidationError(ERRORS["encrypted"], code="encrypted_pdf")
        return len(reader.pages)
    except ValidationError:
        raise
    except Exception as exc:  # pypdf raises many kinds of error for files it cannot read.
        raise ValidationError(ERRORS["invalid"], code="invalid_pdf") from exc
    finally:
        file.seek(0)


def _opens_without_password(reader):
    try:
        return bool(reader.decrypt(""))
    except Exception:  # an encryption pypdf cannot handle is as good as a password here
        return False


def check_pdf(file, *, max_bytes=MAX_PDF_BYTES):
    """Raise ``ValidationError`` unless ``file`` is a readable PDF of at most ``max_bytes``."""
    check_size(file, max_bytes, ERRORS["too_large"])
    _page_count(file)


def pdf_info(file):
    """``(page_count, size_bytes, sha256_hex)`` of a PDF given as a Django ``File``.

    Works on an upload before it is stored and on a stored ``FieldFile``, which it leaves
    closed if it found it closed. Raises ``ValidationError`` if it is not a readable PDF.
    """
    was_closed = file.closed
    if was_closed:
        file.open("rb")
    try:
        page_count = _page_count(file)
        digest = hashlib.sha256()
        size = 0
        for chunk in file.chunks():
            digest.update(chunk)
            size += len(chunk)
    finally:
        if was_closed:
            file.close()
        else:
            file.seek(0)
    return PdfInfo(page_count=page_count, size_bytes=size, sha256=digest.hexdigest())


class PdfFormField(forms.FileField):
    """Upload field that accepts only a readable PDF of at most ``max_bytes``."""

    def __init__(self, *, max_bytes=MAX_PDF_BYTES, **kwargs):
        self.max_bytes = max_bytes
        super().__init__(**kwargs)

    def to_python(self, data):
        file = super().to_python(data)
        if file is not None:
            check_pdf(file, max_bytes=self.max_bytes)
        return file

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = "application/pdf"
        return attrs


class PdfFileField(models.FileField):
    """A ``FileField`` for PDF documents of at most ``max_bytes`` (default 20 MB).

    Its form field accepts only readable PDFs; stored names always end in ``.pdf``, so the
    file is served as a PDF whatever it was called on the editor's computer.
    """

    def __init__(self, *args, max_bytes=MAX_PDF_BYTES, **kwargs):
        self.max_bytes = max_bytes
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.max_bytes != MAX_PDF_BYTES:
            kwargs["max_bytes"] = self.max_bytes
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(
            **{"form_class": PdfFormField, "max_bytes": self.max_bytes, **kwargs}
        )

    def generate_filename(self, instance, filename):
        path = PurePath(filename)
        if path.suffix != ".pdf":
            filename = str(path.with_suffix(".pdf"))
        return super().generate_filename(instance, filename)
