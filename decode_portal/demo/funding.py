"""The EU grant, its two instalments and the council's pre-financing (the facts sheet §0 and §6).

The sources give the payment plan (40 % advance, 60 % after implementation, 30 000 EUR of
municipal pre-financing in 2019) but not the days the money arrived, so the instalments are
"planned" with year-only dates; an editor who has the bank statements can mark them received.
"""

import datetime
from decimal import Decimal

from django.conf import settings

from decode_portal.demo.sync import sync
from funding.models import Grant, Instalment, PreFinancing

GRANT = {
    "programme_lv": "Eiropa pilsoņiem",
    "programme_en": "Europe for Citizens",
    "strand_lv": "2. sadaļa “Demokrātiskā iesaistīšanās un sabiedriskā līdzdalība”",
    "strand_en": "Strand 2 “Democratic engagement and civic participation”",
    "measure_lv": "2.2. apakšpasākums “Pašvaldību tīklojumi”",
    "measure_en": "Measure 2.2 “Networks of Towns”",
    "reference_number": settings.PROJECT_NUMBER,
    "start_date": datetime.date(2018, 3, 1),
    "end_date": datetime.date(2020, 2, 1),
    "total": Decimal("90000.00"),
    "eu_share": Decimal("100.00"),
    "summary_lv": (
        "DeCoDe projektu pilnībā finansēja Eiropas Savienības programma “Eiropa pilsoņiem”. "
        "Dotācija paredzēta divās daļās: avanss 40 % un 60 % pēc projekta īstenošanas. "
        "Daugavpils pilsētas dome 2019. gadā projektu priekšfinansēja ar 30 000 EUR."
    ),
    "summary_en": (
        "The European Union's Europe for Citizens programme financed DeCoDe in full. The grant "
        "comes in two parts: a 40 % advance and 60 % after the project's implementation. "
        "Daugavpils City Council pre-financed the project with 30,000 EUR in 2019."
    ),
}

INSTALMENTS = [
    {
        "order": 1,
        "name_lv": "Avanss",
        "name_en": "Advance",
        "share": Decimal("40.00"),
        "condition": Instalment.Condition.ADVANCE,
        "planned_date": datetime.date(2018, 1, 1),
        "planned_precision": Instalment.Precision.YEAR,
        "status": Instalment.Status.PLANNED,
        "received_date": None,
    },
    {
        "order": 2,
        "name_lv": "Atlikums",
        "name_en": "Balance",
        "share": Decimal("60.00"),
        "condition": Instalment.Condition.FINAL,
        "planned_date": datetime.date(2020, 1, 1),
        "planned_precision": Instalment.Precision.YEAR,
        "status": Instalment.Status.PLANNED,
        "received_date": None,
    },
]

PRE_FINANCING = [
    {
        "kind": PreFinancing.Kind.PRE_FINANCING,
        "year": 2019,
        "amount": Decimal("30000.00"),
        "source_lv": "Daugavpils pilsētas dome",
        "source_en": "Daugavpils City Council",
        "purpose_lv": "Pašvaldības priekšfinansējums projektam.",
        "purpose_en": "The municipality's pre-financing of the project.",
    },
]


def load():
    grant, changed = sync(Grant, {"singleton": True}, GRANT)
    changed = int(changed)
    for values in INSTALMENTS:
        lookup = {"grant": grant, "order": values["order"]}
        rest = {key: value for key, value in values.items() if key != "order"}
        changed += sync(Instalment, lookup, rest)[1]
    for values in PRE_FINANCING:
        lookup = {"grant": grant, "year": values["year"], "kind": values["kind"]}
        rest = {key: value for key, value in values.items() if key not in lookup}
        changed += sync(PreFinancing, lookup, rest)[1]
    return changed
