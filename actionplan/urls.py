from django.urls import include, path, register_converter
from django.utils.text import format_lazy
from django.utils.translation import pgettext_lazy

from actionplan import views
from actionplan.models import THEME_NUMBER_PATTERN, VERSION_PATTERN

app_name = "actionplan"


class ThemeNumberConverter:
    regex = THEME_NUMBER_PATTERN

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class VersionConverter(ThemeNumberConverter):
    regex = VERSION_PATTERN


class LanguageConverter(ThemeNumberConverter):
    regex = "[a-z]{2,3}(?:-[a-z0-9]+)?"


register_converter(ThemeNumberConverter, "theme_number")
register_converter(VersionConverter, "plan_version")
register_converter(LanguageConverter, "document_language")


def _route(word, parameters):
    """A translated path word followed by untranslated parameters: "themes/" + "<number>/"."""
    return format_lazy("{}{}", word, parameters)


urlpatterns = [
    path(
        pgettext_lazy("URL", "action-plan/"),
        include(
            [
                path("", views.OverviewView.as_view(), name="overview"),
                path(
                    _route(pgettext_lazy("URL", "themes/"), "<theme_number:number>/"),
                    views.ThemeDetailView.as_view(),
                    name="theme",
                ),
                path(
                    pgettext_lazy("URL", "good-practices/"),
                    views.GoodPracticeListView.as_view(),
                    name="practices",
                ),
                path(
                    _route(pgettext_lazy("URL", "good-practices/"), "<slug:slug>/"),
                    views.GoodPracticeDetailView.as_view(),
                    name="practice",
                ),
                path(
                    _route(
                        pgettext_lazy("URL", "download/"),
                        "<plan_version:version>/<document_language:language>.pdf",
                    ),
                    views.download,
                    name="download",
                ),
            ]
        ),
    ),
]
