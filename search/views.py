from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from common.pagination import friendly_page
from search import registry as search


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
