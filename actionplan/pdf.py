"""A summary of the portal's action plan pages as a PDF, rendered with WeasyPrint.

It is not the plan: its first page says so in its own language. It carries no programme emblem,
which belongs to the publications the programme funded; the Commission's disclaimer appears on
its first page only as a quotation of the official edition's (``ActionPlan.disclaimer``, in the
PDF's language, else in English), never as the summary's own. In a partner's language, page 1
says that the portal's editors translated it and that the Latvian and English are authoritative.

WeasyPrint needs Pango (Debian: libpango-1.0-0, libpangoft2-1.0-0, libharfbuzz-subset0) and
fonts (fonts-dejavu-core). It is imported only here, when a PDF is made, so the site runs on a
machine without those libraries; only generating a PDF then fails, with a message naming them.

Rendering fetches nothing: the stylesheet is passed as a string, and the URL fetcher refuses
every address.
"""

from django.conf import settings
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone, translation
from PIL import ImageFile

from actionplan.models import GoodPractice, Measure, PlanDocument, Theme

DEBIAN_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core"


class PdfUnavailable(RuntimeError):
    """WeasyPrint or the system libraries it needs are not installed."""


def _weasyprint():
    # Importing WeasyPrint tells Pillow, for the whole process, to accept truncated images.
    # The plan's PDFs embed no raster image, so the site's own setting (refuse them, as the
    # image upload checks expect) is put back.
    load_truncated = ImageFile.LOAD_TRUNCATED_IMAGES
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango's shared libraries are missing
        raise PdfUnavailable(
            f"PDF generation needs WeasyPrint and its system libraries ({exc}). "
            f"On Debian: apt-get install {DEBIAN_PACKAGES}"
        ) from exc
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = load_truncated
    return weasyprint


def plan_context(plan, language):
    """What the PDF shows: the official edition's contents, the portal's summaries, the themes
    with any measures entered, and the good practices presented at the meetings."""
    themes = list(
        Theme.objects.prefetch_related(
            # Measures in their own order (Measure's default ordering starts with the theme's).
            Prefetch("measures", queryset=Measure.objects.order_by("order", "pk"))
        )
    )
    practices = list(GoodPractice.objects.published().for_cards())
    themes_by_number = {theme.number: theme for theme in themes}
    contents = [(entry, themes_by_number.get(entry.number)) for entry in plan.contents.all()]
    sections = [
        (value, label, [p for p in practices if p.section == value])
        for value, label in GoodPractice.Section.choices
    ]
    return {
        "LANGUAGE_CODE": language,
        "language_is_authoritative": language in settings.AUTHORITATIVE_LANGUAGES,
        "plan": plan,
        "themes": themes,
        "practice_sections": [section for section in sections if section[2]],
        "official_contents": contents,
        "has_official_file": plan.documents.filter(source=PlanDocument.Source.UPLOADED).exists(),
        "project_number": settings.PROJECT_NUMBER,
        "generated": timezone.now(),
    }


def render_plan_pdf(plan, language):
    """The PDF (bytes) of ``plan`` in ``language``: tagged (PDF/UA-1), A4, fonts embedded."""
    weasyprint = _weasyprint()
    with translation.override(language):
        context = plan_context(plan, language)
        html = render_to_string("actionplan/pdf/plan.html", context)
        css = render_to_string("actionplan/pdf/plan.css", context)
    fetcher = weasyprint.URLFetcher(allowed_protocols=set())
    document = weasyprint.HTML(string=html, url_fetcher=fetcher)
    return document.write_pdf(
        stylesheets=[weasyprint.CSS(string=css, url_fetcher=fetcher)],
        pdf_variant="pdf/ua-1",
    )
