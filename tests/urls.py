"""The site's URLs plus uploaded files, for test servers that run with DEBUG off.

Browser tests upload photos through the admin and look at them on the public pages, so the
live server must serve MEDIA_ROOT (a temporary folder). Production never loads this module.
"""

from django.conf import settings
from django.urls import re_path

from decode_portal.urls import handler404, handler500, urlpatterns
from operations.security import serve_media

# serve_media reads MEDIA_ROOT per request (tests may point it at a folder of their own) and
# sends the headers the reverse proxy sends in production.
urlpatterns = [
    *urlpatterns,
    re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve_media),
]

__all__ = ["handler404", "handler500", "urlpatterns"]
