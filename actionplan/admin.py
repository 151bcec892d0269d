from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Sum
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from actionplan.models import (
    ActionPlan,
    ContentsEntry,
    GoodPractice,
    Measure,
    PlanDocument,
    Theme,
    in_reading_order,
)
from actionplan.pdf import PdfUnavailable
from actionplan.services import plan_documents_generate
from common.spreadsheets import SafeWriter
from editorial.content_admin import ContentAdmin
from editorial.sources import SourceInline


class PlanDocumentForm(forms.ModelForm):
    """An editor's upload: marks the file as uploaded and removes the file it replaces."""

    class Meta:
        model = PlanDocument
        fields = ["plan", "language", "file"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._replaced_file = self.instance.file.name if self.instance.pk else ""

    def save(self, commit=True):
        document = super().save(commit=False)
        if "file" in self.changed_data:
            document.source = PlanDocument.Source.UPLOADED
            if self._replaced_file:
                storage, name = document.file.storage, self._replaced_file
                transaction.on_commit(lambda: storage.delete(name))
        if commit:
            document.save()
        return document


class PlanDocumentInline(admin.TabularInline):
    model = PlanDocument
    form = PlanDocumentForm
    extra = 0
    fields = ["language", "file", "source", "page_count", "size", "downloads"]
    readonly_fields = ["source", "page_count", "size", "downloads"]

    @admin.display(description=_("size"))
    def size(self, obj):
        return filesizeformat(obj.size_bytes) if obj.pk else ""


class ContentsEntryInline(TranslationTabularInline):
    model = ContentsEntry
    extra = 0
    fields = ["number", "title", "page", "order"]


@admin.register(ActionPlan)
class ActionPlanAdmin(ContentAdmin):
    list_display = [
        "version",
        "title",
        "publication_date",
        "is_published",
        "languages",
        "total_downloads",
        "translation_status",
        "updated",
    ]
    list_display_links = ["version", "title"]
    list_filter = ["is_published"]
    search_fields = ["version", "title_lv", "title_en"]
    readonly_fields = ["created", "updated"]
    inlines = [ContentsEntryInline, PlanDocumentInline]
    actions = ["generate_pdfs"]
    fieldsets = [
        (None, {"fields": ["title", "version", "publication_date", "is_published"]}),
        (
            _("The portal's summaries (not the plan's text)"),
            {"fields": ["introduction", "methodology", "situation"]},
        ),
        (_("The official edition"), {"fields": ["disclaimer"]}),
        (None, {"fields": ["created", "updated"]}),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(download_total=Sum("documents__downloads"))
            .prefetch_related("documents")
        )

    @admin.display(description=_("files"))
    def languages(self, obj):
        return ", ".join(d.language for d in in_reading_order(obj.documents.all())) or "—"

    @admin.display(description=_("downloads"), ordering="download_total")
    def total_downloads(self, obj):
        return obj.download_total or 0

    @admin.action(
        description=_("Generate the summaries of the portal's pages as PDF files (site languages)")
    )
    def generate_pdfs(self, request, queryset):
        for plan in queryset:
            try:
                results = plan_documents_generate(plan=plan)
            except PdfUnavailable as exc:
                self.message_user(request, str(exc), messages.ERROR)
                return
            for result in results:
                if result.generated:
                    self.message_user(
                        request,
                        _("%(plan)s, %(language)s: PDF generated (%(pages)s pages).")
                        % {
                            "plan": plan,
                            "language": result.language,
                            "pages": result.document.page_count,
                        },
                        messages.SUCCESS,
                    )
                else:
                    self.message_user(
                        request,
                        _("%(plan)s, %(language)s: kept, %(reason)s.")
                        % {
                            "plan": plan,
                            "language": result.language,
                            "reason": result.skipped_reason,
                        },
                        messages.WARNING,
                    )


class MeasureInline(TranslationStackedInline):
    model = Measure
    extra = 0
    fields = [
        "title",
        "description",
        "target_group",
        "responsible_level",
        "time_frame",
        "expected_result",
        "order",
    ]


@admin.register(Theme)
class ThemeAdmin(ContentAdmin):
    list_display = [
        "number",
        "title",
        "measure_count",
        "practice_count",
        "order",
        "translation_status",
        "updated",
    ]
    list_display_links = ["number", "title"]
    list_editable = ["order"]
    search_fields = ["number", "title_lv", "title_en"]
    readonly_fields = ["created", "updated"]
    inlines = [MeasureInline]
    fields = ["number", "title", "summary", "description", "edition_pages", "order"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                measures_total=Count("measures", distinct=True),
                practices_total=Count("good_practices", distinct=True),
            )
        )

    @admin.display(description=pgettext_lazy("action plan", "measures"), ordering="measures_total")
    def measure_count(self, obj):
        return obj.measures_total

    @admin.display(description=_("good practices"), ordering="practices_total")
    def practice_count(self, obj):
        return obj.practices_total

    def get_deleted_objects(self, objs, request):
        """A theme that good practices serve is kept: unlink them first (like PROTECT)."""
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        practices = GoodPractice.objects.filter(themes__in=list(objs)).distinct()
        protected = [
            *protected,
            *(
                format_html("{}: {}", GoodPractice._meta.verbose_name.capitalize(), practice)
                for practice in practices
            ),
        ]
        return deleted, model_count, perms_needed, protected


