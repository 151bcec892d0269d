"""What the site search finds in the news app (see search/registry.py)."""

from django.utils.translation import gettext_lazy as _

from news.models import PressRelease, Publication
from search.registry import SearchKind, register

register(
    SearchKind(
        key="press",
        label=_("In the media"),
        order=40,
        queryset=lambda: PressRelease.objects.published(),
        fields={"title": "A", "summary": "B", "body": "C"},
        excerpt_fields=("summary", "body"),
        describe=lambda item: item.date_label,
    )
)

register(
    SearchKind(
        key="publications",
        label=_("Publications"),
        order=50,
        queryset=lambda: Publication.objects.published(),
        fields={"title": "A", "description": "B"},
        excerpt_fields=("description",),
        describe=lambda item: f"{item.get_kind_display().capitalize()}, {item.date.year}",
    )
)
