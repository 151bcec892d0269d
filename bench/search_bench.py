"""Search over 10,000 press releases on PostgreSQL: how long the site search takes.

Not part of the test suite. Run it with ``make bench-search`` (DATABASE_URL must name a
PostgreSQL database; a throw-away test database beside it is created and dropped), or
``DATABASE_URL=postgres://… .venv/bin/python bench/search_bench.py [rows] [--plans]``.

It fills the database with generated Latvian and English press releases (a few per cent mention
"remigrācija", about one in a hundred "Łódź", and some words are in nearly every one), then
requests the search pages as a visitor does (``/lv/meklet/?q=…``, the grouped overview, and
one kind's pages): the view, its queries and the template, without the page cache. For each it
prints the median and the 95th percentile of ``RUNS`` requests and whether each is under
``TARGET_MS``, the number of SQL queries, and how each query on the press releases read them
(EXPLAIN ANALYZE: through the GIN index, or newest first for a word found in most of them;
``--plans`` prints those plans). The machine's load average is printed first and last: figures
taken on a busy machine are slower.
"""

import os
import random
import re
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from news.models import PressRelease  # noqa: E402
from search.registry import RESULT_LIMIT  # noqa: E402

# The number of hits as the results page states it ("Results for “…”: 200").
SUMMARY = re.compile(r'class="search-summary"[^>]*>[^<]*”: ([^<·]+)')
TARGET_MS = 50
RUNS = 40
WARM_UP = 3
PATHS = {"lv": "/lv/meklet/", "en": "/en/search/"}
# (language, query, extra parameters): the grouped overview, then one kind's first and last page.
CASES = [
    ("lv", "remigracija", {}),
    ("lv", "Lodz", {}),
    ("lv", "iedzīvotāji darbs", {}),
    ("lv", "pilsēta", {}),
    ("en", "depopulation", {}),
    ("en", "regional centres", {}),
    ("lv", "nekas-tads-neeksiste", {}),
    ("lv", "remigracija", {"kind": "press"}),
    ("lv", "iedzīvotāji darbs", {"kind": "press"}),
    ("lv", "iedzīvotāji darbs", {"kind": "press", "page": "20"}),
]
WORDS_LV = [
    "pilsēta",
    "iedzīvotāji",
    "reģions",
    "darbs",
    "jaunieši",
    "ģimenes",
    "atbalsts",
    "programma",
    "projekts",
    "tikšanās",
    "attīstība",
    "uzņēmējdarbība",
    "izglītība",
    "pakalpojumi",
    "pašvaldība",
    "sadarbība",
    "partneri",
    "pieredze",
    "plānošana",
    "ekonomika",
    "Latgale",
    "Daugavpils",
    "Kauņa",
    "Palermo",
    "Magdeburga",
    "Vejle",
    "Oradea",
]
WORDS_EN = [
    "city",
    "residents",
    "region",
    "work",
    "young",
    "families",
    "support",
    "programme",
    "project",
    "meeting",
    "development",
    "business",
    "education",
    "services",
    "municipality",
    "cooperation",
    "partners",
    "experience",
    "planning",
    "economy",
    "depopulation",
    "regional",
    "centres",
    "Latgale",
    "Daugavpils",
    "Kaunas",
    "Palermo",
    "Magdeburg",
    "Vejle",
    "Oradea",
]


def _text(rng, words, count):
    return " ".join(rng.choice(words) for _ in range(count))


def fill(rows):
    rng = random.Random(2018)
    now = timezone.now()
    batch = []
    for number in range(rows):
        extra_lv = extra_en = ""
        if number % 40 == 0:
            extra_lv, extra_en = " remigrācija atgriešanās", " remigration return"
        if number % 97 == 0:
            extra_lv += " Lodzā Łódź"
            extra_en += " Łódź"
        batch.append(
            PressRelease(
                slug=f"bench-{number}",
                title_lv=_text(rng, WORDS_LV, 6) + extra_lv,
                title_en=_text(rng, WORDS_EN, 6) + extra_en,
                summary_lv=_text(rng, WORDS_LV, 30),
                summary_en=_text(rng, WORDS_EN, 30),
                body_lv="<p>" + _text(rng, WORDS_LV, 180) + extra_lv + "</p>",
                body_en="<p>" + _text(rng, WORDS_EN, 180) + extra_en + "</p>",
                status="published" if number % 50 else "draft",
                publish_at=now - timedelta(hours=number),
            )
        )
    PressRelease.objects.bulk_create(batch, batch_size=1000)
    with connection.cursor() as cursor:
        # As autovacuum leaves a table that has grown: the GIN index's pending entries merged,
        # the planner's statistics current.
        cursor.execute("VACUUM ANALYZE news_pressrelease")


