"""What the site search finds among the standing pages (see search/registry.py)."""

from django.utils.translation import gettext_lazy as _

from pages.models import Page
from search.registry import SearchKind, register

register(
    SearchKind(
        key="pages",
        label=_("About the site"),
        order=90,
        queryset=lambda: Page.objects.all(),
        fields={"title": "A", "summary": "B", "body": "C"},
        excerpt_fields=("summary", "body"),
    )
)
