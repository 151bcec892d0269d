from django.shortcuts import get_object_or_404
from django.views.generic import DetailView

from common.sources import with_sources
from pages.models import Page


class PageView(DetailView):
    """One of the standing pages, chosen by its key in the URL configuration."""

    key = None
    model = Page
    template_name = "pages/page_detail.html"

    def get_object(self, queryset=None):
        return get_object_or_404(with_sources(Page.objects.all()), key=self.key)
