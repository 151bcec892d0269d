"""The EU grant, its two instalments and the council's pre-financing (the facts sheet §0 and §6).

The sources give the payment plan (40 % advance, 60 % after implementation, 30 000 EUR of
municipal pre-financing in 2019) but not the days the money arrived, so the instalments are
"planned" with year-only dates; an editor who has the bank statements can mark them received.
The grant's reference number is the project's, from the settings.
"""

from django.conf import settings

from common.demo import read, sync
from funding.models import Grant, Instalment, PreFinancing


def load():
    data = read(__file__, "funding.json")
    values = {**data["grant"], "reference_number": settings.PROJECT_NUMBER}
    grant, changed = sync(Grant, {"singleton": True}, values)
    changed = int(changed)
    for values in data["instalments"]:
        lookup = {"grant": grant, "order": values.pop("order")}
        changed += sync(Instalment, lookup, values)[1]
    for values in data["pre_financing"]:
        lookup = {"grant": grant, "year": values.pop("year"), "kind": values.pop("kind")}
        changed += sync(PreFinancing, lookup, values)[1]
    return changed
