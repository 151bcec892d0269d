"""Counted downloads: serve a stored file and add one to its count, keeping nothing personal.

Every model whose files visitors download (the action plan's editions, the news app's
publications) uses the same two pieces:

``CountedDownload``
    An abstract model that adds a ``downloads`` counter and ``count_download()``, which adds one
    in the database with ``UPDATE … SET downloads = downloads + 1``: concurrent downloads on any
    number of processes never lose a count, and no IP address, cookie or time is stored.

``serve_counted_download(request, document, filename=...)``
    The response for a download view: counts the download (GET only: a HEAD request or a link
    preview asking for headers is not a download), then streams the file with
    ``Content-Type``, ``Content-Length`` and a ``Content-Disposition`` that carries a clean
    ASCII ``filename`` for old clients and the exact UTF-8 name as RFC 5987 ``filename*``.
    The view decides which methods it accepts (``require_safe``: GET and HEAD).

A view then reads, for example::

    def download(request, version, language):
        document = get_object_or_404(PlanDocument.objects.published(), ...)
        return serve_counted_download(request, document, filename=document.download_filename)
"""

import logging
import re
import unicodedata
from urllib.parse import quote

from django.db import models
from django.db.models import F
from django.http import FileResponse, Http404, HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


class CountedDownload(models.Model):
    """A downloadable thing whose downloads are counted (as a total, nothing per visitor)."""

    downloads = models.PositiveIntegerField(
        _("downloads"),
        default=0,
        editable=False,
        help_text=_(
            "How many times the file was downloaded from the site. No visitor data is kept."
        ),
    )

    class Meta:
        abstract = True

    def count_download(self):
        """Add one to the stored count in a single atomic UPDATE (never read-modify-write)."""
        type(self)._base_manager.filter(pk=self.pk).update(downloads=F("downloads") + 1)


# Letters of the partners' languages that Unicode does not decompose into letter + accent.
_TRANSLITERATE = str.maketrans(
    {
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "Đ": "D",
        "đ": "d",
        "ß": "ss",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
        "Þ": "Th",
        "þ": "th",
        "ı": "i",
    }
)


def ascii_filename(filename):
    """``filename`` reduced to safe ASCII: accents dropped, anything odd turned into "-"."""
    decomposed = unicodedata.normalize("NFKD", filename.translate(_TRANSLITERATE))
    plain = decomposed.encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"[^A-Za-z0-9._-]+", "-", plain).strip("-.")
    return re.sub(r"-{2,}", "-", plain) or "download"


def attachment_header(filename):
    """A ``Content-Disposition`` for ``filename`` that every browser saves under a good name."""
    return "attachment; filename=\"{}\"; filename*=UTF-8''{}".format(
        ascii_filename(filename), quote(filename, safe="")
    )


def serve_counted_download(
    request,
    document,
    *,
    filename,
    file_field="file",
    content_type="application/pdf",
):
    """Count one download of ``document`` and stream its ``file_field`` as an attachment.

    ``document`` is a ``CountedDownload``. A missing file gives 404 (and a log line for the
    editors) without counting.
    """
    field_file = getattr(document, file_field)
    if not field_file:
        raise Http404("No file")
    try:
        if request.method == "HEAD":
            # The headers only: the file is not opened, and asking is not downloading.
            response = HttpResponse(content_type=content_type)
            response["Content-Length"] = field_file.storage.size(field_file.name)
        else:
            response = FileResponse(
                field_file.storage.open(field_file.name, "rb"), content_type=content_type
            )
            document.count_download()
    except FileNotFoundError as exc:
        logger.error("Download of %r: its file %s is missing", document, field_file.name)
        raise Http404("File missing") from exc
    response["Content-Disposition"] = attachment_header(filename)
    # Every download must reach the site to be counted: no shared or browser caching.
    add_never_cache_headers(response)
    return response
