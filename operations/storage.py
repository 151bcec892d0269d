"""Uploads on S3-compatible object storage (django-storages), when DJANGO_S3_BUCKET is set.

Installed only with the optional dependency group ``s3`` (``pip install --group s3``). Each
object is stored with the ``Content-Type`` and ``Content-Disposition`` the site serves uploads
with (operations.security.media_headers), so documents download whoever serves the bucket;
``nosniff`` and the sandboxing CSP come from the proxy in front of it (README).
"""

import mimetypes

from storages.backends.s3 import S3Storage

from operations.security import media_headers


class MediaStorage(S3Storage):
    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        parameters["ContentDisposition"] = media_headers(name)["Content-Disposition"]
        content_type, _encoding = mimetypes.guess_type(name)
        parameters["ContentType"] = content_type or "application/octet-stream"
        return parameters
