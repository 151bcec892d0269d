from django.views.generic import TemplateView

from funding.models import Grant
from funding.timeline import build_timeline


class FundingView(TemplateView):
    """The grant, its payment schedule and the pre-financing: three queries, whatever the size.

    Amounts reach the page only through ``grant.schedule``, which holds none unless the shares
    add up to 100 %; otherwise the page says so instead of showing figures that do not add up.
    """

    template_name = "funding/funding_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        grant = Grant.objects.with_schedule().current()
        context["grant"] = grant
        if grant is not None:
            pre_financing = list(grant.pre_financing.all())
            parts = [grant, *grant.instalments.all(), *pre_financing]
            context["schedule"] = grant.schedule
            context["pre_financing"] = pre_financing
            context["timeline"] = build_timeline(grant, grant.schedule, pre_financing)
            context["translated_parts"] = parts
        return context
