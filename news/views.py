from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from common.downloads import serve_counted_download
from common.pagination import FriendlyPaginationMixin
from common.publishing import PreviewableMixin, can_preview, preview_or_404
from news.models import PressRelease, Publication, PublicationFile

PRESS_PER_PAGE = 10


class PressReleaseListView(FriendlyPaginationMixin, ListView):
    template_name = "news/pressrelease_list.html"
    context_object_name = "press_releases"
    paginate_by = PRESS_PER_PAGE

    def get_queryset(self):
        return PressRelease.objects.published().cards()


class PressReleaseDetailView(PreviewableMixin, DetailView):
    """A published press release; a draft or scheduled one only as a preview for editors."""

    model = PressRelease
    template_name = "news/pressrelease_detail.html"
    context_object_name = "press_release"

    def get_queryset(self):
        return super().get_queryset().for_page()


class MaterialsView(ListView):
    template_name = "news/materials.html"
    context_object_name = "publications"

    def get_queryset(self):
        return Publication.objects.published().with_files()


@require_safe
def download(request, slug, language):
    """A publication's file in ``language``: counted (GET only), then served as an attachment."""
    publications = Publication.objects.all()
    if not can_preview(request.user, Publication):
        publications = publications.published()
    document = get_object_or_404(
        PublicationFile.objects.select_related("publication").filter(publication__in=publications),
        publication__slug=slug,
        language=language,
    )
    preview_or_404(request, document.publication)
    return serve_counted_download(request, document, filename=document.download_filename)
