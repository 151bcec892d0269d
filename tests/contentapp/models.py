from django.db import models
from django.urls import reverse

from common.documents import PdfFileField
from common.images import ValidatedImageField
from common.models import TimestampedModel
from common.publishing import Publishable, PublishableQuerySet
from common.richtext import RichTextField
from common.uploads import MB


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


class Article(Publishable, TimestampedModel):
    """A publishable, translated text tagged with partners: the shape of a press release.

    Exercises the editorial building blocks (publishing, preview, history, partner editors,
    translation dashboard) independently of the content apps.
    """

    slug = models.SlugField(unique=True)
    title = models.CharField("title", max_length=200)
    summary = models.TextField("summary", blank=True)
    body = RichTextField("text")
    partners = models.ManyToManyField("partners.Partner", blank=True, related_name="articles")

    publish_requires = ("body",)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})


class Practice(Publishable):
    """A publishable text contributed by one partner: the shape of a good practice."""

    partner = models.ForeignKey("partners.Partner", on_delete=models.PROTECT, related_name="+")
    title = models.CharField("title", max_length=200)
    body = RichTextField("text")

    objects = PublishableQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.title
