"""Image uploads: only real JPEG, PNG or WebP within limits, stored re-encoded without metadata."""

import io
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import modelform_factory
from django.urls import reverse
from django.utils import translation
from PIL import ExifTags, Image, ImageCms, PngImagePlugin

from common.images import (
    MAX_IMAGE_PIXELS,
    ValidatedImageField,
    ValidatedImageFormField,
    open_image,
)
from common.uploads import MB
from tests.contentapp.models import Photo

PhotoForm = modelform_factory(Photo, fields=["image", "thumbnail"])
GPS_LATITUDE = (56.0, 57.0, 3.0)


def image_bytes(image_format, size=(40, 20), mode="RGB", **save_options):
    buffer = io.BytesIO()
    Image.new(mode, size, "red" if mode == "RGB" else 0).save(buffer, image_format, **save_options)
    return buffer.getvalue()


def phone_exif():
    """EXIF as a phone writes it: camera make, position, and "rotate 90° clockwise to view"."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Phone"
    exif[ExifTags.Base.Orientation] = 6
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
    return exif


def noise_image(size, image_format="PNG"):
    """An image of random pixels: it does not compress, so its bytes follow its pixel count."""
    pixels = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    return image_bytes_from(pixels, image_format)


def image_bytes_from(image, image_format="PNG", **save_options):
    buffer = io.BytesIO()
    image.save(buffer, image_format, **save_options)
    return buffer.getvalue()


def submit(field="image", name="photo.jpg", data=b""):
    return PhotoForm(data={}, files={field: SimpleUploadedFile(name, data)})


def stored_image(field_file):
    with field_file.open("rb"):
        image = Image.open(io.BytesIO(field_file.read()))
        image.load()
    return image


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "name", "stored_format", "stored_suffix"),
    [
        (image_bytes("JPEG"), "photo.jpg", "JPEG", ".jpg"),
        (image_bytes("PNG"), "photo.png", "PNG", ".png"),
        (image_bytes("WEBP"), "photo.webp", "WEBP", ".webp"),
        (
            image_bytes("MPO", save_all=True, append_images=[Image.new("RGB", (40, 20))]),
            "photo.jpeg",
            "JPEG",
            ".jpg",
        ),
        (image_bytes("PNG"), "named-as-jpeg.jpg", "PNG", ".png"),
    ],
)
def test_image_form_accepts_format_and_stores_it_under_its_real_extension(
    data, name, stored_format, stored_suffix
):
    form = submit(name=name, data=data)

    assert form.is_valid(), form.errors
    photo = form.save()

    assert photo.image.name.startswith("photos/")
    assert photo.image.name.endswith(stored_suffix)
    assert stored_image(photo.image).format == stored_format
    assert (photo.width, photo.height) == (40, 20)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("animation.gif", image_bytes("GIF")),
        ("picture.bmp", image_bytes("BMP")),
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
            b'<script>alert(1)</script><rect width="40" height="20"/></svg>',
        ),
        ("notes.jpg", b"Meeting notes, not a photo.\n"),
    ],
)
def test_image_form_rejects_file_that_is_not_jpeg_png_or_webp(english, name, data):
    form = submit(name=name, data=data)

    assert not form.is_valid()
    assert form.errors == {"image": ["The file is not a JPEG, PNG or WebP image."]}


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_image_form_rejects_truncated_image(english, image_format):
    data = noise_image((64, 64), image_format)

    form = submit(data=data[: len(data) * 2 // 3])

    assert form.errors == {"image": ["The image file is damaged or incomplete."]}


def test_image_form_rejects_image_cut_after_its_header(english):
    form = submit(name="photo.png", data=image_bytes("PNG")[:16])

    assert form.errors == {"image": ["The image file is damaged or incomplete."]}


def test_image_form_rejects_empty_file(english):
    form = submit(data=b"")

    assert form.errors == {"image": ["The submitted file is empty."]}


def test_image_form_rejects_file_over_default_byte_limit_before_decoding(english):
    data = image_bytes("PNG") + b"\0" * (5 * MB)

    form = submit(data=data)

    assert form.errors == {"image": ["The image is larger than 5 MB."]}


def test_image_form_applies_field_byte_limit(english):
    data = noise_image((500, 500))
    assert len(data) > MB // 2

    form = submit(field="thumbnail", data=data)

    assert form.errors == {"thumbnail": ["The image is larger than 0.5 MB."]}


@pytest.mark.parametrize(
    "size",
    [
        (10_000, 10_000),  # 100 megapixels: more than twice Pillow's ceiling, a hard error
        (8_000, 6_000),  # 48 megapixels: above the ceiling, where Pillow only warns
    ],
)
def test_image_form_rejects_decompression_bomb(english, size):
    data = image_bytes("PNG", size=size, mode="1", optimize=True)
    assert len(data) < 13 * 1024  # tiny on disk, huge once decoded

    form = submit(name="bomb.png", data=data)

    assert form.errors == {"image": ["The image has too many pixels (max 40 megapixels)."]}


def test_image_form_applies_field_pixel_limit(english):
    form = submit(field="thumbnail", data=image_bytes("PNG", size=(101, 100)))

    assert form.errors == {"thumbnail": ["The image has too many pixels (max 0.01 megapixels)."]}


@pytest.mark.django_db
def test_image_form_accepts_image_at_field_pixel_limit():
    form = submit(field="thumbnail", data=image_bytes("PNG", size=(100, 100)))

    assert form.is_valid(), form.errors


def test_pillow_pixel_ceiling_is_the_site_limit():
    assert Image.MAX_IMAGE_PIXELS == MAX_IMAGE_PIXELS == 40_000_000


def test_importing_images_makes_pillow_refuse_oversized_images_in_the_whole_process():
    # A fresh interpreter without the test suite's "warnings are errors" filter.
    code = (
        "import io; from PIL import Image; import common.images; "
        "data = io.BytesIO(); Image.new('1', (8000, 6000)).save(data, 'PNG'); Image.open(data)"
    )

    result = subprocess.run(
        [sys.executable, "-W", "default", "-c", code],
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        check=False,
    )

    assert result.returncode == 1
    assert "DecompressionBombWarning: Image size (48000000 pixels) exceeds limit" in result.stderr


def test_image_field_refuses_pixel_limit_above_ceiling():
    with pytest.raises(ValueError, match="max_pixels"):
        ValidatedImageField(max_pixels=MAX_IMAGE_PIXELS + 1)


def test_image_form_field_offers_only_accepted_types():
    field = Photo._meta.get_field("image").formfield()

    assert isinstance(field, ValidatedImageFormField)
    assert field.widget.attrs["accept"] == "image/jpeg,image/png,image/webp"


@pytest.mark.django_db
def test_saved_jpeg_is_upright_and_has_no_exif_gps_comment_or_xmp():
    data = image_bytes(
        "JPEG",
        exif=phone_exif(),
        comment=b"Home address",
        xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/">GPS 56.95</x:xmpmeta>',
    )
    original = Image.open(io.BytesIO(data))
    assert original.getexif().get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] == (
        GPS_LATITUDE
    )

    form = submit(data=data)
    assert form.is_valid(), form.errors
    photo = form.save()

    stored = stored_image(photo.image)
    assert stored.size == (20, 40)
    assert (photo.width, photo.height) == (20, 40)
    assert not stored.getexif()
    assert not stored.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert {"exif", "xmp", "comment"}.isdisjoint(stored.info)
    with photo.image.open("rb"):
        raw = photo.image.read()
    assert b"Home address" not in raw
    assert b"GPS 56.95" not in raw


@pytest.mark.django_db
def test_saved_png_and_webp_have_no_metadata():
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "Home address")
    png = image_bytes("PNG", exif=phone_exif(), pnginfo=text)
    webp = image_bytes("WEBP", exif=phone_exif(), xmp=b"<x:xmpmeta>GPS 56.95</x:xmpmeta>")

    form = PhotoForm(
        data={},
        files={
            "image": SimpleUploadedFile("photo.png", png),
            "thumbnail": SimpleUploadedFile("photo.webp", webp),
        },
    )
    assert form.is_valid(), form.errors
    photo = form.save()

    stored_png, stored_webp = stored_image(photo.image), stored_image(photo.thumbnail)
    assert stored_png.info == {}
    assert stored_png.size == (20, 40)
    assert {"exif", "xmp"}.isdisjoint(stored_webp.info)
    assert stored_webp.size == (20, 40)


@pytest.mark.django_db
def test_saved_image_drops_data_appended_after_the_image():
    form = submit(data=image_bytes("JPEG") + b"<script>alert(1)</script>")
    assert form.is_valid(), form.errors
    photo = form.save()

    with photo.image.open("rb"):
        assert b"<script>" not in photo.image.read()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "profile",
    [
        ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
        b"not a colour profile <script>alert(1)</script>" * 20,
    ],
    ids=["srgb", "garbage"],
)
def test_saved_image_keeps_no_embedded_colour_profile(profile):
    data = image_bytes("JPEG", icc_profile=profile)

    form = submit(data=data)
    assert form.is_valid(), form.errors
    photo = form.save()

    stored = stored_image(photo.image)
    assert "icc_profile" not in stored.info
    with photo.image.open("rb"):
        assert b"<script>" not in photo.image.read()
    assert stored.mode == "RGB"


@pytest.mark.django_db
def test_an_image_keeps_its_colours_when_its_profile_is_converted_away():
    image = Image.new("RGB", (8, 8), (200, 40, 40))
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    output = io.BytesIO()
    image.save(output, "PNG", icc_profile=srgb)

    form = submit(data=output.getvalue(), name="red.png")
    assert form.is_valid(), form.errors
    stored = stored_image(form.save().image)

    assert "icc_profile" not in stored.info
    red, green, blue = stored.convert("RGB").getpixel((4, 4))[:3]
    assert abs(red - 200) <= 2 and abs(green - 40) <= 2 and abs(blue - 40) <= 2


@pytest.mark.django_db
def test_saved_png_keeps_transparency():
    image = Image.new("P", (4, 4), 0)
    data = image_bytes_from(image, transparency=0)

    form = submit(name="icon.png", data=data)
    assert form.is_valid(), form.errors
    photo = form.save()

    assert stored_image(photo.image).info["transparency"] == 0


@pytest.mark.django_db
def test_image_assigned_in_code_is_reencoded_on_save():
    photo = Photo(image=ContentFile(image_bytes("JPEG", exif=phone_exif()), name="upload.jpeg"))

    photo.save()

    assert photo.image.name.endswith(".jpg")
    assert not stored_image(photo.image).getexif()
    assert (photo.width, photo.height) == (20, 40)


@pytest.mark.django_db
def test_invalid_image_assigned_in_code_is_refused_on_save(english, media_root):
    photo = Photo(image=ContentFile(b"not an image", name="upload.jpg"))

    with pytest.raises(ValidationError) as error:
        photo.save()

    assert error.value.messages == ["The file is not a JPEG, PNG or WebP image."]
    assert photo.pk is None
    assert not list(media_root.rglob("*.*"))


@pytest.mark.django_db
def test_stored_image_is_not_reencoded_again_on_later_saves():
    photo = Photo.objects.create(image=ContentFile(image_bytes("JPEG"), name="a.jpg"))
    name = photo.image.name

    photo.save()

    assert photo.image.name == name


def test_open_image_reads_format_from_content_not_name():
    upload = SimpleUploadedFile("photo.webp", image_bytes("PNG"))

    with open_image(upload) as image:
        assert image.format == "PNG"
    assert upload.tell() == 0


@pytest.mark.django_db
def test_admin_upload_of_decompression_bomb_shows_message_not_error_page(admin_client):
    bomb = SimpleUploadedFile("bomb.png", image_bytes("PNG", (10_000, 10_000), "1", optimize=True))

    with translation.override("en"):
        response = admin_client.post(reverse("admin:contentapp_photo_add"), {"image": bomb})
        errors = response.context["adminform"].form.errors  # lazy messages: read them in English

        assert response.status_code == 200
        assert errors == {"image": ["The image has too many pixels (max 40 megapixels)."]}
    assert not Photo.objects.exists()


@pytest.mark.django_db
def test_a_replaced_photo_leaves_the_storage_with_its_renditions(
    django_capture_on_commit_callbacks,
):
    from tests.factories import EventPhotoFactory, jpeg_bytes

    photo = EventPhotoFactory()
    storage = photo.image.storage
    old = [photo.image.name, *(rendition.name for rendition in (photo.webp_480, photo.jpeg_960))]
    assert all(storage.exists(name) for name in old)

    with django_capture_on_commit_callbacks(execute=True):
        photo.image = ContentFile(jpeg_bytes(color=(200, 0, 0)), name="new.jpg")
        photo.save()

    photo.refresh_from_db()
    assert not any(storage.exists(name) for name in old)
    assert storage.exists(photo.image.name)
    assert storage.exists(photo.jpeg_960.name)


@pytest.mark.django_db
def test_restoring_an_older_version_keeps_the_current_photo_file(
    django_capture_on_commit_callbacks,
):
    import reversion
    from reversion.models import Version

    from tests.factories import EventPhotoFactory, jpeg_bytes

    photo = EventPhotoFactory()
    with reversion.create_revision():
        photo.event.save()  # the event's version follows its photos
    with django_capture_on_commit_callbacks(execute=True):
        photo.image = ContentFile(jpeg_bytes(color=(0, 90, 0)), name="newer.jpg")
        photo.save()
    current = photo.image.name

    with django_capture_on_commit_callbacks(execute=True):
        Version.objects.get_for_object(photo.event).get().revision.revert()

    assert photo.image.storage.exists(current)
