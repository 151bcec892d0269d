"""The grant, edited as one page with its instalments and pre-financing inline.

The site has one grant: once it exists, "add" leads to it with a message, and the database
refuses a second row anyway. Instalment amounts are shown beside the shares, read-only, as the
page will show them; the shares must add up to exactly 100 % or nothing is saved.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from common.formatting import format_money, format_percent
from editorial.content_admin import ContentAdmin
from editorial.translations import missing_languages
from funding.models import Grant, Instalment, PreFinancing
from funding.schedule import HUNDRED, shares_total

# Editors may type "40,5" in the Latvian admin and "40.5" in either.
LOCALIZED_DECIMALS = {models.DecimalField: {"localize": True}}


def translation_badges(missing):
    """✓/✗ per language, as in the list columns of the other content (see ContentAdmin)."""
    return format_html_join(
        " ",
        '<span class="translation-status translation-status--{}" title="{}">{} {}</span>',
        (
            (
                "missing" if code in missing else "complete",
                _("incomplete") if code in missing else _("complete"),
                code.upper(),
                "✗" if code in missing else "✓",
            )
            for code in settings.AUTHORITATIVE_LANGUAGES
        ),
    )


class InstalmentFormSet(BaseInlineFormSet):
    """Refuses a schedule whose shares do not add up to exactly 100 %."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return  # each row's own errors first; the sum is checked once they are fixed
        shares = [
            form.cleaned_data["share"]
            for form in self.forms
            if form.cleaned_data
            and not (self.can_delete and self._should_delete_form(form))
            and form.cleaned_data.get("share") is not None
        ]
        if shares and shares_total(shares) != HUNDRED:
            raise ValidationError(
                _(
                    "The shares of the instalments add up to %(total)s. They must add up to "
                    "exactly 100 %%; nothing has been saved."
                ),
                code="shares_not_100",
                params={"total": format_percent(shares_total(shares))},
            )


class TranslationBadgesMixin:
    @admin.display(description=_("translations"))
    def translations(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        return translation_badges(set(missing_languages(obj)))


class InstalmentInline(TranslationBadgesMixin, TranslationStackedInline):
    model = Instalment
    formset = InstalmentFormSet
    extra = 0
    formfield_overrides = LOCALIZED_DECIMALS
    # Stacked, a few fields to a line, so an editor sees every field without scrolling sideways.
    fields = [
        ("order", "share", "computed_amount"),
        "name",
        "condition",
        ("planned_date", "planned_precision"),
        ("status", "received_date"),
        "translations",
    ]
    readonly_fields = ["computed_amount", "translations"]

    @admin.display(description=_("amount (calculated)"))
    def computed_amount(self, obj):
        if obj is None or obj.pk is None:
            return _("calculated on saving")
        amount = obj.amount
        return "—" if amount is None else format_money(amount, cents=True)


class PreFinancingInline(TranslationBadgesMixin, TranslationStackedInline):
    model = PreFinancing
    extra = 0
    formfield_overrides = LOCALIZED_DECIMALS
    fields = [("kind", "year", "amount"), "source", "purpose", "translations"]
    readonly_fields = ["translations"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name.startswith("purpose"):
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 60})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(Grant)
class GrantAdmin(ContentAdmin):
    inlines = [InstalmentInline, PreFinancingInline]
    formfield_overrides = LOCALIZED_DECIMALS
    list_display = ["__str__", "period", "total_display", "translation_status", "updated"]
    readonly_fields = ["grant_amount_display", "translation_status", "created", "updated"]
    fieldsets = [
        (
            _("Programme"),
            {"fields": ["programme", "strand", "measure", "reference_number", "summary"]},
        ),
        (
            _("Period and budget"),
            {"fields": ["start_date", "end_date", "total", "eu_share", "grant_amount_display"]},
        ),
        (_("Record"), {"fields": ["translation_status", "created", "updated"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("instalments", "pre_financing")

    @admin.display(description=_("project period"))
    def period(self, obj):
        return obj.period_display

    @admin.display(description=_("total budget"), ordering="total")
    def total_display(self, obj):
        return format_money(obj.total, cents=True)

    @admin.display(description=_("EU contribution (calculated)"))
    def grant_amount_display(self, obj):
        if obj is None or obj.pk is None:
            return _("calculated on saving")
        return format_money(obj.grant_amount, cents=True)

    @admin.display(description=_("translations"))
    def translation_status(self, obj):
        """Complete only when the grant and all its instalments and entries are translated."""
        if obj is None or obj.pk is None:
            return "—"
        missing = set(missing_languages(obj))
        for part in [*obj.instalments.all(), *obj.pre_financing.all()]:
            missing.update(missing_languages(part))
        return translation_badges(missing)

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not Grant.objects.exists()

    def has_delete_permission(self, request, obj=None):
        # The grant is a fact of the project: corrected, never deleted.
        return False

    def add_view(self, request, form_url="", extra_context=None):
        existing = Grant.objects.current()
        if existing is not None:
            self.message_user(
                request,
                _("The site has a grant already and cannot have a second one. Edit this one."),
                messages.ERROR,
            )
            return redirect(reverse("admin:funding_grant_change", args=[existing.pk]))
        return super().add_view(request, form_url, extra_context)
