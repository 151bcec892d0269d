from django.views.generic import DetailView, ListView

from decode_portal.content.pagination import FriendlyPaginationMixin
from news.models import PressRelease, Publication

PRESS_PER_PAGE = 10


class PressReleaseListView(FriendlyPaginationMixin, ListView):
    template_name = "news/pressrelease_list.html"
    context_object_name = "press_releases"
    paginate_by = PRESS_PER_PAGE

    def get_queryset(self):
        return PressRelease.objects.published().for_list()


class PressReleaseDetailView(DetailView):
    template_name = "news/pressrelease_detail.html"
    context_object_name = "press_release"

    def get_queryset(self):
        return PressRelease.objects.published().for_page()


class MaterialsView(ListView):
    template_name = "news/materials.html"
    context_object_name = "publications"

    def get_queryset(self):
        return Publication.objects.published().with_files()
