"""Search over 10,000 press releases on PostgreSQL: how long the site search takes.

Not part of the test suite. Run it with ``make bench-search`` (DATABASE_URL must name a
PostgreSQL database; a throw-away test database beside it is created and dropped), or
``DATABASE_URL=postgres://… .venv/bin/python bench/search_bench.py [rows]``.

It fills the database with generated Latvian and English press releases (a few per cent mention
"remigrācija", some "Łódź"), then times the search as the results page runs it (every kind:
count plus the best hits with ts_headline excerpts), prints the median and the slowest of
several runs per query, and the PostgreSQL plan of one query.
"""

import os
import random
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
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from decode_portal.search import Search  # noqa: E402
from news.models import PressRelease  # noqa: E402

TARGET_MS = 50
RUNS = 15
QUERIES = [
    ("lv", "remigracija"),
    ("lv", "Lodz"),
    ("lv", "iedzīvotāji darbs"),
    ("en", "depopulation"),
    ("en", "regional centres"),
    ("lv", "nekas-tads-neeksiste"),
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
        cursor.execute("ANALYZE news_pressrelease")


def time_query(language, query):
    timings = []
    found = 0
    for _ in range(RUNS):
        with translation.override(language):
            started = time.perf_counter()
            results = Search(query).overview()
            found = sum(group.count for group in results)
            timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), max(timings), found


def main():
    if connection.vendor != "postgresql":
        sys.exit("This benchmark needs PostgreSQL: set DATABASE_URL=postgres://…")
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        started = time.perf_counter()
        fill(rows)
        print(f"{rows} press releases generated in {time.perf_counter() - started:.1f} s")
        worst = 0.0
        for language, query in QUERIES:
            median, slowest, found = time_query(language, query)
            worst = max(worst, median)
            print(
                f"  {language} {query!r:26} {found:6} hits  median {median:6.1f} ms  "
                f"slowest {slowest:6.1f} ms"
            )
        with translation.override("lv"):
            queryset = Search("remigracija")._matching(
                __import__("decode_portal.search", fromlist=["get_kind"]).get_kind("press")
            )
            sql, params = queryset.order_by("-search_rank")[:5].query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN ANALYZE {sql}", params)
            print("Plan of the press-release page query for 'remigracija':")
            for (line,) in cursor.fetchall():
                print("   ", line)
        verdict = "OK" if worst < TARGET_MS else "TOO SLOW"
        print(
            f"Search over {rows} press releases: {worst:.1f} ms "
            f"(target < {TARGET_MS} ms): {verdict}"
        )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
