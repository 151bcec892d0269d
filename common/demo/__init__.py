"""What every app's demo loader shares: reading its data file, the idempotent upsert, and the
catalogue of sources (sources.json) that data files name by key, such as "KAUNAS_REPORT".

Data files are JSON: dates and times in ISO format, decimals as strings, choices by their stored
value. Keys that start with "_" are notes on a data choice for whoever edits the file; they are
dropped on reading. Each value goes through its model field's ``to_python()`` (and rich text
through the sanitiser) before it is compared with the stored one, so a second run changes nothing.

The sources are those of the project's facts sheet (address, publisher, kind, date as precisely as
it is known), in its order: §0 the project's own pages, §4 reports, then §1, §3 and §5 (partners,
practices and population). A title is filled in only where the facts sheet gives the source's own
title in full; otherwise the page links the source by its address. Dates are those the facts sheet
gives: a day only where it is known, else the month or the year.
"""

import json
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from common.richtext import RichTextField, sanitize_html
from common.sources import Source

# The project's start: the meetings, and the practices presented at them, are public from then.
PROJECT_START = datetime(2018, 3, 1, 10, 0, tzinfo=UTC)


def read(module_file, name):
    """The data file ``name`` in the folder of ``module_file``, without its notes."""
    text = Path(module_file).with_name(name).read_text(encoding="utf-8")
    return json.loads(text, object_hook=_without_notes)


def _without_notes(values):
    return {key: value for key, value in values.items() if not key.startswith("_")}


def stored_form(model, values):
    """The values as the database will keep them: converted by their fields, rich text sanitised."""
    stored = {}
    for name, value in values.items():
        field = model._meta.get_field(name)
        if not field.is_relation:
            value = field.to_python(value)
        if isinstance(field, RichTextField):
            value = sanitize_html(value)
        stored[name] = value
    return stored


def sync(model, lookup, values):
    """Make the object found by ``lookup`` carry ``values``; return (obj, changed)."""
    values = stored_form(model, values)
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.full_clean()
        obj.save()
        return obj, True
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.full_clean()
        obj.save()
    return obj, bool(changed)


@cache
def _catalogue():
    return read(__file__, "sources.json")


def sync_sources(obj, keys):
    """Give ``obj`` the sources named by ``keys``, in that order; return whether they changed."""
    wanted = [
        {"order": index, **stored_form(Source, _catalogue()[key])}
        for index, key in enumerate(keys, start=1)
    ]
    fields = list(wanted[0]) if wanted else ["order"]
    stored = [
        {name: getattr(item, name) for name in fields}
        for item in obj.sources.order_by("order", "pk")
    ]
    if stored == wanted:
        return False
    obj.sources.all().delete()
    for data in wanted:
        item = Source(content_object=obj, **data)
        item.full_clean()
        item.save()
    return True
