"""Demo content from ../shared/facts.md, one module per section, each with an idempotent load().

Each loader returns how many objects it created or changed, so a second run reports 0.
"""

from decode_portal.demo import funding, pages

LOADERS = [
    ("pages", pages.load),
    ("funding", funding.load),
]
