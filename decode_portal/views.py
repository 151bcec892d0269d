import datetime
import logging
import sys

from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from decode_portal.navigation import navigation_for
from funding.models import Grant
from operations import cache_health
from operations.outage import DATABASE_OUTAGES, unavailable_response

logger = logging.getLogger(__name__)

# The project's implementation period as Daugavpils City Council's project page gives it: shown
# on the home page until the grant itself is entered in the admin.
PROJECT_PERIOD = (datetime.date(2018, 3, 1), datetime.date(2020, 2, 1))


class HomeView(TemplateView):
    """The project at a glance; its period and budget come from the funding app's grant."""

    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Only the four figures shown: the grant's translated texts are ten columns each.
        fields = ("total", "eu_share", "start_date", "end_date")
        context["grant"] = grant = Grant.objects.only(*fields).current()
        context["period"] = (grant.start_date, grant.end_date) if grant else PROJECT_PERIOD
        context["sections"] = [
            item for item in navigation_for(self.request) if item["marker"] != "home"
        ]
        return context


@require_GET
@never_cache
def health(request):
    """Says whether the site can reach its database: 200 when it answers, 503 when not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    report = {"status": "ok", "database": "ok"}
    if problem := cache_health.eviction_problem():
        report["warnings"] = [problem]  # served all the same: a warning for the operator
    return JsonResponse(report)


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("django.contrib.sitemaps.views.sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /lv/admin/",
        "Disallow: /en/admin/",
        "Allow: /",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says: send them to the SVG icon."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


@never_cache
def bench_bare(request):
    """A short text through every middleware: what the fastest possible page costs (bench/)."""
    return HttpResponse("bare\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    template = loader.get_template("404.html")
    return HttpResponse(template.render({"request_path": request.path}, request), status=404)


def server_error(request):
    """The styled 500 page; it needs no database. If even that fails, a plain one.

    A database outage outside a view (in a middleware, say) gets the 503 page instead.
    """
    exception = sys.exc_info()[1]
    if isinstance(exception, DATABASE_OUTAGES):
        return unavailable_response(request, exception)
    try:
        body = loader.get_template("500.html").render({}, request)
    except Exception:
        logger.exception("The 500 page could not be rendered")
        body = "<!doctype html><title>500</title><h1>Server error / Servera kļūda</h1>"
    return HttpResponse(body, status=500)


# Models that moved out of the project package: their admin pages' old addresses.
MOVED_ADMIN = {"page": "pages", "source": "common", "translationchange": "editorial"}


def moved_admin(request, model="", rest=""):
    """``/<lang>/admin/decode_portal/<model>/…`` to the address the model's admin has now."""
    app = MOVED_ADMIN.get(model, "pages")
    target = request.path.replace("/admin/decode_portal/", f"/admin/{app}/", 1)
    if query := request.META.get("QUERY_STRING"):
        target = f"{target}?{query}"
    return HttpResponsePermanentRedirect(target)
