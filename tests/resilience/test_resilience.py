"""Under load, through a database outage, while editors save, and on two servers at once."""

import re
import time

from bench.server import get
from tests.html import parse
from tests.resilience.conftest import (
    CLIENTS,
    EDITOR,
    OUTAGE_SECONDS,
    SECONDS,
    page_paths,
)
from tests.resilience.tools import EditorSession, Load, TcpProxy

ABOUT = "/lv/par-projektu/"


def server_errors(records):
    return [
        (path, status, body[:200])
        for _t, path, status, _h, body in records
        if status is None or status >= 500
    ]


def heading(body):
    return parse(body.decode()).find("h1").text


def test_many_clients_get_no_server_error(gunicorn, site):
    server = gunicorn(DJANGO_PAGE_CACHE="1")
    paths = page_paths(server.url)
    assert paths[0] == "/lv/"
    # Half the requests miss the page cache (a new query string each time) and reach the database.
    html_pages = [path for path in paths if path.endswith("/")]
    mix = [*paths, *(f"{path}?n={{n}}" for path in html_pages)]
    load = Load(server.url, mix, CLIENTS).start()
    time.sleep(SECONDS)
    records = load.stop()
    statuses = load.statuses()
    assert server_errors(records) == []
    assert statuses[200] >= len(records) * 0.99, statuses
    print(
        f"\n{CLIENTS} clients, {SECONDS:g} s, {len(records)} requests on {paths}: {dict(statuses)}"
    )


def test_a_database_outage_gives_clean_503_pages_and_the_site_recovers(
    gunicorn, site, shared_cache
):
    proxy = TcpProxy("127.0.0.1", 5432)
    try:
        through_proxy = re.sub(r"@[^/]+/", f"@127.0.0.1:{proxy.port}/", site.database)
        server = gunicorn(database_url=through_proxy, DJANGO_PAGE_CACHE="1", **shared_cache)
        load = Load(server.url, [f"{ABOUT}?n={{n}}", "/health/", ABOUT], CLIENTS // 2).start()
        time.sleep(2)
        cut_at = time.monotonic()
        proxy.cut()
        time.sleep(OUTAGE_SECONDS)
        restored_at = time.monotonic()
        proxy.restore()
        time.sleep(6)
        records = load.stop()
    finally:
        proxy.close()

    assert {status for _t, _p, status, _h, _b in records} <= {200, 503}
    during = [r for r in records if cut_at + 0.5 < r[0] < restored_at]
    assert any(status == 503 for _t, _p, status, _h, _b in during), "the outage went unnoticed"
    for _t, path, status, headers, body in records:
        if status != 503:
            continue
        if path == "/health/":
            assert body == b'{"status": "error", "database": "unavailable"}'
        else:
            assert headers["Retry-After"] == "30"
            assert heading(body) == "Īslaicīgi nav pieejams"
    # The cached page never needed the database: visitors kept reading it.
    assert {status for _t, path, status, _h, _b in records if path == ABOUT} == {200}
    # Recovery: from some moment a few seconds after the database is back, everything is 200.
    failures_after = [r[0] for r in records if r[0] > restored_at and r[2] != 200]
    recovered_in = (max(failures_after) - restored_at) if failures_after else 0.0
    assert recovered_in < 5, f"still failing {recovered_in:.1f} s after the database came back"
    late = [r for r in records if r[0] > restored_at + 5]
    assert late and all(r[2] == 200 for r in late)
    print(
        f"\noutage {OUTAGE_SECONDS:g} s: {sum(r[2] == 503 for r in records)} clean 503s, "
        f"recovered {recovered_in:.2f} s after the database came back"
    )


def test_an_editor_saving_during_the_load_loses_nothing(gunicorn, site, shared_cache, sql):
    server = gunicorn(DJANGO_PAGE_CACHE="1", **shared_cache)
    paths = page_paths(server.url)
    load = Load(server.url, [*paths, ABOUT, f"{ABOUT}?n={{n}}"], CLIENTS // 2).start()
    editor = EditorSession(server.url)
    editor.login(*EDITOR)
    [(page_id,)] = sql("SELECT id FROM pages_page WHERE key = 'about'")
    change = f"/lv/admin/pages/page/{page_id}/change/"
    saves = 5
    try:
        for number in range(1, saves + 1):
            fields = editor.form_values(change)
            fields.update(
                title_lv=f"Par projektu, labojums {number}",
                title_en=f"About the project, edit {number}",
                body_lv=f"<p>Teksts pēc labojuma nr. {number}.</p>",
            )
            status, _body = editor.post(change, fields)
            assert status == 302, f"save {number} answered {status}"
            # The very next anonymous visit shows it (the page cache was made stale).
            _status, body = get(server.url + ABOUT)
            assert heading(body) == f"Par projektu, labojums {number}"
    finally:
        records = load.stop()
    assert server_errors(records) == []
    stored = sql("SELECT title_lv, title_en, body_lv FROM pages_page WHERE id = %s", page_id)
    assert stored == [
        (
            f"Par projektu, labojums {saves}",
            f"About the project, edit {saves}",
            f"<p>Teksts pēc labojuma nr. {saves}.</p>",
        )
    ]
    [(logged,)] = sql(
        "SELECT count(*) FROM django_admin_log WHERE object_id = %s AND action_flag = 2",
        str(page_id),
    )
    assert logged >= saves


def test_an_edit_through_one_server_shows_through_the_other_at_once(
    gunicorn, site, shared_cache, sql
):
    first = gunicorn(DJANGO_PAGE_CACHE="1", **shared_cache)
    second = gunicorn(DJANGO_PAGE_CACHE="1", **shared_cache)
    editor = EditorSession(first.url)
    editor.login(*EDITOR)
    [(page_id,)] = sql("SELECT id FROM pages_page WHERE key = 'about'")
    change = f"/lv/admin/pages/page/{page_id}/change/"
    for number in range(1, 4):
        for server in (first, second):  # both serve the page from the shared cache
            get(server.url + "/en/about/")
        assert get(second.url + "/en/about/")[0] == 200
        fields = editor.form_values(change)
        fields["title_en"] = f"About DeCoDe, version {number}"
        assert editor.post(change, fields)[0] == 302
        status, body = get(second.url + "/en/about/")
        assert status == 200
        assert heading(body) == f"About DeCoDe, version {number}"
