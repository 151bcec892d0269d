"""The network's eight partners and the population figures of their cities, regions and countries.

Facts from the project's facts sheet, §1 (partners, coordinates) and §5 (population).
Sentences are our own. Only figures found in a cited source are loaded ([GK] estimates are left
out); rounded, derived (computed from other figures) and provisional values are flagged as
estimates. Figures whose source address is not known are loaded without it: kept for editors,
not published.

Each partner's sources (the facts sheet §1, and §2–§3 for what their pages say of the meetings)
start with the project's English page, which numbers and names the partners. A figure leaves out
what it does not know: no reference date, not an estimate, no area name (the partner's city).
"""

from common.demo import read, stored_form, sync, sync_sources
from partners.models import Partner, PopulationFigure

FIGURE_DEFAULTS = {
    "reference_date": None,
    "is_estimate": False,
    "area_name_lv": "",
    "area_name_en": "",
}


def load():
    changed = 0
    for values in read(__file__, "partners.json"):
        number = values.pop("number")
        sources = values.pop("sources")
        figures = values.pop("figures")
        partner, was_changed = sync(Partner, {"number": number}, values)
        changed += was_changed
        changed += sync_sources(partner, sources)
        changed += _sync_figures(partner, figures)
    return changed


def _sync_figures(partner, figures):
    """Make the partner's figures those of the facts sheet: one query to read, one per write.

    Figures are many and alike, so they are checked field by field here and written in bulk;
    the database constraints still guard the pair of area and year.
    """
    stored = {(f.area, f.year): f for f in partner.population_figures.all()}
    new, changed = [], []
    for data in figures:
        data = stored_form(PopulationFigure, {**FIGURE_DEFAULTS, **data})
        key = (data.pop("area"), data.pop("year"))
        figure = stored.get(key)
        if figure is None:
            figure = PopulationFigure(partner=partner, area=key[0], year=key[1], **data)
            new.append(figure)
        elif any(getattr(figure, name) != value for name, value in data.items()):
            for name, value in data.items():
                setattr(figure, name, value)
            changed.append(figure)
        else:
            continue
        figure.full_clean(exclude=["partner"], validate_unique=False, validate_constraints=False)
    PopulationFigure.objects.bulk_create(new)
    if changed:
        fields = ["value", "source_name", "source_url", *FIGURE_DEFAULTS]
        PopulationFigure.objects.bulk_update(changed, fields)
    return len(new) + len(changed)