@admin.register(GoodPractice)
class GoodPracticeAdmin(ContentAdmin):
    list_display = [
        "title",
        "place",
        "section",
        "theme_numbers",
        "translation_status",
        "updated",
    ]
    # The publication column and status filter come from ContentAdmin (Publishable).
    list_filter = ["themes", "partner", "section"]
    search_fields = ["title_lv", "title_en", "summary_lv", "summary_en", "slug"]
    prepopulated_fields = {"slug": ["title_lv"]}
    readonly_fields = ["created", "updated"]
    # Partner editors edit the practices their partner contributed.
    partner_field = "partner"
    inlines = [SourceInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary"]}),
        (_("Publication"), {"fields": ["status", "publish_at"]}),
        (
            _("Where it comes from"),
            {"fields": ["partner", "country", "section", "event", "order"]},
        ),
        (_("Themes of the plan"), {"fields": ["themes"]}),
        (_("Text"), {"fields": ["description", "results", "transfer_note", "link"]}),
        (_("Image"), {"fields": ["image", "image_alt"]}),
        (None, {"fields": ["created", "updated"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("partner").prefetch_related("themes")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "themes":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("origin"), ordering="partner__number")
    def place(self, obj):
        if obj.partner_id:
            return f"{obj.partner.number} {obj.partner.city}"
        return obj.country.name

    @admin.display(description=_("themes"))
    def theme_numbers(self, obj):
        return ", ".join(theme.number for theme in obj.themes.all()) or "—"


@admin.register(PlanDocument)
class PlanDocumentAdmin(admin.ModelAdmin):
    form = PlanDocumentForm
    list_display = [
        "plan",
        "language",
        "source",
        "page_count",
        "size",
        "downloads",
        "file_date",
    ]
    list_filter = ["plan", "language", "source"]
    readonly_fields = [
        "source",
        "page_count",
        "size",
        "sha256",
        "downloads",
        "file_date",
        "created",
        "updated",
    ]
    fields = ["plan", "language", "file", *readonly_fields]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("plan")

    @admin.display(description=_("size"), ordering="size_bytes")
    def size(self, obj):
        return filesizeformat(obj.size_bytes) if obj.pk else ""

    def get_urls(self):
        report = self.admin_site.admin_view(self.downloads_report)
        return [
            path("report/", report, name="actionplan_plandocument_report"),
            *super().get_urls(),
        ]

    def downloads_report(self, request):
        """Downloads per edition and language, with totals, for the council's reports."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        documents = PlanDocument.objects.select_related("plan").order_by("plan", "language")
        editions = {}
        for document in documents:
            editions.setdefault(document.plan, []).append(document)
        rows = [
            {
                "plan": plan,
                "documents": in_reading_order(items),
                "total": sum(item.downloads for item in items),
            }
            for plan, items in sorted(
                editions.items(), key=lambda item: (item[0].publication_date is None, item[0].pk)
            )
        ]
        total = sum(row["total"] for row in rows)
        if request.GET.get("format") == "csv":
            return self._report_csv(rows, total)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Downloads of the action plan"),
            "opts": self.model._meta,
            "rows": rows,
            "total": total,
            "csv_url": reverse("admin:actionplan_plandocument_report") + "?format=csv",
        }
        return TemplateResponse(request, "admin/actionplan/downloads_report.html", context)

    def _report_csv(self, rows, total):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="action-plan-downloads.csv"'
        writer = SafeWriter(response)
        writer.writerow(["edition", "language", "source", "downloads"])
        for row in rows:
            for document in row["documents"]:
                writer.writerow(
                    [row["plan"].version, document.language, document.source, document.downloads]
                )
            writer.writerow([row["plan"].version, "total", "", row["total"]])
        writer.writerow(["all editions", "total", "", total])
        return response
