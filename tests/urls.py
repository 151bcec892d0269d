"""The site's URLs plus uploaded files, for test servers that run with DEBUG off.

Browser tests upload photos through the admin and look at them on the public pages, so the
live server must serve MEDIA_ROOT (a temporary folder). Production never loads this module.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from decode_portal.urls import handler404, handler500, urlpatterns


def media(request, path):
    # MEDIA_ROOT is read per request: tests may point it at a folder of their own.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    *urlpatterns,
    re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", media),
]

__all__ = ["handler404", "handler500", "urlpatterns"]
