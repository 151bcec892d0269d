"""Settings for several hosts: object storage for uploads, JSON logs on stdout."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings

PROBE = """
import django, json, logging
django.setup()
from django.conf import settings
print(json.dumps({"storage": settings.STORAGES["default"], "csrf": settings.CSRF_TRUSTED_ORIGINS}))
logging.getLogger("decode_portal.probe").warning("disk %s full", "/srv")
"""


def _probe(**env_overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="decode_portal.settings",
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="decode.example.org",
        **env_overrides,
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    first, *logs = result.stdout.splitlines()
    return json.loads(first), logs


def test_uploads_stay_on_the_file_system_unless_a_bucket_is_named():
    config, _logs = _probe()
    assert config["storage"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_a_bucket_puts_uploads_on_object_storage_with_public_urls():
    config, _logs = _probe(
        DJANGO_S3_BUCKET="decode-media",
        DJANGO_S3_ENDPOINT_URL="https://s3.example.org",
        DJANGO_S3_CUSTOM_DOMAIN="decode.example.org/media",
        DJANGO_CSRF_TRUSTED_ORIGINS="https://decode.example.org,https://www.decode.example.org",
    )
    assert config["storage"]["BACKEND"] == "operations.storage.MediaStorage"
    options = config["storage"]["OPTIONS"]
    assert options["bucket_name"] == "decode-media"
    assert options["endpoint_url"] == "https://s3.example.org"
    assert options["querystring_auth"] is False
    assert options["file_overwrite"] is False
    assert config["csrf"] == ["https://decode.example.org", "https://www.decode.example.org"]


def test_json_logs_are_one_object_per_line_on_stdout():
    _config, logs = _probe(DJANGO_LOG_FORMAT="json")
    [entry] = [json.loads(line) for line in logs]
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "decode_portal.probe"
    assert entry["message"] == "disk /srv full"


def test_s3_objects_carry_the_upload_headers():
    pytest.importorskip("storages", reason="the optional `s3` dependency group is not installed")
    from operations.storage import MediaStorage

    storage = MediaStorage(bucket_name="decode-media")
    pdf = storage.get_object_parameters("actionplan/plan.pdf")
    assert pdf["ContentDisposition"] == 'attachment; filename="plan.pdf"'
    assert pdf["ContentType"] == "application/pdf"
    assert storage.get_object_parameters("logos/a.png")["ContentDisposition"] == "inline"
