"""schema.org ``Event`` data for a meeting's page, read by search engines as JSON-LD."""


def event_json_ld(event, request, *, image_urls=()):
    """A dict for the ``json_ld`` filter: name, dates, place, organiser, page and photos."""
    host = event.host
    organizer = {
        "@type": "Organization",
        "name": host.name,
        "url": request.build_absolute_uri(host.get_absolute_url()),
    }
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "startDate": event.start_date.isoformat(),
        "endDate": event.end_date.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": event.venue or host.city,
            "address": {
                "@type": "PostalAddress",
                "addressLocality": host.city,
                "addressCountry": host.country.code,
            },
        },
        "organizer": organizer,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "inLanguage": request.LANGUAGE_CODE,
    }
    if image_urls:
        data["image"] = [request.build_absolute_uri(url) for url in image_urls]
    return data
