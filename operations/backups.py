"""One dated archive with the database and the uploaded files, and the way back from it.

The archive (``decode-backup-<UTC time>.tar.gz``) holds:

``manifest.json``
    when it was made, the database vendor, the applied migrations, the number of rows of every
    model and the size and SHA-256 of every uploaded file;
``database.pgdump`` or ``database.sqlite3``
    PostgreSQL: ``pg_dump -Fc`` (restored with ``pg_restore``, which must be at least the
    server's version); SQLite: a consistent copy made with SQLite's online backup API;
``media/…``
    every file of the default storage (the media folder, or the bucket when S3 is configured).

A restore goes into an empty database only, and checks the result against the manifest.

An archive opens the whole site, so it is written readable by its owner only (mode 0600, in a
folder only the owner may enter), and it leaves out what is live or personal and not content:
sessions (their keys sign a browser into the admin) and django-axes' records of login attempts.
Their tables come back empty; the manifest counts them as such.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import django
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA_PREFIX = "media/"
DUMP_NAMES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
# Rows no archive holds: live session keys and login-attempt logs (see the docstring).
LEFT_OUT = ["sessions.Session", "axes.AccessAttempt", "axes.AccessLog", "axes.AccessFailureLog"]


def left_out_tables():
    tables = []
    for label in LEFT_OUT:
        try:
            tables.append(apps.get_model(label)._meta.db_table)
        except LookupError:  # an app the site does not install
            continue
    return tables


class BackupError(Exception):
    pass


# What a manifest records, and what a restore is checked against


def model_counts():
    """Rows per model, for every model whose table exists."""
    tables = set(connection.introspection.table_names())
    left_out = set(left_out_tables())
    return {
        model._meta.label: 0 if model._meta.db_table in left_out else model._base_manager.count()
        for model in sorted(apps.get_models(include_auto_created=True), key=lambda m: m._meta.label)
        if model._meta.db_table in tables
    }


def applied_migrations():
    recorder = MigrationRecorder(connection)
    applied = {}
    for app, name in sorted(recorder.applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def media_files(storage=default_storage, directory=""):
    """Every file name in ``storage``, sorted, as POSIX paths."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return []
    names = [str(PurePosixPath(directory, name)) for name in files]
    for sub in directories:
        names.extend(media_files(storage, str(PurePosixPath(directory, sub))))
    return sorted(names)


def _sha256(handle):
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1024 * 1024), b""):
        digest.update(chunk)
    return digest.hexdigest()


def media_inventory(storage=default_storage):
    inventory = {}
    for name in media_files(storage):
        with storage.open(name, "rb") as handle:
            inventory[name] = {"size": storage.size(name), "sha256": _sha256(handle)}
    return inventory


def build_manifest(media):
    return {
        "format": FORMAT,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "django": django.get_version(),
        "database": connection.vendor,
        "migrations": applied_migrations(),
        "counts": model_counts(),
        "media": media,
    }


# The database, per vendor


def _pg_environment():
    settings = connection.settings_dict
    env = dict(os.environ)
    for variable, key in [
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
        ("PGDATABASE", "NAME"),
    ]:
        if settings.get(key):
            env[variable] = str(settings[key])
    if sslmode := settings.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = sslmode
    return env


def _run(command, env):
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise BackupError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)"
        ) from exc
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def dump_database(target):
    if connection.vendor == "postgresql":
        left_out = [f"--exclude-table-data={table}" for table in left_out_tables()]
        _run(
            ["pg_dump", "--format=custom", "--no-owner", *left_out, "--file", str(target)],
            _pg_environment(),
        )
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        destination = sqlite3.connect(target)
        try:
            # SQLite's online backup: a consistent snapshot even while others write.
            connection.connection.backup(destination)
            for table in left_out_tables():
                destination.execute(f'DELETE FROM "{table}"')
            destination.commit()
            destination.execute("VACUUM")  # no deleted row stays readable in the file
        finally:
            destination.close()
    else:
        raise BackupError(f"No backup method for {connection.vendor}")


