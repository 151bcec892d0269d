"""The project in the media and the informational material (the project's facts sheet,
§4, with §1–§2 for context).

Each item is a short summary in our own words of what was published elsewhere, and names its
sources by their keys in common/demo/sources.json. Items summarising what the lead partner
published on daugavpils.lv are the project's own press releases; the rest is media coverage. A
publication date is shown to the day only where the facts sheet gives the day, else to the month
or the year it gives (the day stored within it, at noon in Riga, only orders the list). Items link
to their meeting (events, by series number) and partners (by partner number) when those exist.
Items that were merged into another for want of a date of their own are "retired": removed on
load.
"""

from common.demo import read, sync, sync_sources
from events.models import MobilityEvent
from news.models import PressRelease, Publication
from partners.models import Partner


def load():
    data = read(__file__, "news.json")
    changed = PressRelease.objects.filter(slug__in=data["retired"]).delete()[0]
    events = {event.number: event for event in MobilityEvent.objects.all()}
    partners = {partner.number: partner for partner in Partner.objects.all()}
    for values in data["press_releases"]:
        numbers = values.pop("partners")
        sources = values.pop("sources")
        values["related_event"] = events.get(values.pop("event"))
        values["status"] = "published"
        release, was_changed = sync(PressRelease, {"slug": values.pop("slug")}, values)
        wanted = {partners[number].pk for number in numbers if number in partners}
        if set(release.partners.values_list("pk", flat=True)) != wanted:
            release.partners.set(wanted)
            was_changed = True
        was_changed |= sync_sources(release, sources)
        changed += was_changed
    for values in data["publications"]:
        _publication, was_changed = sync(Publication, {"slug": values.pop("slug")}, values)
        changed += was_changed
    return changed
