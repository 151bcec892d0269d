from django.db import models

from decode_portal.content.documents import PdfFileField
from decode_portal.content.images import ValidatedImageField
from decode_portal.content.uploads import MB


class Photo(models.Model):
    """An image with its stored dimensions, and a small one with tighter limits."""

    image = ValidatedImageField(
        upload_to="photos/", width_field="width", height_field="height", blank=True
    )
    width = models.PositiveIntegerField(null=True, editable=False)
    height = models.PositiveIntegerField(null=True, editable=False)
    thumbnail = ValidatedImageField(
        upload_to="thumbnails/", blank=True, max_bytes=MB // 2, max_pixels=100 * 100
    )

    def __str__(self):
        return self.image.name


class Document(models.Model):
    """A PDF, and a small one with a tighter size limit."""

    file = PdfFileField(upload_to="documents/", blank=True)
    leaflet = PdfFileField(upload_to="leaflets/", blank=True, max_bytes=MB // 2)

    def __str__(self):
        return self.file.name
