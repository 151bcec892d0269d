"""Security headers Django has no setting for, and how uploaded files are served.

Django's SecurityMiddleware sends HSTS, nosniff, Referrer-Policy and Cross-Origin-Opener-Policy;
its ContentSecurityPolicyMiddleware sends the CSP. What is left is Cross-Origin-Resource-Policy
(every response, static files included) and the headers for uploaded media, which the reverse
proxy sends in production (README, "Uploaded files") and ``serve_media`` sends in debug.
"""

from pathlib import PurePosixPath

from django.conf import settings
from django.views.static import serve

# Uploads shown in the page (<img>); every other upload is a document and is downloaded.
INLINE_MEDIA_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"})
# An uploaded file is never a page: no script runs in it, nothing loads from it.
MEDIA_CSP = "default-src 'none'; sandbox"


class CrossOriginResourcePolicyMiddleware:
    """Tell browsers that other sites may not embed this site's responses (Spectre-class leaks).

    Listed before WhiteNoise so static files carry the header too.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = getattr(settings, "SECURE_CROSS_ORIGIN_RESOURCE_POLICY", "same-origin")

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy:
            response.headers.setdefault("Cross-Origin-Resource-Policy", self.policy)
        return response


def media_headers(name):
    """The headers an uploaded file called ``name`` is served with (the nginx snippet matches)."""
    path = PurePosixPath(name)
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": MEDIA_CSP,
        "Cross-Origin-Resource-Policy": "same-origin",
    }
    if path.suffix.lower() in INLINE_MEDIA_SUFFIXES:
        headers["Content-Disposition"] = "inline"
    else:
        # Only the ASCII name goes into the header; stored upload names are ASCII slugs anyway.
        filename = path.name.encode("ascii", "ignore").decode().replace('"', "")
        headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return headers


def serve_media(request, path):
    """Uploads in debug (``make run``), with the headers the reverse proxy adds in production."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    for header, value in media_headers(path).items():
        response.headers[header] = value
    return response
