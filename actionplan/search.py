"""What the site search finds in the action plan (see search/registry.py)."""

from django.utils.translation import gettext_lazy as _

from actionplan.models import GoodPractice, Measure, Theme
from search.registry import SearchKind, register

register(
    SearchKind(
        key="themes",
        label=_("Action plan themes"),
        order=60,
        queryset=lambda: Theme.objects.all(),
        fields={"title": "A", "number": "A", "summary": "B", "description": "C"},
        excerpt_fields=("summary", "description"),
        describe=lambda theme: _("Theme %(number)s of the action plan") % {"number": theme.number},
    )
)

register(
    SearchKind(
        key="measures",
        label=_("Action plan measures"),
        order=65,
        queryset=lambda: Measure.objects.select_related("theme"),
        fields={
            "title": "A",
            "target_group": "B",
            "description": "C",
            "expected_result": "C",
        },
        excerpt_fields=("description", "expected_result"),
        describe=lambda measure: f"{measure.theme.number} {measure.theme.title}",
    )
)

register(
    SearchKind(
        key="practices",
        label=_("Good practices"),
        order=70,
        queryset=lambda: GoodPractice.objects.published().select_related("partner"),
        fields={
            "title": "A",
            "summary": "B",
            "description": "C",
            "results": "C",
            "transfer_note": "C",
        },
        excerpt_fields=("summary", "description", "results"),
        describe=lambda practice: (
            f"{practice.partner.city}, {practice.partner.country.name}"
            if practice.partner_id
            else str(practice.country.name)
        ),
    )
)
