"""What each page type costs to render uncached, in this process: ms per page and the top costs.

    .venv/bin/python bench/profile_pages.py [--prepare] [--runs N] [--details [--profile]]
                                            [--top N] [PATTERN]

No server and no load generator: the request goes through the WSGI handler gunicorn calls (the
whole middleware stack) with production settings (debug off, cached template loader, hashed
static files) and the page cache off, on a PostgreSQL database with the demo content
(BENCH_DATABASE, default decode_bench; ``--prepare``, and the first run in a work directory
(BENCH_WORK_DIR) without collected static files, migrates it, loads the demo content and
collects the static files first). Each page type of the sitemap is timed against the bare view
(/bench/bare/, the same middleware); ``ratio`` is the bare view's time over the page's, what
`make bench` compares uncached (where the server's own work per request, about 0.3 ms, is
added to both). A second, instrumented pass splits out the time spent rendering templates and
waiting for SQL, and counts the queries. ``--details`` lists each page's queries with their
times and its templates by their own time; ``--profile`` adds its top functions by own and by
cumulative time (cProfile). PATTERN limits the page types to those whose view name contains
it. Load on the machine (see the load average printed) slows every figure.
"""

import argparse
import collections
import cProfile
import io
import os
import pstats
import statistics
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.server import create_database, database_url, prepare_site, site_env

DATABASE = os.environ.get("BENCH_DATABASE", "decode_bench")
WORK_DIR = Path(os.environ.get("BENCH_WORK_DIR", Path(tempfile.gettempdir()) / "decode-profile"))
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
BARE = "/bench/bare/"
SITE_PACKAGES = str(Path(sys.prefix) / "lib") + "/"


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prepare", action="store_true", help="migrate, demo, collectstatic")
    parser.add_argument("--runs", type=int, default=200, help="renders per page type")
    parser.add_argument("--details", action="store_true", help="each page's queries and templates")
    parser.add_argument("--profile", action="store_true", help="with --details: cProfile too")
    parser.add_argument("--top", type=int, default=15, help="templates and functions listed")
    parser.add_argument("pattern", nargs="?", default="", help="only view names containing it")
    return parser.parse_args()


def setup(prepare):
    # site_env leaves out REDIS_URL: the (unused) cache is this process's memory.
    env = site_env(database_url(DATABASE), work_dir=WORK_DIR, DJANGO_PAGE_CACHE="0")
    if prepare or not (WORK_DIR / "static" / "staticfiles.json").exists():
        create_database(DATABASE)
        print(f"Preparing {DATABASE} (migrate, demo content, collectstatic)...", flush=True)
        prepare_site(env)
    os.environ.clear()  # only the site's environment, as gunicorn would get it
    os.environ.update(env)
    import django

    django.setup()


class Site:
    """GET requests through the WSGI handler, as gunicorn makes them."""

    def __init__(self):
        from django.core.wsgi import get_wsgi_application
        from django.test import RequestFactory

        self.application = get_wsgi_application()
        self.factory = RequestFactory(headers={"X-Forwarded-Proto": "https"})

    def get(self, path):
        path, _, query = path.partition("?")
        environ = self.factory._base_environ(
            PATH_INFO=path, QUERY_STRING=query, REQUEST_METHOD="GET"
        )
        environ["SERVER_NAME"] = environ["HTTP_HOST"] = "127.0.0.1"
        status = []
        response = self.application(environ, lambda code, headers: status.append(code))
        try:
            body = b"".join(response)
        finally:
            response.close()
        return int(status[0].split()[0]), body


def page_types(site):
    from django.urls import resolve
    from django.utils import translation

    status, body = site.get("/sitemap.xml")
    assert status == 200, f"sitemap.xml answered {status}"
    paths = [urlsplit(loc.text).path for loc in ET.fromstring(body).findall("s:url/s:loc", NS)]
    types = {"bare view": BARE}
    with translation.override("lv"):
        for path in paths:
            if path.startswith("/lv/"):
                types.setdefault(resolve(path).view_name, path)
    return types


