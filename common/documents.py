"""Uploaded documents: real, readable PDF files of bounded size, and the facts shown beside them.

A PDF is accepted when it starts with ``%PDF-`` and pypdf can read its pages. One encrypted
only against changes (no password needed to open it) is accepted; one that needs a password
to open is not, since visitors could not read it.

``LanguagePdf`` is the one model of "a PDF file in one language" (an action-plan edition's
file, a publication's file, a meeting's document): the same fields under the same names, and
the facts a download link shows (pages, size) read from the file when it is uploaded.
"""

import hashlib
from pathlib import PurePath
from typing import NamedTuple

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from pypdf import PdfReader

from common.languages import EU_LANGUAGE_CHOICES, native_name
from common.uploads import MB, UnguessablePath, check_size

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


def language_pdf_path(instance, filename):
    """``upload_to`` of a ``LanguagePdf``: an unguessable path in its ``upload_folder``."""
    return UnguessablePath(instance.upload_folder)(instance, filename)


class LanguagePdf(models.Model):
    """A PDF file in one language, with its page count, size and checksum.

    A document may be written in any official EU language (``EU_LANGUAGE_CHOICES``), not only
    in the site's two. The facts are read from the file once, when it is uploaded, so no page
    ever opens a PDF to show them; a concrete model names its ``upload_folder`` (formatted by
    ``strftime``).
    """

    upload_folder = None

    language = models.CharField(
        _("language"),
        max_length=7,
        choices=EU_LANGUAGE_CHOICES,
        help_text=_("The language the document is written in."),
    )
    file = PdfFileField(
        _("PDF file"),
        upload_to=language_pdf_path,
        help_text=_("A PDF of at most 20 MB. Pages, size and checksum are read from it."),
    )
    page_count = models.PositiveIntegerField(
        pgettext_lazy("PDF", "pages"), default=0, editable=False
    )
    size_bytes = models.PositiveBigIntegerField(_("size in bytes"), default=0, editable=False)
    sha256 = models.CharField(_("SHA-256 checksum"), max_length=64, blank=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # A new upload: record what the download link shows and a checksum to verify it by.
        if self.file and not self.file._committed:
            self.set_file_info()
        super().save(*args, **kwargs)

    def set_file_info(self):
        """Read pages, size and checksum from ``file`` (``ValidationError`` if not a PDF)."""
        self.page_count, self.size_bytes, self.sha256 = pdf_info(self.file)

    @property
    def native_language_name(self):
        """The document's language named in itself, e.g. "Deutsch"."""
        return native_name(self.language)
