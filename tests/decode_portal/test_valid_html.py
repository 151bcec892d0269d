"""Every page a visitor reaches is valid HTML and has a title of its own in its language.

The pages, with the demo content and one photo, image and document of each kind besides: the
sitemap's in every language and every page of the site they link to (the further
pages of a list, filtered lists, one kind of search results), plus what no sitemap lists: search
results, a filter that does not exist, and the error pages (404 as a visitor gets it; 403, 500
and 503 as their handlers make them). The Nu HTML Checker (vnu.jar from
tools/vnu/package-lock.json, run with Java) reads them all in one run. `make html-check` runs
this file alone; CI runs it with the suite and fails where Java or vnu.jar is missing.
"""

import json
import os
import shutil
import subprocess
from urllib.parse import urljoin, urlsplit

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import OperationalError
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.views.defaults import permission_denied

from actionplan.models import ActionPlan
from decode_portal import views
from events.models import MobilityEvent
from news.models import PressRelease
from operations.outage import unavailable_response
from tests.decode_portal.sitemap import sitemap_paths
from tests.factories import (
    EventDocumentFactory,
    EventPhotoFactory,
    PlanDocumentFactory,
    jpeg_bytes,
)
from tests.html import parse

VNU_JAR = settings.BASE_DIR / "tools/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Words of the demo content: one found in several kinds (with more than a page of press
# releases), one found in a few, one found nowhere.
SEARCHES = ["Daugavpils", "remigr", "zzqxj"]
NOT_PAGES = (".pdf", ".ics", ".csv")
# A safety net: the demo site has about 150 pages; a crawl past this is following a loop.
MOST_PAGES = 1000


def _starting_points(client):
    paths = sitemap_paths(client)
    for code in LANGUAGE_CODES:
        with translation.override(code):
            search = reverse("search")
            practices = reverse("actionplan:practices")
        paths.append(search)
        paths.extend(f"{search}?q={words}" for words in SEARCHES)
        paths.append(f"{practices}?theme=9.9")  # an old link: a message instead of the list
    return paths


def _links(path, document):
    """The site's own pages that ``document`` (at ``path``) links to, without fragments."""
    for anchor in document.find_all("a"):
        url = urlsplit(urljoin(path, anchor.attrs.get("href") or "#"))
        if url.scheme not in ("", "http") or url.netloc not in ("", "testserver"):
            continue
        if url.path.split("/")[1] not in LANGUAGE_CODES or "/admin/" in url.path:
            continue
        if url.path.endswith(NOT_PAGES):
            continue
        yield f"{url.path}?{url.query}" if url.query else url.path


def _error_pages(code):
    """The 403, 500 and 503 pages in language ``code``, as the site's handlers make them."""
    request = RequestFactory().get(f"/{code}/")
    with translation.override(code):
        responses = {
            403: permission_denied(request, PermissionDenied()),
            500: views.server_error(request),
            503: unavailable_response(request, OperationalError("the test's outage")),
        }
    pages = {}
    for status, response in responses.items():
        assert response.status_code == status
        pages[f"/{code}/ ({status} page)"] = response.content.decode()
    return pages


def visitor_pages(client):
    """``{path: html}`` of every page a visitor reaches (see the module's docstring)."""
    pages = {}
    queue = _starting_points(client)
    seen = set(queue)
    while queue:
        path = queue.pop(0)
        response = client.get(path)
        assert response.status_code == 200, f"{path}: status {response.status_code}"
        if not response["Content-Type"].startswith("text/html"):
            continue  # the news feeds
        pages[path] = response.content.decode()
        for link in _links(path, parse(pages[path])):
            if link not in seen:
                seen.add(link)
                queue.append(link)
        assert len(pages) < MOST_PAGES, "the crawl does not end"
    for code in LANGUAGE_CODES:
        response = client.get(f"/{code}/no-such-page/")
        assert response.status_code == 404
        pages[f"/{code}/no-such-page/"] = response.content.decode()
        pages.update(_error_pages(code))
    return pages


@pytest.fixture
def vnu():
    """The command that runs the checker; a skip where it is missing (a failure in CI)."""
    java = shutil.which("java")
    missing = []
    if java is None:
        missing.append("Java (apt-get install default-jre-headless)")
    if not VNU_JAR.exists():
        missing.append(f"{VNU_JAR.relative_to(settings.BASE_DIR)} (make html-check installs it)")
    if missing:
        message = "The Nu HTML Checker needs " + " and ".join(missing)
        if os.environ.get("DECODE_REQUIRE_HTML_CHECK"):
            pytest.fail(message + " (required in CI and by `make html-check`)")
        pytest.skip(message + "; CI requires it")
    return [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json"]


def _add_files_the_demo_leaves_out():
    """No photo or document is licensed to the demo: one of each kind, so their markup is read."""
    event = MobilityEvent.objects.published().order_by("number").first()
    EventPhotoFactory(event=event)
    EventDocumentFactory(event=event)
    release = PressRelease.objects.published().filter(related_event=event).first()
    release.image = ContentFile(jpeg_bytes(), name="release.jpg")
    release.image_alt_lv, release.image_alt_en = "Partneri pie galda", "Partners around a table"
    release.save()
    for language in LANGUAGE_CODES:
        PlanDocumentFactory(plan=ActionPlan.objects.current(), language=language)


@pytest.fixture
def pages(client, demo, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    _add_files_the_demo_leaves_out()
    return visitor_pages(client)


def test_no_two_pages_of_one_language_share_a_title(pages):
    by_title = {}
    for path, html in pages.items():
        title = parse(html).find("title").text
        by_title.setdefault((path.split("/")[1], title), []).append(path)
    shared = [
        f"{language}: {title!r} on {', '.join(paths)}"
        for (language, title), paths in by_title.items()
        if len(paths) > 1
    ]
    assert shared == [], "\n".join(shared)


def test_the_nu_html_checker_finds_no_error_on_any_page(vnu, pages, tmp_path):
    files = {}
    for number, (path, html) in enumerate(pages.items()):
        name = f"page-{number:04}.html"
        (tmp_path / name).write_text(html, encoding="utf-8")
        files[name] = path

    # One JVM for every page: starting it takes longer than checking a page.
    result = subprocess.run(
        [*vnu, *files], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )

    try:
        messages = json.loads(result.stderr)["messages"]
    except ValueError:
        pytest.fail(
            f"vnu.jar did not answer in JSON (exit status {result.returncode}):\n{result.stderr}"
        )
    errors = []
    for message in messages:
        url = message.get("url", "")
        path = files.get(url.rsplit("/", 1)[-1], url)
        extract = " ".join(message.get("extract", "").split())
        errors.append(
            f"{path} line {message.get('lastLine', '?')}: {message['message']} [{extract}]"
        )
    assert errors == [], f"{len(errors)} errors in {len(pages)} pages:\n" + "\n".join(errors)
    assert result.returncode == 0, result.stderr
