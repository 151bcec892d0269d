"""The site's URLs plus uploaded files, for test servers that run with DEBUG off.

Browser tests upload photos through the admin and look at them on the public pages, so the
live server must serve MEDIA_ROOT (a temporary folder). Production never loads this module.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from decode_portal.urls import handler404, handler500, urlpatterns

media_prefix = settings.MEDIA_URL.lstrip("/")
urlpatterns = [
    *urlpatterns,
    re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
]

__all__ = ["handler404", "handler500", "urlpatterns"]
