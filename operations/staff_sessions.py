"""An absolute limit on a signed-in editor's session, beside the sliding day of inactivity.

``SESSION_SAVE_EVERY_REQUEST`` moves a session's expiry on with every request, so a browser left
open and busy would stay signed in for ever. The time of signing in is kept in the session; once
``STAFF_SESSION_MAX_AGE`` seconds have passed since then, the next request signs the editor out,
and the admin asks them to sign in again.
"""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

SIGNED_IN_AT = "signed_in_at"


@receiver(user_logged_in, dispatch_uid="decode-staff-signed-in-at")
def remember_sign_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[SIGNED_IN_AT] = int(time.time())


class StaffSessionLimitMiddleware:
    """Signs out a session older than ``STAFF_SESSION_MAX_AGE`` (or one with no sign-in time,
    from before the limit existed). After ``AuthenticationMiddleware``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            signed_in_at = request.session.get(SIGNED_IN_AT)
            if signed_in_at is None or time.time() - signed_in_at > settings.STAFF_SESSION_MAX_AGE:
                logout(request)
        return self.get_response(request)
