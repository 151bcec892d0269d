from datetime import date
from typing import NamedTuple

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.generic import DetailView, ListView, View
from django.views.generic.detail import SingleObjectMixin

from common.publishing import PreviewableMixin, can_preview, preview_or_404
from events.ical import build_calendar
from events.models import MobilityEvent
from events.structured_data import event_json_ld


class EventListView(ListView):
    """The timeline: meetings still to come (if any), then those held, most recent first."""

    template_name = "events/event_list.html"
    context_object_name = "events"

    def get_queryset(self):
        return MobilityEvent.objects.published().with_host()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        events = list(context["events"])
        context["upcoming"] = [event for event in events if not event.is_past(today)]
        context["past"] = sorted(
            (event for event in events if event.is_past(today)),
            key=lambda event: (event.start_date, event.number),
            reverse=True,
        )
        return context


class EventDetailView(PreviewableMixin, DetailView):
    """A published meeting; a draft or scheduled one only as a preview for editors."""

    model = MobilityEvent
    template_name = "events/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .with_host()
            .prefetch_related("programme_items", "photos", "documents")
            .with_sources()
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.object
        context["programme_days"] = programme_by_day(event)
        context["previous_event"], context["next_event"] = neighbours(event)
        context["is_past"] = event.is_past()
        context["json_ld"] = event_json_ld(
            event, self.request, image_urls=[photo.large.url for photo in event.photos.all()]
        )
        return context


def neighbours(event):
    """The published meetings just before and after ``event`` in the series (or None).

    One query for the whole series, with only what the pager shows: a series has a handful of
    meetings, and one narrow query costs less than the two that would pick each neighbour.
    """
    series = MobilityEvent.objects.published().order_by("number").only("number", "slug", "title")
    earlier, later = None, None
    for other in series:
        if other.number < event.number:
            earlier = other
        elif other.number > event.number:
            later = other
            break
    return earlier, later


class ProgrammeDay(NamedTuple):
    date: date | None  # None: items whose day the sources do not give
    number: int | None  # 1 for the meeting's first day
    items: list


def programme_by_day(event):
    """The programme grouped by day, in order; undated items come last, in one group."""
    days = {}
    for item in event.programme_items.all():
        days.setdefault(item.day, []).append(item)
    return [
        ProgrammeDay(day, (day - event.start_date).days + 1 if day else None, items)
        for day, items in days.items()
    ]


class CalendarResponseMixin:
    def calendar_response(self, events, *, name, filename):
        body = build_calendar(
            events,
            name=name,
            absolute_url=lambda event: self.request.build_absolute_uri(event.get_absolute_url()),
            uid_domain=self.request.get_host().split(":")[0],
        )
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class EventCalendarView(CalendarResponseMixin, SingleObjectMixin, View):
    """One meeting as an .ics file, to add to a calendar (a draft's only for editors)."""

    def get_queryset(self):
        events = MobilityEvent.objects.with_host()
        if can_preview(self.request.user, MobilityEvent):
            return events
        return events.published()

    def get(self, request, *args, **kwargs):
        event = preview_or_404(request, self.get_object())
        return self.calendar_response(
            [event], name=event.title, filename=f"decode-{event.slug}.ics"
        )


class SeriesCalendarView(CalendarResponseMixin, View):
    """Every meeting of the series in one .ics file."""

    def get(self, request, *args, **kwargs):
        events = MobilityEvent.objects.published().with_host()
        return self.calendar_response(
            events, name=gettext("DeCoDe network meetings"), filename="decode-events.ics"
        )
