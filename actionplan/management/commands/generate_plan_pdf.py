from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from actionplan.models import ActionPlan
from actionplan.pdf import PdfUnavailable
from actionplan.services import plan_documents_generate, site_languages


class Command(BaseCommand):
    help = (
        "Generate a summary of the portal's action plan pages as a PDF file, one per site "
        "language (not the official plan: its first page says so), and store them with the "
        "edition. Uploaded files, the official edition, are never replaced."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--edition",
            dest="plan_version",
            help="The edition to generate (its version, e.g. 1.0). Default: the current edition.",
        )
        parser.add_argument(
            "--language",
            action="append",
            choices=site_languages(),
            dest="languages",
            help="Only this language (repeat for several). Default: every language of the site.",
        )
        parser.add_argument(
            "--missing-only",
            action="store_true",
            help="Keep files generated earlier; only make the missing ones.",
        )

    def handle(self, *args, **options):
        # The command speaks English whatever the site's default language is.
        with translation.override(None):
            self._generate(**options)

    def _generate(self, *, plan_version=None, languages=None, missing_only=False, **options):
        if plan_version:
            plan = ActionPlan.objects.filter(version=plan_version).first()
            if plan is None:
                raise CommandError(f"There is no edition with version {plan_version!r}.")
        else:
            plan = ActionPlan.objects.current()
            if plan is None:
                raise CommandError("No edition of the plan is published yet: nothing to generate.")
        try:
            results = plan_documents_generate(
                plan=plan, languages=languages, missing_only=missing_only
            )
        except PdfUnavailable as exc:
            raise CommandError(str(exc)) from exc
        for result in results:
            document = result.document
            if result.generated:
                self.stdout.write(
                    f"{plan.version} {result.language}: generated {document.file.name} "
                    f"({document.page_count} pages, {filesizeformat(document.size_bytes)})"
                )
            else:
                self.stdout.write(
                    f"{plan.version} {result.language}: kept, {result.skipped_reason}"
                )
