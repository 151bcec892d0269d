from django.urls import include, path
from django.utils.translation import pgettext_lazy

from partners import views

app_name = "partners"

urlpatterns = [
    path(
        pgettext_lazy("URL", "partners/"),
        include(
            [
                path("", views.PartnerListView.as_view(), name="list"),
                path(
                    pgettext_lazy("URL", "population/"),
                    views.PopulationComparisonView.as_view(),
                    name="population",
                ),
                path(
                    "population.csv",
                    views.NetworkPopulationCsvView.as_view(),
                    name="network_population_csv",
                ),
                path("<slug:slug>/", views.PartnerDetailView.as_view(), name="detail"),
                path(
                    "<slug:slug>/population.csv",
                    views.PartnerPopulationCsvView.as_view(),
                    name="population_csv",
                ),
            ]
        ),
    ),
]
