"""iCalendar (RFC 5545) files for one meeting or the whole series, made with ``icalendar``.

Each meeting is an all-day event over its days (DTEND is the day after the last one, as the
RFC wants), titled in the language of the page it was downloaded from and linked to it.
"""

from datetime import UTC, datetime, timedelta

import icalendar
from django.utils.translation import gettext

from common.i18n import shown_language

PRODID = "-//Daugavpils City Council//DeCoDe portal//EN"


def event_location(event):
    """“Venue, City, Country” as far as known, in the active language."""
    parts = [event.venue, event.host.city, str(event.host.country.name)]
    return ", ".join(part for part in parts if part)


def _language(event, field):
    """The LANGUAGE parameter of a text: the language it is really in (Latvian if untranslated)."""
    return {"language": shown_language(event, field)}


def _vevent(event, *, url, uid_domain):
    vevent = icalendar.Event()
    vevent.add("uid", f"mobility-event-{event.pk}@{uid_domain}")
    vevent.add("dtstamp", (event.updated or datetime.now(UTC)).astimezone(UTC))
    vevent.add("dtstart", event.start_date)
    vevent.add("dtend", event.end_date + timedelta(days=1))
    vevent.add("summary", event.title, parameters=_language(event, "title"))
    lines = [event.theme, event.summary, gettext("Host: %(host)s") % {"host": event.host.name}]
    description = "\n\n".join(line for line in lines if line)
    vevent.add("description", f"{description}\n\n{url}", parameters=_language(event, "summary"))
    vevent.add("location", event_location(event))
    vevent.add("url", url)
    vevent.add("transp", "TRANSPARENT")
    vevent.add("status", "CONFIRMED")
    if event.updated:
        vevent.add("last-modified", event.updated.astimezone(UTC))
    return vevent


def build_calendar(events, *, name, absolute_url, uid_domain):
    """The ``bytes`` of a VCALENDAR holding ``events``.

    ``absolute_url(event)`` gives each event's page address; ``uid_domain`` keeps the UIDs
    stable and unique to this site.
    """
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-caldesc", gettext("International meetings of the DeCoDe network"))
    for event in events:
        calendar.add_component(_vevent(event, url=absolute_url(event), uid_domain=uid_domain))
    return calendar.to_ical()
