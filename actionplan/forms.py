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
        label=_("Where it comes from"),
        required=False,
        error_messages={"invalid_choice": _("“%(value)s” is not one of the choices.")},
    )

    def __init__(self, data, *, themes, partners, themes_in_use=None, sections=None):
        """``themes_in_use`` and ``sections``: the theme numbers and the groups (``section``
        values) that published practices have, the only ones offered; another real one asked
        for in the address still gives an empty list, not an error. All of them when not
        given. With no theme in use the theme filter is left out (``show_theme``)."""
        super().__init__(data)
        self.themes = {theme.number: theme for theme in themes}
        self.partners = {partner.slug: partner for partner in partners}
        in_use = set(self.themes if themes_in_use is None else themes_in_use)
        self.show_theme = bool(in_use)
        in_use.add(data.get("theme") if data else None)
        self.fields["theme"].choices = [("", _("All themes"))] + [
            (theme.number, f"{theme.number} {theme.title}")
            for theme in themes
            if theme.number in in_use
        ]
        self.fields["city"].choices = [("", _("All partner cities"))] + [
            (partner.slug, partner.city) for partner in partners
        ]
        offered = set(GoodPractice.Section.values if sections is None else sections)
        offered.add(data.get("section") if data else None)
        self.fields["section"].choices = [("", _("From anywhere"))] + [
            (number, label) for number, label in GoodPractice.Section.choices if number in offered
        ]

    def shown_fields(self):
        """The filters the form shows: the theme filter only where practices have themes."""
        return [field for field in self if field.name != "theme" or self.show_theme]

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
