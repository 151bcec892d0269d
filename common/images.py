"""Uploaded images: real JPEG, PNG or WebP files of bounded size, stored without metadata.

The format is read from the decoded content, never from the file name. On save the image is
re-encoded in its own format with its EXIF orientation applied, so EXIF (with GPS position),
XMP, comments and text chunks are not kept. An embedded colour profile (which can carry any
bytes) is not kept either: the pixels are converted from it to sRGB, what browsers assume for
an image without one; a profile that cannot be read is dropped. Animated images keep their
first frame.

Importing this module sets two process-wide Pillow limits, so that no Pillow use on the site
(validation here, renditions elsewhere) decodes an image larger than the largest one accepted:
``PIL.Image.MAX_IMAGE_PIXELS`` and ``DecompressionBombWarning`` raised as an error.
"""

import logging
import warnings
from io import BytesIO
from pathlib import PurePath
from typing import NamedTuple

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from imagekit.models import ImageSpecField
from imagekit.models.fields.utils import ImageSpecFileDescriptor
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError
from pilkit.processors import ResizeToFit

from common.uploads import MB, check_size, format_limit

logger = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 5 * MB
MAX_IMAGE_PIXELS = 40_000_000

Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)

# Pillow's readers tried on an upload; no other format gets a chance to parse it.
OPEN_FORMATS = ("JPEG", "PNG", "WEBP")
# Pillow's name for an opened image's format -> the format it is saved in, and its extension.
# MPO is how the JPEG reader names the multi-picture JPEG files many phone cameras write.
SAVE_AS = {
    "JPEG": ("JPEG", ".jpg"),
    "MPO": ("JPEG", ".jpg"),
    "PNG": ("PNG", ".png"),
    "WEBP": ("WEBP", ".webp"),
}
SAVE_OPTIONS = {"JPEG": {"quality": 90}, "PNG": {}, "WEBP": {"quality": 90}}
# What a re-encoded image keeps: how its pixels look, nothing about who, where or with what.
KEPT_INFO = ("transparency",)
ACCEPT = "image/jpeg,image/png,image/webp"

ERRORS = {
    "invalid": _("The file is not a JPEG, PNG or WebP image."),
    "damaged": _("The image file is damaged or incomplete."),
    "too_large": _("The image is larger than %(limit)s MB."),
    "too_many_pixels": _("The image has too many pixels (max %(limit)s megapixels)."),
}


def _too_many_pixels(max_pixels):
    return ValidationError(
        ERRORS["too_many_pixels"],
        code="too_many_pixels",
        params={"limit": format_limit(max_pixels / 1_000_000)},
    )


