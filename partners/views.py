from django.http import HttpResponse
from django.utils.translation import get_language
from django.views import View
from django.views.generic import DetailView, ListView
from django.views.generic.detail import SingleObjectMixin

from partners import population
from partners.models import Partner
from partners.partner_map import partner_map


class PartnerListView(ListView):
    """The network: a map of the partner cities, the same partners as a list, then cards."""

    queryset = Partner.objects.all()
    context_object_name = "partners"
    template_name = "partners/partner_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["map"] = partner_map(context["partners"])
        return context


class PartnerDetailView(DetailView):
    """A partner city: who it is, the meetings it hosted, its good practices, its population."""

    queryset = Partner.objects.with_population().with_sources()
    context_object_name = "partner"
    template_name = "partners/partner_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["population_series"] = population.series_for(
            self.object, self.object.published_figures
        )
        # One query each, run when the page shows them.
        # Through the reverse relations, so this app needs neither the events nor the action
        # plan app: their querysets' methods come with the related managers.
        context["hosted_events"] = self.object.hosted_events.in_date_order()
        context["practices"] = self.object.good_practices.for_partner_page()
        return context


class PopulationComparisonView(ListView):
    """Each city's change in percent since its first sourced year, on one chart and in a table."""

    queryset = Partner.objects.with_population()
    context_object_name = "partners"
    template_name = "partners/population_comparison.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        changes = population.city_changes(context["partners"])
        context["changes"] = changes
        context["chart"], context["narrow_chart"] = population.comparison_charts(changes)
        return context


def csv_response(partners, name):
    """The published figures of ``partners`` as a CSV download in the active language."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}-{get_language()}.csv"'
    population.write_csv(partners, response)
    return response


class NetworkPopulationCsvView(View):
    def get(self, request):
        return csv_response(Partner.objects.with_population(), "decode-population")


class PartnerPopulationCsvView(SingleObjectMixin, View):
    queryset = Partner.objects.with_population()

    def get(self, request, slug):
        partner = self.get_object()
        return csv_response([partner], f"decode-population-{partner.slug}")
