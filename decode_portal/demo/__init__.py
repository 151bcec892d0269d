"""Demo content from the project's facts sheet, one module per section, each with an idempotent
load().

Each loader returns how many objects it created or changed, so a second run reports 0.
Loaders run in dependency order: partners before the events they host, and so on.
"""

from decode_portal.demo import actionplan, events, funding, news, pages, partners

LOADERS = [
    ("pages", pages.load),
    ("partners", partners.load),
    ("funding", funding.load),
    ("events", events.load),
    ("news", news.load),
    # After the partners' loader: practices link to partners by partner number.
    ("actionplan", actionplan.load),
]
