from django.urls import path
from django.utils.translation import pgettext_lazy

from pages.views import PageView

app_name = "pages"

urlpatterns = [
    path(pgettext_lazy("URL", "about/"), PageView.as_view(key="about"), name="about"),
    path(
        pgettext_lazy("URL", "legal-notice/"),
        PageView.as_view(key="legal"),
        name="legal",
    ),
    path(
        pgettext_lazy("URL", "accessibility/"),
        PageView.as_view(key="accessibility"),
        name="accessibility",
    ),
    path(pgettext_lazy("URL", "privacy/"), PageView.as_view(key="privacy"), name="privacy"),
    path(
        pgettext_lazy("URL", "easy-read/"),
        PageView.as_view(key="easy_read"),
        name="easy_read",
    ),
]
