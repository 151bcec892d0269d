from django import forms
from django.utils.translation import gettext_lazy as _

from actionplan.models import GoodPractice


class PracticeFilterForm(forms.Form):
    """The good-practice list's filters, read from the query string (a GET form)."""

    theme = forms.ChoiceField(
        label=_("Theme"),
        required=False,
        error_messages={"invalid_choice": _("There is no theme “%(value)s” in the plan.")},
    )
    city = forms.ChoiceField(
        label=_("Partner city"),
        required=False,
        error_messages={
            "invalid_choice": _("No partner city “%(value)s” has contributed good practices.")
        },
    )
    section = forms.ChoiceField(
        label=_("Section of the plan"),
        required=False,
        error_messages={"invalid_choice": _("There is no section “%(value)s” in the plan.")},
    )

    def __init__(self, data, *, themes, partners, sections=None):
        """``sections``: the plan's section numbers that hold published practices (the only
        ones offered; another real section asked for in the address still gives an empty list,
        not an error). All of them when not given."""
        super().__init__(data)
        self.themes = {theme.number: theme for theme in themes}
        self.partners = {partner.slug: partner for partner in partners}
        self.fields["theme"].choices = [("", _("All themes"))] + [
            (theme.number, f"{theme.number} {theme.title}") for theme in themes
        ]
        self.fields["city"].choices = [("", _("All partner cities"))] + [
            (partner.slug, partner.city) for partner in partners
        ]
        offered = set(GoodPractice.Section.values if sections is None else sections)
        offered.add(data.get("section") if data else None)
        self.fields["section"].choices = [("", _("All sections"))] + [
            (number, f"{number} {label}")
            for number, label in GoodPractice.Section.choices
            if number in offered
        ]

    @property
    def is_filtered(self):
        return any(self.data.get(name) for name in self.fields)

    def chosen_labels(self):
        """``[(filter label, chosen value as shown)]`` for the filters in use, in a valid form."""
        return [
            (field.label, dict(field.field.choices)[field.value()])
            for field in self
            if self.cleaned_data.get(field.name)
        ]

    def chosen(self):
        """``(theme, partner, section)`` from a valid form; ``None`` or "" where all are shown."""
        data = self.cleaned_data
        return self.themes.get(data["theme"]), self.partners.get(data["city"]), data["section"]
