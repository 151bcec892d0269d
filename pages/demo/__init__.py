"""The standing pages: about the project, legal notice, accessibility statement, privacy notice.

Facts from the project's facts sheet, §0 and §6; sentences are our own, except the Commission
disclaimer in the legal notice, whose wording is fixed by the programme.

Each page names its sources where it states facts about the project. The accessibility statement
and the privacy notice state what the site's owner does, which no source in the facts sheet
covers: they have none, and the editors' dashboard lists them.
"""

from common.demo import read, sync, sync_sources
from pages.models import Page


def load():
    changed = 0
    for values in read(__file__, "pages.json"):
        sources = values.pop("sources")
        page, was_changed = sync(Page, {"key": values.pop("key")}, values)
        changed += was_changed
        changed += sync_sources(page, sources)
    return changed
