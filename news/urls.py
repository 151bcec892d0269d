from django.urls import path
from django.utils.translation import pgettext_lazy

from news import feeds, views

app_name = "news"

urlpatterns = [
    path(pgettext_lazy("URL", "news/"), views.PressReleaseListView.as_view(), name="list"),
    path(pgettext_lazy("URL", "news/rss/"), feeds.PressReleaseFeed(), name="rss"),
    path(pgettext_lazy("URL", "news/atom/"), feeds.PressReleaseAtomFeed(), name="atom"),
    path(
        pgettext_lazy("URL", "news/<slug:slug>/"),
        views.PressReleaseDetailView.as_view(),
        name="detail",
    ),
    path(pgettext_lazy("URL", "materials/"), views.MaterialsView.as_view(), name="materials"),
    path(
        pgettext_lazy("URL", "materials/<slug:slug>/<str:language>.pdf"),
        views.download,
        name="download",
    ),
]
