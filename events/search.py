"""What the site search finds in the events app (see search/registry.py)."""

from django.utils.translation import gettext_lazy as _

from events.models import MobilityEvent, ProgrammeItem
from search.registry import SearchKind, register

register(
    SearchKind(
        key="events",
        label=_("Events"),
        order=20,
        queryset=lambda: MobilityEvent.objects.published().select_related("host"),
        fields={
            "title": "A",
            "theme": "A",
            "summary": "B",
            "venue": "B",
            "description": "C",
            "outcomes": "C",
        },
        excerpt_fields=("summary", "description", "outcomes"),
        describe=lambda event: f"{event.host.city}, {event.start_date.year}",
    )
)

register(
    SearchKind(
        key="programme",
        label=_("Programme items"),
        order=30,
        queryset=lambda: ProgrammeItem.objects.filter(
            event__in=MobilityEvent.objects.published()
        ).select_related("event"),
        fields={"title": "A", "speaker": "B", "details": "C"},
        excerpt_fields=("details", "speaker"),
        url=lambda item: f"{item.event.get_absolute_url()}#programme-title",
        describe=lambda item: item.event.title,
    )
)
