from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView, TemplateView

from actionplan.forms import PracticeFilterForm
from actionplan.models import (
    ActionPlan,
    GoodPractice,
    Measure,
    PlanDocument,
    Theme,
    in_reading_order,
)
from common.downloads import serve_counted_download
from common.publishing import PreviewableMixin, PublicationStatus
from partners.models import Partner


def _published_practices_of_theme():
    return Q(
        good_practices__status=PublicationStatus.PUBLISHED,
        good_practices__publish_at__lte=timezone.now(),
    )


class PlanPageMixin:
    """What every page of the plan shows beside its content: the plan's pages on this portal
    (overview, themes, good practices) and the current edition's downloads box, the official
    files first. Three queries, whatever the plan holds."""

    def get_plan_themes(self):
        return Theme.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        plan = ActionPlan.objects.current()
        context["plan"] = plan
        # (Not the model's ordering, which sorts by edition and so joins the editions' table.)
        documents = list(plan.documents.order_by("language")) if plan else []
        official = in_reading_order((d for d in documents if not d.is_generated), get_language())
        summaries = in_reading_order((d for d in documents if d.is_generated), get_language())
        context["official_documents"] = official
        context["summary_documents"] = summaries
        context["plan_documents"] = official + summaries
        context["plan_themes"] = self.plan_themes
        return context

    @property
    def plan_themes(self):
        if not hasattr(self, "_plan_themes"):
            self._plan_themes = list(self.get_plan_themes())
        return self._plan_themes


class OverviewView(PlanPageMixin, TemplateView):
    template_name = "actionplan/overview.html"

    def get_plan_themes(self):
        return Theme.objects.annotate(
            measure_count=Count("measures", distinct=True),
            practice_count=Count(
                "good_practices", filter=_published_practices_of_theme(), distinct=True
            ),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["practice_count"] = GoodPractice.objects.published().count()
        plan = context["plan"]
        themes = {theme.number: theme for theme in self.plan_themes}
        context["official_contents"] = (
            [(entry, themes.get(entry.number)) for entry in plan.contents.all()] if plan else []
        )
        editions = {}
        if plan is not None:
            for document in PlanDocument.objects.published().exclude(plan=plan):
                editions.setdefault(document.plan, []).append(document)
        context["earlier_editions"] = [
            (edition, in_reading_order(documents, get_language()))
            for edition, documents in editions.items()
        ]
        return context


class ThemeDetailView(PlanPageMixin, DetailView):
    context_object_name = "theme"
    slug_field = "number"
    slug_url_kwarg = "number"
    queryset = Theme.objects.prefetch_related(
        Prefetch("measures", queryset=Measure.objects.order_by("order", "pk")),
        Prefetch("good_practices", queryset=GoodPractice.objects.published().cards()),
    )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        themes = self.plan_themes
        position = next(i for i, theme in enumerate(themes) if theme.pk == self.object.pk)
        context["previous_theme"] = themes[position - 1] if position > 0 else None
        context["next_theme"] = themes[position + 1] if position + 1 < len(themes) else None
        return context


class GoodPracticeListView(PlanPageMixin, ListView):
    """All published practices, filtered by theme, partner city and where they come from."""

    context_object_name = "practices"
    paginate_by = 20
    template_name = "actionplan/goodpractice_list.html"

    def get(self, request, *args, **kwargs):
        # The filter shows each city and sends the partner's slug; the list is sorted below.
        partners = (
            Partner.objects.filter(pk__in=GoodPractice.objects.published().values("partner_id"))
            .only("slug", "city")
            .order_by()
        )
        self.form = PracticeFilterForm(
            request.GET,
            themes=self.plan_themes,
            themes_in_use=[theme.number for theme in self.plan_themes if theme.practice_count],
            partners=sorted(partners, key=lambda partner: partner.city.casefold()),
            sections=GoodPractice.objects.published().order_by().values_list("section", flat=True),
        )
        return super().get(request, *args, **kwargs)

    def get_plan_themes(self):
        # The filter offers only the themes that published practices are linked to.
        return Theme.objects.annotate(
            practice_count=Count(
                "good_practices", filter=_published_practices_of_theme(), distinct=True
            )
        )

    def get_queryset(self):
        practices = GoodPractice.objects.published().cards()
        if not self.form.is_valid():
            return practices.none()
        theme, partner, section = self.form.chosen()
        if theme is not None:
            practices = practices.filter(themes=theme)
        if partner is not None:
            practices = practices.filter(partner=partner)
        if section:
            practices = practices.filter(section=section)
        return practices

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if not self.form.is_valid():
            add_never_cache_headers(response)  # a choice no filter offers: nothing to keep
        return response


class GoodPracticeDetailView(PreviewableMixin, PlanPageMixin, DetailView):
    """A practice's page; an editor also sees a draft or scheduled one there, as a preview."""

    context_object_name = "practice"
    queryset = GoodPractice.objects.for_page()


@require_safe
def download(request, version, language):
    """One language's file of an edition: counted, then sent as an attachment."""
    document = get_object_or_404(
        PlanDocument.objects.published(), plan__version=version, language=language
    )
    return serve_counted_download(request, document, filename=document.download_filename)
