from django.urls import path
from django.utils.translation import pgettext_lazy

from events import views

app_name = "events"

urlpatterns = [
    path(pgettext_lazy("URL", "events/"), views.EventListView.as_view(), name="list"),
    path(
        pgettext_lazy("URL", "events/decode-events.ics"),
        views.SeriesCalendarView.as_view(),
        name="series_ics",
    ),
    path(
        pgettext_lazy("URL", "events/<slug:slug>/"),
        views.EventDetailView.as_view(),
        name="detail",
    ),
    path(
        pgettext_lazy("URL", "events/<slug:slug>/calendar.ics"),
        views.EventCalendarView.as_view(),
        name="ics",
    ),
]