def open_image(file, *, max_bytes=MAX_IMAGE_BYTES, max_pixels=MAX_IMAGE_PIXELS):
    """Decode ``file`` if it is a JPEG, PNG or WebP image within the limits.

    Returns the loaded ``PIL.Image.Image``; raises ``ValidationError`` with a message for the
    editor otherwise. The byte and pixel limits are checked before any pixel is decoded.
    """
    check_size(file, max_bytes, ERRORS["too_large"])
    # Pillow reads a copy (bounded by the check above): closing the image never closes the
    # upload, and the upload's position is left at the start for whoever reads it next.
    file.seek(0)
    data = BytesIO(file.read())
    file.seek(0)
    try:
        image = Image.open(data, formats=OPEN_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_many_pixels(max_pixels) from exc
    except UnidentifiedImageError as exc:
        raise ValidationError(ERRORS["invalid"], code="invalid_image") from exc
    except Exception as exc:  # recognised, but Pillow cannot read it (errors vary by format)
        raise ValidationError(ERRORS["damaged"], code="damaged_image") from exc
    if image.width * image.height > max_pixels:
        raise _too_many_pixels(max_pixels)
    try:
        image.load()
    except Exception as exc:
        raise ValidationError(ERRORS["damaged"], code="damaged_image") from exc
    return image


def in_srgb(image, profile):
    """``image`` with its pixels converted from the embedded ``profile`` to sRGB (``image`` as
    it is when there is none, or when the profile cannot be used)."""
    if not profile:
        return image
    try:
        source = ImageCms.ImageCmsProfile(BytesIO(profile))
        target_mode = "RGBA" if "A" in image.getbands() else "RGB"
        if image.mode not in ("RGB", "RGBA", "CMYK", "L"):
            image = image.convert(target_mode)
        return ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode=target_mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


def reencode_image(file, *, max_bytes=MAX_IMAGE_BYTES, max_pixels=MAX_IMAGE_PIXELS):
    """A clean copy of the image ``file``: same format, upright, without metadata.

    Returns a ``ContentFile`` named like ``file`` with the extension of its real format.
    Raises ``ValidationError`` as ``open_image`` does.
    """
    with open_image(file, max_bytes=max_bytes, max_pixels=max_pixels) as image:
        save_format, extension = SAVE_AS[image.format]
        keep = {key: image.info[key] for key in KEPT_INFO if key in image.info}
        upright = in_srgb(ImageOps.exif_transpose(image), image.info.get("icc_profile"))
        if save_format == "JPEG" and upright.mode not in ("RGB", "L", "CMYK"):
            upright = upright.convert("RGB")
    upright.info = {}  # Pillow writes some metadata from info (a JPEG comment) unless it is gone.
    output = BytesIO()
    upright.save(output, save_format, **keep, **SAVE_OPTIONS[save_format])
    name = PurePath(file.name or "image").stem + extension
    return ContentFile(output.getvalue(), name=name)


class ValidatedImageFormField(forms.FileField):
    """Upload field that accepts only what ``open_image`` accepts."""

    def __init__(self, *, max_bytes=MAX_IMAGE_BYTES, max_pixels=MAX_IMAGE_PIXELS, **kwargs):
        self.max_bytes = max_bytes
        self.max_pixels = max_pixels
        super().__init__(**kwargs)

    def to_python(self, data):
        file = super().to_python(data)
        if file is not None:
            open_image(file, max_bytes=self.max_bytes, max_pixels=self.max_pixels).close()
        return file

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = ACCEPT
        return attrs


class ValidatedImageField(models.ImageField):
    """An ``ImageField`` for JPEG, PNG or WebP uploads within limits, stored re-encoded.

    ``max_bytes`` (default 5 MB) and ``max_pixels`` (default 40 megapixels, which is also the
    most any field may allow) bound what its form field accepts. A new file is re-encoded
    when the model is saved, whether it came from a form or from code.
    """

    def __init__(self, *args, max_bytes=MAX_IMAGE_BYTES, max_pixels=MAX_IMAGE_PIXELS, **kwargs):
        if max_pixels > MAX_IMAGE_PIXELS:
            raise ValueError(f"max_pixels may not exceed MAX_IMAGE_PIXELS ({MAX_IMAGE_PIXELS}).")
        self.max_bytes = max_bytes
        self.max_pixels = max_pixels
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.max_bytes != MAX_IMAGE_BYTES:
            kwargs["max_bytes"] = self.max_bytes
        if self.max_pixels != MAX_IMAGE_PIXELS:
            kwargs["max_pixels"] = self.max_pixels
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(
            **{
                "form_class": ValidatedImageFormField,
                "max_bytes": self.max_bytes,
                "max_pixels": self.max_pixels,
                **kwargs,
            }
        )

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            clean = reencode_image(file, max_bytes=self.max_bytes, max_pixels=self.max_pixels)
            file.save(clean.name, clean, save=False)
        if not add and model_instance.pk is not None:
            self._forget_replaced(model_instance, file.name if file else "")
        return super().pre_save(model_instance, add)

    def _forget_replaced(self, model_instance, new_name):
        """A replaced or removed image leaves the storage with its renditions once the save is
        committed: nothing public stays behind under an address someone may have kept."""
        model = type(model_instance)
        old_name = (
            model._base_manager.filter(pk=model_instance.pk)
            .values_list(self.attname, flat=True)
            .first()
        )
        # A restored version may name a file that is gone: then the current one stays.
        if old_name and old_name != new_name and (not new_name or self.storage.exists(new_name)):
            files = [(self.storage, old_name), *renditions_of(model, self.name, old_name)]
            transaction.on_commit(lambda: delete_files(files))


def renditions_of(model, field_name, file_name):
    """(storage, name) of each imagekit rendition ``model`` makes of ``file_name`` in its field
    ``field_name``."""
    probe = model(**{field_name: file_name})
    for klass in model.__mro__:
        for attribute in vars(klass).values():
            if (
                isinstance(attribute, ImageSpecFileDescriptor)
                and attribute.source_field_name == field_name
            ):
                rendition = getattr(probe, attribute.attname)
                yield rendition.storage, rendition.name


def delete_files(files):
    for storage, name in files:
        try:
            storage.delete(name)
        except OSError:
            logger.warning("Could not delete the replaced file %s", name, exc_info=True)


# Widths of the renditions made of every photo, each as WebP and as JPEG for older browsers.
RENDITION_WIDTHS = (480, 960, 1600)
RENDITION_FORMATS = {
    "webp": ("WEBP", {"quality": 80}),
    "jpeg": ("JPEG", {"quality": 82, "optimize": True, "progressive": True}),
}


class MadeAtUpload:
    """imagekit strategy: renditions are written whenever a new photo file is saved, and a
    page only computes their addresses (no storage or cache look-up per view).

    Like imagekit's Optimistic strategy, but always writing: its state cache could otherwise
    claim that a rendition exists when the media folder no longer holds it.
    """

    def on_source_saved(self, file):
        file.generate(force=True)

    def should_verify_existence(self, file):
        return False


def rendition(width, kind):
    image_format, options = RENDITION_FORMATS[kind]
    return ImageSpecField(
        source="image",
        processors=[ResizeToFit(width=width, upscale=False)],
        format=image_format,
        options=options,
        cachefile_strategy=MadeAtUpload,
    )


class Rendition(NamedTuple):
    url: str
    width: int
    height: int


class Renditions:
    """The renditions of a model's ``image`` (declared with ``rendition()`` as ``webp_480`` …
    ``jpeg_1600``) as a page uses them: sizes, ``srcset``, a fallback and the largest.

    The image's stored dimensions are read from ``rendition_size_fields``.
    """

    rendition_size_fields = ("width", "height")

    def renditions(self, kind):
        """[Rendition] of ``kind`` ("webp" or "jpeg"), narrowest first.

        An image is never enlarged: one narrower than a width gives a rendition of its own
        width, listed once. Sizes are computed from the stored dimensions, as the resizer does.
        """
        own_width, own_height = (getattr(self, name) for name in self.rendition_size_fields)
        result = []
        for width in RENDITION_WIDTHS:
            if own_width <= width:
                size = (own_width, own_height)
            else:
                ratio = float(width) / own_width  # exactly as pilkit's ResizeToFit
                size = (round(own_width * ratio), round(own_height * ratio))
            if result and result[-1].width == size[0]:
                continue
            result.append(Rendition(getattr(self, f"{kind}_{width}").url, *size))
        return result

    def srcset(self, kind):
        return ", ".join(f"{item.url} {item.width}w" for item in self.renditions(kind))

    @property
    def srcset_webp(self):
        return self.srcset("webp")

    @property
    def srcset_jpeg(self):
        return self.srcset("jpeg")

    @property
    def fallback(self):
        """The JPEG for browsers without srcset: the middle width, or the image's own."""
        jpegs = self.renditions("jpeg")
        return jpegs[min(1, len(jpegs) - 1)]

    @property
    def large(self):
        """The largest JPEG, for viewing the image on its own."""
        return self.renditions("jpeg")[-1]