def time_page(site, path, runs):
    """Median ms of ``runs`` renders (after two to warm the caches), and the page's size."""
    for _ in range(2):
        status, body = site.get(path)
        assert status == 200, f"{path} answered {status}"
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        site.get(path)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), len(body)


class Costs:
    """Where a page's time goes, measured on a separate pass (the measuring costs a little):
    rendering templates, in SQL (from the call to the database's answer) and in each template
    (its own time, without the templates it includes or extends)."""

    def __init__(self):
        from django.template.base import Template
        from django.template.response import SimpleTemplateResponse

        self.totals = collections.Counter()
        self.templates = collections.Counter()
        self.queries = []
        self._stack = []
        render_template = Template._render
        rendered_content = SimpleTemplateResponse.rendered_content.fget
        costs = self

        def timed_render(template, context):
            started = time.perf_counter()
            costs._stack.append(0.0)
            try:
                return render_template(template, context)
            finally:
                spent = time.perf_counter() - started
                name = template.origin.template_name if template.origin else "(string)"
                costs.templates[name] += spent - costs._stack.pop()
                if costs._stack:
                    costs._stack[-1] += spent

        def timed_content(response):
            started = time.perf_counter()
            try:
                return rendered_content(response)
            finally:
                costs.totals["render"] += time.perf_counter() - started

        Template._render = timed_render
        SimpleTemplateResponse.rendered_content = property(timed_content)

    def record_query(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent = time.perf_counter() - started
            self.totals["sql"] += spent
            self.queries.append((spent, sql))

    def measure(self, site, path, runs):
        from django.db import connection

        self.totals.clear()
        self.templates.clear()
        self.queries.clear()
        # A wrapper sees every query (Django's query log is emptied as each request starts).
        with connection.execute_wrapper(self.record_query):
            for _ in range(runs):
                site.get(path)
        return {
            "render": self.totals["render"] / runs * 1000,
            "sql": self.totals["sql"] / runs * 1000,
            "queries": len(self.queries) // runs,
        }


def print_details(costs, site, path, runs, args):
    costs.measure(site, path, runs)
    per_page = len(costs.queries) // runs
    print(f"    {per_page} queries (median of {runs} renders, ms):")
    for index in range(per_page):
        times = [costs.queries[run * per_page + index][0] * 1000 for run in range(runs)]
        sql = costs.queries[index][1]
        print(f"      {statistics.median(times):6.2f}  {sql[:110]}")
    print("    templates (own time, ms per page):")
    for name, spent in costs.templates.most_common(args.top):
        print(f"      {spent / runs * 1000:6.2f}  {name}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(runs):
            site.get(path)
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)
        for line in out.getvalue().splitlines():
            if line.strip() and not line.startswith("   Ordered"):
                print("    " + line.replace(SITE_PACKAGES, "")[:170])


def main():
    args = arguments()
    setup(args.prepare)
    site = Site()
    types = page_types(site)
    selected = {
        name: path
        for name, path in types.items()
        if name == "bare view" or args.pattern.lower() in name.lower()
    }
    load = os.getloadavg()
    print(
        f"{len(selected) - 1} page types, {args.runs} renders each; "
        f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )
    print(
        f"\n{'page type':<24} {'path':<40} {'ms/page':>7} {'ratio':>6} "
        f"{'render':>6} {'sql':>6} {'queries':>7} {'KiB':>6}"
    )
    timings = {name: time_page(site, path, args.runs) for name, path in selected.items()}
    costs = Costs()
    bare_ms = timings["bare view"][0]
    for name, path in selected.items():
        ms, size = timings[name]
        split = costs.measure(site, path, max(1, args.runs // 4))
        print(
            f"{name:<24} {path[:40]:<40} {ms:>7.2f} {bare_ms / ms:>6.2f} {split['render']:>6.2f} "
            f"{split['sql']:>6.2f} {split['queries']:>7} {size / 1024:>6.1f}"
        )
        if args.details and name != "bare view":
            print_details(costs, site, path, max(1, args.runs // 4), args)
    print(f"load average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
