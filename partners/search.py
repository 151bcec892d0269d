"""What the site search finds in the partners app (see search/registry.py)."""

from django.utils.translation import gettext_lazy as _

from partners.models import Partner
from search.registry import SearchKind, register

register(
    SearchKind(
        key="partners",
        label=_("Partners"),
        order=10,
        queryset=lambda: Partner.objects.all(),
        fields={"name": "A", "native_name": "A", "city": "A", "summary": "B", "description": "C"},
        excerpt_fields=("summary", "description"),
    )
)