def percentile_95(timings):
    return statistics.quantiles(timings, n=20, method="inclusive")[18]


def page_name(params):
    return f"{params['kind']} p.{params.get('page', '1')}" if params else "overview"


def time_case(client, language, query, params):
    """(timings in ms, SQL queries of one request, the number of hits as the page states it)."""
    url = PATHS[language]
    data = {"q": query, **params}
    for _ in range(WARM_UP):
        client.get(url, data)
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = client.get(url, data)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, data)
    summary = SUMMARY.search(response.content.decode())
    return timings, queries.captured_queries, summary.group(1).strip() if summary else "0"


def plans(captured):
    """EXPLAIN ANALYZE of each captured query that reads the press releases."""
    result = []
    with connection.cursor() as cursor:
        for query in captured:
            if "news_pressrelease" not in query["sql"]:
                continue
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {query['sql']}")
            result.append([line for (line,) in cursor.fetchall()])
    return result


def access(plan):
    """How a query read the press releases: through the GIN index, newest first, or whole."""
    executed = [line for line in plan if "never executed" not in line]
    ways = []
    if any("Index Scan Backward using news_pressrelease_publish_at" in line for line in executed):
        ways.append("newest first")
    if any("Bitmap Index Scan on search_pressrelease_" in line for line in executed):
        ways.append("GIN")
    if any("Seq Scan on news_pressrelease" in line for line in executed):
        ways.append("WHOLE TABLE")
    return "+".join(ways) or "?"


def verdict(value):
    return f"{value:6.1f} ms {'yes' if value < TARGET_MS else 'NO '}"


def load():
    return "load average " + ", ".join(f"{value:.2f}" for value in os.getloadavg())


def main():
    if connection.vendor != "postgresql":
        sys.exit("This benchmark needs PostgreSQL: set DATABASE_URL=postgres://…")
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    show_plans = "--plans" in sys.argv
    rows = int(arguments[0]) if arguments else 10_000
    print(f"Before: {load()} ({os.cpu_count()} cores)")
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        started = time.perf_counter()
        fill(rows)
        print(f"{rows} press releases generated in {time.perf_counter() - started:.1f} s")
        print(
            f"{RUNS} requests of each search page, as a visitor sends them (at most "
            f"{RESULT_LIMIT} hits of a kind are ranked and shown). 'read' tells how each query "
            "on the press releases read them (EXPLAIN ANALYZE): through the GIN index, or "
            "newest first for a word in most of them."
        )
        header = (
            f"  {'':2} {'query':22} {'page':11} {'hits':>14}  {'median':>9} <{TARGET_MS}  "
            f"{'p95':>9} <{TARGET_MS}  queries  read"
        )
        print(header)
        client = Client()
        slow = []
        with override_settings(PAGE_CACHE_ENABLED=False):
            for language, query, params in CASES:
                client.get(PATHS[language], {"q": query, **params})
            for language, query, params in CASES:
                timings, captured, shown = time_case(client, language, query, params)
                median, p95 = statistics.median(timings), percentile_95(timings)
                case_plans = plans(captured)
                name = f"{language} {query!r} {page_name(params)}"
                slow += [
                    f"{name} ({label})"
                    for label, value in (("median", median), ("p95", p95))
                    if value >= TARGET_MS
                ]
                print(
                    f"  {language} {query!r:22} {page_name(params):11} {shown:>14}  "
                    f"{verdict(median)}  {verdict(p95)}  {len(captured):7}  "
                    f"{', '.join(access(plan) for plan in case_plans)}"
                )
                if show_plans:
                    for plan in case_plans:
                        print("\n".join(f"      {line}" for line in plan))
        print(f"After: {load()}")
        if slow:
            print(f"Search over {rows} press releases: NOT under {TARGET_MS} ms: {'; '.join(slow)}")
        else:
            print(
                f"Search over {rows} press releases: median and p95 of every search under "
                f"{TARGET_MS} ms: OK"
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
