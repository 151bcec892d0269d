"""Back up, wipe, restore: every row (translations and counters included) and every file return."""

import io
import tarfile

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection

from operations.backups import database_is_empty, media_inventory, read_manifest
from pages.models import Page
from tests.contentapp.models import Document

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def snapshot():
    """Every row of every model, serialised field by field (many-to-many included)."""
    return {
        model._meta.label: serializers.serialize("json", model._base_manager.order_by("pk"))
        for model in apps.get_models()
    }


def wipe_database():
    tables = connection.introspection.table_names()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("DROP SCHEMA public CASCADE")
            cursor.execute("CREATE SCHEMA public")
        else:
            cursor.execute("PRAGMA foreign_keys = OFF")
            for table in tables:
                cursor.execute(f'DROP TABLE "{table}"')
            cursor.execute("PRAGMA foreign_keys = ON")
    ContentType.objects.clear_cache()


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def site_content(media):
    call_command("demo", verbosity=0)
    Document.objects.create(file=ContentFile(PDF, name="rīcības-plāns.pdf"))
    default_storage.save("partners/logos/daugavpils.png", ContentFile(b"\x89PNG\r\n\x1a\n" * 8))
    # Download counters (whichever models have one) hold numbers no fresh row would have.
    for model in apps.get_models():
        if any(field.name == "downloads" for field in model._meta.fields):
            for number, pk in enumerate(model._base_manager.values_list("pk", flat=True), 7):
                model._base_manager.filter(pk=pk).update(downloads=number)


@pytest.mark.django_db(transaction=True)
def test_backup_wipe_restore_brings_back_every_row_and_file(site_content, media, tmp_path):
    Page.objects.filter(key="about").update(title_en="About DeCoDe — “quoted”", title_lv="Par ā")
    rows = snapshot()
    files = media_inventory()
    assert len(files) == 2

    call_command("backup", output=str(tmp_path / "backups"), stdout=io.StringIO())
    [archive] = (tmp_path / "backups").glob("decode-backup-*.tar.gz")
    manifest = read_manifest(archive)
    assert manifest["database"] == connection.vendor
    assert manifest["counts"]["pages.Page"] == 5  # the four standing pages and easy-read
    assert "0001_initial" in manifest["migrations"]["decode_portal"]
    assert manifest["media"] == files
    with tarfile.open(archive) as contents:
        names = contents.getnames()
    assert "manifest.json" in names
    assert {"database.pgdump", "database.sqlite3"} & set(names)

    wipe_database()
    for name in files:
        default_storage.delete(name)
    assert database_is_empty()
    assert media_inventory() == {}

    out = io.StringIO()
    call_command("restore", str(archive), stdout=out)
    assert "all as in the manifest" in out.getvalue()
    assert snapshot() == rows
    assert media_inventory() == files
    about = Page.objects.get(key="about")
    assert (about.title_lv, about.title_en) == ("Par ā", "About DeCoDe — “quoted”")
    with Document.objects.get().file.open("rb") as restored:
        assert restored.read() == PDF


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_database_that_is_not_empty(media, tmp_path):
    from pages import demo as pages

    pages.load()
    call_command("backup", output=str(tmp_path), stdout=io.StringIO())
    [archive] = tmp_path.glob("decode-backup-*.tar.gz")
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(archive))


@pytest.mark.django_db(transaction=True)
def test_archives_are_private_and_hold_no_sessions_nor_login_records(media, tmp_path):
    from axes.models import AccessAttempt
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session

    from pages import demo as pages

    pages.load()
    session = SessionStore()
    session["_auth_user_id"] = "1"
    session.create()
    AccessAttempt.objects.create(
        username="redaktore", ip_address="203.0.113.7", failures_since_start=2
    )

    call_command("backup", output=str(tmp_path / "backups"), stdout=io.StringIO())
    [archive] = (tmp_path / "backups").glob("decode-backup-*.tar.gz")

    assert archive.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "backups").stat().st_mode & 0o777 == 0o700
    with tarfile.open(archive) as contents:
        assert {member.mode for member in contents.getmembers()} == {0o600}
        dump = next(m for m in contents.getmembers() if m.name.startswith("database."))
        dumped = contents.extractfile(dump).read()
    if dump.name.endswith(".sqlite3"):  # readable as it is: the key is nowhere in it
        assert session.session_key.encode() not in dumped
    assert read_manifest(archive)["counts"]["sessions.Session"] == 0

    wipe_database()
    call_command("restore", str(archive), stdout=io.StringIO())

    assert Session.objects.count() == 0
    assert AccessAttempt.objects.count() == 0
    assert Page.objects.filter(key="about").exists()
