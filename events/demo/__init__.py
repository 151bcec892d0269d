"""The network's five international meetings (the facts sheet §2), in Latvian and English.

Dates are those on which the meetings were held (Kaunas was planned for September 2018 and
held in October). Programme items are only those the sources describe; where they do not
say on which day something happened, the item has no day, and no item has a time. No
speakers are named beyond organisations and public roles; no headcounts were published, so
none are given. No photos: none are licensed to the project's site.

Each meeting names its host by partner number and its sources (the facts sheet §2) by key, the
lead partner's report first. The hosts are described as the partners' own demo content describes
them, and created here only if that content has not been loaded, so that the meetings always
have their hosts. The meetings are announced, and so public, from the project's start.
"""

from common.demo import PROJECT_START, read, stored_form, sync, sync_sources
from events.models import MobilityEvent, ProgrammeItem
from partners.models import Partner

# What the sources leave unsaid of a programme item: its day, details and speaker.
ITEM_DEFAULTS = {
    "day": None,
    "details_lv": "",
    "details_en": "",
    "speaker_lv": "",
    "speaker_en": "",
}


def _host(number, hosts):
    partner = Partner.objects.filter(number=number).first()
    if partner is not None:
        return partner, False
    partner = Partner(number=number, **stored_form(Partner, hosts[number]))
    partner.full_clean()
    partner.save()
    return partner, True


def load():
    data = read(__file__, "events.json")
    changed = 0
    for values in data["events"]:
        programme = values.pop("programme")
        sources = values.pop("sources")
        host, created = _host(values.pop("host"), data["hosts"])
        changed += created
        publishing = {"host": host, "status": "published", "publish_at": PROJECT_START}
        event, was_changed = sync(
            MobilityEvent, {"number": values.pop("number")}, {**values, **publishing}
        )
        changed += was_changed
        changed += sync_sources(event, sources)
        for order, item in enumerate(programme, start=1):
            lookup = {"event": event, "order": order}
            changed += sync(ProgrammeItem, lookup, {**ITEM_DEFAULTS, **item})[1]
        stale = event.programme_items.filter(order__gt=len(programme))
        changed += stale.count()
        stale.delete()
    return changed
