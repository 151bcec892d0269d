from django.urls import path
from django.utils.translation import pgettext_lazy

from funding import views

app_name = "funding"

urlpatterns = [
    path(pgettext_lazy("URL", "funding/"), views.FundingView.as_view(), name="detail"),
]
