"""Paged lists that answer every ``?page=`` with a page: a bad number gets a message, not a 404.

A visitor who follows an old link to page 9 of a list that now has 3 pages, or who types
``?page=abc``, sees a real page (the last or the first) and a sentence saying why.
"""

from django.core.paginator import Paginator
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "not_a_number": _("“%(page)s” is not a page number, so the first page is shown."),
    "too_high": _("There is no page %(page)s; the last page is shown."),
}


def friendly_page(paginator, raw_page):
    """(page, message) for ``raw_page`` as typed; message is None when it was a good number."""
    raw = (raw_page or "1").strip()[:20]
    try:
        number = int(raw)
    except ValueError:
        return paginator.page(1), MESSAGES["not_a_number"] % {"page": raw}
    if number < 1:
        return paginator.page(1), MESSAGES["not_a_number"] % {"page": raw}
    if number > paginator.num_pages:
        return paginator.page(paginator.num_pages), MESSAGES["too_high"] % {"page": number}
    return paginator.page(number), None


class FriendlyPaginationMixin:
    """For a ``ListView``: out-of-range and non-numeric pages show a page and a message."""

    page_message = None

    def paginate_queryset(self, queryset, page_size):
        paginator = Paginator(queryset, page_size, allow_empty_first_page=True)
        page, self.page_message = friendly_page(paginator, self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page_message"] = self.page_message
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if self.page_message:
            # Another page's content under this address: no cache keeps it (nor fills up
            # with every number a visitor can type).
            add_never_cache_headers(response)
        return response
