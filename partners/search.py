"""What the site search finds in the partners app (see decode_portal/search.py)."""

from django.utils.translation import gettext_lazy as _

from decode_portal.search import SearchKind, register
from partners.models import Partner

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