def load_database(source):
    if connection.vendor == "postgresql":
        connection.close()
        _run(
            [
                "pg_restore",
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--single-transaction",
                "--dbname",
                _pg_environment()["PGDATABASE"],
                str(source),
            ],
            _pg_environment(),
        )
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        origin = sqlite3.connect(source)
        try:
            origin.backup(connection.connection)
        finally:
            origin.close()
    else:
        raise BackupError(f"No restore method for {connection.vendor}")
    connection.close()


def database_is_empty():
    return not connection.introspection.table_names()


# The archive


def archive_name(now=None):
    now = now or datetime.now(UTC)
    return f"decode-backup-{now:%Y%m%dT%H%M%SZ}.tar.gz"


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    info.mode = 0o600
    archive.addfile(info, io.BytesIO(data))


def _owner_only(info):
    info.mode = 0o600
    return info


def create_backup(output_dir):
    """Write the archive into ``output_dir``; return its path and its manifest."""
    output_dir = Path(output_dir)
    output_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    output_dir.chmod(0o700)  # only the owner lists or opens the archives
    path = output_dir / archive_name()
    partial = path.with_name(path.name + ".partial")
    # Created 0600 before a byte is written, whatever the umask.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    partial.chmod(0o600)
    with tempfile.TemporaryDirectory(prefix="decode-backup-") as work:
        dump = Path(work) / DUMP_NAMES.get(connection.vendor, "database")
        dump_database(dump)
        media = media_inventory()
        manifest = build_manifest(media)
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
            archive.add(dump, arcname=dump.name, filter=_owner_only)
            for name, facts in media.items():
                info = tarfile.TarInfo(MEDIA_PREFIX + name)
                info.size = facts["size"]
                info.mode = 0o600
                with default_storage.open(name, "rb") as handle:
                    archive.addfile(info, handle)
    partial.replace(path)  # a half-written archive never carries the final name
    return path, manifest


def _safe_media_name(member_name):
    name = PurePosixPath(member_name.removeprefix(MEDIA_PREFIX))
    if name.is_absolute() or ".." in name.parts or not name.parts:
        raise BackupError(f"Unsafe file name in the archive: {member_name}")
    return str(name)


def read_manifest(archive_path):
    with tarfile.open(archive_path, "r:gz") as archive:
        return json.load(archive.extractfile(MANIFEST))


def restore_backup(archive_path):
    """Restore the archive into the (empty) database and the media storage; return the manifest."""
    if not database_is_empty():
        raise BackupError(
            "The database is not empty: restore goes into an empty database only "
            "(create a new one, point DATABASE_URL at it, and run restore again)."
        )
    with (
        tempfile.TemporaryDirectory(prefix="decode-restore-") as work,
        tarfile.open(archive_path, "r:gz") as archive,
    ):
        manifest = json.load(archive.extractfile(MANIFEST))
        if manifest.get("format") != FORMAT:
            raise BackupError(f"Unknown archive format {manifest.get('format')}")
        if manifest["database"] != connection.vendor:
            raise BackupError(
                f"The archive holds a {manifest['database']} database; "
                f"this site uses {connection.vendor}."
            )
        dump_name = DUMP_NAMES[connection.vendor]
        dump = Path(work) / dump_name
        with archive.extractfile(dump_name) as source, open(dump, "wb") as target:
            shutil.copyfileobj(source, target)
        load_database(dump)
        for member in archive.getmembers():
            if not member.name.startswith(MEDIA_PREFIX) or not member.isfile():
                continue
            name = _safe_media_name(member.name)
            if default_storage.exists(name):
                default_storage.delete(name)
            saved = default_storage.save(name, ContentFile(archive.extractfile(member).read()))
            if saved != name:
                raise BackupError(f"The storage renamed {name} to {saved}")
    problems = verify(manifest)
    if problems:
        raise BackupError("The restored site differs from the archive:\n" + "\n".join(problems))
    return manifest


def verify(manifest):
    """What differs between the site as it is and ``manifest`` (an empty list if nothing)."""
    problems = []
    if applied_migrations() != manifest["migrations"]:
        problems.append("applied migrations differ")
    counts = model_counts()
    for label, expected in manifest["counts"].items():
        if counts.get(label) != expected:
            problems.append(f"{label}: {counts.get(label)} rows, archive has {expected}")
    media = media_inventory()
    for name, facts in manifest["media"].items():
        if media.get(name) != facts:
            problems.append(f"media file {name} is missing or differs")
    return problems
