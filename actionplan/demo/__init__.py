"""The Depopulation Control Action Plan: what is known of it, and the good practices presented.

Facts from the project's facts sheet, §0 (the project's aim), §2 (meetings), §3 (the plan's
title, number and table of contents) and §5 (population trends), and the Latvian project page
(the proposals for cities' planning documents). Sentences are our own and are
shown as the portal's summaries, never as the plan's text. The plan's individual measures could
not be read from the stored copy, so no measure is loaded: each theme says where the official
edition sets them out. The official edition itself is not loaded (its file was not found), nor
is a PDF generated here.

Good practices are those documented for the network's meetings (NOT confirmed to be the ones the
plan prints). Each names the meeting where it was presented (by the event's slug) where a source
says which, and no theme: no source links a practice to a theme of the plan, and there is no
advice on transferring one. Each names its partner by partner number and is loaded without a
partner link (but with the partner's country) when that partner is not in the database yet, and
without its meeting when the meeting is not, so this loader runs before and after the partners'
and events' demo content. Practices are public, like the meetings where they were presented,
from the project's start.
"""

from actionplan.models import ActionPlan, ContentsEntry, GoodPractice, Theme
from common.demo import PROJECT_START, read, sync, sync_sources
from common.publishing import PublicationStatus
from events.models import MobilityEvent
from partners.models import Partner


def load():
    data = read(__file__, "actionplan.json")
    changed = _load_plan(data["plan"], data["contents"])
    themes, themes_changed = _load_themes(data["themes"])
    countries = data["partner_countries"]
    return changed + themes_changed + _load_practices(data["practices"], themes, countries)


def _load_plan(values, contents):
    plan, changed = sync(ActionPlan, {"version": values.pop("version")}, values)
    for order, entry in enumerate(contents, 1):
        changed += sync(ContentsEntry, {"plan": plan, "order": order}, entry)[1]
    return int(changed)


def _load_themes(entries):
    changed = 0
    themes = {}
    for values in entries:
        theme, was_changed = sync(Theme, {"number": values.pop("number")}, values)
        themes[theme.number] = theme
        changed += was_changed
    return themes, changed


def _load_practices(entries, themes, countries):
    partners = {partner.number: partner for partner in Partner.objects.all()}
    events = {event.slug: event for event in MobilityEvent.objects.all()}
    changed = 0
    for values in entries:
        slug = values.pop("slug")
        sources = values.pop("sources")
        # A theme only where a source links the practice to one (none does yet).
        theme_numbers = values.pop("themes", ())
        number = values.pop("partner")
        partner = values["partner"] = partners.get(number)
        values["country"] = "" if partner else countries[number]
        values["event"] = events.get(values.pop("event"))
        # No advice on transferring a practice: no source gives any.
        values["transfer_note_lv"] = values["transfer_note_en"] = ""
        values.update(status=PublicationStatus.PUBLISHED, publish_at=PROJECT_START)
        practice, was_changed = sync(GoodPractice, {"slug": slug}, values)
        wanted = {themes[number].pk for number in theme_numbers}
        if set(practice.themes.values_list("pk", flat=True)) != wanted:
            practice.themes.set(wanted)
            was_changed = True
        changed += was_changed
        changed += sync_sources(practice, sources)
    return changed
