"""The admin login lockout: the client address it counts failures against, and its page."""

import ipaddress

from django.conf import settings
from django.shortcuts import render


def valid_ip(value):
    """``value`` as a normalised IP address, or None if it is not one."""
    try:
        return str(ipaddress.ip_address((value or "").strip()))
    except ValueError:
        return None


def client_ip(request):
    """The visitor's address: the connection's, or the one the trusted proxies recorded.

    With ``TRUSTED_PROXY_COUNT`` proxies, each appends the address it received the request from
    to ``X-Forwarded-For`` (nginx: ``proxy_set_header X-Forwarded-For
    $proxy_add_x_forwarded_for;``); the client's is the one the outermost trusted proxy
    appended. Values further left were sent by the client itself and are not believed. Only a
    valid IP address is used (a database's ``inet`` column takes nothing else): otherwise the
    connection's address.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= count and (address := valid_ip(forwarded[-count])):
            return address
    return valid_ip(request.META.get("REMOTE_ADDR"))


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the login form while a user name and address are locked.

    In the language of the admin's address (/lv/admin/, /en/admin/), with status 429.
    """
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "admin/locked_out.html", context, status=429)
