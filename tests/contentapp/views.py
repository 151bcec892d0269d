from django.views.generic import DetailView, ListView

from common.publishing import PreviewableMixin
from tests.contentapp.models import Article


class ArticleList(ListView):
    template_name = "contentapp/article_list.html"

    def get_queryset(self):
        return Article.objects.published()


class ArticleDetail(PreviewableMixin, DetailView):
    model = Article
    template_name = "contentapp/article_detail.html"
