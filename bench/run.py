"""Benchmark: every page type of the sitemap against a bare Django view, cached and uncached.

    make bench     (BENCH_SECONDS=4 per page, BENCH_CONNECTIONS=16, BENCH_WORKERS=2 x cores + 1)

Two gunicorn servers with production settings on one PostgreSQL database (decode_bench, filled
with the demo content): one with the anonymous page cache (on Redis when one answers on
127.0.0.1:6379, else each worker's memory), one without. Each serves the bare view
(/bench/bare/: the same middleware, a view returning a short text) as the ceiling. wrk loads
each page type for a fixed time; the table gives requests/s, p50/p99 latency, errors and the
ratio to the bare view of the same server. Targets: cached >= 0.7, uncached >= 0.15, no errors.
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.server import (
    PROXY_HEADERS,
    Gunicorn,
    create_database,
    database_url,
    get,
    prepare_site,
    site_env,
)

DATABASE = os.environ.get("BENCH_DATABASE", "decode_bench")
SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))
ROUNDS = 2
BARE = "/bench/bare/"
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
# gunicorn's advice, and the README's: 2 x cores + 1 sync workers, so one waits for PostgreSQL
# while another renders.
WORKERS = int(os.environ.get("BENCH_WORKERS", str(2 * (os.cpu_count() or 1) + 1)))
REDIS = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
TARGETS = {"cached": 0.7, "uncached": 0.15}
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def redis_answers(url):
    try:
        import redis

        with redis.Redis.from_url(url, socket_connect_timeout=0.5) as client:
            return client.ping()
    except Exception:
        return False


def page_types(server_url, env):
    """{page type: path}: the first Latvian URL of each view in the sitemap."""
    status, body = get(server_url + "/sitemap.xml")
    assert status == 200, f"sitemap.xml answered {status}"
    paths = [urlsplit(loc.text).path for loc in ET.fromstring(body).findall("s:url/s:loc", NS)]
    os.environ.update(env)
    import django
    from django.urls import resolve
    from django.utils import translation

    django.setup()
    types = {}
    with translation.override("lv"):
        for path in paths:
            if path.startswith("/lv/"):
                types.setdefault(resolve(path).view_name, path)
    return types


def to_ms(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(url, seconds):
    headers = [arg for name, value in PROXY_HEADERS.items() for arg in ("-H", f"{name}: {value}")]
    options = [f"-c{CONNECTIONS}", f"-d{seconds:g}s", "--timeout", "10s", "--latency"]
    output = subprocess.run(
        ["wrk", "-t1", *options, *headers, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.M))
    if set(latency) != {"50", "99"}:
        raise RuntimeError(f"wrk gave no latency figures for {url}:\n{output}")
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": to_ms(latency["50"]),
        "p99": to_ms(latency["99"]),
        "errors": errors,
    }


def load(server, path):
    """The page and the bare view in alternating slices: on a shared machine the background
    load drifts, and each page is compared with the bare view measured beside it."""
    for _ in range(2):  # the first request fills the cache (where there is one)
        status, _body = get(server.url + path)
        assert status == 200, f"{path} answered {status}"
    page, bare = [], []
    for _ in range(ROUNDS):
        bare.append(wrk(server.url + BARE, SECONDS / ROUNDS))
        page.append(wrk(server.url + path, SECONDS / ROUNDS))
    return combine(page), combine(bare)


def combine(runs):
    """Requests/s summed over equal slices, latency percentiles as their median, errors added."""
    return {
        "rps": sum(run["rps"] for run in runs) / len(runs),
        "p50": statistics.median(run["p50"] for run in runs),
        "p99": statistics.median(run["p99"] for run in runs),
        "errors": sum(run["errors"] for run in runs),
    }


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk (make bench does this)")
    work = Path(tempfile.mkdtemp(prefix="decode-bench-"))
    started = time.monotonic()
    load_at_start = os.getloadavg()[0]
    url = database_url(DATABASE)
    create_database(DATABASE)
    cache = {"REDIS_URL": REDIS, "DJANGO_CACHE_KEY_PREFIX": f"bench-{os.getpid()}"}
    if not redis_answers(REDIS):
        print("No Redis on 127.0.0.1:6379: the cached server keeps pages in each worker's memory")
        cache = {}
    cached_env = site_env(url, work_dir=work, DJANGO_PAGE_CACHE="1", **cache)
    uncached_env = site_env(url, work_dir=work, DJANGO_PAGE_CACHE="0")
    print(f"Preparing {DATABASE} (migrate, demo content, collectstatic)...", flush=True)
    prepare_site(cached_env)
    servers = {
        "cached": Gunicorn(cached_env, workers=WORKERS, log_path=work / "cached.log"),
        "uncached": Gunicorn(uncached_env, workers=WORKERS, log_path=work / "uncached.log"),
    }
    results = {}
    try:
        for server in servers.values():
            server.start()
        types = page_types(servers["cached"].url, cached_env)
        print(
            f"{len(types)} page types, {SECONDS} s each and as long on the bare view beside it, "
            f"{CONNECTIONS} connections, {WORKERS} gunicorn workers per server",
            flush=True,
        )
        for name, path in types.items():
            for mode, server in servers.items():
                results[name, mode], results[name, mode, "bare"] = load(server, path)
            print(f"  {name:<24} {path}", flush=True)
    finally:
        for server in servers.values():
            server.stop()
    failures = report(types, results)
    print(f"\nBench took {time.monotonic() - started:.0f} s; logs in {work}")
    print(
        f"Machine: {os.cpu_count()} cores, load average {load_at_start:.1f} at the start and "
        f"{os.getloadavg()[0]:.1f} at the end (other work on the machine lowers every ratio)"
    )
    if failures:
        print("Targets missed:\n  " + "\n  ".join(failures))
        sys.exit(1)
    print("All targets met (cached >= 0.7 of bare, uncached >= 0.15, no errors).")


def report(types, results):
    header = (
        f"\n{'page type':<22} {'path':<30} | {'cached req/s':>12} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'err':>4} {'ratio':>6} | {'uncached req/s':>14} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'err':>4} {'ratio':>6}"
    )
    print(header)
    print("-" * len(header.strip()))
    failures = []
    bare_rows = {mode: combine([results[n, mode, "bare"] for n in types]) for mode in TARGETS}
    rows = [("bare view (ceiling)", BARE, bare_rows, None)]
    rows += [
        (name, path, {m: results[name, m] for m in TARGETS}, name) for name, path in types.items()
    ]
    for name, path, row, key in rows:
        cells = []
        for mode in TARGETS:
            result = row[mode]
            bare = results[key, mode, "bare"] if key else result
            ratio = result["rps"] / bare["rps"]
            width = 12 if mode == "cached" else 14
            cells.append(
                f"{result['rps']:>{width}.0f} {result['p50']:>7.2f} {result['p99']:>7.2f} "
                f"{result['errors']:>4} {ratio:>6.2f}"
            )
            if result["errors"]:
                failures.append(f"{name} ({mode}): {result['errors']} errors")
            if key and ratio < TARGETS[mode]:
                failures.append(f"{name} ({mode}): {ratio:.2f} of bare < {TARGETS[mode]}")
        print(f"{name:<22} {path:<30} | " + " | ".join(cells))
    return failures


if __name__ == "__main__":
    main()
