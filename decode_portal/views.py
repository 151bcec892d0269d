import datetime
import logging
import sys

from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, TemplateView

from decode_portal import cache_health, search
from decode_portal.content.pagination import friendly_page
from decode_portal.content.sources import with_sources
from decode_portal.models import Page
from decode_portal.navigation import navigation_for
from decode_portal.outage import DATABASE_OUTAGES, unavailable_response
from funding.models import Grant

logger = logging.getLogger(__name__)

# The project's implementation period as Daugavpils City Council's project page gives it: shown
# on the home page until the grant itself is entered in the admin.
PROJECT_PERIOD = (datetime.date(2018, 3, 1), datetime.date(2020, 2, 1))


class HomeView(TemplateView):
    """The project at a glance; its period and budget come from the funding app's grant."""

    template_name = "home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["grant"] = grant = Grant.objects.current()
        context["period"] = (grant.start_date, grant.end_date) if grant else PROJECT_PERIOD
        context["sections"] = [
            item for item in navigation_for(self.request) if item["marker"] != "home"
        ]
        return context


class PageView(DetailView):
    """One of the standing pages, chosen by its key in the URL configuration."""

    key = None
    model = Page
    template_name = "pages/page_detail.html"

    def get_object(self, queryset=None):
        return get_object_or_404(with_sources(Page.objects.all()), key=self.key)


class _KindHits:
    """One kind's hits, as a ``Paginator`` reads them: a count and slices (two queries).

    The count stops at ``search.RESULT_LIMIT``, the most hits shown; ``more`` tells whether
    more objects match.
    """

    def __init__(self, site_search, kind):
        self.site_search = site_search
        self.kind = kind
        self.found = None
        self.more = False

    def count(self):
        self.found = self.site_search.count(self.kind)
        self.more = self.found > search.RESULT_LIMIT
        return min(self.found, search.RESULT_LIMIT)

    def __getitem__(self, window):
        return self.site_search.hits(self.kind, window.start, window.stop, self.found)


class SearchView(TemplateView):
    """Search results grouped by kind (``?q=``), or one kind's results page by page (``&kind=``).

    Every input gives a page: no words, a very long query, markup or SQL in it, an unknown kind
    and a page number out of range each show a message (escaped) instead of an error.
    """

    template_name = "search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        raw = self.request.GET.get("q", "")
        site_search = search.Search(raw)
        notices = []
        if len(" ".join(raw.split())) > search.MAX_QUERY_LENGTH:
            notices.append(
                _("Your search was very long: only its first %(count)s characters were used.")
                % {"count": search.MAX_QUERY_LENGTH}
            )
        kind = None
        kind_key = self.request.GET.get("kind", "")
        if kind_key:
            kind = search.get_kind(kind_key)
            if kind is None:
                notices.append(_("There is no such kind of content; all results are shown."))
        context.update(
            search_query=site_search.query,
            kind=kind,
            kinds=search.kinds(),
            notices=notices,
            results=[],
            total=0,
        )
        if site_search.is_empty:
            if site_search.query:
                notices.append(
                    _("“%(query)s” contains no word to search for. Try a name, place or topic.")
                    % {"query": site_search.query}
                )
            return context
        if kind is not None:
            kind_hits = _KindHits(site_search, kind)
            paginator = Paginator(kind_hits, search.PAGE_SIZE)
            page, page_message = friendly_page(paginator, self.request.GET.get("page"))
            if page_message and paginator.count:
                notices.append(page_message)
            context.update(
                page_obj=page,
                hits=list(page.object_list),
                total=paginator.count,
                more=kind_hits.more,
            )
        else:
            results = site_search.overview()
            context.update(
                results=results,
                total=sum(group.count for group in results),
                more=any(group.more for group in results),
            )
        context["result_limit"] = search.RESULT_LIMIT
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
